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


def test_study_links_edited_cards_to_their_progress(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from datetime import UTC, datetime

    from newsquiz.cli import main
    from newsquiz.models import CardProgress
    from newsquiz.tui.app import NewsquizApp

    deck = mixed_deck()
    deck_file, data = tmp_path / "mixed.yaml", tmp_path / "data"
    old_id = "mixed:recall"
    with TinyDBStore(data) as store:
        store.set_progress(
            CardProgress(
                card_id=old_id,
                deck_id="mixed",
                fact_key="previous",
                state="review",
                stability=12.0,
                difficulty=5.0,
                due=datetime(2026, 12, 1, tzinfo=UTC),
                reps=3,
            )
        )
    edited = deck.cards[-1].model_copy(update={"id": "mixed:recall-v2", "prompt": "Reworded?"})
    write_deck(deck.model_copy(update={"cards": [*deck.cards[:-1], edited]}), deck_file)
    monkeypatch.setattr(NewsquizApp, "run", lambda self, *a, **k: None)
    assert main(["--data-dir", str(data), "study", "--decks", str(deck_file), "mixed"]) == 0
    with TinyDBStore(data) as store:
        moved = store.progress("mixed:recall-v2")
        assert moved is not None and moved.stability == 12.0
        assert store.progress(old_id) is None
