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
    "retail council. "
    '"It was a hard year for all of us," said Harold Pinkerton. '
    'Margaret Oduya said: "Prices will stay high until the summer." '
    '"Trade is picking up in the north," Margaret Oduya and Harold Pinkerton told reporters. '
    '"We expect better times," Mr Pinkerton said.'
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
    assert not any(q.startswith("We expect") for q in quotes)  # speaker not named in full


def test_a_sentence_without_a_closed_quotation_has_no_quote() -> None:
    sentences = split_sentences('"Prices will stay high, said Margaret Oduya.')
    index = extract_entities(sentences, "")
    assert find_quote(sentences[0], index) is None


def test_a_thin_article_asks_who_said_it_and_about_its_main_company() -> None:
    cards = generate_cards(article(QUOTES, "Shops struggle as prices rise"))
    assert_cards_pass(cards)
    who = [c for c in cards if isinstance(c, McqCard) and "who said" in c.prompt]
    assert who and all(c.fact_type == FactType.PERSON for c in who)
    assert any(c.answer == "Harold Pinkerton" and "uphill struggle" in c.prompt for c in who)
    for card in who:
        assert len(set(card.options)) == 4 and card.answer in card.options
        assert card.prompt.startswith('From the story "Shops struggle as prices rise": who said')
    clozes = [c for c in cards if isinstance(c, ClozeCard)]
    assert any(
        c.prompt.startswith(f'"Smaller shops are facing an uphill struggle," said {BLANK}')
        for c in clozes
    )
    assert any(c.answer == "Widget Holdings" for c in clozes)


def test_an_organization_as_the_whole_attribution_is_the_speaker() -> None:
    text = (
        "Widget Holdings said its profits fell sharply in the winter.\n\n"
        '"Sales in the north were weaker than expected," Widget Holdings said.'
    )
    assert _quotes(text) == [("Widget Holdings", "Sales in the north were weaker than expected")]
