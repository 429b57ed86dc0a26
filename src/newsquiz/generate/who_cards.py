"""Who cards: who said each clear-cut quotation, and who holds a role only one person holds.

Both deck styles ask them, the full deck of thin articles and the story deck: they need no
figure, only the article's people and organizations.
"""

import random
import re

from newsquiz.generate.answers import common_names
from newsquiz.generate.distractors import person_distractors
from newsquiz.generate.entities import EntityIndex
from newsquiz.generate.name_forms import entity_name_forms
from newsquiz.generate.prepare import Prepared
from newsquiz.generate.questions import sentence_evidence
from newsquiz.generate.quotes import Quote, find_quotes
from newsquiz.models import BLANK, ClozeCard, FactType, McqCard


def unique_roles(index: EntityIndex) -> list[tuple[str, str, int]]:
    """(person, title, sentence) for titles tied to an organization that only one person holds."""
    holders: dict[str, set[str]] = {}
    first: dict[tuple[str, str], int] = {}
    for entity in index.of_kind("person"):
        for role, where in entity.roles:
            key = role.lower()
            holders.setdefault(key, set()).add(entity.name)
            first.setdefault((entity.name, key), where)
    out = []
    for entity in index.of_kind("person"):
        for role, _ in entity.roles:
            key = role.lower()
            owners = [m for m in index.mentions(role) if m.kind == "org"]
            if not owners or not index.entities[owners[0].name].strong:
                continue  # "analyst of Aviation": the title must name a known organization
            if '"' in role or re.search(r"\b(?:said|says|told)\b", role):
                continue  # 'director of industry affairs ... said "the Congress': no title
            if " of " in key and len(role.split()) <= 12 and holders[key] == {entity.name}:
                out.append((entity.name, role, first[(entity.name, key)]))
                break
    return out


def all_quote_cards(prepared: Prepared, seed: int) -> list[McqCard | ClozeCard]:
    """Who said each clear-cut quotation of the article (for thin decks of both styles)."""
    index, title = prepared.index, prepared.article.title
    cards: list[McqCard | ClozeCard] = []
    for quote in find_quotes(prepared.sentences, index):
        rng = random.Random(f"{seed}:quote:{quote.sentence.index}")
        prompt = f'"{quote.quote}" {title}'
        family_first = index.entities[quote.speaker].family_first
        others = (
            person_distractors(quote.speaker, family_first, index, rng, prompt)
            if quote.kind == "person"
            else []
        )
        for card in quote_cards(quote, title, others, rng):
            if isinstance(card, ClozeCard):  # "M&S" typed also as "Marks & Spencer"
                known = [*card.accepted, *common_names(card.answer)]
                forms = entity_name_forms(card.answer, known, index, prepared.article.text)
                card = card.model_copy(update={"accepted": list(dict.fromkeys(forms or known))})
            cards.append(card)
    return cards


def quote_cards(
    quote: Quote, headline: str, distractors: list[str], rng: random.Random
) -> list[McqCard | ClozeCard]:
    """ "Who said ...?" with other people as options (for a person), and the sentence with the
    speaker blanked."""
    s = quote.sentence
    evidence = sentence_evidence(s)
    key = f"quote:s{s.index}:{quote.speaker}"
    story = headline.strip().rstrip(".")
    cards: list[McqCard | ClozeCard] = []
    named_in_full = quote.surface == quote.speaker
    if quote.kind == "person" and named_in_full and len(distractors) >= 3 and story:
        options = [quote.speaker, *distractors[:3]]
        rng.shuffle(options)
        cards.append(
            McqCard(
                prompt=f'From the story "{story}": who said "{quote.quote}"?',
                answer=quote.speaker,
                options=options,
                evidence=evidence,
                fact_type=FactType.PERSON,
                fact_key=key,
                explanation=f"The article quotes {quote.speaker}.",
            )
        )
    if quote.kind != "person":
        accepted = []
    elif named_in_full:
        accepted = [quote.speaker.split()[-1]]
    else:  # "Mr Dein said": the article's own words are the answer, the full name accepted
        accepted = [quote.speaker, quote.surface.split()[-1]]
    cards.append(
        ClozeCard(
            prompt=s.text[: quote.start] + BLANK + s.text[quote.end :],
            answer=quote.surface,
            accepted=accepted,
            evidence=evidence,
            fact_type=FactType.PERSON,
            fact_key=key,
        )
    )
    return cards
