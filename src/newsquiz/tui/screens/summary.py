"""SummaryScreen: what a session did, what is due next, and the misses to look at again."""

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Footer, Static

from newsquiz.session import StudySession
from newsquiz.tui.formatting import describe_due, describe_duration
from newsquiz.tui.services import StudyServices, services
from newsquiz.tui.widgets.text import literal


class SummaryScreen(Screen[None]):
    """Cards done, accuracy, time spent, next due, misses."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter,escape,h", "home", "Home", tooltip="Back to the deck list", id="home"),
        Binding(
            "r", "resume", "Study more", tooltip="Continue with what is still due", id="resume"
        ),
        Binding("s", "app.stats", "Stats", tooltip="Statistics", id="summary-stats"),
        Binding("o", "app.settings", "Settings", tooltip="Daily limits and more", id="summary-o"),
        Binding("q", "app.quit", "Quit", tooltip="Save and leave", id="summary-quit"),
    ]

    def __init__(self, session: StudySession) -> None:
        super().__init__()
        self.session = session

    @property
    def newsquiz(self) -> StudyServices:
        return services(self)

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="summary"):
            yield Static(self._headline(), id="summary-headline")
            yield Static(self._figures(), id="summary-figures")
            yield Static(self._misses(), id="summary-misses")
        yield Footer()

    def _remaining(self) -> int:
        return sum(self.session.counts())

    def _headline(self) -> Text:
        done = self.session.summary.answered
        remaining = self._remaining()
        lines = []
        if self.session.custom:
            done_text = "Custom study complete." if remaining == 0 else "Custom study ended."
            lines.append(Text(done_text if done else "No cards for this custom study.", "bold"))
        elif done == 0 and remaining == 0:
            lines.append(Text("Nothing to study right now.", style="bold"))
        elif remaining == 0:
            lines.append(Text("Session complete: everything due today is done.", style="bold"))
        else:
            lines.append(Text("Session ended.", style="bold"))
        if remaining == 0 and not self.session.custom:
            elsewhere = self.session.due_elsewhere()
            if elsewhere and done:
                lines[0] = Text("Session complete: these decks are done for today.", style="bold")
            if elsewhere:
                lines.append(Text(f"{elsewhere} cards are still due today in other decks."))
            reason = self.session.empty_reason()
            if reason:
                lines.append(Text(reason))
        return Text("\n").join(lines)

    def _figures(self) -> Text:
        summary = self.session.summary
        app = self.newsquiz
        remaining = self._remaining()
        lines = [
            f"Cards answered   {summary.answered}",
            f"Accuracy         {summary.accuracy:.0%} ({summary.correct} right)",
            f"Time spent       {describe_duration(summary.time_ms)}",
        ]
        if remaining:
            lines.append(f"Still due today  {remaining} (press r to go on)")
        due = self.session.next_due()
        lines.append(f"Next card due    {describe_due(due, app.now(), app.zone)}")
        return Text("\n".join(lines))

    def _misses(self) -> Text:
        misses = self.session.summary.misses
        if not misses:
            return Text("No misses." if self.session.summary.answered else "", style="dim")
        parts = [Text(f"To look at again ({len(misses)})", style="bold")]
        for card_id in misses:
            card = self.session.card(card_id)
            if card is None:
                continue
            parts.append(
                Text.assemble("• ", literal(card.prompt), "\n  → ", literal(card.answer, "bold"))
            )
        return Text("\n").join(parts)

    def action_home(self) -> None:
        self.dismiss()
        self.newsquiz.ensure_home()

    def action_resume(self) -> None:
        deck_ids = list(self.session.decks)
        self.dismiss()
        self.newsquiz.action_study(deck_ids)
