"""One card per fact, in the form that suits it: a real question where one can be written.

An editor's quiz asks "How many jobs will Ford cut?", not "Ford will cut _____ jobs". A fact
becomes a multiple-choice question when the question can be written and three fair wrong
answers exist, a typed question when only the question can; without a question, a short
sentence (at most `SHORT_SENTENCE` words) becomes a cloze and a long one gives no card.
"""

import random
import re

from newsquiz.generate.checks import AnyCard
from newsquiz.generate.entities import EntityIndex
from newsquiz.generate.frames import Fact
from newsquiz.generate.questions import accepted_forms, cloze_card, evidence_of, numeric_card
from newsquiz.generate.wh_questions import Target, org_noun, question_for
from newsquiz.models import BLANK, McqCard, RecallCard

SHORT_SENTENCE = 40
_FRAGMENT = re.compile(r"^(?:[A-Z]\.)*[A-Z]$|^U\.S$|^U\.K$")  # "U.S" cut at its last dot
_ASKABLE = frozenset({"money", "percent", "count", "date", "person", "org"})


def ask(fact: Fact, index: EntityIndex) -> str | None:
    """The fact as a wh-question, when its sentence allows one."""
    if fact.question:
        return fact.question
    if fact.kind not in _ASKABLE or fact.resolved.context:
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


_DATE_BOUND = re.compile(
    r"\b(?:on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|now|currently"
    r"|today'?s?|yesterday|tonight|this (?:week|month|year)|last (?:week|month|night)"
    r"|next (?:week|month)|in (?:early|morning|afternoon|late) trad(?:e|ing))\b"
)


def undated_time(prompt: str, published: int | None) -> bool:
    """A prompt whose time words need the article's date ("on Monday", "now") when the
    article has none: a learner cannot tell which Monday."""
    return published is None and _DATE_BOUND.search(prompt) is not None


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
