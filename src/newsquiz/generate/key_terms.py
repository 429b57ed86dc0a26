"""Key terms: the nouns an article keeps coming back to, picking the sentences a thin deck
states true or false.

A lifestyle or explainer piece may name no one and state no figure; what it teaches is its
vocabulary ("the barn", "the lighting", "the insulation"). A key term is a lowercase word the
article uses at least twice (singular and plural counted together), at least once as a noun
right after "the" or "a" and heading its phrase ("the roof should"). It is blanked only in a
usable (self-contained) sentence that holds it once, where it heads its phrase: not a
modifier ("wall lights") and not part of a compound the article repeats ("access point").
A term the article also writes another key term for ("cheaper pills", "cheaper drugs") is
not used: the other would be a defensible answer too.

The term is never asked as a typed blank: judged blind (rounds 41-54), 11 of 83 such clozes
were acceptable, nearly all for a synonym that fits as well ("pact" for "agreement", "planes"
for "aircraft", "link" for "peg"); the sentence it picks is stated true instead.
"""

import re
from collections import Counter
from typing import NamedTuple

from newsquiz.generate.checks import failed_checks
from newsquiz.generate.frames import Fact
from newsquiz.generate.questions import cloze_card
from newsquiz.generate.resolve import Resolved
from newsquiz.generate.statements import stands_alone, stated_true
from newsquiz.generate.textutil import count_word, words
from newsquiz.models import TrueFalseCard

MIN_USES = 2  # a term the article repeats
_WORD = re.compile(r"(?<![\w'/-])[a-z][a-z-]*[a-z](?![\w'/-])")
_NOUN_BEFORE = re.compile(r"\b(?:the|a|an|its|their|these)\s$")
_FUNCTION = words(
    """a an the and or but nor so yet for of to in on at by with from into onto over under
    about above after before between through during without within against among across
    is are was were be been being am has have had having do does did will would shall should
    can could may might must ought that this these those there here their them they its it
    his her him she he we you your our who whom whose which what when where why how than then
    as if because while although though also only just even still not no very more most much
    many some any each every other such both either neither all few less least own same too
    said says say made make makes take takes taken need needs needed use used uses given give
    well back ever never often already again further once per via
    spokesman spokeswoman spokesperson official officials officer analyst analysts executive
    chairman president minister secretary director manager attache source sources"""
)
"""(Role words too: "a _____ for the ministry said" has "spokesman", "official", "officer"
equally right, judged blind as ambiguous.)"""
# everyday newsroom nouns: "a strong _____", "the _____ said", "at a _____ of ministers" take
# many fills (judged blind: ambiguous, or given away), so they are no key terms
_GENERIC = words(
    """dollar dollars government governments meeting meetings market markets economy trade
    rise rises fall share shares decision decisions offer offers quarter statement statements
    measure measures report reports right rights figures figure investment investments case
    cases claim claims response company companies firm firms business businesses talks
    session sessions election elections year years month months week weeks people country
    countries group groups plan plans deal deals price prices rate rates money problem
    problems issue issues move moves news level levels time times part parts number numbers
    sector sectors industry industries effect effects result results change changes policy
    policies support interest interests action actions system systems service services"""
)
_MIN_LETTERS = 4


def _stem(word: str) -> str:
    """Singular and plural counted together ("walls", "wall"); "business" stays as it is."""
    if len(word) > _MIN_LETTERS and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


class KeyTerms(NamedTuple):
    """How often each key term (by stem) is used, and the terms that share a modifier with
    another key term (near-synonyms as the article uses them)."""

    uses: Counter[str]
    rivalled: frozenset[str]


def key_terms(texts: list[str]) -> KeyTerms:
    """The key terms of an article from its `texts` (headline and sentences)."""
    uses: Counter[str] = Counter()
    nouns: set[str] = set()
    heads: set[str] = set()  # words that end their phrase somewhere: nouns, not modifiers
    pairs: Counter[tuple[str, str]] = Counter()
    for text in texts:
        previous = ""
        for match in _WORD.finditer(text):
            word = match.group()
            if (
                word in _FUNCTION
                or word in _GENERIC
                or len(word) < _MIN_LETTERS
                or word.endswith("ly")
            ):
                previous = ""
                continue
            stem = _stem(word)
            uses[stem] += 1
            if _heads_its_phrase(text, match.end()):
                heads.add(stem)
                # the article word fits in the few characters before (searching from the start
                # of the sentence for every word would be quadratic in a long one)
                if _NOUN_BEFORE.search(text, max(0, match.start() - 8), match.start()):
                    nouns.add(stem)  # "the roof should", not "a small space"
            if previous and text[match.start() - 1] == " ":
                pairs[(previous, stem)] += 1
            previous = stem
    terms = Counter({stem: n for stem, n in uses.items() if n >= MIN_USES and stem in nouns})
    for (_, second), n in pairs.items():
        if n >= 2:  # "access point" twice: "point" is part of a compound, never blanked alone
            terms.pop(second, None)
    modified: dict[str, set[str]] = {}
    for first, second in pairs:
        if uses[second] >= MIN_USES and second in heads:  # "cheaper pills", "cheaper drugs"
            modified.setdefault(first, set()).add(second)
    rivalled = {word for group in modified.values() if len(group) > 1 for word in group}
    return KeyTerms(terms, frozenset(rivalled & set(terms)))


def _heads_its_phrase(text: str, end: int) -> bool:
    """The word is not a modifier: what follows is punctuation or a function word ("the
    roof should", "the barn."), not another word of its phrase ("a wireless LAN card")."""
    rest = text[end:]
    if not rest.startswith(" "):
        return rest[:1] in {",", ".", ";", ":", ")", ""}
    following = _WORD.match(rest, 1)
    return following is not None and following.group() in _FUNCTION


def key_term_facts(resolved: list[Resolved], terms: KeyTerms) -> list[list[Fact]]:
    """For each usable sentence, its key-term facts, best first (the most used term, and of
    equally used ones the longest: "insulation", not "skin"); sentences whose best term is
    used most first, then in article order."""
    found: list[tuple[int, int, list[Fact]]] = []
    for order, item in enumerate(resolved):
        if item.relative_year:
            continue
        ranked: list[tuple[tuple[int, int], Fact]] = []
        for match in _WORD.finditer(item.text):
            word = match.group()
            rank = (terms.uses.get(_stem(word), 0), len(word))
            if not rank[0] or _stem(word) in terms.rivalled:
                continue
            if not _heads_its_phrase(item.text, match.end()):
                continue
            if count_word(item.full_text, word) != 1 or count_word(item.sentence.text, word) != 1:
                continue  # twice in the sentence, or given away by the headline in front
            ranked.append((rank, _fact(item, match)))
        if ranked:
            ranked.sort(key=lambda r: (-r[0][0], -r[0][1]))
            found.append((ranked[0][0][0], order, [fact for _, fact in ranked]))
    found.sort(key=lambda f: (-f[0], f[1]))
    return [facts for _, _, facts in found]


def _fact(item: Resolved, match: re.Match[str]) -> Fact:
    word = match.group()
    singular = _stem(word)
    offset = len(item.context)
    return Fact(
        f"s{item.sentence.index}:term:{word}",
        "term",
        word,
        item.full_text,
        offset + match.start(),
        offset + match.end(),
        item,
        accepted=[singular] if singular != word else [],
    )


def key_term_cards(resolved: list[Resolved], texts: list[str]) -> list[TrueFalseCard]:
    """The usable sentences that hold a key term (best first), stated true: a thin deck's
    last resort.

    The statements are never made false by swapping in another term: nouns are not exclusive
    the way figures and names are ("alter the trade" may be loosely true of a story about
    altering the packaging to stop a trade)."""
    statements: list[TrueFalseCard] = []
    for facts in key_term_facts(resolved, key_terms(texts)):
        for fact in facts:
            cloze = cloze_card(fact)  # the checks a blank passes: the term is whole and once
            if cloze is not None and not failed_checks(cloze) and stands_alone(fact.text):
                statements.append(stated_true(fact.text, fact.resolved.sentence, fact.key))
                break
    return statements
