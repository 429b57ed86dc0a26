"""Benchmark the study app: process start to first card, and key press to next card (Pilot).

    python bench/tui.py --cards 50000 --json

Builds a collection of `--cards` cards of every kind in deck files of 1,000 cards (YAML, as
users have them) and a progress store in which 60% of the cards have been studied, some due
today. Each measurement runs in a fresh process, started the way `newsquiz study` starts
(deck indexes loaded through the data folder's deck cache and reconciled with the progress,
as `newsquiz study` does):
- first_card_cold_s: the first start, which parses the YAML and fills the deck cache;
- first_card_s: later starts (median of `--runs`), from the parent's `Popen` to the first frame
  whose picture contains the first card's prompt (headless, driven by Pilot), with the child's
  phases (imports, opening the store, loading the decks, building the app and drawing the
  card); first_card_then_idle_s: to the app being idle after it (Pilot's pause: focus, layout
  follow-ups drawn);
- answer_ms / next_card_ms: a key press answering the card (to the feedback on screen), and
  Enter accepting the rating (to the next card on screen), median and p95 over `--keys` cards,
  from posting the key to the first frame the screen's compositor drew after it, to the first
  frame showing the next card's prompt ("shown"), and to the last (the screen has settled);
- baseline_*: the same figures for an empty Textual app in the same run (a Static shown, a key
  press updating it), so the ratios say what our app adds to Textual's own cost.
"""

import time

T_PROCESS = time.time()  # before anything else: the harness's own imports are not ours to count

import json  # noqa: E402
import sys  # noqa: E402
from datetime import UTC, datetime, timedelta  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
DECK_SIZE = 1_000


# -- building the collection (parent) --------------------------------------------------------


def build_collection(folder: Path, cards: int, seed: int) -> list[str]:
    """Deck files under folder/decks and a checkpoint under folder/data; returns deck ids."""
    import random

    from newsquiz.models import (
        CardProgress,
        ClozeCard,
        Deck,
        McqCard,
        NumericCard,
        RecallCard,
        TrueFalseCard,
    )
    from newsquiz.store.base import ProgressState
    from newsquiz.store.deck_yaml import dump_deck
    from newsquiz.store.tinydb_store import write_checkpoint

    rng = random.Random(seed)
    deck_dir, data = folder / "decks", folder / "data"
    deck_dir.mkdir(parents=True)
    data.mkdir()
    state = ProgressState()
    deck_ids = []
    for number in range(0, cards, DECK_SIZE):
        deck_id = f"bench-{number // DECK_SIZE:03d}"
        deck_ids.append(deck_id)
        made: list[Any] = []
        for i in range(number, min(cards, number + DECK_SIZE)):
            card_id, kind = f"{deck_id}:{i:08d}", i % 5
            fact = f"fact-{i}"
            if kind == 0:
                options = [f"Company {i}", f"Company {i + 1}", f"Company {i + 2}", f"Firm {i}"]
                made.append(
                    McqCard(
                        id=card_id,
                        prompt=f"Which company reported revenue of ${i % 97}bn in Q{i % 4 + 1}?",
                        answer=options[0],
                        options=options,
                        fact_key=fact,
                    )
                )
            elif kind == 1:
                made.append(
                    TrueFalseCard(id=card_id, prompt=f"Shares rose {i % 40}%.", answer="true")
                )
            elif kind == 2:
                made.append(
                    ClozeCard(id=card_id, prompt=f"_____ leads unit {i}.", answer=f"Person {i}")
                )
            elif kind == 3:
                made.append(
                    NumericCard(
                        id=card_id,
                        prompt=f"How many stores did chain {i} open?",
                        answer=str(i % 900),
                        value=float(i % 900),
                    )
                )
            else:
                made.append(RecallCard(id=card_id, prompt=f"Who founded {i}?", answer=f"P {i}"))
            if rng.random() < 0.6:
                due = NOW + timedelta(days=rng.uniform(-3, 60))
                state.cards[card_id] = CardProgress(
                    card_id=card_id,
                    deck_id=deck_id,
                    fact_key=fact,
                    state="review",
                    step=None,
                    stability=rng.uniform(1, 60),
                    difficulty=rng.uniform(1, 10),
                    due=due,
                    last_review=due - timedelta(days=5),
                    reps=rng.randint(1, 9),
                )
        deck = Deck(id=deck_id, title=f"Benchmark deck {deck_id}", cards=made)
        (deck_dir / f"{deck_id}.yaml").write_text(dump_deck(deck), encoding="utf-8")
    state.seq = 1
    write_checkpoint(data, state)
    return deck_ids


# -- children ----------------------------------------------------------------------------------


class FrameWatch:
    """Times at which the screen's compositor finished drawing an update, and the first of them
    whose picture contains `needle` (set before each key press; the frames are read back only
    until it is found, so the check adds little to the later frames)."""

    def __init__(self, screen: Any) -> None:
        self.screen = screen
        self.frames: list[float] = []
        self.needle: str | None = None
        self.shown: float | None = None
        draw = screen._compositor_refresh

        def drawn() -> None:
            draw()
            moment = time.perf_counter()
            self.frames.append(moment)
            if self.needle is not None and self.shown is None and self.needle in self.picture():
                self.shown = moment

        screen._compositor_refresh = drawn

    def picture(self) -> str:
        return "\n".join(strip.text for strip in self.screen._compositor.render_strips())

    def expect(self, needle: str | None) -> None:
        self.frames.clear()
        self.needle, self.shown = needle, None


class FirstPicture:
    """The wall-clock time of the first frame, drawn by any screen, whose picture contains the
    text `needle_of(screen)` returns (None: not yet). Hooks every screen before the app runs."""

    def __init__(self, needle_of: Any) -> None:
        from textual.screen import Screen

        self.at: float | None = None
        original = Screen._compositor_refresh
        watcher = self

        def drawn(screen: Any) -> None:
            original(screen)
            if watcher.at is not None:
                return
            needle = needle_of(screen)
            if needle is not None:
                picture = "\n".join(s.text for s in screen._compositor.render_strips())
                if needle in picture:
                    watcher.at = time.time()
                    Screen._compositor_refresh = original  # type: ignore[method-assign]

        Screen._compositor_refresh = drawn  # type: ignore[method-assign]


async def key_to_frame(pilot: Any, key: str, watch: FrameWatch) -> tuple[float, float, float]:
    """Milliseconds from posting `key` to the first frame drawn after it, to the first frame
    showing the expected text (the new card's prompt; the first frame when nothing is
    expected), and to the last frame (the screen settled: focus, scroll and layout follow-ups
    drawn; Pilot waits until the app is idle)."""
    started = time.perf_counter()
    await pilot.press(key)
    frames = watch.frames
    assert frames, "the key press drew nothing"
    shown = watch.shown if watch.needle is not None else frames[0]
    assert shown is not None, f"no frame showed {watch.needle!r}"
    return tuple((moment - started) * 1000 for moment in (frames[0], shown, frames[-1]))  # type: ignore[return-value]


def prompt_needle(prompt: str) -> str:
    """A piece of the prompt as the screen shows it (a cloze blank is drawn differently)."""
    from newsquiz.models import BLANK

    longest = max(prompt.split(BLANK), key=len).strip()
    return longest[:24]


async def drive_study(folder: Path, keys: int, now: datetime) -> dict[str, Any]:
    import asyncio

    phases = {"process_start": T_PROCESS}
    from newsquiz.startup import pause_collector

    pause_collector()  # as `newsquiz` does; the app resumes it when the first screen is up
    from newsquiz.cli import parse_command

    parse_command(["study"])  # what `newsquiz study` imports and does before opening the store
    from newsquiz.reconcile import reconcile_decks
    from newsquiz.store.deck_cache import DeckCache
    from newsquiz.store.deck_files import load_deck_indexes
    from newsquiz.store.tinydb_store import TinyDBStore
    from newsquiz.tui.app import make_app
    from newsquiz.tui.screens.study import StudyScreen

    phases["imported"] = time.time()
    store = TinyDBStore(folder / "data")
    phases["store_opened"] = time.time()
    # As `newsquiz study` does: the data folder's deck cache skips YAML for unchanged files, and
    # edited cards are linked to the progress of the versions they replaced.
    cache = DeckCache(folder / "data" / "cache" / "decks")
    decks, problems = load_deck_indexes([folder / "decks"], cache)
    assert not problems, problems[:3]
    reconcile_decks(store, decks)
    phases["decks_loaded"] = time.time()
    app = make_app(store, decks, clock=lambda: now, start_decks=[d.id for d in decks])
    answer_ms: list[tuple[float, float]] = []
    next_ms: list[tuple[float, float]] = []

    def first_prompt(screen: Any) -> str | None:
        card = getattr(screen, "card", None) if isinstance(screen, StudyScreen) else None
        return prompt_needle(card.card.prompt) if card is not None else None

    first = FirstPicture(first_prompt)
    async with app.run_test(size=(80, 24)) as pilot:
        while not (isinstance(app.screen, StudyScreen) and app.screen.card is not None):
            await asyncio.sleep(0.001)
        await pilot.pause()
        phases["idle"] = time.time()
        assert first.at is not None, "the first card was never drawn"
        phases["first_card"] = first.at
        screen = app.screen
        watch = FrameWatch(screen)
        for _ in range(keys):
            card = screen.card
            assert card is not None
            if card.asked_as in ("mcq", "true_false"):
                key = "1"
            else:
                screen.query_one("#answer-input").value = card.card.answer  # type: ignore[attr-defined]
                key = "enter"
            watch.expect(None)
            answer_ms.append(await key_to_frame(pilot, key, watch))
            assert screen.phase == "feedback"
            upcoming = session_peek(screen)
            watch.expect(prompt_needle(upcoming) if upcoming else None)
            next_ms.append(await key_to_frame(pilot, "enter", watch))
            assert screen.phase == "question" and screen.card is not card
    store.close()
    return {
        "phases": phases,
        "cards": sum(len(d) for d in decks),
        "answer_ms": answer_ms,
        "next_ms": next_ms,
    }


def session_peek(screen: Any) -> str | None:
    """The prompt of the card the session will show after this one is rated."""
    session = screen.session
    current = screen.card.card_id
    upcoming = [card_id for card_id in session.queue.main if card_id != current]
    card = session.card(upcoming[0]) if upcoming else None
    return card.prompt if card is not None else None


async def drive_baseline(keys: int) -> dict[str, Any]:
    phases = {"process_start": T_PROCESS}
    from textual.app import App, ComposeResult
    from textual.widgets import Footer, Static

    phases["imported"] = time.time()

    class Empty(App[None]):
        BINDINGS = [("x", "bump", "Bump")]
        count = 0

        def compose(self) -> ComposeResult:
            yield Static("card 0", id="card")
            yield Footer()

        def action_bump(self) -> None:
            self.count += 1
            self.query_one("#card", Static).update(f"card {self.count}")

    app = Empty()
    press_ms: list[tuple[float, float]] = []
    first = FirstPicture(lambda screen: "card 0")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        phases["idle"] = time.time()
        assert first.at is not None, "the first frame was never drawn"
        phases["first_card"] = first.at
        watch = FrameWatch(app.screen)
        for number in range(1, keys + 1):
            watch.expect(f"card {number}")
            press_ms.append(await key_to_frame(pilot, "x", watch))
    return {"phases": phases, "press_ms": press_ms}


def child(argv: list[str]) -> int:
    import asyncio

    mode, folder, keys = argv[0], Path(argv[1]), int(argv[2])
    if mode == "study":
        result = asyncio.run(drive_study(folder, keys, NOW))
    else:
        result = asyncio.run(drive_baseline(keys))
    print(json.dumps(result))
    return 0


# -- parent ------------------------------------------------------------------------------------


def run_child(mode: str, folder: Path, keys: int) -> tuple[float, dict[str, Any]]:
    import subprocess

    started = time.time()
    out = subprocess.run(
        [sys.executable, __file__, "--child", mode, str(folder), str(keys)],
        capture_output=True,
        text=True,
        check=True,
    )
    result: dict[str, Any] = json.loads(out.stdout.strip().splitlines()[-1])
    return started, result


def quantiles(values: list[float]) -> dict[str, float]:
    import statistics

    ordered = sorted(values)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return {"median": round(statistics.median(ordered), 2), "p95": round(p95, 2)}


def main() -> int:
    import argparse
    import tempfile

    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        return child(sys.argv[2:])
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cards", type=int, default=50_000)
    parser.add_argument("--keys", type=int, default=40, help="cards answered for key timings")
    parser.add_argument("--runs", type=int, default=3, help="startup runs (the median is kept)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        build_started = time.perf_counter()
        build_collection(folder, args.cards, args.seed)
        build_s = time.perf_counter() - build_started
        cold = run_child("study", folder, args.keys)  # parses the YAML and fills the deck cache
        runs = []
        baselines = []
        for _ in range(args.runs):
            baselines.append(run_child("baseline", folder, args.keys))
            runs.append(run_child("study", folder, args.keys))

    def startup(started: float, result: dict[str, Any]) -> float:
        return float(result["phases"]["first_card"]) - started

    ours = sorted(runs, key=lambda run: startup(*run))[len(runs) // 2]
    base = sorted(baselines, key=lambda run: startup(*run))[len(baselines) // 2]
    started, result = ours
    phases = result["phases"]
    steps = ["process_start", "imported", "store_opened", "decks_loaded", "first_card"]
    phase_s = {
        f"{a}->{b}": round(float(phases[b]) - float(phases[a]), 3)
        for a, b in zip(steps, steps[1:], strict=False)
    }
    phase_s["spawn->process_start"] = round(float(phases["process_start"]) - started, 3)
    phase_s["first_card->idle"] = round(float(phases["idle"]) - float(phases["first_card"]), 3)

    def timings(results: list[tuple[float, dict[str, Any]]], name: str) -> dict[str, Any]:
        triples = [triple for _, result in results for triple in result[name]]
        return {
            "first_frame": quantiles([first for first, _, _ in triples]),
            "shown": quantiles([shown for _, shown, _ in triples]),
            "settled": quantiles([last for _, _, last in triples]),
        }

    answer = timings(runs, "answer_ms")
    next_card = timings(runs, "next_ms")
    baseline_press = timings(baselines, "press_ms")
    first_card_s = round(startup(*ours), 3)
    cold_phases = cold[1]["phases"]
    baseline_start_s = round(startup(*base), 3)
    report = {
        "cards": result["cards"],
        "deck_files": (args.cards + DECK_SIZE - 1) // DECK_SIZE,
        "build_collection_s": round(build_s, 2),
        "first_card_s": first_card_s,
        "first_card_then_idle_s": round(float(phases["idle"]) - started, 3),
        "first_card_phases_s": phase_s,
        "first_card_cold_s": round(startup(*cold), 3),
        "cold_decks_loaded_s": round(
            float(cold_phases["decks_loaded"]) - float(cold_phases["store_opened"]), 3
        ),
        "answer_ms": answer,
        "next_card_ms": next_card,
        "baseline_empty_app_start_s": baseline_start_s,
        "baseline_key_press_ms": baseline_press,
        "ratio_first_card_to_baseline": round(first_card_s / baseline_start_s, 2),
        "ratio_next_card_to_baseline": round(
            next_card["shown"]["median"] / baseline_press["shown"]["median"], 2
        ),
        "targets": {"first_card_s": 1.0, "next_card_ms": 50.0},
        "runs": args.runs,
        "keys_per_run": args.keys,
        "python": sys.version.split()[0],
    }
    if args.json:
        print(json.dumps(report, indent=2))
    else:
        for key, value in report.items():
            print(f"{key:34} {value}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
