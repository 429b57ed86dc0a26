"""What the browser and `newsquiz cards` do to a card's schedule, as pure functions.

Each action takes the card's progress (None: never studied) and returns the progress to write,
or None when the card is already that way; the caller writes it with the store's
`set_progress`, one journal record per card. Reviews are never touched: forgetting a card
resets its schedule and keeps its history.
"""

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from newsquiz.models import CardProgress
from newsquiz.scheduling import new_progress


class CardAction(StrEnum):
    SUSPEND = "suspend"
    UNSUSPEND = "unsuspend"
    BURY = "bury"
    UNBURY = "unbury"
    FORGET = "forget"


@dataclass(frozen=True)
class CardTarget:
    """The card an action is for, as a card without progress needs it to start one."""

    card_id: str
    deck_id: str
    fact_key: str


def _started(current: CardProgress | None, target: CardTarget, now: datetime) -> CardProgress:
    if current is not None:
        return current
    return new_progress(target.card_id, target.deck_id, target.fact_key, now)


def suspend(current: CardProgress | None, target: CardTarget, now: datetime) -> CardProgress | None:
    """Hidden from study until unsuspended (a new card too: it gets a progress record)."""
    if current is not None and current.suspended:
        return None
    return _started(current, target, now).model_copy(update={"suspended": True})


def unsuspend(current: CardProgress | None) -> CardProgress | None:
    if current is None or not current.suspended:
        return None
    return current.model_copy(update={"suspended": False})


def is_buried(current: CardProgress | None, now: datetime) -> bool:
    return current is not None and current.buried_until is not None and current.buried_until > now


def bury(
    current: CardProgress | None, target: CardTarget, now: datetime, day_end: datetime
) -> CardProgress | None:
    """Hidden until `day_end`, the start of the next study day."""
    if current is not None and current.buried_until == day_end:
        return None
    return _started(current, target, now).model_copy(update={"buried_until": day_end})


def unbury(current: CardProgress | None, now: datetime) -> CardProgress | None:
    if current is None or not is_buried(current, now):
        return None
    return current.model_copy(update={"buried_until": None})


def forget(current: CardProgress | None, now: datetime) -> CardProgress | None:
    """New again, due now: FSRS memory, reps and lapses reset, as Anki's Forget with its counts
    reset. A suspended card stays suspended (only unsuspend brings it back); a burial ends."""
    if current is None or (current.reps == 0 and current.buried_until is None):
        return None
    return new_progress(current.card_id, current.deck_id, current.fact_key, now).model_copy(
        update={"suspended": current.suspended}
    )


def apply_action(
    action: CardAction,
    current: CardProgress | None,
    target: CardTarget,
    *,
    now: datetime,
    day_end: datetime,
) -> CardProgress | None:
    """The progress `action` gives the card, or None when it changes nothing."""
    if action is CardAction.SUSPEND:
        return suspend(current, target, now)
    if action is CardAction.UNSUSPEND:
        return unsuspend(current)
    if action is CardAction.BURY:
        return bury(current, target, now, day_end)
    if action is CardAction.UNBURY:
        return unbury(current, now)
    return forget(current, now)
