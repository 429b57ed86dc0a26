"""A sentence whose references only the sentence before resolves is shown after it.

Sentences written for the tests; each names the reference it checks."""

import pytest

from newsquiz.generate import generate_cards
from newsquiz.generate.context_pairs import after_sentence_before, binds, points_back
from newsquiz.generate.entities import extract_entities
from newsquiz.generate.segment import split_sentences
from tests.generate.helpers import article, assert_cards_pass
from tests.generate.test_resolve import resolve_all


def _binds(before: str, text: str) -> bool:
    sentences = split_sentences(f"{before} {text}")
    index = extract_entities(sentences)
    return binds(before, tuple(index.mentions(before)), text, index)


@pytest.mark.parametrize(
    ("before", "text"),
    [
        (  # the deal the sentence before reports
            "Orvane Holdings has agreed to pay $1.2bn to settle claims from former staff.",
            "The landmark deal could see thousands of people receive compensation.",
        ),
        (  # "it" after one company
            "Quillon Motors sold its truck unit for $400m on 3 May 2004.",
            "It will use the money to cut debt of $2.1bn.",
        ),
        (  # "he" after one person
            "Harald Jonsson, chief executive of Quillon Motors, resigned on 4 May 2004.",
            "He had run the carmaker for 12 years.",
        ),
        (  # "they" after two people
            "Marta Ilves and Tomas Berg hold 29% of Pellam Foods between them.",
            "They bought their first shares in 1998.",
        ),
        (  # "the currency" after the rupee
            "The rupee climbed to 43.3 per US dollar on 3 March 2005.",
            "The currency has gained almost 1% in three sessions.",
        ),
    ],
)
def test_the_sentence_before_binds(before: str, text: str) -> None:
    assert _binds(before, text)


@pytest.mark.parametrize(
    ("before", "text"),
    [
        (  # an issue the sentence before never raises
            "Orvane Holdings agreed to invest 242m pesos in 2003.",
            "The issue has attracted European interest.",
        ),
        (  # "he" after two people: either could be meant
            "Harald Jonsson met Pieter Vandam of Quillon Motors on 4 May 2004.",
            "He said the carmaker would cut 500 jobs.",
        ),
        (  # "it" after two companies
            "Quillon Motors sold its truck unit to Varbeck Industries Ltd for $400m.",
            "It said the sale would cut its debt by $2.1bn.",
        ),
        (  # "The Spanish group" after a sentence that calls no company Spanish
            "Orvane Holdings sold its stake in Pellam Foods Inc for $300m in 2004.",
            "The Spanish group has been keen to buy UK assets.",
        ),
        (  # the sentence before needs its own antecedent
            "The other is Quillon Motors.",
            "Both are expected to list abroad during 2005.",
        ),
        (  # "both" after one name
            "Quillon Motors reported a loss of $40m for 2004.",
            "Both companies blamed high steel prices.",
        ),
        (  # a quotation before: whose words and whose "he" is unclear
            '"We are pleased," said Harald Jonsson of Quillon Motors.',
            "He said sales rose 5% in 2004.",
        ),
    ],
)
def test_the_sentence_before_does_not_bind(before: str, text: str) -> None:
    assert not _binds(before, text)


def test_a_description_points_back_only_to_what_the_sentence_before_reports() -> None:
    before = "Orvane Holdings has agreed to pay $1.2bn to former staff."
    assert points_back("The landmark deal", before)
    assert points_back("the firm", before)  # companies are checked by `binds`
    assert not points_back("the car", before)
    assert not points_back("the ruling", before)


def test_a_bound_sentence_is_resolved_with_the_sentence_before_in_front() -> None:
    text = (
        "Orvane Holdings has agreed to pay $1.2bn to settle claims from former staff. "
        "The landmark deal could see 4,000 people receive compensation."
    )
    out = resolve_all(text, "Orvane settles staff claims")
    assert out[1] == (
        "Orvane Holdings has agreed to pay $1.2bn to settle claims from former staff. "
        "The landmark deal could see 4,000 people receive compensation."
    )


def test_a_bound_sentence_is_never_the_context_of_the_next() -> None:
    text = (
        "Orvane Holdings has agreed to pay $1.2bn to settle claims from former staff. "
        "The landmark deal could see 4,000 people receive compensation. "
        "The payment will be made over 40 years."
    )
    out = resolve_all(text, "Orvane settles staff claims")
    assert out[1] is not None and out[2] is None


def test_cards_of_a_bound_sentence_show_both_sentences_and_no_true_or_false() -> None:
    text = (
        "Orvane Holdings, the Norwegian shipping group, has agreed to pay $1.2bn to settle "
        "claims from 6,000 former staff in 2004. "
        "The landmark deal could see 4,000 people receive compensation by 2007."
    )
    cards = generate_cards(article(text, "Orvane settles staff claims"))
    assert_cards_pass(cards)
    bound = [c for c in cards if "4,000" in (c.evidence.sentence if c.evidence else "")]
    assert bound, [c.prompt for c in cards]
    for card in bound:
        assert card.prompt.startswith("Orvane Holdings, the Norwegian shipping group, has agreed")
        assert card.kind != "true_false"
        assert "_____" in card.prompt.split(". ", 1)[1]


def test_a_thin_deck_shows_an_open_reference_after_the_sentence_before() -> None:
    from newsquiz.models import ClozeCard, Evidence

    text = (
        "Omega Mining and Zeta Metals formed a gold venture in Alaska. "
        "The venture expects to mine 3,500 tons of ore a year."
    )
    sentences = split_sentences(text)
    second = sentences[1]
    card = ClozeCard(
        prompt="The venture expects to mine _____ tons of ore a year.",
        answer="3,500",
        evidence=Evidence(sentence=second.text, start=second.start, end=second.end),
    )
    shown = after_sentence_before(card, sentences, lambda _: True)
    assert shown is not None and shown.prompt == (
        "Omega Mining and Zeta Metals formed a gold venture in Alaska. "
        "The venture expects to mine _____ tons of ore a year."
    )
    assert after_sentence_before(card, sentences, lambda _: False) is None  # before unclear
    giving = card.model_copy(update={"answer": "Alaska"})  # the sentence before says it
    assert after_sentence_before(giving, sentences, lambda _: True) is None
