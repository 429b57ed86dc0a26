"""Fetching: redirects, status errors, timeouts, the size limit, conditional requests, and
the guard that keeps tests on this machine."""

import pytest

from newsquiz.sources.fetch import FetchError, fetch

from .conftest import FEED_ETAG, FEED_MODIFIED, Route, WebServer


def test_a_page_is_fetched_with_its_content_type(web: WebServer) -> None:
    response = fetch(web.url("/story.html"))
    assert response.status == 200 and response.is_html() and response.charset == "utf-8"
    assert "Larchmont Foods said on Tuesday" in response.text()


def test_a_redirect_is_followed_and_the_final_url_kept(web: WebServer) -> None:
    response = fetch(web.url("/moved"))
    assert response.url == web.url("/story.html") and response.is_html()


@pytest.mark.parametrize(
    ("path", "problem"),
    [
        ("/missing.html", "the server answered 404 Not Found"),
        ("/loop", "too many redirects (more than 5)"),
        ("/slow.html", "no answer within 0.3 s"),
        ("/huge.html", "larger than 2 MB; stopped reading"),
    ],
    ids=["404", "redirect-loop", "timeout", "5-MB-body"],
)
def test_each_failure_is_one_line_naming_the_url(web: WebServer, path: str, problem: str) -> None:
    with pytest.raises(FetchError) as excinfo:
        fetch(web.url(path), timeout=0.3)
    assert str(excinfo.value) == f"{web.url(path)}: {problem}"


def test_a_declared_length_over_the_limit_is_refused_before_reading(web: WebServer) -> None:
    web.routes["/huge.html"].length = True
    with pytest.raises(FetchError, match=r"larger than 2 MB \(5280012 bytes\)"):
        fetch(web.url("/huge.html"))


def test_an_unchanged_resource_answers_304(web: WebServer) -> None:
    first = fetch(web.url("/feed.rss"))
    assert first.etag == FEED_ETAG and first.last_modified == FEED_MODIFIED
    again = fetch(web.url("/feed.rss"), etag=first.etag, last_modified=first.last_modified)
    assert again.not_modified and again.body == b""
    assert web.conditional == ["/feed.rss"]


@pytest.mark.parametrize(
    ("url", "problem"),
    [
        ("ftp://127.0.0.1/x", "not an http:// or https:// address"),
        ("http://192.0.2.1/story.html", "cannot connect (test guard: 192.0.2.1 is not loopback)"),
        ("http://example.invalid/", "cannot connect (test guard: example.invalid is not loopback)"),
    ],
    ids=["scheme", "guard-address", "guard-name"],
)
def test_other_addresses_are_refused(url: str, problem: str) -> None:
    with pytest.raises(FetchError) as excinfo:
        fetch(url, timeout=1)
    assert str(excinfo.value) == f"{url}: {problem}"


@pytest.mark.parametrize(
    ("content_type", "body"),
    [
        ("text/html; charset=iso-8859-1", "<p>Caf\u00e9 sales rose</p>".encode("latin-1")),
        ("text/html", '<meta charset="windows-1252"><p>Caf\u00e9 sales rose</p>'.encode("cp1252")),
        ("text/html", "<p>Caf\u00e9 sales rose</p>".encode()),
        ("text/html", "<p>Caf\u00e9 sales rose</p>".encode("cp1252")),
    ],
    ids=["declared", "meta", "utf-8", "undeclared-cp1252"],
)
def test_the_body_is_decoded_by_its_charset(web: WebServer, content_type: str, body: bytes) -> None:
    web.routes["/cafe.html"] = Route(body=body, headers={"Content-Type": content_type})
    assert "Caf\u00e9 sales rose" in fetch(web.url("/cafe.html")).text()
