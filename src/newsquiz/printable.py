"""Text from decks, articles and file names made safe to show on a terminal.

A deck title or a card (from an article's first line, or typed into a deck file) may hold
escape sequences: OSC 52 writes the clipboard, OSC 8 makes links, CSI clears the screen.
Every control character (C0 but newline and tab, DEL, C1) is shown as its `\\u00XX` escape
instead: visible, never acted on, and inside JSON strings the same character again.
"""

_CONTROLS = [*range(0x20), 0x7F, *range(0x80, 0xA0)]
_KEEP_LINES = {code: f"\\u{code:04x}" for code in _CONTROLS if code not in (0x09, 0x0A)}
_ONE_LINE = {code: f"\\u{code:04x}" for code in _CONTROLS}


def printable(text: str, *, one_line: bool = False) -> str:
    """`text` with every control character made visible; `one_line` escapes newlines and
    tabs too (a file name in a one-line message)."""
    return text.translate(_ONE_LINE if one_line else _KEEP_LINES)
