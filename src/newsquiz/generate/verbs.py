"""Finite verbs and their base forms, for turning a sentence into a question with do-support.

"Xstrata rose 5%" becomes "By how much did Xstrata rise?": the question needs to know that
"rose" is the past tense of "rise". lemminflect's dictionaries (no model, a few MB) give the
lemma and inflections of English words; a small list of auxiliaries and of words that are
never the main verb of a news sentence does the rest.
"""

from functools import lru_cache

from lemminflect import getAllLemmas, getInflection

AUXILIARIES = frozenset(
    """will would is are was were has have had can could may might should must shall""".split()
)
# present-tense forms that take "does"/"do" support are the lexical verbs; "is" and "has" are
# inverted themselves ("Is X ...?", "Has X ...?"), "has" only when a participle follows
_NEVER_VERBS = frozenset(
    """united based owned listed combined related limited used given known called named means
    news series species analysis basis crisis""".split()
)
_DETERMINERS = frozenset(
    """a an the its his her their our this that these those some any each every no another of
    to in on at by for from with as than""".split()
)


@lru_cache(maxsize=8192)
def finite(word: str) -> tuple[str, str] | None:
    """(lemma, form) when `word` can be a finite verb: form is "aux", "past" or "3sg"."""
    lower = word.lower()
    if lower in AUXILIARIES:
        return (lower, "aux") if word.islower() else None  # "May" is a month
    if not word.islower() or lower in _NEVER_VERBS:
        return None
    lemmas = getAllLemmas(lower).get("VERB")
    if not lemmas:
        return None
    lemma = lemmas[0]
    if lower in (getInflection(lemma, "VBD") or ()):
        return (lemma, "past")
    if lower in (getInflection(lemma, "VBZ") or ()) and lower != lemma:
        return (lemma, "3sg")
    return None


@lru_cache(maxsize=8192)
def is_participle(word: str) -> bool:
    """ "fallen", "forecast", "agreed": what follows "has"/"had" in a perfect tense."""
    lemmas = getAllLemmas(word.lower()).get("VERB")
    return bool(lemmas) and word.lower() in (getInflection(lemmas[0], "VBN") or ())


@lru_cache(maxsize=8192)
def is_verb(word: str) -> bool:
    return word.islower() and "VERB" in getAllLemmas(word)


@lru_cache(maxsize=16384)
def is_noun(word: str) -> bool:
    return "NOUN" in getAllLemmas(word.lower())


def can_follow(previous: str) -> bool:
    """A verb never comes right after a determiner or a preposition ("the combined group")."""
    return previous.lower() not in _DETERMINERS and not previous.endswith(("'s", "'"))


@lru_cache(maxsize=16384)
def is_modifier(word: str) -> bool:
    """ "Early", "Higher", "Strong": a sentence's first word that qualifies the noun after it."""
    lemmas = getAllLemmas(word.lower())
    return bool(lemmas) and "NOUN" not in lemmas and bool({"ADJ", "ADV", "DET"} & set(lemmas))


@lru_cache(maxsize=16384)
def is_verb_word(word: str) -> bool:
    """ "helping", "selling": a verb form, whatever its case ("Helping" opens a clause)."""
    return "VERB" in getAllLemmas(word.lower())


@lru_cache(maxsize=16384)
def is_word(word: str) -> bool:
    """An English dictionary word ("Global", "Early"), not a name the dictionary lacks."""
    return bool(getAllLemmas(word.lower()))
