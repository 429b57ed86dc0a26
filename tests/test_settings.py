"""Settings are checked on import, on open and in `newsquiz settings` (issue #12, item 5):
a bad time zone or out-of-range FSRS parameters never lock the user out or crash a command."""

import json
from pathlib import Path

import pytest
from pydantic import ValidationError

from newsquiz.cli import main
from newsquiz.models import Settings, settings_from_stored
from newsquiz.store.tinydb_store import TinyDBStore

BAD_FSRS = [100.0] * 21


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("timezone", "Mars/Olympus", "unknown time zone 'Mars/Olympus'"),
        ("timezone", "Europe", "unknown time zone 'Europe'"),
        ("timezone", "../../etc/passwd", "unknown time zone"),
        ("fsrs_parameters", BAD_FSRS, "parameters[4] = 100.0 is out of bounds"),
        ("fsrs_parameters", [float("nan")] * 21, "finite"),
        ("learning_steps_min", [float("nan")], "steps must be between"),
        ("recall_after_days", float("inf"), "finite"),
        ("desired_retention", float("nan"), "finite"),
    ],
)
def test_every_setting_is_bounds_checked(field: str, value: object, message: str) -> None:
    with pytest.raises(ValidationError, match=message.replace("[", r"\[").replace("(", r"\(")):
        Settings.model_validate({field: value})


def test_a_known_zone_is_kept_and_an_empty_one_means_the_system_zone() -> None:
    assert Settings(timezone="Asia/Tokyo").timezone == "Asia/Tokyo"
    assert Settings(timezone="").timezone is None


def test_invalid_stored_settings_fall_back_one_by_one_and_say_so() -> None:
    stored = {"timezone": "Mars/Olympus", "fsrs_parameters": BAD_FSRS, "new_per_day": 5}
    settings, problems = settings_from_stored({**stored, "unknown": 1})
    assert settings == Settings(new_per_day=5)
    assert len(problems) == 3
    assert problems[0].startswith("settings: timezone: unknown time zone 'Mars/Olympus'")
    assert "using the system's time zone" in problems[0]
    assert "using fsrs's defaults" in problems[1] and "(and 16 more)" in problems[1]
    assert problems[2] == "settings: unknown: Extra inputs are not permitted; ignored"
    assert all("\n" not in problem for problem in problems)


def _dump_with(tmp_path: Path, **settings: object) -> Path:
    data = tmp_path / "source"
    dump = tmp_path / "dump.json"
    assert main(["--data-dir", str(data), "export", "--format", "json", "-o", str(dump)]) == 0
    content = json.loads(dump.read_text())
    content["settings"].update(settings)
    dump.write_text(json.dumps(content))
    return dump


@pytest.mark.parametrize(
    ("settings", "message"),
    [
        ({"timezone": "Mars/Olympus"}, "settings.timezone: unknown time zone 'Mars/Olympus'"),
        ({"fsrs_parameters": BAD_FSRS}, "settings.fsrs_parameters: parameters[4] = 100.0"),
    ],
)
def test_a_dump_with_an_invalid_setting_is_refused_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], settings: dict[str, object], message: str
) -> None:
    dump = _dump_with(tmp_path, **settings)
    capsys.readouterr()
    argv = ["--data-dir", str(tmp_path / "data"), "import", str(dump), "--replace-settings"]
    assert main(argv) == 1
    err = capsys.readouterr().err
    assert message in err and str(dump) in err and err.count("\n") == 1


def _store_invalid_settings(data: Path) -> Path:
    """A progress file holding settings an older version let in."""
    assert main(["--data-dir", str(data), "settings", "--new-per-day", "7"]) == 0
    progress = data / "progress.json"
    content = json.loads(progress.read_text())
    stored = next(iter(content["settings"].values()))
    stored.update(timezone="Mars/Olympus", fsrs_parameters=BAD_FSRS)
    progress.write_text(json.dumps(content))
    return progress


def test_invalid_stored_settings_warn_and_every_command_still_works(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    progress = _store_invalid_settings(data)
    capsys.readouterr()
    argv = ["--data-dir", str(data)]
    for command in (["decks"], ["stats"], ["export", "--format", "csv", "-o", "-"], ["settings"]):
        assert main([*argv, *command]) == 0, command
        err = capsys.readouterr().err.splitlines()
        assert len(err) == 2, (command, err)
        assert err[0].startswith(f"warning: {progress}: settings: timezone: unknown time zone")
        assert err[1].startswith(f"warning: {progress}: settings: fsrs_parameters:")
    with TinyDBStore(data, readonly=True) as store:
        assert store.settings().new_per_day == 7  # the valid settings are kept


def test_the_time_zone_can_be_set_and_fixes_a_stored_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    _store_invalid_settings(data)
    argv = ["--data-dir", str(data), "settings"]
    assert main([*argv, "--timezone", "Asia/Tokyo"]) == 0
    capsys.readouterr()
    assert main([*argv, "--json"]) == 0
    captured = capsys.readouterr()
    assert json.loads(captured.out)["timezone"] == "Asia/Tokyo" and captured.err == ""
    assert main([*argv, "--timezone", "Mars/Olympus"]) == 1
    assert "unknown time zone 'Mars/Olympus'" in capsys.readouterr().err
    assert main([*argv, "--timezone", "system"]) == 0
    with TinyDBStore(data, readonly=True) as store:
        assert store.settings().timezone is None


def test_every_setting_can_be_changed_from_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["--data-dir", str(tmp_path / "data"), "settings"]
    changes = ["--learning-steps", "2,20", "--relearning-steps", "5", "--recall-after-days", "30"]
    assert main([*argv, *changes, "--theme", "nord"]) == 0
    with TinyDBStore(tmp_path / "data", readonly=True) as store:
        settings = store.settings()
    assert settings.learning_steps_min == [2.0, 20.0] and settings.relearning_steps_min == [5.0]
    assert settings.recall_after_days == 30.0 and settings.theme == "nord"
    capsys.readouterr()
    assert main([*argv, "--theme", "no-such-theme"]) == 1
    assert "unknown theme 'no-such-theme'" in capsys.readouterr().err


def test_per_deck_limits_from_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["--data-dir", str(tmp_path / "data"), "settings"]
    deck = "xiaomi-seed-handwritten"  # a bundled deck
    assert main([*argv, "--deck", deck, "--new-per-day", "3"]) == 0
    assert main([*argv, "--deck", deck, "--reviews-per-day", "40"]) == 0
    shown = capsys.readouterr().out
    assert f"deck_limits: {deck}: new per day 3, reviews per day 40" in shown
    assert "extra_new: (none)" in shown
    with TinyDBStore(tmp_path / "data", readonly=True) as store:
        settings = store.settings()
    assert settings.new_per_day == 20  # the global limit is untouched
    own = settings.deck_limits[deck]
    assert (own.new_per_day, own.reviews_per_day) == (3, 40)
    for bad, message in [
        (["--deck", "no-such-deck", "--new-per-day", "3"], "unknown deck 'no-such-deck'"),
        (["--deck", deck, "--new-per-day", "-1"], "greater than or equal to 0"),
        (["--deck", deck], "--deck needs --new-per-day N"),
        (["--no-deck-limits"], "--no-deck-limits needs --deck ID"),
    ]:
        assert main([*argv, *bad]) == 1, bad
        err = capsys.readouterr().err
        assert message in err and len(err.splitlines()) == 1, err
    assert main([*argv, "--deck", deck, "--no-deck-limits", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["deck_limits"] == {}


def test_decks_says_which_limit_holds_cards_back(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["--data-dir", str(tmp_path / "data")]
    assert main([*argv, "decks"]) == 0
    assert "limit" not in capsys.readouterr().out
    assert main([*argv, "settings", "--new-per-day", "0"]) == 0
    capsys.readouterr()
    assert main([*argv, "decks"]) == 0
    assert "Daily limit of 0 new cards reached" in capsys.readouterr().out
