"""Small rules users know from Anki: suggested ratings and when a fact moves to recall."""

from newsquiz.models import CardKind, CardProgress
from newsquiz.scheduling.fsrs_bridge import Rating

FAST_MS_PER_CHAR = 25
"""Reading budget per prompt character before an answer counts as slow."""


def suggest_rating(
    correct: bool,
    duration_ms: int,
    prompt_chars: int = 80,
    *,
    typed: bool,
    exact: bool = True,
) -> Rating:
    """Wrong: Again; right but slow: Hard; right: Good; right and fast: Easy, but only for an
    answer recalled and typed exactly (`typed`, `exact`): a fast pick among options may be a
    guess, and a typo-accepted answer was not quite recalled."""
    if not correct:
        return Rating.AGAIN
    reading_ms = prompt_chars * FAST_MS_PER_CHAR
    if duration_ms <= 2_000 + reading_ms // 2 and typed and exact:
        return Rating.EASY
    if duration_ms >= 20_000 + reading_ms:
        return Rating.HARD
    return Rating.GOOD


def presentation_kind(kind: str, progress: CardProgress | None, recall_after_days: float) -> str:
    """How a card is asked today: a mature multiple-choice fact is asked as typed recall."""
    if kind != CardKind.MCQ or progress is None or progress.stability is None:
        return kind
    if progress.state == "review" and progress.stability >= recall_after_days:
        return CardKind.RECALL.value
    return kind
