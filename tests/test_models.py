"""Domain models: card kinds, stable ids, validation rules."""

import pytest
from pydantic import ValidationError

from newsquiz.models import BLANK, Deck, McqCard, Settings, card_id_for, slugify


def deck_with(*cards: dict[str, object]) -> Deck:
    return Deck.model_validate({"id": "d", "title": "T", "cards": list(cards)})


def test_ids_are_derived_from_deck_and_normalized_content() -> None:
    a = deck_with({"kind": "recall", "prompt": "Who  leads Xiaomi?", "answer": "Lei Jun"})
    b = deck_with({"kind": "recall", "prompt": "who leads xiaomi?", "answer": "LEI JUN"})
    c = deck_with({"kind": "recall", "prompt": "Who founded Xiaomi?", "answer": "Lei Jun"})
    assert a.cards[0].id == b.cards[0].id
    assert a.cards[0].id != c.cards[0].id
    assert a.cards[0].id is not None and a.cards[0].id.startswith("d:")


def test_explicit_id_is_kept_so_edits_keep_progress() -> None:
    deck = deck_with({"id": "d:keep", "kind": "recall", "prompt": "Reworded?", "answer": "x"})
    assert deck.cards[0].id == "d:keep"


def test_duplicate_ids_are_rejected() -> None:
    card = {"kind": "recall", "prompt": "Same?", "answer": "x"}
    with pytest.raises(ValidationError, match="duplicate card id"):
        deck_with(card, dict(card))


@pytest.mark.parametrize(
    ("card", "message"),
    [
        ({"kind": "mcq", "prompt": "Q?", "answer": "z", "options": ["a", "b"]}, "one of the"),
        ({"kind": "mcq", "prompt": "Q?", "answer": "a", "options": ["a", "A "]}, "distinct"),
        ({"kind": "mcq", "prompt": "Q?", "answer": "a", "options": ["a"]}, "at least 2"),
        ({"kind": "cloze", "prompt": "no gap", "answer": "a"}, "blank"),
        ({"kind": "cloze", "prompt": f"{BLANK} {BLANK}", "answer": "a"}, "blank"),
        ({"kind": "true_false", "prompt": "S", "answer": "maybe"}, "true or false"),
        ({"kind": "numeric", "prompt": "N?", "answer": "5", "value": "x"}, "valid number"),
        (
            {"kind": "numeric", "prompt": "N?", "answer": "5", "value": 5, "tolerance": -1},
            "greater than or equal",
        ),
        ({"kind": "recall", "prompt": " ", "answer": "a"}, "blank"),
        ({"kind": "essay", "prompt": "Q", "answer": "a"}, "does not match any"),
        ({"kind": "recall", "prompt": "Q", "answer": "a", "colour": "red"}, "Extra inputs"),
    ],
    ids=lambda v: v if isinstance(v, str) else str(v.get("kind")),
)
def test_invalid_cards_are_rejected(card: dict[str, object], message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        deck_with(card)


def test_true_false_accepts_yaml_booleans() -> None:
    deck = deck_with({"kind": "true_false", "prompt": "S", "answer": False})
    assert deck.cards[0].answer == "false"


def test_card_id_ignores_spacing_and_case() -> None:
    one = McqCard(prompt="A  b", answer="x", options=["x", "y"])
    two = McqCard(prompt="a b", answer="X", options=["x", "y"])
    assert card_id_for("d", one) == card_id_for("d", two)


def test_slugify() -> None:
    assert slugify("Xiaomi’s Gao: Leaves!") == "xiaomis-gao-leaves"
    assert slugify("") == "deck"


def test_settings_bounds() -> None:
    with pytest.raises(ValidationError):
        Settings(desired_retention=1.5)
    with pytest.raises(ValidationError):
        Settings(learning_steps_min=[0])
    assert Settings().new_per_day == 20 and Settings().reviews_per_day == 200
