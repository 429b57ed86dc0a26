"""The noun phrase after a "the": its modifiers and its head noun, read with the dictionary
("the late rise in prices" -> "late rise"), for `descriptions` to judge whether the article
alone says which one it is."""

import re

from newsquiz.generate.description_heads import STRICT_HEADS
from newsquiz.generate.spelling import ALLOWED
from newsquiz.generate.textutil import lemmas
from newsquiz.generate.verbs import finite

_ENDS_PHRASE = frozenset(
    """up down out off over about comes came says said shows showed means meant follows followed
    looks seems seemed remains remained appears appeared marks marked takes took gives gave
    makes made goes went gets got sees saw will would could should may might must can shall
    has have had is was are were be been back""".split()
)
HYPHENATED = re.compile(r"[a-z]+(?:-[A-Za-z]+)+")  # "the four-year plan"
_ADVERB = re.compile(r"[a-z]{3,}ly")
_MODIFIER = {"ADJ": ("",)}
_NOUN = {"NOUN": ("",)}
_UNKNOWN = re.compile(r"[a-z]{4,}")
_UNKNOWN_MODIFIES = STRICT_HEADS | frozenset({"charge", "charges", "writedown", "provision"})
_AFTER_HEAD = frozenset("of in on at for with from to by and or as".split())


def noun_phrase(words: list[str]) -> list[str]:
    """The words of a noun phrase up to its head noun ("late rise" of "late rise in ...")."""
    # "the fiercely contested tax", "the newly created unit": an adverb and the participle or
    # adjective it qualifies describe the noun after them (judged blind B, round 131)
    if (
        len(words) > 2
        and _ADVERB.fullmatch(words[0])
        and "ADV" in lemmas(words[0])
        and (words[1].endswith("ed") or "ADJ" in lemmas(words[1]))
    ):
        rest = noun_phrase(words[2:])
        return [*words[:2], *rest] if rest else []
    phrase: list[str] = []
    assumed: set[str] = set()
    modified_by_verb = False
    for at, word in enumerate(words):
        if phrase and word in _ENDS_PHRASE:
            break  # "the companies up to 5%", "the finding comes in a report"
        found = lemmas(word)
        following = words[at + 1] if at + 1 < len(words) else ""
        if not found and HYPHENATED.fullmatch(word):
            found = _MODIFIER  # "the four-year plan", "the pan-European bourse": which one?
        elif not found and _UNKNOWN.fullmatch(word) and word not in ALLOWED:
            # a word the dictionary lacks: before a noun it modifies ("the pretax charge"),
            # before a preposition or a verb it is the head ("replace the outflow with"; judged
            # blind B in rounds 114 and 121, where no description had been seen)
            if following in _UNKNOWN_MODIFIES:
                found = _MODIFIER
            elif following in _AFTER_HEAD or at_verb(words, at + 1):
                found = _NOUN
                assumed.add(word)
        if not phrase and word.endswith("ing") and following in STRICT_HEADS - {"group"}:
            return [word, following]  # "the trading scandal" (not "the mining group")
        compound = word.endswith("ing") and "NOUN" in lemmas(following)
        if phrase and compound and following not in _ENDS_PHRASE:
            phrase.append(word)  # "the goods producing sector": a modifier, no verb
            continue
        # "the tin research proposal", "the planned sale": a word the dictionary knows only as
        # a verb, before a noun that is no verb of its own ("the adverts say"), modifies it;
        # such a phrase is a description only with an event's or a thing's head
        bare = not phrase and word not in ALLOWED and not word.endswith("ing")
        verb_only = bool(found) and not found.keys() & {"NOUN", "ADJ"}
        if bare and verb_only and "NOUN" in lemmas(following) and finite(following) is None:
            modified_by_verb = True
            phrase.append(word)
            continue
        if word in ALLOWED or not ({"NOUN", "ADJ"} & found.keys()):
            break
        past = found.get("VERB", (word,))[0] != word and not word.endswith(("s", "ing"))
        if phrase and past:
            break  # "the dollar fell": a verb's past form ends the phrase
        phrase.append(word)
    if modified_by_verb and len(phrase) > 1 and phrase[-1] not in STRICT_HEADS:
        return []
    while phrase and "NOUN" not in lemmas(phrase[-1]) and phrase[-1] not in assumed:
        if len(phrase) == 1 and HYPHENATED.fullmatch(phrase[0]) and at_verb(words, 1):
            break  # "The buy-back will be funded": a noun the dictionary lacks, then a verb
        phrase.pop()
    return phrase


def at_verb(words: list[str], at: int) -> bool:
    """Whether `words[at]` is a finite verb or an auxiliary."""
    return at < len(words) and finite(words[at]) is not None
