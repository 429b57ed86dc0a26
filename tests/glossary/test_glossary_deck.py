"""The bundled business-terms deck: valid, complete, stable ids, fair multiple choice."""

import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from newsquiz.glossary import (
    DECK_ID,
    GlossaryTerm,
    TermMatcher,
    load_glossary,
    parse_glossary,
)
from newsquiz.glossary_deck import build_glossary_deck
from newsquiz.models import Deck, McqCard, RecallCard, normalize_text, slugify
from newsquiz.store.deck_files import load_deck
from newsquiz.store.deck_yaml import dump_deck

ROOT = Path(__file__).resolve().parents[2]
DECK_FILE = ROOT / "decks" / "business-terms.yaml"
SCRIPT = ROOT / "scripts" / "build_glossary.py"
TERMS = load_glossary()
BY_SLUG = {term.slug: term for term in TERMS}
BY_NAME = {normalize_text(term.term): term for term in TERMS}


@pytest.fixture(scope="module")
def deck_from_file() -> Deck:
    return load_deck(DECK_FILE)


def test_deck_file_validates_and_has_at_least_150_terms(deck_from_file: Deck) -> None:
    assert deck_from_file.id == DECK_ID
    assert len(TERMS) >= 150
    assert len(deck_from_file.cards) == 2 * len(TERMS)


def test_deck_file_equals_what_the_source_builds() -> None:
    assert DECK_FILE.read_text("utf-8") == dump_deck(build_glossary_deck())


def test_build_script_check_passes_on_the_committed_deck() -> None:
    result = subprocess.run(
        [sys.executable, str(SCRIPT), "--check"], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr


def test_build_script_writes_the_same_deck(tmp_path: Path) -> None:
    output = tmp_path / "business-terms.yaml"
    result = subprocess.run(
        [sys.executable, str(SCRIPT), "--output", str(output)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert output.read_text("utf-8") == DECK_FILE.read_text("utf-8")


def test_build_script_check_reports_a_stale_deck(tmp_path: Path) -> None:
    stale = tmp_path / "business-terms.yaml"
    stale.write_text(DECK_FILE.read_text("utf-8").replace("year-on-year", "yoy", 1), "utf-8")
    result = subprocess.run(
        [sys.executable, str(SCRIPT), "--check", "--output", str(stale)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 1 and "out of date" in result.stderr


def test_every_term_has_one_mcq_and_one_recall_with_stable_ids(deck_from_file: Deck) -> None:
    ids = [card.id for card in deck_from_file.cards]
    assert len(ids) == len(set(ids))
    for term in TERMS:
        assert term.slug == slugify(term.slug)
        assert f"business-terms:{term.slug}:mcq" in ids
        assert f"business-terms:{term.slug}:recall" in ids
    for card in deck_from_file.cards:
        assert card.id is not None
        _, slug, kind = card.id.split(":")
        assert kind == card.kind and slug in BY_SLUG
        assert card.fact_key == slug and card.fact_type == "term"
        assert card.tags == [BY_SLUG[slug].family]
        assert card.explanation.startswith(f"Example: {BY_SLUG[slug].example}")


def test_ids_do_not_depend_on_wording() -> None:
    term = TERMS[0]
    reworded = term.model_copy(update={"definition": "A different wording of the same idea."})
    deck = build_glossary_deck([reworded, *TERMS[1:]])
    assert [card.id for card in deck.cards[:2]] == [term.mcq_id, term.recall_id]


def test_cards_carry_the_source_text(deck_from_file: Deck) -> None:
    for card in deck_from_file.cards:
        term = BY_SLUG[str(card.fact_key)]
        if isinstance(card, McqCard):
            assert card.answer == term.term
            assert term.definition in card.prompt
            assert card.accepted == list(term.aliases)
        else:
            assert isinstance(card, RecallCard)
            assert term.term in card.prompt and card.answer == term.definition


def test_mcq_distractors_are_other_terms_of_the_same_family(deck_from_file: Deck) -> None:
    for card in deck_from_file.cards:
        if not isinstance(card, McqCard):
            continue
        term = BY_SLUG[str(card.fact_key)]
        assert len(card.options) == 4
        assert [normalize_text(o) for o in card.options].count(normalize_text(term.term)) == 1
        for option in card.options:
            other = BY_NAME[normalize_text(option)]
            assert other.family == term.family
            if other is not term:
                assert normalize_text(option) not in {
                    normalize_text(form) for form in term.surface_forms
                }


def test_mcq_prompt_never_names_a_distractor(deck_from_file: Deck) -> None:
    for card in deck_from_file.cards:
        if isinstance(card, McqCard):
            distractors = [BY_NAME[normalize_text(o)] for o in card.options if o != card.answer]
            assert TermMatcher(distractors).find(card.prompt) == [], card.id


def test_answer_position_varies(deck_from_file: Deck) -> None:
    positions = Counter(
        card.options.index(card.answer)
        for card in deck_from_file.cards
        if isinstance(card, McqCard)
    )
    assert len(positions) == 4 and min(positions.values()) > len(TERMS) // 10


def test_hand_picked_confusables_come_first(deck_from_file: Deck) -> None:
    options = {
        card.fact_key: card.options for card in deck_from_file.cards if isinstance(card, McqCard)
    }
    for term in TERMS:
        if term.confusables:
            expected = [BY_SLUG[slug].term for slug in term.confusables[:3]]
            assert set(expected) <= set(options[term.slug]), term.slug


def test_similar_terms_are_offered_together(deck_from_file: Deck) -> None:
    options = {
        card.fact_key: set(card.options) for card in deck_from_file.cards if card.kind == "mcq"
    }
    assert {"operating margin", "net margin"} <= options["gross-margin"]
    assert "quarter-on-quarter" in options["year-on-year"]
    assert "rate cut" in options["rate-hike"]


@pytest.mark.parametrize("term", TERMS, ids=[term.slug for term in TERMS])
def test_definition_never_gives_the_term_away(term: GlossaryTerm) -> None:
    assert TermMatcher([term]).find(term.definition) == []


@pytest.mark.parametrize("term", TERMS, ids=[term.slug for term in TERMS])
def test_example_uses_the_term(term: GlossaryTerm) -> None:
    assert TermMatcher([term]).find(term.example) == [term]


def test_every_family_can_fill_a_multiple_choice() -> None:
    families = Counter(term.family for term in TERMS)
    assert len(families) >= 10
    assert min(families.values()) >= 8


def test_term_names_and_surface_forms_are_unique() -> None:
    names = [normalize_text(term.term) for term in TERMS]
    assert len(names) == len(set(names))


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("term: x\n", "expected a list"),
        (
            "- {term: a, slug: a, family: f, definition: d, example: e}\n"
            "- {term: b, slug: a, family: f, definition: d, example: e}\n",
            "slug 'a' is used twice",
        ),
        (
            "- {term: gross margin, slug: a, family: f, definition: d, example: e}\n"
            "- {term: b, slug: b, family: f, aliases: [Gross-Margin], definition: d, example: e}\n",
            "is also 'a'",
        ),
        (
            "- {term: a, slug: a, family: f, confusables: [zz], definition: d, example: e}\n",
            "confusable 'zz' of 'a' is not another term of the 'f' family",
        ),
        (
            "- {term: a, slug: a, family: f, confusables: [b], definition: d, example: e}\n"
            "- {term: b, slug: b, family: g, definition: d, example: e}\n",
            "confusable 'b' of 'a'",
        ),
    ],
    ids=["not-a-list", "slug-twice", "form-twice", "confusable-unknown", "confusable-other-family"],
)
def test_parse_glossary_rejects_bad_sources(text: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        parse_glossary(text)


def test_parse_glossary_rejects_unknown_fields() -> None:
    with pytest.raises(ValueError, match="extra"):
        parse_glossary("- {term: a, slug: a, family: f, definition: d, example: e, note: x}\n")
