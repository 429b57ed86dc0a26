"""Export fixtures: a deck with every card kind and awkward text, and a studied history."""

from datetime import datetime, timedelta
from pathlib import Path

import pytest

from newsquiz.models import Deck, Review
from newsquiz.models.cards import Card
from newsquiz.scheduling import Rating, apply_rating, make_scheduler, new_progress
from newsquiz.store.base import ProgressStore
from newsquiz.store.deck_files import write_deck

AWKWARD = 'Q3 "results", <b>bold</b> & co;\nsecond line'


def sample_deck() -> Deck:
    return Deck.model_validate(
        {
            "id": "acme-results",
            "title": "Acme: Q3 results <draft> & more",
            "description": "Notes on <Q3> & more",
            "tags": ["earnings", "acme corp"],
            "source": {"title": "Acme beats", "outlet": "Wire", "url": "https://example.com/a"},
            "cards": [
                {
                    "kind": "mcq",
                    "prompt": "Who runs Acme? " + AWKWARD,
                    "answer": "Jane <Doe>",
                    "options": ["Jane <Doe>", "John Roe", "A & B"],
                    "evidence": {"sentence": "Jane <Doe> runs Acme & sons."},
                    "explanation": "She was named CEO in 2024.",
                },
                {
                    "kind": "cloze",
                    "prompt": "Acme's revenue rose to _____ {in} Q3: a record.",
                    "answer": "$4.2bn::x}}",
                    "tags": ["revenue"],
                },
                {"kind": "true_false", "prompt": "Acme cut its forecast.", "answer": False},
                {
                    "kind": "numeric",
                    "prompt": "By how many percent did sales grow?",
                    "answer": "12%",
                    "value": 12,
                    "tolerance": 0.5,
                    "unit": "%",
                },
                {"kind": "recall", "prompt": "What does EBITDA stand for?", "answer": AWKWARD},
                {"kind": "recall", "prompt": "=1+1 looks like a formula", "answer": "-2 too"},
            ],
        }
    )


def review_card(
    store: ProgressStore, deck: Deck, card: Card, rating: int, when: datetime, ms: int = 4200
) -> Review:
    """Record one answer the way a study session does, with fuzz off."""
    card_id = card.id or ""
    before = store.progress(card_id)
    start = before or new_progress(card_id, deck.id, card.siblings_key(), when)
    scheduler = make_scheduler(store.settings(), fuzz=False)
    after = apply_rating(scheduler, start, Rating(rating), when, ms)
    review = Review(
        card_id=card_id,
        deck_id=deck.id,
        rating=rating,
        time=when,
        duration_ms=ms,
        answer=f"answer {rating}",
        correct=rating > 1,
        kind=card.kind,
        before=before,
        after=after,
    )
    return store.record_review(review)


def study_history(store: ProgressStore, deck: Deck, start: datetime) -> None:
    """Two days of reviews over most cards, an undone answer and a suspended card."""
    cards = deck.cards
    for index, card in enumerate(cards[:4]):
        review_card(store, deck, card, 3, start + timedelta(minutes=index), ms=1000 + index)
    review_card(store, deck, cards[0], 1, start + timedelta(minutes=20))
    store.undo_last_review()
    for index, card in enumerate(cards[:3]):
        rating = (1, 3, 4)[index]
        review_card(store, deck, card, rating, start + timedelta(days=2, minutes=index))
    suspended = new_progress(cards[4].id or "", deck.id, cards[4].siblings_key(), start)
    store.set_progress(suspended.model_copy(update={"suspended": True}))


@pytest.fixture
def deck() -> Deck:
    return sample_deck()


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """A data directory holding the sample deck as a user deck."""
    folder = tmp_path / "data"
    write_deck(sample_deck(), folder / "decks" / "acme-results.yaml")
    return folder
