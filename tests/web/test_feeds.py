"""`newsquiz feed`: following RSS and Atom feeds, each item fetched once, failed items tried
again, 304s, the item limit, and one-line failures that write nothing."""

import json
from pathlib import Path

import pytest

from newsquiz.cli import main
from newsquiz.feeds.file import FEEDS_FILE
from newsquiz.feeds.tags import feed_of
from newsquiz.store.deck_files import load_deck
from newsquiz.store.lock import DataDirLock

from . import pages
from .conftest import Route, WebServer, feed, html

STORY = "larchmont-foods-to-buy-pemberton-dairy-for-420m.yaml"
OTHER = "harrowgate-rail-orders-40-trains-from-kessler.yaml"


@pytest.fixture
def data(tmp_path: Path) -> Path:
    return tmp_path / "data"


def newsquiz(data: Path, *argv: str) -> int:
    return main(["--data-dir", str(data), "feed", *argv])


def serve_rss(web: WebServer, items: list[tuple[str, str]], etag: str = '"v1"') -> None:
    web.routes["/feed.rss"] = feed(pages.rss_feed(web.base, items), "rss")
    web.routes["/feed.rss"].headers["ETag"] = etag


@pytest.fixture
def other(web: WebServer) -> WebServer:
    web.routes["/other.html"] = html(pages.news_page(pages.OTHER_HEADLINE, pages.OTHER_PARAGRAPHS))
    return web


def test_update_twice_fetches_each_item_once(
    other: WebServer, data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    web = other
    serve_rss(web, [("g1", "/story.html"), ("g2", "/other.html")])
    assert newsquiz(data, "add", web.url("/feed.rss")) == 0
    assert "following ledger-gazette-companies (Ledger Gazette: Companies): 2 items" in (
        capsys.readouterr().out
    )
    assert newsquiz(data, "update") == 0
    assert "ledger-gazette-companies: 2 new decks" in capsys.readouterr().out
    assert sorted(p.name for p in (data / "decks").iterdir()) == [OTHER, STORY]
    deck = load_deck(data / "decks" / STORY)
    assert feed_of(deck) == "ledger-gazette-companies" and "generated" in deck.tags
    assert deck.source is not None and deck.source.url == web.url("/story.html")
    assert newsquiz(data, "update") == 0
    assert capsys.readouterr().out == "ledger-gazette-companies: unchanged\n"
    assert web.conditional == ["/feed.rss"]
    serve_rss(
        web, [("g3", "/story.html?v=2"), ("g1", "/story.html"), ("g2", "/other.html")], '"v2"'
    )
    web.routes["/story.html?v=2"] = html(pages.news_page("Pemberton Dairy bid raised"))
    assert newsquiz(data, "update") == 0
    assert "1 new deck" in capsys.readouterr().out
    assert web.hits["/story.html"] == web.hits["/other.html"] == web.hits["/story.html?v=2"] == 1


def test_an_atom_feed_is_followed_under_its_own_name(
    other: WebServer, data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    web = other
    web.routes["/feed.atom"] = feed(pages.atom_feed(web.base, [("urn:e1", "/other.html")]), "atom")
    assert newsquiz(data, "add", web.url("/feed.atom"), "--name", "markets") == 0
    assert newsquiz(data, "update", "markets") == 0
    assert feed_of(load_deck(data / "decks" / OTHER)) == "markets"
    capsys.readouterr()
    assert newsquiz(data, "list", "--json") == 0
    (row,) = json.loads(capsys.readouterr().out)
    assert row["name"] == "markets" and row["decks"] == 1 and row["updated"] is not None


def test_a_failed_item_is_reported_and_tried_again_next_time(
    other: WebServer, data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    web = other
    serve_rss(web, [("g1", "/story.html"), ("g2", "/late.html")])
    assert newsquiz(data, "add", web.url("/feed.rss")) == 0
    assert newsquiz(data, "update") == 1
    captured = capsys.readouterr()
    assert captured.err == (
        f"newsquiz: ledger-gazette-companies: {web.url('/late.html')}: "
        "the server answered 404 Not Found\n"
    )
    assert "1 new deck, 1 failed (tried again next time)" in captured.out
    assert [p.name for p in (data / "decks").iterdir()] == [STORY]
    web.routes["/late.html"] = html(pages.news_page(pages.OTHER_HEADLINE, pages.OTHER_PARAGRAPHS))
    assert newsquiz(data, "update") == 0  # not a 304: the ETag was not kept after a failure
    assert web.conditional == []
    assert web.hits["/story.html"] == 1 and web.hits["/late.html"] == 2
    assert sorted(p.name for p in (data / "decks").iterdir()) == [OTHER, STORY]


def test_items_over_the_limit_are_skipped_and_never_fetched(
    other: WebServer, data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    web = other
    serve_rss(web, [("g1", "/story.html"), ("g2", "/other.html")])
    assert newsquiz(data, "add", web.url("/feed.rss")) == 0
    assert newsquiz(data, "update", "--limit", "1") == 0
    assert "1 new deck, 1 older items skipped" in capsys.readouterr().out
    web.routes["/feed.rss"].headers["ETag"] = '"v2"'
    assert newsquiz(data, "update") == 0
    assert web.hits["/story.html"] == 1 and web.hits["/other.html"] == 0


@pytest.mark.parametrize(
    ("path", "problem"),
    [
        ("/missing.rss", "the server answered 404 Not Found"),
        ("/story.html", "not an RSS or Atom feed"),
        ("/slow.html", "no answer within 0.3 s"),
        ("/huge.html", "larger than 2 MB; stopped reading"),
    ],
    ids=["404", "not-a-feed", "timeout", "5-MB-body"],
)
def test_adding_a_bad_feed_is_one_line_and_writes_nothing(
    web: WebServer, data: Path, capsys: pytest.CaptureFixture[str], path: str, problem: str
) -> None:
    assert newsquiz(data, "add", web.url(path), "--timeout", "0.3") == 1
    captured = capsys.readouterr()
    assert captured.out == "" and captured.err.count("\n") == 1
    assert captured.err.startswith(f"newsquiz: {web.url(path)}: ") and problem in captured.err
    assert not data.exists()


def test_a_feed_that_fails_on_update_writes_nothing(
    web: WebServer, data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert newsquiz(data, "add", web.url("/feed.rss")) == 0
    before = (data / FEEDS_FILE).read_bytes()
    web.routes["/feed.rss"] = Route(500, b"oops")
    assert newsquiz(data, "update") == 1
    captured = capsys.readouterr()
    assert captured.err == (
        f"newsquiz: ledger-gazette-companies: {web.url('/feed.rss')}: "
        "the server answered 500 Internal Server Error\n"
    )
    assert (data / FEEDS_FILE).read_bytes() == before and not (data / "decks").exists()


def test_remove_keeps_the_decks(
    web: WebServer, data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert newsquiz(data, "add", web.url("/feed.rss"), "--name", "companies") == 0
    assert newsquiz(data, "update") == 0
    assert newsquiz(data, "remove", "companies") == 0
    assert "stopped following companies; its decks stay" in capsys.readouterr().out
    assert newsquiz(data, "list") == 0
    assert capsys.readouterr().out == "No feeds yet: newsquiz feed add URL\n"
    assert [p.name for p in (data / "decks").iterdir()] == [STORY]
    assert newsquiz(data, "remove", "companies") == 1
    assert capsys.readouterr().err == (
        "newsquiz: companies: no such feed (newsquiz feed list shows them)\n"
    )


@pytest.mark.parametrize(
    ("argv", "problem"),
    [
        (["add", "URL", "--name", "Bad Name"], "--name: 'Bad Name' is not a feed name"),
        (["add", "URL", "--name", "companies"], "--name: a feed is already called companies"),
        (["add", "/feed.rss"], "/feed.rss: already followed"),
        (["update", "nope"], "nope: no such feed"),
        (["update", "--limit", "-1"], "--limit: must be 0 or more"),
    ],
    ids=["bad-name", "name-taken", "url-taken", "unknown-feed", "bad-limit"],
)
def test_usage_mistakes_are_one_line(
    web: WebServer,
    data: Path,
    capsys: pytest.CaptureFixture[str],
    argv: list[str],
    problem: str,
) -> None:
    assert newsquiz(data, "add", web.url("/feed.rss"), "--name", "companies") == 0
    before = (data / FEEDS_FILE).read_bytes()
    capsys.readouterr()
    argv = [
        web.url(a) if a.startswith("/") else web.url("/feed.atom") if a == "URL" else a
        for a in argv
    ]
    assert newsquiz(data, *argv) == 1
    err = capsys.readouterr().err
    shown = problem.replace("/feed.rss", web.url("/feed.rss"))
    assert err.startswith(f"newsquiz: {shown}") and err.count("\n") == 1
    assert (data / FEEDS_FILE).read_bytes() == before


def test_a_damaged_feeds_file_is_reported_and_kept(
    data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data.mkdir()
    (data / FEEDS_FILE).write_text('{"feeds": [{"name": "x"')
    assert newsquiz(data, "list") == 1
    err = capsys.readouterr().err
    assert err.startswith(f"newsquiz: {data / FEEDS_FILE}: damaged (") and err.count("\n") == 1
    assert (data / FEEDS_FILE).read_text() == '{"feeds": [{"name": "x"'


def test_a_second_update_at_the_same_time_is_refused(
    web: WebServer, data: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert newsquiz(data, "add", web.url("/feed.rss")) == 0
    lock = DataDirLock(data / "feeds.lock")
    lock.acquire()
    try:
        assert newsquiz(data, "update") == 1
    finally:
        lock.release()
    assert "another newsquiz is updating the feeds" in capsys.readouterr().err
    assert web.hits["/story.html"] == 0


def test_the_items_date_stands_in_for_a_page_without_one(web: WebServer, data: Path) -> None:
    undated = pages.news_page().replace(f'content="{pages.PUBLISHED}T07:30:00Z"', 'content=""')
    web.routes["/undated.html"] = html(undated)
    serve_rss(web, [("g1", "/undated.html")])  # pubDate Tue, 17 Mar 2026
    assert newsquiz(data, "add", web.url("/feed.rss")) == 0
    assert newsquiz(data, "update") == 0
    source = load_deck(data / "decks" / STORY).source
    assert source is not None and str(source.published) == "2026-03-17"


def test_an_item_made_again_after_a_crash_replaces_its_own_deck_only(
    web: WebServer, tmp_path: Path
) -> None:
    """Killed after the deck was written but before feeds.json was: the next update writes
    the same file again (keeping rejections), and never touches another article's deck."""
    from datetime import UTC, datetime

    from newsquiz.feeds.model import Feed
    from newsquiz.feeds.parse import FeedItem
    from newsquiz.feeds.update import make_item_deck

    decks = tmp_path / "decks"
    decks.mkdir()
    (decks / STORY).write_text("id: hand-made\ntitle: Mine\ncards: []\n")
    feed_ = Feed(
        name="companies", url=web.url("/feed.rss"), added=datetime(2026, 3, 17, tzinfo=UTC)
    )
    item = FeedItem("g1", web.url("/story.html"), "Story", None)
    first, path = make_item_deck(feed_, item, decks)
    assert path.name == STORY.replace(".yaml", "-2.yaml") and first.id == path.stem
    rejected = first.cards[0].id
    path.write_text(path.read_text() + f"rejected:\n- {rejected}\n")
    again, same = make_item_deck(feed_, item, decks)
    assert same == path and again.rejected == [rejected]
    assert [c.id for c in again.cards] == [c.id for c in first.cards[1:]]
    assert (decks / STORY).read_text().startswith("id: hand-made")
