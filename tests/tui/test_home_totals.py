"""Home's 'to go' is what studying everything would take: the daily limit applies once."""

from textual.widgets import DataTable, Input, Select

from newsquiz.models import Deck, DeckLimits, RecallCard, Settings
from newsquiz.store.base import MemoryStore
from newsquiz.tui.screens.custom_study import CustomStudyDialog
from newsquiz.tui.screens.deck_options import DeckOptionsDialog
from newsquiz.tui.screens.home import HomeScreen
from newsquiz.tui.screens.study import StudyScreen

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


async def test_deck_limits_dialog_sets_a_decks_own_limits(
    build_app: AppFactory, store: MemoryStore
) -> None:
    app = build_app(decks=[deck("alpha", 15), deck("beta", 15)])
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("l")  # alpha is highlighted
        await settle(pilot)
        assert isinstance(app.screen, DeckOptionsDialog)
        await pilot.press(*"-3", "enter")
        await settle(pilot)
        assert isinstance(app.screen, DeckOptionsDialog)
        assert "new_per_day: Input should be greater than or equal to 0" in screen_text(app)
        await pilot.press("backspace", "backspace", "4", "ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, HomeScreen)
        assert store.settings().deck_limits == {"alpha": DeckLimits(new_per_day=4)}
        table = app.screen.query_one("#decks", DataTable)
        assert str(table.get_cell("alpha", "new")) == "4"
        assert str(table.get_cell("beta", "new")) == "15"
        assert "19 to go" in " ".join(screen_text(app).split())
        await pilot.press("l")
        await settle(pilot)
        await pilot.press("backspace", "ctrl+s")  # emptied: only the global limits again
        await settle(pilot)
        assert store.settings().deck_limits == {}


async def test_custom_study_from_home(build_app: AppFactory, store: MemoryStore) -> None:
    store.save_settings(Settings(new_per_day=2))
    decks = [deck("alpha", 6)]
    app = build_app(decks=decks)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert "2 to go" in " ".join(screen_text(app).split())
        await pilot.press("c")
        await settle(pilot)
        assert isinstance(app.screen, CustomStudyDialog)
        number = app.screen.query_one("#custom-number", Input)
        await pilot.press("tab", *["backspace"] * 2, *"abc", "enter")
        await settle(pilot)
        assert "a whole number" in screen_text(app)
        number.value = "3"
        await pilot.press("enter")  # extra new cards today: 3
        await settle(pilot)
        assert isinstance(app.screen, HomeScreen)
        assert "5 to go" in " ".join(screen_text(app).split())
        await pilot.press("enter")  # study alpha: miss the first card, then leave
        await settle(pilot)
        await pilot.press("enter")  # empty answer: shown, rated Again
        await pilot.press("escape")
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        await pilot.press("c")
        await settle(pilot)
        dialog = app.screen
        assert isinstance(dialog, CustomStudyDialog)
        dialog.query_one("#custom-kind", Select).value = "forgotten"
        await settle(pilot)
        assert dialog.query_one("#custom-number", Input).value == "7"
        await pilot.press("ctrl+s")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, StudyScreen) and screen.session.custom
        assert screen.card is not None and screen.card.card_id == "alpha:0"
        assert screen.session.queue.main == ["alpha:0"]
