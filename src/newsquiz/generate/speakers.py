"""Who a sentence's words belong to, and who a later "he said" means.

"... or President Reagan would veto the bill, he said" is still the speaker of the sentence
before; "..., Clayton Yeutter said" makes Yeutter the one a later "he said" means, not the
first person his words name. Judged blind, both were C failures (a quote given to the wrong
person).
"""

import re

from newsquiz.generate.names import Mention

_SPEECH = r"(?:said|says|told|added|noted|explained|warned|argued|stressed|insisted)"
SPEAKING_PRONOUN = re.compile(rf"\b(?:[Hh]e|[Ss]he) {_SPEECH}\b|\b{_SPEECH} (?:he|she)\b")
TRAILING_SAID = re.compile(rf", (he|she) {_SPEECH}(?: [a-z]+)?(?:[.]$|, according to)")
_SAID_AFTER = re.compile(rf"^(?:,[^,]{{1,80}},)?\s+{_SPEECH}\b")
_SAID_BEFORE = re.compile(rf"\b{_SPEECH}\s+(?:[A-Z][\w.&'-]*\s+){{0,4}}$")


def speaker_of(people: list[Mention], text: str) -> str | None:
    """The person a sentence attributes its words to ("..., Clayton Yeutter said", "said
    Clayton Yeutter"), who later sentences mean by "he said", rather than the first person
    the words name."""
    for number, mention in enumerate(people):
        if number and "," not in text[people[number - 1].end : mention.start]:
            continue  # "William Arndt from Dean Witter noted": the firm is no speaker
        if _SAID_AFTER.match(text[mention.end :]) or _SAID_BEFORE.search(text[: mention.start]):
            return mention.name
    return None


# "It said ...", "The company also said ...": a statement continued by whoever made the last one
SPEECH_OPENING = re.compile(
    rf"^(?:It|The (?:company|firm|group|bank|corporation))(?: also)? {_SPEECH} "
)


def org_speaker(orgs: list[Mention], text: str) -> str | None:
    """The one company a sentence's words are attributed to ("Chevron said ...", "...,
    Chevron said"): in newswire the "It said" of the next sentence is that company, even
    when its words named another ("It said Nippon will contribute ...")."""
    speakers = {
        m.name
        for m in orgs
        if _SAID_AFTER.match(text[m.end :]) or _SAID_BEFORE.search(text[: m.start])
    }
    return speakers.pop() if len(speakers) == 1 else None
