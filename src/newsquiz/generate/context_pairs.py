"""A sentence shown after the one before it, when that one says what its references mean.

"James Hardie has agreed to pay $1.1bn to asbestos victims. The landmark deal could see
thousands of people receive compensation." The second sentence alone fails a blind reader
("the deal": which?), and no rewrite can name it without paraphrase. Shown as the article
wrote both, with the blank in the second, the reader knows what is asked and nothing is
attributed anew. `binds` decides whether the sentence before is enough: every reference the
second makes ("he", "it", "they", "the company", "the deal", "these businesses") must find a
fitting and unique antecedent there.
"""

import re
from collections.abc import Callable

from newsquiz.generate.checks import AnyCard
from newsquiz.generate.entities import EntityIndex
from newsquiz.generate.names import Mention
from newsquiz.generate.reference_patterns import (
    BAD_START,
    DESCRIBED_ORG,
    DESCRIBED_SUBJECT,
    ORG_NP,
    VAGUE_EVENT,
    VAGUE_FIGURE,
)
from newsquiz.generate.segment import Sentence
from newsquiz.generate.textutil import word_positions

MAX_WORDS = 70  # both sentences together: a longer prompt is a reading exercise

_PERSON = re.compile(r"(?<![\w'])(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er|him)(?![\w'])")
_PLURAL = re.compile(r"(?<![\w'])(?:[Tt]hey|[Tt]heir|them)(?![\w'])")
_IT = re.compile(r"(?<![\w'])(?:[Ii]t|[Ii]ts)(?![\w'])")
_ORG_REF = re.compile(
    rf"\b[Tt]he (?:[\w'-]+ ){{0,3}}(?:{ORG_NP}|exchange|regulator|watchdog)\b(?!,? [A-Z])"
)
_INSTITUTION = re.compile(r"\b[Tt]he (Bank|Commission|Fund|Ministry|Agency)\b(?! of\b| [A-Z])")
_RISE = r"rise|rose|increas|grow|grew|gain|jump|climb|up\b|higher|surg|soar"
_FALL = r"fall|fell|drop|declin|slid|slump|lower|down\b|los|plung|tumbl"
_FIGURES = r"figure|data|result|survey|report|statistic|index|show|rose|fell|grew|%|pct"
_SAID = r"said|says|told|comment|remark|announc|state|declar"
# a noun that points back, and the words of the sentence before that give it its referent
# (an empty cue: any sentence before will do, "the move" is whatever it reported)
_POINTS_BACK: dict[str, str] = {
    "deal": r"deal|agree|acquir|buy|bought|merg|sell|sold|pay|paid|takeover|bid|offer"
    r"|contract|pact|settle",
    "agreement": r"agree|deal|sign|pact|accord",
    "move": r"",
    "decision": r"decid|decision|vote|rul|chose|opt",
    "plan": r"plan|propos|intend|aim|want|seek",
    "proposal": r"propos|plan|offer|bid|suggest",
    "offer": r"offer|bid|propos",
    "bid": r"bid|offer|takeover",
    "takeover": r"takeover|bid|offer|acqui|buy",
    "merger": r"merg|combin|deal",
    "sale": r"sell|sale|sold|auction|offer",
    "figures": _FIGURES,
    "data": _FIGURES,
    "results": r"result|profit|loss|earn|sales|revenue|report",
    "rise": _RISE,
    "increase": _RISE,
    "growth": _RISE + r"|expan",
    "jump": _RISE,
    "gain": _RISE,
    "fall": _FALL,
    "drop": _FALL,
    "decline": _FALL,
    "slide": _FALL,
    "cut": r"cut|reduc|lower|slash",
    "announcement": _SAID + r"|unveil|report",
    "statement": _SAID,
    "comment": _SAID,
    "remark": _SAID,
    "warning": r"warn|caution|alert",
    "ruling": r"rul|court|judge|decid|verdict",
    "talks": r"talk|negotiat|meet|discuss",
    "case": r"case|court|charge|su(?:e|ing)|trial|lawsuit|prosecut|investigat",
    "payment": r"pay|paid",
    "loan": r"loan|lend|lent|borrow|credit",
    "investment": r"invest|stake|spend",
    "programme": r"programme|program|plan|scheme",
    "scheme": r"scheme|plan|programme|program",
    "project": r"project|plan|build|develop",
    "pair": r"two|both|\w \w+ and [A-Z]",
    "duo": r"two|both|\w \w+ and [A-Z]",
    "currency": r"rupee|dollar|euro|yen|pound|sterling|franc|mark|peso|yuan|won|rouble|real"
    r"|lira|krona|krone|rand|ringgit|baht|kwacha|shilling|naira|rupiah|dlr|stg",
}
_KNOWN = "|".join(sorted(_POINTS_BACK, key=len, reverse=True))
# "The deal", "The landmark deal", "the cuts" (not "the sale of X", which says what it is)
_DESCRIBED = re.compile(
    rf"\b[Tt]he(?: [a-z][\w-]*)? ((?:{_KNOWN})s?)\b"
    r"(?!,? (?:to|for|with|by|of|between|from|that|which|who|whose|in|on)\b)"
)
_DEMONSTRATIVE = re.compile(r"\b(?:[Tt]his|[Tt]hese|[Ss]uch) ([a-z][\w-]*)(?: ([a-z][\w-]*))?")
# "this is", "this year": no noun that would need an antecedent of its own
_BARE = frozenset(
    """is was will would has had could may might can should means year week month time
    morning afternoon quarter""".split()
)


def _lemma(word: str) -> str:
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


_CUES = {noun: re.compile(rf"\b(?:{cue})") for noun, cue in _POINTS_BACK.items() if cue}


def _noun_points_back(noun: str, before: str) -> bool:
    """ "The landmark deal" after "agreed to pay $1.1bn"; "these businesses" after "...
    businesses"; never a noun the sentence before has nothing for."""
    lowered = before.lower()
    stem = _lemma(noun)
    at = lowered.find(stem)
    while at >= 0:
        if at == 0 or not lowered[at - 1].isalnum():
            return True
        at = lowered.find(stem, at + 1)
    key = noun if noun in _POINTS_BACK else stem
    if key not in _POINTS_BACK:
        return False
    cue = _CUES.get(key)
    return cue is None or cue.search(lowered) is not None


def _described_nouns(text: str) -> list[str]:
    """The nouns the resolver finds pointing back ("The rate was ...", "the figure"), other
    than a company's (checked against the companies the sentence before names)."""
    found = [m.group() for m in (BAD_START.match(text), DESCRIBED_SUBJECT.match(text)) if m]
    following = re.match(r"(?:Both|These|Those|Such|Some|Many|Most|Other) ([a-z]+)\b", text)
    if following is not None and following.group(1) not in _BARE:
        found.append(following.group())  # "Both organisations also warned"
    for pattern in (VAGUE_EVENT, VAGUE_FIGURE, DESCRIBED_ORG):
        found.extend(m.group() for m in pattern.finditer(text))
    nouns = [phrase.split()[-1].lower() for phrase in found if len(phrase.split()) > 1]
    return [n for n in nouns if not re.fullmatch(ORG_NP + "s?", n)]


def points_back(phrase: str, before: str) -> bool:
    """Is a description ("the car", "the landmark deal") one the sentence before explains?
    A company's ("the firm") is checked by `binds` against the companies it names."""
    noun = phrase.split()[-1].lower()
    return re.fullmatch(ORG_NP + "s?", noun) is not None or _noun_points_back(noun, before)


_OWN_OPENING = re.compile(r"^(?:Doing so|Doing this|In doing so|The other|Others?|Both)\b")
_TWO = re.compile(r"^(?:Both|The two|The three|Each)\b")


def _named(mentions: tuple[Mention, ...], index: EntityIndex, kind: str) -> set[str]:
    return {m.name for m in mentions if m.kind == kind and not index.entities[m.name].media}


def binds(before: str, before_mentions: tuple[Mention, ...], text: str, index: EntityIndex) -> bool:
    """Does the sentence `before` give every reference of `text` one fitting antecedent?"""
    if len(before.split()) + len(text.split()) > MAX_WORDS or '"' in before:
        return False
    if BAD_START.match(before) or _OWN_OPENING.match(before):
        return False  # "The other is China Construction Bank.": no antecedent itself
    people = _named(before_mentions, index, "person")
    orgs = _named(before_mentions, index, "org")
    if not people and not orgs and not _named(before_mentions, index, "place"):
        return False
    own = tuple(index.mentions(text))
    for match in _PERSON.finditer(text):
        earlier = any(m.kind == "person" and m.end <= match.start() for m in own)
        if not earlier and len(people) != 1:
            return False  # "he" after two people, or after none
    if (_PLURAL.search(text) or _TWO.match(text)) and len(people) + len(orgs) < 2:
        return False
    for match in _IT.finditer(text):
        if not any(m.kind == "org" and m.end <= match.start() for m in own) and len(orgs) > 1:
            return False  # "it" after two companies
    for match in _ORG_REF.finditer(text):
        if any(m.kind == "org" and m.end <= match.start() for m in own) or len(orgs) != 1:
            return False
        modifiers = match.group().split()[1:-1]
        if any(word.lower() not in before.lower() for word in modifiers):
            # "The Spanish group" after a sentence that calls no one Spanish, "The holding
            # company" after one that names no holding company (it is the parent, not the
            # company named)
            return False
    for match in _INSTITUTION.finditer(text):
        if not any(match.group(1) in name.split() for name in orgs):
            return False
    for match in _DESCRIBED.finditer(text):
        if not _noun_points_back(match.group(1), before):
            return False
    for noun in _described_nouns(text):
        if not _noun_points_back(noun, before):
            return False  # "The issue has attracted European interest": which issue
    for match in _DEMONSTRATIVE.finditer(text):
        first, second = match.group(1), match.group(2)
        if first in _BARE:
            continue
        if not _noun_points_back(first, before) and not (
            second and _noun_points_back(second, before)
        ):
            return False
    return True


def after_sentence_before(
    card: AnyCard, sentences: list[Sentence], readable: Callable[[str], bool]
) -> AnyCard | None:
    """A thin deck's card whose reference its own sentence leaves open ("The venture expects
    ..."), shown after the article's sentence before it, when that one reads alone: judged
    blind, such cards alone were accepted 18 times in 56 (rounds 41-47)."""
    if card.kind == "true_false" or card.evidence is None:
        return None
    at = next((i for i, s in enumerate(sentences) if s.start == card.evidence.start), 0)
    if at == 0:
        return None
    before = sentences[at - 1].text
    if len(f"{before} {card.prompt}".split()) > MAX_WORDS or not readable(before):
        return None
    shown = set(card.prompt.lower().split())
    if sum(word in shown for word in before.lower().split()) > len(before.split()) * 0.6:
        return None  # the prompt already reads it after that sentence (rewritten): not twice
    answers = [card.answer, *getattr(card, "accepted", [])]
    if any(len(a) > 2 and word_positions(before, a) for a in answers):
        return None  # the sentence before would give the answer away
    return card.model_copy(update={"prompt": f"{before} {card.prompt}"})
