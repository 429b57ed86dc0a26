"""Today's queue: limits, learning steps, siblings, suspend/bury, new cards among reviews."""

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from newsquiz.models import Card, CardProgress, CardRef, Review

LEARN_AHEAD = timedelta(minutes=20)
"""Learning cards due within this window may be shown early when nothing else is left."""


class StudyItem:
    """A card as the queue sees it: its deck, id and sibling key (computed once, not per queue).

    Built from a card or from its `CardRef`: the queue never needs a card's text.
    """

    __slots__ = ("card_id", "deck_id", "sibling_key")

    def __init__(self, deck_id: str, card: Card | CardRef) -> None:
        self.deck_id = deck_id
        self.card_id = card.id or ""
        self.sibling_key = f"{deck_id}/{card.fact_key or self.card_id}"

    def __repr__(self) -> str:
        return f"StudyItem({self.deck_id!r}, {self.card_id!r})"


@dataclass
class TodayQueue:
    """Card ids to study today; `main` mixes new cards evenly among due reviews."""

    learning: list[str] = field(default_factory=list)
    main: list[str] = field(default_factory=list)
    new_count: int = 0
    review_count: int = 0
    new_done: int = 0
    reviews_done: int = 0

    @property
    def learning_count(self) -> int:
        return len(self.learning)

    def remaining(self) -> int:
        return len(self.learning) + len(self.main)


def _interleave(reviews: list[str], new: list[str]) -> list[str]:
    if not new or not reviews:
        return reviews + new
    mixed: list[str] = []
    step = (len(reviews) + len(new)) / len(new)
    slots = {int(i * step + step / 2) for i in range(len(new))}
    review_iter, new_iter = iter(reviews), iter(new)
    for position in range(len(reviews) + len(new)):
        source = new_iter if position in slots else review_iter
        item = next(source, None)
        if item is None:
            item = next(new_iter if source is review_iter else review_iter)
        mixed.append(item)
    return mixed


def build_queue(
    items: Iterable[StudyItem],
    progress: Mapping[str, CardProgress],
    today_reviews: Iterable[Review],
    *,
    now: datetime,
    day_start: datetime,
    day_end: datetime,
    new_per_day: int,
    reviews_per_day: int,
) -> TodayQueue:
    """Decide what is studied today.

    Learning and relearning cards due today are always shown (they are same-day steps);
    reviews due before the day ends come next, up to the review limit, most overdue first;
    new cards up to the new limit, in deck order. Of the cards testing one fact, at most
    one is shown per day, and none when a sibling was already reviewed today.
    """
    queue = TodayQueue()
    seen_keys: set[str] = set()
    for review in today_reviews:
        if review.undone or review.time < day_start:
            continue
        seen_keys.add(f"{review.deck_id}/{review.after.fact_key or review.card_id}")
        if review.before is None or review.before.reps == 0:
            queue.new_done += 1
        elif review.before.state == "review":
            queue.reviews_done += 1

    learning: list[tuple[datetime, str]] = []
    due_reviews: list[tuple[datetime, str, str]] = []
    new_cards: list[tuple[str, str]] = []
    # A store's progress map may index due dates (ProgressMap.ids_due_before): then reviewed
    # cards that are not due today are skipped without being looked at.
    index = getattr(progress, "ids_due_before", None)
    due_today: set[str] | None = index(day_end) if callable(index) else None
    lookup = progress.get
    for item in items:
        if due_today is not None and item.card_id not in due_today:
            if item.card_id in progress:
                continue
            new_cards.append((item.card_id, item.sibling_key))
            continue
        state = lookup(item.card_id)
        if state is None:
            new_cards.append((item.card_id, item.sibling_key))
            continue
        if state.due >= day_end and state.reps > 0:
            continue  # not due today: the common case in a big collection
        if state.suspended or (state.buried_until is not None and state.buried_until > now):
            continue
        if state.reps == 0:
            new_cards.append((item.card_id, item.sibling_key))
        elif state.state == "review":
            due_reviews.append((state.due, item.card_id, item.sibling_key))
        else:
            learning.append((state.due, item.card_id))
            seen_keys.add(item.sibling_key)

    queue.learning = [card_id for _, card_id in sorted(learning)]
    reviews: list[str] = []
    review_room = max(0, reviews_per_day - queue.reviews_done)
    for _, card_id, key in sorted(due_reviews):
        if len(reviews) >= review_room:
            break
        if key in seen_keys:
            continue
        seen_keys.add(key)
        reviews.append(card_id)
    new: list[str] = []
    new_room = max(0, new_per_day - queue.new_done)
    for card_id, key in new_cards:
        if len(new) >= new_room:
            break
        if key in seen_keys:
            continue
        seen_keys.add(key)
        new.append(card_id)
    queue.main = _interleave(reviews, new)
    queue.new_count, queue.review_count = len(new), len(reviews)
    return queue
