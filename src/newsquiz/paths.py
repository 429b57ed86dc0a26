"""Where things live: the user's data directory and the bundled decks."""

import os
from pathlib import Path

from platformdirs import user_data_dir

from newsquiz.errors import NewsquizError

APP_NAME = "newsquiz"


def data_dir(override: str | Path | None = None) -> Path:
    """--data-dir, else $NEWSQUIZ_HOME, else the platform's user data directory; a file
    there is a user mistake, reported in one line."""
    env = os.environ.get("NEWSQUIZ_HOME")
    if override:
        folder = Path(override).expanduser()
    elif env:
        folder = Path(env).expanduser()
    else:
        folder = Path(user_data_dir(APP_NAME, appauthor=False))
    if folder.exists() and not folder.is_dir():
        raise NewsquizError(f"{folder}: not a folder (the data directory must be one)")
    return folder


def bundled_decks_dir() -> Path | None:
    """The decks shipped with newsquiz: inside the installed package, or the source checkout."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "decks", here.parents[1] / "decks"):
        if candidate.is_dir():
            return candidate
    return None


def deck_search_path(data: Path, extra: list[Path] | None = None) -> list[Path]:
    """Folders and files decks are loaded from: bundled, the user's, then any named ones."""
    paths: list[Path] = []
    bundled = bundled_decks_dir()
    if bundled is not None:
        paths.append(bundled)
    user_decks = data / "decks"
    if user_decks.is_dir():
        paths.append(user_decks)
    paths.extend(extra or [])
    return paths
