"""LoadingScreen: shown while the decks load in a worker (a cold start on a big collection)."""

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import LoadingIndicator, Static


class LoadingScreen(Screen[None]):
    """A spinner and a line saying what is happening; Ctrl+Q still quits."""

    def compose(self) -> ComposeResult:
        with Vertical(id="loading"):
            yield Static(Text("Loading decks…", style="bold"), id="loading-text")
            yield LoadingIndicator()
