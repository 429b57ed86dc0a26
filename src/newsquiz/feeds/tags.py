"""The tag that marks a deck as made from a feed, and the home screen's order: feed decks
first, the newest article first, so a daily `feed update` puts today's news on top."""

from collections.abc import Sequence
from datetime import date
from typing import TypeVar

from newsquiz.models import Deck, DeckIndex

FEED_TAG_PREFIX = "feed:"

DeckT = TypeVar("DeckT", Deck, DeckIndex)


def feed_tag(name: str) -> str:
    return f"{FEED_TAG_PREFIX}{name}"


def feed_of(deck: Deck | DeckIndex) -> str | None:
    """The name of the feed a deck was made from, or None for any other deck."""
    header = deck.header if isinstance(deck, DeckIndex) else deck
    for tag in header.tags:
        if tag.startswith(FEED_TAG_PREFIX):
            return tag.removeprefix(FEED_TAG_PREFIX)
    return None


def newest_feed_decks_first(decks: Sequence[DeckT]) -> list[DeckT]:
    """Feed decks by publication date, newest first (undated ones after them), then every
    other deck in its own order."""
    from_feeds = [deck for deck in decks if feed_of(deck) is not None]
    others = [deck for deck in decks if feed_of(deck) is None]
    return sorted(from_feeds, key=_age) + others


def _age(deck: Deck | DeckIndex) -> int:
    header = deck.header if isinstance(deck, DeckIndex) else deck
    published = header.source.published if header.source is not None else None
    return -(published or date.min).toordinal()
