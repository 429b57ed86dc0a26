"""Reading feeds: RSS and Atom items in document order, keyed by GUID else link; anything
that is not a feed is one line."""

from xml.sax.saxutils import escape

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsquiz.errors import NewsquizError
from newsquiz.feeds.parse import parse_feed

from . import pages

BASE = "http://127.0.0.1:8000"
KEY = st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789-:/", min_size=1, max_size=20)
PATH = st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789-", min_size=1, max_size=20)
ITEMS = st.lists(
    st.tuples(KEY, PATH.map(lambda p: f"/{p}.html")), max_size=8, unique_by=lambda i: i[0]
)


@settings(max_examples=60, deadline=None)
@given(ITEMS, st.sampled_from(["rss", "atom"]))
def test_items_come_back_in_order_with_their_keys_and_links(
    items: list[tuple[str, str]], kind: str
) -> None:
    build = pages.rss_feed if kind == "rss" else pages.atom_feed
    quoted = [(escape(key), path) for key, path in items]
    parsed = parse_feed(build(BASE, quoted).encode(), "feed")
    assert [(item.key, item.link) for item in parsed.items] == [
        (key.strip(), BASE + path) for key, path in items
    ]
    assert all(item.published is not None for item in parsed.items)


def test_an_item_without_a_guid_is_known_by_its_link_and_one_without_a_web_link_is_left_out() -> (
    None
):
    body = (
        "<rss version='2.0'><channel><title>T</title>"
        f"<item><title>A</title><link>{BASE}/a.html</link></item>"
        "<item><title>B</title><link>mailto:desk@example.com</link></item>"
        "</channel></rss>"
    )
    parsed = parse_feed(body.encode(), "feed")
    assert parsed.title == "T"
    assert [(item.key, item.title) for item in parsed.items] == [(f"{BASE}/a.html", "A")]


@pytest.mark.parametrize(
    "body",
    [b"<html><body><p>Not a feed</p></body></html>", b"", b"\x00\x01binary"],
    ids=["html", "empty", "binary"],
)
def test_anything_else_is_not_a_feed(body: bytes) -> None:
    with pytest.raises(NewsquizError) as excinfo:
        parse_feed(body, "http://127.0.0.1/x")
    message = str(excinfo.value)
    assert message.startswith("http://127.0.0.1/x: not an RSS or Atom feed") and "\n" not in message
