"""A feed's new items become decks: the feed is asked with its validators (a 304 costs
nothing), items already seen are never fetched again, and an item's deck is written whole
(atomically) before the item counts as seen, so a failure is simply retried next time."""

from dataclasses import dataclass
from pathlib import Path

from newsquiz.errors import NewsquizError
from newsquiz.feeds.model import Feed
from newsquiz.feeds.parse import FeedItem, ParsedFeed, parse_feed
from newsquiz.feeds.tags import feed_tag
from newsquiz.models import Deck, slugify
from newsquiz.sources.fetch import fetch
from newsquiz.sources.urls import DEFAULT_TIMEOUT
from newsquiz.store.deck_files import load_deck, write_deck

FEED_ACCEPT = "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.8"
DEFAULT_LIMIT = 10


@dataclass(frozen=True)
class FeedCheck:
    """A feed as fetched now; `parsed` is None when the server says it is unchanged."""

    parsed: ParsedFeed | None
    etag: str | None
    last_modified: str | None


def check_feed(feed: Feed, *, timeout: float = DEFAULT_TIMEOUT) -> FeedCheck:
    """Fetch and parse a feed, conditionally when it has a stored ETag / Last-Modified."""
    response = fetch(
        feed.url,
        accept=FEED_ACCEPT,
        timeout=timeout,
        etag=feed.etag,
        last_modified=feed.last_modified,
    )
    if response.not_modified:
        return FeedCheck(None, feed.etag, feed.last_modified)
    parsed = parse_feed(response.body, feed.url)
    return FeedCheck(parsed, response.etag, response.last_modified)


def new_items(feed: Feed, parsed: ParsedFeed, limit: int) -> tuple[list[FeedItem], list[FeedItem]]:
    """The first `limit` unseen items (feeds list the newest first), and the unseen rest,
    which are skipped so a long backlog does not flood the decks."""
    unseen: list[FeedItem] = []
    keys: set[str] = set()
    for item in parsed.items:
        if item.key not in feed.seen and item.key not in keys:
            unseen.append(item)
            keys.add(item.key)
    return unseen[:limit], unseen[limit:]


def make_item_deck(
    feed: Feed,
    item: FeedItem,
    decks_dir: Path,
    *,
    timeout: float = DEFAULT_TIMEOUT,
    style: str = "full",
) -> tuple[Deck, Path]:
    """Fetch an item's page, generate its deck tagged with the feed, and write it; raises
    `NewsquizError` (one line naming the page) and writes nothing when any step fails."""
    from newsquiz.generate import generate_deck
    from newsquiz.sources.pages import fetch_article

    article = fetch_article(item.link, timeout=timeout)
    if article.published is None and item.published is not None:
        article = article.model_copy(update={"published": item.published})
    path, earlier = _deck_file(slugify(article.title), article.url, decks_dir)
    deck_id = path.stem
    try:
        deck = generate_deck(article, deck_id, 0, "story" if style == "story" else "full")
    except Exception as exc:  # noqa: BLE001 - one broken article must not stop the update
        first = (str(exc).strip().splitlines() or [""])[0]
        raise NewsquizError(
            f"{item.link}: generator failed ({type(exc).__name__}: {first})"
        ) from None
    if not deck.cards:
        raise NewsquizError(f"{item.link}: no cards could be made from the article")
    tags = [*deck.tags, *(t for t in (earlier.tags if earlier else []) if t not in deck.tags)]
    if feed_tag(feed.name) not in tags:
        tags.append(feed_tag(feed.name))
    update: dict[str, object] = {"tags": tags}
    if earlier is not None:  # the same article again (another feed, or a crash before saving)
        rejected = set(earlier.rejected)
        update["rejected"] = earlier.rejected
        update["cards"] = [card for card in deck.cards if card.id not in rejected]
    deck = deck.model_copy(update=update)
    write_deck(deck, path)
    return deck, path


def _deck_file(base_id: str, url: str, decks_dir: Path) -> tuple[Path, Deck | None]:
    """Where a feed deck goes: its id's file, unless another article's deck is there (then
    `-2`, `-3`...); and the deck already in that file when it is the same article's."""
    for number in range(1, 100):
        deck_id = base_id if number == 1 else f"{base_id[:76]}-{number}"
        path = decks_dir / f"{deck_id}.yaml"
        if not path.exists():
            return path, None
        try:
            there = load_deck(path)
        except NewsquizError:
            continue
        if there.source is not None and url and there.source.url == url:
            return path, there
    raise NewsquizError(f"{decks_dir}: too many decks named {base_id}")


def new_feed_name(title: str, url: str, taken: set[str]) -> str:
    """A feed name from its title (else its address), unique among `taken`."""
    base = slugify(title or url.split("//", 1)[-1], max_length=36)
    name = base
    number = 2
    while name in taken:
        name = f"{base}-{number}"
        number += 1
    return name
