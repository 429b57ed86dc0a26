"""Edited cards keep their progress; deleted cards keep their history but leave study."""

from collections.abc import Callable

from newsquiz.models import Deck
from newsquiz.reconcile import reconcile_decks
from newsquiz.scheduling import Rating
from newsquiz.session import StudySession
from newsquiz.store.base import ProgressStore

from .conftest import FixedClock


def deck(*cards: dict[str, object]) -> Deck:
    return Deck.model_validate({"id": "news", "title": "News", "cards": list(cards)})


ORIGINAL = deck(
    {
        "kind": "mcq",
        "prompt": "Who replaced Gao?",
        "answer": "Shang Jin",
        "options": ["Shang Jin", "Lu Weibing"],
        "fact_key": "replacement",
    },
    {"kind": "recall", "prompt": "Founder of Xiaomi?", "answer": "Lei Jun", "fact_key": "founder"},
)


def study_all(store: ProgressStore, decks: list[Deck], clock: FixedClock) -> None:
    session = StudySession(store, decks, clock=clock, fuzz=False)
    while (card := session.current()) is not None and session.summary.answered < 10:
        session.answer(card, given="x", correct=True, rating=Rating.EASY, duration_ms=2000)


def test_reworded_card_inherits_progress_and_history(
    store: ProgressStore, reopen: Callable[[ProgressStore], ProgressStore], clock: FixedClock
) -> None:
    study_all(store, [ORIGINAL], clock)
    old_id = ORIGINAL.cards[0].id or ""
    old_state = store.progress(old_id)
    assert old_state is not None
    edited = deck(
        {
            "kind": "mcq",
            "prompt": "Who took over from Gao Ziguang?",
            "answer": "Shang Jin",
            "options": ["Shang Jin", "Lu Weibing"],
            "fact_key": "replacement",
        },
        ORIGINAL.cards[1].model_dump(),
    )
    new_id = edited.cards[0].id or ""
    assert new_id != old_id
    assert reconcile_decks(store, [edited]) == [(old_id, new_id)]
    store = reopen(store)
    moved = store.progress(new_id)
    assert moved is not None and moved.stability == old_state.stability
    assert store.progress(old_id) is None
    assert [r.card_id for r in store.reviews()].count(new_id) >= 1
    assert reconcile_decks(store, [edited]) == []  # nothing left to link
    store.close()


def test_deleted_card_leaves_study_but_keeps_reviews(
    store: ProgressStore, clock: FixedClock
) -> None:
    study_all(store, [ORIGINAL], clock)
    trimmed = deck(ORIGINAL.cards[1].model_dump())
    assert reconcile_decks(store, [trimmed]) == []
    deleted = ORIGINAL.cards[0].id
    assert any(r.card_id == deleted for r in store.reviews())
    clock.advance(days=30)
    session = StudySession(store, [trimmed], clock=clock, fuzz=False)
    assert deleted not in session.items


def test_ambiguous_fact_keys_are_not_guessed(store: ProgressStore, clock: FixedClock) -> None:
    study_all(store, [ORIGINAL], clock)
    two_candidates = deck(
        {
            "kind": "recall",
            "prompt": "Who succeeded Gao?",
            "answer": "Shang Jin",
            "fact_key": "replacement",
        },
        {
            "kind": "cloze",
            "prompt": "_____ replaced Gao.",
            "answer": "Shang Jin",
            "fact_key": "replacement",
        },
        ORIGINAL.cards[1].model_dump(),
    )
    assert reconcile_decks(store, [two_candidates]) == []


def test_regenerating_an_article_keeps_progress_of_unchanged_cards(
    store: ProgressStore, clock: FixedClock
) -> None:
    from newsquiz.generate import generate_deck, read_article

    from .conftest import ROOT

    article = read_article(ROOT / "seeds" / "xiaomi-gao-ziguang-departure.txt")
    first = generate_deck(article, "seed")
    study_all(store, [first], clock)
    studied = {r.card_id for r in store.reviews()}
    again = generate_deck(article, "seed")
    assert reconcile_decks(store, [again]) == []  # same ids: nothing to relink
    assert studied <= {card.id for card in again.cards}
    assert all(store.progress(card_id) is not None for card_id in studied)
