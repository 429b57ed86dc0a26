"""Names and times that used to cost thin articles their sentences."""

import random

from newsquiz.generate import generate_cards
from newsquiz.generate.distractors import org_distractors
from newsquiz.generate.entities import extract_entities
from newsquiz.generate.segment import split_sentences

from .helpers import article, assert_cards_pass
from .test_resolve import resolve_all


def _index(text: str, headline: str = "Gulf story"):  # type: ignore[no-untyped-def]
    return extract_entities(split_sentences(text), headline)


def test_arabic_family_names_with_al_are_people() -> None:
    text = (
        "Water Minister Karim al-Hamdani said the plan would cost more than expected. "
        "Oil Minister Prince Faris Al-Nuaimi was reported as saying the fields would open. "
        "The Gulf Times quoted Prince Faris as saying prices were fair."
    )
    index = _index(text)
    assert index.entities["Karim al-Hamdani"].kind == "person"
    assert index.entities["Faris Al-Nuaimi"].kind == "person"
    assert index.alias_map.get("Prince Faris") == "Faris Al-Nuaimi"  # title and given name
    assert "Faris" not in index.entities  # a given name after "Prince" is no company


def test_an_opening_relative_time_is_dropped_like_a_mid_sentence_one() -> None:
    text = (
        "Last week, Harbour Mills agreed to buy Dockside Foods for about $16bn. "
        "Earlier this month, Harbour Mills said it would cut 300 jobs."
    )
    out = resolve_all(text, "Harbour Mills deal")
    assert out[0] == "Harbour Mills agreed to buy Dockside Foods for about $16bn."
    assert out[1] == "Harbour Mills said it would cut 300 jobs."


def test_an_unnamed_newspaper_drops_its_sentence() -> None:
    text = "The Gulf Times said profits rose. The newspaper said Harbour Mills made $5m."
    assert resolve_all(text, "Harbour Mills profits")[1] is None


def test_this_year_in_an_undated_article_is_never_asked() -> None:
    text = (
        "Women will be hired by Harbour Mills Group for the first time this year, chief executive "
        "Karim Haddad has said. Sales at Harbour Mills Group rose 12% this year."
    )
    out = resolve_all(text, "Harbour Mills to hire women")
    assert out[0] is not None and out[0].endswith(
        "this year, chief executive Karim Haddad has said."
    )
    assert out[0].startswith('From the story "Harbour Mills to hire women": ')
    # behind the headline, with "this year" no one can date: judged blind, such cards were
    # acceptable a quarter of the time, so none is shown
    cards = generate_cards(article(text, "Harbour Mills to hire women"))
    assert_cards_pass(cards)
    assert not any(c.evidence is not None and "this year" in c.evidence.sentence for c in cards)


def test_this_year_with_an_article_date_is_resolved_as_before() -> None:
    text = "Sales at Harbour Mills rose 12% this year, chief executive Karim Haddad said."
    out = resolve_all(text, "Harbour Mills sales", year=2005)
    assert out[0] is not None and "in 2005" in out[0]


def test_a_family_name_with_a_particle_is_the_persons_alias() -> None:
    text = (
        "Planning Minister Julio De Vido has offered help to the water firm. "
        "Mr De Vido said the state would not pay a subsidy to Harbour Water."
    )
    out = resolve_all(text, "Water row")
    assert out[1] is not None and out[1].startswith("Julio De Vido said")


def test_an_exchange_described_but_not_named_drops_its_sentence() -> None:
    text = "The German exchange tabled a 530 pence-per-share offer for LSE, valuing it at £1.3bn."
    assert resolve_all(text, "Exchange bid") == [None]


def test_courts_are_institutions_never_offered_against_companies() -> None:
    text = (
        "Harbour Bank Group said the European Court should hear the case against Dockside "
        "Holdings Group, not Rosneft Oil Group."
    )
    index = _index(text)
    options = org_distractors("European Court", False, index, random.Random(1), text)
    assert not any(name.endswith("Group") for name in options)


def test_a_firm_named_like_a_person_after_firm_or_auditor_is_a_company() -> None:
    text = (
        "Parmalat has also gone after auditors Grant Thornton in court. "
        "Joe McLean, a specialist at accountancy firm Grant Thornton, said the case was weak."
    )
    index = _index(text)
    assert index.entities["Grant Thornton"].kind == "org"
    assert index.entities["Joe McLean"].kind == "person"
