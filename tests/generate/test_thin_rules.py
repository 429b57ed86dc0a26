"""Rules that rescue thin articles: short company names, restricted "those", and more."""

import random

import pytest

from newsquiz.generate import generate_cards
from newsquiz.generate.distractors import org_distractors
from newsquiz.generate.entities import extract_entities
from newsquiz.generate.full_deck import MIN_HELD
from newsquiz.generate.segment import split_sentences
from newsquiz.models import BLANK, ClozeCard

from .helpers import article, assert_cards_pass
from .test_resolve import resolve_all

CAMEL = (
    "The drug maker BrightWaterPharma said it will change the colour of its pills. "
    "BrightWaterPharma makes medicines for hospitals in Kenya and Ghana. "
    "{short} says its new pill packaging reached several hospitals in Kenya in March 2005."
)


@pytest.mark.parametrize(
    ("headline", "short"),
    [("BWP changes pill colour", "BWP"), ("Pill colours change", "Bright")],
    ids=["initials", "first-part"],
)
def test_camel_case_company_is_known_by_its_initials_and_first_part(
    headline: str, short: str
) -> None:
    index = extract_entities(split_sentences(CAMEL.format(short=short)), headline)
    assert index.alias_map.get(short) == "BrightWaterPharma"


def test_camel_case_short_form_shared_by_two_companies_is_nobodys() -> None:
    text = (
        "Two drug makers, BrightWaterPharma and BrightWorksGroup, sell pills in Kenya. "
        "Shares in BWP rose, and shares in BWG fell in Kenya."
    )
    index = extract_entities(split_sentences(text), "Pill makers")
    assert "Bright" not in index.alias_map
    assert index.alias_map.get("BWP") == "BrightWaterPharma"


def test_a_thin_article_asks_about_the_company_by_its_short_name() -> None:
    text = CAMEL.format(short="Bright")
    cards = generate_cards(article(text, "BWP to change its pill colours"))
    assert_cards_pass(cards)
    assert any(c.answer == "Bright" and "BrightWaterPharma" in c.accepted for c in cards)  # type: ignore[union-attr]
    # a headline to complete names no story a reader has seen (judged blind: 3 of 14
    # acceptable): only a deck of fewer than MIN_HELD cards takes one
    assert len(cards) >= MIN_HELD
    assert not any(c.prompt.startswith("Complete the headline") for c in cards)


def test_restricted_those_keeps_the_sentence() -> None:
    text = (
        "Nordvik Foods said its pills are cheaper than those sold in Europe. "
        "Nordvik Foods said prices are higher than those of rivals. "
        "Nordvik Foods said those prices were too high."
    )
    out = resolve_all(text, "Nordvik Foods prices")
    assert out[0] is not None and out[1] is not None
    # "those prices": which prices only the sentence before says, so it is shown first
    assert out[2] is None or out[2].startswith(out[1] + " ")


def test_glaxo_style_short_name_cloze_accepts_the_full_name() -> None:
    text = (
        "The drug maker BrightWaterPharma is to change the colour of its pills for hospitals. "
        "Bright says distribution of its new pills began in Kenya in March 2005."
    )
    cards = generate_cards(article(text, "BWP changes pill colours"))
    assert_cards_pass(cards)
    short = [c for c in cards if isinstance(c, ClozeCard) and c.answer == "Bright"]
    assert short and short[0].prompt.startswith(BLANK)
    assert "BrightWaterPharma" in short[0].accepted
    assert all("BWP" not in c.prompt for c in short)  # the headline would give it away


def test_the_club_is_the_club_named_before() -> None:
    text = (
        "Rovers chairman Alan Whitfield said the club may seek a listing on the London "
        "Stock Exchange. The club is hoping to raise matchday earnings to 40% of turnover."
    )
    out = resolve_all(text, "Rovers may seek listing")
    assert out[0] is not None and "said Rovers may seek" in out[0]
    assert out[1] is not None and out[1].startswith("Rovers is hoping")


def test_a_company_reference_written_twice_is_not_named_twice() -> None:
    text = (
        "Harbour Mills chairman Alan Whitfield has launched a bid for the firm after buying "
        "a stake in the firm from a rival."
    )
    assert resolve_all(text, "Harbour Mills bid") == [None]


def test_a_quotation_finishing_reported_speech_reads_as_reported_speech() -> None:
    text = (
        "Iraq's Ministry of Fisheries said it would sell licences. "
        'The ministry said that it wanted to raise "the number of licensed boats from about '
        '400 to about 2,500 within 10 years."'
    )
    out = resolve_all(text, "Iraq to sell fishing licences")
    assert out[1] == (
        "The Ministry of Fisheries said that it wanted to raise the number of licensed boats "
        "from about 400 to about 2,500 within 10 years."
    )


@pytest.mark.parametrize(
    "sentence",
    [
        'Harbour Mills said the results were "very good".',  # a scare quote stays quoted
        '"We will raise the number of licensed boats," Harbour Mills said.',
        'Harbour Mills said "prices will rise next year", and shares fell.',
    ],
    ids=["scare-quote", "quotation-first", "clause-goes-on"],
)
def test_other_quotations_are_not_unquoted(sentence: str) -> None:
    out = resolve_all(sentence, "Harbour Mills results")[0]
    assert out is None or '"' in out


@pytest.mark.parametrize(
    ("after", "check"),
    [
        ("the", lambda o: not o.lower().startswith("the ") and o not in {"Reuters", "Xinhua"}),
        ("agency", lambda o: not o.lower().startswith("the ")),
    ],
    ids=["after-the", "before-news-agency"],
)
def test_media_options_fit_the_article_before_the_blank(after: str, check: object) -> None:
    index = extract_entities(split_sentences("Harbour Mills said sales rose."), "Sales")
    options = org_distractors("Gulf Herald", True, index, random.Random(3), "prompt", after=after)
    assert len(options) == 3 and all(check(o) for o in options)  # type: ignore[operator]


def test_held_cards_fill_a_thin_deck_in_the_order_judges_accepted_their_problem() -> None:
    from newsquiz.generate.full_deck import _FILL_ORDER, _fill_rank

    described = _fill_rank("unresolved description: 'the deal'")
    # accepted a quarter of the time or less: never shown, even in a thin deck
    assert _fill_rank("time needs the article's date: 'on Monday'") is None
    assert _fill_rank("bare surname: 'Mr Tsutsumi'") is None
    assert _fill_rank("headline prefix: the prompt names nothing itself") is None
    # judged right a third of the time: only after the sentence before that names it, and
    # only to keep a deck from being nearly empty
    assert described is not None and len(_FILL_ORDER) <= described
    abbreviated = _fill_rank("answer an abbreviation the article never spells out: 'GEM'")
    assert abbreviated is not None and abbreviated < len(_FILL_ORDER)
    assert _fill_rank("typo copied from the source: 'Miniister'") is None


def test_a_deck_is_not_padded_with_cards_judges_mostly_failed() -> None:
    """Five sentences that each need the article's date ("on Monday") or the sentence before
    ("The venture"): the deck keeps MIN_HELD of them, not MIN_CARDS."""
    text = (
        "Orbex Motors and Velo Cars set up a joint venture in Ruritania in 2003. "
        "On Monday the venture said it would hire 300 staff. "
        "On Monday the venture said sales rose 12% to $40m. "
        "On Monday the venture said it would open 4 plants. "
        "On Monday the venture said costs fell 3% to $12m. "
        "On Monday the venture said it would pay $2m in dividends."
    )
    cards = generate_cards(article(text, "Venture hires staff"))
    assert_cards_pass(cards)
    assert len(cards) < 5


def test_a_thin_deck_states_a_sentence_it_has_not_asked_before_a_doubtful_card() -> None:
    text = (
        "Orbex Motors said it would build a plant in Indonesia in 2005. "
        "Indonesia's car sales have grown for a decade as incomes rose. "
        "An Orbex Motors spokesman declined to comment on the cost of the plant. "
        "On Monday the venture said it would hire staff."
    )
    cards = generate_cards(article(text, "Orbex to build Indonesia plant"))
    assert_cards_pass(cards)
    stated = [c for c in cards if (c.fact_key or "").endswith(":statement")]
    # after the story's lead: the statement names no person or company of the story
    assert [c.prompt for c in stated] == [
        "Orbex Motors said it would build a plant in Indonesia in 2005. "
        "True or false? Indonesia's car sales have grown for a decade as incomes rose."
    ]
    assert all(c.answer == "true" for c in stated)


def test_statements_are_at_most_two_and_never_boilerplate() -> None:
    from newsquiz.generate.prepare import prepare
    from newsquiz.generate.statements import MAX_STATEMENTS, sentence_statements

    text = (
        "Indonesia's car sales have grown for a decade as incomes rose. "
        "Orbex Motors declined to comment on its plans for the region. "
        "Indonesia's roads were widened in the 1990s with state money. "
        "Velo Cars makes buses for the cities of Indonesia. "
        "Zentra Bank lends to car buyers across the country."
    )
    prepared = prepare(article(text, "Indonesia car sales"))
    assert prepared is not None
    made = list(sentence_statements(prepared.resolved, set(), lambda _: True))
    assert len(made) == MAX_STATEMENTS == 2
    assert not any("comment" in c.prompt for c in made)
    assert not list(sentence_statements(prepared.resolved, set(), lambda _: True, made=2))


@pytest.mark.parametrize(
    ("text", "alone"),
    [
        ("If a subsidy is offered, Ruritania would likely buy more, an Orbex analyst said.", False),
        ("Indonesia is likely to have even lower take-up rates.", False),
        ("Analysts doubted the dollar could extend that rally in 2005.", False),
        ("Orbex Bank declined to comment on the sale of its Jakarta unit.", False),
        ("Orbex chairman Jan Stuke did not elaborate on his dividend forecast.", False),
        ("Ruritania would buy more wheat than Orbia in 1987, an Orbex analyst said.", True),
        ("Indonesia's car sales have grown for a decade as incomes rose.", True),
    ],
)
def test_a_statement_stands_alone_only_when_nothing_is_left_open(text: str, alone: bool) -> None:
    from newsquiz.generate.statements import stands_alone

    assert stands_alone(text) is alone
