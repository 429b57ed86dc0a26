"""StudySession over both stores: answering, steps, undo, bury, suspend, recall switch."""

from datetime import UTC, datetime
from pathlib import Path

from newsquiz.models import Deck, Settings
from newsquiz.scheduling import Rating
from newsquiz.session import StudySession
from newsquiz.store.base import MemoryStore, ProgressStore
from newsquiz.store.tinydb_store import TinyDBStore

from .conftest import FixedClock


def answer_current(session: StudySession, correct: bool = True) -> str:
    card = session.current()
    assert card is not None
    rating = Rating.GOOD if correct else Rating.AGAIN
    session.answer(card, given="x", correct=correct, rating=rating, duration_ms=4000)
    return card.card_id


def test_missed_card_comes_back_the_same_day(
    store: ProgressStore, seed_deck: Deck, clock: FixedClock
) -> None:
    session = StudySession(store, [seed_deck], clock=clock, fuzz=False)
    missed = answer_current(session, correct=False)
    assert session.counts()[1] == 1
    clock.advance(minutes=2)
    assert session.current() is not None and session.current().card_id == missed  # type: ignore[union-attr]


def test_every_answer_is_recorded_at_once(
    store: ProgressStore, seed_deck: Deck, clock: FixedClock
) -> None:
    session = StudySession(store, [seed_deck], clock=clock, fuzz=False)
    answered = [answer_current(session) for _ in range(3)]
    assert [r.card_id for r in store.reviews()] == answered
    assert session.summary.answered == 3 and session.summary.accuracy == 1.0


def test_undo_restores_state_and_shows_the_card_again(
    store: ProgressStore, seed_deck: Deck, clock: FixedClock
) -> None:
    session = StudySession(store, [seed_deck], clock=clock, fuzz=False)
    first = answer_current(session)
    before = store.progress(first)
    clock.advance(minutes=1)
    second = answer_current(session, correct=False)
    counts_before_undo = session.counts()
    assert session.undo() is not None
    assert store.progress(first) == before and store.progress(second) is None
    current = session.current()
    assert current is not None and current.card_id == second
    assert session.summary.answered == 1 and session.summary.misses == []
    assert session.counts()[0] == counts_before_undo[0] + 1


def test_bury_and_suspend_remove_cards_until_later(
    store: ProgressStore, seed_deck: Deck, clock: FixedClock
) -> None:
    session = StudySession(store, [seed_deck], clock=clock, fuzz=False)
    total = sum(session.counts())
    buried = session.current()
    assert buried is not None
    session.bury(buried)
    suspended = session.current()
    assert suspended is not None
    session.suspend(suspended)
    assert sum(session.counts()) == total - 2
    again = StudySession(store, [seed_deck], clock=clock, fuzz=False)
    assert sum(again.counts()) == total - 2
    clock.advance(days=1)
    tomorrow = StudySession(store, [seed_deck], clock=clock, fuzz=False)
    assert sum(tomorrow.counts()) == total - 1  # the buried card is back, the suspended is not


def test_daily_new_limit_holds_across_sessions(seed_deck: Deck, clock: FixedClock) -> None:
    store = MemoryStore()
    store.save_settings(Settings(new_per_day=3))
    session = StudySession(store, [seed_deck], clock=clock, fuzz=False)
    assert session.counts() == (3, 0, 0)
    answer_current(session)
    later = StudySession(store, [seed_deck], clock=clock, fuzz=False)
    assert later.counts()[0] == 2


def test_mature_mcq_is_asked_as_recall(seed_deck: Deck, clock: FixedClock) -> None:
    store = MemoryStore()
    mcq_deck = seed_deck.model_copy(
        update={"cards": [c for c in seed_deck.cards if c.kind == "mcq"][:1]}
    )
    session = StudySession(store, [mcq_deck], clock=clock, fuzz=False)
    card = session.current()
    assert card is not None and card.asked_as == "mcq"
    progress = None
    for _ in range(8):  # good answers on each due date until stability passes three weeks
        card = StudySession(store, [mcq_deck], clock=clock, fuzz=False).current()
        assert card is not None
        StudySession(store, [mcq_deck], clock=clock, fuzz=False).answer(
            card, given="x", correct=True, rating=Rating.GOOD, duration_ms=3000
        )
        progress = store.progress(card.card_id)
        assert progress is not None
        clock.now = progress.due
        if progress.stability and progress.stability > 21:
            break
    card = StudySession(store, [mcq_deck], clock=clock, fuzz=False).current()
    assert card is not None and card.asked_as == "recall"
    assert store.reviews()[-1].kind == "mcq"


def test_session_survives_reopening_the_real_store(
    tmp_path: Path, seed_deck: Deck, clock: FixedClock
) -> None:
    store = TinyDBStore(tmp_path)
    session = StudySession(store, [seed_deck], clock=clock, fuzz=False)
    done = answer_current(session)
    store.close()
    reopened = TinyDBStore(tmp_path)
    again = StudySession(reopened, [seed_deck], clock=clock, fuzz=False)
    assert again.current() is not None and again.current().card_id != done  # type: ignore[union-attr]
    assert again.counts()[0] == len(seed_deck.cards) - 1
    reopened.close()


def test_linked_glossary_cards_are_studied_with_the_deck(clock: FixedClock) -> None:
    glossary = Deck.model_validate(
        {
            "id": "terms",
            "title": "Terms",
            "cards": [
                {"id": "terms:gmv", "kind": "recall", "prompt": "GMV?", "answer": "volume"},
                {"id": "terms:ipo", "kind": "recall", "prompt": "IPO?", "answer": "listing"},
            ],
        }
    )
    article = Deck.model_validate(
        {
            "id": "news",
            "title": "News",
            "linked_cards": ["terms:gmv", "terms:missing"],
            "cards": [{"kind": "recall", "prompt": "Who?", "answer": "Lei Jun"}],
        }
    )
    session = StudySession(
        MemoryStore(), [article], clock=clock, fuzz=False, library=[article, glossary]
    )
    assert session.counts() == (2, 0, 0)
    assert "terms:gmv" in session.items and "terms:ipo" not in session.items


def test_multiple_choice_options_are_shuffled_per_showing() -> None:
    """As in Anki: the answer's place changes from one showing to the next (issue #13), the
    same showing redraws alike, and `shuffle=False` keeps the deck's order for tests."""
    from newsquiz.models import CardProgress, DeckIndex, McqCard
    from newsquiz.session import SessionCard

    card = McqCard(
        id="d:1", prompt="Who?", answer="Ann Lee", options=["Ann Lee", "Bo Ma", "Cy Du", "Di Wu"]
    )
    deck = DeckIndex.of(Deck(id="d", title="D", cards=[card]))
    orders = []
    for reps in range(8):
        progress = (
            CardProgress(
                card_id="d:1", deck_id="d", due=datetime(2026, 12, 1, tzinfo=UTC), reps=reps
            )
            if reps
            else None
        )
        shown = SessionCard(deck, card, progress, "mcq")
        assert sorted(shown.options) == sorted(card.options)
        assert shown.options == SessionCard(deck, card, progress, "mcq").options
        orders.append(tuple(shown.options))
    assert len(set(orders)) > 1
    assert len({order.index("Ann Lee") for order in orders}) > 1
    assert SessionCard(deck, card, None, "mcq", shuffle=False).options == card.options


def test_the_header_never_gives_the_answer_away() -> None:
    """Issue #13 bug 8: the study header showed the headline a card asked to complete."""
    from newsquiz.models import ClozeCard, DeckIndex, McqCard
    from newsquiz.session import SessionCard

    asks_headline = ClozeCard(
        id="d:1", prompt='Complete the headline: "_____ orders 70 planes".', answer="Ryanair"
    )
    who = McqCard(
        id="d:2",
        prompt="Which airline ordered 70 planes?",
        answer="Ryanair",
        options=["Ryanair", "easyJet", "Flybe", "Aer Lingus"],
    )
    other = McqCard(
        id="d:3",
        prompt="How many planes?",
        answer="70 planes",
        options=["70 planes", "50 planes", "90 planes", "30 planes"],
    )
    deck = DeckIndex.of(
        Deck(id="d", title="Ryanair orders 70 planes", cards=[asks_headline, who, other])
    )
    assert SessionCard(deck, asks_headline, None, "cloze").question_title == "… orders 70 planes"
    assert SessionCard(deck, who, None, "mcq").question_title == "… orders 70 planes"
    assert SessionCard(deck, other, None, "mcq").question_title == "Ryanair orders …"


def test_undo_takes_back_bury_and_suspend_in_order(
    store: ProgressStore, seed_deck: Deck, clock: FixedClock
) -> None:
    """Issue #13 bug 3: undo after `!` unsuspends (and after bury unburies), as in Anki."""
    session = StudySession(store, [seed_deck], clock=clock, fuzz=False)
    answered = answer_current(session)
    after_answer = store.progress(answered)
    buried = session.current()
    assert buried is not None
    session.bury(buried)
    suspended = session.current()
    assert suspended is not None
    session.suspend(suspended)
    counts = session.counts()
    assert session.can_undo()
    session.undo()
    progress = store.progress(suspended.card_id)
    assert progress is None or not progress.suspended
    assert session.current() is not None and session.current().card_id == suspended.card_id  # type: ignore[union-attr]
    assert session.counts()[0] == counts[0] + 1
    session.undo()
    progress = store.progress(buried.card_id)
    assert progress is None or progress.buried_until is None
    assert session.current() is not None and session.current().card_id == buried.card_id  # type: ignore[union-attr]
    assert store.progress(answered) == after_answer  # the answer before them is untouched
    session.undo()
    assert store.progress(answered) is None and store.reviews() == []
    assert not session.can_undo()
    again = StudySession(store, [seed_deck], clock=clock, fuzz=False)
    assert again.counts() == (counts[0] + 3, 0, 0)


def test_undo_restores_a_card_suspended_from_review_exactly(
    store: ProgressStore, seed_deck: Deck, clock: FixedClock
) -> None:
    session = StudySession(store, [seed_deck], clock=clock, fuzz=False)
    card_id = answer_current(session, correct=False)
    before = store.progress(card_id)
    clock.advance(minutes=2)
    current = session.current()
    assert current is not None and current.card_id == card_id
    session.suspend(current)
    session.undo()
    assert store.progress(card_id) == before
    assert session.counts()[1] == 1
