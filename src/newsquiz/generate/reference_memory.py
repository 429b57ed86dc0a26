"""What the sentences read so far named: who "he" is, which company "it" and "the group" are,
who spoke last, and what "the agency" or "the Dutch group" was called.

The `Resolver` calls `_remember` after each sentence; its rewrites of the next sentence read
these fields (`last_person`, `last_org`, `org_speaker`, ...), kept apart so each file reads
alone.
"""

import re

from newsquiz.generate.entities import EntityIndex
from newsquiz.generate.gazetteer import NATIONALITIES
from newsquiz.generate.named_words import first_named, opens_on_unplaced_name
from newsquiz.generate.names import Mention
from newsquiz.generate.reference_patterns import (
    APPOSITION,
    DESCRIBED_SUBJECT,
    HONORIFIC_NAME,
    SUBJECT_PRONOUN,
)
from newsquiz.generate.speakers import SPEAKING_PRONOUN, org_speaker, speaker_of

_NOUN_AFTER = re.compile(r" [a-z]+ (?:came|was|is|has|had|will|would|showed|said|says)\b")


class ReferenceMemory:
    """Who and what the sentences before named, as later references need it."""

    index: EntityIndex
    seen_orgs: set[str]
    described: dict[str, str]
    nationals: dict[str, str]
    last_person: str | None
    last_org: str | None
    org_speaker: str | None
    person_age: int
    clear_person: bool
    rival_before: bool

    def _remember(
        self, mentions: tuple[Mention, ...], subject_known: bool, subject_text: str
    ) -> None:
        people = [m for m in mentions if m.kind == "person"]
        orgs = [
            m
            for m in mentions
            if m.kind == "org"
            and self.index.entities[m.name].strong  # not "Elton said"
            and not self.index.entities[m.name].media
        ]
        said_by = org_speaker(orgs, subject_text)
        # a sentence quoting someone, or naming two people neither of whom opens it (the
        # subject) or is said to speak, leaves "he" unclear after it
        speaker = speaker_of(people, subject_text)  # or one the words are attributed to
        named = {m.name for m in people} | first_named(subject_text, self.index)
        # '"We will grow," he said.' after a sentence that left no doubt keeps it: one
        # speaker, and nobody else named
        chained = self.clear_person and (
            (not named and SPEAKING_PRONOUN.search(subject_text))
            or (speaker is not None and named == {speaker})  # '"...," Ortega said.'
        )
        self.clear_person = (
            bool(chained)
            or '"' not in subject_text
            and (len(named) <= 1 or (people and people[0].start == 0) or speaker is not None)
        )
        # only an unresolved subject "he" keeps the person named after it from being "he"
        # later: "In spite of the allegations against him, Mr Botin continues ..." is Botin's
        pronoun = SUBJECT_PRONOUN.search(subject_text)
        if SPEAKING_PRONOUN.search(subject_text):
            # "... or President Reagan would veto it, he said": the one speaking is still the
            # "he" of before, not the person his words name
            self.person_age = 0
        elif speaker is not None:
            self.last_person = speaker
            self.person_age = 0
        # a person named after an unresolved "he" is not who later sentences mean by "he"
        elif people and (pronoun is None or people[0].start < pronoun.start()):
            self.last_person = people[0].name
            self.person_age = 0
        elif pronoun is None:
            self.person_age += 1  # a sentence about something else: "he" grows stale
        first_person = people[0].start if people else len(subject_text)
        for honorific in HONORIFIC_NAME.finditer(subject_text, 0, first_person):
            known = self.index.alias_map.get(honorific.group())
            if known is None:
                # "In 1983 Mr Fischer became adviser to George Shultz": "he" after it is Mr
                # Fischer, someone we cannot name in full, never the person named after him
                self.last_person = None
            elif not people and self.index.entities[known].kind == "person":
                # "ONGC's Mr Raha declined ... However, he stressed": he is Subir Raha, even
                # where the name was not found as a mention
                self.last_person, self.person_age = known, 0
        self.seen_orgs.update(m.name for m in mentions if m.kind == "org")
        self.rival_before = any(
            m.kind == "org"
            and m.name != self.index.main_org
            and not self.index.entities[m.name].media
            for m in mentions
        )
        self.last_org = self.index.main_org
        self.org_speaker = said_by
        described = not subject_known and DESCRIBED_SUBJECT.match(subject_text) is not None
        if self.rival_before or described or opens_on_unplaced_name(subject_text, mentions):
            # "The holding company ... holds most of CAO's shares. It cut its holding": a
            # company the sentence only describes may be the "it" after it
            # "The latest rescheduling is for the conglomerate REDEC. Its negotiators ...",
            # "Travelers had sales of $5.2bn. It has net assets of ...": "it" after a sentence
            # about another company, named or not, is not the story's company
            self.last_org = None
        first_org = mentions[0] if mentions and mentions[0].kind == "org" else None
        entity = self.index.entities[first_org.name] if first_org is not None else None
        # a weak guess ("Schmidt-Chiari said" taken for a company) is never what "the group" means
        if first_org is not None and entity is not None and not entity.media and entity.strong:
            first = first_org
            lead = subject_text[: first.start]
            attributive = bool(
                lead.endswith(("The ", "the "))
                and _NOUN_AFTER.match(subject_text, first.end)
                # "Yukos' parent company, the Menatep Group, is suing ...": the sentence is
                # about the parent, and "The company" after it is not Yukos
                or subject_text.startswith(("'", "'s "), first.end)
            )
            if attributive and len({m.name for m in mentions if m.kind == "org"}) > 1:
                # "The Rosneft announcement came hours after Yukos accused Gazprom ...": the
                # sentence is about an announcement, and "It" after it could be any of three
                self.last_org = None
            elif (
                len(lead.split()) <= 2
                and "," not in lead
                or (first.start < 40 and lead.endswith(", "))
            ):
                self.last_org = first.name

    def _remember_descriptions(self, text: str) -> None:
        """ "Caisse de depot, the government agency which ..." makes "the agency" of later
        sentences the Caisse (a newswire habit), unless another body gets the same word;
        "Dutch firm Heineken" makes "The Dutch group" Heineken, unless another is Dutch."""
        orgs = [m for m in self.index.mentions(text) if m.kind == "org"]
        for mention in orgs:
            before = re.search(r"([A-Z][a-z]+)(?: [a-z-]+){0,3} $", text[: mention.start])
            if before is not None and before.group(1) in NATIONALITIES:
                known = self.nationals.get(before.group(1))
                fits = known in {None, mention.name}
                self.nationals[before.group(1)] = mention.name if fits else ""
        for match in APPOSITION.finditer(text):
            owner = [m for m in orgs if m.end == match.start()]
            if owner:
                head = match.group(1).lower()
                known = self.described.get(head)
                self.described[head] = owner[0].name if known in {None, owner[0].name} else ""
