"""CustomStudyDialog (`c` on home): extra new cards today, forgotten cards, or study ahead."""

from dataclasses import dataclass
from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, Select, Static

from newsquiz.tui.widgets.text import literal

CHOICES = {
    "extra_new": ("Extra new cards today (every deck)", "How many more new cards", 10, 9999),
    "forgotten": ("Review forgotten cards", "Missed in the last N days", 7, 365),
    "ahead": ("Study ahead", "Reviews due in the next N days", 3, 365),
}
"""Each kind: its name, what the number means, its default and its largest value."""


@dataclass(frozen=True)
class CustomChoice:
    kind: str
    number: int


def parse_choice(kind: str, text: str) -> CustomChoice:
    """The choice typed in the form; raises ValueError with a one-line reason."""
    _, meaning, _, most = CHOICES[kind]
    try:
        number = int(text.strip())
    except ValueError:
        raise ValueError(f"{meaning}: a whole number, please (not {text.strip()!r})") from None
    if not 1 <= number <= most:
        raise ValueError(f"{meaning}: between 1 and {most}")
    return CustomChoice(kind, number)


class CustomStudyDialog(ModalScreen[CustomChoice | None]):
    """Pick a kind of custom study and its number; Enter or ctrl+s starts it."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+s", "start", "Start", tooltip="Start the custom study"),
        Binding("escape", "cancel", "Cancel", tooltip="Back to the deck list"),
    ]

    def __init__(self, deck_title: str) -> None:
        super().__init__()
        self.deck_title = deck_title

    def compose(self) -> ComposeResult:
        with Vertical(id="custom-study"):
            yield Static(Text.assemble(("Custom study: ", "bold"), literal(self.deck_title)))
            with Horizontal(classes="setting"):
                yield Label("Kind")
                yield Select(
                    [(name, kind) for kind, (name, *_) in CHOICES.items()],
                    value="extra_new",
                    allow_blank=False,
                    id="custom-kind",
                    compact=True,
                )
            with Horizontal(classes="setting"):
                yield Label(CHOICES["extra_new"][1], id="custom-meaning")
                yield Input(str(CHOICES["extra_new"][2]), id="custom-number", compact=True)
            yield Static(id="custom-error")
            with Horizontal(id="custom-buttons"):
                yield Button("Start", variant="primary", id="custom-start")
                yield Button("Cancel", id="custom-cancel")

    def on_mount(self) -> None:
        self.query_one("#custom-kind", Select).focus()

    @on(Select.Changed, "#custom-kind")
    def _kind_changed(self, event: Select.Changed) -> None:
        _, meaning, default, _ = CHOICES[str(event.value)]
        self.query_one("#custom-meaning", Label).update(meaning)
        self.query_one("#custom-number", Input).value = str(default)

    def action_start(self) -> None:
        kind = str(self.query_one("#custom-kind", Select).value)
        try:
            choice = parse_choice(kind, self.query_one("#custom-number", Input).value)
        except ValueError as exc:
            self.query_one("#custom-error", Static).update(Text(str(exc)))
            return
        self.dismiss(choice)

    def action_cancel(self) -> None:
        self.dismiss(None)

    @on(Input.Submitted)
    def _submitted(self) -> None:
        self.action_start()

    @on(Button.Pressed, "#custom-start")
    def _start_pressed(self) -> None:
        self.action_start()

    @on(Button.Pressed, "#custom-cancel")
    def _cancel_pressed(self) -> None:
        self.action_cancel()
