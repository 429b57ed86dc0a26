"""HTTP GET with the limits a news reader needs: a deadline, a size cap read in chunks, a
bounded number of redirects, conditional requests, and one-line errors naming the URL.

The standard library's urllib is enough here, and unlike trafilatura's own downloader it
lets us stop reading at the size limit instead of after the whole body has arrived.
"""

import http.client
import re
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from email.message import Message
from typing import IO, Any

from newsquiz import __version__
from newsquiz.errors import NewsquizError
from newsquiz.sources.urls import DEFAULT_TIMEOUT, is_url

MAX_BYTES = 2 * 1024 * 1024
MAX_REDIRECTS = 5
USER_AGENT = f"newsquiz/{__version__} (terminal news quiz)"
_CHUNK = 64 * 1024
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_-]+)""", re.IGNORECASE)


class FetchError(NewsquizError):
    """A URL could not be fetched: the message is one line starting with the URL."""


@dataclass(frozen=True)
class Response:
    """A fetched body; `status` is 304 (and `body` empty) when the resource is unchanged."""

    url: str
    status: int
    content_type: str
    charset: str | None
    body: bytes
    etag: str | None = None
    last_modified: str | None = None

    @property
    def not_modified(self) -> bool:
        return self.status == 304

    def is_html(self) -> bool:
        if self.content_type in ("text/html", "application/xhtml+xml"):
            return True
        return not self.content_type and self.body.lstrip()[:15].lower().startswith(
            (b"<!doctype html", b"<html")
        )

    def text(self) -> str:
        """The body as text: the declared charset, else a `<meta charset>`, else UTF-8 (or
        Windows-1252 when the bytes are not UTF-8)."""
        charset = self.charset
        if charset is None:
            declared = _META_CHARSET.search(self.body[:4096])
            charset = declared.group(1).decode("ascii") if declared else None
        if charset is not None:
            try:
                return self.body.decode(charset, errors="replace")
            except LookupError:
                pass
        try:
            return self.body.decode("utf-8-sig")
        except UnicodeDecodeError:
            return self.body.decode("cp1252", errors="replace")


class _LimitedRedirects(urllib.request.HTTPRedirectHandler):
    max_redirections = MAX_REDIRECTS


_OPENER = urllib.request.build_opener(_LimitedRedirects())


def fetch(
    url: str,
    *,
    accept: str = "text/html,application/xhtml+xml",
    timeout: float = DEFAULT_TIMEOUT,
    max_bytes: int = MAX_BYTES,
    etag: str | None = None,
    last_modified: str | None = None,
) -> Response:
    """GET `url` within `timeout` seconds in all and at most `max_bytes` of body.

    Raises `FetchError` for every network failure, an HTTP error status, a body over the
    limit or a redirect loop; a 304 answer to `etag` / `last_modified` is returned."""
    if not is_url(url):
        raise FetchError(f"{url}: not an http:// or https:// address")
    headers = {"User-Agent": USER_AGENT, "Accept": accept}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    request = urllib.request.Request(url, headers=headers)
    deadline = time.monotonic() + timeout
    try:
        with _OPENER.open(request, timeout=timeout) as answer:
            body = _read_limited(answer, url, max_bytes, deadline, timeout)
            return _response(answer.geturl(), answer.status, answer.headers, body)
    except urllib.error.HTTPError as exc:
        if exc.code == 304:
            return _response(url, 304, exc.headers, b"")
        if 300 <= exc.code < 400:
            raise FetchError(f"{url}: too many redirects (more than {MAX_REDIRECTS})") from None
        raise FetchError(f"{url}: the server answered {exc.code} {exc.reason}") from None
    except urllib.error.URLError as exc:
        if isinstance(exc.reason, TimeoutError):
            raise FetchError(f"{url}: no answer within {timeout:g} s") from None
        raise FetchError(f"{url}: cannot connect ({_reason(exc.reason)})") from None
    except TimeoutError:
        raise FetchError(f"{url}: no answer within {timeout:g} s") from None
    except (http.client.HTTPException, OSError, ValueError) as exc:
        raise FetchError(f"{url}: the connection failed ({_reason(exc)})") from None


def _read_limited(
    answer: IO[bytes], url: str, max_bytes: int, deadline: float, timeout: float
) -> bytes:
    length = getattr(answer, "headers", Message()).get("Content-Length", "")
    if length.isdigit() and int(length) > max_bytes:
        raise FetchError(f"{url}: larger than {_size(max_bytes)} ({int(length)} bytes)")
    chunks: list[bytes] = []
    total = 0
    while chunk := answer.read(_CHUNK):
        total += len(chunk)
        if total > max_bytes:
            raise FetchError(f"{url}: larger than {_size(max_bytes)}; stopped reading")
        if time.monotonic() > deadline:
            raise FetchError(f"{url}: no answer within {timeout:g} s")
        chunks.append(chunk)
    return b"".join(chunks)


def _response(url: str, status: int, headers: Message, body: bytes) -> Response:
    content_type = headers.get_content_type() if headers.get("Content-Type") else ""
    charset = headers.get_content_charset() if headers.get("Content-Type") else None
    return Response(
        url=url,
        status=status,
        content_type=content_type,
        charset=charset,
        body=body,
        etag=headers.get("ETag"),
        last_modified=headers.get("Last-Modified"),
    )


def _size(limit: int) -> str:
    return f"{limit / (1024 * 1024):g} MB" if limit >= 1024 * 1024 else f"{limit} bytes"


def _reason(reason: Any) -> str:
    text = str(getattr(reason, "strerror", None) or reason).strip()
    return " ".join(text.split()) or type(reason).__name__
