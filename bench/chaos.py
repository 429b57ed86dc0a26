"""Chaos campaigns over the progress store: kill -9, file damage and fuzzing, fixed seeds.

    python bench/chaos.py [--seed N] [--scale X] [--only NAME ...] [--json]

Each trial damages or kills a store that has a history (checkpoints, the op archive, a
journal), then recovers as a user would: open it; on a one-line error, run the doctor; open
again. What it sees is compared with what was acknowledged. Counted per campaign:
- trials;
- losses: acknowledged reviews or card states missing or changed with no word (the bug);
- reported: the doctor named what it could not recover (`lost:` / `unconfirmed:` lines);
- errors: clean one-line errors, then a full recovery by the doctor;
- tracebacks: any other exception, a multi-line message, or a store the doctor left unusable;
- hangs: a trial that did not finish within its time limit.
"""

import argparse
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import textwrap
import time
from collections import Counter
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import orjson  # noqa: E402
from tests.store_history import (  # noqa: E402
    build_history,
    contents,
    history,
    killed_at,
    make_review,
    mutate,
)

from newsquiz.errors import NewsquizError  # noqa: E402
from newsquiz.store.doctor import repair  # noqa: E402
from newsquiz.store.journal import Journal  # noqa: E402
from newsquiz.store.tinydb_store import TinyDBStore  # noqa: E402

Expected = tuple[tuple[list[int], dict[str, dict[str, Any]]], list[dict[str, Any]]]
TRIAL_SECONDS = 30.0
WIDTHS = (7, 8, 10, 8, 12, 7, 9)


def isolated(trial: Callable[[], str]) -> str:
    """Run one trial in a forked child: its outcome word, 'traceback' for an unexpected
    exception, 'hang' when it outlives TRIAL_SECONDS (then it is killed)."""
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(read_end)
        try:
            word = trial()
        except BaseException as exc:  # noqa: BLE001 - any escape is what we count
            word = f"traceback|{type(exc).__name__}: {exc}"[:400]
        os.write(write_end, word.encode())
        os._exit(0)
    os.close(write_end)
    deadline = time.monotonic() + TRIAL_SECONDS
    while os.waitpid(pid, os.WNOHANG) == (0, 0):
        if time.monotonic() > deadline:
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
            os.close(read_end)
            return "hang"
        time.sleep(0.005)
    word = os.read(read_end, 1024).decode() or "traceback"
    os.close(read_end)
    return word


def everything(folder: Path) -> Expected:
    """Card states, review numbers and every review whole: what must survive."""
    return contents(folder), history(folder)


def recover(folder: Path, expected: Expected | None, acked: set[int] | None = None) -> str:
    """Open as a user would, running the doctor on a one-line error; then compare."""

    def same(seen: Expected) -> bool:
        if acked is not None:
            return acked <= set(seen[0][0])
        return seen == expected

    try:
        TinyDBStore(folder).close()
        return "ok" if same(everything(folder)) else "loss"
    except NewsquizError as exc:
        if "\n" in str(exc):
            return "traceback"
    report = repair(folder)
    try:
        seen = everything(folder)
    except NewsquizError:
        return "traceback"  # the doctor left a store that still does not open
    if same(seen):
        return "error"
    said = any(line.startswith(("lost:", "unconfirmed:")) for line in report)
    return "reported" if said else "loss"


# -- damage ------------------------------------------------------------------------------------


def _flip(rng: random.Random, path: Path, count: int = 1) -> None:
    raw = bytearray(path.read_bytes())
    for _ in range(count):
        raw[rng.randrange(len(raw))] ^= 1 << rng.randrange(8)
    path.write_bytes(bytes(raw))


def _journal_used(path: Path) -> int:
    return len(path.read_bytes().rstrip(b"\0"))


def _damage(rng: random.Random, folder: Path, lossless: bool) -> str:
    """Damage one file; `lossless` picks damage that leaves every operation recoverable."""
    journal, progress = folder / "journal.jsonl", folder / "progress.json"
    days = sorted((folder / "ops").glob("*.json"))
    kinds = ["progress garbage", "progress deleted", "backup garbage", "seal stale", "day cut"]
    kinds += ["extra bad journal line"]
    if not lossless:
        kinds += ["progress flips", "day flips", "journal flips", "journal cut", "journal zeroed"]
        kinds += ["seal deleted", "day deleted", "journal end zeroed"]
    kind = rng.choice(kinds)
    if kind == "progress garbage":
        progress.write_bytes(progress.read_bytes()[: rng.randrange(progress.stat().st_size)])
    elif kind == "progress deleted":
        progress.unlink()
    elif kind == "backup garbage":
        (folder / "progress.json.bak").write_bytes(b"{not json")
    elif kind == "seal stale":
        (folder / "progress.json.sha1").write_bytes(b"0" * 40)
    elif kind == "day cut":  # no longer parses; every operation in it still whole
        day = rng.choice(days)
        day.write_bytes(day.read_bytes()[:-2])
    elif kind == "extra bad journal line":
        Journal(journal).append({"seq": rng.choice(["1", None, 2.5]), "op": "review"})
    elif kind == "progress flips":
        _flip(rng, progress, rng.randint(1, 3))
    elif kind == "day flips":
        _flip(rng, rng.choice(days), rng.randint(1, 3))
    elif kind == "journal flips":
        raw = bytearray(journal.read_bytes())
        raw[rng.randrange(_journal_used(journal))] ^= 1 << rng.randrange(8)
        journal.write_bytes(bytes(raw))
    elif kind == "journal cut":
        os.truncate(journal, rng.randrange(_journal_used(journal)))
    elif kind == "journal end zeroed":  # the end of the last line, as if never written
        raw = bytearray(journal.read_bytes())
        used = _journal_used(journal)
        cut = used - rng.randrange(1, 200)
        raw[cut:used] = bytes(used - cut)
        journal.write_bytes(bytes(raw))
    elif kind == "journal zeroed":
        journal.write_bytes(bytes(journal.stat().st_size))
    elif kind == "seal deleted":
        (folder / "progress.json.sha1").unlink()
    else:
        rng.choice(days).unlink()
    return kind


# -- campaigns -----------------------------------------------------------------------------------


class Campaigns:
    def __init__(self, seed: int, scale: float, work: Path, show: bool) -> None:
        self.show = show
        self.seed = seed
        self.scale = scale
        self.work = work
        self.pristine = work / "pristine"
        build_history(self.pristine, seed=seed, days=3, per_day=15)
        self.expected = everything(self.pristine)

    def trials(self, base: int) -> int:
        return max(1, round(base * self.scale))

    def _copy(self, name: str, number: int) -> Path:
        folder = self.work / f"{name}-{number}"
        shutil.copytree(self.pristine, folder)
        return folder

    def run_forked(
        self, name: str, base: int, trial: Callable[[random.Random, Path], str]
    ) -> Counter[str]:
        rng = random.Random(f"{self.seed}-{name}")
        counts: Counter[str] = Counter()
        for number in range(self.trials(base)):
            folder = self._copy(name, number)
            trial_rng = random.Random(rng.random())
            word, _, detail = isolated(partial(trial, trial_rng, folder)).partition("|")
            counts[word] += 1
            if self.show and word in ("loss", "traceback", "hang"):
                print(f"{name} #{number}: {word}: {detail}", file=sys.stderr)
            shutil.rmtree(folder, ignore_errors=True)
        return counts

    def kill_doctor(self, rng: random.Random, folder: Path) -> str:
        kind = _damage(rng, folder, lossless=True)
        killed_at(rng.randint(1, 14), lambda: repair(folder))
        return f"{recover(folder, self.expected)}|{kind}"

    def kill_checkpoint(self, rng: random.Random, folder: Path) -> str:
        store = TinyDBStore(folder)
        for minute in range(rng.randint(1, 6)):
            card = f"d:{rng.randrange(30)}"
            store.record_review(make_review(card, 9000 + minute, store.progress(card)))
        store.journal.close()
        store._lock.release()
        expected = everything(folder)
        killed_at(rng.randint(1, 10), lambda: TinyDBStore(folder).close())
        return recover(folder, expected)

    def corrupt(self, rng: random.Random, folder: Path) -> str:
        kind = _damage(rng, folder, lossless=False)
        return f"{recover(folder, self.expected)}|{kind}"

    def fuzz_journal(self, rng: random.Random, folder: Path) -> str:
        path = folder / "journal.jsonl"
        ops = Journal(path).load().ops
        bad = mutate(rng, rng.choice(ops))
        Journal(path).append_line(orjson.dumps(bad).decode())
        return f"{recover(folder, self.expected)}|{bad}"[:300]

    def fuzz_archive(self, rng: random.Random, folder: Path) -> str:
        day = rng.choice(sorted((folder / "ops").glob("*.json")))
        data = orjson.loads(day.read_bytes())
        key = rng.choice(sorted(data["ops"]))
        data["ops"][key] = mutate(rng, data["ops"][key])
        day.write_bytes(orjson.dumps(data))
        return f"{recover(folder, self.expected)}|{data['ops'][key]}"[:300]

    def kill_record(self, trials: int) -> Counter[str]:
        """A real process recording and checkpointing, killed with SIGKILL at random."""
        rng = random.Random(f"{self.seed}-kill-record")
        folder = self.work / "kill-record"
        writer = textwrap.dedent(
            f"""
            import sys
            sys.path.insert(0, {str(ROOT)!r})
            from pathlib import Path
            from newsquiz.store.tinydb_store import TinyDBStore
            from tests.store_history import make_review
            store = TinyDBStore(Path(sys.argv[1]))
            start = int(sys.argv[2])
            for i in range(start, start + 100000):
                card = f"k:{{i % 40}}"
                recorded = store.record_review(make_review(card, i, store.progress(card)))
                print(recorded.seq, flush=True)
                if i % 5 == 0:
                    store.checkpoint()
            """
        )
        counts: Counter[str] = Counter()
        acked: set[int] = set()
        for number in range(trials):
            child = subprocess.Popen(
                [sys.executable, "-c", writer, str(folder), str(number * 1000)],
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
            assert child.stdout is not None
            for _ in range(rng.randint(1, 40)):
                line = child.stdout.readline()
                if not line:
                    break
                acked.add(int(line))
            time.sleep(rng.uniform(0, 0.03))
            child.kill()
            rest, err = child.communicate()
            acked.update(int(line) for line in rest.split())
            if "Traceback" in err:
                counts["traceback"] += 1
                continue
            word, _, detail = isolated(lambda: recover(folder, None, acked)).partition("|")
            counts[word] += 1
            if self.show and word != "ok":
                print(f"kill9-record #{number}: {word}: {detail}", file=sys.stderr)
        return counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=20261206)
    parser.add_argument("--scale", type=float, default=1.0, help="multiply every trial count")
    parser.add_argument("--only", nargs="*", default=None, help="campaign names to run")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--show", action="store_true", help="print each bad trial on stderr")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    results: dict[str, Counter[str]] = {}
    seconds: dict[str, float] = {}
    with tempfile.TemporaryDirectory(prefix="newsquiz-chaos-") as tmp:
        chaos = Campaigns(args.seed, args.scale, Path(tmp), args.show)
        plan: dict[str, Callable[[], Counter[str]]] = {
            "kill9-record": lambda: chaos.kill_record(chaos.trials(30)),
            "kill9-doctor": lambda: chaos.run_forked("kill9-doctor", 150, chaos.kill_doctor),
            "kill9-checkpoint": lambda: chaos.run_forked("kill9-cp", 80, chaos.kill_checkpoint),
            "corrupt": lambda: chaos.run_forked("corrupt", 250, chaos.corrupt),
            "fuzz-journal": lambda: chaos.run_forked("fuzz-journal", 200, chaos.fuzz_journal),
            "fuzz-archive": lambda: chaos.run_forked("fuzz-archive", 150, chaos.fuzz_archive),
        }
        for name, run in plan.items():
            if args.only is None or name in args.only:
                began = time.perf_counter()
                results[name] = run()
                seconds[name] = round(time.perf_counter() - began, 1)
    rows = {
        name: {
            "trials": sum(counts.values()),
            "losses": counts["loss"],
            "reported": counts["reported"],
            "errors": counts["error"],
            "tracebacks": counts["traceback"],
            "hangs": counts["hang"],
            "seconds": seconds[name],
        }
        for name, counts in results.items()
    }
    elapsed = round(time.perf_counter() - started, 1)
    if args.json:
        print(json.dumps({"seed": args.seed, "seconds": elapsed, "campaigns": rows}))
    else:
        print(
            f"{'campaign':<18}{'trials':>7}{'losses':>8}{'reported':>10}{'errors':>8}"
            f"{'tracebacks':>12}{'hangs':>7}{'seconds':>9}"
        )
        for name, row in rows.items():
            print(
                f"{name:<18}"
                + "".join(f"{value:>{w}}" for value, w in zip(row.values(), WIDTHS, strict=True))
            )
        print(f"seed {args.seed}, {elapsed} s")
    bad = sum(int(row["losses"] + row["tracebacks"] + row["hangs"]) for row in rows.values())
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())
