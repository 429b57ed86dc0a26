"""HelpScreen (`?`): every key of the screen underneath, read from its bindings, so the list
cannot drift from what the keys do."""

from collections.abc import Iterable
from typing import Any, ClassVar

from rich.table import Table
from rich.text import Text
from textual.actions import parse as parse_action
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen, Screen
from textual.widgets import Static

from newsquiz.tui.widgets.key_bar import key_label


def key_rows(bindings: Iterable[BindingType]) -> list[tuple[str, str, str]]:
    """(keys, description, tooltip) for each action, keys that do the same thing on one row
    (an action's first binding names it: `1`-`6` choose an option)."""
    rows: dict[str, tuple[list[str], str, str]] = {}
    for binding in Binding.make_bindings(bindings):
        if binding.system:
            continue
        _, action, _ = parse_action(binding.action)
        keys, description, tooltip = rows.setdefault(
            action, ([], binding.description, binding.tooltip)
        )
        label = key_label(binding.key)
        if label not in keys:
            keys.append(label)
    return [(" ".join(keys), description, tooltip) for keys, description, tooltip in rows.values()]


def screen_key_rows(screen: Screen[Any]) -> list[tuple[str, str, str]]:
    """The keys of `screen` (its class bindings), then the app's."""
    return key_rows([*type(screen).BINDINGS, *type(screen.app).BINDINGS, *HELP_BINDINGS])


HELP_BINDINGS: list[BindingType] = [
    Binding("ctrl+p", "app.command_palette", "Palette", tooltip="Search every command"),
]
"""Keys Textual's App binds itself (as system bindings, left out above)."""


class HelpScreen(ModalScreen[None]):
    """The keys of the screen it was opened over; Esc, q or ? closes it."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,question_mark", "close", "Close", id="help-close"),
    ]

    def __init__(self, title: str, rows: list[tuple[str, str, str]]) -> None:
        super().__init__()
        self.title_text = title
        self.rows = rows

    def compose(self) -> ComposeResult:
        table = Table(box=None, show_header=False, padding=(0, 2, 0, 0), expand=False)
        table.add_column("keys", style="bold #ffa62b", no_wrap=True)
        table.add_column("action", style="bold", no_wrap=True)
        table.add_column("detail", style="dim")
        for keys, description, tooltip in self.rows:
            table.add_row(Text(keys), Text(description), Text(tooltip))
        with VerticalScroll(id="help"):
            yield Static(Text(f"Keys: {self.title_text}", style="bold"), id="help-title")
            yield Static(table, id="help-keys")
            yield Static(Text("Esc, q or ? closes this list.", style="dim"), id="help-hint")

    def action_close(self) -> None:
        self.dismiss()
