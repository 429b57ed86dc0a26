"""Operations are checked whole before they touch the state, and missing ones are found.

A journal line or archived operation can be valid JSON and still not be an operation (a
renamed field, an unknown `op`, a text `seq`); applying it half-way would crash every command.
`check_op` says what is wrong in a few words, so callers can name the file and the line.
Each operation is numbered one after the one before it, or says which one it follows
(`prev`, an import keeping its own numbers); `missing_ranges` finds the numbers that are gone.
"""

from collections.abc import Callable
from datetime import datetime
from typing import Any, TypeGuard

from pydantic import ValidationError

from newsquiz.models import CardProgress, Review, settings_from_stored

KINDS = frozenset({"review", "undo", "progress", "relink", "settings"})


class OpError(ValueError):
    """Not an operation this store can apply; the message is the short reason."""


def known_kind(value: object) -> TypeGuard[str]:
    return isinstance(value, str) and value in KINDS


def _number(op: dict[str, Any], field: str, least: int) -> int:
    value = op.get(field)
    if type(value) is not int or value < least:
        raise OpError(f"{field} must be a whole number from {least}, not {value!r:.30}")
    return value


def _text(op: dict[str, Any], field: str) -> None:
    value = op.get(field)
    if not isinstance(value, str) or not value:
        raise OpError(f"{field} must be non-empty text")


def _check_fields(op: dict[str, Any], kind: str, seq: int) -> None:
    if kind == "review":
        if Review.model_validate(op["review"]).seq != seq:
            raise OpError("review numbered differently from its operation")
    elif kind == "undo":
        _number(op, "target", 1)
        Review.model_validate(op["review"])
    elif kind == "progress":
        CardProgress.model_validate(op["progress"])
    elif kind == "relink":
        _text(op, "old")
        _text(op, "new")
    else:
        settings_from_stored(op["settings"])  # an invalid value falls back, with a warning


def check_op(op: Any) -> dict[str, Any]:
    """`op` itself when it is an operation `ProgressState.apply` takes whole; else OpError."""
    if not isinstance(op, dict):
        raise OpError("not an object")
    seq = _number(op, "seq", 1)
    kind = op.get("op")
    if not known_kind(kind):
        raise OpError(f"unknown op {kind!r:.30}")
    if "prev" in op and _number(op, "prev", 0) >= seq:
        raise OpError("prev must come before seq")
    try:
        if "at" in op:
            datetime.fromisoformat(op["at"])
        _check_fields(op, kind, seq)
    except KeyError as exc:
        raise OpError(f"{kind} without {exc.args[0]!r:.30}") from None
    except ValidationError as exc:
        where = ".".join(str(part) for part in exc.errors()[0]["loc"])
        raise OpError(f"invalid {kind} ({where or 'value'})") from None
    except (TypeError, ValueError) as exc:
        raise OpError(f"invalid {kind} ({type(exc).__name__})") from None
    return op


def prev_seq(op: dict[str, Any]) -> int:
    """The number of the operation this one follows."""
    return int(op.get("prev", int(op["seq"]) - 1))


def legacy_op(op: dict[str, Any]) -> bool:
    """Archived by an older newsquiz (no `crc`): it may follow numbers an import skipped
    without saying so (`prev`), so a gap before it is not taken for lost operations."""
    return "crc" not in op


def missing_ranges(
    ops: list[dict[str, Any]],
    after: int,
    tolerate: Callable[[dict[str, Any]], bool] | None = None,
) -> list[tuple[int, int]]:
    """Numbers missing after `after` in `ops` (sorted by seq, no repeats), as closed ranges;
    a gap before an op `tolerate` accepts is not one."""
    gaps: list[tuple[int, int]] = []
    last = after
    for op in ops:
        seq = int(op["seq"])
        if seq <= after:
            continue
        prev = prev_seq(op)
        if prev > last and not (tolerate is not None and tolerate(op)):
            gaps.append((last + 1, prev))
        last = seq
    return gaps


def describe_ranges(gaps: list[tuple[int, int]]) -> str:
    """`#4, #7-#9` (at most three ranges, then a count)."""
    shown = [f"#{a}" if a == b else f"#{a}-#{b}" for a, b in gaps[:3]]
    if len(gaps) > 3:
        shown.append(f"and {len(gaps) - 3} more range(s)")
    return ", ".join(shown)


def sorted_unique(ops: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Operations in sequence order, the first copy of each number kept."""
    by_seq: dict[int, dict[str, Any]] = {}
    for op in ops:
        by_seq.setdefault(int(op["seq"]), op)
    return [by_seq[seq] for seq in sorted(by_seq)]
