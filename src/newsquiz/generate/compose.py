"""One card per fact, in the form that suits it: a real question where one can be written.

An editor's quiz asks "How many jobs will Ford cut?", not "Ford will cut _____ jobs". A fact
becomes a multiple-choice question when the question can be written and three fair wrong
answers exist, a typed question when only the question can; without a question, a short
sentence (at most `SHORT_SENTENCE` words) becomes a cloze and a long one gives no card.
"""

import random
import re

from newsquiz.generate.answers import accepted_forms
from newsquiz.generate.checks import AnyCard
from newsquiz.generate.entities import EntityIndex
from newsquiz.generate.frames import Fact
from newsquiz.generate.quantities import find_quantities
from newsquiz.generate.questions import cloze_card, evidence_of, numeric_card
from newsquiz.generate.wh_phrases import Target, org_noun
from newsquiz.generate.wh_questions import question_for
from newsquiz.models import BLANK, McqCard, RecallCard

SHORT_SENTENCE = 40
_ASKABLE = frozenset({"money", "percent", "count", "date", "person", "org"})


def ask(fact: Fact, index: EntityIndex) -> str | None:
    """The fact as a wh-question, when its sentence allows one."""
    if fact.question:
        return fact.question
    if fact.kind not in _ASKABLE or fact.resolved.context:
        return None
    if derivable(fact):
        return None
    q = fact.quantity
    entity = index.entities.get(index.alias_map.get(fact.answer, fact.answer))
    target = Target(
        fact.start,
        fact.end,
        fact.kind,
        granularity=q.granularity if q is not None else "",
        noun=q.noun if q is not None else "",
        org_noun=org_noun(entity.name) if entity is not None else "company",
        names=tuple(m.start for m in fact.resolved.mentions),
    )
    return question_for(fact.text, target)


_FROM_TO = re.compile(r"\bto\s\S+\sfrom\s|\bfrom\s\S+\sto\s")


def derivable(fact: Fact) -> bool:
    """A percentage change whose sentence also gives both ends ("up _____ to 10bn euros from
    9.26bn euros"): the reader can work the answer out from the prompt."""
    if fact.kind != "percent":
        return False
    same = [
        q
        for q in find_quantities(fact.text)
        if q.kind in {"money", "count"} and q.start != fact.start
    ]
    return len(same) >= 2 and _FROM_TO.search(fact.text) is not None


def is_short(fact: Fact) -> bool:
    return len(fact.text.split()) <= SHORT_SENTENCE


def story_card(
    fact: Fact,
    question: str | None,
    distractors: list[str],
    rng: random.Random,
    long_ok: bool = False,
) -> AnyCard | None:
    """The one card this fact gets, or None when no fair card can be written; a long
    sentence is blanked only with `long_ok` (a deck that would otherwise stay under 5)."""
    if question is not None:
        if len(distractors) >= 3:
            options = [fact.answer, *distractors[:3]]
            rng.shuffle(options)
            return McqCard(
                prompt=question,
                answer=fact.answer,
                options=options,
                evidence=evidence_of(fact),
                fact_type=fact.fact_type,
                fact_key=fact.key,
            )
        numeric = numeric_card(fact)
        if numeric is not None:
            return numeric.model_copy(update={"prompt": question})
        if fact.kind in {"person", "org"}:
            return RecallCard(
                prompt=question,
                answer=fact.answer,
                accepted=accepted_forms(fact),
                evidence=evidence_of(fact),
                fact_type=fact.fact_type,
                fact_key=fact.key,
            )
        return None
    if not is_short(fact) and not long_ok:
        return None
    if len(distractors) >= 3 and fact.kind != "date":
        options = [fact.answer, *distractors[:3]]
        rng.shuffle(options)
        return McqCard(
            prompt=fact.blanked(BLANK),
            answer=fact.answer,
            options=options,
            evidence=evidence_of(fact),
            fact_type=fact.fact_type,
            fact_key=fact.key,
        )
    return cloze_card(fact)
