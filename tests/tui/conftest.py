"""Fixtures for the study app tests: a small deck of every kind, a frozen clock and stopwatch."""

import asyncio
import inspect
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import pytest

from newsquiz.models import (
    ClozeCard,
    Deck,
    Evidence,
    McqCard,
    NumericCard,
    RecallCard,
    TrueFalseCard,
)
from newsquiz.store.base import MemoryStore
from newsquiz.tui.app import NewsquizApp, make_app


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "newsquiz_args(args): newsquiz arguments for the tmux test")


@pytest.hookimpl(tryfirst=True)
def pytest_pyfunc_call(pyfuncitem: pytest.Function) -> bool | None:
    """Run `async def` tests in a fresh event loop (no asyncio plugin needed)."""
    if not inspect.iscoroutinefunction(pyfuncitem.obj):
        return None
    names = pyfuncitem._fixtureinfo.argnames
    asyncio.run(pyfuncitem.obj(**{name: pyfuncitem.funcargs[name] for name in names}))
    return True


NOW = datetime(2026, 11, 25, 15, 0, tzinfo=UTC)
SENTENCE = (
    "He spent two years to achieve the transaction volume from zero to 10 billion yuan "
    "($1.5 billion), which was recognized by Xiaomi's founder Lei Jun."
)


@dataclass
class FrozenClock:
    """A clock that moves only when a test says so."""

    now: datetime = NOW

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


@dataclass
class Stopwatch:
    """A monotonic ticker that moves only when a test says so."""

    seconds: float = 100.0

    def __call__(self) -> float:
        return self.seconds


def mixed_deck() -> Deck:
    """One card of every kind, in a fixed order; card text carries markup that must stay text."""
    evidence = Evidence(sentence=SENTENCE)
    return Deck(
        id="mixed",
        title="Xiaomi [bold]mixed[/bold] deck",
        cards=[
            McqCard(
                id="mixed:mcq",
                prompt="Who founded Xiaomi? [@click=app.quit]click[/]",
                answer="Lei Jun",
                options=["Lei Jun", "Lu Weibing", "Shang Jin", "Wang Xiang"],
                evidence=evidence,
                explanation="The founder [link=https://example.com]recognized[/link] the results.",
                fact_key="founder",
            ),
            TrueFalseCard(
                id="mixed:tf",
                prompt="Gao Ziguang was the youngest Vice President of Xiaomi.",
                answer="true",
                fact_key="youngest",
            ),
            ClozeCard(
                id="mixed:cloze",
                prompt="_____ left Xiaomi, LatePost reported.",
                answer="Gao Ziguang",
                fact_key="who-left",
            ),
            NumericCard(
                id="mixed:numeric",
                prompt="Volume grew from zero to how many billion yuan?",
                answer="10 billion yuan",
                value=10,
                unit="billion yuan",
                evidence=evidence,
                fact_key="volume",
            ),
            RecallCard(
                id="mixed:recall",
                prompt="Where did Shang Jin work before Xiaomi?",
                answer="Jinshan Group",
                accepted=["Kingsoft"],
                fact_key="previous",
            ),
        ],
    )


@pytest.fixture
def clock() -> FrozenClock:
    return FrozenClock()


@pytest.fixture
def stopwatch() -> Stopwatch:
    return Stopwatch()


@pytest.fixture
def store() -> MemoryStore:
    return MemoryStore()


AppFactory = Callable[..., NewsquizApp]


@pytest.fixture
def build_app(store: MemoryStore, clock: FrozenClock, stopwatch: Stopwatch) -> AppFactory:
    """Build the app the way the command does, over the memory store and frozen time."""

    def build(decks: list[Deck] | None = None, start: list[str] | None = None) -> NewsquizApp:
        return make_app(
            store,
            [mixed_deck()] if decks is None else decks,
            clock=clock,
            zone=UTC,
            ticker=stopwatch,
            fuzz=False,
            shuffle=False,
            start_decks=start,
            timer_interval=3600,
        )

    return build
