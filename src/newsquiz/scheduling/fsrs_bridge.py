"""Maps our CardProgress to fsrs cards and back; every interval comes from fsrs (FSRS-6)."""

from datetime import UTC, datetime, timedelta
from enum import IntEnum

from fsrs import Card as FsrsCard
from fsrs import Rating as FsrsRating
from fsrs import Scheduler, State

from newsquiz.models import CardProgress, Settings


class Rating(IntEnum):
    AGAIN = 1
    HARD = 2
    GOOD = 3
    EASY = 4


_STATE_NAMES = {State.Learning: "learning", State.Review: "review", State.Relearning: "relearning"}
_STATES = {name: state for state, name in _STATE_NAMES.items()}


def make_scheduler(settings: Settings, *, fuzz: bool = True) -> Scheduler:
    """An fsrs Scheduler configured from the user's settings."""
    kwargs: dict[str, object] = {}
    if settings.fsrs_parameters is not None:
        kwargs["parameters"] = tuple(settings.fsrs_parameters)
    return Scheduler(
        desired_retention=settings.desired_retention,
        learning_steps=tuple(timedelta(minutes=m) for m in settings.learning_steps_min),
        relearning_steps=tuple(timedelta(minutes=m) for m in settings.relearning_steps_min),
        enable_fuzzing=fuzz,
        **kwargs,  # type: ignore[arg-type]
    )


def fsrs_parameters_problem(values: list[float]) -> str | None:
    """What fsrs finds wrong with fitted parameters (each has bounds), or None."""
    try:
        Scheduler(parameters=tuple(values), enable_fuzzing=False)
    except ValueError as exc:
        lines = str(exc).splitlines()[1:] or [str(exc)]  # fsrs: a heading, then one a line
        more = f" (and {len(lines) - 1} more)" if len(lines) > 1 else ""
        return lines[0] + more
    return None


def fsrs_card_number(card_id: str) -> int:
    """A stable positive integer for fsrs and the FSRS optimizer's `card_id` column."""
    digest = card_id.rsplit(":", 1)[-1]
    try:
        return int(digest[:12], 16)
    except ValueError:
        import zlib

        return zlib.crc32(card_id.encode())


def _utc(moment: datetime) -> datetime:
    return moment.astimezone(UTC).replace(tzinfo=UTC)


def to_fsrs(progress: CardProgress) -> FsrsCard:
    return FsrsCard(
        card_id=fsrs_card_number(progress.card_id),
        state=_STATES[progress.state],
        step=progress.step,
        stability=progress.stability,
        difficulty=progress.difficulty,
        due=_utc(progress.due),
        last_review=_utc(progress.last_review) if progress.last_review else None,
    )


def new_progress(card_id: str, deck_id: str, fact_key: str, now: datetime) -> CardProgress:
    """The progress of a card never reviewed (due now, fsrs's initial learning state)."""
    return CardProgress(card_id=card_id, deck_id=deck_id, fact_key=fact_key, due=now)


def apply_rating(
    scheduler: Scheduler,
    progress: CardProgress,
    rating: Rating,
    now: datetime,
    duration_ms: int | None = None,
) -> CardProgress:
    """The card's progress after a review with `rating` at `now` (fsrs does the scheduling)."""
    card, _log = scheduler.review_card(
        to_fsrs(progress), FsrsRating(int(rating)), _utc(now), duration_ms
    )
    lapsed = progress.state == "review" and rating == Rating.AGAIN
    return progress.model_copy(
        update={
            "state": _STATE_NAMES[card.state],
            "step": card.step,
            "stability": card.stability,
            "difficulty": card.difficulty,
            "due": card.due,
            "last_review": card.last_review,
            "reps": progress.reps + 1,
            "lapses": progress.lapses + (1 if lapsed else 0),
        }
    )


def preview_intervals(
    scheduler: Scheduler, progress: CardProgress, now: datetime
) -> dict[Rating, timedelta]:
    """How long until the card is due again after each rating at `now`, as fsrs schedules it
    (fsrs's `review_card` returns a new card, so nothing is changed). Use a scheduler without
    fuzz: the figures are what a rating button shows."""
    return {rating: apply_rating(scheduler, progress, rating, now).due - now for rating in Rating}


def retrievability(scheduler: Scheduler, progress: CardProgress, now: datetime) -> float:
    """Probability of recall now (0 for never-reviewed cards)."""
    if progress.reps == 0:
        return 0.0
    return float(scheduler.get_card_retrievability(to_fsrs(progress), _utc(now)))
