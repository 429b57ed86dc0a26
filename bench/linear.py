"""Generator worst cases: time to generate a deck from pathological articles of a given size.

    python bench/linear.py [--sizes 100000,1000000] [--classes NAME,...] [--json]

Each class of hostile input (long runs of whitespace, dots, initials, capitalized words,
deeply nested HTML, unbalanced Markdown...) is built at each size and run through the whole
`newsquiz generate` path (read + parse + generate_deck). The baseline, measured in the same
run, is reading and sentence-splitting a normal article (the seed article repeated) of the
same size, so the ratio says how far each worst case is from the cheapest linear pass; a
quadratic stage shows as a ratio that grows tenfold when the size does.
"""

import argparse
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path

from newsquiz.errors import ArticleError
from newsquiz.generate import generate_deck
from newsquiz.generate.reader import parse_article_text
from newsquiz.generate.segment import split_sentences

SEED = Path(__file__).resolve().parents[1] / "seeds" / "xiaomi-gao-ziguang-departure.txt"
HEAD = "Firm profits rise\n\n"


def _fill(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def _nested_html(size: int) -> str:
    depth = size // 11
    return "<div>" * depth + "Profits rose." + "</div>" * depth


def _name(number: int) -> str:
    """A made-up capitalized name, different for every number."""
    letters = ""
    number += 1000
    while number:
        letters += "bcdfghjklmnpqrstvwxz"[number % 20] + "aeiou"[number // 20 % 5]
        number //= 100
    return letters.capitalize()


def _distinct(unit: str, size: int) -> str:
    """`unit` (with {name}) repeated with a new name each time, to about `size` characters."""
    parts: list[str] = []
    total = 0
    while total < size:
        parts.append(unit.format(name=_name(len(parts))))
        total += len(parts[-1])
    return HEAD + "".join(parts)


def _long_name(size: int) -> str:
    words = size // 12
    return HEAD + "XYZ " + "ABC " * words + "said so. Then " + "ABC the " * words + "rose."


# name -> (file kind, builder of about `size` characters)
CLASSES: dict[str, tuple[str, Callable[[int], str]]] = {
    "spaces": ("text", lambda n: HEAD + "Profits rose" + " " * n + "by 5%."),
    "newlines": ("text", lambda n: HEAD + "Profits rose\n" + "\n \n" * (n // 3) + "again."),
    "dots": ("text", lambda n: HEAD + "Profits rose" + "." * n + "x"),
    "dots_spaced": ("text", lambda n: HEAD + _fill("a.. ", n)),
    "initials": ("text", lambda n: HEAD + _fill("Mr. A. U.S. ", n)),
    "capitals": ("text", lambda n: HEAD + _fill("Acme ", n) + "said."),
    "leading_words": ("text", lambda n: HEAD + _fill("The ", n) + "Acme said."),
    "acronyms": ("text", lambda n: HEAD + _fill("BBC ", n) + "said."),
    "people": ("text", lambda n: HEAD + _fill("John Smith said Mary Jones told Wang Li. ", n)),
    "lowercase": ("text", lambda n: HEAD + _fill("the roof of the barn is a wall ", n) + "."),
    "parentheses": ("text", lambda n: HEAD + _fill("Acme Bank (AB) rose. ", n)),
    "distinct_people": ("text", lambda n: _distinct("John {name} said profits rose. ", n)),
    "distinct_orgs": ("text", lambda n: _distinct("{name} Bank (AB) rose 5%. ", n)),
    "long_name": ("text", _long_name),
    "figures": ("text", lambda n: HEAD + _fill("up 52%   ", n)),
    "html_nested": ("html", _nested_html),
    "html_unclosed": ("html", lambda n: "<p>Profits rose.</p>" + _fill("<div>", n)),
    "html_endtags": ("html", lambda n: _fill("<b>", n // 2) + _fill("</i>", n // 2)),
    "html_never_closed": ("html", lambda n: "<p>Profits rose.</p>" + _fill("<Inc x ", n)),
    "markdown_brackets": ("markdown", lambda n: "# Profits\n\n" + _fill("[](", n)),
    "markdown_emphasis": ("markdown", lambda n: "# Profits\n\n" + _fill("`a ", n)),
    "markdown_heading": ("markdown", lambda n: "# Profits" + " " * n + "rise\n\nText."),
    "normal": ("text", lambda n: _fill(SEED.read_text(encoding="utf-8") + "\n\n", n)),
}


def _timed(run: Callable[[], object]) -> float:
    started = time.perf_counter()
    run()
    return time.perf_counter() - started


def _generate(text: str, kind: str) -> None:
    try:
        article = parse_article_text(text, kind, source_path="bench")
    except ArticleError:  # a page without article text: the one-line error is the result
        return
    if article.text.strip():
        generate_deck(article)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100000,1000000", help="characters, comma-separated")
    parser.add_argument("--classes", default=",".join(CLASSES), help="comma-separated")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args(argv)
    names = args.classes.split(",")
    unknown = [name for name in names if name not in CLASSES]
    if unknown:
        print(f"unknown classes: {', '.join(unknown)}", file=sys.stderr)
        return 2
    normal = CLASSES["normal"][1]
    _generate(normal(5000), "text")  # loads the name tables and the glossary
    rows = []
    for size in [int(s) for s in args.sizes.split(",")]:
        text = normal(size)
        base = min(
            _timed(lambda t=text: split_sentences(parse_article_text(t).text)) for _ in range(3)
        )
        for name in names:
            kind, build = CLASSES[name]
            sample = build(size)
            seconds = _timed(lambda s=sample, k=kind: _generate(s, k))
            rows.append(
                {
                    "class": name,
                    "chars": len(sample),
                    "seconds": round(seconds, 3),
                    "baseline_seconds": round(base, 4),
                    "ratio": round(seconds / base, 1),
                }
            )
            if not args.json:
                row = rows[-1]
                print(
                    f"{name:18} {row['chars']:>9} chars  {row['seconds']:8.3f} s  "
                    f"baseline {row['baseline_seconds']:.4f} s  ratio {row['ratio']:>7}",
                    flush=True,
                )
    if args.json:
        print(json.dumps(rows, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
