"""Data-folder files are opened without following symbolic links.

A link planted in the data folder (`lock`, `journal.jsonl`, `cache/decks`, ...) would make a
write land on its target: truncate it, append to it, delete files beside it. Such a link is
refused with a one-line error instead.
"""

import errno
import os
from pathlib import Path

from newsquiz.errors import StoreLinkError

NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)


def link_error(path: Path) -> StoreLinkError:
    return StoreLinkError(
        f"{path}: is a symbolic link; newsquiz does not follow links in its data folder "
        "(move the real file here)"
    )


def open_nofollow(path: Path, flags: int, mode: int = 0o644) -> int:
    """os.open that refuses a symbolic link at `path` (StoreLinkError)."""
    try:
        return os.open(path, flags | NOFOLLOW, mode)
    except OSError as exc:
        if exc.errno == errno.ELOOP or (exc.errno == errno.EEXIST and path.is_symlink()):
            raise link_error(path) from None
        raise


def read_nofollow(path: Path) -> bytes:
    """The file's bytes; FileNotFoundError when absent, StoreLinkError for a link."""
    fd = open_nofollow(path, os.O_RDONLY)
    with os.fdopen(fd, "rb") as handle:
        return handle.read()


def refuse_links(*paths: Path) -> None:
    """Raise StoreLinkError for the first of `paths` that is a symbolic link."""
    for path in paths:
        if path.is_symlink():
            raise link_error(path)
