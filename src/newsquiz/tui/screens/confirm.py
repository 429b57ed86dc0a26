"""ConfirmDialog: a yes/no question in a modal, answered with y / n (or Esc) or the buttons."""

from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Static

from newsquiz.tui.widgets.text import literal


class ConfirmDialog(ModalScreen[bool]):
    """Ask before something that changes files or loses edits; dismissed with the answer."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("y", "answer(True)", "Yes", id="confirm-dialog-yes"),
        Binding("n,escape", "answer(False)", "No", id="confirm-dialog-no"),
    ]

    def __init__(self, question: str, yes: str = "Yes", no: str = "No") -> None:
        super().__init__()
        self.question = question
        self.yes, self.no = yes, no

    def compose(self) -> ComposeResult:
        with Vertical(id="confirm-dialog"):
            yield Static(literal(self.question), id="confirm-question")
            with Horizontal(id="confirm-dialog-buttons"):
                yield Button(Text(f"{self.yes} (y)"), variant="warning", id="confirm-dialog-yes")
                yield Button(Text(f"{self.no} (n)"), variant="primary", id="confirm-dialog-no")

    def action_answer(self, yes: bool) -> None:
        self.dismiss(yes)

    @on(Button.Pressed, "#confirm-dialog-yes")
    def _yes(self) -> None:
        self.dismiss(True)

    @on(Button.Pressed, "#confirm-dialog-no")
    def _no(self) -> None:
        self.dismiss(False)
