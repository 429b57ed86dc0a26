"""The story deck on a small hand-written article: one card per fact, real questions, and the
v1 card builders' rules that story cards reuse."""

import random
from collections import Counter

import pytest

from newsquiz.generate import generate_cards
from newsquiz.generate.entities import extract_entities
from newsquiz.generate.frames import Fact, sentence_facts
from newsquiz.generate.questions import numeric_card, true_false_card
from newsquiz.generate.resolve import Resolver
from newsquiz.generate.segment import split_sentences
from newsquiz.models import BLANK

from .helpers import article, assert_sound_deck
from .test_cards import TEXT


@pytest.fixture(scope="module")
def cards() -> list:  # type: ignore[type-arg]
    return generate_cards(article(TEXT, "Acme Corp revenue rises"), style="story")


def of_kind(cards: list, kind: type) -> list:  # type: ignore[type-arg]
    return [c for c in cards if isinstance(c, kind)]


def facts_of(text: str, title: str = "Acme Corp revenue rises") -> list[Fact]:
    """Every candidate fact of the article, as the generator sees it before choosing."""
    sentences = split_sentences(text)
    index = extract_entities(sentences, title)
    resolver = Resolver(index, None, title)
    resolved = [r for r in (resolver.resolve(s) for s in sentences) if r is not None]
    return [f for i, r in enumerate(resolved) for f in sentence_facts(r, index, i, title)]


def test_every_card_passes_the_checks_and_has_evidence(cards: list) -> None:  # type: ignore[type-arg]
    assert_sound_deck(cards, TEXT, at_least=5)


def test_one_card_per_fact_and_at_most_three_per_sentence(cards: list) -> None:  # type: ignore[type-arg]
    assert max(Counter(c.fact_key for c in cards).values()) <= 2
    assert max(Counter(c.evidence.sentence for c in cards).values()) <= 3


def test_blanks_hold_one_answer_span(cards: list) -> None:  # type: ignore[type-arg]
    blanked = [c for c in cards if BLANK in c.prompt]
    for card in blanked:
        assert card.prompt.count(BLANK) == 1
        assert card.prompt.replace(BLANK, card.answer) != card.prompt
    stores = [c for c in cards if c.answer == "300"]
    # the speaker who opens the sentence becomes "according to ..."
    assert stores and stores[0].prompt == (
        "How many stores would Acme Corp open, according to chief executive Jane Doerr?"
    )


def test_real_questions_name_their_subject(cards: list) -> None:  # type: ignore[type-arg]
    prompts = {c.answer: c.prompt for c in cards}
    assert prompts["23,000"] == "How many people does Acme Corp employ?"
    assert prompts["$4.5bn"] == "To what amount did Acme Corp's revenue rise from $4.0bn in 2010?"
    assert (
        prompts["Jane Doerr"] == "Which chief executive said Acme Corp would open 300 new stores?"
    )


def test_true_false_states_the_value_or_a_swapped_one() -> None:
    fact = next(f for f in facts_of(TEXT) if f.answer == "23,000")
    for seed in range(6):
        card = true_false_card(fact, ["18,000", "29,000"], random.Random(seed))
        assert card is not None and card.prompt.startswith("True or false? ")
        assert ("23,000" in card.prompt) == card.is_true
        assert card.explanation is not None and fact.resolved.sentence.text in card.explanation


def test_numeric_cards_carry_value_unit_and_tolerance() -> None:
    facts = {f.answer: f for f in facts_of(TEXT)}
    money = numeric_card(facts["$4.5bn"])
    assert money is not None and money.value == 4.5 and money.unit == "$ billion"
    people = numeric_card(facts["23,000"])
    assert people is not None and people.value == 23000 and people.tolerance == 0
