"""Finite verbs and their base forms, for turning a sentence into a question with do-support.

"Xstrata rose 5%" becomes "By how much did Xstrata rise?": the question needs to know that
"rose" is the past tense of "rise". lemminflect's dictionaries (no model, a few MB) give the
lemma and inflections of English words; a small list of auxiliaries and of words that are
never the main verb of a news sentence does the rest.
"""

from functools import lru_cache

from lemminflect import getInflection

from newsquiz.generate.textutil import lemmas as all_lemmas

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
    verbs = all_lemmas(lower).get("VERB")
    if not verbs:
        return None
    lemma = verbs[0]
    if lower in (getInflection(lemma, "VBD") or ()):
        return (lemma, "past")
    if lower in (getInflection(lemma, "VBZ") or ()) and lower != lemma:
        return (lemma, "3sg")
    return None


@lru_cache(maxsize=8192)
def is_participle(word: str) -> bool:
    """ "fallen", "forecast", "agreed": what follows "has"/"had" in a perfect tense."""
    verbs = all_lemmas(word.lower()).get("VERB")
    if not verbs:
        return False
    return word.lower() in (getInflection(verbs[0], "VBN") or ())


def is_verb(word: str) -> bool:
    return word.islower() and "VERB" in all_lemmas(word)


def is_noun(word: str) -> bool:
    return "NOUN" in all_lemmas(word.lower())


def can_follow(previous: str) -> bool:
    """A verb never comes right after a determiner or a preposition ("the combined group")."""
    return previous.lower() not in _DETERMINERS and not previous.endswith(("'s", "'"))


_PERIODIC = frozenset("annual quarterly monthly weekly daily yearly".split())


def is_modifier(word: str) -> bool:
    """ "Early", "Higher", "Strong", "Quarterly": a sentence's first word that qualifies the
    noun after it ("Quarterly profits jumped": "profits" is no verb)."""
    if word.lower() in _PERIODIC:
        return True
    tags = all_lemmas(word.lower())
    return bool(tags) and "NOUN" not in tags and bool({"ADJ", "ADV", "DET"} & set(tags))


def is_verb_word(word: str) -> bool:
    """ "helping", "selling": a verb form, whatever its case ("Helping" opens a clause)."""
    return "VERB" in all_lemmas(word.lower())


def is_word(word: str) -> bool:
    """An English dictionary word ("Global", "Early"), not a name the dictionary lacks."""
    return bool(all_lemmas(word.lower()))
