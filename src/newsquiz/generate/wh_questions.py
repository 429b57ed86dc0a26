"""Real questions: a self-contained news sentence and its answer span become a wh-question.

"Ford will cut 500 jobs in Europe" with the answer "500" becomes "How many jobs will Ford cut
in Europe?". The sentence is read shallowly: a trailing or leading attribution ("..., the
minister said") becomes "according to ...", a leading adverbial ("In 2004, ...") moves to the
end, the first finite verb splits subject from predicate, and the words around the answer
(the preposition before it, the noun after it) choose the wh-phrase. Every step that is not
certain gives up: the caller then uses a short cloze or no card, never a broken question.
"""

import re
from dataclasses import dataclass

from newsquiz.generate.verbs import can_follow, finite, is_noun, is_participle
from newsquiz.generate.wh_phrases import Target, wh_for_name, wh_for_quantity

MAX_WORDS = 40
_WORD = re.compile(r"[A-Za-z][\w'&.-]*[\w']|[A-Za-z]|\S")
_TAIL = re.compile(
    r",\s(?:(?:said|says|added|adds|noted|explained)\s(?P<w1>[A-Z][^,]*(?:,\s[^,]+)?)"
    r"|(?P<w2>(?:the\s)?[A-Z][^,]*?)\s"
    r"(?:said|says|added|adds|noted|estimated|reported|told [a-z ]+?)"
    r"(?:\son\s[A-Z][a-z]+day)?|according to (?P<w3>[A-Z][^,]+))$"
)
_LEAD = re.compile(
    r"^(?P<who>[A-Z][\w&'.-]*(?:\s[A-Z][\w&'.-]*){0,4})\s(?:said|says|announced|reported)"
    r"(?:\s(?:on\s)?[A-Z][a-z]+day)?(?:\sthat)?\s(?=[a-zA-Z])"
)
_POSSESSIVE = re.compile(r"^(?:its|his|her|their)\s")
_INTRO = re.compile(
    r"^(?:(?:In|On|At|During|By|For|After|Before|Since|Over|Until|Throughout|Between|Last|This"
    r"|Earlier|Later|Despite|Following|Under|Amid|As of)\b[^,]{1,70}),\s"
)
_CONNECTIVE = re.compile(
    r"^(?:However|Meanwhile|Separately|Also|Still|But|And|Yet|Overall|In addition|Nevertheless"
    r"|Instead|Elsewhere|Indeed|Now|So)(?:,\s|\s)"
)
_ADVERBS = frozenset(
    """since also already now just yet still recently previously not never""".split()
)
_ATTACHED_AFTER = re.compile(
    r"^(?:\s(?:or more|or less|out of|of the|and|-|[A-Z][a-z]+ (?:francs|dollars|marks|pounds))"
    r"\b|-|'s?\b)"
)
_SUBORDINATE = re.compile(
    r"^(?:When|If|As|Although|Though|While|Because|Since|After|Before|Unless|Once|Whether)\s"
)
_ROLE_PREFIX = re.compile(
    r"((?:[A-Z][\w&-]*\s){0,3}(?:[a-z-]+\s){0,2}(?:president|chairman|chief executive|minister|"
    r"Minister|governor|Governor|spokesman|spokeswoman|director|analyst|economist|"
    r"secretary|Secretary|President|Chairman|head|chief|founder|executive|manager))\s"
)
_DANGLING = frozenset(
    ["of", "on", "at", "by", "with", "from", "out", "than", "to", "and", "or", "the", "a", "an"]
)
_CUT_ABBREVIATION = re.compile(r"\b[A-Z]\.[A-Z](?![.\w])")
_APPOSITION = re.compile(r"^,\sor\s[^,]*,")  # "$12.5m, or $1.43 a share,"
_RELATIVE_END = re.compile(r",\s(?:which|who|whose)\b[^,]*,$")
_SPEECH = frozenset("""say tell add note claim warn believe think argue""".split())
_FUNCTION_START = frozenset(
    """the a an its their his her this these those that some many most such""".split()
)


def _lower_start(text: str) -> str:
    first = text.split(" ", 1)[0]
    return text[:1].lower() + text[1:] if first.lower() in _FUNCTION_START else text


def _decapitalize(text: str, is_name: bool) -> str:
    """A sentence's first word moved inside a question: "inflation", but "Kenya", "OPEC"."""
    first = re.match(r"[A-Za-z]+", text)
    if is_name or first is None or first.group().isupper() or not is_noun(first.group()):
        return (
            text
            if first is None or first.group().lower() not in _FUNCTION_START
            else (text[:1].lower() + text[1:])
        )
    return text[:1].lower() + text[1:]


def _tidy(text: str) -> str:
    text = re.sub(r"\s+", " ", text)
    text = re.sub(r"\s+([,;:])", r"\1", text)
    text = re.sub(r",(\s*,)+", ",", text)
    return re.sub(r"[\s,;:]+$", "", text.strip())


def _split_attribution(text: str, start: int, end: int) -> tuple[str, str, bool] | None:
    """(core, speaker, answer_is_speaker): the sentence without its attribution."""
    tail = _TAIL.search(text)
    if tail is not None:
        who = tail.group("w1") or tail.group("w2") or tail.group("w3") or ""
        if start >= tail.start():
            return text[: tail.start()], who, True
        if end > tail.start():
            return None
        return text[: tail.start()], who, False
    return text, "", False


@dataclass(frozen=True, slots=True)
class _Verb:
    start: int
    end: int
    word: str
    lemma: str
    form: str


def _first_verb(core: str) -> _Verb | None:
    tokens = list(_WORD.finditer(core))
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
        lemma, form = found
        nxt = tokens[i + 1].group() if i + 1 < len(tokens) else ""
        previous = tokens[i - 1].group()
        if form == "3sg" and is_noun(word) and not (previous[:1].isupper() or previous == ","):
            continue  # "company profits rose": "profits" is the subject's noun
        after_verb = finite(nxt) if nxt else None
        if form != "aux" and after_verb is not None and after_verb[1] == "past":
            continue
        return _Verb(token.start(), token.end(), word, lemma, form)
    return None


def _invert(subject: str, verb: _Verb, rest: str) -> str:
    """ "did Ford cut ...", "will Ford cut ...", "is Ford expected ..."."""
    if verb.form == "aux":
        words = [w for w in rest.split() if w.lower() not in _ADVERBS]
        participle = re.match(r"\s*(\w+)", " ".join(words[:1]))
        if verb.lemma in {"has", "have", "had"} and not (
            participle and (participle.group(1) == "been" or is_participle(participle.group(1)))
        ):
            aux = {"has": "does", "have": "do", "had": "did"}[verb.lemma]
            return f"{aux} {subject} have {rest}"
        return f"{verb.word.lower()} {subject} {rest}"
    aux = "did" if verb.form == "past" else "does"
    return f"{aux} {subject} {verb.lemma} {rest}"


def question_for(text: str, target: Target) -> str | None:
    """A wh-question about `target` in the sentence `text`, or None when unsure."""
    if '"' in text or text.startswith("From the story") or _SUBORDINATE.match(text):
        return None  # "When the first cards appeared in 1950, ...": two clauses to untangle
    text = text.rstrip().rstrip(".").rstrip()
    if target.end > len(text):
        return None
    split = _split_attribution(text, target.start, target.end)
    if split is None:
        return None
    core, speaker, asks_speaker = split
    if asks_speaker:
        return _speaker_question(_decapitalize(core, 0 in target.names), target, speaker)
    shift = 0
    named_start = shift in target.names
    lead = _LEAD.match(core) if not speaker and 0 in target.names else None
    if lead is not None:
        rest = core[lead.end() :]
        pronoun = _POSSESSIVE.match(rest)
        if target.start < lead.end():
            if pronoun is not None or target.end != len(lead.group("who")):
                return None
            return _speaker_question(_decapitalize(rest, False), target, lead.group("who"))
        speaker = lead.group("who")
        owner = f"{speaker}'s " if pronoun is not None else ""
        taken = pronoun.end() if pronoun is not None else 0
        core = owner + rest[taken:]
        shift = lead.end() + taken - len(owner)
        named_start = pronoun is not None or shift in target.names
    intro = ""
    while True:
        connective = _CONNECTIVE.match(core)
        intro_match = _INTRO.match(core) if connective is None else None
        match = connective or intro_match
        if match is None:
            break
        if target.start - shift < match.end():
            return None
        if intro_match is not None:
            intro = _lower_start(match.group().rstrip(", "))
            intro = intro[:1].lower() + intro[1:]
        core = core[match.end() :]
        core = core[:1].upper() + core[1:]
        shift += match.end()
    start, end = target.start - shift, target.end - shift
    verb = _first_verb(core)
    if verb is None:
        return None
    subject = _RELATIVE_END.sub("", core[: verb.start].strip())
    subject = _decapitalize(subject, named_start or shift in target.names)
    appositive = subject.endswith(",") and subject.count(",") == 2
    if not subject or len(subject.split()) > 14 or " - " in subject:
        return None
    if subject.endswith(",") and not appositive:
        return None
    tail = []
    if intro:
        tail.append(intro)
    if speaker and speaker not in core:
        tail.append(f", according to {speaker}")
    ending = (" " + " ".join(tail)) if tail else ""
    if end <= verb.start:
        if target.kind not in {"person", "org"} or core[end : verb.start].strip():
            return None
        who = "who" if target.kind == "person" else f"which {target.org_noun}"
        if start != 0:
            role = _ROLE_PREFIX.fullmatch(core[:start])
            if target.kind != "person" or role is None:
                return None
            title = role.group(1)
            if title.split()[0].istitle() and title[1:] == title[1:].lower():
                title = title[:1].lower() + title[1:]  # "Chief executive" -> "chief executive"
            who = f"which {title}"  # "Central Bank president Francisco Gros denied"
        question = f"{who} {core[verb.start :]}{ending}"
        return _finish(question, core[start:end])
    if start < verb.end:
        return None
    before, after = core[verb.end : start], _other_clause_cut(_APPOSITION.sub("", core[end:]))
    spoken = any((finite(w) or ("", ""))[0] in _SPEECH for w in before.split())
    if re.search(r"[,;:(]| - |\bthat\b", before) or verb.lemma in _SPEECH or spoken:
        return None  # the answer sits in another clause: asking it here would misattribute
    if _ATTACHED_AFTER.match(after):
        return None  # "7.85 mln out of 119.2 mln", "57.85 Swiss francs": part of a larger phrase
    if target.kind == "date" and len(before.split()) > 8:
        return None  # a date far from its verb may date a noun ("WorldCom's collapse in 2002")
    if target.kind in {"person", "org"}:
        wh, take_before = wh_for_name(target, before)
        take_after = 0
    else:
        wh, take_before, take_after = wh_for_quantity(target, before, after, verb.lemma)
    if not wh:
        return None
    rest = before[: len(before) - take_before] + " " + after[take_after:]
    question = f"{wh} {_invert(subject, verb, _tidy(rest))}{ending}"
    return _finish(question, core[start:end])


def _speaker_question(core: str, target: Target, speaker: str) -> str | None:
    if target.kind not in {"person", "org"} or len(core.split()) > 30:
        return None
    who = "who" if target.kind == "person" else f"which {target.org_noun}"
    return _finish(f"{who} said that {_tidy(core)}", speaker)


def _other_clause_cut(after: str) -> str:
    """Drop a second clause after the answer (", the Jordanian bank has bought ...")."""
    for comma in re.finditer(r",\s|\s(?=(?:that|which|who|where)\s)", after):
        words = after[comma.end() :].split()
        if any(finite(w) is not None for w in words[:12]):
            return after[: comma.start()]
    return after


def _finish(question: str, answer: str) -> str | None:
    question = _tidy(question)
    last = question.split()[-1].lower() if question.split() else ""
    if last in _DANGLING or _CUT_ABBREVIATION.search(question):
        return None  # "... net income of 105.3 mln dlrs on?", "How much did U.S remain ..."
    if re.search(r"\b(\w+) \1\b", question, re.I):
        return None  # "pegged to to the dollar": a word left over from a removed phrase
    if len(question.split()) > MAX_WORDS or re.search(
        r"(?<!\w)" + re.escape(answer) + r"(?!\w)", question
    ):
        return None
    return question[:1].upper() + question[1:] + "?"
