"""What a study session hands out: the card to show, bury/suspend records, the tally, and
the outcome of an answer (its grade, the suggested rating, what was recorded)."""

import random
import re
from dataclasses import dataclass, field
from datetime import timedelta

from newsquiz.grading import Grade
from newsquiz.models import Card, CardProgress, DeckIndex, Review
from newsquiz.scheduling import Rating


@dataclass(frozen=True)
class SessionCard:
    """The card to show now, and how to ask it (a mature mcq is asked as recall)."""

    deck: DeckIndex
    card: Card
    progress: CardProgress | None
    asked_as: str
    shuffle: bool = True

    @property
    def card_id(self) -> str:
        return self.card.id or ""

    @property
    def is_new(self) -> bool:
        return self.progress is None or self.progress.reps == 0

    @property
    def question_title(self) -> str:
        """The deck title to show while the card is asked: a headline that holds the answer
        ("Ryanair orders 70 planes" over "Which airline ordered 70 planes?", or a card that
        asks to complete the headline) shows "…" in its place."""
        title = self.deck.title
        answers = [self.card.answer, *getattr(self.card, "accepted", [])]
        for answer in sorted((a for a in answers if len(a) >= 3), key=len, reverse=True):
            title = re.sub(rf"(?<!\w){re.escape(answer)}(?!\w)", "…", title, flags=re.I)
        return title

    @property
    def options(self) -> list[str]:
        """A multiple-choice card's options in a new order at each showing (as Anki shuffles
        answers), so the answer's place is never learned; the order follows from the card's
        history, so a showing and its redraw agree and tests are deterministic."""
        options = list(getattr(self.card, "options", []))
        if self.shuffle:
            showing = (self.progress.reps + self.progress.lapses) if self.progress else 0
            random.Random(f"{self.card_id}:{showing}").shuffle(options)
        return options


@dataclass(frozen=True)
class FlagChange:
    """A bury or suspend, with what undoing it restores: the card's progress before it (None
    for a card never studied) and its place in today's queue."""

    card_id: str
    before: CardProgress | None
    after: CardProgress
    queue: str
    position: int


@dataclass
class SessionSummary:
    answered: int = 0
    correct: int = 0
    time_ms: int = 0
    misses: list[str] = field(default_factory=list)

    @property
    def accuracy(self) -> float:
        return self.correct / self.answered if self.answered else 0.0


@dataclass(frozen=True)
class Outcome:
    """An answer as the session judged and recorded it.

    `recorded` is None until a self-graded card (a definition the learner compares) is
    rated; `intervals` is how long each rating would put the card away, from fsrs.
    """

    card: SessionCard
    given: str
    duration_ms: int
    grade: Grade
    suggested: Rating
    recorded: Review | None
    intervals: dict[Rating, timedelta]
