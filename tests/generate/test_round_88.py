"""The twelfth round's rules, on sentences written for these tests: checks that dropped
key facts for no reason a reader would see, rewrites that broke a sentence, newswire counts
in "mln", and ranges whose first number shares the second's unit."""

import pytest

from newsquiz.generate import generate_cards
from newsquiz.generate.descriptions import vague_description
from newsquiz.generate.entities import extract_entities
from newsquiz.generate.owners import owned_subject
from newsquiz.generate.quantities import find_quantities
from newsquiz.generate.segment import split_sentences
from newsquiz.generate.textutil import possessive
from newsquiz.generate.trust import name_descriptions, prompt_problem
from newsquiz.generate.typos import corrected

from .helpers import article, facts_of

TEXT = (
    "Ostara Re and Velmar Re, two big reinsurers, expect small losses."
    " The Fund for Nova Scotia, which manages the province's pensions, earned more."
)
INDEX = extract_entities(split_sentences(TEXT), "Reinsurers count the cost")


def test_a_reinsurer_named_re_is_a_company() -> None:
    assert INDEX.entities["Velmar Re"].kind == "org"


def test_a_province_is_a_place_and_names_the_province_after_it() -> None:
    assert INDEX.entities["Nova Scotia"].kind == "place"
    text = "The Fund for Nova Scotia, which manages the province's pensions, earned 9 pct."
    assert vague_description(text, INDEX) is None


def test_a_bare_stake_is_never_given_an_owner_without_its_head() -> None:
    """ "taking his stake to 42%" once became "taking his Velmar's  to 42%"."""
    prompt = "Tom Hale said he would raise his stake to _____."
    earlier = "Tom Hale bought Velmar's stake."
    assert name_descriptions(prompt, "42%", earlier, INDEX) == prompt


def test_a_holding_in_something_says_whose_stake_follows() -> None:
    text = "Tom Hale bought a 4% holding in Velmar Re, taking his stake to 42%."
    assert vague_description(text, INDEX) is None


@pytest.mark.parametrize(
    "slip, fixed",
    [
        ("except the the state oil company", "except the state oil company"),
        ("a rise of of 5%", "a rise of 5%"),
    ],
)
def test_a_small_word_typed_twice_is_written_once(slip: str, fixed: str) -> None:
    assert corrected(slip) == fixed


def test_a_word_doubled_on_purpose_stays() -> None:
    assert corrected("what he had had before") == "what he had had before"


@pytest.mark.parametrize(
    "prompt",
    [
        "Velmar said orders were _____ higher than in the same period of 2003.",
        "Velmar was sold at less than market value for _____.",
        "Velmar had assets with a market value of _____ at the end of 1986.",
    ],
)
def test_a_period_or_snapshot_the_sentence_dates_needs_no_article_date(prompt: str) -> None:
    assert prompt_problem(prompt, "15%", INDEX, dated=False) is None


@pytest.mark.parametrize(
    "prompt",
    ["Velmar said orders were _____ higher than in the same period.", "Its market value is _____."],
)
def test_an_undated_period_or_snapshot_still_needs_the_date(prompt: str) -> None:
    problem = prompt_problem(prompt, "15%", INDEX, dated=False)
    assert problem is not None and problem.startswith("time needs the article's date")


def test_an_ing_modifier_does_not_end_a_noun_phrase() -> None:
    text = "Velmar Re says the external purchasing power of its funds is 20 pct of 1980 levels."
    assert vague_description(text, INDEX) is None


@pytest.mark.parametrize(
    "name, written",
    [
        ("General Motors", "General Motors'"),
        ("Barclays", "Barclays'"),
        ("Yukos", "Yukos's"),
        ("Acme", "Acme's"),
    ],
)
def test_a_plural_name_takes_a_bare_apostrophe(name: str, written: str) -> None:
    assert possessive(name) == written


def test_a_sentence_naming_its_owner_is_not_given_one() -> None:
    text = "Velmar Motors said profit rose. The losses at Velmar Motors Europe totalled $45m."
    index = extract_entities(split_sentences(text), "Velmar Motors profit")
    sentence = "The losses at Velmar Motors Europe totalled $45m."
    assert owned_subject(sentence, index, "Velmar Motors profit") is None


def test_newswire_counts_in_mln_are_figures() -> None:
    found = find_quantities("Ostara holds reserves of 258 mln barrels and 4.3 mln shares.")
    assert [(q.kind, q.text, q.noun) for q in found] == [
        ("count", "258 mln", "barrels"),
        ("count", "4.3 mln", ""),
    ]


def test_the_first_end_of_a_range_is_not_asked() -> None:
    text = "Velmar Re said the deficit will narrow to between 700 mln and one billion dlrs."
    answers = [f.answer for f in facts_of(text, "Velmar deficit")]
    assert "700 mln" not in answers and "one billion dlrs" in answers, answers


def test_a_count_per_day_is_asked_with_its_rate() -> None:
    text = (
        "Oil sales at Velmar Corp slipped to 4.043 mln barrels per day in 1986 from 4.082 mln"
        " bpd in 1985."
    )
    prompts = [c.prompt for c in generate_cards(article(text, "Velmar oil sales slip"))]
    questions = [p for p in prompts if p.endswith("?") and "how many" in p.lower()]
    assert questions, prompts
    assert all("barrels per day" in p for p in questions), questions
