"""HomeScreen: decks with new / learning / due counts, today's progress, and where to start."""

from typing import ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Input, ProgressBar, Static

from newsquiz.feeds.tags import newest_feed_decks_first
from newsquiz.models import DeckIndex, DeckLimits
from newsquiz.today import DayOverview, StudyDay
from newsquiz.tui.formatting import describe_due
from newsquiz.tui.screens.custom_study import CustomChoice, CustomStudyDialog
from newsquiz.tui.screens.deck_options import DeckOptionsDialog
from newsquiz.tui.services import StudyServices, services
from newsquiz.tui.widgets.text import literal

NO_DECKS = (
    "No decks yet.\n\n"
    "Make one from an article:  newsquiz generate ARTICLE.txt\n"
    "or study a deck file:      newsquiz study --decks PATH\n"
    "Deck files in your data folder's decks/ are loaded too."
)


HomeFigures = DayOverview
"""What the home screen shows, computed off the UI thread."""


class FilterBox(Input):
    """The deck filter: typing filters, Up/Down pick a deck, Enter studies it, Esc clears."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("up", "screen.filter_move(-1)", "Previous deck", show=False),
        Binding("down", "screen.filter_move(1)", "Next deck", show=False),
    ]


class HomeScreen(Screen[None]):
    """Pick a deck (or all) to study; `/` filters the list."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "study_selected", "Study deck", tooltip="Study the highlighted deck"),
        Binding("a", "study_all", "Study all", tooltip="Study every deck", id="study-all"),
        Binding("slash", "filter", "Filter", key_display="/", tooltip="Filter decks", id="filter"),
        Binding("b", "app.browse", "Browse", tooltip="Search and manage cards", id="browse"),
        Binding("s", "app.stats", "Stats", tooltip="Statistics", id="stats"),
        Binding("o", "app.settings", "Settings", tooltip="Settings", id="settings"),
        Binding(
            "c",
            "custom_study",
            "Custom study",
            tooltip="Extra new cards today, forgotten cards, or study ahead",
            id="custom-study",
            show=False,
        ),
        Binding(
            "l",
            "deck_options",
            "Deck limits",
            tooltip="The highlighted deck's own new and review limits",
            id="deck-options",
            show=False,
        ),
        Binding("q", "app.quit", "Quit", tooltip="Save and leave", id="home-quit"),
        Binding("escape", "clear_filter", "Clear filter", show=False),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.figures: HomeFigures | None = None
        self.filter_text = ""

    @property
    def newsquiz(self) -> StudyServices:
        return services(self)

    def compose(self) -> ComposeResult:
        with Vertical(id="home"):
            yield Static(Text("newsquiz", style="bold"), id="home-title")
            with Horizontal(id="today"):
                yield Static("Loading…", id="today-text")
                yield ProgressBar(id="today-progress", show_eta=False)
            yield FilterBox(placeholder="/ filter decks", id="deck-filter", compact=True)
            yield DataTable(id="decks", cursor_type="row", zebra_stripes=True)
            yield Static(
                Text("Enter studies the highlighted deck; a studies them all.", style="dim"),
                id="home-hint",
            )
            yield Static(id="empty-state")
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one("#decks", DataTable)
        table.add_column("Deck", key="deck")
        table.add_column(Text("New", justify="right"), key="new", width=5)
        table.add_column(Text("Learn", justify="right"), key="learning", width=5)
        table.add_column(Text("Due", justify="right"), key="due", width=5)
        self.set_focus(table)

    def on_resize(self) -> None:
        self._fill_table()

    def on_screen_resume(self) -> None:
        # Also sent when the screen is first shown; skipped when a session was opened on top
        # straight away (`newsquiz study DECK`): the figures are computed on coming back.
        if self.is_current:
            self.refresh_figures()

    # -- figures (in a worker: a large collection takes a moment) --------------------------------

    @work(thread=True, exclusive=True, group="home")
    def refresh_figures(self) -> None:
        app = self.newsquiz
        day = StudyDay(
            app.store.all_progress(), app.today_reviews(), app.settings, app.now(), app.zone
        )
        figures = day.overview(newest_feed_decks_first(app.decks))  # today's news on top
        self.app.call_from_thread(self.show_figures, figures)

    def show_figures(self, figures: HomeFigures) -> None:
        self.figures = figures
        due = figures.to_go
        done = figures.done_today
        accuracy = f", {figures.correct_today / done:.0%} right" if done else ""
        self.query_one("#today-text", Static).update(
            Text.assemble(("Today ", "bold"), f"{done} answered{accuracy} · {due} to go", style="")
        )
        self.query_one("#today-progress", ProgressBar).update(
            total=max(1, done + due), progress=done
        )
        self._fill_table()
        self._show_empty_state(due)

    def _fill_table(self) -> None:
        table = self.query_one("#decks", DataTable)
        selected = self.selected_deck()
        table.clear()
        if self.figures is None:
            return
        needle = self.filter_text.casefold()
        room = max(16, self.size.width - 30)  # the three count columns stay in view at 80x24
        for row in self.figures.rows:
            if needle and needle not in row.title.casefold() and needle not in row.deck_id:
                continue
            title = literal(row.title)
            title.truncate(room, overflow="ellipsis")
            table.add_row(
                title,
                Text(str(row.new), style="#5fafff", justify="right"),
                Text(str(row.learning), style="#ff5f5f", justify="right"),
                Text(str(row.due), style="#5fd75f", justify="right"),
                key=row.deck_id,
            )
        if selected is not None and selected in table.rows:
            table.move_cursor(row=table.get_row_index(selected))

    def _show_empty_state(self, due: int) -> None:
        app = self.newsquiz
        empty = self.query_one("#empty-state", Static)
        table = self.query_one("#decks", DataTable)
        if not app.decks:
            empty.update(Text(NO_DECKS))
        elif due == 0 and self.figures is not None:
            when = describe_due(self.figures.next_due, app.now(), app.zone)
            message = f"Nothing due now. Next card due: {when}."
            if self.figures.held:
                tomorrow = describe_due(app.day_bounds()[1], app.now(), app.zone)
                message += f"\n{self.figures.held} More cards {tomorrow}."
            empty.update(Text(message))
        elif table.row_count == 0:
            empty.update(Text("No deck matches the filter. Escape clears it.", style="dim"))
        else:
            empty.update("")
        table.display = bool(app.decks)
        self.query_one("#home-hint", Static).display = bool(app.decks)

    # -- actions ---------------------------------------------------------------------------------

    def selected_deck(self) -> str | None:
        table = self.query_one("#decks", DataTable)
        if table.row_count == 0:
            return None
        key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key
        return None if key.value is None else str(key.value)

    def _highlighted(self) -> DeckIndex | None:
        deck_id = self.selected_deck()
        return next((deck for deck in self.newsquiz.decks if deck.id == deck_id), None)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("study_selected", "study_all", "deck_options", "custom_study"):
            return bool(self.newsquiz.decks)
        return True

    def action_study_selected(self) -> None:
        deck_id = self.selected_deck()
        if deck_id is not None:
            self.newsquiz.action_study([deck_id])

    @on(DataTable.RowSelected, "#decks")
    def _row_chosen(self, event: DataTable.RowSelected) -> None:
        event.stop()
        if event.row_key.value is not None:
            self.newsquiz.action_study([str(event.row_key.value)])

    def action_deck_options(self) -> None:
        """Edit the highlighted deck's own limits; saved with the settings at once."""
        app, deck = self.newsquiz, self._highlighted()
        if deck is None:
            return

        def chosen(limits: DeckLimits | None) -> None:
            if limits is None:
                return
            own = {**app.settings.deck_limits, deck.id: limits}
            app.apply_settings(app.settings.model_copy(update={"deck_limits": own}))
            self.notify(f"Limits of {deck.title} saved.", timeout=2, markup=False)
            self.refresh_figures()

        self.app.push_screen(DeckOptionsDialog(deck.id, deck.title, app.settings), chosen)

    def action_custom_study(self) -> None:
        """Custom study of the highlighted deck (extra new cards: of every deck)."""
        app, deck = self.newsquiz, self._highlighted()
        if deck is None:
            return

        def chosen(choice: CustomChoice | None) -> None:
            if choice is None:
                return
            if choice.kind == "extra_new":
                app.add_extra_new(choice.number)
                self.notify(f"{choice.number} more new cards today.", timeout=3)
                self.refresh_figures()
                return
            app.action_custom_study(deck.id, choice.kind, choice.number)

        self.app.push_screen(CustomStudyDialog(deck.title), chosen)

    def action_study_all(self) -> None:
        self.newsquiz.action_study(None)

    def action_filter(self) -> None:
        # At once, not through `focus()`: letters typed right after `/` must land in the box.
        self.set_focus(self.query_one("#deck-filter", Input))

    def action_clear_filter(self) -> None:
        self.query_one("#deck-filter", Input).value = ""
        self.set_focus(self.query_one("#decks", DataTable))

    @on(Input.Changed, "#deck-filter")
    def _filter_changed(self, event: Input.Changed) -> None:
        self.filter_text = event.value.strip()
        self._fill_table()
        if self.figures is not None:
            self._show_empty_state(sum(r.new + r.learning + r.due for r in self.figures.rows))

    @on(Input.Submitted, "#deck-filter")
    def _filter_done(self, event: Input.Submitted) -> None:
        """Enter in the filter box studies the highlighted deck (one key, no focus change)."""
        event.stop()
        self.action_study_selected()

    def action_filter_move(self, rows: int) -> None:
        """Up and Down in the filter box move the highlight in the deck list."""
        table = self.query_one("#decks", DataTable)
        if table.row_count:
            table.move_cursor(row=max(0, min(table.row_count - 1, table.cursor_row + rows)))
