"""`newsquiz cards`: list, show and change cards from the shell; mistakes are one line."""

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from newsquiz.cli import main
from newsquiz.scheduling import Rating
from newsquiz.store.tinydb_store import TinyDBStore

from .helpers import answer

DECK = "xiaomi-seed-handwritten"
NUMERIC = f"{DECK}:1cb311099baa"
CLOZE = f"{DECK}:4239d948fe48"


def cards(data: Path, *words: str) -> int:
    return main(["--data-dir", str(data), "cards", *words])


def test_list_by_search_as_text_and_json(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cards(tmp_path, f"deck:{DECK}", "kind:cloze", "february") == 0
    out, err = capsys.readouterr()
    assert out.splitlines() == [
        f"{CLOZE}  cloze       new         new                  0    0  "
        "Gao Ziguang joined Xiaomi in _____."
    ]
    assert err.startswith("1 of ") and "cards match" in err
    assert cards(tmp_path, f"deck:{DECK}", "-kind:mcq", "--json", "--limit", "2") == 0
    listed = json.loads(capsys.readouterr().out)
    assert len(listed) == 2 and all(item["kind"] != "mcq" for item in listed)
    assert listed[0]["deck"] == DECK and listed[0]["state"] == "new" and listed[0]["due"] is None


def test_actions_by_id_and_by_query(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cards(tmp_path, "suspend", NUMERIC, CLOZE) == 0
    assert capsys.readouterr().out == "2 card(s) suspended\n"
    assert cards(tmp_path, "unsuspend", "--query", f"deck:{DECK} kind:cloze") == 0
    assert capsys.readouterr().out == "1 card(s) unsuspended; 2 not suspended\n"
    assert cards(tmp_path, "bury", "--query", f"deck:{DECK} state:suspended") == 0
    assert capsys.readouterr().out == "1 card(s) buried until the next study day\n"
    with TinyDBStore(tmp_path, readonly=True) as store:
        numeric, cloze = store.progress(NUMERIC), store.progress(CLOZE)
    assert numeric is not None and numeric.suspended and numeric.buried_until is not None
    assert cloze is not None and not cloze.suspended
    assert cards(tmp_path, "state:suspended", "state:buried") == 0
    assert capsys.readouterr().out.startswith(f"{NUMERIC}  numeric     suspended")


def test_forget_needs_a_confirmation_and_keeps_history(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with TinyDBStore(tmp_path) as store:
        answer(store, NUMERIC, DECK, Rating.GOOD, datetime(2026, 11, 25, 12, tzinfo=UTC))
    assert cards(tmp_path, "forget", NUMERIC) == 1
    assert "add --yes to confirm" in capsys.readouterr().err
    assert cards(tmp_path, "forget", NUMERIC, "--yes") == 0
    assert capsys.readouterr().out == "1 card(s) reset to new (reviews kept)\n"
    assert cards(tmp_path, "show", NUMERIC) == 0
    shown = capsys.readouterr().out
    assert "Schedule:      new, 0 reviews, 0 lapses" in shown
    assert "Sentence:      According to Xiaomi" in shown
    assert '  Good  right  "7,600"  4.2 s  new -> learning' in shown
    assert cards(tmp_path, "show", NUMERIC, "--json") == 0
    (item,) = json.loads(capsys.readouterr().out)
    assert item["card"]["answer"] == "about 5,000" and len(item["history"]) == 1


@pytest.mark.parametrize(
    ("words", "message"),
    [
        (["suspend", NUMERIC, "nope:1"], "nope:1: no such card in the loaded decks"),
        (["show", "nope:2"], "nope:2: no such card"),
        (["show"], "cards show: name at least one card id"),
        (["bury"], "cards bury: give card ids or --query SEARCH"),
        (["bury", NUMERIC, "--query", "x"], "cards bury: give card ids or --query SEARCH"),
        (["kind:essay"], "search: kind:essay: unknown kind"),
        (["--limit", "-1"], "--limit must be 0 or more"),
    ],
)
def test_mistakes_are_one_line_and_change_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], words: list[str], message: str
) -> None:
    assert cards(tmp_path, *words) == 1
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1
    with TinyDBStore(tmp_path, readonly=True) as store:
        assert store.progress(NUMERIC) is None


def test_unknown_options_are_still_refused(tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as exited:
        cards(tmp_path, "state:new", "--jsn")
    assert exited.value.code == 2


def test_negations_may_lead_the_search(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cards(tmp_path, "-deck:business", "-deck:departure", "-kind:mcq", "kind:cloze") == 0
    listed = capsys.readouterr().out.splitlines()
    assert len(listed) == 3 and all(line.startswith(f"{DECK}:") for line in listed)
