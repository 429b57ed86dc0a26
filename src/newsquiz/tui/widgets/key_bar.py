"""A one-line footer drawn as text: the screen's shown bindings that are enabled right now.

Textual's Footer rebuilds its widgets whenever bindings change; the study screen changes them
on every card, and that rebuild was most of the time from a key press to the next card.
"""

from typing import Any

from rich.text import Text
from textual.actions import parse as parse_action
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import Static

KEY_STYLE = "bold #ffa62b"


def key_label(binding: Binding) -> str:
    if binding.key_display:
        return binding.key_display
    key = binding.key.split(",")[0]
    return {"escape": "esc", "enter": "⏎", "space": "space", "minus": "-"}.get(key, key)


def key_bar_text(screen: Screen[Any], bindings: list[Binding]) -> Text:
    """The enabled, shown bindings as `key Description` pairs, then the palette key."""
    parts: list[Text | str] = []
    seen: set[str] = set()
    for binding in bindings:
        if not binding.show:
            continue
        _, action, parameters = parse_action(binding.action)
        if not screen.check_action(action, parameters) or binding.description in seen:
            continue
        seen.add(binding.description)
        parts += [Text(f" {key_label(binding)} ", style=KEY_STYLE), binding.description, " "]
    parts.append(Text(" ^p ", style=KEY_STYLE))
    parts.append("palette")
    return Text.assemble(*parts)


class KeyBar(Static):
    """The footer of screens whose bindings change often."""

    DEFAULT_CSS = """
    KeyBar {
        dock: bottom;
        height: 1;
        background: $footer-background;
        color: $footer-foreground;
    }
    """

    def show_bindings(self, screen: Screen[Any], bindings: list[Binding]) -> None:
        self.update(key_bar_text(screen, bindings))
