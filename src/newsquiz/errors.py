"""Our exceptions: user-caused problems that entry points print as one line, never a traceback."""


class NewsquizError(Exception):
    """A problem the user can fix; its message is one line naming the file and the problem."""


class DeckError(NewsquizError):
    """A deck file cannot be read or does not validate."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__(problems[0] if problems else "invalid deck")
        self.problems = problems


class StoreLockedError(NewsquizError):
    """Another newsquiz process is writing to the same data directory."""


class StoreCorruptError(NewsquizError):
    """A progress file is damaged; `newsquiz doctor` can rebuild it."""


class ArticleError(NewsquizError):
    """An article file cannot be used as generator input."""


class StoreWriteError(NewsquizError):
    """Progress could not be written (disk full, permissions); nothing was half-saved."""


class StoreLinkError(NewsquizError):
    """A file in the data folder is a symbolic link: following it could write elsewhere."""
