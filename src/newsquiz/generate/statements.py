"""The article's own sentences stated true: what a thin deck takes before a doubtful card.

A short newswire item may give two or three facts a card can blank and little else. Judged
blind, the held cards that used to bring such a deck up to five (an unresolved "the venture",
a headline in front, an undated "today") were acceptable about a third of the time; a sentence
that reads on its own, stated true, was acceptable about two times in three (true/false of
key terms, rounds 41-55). Only sentences no card has asked yet are stated, lead first, so each
one tests something new.
"""

import re
from collections.abc import Callable, Iterator

from newsquiz.generate.checks import quoted_statement
from newsquiz.generate.clauses import first_verb
from newsquiz.generate.questions import sentence_evidence
from newsquiz.generate.resolve import Resolved
from newsquiz.generate.segment import Sentence
from newsquiz.models import FactType, TrueFalseCard

MAX_WORDS = 40  # a statement longer than this is a paragraph to parse, not a claim to judge
MAX_STATEMENTS = 2  # a deck whose every answer is "true" teaches nothing
# who could not be reached, or would say no more, is no fact of the story (judged blind:
# trivia, F 0)
_BOILERPLATE = re.compile(
    r"\b(?:declined|refused) (?:to )?comment|\bunavailable for comment|could not be reached"
    r"|not immediately available|(?:did not|would not) comment"
    r"|(?:did not|would not|declined to|refused to) (?:elaborate|give details|say more)"
    r"|gave no (?:details|further details)|BBC News (?:spoke|talked) to",
    re.I,
)


# what a statement leaves open once it stands alone: a comparison without its other side
# ("Moscow would likely buy more", "even lower take-up rates") or "that" pointing back ("that
# rally"); judged blind (round 57), such statements failed B
_OPEN = re.compile(
    r"\b(?:buy|sell|pay|spend|produce|export|import|need|want) (?:more|less)\b(?![^,.]* than)"
    r"|\beven (?:\w+er|more|less)\b(?![^,.]* than)"
    r"|\bthat (?:rally|level|move|decision|deal|plan|figure|rise|fall|drop|increase|policy"
    r"|period|trend|case|issue|problem|target|price|rate)\b"
)


# "Feedgrain sales will drop if ...", "regulation should bring results": a forecast or an
# opinion, which no reader can judge true (judged blind, rounds 76-82: 1 of 5 acceptable)
_MODALS = frozenset("will would should could may might can shall must".split())


def stands_alone(text: str) -> bool:
    """Whether a sentence stated true leaves nothing open (see `_OPEN`)."""
    return _OPEN.search(text) is None and _BOILERPLATE.search(text) is None


def forecast(text: str) -> bool:
    """Whether the sentence's first verb is a modal: a forecast, not a fact of the story."""
    verb = first_verb(text)
    return verb is not None and verb.word.lower() in _MODALS


def sentence_statements(
    resolved: list[Resolved], asked: set[int], readable: Callable[[str], bool], made: int = 0
) -> Iterator[TrueFalseCard]:
    """True statements of the sentences (by start) not in `asked`, that read alone, until
    the deck holds MAX_STATEMENTS of them (`made` already)."""
    for item in resolved:
        if made >= MAX_STATEMENTS:
            return
        sentence = item.sentence
        if sentence.start in asked or item.bound or item.context:
            continue
        text = item.text
        if len(text.split()) > MAX_WORDS or not stands_alone(text) or forecast(text):
            continue
        if not readable(text):
            continue
        made += 1
        yield stated_true(text, sentence, f"s{sentence.index}:statement")


def stated_true(text: str, sentence: Sentence, key: str) -> TrueFalseCard:
    """`text`, the article's `sentence` as a card shows it, to be judged true."""
    evidence = sentence_evidence(sentence)
    return TrueFalseCard(
        prompt=f"True or false? {text}",
        answer="true",
        evidence=evidence,
        fact_type=FactType.TERM,
        fact_key=key,
        explanation=quoted_statement(evidence.sentence),
    )
