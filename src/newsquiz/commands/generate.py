"""`newsquiz generate`: articles (files or folders) become deck files, or JSON on stdout.

Each file is processed on its own: a bad file prints one line and the others still run; the
exit code is 1 if any failed. `--jobs N` spreads files over N processes.
"""

import argparse
import json
import sys
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

from newsquiz.errors import ArticleError, NewsquizError
from newsquiz.generate import generate_deck, read_article
from newsquiz.models import Deck
from newsquiz.paths import data_dir
from newsquiz.store.deck_files import load_deck, write_deck

ARTICLE_SUFFIXES = frozenset({".txt", ".text", ".md", ".markdown", ".html", ".htm", ".xhtml"})

Outcome = tuple[str, dict[str, Any] | None, str | None]


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = subparsers.add_parser(
        "generate",
        help="make decks from news articles",
        description=(
            "Generate question cards from articles (plain text, Markdown or HTML files, or "
            "folders of them). Decks are written to your decks folder unless -o is given."
        ),
    )
    parser.add_argument(
        "paths", nargs="+", type=Path, metavar="PATH", help="article file or folder"
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
    parser.set_defaults(func=run)


def article_files(paths: list[Path]) -> Iterator[Path]:
    """The given files, and the article files inside the given folders (sorted)."""
    for path in paths:
        if path.is_dir():
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
    }


def _process(path: Path, deck_id: str | None, seed: int) -> tuple[Deck | None, str | None]:
    try:
        return generate_deck(read_article(path), deck_id, seed), None
    except NewsquizError as exc:
        return None, str(exc)
    except Exception as exc:  # noqa: BLE001 - one broken article must not stop the batch
        return None, f"{path}: generator failed ({type(exc).__name__}: {exc})"


def _worker(job: tuple[str, str | None, int]) -> Outcome:
    path, deck_id, seed = job
    deck, error = _process(Path(path), deck_id, seed)
    return path, (deck.model_dump(mode="json") if deck else None), error


def _target(output: Path | None, deck: Deck, single: bool) -> Path:
    if output is not None and single and output.suffix.lower() in {".yaml", ".yml"}:
        return output
    folder = output if output is not None else data_dir() / "decks"
    return folder / f"{deck.id}.yaml"


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


def _outcomes(files: list[Path], args: argparse.Namespace) -> Iterator[Outcome]:
    jobs = [(str(p), args.deck_id, args.seed) for p in files]
    if args.jobs > 1 and len(files) > 1:
        with ProcessPoolExecutor(max_workers=args.jobs) as pool:
            yield from pool.map(_worker, jobs, chunksize=max(1, len(jobs) // (args.jobs * 8)))
    else:
        for job in jobs:
            yield _worker(job)


def run(args: argparse.Namespace) -> int:
    files = list(article_files(args.paths))
    if not files:
        raise ArticleError(f"{' '.join(map(str, args.paths))}: no article files found")
    if args.deck_id and len(files) > 1:
        raise NewsquizError("--deck-id: only allowed when generating one article")
    if args.jobs < 1:
        raise NewsquizError("--jobs: must be at least 1")
    single = len(files) == 1
    failures = 0
    printed: list[dict[str, Any]] = []
    progress = _progress(len(files) > 1 and not args.json)
    task = progress.add_task("generating", total=len(files)) if progress else None
    try:
        if progress:
            progress.start()
        for path, data, error in _outcomes(files, args):
            if progress is not None and task is not None:
                progress.advance(task)
            if error is not None or data is None:
                failures += 1
                message = error or f"{path}: generator failed"
                if progress:
                    progress.console.print(
                        f"newsquiz: {message}", markup=False, highlight=False, soft_wrap=True
                    )
                else:
                    print(f"newsquiz: {message}", file=sys.stderr)
                continue
            deck = Deck.model_validate(data)
            if args.json:
                printed.append(deck_json(deck))
                if args.output is None:
                    continue
            target = _target(args.output, deck, single)
            write_deck(_keep_rejections(deck, target), target)
            if not args.json:
                line = f"{path}: {len(deck.cards)} cards -> {target}"
                if progress:
                    progress.console.print(line, markup=False, highlight=False, soft_wrap=True)
                else:
                    print(line)
    finally:
        if progress:
            progress.stop()
    if args.json:
        print(
            json.dumps(printed[0] if single and printed else printed, indent=2, ensure_ascii=False)
        )
    return 1 if failures else 0


def _progress(enabled: bool) -> Any:
    if not enabled:
        return None
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    return Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=Console(stderr=True),
        transient=True,
    )
