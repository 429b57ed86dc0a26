"""Saving an edited card: the file on disk is the truth, history follows the card, failures
write nothing."""

import os
from collections.abc import Callable
from pathlib import Path

import pytest

from newsquiz import deck_edit
from newsquiz.deck_edit import CardEditError, copy_bundled_deck, edit_refusal, save_card_edit
from newsquiz.models import Deck, DeckIndex, RecallCard
from newsquiz.paths import bundled_decks_dir
from newsquiz.scheduling import Rating
from newsquiz.session import StudySession
from newsquiz.store.base import ProgressStore
from newsquiz.store.deck_cache import DeckCache
from newsquiz.store.deck_files import load_deck, load_deck_indexes, load_decks, write_deck

from .conftest import FixedClock

NO_IDS = """\
id: news
title: News
cards:
- kind: recall
  prompt: Founder of Xiaomi?
  answer: Lei Jun
  fact_key: founder
- kind: recall
  prompt: Who replaced Gao?
  answer: Shang Jin
  fact_key: replacement
"""


@pytest.fixture
def deck_file(tmp_path: Path) -> Path:
    """A hand-written deck whose card ids come from their content."""
    path = tmp_path / "decks" / "news.yaml"
    path.parent.mkdir()
    path.write_text(NO_IDS, encoding="utf-8")
    return path


def study_first(store: ProgressStore, path: Path, clock: FixedClock) -> str:
    """Answer the deck's first card; returns its id."""
    session = StudySession(store, [DeckIndex.of(load_deck(path), path)], clock=clock, fuzz=False)
    card = session.current()
    assert card is not None
    session.answer(card, given="Lei Jun", correct=True, rating=Rating.GOOD, duration_ms=3000)
    return card.card_id


def reworded(card_id: str | None, prompt: str = "Who founded Xiaomi?") -> RecallCard:
    return RecallCard(id=card_id, prompt=prompt, answer="Lei Jun", fact_key="founder")


def test_content_derived_id_is_kept_with_its_history(
    store: ProgressStore,
    reopen: Callable[[ProgressStore], ProgressStore],
    deck_file: Path,
    clock: FixedClock,
) -> None:
    card_id = study_first(store, deck_file, clock)
    before = store.progress(card_id)
    change = save_card_edit(store, deck_file, "news", card_id, reworded(card_id))
    assert (change.old_id, change.new_id) == (card_id, card_id)
    written = load_deck(deck_file)
    assert written.cards[0].prompt == "Who founded Xiaomi?"
    assert written.cards[0].id == card_id  # written out, so the new text does not rename it
    assert written.cards[1].prompt == "Who replaced Gao?"
    store = reopen(store)
    assert store.progress(card_id) == before
    assert [review.card_id for review in store.reviews()] == [card_id]


def test_explicit_id_is_kept(store: ProgressStore, tmp_path: Path) -> None:
    path = tmp_path / "news.yaml"
    write_deck(Deck(id="news", title="News", cards=[reworded("news:founder", "Founder?")]), path)
    change = save_card_edit(store, path, "news", "news:founder", reworded("news:founder"))
    assert change.new_id == "news:founder"
    assert load_deck(path).card_ids() == ["news:founder"]


def test_a_card_given_a_new_id_takes_the_old_ids_history(
    store: ProgressStore,
    reopen: Callable[[ProgressStore], ProgressStore],
    deck_file: Path,
    clock: FixedClock,
) -> None:
    old_id = study_first(store, deck_file, clock)
    stability = store.progress(old_id).stability  # type: ignore[union-attr]
    change = save_card_edit(store, deck_file, "news", old_id, reworded(None))
    assert change.new_id != old_id
    assert load_deck(deck_file).cards[0].id == change.new_id
    store = reopen(store)
    assert store.progress(old_id) is None
    moved = store.progress(change.new_id)
    assert moved is not None and moved.stability == stability
    assert [review.card_id for review in store.reviews()] == [change.new_id]


def test_the_session_studies_the_deck_as_written(
    store: ProgressStore, deck_file: Path, clock: FixedClock
) -> None:
    index = DeckIndex.of(load_deck(deck_file), deck_file)
    session = StudySession(store, [index], clock=clock, fuzz=False)
    shown = session.current()
    assert shown is not None
    change = save_card_edit(store, deck_file, "news", shown.card_id, reworded(None))
    session.replace_deck(DeckIndex.of(change.deck, deck_file), change.old_id, change.new_id)
    again = session.current()
    assert again is not None
    assert (again.card_id, again.card.prompt) == (change.new_id, "Who founded Xiaomi?")
    session.answer(again, given="Lei Jun", correct=True, rating=Rating.GOOD, duration_ms=3000)
    assert store.progress(change.new_id) is not None


def test_a_card_gone_from_the_file_is_not_saved(store: ProgressStore, deck_file: Path) -> None:
    card_id = load_deck(deck_file).card_ids()[0]
    write_deck(load_deck(deck_file).model_copy(update={"cards": []}), deck_file)
    on_disk = deck_file.read_bytes()
    with pytest.raises(CardEditError, match="no longer in this deck file"):
        save_card_edit(store, deck_file, "news", card_id, reworded(card_id))
    assert deck_file.read_bytes() == on_disk


def test_a_missing_file_is_reported(store: ProgressStore, deck_file: Path) -> None:
    card_id = load_deck(deck_file).card_ids()[0]
    deck_file.unlink()
    with pytest.raises(CardEditError, match="cannot read"):
        save_card_edit(store, deck_file, "news", card_id, reworded(card_id))
    assert not deck_file.exists()


def test_a_deck_that_would_not_validate_is_not_written(
    store: ProgressStore, deck_file: Path
) -> None:
    first, second = load_deck(deck_file).card_ids()
    with pytest.raises(CardEditError, match="duplicate card id"):
        save_card_edit(store, deck_file, "news", first, reworded(second))
    assert deck_file.read_text(encoding="utf-8") == NO_IDS


def test_a_failed_write_is_reported(
    store: ProgressStore, deck_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(deck: Deck, path: Path) -> None:
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(deck_edit, "write_deck", refuse)
    card_id = load_deck(deck_file).card_ids()[0]
    with pytest.raises(CardEditError, match="cannot write: Permission denied"):
        save_card_edit(store, deck_file, "news", card_id, reworded(card_id))
    assert deck_file.read_text(encoding="utf-8") == NO_IDS


def test_refusals(deck_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    bundled = bundled_decks_dir()
    assert bundled is not None
    assert edit_refusal(deck_file) is None
    assert "not loaded from a file" in (edit_refusal(None) or "")
    shipped = next(bundled.glob("*.yaml"))
    assert f"bundled with newsquiz; copy {shipped.name}" in (edit_refusal(shipped) or "")
    assert "bundled" in (edit_refusal(deck_file, bundled=deck_file.parent) or "")
    monkeypatch.setattr(os, "access", lambda path, mode: Path(path) != deck_file)
    assert "the file is not writable" in (edit_refusal(deck_file) or "")


def test_copy_of_a_bundled_deck_is_editable_and_hides_the_original(tmp_path: Path) -> None:
    """Issue #13 bug 7: the copy gets a new id, names the bundled deck it replaces (which is then
    not loaded: no id clash), keeps the card ids (so progress) and can be edited."""
    bundled = bundled_decks_dir()
    assert bundled is not None
    shipped = bundled / "xiaomi-seed-handwritten.yaml"
    before = shipped.read_bytes()
    user = tmp_path / "decks"
    copy, path = copy_bundled_deck(shipped, user)
    assert path == user / "xiaomi-seed-handwritten-mine.yaml" and path.is_file()
    assert copy.id == "xiaomi-seed-handwritten-mine"
    assert copy.replaces == "xiaomi-seed-handwritten"
    assert copy.card_ids() == load_deck(shipped).card_ids()
    assert edit_refusal(path) is None
    decks, problems = load_decks([bundled, user])
    ids = [deck.id for deck in decks]
    assert problems == [] and "xiaomi-seed-handwritten" not in ids
    assert "xiaomi-seed-handwritten-mine" in ids
    cache = DeckCache(tmp_path / "cache")
    for _ in range(2):  # parsed, then read back from the deck cache
        indexes, problems = load_deck_indexes([bundled, user], cache)
        assert [deck.id for deck in indexes] == ids and problems == []
    second, second_path = copy_bundled_deck(shipped, user)
    assert second.id == "xiaomi-seed-handwritten-mine-2" and second_path.is_file()
    assert shipped.read_bytes() == before


def test_a_copy_that_cannot_be_written_writes_nothing(tmp_path: Path) -> None:
    bundled = bundled_decks_dir()
    assert bundled is not None
    blocker = tmp_path / "decks"
    blocker.write_text("a file where the folder should be")
    with pytest.raises(CardEditError, match="cannot write"):
        copy_bundled_deck(bundled / "xiaomi-seed-handwritten.yaml", blocker)
