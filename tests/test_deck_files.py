"""Deck files: safe loading, line-numbered problems, hostile input, round trips."""

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsquiz.errors import DeckError
from newsquiz.models import Deck
from newsquiz.store.deck_files import load_deck, load_decks, write_deck
from newsquiz.store.deck_yaml import dump_deck, parse_deck

from .conftest import ROOT, SEED_DECK
from .test_cli import run_cli

GOOD = """\
id: demo
title: Demo
cards:
  - kind: mcq
    prompt: Who?
    answer: A
    options: [A, B, C]
  - kind: recall
    prompt: What?
    answer: X
"""


def problems_of(text: str, tmp_path: Path) -> list[str]:
    path = tmp_path / "deck.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(DeckError) as caught:
        load_deck(path)
    return caught.value.problems


def test_bundled_decks_validate() -> None:
    decks, problems = load_decks([ROOT / "decks"])
    assert problems == []
    assert decks


def test_seed_deck_covers_every_kind_with_real_evidence() -> None:
    deck = load_deck(SEED_DECK)
    assert len(deck.cards) >= 12
    assert {card.kind for card in deck.cards} == {"mcq", "cloze", "true_false", "numeric", "recall"}
    article = (ROOT / "seeds" / "xiaomi-gao-ziguang-departure.txt").read_text(encoding="utf-8")
    for card in deck.cards:
        assert card.evidence is not None and card.evidence.start is not None
        assert article[card.evidence.start : card.evidence.end] == card.evidence.sentence


def test_good_file_loads(tmp_path: Path) -> None:
    path = tmp_path / "demo.yaml"
    path.write_text(GOOD)
    deck = load_deck(path)
    assert [card.kind for card in deck.cards] == ["mcq", "recall"]


def test_problems_name_file_line_and_field(tmp_path: Path) -> None:
    text = GOOD.replace("answer: A\n", "answer: Z\n").replace("answer: X\n", "answer: [1]\n")
    problems = problems_of(text, tmp_path)
    path = tmp_path / "deck.yaml"
    assert f"{path}:4: cards[0]: answer must be one of the options" in problems
    assert f"{path}:8: cards[1].answer: Input should be a valid string" in problems


def test_missing_field_and_wrong_type(tmp_path: Path) -> None:
    problems = problems_of("id: demo\ncards: 3\n", tmp_path)
    assert any(":1: title: Field required" in p for p in problems)
    assert any(":2: cards: Input should be a valid list" in p for p in problems)


def test_duplicate_card_ids_point_at_the_card(tmp_path: Path) -> None:
    text = GOOD + "  - kind: recall\n    prompt: What?\n    answer: X\n"
    problems = problems_of(text, tmp_path)
    assert problems == [
        f"{tmp_path / 'deck.yaml'}:11: cards[2]: duplicate card id 'demo:"
        + problems[0].split("'demo:")[1]
    ]


def test_non_utf8_bytes(tmp_path: Path) -> None:
    path = tmp_path / "deck.yaml"
    path.write_bytes(b"id: demo\ntitle: caf\xe9\n")
    with pytest.raises(DeckError, match=r"deck.yaml:2: file: not UTF-8"):
        load_deck(path)


def test_huge_file_is_refused_without_reading_it(tmp_path: Path) -> None:
    path = tmp_path / "deck.yaml"
    with path.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)
    with pytest.raises(DeckError, match="too large"):
        load_deck(path)


@pytest.mark.parametrize(
    "text",
    [
        "id: demo\ntitle: !!python/object/apply:os.system ['echo hacked']\n",
        "id: demo\ntitle: !!python/name:os.system\n",
        "a: &a ['x','x']\nb: &b [*a,*a]\nc: &c [*b,*b]\nd: [*c,*c]\n",
        "id: demo\ntitle: [unclosed\n",
        "- just\n- a list\n",
        "",
    ],
    ids=["python-object", "python-name", "billion-laughs", "syntax", "not-mapping", "empty"],
)
def test_hostile_or_broken_yaml_is_a_clean_error(text: str, tmp_path: Path) -> None:
    problems = problems_of(text, tmp_path)
    assert len(problems) == 1
    assert problems[0].startswith(f"{tmp_path / 'deck.yaml'}:")


DEEP = 1000  # issue #12: a 2 kB file of nested lists crashed validate, decks and stats


@pytest.mark.parametrize(
    "text",
    [
        "id: deep\ntitle: Deep\ncards: " + "[" * DEEP + "]" * DEEP + "\n",
        "id: deep\ntitle: Deep\ncards: " + "{a: " * DEEP + "1" + "}" * DEEP + "\n",
        "id: deep\ntitle: Deep\ncards:\n" + "".join("  " * i + "-\n" for i in range(DEEP)),
    ],
    ids=["flow-lists", "flow-mappings", "block-lists"],
)
def test_deeply_nested_yaml_is_a_one_line_error(text: str, tmp_path: Path) -> None:
    problems = problems_of(text, tmp_path)
    assert problems == [f"{tmp_path / 'deck.yaml'}:1: yaml: lists or mappings nested too deeply"]


def test_deeply_nested_deck_gives_one_line_from_every_command(tmp_path: Path) -> None:
    deck = tmp_path / "deep.yaml"
    deck.write_text("id: deep\ntitle: Deep\ncards: " + "[" * DEEP + "]" * DEEP + "\n")
    home = tmp_path / "home"
    for args in (
        ["validate", str(deck)],
        ["decks", "--decks", str(deck)],
        ["stats", "--decks", str(deck)],
    ):
        result = run_cli(*args, home=home)
        assert "Traceback" not in result.stderr
        lines = [line for line in result.stderr.splitlines() if "deep.yaml" in line]
        assert lines and all("nested too deeply" in line for line in lines), args


def test_write_then_load_round_trip(tmp_path: Path) -> None:
    deck = load_deck(SEED_DECK)
    path = tmp_path / "copy.yaml"
    write_deck(deck, path)
    assert load_deck(path) == deck
    assert dump_deck(load_deck(path)) == path.read_text(encoding="utf-8")


def test_duplicate_deck_ids_across_files(tmp_path: Path) -> None:
    (tmp_path / "a.yaml").write_text(GOOD)
    (tmp_path / "b.yaml").write_text(GOOD)
    decks, problems = load_decks([tmp_path])
    assert len(decks) == 1
    assert problems and "also used by" in problems[0]


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=300))
def test_arbitrary_text_never_crashes_the_parser(text: str) -> None:
    try:
        deck = parse_deck(text, Path("fuzz.yaml"))
    except DeckError as exc:
        assert all(p.startswith("fuzz.yaml:") for p in exc.problems)
    else:
        assert isinstance(deck, Deck)


def test_deck_cache_serves_unchanged_files_and_notices_changes(tmp_path: Path) -> None:
    from newsquiz.store.deck_cache import DeckCache

    cache = DeckCache(tmp_path / "cache")
    path = tmp_path / "demo.yaml"
    path.write_text(GOOD)
    first, _ = load_decks([path], cache)
    assert cache.get(path) == first[0]
    path.write_text(GOOD.replace("title: Demo", "title: Changed"))
    assert cache.get(path) is None
    second, _ = load_decks([path], cache)
    assert second[0].title == "Changed" and cache.get(path) == second[0]


def test_deck_cache_ignores_a_damaged_entry(tmp_path: Path) -> None:
    from newsquiz.store.deck_cache import DeckCache

    cache = DeckCache(tmp_path / "cache")
    path = tmp_path / "demo.yaml"
    path.write_text(GOOD)
    load_decks([path], cache)
    for entry in (tmp_path / "cache").iterdir():
        entry.write_text("{broken")
    decks, problems = load_decks([path], cache)
    assert problems == [] and decks[0].title == "Demo"


def test_fast_and_pure_python_parsers_agree(monkeypatch: pytest.MonkeyPatch) -> None:
    from newsquiz.store import deck_yaml

    text = SEED_DECK.read_text(encoding="utf-8")
    fast = parse_deck(text, SEED_DECK)
    monkeypatch.setattr(deck_yaml, "_FastLoader", None)
    assert parse_deck(text, SEED_DECK) == fast


def test_written_decks_keep_usual_permissions(tmp_path: Path) -> None:
    deck = load_deck(SEED_DECK)
    fresh = tmp_path / "fresh.yaml"
    write_deck(deck, fresh)
    assert fresh.stat().st_mode & 0o044  # readable by others, as files normally are
    fresh.chmod(0o600)
    write_deck(deck, fresh)
    assert fresh.stat().st_mode & 0o777 == 0o600  # an existing file keeps its mode


def test_bundled_decks_quote_their_evidence_whole() -> None:
    """Every evidence sentence of a bundled deck is the article's text at its span, ending
    like a sentence (issue #13: a card quoted "...only increased by 11." for 11.4%)."""
    from newsquiz.generate.segment import split_sentences
    from newsquiz.paths import bundled_decks_dir
    from newsquiz.store.deck_files import load_deck

    folder = bundled_decks_dir()
    assert folder is not None
    root = folder.parent
    for path in sorted(folder.glob("xiaomi-*.yaml")):
        deck = load_deck(path)
        assert deck.source is not None and deck.source.source_path
        # a generated deck carries the article's text; a hand-written one points at the file
        text = deck.source.text or (root / deck.source.source_path).read_text(encoding="utf-8")
        sentences = {s.text for s in split_sentences(text)}
        for card in deck.cards:
            ev = card.evidence
            assert ev is not None and ev.start is not None and ev.end is not None
            assert text[ev.start : ev.end] == ev.sentence, (path.name, card.id)
            assert ev.sentence in sentences, (path.name, ev.sentence)  # whole, never cut
