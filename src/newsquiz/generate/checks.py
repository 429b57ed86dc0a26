"""The automatic card checks: used to filter generated cards, by tests and by the corpus report.

Each check returns True when the card passes. `failed_checks` lists the names of those it fails.
"""

import re
from collections.abc import Callable
from functools import lru_cache

from newsquiz.generate.nationality import gives_country_away
from newsquiz.generate.quantities import find_quantities
from newsquiz.generate.textutil import (
    contains_word,
    initials,
    norm,
    reads_with_an,
    word_positions,
    words,
)
from newsquiz.models import (
    ClozeCard,
    FactType,
    McqCard,
    NumericCard,
    RecallCard,
    TrueFalseCard,
    normalize_text,
)

AnyCard = McqCard | ClozeCard | TrueFalseCard | NumericCard | RecallCard

_PRONOUN = re.compile(r"\b(he|she|him|his|her|it|its|they|them|their)\b", re.I)
_START_PRONOUN = re.compile(
    r"^(?:True or false\?\s)?(?:He|She|It|Its|His|Her|They|Their|This|These)\b"
)
_VAGUE_ORG = re.compile(
    r"\bthe (?:firm|company|group)(?:'s)?\b(?!\s+(?:of|that|which|behind|called|named))", re.I
)
_NAME = re.compile(r"\b[A-Z][\w&'-]*")
_NOT_A_NAME = words(
    """The A An In On At For But And Or However True False From It Its He She His Her They
    Their This These That Those There When While As If After Before Since With By Of To
    January February March April May June July August September October November December
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday"""
)
_EXPLAINED_ARITHMETIC = re.compile(r"\d[^=]*=\s*[\d$£€¥]")


def _contains(haystack: str, needle: str) -> bool:
    return contains_word(haystack, needle)


def answer_in_evidence(card: AnyCard) -> bool:
    """The keyed answer is in the evidence sentence, or it is derived and the arithmetic shown."""
    if card.evidence is None:
        return False
    if card.fact_type == FactType.DERIVED:
        return bool(_EXPLAINED_ARITHMETIC.search(card.explanation))
    if isinstance(card, TrueFalseCard):
        if card.explanation.startswith(_QUOTED_TRUE):  # the sentence itself, quoted
            return card.explanation == quoted_statement(card.evidence.sentence)
        said = stated_value(card.explanation)
        return said is not None and _contains(card.evidence.sentence, said)
    return _contains(card.evidence.sentence, card.answer)


_STATED = re.compile(r'^The article gives (.+?): "')


def statement_explanation(value: str, sentence: str) -> str:
    """A true/false card's feedback: the value the article gives, in its own sentence."""
    return f'The article gives {value}: "{sentence}"'


_QUOTED_TRUE = 'True: the article says "'


def quoted_statement(sentence: str) -> str:
    """A true statement's feedback when no single value was swapped (a key-term statement):
    the article's sentence, quoted."""
    return f'{_QUOTED_TRUE}{sentence}"'


def stated_value(explanation: str) -> str | None:
    said = _STATED.search(explanation)
    return said.group(1) if said else None


def answer_is_option(card: AnyCard) -> bool:
    if not isinstance(card, McqCard):
        return True
    return normalize_text(card.answer) in {normalize_text(o) for o in card.options}


def options_distinct(card: AnyCard) -> bool:
    """No option equals or contains another (as whole words)."""
    if not isinstance(card, McqCard):
        return True
    options = [norm(o) for o in card.options]
    for i, a in enumerate(options):
        for j, b in enumerate(options):
            if i != j and (a == b or word_positions(a, b)):
                return False
    return True


@lru_cache(maxsize=8192)
def option_signature(option: str) -> tuple[str, ...]:
    """What kind of thing an option is: the value kind and format, or a name shape."""
    option = option.strip()
    if re.fullmatch(r"[\d,]+(?:\.\d+)?(?: million| billion| thousand)?", option):
        return ("number", option.rsplit(" ", 1)[-1] if " " in option else "")
    found = find_quantities(f"in {option} now")
    if len(found) == 1 and found[0].text == option:
        q = found[0]
        return (
            q.kind,
            q.prefix,
            q.scale.strip().lower(),
            q.suffix.strip().lower(),
            q.currency,
            q.granularity,
        )
    if re.fullmatch(r"[\d,]+(?:\.\d+)?", option):
        return ("number",)
    if re.fullmatch(r"(?:19|20)\d\d", option):
        return ("date", "year")
    words = option.split()
    if words and all(
        w[:1].isupper() or w[:1].isdigit() or w in {"of", "&", "and", "the"} for w in words
    ):
        return ("name",)
    return ("text",)


def distractors_same_type(card: AnyCard) -> bool:
    if not isinstance(card, McqCard):
        return True
    signatures = {option_signature(o) for o in card.options}
    return len(signatures) == 1 and ("text",) not in signatures


_ABBREVIATION = re.compile(r"[A-Z][A-Z&]{1,5}")
# a run of capitalized words, "of" and "and" inside it: "British Bankers' Association"
_NAME_RUN = re.compile(r"[A-Z][\w'&.-]*(?:\s+(?:(?:of|and|for|&)\s+)?[A-Z][\w'&.-]*)*")


def _spelled_out_in(prompt: str, answer: str) -> bool:
    """An abbreviation whose name the prompt writes ("The British Bankers' Association ...
    the _____": BBA), or a name whose abbreviation it writes ("GE ... _____": General
    Electric): judged blind, given away (D)."""
    if _ABBREVIATION.fullmatch(answer):
        runs = (re.sub(r"^The ", "", run) for run in _NAME_RUN.findall(prompt))
        return any(answer in initials(run) for run in runs)
    if len(answer.split()) < 2:
        return False
    return any(word_positions(prompt, short) for short in initials(answer))


_FIGURES = frozenset({FactType.MONEY, FactType.PERCENT, FactType.COUNT})
_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")


def _number_shown(prompt: str, answer: str) -> bool:
    """The answer's number (of two digits or more) written elsewhere in the prompt: "Under a
    0/92 plan, farmers ... receive _____ of deficiency payments" gives away 92 pct."""
    number = _NUMBER.search(answer)
    if number is None or len(re.sub(r"\D", "", number.group())) < 2:
        return False
    written = number.group()
    for at in word_positions(prompt, written):
        before, after = prompt[at - 1 : at], prompt[at + len(written) : at + len(written) + 2]
        if before not in {",", "."} and not re.match(r"[,.]\d", after):
            return True  # not part of a longer figure ("1,092", "92.5")
    return False


def answer_not_in_prompt(card: AnyCard) -> bool:
    """The prompt does not give the answer away (true/false statements state a value)."""
    if isinstance(card, TrueFalseCard):
        return True
    if _contains(card.prompt, card.answer):
        return False
    if card.fact_type in {FactType.ORG, FactType.PLACE} and _spelled_out_in(
        card.prompt, card.answer
    ):
        return False
    if card.fact_type in _FIGURES and _number_shown(card.prompt, card.answer):
        return False
    if card.fact_type == FactType.PLACE and gives_country_away(card.prompt, card.answer):
        return False
    if card.fact_type == FactType.PERSON:
        parts = [p for p in card.answer.split() if len(p) > 2]
        return not any(_contains(card.prompt, p) for p in parts)
    if card.fact_type == FactType.ORG:  # "Chevron Corp said its _____ unit": Chevron Overseas
        parts = [p for p in card.answer.split() if _distinctive(p)]
        words = card.answer.split()
        if len(words) >= 2 and words[-1] in {"Department", "Ministry"}:
            parts.append(words[-2])  # "Energy Secretary ... the _____'s study": Energy Department
        return not any(_contains(card.prompt, p) for p in parts)
    return True


_GENERIC_NAME_WORDS = words(
    """National International General Federal Central Royal United American British European
    World Global First New North South East West Northern Southern Eastern Western Bank Group
    Holdings Corp Company Industries Trust Securities Financial Capital Investment Energy Oil
    Petroleum Motor Motors Exchange Commission Board Council Ministry Department Institute"""
)


def _distinctive(word: str) -> bool:
    """A word of a name that tells it apart ("Chevron", "Dutch"), not "Bank" or "National"."""
    long_enough = len(word) > 3 or (len(word) == 3 and word.isupper())  # "NCR", "BMW"
    return long_enough and word[:1].isupper() and word not in _GENERIC_NAME_WORDS


def no_unresolved_reference(card: AnyCard) -> bool:
    """No prompt hinges on a pronoun or "the company" whose referent is missing."""
    prompt = card.prompt
    if _START_PRONOUN.match(prompt) or _VAGUE_ORG.search(prompt):
        return False
    for match in _PRONOUN.finditer(prompt):
        before = prompt[: match.start()]
        named = any(m.group() not in _NOT_A_NAME for m in _NAME.finditer(before))
        if not named and "_____" not in before:
            return False
    return True


_NAMED = r"[A-Z][\w&.'/-]*"
# a blank that is one member of a list of names: "including _____, General Motors and
# Toyota", "from Enron to _____", "Citizens Bank and _____", "_____ and J.P. Morgan"
_LIST_SLOT = re.compile(
    r"\b(?:such as|including|like|among them|notably) (?:the )?_____"
    rf"|\bfrom {_NAMED}(?: {_NAMED})* to (?:the )?_____"
    rf"|{_NAMED},? (?:and|or) (?:the )?_____(?! [A-Z])"
    rf"|_____ (?:and|or) (?:the )?{_NAMED}"
    rf"|{_NAMED}, (?:the )?_____, {_NAMED}"  # "BMW, _____, Toyota and Volkswagen"
)
_NAMED_TYPES = frozenset({FactType.ORG, FactType.PERSON, FactType.PLACE})


def one_name_fits(card: AnyCard) -> bool:
    """A typed name is not asked as one member of a list: judged blind (rounds 41-54), such
    blanks were acceptable 27 times in 64, for the other companies, people or countries that
    fit as well by common knowledge (Ford for "including _____, General Motors, Toyota")."""
    if not isinstance(card, ClozeCard) or card.fact_type not in _NAMED_TYPES:
        return True
    return _LIST_SLOT.search(card.prompt) is None


_ARTICLE_BEFORE_BLANK = re.compile(r"\b([Aa]n?) _____")


def article_fits_answer(card: AnyCard) -> bool:
    """A typed name or word blanked after "a" or "an" reads right once filled in: "A _____
    committee" with the answer "EC" copies the source's slip (judged blind: A)."""
    if not isinstance(card, ClozeCard) or card.fact_type in _FIGURES:
        return True
    article = _ARTICLE_BEFORE_BLANK.search(card.prompt)
    if article is None:
        return True
    return (article.group(1).lower() == "an") == reads_with_an(card.answer)


CHECKS: dict[str, Callable[[AnyCard], bool]] = {
    "answer_in_evidence": answer_in_evidence,
    "answer_is_option": answer_is_option,
    "options_distinct": options_distinct,
    "distractors_same_type": distractors_same_type,
    "answer_not_in_prompt": answer_not_in_prompt,
    "no_unresolved_reference": no_unresolved_reference,
    "one_name_fits": one_name_fits,
    "article_fits_answer": article_fits_answer,
}


def failed_checks(card: AnyCard) -> list[str]:
    """Names of the automatic checks this card fails (empty when it passes all)."""
    return [name for name, check in CHECKS.items() if not check(card)]
