"""Card-level trust rules on sentences written for these tests: what a reader without the
article cannot follow, and what the article itself can repair."""

from datetime import date

import pytest

from newsquiz.generate.entities import extract_entities
from newsquiz.generate.period_years import with_period_years
from newsquiz.generate.segment import split_sentences
from newsquiz.generate.spelling import misspelt
from newsquiz.generate.trust import (
    anchor_months,
    name_descriptions,
    prompt_problem,
    spell_out,
)
from newsquiz.generate.undated import PERIOD, UNDATED

ARTICLE = (
    "The Past Congressional Budget Office (CBO) expects a deficit. "
    "The Grain Marketing Board's (GMB) sales rose. "
    "Russia will hold the auction of Yuganskneftegas on Sunday. "
    "Chief executive Jane Doerr spoke. Ms Doerr said sales rose."
)
INDEX = extract_entities(split_sentences(ARTICLE), "Grain sales rise")


def test_abbreviations_are_spelled_out_with_the_words_their_initials_make() -> None:
    assert spell_out("The CBO forecast rose.", ARTICLE, INDEX) == (
        "The Congressional Budget Office forecast rose."
    )
    assert spell_out("the GMB's sales rose.", ARTICLE, INDEX) == (
        "the Grain Marketing Board's sales rose."
    )
    # "Orbex and Velmar Motors (VM)": the abbreviation is the second company's alone
    joined = "Orbex and Velmar Motors (VM) have a month to settle."
    assert spell_out("Orbex preferred VM's offer.", joined, INDEX) == (
        "Orbex preferred Velmar Motors' offer."
    )
    # an abbreviation asked in brackets beside its expansion stays as it is
    defined = "The Congressional Budget Office (CBO) expects _____."
    assert spell_out(defined, ARTICLE, INDEX) == defined


def test_a_description_is_named_from_an_earlier_sentence() -> None:
    earlier = "Russia will hold the auction of Yuganskneftegas on Sunday."
    assert name_descriptions("Bidders avoided the auction.", "", earlier, INDEX) == (
        "Bidders avoided the auction of Yuganskneftegas."
    )
    # never by bringing the answer into the prompt
    assert name_descriptions("Bidders avoided the auction.", "Yuganskneftegas", earlier, INDEX) == (
        "Bidders avoided the auction."
    )
    # a name never runs on into the next sentence ("the war with Iraq. Ullman")
    earlier = "Tehran could not continue the war with Iraq. Ullman said Washington should act."
    named = name_descriptions("Analysts say the war began in _____.", "", earlier, INDEX)
    assert named == "Analysts say the war with Iraq began in _____."
    # nor names it after a party the prompt already names ("Iraq started the war with Iraq")
    prompt = "Diplomats say Iraq started the war in _____."
    assert name_descriptions(prompt, "", earlier, INDEX) == prompt


@pytest.mark.parametrize(
    ("prompt", "reason"),
    [
        ("Shares fell 5% on Monday.", UNDATED),
        ("Sales are now falling by _____.", UNDATED),
        ("Sales fell _____ in December.", PERIOD),
        ("Profit rose _____ in the fourth quarter.", UNDATED),
        ("Bidders said the settlement was worth _____.", "unresolved description"),
        ("Mr Ebbers was paid _____.", "bare surname"),
        ("The XQZ said sales rose _____.", "abbreviation not spelled out"),
        ("Output surpasssing _____ tonnes was sold.", "not an English word"),
        ("Sales rose rose _____.", "doubled word"),
        ("True or false? Orbex had sales of 6.57 billion stg against 8.81 mln.", "figure slip"),
        # snapshots and moments only the article's date pins down
        ("The bank sees no current reason to cut rates below _____.", UNDATED),
        ("Acme shares fell to _____ in after-hours trade.", UNDATED),
        ("Before Christmas, Acme said its shares fell _____.", UNDATED),
        ("No formal offer has been made yet, but Acme got _____ bids.", UNDATED),
        ("Acme said rates would stay at _____ for the rest of the year.", UNDATED),
        ("Acme shares jumped _____ on the news.", UNDATED),
        ("Acme has a market value of about _____.", UNDATED),
        ("Acme said annual pre-tax profit fell 36% to _____.", UNDATED),
        ("For the full year, Acme posted a profit of _____.", UNDATED),
        # a description with no referent, whatever words follow it
        ("The finding comes in a report by _____.", "unresolved description"),
        ("Regulators could fine the companies up to _____ of turnover.", "unresolved description"),
        ("Jane Doerr told the meeting that it expects _____ sales.", "unresolved description"),
        # slips copied from the source
        ("Acme said that is has been fined _____.", "doubled word"),
        ("The loans were sold, so Acme did not to show a _____ gain.", "doubled word"),
        ("Acme Oil, which floated in 2003 bought _____ of Widget Oil.", "doubled word"),
        ("The pipeline carries between 30,000 to _____ barrels a day.", "doubled word"),
        ("The pipeline carries between _____ to 50,000 barrels a day.", "doubled word"),
        ("The pipeline carries _____ barrels of day of crude.", "doubled word"),
        ("Ministers opened a two- day meeting on _____.", "doubled word"),
        ("Counsel for Audio/_____ and a shareholder sued.", "broken text"),
        ("Acme said it' working capital is about _____.", "broken text"),
        ("BMW sold the car maker for _____ five years ago.", UNDATED),
        ("Acme shares traded earlier at _____.", UNDATED),
        # a problem no worse than none never hides a worse one behind it
        ("If approved, the amalgamation takes effect on April _____.", "unresolved description"),
        ("The Shearson stake is to be sold for _____.", "unresolved description"),
        ("Rumours say the German group may raise its bid to _____.", "unresolved description"),
        ("Dresdner Bank and _____ have initiated similar moves.", "unresolved description"),
        ("The University said the trial in the case begins in _____.", "unresolved description"),
        ("The regulator said the largest recall involves _____ vans.", "unresolved description"),
        # an amount, a verb or a clause set off by commas does not say which event or thing
        ("The £13.8m deal gives _____ access to the oil industry.", "unresolved description"),
        ("The trading scandal is the biggest since _____.", "unresolved description"),
        ("Acme said the farm, which employs _____ workers, sells beef.", "unresolved description"),
        ("Exports were _____ bpd before the earthquake, Energy officials said.", "unresolved"),
        ("The remaining _____ will be kept by the city government.", "unresolved description"),
        ("The other two agencies have long since upped their _____.", "unresolved description"),
        # where an event happened, a name before it, a year or a dash never say which one
        ("Acme filed the suit in Houston, where it sought _____.", "unresolved description"),
        ("Three states accepted the Paris Club offer, which was worth _____.", "unresolved"),
        ("The Aurora incident cost Acme _____.", "unresolved description"),
        ("A _____ gap stood in the way of the 2005 target.", "unresolved description"),
        ("Talks stalled on the bill--whether to cut _____ tariffs.", "unresolved description"),
        ("Acme's acquisition extends its reach to _____ branches.", "unresolved description"),
        ("Acme already faces a similar _____ demand from banks.", "unresolved description"),
        ("Factory manager Jan Stuke hopes to raise output by _____.", "unresolved description"),
        ("Director _____ says the plant is under pressure.", "unresolved description"),
        ("Acme shares have risen since but fell _____ on Friday.", UNDATED),
        ("Earlier in the day came an update on efforts to reach _____ people.", UNDATED),
        ("So far, none of the _____ ships have been attacked.", UNDATED),
        ("Yesterday two Acme banks drained _____ from the market.", UNDATED),
        ("The Leuven-based brewery said it would own _____ of the shares.", "unresolved"),
        ("Acme said revenues for the period were about _____.", UNDATED),
        ("Acme cancelled 100 flights on Christmas Day, stranding _____ people.", UNDATED),
        ("Japan's economy has grown _____ a year over the past decade.", UNDATED),
        ("Acme shares rose _____ in the past week.", UNDATED),
        ("Panic selling took Swiss shares down _____ at the opening.", UNDATED),
        ("In a speech at the oil congress here, Acme's chairman said _____.", UNDATED),
        ("Acme said net revenue for the quarter rose to _____.", UNDATED),
        ("Acme's sales surged to _____, from 3bn yuan a year earlier.", UNDATED),
        ("Retail sales rose 0.6% on the month and _____ on the year.", UNDATED),
        # a thousands comma typed as a point: no one sells part of a car
        ("Acme's sales in 2004 rose by _____ to 136.069 units.", "figure slip"),
        # a word the source lost between two prepositions
        ("Jane Doerr was arrested by at the airport by _____ police.", "doubled word"),
    ],
)
def test_what_a_blind_reader_cannot_follow(prompt: str, reason: str) -> None:
    problem = prompt_problem(prompt, "", INDEX, dated=False)
    assert problem is not None and problem.startswith(reason), problem


@pytest.mark.parametrize(
    "prompt",
    [
        "Sales fell _____ in December 2004.",
        "The sale of Rover raised _____.",
        "The airline Ryanair ordered _____ planes.",
        "The dollar fell to _____ yen.",
        "The biggest bank lost _____.",
        "Offline sales rose _____.",  # a word the dictionary lacks is not a typo
        "Jane Doerr told the meeting that was held in Ohio about _____.",
        "Acme Oil, which floated in 2003, bought _____ of Widget Oil.",
        "Japan's current account surplus widened to _____.",
        "Sales rose _____ in the fourth quarter of 2004.",
        "The Jane Doerr group sold _____ shares.",  # named after the person who leads it
        "The biggest bank lost _____ a year earlier than its rivals.",
        # what the sentence itself pins down
        "Acme offered to buy the remaining shares for _____ each.",
        "Shares in Acme fell after the mining group reported a loss of _____.",
        "The rising dollar cut Acme's exports by _____.",
        "Acme repaid _____ of the $550m it lost.",
        "The airline, Ryanair, ordered _____ planes.",
        "Acme said sales for the period ended March 31 1987 were _____.",
        "Acme cancelled 100 flights on Christmas Day 2004, stranding _____ people.",
        "Acme said where the _____ plant would be built.",
        "Acme's sales rose _____ over the past decade to 2004.",
        "Acme's sales surged to _____ in 2004, from 3bn yuan a year earlier.",
        "Acme said net revenue for the quarter ended March 1987 rose to _____.",
        "Acme's sales in 2004 rose by _____ to 136,069 units.",
        "Acme's output in 2004 rose by _____ to 136.069 tonnes.",
    ],
)
def test_self_contained_prompts_pass(prompt: str) -> None:
    assert prompt_problem(prompt, "", INDEX, dated=False) is None


def test_a_dated_article_anchors_its_months() -> None:
    published = date(2005, 2, 10)
    assert anchor_months("Sales fell in December and rose in January.", published) == (
        "Sales fell in December 2004 and rose in January 2005."
    )
    assert anchor_months("Sales fell in December.", None) == "Sales fell in December."
    assert prompt_problem("Sales fell in December.", "", INDEX, dated=True) is None


def test_typos_are_one_letter_from_a_known_word() -> None:
    assert misspelt("inadvertantly") and misspelt("subcommitte") and misspelt("surpasssing")
    assert not misspelt("offline") and not misspelt("desmoteplase") and not misspelt("sales")
    # a regular derivation the dictionary lacks is no typo: "processors" is never "professors"
    assert not misspelt("processors")


def _resolved(text: str, headline: str) -> list[str]:
    from newsquiz.generate.resolve import Resolver

    sentences = split_sentences(text)
    resolver = Resolver(extract_entities(sentences, headline), None, headline)
    return [r.context + r.text for r in map(resolver.resolve, sentences) if r is not None]


def test_a_bare_company_figure_gets_the_story_s_only_company() -> None:
    text = (
        "Acme Corp said it would cut 300 jobs in Ohio this winter. "
        "Net profit rose 5% to $2bn in 2004 after a slow start to the year."
    )
    assert "Acme Corp's net profit rose 5% to $2bn in 2004 after a slow start to the year." in (
        _resolved(text, "Acme Corp cuts jobs")
    )


def test_with_two_companies_a_bare_figure_keeps_no_owner() -> None:
    text = (
        "Acme Corp said it would buy Widget Holdings for $2bn in cash and shares. "
        "Widget Holdings said it would accept the offer from Acme Corp next month. "
        "Net profit rose 5% to $2bn in 2004 after a slow start to the year."
    )
    assert not any("'s net profit" in s for s in _resolved(text, "Acme Corp buys Widget"))


def test_the_headline_s_company_owns_a_bare_figure_when_the_sentence_before_named_no_rival() -> (
    None
):
    text = (
        "Acme Corp beat forecasts as sales of its phones rose in all regions. "
        "Rival Widget Holdings said its own sales had fallen sharply in Asia. "
        "Acme Corp said demand for its new phone was strong in Europe. "
        "Net profit rose 5% to $2bn in 2004 after a slow start to the year."
    )
    resolved = _resolved(text, "Acme Corp profit beats forecasts")
    assert "Acme Corp's net profit rose 5% to $2bn in 2004 after a slow start to the year." in (
        resolved
    )
    # right after a sentence about the rival, whose profit it is is not certain
    swapped = (
        "Acme Corp beat forecasts as sales of its phones rose in all regions. "
        "Rival Widget Holdings said its own sales had fallen sharply in Asia. "
        "Net profit rose 5% to $2bn in 2004 after a slow start to the year."
    )
    assert not any(
        "'s net profit" in s for s in _resolved(swapped, "Acme Corp profit beats forecasts")
    )


def test_a_figure_whose_sentence_names_its_product_belongs_to_the_company_before() -> None:
    """ "Total sales rose 4%, thanks to sales of Acme lager" after a sentence about Acme (by
    "Its") is Acme's; after a sentence naming two companies it stays as written."""
    text = (
        "Widget Holdings and Acme Corp both reported lower profits for 2004. "
        "Acme Corp saw its pre-tax profit fall 3% to $400m in 2004. "
        "Its beer sales were hurt by a smoking ban in many bars in 2004. "
        "Total sales rose 4% to $3bn in 2004, thanks to strong sales of Acme lager in Asia."
    )
    assert (
        "Acme Corp's total sales rose 4% to $3bn in 2004, thanks to strong sales of Acme lager"
        " in Asia."
    ) in _resolved(text, "Brewers' profits fall")
    two = (
        "Acme Corp said Widget Holdings had cut beer prices in Asia in 2004. "
        "Total sales rose 4% to $3bn in 2004, thanks to strong sales of Acme lager in Asia."
    )
    assert not any("'s total sales" in s for s in _resolved(two, "Brewers' profits fall"))


def test_the_headline_s_country_owns_a_bare_national_figure() -> None:
    text = (
        "The trade gap widened to $55bn in October 2004, the Commerce Department said. "
        "Meanwhile, imports rose by 3.4% in October 2004, while exports rose 0.6%."
    )
    resolved = _resolved(text, "US trade gap widens")
    assert "US imports rose by 3.4% in October 2004, while exports rose 0.6%." in resolved


def test_a_national_figure_after_a_dated_opening_gets_its_country() -> None:
    text = (
        "Kenya's government said coffee prices had risen in 2004. "
        "In 2003, crop production totalled 12 mln tonnes after good rains in the west. "
        "Retail sales rose 2% in 2004."
    )
    resolved = _resolved(text, "Kenya sees better harvest")
    assert (
        "In 2003, Kenya's crop production totalled 12 mln tonnes after good rains in the west."
    ) in resolved
    assert "Kenya's retail sales rose 2% in 2004." in resolved


def test_a_bare_period_takes_the_one_year_the_article_gives_it() -> None:
    article = (
        "Acme made $1bn in the fourth quarter of 2004. Sales in November 2004 rose. "
        "Rival Widget lost money in the first half of 2003 and the first half of 2004."
    )
    assert with_period_years("Revenue rose 5% in the fourth quarter.", article) == (
        "Revenue rose 5% in the fourth quarter of 2004."
    )
    assert with_period_years("Sales rose in November.", article) == "Sales rose in November 2004."
    # two years for the same period, or none at all: left to prompt_problem
    assert with_period_years("Costs fell in the first half.", article) == (
        "Costs fell in the first half."
    )
    assert with_period_years("Costs fell in the third quarter.", article) == (
        "Costs fell in the third quarter."
    )
    # a card that names a year says which period it means
    assert with_period_years("In 2003 sales rose in November.", article) == (
        "In 2003 sales rose in November."
    )


def test_a_bare_month_just_after_the_latest_dated_month_takes_its_year() -> None:
    # a story writes the year of a month outside its own year: "January" after "December
    # 2004" is the story's own January, of 2005
    article = "Payrolls for December 2004 were revised down. Firms added 146,000 jobs in January."
    assert with_period_years("Firms added _____ jobs in January.", article) == (
        "Firms added _____ jobs in January 2005."
    )
    # the same month of another year, a month far off, or a month counted from: no year
    old = "Approvals were the lowest since November 2003. Prices rose in November."
    assert with_period_years("Prices rose _____ in November.", old) == (
        "Prices rose _____ in November."
    )
    assert with_period_years("Firms added _____ jobs in June.", article) == (
        "Firms added _____ jobs in June."
    )
    since = "Rates are the lowest since December 2004. Firms added 146,000 jobs in January."
    assert with_period_years("Firms added _____ jobs in January.", since) == (
        "Firms added _____ jobs in January."
    )


@pytest.mark.parametrize(
    "prompt",
    [
        "Last summer, economists warned house prices could fall by _____.",
        "Shares in Acme were up over _____ by noon.",
        "Early morning winds brought the wind chill to _____ below zero.",
        "At today's Cabinet meeting, Jane Doerr asked for _____.",
        "Rates are expected to rise after the Fed's meeting later.",
        "Acme shares rose _____ by Monday's close.",
        "The ruling last Monday cost Acme _____.",
        "A barrel of crude ended Monday down $1.33 to _____.",
        "Last August Acme bought _____.",
        "Acme said the recent rise in rates was _____.",
        # spans counted on from the article's day, and "soon" after it
        "Ruritania may allow some imports of _____ soon, officials said.",
        "Thailand may lose _____ in earnings from tourism over the next three months.",
        "Acme will hire _____ staff in the coming weeks.",
    ],
)
def test_moments_of_the_article_s_day_need_its_date(prompt: str) -> None:
    problem = prompt_problem(prompt, "", INDEX, dated=False)
    assert problem is not None and problem.startswith(UNDATED), problem


@pytest.mark.parametrize(
    "prompt",
    [
        "The Federal Statistics Office said growth was _____.",
        "Inflation is within the Reserve Bank's target of _____.",
        "The Bank of England's announcement was followed by a cut to _____.",
    ],
)
def test_a_body_or_an_announcement_only_the_article_places(prompt: str) -> None:
    assert prompt_problem(prompt, "", INDEX, dated=False) is not None


def test_a_typo_in_a_camel_case_name_and_a_dropped_dot_are_put_right() -> None:
    from newsquiz.generate.typos import corrected

    source = "DaimlerChrysler owns it. DaimlerChrysler said so. DaimlerChrylser fell."
    assert corrected("Carmaker DaimlerChrylser sold _____.", source) == (
        "Carmaker DaimlerChrysler sold _____."
    )
    assert corrected("It has fields in the U.S, Europe and Asia.") == (
        "It has fields in the U.S., Europe and Asia."
    )


def test_a_hundredfold_comparison_is_a_slip_of_the_source_whatever_is_blanked() -> None:
    problem = prompt_problem(
        "Orbex had sales of _____ against 8.81 mln.", "6.57 billion stg", INDEX, dated=False
    )
    assert problem is not None and problem.startswith("figure slip")
    fine = prompt_problem(
        "Orbex had sales of _____ in 1986 against 5.91 billion.",
        "6.57 billion stg",
        INDEX,
        dated=False,
    )
    assert fine is None


def test_a_share_its_part_and_whole_disagree_with_is_a_slip_of_the_source() -> None:
    slip = "Of Orbex's loans of 9.9 mln dlrs, about 14 pct or 1.4 billion dlrs went to oil firms."
    problem = prompt_problem(f"True or false? {slip}", "", INDEX, dated=False)
    assert problem is not None and problem.startswith("figure slip")
    fine = slip.replace("9.9 mln", "9.9 billion")
    assert prompt_problem(f"True or false? {fine}", "", INDEX, dated=False) is None


def test_a_spelled_out_body_keeps_its_article() -> None:
    from newsquiz.generate.trust import spell_out

    text = "The United Nations Economic Commission for Europe (UNECE) said growth would slow."
    index = extract_entities(split_sentences(text), "Growth to slow")
    assert spell_out("UNECE is forecasting growth of _____.", text, index) == (
        "The United Nations Economic Commission for Europe is forecasting growth of _____."
    )
    assert spell_out("Figures from the UNECE showed _____.", text, index) == (
        "Figures from the United Nations Economic Commission for Europe showed _____."
    )


def test_a_month_dated_only_in_a_comparison_gives_no_year() -> None:
    """Judged blind (round 38, C): "lending rose in January" made "January 2004" because the
    article compares with "£2.6bn in January 2004"; that January is last year's."""
    text = (
        "Mortgage approvals were £2bn, down from £2.6bn in January 2004. "
        "Lending rose by £4bn in January. Lending was weak in the last months of 2004."
    )
    assert with_period_years("Lending rose by _____ in January.", text) == (
        "Lending rose by _____ in January."
    )
    dated = "Lending rose by £4bn in January 2005 after a weak December. Sales in 2005 rose."
    assert with_period_years("Lending rose by _____ in January.", dated + " 2005 was good.") == (
        "Lending rose by _____ in January 2005."
    )


def test_an_opening_preposition_is_no_connective() -> None:
    """ "In addition to the freeze, X will get ...": cutting "In addition" leaves "To the
    freeze, X will get" (judged blind: A)."""
    from newsquiz.generate.dangling import without_connective

    assert without_connective("In addition, Acme will get _____.") == "Acme will get _____."
    prompt = "In addition to the freeze, Acme will get _____ in loans."
    assert without_connective(prompt) == prompt


def test_a_time_word_is_not_cut_out_of_a_clause_it_ends() -> None:
    """ "The meeting, which ended today, was held to ...": without "today" the clause says
    nothing ("which ended, was held"), so the sentence is not used."""
    from newsquiz.generate.sentence_text import drop_relative_time

    assert drop_relative_time("The meeting, which ended today, was held in Geneva.") is None
    assert drop_relative_time("The meeting ended today in Geneva.") == (
        "The meeting ended in Geneva."
    )


def test_a_sunday_paper_is_no_weekday() -> None:
    """ "according to The Mail on Sunday" keeps its paper's name (cut to "The Mail", it
    credited another paper: judged blind, C) and needs no date."""
    from newsquiz.generate.relative_time import without_relative_time

    prompt = "The _____ plan will go ahead, according to The Mail on Sunday."
    assert without_relative_time(prompt, "") == prompt
    assert prompt_problem(prompt, "", INDEX, dated=False) is None
    assert without_relative_time("Acme shares fell _____ on Sunday.", "") == (
        "Acme shares fell _____."
    )


def test_a_name_that_ends_in_s_is_never_cut_before_it() -> None:
    """ "_____'s has targeted ..." keyed "McDonald" splits the name McDonald's (A); a
    company the article also writes bare ("Tesco said") may be blanked before its 's."""
    source = "McDonald's has targeted the youth market. McDonald's said sales rose."
    prompt = "_____'s has targeted the youth market with adverts."
    assert prompt_problem(prompt, "McDonald", INDEX, True, source).startswith("broken text")
    tesco = "Tesco said sales rose. Tesco's profits rose 5%."
    assert prompt_problem("_____'s profits rose 5% in 2004.", "Tesco", INDEX, True, tesco) is None


def test_an_abbreviation_is_no_answer_unless_the_article_spells_it_out() -> None:
    from newsquiz.generate.trust import ABBREVIATED_ANSWER

    prompt = "A _____ spokesman said Russia had acquired 40 new missiles."
    problem = prompt_problem(prompt, "XQZ", INDEX, dated=False, source=ARTICLE)
    assert problem is not None and problem.startswith(ABBREVIATED_ANSWER)
    for spelled in ("GMB", "CBO"):  # "The Grain Marketing Board's (GMB)": the article says
        assert prompt_problem(prompt, spelled, INDEX, dated=False, source=ARTICLE) is None
    assert prompt_problem(prompt, "IMF", INDEX, dated=False, source=ARTICLE) is None


def test_here_is_the_dateline_s_city_and_goes() -> None:
    from newsquiz.generate.relative_time import without_relative_time

    prompt = "In a speech at the oil congress here, Acme's chairman said sales rose _____."
    assert without_relative_time(prompt, "") == (
        "In a speech at the oil congress, Acme's chairman said sales rose _____."
    )
    kept = "Acme said here are the figures: sales rose _____."
    assert without_relative_time(kept, "") == kept


def test_an_amount_in_euros_is_also_typed_with_the_euro_sign() -> None:
    from newsquiz.generate.answers import accepted_forms
    from newsquiz.generate.frames import sentence_facts
    from newsquiz.generate.prepare import prepare

    from .helpers import article

    prepared = prepare(article("Acme Corp signed a deal worth 1bn euros in 2004."))
    assert prepared is not None
    fact = next(
        f for f in sentence_facts(prepared.resolved[0], prepared.index, 0) if f.kind == "money"
    )
    assert {"€1bn", "€1 billion", "1 billion euros"} <= set(accepted_forms(fact))


def test_big_amounts_camel_case_names_and_prompt_words_in_typed_answers() -> None:
    from newsquiz.generate.answers import accepted_forms, without_given_forms
    from newsquiz.generate.frames import sentence_facts
    from newsquiz.generate.prepare import prepare
    from newsquiz.models import RecallCard

    from .helpers import article

    prepared = prepare(article("Japan announced a 6,000 billion yen package in 1987."))
    assert prepared is not None
    fact = next(f for f in sentence_facts(prepared.resolved[0], prepared.index, 0))
    assert "6 trillion yen" in accepted_forms(fact)
    from newsquiz.generate.frames import Fact

    text = "Omega Foods sold its stake in EuroDisney in 2005."
    start = text.index("EuroDisney")
    park = Fact("s0:org:EuroDisney", "org", "EuroDisney", text, start, start + 10, fact.resolved)
    assert "Euro Disney" in accepted_forms(park)
    card = RecallCard(
        prompt="Which bank has been banned from suing Omega Foods?",
        answer="Bank of Zeta",
        accepted=["Bank", "Zeta", "the Bank of Zeta"],
    )
    assert without_given_forms(card).accepted == ["Zeta", "the Bank of Zeta"]


def test_a_well_known_name_misspelt_throughout_is_a_typo() -> None:
    source = "DaimlerChrylser owns 30%. DaimlerChrylser said it would not invest."
    problem = prompt_problem("DaimlerChrylser owns _____ of the firm.", "30%", INDEX, False, source)
    assert problem is not None and problem.startswith("not an English word")


def test_a_fix_that_changes_the_first_letter_is_no_typo_fix() -> None:
    from newsquiz.generate.spelling import correction

    assert correction("billionaire") is None  # never "millionaire"
    assert correction("outriders") is None  # never "outsiders"
    assert correction("inadvertantly") == "inadvertently"  # a vowel slipped


def test_a_meeting_is_not_named_from_another_meeting() -> None:
    earlier = "Omega Foods said the group would attend a meeting in Havana next month."
    prompt = (
        "Tom Reed, the executive secretary of the Omega Commission, told the meeting that "
        "there was an increasing net outflow of _____ from Africa."
    )
    assert name_descriptions(prompt, "10%", earlier, INDEX) == prompt


def test_a_time_word_that_opens_a_longer_phrase_is_no_connective() -> None:
    from newsquiz.generate.dangling import without_connective

    prompt = "Earlier in the day came an update on plans to treat _____ people."
    assert without_connective(prompt) == prompt  # never "In the day came ..."
    assert without_connective("Earlier, Omega said sales rose _____.") == (
        "Omega said sales rose _____."
    )


def test_an_annual_figure_with_its_year_is_dated() -> None:
    prompt = "Acme said annual pre-tax profit fell 36% to _____ in 2004."
    assert prompt_problem(prompt, "$2.9bn", INDEX, False) is None


@pytest.mark.parametrize(
    ("prompt", "answer", "expected"),
    [
        ("Acme will fund an _____ plant.", "£150m", "Acme will fund a _____ plant."),
        ("Acme reported a _____ rise.", "8%", "Acme reported an _____ rise."),
        ("An 18% rise and a 8% fall.", "", "An 18% rise and an 8% fall."),
        (
            "Acme made a 180m profit and an £11m loss.",
            "",
            "Acme made a 180m profit and an £11m loss.",
        ),
        ("Acme sold a _____ stake.", "Widget", "Acme sold a _____ stake."),
    ],
)
def test_a_or_an_before_a_figure_is_as_the_figure_is_read(
    prompt: str, answer: str, expected: str
) -> None:
    from newsquiz.generate.typos import with_fitting_article

    assert with_fitting_article(prompt, answer) == expected


def test_a_blank_never_splits_a_name_at_its_of() -> None:
    problem = prompt_problem("Acme agreed to buy Monfort of _____.", "Colorado Inc", INDEX, False)
    assert problem is not None and problem.startswith("broken text")
    particle = "Sheikh Rashid bin _____, chairman of Gulf Orbex Bank, said rates would fall."
    problem = prompt_problem(particle, "Hamad al-Qasimi", INDEX, False)
    assert problem is not None and problem.startswith("broken text")
    # a description of a company named before it in the sentence is that company
    named = "Orbex Motors was barred from rocket work, and the Ohio-based company paid _____."
    index = extract_entities(split_sentences("Orbex Motors makes rockets."), "Orbex Motors")
    assert prompt_problem(named, "$1bn", index, False) is None
    unnamed = "The Ohio-based company paid _____ to settle the case."
    assert prompt_problem(unnamed, "$1bn", index, False) is not None


def test_a_false_statement_is_checked_like_a_true_one() -> None:
    """Its answer is "false": taking that word out of "True or false?" hid the statement's
    opening from every check that reads it (round 70: "Subsequently, ..." judged B)."""
    for answer in ("true", "false", ""):
        prompt = "True or false? Subsequently, Orbex would charge interest at 9 pct."
        problem = prompt_problem(prompt, answer, INDEX, False)
        assert problem is not None and problem.startswith("opening that needs"), answer
        typo = "True or false? Severel ships were booked at 6,750 dlrs daily."
        problem = prompt_problem(typo, answer, INDEX, False)
        assert problem is not None and "Severel" in problem, answer


def test_a_given_name_opening_the_prompt_is_no_typo() -> None:
    """ "Carlos Ghosn is to become ...", "Helmut Panke said ...": the first word was checked
    alone against the dictionary, and a given name one letter from a word ("Carlos",
    "carols") dropped the card."""
    text = "Carlos Quandt will run Orbex from April. Orbex makes vans."
    index = extract_entities(split_sentences(text), "Orbex names boss")
    assert prompt_problem("Carlos Quandt will run _____ from April.", "Orbex", index, True) is None


def test_a_blanked_amount_does_not_say_which_budget() -> None:
    """ "The _____ budget submitted to Congress" is the $2.58 trillion one: whose, which year?
    (judged blind B); "the _____ plant" with a place blanked says which plant."""
    budget = "The _____ budget submitted to Congress affects 150 programmes."
    problem = prompt_problem(budget, "$2.58 trillion", INDEX, False)
    assert problem is not None and problem.startswith("unresolved description")
    assert (
        prompt_problem("Acme said where the _____ plant would be built.", "Ohio", INDEX, False)
        is None
    )


def test_a_name_run_on_into_stray_capitals_is_a_source_flaw() -> None:
    prompt = "Ruritania set the rate at _____ bolivars, Minister Manuel Azpor UA said."
    problem = prompt_problem(prompt, "14.50", INDEX, True)
    assert problem is not None and problem.startswith("garbled name")
    fine = "Ruritania set the rate at _____ bolivars, Minister Manuel Azpor said."
    assert not (prompt_problem(fine, "14.50", INDEX, True) or "").startswith("garbled")
    assert not (
        prompt_problem("Orbex Motors UK said sales rose.", "", INDEX, True) or ""
    ).startswith("garbled")


@pytest.mark.parametrize(
    ("prompt", "vague"),
    [
        ("Karl Obermann and his family hold a stake of _____.", True),
        ("Karl Obermann holds a _____ stake, making him Orbex's biggest shareholder.", False),
        ("Orbex sold its _____ stake in Velmar Motors.", False),
        ("An Orbex spokesman declined to say whether it would sell its Velmar stake.", False),
    ],
)
def test_a_stake_says_what_it_is_in(prompt: str, vague: bool) -> None:
    """Judged blind B: "hold a stake of 28.1%" (in Manchester United, named elsewhere)."""
    problem = prompt_problem(prompt, "28.1%", INDEX, True)
    assert (problem is not None and "stake" in problem) is vague


def test_a_description_is_named_only_by_a_whole_name() -> None:
    """ "its stake in London underground consortium Tube Lines" names no "stake in London"."""
    earlier = "Orbex is selling its stake in London underground consortium Tube Lines."
    assert name_descriptions("The sale of the stake is a lifeline.", "", earlier, INDEX) == (
        "The sale of the stake is a lifeline."
    )


def test_a_blanked_national_body_needs_its_country_in_the_prompt() -> None:
    prompt = "The _____ said its gold reserves rose to 5.1 bln guilders on Monday."
    problem = prompt_problem(prompt, "Central Bank", INDEX, True)
    assert problem is not None and problem.startswith("body without its country")
    dutch = "The Dutch _____ said its gold reserves rose to 5.1 bln guilders."
    assert prompt_problem(dutch, "Central Bank", INDEX, True) is None


def test_a_quarter_without_any_year_in_an_undated_story_is_not_asked() -> None:
    """Judged blind, "the third quarter" with no year was acceptable 11 times in 31; a month
    without its year is kept (80 in 137)."""
    quarter = "Orbex's sales rose _____ in the third quarter."
    problem = prompt_problem(quarter, "9%", INDEX, dated=False)
    assert problem is not None and problem.startswith("time needs the article's date")
    assert (
        prompt_problem("Orbex's sales rose _____ in the third quarter of 2004.", "9%", INDEX, False)
        is None
    )
    month = prompt_problem("Orbex's sales rose _____ in March.", "9%", INDEX, dated=False)
    assert month is not None and month.startswith("period without a year")


def test_a_company_written_by_one_word_is_named_in_full_where_the_card_first_names_it() -> None:
    """Judged blind B: "Hardie's former chief executive" (the building group James Hardie)."""
    text = (
        "Building products group Warren Halloway agreed to pay $1bn to victims. "
        "Halloway, which makes most of its revenue in the US, was once the biggest supplier. "
        "Regulators are investigating Halloway's former chief executive."
    )
    index = extract_entities(split_sentences(text), "Building giant pays")
    prompt = "Regulators are investigating Halloway's former chief executive over _____."
    assert spell_out(prompt, text, index) == (
        "Regulators are investigating Warren Halloway's former chief executive over _____."
    )
    # a country or an abbreviation is never taken for a company's short name
    us = "U.S. Has Insists said rates would rise. The U.S. economy grew 3%."
    index = extract_entities(split_sentences(us), "Rates")
    assert spell_out("The U.S. economy grew _____.", us, index) == "The U.S. economy grew _____."


def test_the_year_to_a_month_in_an_undated_story_is_not_asked() -> None:
    prompt = "Orbex's profits for the year to 31 December rose _____ to £4.6bn."
    problem = prompt_problem(prompt, "20%", INDEX, dated=False)
    assert problem is not None and problem.startswith("time needs the article's date")
    dated = "Orbex's profits for the year to 31 December 2004 rose _____ to £4.6bn."
    assert prompt_problem(dated, "20%", INDEX, dated=False) is None


def test_a_day_by_day_list_keeps_its_days_and_so_needs_the_date() -> None:
    """ "cancel 65 flights on Thursday, 180 on Friday, ...": cut out, the figures lose their
    days ("_____ flights, 180, 140"; judged blind A and D)."""
    from newsquiz.generate.relative_time import without_relative_time

    listed = "Orbex cancelled _____ flights on Thursday, 180 on Friday and 40 on Sunday."
    assert without_relative_time(listed, "65") == listed
    one = "Orbex cancelled _____ flights on Thursday."
    assert without_relative_time(one, "65") == "Orbex cancelled _____ flights."


def test_a_national_figure_a_report_gives_is_still_the_country_s() -> None:
    """Judged blind B: "In 2003, crop production totalled 11.49 million tonnes, the report
    from the Food and Agriculture Organisation said" asked whose crop without the country."""
    text = (
        "Kenya's harvest rose 24% in 2004, a report says. "
        "In 2003, crop production totalled 12 mln tonnes, the report from the Food and "
        "Agriculture Organisation said."
    )
    resolved = _resolved(text, "Kenya's crop production up 24%")
    assert any(r.startswith("In 2003, Kenya's crop production totalled") for r in resolved)
    abroad = (
        "Kenya's harvest rose 24% in 2004, a report says. "
        "In 2003, crop production totalled 12 mln tonnes in Uganda, the report said."
    )
    in_uganda = _resolved(abroad, "Kenya's crop production up 24%")
    assert not any(r.startswith("In 2003, Kenya's") for r in in_uganda)


def test_a_time_phrase_between_two_phrases_leaves_their_comma() -> None:
    """Judged blind A (rounds 77 and 79): "up 1/8, in morning trade, off the high of 45-7/8"
    cut to "up 1/8 off the high" read as 1/8 below the high."""
    from newsquiz.generate.relative_time import without_relative_time

    cut = without_relative_time("Orbex was at _____, up 1/8, in morning trade, off its high.", "")
    assert cut == "Orbex was at _____, up 1/8, off its high."
    assert without_relative_time("Orbex, on Tuesday, said _____.", "") == "Orbex said _____."


def test_an_acronym_is_placed_only_in_the_country_written_before_it() -> None:
    """Judged blind A: "In the US, what does OPEC stand for?" (the sentence named the US)."""
    from newsquiz.generate import generate_cards
    from newsquiz.models import Article

    text = (
        "Oil prices in the U.S. fell after the Organization of Petroleum Exporting Countries "
        "(OPEC) met in Vienna in 1987, Orbex Corp said in 1987."
    )
    cards = generate_cards(Article(title="Oil falls", text=text))
    asked = [c.prompt for c in cards if c.kind == "recall" and "OPEC" in c.prompt]
    # no country of its own: not asked at all since round 90 ("In business news" judged B)
    assert not any("In the US" in p or "In the U.S." in p for p in asked)
