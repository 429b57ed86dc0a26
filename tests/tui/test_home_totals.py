"""Home's 'to go' is what studying everything would take: the daily limit applies once."""

from newsquiz.models import Deck, RecallCard

from .conftest import AppFactory
from .helpers import screen_text, settle


def deck(deck_id: str, cards: int) -> Deck:
    return Deck(
        id=deck_id,
        title=deck_id.title(),
        cards=[
            RecallCard(id=f"{deck_id}:{i}", prompt=f"Q{i}?", answer=f"A{i}") for i in range(cards)
        ],
    )


async def test_new_card_limit_counts_once_across_decks(build_app: AppFactory) -> None:
    app = build_app(decks=[deck("alpha", 15), deck("beta", 15)])
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        shown = " ".join(screen_text(app).split())
        assert "20 to go" in shown
