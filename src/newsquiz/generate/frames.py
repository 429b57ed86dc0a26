"""Facts: the answer spans of self-contained sentences, and business frames that ask about them.

A fact is one thing a card tests (a figure, a person, a date...) with the rewritten sentence it
sits in; frames (replacement, reporting line, joining, who reported) add a wh-question.
"""

import re
from dataclasses import dataclass, field

from newsquiz.generate.derivable import derivable, given_back_by
from newsquiz.generate.entities import EntityIndex
from newsquiz.generate.gazetteer import TITLE_WORDS
from newsquiz.generate.month_dates import month_dates
from newsquiz.generate.names import Mention
from newsquiz.generate.quantities import Quantity, find_quantities
from newsquiz.generate.reference_patterns import CUT_AT_DOT
from newsquiz.generate.resolve import Resolved
from newsquiz.generate.textutil import count_word, sounds_like_vowel
from newsquiz.models import FactType

_KIND_TO_TYPE = {
    "money": FactType.MONEY,
    "percent": FactType.PERCENT,
    "count": FactType.COUNT,
    "date": FactType.DATE,
    "person": FactType.PERSON,
    "org": FactType.ORG,
    "title": FactType.TITLE,
    "event": FactType.EVENT,
    "place": FactType.PLACE,
    "term": FactType.TERM,
}
_REASON = re.compile(
    r"\b(?:due to|because of|attributed to|blamed on) ((?:[a-z-]+ ){0,2}[a-z-]+)"
    r"(?= and\b| but\b|[,.;])"
)
_TITLE_FACT = re.compile(
    r"\b(?:is|was|became|has become|remains) the ((?:youngest|oldest|first|only|longest-serving) )?"
    r"((?:[A-Z][a-z]+ ){0,3}(?:President|Chairman|Officer|Executive|Director|Manager|Head|"
    r"Founder|Minister|Governor|Chief)) of [A-Z]"
)
_PART_OF_NAME_AFTER = re.compile(r" (?:of|de|for|and|&) [A-Z]| [A-Z][a-z]")
_PART_OF_NAME_BEFORE = re.compile(r"(?<![.!?:]) (?!The )([A-Z][\w&'-]*)(?: &| and)? $")
_AMOUNT = r"(?:about |around |roughly |some )?[$£€¥A-Z]*\s?\d[\d,.]*\s?\w*"
# "$1.13bn (£600m)", "200bn euros a year (£140bn; $258bn)": the conversions give it away
_CONVERSION = re.compile(
    rf"^(?P<gap> (?:a|per) (?:year|share|tonne|barrel)| annually)? \({_AMOUNT}(?:; ?{_AMOUNT})*\)"
)
_INITIAL_BEFORE = re.compile(r"(?<![\w.])[A-Z]\. $")
_BARE_APOSTROPHE = re.compile(r"['’](?!s\b)")
_RANGE_END = re.compile(r"-(?:to-)?[$£€¥]?\d")
_RANGE_START = re.compile(r"\d-(?:to-)?$")
# "between 700 mln and one billion dlrs": the first end is not asked (the second is, its
# options kept above the first by `direction`)
_BETWEEN_FIRST = re.compile(r" and (?:[$£€¥]?\d|one|two|three|four|five|six|seven|eight|nine)")
_HONORIFIC_BEFORE = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Dr)\.? $")
_CUT_AT_DOT = re.compile(r"\b[A-Z](?:\.[A-Z])+\.$")  # "U.S." asked as "U.S": never
_TIME_NOISE = re.compile(
    r"\s(?:today|yesterday|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b"
)


@dataclass
class Fact:
    """One testable span of a self-contained sentence."""

    key: str
    kind: str
    answer: str
    text: str
    start: int
    end: int
    resolved: Resolved
    quantity: Quantity | None = None
    media: bool = False
    family_first: bool = False
    question: str | None = None
    question_only: bool = False  # its sentence's other figures give it back: no blank
    score: float = 0.0
    accepted: list[str] = field(default_factory=list)

    @property
    def fact_type(self) -> FactType:
        return _KIND_TO_TYPE[self.kind]

    def blanked(self, blank: str) -> str:
        return self.text[: self.start] + blank + self.text[self.end :]

    def replaced(self, value: str) -> str:
        """The statement with `value` in the answer's place ("a 9% rise" -> "an 18% rise")."""
        before = self.text[: self.start]
        article = _ARTICLE_BEFORE.search(before)
        if article is not None and value[:1] in "$£€¥0123456789":
            word = "an" if sounds_like_vowel(value) else "a"
            if article.group(1)[0].isupper():
                word = word.capitalize()
            before = before[: article.start(1)] + word + " "
        return before + value + self.text[self.end :]


_ARTICLE_BEFORE = re.compile(r"\b([Aa]n?) $")
# the change of "jumped 76% to $1.13bn" and the level it reached; not the "from" figure
_CHANGE_BEFORE_LEVEL = re.compile(r"\s+to\s")
_LEVEL_AFTER_CHANGE = re.compile(r"\bto\s(?:about\s|around\s|nearly\s)?$")


def _change_or_level(q: Quantity, text: str) -> bool:
    if q.kind == "percent":
        return _CHANGE_BEFORE_LEVEL.match(text, q.end) is not None
    return _LEVEL_AFTER_CHANGE.search(text, 0, q.start) is not None


def _coordinated(mention: Mention, mentions: tuple[Mention, ...], text: str) -> bool:
    """ "Samsung and Sony", "Hitachi and Matsushita": a known name right before or after
    " and " makes two names, where "Marks and Spencer" alone would be one."""
    for other in mentions:
        if other is mention:
            continue
        if text[mention.end : other.start] in {" and ", " & ", ", "}:
            return True
        if text[other.end : mention.start] in {" and ", " & ", ", "}:
            return True
    return False


def _once(text: str, needle: str) -> bool:
    return count_word(text, needle) == 1


def _gives_away(q: Quantity, other: Quantity, text: str) -> bool:
    """A bracketed figure of the same kind within 5% of `q` elsewhere in the sentence."""
    if other is q or other.kind != q.kind or other.scale.strip() != q.scale.strip():
        return False
    bracketed = text[max(0, other.start - 1) : other.start] == "(" and text[other.end :][:1] == ")"
    return bracketed and abs(other.value - q.value) <= 0.05 * max(abs(q.value), 1e-9)


def _bracketed(text: str, start: int, end: int) -> bool:
    """The span sits inside brackets, or right before a bracketed acronym or gloss."""
    if _PARTY_TAG.match(text, end):
        return False  # "Rep. Hal Daub (R-Nebr.)": a lawmaker's party and state give nothing away
    return text[:start].count("(") > text[:start].count(")") or text[end : end + 2] == " ("


_PARTY_TAG = re.compile(r" \([RDI]-[A-Z][A-Za-z.]*\)")


def _drop_conversion(text: str, q: Quantity) -> tuple[str, bool]:
    """Remove a bracketed conversion right after a money value: "$1.13bn (£600m)"."""
    match = _CONVERSION.match(text[q.end :])
    if match:
        return text[: q.end] + (match.group("gap") or "") + text[q.end + match.end() :], True
    return text, False


def sentence_facts(
    resolved: Resolved,
    index: EntityIndex,
    ordinal: int,
    headline: str = "",
    main_org: bool = False,
    lead: bool = False,
) -> list[Fact]:
    """Every candidate answer span in one resolved sentence.

    When the answer is the only name in its sentence, the card would name nobody once it is
    blanked, so the story's headline is put in front ("From the story ...: "). The article's
    main company is asked about only with `main_org` (thin articles): elsewhere it is trivia.
    """
    text = resolved.text
    facts: list[Fact] = []
    key_base = f"s{resolved.sentence.index}"
    found = find_quantities(text)
    given_back = given_back_by(resolved.context, text) if resolved.bound else frozenset()
    for q in found:
        if text[max(0, q.start - 1) : q.start] == "(" or not _once(text, q.text):
            continue
        if any(_gives_away(q, other, text) for other in found):
            continue  # "Suez owns 40% of Aguas Argentinas (39.9%)": the bracket tells
        if q.start in given_back:
            continue  # the sentence shown before gives it back
        # "rose 44% to $205m from $142m": two of them give the third, so the change and the
        # new level are asked only as questions that leave the other figures out
        question_only = derivable(q, found, text)
        if question_only and not _change_or_level(q, text):
            continue
        if _RANGE_END.match(text, q.end) or _RANGE_START.search(text, 0, q.start):
            continue  # "$2-$3.8 trillion": one end of a range is no figure of its own
        if text.endswith("between ", 0, q.start) and _BETWEEN_FIRST.match(text, q.end):
            continue
        statement, _ = _drop_conversion(text, q) if q.kind == "money" else (text, False)
        facts.append(
            Fact(
                f"{key_base}:{q.kind}:{q.text}",
                q.kind,
                q.text,
                statement,
                q.start,
                q.end,
                resolved,
                quantity=q,
                question_only=question_only,
            )
        )
    for q in month_dates(text):  # "hopes to list in July": when, with no year to give
        if _once(text, q.text) and q.start not in given_back:
            key = f"{key_base}:date:{q.text}"
            facts.append(Fact(key, "date", q.text, text, q.start, q.end, resolved, quantity=q))
    for m in resolved.mentions:
        entity = index.entities[m.name]
        is_main = m.name == index.main_org and not entity.media
        # in a thin article the main company may be asked where it is written as its acronym
        # or short form ("BA", "Glaxo"); its full name is accepted as well
        acronym = main_org and is_main and m.surface in entity.aliases
        if m.surface != m.name and not acronym or m.kind not in {"person", "org"}:
            continue
        lead_actor = lead and is_main and (m.start == 0 or resolved.sentence.index <= 2)
        if m.kind == "org" and (
            is_main and not (main_org or lead_actor) or not entity.strong and not is_main
        ):
            continue  # the main company is asked where it acts in the lead, not everywhere
        answer = m.surface
        if not _once(text, answer) or _BARE_APOSTROPHE.match(text, m.end):
            continue  # "_____' key unit" reads as a stray quote mark
        if text[m.end : m.end + 1] == "/" or text[m.start - 1 : m.start] == "/":
            continue  # "Norsk Hydro A/S", "Audio/Video Affiliates": the name goes on
        if _INITIAL_BEFORE.search(text, 0, m.start):
            continue  # "chairman G. _____ said": the name begins at its initial
        if _HONORIFIC_BEFORE.search(text, max(0, m.start - 5), m.start):
            continue  # "Mr _____ has promised": a bare surname, by common knowledge anyone's
        if _PART_OF_NAME_AFTER.match(text, m.end) and not _coordinated(m, resolved.mentions, text):
            continue
        before = _PART_OF_NAME_BEFORE.search(text, 0, m.start) if m.start else None
        if before and _coordinated(m, resolved.mentions, text):
            before = None  # "Hitachi and Matsushita": two names, not one
        owner = before.group(1)[:-2] if before and before.group(1).endswith("'s") else ""
        place_owner = owner in index.entities and index.entities[owner].kind == "place"
        if before and before.group(1) not in TITLE_WORDS and not place_owner:
            continue  # "Iraq's Ministry of Communications" is the ministry; "GM's Rick" is not
        rest = text.replace(answer, " ")
        if any(count_word(rest, a) for a in entity.aliases | {m.name}):
            continue
        facts.append(
            Fact(
                f"{key_base}:{m.kind}:{m.name}",
                m.kind,
                answer,
                text,
                m.start,
                m.end,
                resolved,
                media=entity.media,
                family_first=entity.family_first,
                accepted=[m.name] if acronym else [],
            )
        )
    for match in _REASON.finditer(text):
        facts.append(
            Fact(
                f"{key_base}:event:{match.group(1)}",
                "event",
                match.group(1),
                text,
                match.start(1),
                match.end(1),
                resolved,
            )
        )
    for match in _TITLE_FACT.finditer(text):
        start = match.start(1) if match.group(1) else match.start(2)
        answer = text[start : match.end(2)]
        if _once(text, answer):
            facts.append(
                Fact(
                    f"{key_base}:title:{answer}",
                    "title",
                    answer,
                    text,
                    start,
                    match.end(2),
                    resolved,
                )
            )
    original = resolved.sentence.text
    facts = [
        f
        for f in facts
        if f.answer in original
        and not _bracketed(f.text, f.start, f.end)
        and not _CUT_AT_DOT.search(f.text, 0, f.end + 1)
        and not CUT_AT_DOT.fullmatch(f.answer)  # "the U.S, Europe": the source's slip
    ]
    _attach_questions(facts, resolved, index)
    named = [m for m in resolved.mentions if m.kind in {"person", "org", "place"}]
    for fact in facts:
        context = resolved.context
        if not context and headline:
            others = [m for m in named if m.end <= fact.start or m.start >= fact.end]
            # the headline would give a thin article's main company away: its sentence is
            # the question ("_____ plans to cut back on advertising ...")
            gives_away = main_org and fact.kind == "org" and _names(headline, fact, index)
            if not others and not gives_away:
                context = f'From the story "{headline.strip().rstrip(".")}": '
        if context:
            fact.text = context + fact.text
            fact.start += len(context)
            fact.end += len(context)
    return facts


def _names(headline: str, fact: Fact, index: EntityIndex) -> bool:
    """The headline names the fact's answer, by any of its names ("GSK" for "Glaxo")."""
    entity = index.entities.get(index.alias_map.get(fact.answer, ""))
    names = entity.aliases | {entity.name} if entity is not None else {fact.answer}
    return any(count_word(headline, name) for name in names)


def place_subject_fact(resolved: Resolved, headline: str = "") -> Fact | None:
    """The place a sentence opens with as its subject ("Iraq is to invite bids ..."): asked in
    thin articles only, as a typed cloze. Never a setting ("In _____, as in Europe, immigration
    is a very sensitive subject", "In _____ beet growth has been delayed"): judged blind,
    other countries fitted (D, rounds 76 and 78)."""
    mentions = resolved.mentions
    text = resolved.text
    if not mentions or mentions[0].kind != "place" or mentions[0].start != 0:
        return None
    m = mentions[0]
    if not re.match(r" (?:is|has|was|will|plans|wants|says|said|has)\b", text[m.end :]):
        return None
    if count_word(text, m.surface) != 1 or m.surface not in resolved.sentence.text:
        return None
    context = ""
    if len(mentions) == 1 and not count_word(headline, m.surface):
        context = f'From the story "{headline.strip().rstrip(".")}": '
    return Fact(
        f"s{resolved.sentence.index}:place:{m.name}",
        "place",
        m.surface,
        context + text,
        len(context) + m.start,
        len(context) + m.end,
        resolved,
    )


def _person_at(mentions: tuple[Mention, ...], start: int) -> Mention | None:
    for m in mentions:
        if m.kind == "person" and m.start == start:
            return m
    return None


def _attach_questions(facts: list[Fact], resolved: Resolved, index: EntityIndex) -> None:
    text = resolved.text
    by_answer = {f.answer: f for f in facts}
    subject = _person_at(resolved.mentions, 0)
    if subject is not None:
        rest = text[subject.end :]
        replace = re.match(
            r"(?:, [^,]+,)?(?:, [^,]+,)? (will replace|replaced|replaces|is to replace|"
            r"will succeed|succeeded|succeeds) "
            r"([A-Z][\w'-]+(?: [A-Z][\w'-]+){0,2})((?: to take charge of| as| in charge of)"
            r" [^,.;]+)?",
            rest,
        )
        if replace and replace.group(2) in index.alias_map and subject.name in by_answer:
            target = index.alias_map[replace.group(2)]
            by_answer[
                subject.name
            ].question = f"Who {replace.group(1)} {target}{replace.group(3) or ''}?"
        report = re.search(
            r"\b(will )?(report|reports|reported) to ([A-Z][\w'-]+(?: [A-Z][\w'-]+){0,2})", text
        )
        if report and report.group(3) in by_answer:
            aux = (
                "will"
                if report.group(1) or " will " in text[: report.start()]
                else ("does" if report.group(2) == "reports" else "did")
            )
            by_answer[report.group(3)].question = f"Who {aux} {subject.name} report to?"
        joined = re.search(r"\bjoined ([A-Z][\w&'-]+(?: [A-Z][\w&'-]+){0,2}) in ", rest)
        if joined:
            for fact in facts:
                if fact.kind == "date" and fact.start == subject.end + joined.end():
                    fact.question = f"When did {subject.name} join {joined.group(1)}?"
    reported = re.match(
        r"(?:[A-Z]?[a-z]+ )*?(?:[a-z]+ )?([A-Z][\w&'-]+(?: [A-Z][\w&'-]+){0,2}) reported"
        r"(?: on \w+)? that (.+?)(?:, and |\.$)",
        text,
    )
    if reported and reported.group(1) in by_answer and by_answer[reported.group(1)].media:
        clause = _TIME_NOISE.sub("", reported.group(2))
        if len(clause.split()) <= 30:
            by_answer[reported.group(1)].question = f"Which media outlet reported that {clause}?"
