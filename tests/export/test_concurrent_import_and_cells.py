"""Two imports of the same deck cannot both succeed, and every CSV cell a spreadsheet could
run as a formula is defused (issue #12 item 10)."""

from pathlib import Path

import pytest

from newsquiz.cli import main
from newsquiz.commands import import_
from newsquiz.export.csv_export import spreadsheet_text
from newsquiz.models import Deck


def test_the_second_of_two_simultaneous_imports_fails(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    first, second = tmp_path / "first.csv", tmp_path / "second.csv"
    first.write_text("Who leads Acme?,Jane\n", encoding="utf-8")
    second.write_text("Who leads Bolt?,Ravi\n", encoding="utf-8")
    real_write = import_.write_deck
    codes: list[int] = []

    def interleaved(deck: Deck, target: Path, **kwargs: bool) -> None:
        """The first import has checked that the deck is new; the second runs whole now."""
        monkeypatch.setattr(import_, "write_deck", real_write)
        codes.append(main(["--data-dir", str(data), "import", str(second), "--deck", "Same"]))
        real_write(deck, target, **kwargs)

    monkeypatch.setattr(import_, "write_deck", interleaved)
    codes.insert(0, main(["--data-dir", str(data), "import", str(first), "--deck", "Same"]))
    err = capsys.readouterr().err
    assert codes == [1, 0]
    assert "already exists" in err and err.count("\n") == 1
    assert "Bolt" in (data / "decks" / "same.yaml").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "start", ["=", "+", "-", "@", "\t", "\r", "\n", "\uff1d", "|", "\uff0b", "\uff0d", "\uff20"]
)
def test_every_formula_start_gets_an_apostrophe(start: str) -> None:
    assert spreadsheet_text(f"{start}1+1") == f"'{start}1+1"
    assert spreadsheet_text(f"a{start}") == f"a{start}"
