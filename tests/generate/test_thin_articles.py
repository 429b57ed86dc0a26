"""Thin, quote-heavy articles: attributed quotations and the main company still make cards."""

from newsquiz.generate import generate_cards
from newsquiz.generate.entities import extract_entities
from newsquiz.generate.quotes import find_quote, find_quotes
from newsquiz.generate.segment import split_sentences
from newsquiz.models import BLANK, ClozeCard, FactType, McqCard

from .helpers import article, assert_cards_pass

QUOTES = (
    "Widget Holdings said its profits fell sharply in the winter.\n\n"
    '"Smaller shops are facing an uphill struggle," said Harold Pinkerton, chair of the '
    "British Retail Consortium. "
    '"It was a hard year for all of us," said Harold Pinkerton. '
    'Margaret Oduya said: "Prices will stay high until the summer." '
    '"Trade is picking up in the north," Margaret Oduya and Harold Pinkerton told reporters. '
    '"Better times are coming for the shops," Pinkerton said.'
)


def _quotes(text: str) -> list[tuple[str, str]]:
    sentences = split_sentences(text)
    index = extract_entities(sentences, "Shops struggle")
    return [(q.speaker, q.quote) for q in find_quotes(sentences, index)]


def test_clear_cut_quotations_are_attributed_to_their_speaker() -> None:
    found = _quotes(QUOTES)
    assert ("Harold Pinkerton", "Smaller shops are facing an uphill struggle") in found
    assert ("Margaret Oduya", "Prices will stay high until the summer") in found


def test_unclear_quotations_are_not_used() -> None:
    quotes = {quote for _, quote in _quotes(QUOTES)}
    assert not any(q.startswith("It was") for q in quotes)  # "it" refers to something else
    assert not any(q.startswith("Trade is") for q in quotes)  # two speakers named
    assert not any(q.startswith("Better times") for q in quotes)  # bare family name


def test_a_sentence_without_a_closed_quotation_has_no_quote() -> None:
    sentences = split_sentences('"Prices will stay high, said Margaret Oduya.')
    index = extract_entities(sentences, "")
    assert find_quote(sentences[0], index) is None


def test_a_thin_article_asks_who_said_it_and_about_its_main_company() -> None:
    cards = generate_cards(article(QUOTES, "Shops struggle as prices rise"))
    assert_cards_pass(cards)
    # too few people in the article for three wrong speakers, and invented names are never
    # offered: the speaker is asked as a typed cloze
    people = {"Harold Pinkerton", "Margaret Oduya"}
    for card in cards:
        if isinstance(card, McqCard) and card.fact_type == FactType.PERSON:
            assert set(card.options) <= people, card.options
    clozes = [c for c in cards if isinstance(c, ClozeCard)]
    assert any(
        c.prompt.startswith(f'"Smaller shops are facing an uphill struggle," said {BLANK}')
        for c in clozes
    )
    # "Widget Holdings said its profits fell": blanked, it names nothing, and a headline in
    # front does not say what it is about (judged blind: a headline prefix 1 time in 4)
    assert not any(c.prompt.startswith("From the story") for c in cards)


def test_an_organization_as_the_whole_attribution_is_the_speaker() -> None:
    text = (
        "Widget Holdings said its profits fell sharply in the winter.\n\n"
        '"Sales in the north were weaker than expected," Widget Holdings said.'
    )
    assert _quotes(text) == [("Widget Holdings", "Sales in the north were weaker than expected")]


def test_no_headline_is_asked_to_be_completed() -> None:
    """ "Complete the headline" cards filled thin decks: judged blind, 1 of 8 acceptable."""
    text = (
        "Widget Holdings plans to close shops across the country next spring, its boss said. "
        'Margaret Oduya said: "Prices will stay high until the summer."'
    )
    cards = generate_cards(article(text, "Widget Holdings to shut 40 shops"))
    assert_cards_pass(cards)
    assert not any("headline" in c.prompt for c in cards)


def test_an_honorific_speaker_is_asked_as_the_article_names_him() -> None:
    text = (
        "Arsenal vice-chairman David Dein has said the club may list its shares in London. "
        '"We will go through a thorough review of a listing in 2006," Mr Dein said.'
    )
    cards = generate_cards(article(text, "Arsenal may seek share listing"))
    said = [c for c in cards if isinstance(c, ClozeCard) and c.prompt.endswith(f"{BLANK} said.")]
    assert said and said[0].answer == "Mr Dein" and "David Dein" in said[0].accepted


def test_a_country_opening_its_sentence_is_asked_in_a_thin_article() -> None:
    text = (
        "Iraq is to invite bids for two telephone licences, saying it wants to boost coverage. "
        "Bids have been invited from foreign companies, Iraq's Ministry of Communications said."
    )
    cards = generate_cards(article(text, "Iraq to invite phone licence bids"))
    assert_cards_pass(cards)
    asked = [c for c in cards if c.fact_type == FactType.PLACE and isinstance(c, ClozeCard)]
    assert any(c.prompt.startswith(f"{BLANK} is to invite bids") for c in asked)
    assert all(c.answer == "Iraq" for c in asked)
