"""The thirteenth round's rules, on sentences written for these tests: newswire speakers
("It said ..." after "Acme said ...", '"...," he said' chains), names with lowercase particles
("Ronnie de Vos"), a parent company beside its unit, and a story's company the headline names
without its legal form."""

import random

from newsquiz.generate.answers import accepted_forms
from newsquiz.generate.clauses import org_description
from newsquiz.generate.derived import percent_base
from newsquiz.generate.descriptions import vague_description
from newsquiz.generate.entities import EntityIndex, extract_entities
from newsquiz.generate.figure_distractors import number_distractors
from newsquiz.generate.frames import Fact
from newsquiz.generate.introductions import _inserted
from newsquiz.generate.month_dates import month_dates
from newsquiz.generate.named_words import pronouns_bound
from newsquiz.generate.names import Entity
from newsquiz.generate.prepare import prepare
from newsquiz.generate.quantities import find_quantities, format_like
from newsquiz.generate.questions import distractors_for, true_false_card
from newsquiz.generate.resolve import Resolved
from newsquiz.generate.role_phrases import title_before as _title_before
from newsquiz.generate.segment import split_sentences
from newsquiz.generate.spelled_out import spell_out
from newsquiz.generate.trust import prompt_problem
from newsquiz.generate.typed_blanks import typed_blank
from newsquiz.generate.typos import corrected, source_flaw
from newsquiz.generate.wh_phrases import Target, org_noun
from newsquiz.generate.wh_questions import question_for

from .helpers import article, facts_of


def _resolved(text: str, title: str = "Test story") -> dict[str, str]:
    """Each source sentence and the text the resolver made of it ("" when dropped)."""
    prepared = prepare(article(text, title))
    assert prepared is not None
    done = {item.sentence.start: item.text for item in prepared.resolved}
    return {s.text: done.get(s.start, "") for s in prepared.sentences}


def test_a_lowercase_particle_stays_inside_a_person_name() -> None:
    text = "Finance minister Ronnie de Vos said exports fell. De Vos said imports rose."
    entities = extract_entities(split_sentences(text)).entities
    assert set(entities) == {"Ronnie de Vos"}
    assert entities["Ronnie de Vos"].kind == "person"
    assert {"de Vos", "De Vos"} <= entities["Ronnie de Vos"].aliases


def test_a_family_name_with_its_particles_is_one_mention() -> None:
    """ "de Bruyn said" once became "de Dick de Bruyn said"."""
    text = "Board chairman Dirk de Hoek said the levy was unfair. Costs would rise, de Hoek said."
    sentences = split_sentences(text)
    index = extract_entities(sentences)
    mentions = index.mentions(sentences[1].text)
    assert [(m.name, m.surface) for m in mentions] == [("Dirk de Hoek", "de Hoek")]


def test_two_particles_do_not_split_a_full_name() -> None:
    text = "Minister Pieter van der Lind spoke. Trade rose 4 pct, van der Lind said."
    sentences = split_sentences(text)
    index = extract_entities(sentences)
    assert [m.surface for m in index.mentions(sentences[0].text)] == ["Pieter van der Lind"]


def test_particles_still_join_company_and_place_names() -> None:
    text = "Banco de Ostara said it lost money in Rio de Janeiro."
    entities = extract_entities(split_sentences(text)).entities
    assert entities["Banco de Ostara"].kind == "org"
    assert entities["Rio de Janeiro"].kind == "place"


def test_a_nationality_is_no_title_owner() -> None:
    """ "Ruritanian finance minister X" was "finance minister of Ruritanian", then written
    "Ruritanian finance minister of Ruritania"."""
    text = (
        "Growth will slow in 1987, Sri Lankan finance minister Ronnie de Vos said."
        " Ronnie de Vos said exports would fall 10 pct in 1987."
    )
    entity = extract_entities(split_sentences(text)).entities["Ronnie de Vos"]
    assert entity.titles == ["finance minister"]


def test_it_said_continues_the_company_quoted_before() -> None:
    text = (
        "Velmar Corp said it will explore for oil in Texas with Ostara Oil."
        " Ostara Oil will pay some costs, Velmar Corp said."
        " It said Ostara will invest more than 100 mln dlrs."
    )
    resolved = _resolved(text, "Velmar, Ostara form venture")
    # the company opening the sentence before is not who speaks ("Ostara Oil said ...": C)
    assert resolved["It said Ostara will invest more than 100 mln dlrs."] == (
        "Velmar Corp said Ostara will invest more than 100 mln dlrs."
    )


def test_it_said_after_a_sentence_nobody_said_is_not_rewritten_so() -> None:
    text = (
        "Velmar Corp said it agreed to explore for oil with Ostara Oil Co."
        " Ostara Oil Co has wells in Texas and pays some costs."
        " It said Ostara will invest more than 100 mln dlrs."
    )
    resolved = _resolved(text, "Velmar, Ostara form venture")
    assert not resolved["It said Ostara will invest more than 100 mln dlrs."].startswith(
        "Ostara Oil Co said"
    )


def test_a_weak_company_guess_is_never_the_speaker() -> None:
    """ "Elton said" taken for a company made "It said" Elton's."""
    text = (
        "Harlan Oil Corp said suppliers were demanding cash, Dane Ebbert said."
        " It said Ostara Oil Co canceled deliveries of crude oil."
    )
    resolved = _resolved(text, "Harlan Oil suppliers demand cash")
    assert (
        "Ebbert said Ostara"
        not in resolved["It said Ostara Oil Co canceled deliveries of crude oil."]
    )


def test_he_said_after_a_quotation_by_the_same_speaker_stays_his() -> None:
    text = (
        "Exports will rise 20 pct over four years, export institute director Javier Ortega"
        ' said. "The target is high," he said.'
        " He said 80 pct of exports went to Europe."
    )
    resolved = _resolved(text, "Export drive")
    assert resolved["He said 80 pct of exports went to Europe."] == (
        "Javier Ortega said 80 pct of exports went to Europe."
    )


def test_a_quotation_naming_someone_else_still_leaves_he_unclear() -> None:
    text = (
        "Exports will rise 20 pct, export institute director Javier Ortega said."
        ' "Minister Carla Benitez wants more," he said.'
        " He said 80 pct of exports went to Europe."
    )
    resolved = _resolved(text, "Export drive")
    assert resolved["He said 80 pct of exports went to Europe."] == ""


def test_he_after_an_unknown_speaker_is_that_speaker() -> None:
    """ "Ortner said he believed ..." once gave the belief to the person named before."""
    text = (
        "Trade representative Clive Yarrow declined to comment on remarks by an official."
        " In a speech, Ortner said he believed the dollar was fairly priced."
    )
    resolved = _resolved(text, "Yarrow on the dollar")
    assert (
        "Yarrow believed"
        not in resolved["In a speech, Ortner said he believed the dollar was fairly priced."]
    )


def test_the_bare_name_of_a_parent_and_its_unit_is_the_parent() -> None:
    text = (
        "Velmar Corp said its Velmar U.S.A. Inc unit will drill 50 wells."
        " Its partner is Ostara. Velmar will run the project, Velmar said."
    )
    entities = extract_entities(split_sentences(text)).entities
    assert "Velmar" not in entities
    assert "Velmar" in entities["Velmar Corp"].aliases


def test_the_headline_short_name_makes_the_story_company_own_bare_results() -> None:
    text = (
        "Ostara Semiconductor Corp said results at its Chip Group improved."
        " Ostara Semiconductor Corp cut net losses to 25.6 mln dlrs in the quarter."
        " Losses in the nine months were reduced to 32.7 mln dlrs."
        " Sales grew 23.5 pct in the quarter to 398.1 mln dlrs."
    )
    resolved = _resolved(text, "Ostara Semiconductor Cites Improved Results")
    assert resolved["Sales grew 23.5 pct in the quarter to 398.1 mln dlrs."].startswith(
        "Ostara Semiconductor Corp's sales grew"
    )
    assert resolved["Losses in the nine months were reduced to 32.7 mln dlrs."].startswith(
        "Ostara Semiconductor Corp's losses in the nine months"
    )


def test_losses_in_a_place_still_name_their_own_owner() -> None:
    text = (
        "Ostara Motors Corp said results improved. Losses in Europe were reduced to 32.7 mln dlrs."
    )
    resolved = _resolved(text, "Ostara Motors Cites Improved Results")
    assert (
        "Ostara Motors Corp's losses"
        not in resolved["Losses in Europe were reduced to 32.7 mln dlrs."]
    )


def test_a_title_keeps_its_owner_whole_across_a_particle() -> None:
    """ "Barclays de Zoete Wedd economist Mark Brett" was introduced as "Zoete Wedd
    economist" (judged blind: A)."""
    text = (
        "Sterling rose 2 pct against the mark in March."
        " Hartley de Zoete Vane economist Mark Brett said rates would fall."
    )
    sentence = split_sentences(text)[1].text
    assert _title_before(sentence, sentence.index("Mark")) == "Hartley de Zoete Vane economist"
    cut = "Prices fell, said de Zoete economist Mark Brett."
    assert _title_before(cut, cut.index("Mark")) is None


def test_no_question_moves_a_frame_behind_a_later_clause() -> None:
    """ "In the Netherlands, the Central Bank lowered ... after the Bundesbank dropped ..."
    was asked "... after the Bundesbank dropped its rate ... in the Netherlands?" (A)."""
    text = (
        "In Ruritania, the central bank lowered its advances rate to 5.1 pct in 1987"
        " after the Bundesbank dropped its tender rate."
    )
    start = text.index("5.1 pct")
    target = Target(start, start + len("5.1 pct"), "percent")
    assert question_for(text, target) is None
    plain = "In Ruritania, the central bank lowered its advances rate to 5.1 pct in 1987."
    assert question_for(plain, Target(start, start + len("5.1 pct"), "percent")) is not None


def test_a_month_with_its_day_in_words_is_never_blanked_alone() -> None:
    assert month_dates("Output has been paralysed since March six by a strike.") == []
    assert [q.text for q in month_dates("Output has been paralysed since March by a strike.")] == [
        "March"
    ]


def test_tones_after_a_figure_is_a_typo_for_tonnes() -> None:
    index = extract_entities(split_sentences("Ruritania imported corn."))
    assert source_flaw("Ruritania imported 2.7 mln tones of corn in 1984.", index)
    assert source_flaw("The market set a firmer tone in 1984.", index) is None


def test_his_before_the_subject_named_after_it_is_that_subject() -> None:
    text = (
        "Central banker Robert Haller spoke in Ohio on Tuesday."
        " In his remarks, Haller said he supported using commodity prices."
    )
    resolved = _resolved(text, "Haller on prices")
    assert (
        "Robert Haller's remarks"
        not in resolved["In his remarks, Haller said he supported using commodity prices."]
    )


def test_a_derived_earlier_figure_is_offered_beside_other_small_changes() -> None:
    """ "revenue rose 4.5% to $193bn": the earlier figure was offered beside $102bn, $111bn
    and $481bn (judged blind: E 1)."""
    prepared = prepare(
        article("Ostara Motors said its annual revenue rose 4.5% to $193bn in 2004.")
    )
    assert prepared is not None
    (fact,) = [f for r in prepared.resolved for f in percent_base(r)]
    assert fact.answer == "$185bn"
    values = [float(w.strip("$bn")) for w in fact.wrong]
    assert len(values) == 3 and all(150 < v < 193 for v in values)


def test_a_level_a_small_move_away_is_offered_near_levels() -> None:
    """ "£182,920, down from _____": options 15-22% above beside the answer's 2.8% gave it
    away (judged blind: E 1)."""
    prompt = "The average house price was £182,920 in 2004, down from _____ in 2003."
    (answer,) = find_quantities("£187,971")
    wrong = number_distractors(answer, [], random.Random(3), prompt, above=182920.0)
    values = [float(w.strip("£").replace(",", "")) for w in wrong]
    assert len(values) == 3 and all(182920 < v < 182920 * 1.15 for v in values)


def test_an_abbreviation_with_an_implied_last_letter_is_spelled_out() -> None:
    """ "SMFG" for "Sumitomo Mitsui Financial (SMFG)" stayed as it was (judged blind: B)."""
    text = (
        "Shares of Ostara Velmar Financial (OVFG) jumped on merger talk."
        " OVFG shares climbed by 2.7% to 717,000 yen in 2004."
    )
    prepared = prepare(article(text))
    assert prepared is not None
    prompt = "OVFG shares climbed by _____ to 717,000 yen in 2004."
    assert spell_out(prompt, text, prepared.index).startswith("Ostara Velmar Financial shares")


def test_a_three_letter_short_name_is_its_company() -> None:
    text = (
        "UK maker OVL International refused to comment on takeover talk."
        " Shares in OVL rose 6% in 2004. Rivals might woo OVL, analysts said."
    )
    entities = extract_entities(split_sentences(text)).entities
    assert "OVL" in entities["OVL International"].aliases
    prepared = prepare(article(text))
    assert prepared is not None
    prompt = "Rivals might woo OVL, analysts said."
    assert (
        spell_out(prompt, text, prepared.index)
        == "Rivals might woo OVL International, analysts said."
    )
    shown = "Shares in the U.S. rose 6% in 2004."
    assert spell_out(shown, text, prepared.index) == shown


def test_most_the_is_a_slip_all_the_is_english() -> None:
    index = extract_entities(split_sentences("Ostara rose."))
    assert source_flaw("The paper said most the high-profile firm was Velmar.", index)
    assert source_flaw("Velmar will give all the details in March.", index) is None


def test_a_deficit_with_a_country_is_the_story_country_s() -> None:
    text = (
        "The US trade gap hit a record $600bn in 2004, figures show."
        " The deficit with China, up 30.5% at $162bn, was the largest ever."
    )
    resolved = _resolved(text, "US trade gap hits record in 2004")
    assert resolved["The deficit with China, up 30.5% at $162bn, was the largest ever."].startswith(
        "The US deficit with China"
    )


def test_another_partner_before_a_blank_is_still_unresolved() -> None:
    prepared = prepare(article("Ostara bought out Velmar in 2003."))
    assert prepared is not None
    assert vague_description("Ostara bought out another partner in _____.", prepared.index)
    assert (
        vague_description("Ostara bought out another partner in Ruritania.", prepared.index) is None
    )


def test_an_airline_named_after_its_country_is_a_company() -> None:
    text = "Air Ruritania plans to raise $1bn. Air Ruritania's listing will be in London."
    entities = extract_entities(split_sentences(text), "Air Ruritania in London listing").entities
    assert entities.get("Air Ruritania") is None  # not a country the gazetteer knows
    text = "Air China plans to raise $1bn. Air China's listing will be in London."
    entities = extract_entities(split_sentences(text), "Air China in $1bn London listing").entities
    assert entities["Air China"].kind == "org"


def test_the_exchange_that_speaks_does_not_keep_the_story_company_off_its_shares() -> None:
    text = (
        "Air China plans to raise $1bn from the flotation, its bankers said."
        " Share trading will begin on 15 December, the London Stock Exchange said."
    )
    resolved = _resolved(text, "Air China in $1bn London listing")
    assert resolved["Share trading will begin on 15 December, the London Stock Exchange said."] == (
        "Air China's share trading will begin on 15 December, the London Stock Exchange said."
    )


def test_a_company_known_by_its_initials_is_asked_as_a_company() -> None:
    assert org_noun("BMW") == "company"
    assert org_noun("USDA") == "organisation"


def test_a_capitalized_slip_written_once_is_a_typo() -> None:
    text = "The government of Prersident Carlos Oster sought to end the strike in 1987."
    index = extract_entities(split_sentences(text))
    assert source_flaw(text, index, text)
    fine = "The government of President Carlos Oster sought to end the strike in 1987."
    assert source_flaw(fine, index, fine) is None


def test_spelled_options_stay_below_ten() -> None:
    (nine,) = find_quantities("Velmar will own nine pct of the company.")
    assert format_like(nine, 7) == "seven pct"
    assert format_like(nine, 16) == "16 pct"


def test_an_article_figure_a_tenth_of_the_answer_is_no_rival() -> None:
    """A grain goal of 235 mln tonnes was offered 30 mln and 129 mln (judged blind: E 1)."""
    text = "Moscow put the 1988 grain goal at 235 mln tonnes."
    (answer,) = [q for q in find_quantities(text) if q.text == "235 mln"]
    pool = [answer, *find_quantities("Imports were 30 mln tonnes and 200 mln tonnes in all.")]
    for seed in range(5):
        wrong = number_distractors(answer, pool, random.Random(seed), "goal at _____ tonnes")
        assert "30 mln" not in wrong


def test_nine_months_and_a_fiscal_quarter_need_a_year_a_span_does_not() -> None:
    index = extract_entities(split_sentences("Ostara Corp cut its losses."))
    undated = (
        "Ostara Corp's losses in the nine months were reduced to _____.",
        "Ostara plans to market a printer in the fourth fiscal quarter, Ostara said.",
    )
    for prompt in undated:
        problem = prompt_problem(prompt, "x", index, False, "")
        assert problem is not None and problem.startswith("time needs"), prompt
    span = "The Nikkei 225 dropped _____, its steepest fall in three months, in 2004."
    problem = prompt_problem(span, "2.11%", index, False, "")
    assert problem is None or not problem.startswith("time needs")


def test_a_sheikh_is_his_given_name_in_later_sentences() -> None:
    """ "Sheikh Ali said" was no introduction of Kuwait's oil minister (judged blind: B)."""
    text = (
        "Quotas will hold, Ruritania oil minister Sheikh Ali al-Velmar al-Ostara, said."
        " Ali told a news conference that prices were fixed. Ali said output would fall."
    )
    entities = extract_entities(split_sentences(text)).entities
    person = entities["Ali al-Velmar al-Ostara"]
    assert {"Ali", "Sheikh Ali"} <= person.aliases
    assert "Ali" not in entities


def test_a_description_keeps_the_capitals_of_uk_based() -> None:
    assert org_description("UK-based bank ") != "uk-based bank"


def test_a_typed_blank_never_tells_its_first_sound() -> None:
    facts = facts_of("Ostara forecast an 8% fall in house prices in 2005.", "Ostara forecast")
    (fact,) = [f for f in facts if f.answer == "8%"]
    # (written "a fall of _____" since the fifteenth round; "a(n)" where no noun allows it)
    assert typed_blank(fact).endswith("Ostara forecast a fall of _____ in house prices in 2005.")
    facts = facts_of("Ostara forecast an 8% annual fall in prices in 2005.", "Ostara forecast")
    (fact,) = [f for f in facts if f.answer == "8%"]
    # (an adjective goes with its noun since the sixteenth round)
    assert typed_blank(fact).endswith("Ostara forecast an annual fall of _____ in prices in 2005.")
    facts = facts_of("Velmar, an 8% shareholder in Ostara, sold out.", "Velmar sold")
    (fact,) = [f for f in facts if f.answer == "8%"]
    assert "a(n) _____ shareholder" in typed_blank(fact)


def test_a_bound_the_answer_breaks_is_ignored() -> None:
    """ "The rupee climbed to 43.305, up from a close of _____" (43.41): options were placed
    below 43.305 and far off (judged blind: E 1)."""
    (answer,) = find_quantities("a close of 43.41")
    prompt = "The rupee climbed to 43.305 per US dollar, up from a close of _____."
    wrong = number_distractors(answer, [], random.Random(2), prompt, below=43.305)
    assert len(wrong) == 3 and all(38 < float(w) < 49 for w in wrong), wrong


def test_a_like_figure_in_the_sentence_sets_the_scale() -> None:
    (answer,) = find_quantities("rose to $47.10")
    prompt = "US light crude rose $1.64 to _____, while Brent crude gained $1.32 to $44.45."
    for seed in range(4):
        wrong = number_distractors(answer, [], random.Random(seed), prompt)
        assert all(35 < float(w.strip("$")) < 60 for w in wrong), wrong


def test_a_blank_its_bracket_converts_is_not_asked() -> None:
    index = extract_entities(split_sentences("Ostara will seize land."))
    prompt = "Ostara will seize _____ acres (5,200 hectares) of the farm in 2005."
    problem = prompt_problem(prompt, "12,900", index, True, "")
    assert problem is not None and problem.startswith("answer given in other units")


def test_a_converted_figure_is_never_swapped_into_a_false_statement() -> None:
    facts = facts_of(
        "Ostara will seize 12,900 acres (5,200 hectares) of the Velmar farm in 2005.",
        "Ostara land seizure",
    )
    (fact,) = [f for f in facts if f.answer == "12,900"]
    for seed in range(6):
        card = true_false_card(fact, ["40,000"], random.Random(seed))
        assert card is not None and card.answer == "true"


def test_a_news_agency_named_by_according_to_is_no_antecedent() -> None:
    index = EntityIndex({"Reuters": Entity("Reuters", "org", media=True)})
    assert not pronouns_bound("According to Reuters, they plan to seize the farm.", index)
    assert pronouns_bound("Reuters beat its savings target for 2004.", index)


def test_dollar_sales_of_a_story_country_are_framed_by_it() -> None:
    """ "Official figures show that forward U.S. dollar sales in May reached a record" never
    said they were Taiwan's (judged blind: B)."""
    text = (
        "Portugal's central bank froze foreign borrowings at the end of May."
        " Official figures show that forward U.S. dollar sales in May reached a record"
        " of almost six billion U.S. dlrs."
    )
    resolved = _resolved(text, "Portugal Curbs Inflows of Foreign Exchange")
    sentence = (
        "Official figures show that forward U.S. dollar sales in May reached a record"
        " of almost six billion U.S. dlrs."
    )
    assert resolved[sentence].startswith("In Portugal, official figures show")


def test_speakers_who_said_they_are_their_own_antecedent() -> None:
    index = extract_entities(split_sentences("The Bundesbank held rates."))
    assert pronouns_bound("Dealers said they expected the Bundesbank to cut rates.", index)
    assert not pronouns_bound("Rates fell and they expected more cuts.", index)


def test_a_blank_after_a_name_s_initials_is_not_asked() -> None:
    index = extract_entities(split_sentences("Ostara agreed to an offer."))
    problem = prompt_problem(
        "Ostara agreed to an offer from E.F. _____ in 1987.", "Hutton", index, True
    )
    assert problem is not None and problem.startswith("broken text")


def test_a_corp_of_a_place_is_one_company() -> None:
    text = "Financial Corp of Ruritania said it needs funds. Financial Corp of Ruritania fell."
    entities = extract_entities(split_sentences(text)).entities
    assert entities["Financial Corp of Ruritania"].kind == "org"


def test_a_quote_beside_bare_quotes_is_offered_near_them() -> None:
    (answer,) = find_quantities("to 1.80 marks")
    prompt = "Support pushed it above 145 yen and _____ after lows of 144.50 and 1.7860."
    for seed in range(4):
        wrong = number_distractors(answer, [], random.Random(seed), prompt)
        assert all(1.4 < float(w.split()[0]) < 2.3 for w in wrong), wrong


def test_more_than_a_blank_keeps_its_options_above_the_answer() -> None:
    """Round 100 judged "lost more than _____" (50%) offered 35%, 40% and 28%, all true too
    (D): the bound equal to the answer was read as one the answer breaks."""
    facts = facts_of(
        "Shares in Ostara Oil lost more than 50% of their value in 2004.", "Ostara Oil shares"
    )
    (fact,) = [f for f in facts if f.answer == "50%"]
    pool = list(find_quantities(fact.text))
    prepared = prepare(article(fact.text, "Ostara Oil shares"))
    assert prepared is not None
    for seed in range(4):
        wrong = distractors_for(fact, prepared.index, pool, random.Random(seed), fact.text)
        assert wrong and all(float(w.rstrip("%")) > 50 for w in wrong), wrong


def test_a_count_of_countries_stays_below_their_number() -> None:
    facts = facts_of("Ostara will reach homes in 162 countries by 2006.", "Ostara reach")
    (fact,) = [f for f in facts if f.answer == "162"]
    prepared = prepare(article(fact.text, "Ostara reach"))
    assert prepared is not None
    for seed in range(4):
        wrong = distractors_for(fact, prepared.index, [], random.Random(seed), fact.text)
        assert all(float(w) <= 190 for w in wrong), wrong


def test_a_short_name_joins_its_legal_form_not_its_units() -> None:
    text = (
        "Ostara Petroleum Ltd said it may sell assets. Analysts said Ostara was cheap and"
        " that Ostara would sell. Velmar Express Co said its board met. Velmar Express said"
        " it was pleased. Norvik Corp of Ruritania said it needs funds. Norvik Corp said it"
        " would wait. Barlow Corp said its Barlow U.S.A. Inc unit grew. Analysts said Barlow"
        " was cheap and that Barlow would grow."
    )
    entities = extract_entities(split_sentences(text)).entities
    assert "Ostara" in entities["Ostara Petroleum Ltd"].aliases
    assert "Velmar Express" in entities["Velmar Express Co"].aliases
    assert "Norvik Corp" in entities["Norvik Corp of Ruritania"].aliases
    assert "Barlow" not in entities["Barlow U.S.A. Inc"].aliases


def test_the_airline_after_the_story_company_s_full_name_is_it() -> None:
    text = (
        "Ostara Pacific Airways Ltd's 1986 profits are expected to surpass the airline's"
        " forecast of one billion dlrs, analysts said."
    )
    resolved = _resolved(text, "Ostara 1986 Profit Seen Above Target")
    (rewritten,) = resolved.values()
    assert "the airline's" not in rewritten and "forecast of one billion dlrs" in rewritten


def test_a_scrambled_regional_adjective_is_a_slip_and_put_right() -> None:
    index = extract_entities(split_sentences("Banks lend."))
    source = "Placements are popular with Scandivanian borrowers in the Americas and Asia."
    assert source_flaw("Placements are popular with Scandivanian borrowers.", index, source)
    fixed = corrected("Placements are popular with Scandivanian borrowers.", source)
    assert fixed == "Placements are popular with Scandinavian borrowers."
    assert corrected("Sales grew across the Americas.", source) == "Sales grew across the Americas."


def test_newly_before_a_verb_form_is_a_slip() -> None:
    index = extract_entities(split_sentences("Banks lend."))
    assert source_flaw("Each right buys newly authorizes series A preferred.", index)
    assert source_flaw("Newly industrialised countries grew fast.", index) is None


def test_the_year_of_a_forecast_is_not_asked_in_an_undated_story() -> None:
    index = extract_entities(split_sentences("Ostara Brewing said profits fell."))
    ahead = (
        "Ostara Brewing warned that earnings in _____ may slide.",
        "Analysts predict that the dollar will remain weak in _____ as investors worry.",
        "Ostara is expected to make a loss of about 800m euros in _____.",
    )
    for prompt in ahead:
        problem = prompt_problem(prompt, "2005", index, False, "")
        assert problem is not None and problem.startswith("time needs"), prompt
        assert prompt_problem(prompt, "2005", index, True, "") is None, prompt
    past = (
        "Ostara beat its savings target for _____, delivering £234m of cuts.",
        "Ostara has had dual headquarters since _____, and will move in 2006.",
    )
    for prompt in past:
        problem = prompt_problem(prompt, "2004", index, False, "")
        assert problem is None or not problem.startswith("time needs"), prompt


def test_a_company_known_only_by_its_rank_is_unresolved() -> None:
    index = extract_entities(split_sentences("Ostara Motors said profits rose."))
    vague = "Chrysler's strong sales helped the world's fifth largest carmaker boost income."
    assert vague_description(vague, index) == "the world's fifth largest carmaker"
    named = (
        "Ostara, the world's largest car maker, will build a factory.",
        "_____, the world's largest car maker, will build a factory.",
        "Ostara became the world's biggest brewer by volume in 2004.",
        "A merger would create the world's fourth biggest bank.",
    )
    for text in named:
        found = vague_description(text, index)
        assert found is None or "largest" not in found and "biggest" not in found, text


def test_a_space_lost_before_a_bracket_is_a_slip() -> None:
    index = extract_entities(split_sentences("Ostara raised money."))
    assert source_flaw("The offer raised _____($1.2bn) in 2004.", index)
    assert source_flaw("The offer raised _____ ($1.2bn) in 2004.", index) is None


def test_the_intervening_time_is_unresolved() -> None:
    index = extract_entities(split_sentences("Ostara hired Jane Velmar."))
    text = "Jane Velmar left Ostara on 31 December, having spent the intervening time as adviser."
    assert vague_description(text, index) == "the intervening time"


def test_a_hypothesis_is_never_stated_as_fact() -> None:
    index = extract_entities(split_sentences("Ostara mined the harbour."))
    argued = "True or false? If vital supplies were cut off, Ruritania could not continue."
    assert prompt_problem(argued, "true", index, True) is not None
    said = "True or false? If supplies were cut off, Ruritania could not go on, Velmar said."
    legal = "True or false? If convicted, Jane Ostara could face a prison term of six years."
    for prompt in (said, legal):
        problem = prompt_problem(prompt, "true", index, True)
        assert problem is None or "hypothesis" not in problem


def test_a_source_s_figures_without_their_period_are_unresolved() -> None:
    index = extract_entities(split_sentences("The ONS said sales rose."))
    vague = "The Office for National Statistics data confounded analyst expectations."
    assert vague_description(vague, index) == "The Office for National Statistics data"
    for dated in (
        "The ONS figures for November showed a rise.",
        "The Council of Mortgage Lenders figures showed lending fell 4% in _____.",
    ):
        assert vague_description(dated, index) is None, dated


def test_a_slip_beside_the_answer_is_seen_with_the_answer_in_place() -> None:
    index = extract_entities(split_sentences("The agency is in deficit."))
    prompt = "The agency is some _____ (£12m) in deficit in 2004."
    problem = prompt_problem(prompt, "£23bn", index, True)
    assert problem is not None and problem.startswith("doubled word")


def test_a_role_inserted_mid_sentence_is_not_capitalized() -> None:
    assert _inserted("The trial of Jon Velmar began.", 13, 22, "Former Ostara boss", True) == (
        "The trial of former Ostara boss Jon Velmar began."
    )


def test_a_company_s_share_with_a_verb_is_a_slip() -> None:
    index = extract_entities(split_sentences("Ostara rose."))
    assert source_flaw("Ostara share jumped in Moscow, climbing _____.", index)
    assert source_flaw("Ostara shares jumped in Moscow, climbing _____.", index) is None


def test_a_seasonal_month_is_never_swapped() -> None:
    facts = facts_of(
        'Ostara lending showed a "post-Christmas lull" in January, lenders said.', "Ostara lull"
    )
    (fact,) = [f for f in facts if f.answer == "January"]
    for seed in range(6):
        card = true_false_card(fact, ["April"], random.Random(seed))
        assert card is not None and card.answer == "true"


def test_a_speech_tag_left_as_an_aside_is_dropped() -> None:
    text = (
        "Ostara chief Jon Velmar praised the new car in 2004."
        " In contrast, he said, the popularity of estate cars would fade."
    )
    resolved = _resolved(text, "Ostara praises cars")
    assert resolved["In contrast, he said, the popularity of estate cars would fade."] == ""


def test_a_line_of_business_is_not_the_company() -> None:
    """ "The car business ... is expected to make a loss" was given to the group (judged C)."""
    text = (
        "Italian group Ostara Corp said sales rose 5% in 2004, Ostara Corp said."
        " The car business, best known for its Velmar marque, is expected to make a loss of"
        " about 800m euros in 2004."
    )
    resolved = _resolved(text, "Ostara Corp names new car boss")
    (second,) = [v for k, v in resolved.items() if k.startswith("The car business")]
    assert not second.startswith("Ostara")


def test_a_capital_s_index_accepts_its_country() -> None:
    """ "_____'s benchmark BLOM stock index": Lebanon was right too (judged D twice)."""
    text = "Beirut's benchmark index closed down 7.9% in 2005."
    sentence = split_sentences(text)[0]
    resolved = Resolved(text, sentence, ())
    fact = Fact("s0:org:Beirut", "org", "Beirut", text, 0, 6, resolved)
    assert "Lebanon" in accepted_forms(fact)
    elsewhere = Fact("s0:org:Beirut", "org", "Beirut", "Shares fell in Beirut.", 15, 21, resolved)
    assert "Lebanon" not in accepted_forms(elsewhere)
