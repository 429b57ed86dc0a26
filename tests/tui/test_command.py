"""`newsquiz study` reports user mistakes as one line, before the terminal is taken over."""

import subprocess
import sys
from pathlib import Path

from newsquiz.store.deck_files import write_deck
from newsquiz.store.tinydb_store import TinyDBStore

from .conftest import mixed_deck

NEWSQUIZ = Path(sys.executable).parent / "newsquiz"


def run_study(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(NEWSQUIZ), *args], capture_output=True, text=True, timeout=60, stdin=subprocess.DEVNULL
    )


def test_second_instance_gets_one_line(tmp_path: Path) -> None:
    deck_file = tmp_path / "mixed.yaml"
    write_deck(mixed_deck(), deck_file)
    with TinyDBStore(tmp_path / "data"):  # another newsquiz holds the data directory
        result = run_study("--data-dir", str(tmp_path / "data"), "study", "--decks", str(deck_file))
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("newsquiz: ") and "in use" in lines[0]
    assert result.stdout == ""  # the app never started


def test_unknown_deck_id_gets_one_line(tmp_path: Path) -> None:
    deck_file = tmp_path / "mixed.yaml"
    write_deck(mixed_deck(), deck_file)
    data = tmp_path / "data"
    result = run_study("--data-dir", str(data), "study", "--decks", str(deck_file), "nope")
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "unknown deck 'nope'" in lines[0]
    assert "mixed" in result.stderr
    with TinyDBStore(data):  # the lock was released
        pass
