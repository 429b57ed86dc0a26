"""The fifteenth round's rules, on articles written for these tests: the story's lead shown
before a card that names nothing of the story, and a count whose counted noun has names
before it ("70 Boeing 737-800 planes")."""

from newsquiz.generate import generate_deck
from newsquiz.generate.answers import common_names
from newsquiz.generate.company_short_forms import initialisms as _initialisms
from newsquiz.generate.entities import extract_entities
from newsquiz.generate.name_forms import article_name_forms
from newsquiz.generate.named_descriptions import name_descriptions
from newsquiz.generate.prepare import prepare
from newsquiz.generate.quantities import find_quantities
from newsquiz.generate.segment import split_sentences
from newsquiz.generate.story_lead import StoryLead, story_lead, with_story_lead
from newsquiz.generate.trust import prompt_problem
from newsquiz.generate.typed_blanks import typed_blank
from newsquiz.generate.typos import corrected
from newsquiz.generate.verb_frames import verb_takes
from newsquiz.models import ClozeCard, Evidence, FactType, NumericCard, TrueFalseCard

from .helpers import article, facts_of

_LEAD = (
    "Harbourline Shipping has agreed to buy rival ferry operator Westmarch Lines for £420m, "
    "creating the largest ferry group in northern Europe."
)
_FERRIES = (
    f"{_LEAD} Harbourline chief executive Anna Berg said the deal would save £35m a year by "
    "2007. Ferry operators across Europe carried 41 million passengers in 2004, according to "
    "the trade body Interferry. Cross-Channel fares fell 6% in 2004 as low-cost airlines took "
    "18% of the market, Interferry said. Shares in Harbourline rose 4% to 312 pence in London."
)
_TITLE = "Harbourline to buy Westmarch"


def _prompts() -> dict[str, list[str]]:
    deck = generate_deck(article(_FERRIES, _TITLE))
    prompts: dict[str, list[str]] = {}
    for card in deck.cards:
        prompts.setdefault(card.answer, []).append(card.prompt)
    return prompts


def test_a_card_naming_nothing_of_the_story_is_shown_after_its_lead() -> None:
    fares = _prompts()["6%"]
    assert fares and all(p.startswith(f"{_LEAD} Cross-Channel fares fell _____") for p in fares)


def test_a_card_naming_the_story_s_company_keeps_its_sentence_alone() -> None:
    shares = _prompts()["4%"]
    assert shares and all(p.startswith("Shares in Harbourline rose _____") for p in shares)


def test_a_card_from_the_lead_is_not_shown_twice() -> None:
    price = _prompts()["£420m"]
    assert price and all(p.count("Harbourline Shipping") == 1 for p in price)


def _lead() -> tuple[StoryLead, object]:
    prepared = prepare(article(_FERRIES, _TITLE))
    assert prepared is not None
    lead = story_lead(prepared, lambda text: True)
    assert lead is not None and lead.text == _LEAD
    return lead, prepared.index


def _evidence(sentence: str) -> Evidence:
    start = _FERRIES.index(sentence)
    return Evidence(sentence=sentence, start=start, end=start + len(sentence))


_FARES = (
    "Cross-Channel fares fell 6% in 2004 as low-cost airlines took 18% of the market, "
    "Interferry said."
)


def test_the_lead_never_gives_the_answer_away() -> None:
    lead, index = _lead()
    card = ClozeCard(
        prompt="Cross-Channel rivals of _____ cut fares 6% in 2004, Interferry said.",
        answer="Westmarch Lines",
        evidence=_evidence(_FARES),
    )
    assert with_story_lead(card, lead, index) is card  # type: ignore[arg-type]


def _judged(statement: str) -> str:
    """The prompt of a false statement about the fares, as the ferry story shows it."""
    lead, index = _lead()
    card = TrueFalseCard(
        prompt=f"True or false? {statement}", answer="false", evidence=_evidence(_FARES)
    )
    return with_story_lead(card, lead, index).prompt  # type: ignore[arg-type]


def test_a_statement_to_judge_follows_the_lead() -> None:
    statement = "Cross-Channel fares fell 9% in 2004, Interferry said."
    assert _judged(statement) == f"{_LEAD} True or false? {statement}"


def test_a_lead_sharing_a_figure_with_a_statement_is_not_shown() -> None:
    statement = "Cross-Channel fares fell £420m in 2004, Interferry said."
    assert _judged(statement) == f"True or false? {statement}"


def test_a_figure_worked_out_is_shown_without_the_lead() -> None:
    lead, index = _lead()
    derived = NumericCard(
        prompt="The article gives 6% and 18%. What is their sum, in percent?",
        answer="24%",
        value=24.0,
        evidence=_evidence(_FARES),
        fact_type=FactType.DERIVED,
    )
    assert with_story_lead(derived, lead, index) is derived  # type: ignore[arg-type]


def test_a_lead_a_blind_reader_could_not_follow_is_never_shown() -> None:
    text = _FERRIES.replace("for £420m,", "for £420m in the fourth quarter,")  # which year's?
    deck = generate_deck(article(text, _TITLE))
    fares = [c.prompt for c in deck.cards if c.answer == "6%"]
    assert fares and all(p.startswith("Cross-Channel fares fell _____") for p in fares)


def test_the_lead_is_repaired_as_a_prompt_is() -> None:
    text = _FERRIES.replace("for £420m,", "for £420m on Tuesday,")
    deck = generate_deck(article(text, _TITLE))
    fares = [c.prompt for c in deck.cards if c.answer == "6%"]
    assert fares and all(p.startswith(f"{_LEAD} Cross-Channel fares") for p in fares)


# --- a count with names before its noun ---------------------------------------------------


def test_a_count_keeps_the_names_before_what_it_counts() -> None:
    found = find_quantities("Ryanair has placed an order for 70 Boeing 737-800 planes.")
    assert [(q.kind, q.text, q.noun) for q in found] == [("count", "70", "Boeing 737-800 planes")]


def test_a_count_of_a_list_takes_no_single_noun() -> None:
    found = find_quantities(
        "GM is recalling 19,924 Cadillac XLR coupes, SRX SUVs and Pontiac sedans."
    )
    assert [(q.text, q.noun) for q in found] == [("19,924", "")]


def _fares_after(lead: str) -> list[str]:
    """The prompts of the fares card when the ferry story opens on `lead`."""
    text = _FERRIES.replace(_LEAD, lead)
    prepared = prepare(article(text, _TITLE))
    assert prepared is not None
    assert all(item.sentence.start != 0 for item in prepared.resolved)  # the lead is not asked
    deck = generate_deck(article(text, _TITLE))
    return [c.prompt for c in deck.cards if c.answer == "6%"]


def test_a_lead_the_resolver_would_not_ask_is_still_shown_as_written() -> None:
    lead = "Ferry unions have said they will strike at Harbourline Shipping over plans to cut jobs."
    fares = _fares_after(lead)
    assert fares and all(p.startswith(f"{lead} Cross-Channel fares fell _____") for p in fares)


def test_a_lead_losing_its_time_to_no_rewrite_is_not_shown() -> None:
    lead = (
        "Harbourline Shipping's board met unions but held over until tomorrow the most "
        "difficult votes on the sale of its Westmarch routes."
    )
    fares = _fares_after(lead)
    assert fares and all(p.startswith("Cross-Channel fares fell _____") for p in fares)


# --- a person's name typed without its middle initials -------------------------------------


def test_a_name_is_accepted_without_its_middle_initials() -> None:
    text = "Prices will rise, said John H. Lichtblau, an oil economist. Lichtblau spoke in Houston."
    forms = article_name_forms("John H. Lichtblau", {"John H. Lichtblau"}, text, person=True)
    assert "John Lichtblau" in forms
    assert "Victor Li" in article_name_forms(
        "Victor T.K. Li", {"Victor T.K. Li"}, "Victor T.K. Li", person=True
    )


def test_initials_inside_a_company_name_stay() -> None:
    forms = article_name_forms("J.P. Morgan", {"J.P. Morgan"}, "J.P. Morgan said.")
    assert "Morgan" not in forms and "J Morgan" not in forms


def test_a_card_naming_only_a_place_of_the_story_is_shown_after_its_lead() -> None:
    passengers = _prompts()["41 million"]  # "across Europe", as the lead's "northern Europe"
    assert passengers and all(p.startswith(f"{_LEAD} ") for p in passengers)


def test_a_lead_holding_a_word_of_the_answer_is_not_shown() -> None:
    lead, index = _lead()
    card = ClozeCard(
        prompt="Cross-Channel fares at _____ fell 6% in 2004, Interferry said.",
        answer="Westmarch Ferries",
        evidence=_evidence(_FARES),
        fact_type=FactType.ORG,
    )
    assert with_story_lead(card, lead, index) is card  # type: ignore[arg-type]


# --- a result's figure asked without its period ---------------------------------------------


def _time_problem(prompt: str, answer: str) -> str | None:
    index = extract_entities(split_sentences("Harbourline Shipping said."), "Harbourline")
    return prompt_problem(prompt, answer, index, dated=False)


def test_a_decimal_point_does_not_hide_a_result_without_its_period() -> None:
    problem = _time_problem("Harbourline's sales rose 2.8% to _____.", "1.2bn euros")
    assert problem is not None and "result without its period" in problem
    assert _time_problem("Harbourline's sales rose 2.8% to _____ in 2004.", "1.2bn euros") is None


def test_the_year_of_a_past_result_is_its_period_but_a_forecast_s_is_not() -> None:
    past = "Harbourline's losses had deepened to £51.6m in _____ from £1.2m."
    assert _time_problem(past, "2004") is None
    ahead = "Harbourline expects its sales to grow 16% to £2.5m in _____."
    assert _time_problem(ahead, "2005") is not None


def test_a_day_s_close_needs_its_day() -> None:
    problem = _time_problem("The yen closed at _____ to the dollar.", "151.53")
    assert problem is not None and "a day's close" in problem
    closed_up = "Harbourline shares closed up four pence at _____ pence."
    assert _time_problem(closed_up, "274.5") is not None
    dated = "Harbourline shares closed up four pence at _____ pence on 4 March 2005."
    assert "a day's close" not in str(_time_problem(dated, "274.5"))


def test_one_of_two_bodies_named_together_gets_its_capital() -> None:
    prompt = "The Facility of the U.S. agriculture and Commerce Departments said so."
    assert "U.S. Agriculture and Commerce Departments" in corrected(prompt)
    assert corrected("The farm and Commerce Departments said so.").startswith("The farm")


def test_a_lead_holding_a_figure_near_the_answer_is_not_shown() -> None:
    lead, index = _lead()  # "... for £420m, ..."
    near = ClozeCard(
        prompt="Cross-Channel fares brought in _____ in 2004, Interferry said.",
        answer="£430m",
        evidence=_evidence(_FARES),
    )
    assert with_story_lead(near, lead, index) is near  # type: ignore[arg-type]
    far = near.model_copy(update={"answer": "£610m"})
    assert with_story_lead(far, lead, index).prompt.startswith(_LEAD)  # type: ignore[arg-type]


# --- "a(n) _____ increase" written as "an increase of _____" ---------------------------------


def test_a_hedged_article_before_an_amount_noun_is_written_out() -> None:
    text = (
        "Harbourline Shipping reported a 12% increase in profits in 2004. Shares in "
        "Harbourline Shipping rose after it bought an 18.8% stake in Westmarch Lines in 2004."
    )
    blanks = {f.answer: typed_blank(f) for f in facts_of(text, _TITLE) if f.kind == "percent"}
    assert blanks["12%"].endswith("reported an increase of _____ in profits in 2004.")
    assert "bought a stake of _____ in Westmarch Lines" in blanks["18.8%"]


def test_a_stake_of_a_figure_in_a_company_says_what_it_is_in() -> None:
    prompt = "Harbourline bought a stake of 18.8% in Westmarch Lines in 2004."
    assert _time_problem(prompt, "") is None


def test_a_us_department_is_accepted_as_readers_write_it() -> None:
    forms = common_names("US Agriculture Department")
    assert {"USDA", "US Department of Agriculture"} <= set(forms)
    assert "Department of US Agriculture" not in forms


def test_no_initials_are_made_up_for_a_department() -> None:
    assert _initialisms("US Agriculture Department") == []
    assert _initialisms("Korea Exchange Bank") == ["KEB"]


# --- a preposition the verb takes -----------------------------------------------------------


def test_a_verb_s_from_never_says_which_assets() -> None:
    assert verb_takes("agreed to buy the steel assets from Dixons", 14, 30)
    assert verb_takes("expected it to fully replace the outflow with a tender", 29, 40)
    assert not verb_takes("The deal with Ford was signed.", 0, 8)


def test_assets_an_agent_bid_for_are_named_by_their_owner() -> None:
    earlier = (
        "Citicorp said it wants to buy Cyclops Corp's steel assets from Dixons Group, more "
        "than had been offered for the assets by Alleghany Corp."
    )
    index = extract_entities(split_sentences(earlier), "Citicorp seeks Cyclops unit")
    prompt = "Alleghany's unit had agreed to buy the steel assets from Dixons Group for _____."
    named = name_descriptions(prompt, "111.6 mln dlrs", earlier, index)
    assert "buy Cyclops Corp's steel assets from Dixons Group" in named
    assert "by Alleghany Corp" not in named
