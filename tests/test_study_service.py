"""The whole study path without Textual: submit grades, suggests and records; rate changes the
rating as one journal record; undo restores it all (issue #13, design)."""

from collections.abc import Callable
from pathlib import Path

import pytest

from newsquiz.models import Deck
from newsquiz.scheduling import Rating
from newsquiz.session import StudySession
from newsquiz.store.base import ProgressStore
from newsquiz.store.tinydb_store import TinyDBStore

from .conftest import FixedClock


def typed_deck() -> Deck:
    return Deck.model_validate(
        {
            "id": "news",
            "title": "News",
            "cards": [
                {"id": "news:who", "kind": "recall", "prompt": "Who?", "answer": "Lei Jun"},
                {"id": "news:what", "kind": "recall", "prompt": "What?", "answer": "Xiaomi"},
                {
                    "id": "news:def",
                    "kind": "recall",
                    "prompt": "What is GMV?",
                    "answer": "the total value of goods sold through a platform",
                },
            ],
        }
    )


def test_submit_grades_suggests_and_records(store: ProgressStore, clock: FixedClock) -> None:
    session = StudySession(store, [typed_deck()], clock=clock, fuzz=False, shuffle=False)
    card = session.current()
    assert card is not None
    outcome = session.submit(card, "lei jun", 1000)
    assert outcome.grade.correct and outcome.suggested == Rating.EASY  # fast, exact, typed
    assert outcome.recorded is not None and store.reviews() == [outcome.recorded]
    assert set(outcome.intervals) == set(Rating)
    nxt = session.current()
    assert nxt is not None
    missed = session.submit(nxt, "", 1000)  # Enter on nothing: shown, rated Again
    assert not missed.grade.correct and missed.suggested == Rating.AGAIN
    assert session.counts()[1] == 1  # back through the learning steps


def test_a_self_graded_card_is_recorded_when_rated(store: ProgressStore, clock: FixedClock) -> None:
    session = StudySession(store, [typed_deck()], clock=clock, fuzz=False)
    for _ in range(2):
        card = session.current()
        assert card is not None
        session.submit(card, "x", 5000)
    card = session.current()
    assert card is not None and card.card_id == "news:def"
    outcome = session.submit(card, "", 5000)
    assert outcome.recorded is None and outcome.grade.self_graded
    rated = session.rate(outcome, Rating.HARD)
    assert rated.recorded is not None and rated.recorded.rating == Rating.HARD
    assert rated.grade.correct and store.reviews()[-1] == rated.recorded


def test_rate_replaces_the_rating_and_undo_restores_the_start(
    store: ProgressStore, clock: FixedClock, reopen: Callable[[ProgressStore], ProgressStore]
) -> None:
    session = StudySession(store, [typed_deck()], clock=clock, fuzz=False)
    card = session.current()
    assert card is not None
    outcome = session.submit(card, "Lei Jun", 5000)
    assert outcome.suggested == Rating.GOOD
    clock.advance(seconds=3)
    rated = session.rate(outcome, Rating.AGAIN)
    assert rated.recorded is not None and rated.recorded.rating == Rating.AGAIN
    assert rated.recorded.time == outcome.recorded.time  # type: ignore[union-attr]
    assert [r.rating for r in store.reviews()] == [Rating.AGAIN]
    assert session.counts()[1] == 1 and session.summary.answered == 1
    again = reopen(store)
    assert [(r.card_id, r.rating) for r in again.reviews()] == [("news:who", Rating.AGAIN)]
    assert again.progress("news:who") == rated.recorded.after
    assert again.undo_last_review() is not None
    assert again.reviews() == [] and again.progress("news:who") is None


def test_changing_the_rating_is_one_journal_write(tmp_path: Path, clock: FixedClock) -> None:
    """It was an undo and a new answer: three fsyncs, and a crash between them lost the
    answer. Now one journal record holds both."""
    store = TinyDBStore(tmp_path)
    writes: list[bytes] = []
    durable = store.journal._write_durably

    def counted(fd: int, data: bytes) -> None:
        writes.append(data)
        durable(fd, data)

    store.journal._write_durably = counted  # type: ignore[method-assign]
    session = StudySession(store, [typed_deck()], clock=clock, fuzz=False)
    card = session.current()
    assert card is not None
    outcome = session.submit(card, "Lei Jun", 5000)
    writes.clear()
    session.rate(outcome, Rating.HARD)
    assert len(writes) == 1 and b'"op":"batch"' in writes[0].replace(b" ", b"")
    store.close()


def test_rate_with_nothing_to_replace_is_refused(store: ProgressStore) -> None:
    from newsquiz.models import Review

    review = Review.model_validate(
        {
            "card_id": "x",
            "deck_id": "d",
            "rating": 3,
            "time": "2026-11-25T12:00:00+00:00",
            "duration_ms": 0,
            "answer": "",
            "correct": True,
            "kind": "recall",
            "after": {"card_id": "x", "deck_id": "d", "due": "2026-11-26T12:00:00+00:00"},
        }
    )
    with pytest.raises(LookupError):
        store.replace_last_review(review)
