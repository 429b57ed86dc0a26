"""Slips of the source in public bodies' names, on names written for these tests."""

import pytest

from newsquiz.generate.entities import extract_entities
from newsquiz.generate.segment import split_sentences
from newsquiz.generate.trust import prompt_problem
from newsquiz.generate.typos import institution_typo

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
