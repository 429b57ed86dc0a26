"""One source of truth for today's counts (issue #13 bug 2): home rows, `newsquiz decks` and a
session on a deck agree, limits used in one deck count everywhere, and empty queues say why."""

from datetime import UTC

import pytest

from newsquiz.models import Deck, DeckLimits, Settings
from newsquiz.scheduling import Rating
from newsquiz.session import StudySession
from newsquiz.store.base import MemoryStore
from newsquiz.today import StudyDay, empty_reason

from .conftest import FixedClock


def recall_deck(deck_id: str, cards: int, linked: list[str] | None = None) -> Deck:
    return Deck.model_validate(
        {
            "id": deck_id,
            "title": deck_id.title(),
            "linked_cards": linked or [],
            "cards": [
                {"id": f"{deck_id}:{i}", "kind": "recall", "prompt": f"Q{i}?", "answer": f"A{i}"}
                for i in range(cards)
            ],
        }
    )


def study(
    store: MemoryStore,
    decks: list[Deck],
    clock: FixedClock,
    answers: int,
    rating: Rating = Rating.EASY,
) -> None:
    """Answer up to `answers` cards of `decks` (Easy: they leave today's queue)."""
    session = StudySession(store, decks, clock=clock, zone=UTC, fuzz=False, library=decks)
    for _ in range(answers):
        card = session.current()
        if card is None:
            return
        correct = rating != Rating.AGAIN
        session.answer(card, given="x", correct=correct, rating=rating, duration_ms=3000)


def rows(store: MemoryStore, decks: list[Deck], clock: FixedClock) -> dict[str, tuple[int, ...]]:
    found = StudyDay.of_store(store, clock(), UTC).deck_counts(decks)
    return {row.deck_id: (row.new, row.learning, row.due) for row in found}


def session_counts(
    store: MemoryStore, deck: Deck, everything: list[Deck], clock: FixedClock
) -> tuple[int, int, int]:
    session = StudySession(store, [deck], clock=clock, zone=UTC, fuzz=False, library=everything)
    return session.counts()


def test_new_cards_done_in_one_deck_use_up_the_daily_limit_of_all(clock: FixedClock) -> None:
    """20 new done in alpha: beta shows 0 New (it showed 19), and the queue says why."""
    store = MemoryStore()
    alpha, beta = recall_deck("alpha", 25), recall_deck("beta", 25)
    study(store, [alpha], clock, 20)
    assert len(store.reviews()) == 20
    assert rows(store, [alpha, beta], clock) == {"alpha": (0, 0, 0), "beta": (0, 0, 0)}
    assert session_counts(store, beta, [alpha, beta], clock) == (0, 0, 0)
    queue = StudyDay.of_store(store, clock(), UTC).queue([beta])
    assert empty_reason(queue, Settings()) == (
        "Daily limit of 20 new cards reached — raise it in settings (o)."
    )


def test_a_deck_row_counts_its_linked_glossary_cards_as_a_session_does(
    clock: FixedClock,
) -> None:
    """Home said 3 New, the session 5: the deck's linked glossary cards were left out."""
    store = MemoryStore()
    terms = recall_deck("terms", 4)
    news = recall_deck("news", 3, linked=["terms:0", "terms:2"])
    everything = [news, terms]
    assert rows(store, everything, clock)["news"] == (5, 0, 0)
    assert session_counts(store, news, everything, clock) == (5, 0, 0)
    assert rows(store, everything, clock)["terms"] == (4, 0, 0)


@pytest.mark.parametrize("limit", [3, 20, 100])
def test_home_rows_and_sessions_agree_through_a_day(clock: FixedClock, limit: int) -> None:
    store = MemoryStore()
    store.save_settings(Settings(new_per_day=limit))
    terms = recall_deck("terms", 30)
    decks = [recall_deck("alpha", 40, linked=["terms:1"]), recall_deck("beta", 60), terms]
    for step in range(4):
        for deck in decks:
            shown = rows(store, decks, clock)[deck.id]
            assert shown == session_counts(store, deck, decks, clock), (step, deck.id)
        study(store, [decks[step % 2]], clock, 2, Rating.AGAIN if step % 3 else Rating.EASY)
        clock.advance(minutes=5)


def test_per_deck_limits_hold_within_the_global_one(clock: FixedClock) -> None:
    store = MemoryStore()
    limits = {"beta": DeckLimits(new_per_day=2, reviews_per_day=5)}
    store.save_settings(Settings(deck_limits=limits))
    alpha, beta = recall_deck("alpha", 10), recall_deck("beta", 30)
    assert rows(store, [alpha, beta], clock) == {"alpha": (10, 0, 0), "beta": (2, 0, 0)}
    both = StudySession(store, [alpha, beta], clock=clock, zone=UTC, library=[alpha, beta])
    assert both.counts() == (12, 0, 0)
    assert sum(1 for card_id in both.queue.main if card_id.startswith("beta:")) == 2
    study(store, [beta], clock, 2)
    assert rows(store, [alpha, beta], clock)["beta"] == (0, 0, 0)
    session = StudySession(store, [beta], clock=clock, zone=UTC, library=[alpha, beta])
    assert session.counts() == (0, 0, 0)
    assert session.empty_reason() == (
        "Deck beta's limit of 2 new cards a day reached — change it with "
        "`newsquiz settings --deck beta --new-per-day N`."
    )


def test_settings_refuse_bad_deck_limits() -> None:
    with pytest.raises(ValueError, match="not a deck id"):
        Settings(deck_limits={"Not An Id": DeckLimits(new_per_day=1)})
    with pytest.raises(ValueError, match="greater than or equal to 0"):
        Settings.model_validate({"deck_limits": {"beta": {"new_per_day": -1}}})
    assert Settings(deck_limits={"beta": DeckLimits()}).deck_limits == {}  # nothing of its own


def test_the_session_knows_what_is_still_due_elsewhere(clock: FixedClock) -> None:
    """The summary must not say everything due is done while another deck has cards due."""
    store = MemoryStore()
    alpha, beta = recall_deck("alpha", 2), recall_deck("beta", 3)
    first = StudySession(store, [beta], clock=clock, zone=UTC, fuzz=False, library=[alpha, beta])
    card = first.current()
    assert card is not None
    first.answer(card, given="x", correct=False, rating=Rating.AGAIN, duration_ms=3000)
    session = StudySession(store, [alpha], clock=clock, zone=UTC, library=[alpha, beta])
    assert session.due_elsewhere() == 3  # beta: 1 learning, 2 new


def test_custom_study_extra_new_cards_hold_for_one_day_only(clock: FixedClock) -> None:
    store = MemoryStore()
    store.save_settings(Settings(deck_limits={"beta": DeckLimits(new_per_day=2)}))
    alpha, beta = recall_deck("alpha", 40), recall_deck("beta", 10)
    study(store, [alpha], clock, 20)
    assert rows(store, [alpha, beta], clock)["alpha"] == (0, 0, 0)
    store.save_settings(StudyDay.of_store(store, clock(), UTC).with_extra_new(5))
    store.save_settings(StudyDay.of_store(store, clock(), UTC).with_extra_new(3))  # adds up
    # 8 more in every deck: beta's own limit of 2 grows to 10, the global room is 8
    assert rows(store, [alpha, beta], clock) == {"alpha": (8, 0, 0), "beta": (8, 0, 0)}
    clock.advance(days=1)
    assert rows(store, [alpha, beta], clock)["alpha"] == (20, 0, 0)  # back to the setting


def test_custom_study_forgotten_and_ahead(clock: FixedClock) -> None:
    store = MemoryStore()
    deck = recall_deck("alpha", 6)
    session = StudySession(store, [deck], clock=clock, zone=UTC, fuzz=False)
    ratings = [Rating.AGAIN, Rating.EASY, Rating.AGAIN, Rating.EASY, Rating.GOOD]
    for rating in ratings:
        card = session.current()
        assert card is not None
        session.answer(card, given="x", correct=rating > 1, rating=rating, duration_ms=3000)
    clock.advance(days=2)
    day = StudyDay.of_store(store, clock(), UTC)
    cards = StudySession(store, [deck], clock=clock, zone=UTC).items
    assert day.forgotten(cards, store.reviews(), 7) == ["alpha:0", "alpha:2"]
    assert day.forgotten(cards, store.reviews(), 1) == []
    easy = sorted(
        card_id
        for card_id, state in store.all_progress().items()
        if state.state == "review" and state.due >= day.bounds[1]
    )
    assert sorted(day.ahead(cards, 365)) == easy and easy
    assert day.ahead(cards, 0) == []
    forgotten = StudySession(
        store,
        [deck],
        clock=clock,
        zone=UTC,
        custom=lambda today, found: today.forgotten(found, store.reviews(), 7),
    )
    assert forgotten.custom and [c for c in forgotten.queue.main] == ["alpha:0", "alpha:2"]


def test_the_day_overview_is_what_home_shows(clock: FixedClock) -> None:
    store = MemoryStore()
    alpha, beta = recall_deck("alpha", 3), recall_deck("beta", 2)
    study(store, [alpha], clock, 1, Rating.AGAIN)
    overview = StudyDay.of_store(store, clock(), UTC).overview([alpha, beta])
    assert [(r.deck_id, r.new, r.learning, r.due) for r in overview.rows] == [
        ("alpha", 2, 1, 0),
        ("beta", 2, 0, 0),
    ]
    assert (overview.done_today, overview.correct_today, overview.to_go) == (1, 0, 5)
    assert overview.next_due is not None and overview.held is None
