"""`newsquiz generate`: articles (files, folders or web page URLs) become deck files, or JSON
on stdout.

Each article is processed on its own: a bad file or page prints one line and the others still
run; the exit code is 1 if any failed. `--jobs N` spreads files over N processes. A URL is
fetched once, while planning, and nothing is written for it when fetching or reading fails.
"""

import argparse
import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any, NamedTuple

from newsquiz.commands.common import print_line, progress_bar, resolve_data_dir
from newsquiz.errors import ArticleError, NewsquizError
from newsquiz.models import Article, Deck, slugify
from newsquiz.models.deck import DECK_ID_PATTERN
from newsquiz.printable import printable
from newsquiz.sources.urls import DEFAULT_TIMEOUT, is_url
from newsquiz.store.deck_files import load_deck, write_deck

NO_CARDS = (
    "no card passed the checks: every fact needs a date, a name or a sentence the card cannot"
    " show (the deck is written empty: add cards of your own with `newsquiz add`)"
)
ARTICLE_SUFFIXES = frozenset({".txt", ".text", ".md", ".markdown", ".html", ".htm", ".xhtml"})


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser(
        "generate",
        help="make decks from news articles",
        description=(
            "Generate question cards from articles (plain text, Markdown or saved web pages, "
            "folders of them, or http(s) URLs of news pages). Decks are written to your decks "
            "folder unless -o is given."
        ),
    )
    parser.add_argument(
        "paths", nargs="+", metavar="PATH", help="article file or folder, or a page's URL"
    )
    parser.add_argument(
        "-o",
        "--output",
        type=Path,
        metavar="DIR_OR_FILE",
        help="folder for the deck files, or a .yaml file when generating one article",
    )
    parser.add_argument("--json", action="store_true", help="print the deck(s) as JSON to stdout")
    parser.add_argument("--jobs", type=int, default=1, metavar="N", help="parallel processes")
    parser.add_argument("--deck-id", metavar="ID", help="deck id (one article only)")
    parser.add_argument("--seed", type=int, default=0, help="seed for option order (default 0)")
    add_timeout(parser)
    parser.add_argument(
        "--force",
        action="store_true",
        help="replace deck files that exist (an author's rejected cards stay rejected)",
    )
    parser.add_argument(
        "--style",
        choices=("full", "story"),
        default="full",
        help="full: every fact in every card form (up to 30 cards); story: one card per fact, "
        "real questions, only cards that stand alone (up to 15)",
    )
    parser.set_defaults(func=run)


def add_timeout(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--timeout",
        type=float,
        default=DEFAULT_TIMEOUT,
        metavar="SECONDS",
        help=f"give up on a web page after this long (default {DEFAULT_TIMEOUT:g})",
    )


def article_files(paths: list[str]) -> Iterator[Path | str]:
    """The given files and URLs, and the article files inside the given folders (sorted)."""
    for name in paths:
        path = Path(name)
        if is_url(name):
            yield name
        elif path.is_dir():
            yield from sorted(
                p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES
            )
        else:
            yield path


def deck_json(deck: Deck) -> dict[str, Any]:
    """The JSON shape of `--json`: evidence as the sentence text."""
    data = deck.model_dump(mode="json", exclude_defaults=True)
    for card, dumped in zip(deck.cards, data.get("cards", []), strict=True):
        dumped["kind"] = card.kind
        dumped["fact_type"] = str(card.fact_type)
        dumped["evidence"] = card.evidence.sentence if card.evidence else ""
    return {
        "id": deck.id,
        "title": deck.title,
        "source": data.get("source", {}),
        "cards": data.get("cards", []),
        "linked_cards": list(deck.linked_cards),
    }


class _Job(NamedTuple):
    path: str
    deck_id: str | None
    seed: int
    style: str
    target: str | None  # where to write the deck; None prints JSON only
    want_json: bool
    article: Article | None = None  # already read: a fetched web page


class _Result(NamedTuple):
    path: str
    cards: int
    target: str | None
    data: dict[str, Any] | None
    error: str | None


def _run_job(job: _Job) -> _Result:
    """Generate (and write) one deck; every failure becomes a one-line message."""
    from newsquiz.generate import DeckStyle, generate_deck, read_article  # not on every start

    path = Path(job.path)
    try:
        style: DeckStyle = "story" if job.style == "story" else "full"
        article = job.article or read_article(path)
        deck = generate_deck(article, job.deck_id, job.seed, style)
        if job.target is not None:
            target = Path(job.target)
            write_deck(_keep_rejections(deck, target), target)
        data = deck_json(deck) if job.want_json else None
        return _Result(job.path, len(deck.cards), job.target, data, None)
    except NewsquizError as exc:
        return _Result(job.path, 0, None, None, str(exc))
    except Exception as exc:  # noqa: BLE001 - one broken article must not stop the batch
        first = str(exc).strip().splitlines()[:1] or [""]  # pydantic's run over several lines
        problem = f"{type(exc).__name__}: {first[0]}"
        return _Result(job.path, 0, None, None, f"{path}: generator failed ({problem})")


def _keep_rejections(deck: Deck, target: Path) -> Deck:
    """Regenerating keeps an author's rejected card ids out of the new deck."""
    if not target.exists():
        return deck
    try:
        old = load_deck(target)
    except NewsquizError:
        return deck
    if not old.rejected:
        return deck
    rejected = set(old.rejected)
    cards = [c for c in deck.cards if c.id not in rejected]
    return deck.model_copy(update={"cards": cards, "rejected": old.rejected})


def _read(source: Path | str, timeout: float) -> Article:
    if isinstance(source, str):
        from newsquiz.sources.pages import fetch_article  # trafilatura: only when needed

        return fetch_article(source, timeout=timeout)
    from newsquiz.generate import read_article

    return read_article(source)


def _plan(files: list[Path | str], args: argparse.Namespace) -> tuple[list[_Job], list[str]]:
    """One job per readable file or page, with deck ids made unique within the batch."""

    jobs: list[_Job] = []
    errors: list[str] = []
    single = len(files) == 1
    taken: dict[str, int] = {}
    write = args.output is not None or not args.json
    folder = args.output if args.output is not None else resolve_data_dir(args) / "decks"
    one_file = folder.suffix.lower() in {".yaml", ".yml"}
    if write and not single and one_file:
        raise NewsquizError(f"{folder}: one deck file for {len(files)} articles; -o a folder")
    if write and not one_file and folder.is_file():
        raise NewsquizError(f"{folder}: not a folder, and not a .yaml deck file")
    for path in files:
        try:
            article = _read(path, args.timeout)
            title = article.title
        except NewsquizError as exc:
            errors.append(str(exc))
            continue
        deck_id = args.deck_id or slugify(title)
        taken[deck_id] = taken.get(deck_id, 0) + 1
        if taken[deck_id] > 1:  # two articles with one headline get two decks
            deck_id = f"{deck_id[:76]}-{taken[deck_id]}"
        target = None
        if write:
            is_file = single and folder.suffix.lower() in {".yaml", ".yml"}
            target = str(folder if is_file else folder / f"{deck_id}.yaml")
            if Path(target).exists() and not args.force:  # it may be a curated deck
                errors.append(f"{target}: a deck file is already there; --force replaces it")
                continue
        fetched = article if isinstance(path, str) else None
        jobs.append(_Job(str(path), deck_id, args.seed, args.style, target, args.json, fetched))
    return jobs, errors


def _results(jobs: list[_Job], workers: int) -> Iterator[_Result]:
    if workers > 1 and len(jobs) > 1:
        from concurrent.futures import ProcessPoolExecutor  # not imported by other commands

        with ProcessPoolExecutor(max_workers=workers) as pool:
            yield from pool.map(_run_job, jobs, chunksize=max(1, len(jobs) // (workers * 8)))
    else:
        for job in jobs:
            yield _run_job(job)


def run(args: argparse.Namespace) -> int:
    files = list(article_files(args.paths))
    if not files:
        raise ArticleError(f"{' '.join(map(str, args.paths))}: no article files found")
    if args.deck_id and len(files) > 1:
        raise NewsquizError("--deck-id: only allowed when generating one article")
    if args.deck_id is not None and not re.fullmatch(DECK_ID_PATTERN, args.deck_id):
        raise NewsquizError(
            f"--deck-id: {args.deck_id!r} is not a deck id (lowercase letters, "
            "digits and hyphens, at most 80, not starting with a hyphen)"
        )
    if args.jobs < 1:
        raise NewsquizError("--jobs: must be at least 1")
    if not args.timeout > 0:
        raise NewsquizError("--timeout: must be more than 0 seconds")
    jobs, errors = _plan(files, args)
    for message in errors:
        print(f"newsquiz: {printable(message, one_line=True)}", file=sys.stderr)
    failures = len(errors)
    printed: list[dict[str, Any]] = []
    progress = progress_bar(len(jobs) > 1 and not args.json)

    def say(line: str, error: bool = False) -> None:
        print_line(progress, line, error)

    task = progress.add_task("generating", total=len(jobs)) if progress else None
    try:
        if progress is not None:
            progress.start()
        for result in _results(jobs, args.jobs):
            if progress is not None and task is not None:
                progress.advance(task)
            if result.error is not None:
                failures += 1
                say(f"newsquiz: {result.error}", error=True)
                continue
            if result.data is not None:
                printed.append(result.data)
            if result.target is not None and not args.json:
                say(f"{result.path}: {result.cards} cards -> {result.target}")
                if not result.cards:  # a deck with nothing to study says why, not just "0"
                    say(f"{result.path}: {NO_CARDS}", error=True)
    finally:
        if progress is not None:
            progress.stop()
    if args.json:
        single = len(files) == 1 and len(printed) == 1
        shown = json.dumps(printed[0] if single else printed, indent=2, ensure_ascii=False)
        print(printable(shown))  # JSON escapes C0 itself; C1 and DEL become \u escapes too
    return 1 if failures else 0
