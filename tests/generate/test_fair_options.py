"""Rules from blind round 18, on sentences written for these tests: figures the rest of their
sentence gives away, options the prompt's own title rules out, and references that would put
words in the wrong mouth."""

import random
import re

import pytest

from newsquiz.generate import generate_cards
from newsquiz.generate.checks import answer_not_in_prompt
from newsquiz.generate.dangling import named_in_full
from newsquiz.generate.derivable import derivable
from newsquiz.generate.distractors import person_distractors
from newsquiz.generate.entities import extract_entities
from newsquiz.generate.figure_distractors import number_distractors
from newsquiz.generate.frames import sentence_facts
from newsquiz.generate.nationality import countries_in, title_before_blank
from newsquiz.generate.quantities import find_quantities
from newsquiz.generate.resolve import Resolver
from newsquiz.generate.segment import split_sentences
from newsquiz.models import Article, ClozeCard, FactType

from .helpers import article


def _figures(text: str) -> dict[str, bool]:
    found = find_quantities(text)
    return {q.text: derivable(q, found, text) for q in found}


def test_a_change_with_both_its_ends_gives_each_figure_away() -> None:
    assert _figures("Net profit rose 44% to $205.4m from $142m a year earlier.") == {
        "44%": True,
        "$205.4m": True,
        "$142m": True,
    }
    # figures that do not add up are three facts, each asked
    assert set(_figures("Sales rose 10% to $300m while costs fell to $100m.").values()) == {False}


def test_a_change_between_two_scales_of_one_currency_gives_each_figure_away() -> None:
    """Judged blind (round 54, D): "a 52% rise ... _____ compared with 874.2m rupees"."""
    text = "Orbex said profit rose 52% to 1.33bn rupees, compared with 874.2m rupees."
    assert all(_figures(text).values())


def test_twice_another_figure_is_given_away() -> None:
    """Judged blind (round 54, D): "337,000 new jobs ... twice the _____ forecast"."""
    text = "The 337,000 jobs added in Orbia in 2004 were twice the 169,000 forecast."
    assert _figures(text) == {"337,000": True, "169,000": True, "2004": False}
    assert not any(_figures("Orbex hired 337,000 staff and Velo hired 169,000.").values())


def test_a_basis_point_range_gives_its_ends_away() -> None:
    text = "The dollar moved in a 145 basis point range, from a low of 1.7940 to 1.8085 marks."
    assert all(_figures(text).values())


def test_a_year_next_to_another_year_of_the_sentence_is_given_away() -> None:
    assert _figures("Orbex returned to profit in 2004 after losses in 2003.") == {
        "2004": True,
        "2003": True,
    }
    assert _figures("Orbex made a profit in 2004 for the first time since 1991.") == {
        "2004": False,
        "1991": False,
    }


def test_a_move_and_both_its_ends_give_each_other_away() -> None:
    text = "Coffee prices slid 300 stg per tonne in March, to 1,279 stg from 1,580 stg."
    assert all(_figures(text).values())
    # a move that does not join the two levels is a fact of its own
    assert not any(_figures("Prices slid 300 stg to 1,279 stg, against 1,900 stg.").values())


def test_two_parts_and_their_total_give_each_other_away() -> None:
    text = "Caesars will raise one billion dlrs, 200 mln dlrs from stock and 800 mln dlrs in debt."
    assert all(_figures(text).values())


def test_a_year_a_span_of_years_after_another_year_is_given_away() -> None:
    text = "Under a 1985 law, the share was to rise over three years to 75 pct in 1988."
    assert _figures(text)["1988"] is True
    assert _figures("Under a 1985 law, the share was to rise to 75 pct in 1988.")["1988"] is False


def test_a_conversion_after_a_rate_word_is_not_shown_beside_the_blank() -> None:
    text = (
        "The European Union estimates that piracy is worth more than 200bn euros a year "
        "(£140bn; $258bn) in lost sales."
    )
    cards = generate_cards(article(text, "Piracy grows"))
    blanked = [c for c in cards if "_____" in c.prompt and c.answer == "200bn euros"]
    assert blanked and "£140bn" not in blanked[0].prompt and "a year" in blanked[0].prompt


def test_a_share_of_something_is_never_offered_above_100_percent() -> None:
    text = "The percentage of U.S. shipments on U.S. vessels was to rise to 75 pct by 1988."
    sentences = split_sentences(text)
    index = extract_entities(sentences, "Shipping rules")
    resolved = Resolver(index, None, "Shipping rules").resolve(sentences[0])
    assert resolved is not None
    fact = next(f for f in sentence_facts(resolved, index, 0) if f.answer == "75 pct")
    from newsquiz.generate.questions import distractors_for

    for seed in range(10):
        options = distractors_for(fact, index, [], random.Random(seed), fact.text)
        assert all(float(o.split()[0]) <= 100 for o in options)


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("A commission ruled that Omega Foods' 70% controlling stake is too high.", "70%"),
        ("Zeta Bank is 100% Dutch-owned, but Omega Bank has foreign investors.", "100%"),
    ],
)
def test_a_level_that_is_no_change_stays_at_or_below_100_percent(text: str, answer: str) -> None:
    sentences = split_sentences(text)
    index = extract_entities(sentences, "Bank rules")
    resolved = Resolver(index, None, "Bank rules").resolve(sentences[0])
    assert resolved is not None
    fact = next(f for f in sentence_facts(resolved, index, 0) if f.answer == answer)
    from newsquiz.generate.questions import distractors_for

    for seed in range(10):
        options = distractors_for(fact, index, [], random.Random(seed), fact.text)
        assert options and all(float(o.rstrip("%")) <= 100 for o in options)


def test_a_range_end_stays_near_the_range() -> None:
    q = find_quantities("EBay forecasts revenue of $4.2bn to $4.3bn.")[1]
    for seed in range(10):
        options = number_distractors(q, [], random.Random(seed), "", above=4.2, below=4.5)
        assert all(4.2 < float(o.strip("$bn")) < 4.5 for o in options)


def test_newswire_dollars_of_a_named_country_are_money() -> None:
    found = find_quantities("It raised its bid to 5.5 billion Canadian dlrs from 4.3 billion.")
    assert [(q.kind, q.text) for q in found][0] == ("money", "5.5 billion Canadian dlrs")
    assert find_quantities("Reserves were 12 billion U.S. Dlrs.")[0].kind == "money"
    assert find_quantities("Its balance sheet was 453 billion schillings.")[0].kind == "money"


MINISTERS = (
    "West German Finance Minister Gerhard Stoltenberg met French Finance Minister Edouard "
    "Balladur. Japanese Finance Minister Kiichi Miyazawa and U.S. Treasury Secretary James Baker "
    "were there. Analyst Rudolf Wyttenbach of Bank Leu said the dollar was firm. Analyst "
    "Hans Ast agreed. Economist Pierre Durand said the franc was steady."
)


def test_a_title_with_a_country_is_offered_only_people_of_that_country() -> None:
    index = extract_entities(split_sentences(MINISTERS), "Ministers meet")
    assert countries_in("West German Finance Minister") == {"Germany"}
    assert title_before_blank("met U.S. Treasury Secretary _____ today") == (
        "U.S. Treasury Secretary"
    )
    rng = random.Random(0)
    prompt = "French Finance Minister _____ met Gerhard Stoltenberg."
    options = person_distractors(
        "Edouard Balladur", False, index, rng, prompt, title="French Finance Minister"
    )
    assert "Kiichi Miyazawa" not in options and "James Baker" not in options
    # an official title wants officials: analysts are no Treasury Secretary
    options = person_distractors("Kiichi Miyazawa", False, index, rng, "", title="Finance Minister")
    assert set(options) == {"Gerhard Stoltenberg", "Edouard Balladur"}


def test_a_person_with_no_fair_options_is_asked_as_a_typed_cloze() -> None:
    cards = generate_cards(article(MINISTERS, "Ministers meet"))
    balladur = [c for c in cards if c.answer == "Edouard Balladur"]
    assert balladur and all(isinstance(c, ClozeCard) for c in balladur)


def test_a_company_answer_is_not_given_away_by_its_own_name_in_the_prompt() -> None:
    card = ClozeCard(
        prompt="Chevron Corp said its _____ unit will drill off Japan.",
        answer="Chevron Overseas Petroleum",
        fact_type=FactType.ORG,
    )
    assert not answer_not_in_prompt(card)
    fair = card.model_copy(update={"prompt": "Oil major _____ will drill off Japan."})
    assert answer_not_in_prompt(fair)
    ministry = ClozeCard(
        prompt="Energy Secretary Jon Orr spoke as the _____ released its study on oil imports.",
        answer="Energy Department",
        fact_type=FactType.ORG,
    )
    assert not answer_not_in_prompt(ministry)


@pytest.mark.parametrize(
    "prompt",
    [
        "_____ faces pressure to let its currency rise against a flood of cheap Chinese goods.",
        "_____ has banned beef imports, but Seoul may bow to pressure from Washington.",
    ],
)
def test_a_country_answer_is_not_given_away_by_its_adjective_or_capital(prompt: str) -> None:
    answer = "China" if "Chinese" in prompt else "South Korea"
    card = ClozeCard(prompt=prompt, answer=answer, fact_type=FactType.PLACE)
    assert not answer_not_in_prompt(card)
    other = card.model_copy(update={"answer": "Japan"})
    assert answer_not_in_prompt(other)


def test_a_family_name_that_is_also_a_company_is_not_written_out() -> None:
    text = (
        "Ford chairman Bill Ford spoke. Ford's auto unit made a loss of $470m. "
        "Analysts said Ford's shares fell."
    )
    index = extract_entities(split_sentences(text), "Ford loss")
    assert named_in_full("Ford's auto unit lost _____.", text, index) == (
        "Ford's auto unit lost _____."
    )


def test_the_group_is_never_a_person_taken_for_a_company() -> None:
    text = (
        "Vienna Kreditbank is likely to raise its dividend, deputy director Guido "
        "Schmidt-Chiari said. Schmidt-Chiari did not elaborate on his dividend forecast. "
        "The banking group's balance sheet total rose to 453.4 billion schillings from "
        "425.4 billion."
    )
    cards = generate_cards(Article(title="Kreditbank sees higher dividend", text=text))
    assert not any("Schmidt-Chiari's" in c.prompt for c in cards)
    index = extract_entities(split_sentences(text), "Kreditbank sees higher dividend")
    assert index.entities["Guido Schmidt-Chiari"].kind == "person"


def test_a_possessive_without_s_is_not_left_beside_a_blank() -> None:
    text = (
        "Rosneft bought Yukos' key production unit at an auction. Russia's president "
        "defended the purchase by state-owned oil firm Rosneft of Yukos' unit."
    )
    cards = generate_cards(article(text, "Rosneft buys Yukos unit"))
    assert not any("_____'" in c.prompt for c in cards)


def test_a_swap_into_a_list_makes_no_false_statement() -> None:
    text = "Inbev brands include Stella Artois, Beck's, Hoegaarden and Leffe, Acme Corp said."
    cards = generate_cards(article(text, "Inbev sales rise"))
    swapped = [c for c in cards if c.kind == "true_false" and c.answer == "false"]
    assert not any("Stella Artois" not in c.prompt for c in swapped)


def test_a_stock_phrase_gives_its_number_away() -> None:
    assert _figures("Lufthansa flies six out of every 10 planes at Frankfurt.")["10"]


def test_a_range_whose_first_figure_leaves_out_its_unit_keeps_wrong_ends_near() -> None:
    from newsquiz.generate.direction import direction_bounds

    text = "Harbour Mills says the dollar must fall by another 30 to 35 pct this year."
    sentences = split_sentences(text)
    index = extract_entities(sentences, "Harbour Mills results")
    resolved = Resolver(index, 2005, "Harbour Mills results").resolve(sentences[0])
    assert resolved is not None
    fact = next(f for f in sentence_facts(resolved, index, 0) if f.answer == "35 pct")
    assert direction_bounds(fact) == (30, 35 + 2.0 * 5)


def test_a_card_company_is_no_newspaper() -> None:
    text = "American Express said it would sell its Shearson stake. The Daily Express reported it."
    index = extract_entities(split_sentences(text), "Amex sells stake")
    assert not index.entities["American Express"].media
    assert index.entities["Daily Express"].media


def test_a_typed_company_accepts_the_names_the_article_writes() -> None:
    from newsquiz.generate.name_forms import article_name_forms

    text = (
        "MG Rover said sales fell. Rover bosses were confident. Talks with Rover went on. "
        "Carolina Power and Light Co said costs rose. The Strategic Petroleum Reserve (SPR) "
        "is full."
    )
    assert article_name_forms("MG Rover", set(), text) == ["Rover"]
    assert {"Carolina Power and Light", "Carolina Power and Light Co"} <= set(
        article_name_forms("Carolina Power", set(), text)
    )
    assert article_name_forms("Strategic Petroleum Reserve", set(), text) == ["SPR"]


def test_a_typed_company_never_accepts_another_company_s_name() -> None:
    """Judged blind (round 39, C): "Rosneft and Yuganskneftegaz" and "AOL Europe" were
    accepted for Rosneft and AOL."""
    from newsquiz.generate.name_forms import article_name_forms

    text = (
        "Baikal bought Yuganskneftegaz. Baikal passed to Rosneft and Yuganskneftegaz went "
        "with it. AOL said users fell. AOL Europe said users rose."
    )
    assert "Rosneft and Yuganskneftegaz" not in article_name_forms("Rosneft", set(), text)
    others = frozenset({"AOL Europe"})
    assert "AOL Europe" not in article_name_forms("AOL", set(), text, others)


def test_a_typo_with_one_sure_fix_is_put_right_on_the_card() -> None:
    from newsquiz.generate.typos import corrected

    assert corrected("Japan moved to forstall tariffs.") == "Japan moved to forestall tariffs."
    source = "Scott Paper rose. Scott Paper fell. Soctt Paper said."
    assert corrected("Soctt Paper said sales rose.", source) == "Scott Paper said sales rose."
    # a word the article writes twice is its own word, and an unknown word with no one fix
    # is left for the typo check to hold back
    assert corrected("The warships sailed.", "warships, warships") == "The warships sailed."


def test_a_national_central_bank_named_by_its_country_keeps_its_sentence() -> None:
    text = (
        "Bundesbank Deputy President Helmut Brockmann said the West German central bank had "
        "no plan to cut its three pct discount rate, a newspaper reported."
    )
    cards = generate_cards(article(text, "Bundesbank has no plan for rate cut"))
    assert any(c.answer == "three pct" for c in cards)


def test_a_title_after_us_keeps_its_capitals() -> None:
    from newsquiz.generate.sentence_text import without_tickers

    assert without_tickers("U.S. Defence Secretary Caspar Weinberger spoke on U.S. Goods.") == (
        "U.S. Defence Secretary Caspar Weinberger spoke on U.S. goods."
    )


def test_a_company_is_asked_typed_not_as_multiple_choice() -> None:
    text = (
        "Acme Corp bought Widget Holdings for $2bn. Rival Gizmo Inc and Sprocket Ltd had also "
        "bid for Widget Holdings. Acme Corp said the deal would close in March 2005."
    )
    cards = generate_cards(article(text, "Acme buys Widget"))
    companies = [c for c in cards if c.fact_type == FactType.ORG]
    assert companies and not any(c.kind == "mcq" for c in companies)


def test_lemmas_are_looked_up_once_and_never_shared_mutably() -> None:
    from newsquiz.generate.textutil import lemmas

    first = lemmas("prices")
    assert lemmas("prices") is first  # cached: the second call costs nothing
    with pytest.raises(TypeError):
        first["NOUN"] = ("changed",)  # type: ignore[index]
    assert lemmas("rises")["VERB"] == ("rise",)


def test_a_value_given_as_a_bound_is_never_swapped_into_a_false_statement() -> None:
    from newsquiz.generate.questions import true_false_card

    text = "Acme Corp was sold for less than $10bn and employs more than 50,000 people."
    sentences = split_sentences(text)
    index = extract_entities(sentences, "Acme sold")
    resolved = Resolver(index, None, "Acme sold").resolve(sentences[0])
    assert resolved is not None
    for fact in sentence_facts(resolved, index, 0):
        if fact.answer in {"$10bn", "50,000"}:
            assert true_false_card(fact, ["$5bn", "40,000"], random.Random(1)) is None


def test_a_period_takes_a_year_only_when_it_is_the_story_s_latest() -> None:
    from newsquiz.generate.period_years import with_period_years

    story_of_2004 = "Rates rose from November 2003. Output fell in 2004, the ONS said."
    assert with_period_years("Output dropped 0.1% in November.", story_of_2004) == (
        "Output dropped 0.1% in November."
    )
    # a story that never writes its own year: "November 2003" once is no evidence
    assert with_period_years("Output dropped in November.", "Rates rose from November 2003.") == (
        "Output dropped in November."
    )


def test_a_typo_fix_is_never_a_short_word_or_a_changed_ending() -> None:
    from newsquiz.generate.spelling import correction

    assert correction("forstall") == "forestall"
    assert correction("bible") is None  # not "bile"
    assert correction("negligible") is None  # not "negligibly"


def test_typed_names_accept_the_common_long_forms_but_no_sentence_run_ons() -> None:
    from newsquiz.generate.answers import common_names
    from newsquiz.generate.name_forms import article_name_forms

    assert "Group of Seven" in common_names("G-7")
    assert "United Arab Emirates" in common_names("UAE")
    assert "Ministry of International Trade and Industry" in common_names("MITI")
    assert "Papua New Guinea" in common_names("PNG")
    assert "Marsh & McLennan" in common_names("Marsh")
    text = "Factories at Vogue Landmark. The union said Vogue Landmark closed. Vogue Landmark"
    assert not any(". " in form for form in article_name_forms("Vogue", set(), text))


def test_a_move_its_percentage_and_where_it_ended_give_each_other_away() -> None:
    assert _figures("Acme shares rose $5, or 2%, to $255 in New York.") == {
        "$5": True,
        "2%": True,
        "$255": True,
    }


def test_a_short_acronym_is_not_asked_what_it_stands_for() -> None:
    text = (
        "The Financial Services Authority (FSA) fined Acme Corp £5m. The Office of Fair "
        "Trading (OFT) and the Competition Appeal Tribunal (CAT) said Acme Corp sold 300 "
        "stores. The Securities and Investments Board Limited (SIBL) agreed."
    )
    cards = generate_cards(article(text, "Acme Corp fined"))
    asked = [c.prompt for c in cards if c.kind == "recall" and "stand for" in c.prompt]
    assert not any(short in p for p in asked for short in ("FSA", "OFT", "CAT"))


def test_a_blank_leaves_no_dot_behind_and_never_splits_a_slashed_name() -> None:
    text = (
        "Officials said Acme has concerns about the sale of Widget Semiconductor Corp. to "
        "Gizmo Ltd., another maker of chips. Norwegian firms Norsk Hydro A/S and Saga "
        "Petroleum A/S applied for licences, Acme Corp said."
    )
    cards = generate_cards(article(text, "Acme worried by chip sale"))
    assert cards
    assert not any(re.search(r"_____\.(?=,|\s+[a-z])", c.prompt) for c in cards)
    assert not any(re.search(r"\w/_____|_____/\w", c.prompt) for c in cards)


def test_an_abbreviation_cut_at_its_dot_never_stands_for_it() -> None:
    text = (
        "The U.S. wants farm subsidies cut, Acme Corp said. It also calls for an end to "
        "export aid of 10 billion dlrs, the Acme Corp paper said."
    )
    cards = generate_cards(article(text, "U.S. plan on farm aid"))
    assert not any("U.S also" in c.prompt or c.prompt.startswith("U.S ") for c in cards)


def test_a_name_cut_at_a_slash_is_never_asked_or_swapped() -> None:
    text = (
        "Norwegian firms Norsk Hydro A/S and Saga Petroleum A/S applied for licences, Acme "
        "Corp said. Acme Corp sold 300 stores to Gizmo Ltd."
    )
    cards = generate_cards(article(text, "Norwegian firms seek licences"))
    assert not any("Ltd/S" in c.prompt or "/_____" in c.prompt for c in cards)
    assert not any(c.answer == "Norsk Hydro A" for c in cards)


def test_a_family_name_the_article_uses_for_its_company_is_not_the_person() -> None:
    text = (
        "Walt Corp has settled charges, its chairman Roy Walt said. Walt failed to tell "
        "investors about payments. Walt did not disclose a fee. Finally, Walt also did not "
        "reveal that it provided $200,000 a year to former director Thomas Murphy."
    )
    cards = generate_cards(article(text, "Walt Corp settles charges"))
    assert not any("Roy Walt also did not" in c.prompt for c in cards)
    assert not any(c.prompt.startswith("Finally,") for c in cards)


def test_a_merged_group_is_not_the_company_named_before() -> None:
    text = (
        "Gazprom will merge with Rosneft, Gazprom said. The merged group will still be "
        "outside the top five oil producers, led by Lukoil with 11% of the market."
    )
    cards = generate_cards(article(text, "Gazprom to merge with Rosneft"))
    assert not any("Gazprom will still be outside" in c.prompt for c in cards)


def test_a_former_holder_is_asked_as_the_former_holder() -> None:
    text = (
        "Mr Demel took the helm in 2003 after being recruited by former Acme chief executive "
        "Giuseppe Morchio. Acme Corp chief executive Sergio Marchionne said sales rose 5%."
    )
    index = extract_entities(split_sentences(text), "Acme changes chief")
    roles = [role for role, _ in index.entities["Giuseppe Morchio"].roles]
    assert roles and all(role.startswith("former") for role in roles)


def test_the_firm_is_not_the_main_company_when_an_unplaced_name_comes_first() -> None:
    text = (
        "Widget Corp is looking for a target, Widget Corp said. France's Ubisoft has been "
        "trying to remain independent since Electronic Arts announced plans to buy 19.9% of "
        "the firm."
    )
    cards = generate_cards(article(text, "Widget Corp eyes games market"))
    assert not any(
        "19.9% of Widget Corp" in c.prompt or "of Widget Corp." in c.prompt for c in cards
    )


def test_a_quarter_point_rate_gets_quarter_point_options() -> None:
    import random

    from newsquiz.generate.figure_distractors import number_distractors

    text = "The Bank of England left its key rate at 4.75% for the sixth month."
    found = find_quantities(text)
    options = number_distractors(found[0], found, random.Random(1), text.replace("4.75%", "_____"))
    assert options and all(
        float(o.rstrip("%")) * 4 == int(float(o.rstrip("%")) * 4) for o in options
    )


def test_a_price_per_barrel_gets_options_near_it() -> None:
    import random

    from newsquiz.generate.figure_distractors import number_distractors

    text = "Brent crude closed at $44.38 a barrel, while New York crude closed at $48.64 a barrel."
    found = find_quantities(text)
    brent = next(q for q in found if q.text == "$44.38")
    prompt = text.replace("$44.38", "_____")
    for seed in range(5):
        options = number_distractors(brent, found, random.Random(seed), prompt)
        assert all(0.75 <= float(o.lstrip("$")) / 44.38 <= 1.3 for o in options), options


def test_a_period_ends_on_a_quarter_s_last_day() -> None:
    import random

    from newsquiz.generate.figure_distractors import date_distractors

    text = "In the year ending 31 December 2003, Orbex reported revenues of $69.4m."
    found = find_quantities(text)
    day = next(q for q in found if q.kind == "date")
    options = date_distractors(day, found, random.Random(1), text.replace(day.text, "_____"))
    assert options == ["31 March 2003", "30 June 2003", "30 September 2003"]


def test_options_after_a_or_an_are_read_the_same_way_as_the_answer() -> None:
    import random

    from newsquiz.generate.figure_distractors import number_distractors
    from newsquiz.generate.frames import sounds_like_vowel

    text = "Orbex collapsed in 2003 after a $14bn black hole was found in its accounts."
    found = find_quantities(text)
    hole = next(q for q in found if q.text == "$14bn")
    prompt = text.replace("$14bn", "_____")
    for seed in range(6):
        options = number_distractors(hole, found, random.Random(seed), prompt)
        assert options and not any(sounds_like_vowel(o) for o in options), options


def test_a_figure_written_with_a_trailing_zero_accepts_it_dropped() -> None:
    from newsquiz.generate.answers import accepted_forms
    from newsquiz.generate.frames import sentence_facts
    from newsquiz.generate.prepare import prepare

    text = "Orbex said Canada's output rose 0.1 pct in January after gaining 1.0 pct in 1986."
    prepared = prepare(Article(title="Orbex output", text=text))
    assert prepared is not None
    facts = [f for r in prepared.resolved for f in sentence_facts(r, prepared.index, 0, "")]
    gain = next(f for f in facts if f.answer == "1.0 pct")
    assert {"1%", "1 pct", "1"} <= set(accepted_forms(gain))


def test_a_leader_of_a_people_the_country_table_lacks_gets_no_outsider_as_option() -> None:
    """Judged blind (E 0): Mbeki, Chirac and Angelina Jolie offered as "Palestinian leader"."""
    text = (
        "Ruritanian President Karl Obermann will attend, as will Palestinian leader Hamid "
        "Qasrawi and actress Lena Moretti. Chief executive Paul Dorne of Orbex spoke."
    )
    index = extract_entities(split_sentences(text), "Leaders meet")
    prompt = "Karl Obermann will attend, as will Palestinian leader _____."
    options = person_distractors(
        "Hamid Qasrawi", False, index, random.Random(1), prompt, title="Palestinian leader"
    )
    assert "Lena Moretti" not in options and "Paul Dorne" not in options
