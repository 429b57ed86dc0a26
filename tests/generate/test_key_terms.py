"""Key terms: a thin article with no names or figures is asked about the nouns it repeats."""

from newsquiz.generate import generate_cards
from newsquiz.generate.entities import extract_entities
from newsquiz.generate.key_terms import key_term_cards, key_term_facts, key_terms
from newsquiz.generate.resolve import Resolver
from newsquiz.generate.segment import split_sentences
from newsquiz.models import FactType

from .helpers import article

HEADLINE = "Turning a shed into a studio"
SHED = (
    "Turning a garden shed into a studio takes planning. "
    "Ideally, the floor should be raised so that damp stays out of the shed. "
    "The floor can then be covered with cork tiles, which are warm underfoot. "
    "A small heater keeps the shed dry in winter, and the heater should have a thermostat. "
    "Good ventilation matters too, since paint fumes linger in a small space. "
    "Fit the shelving last, once the heater and the lights are in place. "
    "The desk should face the window, so that daylight falls across the desk. "
    "A blind on the window keeps the glare off the screen in summer. "
    "Access panels and more access panels make the wiring easy to reach."
)


def _facts() -> dict[int, str]:
    """Sentence number -> the key term blanked in it."""
    sentences = split_sentences(SHED)
    resolver = Resolver(extract_entities(sentences, HEADLINE), None, HEADLINE)
    resolved = [r for r in (resolver.resolve(s) for s in sentences) if r is not None]
    terms = key_terms([HEADLINE, *(s.text for s in sentences)])
    found = key_term_facts(resolved, terms)
    return {facts[0].resolved.sentence.index: facts[0].answer for facts in found}


def test_key_terms_are_repeated_nouns() -> None:
    terms = key_terms([HEADLINE, *SHED.split(". ")])
    assert {"shed", "floor", "heater"} <= set(terms.uses)
    assert "small" not in terms.uses  # only ever a modifier ("a small space")
    assert "panel" not in terms.uses  # only inside the repeated compound "access panels"
    assert terms.uses["shed"] == 4


def test_each_sentence_blanks_its_most_used_term_not_given_away() -> None:
    facts = _facts()
    assert facts[1] == "floor"  # "shed" is used more, but the headline in front names it
    assert facts[5] == "heater"
    assert 3 not in facts  # "heater" twice, "shed" in the headline, "winter" used once


def test_a_term_the_article_also_writes_another_word_for_is_not_blanked() -> None:
    texts = [
        "Smugglers sell cheaper pills in Europe.",
        "The pills are red, and the pills are cheap.",
        "The trade in cheaper drugs grows, and the drugs are sold on.",
    ]
    terms = key_terms(texts)
    assert "pill" in terms.uses and "pill" in terms.rivalled  # "cheaper pills/drugs"


def test_an_article_that_names_nothing_gets_no_card() -> None:
    """Its key-term statements could only be shown behind the headline ("From the story ...:
    The floor can then be covered ..."), which judges failed 3 times in 4 (rounds 76-77)."""
    assert generate_cards(article(SHED, HEADLINE)) == []


def test_key_terms_are_never_typed_blanks() -> None:
    """Judged blind, a typed blank on a common noun failed 72 times in 83: synonyms fit."""
    sentences = split_sentences(SHED)
    resolver = Resolver(extract_entities(sentences, HEADLINE), None, HEADLINE)
    resolved = [r for r in (resolver.resolve(s) for s in sentences) if r is not None]
    cards = key_term_cards(resolved, [HEADLINE, *(s.text for s in sentences)])
    assert len(cards) >= 2
    assert {c.kind for c in cards} == {"true_false"}


def test_a_deck_with_enough_cards_gets_no_key_terms() -> None:
    text = (
        "Harbour Mills Group said sales rose 12% to $5.6bn in 2004. Harbour Mills Group "
        "said profits rose 8% to $1.2bn. Shares in Harbour Mills Group rose 3% to 250p. "
        "Chief executive Karim Haddad said the group would hire 3,000 staff in 2005."
    )
    cards = generate_cards(article(text, "Harbour Mills sales rise"))
    assert not any(c.fact_type == FactType.TERM for c in cards)
