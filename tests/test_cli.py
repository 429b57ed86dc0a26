"""The CLI as users run it: help, exit codes, one-line errors, JSON output."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from newsquiz.cli import main

from .conftest import ROOT, SEED_DECK

COMMANDS = ["decks", "validate", "schema", "stats", "doctor"]


def run_cli(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "NEWSQUIZ_HOME": str(home)}
    return subprocess.run(
        [sys.executable, "-m", "newsquiz", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )


def test_help_lists_every_command(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["--help"])
    assert exited.value.code == 0
    out = capsys.readouterr().out
    for command in COMMANDS:
        assert command in out


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main([command, "--help"])
    assert exited.value.code == 0
    assert "usage: newsquiz" in capsys.readouterr().out


def test_usage_error_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["no-such-command"])
    assert exited.value.code == 2


def test_validate_bundled_decks_passes(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", str(ROOT / "decks")]) == 0
    assert "valid" in capsys.readouterr().out


def test_validate_reports_file_line_field(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        "id: demo\ntitle: T\ncards:\n  - kind: mcq\n    prompt: Q?\n    answer: c\n"
        "    options: [a, b]\n"
    )
    assert main(["validate", str(bad)]) == 1
    err = capsys.readouterr().err
    assert f"{bad}:4: cards[0]: answer must be one of the options" in err


def test_validate_missing_path(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", str(tmp_path / "nope.yaml")]) == 1
    assert "no such file" in capsys.readouterr().err


def test_schema_is_json_schema(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema"]) == 0
    schema = json.loads(capsys.readouterr().out)
    assert schema["type"] == "object" and "cards" in schema["properties"]


def test_decks_and_stats_on_a_fresh_machine(tmp_path: Path) -> None:
    decks = run_cli("--data-dir", str(tmp_path / "data"), "decks", "--json", home=tmp_path)
    assert decks.returncode == 0, decks.stderr
    rows = {row["deck_id"]: row for row in json.loads(decks.stdout)}
    assert rows["xiaomi-seed-handwritten"]["new"] == 19
    stats = run_cli("stats", "--json", home=tmp_path / "data")
    assert stats.returncode == 0, stats.stderr
    figures = json.loads(stats.stdout)
    assert figures["reviews_total"] == 0 and figures["cards_by_state"]["new"] >= 19
    assert figures["today"]["new"] == 20  # one daily limit across all decks, as a session sees it


def test_corrupt_progress_is_one_line_then_doctor_fixes(tmp_path: Path) -> None:
    from newsquiz.models import CardProgress
    from newsquiz.store.tinydb_store import TinyDBStore

    store = TinyDBStore(tmp_path)
    store.set_progress(
        CardProgress.model_validate(
            {"card_id": "d:1", "deck_id": "d", "due": "2026-11-25T00:00:00+00:00", "reps": 1}
        )
    )
    store.close()
    (tmp_path / "progress.json").write_text('{"meta": {"1": {"sch')
    broken = run_cli("stats", home=tmp_path)
    assert broken.returncode == 1
    assert broken.stderr.count("\n") == 1 and "progress.json" in broken.stderr
    assert "Traceback" not in broken.stderr
    fixed = run_cli("doctor", home=tmp_path)
    assert fixed.returncode == 0 and "rebuilt" in fixed.stdout
    assert run_cli("stats", "--json", home=tmp_path).returncode == 0


def test_bad_deck_in_user_folder_is_a_warning_not_a_crash(tmp_path: Path) -> None:
    extra = tmp_path / "mine"
    extra.mkdir()
    (extra / "broken.yaml").write_bytes(b"\xff\xfe")
    result = run_cli("decks", "--decks", str(extra), home=tmp_path / "data")
    assert result.returncode == 0
    assert "broken.yaml:1: file: not UTF-8" in result.stderr
    assert SEED_DECK.exists()


def test_generate_writes_into_the_data_dir_given(tmp_path: Path) -> None:
    data = tmp_path / "data"
    result = run_cli(
        "--data-dir",
        str(data),
        "generate",
        str(ROOT / "seeds" / "xiaomi-gao-ziguang-departure.txt"),
        home=tmp_path / "elsewhere",
    )
    assert result.returncode == 0, result.stderr
    assert len(list((data / "decks").glob("*.yaml"))) == 1
    assert not (tmp_path / "elsewhere").exists()


def test_an_article_with_no_card_says_why(tmp_path: Path) -> None:
    """A story whose every sentence needs the headline to say what it is about makes no card:
    the user is told why, not just "0 cards"."""
    story = tmp_path / "shed.txt"
    story.write_text(
        "Turning a shed into a studio\n\nThe floor should be raised so damp stays out. "
        "The floor can then be covered with cork tiles, which are warm underfoot.\n",
        encoding="utf-8",
    )
    result = run_cli("--data-dir", str(tmp_path / "data"), "generate", str(story), home=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "0 cards" in result.stdout
    assert f"{story}: no card passed the checks" in result.stderr


def test_cli_start_does_not_load_the_generator() -> None:
    code = (
        "import sys, newsquiz.cli as c; c.build_parser(); print('newsquiz.generate' in sys.modules)"
    )
    loaded = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert loaded.stdout.strip() == "False"
