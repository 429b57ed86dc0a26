"""The export and settings commands: file naming, no silent overwrite, stdout, validation."""

import io
import json
import re
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from rich.progress import Progress

from newsquiz.cli import main
from newsquiz.commands.export import LARGE_EXPORT_ITEMS, _progress_bar
from newsquiz.errors import NewsquizError
from newsquiz.export import FORMATS, default_file_name
from newsquiz.export.revlog import parse_fsrs_parameters
from newsquiz.store.atomic_write import publish_new
from newsquiz.store.tinydb_store import TinyDBStore

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
DEFAULTS = (
    "0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796, "
    "1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542"
)


@pytest.fixture(autouse=True)
def fixed_now(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("newsquiz.commands.export.utc_now", lambda: NOW)


def _export(data_dir: Path, *argv: str) -> int:
    return main(["--data-dir", str(data_dir), "export", *argv])


@pytest.mark.parametrize(
    ("fmt", "decks", "name"),
    [
        ("json", [], "newsquiz-2026-11-25.json"),
        ("csv", ["acme-results"], "newsquiz-acme-results-2026-11-25.csv"),
        ("revlog", ["a", "b"], "newsquiz-2-decks-2026-11-25-revlog.csv"),
        ("apkg", ["../../x y"], "newsquiz-x-y-2026-11-25.apkg"),
    ],
)
def test_default_file_names_are_dated_and_sanitized(fmt: str, decks: list[str], name: str) -> None:
    assert default_file_name(FORMATS[fmt], decks, NOW) == name


def test_without_output_a_dated_file_lands_in_the_current_folder(
    data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    assert _export(data_dir, "-f", "csv", "--deck", "acme-results") == 0
    assert (tmp_path / "newsquiz-acme-results-2026-11-25.csv").is_file()
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "data",
        "newsquiz-acme-results-2026-11-25.csv",
    ]


def test_an_output_folder_gets_the_default_name(data_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    assert _export(data_dir, "-f", "apkg", "-o", str(out)) == 0
    assert [p.name for p in out.iterdir()] == ["newsquiz-2026-11-25.apkg"]


def test_existing_files_are_kept_unless_forced(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "mine.json"
    target.write_text("precious")
    assert _export(data_dir, "-f", "json", "-o", str(target)) == 1
    assert "already exists (use --force to overwrite)" in capsys.readouterr().err
    assert target.read_text() == "precious"
    assert _export(data_dir, "-f", "json", "-o", str(target), "--force") == 0
    assert json.loads(target.read_text())["format"] == "newsquiz-dump"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_dash_writes_text_to_stdout_but_not_apkg(
    data_dir: Path, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    assert _export(data_dir, "-f", "revlog", "-o", "-") == 0
    out = capsysbinary.readouterr().out
    assert out == b"card_id,review_time,review_rating,review_state,review_duration\n"
    assert _export(data_dir, "-f", "csv", "-o", "-", "--deck", "acme-results") == 0
    assert capsysbinary.readouterr().out.startswith(b"deck,card_id,kind,")
    assert _export(data_dir, "-f", "apkg", "-o", "-") == 1
    assert b"binary" in capsysbinary.readouterr().err


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["-o", "{tmp}/missing/x.json"], "does not exist"),
        (["--deck", "nope"], "--deck nope: no such deck (known: acme-results, "),
        (["--since", "last week"], "--since last week: expected a date"),
    ],
)
def test_user_mistakes_are_one_line(
    data_dir: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    argv: list[str],
    message: str,
) -> None:
    argv = [arg.replace("{tmp}", str(tmp_path)) for arg in argv]
    assert _export(data_dir, "-f", "json", "-o", str(tmp_path / "x.json"), *argv) == 1
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1


def test_settings_accept_fitted_parameters_and_reject_bad_ones(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    argv = ["--data-dir", str(data), "settings"]
    assert main([*argv, "--fsrs-parameters", f"[{DEFAULTS}]", "--new-per-day", "5"]) == 0
    with TinyDBStore(data, readonly=True) as store:
        assert store.settings().fsrs_parameters == [float(x) for x in DEFAULTS.split(",")]
        assert store.settings().new_per_day == 5
    capsys.readouterr()
    assert main([*argv, "--fsrs-parameters", DEFAULTS.replace("6.4133", "0.5")]) == 1
    assert "parameters[4] = 0.5 is out of bounds" in capsys.readouterr().err
    assert main([*argv, "--desired-retention", "0.5"]) == 1
    assert "desired_retention" in capsys.readouterr().err
    assert main([*argv, "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["new_per_day"] == 5 and len(shown["fsrs_parameters"]) == 21
    assert main([*argv, "--default-fsrs-parameters", "--rollover-hour", "6"]) == 0
    with TinyDBStore(data, readonly=True) as store:
        assert store.settings().fsrs_parameters is None
        assert store.settings().day_rollover_hour == 6


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("1, 2, 3", "expected 21 numbers (FSRS-6), got 3"),
        (DEFAULTS.replace("0.212", "abc"), "not a number"),
        (DEFAULTS.replace("0.212", "nan"), "must be finite"),
        (DEFAULTS + ", 0.5", "got 22"),
    ],
)
def test_parse_fsrs_parameters_says_what_is_wrong(text: str, problem: str) -> None:
    with pytest.raises(NewsquizError, match=re.escape(problem)):
        parse_fsrs_parameters(text)


def test_parse_fsrs_parameters_reads_optimizer_output() -> None:
    spaced = DEFAULTS.replace(",", " ")
    assert parse_fsrs_parameters(spaced) == parse_fsrs_parameters(f"({DEFAULTS})")


def test_export_package_loads_no_ui_rich_or_storage_engine() -> None:
    code = (
        "import sys, newsquiz.export, newsquiz.export.importers\n"
        "bad = ('textual', 'rich', 'tinydb', 'newsquiz.tui', 'newsquiz.store.tinydb_store')\n"
        "print(','.join(m for m in bad if m in sys.modules))"
    )
    loaded = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert loaded.stdout.strip() == ""


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_large_exports_on_a_terminal_get_a_progress_bar(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stderr", _Terminal())
    bar, tick = _progress_bar(LARGE_EXPORT_ITEMS)
    assert isinstance(bar, Progress)
    with bar:
        for _ in range(3):
            tick()
    assert bar.tasks[0].completed == 3
    small, _ = _progress_bar(LARGE_EXPORT_ITEMS - 1)
    assert not isinstance(small, Progress)


def test_a_file_that_appears_meanwhile_is_not_overwritten(tmp_path: Path) -> None:
    target = tmp_path / "x.csv"
    tmp = tmp_path / "tmp"
    tmp.write_text("new")
    target.write_text("old")
    with pytest.raises(FileExistsError):
        publish_new(tmp, target)
    assert target.read_text() == "old"
