"""StatsScreen: reviews per day, forecast, true retention by deck, cards by state, streak."""

from typing import ClassVar

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import DataTable, Footer, LoadingIndicator, Sparkline, Static

from newsquiz.statistics import StatsFigures, compute_stats
from newsquiz.tui.services import StudyServices, services
from newsquiz.tui.widgets.heatmap import Heatmap
from newsquiz.tui.widgets.text import literal


class StatsScreen(Screen[None]):
    """Charts drawn in the terminal; figures computed in a worker."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,h", "back", "Back", tooltip="Back to where you were", id="stats-back"),
        Binding("r", "reload", "Refresh", tooltip="Compute the figures again", id="stats-reload"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.figures: StatsFigures | None = None

    @property
    def newsquiz(self) -> StudyServices:
        return services(self)

    def compose(self) -> ComposeResult:
        yield LoadingIndicator(id="stats-loading")
        with VerticalScroll(id="stats", classes="hidden"):
            yield Static(id="stats-headline")
            yield Static("Reviews per day, last 30 days", classes="stats-title")
            yield Sparkline([], id="per-day-30")
            yield Static(id="per-day-30-caption", classes="stats-caption")
            yield Static("Reviews per day, last 365 days", classes="stats-title")
            yield Sparkline([], id="per-day-365")
            yield Static(id="per-day-365-caption", classes="stats-caption")
            yield Static("Due in the next 30 days", classes="stats-title")
            yield Sparkline([], id="forecast")
            yield Static(id="forecast-caption", classes="stats-caption")
            yield Static("Calendar", classes="stats-title")
            yield Heatmap(id="heatmap")
            yield Static("True retention by deck (last 30 days)", classes="stats-title")
            yield DataTable(id="retention", cursor_type="none", zebra_stripes=True)
            yield Static("Cards by state", classes="stats-title")
            yield DataTable(id="states", cursor_type="none")
        yield Footer()

    def on_mount(self) -> None:
        retention = self.query_one("#retention", DataTable)
        retention.add_columns("Deck", "Retention", "Graded", "Reviews")
        self.query_one("#states", DataTable).add_columns("State", "Cards", "Share")
        self.action_reload()

    def action_reload(self) -> None:
        self.load_figures()

    def action_back(self) -> None:
        self.dismiss()

    @work(thread=True, exclusive=True, group="stats")
    def load_figures(self) -> None:
        app = self.newsquiz
        figures = compute_stats(
            app.decks,
            app.store.all_progress(),
            app.store.reviews(),
            app.settings,
            app.now(),
            app.zone,
        )
        self.app.call_from_thread(self.show_figures, figures)

    def show_figures(self, figures: StatsFigures) -> None:
        self.figures = figures
        self.query_one("#stats-loading").display = False
        self.query_one("#stats").remove_class("hidden")
        overall = figures.overall_retention
        retention = "–" if overall is None else f"{overall:.1%}"
        self.query_one("#stats-headline", Static).update(
            Text.assemble(
                ("Streak ", "bold"),
                f"{figures.streak} day{'s' if figures.streak != 1 else ''}   ",
                ("Reviews ", "bold"),
                f"{figures.total_reviews}   ",
                ("True retention ", "bold"),
                retention,
            )
        )
        series = (
            ("per-day-30", figures.per_day_30, "reviews"),
            ("per-day-365", figures.per_day_365, "reviews"),
            ("forecast", figures.forecast_30, "due"),
        )
        for widget_id, data, noun in series:
            self.query_one(f"#{widget_id}", Sparkline).data = [float(n) for n in data]
            total, peak = sum(data), max(data, default=0)
            today = data[0] if noun == "due" else data[-1]
            self.query_one(f"#{widget_id}-caption", Static).update(
                f"{total} {noun} in all, busiest day {peak}, today {today}"
            )
        self.query_one(Heatmap).show(figures.daily_counts, figures.today)
        table = self.query_one("#retention", DataTable)
        table.clear()
        for row in figures.retention:
            value = "–" if row.retention is None else f"{row.retention:.1%}"
            table.add_row(literal(row.title), value, str(row.graded), str(row.reviews))
        states = self.query_one("#states", DataTable)
        states.clear()
        total = max(1, sum(figures.cards_by_state.values()))
        for name, count in figures.cards_by_state.items():
            bar = "█" * round(20 * count / total)
            states.add_row(name, str(count), Text(f"{bar} {count / total:.0%}", style="#5fafff"))
