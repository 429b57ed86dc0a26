"""Card progress that stays as JSON until a card is looked at.

A 50,000-card checkpoint holds 50,000 progress documents; building a CardProgress for each costs
more than the whole start-up budget. Today's queue only needs the few cards due today, and the
checkpoint's UTC timestamps can be compared as text to find them, so documents are turned into
models one at a time, on first access.
"""

from collections.abc import Iterator, Mapping, MutableMapping
from datetime import UTC, datetime
from typing import Any

from newsquiz.errors import StoreCorruptError
from newsquiz.models import CardProgress

_FIELDS = frozenset(CardProgress.model_fields)
_STATES = frozenset({"learning", "review", "relearning"})
_new = CardProgress.__new__
_set = object.__setattr__


def _aware(value: str) -> datetime:
    moment = datetime.fromisoformat(value)
    if moment.tzinfo is None:
        raise ValueError("naive datetime")
    return moment


def progress_from_doc(doc: dict[str, Any]) -> CardProgress:
    """A CardProgress from a checkpoint document we wrote ourselves (the document is reused).

    Built the way model_construct does, minus its per-field default handling (every field is
    there): `check_doc` has already vetted the document.
    """
    doc["due"] = _aware(doc["due"])
    if doc["last_review"] is not None:
        doc["last_review"] = _aware(doc["last_review"])
    if doc["buried_until"] is not None:
        doc["buried_until"] = _aware(doc["buried_until"])
    progress = _new(CardProgress)
    _set(progress, "__dict__", doc)
    _set(progress, "__pydantic_fields_set__", set(_FIELDS))
    _set(progress, "__pydantic_extra__", None)
    _set(progress, "__pydantic_private__", None)
    return progress


def _looks_utc(value: object) -> bool:
    return value.__class__ is str and len(value) >= 20 and value[10] == "T" and value[-1] == "Z"


def check_doc(doc: Any) -> None:
    """Cheap structural check of one checkpoint document; raises ValueError when damaged.

    Times are only checked for shape here; a time that still fails to parse when the card is
    first read raises StoreCorruptError then.
    """
    if doc.__class__ is not dict or doc.keys() != _FIELDS or doc["state"] not in _STATES:
        raise ValueError("unexpected fields or state")
    last, buried = doc["last_review"], doc["buried_until"]
    if (
        not _looks_utc(doc["due"])
        or (last is not None and not _looks_utc(last))
        or (buried is not None and not _looks_utc(buried))
    ):
        raise ValueError("times must be UTC")


class ProgressMap(MutableMapping[str, CardProgress]):
    """card id -> CardProgress, with unopened checkpoint documents converted on first access."""

    def __init__(self, docs: dict[str, dict[str, Any]] | None = None, source: str = "") -> None:
        self._docs: dict[str, dict[str, Any]] = docs or {}
        self._built: dict[str, CardProgress] = {}
        self._source = source
        self._due: tuple[datetime, frozenset[str]] | None = None
        """The last `ids_due_before` answer, until a card changes (the home screen asks once
        per deck)."""

    def __getitem__(self, card_id: str) -> CardProgress:
        found = self._built.get(card_id)
        if found is not None:
            return found
        doc = self._docs.pop(card_id)  # KeyError when unknown, as a mapping should
        try:
            built = self._built[card_id] = progress_from_doc(doc)
        except ValueError:
            raise StoreCorruptError(
                f"{self._source}: damaged progress of card {card_id}; run `newsquiz doctor`"
            ) from None
        return built

    def __setitem__(self, card_id: str, progress: CardProgress) -> None:
        self._due = None
        self._docs.pop(card_id, None)
        self._built[card_id] = progress

    def __delitem__(self, card_id: str) -> None:
        self._due = None
        if self._docs.pop(card_id, None) is None:
            del self._built[card_id]

    def __contains__(self, card_id: object) -> bool:
        return card_id in self._built or card_id in self._docs

    def __iter__(self) -> Iterator[str]:
        return iter([*self._built, *self._docs])  # a snapshot: reading converts documents

    def __len__(self) -> int:
        return len(self._built) + len(self._docs)

    def ids_due_before(self, moment: datetime) -> frozenset[str]:
        """Ids of cards due before `moment` or never reviewed: the only ones today's queue has
        to look at (a superset within the same second; callers check the exact time)."""
        if self._due is not None and self._due[0] == moment:
            return self._due[1]
        limit = moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S")
        due = {
            card_id
            for card_id, doc in self._docs.items()
            if doc["due"][:19] <= limit or doc["reps"] == 0
        }
        due.update(card_id for card_id, p in self._built.items() if p.due < moment or p.reps == 0)
        self._due = (moment, frozenset(due))
        return self._due[1]

    def documents(self) -> Iterator[dict[str, Any]]:
        """Every card as a JSON-ready document (unopened ones as they were read)."""
        yield from self._docs.values()
        for progress in self._built.values():
            yield progress.model_dump(mode="json")


def documents_of(cards: Mapping[str, CardProgress]) -> dict[str, dict[str, Any]]:
    """Every card as a JSON-ready document, by card id (unopened ones as they were read)."""
    if isinstance(cards, ProgressMap):
        return {doc["card_id"]: doc for doc in cards.documents()}
    return {card_id: p.model_dump(mode="json") for card_id, p in cards.items()}
