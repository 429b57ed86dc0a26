"""Typed answers accept what a reader would type, and never a wrong answer; typed names are
not asked where another name fits as well (round 55's classes, judged blind in rounds 41-54).
Sentences are written for the tests."""

import pytest

from newsquiz.generate import generate_cards
from newsquiz.generate.answers import accepted_forms
from newsquiz.generate.checks import answer_not_in_prompt, failed_checks, one_name_fits
from newsquiz.generate.company_short_forms import short_names as _short_names
from newsquiz.generate.company_short_forms import without_country as _without_country
from newsquiz.generate.entities import extract_entities
from newsquiz.generate.frames import sentence_facts
from newsquiz.generate.name_forms import article_name_forms, entity_name_forms
from newsquiz.generate.names import Entity
from newsquiz.generate.prepare import prepare
from newsquiz.generate.segment import split_sentences
from newsquiz.generate.textutil import initials
from newsquiz.models import Article, ClozeCard, Evidence, FactType

from .helpers import facts_of


def test_an_abbreviation_the_article_writes_is_accepted_for_the_full_name() -> None:
    text = "Orbex said General Electric Co would buy the plant. GE declined to comment."
    assert "GE" in article_name_forms("General Electric Co", set(), text)
    assert initials("GlaxoSmithKline") == {"GSK"}
    # initials the article never writes are not offered: "GEC" is another company
    assert "GEC" not in article_name_forms("General Electric Co", set(), text)


def test_a_place_or_an_ordinary_word_is_no_short_name() -> None:
    """Judged blind: "China" was accepted for China National Petroleum, "Wall" for the Wall
    Street Journal."""
    assert _short_names("China National Petroleum") == []
    assert _short_names("Wall Street Journal") == []
    assert _short_names("Taft Broadcasting") == ["Taft"]
    assert _short_names("U.S. Senate") == []  # judged blind (round 59, C): "U.S." accepted


def test_a_public_body_is_accepted_without_its_country() -> None:
    assert _without_country("U.S. State Department") == ["State Department"]
    assert _without_country("U.S. Senate") == ["Senate"]
    assert _without_country("Japanese Finance Ministry") == ["Finance Ministry"]
    assert _without_country("Chase Manhattan Bank") == []  # a company keeps its whole name


def test_a_well_known_abbreviation_is_accepted_after_the_company_ending() -> None:
    facts = facts_of(
        "Orbex Holdings said it makes jet engine parts for General Electric Co in Ohio.",
        "Orbex parts",
    )
    ge = next(f for f in facts if f.answer == "General Electric Co")
    assert "GE" in accepted_forms(ge)


def test_a_thousand_billion_is_a_trillion_never_a_billion() -> None:
    """Judged blind (round 54, E): "$1bn" was accepted for "$1,000bn"."""
    facts = facts_of(
        "The merger of Orbex Bank and Daiwa Kredit would create a lender with assets of "
        "$1,000bn in 2005.",
        "Orbex merger",
    )
    assets = next(f for f in facts if f.answer == "$1,000bn")
    forms = accepted_forms(assets)
    assert "$1 trillion" in forms and "$1tn" in forms
    assert "$1bn" not in forms


@pytest.mark.parametrize(
    ("name", "family", "text"),
    [
        ("Wang Yan", "Wang", '"Prices are unreasonable," said Wang Yan, an official in Beijing.'),
        ("Ng Siew Kee", "Ng", "Ng Siew Kee, chairman of Orbex Growers, said exports rose 5%."),
    ],
)
def test_a_chinese_family_name_is_accepted(name: str, family: str, text: str) -> None:
    facts = facts_of(text, "Prices and exports")
    person = next(f for f in facts if f.answer == name)
    assert family in accepted_forms(person)


def test_a_western_given_name_is_not_taken_for_a_family_name() -> None:
    facts = facts_of("Orbex Stores president Lee Scott said sales rose 5% in 2004.", "Orbex sales")
    person = next(f for f in facts if f.answer == "Lee Scott")
    assert "Lee" not in accepted_forms(person)


def _cloze(prompt: str, answer: str) -> ClozeCard:
    return ClozeCard(
        prompt=prompt,
        answer=answer,
        evidence=Evidence(sentence=prompt.replace("_____", answer)),
        fact_type=FactType.ORG,
    )


@pytest.mark.parametrize(
    "prompt",
    [
        "Carmakers with plants in Ruritania, including _____, Orbex Motors and Velo, grew.",
        "After a string of scandals, from Enron to _____, investors grew wary.",
        "Spokesmen at Dome and _____ could not be reached for comment.",
        "_____ and Morgan Guaranty Trust asked for deposits, the bank said.",
        "Rivals such as _____ cut their prices in Asia.",
        "Carmakers with plants in Ruritania, among them Orbex, _____, Velo and Zentra, grew.",
    ],
)
def test_a_typed_name_in_a_list_is_not_asked(prompt: str) -> None:
    card = _cloze(prompt, "Zentra Bank")
    assert not one_name_fits(card)
    assert "one_name_fits" in failed_checks(card)


def test_a_typed_name_beside_a_lowercase_and_is_still_asked() -> None:
    buys = "Orbex said _____ would buy the plant and hire 300 staff."
    assert one_name_fits(_cloze(buys, "Zentra"))
    assert one_name_fits(_cloze("Orbex and Velo A/S and _____ A/S applied for licences.", "Zentra"))


def test_no_typed_card_blanks_a_name_in_a_list() -> None:
    text = (
        "Carmakers with plants in Ruritania, including Orbex Motors, Velo Cars and Zentra "
        "Autos, saw demand rise 12% in 2004. Orbex Motors said it would add 300 jobs in 2005."
    )
    cards = generate_cards(Article(title="Ruritania car sales rise", text=text))
    for card in cards:
        assert one_name_fits(card), card.prompt


def test_an_abbreviation_is_not_asked_where_the_prompt_spells_it_out() -> None:
    """Judged blind (round 55, D): "The British Bankers' Association said ... the _____"."""
    prompt = "The Orbian Bankers' Association said lending rose, the _____ said."
    assert not answer_not_in_prompt(_cloze(prompt, "OBA"))
    assert not answer_not_in_prompt(_cloze("OE said _____ would buy the plant.", "Orbex Energy"))
    assert answer_not_in_prompt(_cloze("The _____ said it would cut rates.", "Orbex Energy"))


def test_a_figure_is_not_asked_where_the_prompt_writes_its_number() -> None:
    """Judged blind (round 55, D): a "0/92 plan" gives away "92 pct"."""
    card = _cloze("Under a 0/92 plan, farmers would receive _____ of the payments.", "92 pct")
    card = card.model_copy(update={"fact_type": FactType.PERCENT})
    assert not answer_not_in_prompt(card)
    other = card.model_copy(update={"prompt": "Farmers would receive _____ of the payments."})
    assert answer_not_in_prompt(other)


@pytest.mark.parametrize(
    ("prompt", "answer", "fits"),
    [
        ("A _____ committee of experts would meet in June.", "EC", False),
        ("An _____ committee of experts would meet in June.", "EC", True),
        ("A _____ spokesman declined to comment.", "Zentra Bank", True),
        ("An _____ spokesman declined to comment.", "Orbex", True),
        ("A _____ spokesman declined to comment.", "Orbex", False),
    ],
)
def test_a_blank_after_a_or_an_reads_right_once_filled(
    prompt: str, answer: str, fits: bool
) -> None:
    from newsquiz.generate.checks import article_fits_answer

    assert article_fits_answer(_cloze(prompt, answer)) is fits


def test_a_person_is_never_accepted_by_initials_or_an_honorific() -> None:
    """Judged blind (round 56, D): "GM" (General Motors in the same story) and "Mrs Morchio"
    were accepted for Giuseppe Morchio."""
    text = "Orbex hired Giuseppe Morchio in 2003. GM cut jobs. Mr Morchio said Morchio would stay."
    names = {"Morchio", "Mr Morchio", "Mrs Morchio", "Ms Morchio"}
    forms = article_name_forms("Giuseppe Morchio", names, text, person=True)
    assert "Morchio" in forms
    assert "GM" not in forms
    assert not any(f.startswith(("Mr ", "Mrs ", "Ms ")) for f in forms)


def test_figure_options_fit_the_blanked_sentence_not_the_written_one() -> None:
    """Judged blind (round 56, E): "an _____ fraud" was offered "$16bn" and "$7bn"; the
    options had been fitted to the sentence with its figure written in."""
    import random

    from newsquiz.generate.frames import sounds_like_vowel
    from newsquiz.generate.questions import distractors_for

    text = "Orbex boss Karl Brandt is accused of overseeing an $11bn fraud at Orbex in 2002."
    prepared = prepare(Article(title="Orbex boss on trial", text=text))
    assert prepared is not None
    fact = next(
        f
        for r in prepared.resolved
        for f in sentence_facts(r, prepared.index, 0, "")
        if f.answer == "$11bn"
    )
    for seed in range(10):
        rng = random.Random(seed)
        options = distractors_for(fact, prepared.index, prepared.pool, rng, fact.text)
        assert all(sounds_like_vowel(o) for o in options), options


def test_a_count_in_words_and_a_broadcaster_either_way_round_are_accepted() -> None:
    """Judged blind (round 56, E): "one million" for "1 million", "Radio Tehran" for
    "Tehran Radio" would have been marked wrong."""
    facts = facts_of("Orbex Bank fears that 1 million Indonesians could lose their jobs.", "Jobs")
    people = next(f for f in facts if f.answer == "1 million")
    assert "one million" in accepted_forms(people)
    facts = facts_of("Iran had more effective missiles than Iraq, Tehran Radio reported.", "Iran")
    radio = next(f for f in facts if f.answer == "Tehran Radio")
    assert "Radio Tehran" in accepted_forms(radio)


def test_a_change_given_back_by_its_two_levels_is_asked_without_them() -> None:
    """ "Profits jumped 76% to $1.13bn ... from $639m": a blank of any one would print the two
    that give it back, so the change and the new level are asked as questions that leave
    the other figures out (the lead fact of a results story had gone unasked)."""
    text = (
        "Quarterly profits at US media group Orbex jumped 76% to $1.13bn for the three months "
        "to December 2004, from $639m a year earlier. Orbex said it would hire 300 staff."
    )
    cards = generate_cards(Article(title="Orbex profit jumps", text=text))
    by_answer = {c.answer: c for c in cards}
    assert by_answer["76%"].prompt == (
        "By how much did quarterly profits at US media group Orbex jump for the three months "
        "to December 2004?"
    )
    assert by_answer["$1.13bn"].prompt.startswith("To what amount did quarterly profits")
    for card in cards:  # never a blank beside the figures that give it back
        if card.answer in {"76%", "$1.13bn", "$639m"}:
            assert card.prompt.endswith("?") and "$639m" not in card.prompt


def test_a_short_company_name_accepts_the_longer_name_the_article_gives() -> None:
    """Judged blind: "MG Rover" marked wrong for "Rover", "Mitsubishi Motors" for
    "Mitsubishi"."""
    text = (
        "Orbex Motors will buy a stake in carmaker Velmar Rover. Rover makes vans. "
        "Rover has been losing money for years, and Rover's owners want a partner."
    )
    index = extract_entities(split_sentences(text), "Orbex in Rover deal")
    assert "Velmar Rover" in entity_name_forms("Rover", [], index, text)
    # two longer names: which one is meant is not known, so neither is accepted
    two = text + " Its rival, carmaker Quorn Rover, said Quorn Rover would cut 300 jobs."
    index = extract_entities(split_sentences(two), "Orbex in Rover deal")
    forms = entity_name_forms("Rover", [], index, two)
    assert "Velmar Rover" not in forms and "Quorn Rover" not in forms


def test_a_company_answer_is_not_accepted_with_the_in_front() -> None:
    """Grading ignores "the"; "the Rover" among the accepted forms read oddly (judged blind)."""
    facts = facts_of(
        "Orbex Holdings said it makes jet engine parts for General Electric Co in Ohio.",
        "Orbex parts",
    )
    ge = next(f for f in facts if f.answer == "General Electric Co")
    assert accepted_forms(ge) and not any(f.startswith("the ") for f in accepted_forms(ge))


def test_two_companies_joined_by_and_are_no_name_of_one() -> None:
    """Judged blind: "United Bank and Standard" was accepted for United Bank; "Carolina Power
    and Light" is one company, its "Light Co" no other."""
    text = (
        "United Bank of Africa and Standard Trust Bank have agreed to merge. "
        "United Bank is the third biggest bank. United Bank and Standard Trust approved it."
    )
    index = extract_entities(split_sentences(text), "Banks merge")
    forms = entity_name_forms("United Bank", [], index, text)
    assert not any(" and " in f or " & " in f for f in forms)
    one = "Carolina Power and Light Co said it cut costs. Carolina Power said sales rose."
    index = extract_entities(split_sentences(one), "Utility cuts costs")
    assert "Carolina Power and Light" in entity_name_forms("Carolina Power", [], index, one)


def test_a_date_is_accepted_written_either_way() -> None:
    facts = facts_of(
        "Orbex Corp plans to cut its dividend to three yen in the year ending March 31 1987.",
        "Orbex cuts dividend",
    )
    date = next(f for f in facts if f.answer == "March 31 1987")
    assert {"31 March 1987", "March 31, 1987"} <= set(accepted_forms(date))


def test_a_long_number_is_accepted_with_its_thousands_separated() -> None:
    """Judged blind (E 1): only "6661.89" was accepted, "6,661.89" marked wrong."""
    facts = facts_of(
        "The Orbex index closed up 23 points to 6661.89 on Friday 3 May 2004.", "Index"
    )
    level = next(f for f in facts if f.answer.startswith("6661"))
    assert "6,661.89" in accepted_forms(level)


def test_a_name_never_runs_on_into_another_s() -> None:
    text = (
        "Velmar United rejected the bid. Velmar United Supporters' Association opposed it. "
        "Velmar United said talks had ended."
    )
    forms = article_name_forms("Velmar United", set(), text)
    assert not any("Supporters" in form for form in forms)


def test_two_companies_named_together_are_no_longer_name_of_either() -> None:
    """Judged blind (round 73, D and E 0): "Fiat and General Motors" and "GM" accepted for
    Fiat, from the article's "Fiat and General Motors (GM) have until midnight"."""
    text = (
        "Orbex and Velmar Motors (VM) have until midnight on 1 February to settle a dispute. "
        "Orbex wants VM to buy it. Orbex said talks would go on."
    )
    index = extract_entities(split_sentences(text), "Deadline nears for Orbex deal")
    index.entities["Orbex"] = Entity("Orbex", "org")
    index.alias_map["Orbex"] = "Orbex"
    forms = entity_name_forms("Orbex", [], index, text)
    assert not any("Velmar" in form or form == "VM" for form in forms)


def test_a_hyphen_between_letters_is_also_typed_without_it() -> None:
    """Judged blind E 1: "N-C" accepted only as written ("NC" looked marked wrong)."""
    from newsquiz.generate.frames import Fact
    from newsquiz.generate.resolve import Resolved

    def forms(text: str, answer: str) -> list[str]:
        sentence = split_sentences(text)[0]
        start = sentence.text.index(answer)
        fact = Fact(
            "k",
            "event",
            answer,
            sentence.text,
            start,
            start + len(answer),
            Resolved(sentence.text, sentence, ()),
        )
        return accepted_forms(fact)

    assert "NC" in forms("Orbex found oil in the so-called N-C extension area.", "N-C")
    assert "N C" not in forms("Orbex found oil in the so-called N-C extension area.", "N-C")
    assert {"Kool Aid", "KoolAid"} <= set(
        forms("Orbex sells Kool-Aid drinks to children.", "Kool-Aid")
    )


def test_no_fragment_title_or_adjective_is_an_accepted_form() -> None:
    """Judged blind A: "Abu" for Abu Dhabi Commercial Bank, "Fed Chairman Paul" for the Fed,
    "European" for the EC were shown to the learner as accepted answers."""
    from newsquiz.generate.answers import common_names

    assert "Abu" not in _short_names("Abu Dhabi Commercial Bank")
    assert "European" not in common_names("EC") and "European" not in common_names("EU")
    union = "The European Union met. European ministers agreed. European leaders spoke."
    assert "European" not in article_name_forms("European Union", {"European Union"}, union)
    text = "Fed Chairman Paul Volcker spoke. The Fed declined to set a target. The Fed met."
    forms = article_name_forms("Fed", {"Fed"}, text)
    assert not any("Chairman" in form for form in forms)


def test_a_name_is_never_blanked_after_its_initial() -> None:
    """Judged blind A: "Phelps Dodge Corp chairman G. _____ said" (G. Robert Durham)."""
    text = (
        "Orbex Corp chairman G. Robert Durham said Orbex Corp may buy a copper mine in 1987. "
        "Orbex Corp made a profit of 40 mln dlrs in 1986."
    )
    cards = generate_cards(Article(title="Orbex may buy mine", text=text))
    assert not any("G. _____" in c.prompt for c in cards)
