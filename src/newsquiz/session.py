"""StudySession: what the study screen calls. Next card, answer, undo, bury, suspend.

The store and the clock are injected, so sessions run the same in tests and in the app.
"""

import bisect
from collections.abc import Callable, Iterable
from dataclasses import replace
from datetime import UTC, datetime, timedelta, tzinfo

from newsquiz.grading import grade_answer, is_self_graded, self_graded
from newsquiz.models import Card, CardKind, CardProgress, Deck, DeckIndex, Review, as_index
from newsquiz.scheduling import (
    Rating,
    StudyCards,
    TodayQueue,
    apply_rating,
    local_zone,
    make_scheduler,
    new_progress,
    presentation_kind,
    preview_intervals,
    suggest_rating,
)
from newsquiz.scheduling.queue import LEARN_AHEAD
from newsquiz.session_card import FlagChange, Outcome, SessionCard, SessionSummary
from newsquiz.store.base import ProgressStore
from newsquiz.today import Library, StudyDay, day_bounds, empty_reason, study_cards

Clock = Callable[[], datetime]

TYPED_KINDS = (CardKind.CLOZE, CardKind.NUMERIC, CardKind.RECALL)

__all__ = [
    "TYPED_KINDS",
    "Clock",
    "FlagChange",
    "Outcome",
    "SessionCard",
    "SessionSummary",
    "StudySession",
]


def utc_now() -> datetime:
    return datetime.now(UTC)


class StudySession:
    """Today's study of some decks, recording every answer through the store as it is given."""

    def __init__(
        self,
        store: ProgressStore,
        decks: Iterable[Deck | DeckIndex],
        *,
        clock: Clock = utc_now,
        zone: tzinfo | None = None,
        fuzz: bool = True,
        library: Iterable[Deck | DeckIndex] = (),
        shuffle: bool = True,
        custom: Callable[[StudyDay, StudyCards], list[str]] | None = None,
    ) -> None:
        """`decks` are studied; cards they link to (glossary terms) are found in `library`;
        `fuzz` and `shuffle` (interval fuzz, option order) are off for deterministic tests.
        `custom` (custom study) picks the cards to go through instead of today's queue."""
        self.store = store
        self.shuffle = shuffle
        self.clock = clock
        self.settings = store.settings()
        self.zone = zone or local_zone(self.settings.timezone)
        self.scheduler = make_scheduler(self.settings, fuzz=fuzz)
        self._preview_scheduler = make_scheduler(self.settings, fuzz=False)
        self.library = Library(library)
        studied = [as_index(deck) for deck in decks]
        self.items, sources = study_cards(studied, self.library)
        self.decks = {deck.id: deck for deck in sources}
        self.studied_ids = [deck.id for deck in studied]
        self.history: list[Review | FlagChange] = []
        self.summary = SessionSummary()
        now = clock()
        self.day_start, self.day_end = day_bounds(now, self.zone, self.settings)
        day = StudyDay(
            store.all_progress(), store.reviews(since=self.day_start), self.settings, now, self.zone
        )
        self.queue = (
            day.plan(self.items) if custom is None else TodayQueue(main=custom(day, self.items))
        )
        self.custom = custom is not None

    def empty_reason(self) -> str | None:
        """Why cards of these decks wait for another day (a limit reached), or None."""
        return empty_reason(self.queue, self.settings)

    def due_elsewhere(self) -> int:
        """Cards still to study today in the loaded decks, outside this session's cards."""
        others = [deck for deck in self.library.decks if deck.id not in self.studied_ids]
        if not others:
            return 0
        day = StudyDay(
            self.store.all_progress(),
            self.store.reviews(since=self.day_start),
            self.settings,
            self.clock(),
            self.zone,
        )
        queue = day.queue(others, self.library)
        return sum(1 for card_id in [*queue.learning, *queue.main] if card_id not in self.items)

    # -- what to show ----------------------------------------------------------------------------

    def _current_id(self) -> str | None:
        now = self.clock()
        learning = self.queue.learning
        if learning and self._due(learning[0]) <= now:
            return learning[0]
        if self.queue.main:
            return self.queue.main[0]
        if learning and self._due(learning[0]) <= now + LEARN_AHEAD:
            return learning[0]
        return None

    def card(self, card_id: str) -> Card | None:
        """A card of this session (built now if it was not shown yet)."""
        deck_id = self.items.deck_of.get(card_id)
        return None if deck_id is None else self.decks[deck_id].card(card_id)

    def _due(self, card_id: str) -> datetime:
        progress = self.store.progress(card_id)
        return progress.due if progress else self.clock()

    def current(self) -> SessionCard | None:
        """The card to study now, or None when the session is done (for now).

        A card's model is built here, when it is first shown; a card whose deck file changed
        under the session so that it is gone is left out.
        """
        while (card_id := self._current_id()) is not None:
            deck = self.decks[self.items.deck_of[card_id]]
            card = deck.card(card_id)
            if card is None:
                self._remove(card_id)
                continue
            progress = self.store.progress(card_id)
            asked_as = presentation_kind(card.kind, progress, self.settings.recall_after_days)
            return SessionCard(deck, card, progress, asked_as, self.shuffle)
        return None

    def counts(self) -> tuple[int, int, int]:
        """(new, learning, review) cards left today, as Anki shows them."""
        new = review = 0
        for card_id in self.queue.main:
            progress = self.store.progress(card_id)
            if progress is None or progress.reps == 0:
                new += 1
            else:
                review += 1
        return new, len(self.queue.learning), review

    def intervals(self, card: SessionCard) -> dict[Rating, timedelta]:
        """The interval each rating would give `card` now (before its answer), from fsrs."""
        now = self.clock()
        start = card.progress or new_progress(
            card.card_id, card.deck.id, card.card.siblings_key(), now
        )
        return preview_intervals(self._preview_scheduler, start, now)

    def next_due(self) -> datetime | None:
        """When the next card becomes due (learning later today, or the next review)."""
        dues = [
            p.due
            for p in self.store.all_progress().values()
            if p.card_id in self.items and not p.suspended and p.reps > 0
        ]
        return min(dues) if dues else None

    # -- acting on the current card --------------------------------------------------------------

    def _remove(self, card_id: str) -> tuple[str, int]:
        """Take the card out of today's queue; returns where it was ("main" or "learning")."""
        place = ("main", 0)
        for name, ids in (("main", self.queue.main), ("learning", self.queue.learning)):
            if card_id in ids:
                place = (name, ids.index(card_id))
                ids.remove(card_id)
        return place

    def _place(self, card_id: str, after: CardProgress) -> None:
        """Put an answered card where its new state belongs: back among today's learning
        cards (by due time) when a step brings it back today, else out of the queue."""
        self._remove(card_id)
        if after.state in ("learning", "relearning") and after.due < self.day_end:
            dues = [self._due(cid) for cid in self.queue.learning]
            self.queue.learning.insert(bisect.bisect_right(dues, after.due), card_id)

    def answer(
        self, card: SessionCard, *, given: str, correct: bool, rating: Rating, duration_ms: int
    ) -> Review:
        """Schedule and durably record one answer; missed cards come back through the steps."""
        now = self.clock()
        before = card.progress
        start = before or new_progress(card.card_id, card.deck.id, card.card.siblings_key(), now)
        after = apply_rating(self.scheduler, start, rating, now, duration_ms)
        review = Review(
            card_id=card.card_id,
            deck_id=card.deck.id,
            rating=int(rating),
            time=now,
            duration_ms=max(0, duration_ms),
            answer=given,
            correct=correct,
            kind=card.asked_as,
            before=before,
            after=after,
        )
        recorded = self.store.record_review(review)
        self._place(card.card_id, after)
        self.history.append(recorded)
        self.summary.answered += 1
        self.summary.correct += int(correct)
        self.summary.time_ms += recorded.duration_ms
        if not correct and card.card_id not in self.summary.misses:
            self.summary.misses.append(card.card_id)
        return recorded

    def submit(self, card: SessionCard, given: str, duration_ms: int) -> Outcome:
        """Grade `given`, suggest a rating and record the answer with it at once (a card the
        learner grades is recorded when rated). Easy is suggested only for a fast answer typed
        exactly: a pick among options may be a guess, a typo not quite a recall."""
        intervals = self.intervals(card)
        if is_self_graded(card.card, card.asked_as):
            grade = self_graded(True)
            return Outcome(card, given, duration_ms, grade, Rating.GOOD, None, intervals)
        grade = grade_answer(card.card, card.asked_as, given)
        suggested = suggest_rating(
            grade.correct,
            duration_ms,
            len(card.card.prompt),
            typed=card.asked_as in TYPED_KINDS,
            exact=not grade.typo,
        )
        recorded = self.answer(
            card, given=given, correct=grade.correct, rating=suggested, duration_ms=duration_ms
        )
        return Outcome(card, given, duration_ms, grade, suggested, recorded, intervals)

    def rate(self, outcome: Outcome, rating: Rating) -> Outcome:
        """The learner's own rating of an answer: recorded now for a self-graded card, or in
        place of the suggested one (one journal record, not an undo and a new answer)."""
        card, recorded = outcome.card, outcome.recorded
        if recorded is None:
            grade = self_graded(rating != Rating.AGAIN)
            recorded = self.answer(
                card,
                given=outcome.given,
                correct=grade.correct,
                rating=rating,
                duration_ms=outcome.duration_ms,
            )
            return replace(outcome, grade=grade, suggested=rating, recorded=recorded)
        if rating == Rating(recorded.rating):
            return outcome
        start = recorded.before or new_progress(
            card.card_id, card.deck.id, card.card.siblings_key(), recorded.time
        )
        after = apply_rating(self.scheduler, start, rating, recorded.time, recorded.duration_ms)
        redone = self.store.replace_last_review(
            recorded.model_copy(update={"rating": int(rating), "after": after})
        )
        if self.history and self.history[-1] == recorded:
            self.history[-1] = redone
        self._place(card.card_id, after)
        return replace(outcome, recorded=redone)

    def can_undo(self) -> bool:
        return bool(self.history)

    def undo(self) -> Review | FlagChange | None:
        """Take back this session's last answer, bury or suspend; its card is shown again next."""
        if not self.history:
            return None
        if isinstance(self.history[-1], FlagChange):
            return self._unflag(self.history[-1])
        undone = self.store.undo_last_review()
        if undone is None:
            return None
        last = self.history.pop()
        assert isinstance(last, Review)
        self._remove(undone.card_id)
        self.queue.main.insert(0, undone.card_id)
        self.summary.answered -= 1
        self.summary.correct -= int(last.correct)
        self.summary.time_ms -= last.duration_ms
        if not last.correct and not any(
            isinstance(r, Review) and r.card_id == last.card_id and not r.correct
            for r in self.history
        ):
            self.summary.misses = [m for m in self.summary.misses if m != last.card_id]
        return undone

    def _flag(self, card: SessionCard, **update: object) -> None:
        now = self.clock()
        before = self.store.progress(card.card_id)
        base = before or new_progress(card.card_id, card.deck.id, card.card.siblings_key(), now)
        after = base.model_copy(update=update)
        self.store.set_progress(after)
        queue, position = self._remove(card.card_id)
        self.history.append(FlagChange(card.card_id, before, after, queue, position))

    def _unflag(self, change: FlagChange) -> FlagChange:
        """Undo a bury or suspend: the card's progress as it was, and its place in the queue.

        A card never studied keeps a progress record, cleared of the flag (it still counts as
        new: it has no reviews).
        """
        current = self.store.progress(change.card_id) or change.after
        restored = change.before or current.model_copy(
            update={"suspended": False, "buried_until": None}
        )
        self.store.set_progress(restored)
        self.history.pop()
        self._remove(change.card_id)
        if change.queue == "learning":
            self.queue.learning.insert(change.position, change.card_id)
        else:
            self.queue.main.insert(0, change.card_id)
        return change

    def bury(self, card: SessionCard) -> None:
        """Hide the card until the next study day."""
        self._flag(card, buried_until=self.day_end)

    def suspend(self, card: SessionCard) -> None:
        """Hide the card until it is unsuspended."""
        self._flag(card, suspended=True)

    def unsuspend(self, card_id: str) -> None:
        progress = self.store.progress(card_id)
        if progress is not None and progress.suspended:
            self.store.set_progress(progress.model_copy(update={"suspended": False}))

    def adopt_copy(self, copy: DeckIndex) -> None:
        """Study `copy` (an editable copy of a bundled deck, same card ids) in place of the
        deck it replaces."""
        replaced = copy.replaces
        if replaced is None or replaced not in self.decks:
            return
        del self.decks[replaced]
        self.decks[copy.id] = copy
        for card_id in copy.card_ids():
            if self.items.deck_of.get(card_id) == replaced:
                self.items.deck_of[card_id] = copy.id

    def replace_deck(self, deck: DeckIndex, old_id: str, new_id: str) -> None:
        """Study `deck` (re-read after card `old_id` was edited) in place of its older index.

        The edited card keeps its place in the queue under `new_id`. If the edit changed the
        card's id, undo stops here: the store's history of the old id has moved to the new one.
        """
        self.decks[deck.id] = deck
        if new_id == old_id:
            return
        self.items.add_refs(deck.id, [ref for ref in deck.refs() if ref.id == new_id])
        for ids in (self.queue.main, self.queue.learning):
            ids[:] = [new_id if card_id == old_id else card_id for card_id in ids]
        self.summary.misses = [new_id if m == old_id else m for m in self.summary.misses]
        self.history.clear()
