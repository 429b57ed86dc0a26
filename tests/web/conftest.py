"""A web server on 127.0.0.1 (port 0, in a thread) serving the pages and feeds of `pages.py`,
and a guard that makes every other address unreachable for the tests in this folder."""

import contextlib
import socket
import threading
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

from . import pages

LOOPBACK = ("127.0.0.1", "::1", "localhost")
FEED_ETAG = '"v1"'
FEED_MODIFIED = "Wed, 18 Mar 2026 08:00:00 GMT"


@dataclass
class Route:
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    length: bool = True  # send Content-Length (else the body ends when the connection closes)


def html(text: str) -> Route:
    return Route(body=text.encode(), headers={"Content-Type": "text/html; charset=utf-8"})


def feed(text: str, kind: str) -> Route:
    headers = {"Content-Type": f"application/{kind}+xml", "ETag": FEED_ETAG}
    headers["Last-Modified"] = FEED_MODIFIED
    return Route(body=text.encode(), headers=headers)


class WebServer:
    """The routes can be changed by a test; `hits` counts the GETs of each path."""

    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.hits: Counter[str] = Counter()
        self.conditional: list[str] = []
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 - the http.server name
                server.hits[self.path] += 1
                route = server.routes.get(self.path, Route(404, b"not here"))
                if route.delay:
                    time.sleep(route.delay)
                etag = route.headers.get("ETag")
                if etag and self.headers.get("If-None-Match") == etag:
                    server.conditional.append(self.path)
                    self.send_response(304)
                    self.end_headers()
                    return
                self.send_response(route.status)
                for name, value in route.headers.items():
                    self.send_header(name, value)
                if route.length:
                    self.send_header("Content-Length", str(len(route.body)))
                else:
                    self.close_connection = True
                self.end_headers()
                # the client may stop reading (the size limit)
                with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                    self.wfile.write(route.body)

            def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.base = f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def url(self, path: str) -> str:
        return self.base + path


@pytest.fixture(autouse=True)
def only_loopback(monkeypatch: pytest.MonkeyPatch) -> None:
    """No test here reaches any address but this machine's loopback."""
    real_connect = socket.socket.connect
    real_getaddrinfo = socket.getaddrinfo

    def connect(self: socket.socket, address: Any) -> None:
        if isinstance(address, tuple) and address[0] not in LOOPBACK:
            raise OSError(f"test guard: {address[0]} is not loopback")
        real_connect(self, address)

    def getaddrinfo(host: Any, *args: Any, **kwargs: Any) -> Any:
        if host not in LOOPBACK:
            raise socket.gaierror(f"test guard: {host} is not loopback")
        return real_getaddrinfo(host, *args, **kwargs)

    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)


@pytest.fixture
def web() -> Iterator[WebServer]:
    server = WebServer()
    base = server.base
    server.routes.update(
        {
            "/story.html": html(pages.news_page()),
            "/moved": Route(302, headers={"Location": "/story.html"}),
            "/loop": Route(302, headers={"Location": "/loop"}),
            "/slow.html": Route(body=b"<html></html>", delay=2.0),
            "/huge.html": Route(
                body=b"<html><body>" + b"<p>Larchmont rose.</p>" * 240_000,
                headers={"Content-Type": "text/html"},
                length=False,
            ),
            "/data.json": Route(body=b'{"a": 1}', headers={"Content-Type": "application/json"}),
            "/paywall.html": html(pages.PAYWALL_PAGE),
            "/feed.rss": feed(pages.rss_feed(base, [("g1", "/story.html")]), "rss"),
            "/feed.atom": feed(pages.atom_feed(base, [("urn:e1", "/story.html")]), "atom"),
        }
    )
    thread = threading.Thread(target=server.httpd.serve_forever, daemon=True)
    thread.start()
    yield server
    server.httpd.shutdown()
    server.httpd.server_close()
