"""The sixteenth round's rules, on sentences written for these tests: the side of a figure a
sentence puts its blank on, a change that keeps its period, "a(n) _____" written out, a
description whose word the dictionary lacks, the story's lead that lets another subject fill
the blank, and a company's name without its legal endings."""

from newsquiz.generate.answers import accepted_forms
from newsquiz.generate.descriptions import vague_description
from newsquiz.generate.direction import direction_bounds
from newsquiz.generate.entities import extract_entities
from newsquiz.generate.quantities import find_quantities, same_unit
from newsquiz.generate.segment import split_sentences
from newsquiz.generate.sentence_text import drop_relative_time
from newsquiz.generate.story_country import in_country
from newsquiz.generate.story_lead import StoryLead, with_story_lead
from newsquiz.generate.typed_blanks import typed_blank
from newsquiz.generate.undated import time_problem
from newsquiz.generate.wh_questions import _decapitalize
from newsquiz.models import ClozeCard, Evidence

from .helpers import facts_of

_TITLE = "Ostara results"


def _bounds(text: str, answer: str) -> tuple[float | None, float | None]:
    (fact,) = [f for f in facts_of(text, _TITLE) if f.answer == answer]
    return direction_bounds(fact)


# --- the side of another figure ------------------------------------------------------------


def test_bn_and_billion_are_one_scale() -> None:
    a, b = find_quantities("Sales climbed to 131.9 billion kronor from 117.7bn kronor.")[:2]
    assert same_unit(a, b)


def test_a_level_that_climbed_to_another_lies_below_it() -> None:
    text = "Ostara's sales climbed to 131.9 billion kronor from 117.7bn kronor in 2003."
    assert _bounds(text, "117.7bn kronor") == (None, 131.9)


def test_a_level_down_from_a_period_s_figure_lies_above_the_new_one() -> None:
    text = (
        "Ostara's sales grew 4.2% in the final quarter of 2004, down from the third quarter's 5.1%."
    )
    assert _bounds(text, "5.1%")[0] == 4.2


def test_a_figure_expected_to_rise_to_another_lies_below_it() -> None:
    text = "Ostara's debt was $124bn in 2003, and is expected to rise to about $150bn for 2004."
    assert _bounds(text, "$150bn") == (124.0, None)
    assert _bounds(text, "$124bn") == (None, 150.0)


def test_a_figure_rather_than_another_keeps_to_its_side() -> None:
    text = "Ostara expects sales to grow by 5.7% in 2005, rather than 6% as forecast in 2004."
    assert _bounds(text, "6%") == (5.7, None)
    assert _bounds(text, "5.7%") == (None, 6.0)


# --- a change keeps its period -------------------------------------------------------------


def test_a_change_keeps_the_week_or_month_it_covers() -> None:
    assert drop_relative_time("Ostara shares have advanced 4% this month.") is None
    assert drop_relative_time("Ostara shares fell last week.") is None
    # the time of an event goes as before; "later this month" is no period of a change
    assert drop_relative_time("Ostara will report profits of £9.4bn later this month.") == (
        "Ostara will report profits of £9.4bn."
    )
    assert drop_relative_time("Ostara opened a plant last week.") == "Ostara opened a plant."


def test_a_passive_added_is_no_speech() -> None:
    from newsquiz.generate.dangling import without_also

    assert without_also("Ostara said 1,500 jobs were added.") == (
        "Ostara said 1,500 jobs were added."
    )
    assert without_also("Anna Berg added that costs rose.") == "Anna Berg said that costs rose."


# --- "a(n) _____" before an adjective and a unit -------------------------------------------


def _blank(text: str, answer: str) -> str:
    (fact,) = [f for f in facts_of(text, _TITLE) if f.answer == answer]
    return typed_blank(fact)


def test_a_unit_and_an_adjective_go_with_their_noun() -> None:
    assert "a figure of _____ tonnes published" in _blank(
        "Ostara used a 238 mln tonne figure published by the ministry in 1987.", "238 mln"
    )
    assert "an annual increase of _____ in unit sales" in _blank(
        "Ostara enjoyed an 8% annual increase in unit sales in 2004.", "8%"
    )
    assert "a drop of _____ acres in plantings" in _blank(
        "Ostara assumed a 18 mln acre drop in plantings in 1987.", "18 mln"
    )


# --- a description whose word the dictionary lacks -----------------------------------------

_INDEX = extract_entities(split_sentences("Ostara Bank said profits rose. Velmar fell."))


def test_a_word_the_dictionary_lacks_can_head_a_description() -> None:
    text = "Dealers expected Ostara Bank to replace the outflow with a new tender."
    assert vague_description(text, _INDEX) == "the outflow"


def test_a_word_the_dictionary_lacks_can_modify_a_description() -> None:
    text = "Velmar reported a loss after the pretax charge and a tax credit."
    assert vague_description(text, _INDEX) == "the pretax charge"


def test_a_description_after_would_be_says_what_it_is() -> None:
    text = "A merger of Ostara and Velmar would be the fifth telecoms deal in 2004."
    assert vague_description(text, _INDEX) is None


# --- the story's lead and a blanked subject ------------------------------------------------

_LEAD_TEXT = "Ruritania and Velmar signed a pact which could see Ruritania invest up to $20bn."
_LATER = "Ostara Oil could invest in gas fields in the north, the ministry said."


def test_a_lead_whose_subject_does_the_blank_s_act_is_not_shown() -> None:
    index = extract_entities(split_sentences(f"{_LEAD_TEXT} {_LATER}"))
    lead = StoryLead(text=_LEAD_TEXT, start=0, names=frozenset({"Velmar"}))
    start = len(_LEAD_TEXT) + 1
    evidence = Evidence(sentence=_LATER, start=start, end=start + len(_LATER))
    card = ClozeCard(
        prompt="_____ could invest in gas fields in the north, the ministry said.",
        answer="Ostara Oil",
        evidence=evidence,
    )
    assert with_story_lead(card, lead, index) is card  # type: ignore[arg-type]
    other = card.model_copy(
        update={"prompt": "_____ could drill for gas in the north, the ministry said."}
    )
    assert with_story_lead(other, lead, index).prompt.startswith(_LEAD_TEXT)  # type: ignore[arg-type]


# --- names ---------------------------------------------------------------------------------


def test_a_company_s_legal_endings_all_go_before_its_short_forms() -> None:
    text = "Texaco said British Petroleum Co PLC refused an order in 1987."
    (fact,) = [f for f in facts_of(text, _TITLE) if f.answer == "British Petroleum Co PLC"]
    forms = accepted_forms(fact)
    assert {"BP", "British Petroleum"} <= set(forms)
    assert "BPC" not in forms


def test_a_lower_case_brand_opening_a_sentence_is_written_as_the_brand() -> None:
    assert _decapitalize("EBay earned $778m", True).startswith("eBay")
    assert _decapitalize("Ebbers earned $778m", True).startswith("Ebbers")


def test_a_labor_department_figure_is_the_story_country_s() -> None:
    text = "Overtime hours increased to 3.7 from 3.6, the Labor Department said."
    assert in_country(text, "the US", _INDEX) == f"In the US, o{text[1:]}"


def _undated(prompt: str) -> str | None:
    held, _ = time_problem(prompt, prompt, "", True)
    return held


def test_a_next_meeting_and_the_turn_of_the_year_need_a_date() -> None:
    assert _undated("Opec members are next meeting on 16 March.")
    assert _undated("Ostara went ahead at the turn of the year with its plans.")
    assert _undated("Ostara went ahead at the turn of the year 1987 with its plans.") is None


def test_a_rate_three_times_the_answer_is_no_option() -> None:
    import random

    from newsquiz.generate.figure_distractors import number_distractors

    q = find_quantities("Ostara's sales grew 5.1% in 2004.")[0]
    pool = find_quantities("Velmar's margin was 17.5% and its growth 4.4% in 2004.")
    options = number_distractors(q, pool, random.Random(1), "Ostara's sales grew _____ in 2004.")
    assert "17.5%" not in options and "4.4%" in options


def test_officials_of_no_one_are_not_named() -> None:
    from newsquiz.generate.reference_patterns import DESCRIBED_SUBJECT

    assert DESCRIBED_SUBJECT.match("Officials have said the tariffs could be modified.")
    assert not DESCRIBED_SUBJECT.match("Officials in Cojedes state said the land would go.")


# --- round 125's own failures ----------------------------------------------------------------


def test_a_broadcaster_holding_shares_is_offered_against_companies() -> None:
    import random

    from newsquiz.generate.prepare import prepare
    from newsquiz.generate.questions import distractors_for

    from .helpers import article

    text = (
        "Velmar Holdings paid 31p a share for the Financial Times holding in Ostara FC in "
        "2004. Ostara Capital and Ruritania Bank also hold shares in Ostara FC, the Guardian "
        "reported. The Financial Times said Ostara Capital would sell."
    )
    prepared = prepare(article(text, "Velmar bids"))
    assert prepared is not None
    facts = [f for f in facts_of(text, "Velmar bids") if f.answer == "Financial Times"]
    holding = [f for f in facts if "holding" in f.text]
    assert holding and facts[0].media
    options = distractors_for(holding[0], prepared.index, prepared.pool, random.Random(2), "")
    assert "Ostara Capital" in options and "Wall Street Journal" not in options


def test_two_names_run_together_are_no_accepted_form() -> None:
    from newsquiz.generate.answers import _JOINED

    assert _JOINED.search("Barclays and California-based Wells")
    assert not _JOINED.search("Securities and Exchange Commission")


def test_a_name_after_a_common_word_is_accepted_alone() -> None:
    from newsquiz.generate.company_short_forms import short_names as _short_names

    assert "Rossignol" in _short_names("Skis Rossignol")
    assert _short_names("Air France") == []


def test_a_past_year_s_options_end_at_the_story_s_last_year() -> None:
    import random

    from newsquiz.generate.figure_distractors import date_distractors

    q = find_quantities("Profits were ten times more than in 2003.")[0]
    pool = find_quantities("Profits rose in 2004 after 2003.")
    for seed in range(10):
        options = date_distractors(q, pool, random.Random(seed), "ten times more than in _____.")
        assert options and all(int(o) <= 2004 for o in options)
    ahead = date_distractors(q, pool, random.Random(0), "profits will double by _____.")
    assert any(int(o) > 2004 for o in ahead)


def test_a_lead_s_total_less_a_part_shown_is_not_shown_before_the_other_part() -> None:
    lead_text = "A defence firm has agreed to pay $28.5m after admitting bribery in Ruritania."
    later = "Ostara agreed to pay $13m in penalties, as well as $15.5m to settle a lawsuit."
    index = extract_entities(split_sentences(f"{lead_text} {later}"))
    lead = StoryLead(text=lead_text, start=0, names=frozenset())
    start = len(lead_text) + 1
    card = ClozeCard(
        prompt="Ostara agreed to pay _____ in penalties, as well as $15.5m to settle a lawsuit.",
        answer="$13m",
        evidence=Evidence(sentence=later, start=start, end=start + len(later)),
    )
    assert with_story_lead(card, lead, index) is card  # type: ignore[arg-type]


def test_a_list_under_a_plural_role_is_offered_only_people_of_that_role() -> None:
    import random

    from newsquiz.generate.prepare import prepare
    from newsquiz.generate.questions import distractors_for

    from .helpers import article

    text = (
        "Ostara FC needs the support of the Irish tycoons Sean Doyle and Liam Walsh in 2005. "
        "Ostara FC chief executive Anna Berg and fund manager Tom Reid backed the bid in 2005."
    )
    prepared = prepare(article(text, "Ostara bid"))
    assert prepared is not None
    (fact,) = [f for f in facts_of(text, "Ostara bid") if f.answer == "Liam Walsh"]
    options = distractors_for(fact, prepared.index, prepared.pool, random.Random(0), fact.text)
    assert "Anna Berg" not in options and "Tom Reid" not in options


def test_source_slips_seen_in_four_rounds_are_never_shown() -> None:
    from newsquiz.generate.typos import source_flaw

    run_on = (
        "Ostara agreed to sell the stations in Leeds and Houston VLX Broadcast for 24 mln dlrs."
    )
    text = (
        "Ostara Broadcasting agreed to sell its stations in Leeds to VLX Broadcast Group. "
        f"{run_on} VLX is based in London."
    )
    index = extract_entities(split_sentences(text))
    assert source_flaw(run_on, index, text)
    fine = "Ostara sold the stations in Leeds to VLX Broadcast for 24 mln dlrs."
    assert source_flaw(fine, index, text) is None
    among = (
        "Among Anna Berg's proposals, made in 2004, were a requirement that raiders give notice."
    )
    assert source_flaw(among, index, text)
    both = "Among the bidders were a German bank and a French insurer, Ostara said."
    assert source_flaw(both, index, text) is None
