"""Snapshots of the author screen on the seed article, at 80x24 and 100x30.
Update with `pytest tests/author/test_author_snapshots.py --snapshot-update` after looking."""

from collections.abc import Callable

from textual.pilot import Pilot

from .conftest import AppFactory
from .helpers import settle

Snap = Callable[..., bool]


async def _reviewed(pilot: Pilot[None]) -> None:
    """A few decisions, so accepted, rejected and pending rows all show."""
    await settle(pilot)
    await pilot.press("a", "x")
    await settle(pilot)


def test_author_80x24(snap_compare: Snap, build_app: AppFactory) -> None:
    assert snap_compare(build_app(), terminal_size=(80, 24), run_before=_reviewed)


def test_author_100x30(snap_compare: Snap, build_app: AppFactory) -> None:
    assert snap_compare(build_app(), terminal_size=(100, 30), run_before=_reviewed)
