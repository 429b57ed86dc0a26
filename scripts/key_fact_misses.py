"""Why each dev-gold key fact the full deck does not test has no card, with a tally.

Usage: python scripts/key_fact_misses.py [bbc|reu] [--tally-only]

For every key fact of ../shared/eval/dev-gold that no card tests (by deckcheck.py's own rule),
the first reason found, in pipeline order:
- "answer not written so": no sentence holds the fact's answer as the editor wrote it;
- "sentence not read alone": its sentence leans on a reference the resolver cannot bind;
- "no fact in the sentence": the sentence is read, but its answer is no value or name;
- "held: <problem>": the fact's blank fails `trust.prompt_problem` (an unresolved
  description, a time word that needs the article's date, ...);
- "fact, no card": ranking, the deck's limits or the options left it out.
The twelfth round chose its work from this tally (docs/generator.md).
"""

import argparse
import importlib.util
import re
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType

from newsquiz.generate import generate_cards, read_article
from newsquiz.generate.frames import sentence_facts
from newsquiz.generate.prepare import prepare
from newsquiz.generate.questions import cloze_card
from newsquiz.generate.trust import prompt_problem, repaired

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT / ".." / "shared"


def _deckcheck() -> ModuleType:
    spec = importlib.util.spec_from_file_location("deckcheck", SHARED / "eval" / "deckcheck.py")
    if spec is None or spec.loader is None:
        raise SystemExit(f"{SHARED / 'eval' / 'deckcheck.py'}: not found")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def reasons(key: str, gold: dict, dc: ModuleType) -> list[tuple[dict, str]]:  # type: ignore[type-arg]
    """(fact, reason) for each key fact of one article that no card tests."""
    article = read_article(SHARED / "corpus" / key)
    cards = [
        {**c.model_dump(mode="json"), "evidence": c.evidence.sentence if c.evidence else ""}
        for c in generate_cards(article)
    ]
    prepared = prepare(article)
    if prepared is None:
        return [(fact, "no sentence") for fact in gold["facts"]]
    resolved = {item.sentence.start: item for item in prepared.resolved}
    source = prepared.source
    out = []
    for fact in gold["facts"]:
        answer = str(fact["answer"])
        if any(dc.tests(card, answer, fact["text"]) for card in cards):
            continue
        holding = [s for s in prepared.sentences if dc.norm(answer) in dc.norm(s.text)]
        reason = "answer not written so"
        for sentence in holding:
            item = resolved.get(sentence.start)
            if item is None:
                reason = "sentence not read alone"
                continue
            facts = [
                f
                for f in sentence_facts(item, prepared.index, 0, article.title, lead=True)
                if dc.same_answer(str(f.answer), answer)
            ]
            if not facts:
                reason = "no fact in the sentence"
                continue
            card = repaired(cloze_card(facts[0]), article, prepared.index)
            dated = article.published is not None
            problem = prompt_problem(card.prompt, card.answer, prepared.index, dated, source)
            reason = f"held: {re.sub(r':.*', '', problem)}" if problem else "fact, no card"
            break
        out.append((fact, reason))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", choices=("bbc", "reu"))
    parser.add_argument("--tally-only", action="store_true")
    args = parser.parse_args(argv)
    dc = _deckcheck()
    gold = dc.load_gold([SHARED / "eval" / "dev-gold"])
    tally: Counter[str] = Counter()
    for key, data in sorted(gold.items()):
        if args.corpus and not key.startswith("bbc" if args.corpus == "bbc" else "reuters"):
            continue
        for fact, reason in reasons(key, data, dc):
            tally[reason] += 1
            if not args.tally_only:
                print(f"{key} {fact['importance'][0]} | {fact['answer']} | {reason}")
    for reason, count in tally.most_common():
        print(f"{count:5} {reason}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
