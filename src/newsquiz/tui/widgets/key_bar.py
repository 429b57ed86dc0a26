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


TYPED_KEYS = frozenset({"minus", "exclamation_mark", "space", "slash"})
"""Key names that produce a character, and so go into a focused text box."""


def key_label(key: str) -> str:
    names = {"escape": "esc", "enter": "⏎", "minus": "-", "slash": "/"}
    names |= {"exclamation_mark": "!", "question_mark": "?"}
    return names.get(key, key)


def key_bar_text(screen: Screen[Any], bindings: list[Binding], *, typing: bool = False) -> Text:
    """The enabled, shown bindings as `key Description` pairs, then the palette key.

    While `typing` (a text box has focus), keys that would type a character are left out.
    """
    parts: list[Text | str] = []
    seen: set[str] = set()
    for binding in bindings:
        if not binding.show:
            continue
        keys = binding.key.split(",")
        if typing:
            keys = [k for k in keys if len(k) > 1 and k not in TYPED_KEYS]
            if not keys:
                continue
        label = binding.key_display if binding.key_display and not typing else key_label(keys[0])
        _, action, parameters = parse_action(binding.action)
        if not screen.check_action(action, parameters) or binding.description in seen:
            continue
        seen.add(binding.description)
        parts += [Text(f" {label} ", style=KEY_STYLE), binding.description, " "]
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

    def show_bindings(
        self, screen: Screen[Any], bindings: list[Binding], *, typing: bool = False
    ) -> None:
        self.update(key_bar_text(screen, bindings, typing=typing))
