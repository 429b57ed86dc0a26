"""Why the resolver drops sentences: a tally by the check that dropped each one.

Usage: python scripts/dropped_sentences.py [bbc|reu] [--thin N] [--show CHECK_LINE]

For every article of ../shared/corpus/bbc-business and reuters-dev (or one of them), reads the
article the way the generator does and records, for each sentence the resolver gives up on,
which `return None` of `Resolver._rewrite` gave up (by its `if` line in resolve.py). `--thin N`
keeps only articles whose full deck has fewer than N cards; `--show` prints the sentences one
check dropped. The thirteenth round chose its Reuters work from this tally (docs/generator.md).
It watches the resolver with `sys.settrace`, so it is slow and for measuring only.
"""

import argparse
import inspect
import sys
from collections import Counter, defaultdict
from pathlib import Path
from types import FrameType
from typing import Any

from newsquiz.generate import generate_deck, read_article
from newsquiz.generate.prepare import prepare
from newsquiz.generate.resolve import Resolver

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / ".." / "shared" / "corpus"


def _condition(lines: list[str], first: int, at: int) -> str:
    """The `if` a `return None` at line `at` answers (the nearest one above it)."""
    found: list[str] = []
    for number in range(at - 1, first - 1, -1):
        text = lines[number - first].strip()
        if text.startswith(("if ", "elif ")):
            found.append(f"{number}: {text[:90]}")
            if "_tolerated()" not in text or not text.startswith("elif not"):
                break  # "elif not self._tolerated()" answers the branch above it too
    return " / ".join(reversed(found)) if found else f"{at}: (no condition)"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", choices=("bbc", "reu"))
    parser.add_argument("--thin", type=int, default=0)
    parser.add_argument("--show", default="")
    args = parser.parse_args(argv)
    code = Resolver._rewrite.__code__
    lines, first = inspect.getsourcelines(Resolver._rewrite)
    last_line = [0]

    def tracer(frame: FrameType, event: str, arg: Any) -> Any:
        if frame.f_code is not code:
            return None
        if event == "line":
            last_line[0] = frame.f_lineno
        return tracer

    dropped: list[tuple[str, str]] = []
    original = Resolver._rewrite

    def watched(self: Resolver, text: str) -> str | None:
        sys.settrace(tracer)
        try:
            result = original(self, text)
        finally:
            sys.settrace(None)
        if result is None and not self.lenient:
            dropped.append((_condition(lines, first, last_line[0]), text))
        return result

    Resolver._rewrite = watched  # type: ignore[method-assign]
    folders = {"bbc": ["bbc-business"], "reu": ["reuters-dev"]}.get(args.corpus or "")
    tally: Counter[str] = Counter()
    examples: defaultdict[str, list[str]] = defaultdict(list)
    for folder in folders or ["bbc-business", "reuters-dev"]:
        for path in sorted((CORPUS / folder).glob("*.txt")):
            article = read_article(path)
            if args.thin and len(generate_deck(article).cards) >= args.thin:
                continue
            dropped.clear()
            prepare(article)
            for check, text in dropped:
                tally[check] += 1
                examples[check].append(f"{folder}/{path.name}: {text[:160]}")
    for check, count in tally.most_common():
        print(f"{count:5}  {check}")
    for check, texts in examples.items():
        if args.show and check.startswith(f"{args.show}:"):
            print("\n".join(texts))
    return 0


if __name__ == "__main__":
    sys.exit(main())
