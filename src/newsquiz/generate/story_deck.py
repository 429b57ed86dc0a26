"""The story deck: the article's facts in order of importance, one card each, asked as real
questions where a question can be written, and only cards a reader can follow without the
article (`trust.py`).

At most `PER_FACT` cards test one fact and `PER_SENTENCE` come from one sentence; the deck
stops at `STORY_CARDS`. A fact without a question is blanked only in a short sentence (a long
one only while the deck has fewer than `MIN_CARDS`). Every card's prompt is repaired where the
article allows (an abbreviation it spells out, a surname it gives in full, "the auction" it
names earlier, a month of a dated article) and dropped when a blind reader still could not
follow it.
"""

import random
from collections import Counter

from newsquiz.generate.answers import without_given_forms
from newsquiz.generate.checks import AnyCard, failed_checks
from newsquiz.generate.compose import ask, is_short, proper_words, story_card
from newsquiz.generate.derived import exchange_rate, percent_base
from newsquiz.generate.distractors import person_distractors
from newsquiz.generate.frames import Fact, sentence_facts
from newsquiz.generate.name_forms import entity_name_forms
from newsquiz.generate.prepare import Prepared
from newsquiz.generate.questions import (
    derived_cards,
    distractors_for,
    role_card,
    true_false_card,
)
from newsquiz.generate.ranking import select_facts
from newsquiz.generate.story_lead import story_lead, with_story_lead
from newsquiz.generate.trust import prompt_problem, repaired
from newsquiz.generate.typos import evidence_slip
from newsquiz.generate.who_cards import all_quote_cards, unique_roles

MAIN_FACTS = 5  # the cards of this many top-ranked facts come before derived ones
STORY_CARDS = 15  # a deck follows the story: typically 6-15 cards, never padded with trivia
MIN_CARDS = 5  # below this, long sentences are blanked too and quotations asked
PER_SENTENCE = 3  # cards from one source sentence
PER_FACT = 2  # cards on one fact (the study app turns a mature fact into recall itself)
MAX_STATEMENTS = 2  # true/false statements in a deck
MAX_DERIVED = 2  # numeracy cards from one sentence


class _Deck:
    """The cards chosen so far, and the limits every new card must respect."""

    def __init__(self, prepared: Prepared) -> None:
        self.prepared = prepared
        self.cards: list[AnyCard] = []
        self.seen: set[str] = set()
        self.per_sentence: Counter[str] = Counter()
        self.per_fact: Counter[str] = Counter()
        self.source = prepared.source  # built once, not per card
        self.dated = prepared.article.published is not None
        # sentences shown after the one before them: the lead would make three
        self.bound = {item.sentence.start for item in prepared.resolved if item.bound}
        self.lead = story_lead(
            prepared,
            lambda text: prompt_problem(text, "", prepared.index, self.dated, self.source) is None,
        )

    def full(self, limit: int = STORY_CARDS) -> bool:
        return len(self.cards) >= limit

    def keep(self, card: AnyCard | None) -> bool:
        """Add a card a blind reader can follow and that passes the automatic checks."""
        if card is None:
            return False
        card = without_given_forms(
            repaired(card, self.prepared.article, self.prepared.index), self.prepared.index
        )
        index = self.prepared.index
        problem = prompt_problem(card.prompt, card.answer, index, self.dated, self.source)
        if problem is not None:
            return False
        if failed_checks(card):
            return False
        if card.evidence is not None and evidence_slip(card.evidence.sentence, self.source):
            return False
        if card.evidence is not None and card.evidence.start not in self.bound:
            card = with_story_lead(card, self.lead, index)
        source = card.evidence.sentence if card.evidence is not None else card.prompt
        fact_key = card.fact_key or card.prompt
        identity = f"{card.kind}\x1f{card.prompt}\x1f{card.answer}"
        if identity in self.seen or self.per_sentence[source] >= PER_SENTENCE:
            return False
        if self.per_fact[fact_key] >= PER_FACT:
            return False
        self.seen.add(identity)
        self.per_sentence[source] += 1
        self.per_fact[fact_key] += 1
        self.cards.append(card)
        return True


def story_cards(prepared: Prepared, seed: int = 0) -> list[AnyCard]:
    """The story deck's cards, most important first."""
    article, index, pool = prepared.article, prepared.index, prepared.pool
    facts: list[Fact] = []
    for ordinal, item in enumerate(prepared.resolved):
        facts.extend(sentence_facts(item, index, ordinal, article.title, lead=True))
    selected = [f for f in select_facts(facts, len(prepared.sentences), article.title)]
    deck = _Deck(prepared)
    numeracy = [
        derived_cards(derived, random.Random(f"{seed}:{derived.key}"))[-1]  # mcq when it can
        for item in prepared.resolved
        for derived in (percent_base(item) + exchange_rate(item))[:MAX_DERIVED]
    ]
    asked: set[int] = set()  # sentences (by start) whose facts have a card

    def add_numeracy() -> None:
        """Derived cards once the main facts are in, each after the fact it is derived from."""
        nonlocal numeracy
        waiting = []
        for card in numeracy:
            if card.evidence is not None and card.evidence.start in asked:
                deck.keep(card)
            else:
                waiting.append(card)
        numeracy = waiting

    carded: set[str] = set()
    proper = proper_words(article.text)

    def card_for(fact: Fact, long_ok: bool = False) -> None:
        rng = random.Random(f"{seed}:{fact.key}")
        fact.accepted = entity_name_forms(fact.answer, fact.accepted, index, article.text)
        question = ask(fact, index, proper)
        if question is None and fact.question_only:
            return  # its blank would print the figures that give it back
        wrong = distractors_for(fact, index, pool, rng, question or fact.text)
        if deck.keep(story_card(fact, question, wrong, rng, long_ok)):
            asked.add(fact.resolved.sentence.start)
            carded.add(fact.key)

    for order, fact in enumerate(selected):
        if order >= MAIN_FACTS:
            add_numeracy()
        if deck.full():
            break
        if not fact.resolved.context:  # a headline in front does not name a prompt's subject
            card_for(fact)
    for fact in selected:  # a thin deck also blanks its top facts in long sentences
        if deck.full(MIN_CARDS):
            break
        if fact.key not in carded and not fact.resolved.context:
            card_for(fact, long_ok=True)
    add_numeracy()
    for card in numeracy:  # figures whose own facts were not asked
        if not deck.full():
            deck.keep(card)
    _add_statements(deck, selected, carded, seed)
    for person, role, where in unique_roles(index):
        if deck.full():
            break
        rng = random.Random(f"{seed}:role:{person}")
        prompt = f"Who is described as the {role}?"
        family_first = index.entities[person].family_first
        others = person_distractors(person, family_first, index, rng, prompt, role=role)
        deck.keep(role_card(person, role, prepared.sentences[where], others, rng))
    if not deck.full(MIN_CARDS):
        for said in all_quote_cards(prepared, seed):
            deck.keep(said)
    return deck.cards


def _add_statements(deck: _Deck, facts: list[Fact], carded: set[str], seed: int) -> None:
    """A few true/false statements, each on a fact no card tests yet."""
    index, pool = deck.prepared.index, deck.prepared.pool
    statements = 0
    for fact in facts:
        if deck.full() or statements >= MAX_STATEMENTS:
            return
        if fact.key in carded or not is_short(fact) or fact.resolved.context:
            continue
        rng = random.Random(f"{seed}:tf:{fact.key}")
        wrong = distractors_for(fact, index, pool, rng, fact.text)
        if deck.keep(true_false_card(fact, wrong, rng)):
            statements += 1
            carded.add(fact.key)
