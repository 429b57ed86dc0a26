"""Reading a news sentence's clauses without a parser: where the main verb is, where a second
clause starts, what kind of company a subject's description names, and the do-support that
turns "Ford cut 500 jobs" into "did Ford cut". `wh_questions` builds its questions on these.
"""

import re
from dataclasses import dataclass

from newsquiz.generate.quantities import MONTHS
from newsquiz.generate.verbs import (
    can_follow,
    finite,
    is_modifier,
    is_noun,
    is_participle,
    is_word,
)

WORD = re.compile(r"[A-Za-z][\w'&.-]*[\w']|[A-Za-z]|\S")
_ORG_KINDS = frozenset(
    """bank firm group company maker carmaker airline giant retailer insurer operator producer
    supplier lender brewer broker conglomerate regulator watchdog exchange fund investor
    manufacturer chain carrier""".split()
)
_NATIONALITY = re.compile(r"[A-Z][a-z]+(?:ese|an|ish|ch|ian|i)|US|UK|[A-Z][a-z]+-[A-Z][a-z]+")
_APPOSITION_START = frozenset("""the a an its his her their""".split())
_NAME_MODIFIED_AFTER = frozenset("""between of the a an and in for""".split())
_PLACE_PREPOSITIONS = frozenset("""at in by from on for with under over during""".split())
# a second clause with its own named subject: "..., while sales of Mini models rose 3.6%"
_SECOND_CLAUSE = re.compile(r",\s(?:while|and|but|whereas)\s|\swhile\s|;\s")
_ADVERBS = frozenset(
    """since also already now just yet still recently previously not never""".split()
)
# a wh-phrase never opens on a preposition or a participle left of the subject
ADVERBIAL_START = frozenset(
    """on in at by for from with to of after before during under over despite excluding
    including according following given based compared""".split()
)
DANGLING = frozenset("""of on at by with from out than to and or the a an in for into""".split())
FUNCTION_START = frozenset(
    """the a an its their his her this these those that some many most such""".split()
)


@dataclass(frozen=True, slots=True)
class Verb:
    start: int
    end: int
    word: str
    lemma: str
    form: str


_UNKNOWN_PAST = re.compile(r"[a-z]{4,}ed")


def first_verb(core: str) -> Verb | None:
    tokens = list(WORD.finditer(core))
    skip_to_comma = False
    depth = 0
    for i, token in enumerate(tokens):
        word = token.group()
        if word == "(":
            depth += 1
        elif word == ")":
            depth = max(0, depth - 1)
        if depth:
            continue
        if word == ",":
            following = tokens[i + 1].group().lower() if i + 1 < len(tokens) else ""
            skip_to_comma = following in {"which", "who", "whose", "where", "when"}
            continue
        if skip_to_comma or i == 0:
            continue
        found = finite(word)
        if found is None or not can_follow(tokens[i - 1].group()):
            continue
        if tokens[i - 1].group().lower() in {"who", "which", "that"}:
            return None  # "investors who lose money ... are to receive": where it ends is unsure
        if any(_UNKNOWN_PAST.fullmatch(t.group()) and not is_word(t.group()) for t in tokens[1:i]):
            return None  # "OPEC reintroduced fixed prices": the verb is the word no dictionary has
        lemma, form = found
        nxt = tokens[i + 1].group() if i + 1 < len(tokens) else ""
        previous = tokens[i - 1].group()
        before_name = tokens[i - 2].group().lower() if i >= 2 else ""
        named = (
            previous[:1].isupper()
            and not (i == 1 and is_modifier(previous))
            and not _NATIONALITY.fullmatch(previous)  # "Nigerian banks United Bank ... have"
            and before_name not in _NAME_MODIFIED_AFTER
        )  # "Xstrata rises", but not "the gap between US exports and imports hit"
        nxt_verb = finite(nxt) if nxt.islower() else None
        if form == "3sg" and is_noun(word) and nxt_verb is not None:
            continue  # "Google shares have risen": the noun before the verb
        if form == "3sg" and is_noun(word) and not (named or previous == ","):
            continue  # "company profits rose", "Early estimates put": the subject's noun
        after_verb = finite(nxt) if nxt else None
        if form != "aux" and after_verb is not None and after_verb[1] == "past":
            continue
        relative_after = (
            previous.islower() and previous.endswith("s") and is_noun(previous)
        ) and nxt in _PLACE_PREPOSITIONS
        relative_after = relative_after or (previous.islower() and nxt in MONTHS)
        if form == "past" and relative_after and _later_verb(tokens[i + 1 :]):
            continue  # "goods intercepted at the borders increased": a reduced relative
        return Verb(token.start(), token.end(), word, lemma, form)
    return None


def _later_verb(tokens: list[re.Match[str]]) -> bool:
    """A finite verb follows in the same clause (before any comma)."""
    for token in tokens:
        if token.group() in {",", ";", "-"}:
            return False
        found = finite(token.group()) if token.group().islower() else None  # not "May"
        if found is not None and found[1] in {"past", "aux"}:
            return True
    return False


def invert(subject: str, verb: Verb, rest: str) -> str:
    """ "did Ford cut ...", "will Ford cut ...", "is Ford expected ..."."""
    if verb.form == "aux":
        words = [w for w in rest.split() if w.lower() not in _ADVERBS and not w.endswith("ly")]
        participle = re.match(r"\s*(\w+)", " ".join(words[:1]))
        if verb.lemma in {"has", "have", "had"} and not (
            participle and (participle.group(1) == "been" or is_participle(participle.group(1)))
        ):
            aux = {"has": "does", "have": "do", "had": "did"}[verb.lemma]
            return f"{aux} {subject} have {rest}"
        return f"{verb.word.lower()} {subject} {rest}"
    aux = "did" if verb.form == "past" else "does"
    return f"{aux} {subject} {verb.lemma} {rest}"


def org_description(prefix: str) -> str | None:
    """The kind of company a subject's description names: "Struggling Japanese car maker"
    gives "Japanese car maker", "Japan's" gives "company"; None for anything else."""
    if re.fullmatch(r"[A-Z][\w-]*'s?\s", prefix):
        return "company"  # "Japan's Sumitomo Mitsui Financial"
    words = prefix.split()
    if not 0 < len(words) <= 5 or "," in prefix or words[-1].lower() not in _ORG_KINDS:
        return None
    if {"in", "of", "at", "for", "from", "by", "with"} & {w.lower() for w in words}:
        return None  # "Shares in engineering group Jarvis": the subject is the shares
    kept: list[str] = []
    if {"and", "or", "&"} & set(words):
        return words[-1].lower()  # "oil and gas company": the head alone
    owner = max((i for i, w in enumerate(words) if w.endswith(("'s", "'"))), default=-1)
    words = words[owner + 1 :]  # "India's biggest carmaker": the kind, not the country
    for i, word in reversed(list(enumerate(words))):
        # "UK-based" keeps its capitals ("which uk-based bank" was judged A)
        keep = _NATIONALITY.fullmatch(word) or re.match(r"[A-Z]{2}", word)
        lower = word.lower() if i == 0 and not keep else word
        if len(kept) == 3 or not (lower.islower() or _NATIONALITY.fullmatch(lower)):
            break
        if finite(lower) is not None or lower in FUNCTION_START:
            break
        kept.insert(0, lower)
    if kept and not _NATIONALITY.fullmatch(kept[0]) and is_modifier(kept[0]) and len(kept) > 1:
        kept = kept[1:]  # "struggling", "embattled": the description, not the kind
    return " ".join(kept)


def second_clause(core: str, start: int, names: tuple[int, ...], shift: int) -> int:
    """Where the clause holding the answer starts, when it is a second clause with a subject
    of its own that names someone ("..., while sales of Mini models rose 3.6%"); else 0."""
    found = 0
    for match in _SECOND_CLAUSE.finditer(core, 0, start):
        found = match.end()
    if not found:
        return 0
    verb = first_verb("X " + core[found:start])
    if verb is None:
        return 0
    subject_end = found + verb.start - 2
    if not any(found <= n - shift < subject_end for n in names):
        return 0  # "while revenues grew": whose revenues, the clause does not say
    return found


def _is_finite(word: str) -> bool:
    return word.islower() and finite(word) is not None


def other_clause_cut(after: str) -> str:
    """Drop a second clause after the answer (", the Jordanian bank has bought ...", "and
    warns against ...", ", exporting a little under $3bn")."""
    for comma in re.finditer(r",\s|\s(?=(?:that|which|who|where|and|but|while|whereas)\s)", after):
        words = after[comma.end() :].split()
        if words[:1] in (["while"], ["whereas"]) or (
            after[comma.start()] == ","
            and (words[:1] and (words[0] in _APPOSITION_START or words[0][:1].isdigit()))
        ):
            return after[: comma.start()]  # "while sales rose", ", the owner of Pagex": no more
        if words[:1] in (["and"], ["but"]) and after[comma.start()] == ",":
            return after[: comma.start()]  # ", and there is even a waiting list"
        if words[:1] in (["and"], ["but"]):
            if len(words) > 1 and finite(words[1]) is not None:
                return after[: comma.start()]
            named_and = (
                after[: comma.start()].split()[-1:][0][:1].isupper() if comma.start() else True
            )
            if (
                len(words) > 1
                and words[1][:1].isupper()
                and not named_and  # "Federal Savings and Loan Insurance Corp": one name
                and any(map(_is_finite, words[2:15]))
            ):
                return after[: comma.start()]  # "and President Lula ... was criticised"
            continue
        if words[:1] and words[0].endswith("ing") and words[0].islower():
            return after[: comma.start()]
        if any(finite(w) is not None for w in words[:12]):
            return after[: comma.start()]
    return after


def modifies_noun(after: str) -> bool:
    """The answer name is followed by a common noun it qualifies ("Moet & Chandon champagne")."""
    word = re.match(r"\s([a-z]+)\b", after)
    if word is None or word.group(1) in DANGLING or word.group(1) in ADVERBIAL_START:
        return False
    return is_noun(word.group(1)) and finite(word.group(1)) is None
