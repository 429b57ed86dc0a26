"""The study header: deck, remaining counts, progress bar and the timer of the current card."""

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widgets import ProgressBar, Static

from newsquiz.tui.widgets.text import literal


def format_elapsed(seconds: float) -> str:
    seconds = max(0, int(seconds))
    return f"{seconds // 60}:{seconds % 60:02d}"


def counts_text(new: int, learning: int, review: int) -> Text:
    """Anki's three counts, coloured: new blue, learning red, review green."""
    return Text.assemble(
        ("New ", "dim"),
        (str(new), "bold #5fafff"),
        ("  Learn ", "dim"),
        (str(learning), "bold #ff5f5f"),
        ("  Due ", "dim"),
        (str(review), "bold #5fd75f"),
    )


class StudyHeader(Vertical):
    """Two lines: deck title and timer; counts and progress."""

    def compose(self) -> ComposeResult:
        with Horizontal(id="header-top"):
            yield Static(id="header-deck")
            yield Static("0:00", id="header-timer")
        with Horizontal(id="header-bottom"):
            yield Static(id="header-counts")
            yield ProgressBar(id="header-progress", show_eta=False, show_percentage=True)

    def show(self, deck_title: str, counts: tuple[int, int, int], done: int) -> None:
        self.query_one("#header-deck", Static).update(literal(deck_title, "bold"))
        self.query_one("#header-counts", Static).update(counts_text(*counts))
        remaining = sum(counts)
        self.query_one("#header-progress", ProgressBar).update(
            total=max(1, done + remaining), progress=done
        )

    def tick(self, seconds: float) -> None:
        self.query_one("#header-timer", Static).update(format_elapsed(seconds))
