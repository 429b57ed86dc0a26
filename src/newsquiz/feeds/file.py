"""`<data dir>/feeds.json`: read strictly (a damaged file is reported, never replaced by an
empty list), written atomically, and changed by one `newsquiz feed` at a time."""

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from pydantic import ValidationError

from newsquiz.errors import NewsquizError, StoreLockedError
from newsquiz.feeds.model import FeedList
from newsquiz.store.atomic_write import atomic_write_text
from newsquiz.store.lock import DataDirLock
from newsquiz.store.safe_paths import read_nofollow

FEEDS_FILE = "feeds.json"
MAX_FEEDS_BYTES = 20 * 1024 * 1024


def load_feeds(data: Path) -> FeedList:
    path = data / FEEDS_FILE
    try:
        if not path.exists() and not path.is_symlink():
            return FeedList()
        if path.stat().st_size > MAX_FEEDS_BYTES:
            raise NewsquizError(f"{path}: larger than 20 MB; not a feeds file")
        raw = read_nofollow(path)
    except OSError as exc:
        raise NewsquizError(f"{path}: cannot read ({exc.strerror or exc})") from None
    try:
        return FeedList.model_validate_json(raw)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(part) for part in first["loc"]) or "file"
        raise NewsquizError(
            f"{path}: damaged ({where}: {first['msg']}); fix it or move it away"
        ) from None


def save_feeds(data: Path, feeds: FeedList) -> None:
    path = data / FEEDS_FILE
    try:
        atomic_write_text(path, feeds.model_dump_json(indent=2, exclude_defaults=True) + "\n")
    except OSError as exc:
        raise NewsquizError(f"{path}: cannot write ({exc.strerror or exc})") from None


@contextmanager
def feeds_locked(data: Path) -> Iterator[None]:
    """Held while a command reads, changes and writes the feeds (and writes their decks)."""
    data.mkdir(parents=True, exist_ok=True)
    lock = DataDirLock(data / "feeds.lock")
    try:
        lock.acquire()
    except StoreLockedError:
        raise NewsquizError(
            f"{data}: another newsquiz is updating the feeds; try again when it is done"
        ) from None
    try:
        yield
    finally:
        lock.release()
