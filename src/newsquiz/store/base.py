"""The progress store interface, the pure state both back-ends share, and the in-memory twin."""

from collections.abc import Iterator, Mapping, MutableMapping, Sequence
from datetime import datetime
from typing import Any, Protocol

from newsquiz.models import CardProgress, Review, Settings, settings_from_stored
from newsquiz.store.progress_map import ProgressMap


class ProgressStore(Protocol):
    """What sessions, the CLI and exporters need from progress storage."""

    def settings(self) -> Settings: ...

    def save_settings(self, settings: Settings) -> None: ...

    def settings_warnings(self) -> list[str]:
        """One line for each stored setting that was invalid and is replaced by its default."""
        ...

    def progress(self, card_id: str) -> CardProgress | None: ...

    def all_progress(self) -> Mapping[str, CardProgress]:
        """A live, read-only view of every card's progress."""
        ...

    def record_review(self, review: Review) -> Review:
        """Durably record one answer and its new card state; returns it with its sequence number."""
        ...

    def undo_last_review(self) -> Review | None:
        """Restore the state before the most recent review exactly; None when nothing to undo."""
        ...

    def replace_last_review(self, review: Review) -> Review:
        """Undo the most recent review and record `review` in its place, as one durable write
        (a rating changed after the answer); returns it with its sequence number. Raises
        LookupError when there is no review to replace."""
        ...

    def set_progress(self, progress: CardProgress) -> None:
        """Replace one card's progress (suspend, bury, import)."""
        ...

    def set_progress_many(self, progress: Sequence[CardProgress]) -> None:
        """Replace several cards' progress in one journal record (a bulk suspend, bury or
        forget): a crash leaves all of them changed or none."""
        ...

    def reviews(self, since: datetime | None = None) -> list[Review]:
        """Reviews (not undone) at or after `since`, oldest first."""
        ...

    def relink_card(self, old_id: str, new_id: str) -> None:
        """An edited card takes over the progress and review history of its old version."""
        ...

    def checkpoint(self) -> None: ...

    def close(self) -> None: ...


class ProgressState:
    """Card progress, settings and recent reviews, changed only by applying journal operations.

    Both back-ends apply the same operations, so replaying a journal rebuilds exactly the state
    the running app had.
    """

    def __init__(self) -> None:
        self.settings = Settings()
        self.settings_problems: list[str] = []  # stored settings replaced by their defaults
        self.cards: MutableMapping[str, CardProgress] = ProgressMap()
        self.recent: dict[int, Review] = {}
        self.aliases: dict[str, str] = {}
        self.seq = 0

    def add_review(self, review: Review) -> Review:
        """Apply a review already validated (the hot path: no re-parsing)."""
        self.seq = max(self.seq, review.seq)
        self.cards[review.card_id] = review.after
        self.recent[review.seq] = review
        return review

    def apply(self, op: dict[str, Any]) -> Review | None:
        """Apply one operation; returns the review it touched, if any."""
        seq = int(op["seq"])
        self.seq = max(self.seq, seq)
        kind = op["op"]
        if kind == "review":
            return self.add_review(Review.model_validate(op["review"]))
        if kind == "undo":
            target = self.recent.get(int(op["target"]))
            if target is None:
                target = Review.model_validate(op["review"])
            undone = target.model_copy(update={"undone": True})
            self.recent[undone.seq] = undone
            card_id = self.aliases.get(undone.card_id, undone.card_id)  # edited since
            if undone.before is None:
                self.cards.pop(card_id, None)
            else:
                self.cards[card_id] = undone.before.model_copy(update={"card_id": card_id})
            return undone
        if kind == "progress":
            progress = CardProgress.model_validate(op["progress"])
            self.cards[progress.card_id] = progress
            return None
        if kind == "relink":
            old, new = str(op["old"]), str(op["new"])
            moved = self.cards.pop(old, None)
            if moved is not None:
                self.cards[new] = moved.model_copy(update={"card_id": new})
            for alias, current in self.aliases.items():
                if current == old:
                    self.aliases[alias] = new
            self.aliases[old] = new
            return None
        if kind == "settings":
            self.settings, self.settings_problems = settings_from_stored(op["settings"])
            return None
        raise ValueError(f"unknown operation {kind!r}")


def review_op(seq: int, review: Review) -> dict[str, Any]:
    return {"seq": seq, "op": "review", "review": review.model_dump(mode="json")}


def review_line(review: Review) -> str:
    """The journal line of a review op, serialized by pydantic-core (fast) without a dict."""
    return f'{{"seq":{review.seq},"op":"review","review":{review.model_dump_json()}}}'


def undo_op(seq: int, target: Review) -> dict[str, Any]:
    return {
        "seq": seq,
        "op": "undo",
        "target": target.seq,
        "review": target.model_dump(mode="json"),
    }


def replacement_ops(
    log: "OperationLog", target: Review | None, review: Review
) -> list[dict[str, Any]]:
    """The undo of `target` and the review replacing it, numbered after the latest op."""
    if target is None:
        raise LookupError("no review to replace")
    seq = log.next_seq()
    undo = undo_op(seq, target)
    return [undo, review_op(seq + 1, review.model_copy(update={"seq": seq + 1}))]


def progress_op(seq: int, progress: CardProgress) -> dict[str, Any]:
    return {"seq": seq, "op": "progress", "progress": progress.model_dump(mode="json")}


def relink_op(seq: int, old_id: str, new_id: str) -> dict[str, Any]:
    return {"seq": seq, "op": "relink", "old": old_id, "new": new_id}


def with_current_ids(reviews: list[Review], aliases: dict[str, str]) -> list[Review]:
    """Reviews of edited cards, reported under the card's current id."""
    if not aliases:
        return reviews
    return [
        r.model_copy(update={"card_id": aliases[r.card_id]}) if r.card_id in aliases else r
        for r in reviews
    ]


def settings_op(seq: int, settings: Settings) -> dict[str, Any]:
    return {"seq": seq, "op": "settings", "settings": settings.model_dump(mode="json")}


def history_import_ops(
    state: ProgressState, reviews: Sequence[Review], progress: Sequence[CardProgress]
) -> list[dict[str, Any]]:
    """Operations adding reviews recorded elsewhere, then setting card states (an import).

    Reviews keep their sequence numbers when all of them come after this store's latest (a
    fresh store, or a history that continues this one), so exporting the result gives back the
    original (an op after skipped numbers says which op it follows, `prev`, so the skip is not
    taken for lost operations); otherwise they are numbered after it, oldest first. Raises
    ValueError, before anything is written, for an undone review or two reviews sharing a number.
    """
    seqs = [review.seq for review in reviews]
    if len(set(seqs)) != len(seqs):
        raise ValueError("two imported reviews share a sequence number")
    if any(review.undone for review in reviews):
        raise ValueError("undone reviews cannot be imported")
    keep = all(seq > state.seq for seq in seqs)
    ordered = sorted(reviews, key=(lambda r: r.seq) if keep else (lambda r: (r.time, r.seq)))
    ops: list[dict[str, Any]] = []
    next_seq = state.seq + 1
    for review in ordered:
        seq = review.seq if keep else next_seq
        op = review_op(seq, review.model_copy(update={"seq": seq}))
        if seq != next_seq:
            op["prev"] = next_seq - 1  # numbers skipped on purpose, not lost
        ops.append(op)
        next_seq = seq + 1
    for card in progress:
        ops.append(progress_op(next_seq, card))
        next_seq += 1
    return ops


class OperationLog:
    """Turns store calls into numbered operations; back-ends decide how to persist them."""

    def __init__(self, state: ProgressState) -> None:
        self.state = state

    def next_seq(self) -> int:
        return self.state.seq + 1

    def latest_review(self, older: Iterator[Review]) -> Review | None:
        """The most recent review that has not been undone, searching memory then `older`."""
        for seq in sorted(self.state.recent, reverse=True):
            review = self.state.recent[seq]
            if not review.undone:
                return review
        for review in older:
            if review.seq in self.state.recent:
                continue
            if not review.undone:
                return review
        return None


class MemoryStore:
    """The in-memory twin of the TinyDB store: same behaviour, nothing on disk (tests, dry runs)."""

    def __init__(self) -> None:
        self._state = ProgressState()
        self._log = OperationLog(self._state)

    def _apply(self, op: dict[str, Any]) -> Review | None:
        return self._state.apply(op)

    def settings(self) -> Settings:
        return self._state.settings.model_copy(deep=True)

    def save_settings(self, settings: Settings) -> None:
        self._apply(settings_op(self._log.next_seq(), settings))

    def settings_warnings(self) -> list[str]:
        return list(self._state.settings_problems)

    def progress(self, card_id: str) -> CardProgress | None:
        return self._state.cards.get(card_id)

    def all_progress(self) -> Mapping[str, CardProgress]:
        return self._state.cards

    def record_review(self, review: Review) -> Review:
        seq = self._log.next_seq()
        recorded = self._apply(review_op(seq, review.model_copy(update={"seq": seq})))
        assert recorded is not None
        return recorded

    def undo_last_review(self) -> Review | None:
        target = self._log.latest_review(iter(()))
        if target is None:
            return None
        return self._apply(undo_op(self._log.next_seq(), target))

    def replace_last_review(self, review: Review) -> Review:
        undo, redo = replacement_ops(self._log, self._log.latest_review(iter(())), review)
        self._apply(undo)
        recorded = self._apply(redo)
        assert recorded is not None
        return recorded

    def set_progress(self, progress: CardProgress) -> None:
        self._apply(progress_op(self._log.next_seq(), progress))

    def set_progress_many(self, progress: Sequence[CardProgress]) -> None:
        self.import_history([], progress)

    def import_history(self, reviews: Sequence[Review], progress: Sequence[CardProgress]) -> int:
        """Add reviews recorded elsewhere (times kept), then set card states; all or nothing.
        Returns the number of reviews added."""
        for op in history_import_ops(self._state, reviews, progress):
            self._apply(op)
        return len(reviews)

    def reviews(self, since: datetime | None = None) -> list[Review]:
        found = [
            review
            for _, review in sorted(self._state.recent.items())
            if not review.undone and (since is None or review.time >= since)
        ]
        return with_current_ids(found, self._state.aliases)

    def relink_card(self, old_id: str, new_id: str) -> None:
        self._apply(relink_op(self._log.next_seq(), old_id, new_id))

    def checkpoint(self) -> None:
        """Nothing to persist."""

    def close(self) -> None:
        """Nothing to release."""
