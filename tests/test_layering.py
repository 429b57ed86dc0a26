"""The domain never loads the UI or the storage engine (as Harlequin enforces it), and screens
never reach back into the app module."""

import ast
import pkgutil
import subprocess
import sys
from pathlib import Path

import pytest

import newsquiz

FORBIDDEN = (
    "textual",
    "rich",
    "tinydb",
    "newsquiz.tui",
    "newsquiz.cli",
    "newsquiz.commands",
    "newsquiz.store.tinydb_store",
)

DOMAIN = [
    "newsquiz.models",
    "newsquiz.generate",
    "newsquiz.grading",
    "newsquiz.export",
    "newsquiz.scheduling",
    "newsquiz.session",
    "newsquiz.today",
    "newsquiz.overview",
    "newsquiz.deck_edit",
    "newsquiz.reconcile",
    "newsquiz.glossary",
    "newsquiz.glossary_deck",
    "newsquiz.printable",
    "newsquiz.currencies",
    "newsquiz.statistics",
    "newsquiz.session_card",
    "newsquiz.store.base",
    "newsquiz.card_query",
    "newsquiz.card_actions",
    "newsquiz.card_catalog",
    "newsquiz.card_details",
    "newsquiz.sources.extract",
    "newsquiz.feeds.model",
    "newsquiz.feeds.parse",
    "newsquiz.feeds.tags",
]
"""Domain modules and packages (every module inside a package is checked); `store.base` is the
store interface the domain may use."""

SRC = Path(newsquiz.__file__).parent


def modules_of(name: str) -> list[str]:
    """`name` and, for a package, every module inside it."""
    path = SRC.joinpath(*name.split(".")[1:])
    if not path.is_dir():
        return [name]
    found = [name]
    for info in pkgutil.walk_packages([str(path)], prefix=f"{name}."):
        found.append(info.name)
    return found


@pytest.mark.parametrize("package", DOMAIN)
def test_domain_modules_do_not_import_ui_or_storage(package: str) -> None:
    modules = modules_of(package)
    imports = "; ".join(f"import {module}" for module in modules)
    code = f"import sys; {imports}\nprint(','.join(m for m in {FORBIDDEN!r} if m in sys.modules))"
    loaded = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert loaded.stdout.strip() == "", (package, modules)


def _imported_names(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
        elif isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
    return names


@pytest.mark.parametrize(
    "path",
    sorted((SRC / "tui" / "screens").glob("*.py")) + sorted((SRC / "tui" / "widgets").glob("*.py")),
    ids=lambda path: path.name,
)
def test_screens_and_widgets_never_import_the_app_module(path: Path) -> None:
    """Screens get what they need through `tui.services` (no import cycle through app.py)."""
    assert "newsquiz.tui.app" not in _imported_names(path)
