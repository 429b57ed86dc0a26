"""Fixtures for the author screen: the seed article, its generated deck, an app factory."""

import asyncio
import inspect
from collections.abc import Callable
from functools import cache
from pathlib import Path

import pytest

from newsquiz.generate import generate_deck, read_article
from newsquiz.models import Article, Deck
from newsquiz.tui.author_app import AuthorApp

ROOT = Path(__file__).resolve().parents[2]
SEED_ARTICLE = ROOT / "seeds" / "xiaomi-gao-ziguang-departure.txt"


@pytest.hookimpl(tryfirst=True)
def pytest_pyfunc_call(pyfuncitem: pytest.Function) -> bool | None:
    """Run `async def` tests in a fresh event loop (no asyncio plugin needed)."""
    if not inspect.iscoroutinefunction(pyfuncitem.obj):
        return None
    names = pyfuncitem._fixtureinfo.argnames
    asyncio.run(pyfuncitem.obj(**{name: pyfuncitem.funcargs[name] for name in names}))
    return True


@cache
def seed_article() -> Article:
    return read_article(SEED_ARTICLE)


@cache
def _generated() -> Deck:
    return generate_deck(seed_article(), seed=0)


def seed_deck() -> Deck:
    """The generated deck (a fresh copy: the app may not change the cached one)."""
    return _generated().model_copy(deep=True)


AppFactory = Callable[..., AuthorApp]


@pytest.fixture
def target(tmp_path: Path) -> Path:
    return tmp_path / "decks" / "xiaomi.yaml"


@pytest.fixture
def build_app(target: Path) -> AppFactory:
    def build(existing: Deck | None = None) -> AuthorApp:
        return AuthorApp(seed_deck(), target, existing)

    return build
