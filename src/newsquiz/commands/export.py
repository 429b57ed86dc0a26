"""`newsquiz export --format csv|json|revlog|apkg`: progress out to spreadsheets, backups, Anki
and the FSRS optimizer."""

import argparse
import sys
from contextlib import AbstractContextManager, nullcontext
from datetime import date, datetime, time
from pathlib import Path

from newsquiz.commands.common import add_deck_paths, load_all_decks, open_store
from newsquiz.errors import NewsquizError
from newsquiz.export import FORMATS, ExportFormat, default_file_name, select_export_data
from newsquiz.export.data import Tick, no_tick
from newsquiz.printable import printable
from newsquiz.scheduling import local_zone
from newsquiz.session import utc_now
from newsquiz.store.atomic_write import atomic_write_bytes

LARGE_EXPORT_ITEMS = 2000
"""From this many cards or reviews on, a progress bar is shown (when stderr is a terminal)."""


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    formats = ", ".join(f"{name} ({fmt.description})" for name, fmt in FORMATS.items())
    parser = subparsers.add_parser(
        "export",
        help="export cards, progress and reviews (csv, json, revlog, apkg)",
        description=f"Export progress. Formats: {formats}.",
    )
    parser.add_argument("--format", "-f", required=True, choices=sorted(FORMATS))
    parser.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        help="file or existing folder to write; '-' writes text formats to stdout "
        "(default: a dated file in the current folder)",
    )
    parser.add_argument(
        "--deck",
        dest="deck_ids",
        metavar="ID",
        action="append",
        default=[],
        help="export only this deck (repeatable)",
    )
    parser.add_argument(
        "--since", metavar="DATE", help="only reviews on or after this date (YYYY-MM-DD, local)"
    )
    parser.add_argument("--force", action="store_true", help="overwrite an existing file")
    add_deck_paths(parser)
    parser.set_defaults(func=run)


def parse_since(text: str | None, zone_name: str | None) -> datetime | None:
    """The instant `--since` names: local midnight of a date, or an ISO date-time."""
    if not text:
        return None
    zone = local_zone(zone_name)
    try:
        if len(text) == 10:
            return datetime.combine(date.fromisoformat(text), time(0), tzinfo=zone)
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise NewsquizError(f"--since {text}: expected a date like 2026-11-01") from None
    return moment if moment.tzinfo else moment.replace(tzinfo=zone)


def output_path(
    output: str | None, fmt: ExportFormat, deck_ids: list[str], now: datetime
) -> Path | None:
    """Where to write (None means stdout); a folder gets a sanitized default file name."""
    if output == "-":
        if fmt.binary:
            raise NewsquizError(f"--format {fmt.name} is binary; give a file name with -o")
        return None
    name = default_file_name(fmt, deck_ids, now)
    if not output:
        return Path.cwd() / name
    path = Path(output).expanduser()
    if path.is_dir():
        return path / name
    if not path.parent.is_dir():
        raise NewsquizError(f"{path}: folder {path.parent} does not exist")
    return path


def write_bytes_atomic(path: Path, data: bytes, *, force: bool) -> None:
    """Write atomically (temp file, fsync, rename); refuse to replace a file unless forced
    (and refuse a folder always)."""
    if path.is_dir():
        raise NewsquizError(f"{path}: is a folder")
    if path.exists() and not force:
        raise NewsquizError(f"{path}: already exists (use --force to overwrite)")
    try:
        atomic_write_bytes(path, data, exclusive=not force)
    except FileExistsError:
        raise NewsquizError(f"{path}: already exists (use --force to overwrite)") from None
    except OSError as exc:
        raise NewsquizError(f"{path}: cannot write ({exc.strerror or exc})") from None


def _progress_bar(total: int) -> tuple[AbstractContextManager[object], Tick]:
    if total < LARGE_EXPORT_ITEMS or not sys.stderr.isatty():
        return nullcontext(), no_tick
    from rich.console import Console  # imported here: every CLI start loads this module
    from rich.progress import Progress

    progress = Progress(console=Console(stderr=True), transient=True)
    task = progress.add_task("Exporting", total=total)

    def tick() -> None:
        progress.advance(task)

    return progress, tick


def run(args: argparse.Namespace) -> int:
    fmt = FORMATS[args.format]
    now = utc_now()
    destination = output_path(args.output, fmt, list(args.deck_ids), now)
    if destination is not None and destination.exists() and not args.force:
        raise NewsquizError(f"{destination}: already exists (use --force to overwrite)")
    decks = load_all_decks(args)
    store = open_store(args, readonly=True)
    try:
        settings = store.settings()
        data = select_export_data(
            decks,
            store.all_progress(),
            store.reviews(),
            settings,
            now,
            deck_ids=list(args.deck_ids),
            since=parse_since(args.since, settings.timezone),
        )
    finally:
        store.close()
    bar, tick = _progress_bar(fmt.count_items(data))
    with bar:
        payload = fmt.to_bytes(data, tick, for_file=destination is not None)
    if destination is None:
        sys.stdout.flush()
        sys.stdout.buffer.write(payload)
        sys.stdout.buffer.flush()
        return 0
    write_bytes_atomic(destination, payload, force=args.force)
    print(printable(f"Exported {fmt.summary(data)} as {fmt.name} to {destination}"))
    return 0
