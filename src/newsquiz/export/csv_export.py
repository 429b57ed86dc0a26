"""One spreadsheet row per card: its content and its FSRS state (RFC 4180 CSV; files are UTF-8
with a BOM so spreadsheets detect the encoding)."""

import csv
import io
from datetime import datetime

from newsquiz.export.data import ExportData, Tick, no_tick
from newsquiz.models import CardProgress
from newsquiz.scheduling import make_scheduler, retrievability

CARD_COLUMNS = (
    "deck",
    "card_id",
    "kind",
    "prompt",
    "answer",
    "state",
    "reps",
    "lapses",
    "stability",
    "difficulty",
    "retrievability",
    "due",
    "last_review",
    "suspended",
)


def _time(moment: datetime | None) -> str:
    return moment.isoformat() if moment is not None else ""


def _number(value: float | None) -> str:
    return "" if value is None else repr(float(value))


_FORMULA_STARTS = (
    "=",
    "+",
    "-",
    "@",
    "\t",
    "\r",
    "\n",
    "|",
    "\uff1d",
    "\uff0b",
    "\uff0d",
    "\uff20",
)
"""What a spreadsheet may read as a formula or a DDE call (OWASP's list, newline, the pipe and
the fullwidth forms some spreadsheets fold to ASCII)."""


def spreadsheet_text(text: str) -> str:
    """Text a spreadsheet shows as text: a cell that could start a formula (CSV injection)
    gets an apostrophe in front, as OWASP recommends and spreadsheets do themselves."""
    return "'" + text if text.startswith(_FORMULA_STARTS) else text


def card_state(progress: CardProgress | None) -> str:
    """`new` for a card never reviewed, else its FSRS state."""
    if progress is None or progress.reps == 0:
        return "new"
    return progress.state


def render_cards_csv(data: ExportData, tick: Tick = no_tick) -> str:
    """The cards of `data.decks` as CSV text with a header row and CRLF line ends."""
    scheduler = make_scheduler(data.settings, fuzz=False)
    out = io.StringIO()
    writer = csv.writer(out, dialect="excel", lineterminator="\r\n")
    writer.writerow(CARD_COLUMNS)
    for deck in data.decks:
        for card in deck.cards:
            card_id = card.id or ""
            progress = data.progress.get(card_id)
            recall = retrievability(scheduler, progress, data.now) if progress else 0.0
            writer.writerow(
                [
                    spreadsheet_text(deck.id),
                    spreadsheet_text(card_id),
                    card.kind,
                    spreadsheet_text(card.prompt),
                    spreadsheet_text(card.answer),
                    card_state(progress),
                    progress.reps if progress else 0,
                    progress.lapses if progress else 0,
                    _number(progress.stability if progress else None),
                    _number(progress.difficulty if progress else None),
                    f"{recall:.4f}",
                    _time(progress.due if progress and progress.reps else None),
                    _time(progress.last_review if progress else None),
                    "true" if progress and progress.suspended else "false",
                ]
            )
            tick()
    return out.getvalue()
