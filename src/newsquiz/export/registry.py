"""The export formats by name, and the file names exports get when none is given."""

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime

from newsquiz.export.data import ExportData, Tick
from newsquiz.models import slugify


@dataclass(frozen=True)
class ExportFormat:
    """One output format: how to render it and how its files are named and encoded."""

    name: str
    description: str
    suffix: str
    render: Callable[[ExportData, Tick], str | bytes]
    count_items: Callable[[ExportData], int]
    summary: Callable[[ExportData], str]
    binary: bool = False
    file_encoding: str = "utf-8"
    """Text formats written to a file use this encoding (csv gets a BOM for spreadsheets)."""

    def to_bytes(self, data: ExportData, tick: Tick, *, for_file: bool = True) -> bytes:
        """The rendered export; text is encoded for a file or, without a BOM, for stdout."""
        rendered = self.render(data, tick)
        if isinstance(rendered, bytes):
            return rendered
        return rendered.encode(self.file_encoding if for_file else "utf-8")


# Each renderer is imported when its format is used: every newsquiz command registers `export`
# (so this module is imported), and genanki alone takes ~50 ms to import.


def _render_csv(data: ExportData, tick: Tick) -> str:
    from newsquiz.export.csv_export import render_cards_csv

    return render_cards_csv(data, tick)


def _render_json(data: ExportData, tick: Tick) -> str:
    from newsquiz.export.json_dump import render_dump

    return render_dump(data, tick)


def _render_revlog(data: ExportData, tick: Tick) -> str:
    from newsquiz.export.revlog import render_revlog

    return render_revlog(data, tick)


def _render_apkg(data: ExportData, tick: Tick) -> bytes:
    from newsquiz.export.apkg import render_apkg

    return render_apkg(data, tick)


FORMATS: dict[str, ExportFormat] = {
    fmt.name: fmt
    for fmt in (
        ExportFormat(
            "csv",
            "one row per card with its state (spreadsheets)",
            ".csv",
            _render_csv,
            ExportData.card_count,
            lambda data: f"{data.card_count()} cards",
            file_encoding="utf-8-sig",
        ),
        ExportFormat(
            "json",
            "full lossless dump that `newsquiz import` reads back",
            ".json",
            _render_json,
            lambda data: len(data.decks) + len(data.progress) + len(data.reviews),
            lambda data: (
                f"{len(data.decks)} decks, {len(data.progress)} card states and "
                f"{len(data.reviews)} reviews"
            ),
        ),
        ExportFormat(
            "revlog",
            "review log for the FSRS optimizer",
            ".csv",
            _render_revlog,
            lambda data: len(data.reviews),
            lambda data: f"{len(data.reviews)} reviews",
        ),
        ExportFormat(
            "apkg",
            "Anki package (notes update in place when exported again)",
            ".apkg",
            _render_apkg,
            ExportData.card_count,
            lambda data: f"{data.card_count()} notes in {len(data.decks)} decks",
            binary=True,
        ),
    )
}


def default_file_name(fmt: ExportFormat, deck_ids: Sequence[str], now: datetime) -> str:
    """`newsquiz-[deck-]YYYY-MM-DD[-revlog].ext`: safe characters only, never a path."""
    parts = ["newsquiz"]
    if len(deck_ids) == 1:
        parts.append(slugify(deck_ids[0]))
    elif deck_ids:
        parts.append(f"{len(deck_ids)}-decks")
    parts.append(now.date().isoformat())
    if fmt.name == "revlog":
        parts.append("revlog")
    return "-".join(parts) + fmt.suffix
