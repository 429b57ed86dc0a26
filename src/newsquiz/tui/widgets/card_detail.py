"""CardDetail: the browser's pane with the highlighted card, its source sentence (the answer
emphasized), its schedule and its review history, all as literal text."""

from datetime import tzinfo

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Static

from newsquiz.card_catalog import CardRow
from newsquiz.card_details import card_details
from newsquiz.models import Card, Review
from newsquiz.tui.widgets.text import evidence_text, literal


def detail_text(row: CardRow, card: Card | None, history: list[Review], zone: tzinfo) -> Table:
    """The card's labelled lines (wrapped lines stay right of their label); the sentence shows
    the answer the card asks for in bold."""
    grid = Table.grid(padding=(0, 1))
    grid.add_column(style="bold", no_wrap=True)
    grid.add_column(ratio=1)
    for label, value in card_details(row, card, history, zone):
        shown = evidence_text(card) if label == "Sentence" and card is not None else None
        grid.add_row(f"{label}:" if label else "", shown if shown is not None else literal(value))
    return grid


class CardDetail(VerticalScroll):
    """Scrolls when the card and its history are longer than the pane."""

    def compose(self) -> ComposeResult:
        yield Static(Text("Loading cards…", style="dim"), id="card-detail-text")

    def show(
        self, row: CardRow | None, card: Card | None, history: list[Review], zone: tzinfo
    ) -> None:
        body = self.query_one("#card-detail-text", Static)
        if row is None:
            body.update(Text("No card matches the search.", style="dim"))
        else:
            body.update(detail_text(row, card, history, zone))
        self.scroll_home(animate=False)

    def say(self, message: str) -> None:
        self.query_one("#card-detail-text", Static).update(Text(message, style="dim"))
