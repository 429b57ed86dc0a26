"""Make sentences self-contained: resolve "he", "it", "the firm", aliases and relative years.

A sentence whose references cannot be resolved, that quotes someone, or that is not prose
(code, captions, "SEE ALSO" lines) yields None and is never used for a card.
"""

import re
from dataclasses import dataclass

from newsquiz.generate.entities import EntityIndex
from newsquiz.generate.gazetteer import INSTITUTION_HEADS
from newsquiz.generate.names import Mention
from newsquiz.generate.quantities import MONTHS, find_quantities
from newsquiz.generate.segment import Sentence
from newsquiz.generate.textutil import count_word

_CONNECTIVE = re.compile(
    r"^(?:However|But|And|Meanwhile|In addition|Also|Still|Yet|So(?! far)|Instead|Separately|"
    r"On top of that|In the meantime|"
    r"Nevertheless|Moreover|Furthermore|Indeed|In fact|Overall|Elsewhere|Besides|Later|"
    r"At the same time|On the other hand|As a result|Similarly|Likewise|In turn|Even so|"
    r"By contrast|In contrast|Now|Previously|Earlier|Consequently|Therefore|Additionally|"
    r"Nonetheless|Even so|Again|Crucially|Importantly|Significantly|Ultimately|Currently|"
    r"Nor|Neither|"
    r"In the meantime|Meantime|Of course|In other words|Anyway|Already)"
    r"\b,?\s+"
)
_ORG_NP = (
    r"(?:firm|company|group|bank|carrier|retailer|airline|operator|maker|insurer|lender|giant|"
    r"chain|brewer|carmaker|publisher|business|conglomerate|broadcaster|manufacturer)"
)
_START_ORG = re.compile(rf"^(?:It|The(?: \w+)? {_ORG_NP})(?='s\b|[\s,])")
_START_ORG_NAMED = re.compile(rf"^The(?: \w+)? {_ORG_NP}, ([A-Z][\w&'-]*(?: [A-Z][\w&'-]*)*),")
_START_ITS = re.compile(rf"^(?:Its|The(?: \w+)? {_ORG_NP}'s)\s")
_START_PERSON = re.compile(r"^(?:He|She)\s")
_START_HIS = re.compile(r"^(?:His|Her)\s")
_DESCRIBED_ORG = re.compile(
    rf"\b(?:the|The) (?:[\w'-]+ ){{1,4}}{_ORG_NP}\b|\bone of [\w' -]+{_ORG_NP}s\b"
)
_VAGUE_FIGURE = re.compile(r"\b[Tt]he (?:figure|figures|number|amount|total|level)\b(?! of)")
_DESCRIBED_SUBJECT = re.compile(rf"^The (?:[\w'-]+ ){{0,4}}{_ORG_NP}\b(?!,? [A-Z])")
_VAGUE_EVENT = re.compile(
    r"\bthe (?:deal|move|plan|decision|offer|bid|takeover|merger|agreement|talks|scheme|sale|"
    r"club|unit|division|project|programme|survey|study|report|problem|issue|crisis|currency)\b"
    r"(?!,? (?:to|for|with|by|of|between|from|that|which)\b)"
)
_MID_ORG = re.compile(rf"\bthe {_ORG_NP}\b(?!s)")
_EXPLETIVE = re.compile(
    r"^It(?:'s| is| was| will be| would be| could be| may be| might be| has been| had been|"
    r" remains| seems| appears| takes| means| makes| comes)\b"
)
_YEAR_REL = re.compile(
    r"(?<!\bthe )(?<!\bThe )\b(?:(earlier|later) )?(this|last|next) year('s)?\b"
    r"|\bin (January|February|March|April|May|June|July|August|September|October|November|"
    r"December) (this|last|next) year\b",
    re.I,
)
_BAD_START = re.compile(
    r"^(?:The (?:move|deal|decision|plan|figures?|report|announcement|merger|takeover|bid|offer|"
    r"agreement|sale|rise|fall|drop|cut|increase|news|data|survey|study|results?|statement|"
    r"changes?|proposals?|measures?|case|problem|issue|scheme|project|rate|latest|combination|"
    r"comments?|remarks?|ruling|warning|forecasts?|estimates?|figure|rest|remainder|same|"
    r"latter|former|pair|trio|duo|talks|review|probe|investigation|inquiry|process|row|"
    r"dispute|situation|shift|slowdown|growth|decline|increase|fine|payment|loan|cash|money|"
    r"funds?|stake|shares|price|price tag|valuation|value|sum|bill|costs?|advance|gains?|jump|"
    r"surge|improvement|slump|recovery|upturn|downturn|boost|fall-off|rebound|unit|club|"
    r"division|subsidiary|side|team|country|government|ministry|agency|regulator|currency)\b(?!\s+of\b)|"
    r"This|These|"
    r"That|Those|They|Such|Both|Others?|Some|Many|Most|The two|The three|One|Another|"
    r"Compared (?:with|to)|By comparison)\b"
)
_INSTITUTION_REF = re.compile(
    r"\b([Tt]he) (ministry|agency|regulator|council|commission|fund|union|exchange|authority|"
    r"department|board|bureau|association|federation|institute|court|"
    r"(?:Bank|Commission|Fund|Ministry|Agency)(?! of\b| [A-Z]))('s)?\b"
)
# "The Bank said": a capitalized head standing for an institution named elsewhere
_BARE_INSTITUTION = re.compile(
    r"\b[Tt]he (?:Bank|Commission|Fund|Ministry|Agency)\b(?! of\b| [A-Z])"
)
_NUMBER_OF = re.compile(r"\bthe number of ((?:[A-Z][\w'-]*|[a-z]+)(?: [A-Z][\w'-]*){0,2})\b")
_COMPARED_COUNT = re.compile(
    r"^Compared (?:with|to) the (?:(?:monthly|weekly|annual|quarterly|daily|average) )?"
    r"(?:increase|rise|growth|decrease|fall|drop|decline) of (\d[\d,]*)(?= in | during | over |, )"
)
_PRONOUN = re.compile(r"\b(he|she|him|his|her|hers|it|its|they|them|their|theirs)\b", re.I)
_FIRST_SECOND = re.compile(r"\b(?:I|[Ww]e|[Oo]urs?|us|[Yy]ou|[Yy]ours?|me|[Mm]y)\b")
_DEMONSTRATIVE = re.compile(r"\b(?:this|these|those|such(?! as))\b", re.I)
_NOT_PROSE = re.compile(r"[=_{}\[\]<>|#@\\*]|https?:|www\.|\.\w+\(|\(\)")
_ORG_REF = re.compile(rf"\b(?:the|The) {_ORG_NP}\b")
_PERSON_PRONOUN = re.compile(r"\b(?:[Hh]e|[Ss]he|[Hh]is|him)\b")
_GARBLED = re.compile(
    r"\b(?:as|the|of|to|a|an|in|on|at|with|for) (?:and|or)\b",
    re.I,
)
_HONORIFIC_ONLY = re.compile(r"Mr|Mrs|Ms|Dr")
_HONORIFIC_NAME = re.compile(r"\b(?:Mr|Mrs|Ms|Dr) [A-Z][\w'-]+")
_HONORIFIC = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Sir) [A-Z]")
_MID_HE = re.compile(r"(?<=\s)(he|she|his)\b")
_RELATIVE_TIME = re.compile(
    r",? (?:earlier |later )?(?:(?:this|last|next) (?:week|month|weekend)|yesterday|today|tomorrow|"
    r"recently)\b(?=[ ,.])",
)
_QUOTED = re.compile(r'"([^"]*)"')
_NAMED = re.compile(r"\b[A-Z][\w&'-]*")
_NOT_PROPER = frozenset(
    MONTHS
    + ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    + ["I", "A", "The", "Q1", "Q2", "Q3", "Q4"]
)


@dataclass(frozen=True, slots=True)
class Resolved:
    """A sentence rewritten to stand alone, with the original it came from."""

    text: str
    sentence: Sentence
    mentions: tuple[Mention, ...]
    context: str = ""

    @property
    def full_text(self) -> str:
        """The sentence as a card shows it: with the story's headline when nothing is named."""
        return self.context + self.text


def _capitalize(text: str) -> str:
    return text[:1].upper() + text[1:]


def _year_sub(ref_year: int) -> "re.Callable[[re.Match[str]], str]":  # type: ignore[name-defined]
    def sub(match: re.Match[str]) -> str:
        which = match.group(2) or match.group(5)
        shift = {"this": 0, "last": -1, "next": 1}[which.lower()]
        year = str(ref_year + shift)
        if match.group(4):
            return f"in {match.group(4)} {year}"
        if match.group(3):
            return year + "'s"
        if match.group(1):
            return f"{match.group(1)} in {year}"
        return f"in {year}"

    return sub


class Resolver:
    """Walks the sentences in order, remembering who "he" and "the firm" were."""

    def __init__(self, index: EntityIndex, ref_year: int | None, headline: str = "") -> None:
        self.headline = headline.strip().rstrip(".")
        self.index = index
        self.ref_year = ref_year
        self.last_person: str | None = None
        self.person_age = 0  # sentences since the last person was named
        self.last_org: str | None = index.main_org
        self.expanded: set[str] = set()
        self.seen_orgs: set[str] = set()  # organizations named so far
        self.rival_before = False  # the sentence before named a company other than the main one
        self.counted: str | None = None  # "Mi Homes" after "the number of" in the last sentence

    def resolve(self, sentence: Sentence) -> Resolved | None:
        text = sentence.text
        result = self._rewrite(text)
        counted = {m.group(1) for m in _NUMBER_OF.finditer(text)}
        self.counted = counted.pop() if len(counted) == 1 else None
        mentions = tuple(self.index.mentions(result if result else text))
        self._remember(mentions, result is not None, result if result else text)
        if result is None:
            return None
        context = ""
        if not any(m.kind in {"person", "org", "place"} for m in mentions):
            if not self.headline:
                return None
            context = f'From the story "{self.headline}": '
        return Resolved(result, sentence, mentions, context)

    def _remember(
        self, mentions: tuple[Mention, ...], subject_known: bool, subject_text: str
    ) -> None:
        people = [m for m in mentions if m.kind == "person"]
        pronoun = _PERSON_PRONOUN.search(subject_text)
        # a person named after an unresolved "he" is not who later sentences mean by "he"
        if people and (pronoun is None or people[0].start < pronoun.start()):
            self.last_person = people[0].name
            self.person_age = 0
        elif pronoun is None:
            self.person_age += 1  # a sentence about something else: "he" grows stale
        if not people:
            for honorific in _HONORIFIC_NAME.finditer(subject_text):
                if honorific.group() not in self.index.alias_map:
                    self.last_person = None  # "Mr Fischer" is someone we cannot name in full
        del subject_known
        self.seen_orgs.update(m.name for m in mentions if m.kind == "org")
        self.rival_before = any(
            m.kind == "org"
            and m.name != self.index.main_org
            and not self.index.entities[m.name].media
            for m in mentions
        )
        self.last_org = self.index.main_org
        first_org = mentions[0] if mentions and mentions[0].kind == "org" else None
        if first_org is not None and not self.index.entities[first_org.name].media:
            first = first_org
            lead = subject_text[: first.start]
            if (
                len(lead.split()) <= 2
                and "," not in lead
                or (first.start < 40 and lead.endswith(", "))
            ):
                self.last_org = first.name

    def _rewrite(self, text: str) -> str | None:
        if not text.endswith((".", "!")) or _NOT_PROSE.search(text) or not _quotes_ok(text):
            return None
        if _GARBLED.search(text) or _repeats_a_pair(text):
            return None  # "such as and Mi Home", "to fall to fall to": broken source text
        words = text.split()
        if not 6 <= len(words) <= 48:
            return None
        text = _CONNECTIVE.sub("", text.lstrip("-* "), count=1)
        text = _capitalize(text)
        text = self._resolve_institution(text)
        counted = self.counted is not None and _COMPARED_COUNT.match(text) is not None
        text = self._count_compared(text)
        bad_start = _BAD_START.match(text) is not None and not counted
        if _EXPLETIVE.match(text) or bad_start or _FIRST_SECOND.search(text):
            return None
        org = self.last_org
        if org is not None and any(
            count_word(text, name) for name in self.index.entities[org].aliases | {org}
        ):
            org = None  # "It ... of Wembley's profit": "it" is not Wembley itself
        if _START_ITS.match(text):
            if org is None:
                return None
            text = _START_ITS.sub(f"{org}'s ", text, count=1)
        elif _START_ORG.match(text):
            named = _START_ORG_NAMED.match(text)
            if named and named.group(1) in self.index.alias_map:
                text = named.group(1) + text[named.end() :]
            elif org is None:
                return None
            else:
                text = _START_ORG.sub(org, text, count=1)
        elif _START_HIS.match(text):
            if self.last_person is None or self.person_age > 1:
                return None
            text = _START_HIS.sub(f"{self.last_person}'s ", text, count=1)
        elif _START_PERSON.match(text):
            if self.last_person is None or self.person_age > 1:
                return None
            text = _START_PERSON.sub(f"{self.last_person} ", text, count=1)
        text = self._resolve_mid_org(text)
        text = self._resolve_mid_person(text)
        if _YEAR_REL.search(text):
            if self.ref_year is None:
                return None
            text = _capitalize(_YEAR_REL.sub(_year_sub(self.ref_year), text))
        timeless = _drop_relative_time(text)
        if timeless is None:
            return None
        text = self._expand_aliases(timeless)
        if _ORG_REF.search(text) or _DEMONSTRATIVE.search(text) or _VAGUE_FIGURE.search(text):
            return None
        if _VAGUE_EVENT.search(text) or _BARE_INSTITUTION.search(text):
            return None
        if _DESCRIBED_SUBJECT.match(text) or (
            _DESCRIBED_ORG.search(text)
            and not any(m.kind == "org" for m in self.index.mentions(text))
        ):
            return None
        if not self._pronouns_bound(text):
            return None
        return text

    def _count_compared(self, text: str) -> str:
        """ "Compared with the monthly increase of 1,000 in ...": 1,000 of what the sentence
        before counted ("the number of Mi Homes"); the sentence then stands alone."""
        match = _COMPARED_COUNT.match(text)
        if match is None or self.counted is None:
            return text
        return f"{text[: match.end()]} {self.counted}{text[match.end() :]}"

    def _resolve_institution(self, text: str) -> str:
        """ "the ministry" is the one organization named so far with Ministry in its name."""

        def sub(match: re.Match[str]) -> str:
            head = match.group(2).capitalize()
            fits = [
                name
                for name in sorted(self.seen_orgs)
                if head in name.split() and name != head and not self.index.entities[name].media
            ]
            if len(fits) != 1:
                return match.group()
            name = fits[0]
            if match.group(3):
                name += "'" if name.endswith("s") else "'s"
            return f"{match.group(1)} {name}"

        return _INSTITUTION_REF.sub(sub, text)

    def _resolve_mid_org(self, text: str) -> str:
        """ "the firm's" is the organization named earlier in the sentence, else the article's."""
        match = _MID_ORG.search(text)
        if match is None:
            return text
        earlier = [
            m
            for m in self.index.mentions(text)
            if m.kind == "org"
            and m.end <= match.start()
            and not self.index.entities[m.name].media
            and not INSTITUTION_HEADS & set(m.name.split())  # a ministry is no "firm"
        ]
        main = self.index.main_org
        named = {m.name for m in earlier}
        if len(named) == 1 and (main is None or named == {main}):
            return _MID_ORG.sub(named.pop(), text)
        if (
            main is not None
            and named <= {main}
            and self.index.main_org_in_headline
            and (named or not self.rival_before)  # "the case of Sibneft. ... the company's"
        ):
            return _MID_ORG.sub(main, text)
        return text  # ambiguous: left for the "the company" check to drop the sentence

    def _resolve_mid_person(self, text: str) -> str:
        """A "he"/"his" with no person before it in the sentence is the person last named."""
        match = _MID_HE.search(text)
        if match is None or self.last_person is None or self.person_age > 1:
            return text
        if any(m.kind == "person" and m.end <= match.start() for m in self.index.mentions(text)):
            return text
        if _HONORIFIC.search(text, 0, match.start()):
            return text  # "Mr Mafeca said he expected": he is Mr Mafeca, known or not
        name = self.last_person + ("'s" if match.group(1) == "his" else "")
        return text[: match.start()] + name + text[match.end() :]

    def _expand_aliases(self, text: str) -> str:
        for mention in sorted(self.index.mentions(text), key=lambda m: -m.start):
            if mention.kind == "person" and mention.surface != mention.name:
                honorific = _HONORIFIC_ONLY.fullmatch(mention.surface.split()[0])
                if mention.name in text or (mention.start > 0 and not honorific):
                    continue  # only "Gao joined ..." and "Mr Parsons said ..." are expanded
                text = text[: mention.start] + mention.name + text[mention.end :]
        return text

    def _pronouns_bound(self, text: str) -> bool:
        """Every remaining pronoun has a named antecedent earlier in the same sentence."""
        mentions = self.index.mentions(text)
        for match in _PRONOUN.finditer(text):
            word = match.group(1).lower()
            before = [m for m in mentions if m.end <= match.start()]
            if word in {"he", "she", "him", "his", "her", "hers"}:
                if not any(m.kind == "person" for m in before):
                    return False
            elif not before and not any(
                m.group() not in _NOT_PROPER for m in _NAMED.finditer(text, 1, match.start())
            ):
                return False
        return True

    @staticmethod
    def _named(text: str) -> bool:
        """A proper name (not a figure, not the first word) appears in the sentence."""
        plain = text
        for q in find_quantities(text):
            plain = plain.replace(q.text, " ")
        return any(m.group() not in _NOT_PROPER for m in _NAMED.finditer(plain, 1))


def _drop_relative_time(text: str) -> str | None:
    """Drop one relative time phrase ("last month", "today"); None if there are several."""
    found = list(_RELATIVE_TIME.finditer(text))
    if not found:
        return text
    if len(found) > 1:
        return None
    match = found[0]
    if re.search(
        r"\b(?:of|in|since|until|by|from|to|than|during|over|for|on|at)$", text[: match.start()]
    ):
        return None  # "at the end of last month" cannot lose its time phrase
    return text[: match.start()] + text[match.end() :]


def _repeats_a_pair(text: str) -> bool:
    """ "to fall to fall to": a word pair written twice in a row."""
    tokens = text.lower().split()
    return any(tokens[i : i + 2] == tokens[i + 2 : i + 4] for i in range(len(tokens) - 3))


def _quotes_ok(text: str) -> bool:
    """No quotation, or only short balanced scare quotes ("severe")."""
    if text.count('"') % 2:
        return False
    return all(len(q.split()) <= 4 for q in _QUOTED.findall(text))


def reference_year(published_year: int | None, text: str) -> int | None:
    """The article's "this year": its publication year, or None when the date is unknown.

    Guessing from the dates an article mentions was tried and rejected: a 2005 story about
    June 2004 events turned "next year" into the wrong year. `text` is kept for callers.
    """
    del text
    return published_year
