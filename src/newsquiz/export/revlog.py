"""Every review as the CSV the FSRS optimizer reads, so users can fit their own parameters.

Columns: card_id (integer), review_time (Unix ms), review_rating (1-4), review_state (the card's
state when reviewed: 0 new, 1 learning, 2 review, 3 relearning), review_duration (ms).
"""

import csv
import io
import re
from datetime import UTC, datetime, timedelta

from newsquiz.errors import NewsquizError
from newsquiz.export.data import ExportData, Tick, no_tick
from newsquiz.models import Review, Settings
from newsquiz.scheduling.fsrs_bridge import fsrs_card_number, make_scheduler

REVLOG_COLUMNS = ("card_id", "review_time", "review_rating", "review_state", "review_duration")

FSRS_PARAMETER_COUNT = 21

_STATE_CODES = {"learning": 1, "review": 2, "relearning": 3}
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def unix_ms(moment: datetime) -> int:
    """Whole milliseconds since the Unix epoch (exact, no float rounding)."""
    return (moment - _EPOCH) // timedelta(milliseconds=1)


def review_state_code(review: Review) -> int:
    """The optimizer's state code for the card as it was before this review."""
    before = review.before
    if before is None or before.reps == 0:
        return 0
    return _STATE_CODES[before.state]


def revlog_rows(reviews: list[Review]) -> list[tuple[int, int, int, int, int]]:
    """One row per review, oldest first."""
    ordered = sorted(reviews, key=lambda r: (r.time, r.seq))
    return [
        (
            fsrs_card_number(r.card_id),
            unix_ms(r.time),
            r.rating,
            review_state_code(r),
            r.duration_ms,
        )
        for r in ordered
    ]


def render_revlog(data: ExportData, tick: Tick = no_tick) -> str:
    """The reviews of `data` as optimizer CSV text with a header row."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(REVLOG_COLUMNS)
    for row in revlog_rows(data.reviews):
        writer.writerow(row)
        tick()
    return out.getvalue()


def parse_fsrs_parameters(text: str) -> list[float]:
    """The 21 FSRS-6 parameters an optimizer fitted, from text as it prints them ("0.2, 1.3,
    ..." or "[0.2 1.3 ...]"), checked by fsrs itself; raises NewsquizError saying what is wrong."""
    items = [item for item in re.split(r"[\s,;]+", text.strip().strip("[]()")) if item]
    try:
        values = [float(item) for item in items]
    except ValueError as exc:
        raise NewsquizError(f"FSRS parameters: not a number ({exc})") from None
    if len(values) != FSRS_PARAMETER_COUNT:
        raise NewsquizError(
            f"FSRS parameters: expected {FSRS_PARAMETER_COUNT} numbers (FSRS-6), got {len(values)}"
        )
    if any(value != value or value in (float("inf"), float("-inf")) for value in values):
        raise NewsquizError("FSRS parameters: every number must be finite")
    try:
        make_scheduler(Settings(fsrs_parameters=values), fuzz=False)
    except ValueError as exc:
        lines = str(exc).splitlines()
        detail = "; ".join(lines[1:]) if len(lines) > 1 else str(exc)
        raise NewsquizError(f"FSRS parameters: {detail}") from None
    return values
