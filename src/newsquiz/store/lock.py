"""One writer per data directory: an flock'd lock file that names the holder's pid."""

import errno
import fcntl
import os
from pathlib import Path

from newsquiz.errors import StoreLockedError
from newsquiz.store.safe_paths import open_nofollow


class DataDirLock:
    """Held for the life of a writing store; the OS releases it if the process dies."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd: int | None = None

    def acquire(self) -> None:
        fd = open_nofollow(self.path, os.O_RDWR | os.O_CREAT)  # a link could truncate its target
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            holder = os.read(fd, 32).decode("ascii", "replace").strip() or "unknown"
            os.close(fd)
            if exc.errno in (errno.EWOULDBLOCK, errno.EACCES):
                raise StoreLockedError(
                    f"{self.path.parent}: progress is in use by another newsquiz (pid {holder}); "
                    "close it first"
                ) from None
            raise
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}\n".encode())
        self._fd = fd

    def release(self) -> None:
        if self._fd is not None:
            os.ftruncate(self._fd, 0)
            fcntl.flock(self._fd, fcntl.LOCK_UN)
            os.close(self._fd)
            self._fd = None
