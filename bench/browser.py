"""Benchmark the card browser on a large collection: building its rows, searching, and the
screen's response to keys (Pilot, headless).

    python bench/browser.py --cards 50000 --json

Uses bench/tui.py's collection (deck files of 1,000 cards of every kind, 60% studied) and loads
it as the app does (deck indexes through the deck cache, warmed first). Measures:
- rows_s: `CardCatalog.rows` for every card (builds each card's model: the browser does it in
  a worker behind "Loading cards…");
- search_ms: `CardCatalog.search` per query, median of `--repeat`;
- open_s: `b` on the home screen to the first frame showing the full count;
- move_ms: Down in the list to the next frame (median / p95 over `--keys` presses), and PageDown;
- type_ms: a character typed into the search ("shares 12", one key at a time) to the first
  frame showing the new result's count (keys that leave the count as it was are not timed).
"""

import asyncio
import json
import statistics
import sys
import tempfile
import time
from datetime import UTC
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from tui import (  # noqa: E402
    NOW,
    FirstPicture,
    FrameWatch,
    build_collection,
    key_to_frame,
    quantiles,
)

QUERIES = (
    "",
    "kind:mcq",
    "company 12",
    "state:review -kind:cloze",
    "deck:bench-04* shares",
    "id:bench-007:000070",
)


def load(folder: Path) -> tuple[Any, list[Any]]:
    from newsquiz.store.deck_cache import DeckCache
    from newsquiz.store.deck_files import load_deck_indexes
    from newsquiz.store.tinydb_store import TinyDBStore

    store = TinyDBStore(folder / "data")
    cache = DeckCache(folder / "data" / "cache" / "decks")
    decks, problems = load_deck_indexes([folder / "decks"], cache)
    assert not problems, problems[:3]
    return store, decks


def measure_catalog(folder: Path, repeat: int) -> dict[str, Any]:
    from newsquiz.card_catalog import CardCatalog

    store, decks = load(folder)
    catalog = CardCatalog(store, decks, clock=lambda: NOW, zone=UTC)
    started = time.perf_counter()
    rows = catalog.rows
    rows_s = time.perf_counter() - started
    searches = {}
    for query in QUERIES:
        times = []
        for _ in range(repeat):
            started = time.perf_counter()
            found = catalog.search(query)
            times.append((time.perf_counter() - started) * 1000)
        searches[query or "(all)"] = {"ms": round(statistics.median(times), 1), "found": len(found)}
    store.close()
    return {"cards": len(rows), "rows_s": round(rows_s, 3), "search_ms": searches}


async def until(done: Any, seconds: float = 60) -> None:
    """Wait for `done()` while the app runs; a benchmark that hangs is a failed one."""
    deadline = time.perf_counter() + seconds
    while not done():
        if time.perf_counter() > deadline:
            raise TimeoutError("the browser never showed what was expected")
        await asyncio.sleep(0.001)


async def press(pilot: Any, key: str, watch: FrameWatch) -> float:
    """Milliseconds from `key` to the first frame drawn after it."""
    watch.expect(None)
    return (await key_to_frame(pilot, key, watch))[0]


async def drive_browser(folder: Path, keys: int) -> dict[str, Any]:
    from newsquiz.tui.app import make_app
    from newsquiz.tui.screens.browser import BrowserScreen
    from newsquiz.tui.screens.home import HomeScreen

    store, decks = load(folder)
    total = f"{sum(len(deck) for deck in decks):,} of"
    app = make_app(store, decks, clock=lambda: NOW, zone=UTC)
    async with app.run_test(size=(120, 40)) as pilot:
        await until(lambda: isinstance(app.screen, HomeScreen) and app.screen.figures is not None)
        await pilot.pause()
        first = FirstPicture(lambda shown: total if isinstance(shown, BrowserScreen) else None)
        started = time.time()
        await pilot.press("b")
        await until(lambda: first.at is not None)
        assert first.at is not None
        open_s = first.at - started
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, BrowserScreen)
        watch = FrameWatch(screen)
        moves = [await press(pilot, "down", watch) for _ in range(keys)]
        pages = [await press(pilot, "pagedown", watch) for _ in range(keys // 4)]
        await pilot.press("slash")
        typed = []
        shown = len(screen.table.rows)
        for char in "shares 12":
            key = "space" if char == " " else char
            expected = len(screen.catalog.search(screen.search_box.value + char))
            if expected == shown:  # the count would not tell the new result from the old
                await pilot.press(key)
                await app.workers.wait_for_complete()
                await pilot.pause()
                continue
            watch.expect(f"{expected:,} of")
            started = time.perf_counter()
            await pilot.press(key)
            await until(lambda: watch.shown is not None)
            assert watch.shown is not None
            typed.append((watch.shown - started) * 1000)
            shown = expected
            await app.workers.wait_for_complete()
            await pilot.pause()
    store.close()
    return {
        "open_s": round(open_s, 3),
        "move_ms": quantiles(moves),
        "pagedown_ms": quantiles(pages),
        "type_ms": quantiles(typed),
        "typed_keys_timed": len(typed),
    }


def main() -> int:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cards", type=int, default=50_000)
    parser.add_argument("--keys", type=int, default=40, help="Down presses timed")
    parser.add_argument("--repeat", type=int, default=5, help="runs of each search")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        build_collection(folder, args.cards, args.seed)
        load(folder)[0].close()  # fills the deck cache, as a first start does
        result = measure_catalog(folder, args.repeat)
        result.update(asyncio.run(drive_browser(folder, args.keys)))
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        for key, value in result.items():
            print(f"{key}: {value}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
