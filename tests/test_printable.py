"""Escape sequences in deck titles, card text and file names never reach the terminal raw
(issue #12, item 4): the CLI shows them as visible `\\u00XX` escapes."""

import json
from pathlib import Path

import pytest

from newsquiz.cli import main
from newsquiz.printable import printable

OSC52 = "\x1b]52;c;aGVsbG8=\x07"  # writes the clipboard
OSC8 = "\x1b]8;;https://evil.example\x1b\\click\x1b]8;;\x1b\\"  # a link
CLEAR = "\x1b[2J\x9b2J\x7f"  # clear the screen (7-bit and C1 CSI), DEL
RAW = [chr(code) for code in [*range(0x20), 0x7F, *range(0x80, 0xA0)] if code not in (9, 10)]


def test_every_control_character_is_made_visible() -> None:
    shown = printable("a" + "".join(RAW) + "\n\tb")
    assert not any(char in shown for char in RAW)
    assert shown.startswith("a\\u0000\\u0001") and shown.endswith("\\u009f\n\tb")
    assert printable("line\none\ttab", one_line=True) == "line\\u000aone\\u0009tab"
    assert printable("Plain café [b]text[/b]") == "Plain café [b]text[/b]"


def shown(capsys: pytest.CaptureFixture[str], argv: list[str], code: int, stream: str) -> str:
    """What the command printed on `stream`, checked to hold no raw control character."""
    assert main(argv) == code
    text = getattr(capsys.readouterr(), stream)
    assert not any(char in text for char in RAW), repr(text)
    return str(text)


def _hostile_deck(folder: Path) -> Path:
    deck = folder / "evil.yaml"
    title = json.dumps(f"Evil {OSC52}{OSC8}{CLEAR} deck")
    deck.write_text(
        f"id: evil\ntitle: {title}\ncards:\n  - kind: recall\n    prompt: P?\n    answer: A\n"
    )
    return deck


def test_decks_shows_a_hostile_title_escaped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    deck = _hostile_deck(tmp_path)
    out = shown(
        capsys, ["--data-dir", str(tmp_path / "data"), "decks", "--decks", str(deck)], 0, "out"
    )
    assert "Evil \\u001b]52;c;aGVsbG8=\\u0007" in out


def test_validate_and_generate_show_hostile_file_names_escaped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = tmp_path / f"deck{OSC52}.yaml"
    broken.write_text("id: x\n")
    err = shown(capsys, ["validate", str(broken)], 1, "err")
    assert "deck\\u001b]52;c;aGVsbG8=\\u0007.yaml:1: title: Field required" in err
    article = tmp_path / f"story{CLEAR}.txt"
    article.write_text("")
    err = shown(capsys, ["--data-dir", str(tmp_path / "data"), "generate", str(article)], 1, "err")
    assert "story\\u001b[2J\\u009b2J\\u007f.txt: file is empty" in err


def test_generate_shows_a_hostile_headline_escaped_and_keeps_it_in_json(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article = tmp_path / "story.txt"
    headline = f"Acme{OSC52} profits{CLEAR} rise"
    body = "Acme Corp said on Tuesday that profit rose 12% to $4.5bn in 2011."
    article.write_text(f"{headline}\n\n{body}\n\nChief executive Jane Doerr said sales rose 5%.\n")
    argv = ["--data-dir", str(tmp_path / "data"), "generate", str(article), "--json"]
    out = shown(capsys, argv, 0, "out")
    assert json.loads(out)["title"] == headline  # the escapes are JSON's: nothing is lost


def test_import_export_and_doctor_show_hostile_paths_escaped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / f"data{CLEAR}"
    cards = tmp_path / f"cards{OSC52}.csv"
    cards.write_text("What is GDP?\tgross domestic product\n")
    out = shown(capsys, ["--data-dir", str(data), "import", str(cards), "--deck", "Evil"], 0, "out")
    assert "cards\\u001b]52;c;aGVsbG8=\\u0007.csv: created deck" in out
    dump = tmp_path / f"dump{OSC52}.json"
    out = shown(
        capsys, ["--data-dir", str(data), "export", "--format", "json", "-o", str(dump)], 0, "out"
    )
    assert "dump\\u001b]52;" in out
    out = shown(capsys, ["--data-dir", str(data), "doctor"], 0, "out")
    assert "data\\u001b[2J" in out
