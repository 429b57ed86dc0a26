"""The catalog: rows of every loaded card, searched, and acted on through the store."""

from collections.abc import Callable
from datetime import UTC, timedelta

import pytest

from newsquiz.card_actions import CardAction
from newsquiz.card_catalog import CardCatalog, UnknownCardError
from newsquiz.card_details import card_details
from newsquiz.models import Deck, DeckIndex
from newsquiz.scheduling import Rating
from newsquiz.store.base import ProgressStore
from newsquiz.store.tinydb_store import TinyDBStore

from ..conftest import FixedClock
from .helpers import answer

NUMERIC = "xiaomi-seed-handwritten:1cb311099baa"
CLOZE = "xiaomi-seed-handwritten:4239d948fe48"


@pytest.fixture
def catalog(store: ProgressStore, seed_deck: Deck, clock: FixedClock) -> CardCatalog:
    return CardCatalog(store, [DeckIndex.of(seed_deck)], clock=clock, zone=UTC)


def test_rows_list_every_card_with_its_schedule(catalog: CardCatalog, clock: FixedClock) -> None:
    answer(catalog.store, NUMERIC, "xiaomi-seed-handwritten", Rating.GOOD, clock())
    answer(
        catalog.store,
        NUMERIC,
        "xiaomi-seed-handwritten",
        Rating.GOOD,
        clock() + timedelta(minutes=10),
    )
    assert len(catalog.rows) == 19
    row = catalog.row(NUMERIC)
    assert row is not None
    assert (row.kind, row.state, row.reps, row.lapses, row.status) == (
        "numeric",
        "review",
        2,
        0,
        "review",
    )
    assert row.due is not None and row.due > clock()
    new = catalog.row(CLOZE)
    assert new is not None and (new.state, new.due, new.reps) == ("new", None, 0)


def test_search_looks_in_prompts_answers_and_sentences(catalog: CardCatalog) -> None:
    assert [r.card_id for r in catalog.search("kind:cloze february")] == [CLOZE]
    assert {r.kind for r in catalog.search("jinshan")} == {"recall", "numeric"}  # the sentence
    assert catalog.search("deck:hand-written state:new") == catalog.rows
    assert catalog.search("state:review") == []


def test_actions_write_progress_and_update_rows(catalog: CardCatalog, clock: FixedClock) -> None:
    rows = catalog.rows_for([NUMERIC, CLOZE])
    result = catalog.act(CardAction.SUSPEND, rows)
    assert [r.card_id for r in result.changed] == [NUMERIC, CLOZE] and not result.unchanged
    assert all(catalog.store.progress(i).suspended for i in (NUMERIC, CLOZE))  # type: ignore[union-attr]
    assert [r.card_id for r in catalog.search("state:suspended")] == [CLOZE, NUMERIC]  # deck order
    again = catalog.act(CardAction.SUSPEND, catalog.rows_for([NUMERIC]))
    assert not again.changed and [r.card_id for r in again.unchanged] == [NUMERIC]
    catalog.act(CardAction.BURY, catalog.rows_for([CLOZE]))
    buried = catalog.row(CLOZE)
    assert buried is not None and buried.buried and buried.status == "suspended"
    progress = catalog.store.progress(CLOZE)
    assert progress is not None and progress.buried_until == catalog.day_end(clock())


def test_forget_keeps_the_review_history(catalog: CardCatalog, clock: FixedClock) -> None:
    answer(catalog.store, NUMERIC, "xiaomi-seed-handwritten", Rating.AGAIN, clock())
    clock.advance(minutes=30)
    catalog.act(CardAction.FORGET, catalog.rows_for([NUMERIC]))
    row = catalog.row(NUMERIC)
    assert row is not None and (row.state, row.reps) == ("new", 0)
    assert [r.rating for r in catalog.history(NUMERIC)] == [1]
    assert len(catalog.store.reviews()) == 1


def test_unknown_ids_are_named_before_anything_is_done(catalog: CardCatalog) -> None:
    with pytest.raises(UnknownCardError, match="^nope:1: no such card"):
        catalog.rows_for([NUMERIC, "nope:1"])
    assert catalog.store.progress(NUMERIC) is None


def test_details_show_the_sentence_and_the_history(catalog: CardCatalog, clock: FixedClock) -> None:
    answer(catalog.store, NUMERIC, "xiaomi-seed-handwritten", Rating.GOOD, clock())
    row = catalog.row(NUMERIC)
    assert row is not None
    details = dict(card_details(row, catalog.card(row), catalog.history(NUMERIC), UTC))
    assert details["Sentence"].startswith("According to Xiaomi")
    assert details["History"] == '2026-11-25 12:00  Good  right  "7,600"  4.2 s  new -> learning'
    assert details["Schedule"].startswith("learning, due 2026-11-25 12:10, 1 reviews, 0 lapses")


def test_an_action_on_many_cards_is_written_at_once_and_survives_reopening(
    catalog: CardCatalog,
    reopen: Callable[[ProgressStore], ProgressStore],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    writes: list[int] = []
    if isinstance(catalog.store, TinyDBStore):
        journal = catalog.store.journal
        append_many = journal.append_many
        monkeypatch.setattr(
            journal, "append_many", lambda ops: writes.append(len(ops)) or append_many(ops)
        )
    rows = catalog.search("kind:mcq")
    result = catalog.act(CardAction.BURY, rows)
    assert len(result.changed) == len(rows) == 7
    if isinstance(catalog.store, TinyDBStore):
        assert writes == [7]  # one append and fsync: a crash leaves all of them or none
    store = reopen(catalog.store)
    assert all(store.progress(row.card_id).buried_until is not None for row in rows)  # type: ignore[union-attr]
