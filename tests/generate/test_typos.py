"""Slips of the source in public bodies' names, on names written for these tests."""

import pytest

from newsquiz.generate.entities import extract_entities
from newsquiz.generate.segment import split_sentences
from newsquiz.generate.trust import prompt_problem
from newsquiz.generate.typos import institution_typo, source_flaw

INDEX = extract_entities(split_sentences("Orbex shipped oil to Kuwait."), "Orbex oil")


@pytest.mark.parametrize(
    ("text", "typo"),
    [
        ("the Martime Administration said", "Martime"),
        ("the Fedral Reserve raised rates", "Fedral"),
        ("a Minsiter Department report", "Minsiter"),
        ("the Maritime Administration said", None),
        ("the Regent Street Association said", None),  # a letter from five words: a name
        ("the North Carolina Environmental Commission", None),  # part of a place's name
        ("the Securities and Exchange Commission", None),
    ],
)
def test_a_word_of_a_public_body_one_letter_from_a_word_is_a_slip(
    text: str, typo: str | None
) -> None:
    assert institution_typo(text) == typo


def test_a_slip_in_the_answer_drops_the_card_as_one_in_the_prompt() -> None:
    """Judged blind A: a typed answer "Martime Administration" copies the slip and would mark
    "Maritime Administration" wrong."""
    prompt = "The administrator of the _____ said Kuwait asked for tankers."
    problem = prompt_problem(prompt, "Martime Administration", INDEX, True)
    assert problem is not None and problem.startswith("not an English word")
    assert prompt_problem(prompt, "Maritime Administration", INDEX, True) is None


@pytest.mark.parametrize(
    ("text", "flaw"),
    [
        ("Grains usuaually break dormancy in March.", "not an English word"),
        ("Orbex got 54 pct of Velmarc's outstanding stock.", "not an English word"),
        ("Orbex may find a white knight if does not want to be bought.", "doubled word"),
        ("Sales rose despite competition from Velmarcs and but fell in 2004.", "doubled word"),
        ("Orbex got 54 pct of Velmarcs' stock.", None),
        ("Grains usually break dormancy in March.", None),
    ],
)
def test_slips_judged_in_round_78_and_79(text: str, flaw: str | None) -> None:
    """ "usuaually" (two letters typed twice over), "Cyclop's" where the article writes
    Cyclops, "if does not want" (its subject lost): all judged A."""
    source = "Orbex bid for Velmarcs. Velmarcs agreed."
    index = extract_entities(split_sentences(source), "Orbex bid")
    found = source_flaw(text, index, source)
    assert found is None if flaw is None else (found or "").startswith(flaw), found
