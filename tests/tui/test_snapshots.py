"""Snapshots at 80x24 with the clock and the card timer frozen: home, question, feedback,
summary, stats. Update with `pytest tests/tui/test_snapshots.py --snapshot-update` after
looking at the report."""

from collections.abc import Callable
from datetime import UTC, timedelta

from textual.pilot import Pilot

from newsquiz.models import Deck
from newsquiz.scheduling import Rating
from newsquiz.session import StudySession
from newsquiz.store.base import MemoryStore

from .conftest import NOW, AppFactory, FrozenClock, Stopwatch, mixed_deck
from .helpers import answer, settle

Snap = Callable[..., bool]


def second_deck() -> Deck:
    deck = mixed_deck()
    return Deck(
        id="second",
        title="Mi Homes: offline stores",
        cards=[card.model_copy(update={"id": f"second:{card.kind}"}) for card in deck.cards],
    )


def study_history(store: MemoryStore, decks: list[Deck]) -> None:
    """Reviews on several past days, so the statistics have something to draw."""
    for days_ago in (24, 12, 6, 3, 2, 1):
        moment = FrozenClock(NOW - timedelta(days=days_ago))
        session = StudySession(store, decks, clock=moment, zone=UTC, fuzz=False)
        for step in range(4):
            card = session.current()
            if card is None:
                break
            correct = (step + days_ago) % 3 != 0
            rating = Rating.GOOD if correct else Rating.AGAIN
            session.answer(card, given="x", correct=correct, rating=rating, duration_ms=4000)
            moment.advance(minutes=2)


async def _settled(pilot: Pilot[None]) -> None:
    await settle(pilot)


def test_home(snap_compare: Snap, build_app: AppFactory, store: MemoryStore) -> None:
    decks = [mixed_deck(), second_deck()]
    study_history(store, decks)
    assert snap_compare(build_app(decks=decks), terminal_size=(80, 24), run_before=_settled)


def test_question(snap_compare: Snap, build_app: AppFactory) -> None:
    app = build_app(start=["mixed"])
    assert snap_compare(app, terminal_size=(80, 24), run_before=_settled)


def test_feedback(snap_compare: Snap, build_app: AppFactory, stopwatch: Stopwatch) -> None:
    async def run_before(pilot: Pilot[None]) -> None:
        await settle(pilot)
        for given in ("1", "t", "Gao Ziguang"):
            stopwatch.seconds += 6
            await answer(pilot, given, paste=True)
            await pilot.press("enter")
        stopwatch.seconds += 6
        await answer(pilot, "10bn yuan", paste=True)
        await pilot.pause()

    app = build_app(start=["mixed"])
    assert snap_compare(app, terminal_size=(80, 24), run_before=run_before)


def test_summary(snap_compare: Snap, build_app: AppFactory, stopwatch: Stopwatch) -> None:
    async def run_before(pilot: Pilot[None]) -> None:
        await settle(pilot)
        for given in ("2", "t", "Gao Zigu"):
            stopwatch.seconds += 7
            await answer(pilot, given, paste=True)
            await pilot.press("enter")
        await pilot.press("escape")  # q would be typed: the numeric card's input has focus
        await pilot.pause()

    app = build_app(start=["mixed"])
    assert snap_compare(app, terminal_size=(80, 24), run_before=run_before)


def test_stats(snap_compare: Snap, build_app: AppFactory, store: MemoryStore) -> None:
    decks = [mixed_deck(), second_deck()]
    study_history(store, decks)

    async def run_before(pilot: Pilot[None]) -> None:
        await settle(pilot)
        await pilot.press("s")
        await settle(pilot)

    app = build_app(decks=decks)
    assert snap_compare(app, terminal_size=(80, 24), run_before=run_before)


def test_help(snap_compare: Snap, build_app: AppFactory) -> None:
    async def run_before(pilot: Pilot[None]) -> None:
        await settle(pilot)
        await pilot.press("question_mark")
        await settle(pilot)

    app = build_app(start=["mixed"])
    assert snap_compare(app, terminal_size=(80, 24), run_before=run_before)


def test_intervals_on_a_review_card(
    snap_compare: Snap, build_app: AppFactory, store: MemoryStore, stopwatch: Stopwatch
) -> None:
    """The rating bar of a card in review: fsrs's intervals in days for Hard, Good and Easy."""
    study_history(store, [mixed_deck()])

    async def run_before(pilot: Pilot[None]) -> None:
        await settle(pilot)
        stopwatch.seconds += 6
        await answer(pilot, "Jinshan Group", paste=True)  # the recall card, due for review
        await pilot.pause()

    app = build_app(start=["mixed"])
    assert snap_compare(app, terminal_size=(80, 24), run_before=run_before)


def test_settings_focus(snap_compare: Snap, build_app: AppFactory) -> None:
    """The focused setting's row is marked (compact fields have no border of their own)."""

    async def run_before(pilot: Pilot[None]) -> None:
        await settle(pilot)
        await pilot.press("o")
        await settle(pilot)
        await pilot.press("tab")
        await settle(pilot)

    assert snap_compare(build_app(), terminal_size=(80, 24), run_before=run_before)
