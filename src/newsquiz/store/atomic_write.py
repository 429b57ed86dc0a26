"""Atomic file writes, the one implementation: a temp file in the same folder, fsync, rename,
fsync of the folder. A crash or a full disk leaves the old file or the new one, never half."""

import os
import tempfile
from pathlib import Path


def atomic_write_text(path: Path, text: str, *, exclusive: bool = False) -> None:
    """Write via a temp file, fsync and rename: a crash leaves the old file or the new one."""
    atomic_write_bytes(path, text.encode("utf-8"), exclusive=exclusive)


def atomic_write_bytes(path: Path, data: bytes, *, exclusive: bool = False) -> None:
    """Write via a temp file, fsync and rename: a crash leaves the old file or the new one.
    `exclusive`: FileExistsError if `path` exists, even when another process just made it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        os.fchmod(fd, _file_mode(path))  # mkstemp makes 0600; keep the file's or the usual mode
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if exclusive:
            publish_new(Path(tmp), path)
        else:
            os.replace(tmp, path)
    finally:
        Path(tmp).unlink(missing_ok=True)
    _fsync_dir(path.parent)


def publish_new(tmp: Path, path: Path) -> None:
    """Give a finished temp file its name, failing (FileExistsError) if that name exists:
    a hard link is created atomically or not at all, so two writers cannot both succeed."""
    try:
        os.link(tmp, path)
    except FileExistsError:
        raise
    except OSError:  # no hard links here (FAT, some network drives)
        if path.exists():
            raise FileExistsError(path) from None
        os.replace(tmp, path)


def _file_mode(path: Path) -> int:
    try:
        return path.stat().st_mode & 0o777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
