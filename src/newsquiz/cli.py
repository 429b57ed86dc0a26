"""Composition root: parse arguments, run one command, map our errors to exit codes."""

import argparse
import sys
from collections.abc import Sequence

from newsquiz import __version__
from newsquiz.commands import load_commands
from newsquiz.errors import NewsquizError
from newsquiz.printable import printable
from newsquiz.startup import pause_collector, resume_collector


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsquiz",
        description="Business news articles become question cards; study them with FSRS.",
        epilog="Without a command, newsquiz opens the study app on all decks.",
    )
    parser.add_argument("--version", action="version", version=f"newsquiz {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="where progress is kept (default: $NEWSQUIZ_HOME or the user data directory)",
    )
    subparsers = parser.add_subparsers(title="commands", metavar="COMMAND")
    for module in load_commands():
        module.register(subparsers)
    return parser


def parse_command(args_list: list[str]) -> argparse.Namespace | None:
    """The command to run (`study` when none is named), or None when only help was printed."""
    parser = build_parser()
    args, extra = parser.parse_known_args(args_list)
    if extra:  # words after an option (`cards forget --yes ID`, `cards -state:new`)
        if not hasattr(args, "extra_words") or any(word.startswith("--") for word in extra):
            parser.error(f"unrecognized arguments: {' '.join(extra)}")
        args.extra_words = extra
    if not hasattr(args, "func"):
        if not any(module.__name__.endswith(".study") for module in load_commands()):
            parser.print_help()
            return None
        args = parser.parse_args([*args_list, "study"])
    return args


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    pause_collector()  # a command that holds it (study) resumes it itself: newsquiz.startup
    args = None
    try:
        args = parse_command(args_list)
    finally:
        if not getattr(args, "holds_collector", False):
            resume_collector()
    if args is None:
        return 0
    try:
        return int(args.func(args))
    except NewsquizError as exc:
        print(f"newsquiz: {printable(str(exc), one_line=True)}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 1


if __name__ == "__main__":
    raise SystemExit(main())
