"""CardTable: the browser's list of cards, drawn a line at a time (Textual's Line API).

Only the lines on screen are drawn, so 50,000 rows cost no more than 50: a new search result
is shown by handing over the list, with no per-row widgets or cells to build (a DataTable
measures and stores every cell of every row). Card text is written as plain segments, never
parsed as markup.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import tzinfo
from typing import ClassVar

from rich.cells import cell_len, set_cell_size
from rich.segment import Segment
from textual.binding import Binding, BindingType
from textual.events import Click
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from newsquiz.card_catalog import CardRow
from newsquiz.printable import printable

KIND_LABELS = {"true_false": "t/f"}


@dataclass(frozen=True)
class Column:
    title: str
    width: int
    right: bool = False


def _cell(text: str, width: int, right: bool = False) -> str:
    text = printable(text, one_line=True)
    if cell_len(text) > width:
        return set_cell_size(text, width - 1) + "…"
    padding = " " * (width - cell_len(text))
    return padding + text if right else text + padding


class CardTable(ScrollView, can_focus=True):
    """Rows of cards with a fixed header line and a cursor; Up/Down/PageUp/PageDown/Home/End
    move it, a click picks a row."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {"card-table--header", "card-table--cursor"}
    DEFAULT_CSS = """
    CardTable > .card-table--header {
        text-style: bold;
        background: $panel;
    }
    CardTable > .card-table--cursor {
        background: $block-cursor-background;
        color: $block-cursor-foreground;
        text-style: bold;
    }
    CardTable:blur > .card-table--cursor {
        background: $block-cursor-blurred-background;
        text-style: none;
    }
    """
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("up", "move(-1)", "Up", show=False),
        Binding("down", "move(1)", "Down", show=False),
        Binding("pageup", "page(-1)", "Page up", show=False),
        Binding("pagedown", "page(1)", "Page down", show=False),
        Binding("home", "jump(0)", "First", show=False),
        Binding("end", "jump(-1)", "Last", show=False),
    ]

    cursor: reactive[int] = reactive(0, always_update=True)

    @dataclass
    class Highlighted(Message):
        """The cursor moved to another card (or the list became empty: row None)."""

        table: "CardTable"
        row: CardRow | None

        @property
        def control(self) -> "CardTable":
            return self.table

    def __init__(self, zone: tzinfo, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.zone = zone
        self.rows: Sequence[CardRow] = []

    # -- content ---------------------------------------------------------------------------------

    def show(self, rows: Sequence[CardRow], keep: str | None = None) -> None:
        """Show `rows`; the cursor goes to card `keep` if it is among them, else the top."""
        self.rows = rows
        position = 0
        if keep is not None:
            position = next((n for n, row in enumerate(rows) if row.card_id == keep), 0)
        self.virtual_size = Size(self.size.width, len(rows) + 1)
        self.scroll_to(y=0, animate=False, immediate=True)
        self.cursor = position
        self.refresh()

    def replace(self, row: CardRow, old_id: str | None = None) -> None:
        """Redraw one card that changed (an action, an edit that gave it a new id)."""
        wanted = old_id or row.card_id
        rows = list(self.rows)
        for position, known in enumerate(rows):
            if known.card_id == wanted:
                rows[position] = row
                self.rows = rows
                self.refresh()
                if position == self.cursor:
                    self.post_message(self.Highlighted(self, row))
                return

    @property
    def current(self) -> CardRow | None:
        if 0 <= self.cursor < len(self.rows):
            return self.rows[self.cursor]
        return None

    # -- cursor ----------------------------------------------------------------------------------

    def _page(self) -> int:
        return max(1, self.scrollable_content_region.height - 1)

    def validate_cursor(self, value: int) -> int:
        return max(0, min(value, len(self.rows) - 1))

    def watch_cursor(self, value: int) -> None:
        top = round(self.scroll_y)
        if value < top:
            self.scroll_to(y=value, animate=False, immediate=True)
        elif value >= top + self._page():
            self.scroll_to(y=value - self._page() + 1, animate=False, immediate=True)
        self.refresh()
        self.post_message(self.Highlighted(self, self.current))

    def action_move(self, rows: int) -> None:
        self.cursor += rows

    def action_page(self, pages: int) -> None:
        self.cursor += pages * self._page()

    def action_jump(self, position: int) -> None:
        self.cursor = position if position >= 0 else len(self.rows) - 1

    def on_click(self, event: Click) -> None:
        if event.y >= 1:
            self.cursor = round(self.scroll_y) + event.y - 1

    def on_resize(self) -> None:
        self.virtual_size = Size(self.size.width, len(self.rows) + 1)

    # -- drawing ---------------------------------------------------------------------------------

    def columns(self) -> list[Column]:
        """Prompt takes what the fixed columns leave; the deck column shows from 100 columns
        on (the detail pane names the deck anyway)."""
        width = self.scrollable_content_region.width
        fixed = [
            Column("Deck", 18 if width >= 120 else 12),
            Column("Kind", 7),
            Column("State", 10),
            Column("Due", 12),
            Column("Reps", 4, right=True),
            Column("Lapses", 6, right=True),
        ]
        if width < 90:
            fixed = fixed[1:]
        used = sum(column.width + 1 for column in fixed)
        return [Column("Prompt", max(10, width - used - 1)), *fixed]

    def _cells(self, row: CardRow, columns: list[Column]) -> list[str]:
        due = row.due
        deck = [row.deck_id] if any(column.title == "Deck" for column in columns) else []
        return [
            row.prompt,
            *deck,
            KIND_LABELS.get(row.kind, row.kind),
            row.status,
            "new" if due is None else f"{due.astimezone(self.zone):%d %b %H:%M}",
            str(row.reps),
            str(row.lapses),
        ]

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        columns = self.columns()
        if y == 0:
            texts = [column.title for column in columns]
            style = self.get_component_rich_style("card-table--header")
        else:
            position = round(self.scroll_y) + y - 1
            if position >= len(self.rows):
                return Strip.blank(width, self.rich_style)
            texts = self._cells(self.rows[position], columns)
            style = self.rich_style
            if position == self.cursor:
                style = style + self.get_component_rich_style("card-table--cursor")
        line = " ".join(
            _cell(text, column.width, column.right)
            for text, column in zip(texts, columns, strict=True)
        )
        return Strip([Segment(set_cell_size(" " + line, width), style)], width)
