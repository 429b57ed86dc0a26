"""Deck indexes: a study session starts from card refs; cards are built when first shown."""

from pathlib import Path

from newsquiz.models import CardRef, DeckIndex, as_index
from newsquiz.reconcile import reconcile_decks
from newsquiz.session import StudySession
from newsquiz.store.deck_cache import DeckCache
from newsquiz.store.deck_files import load_deck_indexes, load_decks
from newsquiz.store.progress_map import ProgressMap
from newsquiz.store.tinydb_store import TinyDBStore

from .conftest import SEED_DECK, FixedClock
from .test_deck_files import GOOD


def cached_index(tmp_path: Path, text: str = GOOD) -> tuple[DeckCache, Path, DeckIndex]:
    cache = DeckCache(tmp_path / "cache")
    path = tmp_path / "demo.yaml"
    path.write_text(text)
    load_decks([path], cache)  # fills the cache
    index = cache.index(path)
    assert index is not None
    return cache, path, index


def test_index_of_a_deck_in_memory_has_its_refs_and_cards() -> None:
    deck = load_decks([SEED_DECK])[0][0]
    index = as_index(deck)
    assert index.id == deck.id and index.title == deck.title and index.path is None
    assert [ref.id for ref in index.refs()] == deck.card_ids()
    first = deck.cards[0]
    assert index.refs()[0] == CardRef(first.id or "", first.kind, first.fact_key)
    assert index.card(first.id or "") is first
    assert index.card("no-such-card") is None
    assert index.deck() == deck
    assert as_index(index) is index


def test_cached_index_builds_only_the_cards_asked_for(tmp_path: Path) -> None:
    _, path, index = cached_index(tmp_path)
    assert index.path == path
    assert [ref.kind for ref in index.refs()] == ["mcq", "recall"]
    assert index._built == {}
    second = index.refs()[1].id
    card = index.card(second)
    assert card is not None and card.prompt == "What?"
    assert list(index._built) == [1]
    assert index.deck() == load_decks([path])[0][0]


def test_cached_cards_fall_back_to_the_deck_file_when_the_cache_is_cleared(
    tmp_path: Path,
) -> None:
    _, _, index = cached_index(tmp_path)
    for entry in (tmp_path / "cache").glob("*.cards.json"):
        entry.unlink()
    card = index.card(index.refs()[0].id)
    assert card is not None and card.answer == "A"


def test_a_card_gone_from_the_deck_file_is_left_out_of_the_session(
    tmp_path: Path, clock: FixedClock
) -> None:
    _, path, index = cached_index(tmp_path)
    for entry in (tmp_path / "cache").glob("*.cards.json"):
        entry.unlink()
    path.write_text(GOOD.replace("prompt: Who?", "prompt: Who else?"))  # the mcq gets a new id
    store = TinyDBStore(tmp_path / "data")
    try:
        session = StudySession(store, [index], clock=clock, fuzz=False)
        shown = session.current()
        assert shown is not None and shown.card.prompt == "What?"
    finally:
        store.close()


def test_index_cache_entry_is_not_used_after_the_file_changes(tmp_path: Path) -> None:
    cache, path, _ = cached_index(tmp_path)
    path.write_text(GOOD.replace("title: Demo", "title: Changed"))
    assert cache.index(path) is None
    indexes, problems = load_deck_indexes([path], cache)
    assert problems == [] and indexes[0].title == "Changed"
    assert cache.index(path) is not None


def test_reconcile_reads_only_the_progress_of_cards_no_deck_has(
    tmp_path: Path, clock: FixedClock
) -> None:
    _, _, index = cached_index(tmp_path)
    store = TinyDBStore(tmp_path / "data")
    session = StudySession(store, [index], clock=clock, fuzz=False)
    from newsquiz.scheduling import Rating

    while (card := session.current()) is not None:
        session.answer(card, given="x", correct=True, rating=Rating.EASY, duration_ms=1000)
    store.close()
    reopened = TinyDBStore(tmp_path / "data")
    try:
        progress = reopened.all_progress()
        assert isinstance(progress, ProgressMap) and len(progress) == 2
        assert reconcile_decks(reopened, [index]) == []
        assert progress._built == {}  # nothing was parsed: no card was orphaned
    finally:
        reopened.close()


def test_a_study_session_served_by_the_cache_never_imports_yaml(tmp_path: Path) -> None:
    import subprocess
    import sys

    cached_index(tmp_path)
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from newsquiz.cli import parse_command\n"
        "from newsquiz.store.deck_cache import DeckCache\n"
        "from newsquiz.store.deck_files import load_deck_indexes\n"
        "parse_command(['study'])\n"
        f"found, problems = load_deck_indexes([Path({str(tmp_path / 'demo.yaml')!r})],"
        f" DeckCache(Path({str(tmp_path / 'cache')!r})))\n"
        "assert found and not problems, problems\n"
        "print('yaml' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_the_cache_keeps_one_entry_per_deck_file(tmp_path: Path) -> None:
    cache, path, _ = cached_index(tmp_path)
    legacy = tmp_path / "cache" / ("0" * 32 + ".json")
    legacy.write_text("{}")  # an entry in the layout of an older newsquiz
    for title in ("One", "Two", "Three"):
        path.write_text(GOOD.replace("title: Demo", f"title: {title}"))
        load_deck_indexes([path], cache)
    other = tmp_path / "other.yaml"
    other.write_text(GOOD.replace("id: demo", "id: other"))
    load_deck_indexes([other], cache)
    names = sorted(entry.name.rsplit(".", 2)[1] for entry in (tmp_path / "cache").iterdir())
    assert names == ["cards", "cards", "index", "index"]
    index = cache.index(path)
    assert index is not None and index.title == "Three"
