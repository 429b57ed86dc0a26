"""Benchmark the progress store at scale against a durable SQLite commit measured in the same run.

    python bench/storage.py --cards 50000 --reviews 250000 --json

Builds a synthetic collection (Faker prompts and answers; five reviews a card with growing
intervals, as for a user who keeps up, so ~1,000 cards fall due a day) through the same
archive/snapshot code the store's checkpoint uses, then measures:
- record_ms_*: recording one review (journal append + fsync), in the opened collection;
- sqlite_ms_median: one INSERT + COMMIT into a WAL SQLite table (synchronous=FULL) holding
  the same number of reviews, alternated with our records so both see the same machine load;
- open_queue_s: opening the store and building today's queue over all cards;
- peak_rss_mb: the process's peak resident memory.
"""

import argparse
import json
import random
import resource
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from faker import Faker

from newsquiz.models import CardProgress, Deck, RecallCard, Review
from newsquiz.scheduling import StudyCards, build_queue
from newsquiz.store.base import ProgressState, review_op
from newsquiz.store.tinydb_store import TinyDBStore, archive_ops, write_checkpoint

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)


def synthetic_deck(cards: int, seed: int) -> Deck:
    fake = Faker()
    Faker.seed(seed)
    deck_cards = [
        RecallCard(
            id=f"bench:{i:012x}",
            prompt=f"Who leads {fake.company()}? ({i})",
            answer=fake.name(),
            fact_key=f"f{i // 2}",
        )
        for i in range(cards)
    ]
    return Deck.model_construct(id="bench", title="Benchmark", cards=deck_cards)


def review_plan(cards: int, reviews: int, rng: random.Random) -> list[tuple[datetime, int, float]]:
    """(time, card index, interval in days) for every review of a user who keeps up.

    Each card's intervals grow about 2.5x per review; its last review sits inside its last
    interval, so most cards are due in the coming weeks and about 3% are overdue by a few days
    (the backlog of someone who skipped a weekend).
    """
    plan = []
    for index in range(cards):
        count = reviews // cards + (1 if index < reviews % cards else 0)
        interval = rng.uniform(3, 90)
        if rng.random() < 0.03:
            when = NOW - timedelta(days=interval + rng.uniform(0, 3))
        else:
            when = NOW - timedelta(days=rng.uniform(0, interval))
        for _ in range(count):
            plan.append((when, index, interval))
            interval = max(interval / 2.5, 10 / 1440)
            when -= timedelta(days=interval)
    plan.sort()
    return plan


def build_collection(folder: Path, cards: int, reviews: int, seed: int) -> Deck:
    fake = Faker()
    rng = random.Random(seed)
    deck = synthetic_deck(cards, seed)
    state = ProgressState()
    ops = []
    reps: dict[str, int] = {}
    for seq, (when, index, interval) in enumerate(review_plan(cards, reviews, rng), start=1):
        card = deck.cards[index]
        card_id = card.id or ""
        reps[card_id] = reps.get(card_id, 0) + 1
        after = CardProgress(
            card_id=card_id,
            deck_id="bench",
            fact_key=card.fact_key or "",
            state="review",
            stability=interval,
            difficulty=rng.uniform(1, 10),
            due=when + timedelta(days=interval),
            last_review=when,
            reps=reps[card_id],
        )
        review = Review(
            seq=seq,
            card_id=card_id,
            deck_id="bench",
            rating=rng.choice((1, 3, 3, 3, 4)),
            time=when,
            duration_ms=rng.randint(1500, 20000),
            answer=fake.name(),
            correct=True,
            kind="recall",
            before=state.cards.get(card_id),
            after=after,
        )
        op = review_op(seq, review)
        ops.append(op)
        state.apply(op)
        state.recent.clear()
    archive_ops(folder / "ops", ops)
    write_checkpoint(folder, state)
    return deck


def sqlite_setup(path: Path, rows: int) -> sqlite3.Connection:
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=FULL")
    db.execute("CREATE TABLE reviews (seq INTEGER PRIMARY KEY, card_id TEXT, body TEXT)")
    db.execute("BEGIN")
    db.executemany(
        "INSERT INTO reviews VALUES (?, ?, ?)", ((i, f"c{i}", "x" * 600) for i in range(rows))
    )
    db.execute("COMMIT")
    return db


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cards", type=int, default=50_000)
    parser.add_argument("--reviews", type=int, default=250_000)
    parser.add_argument("--samples", type=int, default=300)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--json", action="store_true")
    parser.add_argument(
        "--collection",
        type=Path,
        help="build the synthetic collection here once and reuse it on later runs",
    )
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "data"
        if args.collection is not None:
            ready = (args.collection / "progress.json").exists()
            if not ready:
                args.collection.mkdir(parents=True, exist_ok=True)
                build_collection(args.collection, args.cards, args.reviews, args.seed)
            shutil.copytree(args.collection, folder)
            deck = synthetic_deck(args.cards, args.seed)
        else:
            folder.mkdir()
            deck = build_collection(folder, args.cards, args.reviews, args.seed)

        # The next morning: yesterday's reviews are done, today's are due.
        morning = NOW + timedelta(hours=20)
        started = time.perf_counter()
        store = TinyDBStore(folder)
        today = store.reviews(since=morning - timedelta(hours=4))
        queue = build_queue(
            StudyCards.of([("bench", deck.cards)]),
            store.all_progress(),
            today,
            now=morning,
            day_start=morning - timedelta(hours=4),
            day_end=morning + timedelta(hours=20),
            new_per_day=20,
            reviews_per_day=200,
        )
        open_queue_s = time.perf_counter() - started

        db = sqlite_setup(Path(tmp) / "baseline.sqlite", args.reviews)
        ours, theirs = [], []
        progress = store.all_progress()
        card_ids = list(progress)
        for i in range(args.samples):
            before = progress[card_ids[i % len(card_ids)]]
            review = Review(
                card_id=before.card_id,
                deck_id="bench",
                rating=3,
                time=NOW + timedelta(seconds=i),
                duration_ms=4000,
                answer="Lei Jun",
                correct=True,
                kind="recall",
                before=before,
                after=before.model_copy(update={"reps": before.reps + 1}),
            )
            t = time.perf_counter()
            store.record_review(review)
            ours.append((time.perf_counter() - t) * 1000)
            body = json.dumps(review.model_dump(mode="json"))
            t = time.perf_counter()
            db.execute("INSERT INTO reviews (card_id, body) VALUES (?, ?)", (review.card_id, body))
            theirs.append((time.perf_counter() - t) * 1000)
        db.close()
        store.close()

    ours.sort()
    result = {
        "cards": args.cards,
        "reviews": args.reviews,
        "samples": args.samples,
        "record_ms_median": round(statistics.median(ours), 3),
        "record_ms_p99": round(ours[int(len(ours) * 0.99) - 1], 3),
        "sqlite_ms_median": round(statistics.median(theirs), 3),
        "ratio": round(statistics.median(ours) / statistics.median(theirs), 3),
        "open_queue_s": round(open_queue_s, 3),
        "queue_size": queue.remaining(),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
    }
    if args.json:
        print(json.dumps(result))
    else:
        for key, value in result.items():
            print(f"{key:>18}: {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
