"""ConfirmDialog: a yes/no question before something that cannot be taken back in one key."""

from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Static


class ConfirmDialog(ModalScreen[bool]):
    """`question` with a yes and a no button: y says yes, n or Escape no; Enter presses the
    focused button, which is No at first."""

    DEFAULT_CSS = """
    ConfirmDialog {
        align: center middle;
    }
    #confirm-box {
        width: 60;
        max-width: 90%;
        height: auto;
        padding: 1 2;
        background: $panel;
        border: thick $error;
    }
    #confirm-choices {
        height: auto;
        margin-top: 1;
        align-horizontal: right;
    }
    #confirm-choices Button {
        margin-left: 1;
    }
    """
    """Styled here, not in an app's stylesheet: the study app and the author app both ask."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("y", "answer(True)", "Yes", tooltip="Go ahead", id="confirm-yes"),
        Binding(
            "n,escape", "answer(False)", "No", tooltip="Leave things as they are", id="confirm-no"
        ),
    ]

    def __init__(self, question: str, yes: str, no: str = "Cancel") -> None:
        super().__init__()
        self.question = question
        self.yes = yes
        self.no = no

    def compose(self) -> ComposeResult:
        with Vertical(id="confirm-box"):
            yield Static(Text(self.question), id="confirm-question")
            with Horizontal(id="confirm-choices"):
                yield Button(f"{self.yes} (y)", variant="error", id="confirm-yes-button")
                yield Button(f"{self.no} (n)", variant="primary", id="confirm-no-button")

    def on_mount(self) -> None:
        self.query_one("#confirm-no-button", Button).focus()

    def action_answer(self, yes: bool) -> None:
        self.dismiss(yes)

    @on(Button.Pressed, "#confirm-yes-button")
    def _yes(self) -> None:
        self.dismiss(True)

    @on(Button.Pressed, "#confirm-no-button")
    def _no(self) -> None:
        self.dismiss(False)
