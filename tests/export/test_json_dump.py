"""The JSON dump: a lossless round trip, merges without duplicates, clean failures."""

import json
import re
import shutil
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from newsquiz.cli import main
from newsquiz.export import select_export_data
from newsquiz.export.importers import plan_dump_merge
from newsquiz.export.json_dump import ImportFileError, parse_dump, render_dump
from newsquiz.models import Deck, Settings
from newsquiz.store.base import MemoryStore
from newsquiz.store.tinydb_store import TinyDBStore

from .conftest import review_card, sample_deck, study_history

START = datetime(2026, 11, 2, 9, 30, tzinfo=UTC)
EXPORT_TIME = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)


@pytest.fixture
def fixed_now(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("newsquiz.commands.export.utc_now", lambda: EXPORT_TIME)


def _studied(data_dir: Path) -> None:
    store = TinyDBStore(data_dir)
    store.save_settings(Settings(desired_retention=0.85, new_per_day=7))
    study_history(store, sample_deck(), START)
    store.close()


def _export(data_dir: Path, out: Path) -> bytes:
    assert main(["--data-dir", str(data_dir), "export", "-f", "json", "-o", str(out)]) == 0
    return out.read_bytes()


def _dump_text(store: MemoryStore, decks: list[Deck]) -> str:
    data = select_export_data(
        decks, store.all_progress(), store.reviews(), store.settings(), EXPORT_TIME
    )
    return render_dump(data)


def test_export_wipe_import_export_is_identical(
    data_dir: Path, tmp_path: Path, fixed_now: None, capsys: pytest.CaptureFixture[str]
) -> None:
    _studied(data_dir)
    first = _export(data_dir, tmp_path / "first.json")
    shutil.rmtree(data_dir)
    assert main(["--data-dir", str(data_dir), "import", str(tmp_path / "first.json")]) == 0
    second = _export(data_dir, tmp_path / "second.json")
    assert second == first
    dump = json.loads(first)
    assert dump["schema_version"] == 1
    assert len(dump["reviews"]) == 7
    assert dump["settings"]["desired_retention"] == 0.85
    assert "acme-results" in {deck["id"] for deck in dump["decks"]}


def test_importing_twice_changes_nothing(
    data_dir: Path, tmp_path: Path, fixed_now: None, capsys: pytest.CaptureFixture[str]
) -> None:
    _studied(data_dir)
    _export(data_dir, tmp_path / "dump.json")
    before = _export(data_dir, tmp_path / "before.json")
    for _ in range(2):
        assert main(["--data-dir", str(data_dir), "import", str(tmp_path / "dump.json")]) == 0
        assert "nothing to import" in capsys.readouterr().out
    assert _export(data_dir, tmp_path / "after.json") == before


def test_dry_run_reports_and_writes_nothing(
    data_dir: Path, tmp_path: Path, fixed_now: None, capsys: pytest.CaptureFixture[str]
) -> None:
    _studied(data_dir)
    _export(data_dir, tmp_path / "dump.json")
    fresh = tmp_path / "fresh"
    argv = ["--data-dir", str(fresh), "import", "--dry-run", str(tmp_path / "dump.json")]
    assert main(argv) == 0
    out = capsys.readouterr().out
    assert "dry run" in out
    assert "reviews: 7 new, 0 already here" in out
    assert "decks added: acme-results" in out
    assert not (fresh / "decks").exists()
    assert TinyDBStore(fresh, readonly=True).reviews() == []


def test_conflicts_keep_the_state_with_the_later_review(deck: Deck) -> None:
    ours, theirs = MemoryStore(), MemoryStore()
    study_history(ours, deck, START)
    study_history(theirs, deck, START)
    first, second = deck.cards[0], deck.cards[1]
    review_card(ours, deck, first, 3, START + timedelta(days=5))  # ours is later for card 0
    review_card(theirs, deck, second, 1, START + timedelta(days=6))  # theirs for card 1
    dump = parse_dump(_dump_text(theirs, [deck]), Path("theirs.json"))
    plan = plan_dump_merge(
        dump,
        local_progress=ours.all_progress(),
        local_reviews=ours.reviews(),
        local_decks=[deck],
        local_settings=ours.settings(),
    )
    assert [r.card_id for r in plan.new_reviews] == [second.id]
    assert plan.duplicate_reviews == 7
    assert plan.kept_local_cards == [first.id]
    assert plan.updated_cards == [second.id]
    ours.import_history(plan.new_reviews, plan.progress_writes)
    assert ours.progress(second.id or "") == theirs.progress(second.id or "")
    assert ours.progress(first.id or "") != theirs.progress(first.id or "")
    assert len(ours.reviews()) == 9
    again = plan_dump_merge(
        dump,
        local_progress=ours.all_progress(),
        local_reviews=ours.reviews(),
        local_decks=[deck],
        local_settings=ours.settings(),
    )
    assert not again.new_reviews and not again.progress_writes
    assert again.kept_local_cards == [first.id]


def test_settings_are_kept_unless_defaults_or_asked(deck: Deck) -> None:
    theirs = MemoryStore()
    theirs.save_settings(Settings(new_per_day=3))
    dump = parse_dump(_dump_text(theirs, [deck]), Path("d.json"))

    def plan_for(local: Settings, replace: bool) -> Settings | None:
        return plan_dump_merge(
            dump,
            local_progress={},
            local_reviews=[],
            local_decks=[],
            local_settings=local,
            replace_settings=replace,
        ).settings

    assert plan_for(Settings(), False) == Settings(new_per_day=3)
    assert plan_for(Settings(new_per_day=50), False) is None
    assert plan_for(Settings(new_per_day=50), True) == Settings(new_per_day=3)


def _valid_dump_text(deck: Deck) -> str:
    store = MemoryStore()
    study_history(store, deck, START)
    return _dump_text(store, [deck])


def _line_of(text: str, needle: str) -> int:
    return next(n for n, line in enumerate(text.splitlines(), 1) if needle in line)


@pytest.mark.parametrize(
    ("name", "breaks", "expected"),
    [
        ("truncated", lambda t: t[: len(t) // 2], r"json: "),
        ("not-a-dump", lambda t: '{"hello": 1}', r":1: file: not a newsquiz dump"),
        (
            "newer-version",
            lambda t: t.replace('"schema_version": 1', '"schema_version": 9'),
            r":3: schema_version: version 9 is from a newer newsquiz",
        ),
        (
            "bad-rating",
            lambda t: t.replace('"rating":4', '"rating":7'),
            r"reviews\[\d+\]\.rating: Input should be less than or equal to 4",
        ),
        (
            "path-traversal-deck-id",
            lambda t: t.replace('"id":"acme-results"', '"id":"../../etc/evil"'),
            r"decks\[0\]\.id: String should match pattern",
        ),
        (
            "huge-field",
            lambda t: t.replace('"answer 3"', json.dumps("x" * 100_001), 1),
            r"reviews\[\d+\]\.answer: text longer than 100,000 characters",
        ),
        (
            "duplicate-review",
            lambda t: t.replace(
                "\n  ]\n}",
                ",\n" + t.split('"reviews": [\n')[1].split("\n")[0].rstrip(",") + "\n  ]\n}",
            ),
            r"reviews\[7\]: the same review of .* is on line \d+",
        ),
    ],
)
def test_bad_dumps_fail_with_the_line(
    deck: Deck, name: str, breaks: Callable[[str], str], expected: str
) -> None:
    broken = breaks(_valid_dump_text(deck))
    with pytest.raises(ImportFileError, match=r"^bad\.json:\d+: .*") as caught:
        parse_dump(broken, Path("bad.json"))
    message = str(caught.value)
    assert "\n" not in message
    assert re.search(expected, message), message


def test_the_line_named_is_the_line_of_the_bad_item(deck: Deck) -> None:
    text = _valid_dump_text(deck).replace('"rating":4', '"rating":0')
    with pytest.raises(ImportFileError) as caught:
        parse_dump(text, Path("bad.json"))
    line = _line_of(text, '"rating":0')
    assert str(caught.value).startswith(f"bad.json:{line}: reviews[")


def test_a_bad_file_imports_nothing(data_dir: Path, tmp_path: Path, fixed_now: None) -> None:
    _studied(data_dir)
    _export(data_dir, tmp_path / "dump.json")
    text = (tmp_path / "dump.json").read_text()
    last_review = text.rindex('"rating":')
    (tmp_path / "bad.json").write_text(text[:last_review] + '"rating":9' + text[last_review + 10 :])
    fresh = tmp_path / "fresh"
    assert main(["--data-dir", str(fresh), "import", str(tmp_path / "bad.json")]) == 1
    assert not (fresh / "decks").exists()
    assert TinyDBStore(fresh, readonly=True).reviews() == []


@pytest.mark.parametrize("depth", [50, 100_000])
def test_deeply_nested_json_fails_cleanly(depth: int) -> None:
    text = '{"format": "newsquiz-dump", "x": ' + "[" * depth + "]" * depth + "}"
    with pytest.raises(ImportFileError, match=r"^deep\.json:1: "):
        parse_dump(text, Path("deep.json"))
