"""`newsquiz doctor`: check the progress files and rebuild damaged ones without losing reviews."""

import argparse

from newsquiz.commands.common import resolve_data_dir
from newsquiz.printable import printable
from newsquiz.store.doctor import repair


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser(
        "doctor",
        help="check and repair progress files",
        description="Check the progress files; rebuild damaged ones from the last good "
        "checkpoint, the op archive and the journal.",
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    folder = resolve_data_dir(args)
    print(printable(f"checking {folder}"))
    report = repair(folder, say=lambda line: print(printable(f"  {line}"), flush=True))
    # Damage that was repaired in full is a success; anything lost or unconfirmed is not.
    return 1 if any(line.startswith(("lost:", "unconfirmed:")) for line in report) else 0
