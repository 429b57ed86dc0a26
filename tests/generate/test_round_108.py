"""The fourteenth round's rules, on sentences written for these tests: people called by a
first name alone, a company called by its rank in its country, the story's country written
into a sentence the one before explains, and evidence shown without newswire ticker marks."""

from datetime import date
from pathlib import Path

from newsquiz.generate import generate_deck, read_article
from newsquiz.generate.answers import accepted_forms, common_names
from newsquiz.generate.compose import _coordinated_figure
from newsquiz.generate.descriptions import vague_description
from newsquiz.generate.direction import direction_bounds, keeping_direction
from newsquiz.generate.entities import extract_entities
from newsquiz.generate.introductions import introduced
from newsquiz.generate.named_descriptions import name_descriptions
from newsquiz.generate.period_years import anchor_months
from newsquiz.generate.prepare import prepare
from newsquiz.generate.segment import split_sentences
from newsquiz.generate.sentence_text import without_tickers
from newsquiz.generate.trust import prompt_problem
from newsquiz.generate.typos import corrected
from newsquiz.generate.undated import UNDATED

from .helpers import article, facts_of


def _resolved(text: str, title: str = "Test story") -> dict[str, str]:
    """Each source sentence and the text the resolver made of it ("" when dropped)."""
    prepared = prepare(article(text, title))
    assert prepared is not None
    done = {item.sentence.start: item.text for item in prepared.resolved}
    return {s.text: done.get(s.start, "") for s in prepared.sentences}


def _in_context(text: str, title: str, needle: str) -> tuple[str, str]:
    """The context and the text of the one resolved sentence containing `needle`."""
    prepared = prepare(article(text, title))
    assert prepared is not None
    item = next(r for r in prepared.resolved if needle in r.text)
    return item.context, item.text


# --- a first name alone -------------------------------------------------------------------

_BROTHERS = (
    "Ravi Kothari, the younger of two brothers running Ostara Textiles, has resigned as "
    "chairman of its chemicals arm. The move follows a feud between Mr Kothari and his "
    "brother Vikram over the group's debts. Ostara Chemicals is 46%-owned by Ostara Textiles, "
    "which in turn is run by Vikram. Ostara Textiles shares added 1.7%, while Ostara Power, "
    "headed by Ravi, jumped 7%."
)


def test_a_first_name_alone_is_the_person_named_in_full() -> None:
    index = extract_entities(split_sentences(_BROTHERS), "Ostara unit loses Ravi Kothari")
    assert index.entities["Ravi Kothari"].kind == "person"
    assert index.alias_map["Ravi"] == "Ravi Kothari"
    assert "Ravi" not in index.entities  # no company called Ravi


def test_a_relative_named_by_first_name_takes_the_family_name() -> None:
    index = extract_entities(split_sentences(_BROTHERS), "Ostara unit loses Ravi Kothari")
    assert index.entities["Vikram Kothari"].kind == "person"
    assert index.alias_map["Vikram"] == "Vikram Kothari"
    assert all(e.kind != "org" for e in index.entities.values() if e.name.startswith("Vikram"))


def test_a_card_writes_a_first_name_in_full_where_first_used() -> None:
    done = _resolved(_BROTHERS, "Ostara unit loses Ravi Kothari")
    shares = next(text for source, text in done.items() if source.startswith("Ostara Textiles"))
    assert "headed by Ravi Kothari, jumped" in shares
    owned = next(text for source, text in done.items() if "46%" in source)
    assert owned.endswith("run by Vikram Kothari.")


def test_a_first_name_is_expanded_once_in_a_sentence() -> None:
    text = (
        "Ravi Kothari left the board of Ostara Textiles. Ravi's demand that the finance "
        "director be removed, made by Ravi in a letter to the board, was not met."
    )
    done = _resolved(text, "Ostara director quits")
    demand = next(text for source, text in done.items() if "demand" in source)
    assert demand.count("Ravi Kothari") == 1
    assert demand.startswith("Ravi Kothari's demand")


def test_a_first_name_shared_by_two_people_is_not_folded() -> None:
    text = (
        "Ravi Kothari and Ravi Menon joined the board of Ostara Textiles on Monday. "
        "The shares of Ostara Textiles rose 3% after Ravi spoke to investors in Mumbai."
    )
    index = extract_entities(split_sentences(text), "Ostara board")
    assert "Ravi" not in index.alias_map or index.alias_map["Ravi"] not in {
        "Ravi Kothari",
        "Ravi Menon",
    }


# --- a company called by its rank in its country ------------------------------------------

_RANKED = (
    "Strong sales in Asia helped Velmont SA boost its profits by more than 40% in 2004. "
    "France's third largest carmaker enjoyed a 43% rise in net profits to 2.4bn euros as "
    "sales rose 8% to 40.7bn euros."
)


def test_a_company_called_by_its_rank_is_the_company_named_before() -> None:
    done = _resolved(_RANKED, "Velmont boss hails year")
    ranked = next(text for source, text in done.items() if source.startswith("France's"))
    assert ranked.startswith("Velmont SA, France's third largest carmaker, enjoyed a 43% rise")


def test_a_rank_after_another_company_is_not_given_a_name() -> None:
    """The sentence before names two companies: which one is France's third largest?"""
    text = _RANKED.replace(
        "helped Velmont SA boost its profits",
        "helped Velmont SA and Corbel Motors boost their profits",
    )
    done = _resolved(text, "French carmakers gain")
    ranked = next(source for source in done if source.startswith("France's"))
    assert done[ranked] == "" or not done[ranked].startswith(("Velmont SA,", "Corbel Motors,"))


def test_a_rank_followed_by_the_name_is_left_as_written() -> None:
    text = _RANKED.replace(
        "France's third largest carmaker enjoyed", "France's third largest carmaker Velmont enjoyed"
    )
    done = _resolved(text, "Velmont boss hails year")
    ranked = next(text for source, text in done.items() if source.startswith("France's"))
    assert ranked.startswith("France's third largest carmaker Velmont enjoyed")


# --- the story's country in a sentence the one before explains ----------------------------


def test_a_national_price_after_an_unplaced_sentence_names_the_country() -> None:
    text = (
        "Tunisia suffered a weekend of protests against plans to raise fuel prices. "
        "Demonstrators blocked roads and attacked public buildings, the Daily Clarion reported. "
        "The price of butane gas has risen to 200 dinars a canister from 170 dinars."
    )
    context, body = _in_context(text, "Tunisia hit by gas riots", "butane")
    assert body.startswith("In Tunisia, the price of butane gas")
    assert not context or "Tunisia" not in context


def test_a_sentence_whose_context_names_the_country_is_not_framed_again() -> None:
    text = (
        "Tunisia sold 7 million Orvel Insurance shares, or about 70% of the capital of "
        "Orvel Insurance. More than 800,000 applicants got 9 shares each for 205 dinars apiece."
    )
    context, body = _in_context(text, "Tunisian insurer shares soar", "applicants")
    assert context.startswith("Tunisia sold")
    assert body.startswith("More than 800,000 applicants")


# --- evidence without ticker marks --------------------------------------------------------

_NEWSWIRE = (
    "ORVEL STEEL TO CUT DIVIDEND\n\n"
    "Orvel Steel Corp <ORVS.T> plans to reduce its dividend to three yen in the year ending "
    "March 31 1987 from five yen a year earlier, a company spokesman said. Sales of "
    "<Corbel Trading Co Ltd> rose 12 pct to 2,150 mln yen in the year, Orvel Steel said.\n"
)


def test_evidence_shows_no_ticker_marks_and_true_statements_stay(tmp_path: Path) -> None:
    source = tmp_path / "orvel.txt"
    source.write_text(_NEWSWIRE)
    deck = generate_deck(read_article(source))
    assert deck.cards
    for card in deck.cards:
        assert card.evidence is not None
        assert "<" not in card.evidence.sentence and ">" not in card.evidence.sentence
        assert "<" not in (card.explanation or "")
    assert any(c.kind == "true_false" for c in deck.cards)


# --- descriptions a frame's comma does not explain ----------------------------------------


def _vague(
    text: str, article_text: str = "Velmont SA said on Monday that sales rose."
) -> str | None:
    prepared = prepare(article(article_text, "Velmont results"))
    assert prepared is not None
    return vague_description(text, prepared.index)


def test_a_planned_levy_is_a_description_only_the_article_resolves() -> None:
    found = _vague(
        "Jan de Wit said the proposed tax breached the trade treaty signed by Ruritania."
    )
    assert found == "the proposed tax"


def test_a_frame_comma_is_no_apposition() -> None:
    """ "In the UK, the strong services figure": which figure? (judged blind B)"""
    found = _vague(
        "In the UK, the strong services figure was welcomed by analysts in Leeds.",
        "Retail sales in the UK fell in December, official figures show.",
    )
    assert found == "the strong services figure"


def test_a_framed_country_pins_down_its_national_measure() -> None:
    text = "In the US, the current account deficit, meanwhile, rose to a record $166bn in 2004."
    assert (
        _vague(text, "The dollar fell against the euro as the US reported a record deficit.")
        is None
    )


def test_the_future_is_no_description() -> None:
    assert _vague("For Velmont SA, the future lies in planes carrying 840 people.") is None


# --- a figure set against a forecast ------------------------------------------------------

_MISSED = (
    "Excluding one-off items, Orvel's profit was 33 cents a share, but analysts had expected "
    "34 cents."
)


def test_a_result_set_against_a_forecast_keeps_options_on_its_side() -> None:
    facts = {f.answer: f for f in facts_of(_MISSED, "Orvel misses forecasts")}
    assert direction_bounds(facts["33 cents"]) == (None, 34.0)
    kept = keeping_direction(facts["33 cents"], ["30 cents", "38 cents", "41 cents", "31 cents"])
    assert kept == ["30 cents", "31 cents"]


def test_a_blanked_forecast_keeps_to_the_side_the_result_sets() -> None:
    facts = {f.answer: f for f in facts_of(_MISSED, "Orvel misses forecasts")}
    assert direction_bounds(facts["34 cents"]) == (33.0, None)


def test_a_forecast_in_another_clause_sets_no_side() -> None:
    text = "Orvel's profit was 33 cents a share. Analysts had expected 34 cents for the year."
    facts = {f.answer: f for f in facts_of(text, "Orvel misses forecasts")}
    assert direction_bounds(facts["33 cents"]) == (None, None)


# --- an institution called by the last words of its name ---------------------------------


def test_the_bank_board_is_the_board_named_before() -> None:
    text = (
        "The Ruritanian Home Loan Bank Board said mortgage rates fell to a nine-year low in "
        "March. Rates for adjustable mortgages fell to 8.43 pct in March, the bank board said."
    )
    done = _resolved(text, "Ruritania mortgage rates fall")
    rates = next(text for source, text in done.items() if source.startswith("Rates"))
    assert rates.endswith("the Ruritanian Home Loan Bank Board said.")


def test_a_modifier_the_name_lacks_resolves_nothing() -> None:
    text = (
        "The Ruritanian Home Loan Bank Board said mortgage rates fell to a nine-year low in "
        "March. Rates for adjustable mortgages fell to 8.43 pct in March, the full board said."
    )
    done = _resolved(text, "Ruritania mortgage rates fall")
    rates = next(text for source, text in done.items() if source.startswith("Rates"))
    assert "Bank Board" not in rates


# --- round 108's classes ------------------------------------------------------------------


def test_a_nationality_copied_in_lower_case_is_capitalized() -> None:
    fixed = corrected("Ministers said the rise of the european currency hurt polish exports.")
    assert fixed == "Ministers said the rise of the European currency hurt polish exports."


def test_on_a_month_and_year_is_in() -> None:
    assert corrected("On May 2004, Velmont SA signed the deal.").startswith("In May 2004,")
    assert corrected("Shares rose on May 2004 figures.") == "Shares rose on May 2004 figures."


def _problem(prompt: str, answer: str, text: str = "Velmont SA said sales rose.") -> str | None:
    prepared = prepare(article(text, "Velmont results"))
    assert prepared is not None
    return prompt_problem(prompt, answer, prepared.index, False, f"Velmont results\n{text}")


def test_the_end_of_the_year_needs_the_articles_date() -> None:
    found = _problem("Velmont SA's customers rose to _____ by the end of the year.", "5.1 million")
    assert found is not None and found.startswith(UNDATED)
    assert (
        _problem("Velmont SA's customers rose to _____ by the end of 2004.", "5.1 million") is None
    )


def test_the_near_future_needs_the_articles_date() -> None:
    found = _problem("True or false? Velmont SA will not be sold in the near future.", "")
    assert found is not None and found.startswith(UNDATED)


def test_a_month_answered_after_earlier_in_is_undated() -> None:
    found = _problem("The dollar neared a low reached earlier in _____.", "November")
    assert found is not None and found.startswith(UNDATED)


def test_a_company_blank_with_nothing_naming_it_is_lone_at_any_length() -> None:
    text = "Velmont SA said sales rose. Velmont SA keeps its books in U.S. dollars."
    prompt = (
        "_____ records its cash and accounts receivable in U.S. dollars, with the Canadian "
        "dollar equivalent decreasing as the U.S. dollar falls."
    )
    found = _problem(prompt, "Velmont SA", text)
    assert found is not None and found.startswith("unresolved description")


def test_a_company_blank_its_rank_describes_is_not_lone() -> None:
    text = "Velmont SA said sales rose. Velmont SA is Ruritania's largest private employer."
    prompt = "_____, Ruritania's largest private employer, did not comment on reports of job cuts."
    assert _problem(prompt, "Velmont SA", text) is None


def test_a_level_a_move_would_carry_the_price_to_bounds_the_options() -> None:
    text = (
        "A close above the contract high of 0.7665 would signal a breakout, Orvel analyst Craig "
        "Dunmore said, and the Canadian dollar contract would extend its advance to near the "
        "0.7800 level."
    )
    facts = {f.answer: f for f in facts_of(text, "Canadian dollar futures rise")}
    assert direction_bounds(facts["0.7665"]) == (None, 0.78)


def test_common_company_forms_are_accepted() -> None:
    assert "NatWest" in common_names("National Westminster Bank")
    assert "Royal Dutch Shell" in common_names("Shell")
    assert "ExxonMobil" not in common_names("Exxon")


def test_a_company_described_but_never_named_opens_no_card() -> None:
    text = (
        "A US defence and telecoms company has agreed to pay $28.5m after admitting bribery. "
        "Velmont SA said sales rose 5% in 2004."
    )
    done = _resolved(text, "Velmont results")
    opening = next(source for source in done if source.startswith("A US"))
    assert done[opening] == ""
    assert _resolved("A spokesman for the firm said Velmont SA's sales rose 5% in 2004.")


def test_a_month_asked_without_its_year_needs_the_articles_date() -> None:
    found = _problem("German business confidence fell in _____, the Ifo survey showed.", "February")
    assert found is not None and found.startswith(UNDATED)
    assert _problem("Business confidence in Ruritania fell in _____ 2005.", "February") is None


def test_a_month_ahead_is_anchored_to_the_coming_year() -> None:
    """ "plans to list in September" published in March 2005 is September 2005, never 2004."""
    published = date(2005, 3, 1)
    assert anchor_months("Velmont plans to list its unit in September.", published).endswith(
        "in September 2005."
    )
    assert anchor_months("Velmont will report in January.", published).endswith("January 2006.")
    assert anchor_months("Velmont listed its unit in September.", published).endswith(
        "September 2004."
    )


def test_a_role_at_a_described_company_names_the_story_company() -> None:
    """ "chairman ... of the hotel, casino and resorts company": whose? the headline's."""
    title = "Orvel Resorts board approves recapitalization"
    text = (
        "Orvel Resorts Inc said its board approved a recapitalization plan worth 1 billion dlrs. "
        "John Tarrant, chairman and chief executive officer of the hotel, casino and resorts "
        "company, said the plan was superior to a rival offer. Tarrant said net income would "
        "be about 28.7 mln dlrs in 1988."
    )
    prepared = prepare(article(text, title))
    assert prepared is not None
    prompt = "John Tarrant said net income would be about _____ in 1988."
    shown = introduced(prompt, "28.7 mln dlrs", (title, text), prepared.index)
    assert shown.startswith(
        "John Tarrant, chairman and chief executive officer of Orvel Resorts Inc, said"
    )


# --- round 109's classes ------------------------------------------------------------------


def test_an_offer_raised_to_a_price_per_share_from_the_blank_keeps_options_below() -> None:
    text = "Orvel Corp raised its offer for Velmont to 92.50 dlrs per share from 80 dlrs per share."
    facts = {f.answer: f for f in facts_of(text, "Orvel raises Velmont offer")}
    assert direction_bounds(facts["80 dlrs"]) == (None, 92.5)


def test_joint_departments_keep_their_capitals_after_us() -> None:
    text = "The Weather Facility of the U.S. Agriculture and Commerce Departments said so."
    assert without_tickers(text) == text
    assert without_tickers("The U.S. Trade deficit widened.") == "The U.S. trade deficit widened."


def test_a_central_bank_asked_by_monetary_policy_is_given_away() -> None:
    found = _problem("Data suggest the _____ is guiding monetary policy on a steady path.", "Fed")
    assert found is not None and found.startswith("answer given")
    assert _problem("Shares in _____ rose 5% after it cut 500 jobs in 2004.", "Velmont SA") is None


def test_a_question_never_splits_a_pair_of_figures() -> None:
    assert _coordinated_figure(
        "How many passengers did the strike leave stranded and 10,000 bags lost?"
    )
    assert not _coordinated_figure(
        "How many planes will Orvel take delivery of between 2008 and 2012?"
    )


def test_weeks_ago_at_a_sentence_start_needs_the_articles_date() -> None:
    found = _problem("Two weeks' ago Velmont SA said it would save a further _____ a year.", "$48m")
    assert found is not None and found.startswith(UNDATED)


def test_one_name_with_and_is_never_typed_the_other_way_round() -> None:
    """An editor found "Exchange Commission and Securities" and "Jefferies and" accepted."""
    text = (
        "Orvel Lehman Brothers Inc was subpoenaed by the Securities and Exchange Commission. "
        "It was subpoenaed for documents related to transactions with Jefferies and Co and "
        "others."
    )
    facts = {f.answer: f for f in facts_of(text, "Shearson subpoenaed")}
    for answer, wrong in (
        ("Securities and Exchange Commission", "Exchange Commission and Securities"),
        ("Jefferies and Co", "Co and Jefferies"),
    ):
        forms = accepted_forms(facts[answer])
        assert wrong not in forms
        assert not any(form.endswith((" and", " &")) for form in forms)


def test_an_inverted_not_only_gives_no_question() -> None:
    """ "Which organisation is not only clearly very determined ...?" (A, round 111)."""
    text = (
        "Jan Velders, a director of the Ruritanian central bank, said the dollar would stay "
        "weak. Not only is the US Congress clearly very determined to get the American balance "
        "of payments into better shape, but the risks of brinkmanship are all the greater "
        "because the EC has its own constraints in meeting outside pressure, Velders noted."
    )
    cards = generate_deck(article(text, "Velders sees weak dollar")).cards
    assert any("Not only is the _____" in c.prompt for c in cards)
    assert not any(c.prompt.startswith("Which") for c in cards)


# --- rounds 110 and 111's classes ---------------------------------------------------------


def test_descriptions_judged_unresolved_in_three_rounds() -> None:
    assert _vague("The EC firms said they cut prices by up to 30 pct.") == "The EC firms"
    spokesman = "The Ruritania spokesman, an agriculture official, said sales would grow."
    assert _vague(spokesman) == "The Ruritania spokesman"
    underwriters = "The co-managing underwriters said they are selling 3.5 mln shares."
    assert _vague(underwriters) == "The co-managing underwriters"
    assert _vague("Jan de Wit said trade had balanced since the link in 1983.") == "the link"
    assert _vague("Jan de Wit said trade had balanced since the link with the dollar.") is None


def test_affected_were_needs_the_sentence_before() -> None:
    text = (
        "A dry spell hit the main rice areas of Ruritania in March, officials said. "
        "Affected were 14,030 hectares of rice, valued at 77.8 mln pesos, officials said."
    )
    done = _resolved(text, "Ruritania rice hit by drought")
    affected = next(source for source in done if source.startswith("Affected"))
    assert not done[affected].lower().startswith(("affected", "in ruritania, affected"))
    arriving = (
        "Finance ministers met in Washington on Friday. Also seen arriving were Ruritania's "
        "Finance Minister Jan de Wit and central bank governor Piet Velders."
    )
    done = _resolved(arriving, "Ministers meet")
    seen = next(source for source in done if source.startswith("Also seen"))
    assert not done[seen].startswith("Seen arriving")


def test_a_description_is_never_named_from_a_cut_abbreviation_nor_another_persons_role() -> None:
    earlier = "Velmont SA praised the link with the U.S. dollar. The spokesman for Orvel Ltd left."
    prepared = prepare(article(earlier, "Velmont results"))
    assert prepared is not None
    linked = name_descriptions(
        "Trade has balanced since the link in _____.", "1983", earlier, prepared.index
    )
    assert "the U in" not in linked and "the U.S in" not in linked
    spoken = name_descriptions(
        "The Ruritania spokesman said sales of _____ would grow.", "cocoa", earlier, prepared.index
    )
    assert "Orvel" not in spoken


def test_a_result_without_its_period_needs_the_articles_date() -> None:
    """ "General Electric's net profit was up 6% at _____": which year's or quarter's?"""
    found = _problem("Velmont SA's net profit was up 6% at _____.", "$16.6bn")
    assert found is not None and found.startswith(UNDATED)
    assert _problem("Velmont SA's net profit was up 6% at _____ in 2004.", "$16.6bn") is None
    named = "Georgia lets people who hid their earnings under president _____ pay a fee."
    assert _problem(named, "Eduard Shevardnadze") is None  # no figure asked
