"""Our FSRS progress and reviews as rows of Anki's `cards` and `revlog` tables, so an .apkg
carries each card's schedule and history into Anki.

Pure functions over our models; `apkg` writes what they return into the package's SQLite
collection. Anki's columns (schema 11, which genanki writes):

- cards.type: 0 new, 1 learning, 2 review, 3 relearning; cards.queue the same, except -1 for
  a suspended card and -3 for one buried by the user (Anki's type keeps the schedule state).
- cards.due: a new card's position; a learning or relearning card's due time (epoch seconds);
  a review card's due day, counted from the collection's creation day (`col.crt`), which
  Anki's importer shifts onto the importing collection's days.
- cards.ivl: the interval in days (review: from the last review to the due date); cards.factor
  the SM-2 ease in permille, from FSRS difficulty (1 -> 3000, 10 -> 1300); cards.left the
  learning steps still to go; cards.data the FSRS memory state (`{"s": stability, "d":
  difficulty}`, what Anki 23.10+ keeps there; Anki with FSRS on can also recompute it from the
  review log).
- revlog: one row per review: id = review time (epoch ms, unique), ease = our rating 1-4, ivl
  and lastIvl in days (negative: seconds, for learning steps), factor, time = duration in ms
  (Anki caps it at 60 s), type = the state before the review (0 learn, 1 review, 2 relearn).
"""

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime

from newsquiz.models import CardProgress, Review

DAY = 86_400
MAX_REVIEW_MS = 60_000

_TYPES = {"learning": 1, "review": 2, "relearning": 3}
_REVLOG_TYPES = {"learning": 0, "review": 1, "relearning": 2}


@dataclass(frozen=True)
class AnkiCardColumns:
    """The scheduling columns of one row of Anki's `cards` table."""

    type: int
    queue: int
    due: int
    ivl: int
    factor: int
    reps: int
    lapses: int
    left: int
    data: str


def ease_factor(difficulty: float | None) -> int:
    """FSRS difficulty (1 easy .. 10 hard) as an SM-2 ease in permille (3000 .. 1300)."""
    if difficulty is None:
        return 2500
    clamped = min(10.0, max(1.0, difficulty))
    return round(3000 - (clamped - 1) / 9 * 1700)


def anki_day(moment: datetime, crt: int) -> int:
    """The collection day `moment` falls on (days since the creation time `crt`)."""
    return int((moment.timestamp() - crt) // DAY)


def _interval(progress: CardProgress) -> int:
    if progress.last_review is None:
        return max(1, round(progress.stability or 1))
    return max(1, round((progress.due - progress.last_review).total_seconds() / DAY))


def card_columns(
    progress: CardProgress | None,
    *,
    position: int,
    crt: int,
    now: datetime,
    learning_steps: int,
    relearning_steps: int,
) -> AnkiCardColumns:
    """Anki's scheduling columns for a card with this progress (None: never studied);
    `position` orders new cards, the step counts give the learning steps left."""
    if progress is None or progress.reps == 0:
        queue = _hidden_queue(progress, now, 0)
        return AnkiCardColumns(0, queue, position, 0, 0, 0, 0, 0, "")
    card_type = _TYPES[progress.state]
    data = ""
    if progress.stability is not None and progress.difficulty is not None:
        data = json.dumps(
            {"s": round(progress.stability, 4), "d": round(progress.difficulty, 4)},
            separators=(",", ":"),
        )
    factor = ease_factor(progress.difficulty)
    if card_type == 2:
        due, ivl, left = anki_day(progress.due, crt), _interval(progress), 0
    else:
        steps = learning_steps if card_type == 1 else relearning_steps
        remaining = max(1, steps - (progress.step or 0))
        ivl = 0 if card_type == 1 else max(1, round(progress.stability or 1))
        due, left = int(progress.due.timestamp()), remaining * 1000 + remaining
    queue = _hidden_queue(progress, now, 1 if card_type == 3 else card_type)
    return AnkiCardColumns(
        card_type, queue, due, ivl, factor, progress.reps, progress.lapses, left, data
    )


def _hidden_queue(progress: CardProgress | None, now: datetime, queue: int) -> int:
    if progress is None:
        return queue
    if progress.suspended:
        return -1
    if progress.buried_until is not None and progress.buried_until > now:
        return -3
    return queue


def _revlog_interval(progress: CardProgress, moment: datetime) -> int:
    """Days when the card is in review, otherwise negative seconds until it is due."""
    seconds = (progress.due - moment).total_seconds()
    if progress.state == "review":
        return max(1, round(seconds / DAY))
    return -max(0, round(seconds))


@dataclass(frozen=True)
class RevlogRow:
    id: int
    cid: int
    ease: int
    ivl: int
    last_ivl: int
    factor: int
    time: int
    type: int


def revlog_rows(reviews: Iterable[Review], anki_card_ids: Mapping[str, int]) -> list[RevlogRow]:
    """A row per review of an exported card, oldest first; ids (review times in epoch ms) are
    made unique by moving a clash a millisecond on, as Anki does."""
    rows: list[RevlogRow] = []
    taken: set[int] = set()
    for review in sorted(reviews, key=lambda r: (r.time, r.seq)):
        cid = anki_card_ids.get(review.card_id)
        if cid is None:
            continue
        moment = int(review.time.timestamp() * 1000)
        while moment in taken:
            moment += 1
        taken.add(moment)
        before = review.before
        was_new = before is None or before.reps == 0
        last_ivl = (
            0
            if was_new or before is None
            else _revlog_interval(before, before.last_review or review.time)
        )
        rows.append(
            RevlogRow(
                id=moment,
                cid=cid,
                ease=review.rating,
                ivl=_revlog_interval(review.after, review.time),
                last_ivl=last_ivl,
                factor=ease_factor(review.after.difficulty),
                time=min(review.duration_ms, MAX_REVIEW_MS),
                type=0 if was_new or before is None else _REVLOG_TYPES[before.state],
            )
        )
    return rows
