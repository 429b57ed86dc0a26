"""Article -> deck: offline, rule-based question generation with evidence for every card.

Pure: no UI, storage or terminal imports. `generate_deck` is deterministic for a given seed.
"""

import random
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from newsquiz.generate.checks import AnyCard, failed_checks
from newsquiz.generate.compose import ask, is_short, story_card
from newsquiz.generate.derived import exchange_rate, percent_base
from newsquiz.generate.distractors import person_distractors
from newsquiz.generate.entities import EntityIndex, extract_entities
from newsquiz.generate.frames import Fact, place_subject_fact, sentence_facts
from newsquiz.generate.quantities import Quantity, find_quantities
from newsquiz.generate.questions import (
    cloze_card,
    derived_cards,
    distractors_for,
    mcq_card,
    numeric_card,
    quote_cards,
    role_card,
    true_false_card,
)
from newsquiz.generate.quotes import find_quotes
from newsquiz.generate.ranking import MAX_CARDS, select_facts
from newsquiz.generate.reader import read_article
from newsquiz.generate.resolve import Resolved, Resolver, reference_year
from newsquiz.generate.segment import split_sentences
from newsquiz.generate.trust import anchor_months, name_descriptions, prompt_problem, spell_out
from newsquiz.glossary import linked_card_ids
from newsquiz.models import Article, Deck, slugify

__all__ = ["generate_deck", "read_article", "generate_cards"]

MAIN_FACTS = 5  # the cards of this many top-ranked facts come before derived ones
STORY_CARDS = 15  # a deck follows the story: typically 6-15 cards, never padded with trivia
PER_SENTENCE = 3  # cards from one source sentence
PER_FACT = 2  # cards on one fact (the study app turns a mature fact into recall itself)
MAX_STATEMENTS = 2  # true/false statements in a deck
MAX_DERIVED = 2  # numeracy cards from one sentence
SOFT_PROBLEMS = frozenset(
    {
        "time needs the article's date",
        "unresolved description",
        "abbreviation not spelled out",
        "bare surname",
        "headline prefix",
    }
)  # what a reader who has just read the article resolves; a deck under MIN_CARDS admits them
REJECTED: Counter[str] = Counter()  # why cards were dropped, for measuring the rules
THIN_DECK = 6  # a deck with fewer cards also asks who said the article's quotations
MAIN_ORG_CARDS = 3  # and about this many sentences naming the article's main company
MIN_CARDS = 5  # (more of them while the deck has fewer cards than this)


def _cards_for_fact(
    fact: Fact, order: int, distractors: list[str], rng: random.Random, thin: bool
) -> Iterator[AnyCard | None]:
    """The card kinds for one fact, made lazily; a thin article gets every sibling kind."""
    yield mcq_card(fact, distractors, rng)
    if fact.kind in {"money", "percent", "count"}:
        yield cloze_card(fact)
        if thin or order % 2:
            yield numeric_card(fact)
        if thin or not order % 2:
            yield true_false_card(fact, distractors, rng)
    elif fact.kind in {"date", "org"}:
        yield cloze_card(fact)
        if fact.kind == "date" or thin:
            yield true_false_card(fact, distractors, rng)
    elif fact.kind == "person":
        if fact.question or thin:
            yield cloze_card(fact)
        yield true_false_card(fact, distractors, rng)
    elif fact.kind in {"title", "event"}:
        yield cloze_card(fact)


def _unique_roles(index: EntityIndex) -> list[tuple[str, str, int]]:
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
            if " of " in key and len(role.split()) <= 12 and holders[key] == {entity.name}:
                out.append((entity.name, role, first[(entity.name, key)]))
                break
    return out


def generate_cards(article: Article, seed: int = 0) -> list[AnyCard]:
    """All cards for an article that pass the automatic checks, most important first."""
    sentences = split_sentences(article.text)
    if not sentences:
        return []
    index = extract_entities(sentences, article.title)
    published = article.published.year if article.published else None
    resolver = Resolver(index, reference_year(published, article.text), article.title)
    resolved: list[Resolved] = []
    undated: list[Resolved] = []  # "this year" with no article date: thin decks only
    pool: list[Quantity] = []
    for sentence in sentences:
        pool.extend(find_quantities(sentence.text))
        result = resolver.resolve(sentence)
        if result is not None:
            (undated if result.relative_year else resolved).append(result)
    facts: list[Fact] = []
    for ordinal, item in enumerate(resolved):
        facts.extend(sentence_facts(item, index, ordinal, article.title))
    cards: list[AnyCard] = []
    seen: set[str] = set()

    per_sentence: Counter[str] = Counter()
    per_fact: Counter[str] = Counter()

    relaxed = False  # a deck still under MIN_CARDS admits cards with soft problems

    def keep(card: AnyCard | None) -> bool:
        """Add a card that passes the checks, at most `PER_SENTENCE` from one sentence and
        `PER_FACT` on one fact."""
        if card is None:
            return False
        prompt = anchor_months(spell_out(card.prompt, article.text, index), article.published)
        if card.evidence is not None and card.evidence.start is not None:
            earlier = f"{article.title}. {article.text[: card.evidence.start]}"
            prompt = name_descriptions(prompt, card.answer, earlier, index)
        if prompt != card.prompt:
            card = card.model_copy(update={"prompt": prompt})
        problem = prompt_problem(card.prompt, card.answer, index, published is not None)
        if problem is not None:
            REJECTED[problem.split(":")[0]] += 1
            if not relaxed or problem.split(":")[0] not in SOFT_PROBLEMS:
                return False
        if failed_checks(card):
            return False
        source = card.evidence.sentence if card.evidence is not None else card.prompt
        fact_key = card.fact_key or card.prompt
        identity = f"{card.kind}\x1f{card.prompt}\x1f{card.answer}"
        if identity in seen or per_sentence[source] >= PER_SENTENCE:
            return False
        if per_fact[fact_key] >= PER_FACT:
            return False
        seen.add(identity)
        per_sentence[source] += 1
        per_fact[fact_key] += 1
        cards.append(card)
        return True

    numeracy = [
        derived_cards(derived, random.Random(f"{seed}:{derived.key}"))[-1]  # mcq when it can
        for item in resolved
        for derived in (percent_base(item) + exchange_rate(item))[:MAX_DERIVED]
    ]
    selected = select_facts(facts, len(sentences), article.title)
    asked: set[int] = set()  # sentences (by start) whose facts have had their card

    def add_numeracy() -> None:
        """Derived cards once the main facts are in, each after the fact it is derived from."""
        nonlocal numeracy
        waiting = []
        for card in numeracy:
            if card.evidence is not None and card.evidence.start in asked:
                keep(card)
            else:
                waiting.append(card)
        numeracy = waiting

    carded: set[str] = set()
    for order, fact in enumerate(selected):
        if order >= MAIN_FACTS:
            add_numeracy()
        if len(cards) >= STORY_CARDS:
            break
        if fact.resolved.context:
            continue  # judged blind, a headline in front does not name the prompt's subject
        rng = random.Random(f"{seed}:{fact.key}")
        entity = index.entities.get(index.alias_map.get(fact.answer, ""))
        if entity is not None:  # "SEC" for "Securities and Exchange Commission", and back
            fact.accepted = sorted({*fact.accepted, *entity.aliases, entity.name} - {fact.answer})
        question = ask(fact, index)
        distractors = distractors_for(fact, index, pool, rng, question or fact.text)
        if keep(story_card(fact, question, distractors, rng)):
            asked.add(fact.resolved.sentence.start)
            carded.add(fact.key)
    for fact in selected:  # a thin deck also blanks its top facts in long sentences
        if len(cards) >= MIN_CARDS:
            break
        if fact.key not in carded:
            rng = random.Random(f"{seed}:{fact.key}")
            distractors = distractors_for(fact, index, pool, rng, fact.text)
            if keep(story_card(fact, None, distractors, rng, long_ok=True)):
                asked.add(fact.resolved.sentence.start)
                carded.add(fact.key)
    add_numeracy()
    for card in numeracy:  # figures whose own facts were not asked
        if len(cards) < STORY_CARDS:
            keep(card)
    statements = 0
    for fact in selected:  # a few true/false statements on facts no card tests yet
        if len(cards) >= STORY_CARDS or statements >= MAX_STATEMENTS:
            break
        if fact.key in carded or not is_short(fact):
            continue
        rng = random.Random(f"{seed}:tf:{fact.key}")
        distractors = distractors_for(fact, index, pool, rng, fact.text)
        if keep(true_false_card(fact, distractors, rng)):
            statements += 1
            carded.add(fact.key)
    for person, role, where in _unique_roles(index):
        if len(cards) >= STORY_CARDS:
            break
        rng = random.Random(f"{seed}:role:{person}")
        prompt = f"Who is described as the {role}?"
        others = person_distractors(person, index.entities[person].family_first, index, rng, prompt)
        keep(role_card(person, role, sentences[where], others, rng))
    if len(cards) < THIN_DECK:
        main = [
            fact
            for ordinal, item in enumerate(resolved)
            for fact in sentence_facts(item, index, ordinal, article.title, main_org=True)
            if fact.kind == "org" and fact.key.endswith(f":org:{index.main_org}")
        ]
        for number, fact in enumerate(main):
            if number >= MAIN_ORG_CARDS and len(cards) >= MIN_CARDS:
                break
            rng = random.Random(f"{seed}:{fact.key}")
            distractors = distractors_for(fact, index, pool, rng, fact.text)
            for candidate in _cards_for_fact(fact, 0, distractors, rng, thin=True):
                if keep(candidate):
                    break
        for item in undated:  # who or what, never the figures the year qualifies
            for fact in sentence_facts(item, index, len(resolved), article.title):
                if fact.kind in {"person", "org"} and len(cards) < THIN_DECK:
                    rng = random.Random(f"{seed}:{fact.key}")
                    distractors = distractors_for(fact, index, pool, rng, fact.text)
                    for candidate in _cards_for_fact(fact, 0, distractors, rng, thin=True):
                        keep(candidate)
        for item in resolved:
            place = place_subject_fact(item, article.title)
            if place is not None and len(cards) < THIN_DECK:
                keep(cloze_card(place))
        for quote in find_quotes(sentences, index):
            rng = random.Random(f"{seed}:quote:{quote.sentence.index}")
            prompt = f'"{quote.quote}" {article.title}'
            family_first = index.entities[quote.speaker].family_first
            others = (
                person_distractors(quote.speaker, family_first, index, rng, prompt)
                if quote.kind == "person"
                else []
            )
            for said in quote_cards(quote, article.title, others, rng):
                keep(said)
    relaxed = len(cards) < MIN_CARDS
    for fact in selected if relaxed else ():  # never an empty deck: soft problems allowed
        if len(cards) >= MIN_CARDS:
            break
        if fact.key not in carded:
            rng = random.Random(f"{seed}:{fact.key}")
            question = ask(fact, index)
            distractors = distractors_for(fact, index, pool, rng, question or fact.text)
            if keep(story_card(fact, question, distractors, rng, long_ok=True)):
                carded.add(fact.key)
    for fact in selected if len(cards) < MIN_CARDS else ():  # still thin: a second form
        rng = random.Random(f"{seed}:second:{fact.key}")
        distractors = distractors_for(fact, index, pool, rng, fact.text)
        for candidate in _cards_for_fact(fact, 0, distractors, rng, thin=True):
            if len(cards) >= MIN_CARDS:
                break
            keep(candidate)
    return cards[:MAX_CARDS]


def generate_deck(article: Article, deck_id: str | None = None, seed: int = 0) -> Deck:
    """A deck of checked cards for `article`; the id defaults to a slug of its title.

    `linked_cards` lists the business-terms glossary cards of the terms the article uses, so
    the learner studies the vocabulary with the story.
    """
    deck_id = deck_id or slugify(article.title)
    return Deck(
        id=deck_id,
        title=article.title,
        description="Generated by newsquiz from the article.",
        source=article,
        tags=["generated"],
        cards=generate_cards(article, seed),
        linked_cards=linked_card_ids(f"{article.title}\n\n{article.text}"),
    )


def generate_file(path: Path, deck_id: str | None = None, seed: int = 0) -> Deck:
    """Read and generate in one step (raises `ArticleError` for unusable input)."""
    return generate_deck(read_article(path), deck_id, seed)
