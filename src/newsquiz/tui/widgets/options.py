"""Answer options for multiple-choice and true/false cards, chosen by key or by mouse."""

from dataclasses import dataclass

from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.message import Message
from textual.widgets import Static

from newsquiz.tui.widgets.text import literal

MAX_OPTIONS = 6


class OptionRow(Static):
    """One option: its key and its text (literal)."""

    def __init__(self, index: int) -> None:
        super().__init__(classes="option")
        self.index = index
        self.option = ""

    def show(self, key: str, option: str) -> None:
        self.option = option
        self.update(Text.assemble(Text(f" {key} ", style="bold reverse"), " ", literal(option)))
        self.remove_class("right", "wrong")
        self.display = True

    def on_click(self, event: events.Click) -> None:
        event.stop()
        if self.display:
            self.post_message(OptionList.Chosen(self.index, self.option))


class OptionList(Vertical):
    """The options of the current card (rows are reused); posts `Chosen` when one is clicked."""

    @dataclass
    class Chosen(Message):
        index: int
        option: str

    def compose(self) -> ComposeResult:
        for index in range(MAX_OPTIONS):
            yield OptionRow(index)

    def set_options(self, options: list[str], keys: list[str]) -> None:
        for row in self.query(OptionRow):
            if row.index < len(options):
                row.show(keys[row.index], options[row.index])
            else:
                row.display = False

    def mark(self, chosen: int | None, right: int | None) -> None:
        """Highlight the right option, and the chosen one when it was wrong."""
        for row in self.query(OptionRow):
            row.set_class(row.index == right, "right")
            row.set_class(row.index == chosen and chosen != right, "wrong")
