"""Symbolic links in the data folder are refused, not followed, and a tampered deck cache is
rebuilt from the deck file (issue #12 items 9 and 10)."""

import os
from pathlib import Path

import pytest

from newsquiz.cli import main
from newsquiz.errors import StoreLinkError
from newsquiz.store.deck_cache import DeckCache
from newsquiz.store.deck_files import load_deck_indexes, load_decks
from newsquiz.store.doctor import repair
from newsquiz.store.tinydb_store import TinyDBStore
from tests.store_history import build_history
from tests.test_deck_files import GOOD


@pytest.mark.parametrize("name", ["lock", "journal.jsonl", "progress.json", "ops"])
def test_a_linked_data_file_is_refused_and_its_target_untouched(
    tmp_path: Path, name: str, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    build_history(data, seed=21)
    victim = tmp_path / "victim"
    if name == "ops":
        (data / name).rename(victim)
        (victim / "keep.txt").write_text("mine")
    else:
        victim.write_bytes((data / name).read_bytes() if (data / name).exists() else b"mine\n")
        (data / name).unlink(missing_ok=True)
    before = sorted(p.name for p in victim.iterdir()) if victim.is_dir() else victim.read_bytes()
    (data / name).symlink_to(victim)
    with pytest.raises(StoreLinkError, match=f"{name}: is a symbolic link"):
        TinyDBStore(data)
    with pytest.raises(StoreLinkError):
        repair(data)
    command = "doctor" if name == "lock" else "stats"  # read-only commands take no lock
    assert main(["--data-dir", str(data), command]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "symbolic link" in err
    after = sorted(p.name for p in victim.iterdir()) if victim.is_dir() else victim.read_bytes()
    assert after == before


def test_a_linked_deck_cache_is_refused_and_the_target_folder_kept(tmp_path: Path) -> None:
    victim = tmp_path / "victim"
    victim.mkdir()
    (victim / "notes").write_text("mine")
    (tmp_path / "cache").mkdir()
    (tmp_path / "cache" / "decks").symlink_to(victim)
    deck = tmp_path / "demo.yaml"
    deck.write_text(GOOD)
    with pytest.raises(StoreLinkError, match="decks: is a symbolic link"):
        load_decks([deck], DeckCache(tmp_path / "cache" / "decks"))
    assert (victim / "notes").read_text() == "mine"


def test_the_cache_deletes_only_files_it_named(tmp_path: Path) -> None:
    cache = DeckCache(tmp_path / "cache")
    (tmp_path / "cache").mkdir()
    (tmp_path / "cache" / "notes").write_text("mine")
    deck = tmp_path / "demo.yaml"
    deck.write_text(GOOD)
    load_decks([deck], cache)
    assert (tmp_path / "cache" / "notes").exists()


@pytest.mark.parametrize("part", ["cards", "index"])
def test_a_tampered_cache_entry_is_rebuilt_from_the_deck(tmp_path: Path, part: str) -> None:
    cache = DeckCache(tmp_path / "cache")
    deck = tmp_path / "demo.yaml"
    deck.write_text(GOOD)
    truth = load_decks([deck], cache)[0][0]
    for entry in (tmp_path / "cache").glob(f"*.{part}.json"):
        raw = entry.read_bytes()
        entry.write_bytes(raw.replace(b'"A"', b'"B"').replace(b"Demo", b"Evil"))
    assert load_decks([deck], cache)[0][0] == truth
    indexes, _ = load_deck_indexes([deck], cache)
    assert indexes[0].title == truth.title
    assert [indexes[0].card(ref.id) for ref in indexes[0].refs()] == truth.cards


def test_a_deck_changed_without_a_new_size_or_time_is_read_again(tmp_path: Path) -> None:
    cache = DeckCache(tmp_path / "cache")
    deck = tmp_path / "demo.yaml"
    deck.write_text(GOOD)
    load_decks([deck], cache)
    stat = deck.stat()
    deck.write_text(GOOD.replace("title: Demo", "title: Omed"))
    os.utime(deck, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert load_decks([deck], cache)[0][0].title == "Omed"
