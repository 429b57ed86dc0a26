"""AuthorApp: the author screen in an app of its own, built from a generated deck."""

from pathlib import Path

from newsquiz.models import Deck
from newsquiz.tui.safe_app import TerminalSafeApp
from newsquiz.tui.screens.author import AuthorScreen
from newsquiz.tui.screens.author_state import Authoring


class AuthorApp(TerminalSafeApp):
    """Review the cards generated from one article and save the deck to `target`."""

    CSS_PATH = "author.tcss"
    TITLE = "newsquiz author"

    def __init__(self, generated: Deck, target: Path, existing: Deck | None = None) -> None:
        super().__init__()
        self.authoring = Authoring.start(generated, existing)
        self.target = target

    def on_mount(self) -> None:
        self.push_screen(AuthorScreen(self.authoring, self.target))
