"""Home lists the decks made from feeds first, the newest article first, so a daily
`newsquiz feed update && newsquiz` opens on today's news."""

from datetime import date

from textual.widgets import DataTable

from newsquiz.feeds.tags import feed_tag, newest_feed_decks_first
from newsquiz.models import Article, Deck, RecallCard

from .conftest import AppFactory
from .helpers import settle


def deck(deck_id: str, published: date | None = None, feed: str | None = None) -> Deck:
    tags = ["generated", feed_tag(feed)] if feed else []
    source = Article(title=deck_id, published=published) if published or feed else None
    card = RecallCard(id=f"{deck_id}:0", prompt="Q?", answer="A")
    return Deck(id=deck_id, title=deck_id.title(), tags=tags, source=source, cards=[card])


DECKS = [
    deck("glossary"),
    deck("old-news", date(2026, 3, 1), "markets"),
    deck("by-hand", date(2026, 3, 20)),
    deck("undated-news", None, "markets"),
    deck("todays-news", date(2026, 3, 18), "companies"),
]


def test_feed_decks_come_first_newest_first_and_the_rest_keep_their_order() -> None:
    ordered = [d.id for d in newest_feed_decks_first(DECKS)]
    assert ordered == ["todays-news", "old-news", "undated-news", "glossary", "by-hand"]


async def test_home_shows_the_newest_feed_decks_first(build_app: AppFactory) -> None:
    app = build_app(decks=DECKS)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        table = app.screen.query_one("#decks", DataTable)
        shown = [str(row.key.value) for row in table.ordered_rows]
        assert shown == ["todays-news", "old-news", "undated-news", "glossary", "by-hand"]
