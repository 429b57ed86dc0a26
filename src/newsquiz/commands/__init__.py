"""One module per CLI command; each has `register(subparsers)` and `run(args) -> int`."""

import importlib
from types import ModuleType

COMMAND_MODULES = (
    "study",
    "decks",
    "cards",
    "generate",
    "feed",
    "author_cli",
    "author",
    "validate",
    "schema",
    "stats",
    "doctor",
    "export",
    "import_",
    "settings",
)


def load_commands() -> list[ModuleType]:
    """The command modules that exist in this build, in help order."""
    modules = []
    for name in COMMAND_MODULES:
        try:
            modules.append(importlib.import_module(f"newsquiz.commands.{name}"))
        except ModuleNotFoundError as exc:
            if exc.name != f"newsquiz.commands.{name}":
                raise
    return modules
