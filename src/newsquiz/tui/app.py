"""NewsquizApp and `make_app`, the composition function that builds it from injected parts.

The app never opens files: the store, the decks, the clock and the stopwatch are passed in, so
the command, the tests and the benchmark all build the same app.
"""

import time
from collections.abc import Callable, Iterable, Sequence
from datetime import datetime, timedelta, tzinfo
from pathlib import Path
from typing import ClassVar

from textual import work
from textual.app import SystemCommand
from textual.binding import Binding, BindingType
from textual.screen import Screen
from textual.theme import Theme

from newsquiz.models import Deck, DeckIndex, Review, Settings, as_index
from newsquiz.scheduling import StudyCards, local_zone
from newsquiz.session import Clock, StudySession, utc_now
from newsquiz.startup import resume_collector
from newsquiz.store.base import ProgressStore
from newsquiz.today import StudyDay, day_bounds
from newsquiz.tui.safe_app import TerminalSafeApp
from newsquiz.tui.services import StudyServices

Ticker = Callable[[], float]
"""A monotonic stopwatch in seconds (time.monotonic, or a frozen one in tests)."""

DeckLoader = Callable[[], tuple[Sequence[Deck | DeckIndex], list[str]]]
"""Loads the decks (slow for a big collection on a cold cache): decks, and problems to report."""


class NewsquizApp(TerminalSafeApp):
    """Study due cards, see statistics, change settings; every answer is saved as it is given."""

    CSS_PATH = "newsquiz.tcss"
    TITLE = "newsquiz"
    ENABLE_COMMAND_PALETTE = True
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+q", "quit", "Quit", tooltip="Save progress and leave", id="quit", show=False),
        Binding("question_mark", "help", "Keys", tooltip="Every key of this screen", show=False),
    ]

    def __init__(
        self,
        store: ProgressStore,
        decks: Sequence[Deck | DeckIndex] | DeckLoader,
        *,
        clock: Clock = utc_now,
        zone: tzinfo | None = None,
        ticker: Ticker = time.monotonic,
        fuzz: bool = True,
        start_decks: Sequence[str] | None = None,
        timer_interval: float = 1.0,
        shuffle: bool = True,
        user_decks: Path | None = None,
    ) -> None:
        super().__init__()
        self.store = store
        self.loader = decks if callable(decks) else None
        self.decks: list[DeckIndex] = [] if callable(decks) else [as_index(d) for d in decks]
        self.deck_problems: list[str] = []
        self.error: str | None = None
        """A user mistake found after start (an unknown deck id); the command reports it."""
        self.clock = clock
        self.settings: Settings = store.settings()
        self.zone = zone or local_zone(self.settings.timezone)
        self.ticker = ticker
        self.fuzz = fuzz
        self.shuffle = shuffle
        self.start_decks = list(start_decks) if start_decks else None
        self.timer_interval = timer_interval
        self.session: StudySession | None = None
        self.user_decks = user_decks
        """The decks folder a bundled deck is copied to for editing (None: no copies)."""

    # -- services the screens use ----------------------------------------------------------------

    def now(self) -> datetime:
        return self.clock()

    def day_bounds(self) -> tuple[datetime, datetime]:
        """UTC start and end of the current study day."""
        return day_bounds(self.clock(), self.zone, self.settings)

    def today_reviews(self) -> list[Review]:
        return self.store.reviews(since=self.day_bounds()[0])

    def decks_named(self, deck_ids: Iterable[str] | None) -> list[DeckIndex]:
        if not deck_ids:
            return list(self.decks)
        wanted = set(deck_ids)
        return [deck for deck in self.decks if deck.id in wanted]

    def new_session(
        self,
        deck_ids: Iterable[str] | None,
        custom: Callable[[StudyDay, StudyCards], list[str]] | None = None,
    ) -> StudySession:
        self.session = StudySession(
            self.store,
            self.decks_named(deck_ids),
            clock=self.clock,
            zone=self.zone,
            fuzz=self.fuzz,
            library=self.decks,
            shuffle=self.shuffle,
            custom=custom,
        )
        return self.session

    def add_extra_new(self, count: int) -> None:
        """Custom study: `count` more new cards today, in every deck."""
        day = StudyDay.of_store(self.store, self.clock(), self.zone)
        self.apply_settings(day.with_extra_new(count))

    def action_custom_study(self, deck_id: str, kind: str, number: int) -> None:
        """A session on the forgotten cards (missed in the last `number` days) or the reviews
        due in the next `number` days of one deck, whatever today's limits."""
        from newsquiz.tui.screens.study import StudyScreen

        def forgotten(day: StudyDay, cards: StudyCards) -> list[str]:
            return day.forgotten(
                cards, self.store.reviews(since=day.now - timedelta(days=number)), number
            )

        def ahead(day: StudyDay, cards: StudyCards) -> list[str]:
            return day.ahead(cards, number)

        pick = forgotten if kind == "forgotten" else ahead
        self.push_screen(StudyScreen(self.new_session([deck_id], custom=pick)))

    def apply_settings(self, settings: Settings) -> None:
        """Save settings with the progress and use them from now on."""
        self.store.save_settings(settings)
        self.settings = self.store.settings()
        self.zone = local_zone(self.settings.timezone) if self.settings.timezone else self.zone
        self._use_theme(self.settings.theme)

    def checkpoint(self) -> None:
        """Make everything recorded so far part of the snapshot (cheap when nothing is pending)."""
        self.store.checkpoint()

    def _theme_changed(self, theme: Theme) -> None:
        """Keep a theme picked in the command palette, as if chosen in the settings."""
        if theme.name != self.settings.theme:
            settings = self.settings.model_copy(update={"theme": theme.name})
            self.store.save_settings(settings)
            self.settings = self.store.settings()

    def _use_theme(self, name: str) -> None:
        if name in self.available_themes:
            self.theme = name

    # -- lifecycle -------------------------------------------------------------------------------

    def on_mount(self) -> None:
        self._use_theme(self.settings.theme)
        for problem in self.store.settings_warnings():
            self.notify(problem, title="Setting replaced", severity="warning", markup=False)
        self.theme_changed_signal.subscribe(self, self._theme_changed)
        if self.loader is None:
            self._start()
        else:
            from newsquiz.tui.screens.loading import LoadingScreen

            self.push_screen(LoadingScreen())
            self._load_decks()

    @work(thread=True, exclusive=True, group="decks")
    def _load_decks(self) -> None:
        assert self.loader is not None
        decks, problems = self.loader()
        self.call_from_thread(self._decks_loaded, decks, problems)

    def _decks_loaded(self, decks: Sequence[Deck | DeckIndex], problems: list[str]) -> None:
        self.decks, self.deck_problems = [as_index(deck) for deck in decks], problems
        self.pop_screen()
        for problem in problems[:3]:
            self.notify(problem, title="Deck skipped", severity="warning", markup=False)
        self._start()

    def _start(self) -> None:
        """Open the home screen, or a session on the decks named at start."""
        try:
            self._open_first_screen()
        finally:
            resume_collector(freeze=True)  # paused by `newsquiz` while it started

    def _open_first_screen(self) -> None:
        if self.start_decks is None:
            self.ensure_home()
            return
        known = {deck.id for deck in self.decks}
        unknown = [deck_id for deck_id in self.start_decks if deck_id not in known]
        if unknown:
            listed = ", ".join(sorted(known)) or "none; see `newsquiz decks`"
            self.error = f"unknown deck {unknown[0]!r} (decks: {listed})"
            self.exit(return_code=1)
            return
        # The home screen is built when the session ends: the first card comes sooner.
        self.action_study(self.start_decks)

    def ensure_home(self) -> None:
        """Show the home screen, building it if the app opened straight into a session."""
        from newsquiz.tui.screens.home import HomeScreen

        if not any(isinstance(screen, HomeScreen) for screen in self.screen_stack):
            self.push_screen(HomeScreen())

    async def action_quit(self) -> None:
        self.checkpoint()
        self.exit()

    # -- actions reachable from any screen and the command palette -------------------------------

    def action_study(self, deck_ids: Sequence[str] | None = None) -> None:
        from newsquiz.tui.screens.study import StudyScreen

        self.push_screen(StudyScreen(self.new_session(deck_ids)))

    def action_stats(self) -> None:
        from newsquiz.tui.screens.stats import StatsScreen

        if not isinstance(self.screen, StatsScreen):
            self.push_screen(StatsScreen())

    def action_settings(self) -> None:
        from newsquiz.tui.screens.settings import SettingsScreen

        if not isinstance(self.screen, SettingsScreen):
            self.push_screen(SettingsScreen())

    def action_browse(self) -> None:
        """The card browser over the loaded decks (it shares their list: an edit made there is
        studied too)."""
        from newsquiz.card_catalog import CardCatalog
        from newsquiz.tui.screens.browser import BrowserScreen

        if not isinstance(self.screen, BrowserScreen):
            catalog = CardCatalog(self.store, self.decks, clock=self.clock, zone=self.zone)
            self.push_screen(BrowserScreen(catalog))

    def action_help(self) -> None:
        """List every key of the current screen (from its bindings) in a modal."""
        from newsquiz.tui.screens.help import HelpScreen, screen_key_rows

        screen = self.screen
        if isinstance(screen, HelpScreen):
            return
        name = type(screen).__name__.removesuffix("Screen")
        self.push_screen(HelpScreen(name, screen_key_rows(screen)))

    def action_home(self) -> None:
        from newsquiz.tui.screens.home import HomeScreen

        self.checkpoint()
        while len(self.screen_stack) > 1 and not isinstance(self.screen, HomeScreen):
            self.pop_screen()
        self.ensure_home()

    def get_system_commands(self, screen: Screen[object]) -> Iterable[SystemCommand]:
        from newsquiz.tui.screens.study import StudyScreen

        yield from super().get_system_commands(screen)
        if isinstance(screen, StudyScreen):
            yield SystemCommand("Undo last answer", "Take back the last answer (u)", screen.undo)
            yield SystemCommand("Bury card", "Hide this card until tomorrow (b, -)", screen.bury)
            yield SystemCommand(
                "Suspend card", "Hide this card until unsuspended (!)", screen.suspend
            )
            yield SystemCommand("Edit card", "Edit this card in its deck file (e)", screen.edit)
            yield SystemCommand("End session", "Finish and see the summary (q)", screen.end)
        else:  # the browser changes cards a session has queued: not during one
            yield SystemCommand("Study all decks", "Start a session on every deck", self.study_all)
            yield SystemCommand(
                "Browse cards", "Search cards; suspend, bury, forget, edit (b)", self.action_browse
            )
        yield SystemCommand("Statistics", "Reviews, forecast, retention, streak", self.action_stats)
        yield SystemCommand(
            "Settings", "Retention, limits, steps, rollover, theme", self.action_settings
        )
        yield SystemCommand("Home", "Back to the deck list", self.action_home)
        yield SystemCommand("Keys", "Every key of this screen (?)", self.action_help)

    def study_all(self) -> None:
        self.action_study(None)


def make_app(
    store: ProgressStore,
    decks: Sequence[Deck | DeckIndex] | DeckLoader,
    *,
    clock: Clock = utc_now,
    zone: tzinfo | None = None,
    ticker: Ticker = time.monotonic,
    fuzz: bool = True,
    start_decks: Sequence[str] | None = None,
    timer_interval: float = 1.0,
    shuffle: bool = True,
    user_decks: Path | None = None,
) -> NewsquizApp:
    """The app over `store` and `decks` (or a loader run in a worker while a spinner shows);
    with `start_decks` it opens straight into a session on those decks."""
    return NewsquizApp(
        store,
        decks,
        clock=clock,
        zone=zone,
        ticker=ticker,
        fuzz=fuzz,
        start_decks=start_decks,
        timer_interval=timer_interval,
        shuffle=shuffle,
        user_decks=user_decks,
    )


def as_services(app: NewsquizApp) -> StudyServices:
    """The app as its screens see it; typed so that mypy checks the app provides every service
    the screens use (they never import this module)."""
    return app
