"""The domain never loads the UI or the storage engine (as Harlequin enforces it)."""

import subprocess
import sys

import pytest

FORBIDDEN = ("textual", "tinydb", "newsquiz.tui", "newsquiz.cli", "newsquiz.store.tinydb_store")


@pytest.mark.parametrize(
    "module",
    [
        "newsquiz.models",
        "newsquiz.scheduling",
        "newsquiz.session",
        "newsquiz.overview",
        "newsquiz.deck_edit",
        "newsquiz.card_query",
        "newsquiz.card_actions",
        "newsquiz.card_catalog",
        "newsquiz.card_details",
        "newsquiz.sources.extract",
        "newsquiz.feeds.model",
        "newsquiz.feeds.parse",
        "newsquiz.feeds.tags",
    ],
)
def test_domain_modules_do_not_import_ui_or_storage(module: str) -> None:
    code = f"import sys, {module}\nprint(','.join(m for m in {FORBIDDEN!r} if m in sys.modules))"
    loaded = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert loaded.stdout.strip() == ""
