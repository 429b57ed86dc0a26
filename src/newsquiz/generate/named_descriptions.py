"""Descriptions a card leaves unresolved, named from what the article said before them:
"the auction" is "the auction of Yuganskneftegas", "the administration" the Reagan one.

Only a sure match is written in (one name, a head the article writes no other way, never the
owner of a partitive): a wrong referent teaches a falsehood (judged blind: C).
"""

import re
from functools import lru_cache

from newsquiz.generate.description_heads import EVENTS as _EVENTS
from newsquiz.generate.descriptions import vague_description
from newsquiz.generate.entities import EntityIndex
from newsquiz.generate.gazetteer import NATIONALITIES
from newsquiz.generate.textutil import count_word

_LOOSE_HEADS = frozenset(
    """market markets company group government industry sector economy country price prices
    rate rates business meeting meetings talks conference session visit figure""".split()
)  # also events that recur: "the meeting" is not the "meeting in Havana" of next month


_PEOPLE = frozenset("spokesman spokeswoman spokesperson delegate delegation".split())
_NAME = r"[A-Z][\w&'.-]*(?: (?:of |and |& )?[A-Z][\w&'.-]*){0,4}"
# the name is whole: "stake in London underground consortium Tube Lines" is no "in London"
_NAME_ENDS = (
    # never "the U.S" cut at its dot before "dollar"
    r"(?=[,;:)'\"]|\.(?! [a-z]|\w)|$| (?:and|or|to|for|from|at|on|in|with|by|which|that|who|is"
    r"|was|were|are|has|have|had|said|says|will|would|as|after|before|but|last|this|next)\b)"
)


@lru_cache(maxsize=512)
def _naming_patterns(head: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """ "auction of Yuganskneftegas" and "Yukos's auction" for the head "auction"."""
    word = re.escape(head)
    return (
        re.compile(rf"\b{word} (of|for|with|between|by|in|on|at) ((?:the )?{_NAME}){_NAME_ENDS}"),
        re.compile(rf"\b({_NAME})'s? (?:[\w-]+ ){{0,2}}{word}\b"),
    )


_PARTITIVE = re.compile(r"\bof $")


@lru_cache(maxsize=512)
def _named_head(head: str) -> re.Pattern[str]:
    """ "the Reagan administration" for the head "administration"."""
    return re.compile(rf"\b[Tt]he ({_NAME}) {re.escape(head)}\b")


def name_descriptions(prompt: str, answer: str, earlier: str, index: EntityIndex) -> str:
    """ "the auction" becomes "the auction of Yuganskneftegas" when an earlier sentence (or
    the headline) named what it is about; the answer is never brought into the prompt."""
    for _ in range(3):
        vague = vague_description(prompt, index)
        if vague is None:
            return prompt
        words = vague.split()
        if len(words) < 2:
            return prompt  # "his stake": a bare head has no article to hang an owner on
        if words[-1].lower() in _LOOSE_HEADS:
            return prompt  # "the market" of an earlier "the market in Gazprom" is no sure match
        if words[-1].lower() in _PEOPLE:
            return prompt  # "The Indonesia spokesman" is not the earlier "spokesman for the PNG
            # Cocoa Industry Board": another person's role would be a misattribution
        if words[-1] not in earlier:
            return prompt  # nothing earlier to name it from
        named_after, owned = _naming_patterns(words[-1])
        after = list(named_after.finditer(earlier))
        if words[-1].lower() not in _EVENTS:
            # "offered for the assets by Alleghany Corp": an agent of the verb, not the owner
            after = [m for m in after if m.group(1) != "by"]
        # "two of Japan's biggest financial companies ... the companies": the companies are
        # the two, not Japan's (judged C: a misquote)
        owner = [m for m in owned.finditer(earlier) if not _PARTITIVE.search(earlier, 0, m.start())]
        if after and (not owner or after[-1].start() > owner[-1].start()):
            target = _without_full_stop(after[-1].group(2))
            relation = after[-1].group(1) in {"with", "between"}
            if relation and target.removeprefix("the ") in prompt:
                return prompt  # "Iraq started the war with Iraq": the war is the other side's
            named = f"{vague} {after[-1].group(1)} {target}"
        elif owner:
            possessor = _without_full_stop(owner[-1].group(1))
            named = f"{possessor}'s {' '.join(words[1:])}" if possessor != "The" else ""
        elif len(words) == 2 and words[0].lower() == "the":
            # "the administration" after "urged the Reagan administration": the one named so,
            # where the article writes the word no other way (not "the Colombian pipeline"
            # beside "a 26 km pipeline" and "the Lago Agrio pipeline": judged C, round 91)
            named_so = list(_named_head(words[-1]).finditer(earlier))
            called = {m.group(1) for m in named_so}
            head_count = count_word(earlier, words[-1])
            if len(called) != 1 or head_count != len(named_so) or called & NATIONALITIES:
                return prompt
            named = f"{words[0]} {called.pop()} {words[-1]}"
        else:
            return prompt
        if not named or (answer and answer in named):
            return prompt
        prompt = prompt.replace(
            vague, named[:1].upper() + named[1:] if prompt.startswith(vague) else named, 1
        )
    return prompt


def _without_full_stop(name: str) -> str:
    """ "Beta Group." at a sentence end is "Beta Group"; "U.S." keeps its dot; "Iraq. Ullman"
    is two sentences, of which the name is the first part."""
    for stop in re.finditer(r"\. ", name):
        if not re.search(
            r"(?:\b[A-Z]\.[A-Z]|\b(?:Corp|Inc|Co|Ltd|St|Mr|Dr|Mrs|Ms))$", name[: stop.start()]
        ):
            name = name[: stop.start()]
            break
    return name if re.search(r"\b[A-Z]\.[A-Z]\.$", name) else name.rstrip(".")
