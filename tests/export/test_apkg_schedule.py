"""The .apkg carries each card's schedule and review history: Anki's cards and revlog rows."""

import json
import sqlite3
import zipfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from newsquiz.export import FORMATS, select_export_data
from newsquiz.export.anki_schedule import anki_day, card_columns, ease_factor, revlog_rows
from newsquiz.export.apkg import note_guid
from newsquiz.models import CardProgress, Deck
from newsquiz.store.base import MemoryStore

from .conftest import review_card, study_history

START = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
CRT = 1411124400


def progress(**update: object) -> CardProgress:
    base = CardProgress(
        card_id="d:1",
        deck_id="d",
        state="review",
        step=None,
        stability=20.0,
        difficulty=5.5,
        due=NOW + timedelta(days=12),
        last_review=NOW - timedelta(days=8),
        reps=5,
        lapses=1,
    )
    return base.model_copy(update=update)


def columns(found: CardProgress | None, now: datetime = NOW) -> tuple[object, ...]:
    made = card_columns(found, position=7, crt=CRT, now=now, learning_steps=2, relearning_steps=1)
    return (made.type, made.queue, made.due, made.ivl, made.factor, made.reps, made.lapses)


@pytest.mark.parametrize(
    ("found", "expected"),
    [
        (None, (0, 0, 7, 0, 0, 0, 0)),
        (progress(reps=0, state="learning", step=0), (0, 0, 7, 0, 0, 0, 0)),
        (progress(), (2, 2, anki_day(NOW + timedelta(days=12), CRT), 20, 2150, 5, 1)),
        (
            progress(suspended=True),
            (2, -1, anki_day(NOW + timedelta(days=12), CRT), 20, 2150, 5, 1),
        ),
        (progress(buried_until=NOW + timedelta(hours=3)), (2, -3)),
        (progress(buried_until=NOW - timedelta(hours=3)), (2, 2)),
        (
            progress(state="learning", step=1, due=NOW + timedelta(minutes=10)),
            (1, 1, int((NOW + timedelta(minutes=10)).timestamp()), 0, 2150, 5, 1),
        ),
        (
            progress(state="relearning", step=0, stability=3.4, due=NOW + timedelta(minutes=10)),
            (3, 1, int((NOW + timedelta(minutes=10)).timestamp()), 3, 2150, 5, 1),
        ),
        (progress(reps=0, state="learning", step=0, suspended=True), (0, -1, 7)),
    ],
    ids=[
        "never-studied",
        "forgotten",
        "review",
        "suspended",
        "buried",
        "burial-over",
        "learning",
        "relearning",
        "new-suspended",
    ],
)
def test_card_columns(found: CardProgress | None, expected: tuple[object, ...]) -> None:
    assert columns(found)[: len(expected)] == expected


def test_fsrs_memory_and_learning_steps_left() -> None:
    made = card_columns(
        progress(state="learning", step=1),
        position=1,
        crt=CRT,
        now=NOW,
        learning_steps=3,
        relearning_steps=1,
    )
    assert json.loads(made.data) == {"s": 20.0, "d": 5.5} and made.left == 2002
    assert ease_factor(1) == 3000 and ease_factor(10) == 1300 and ease_factor(None) == 2500
    assert anki_day(datetime.fromtimestamp(CRT, UTC) + timedelta(days=3, hours=23), CRT) == 3


def test_revlog_rows_from_reviews(deck: Deck) -> None:
    store = MemoryStore()
    card = deck.cards[0]
    first = review_card(store, deck, card, 3, START)
    second = review_card(store, deck, card, 3, START + timedelta(minutes=10))
    third = review_card(store, deck, card, 1, START + timedelta(days=3))
    other = review_card(store, deck, deck.cards[1], 4, START, ms=90_000)  # same millisecond
    rows = revlog_rows(
        [third, second, first, other], {card.id or "": 11, deck.cards[1].id or "": 22}
    )
    assert [(r.cid, r.ease, r.type) for r in rows] == [
        (11, 3, 0),
        (22, 4, 0),
        (11, 3, 0),
        (11, 1, 1),
    ]
    assert rows[1].id == rows[0].id + 1 == int(START.timestamp() * 1000) + 1
    assert rows[0].ivl == -600 and rows[0].last_ivl == 0  # next learning step: 10 minutes
    assert rows[2].ivl >= 1 and rows[3].last_ivl == rows[2].ivl  # graduated, then reviewed
    assert rows[3].ivl < 0  # a lapse goes back to a relearning step
    assert rows[1].time == 60_000  # Anki's cap
    assert revlog_rows([first], {}) == []


def open_collection(apkg: bytes, folder: Path) -> sqlite3.Connection:
    path = folder / "x.apkg"
    path.write_bytes(apkg)
    with zipfile.ZipFile(path) as archive:
        archive.extract("collection.anki2", folder)
    return sqlite3.connect(folder / "collection.anki2")


def test_the_package_carries_schedules_and_history(tmp_path: Path, deck: Deck) -> None:
    store = MemoryStore()
    study_history(store, deck, START)
    data = select_export_data([deck], store.all_progress(), store.reviews(), store.settings(), NOW)
    db = open_collection(FORMATS["apkg"].to_bytes(data, lambda: None), tmp_path)
    (crt,) = db.execute("select crt from col").fetchone()
    rows = db.execute(
        "select notes.guid, cards.id, cards.type, queue, due, ivl, factor, reps, lapses, "
        "cards.data from cards join notes on cards.nid = notes.id order by cards.id"
    ).fetchall()
    by_card = {
        card.id: row for card in deck.cards for row in rows if row[0] == note_guid(card.id or "")
    }
    for card in deck.cards:
        found = store.progress(card.id or "")
        _, _, card_type, queue, due, ivl, factor, reps, lapses, raw = by_card[card.id]
        if found is None or found.reps == 0:
            assert (card_type, reps) == (0, 0)
            assert queue == (-1 if found is not None and found.suspended else 0)
            continue
        assert (reps, lapses) == (found.reps, found.lapses)
        assert json.loads(raw) == {
            "s": round(found.stability or 0, 4),
            "d": round(found.difficulty or 0, 4),
        }
        assert factor == ease_factor(found.difficulty)
        if found.state == "review":
            assert (card_type, queue) == (2, 2) and due == anki_day(found.due, crt) and ivl >= 1
        else:
            assert card_type in (1, 3) and queue == 1 and due == int(found.due.timestamp())
    new_positions = sorted(row[4] for row in rows if row[2] == 0)
    assert len(set(new_positions)) == len(new_positions)
    revlog = db.execute("select id, cid, usn, ease, time, type from revlog order by id").fetchall()
    reviews = store.reviews()
    assert len(revlog) == len(reviews) == 7  # the undone answer is left out
    anki_id = {card_id: row[1] for card_id, row in by_card.items()}
    assert [(r[1], r[3], r[4]) for r in revlog] == [
        (anki_id[r.card_id], r.rating, r.duration_ms) for r in sorted(reviews, key=lambda r: r.time)
    ]
    assert [r[0] for r in revlog] == [
        int(r.time.timestamp() * 1000) for r in sorted(reviews, key=lambda r: r.time)
    ]
    assert {r[2] for r in revlog} == {-1}
    db.close()
