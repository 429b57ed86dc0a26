"""Pilot tests of the other screens: home (filter, empty states), stats, settings, palette."""

import threading
from datetime import timedelta

from textual.binding import Binding
from textual.widgets import DataTable, Input, Select

from newsquiz.models import CardProgress, Deck
from newsquiz.store.base import MemoryStore
from newsquiz.tui.app import make_app
from newsquiz.tui.screens.confirm import ConfirmDialog
from newsquiz.tui.screens.help import HelpScreen, screen_key_rows
from newsquiz.tui.screens.home import HomeScreen
from newsquiz.tui.screens.loading import LoadingScreen
from newsquiz.tui.screens.settings import SettingsScreen
from newsquiz.tui.screens.stats import StatsScreen
from newsquiz.tui.screens.study import StudyScreen

from .conftest import NOW, AppFactory, mixed_deck
from .helpers import screen_text, settle


def other_deck() -> Deck:
    return Deck(
        id="banks",
        title="Bank results",
        cards=[card.model_copy(update={"id": f"banks:{card.kind}"}) for card in mixed_deck().cards],
    )


class CountingStore(MemoryStore):
    """The memory store, counting checkpoints."""

    def __init__(self) -> None:
        super().__init__()
        self.checkpoints = 0

    def checkpoint(self) -> None:
        self.checkpoints += 1


async def test_home_lists_decks_and_filters(build_app: AppFactory) -> None:
    app = build_app(decks=[mixed_deck(), other_deck()])
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        table = app.screen.query_one("#decks", DataTable)
        assert table.row_count == 2
        assert "10 to go" in screen_text(app)
        await pilot.press("slash", "b", "a", "n", "k")
        assert table.row_count == 1
        await pilot.press("enter")  # studies the highlighted deck, from the filter box
        await pilot.pause()
        assert isinstance(app.screen, StudyScreen)
        assert set(app.screen.session.decks) == {"banks"}
        await pilot.press("escape")
        await pilot.press("escape")  # summary -> home
        await settle(pilot)
        assert isinstance(app.screen, HomeScreen)
        await pilot.press("slash", "z", "z", "z")
        assert table.row_count == 0
        assert "No deck matches" in screen_text(app)
        await pilot.press("escape")
        assert table.row_count == 2 and table.has_focus
        assert app.screen.query_one("#deck-filter", Input).value == ""
        await pilot.press("slash", "e", "down")  # both titles have an "e"; Down picks the second
        assert table.row_count == 2 and table.cursor_row == 1
        await pilot.press("up")
        assert table.cursor_row == 0


async def test_home_without_decks_says_how_to_make_one(build_app: AppFactory) -> None:
    app = build_app(decks=[])
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        text = screen_text(app)
        assert "No decks yet" in text and "newsquiz generate" in text
        await pilot.press("a")  # nothing to study: the binding is disabled
        assert isinstance(app.screen, HomeScreen)


async def test_home_when_nothing_is_due_says_when(
    build_app: AppFactory, store: MemoryStore
) -> None:
    deck = mixed_deck()
    for card in deck.cards:
        store.set_progress(
            CardProgress(
                card_id=card.id or "",
                deck_id=deck.id,
                state="review",
                step=None,
                stability=10.0,
                difficulty=5.0,
                due=NOW + timedelta(days=3, hours=2),
                last_review=NOW - timedelta(days=7),
                reps=3,
            )
        )
    app = build_app(decks=[deck])
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        text = screen_text(app)
        assert "Nothing due now. Next card due: in 3 days (Sat 28 Nov)." in text
        assert "tomorrow's limit" not in text


async def test_stats_screen_figures(build_app: AppFactory, store: MemoryStore) -> None:
    app = build_app(start=["mixed"])
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("1")  # right at once: Good is suggested (a pick is never Easy)
        await pilot.press("4")  # rated Easy instead: review
        await pilot.press("f")  # wrong: Again, learning
        await pilot.press("escape")
        await pilot.press("s")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, StatsScreen) and screen.figures is not None
        figures = screen.figures
        assert figures.per_day_30[-1] == 2 and sum(figures.per_day_365) == 2
        assert figures.streak == 1
        assert figures.cards_by_state == {
            "new": 3,
            "learning": 1,
            "review": 1,
            "relearning": 0,
            "suspended": 0,
        }
        assert sum(figures.forecast_30) == 2 and figures.forecast_30[0] == 1
        await pilot.press("escape")
        assert not isinstance(app.screen, StatsScreen)


async def test_settings_are_validated_and_saved(build_app: AppFactory, store: MemoryStore) -> None:
    app = build_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("o")
        screen = app.screen
        assert isinstance(screen, SettingsScreen)
        retention = screen.query_one("#setting-desired_retention", Input)
        retention.value = "1.5"
        await pilot.press("ctrl+s")
        assert isinstance(app.screen, SettingsScreen)
        assert "desired_retention" in screen_text(app)
        assert store.settings().desired_retention == 0.9
        retention.value = "0.85"
        zone = screen.query_one("#setting-timezone", Input)
        assert zone.value == ""  # the system's
        zone.value = "Mars/Olympus"
        await pilot.press("ctrl+s")
        assert "timezone: unknown time zone 'Mars/Olympus'" in screen_text(app)
        assert store.settings().timezone is None
        zone.value = "Asia/Tokyo"
        screen.query_one("#setting-new_per_day", Input).value = "2"
        screen.query_one("#setting-learning_steps_min", Input).value = "2, 15"
        screen.query_one("#setting-day_rollover_hour", Input).value = "5"
        screen.query_one("#setting-theme", Select).value = "textual-light"
        await pilot.press("ctrl+s")
        await settle(pilot)
        saved = store.settings()
        assert (saved.desired_retention, saved.new_per_day) == (0.85, 2)
        assert saved.learning_steps_min == [2.0, 15.0] and saved.day_rollover_hour == 5
        assert saved.theme == "textual-light" and app.theme == "textual-light"
        assert saved.timezone == "Asia/Tokyo" and str(app.zone) == "Asia/Tokyo"
        assert isinstance(app.screen, HomeScreen)
        assert "2 to go" in screen_text(app)  # the home figures use the new limit


async def test_command_palette_offers_main_actions(build_app: AppFactory) -> None:
    app = build_app(start=["mixed"])
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        titles = {command.title for command in app.get_system_commands(app.screen)}
        assert {"Undo last answer", "Bury card", "Suspend card", "End session"} <= titles
        assert {"Statistics", "Settings", "Home"} <= titles
        await pilot.press("ctrl+p")
        await pilot.press(*"suspend card")
        await pilot.press("enter")
        await pilot.pause()
        assert app.store.progress("mixed:mcq").suspended  # type: ignore[union-attr]


async def test_checkpoints_at_session_end_and_quit() -> None:
    store = CountingStore()
    app = make_app(store, [mixed_deck()], clock=lambda: NOW, start_decks=["mixed"], fuzz=False)
    async with app.run_test() as pilot:
        await settle(pilot)
        await pilot.press("1", "enter", "escape")
        assert store.checkpoints == 1
        assert len(store.reviews()) == 1
        await pilot.press("q")
        await pilot.pause()
        assert store.checkpoints == 2


async def test_theme_picked_in_the_palette_is_saved(
    build_app: AppFactory, store: MemoryStore
) -> None:
    app = build_app()
    async with app.run_test() as pilot:
        await settle(pilot)
        assert store.settings().theme == "textual-dark"
        app.theme = "nord"
        await pilot.pause()
        assert store.settings().theme == "nord" and app.settings.theme == "nord"


async def test_decks_load_in_a_worker_behind_a_spinner(store: MemoryStore) -> None:
    release = threading.Event()

    def load() -> tuple[list[Deck], list[str]]:
        release.wait(10)
        return [mixed_deck()], ["broken.yaml:3: cards[0].answer: Field required"]

    app = make_app(store, load, clock=lambda: NOW, fuzz=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, LoadingScreen)
        assert "Loading decks" in screen_text(app)
        release.set()
        await settle(pilot)
        await settle(pilot)
        assert isinstance(app.screen, HomeScreen)
        assert app.screen.query_one("#decks", DataTable).row_count == 1
        assert app.deck_problems == ["broken.yaml:3: cards[0].answer: Field required"]
        assert any(n.title == "Deck skipped" for n in app._notifications)


async def test_unknown_start_deck_closes_the_app_with_an_error(store: MemoryStore) -> None:
    app = make_app(store, lambda: ([mixed_deck()], []), start_decks=["nope"], fuzz=False)
    async with app.run_test() as pilot:
        await settle(pilot)
        await pilot.pause()
    assert app.error == "unknown deck 'nope' (decks: mixed)"
    assert app.return_code == 1


async def test_help_lists_every_key_of_the_current_screen(build_app: AppFactory) -> None:
    """`?` opens a list of the screen's keys, read from its bindings (hidden ones too)."""
    app = build_app(start=["mixed"])
    async with app.run_test(size=(100, 40)) as pilot:
        await settle(pilot)
        await pilot.press("question_mark")  # a multiple-choice question: no text box
        await settle(pilot)
        assert isinstance(app.screen, HelpScreen)
        text = screen_text(app)
        assert "1 2 3 4 5 6" in text and "a b c d" in text and "t f" in text
        for keys, description, _ in screen_key_rows(app.screen_stack[-2]):
            assert keys in text and description in text, (keys, description)
        assert "u ctrl+z" in text and "Undo" in text and "ctrl+q" in text
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, StudyScreen)
        await pilot.press("q")
        await settle(pilot)
        await pilot.press("h")
        await settle(pilot)
        await pilot.press("question_mark")
        await settle(pilot)
        assert isinstance(app.screen, HelpScreen) and "Keys: Home" in screen_text(app)
        for binding in Binding.make_bindings(HomeScreen.BINDINGS):
            assert binding.description in screen_text(app), binding


async def test_settings_ask_before_discarding_edits(
    build_app: AppFactory, store: MemoryStore
) -> None:
    app = build_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("o")
        await settle(pilot)
        await pilot.press("escape")  # nothing changed: straight back
        await settle(pilot)
        assert isinstance(app.screen, HomeScreen)
        await pilot.press("o")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, SettingsScreen)
        screen.query_one("#setting-new_per_day", Input).value = "7"
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, ConfirmDialog)
        await pilot.press("n")  # keep editing: the edit is still there
        await settle(pilot)
        assert app.screen is screen
        assert screen.query_one("#setting-new_per_day", Input).value == "7"
        await pilot.press("escape", "y")
        await settle(pilot)
        assert isinstance(app.screen, HomeScreen) and store.settings().new_per_day == 20
