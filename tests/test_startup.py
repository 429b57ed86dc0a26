"""The collector is paused while `newsquiz` starts and always turned back on."""

import gc
from pathlib import Path

import pytest

from newsquiz.cli import main

from .conftest import ROOT


@pytest.fixture(autouse=True)
def collector_on() -> None:
    gc.enable()


def test_commands_run_with_the_collector_on(capsys: pytest.CaptureFixture[str]) -> None:
    seen: list[bool] = []
    from newsquiz.commands import validate

    original = validate.run

    def spy(args: object) -> int:
        seen.append(gc.isenabled())
        return original(args)  # type: ignore[arg-type]

    validate.run = spy  # type: ignore[assignment]
    try:
        assert main(["validate", str(ROOT / "decks")]) == 0
    finally:
        validate.run = original  # type: ignore[assignment]
    assert seen == [True]
    assert gc.isenabled()


def test_usage_errors_and_help_leave_it_on(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["no-such-command"])
    assert gc.isenabled()
    with pytest.raises(SystemExit):
        main(["--help"])
    assert gc.isenabled()


def test_study_resumes_it_when_it_stops_before_the_app(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--data-dir", str(tmp_path), "study", "no-such-deck"]) == 1
    assert "unknown deck 'no-such-deck'" in capsys.readouterr().err
    assert gc.isenabled()
