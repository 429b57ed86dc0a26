"""The eleventh round's rules, on sentences written for these tests: words the dictionary
lacks are no typos, descriptions the sentence itself names, 1987 newswire's capital after
"U.S.", and a question never built on a verb no dictionary has."""

import random

import pytest

from newsquiz.generate import generate_cards
from newsquiz.generate.compose import ask, question_card
from newsquiz.generate.descriptions import vague_description
from newsquiz.generate.direction import direction_bounds
from newsquiz.generate.entities import EntityIndex, extract_entities
from newsquiz.generate.full_deck import same_figure
from newsquiz.generate.name_forms import entity_name_forms
from newsquiz.generate.prepare import prepare
from newsquiz.generate.questions import true_false_card
from newsquiz.generate.reader import lowercase_after_us, parse_article_text
from newsquiz.generate.relative_time import without_relative_time
from newsquiz.generate.segment import split_sentences
from newsquiz.generate.spelling import misspelt
from newsquiz.generate.statements import forecast
from newsquiz.generate.trust import prompt_problem
from newsquiz.generate.typos import source_flaw
from newsquiz.generate.wh_phrases import Target
from newsquiz.generate.wh_questions import question_for

from .helpers import article, facts_of


def _index_of(text: str, title: str) -> EntityIndex:
    prepared = prepare(article(text, title))
    assert prepared is not None
    return prepared.index


TEXT = (
    "The Bank of Ruritania, the central bank, fixed the crown. Orbex Corp went public in 2002."
    " The Velmar Supply (VSM) index fell to 52.1. Tourism grew in southeast Asia."
)
INDEX = extract_entities(split_sentences(TEXT), "Ruritania fixes crown")


@pytest.mark.parametrize(
    "word",
    [
        "payout",
        "billionaire",
        "delisted",
        "negligible",
        "downside",
        "onside",
        "warships",
        "feedgrain",
        "spurt",
        "versus",
    ],
)
def test_words_a_dictionary_lacks_are_not_typos(word: str) -> None:
    assert not misspelt(word)


@pytest.mark.parametrize(
    "word", ["severel", "mergewr", "subcommitte", "evalution", "martime", "surpasssing"]
)
def test_slips_of_the_hand_are_still_typos(word: str) -> None:
    assert misspelt(word)


def test_a_sentence_opening_name_the_article_writes_inside_is_no_typo() -> None:
    source = "Crude rose. Brunt crude fell to $40. Traders sold Brunt on Monday."
    assert source_flaw("Brunt crude fell to _____.", INDEX, source) is None
    assert source_flaw("Severel vessels sank.", INDEX, "Severel vessels sank.") is not None


def test_a_pronoun_before_its_possessive_is_a_slip() -> None:
    assert source_flaw("Orbex expects no change it its cash position.", INDEX) is not None


@pytest.mark.parametrize(
    ("text", "vague"),
    [
        # an apposition, a head repeated after its name, a place, a company's stock
        ("The Bank of Ruritania, the central bank, fixed the crown at _____.", None),
        ("The Velmar Supply (VSM) index fell to 52.1, but the index stayed above 50.", None),
        ("Tourism grew in southeast Asia, with revenue up 45% in the region.", None),
        ("Orbex Corp went public in _____ when the stock started trading.", None),
        ("Orbex's sales rose _____ in the final three months of 2004.", None),
        ("A merger of Orbex and Velmar would be the fifth telecoms deal since _____.", None),
        ("In Ruritania, a new method pushed up the jobless rate by _____.", None),
        ("Half the population of Ruritania lives on less than _____ a day.", None),
        ("_____, the state-owned gas monopoly, lost to Orbex.", None),
        ("The feel-good factor among US consumers rose in _____.", None),
        # still unresolved: one hyphenated word does not say which plan, the stock of whom
        ("Orbex would double its budget to finance the four-year plan.", "the four-year plan"),
        ("The two brothers took over the _____ empire.", "The two brothers"),
        ("The index fell to 52.1.", "The index"),
    ],
)
def test_descriptions_the_sentence_itself_names(text: str, vague: str | None) -> None:
    assert vague_description(text, INDEX) == vague


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("Imports from the U.S. Would drop.", "Imports from the U.S. would drop."),
        ("U.S. Warships shelled the platform.", "U.S. warships shelled the platform."),
        ("U.S. Feedgrain sales fell.", "U.S. feedgrain sales fell."),
        ("the U.S. And British firms", "the U.S. and British firms"),
        ("The U.S. Trade Representative said.", "The U.S. Trade Representative said."),
        ("The U.S. Treasury said.", "The U.S. Treasury said."),
        ("the U.S. Chamber of Commerce", "the U.S. Chamber of Commerce"),
        ("Shell U.K. Oil, the unit, said.", "Shell U.K. Oil, the unit, said."),
        ("sales in the U.S. The firm said.", "sales in the U.S. The firm said."),
    ],
)
def test_newswire_capitals_after_us_are_lowered(raw: str, clean: str) -> None:
    assert lowercase_after_us(raw) == clean


def test_a_word_the_article_capitalizes_elsewhere_keeps_its_capital() -> None:
    text = "U.S. Pantheon officials met. The Pantheon board agreed."
    assert lowercase_after_us(text) == text


def test_the_article_body_is_read_without_the_newswire_capitals() -> None:
    article = parse_article_text("U.S. GRAIN SALES\n\n    U.S. Exporters sold\nwheat.\n")
    assert article.text == "U.S. exporters sold wheat."


def test_a_question_is_not_built_on_a_verb_no_dictionary_has() -> None:
    text = "Orbex reintroduced fixed prices on February 1."
    start = text.index("February 1")
    assert question_for(text, Target(start, start + 10, "date")) is None
    text = "Orbex cut prices on February 1."
    start = text.index("February 1")
    assert question_for(text, Target(start, start + 10, "date")) == "When did Orbex cut prices?"


def test_a_weekday_evening_goes_whole_or_stays() -> None:
    assert without_relative_time("Officials said on Monday night Ana Ruiz spoke.", "") == (
        "Officials said on Monday night Ana Ruiz spoke."
    )
    assert without_relative_time("Shares fell on Monday night in Paris.", "") == (
        "Shares fell in Paris."
    )


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("U.S. Secretary of State Ana Ruiz said talks would go on. Ruiz left.", "Ana Ruiz"),
        ("Secretary of the Treasury James Orme said so. Orme left.", "James Orme"),
        ("Minister of State for Trade Alan Fenwick said so. Fenwick left.", "Alan Fenwick"),
        # a surname that is also a nationality, after a title and a given name
        (
            "The bill, introduced by Rep. Glenn English (D-Okla.), passed. English agreed.",
            "Glenn English",
        ),
        ("Senator John French said so. French left the room.", "John French"),
    ],
)
def test_a_titled_person_is_named_apart_from_the_title(text: str, person: str) -> None:
    """A portfolio after its title is the title's ("Secretary of State Ana Ruiz")."""
    index = extract_entities(split_sentences(text), "Talks go on")
    assert index.entities[person].kind == "person"
    assert index.alias_map[person.split()[-1]] == person


@pytest.mark.parametrize(
    ("text", "company", "short", "city"),
    [
        (
            "A court ruled that Shanghai Velmar Industry Group must pay. Shanghai is a big city"
            " and Shanghai grew fast. Velmar said it would appeal. Velmar shares fell.",
            "Shanghai Velmar Industry Group",
            "Velmar",
            "Shanghai",
        ),
        (  # the company's one distinctive word, used alone only once
            "A court in Shanghai ruled that Shanghai Zorvex Industry Group must pay. Zorvex said"
            " it would appeal. In Shanghai, shares fell.",
            "Shanghai Zorvex Industry Group",
            "Zorvex",
            "Shanghai",
        ),
    ],
)
def test_a_place_is_never_accepted_for_the_company_it_names(
    text: str, company: str, short: str, city: str
) -> None:
    index = extract_entities(split_sentences(text), f"{short} must pay")
    forms = entity_name_forms(company, [], index, text)
    assert short in forms and city not in forms


@pytest.mark.parametrize(
    ("text", "predicted"),
    [
        ("Orbex grain sales will drop if Ruritania opens its market.", True),
        ("Tighter rules should bring better results, Ana Ruiz said.", True),
        ("Orbex sold its grain unit to Velmar in 2004.", False),
        ("Ruritania has banned grain imports from Velmar.", False),
    ],
)
def test_a_forecast_is_never_stated_true(text: str, predicted: bool) -> None:
    assert forecast(text) is predicted


@pytest.mark.parametrize(
    ("text", "flawed"),
    [
        ("Ruritania's budget airline, Orbex fell _____.", True),
        ("The company chairman, Ana Ruiz said profits rose.", True),
        ("Ruritania's budget airline, Orbex, fell _____.", False),
        ("The shares fell sharply, Velmar said.", False),
        ("In Ruritania, Orbex said profits rose.", False),
    ],
)
def test_a_description_before_a_name_left_unclosed_is_a_slip(text: str, flawed: bool) -> None:
    assert (source_flaw(text, INDEX) is not None) is flawed


def test_later_in_a_month_and_a_new_record_need_the_date() -> None:
    for text in (
        "Orbex is due to unveil a recovery plan later in April.",
        "The crown has fallen to a new record low against the euro.",
    ):
        assert (prompt_problem(text, "", INDEX, False, TEXT) or "").startswith("time needs")
    assert (
        prompt_problem("Orbex will unveil a plan later in April 2005.", "", INDEX, False, TEXT)
        is None
    )


def test_a_question_that_drops_most_of_its_sentence_is_not_asked() -> None:
    text = (
        "Orbex Holdings previously offered $1.3bn, which was rejected by the board of Velmar"
        " Group, while rivals are rumoured to have funds in place for a cash bid. Orbex Holdings"
        " will cut 2,850 jobs in Ruritania as a result of falling profits."
    )
    facts = facts_of(text, "Orbex bid for Velmar")
    offered = next(f for f in facts if f.answer == "$1.3bn")
    cut = next(f for f in facts if f.answer == "2,850")
    index = _index_of(text, "Orbex bid for Velmar")
    assert ask(offered, index) is None
    assert ask(cut, index) == (
        "How many jobs will Orbex Holdings cut in Ruritania as a result of falling profits?"
    )


def test_told_the_analysts_that_does_not_say_which_analysts() -> None:
    assert vague_description("Ana Ruiz told the analysts that Orbex will lose.", INDEX) == (
        "the analysts"
    )
    assert vague_description("The analysts that cover Orbex expect a loss.", INDEX) is None


def test_a_figure_the_question_leaves_out_is_never_an_option() -> None:
    text = (
        "Orbex Holdings said its sales fell 0.1% in the last three months of 2004, an"
        " annualised fall of 0.5%. Orbex Holdings sold 20% of Velmar, 8% of Kestrel and 3.5%"
        " of Dunmore in 2003, and 12% of Arlo in 2002."
    )
    facts = facts_of(text, "Orbex sales fall")
    fell = next(f for f in facts if f.answer == "0.1%")
    card = question_card(
        fell,
        "By how much did Orbex Holdings' sales fall?",
        ["0.5%", "20%", "8%", "3.5%"],
        random.Random(1),
    )
    assert card is not None and card.kind == "mcq"
    assert "0.5%" not in (card.options or [])


@pytest.mark.parametrize(
    ("prompt", "spliced"),
    [
        ("Orbex Steel and Velmar Steel Group would have sales of _____.", False),
        ("Rival Orbex Steel reported a profit of _____.", False),
        ("Velmar Steel has a value of _____, against Orbex Arts' $17.8bn.", False),
        ("Orbex Steel Orbex Steel's bid was _____.", True),
    ],
)
def test_names_the_article_writes_joined_or_opened_are_not_spliced(
    prompt: str, spliced: bool
) -> None:
    source = (
        "Orbex Steel bid for Velmar Steel Group. Analysts said Orbex Arts' value was $17.8bn."
        " A rival, Orbex Steel, reported a profit."
    )
    index = extract_entities(split_sentences(source), "Orbex bid")
    problem = prompt_problem(prompt, "", index, True, source) or ""
    assert problem.startswith("name the article never writes") is spliced


def test_a_function_word_in_capitals_is_a_slip() -> None:
    assert source_flaw("True or false? THE Council of Lenders said so.", INDEX) is not None
    assert source_flaw("Sales OF cars rose _____.", INDEX) is not None
    assert source_flaw("The Council of Lenders said so.", INDEX) is None


def test_an_amount_is_asked_as_a_question_only_with_its_year() -> None:
    text = (
        "Orbex Holdings will spend $578m on buying out minority shareholders in Velmar."
        " Orbex Holdings spent $310m on buying Kestrel in 2003. Orbex Holdings listed in May 2004."
    )
    facts = facts_of(text, "Orbex buys out Velmar")
    by_answer = {f.answer: f for f in facts}
    index = _index_of(text, "Orbex buys out Velmar")
    assert ask(by_answer["$578m"], index) is None
    assert ask(by_answer["$310m"], index) == (
        "How much did Orbex Holdings spend on buying Kestrel in 2003?"
    )
    assert ask(by_answer["May 2004"], index) is None  # a date's answer is its time


@pytest.mark.parametrize(
    ("prompt", "problem"),
    [
        ("The buy-back will be funded from cash reserves.", "unresolved description"),
        ("Rates still stand at _____ in Ruritania.", "time needs"),
        ("Its brands, including Louis Vuitton, _____ and Dior, did well.", "open list"),
        ("_____ was predominantly in Northern California.", "unresolved description"),
        ("Trade between the Australia and the US rose _____.", "doubled word"),
        ("Profits at B&B rose _____ in 2004.", "abbreviation"),
        ("Profits at M&S rose _____ in 2004.", None),
        ("Trade with the US rose _____ in 2004.", None),
    ],
)
def test_round_84_s_classes(prompt: str, problem: str | None) -> None:
    source = "Bradford & Bingley (B&B) said profits rose. " + prompt.replace("_____", "5%")
    index = extract_entities(split_sentences(source), "Profits rise")
    found = prompt_problem(prompt, "", index, False)
    assert (found or "").startswith(problem) if problem else found is None


@pytest.mark.parametrize(
    "text",
    [
        "A merger of Orbex and Velmar would be the fifth telecoms deal since October 2004.",
        "Orbex Holdings exports could fall to 185,000 tonnes in the year to October 2004 from"
        " 248,000 in the same 2003 period, Orbex Holdings said.",
    ],
)
def test_a_date_after_since_is_never_swapped_into_a_false_statement(text: str) -> None:
    facts = facts_of(text, "Orbex and Velmar merge")
    since = next(f for f in facts if f.answer == "October 2004")
    for seed in range(8):
        card = true_false_card(since, ["August 2004", "May 2004"], random.Random(seed))
        assert card is not None and card.answer == "true"


def test_one_figure_from_two_sentences_is_asked_at_most_twice() -> None:
    assert same_figure("s0:money:25 dlrs") == same_figure("s1:money:25 dlr") == "money:25 dlr"
    assert same_figure("s2:org:Orbex") == ""
    text = (
        "Orbex Holdings said its directors approved a plan under which holders will get a"
        " special dividend of 25 dlrs a share. Orbex Holdings expects to raise one billion"
        " dlrs to pay the 25 dlr a share dividend through bank borrowings."
    )
    cards = generate_cards(article(text, "Orbex plans dividend"))
    asked = [c for c in cards if same_figure(c.fact_key) == "money:25 dlr"]
    assert 1 <= len(asked) <= 2


def test_surpassing_a_level_after_the_blank_bounds_the_options() -> None:
    text = (
        "Orbex Holdings said its share of imports would rise to 52 pct, surpassing the"
        " previous high level of 47 pct. Orbex Holdings sold 20 pct of Velmar, 33 pct of"
        " Kestrel, 29 pct of Dunmore, 40 pct of Arlo and 61 pct of Brede in 2003."
    )
    cards = generate_cards(article(text, "Orbex imports rise"))
    rise = [c for c in cards if c.kind == "mcq" and c.answer == "52 pct"]
    assert rise and all(float(o.split()[0]) > 47 for o in rise[0].options or [])


@pytest.mark.parametrize(
    ("prompt", "problem"),
    [
        ("Velmar is not planning on letting go of its unit without a fight.", "unresolved"),
        ("Total sales were _____, up 27% from the same 2004 period.", "time needs"),
        ("With the fund some £23bn (£12m) in deficit, Orbex wants _____ to act.", "doubled"),
        ("Velmar controls half of the South Korean's market.", "doubled"),
        ("Velmar may be linked to as many as to _____ deaths.", "doubled"),
        ("Orbex said its unit in Ruritania lost _____ in 2004.", None),
        ("Sales were £23bn ($43bn) in _____.", None),
        # words pointing back to an earlier event
        ("Orbex has since reorganised its board and runs about _____ clinics.", "time needs"),
        ("Altogether, the Ruritanian Environment Agency halted _____ projects.", "opening"),
        ("Velmar will sell the division, which proved too costly, Ana Ruiz said in _____.", "un"),
        ("Orbex has since 2004 cut _____ jobs.", None),
        # the same period of a year, dated by the sentence's own year
        (
            "Exports could fall to _____ in the year to September 1987 from the same 1986 period.",
            None,
        ),
    ],
)
def test_round_85_s_classes(prompt: str, problem: str | None) -> None:
    found = prompt_problem(prompt, "", INDEX, False)
    assert (found or "").startswith(problem) if problem else found is None


def test_an_announced_object_is_not_what_was_said() -> None:
    text = "Velmar Group announced the planned sale as it revealed it would sell its US arm."
    assert not (question_for(text, Target(0, 12, "org")) or "").startswith("Which company said")


def test_a_national_figure_keeps_its_article() -> None:
    text = (
        "US jobs data lifted shares. The unemployment rate stayed at 5.4% in December, and"
        " 200,000 jobs will be needed each month."
    )
    prepared = prepare(article(text, "US jobs growth slows"))
    assert prepared is not None
    assert any(r.text.startswith("The US unemployment rate stayed") for r in prepared.resolved)


@pytest.mark.parametrize(
    ("answer", "bounds"),
    [("5.9%", (3.2, None)), ("3.2%", (None, 5.9))],
)
def test_a_revision_from_the_figure_estimated_earlier_keeps_its_direction(
    answer: str, bounds: tuple[float | None, float | None]
) -> None:
    text = (
        "The Ruritanian statistics office revised the annual 2004 rate of growth down from"
        " the 5.9% estimated in November to 3.2%."
    )
    facts = facts_of(text, "Ruritania growth revised")
    fact = next(f for f in facts if f.answer == answer)
    assert direction_bounds(fact) == bounds


def test_a_nationality_alone_is_still_nobody() -> None:
    index = extract_entities(
        split_sentences("English farmers protested. English exports fell."), "x"
    )
    assert "English" not in index.alias_map


def test_a_large_exchange_rate_is_never_written_in_exponent_form() -> None:
    text = "Orbex Holdings paid 1.2 trillion won ($1.15bn) for Velmar Group in 2004."
    cards = generate_cards(article(text, "Orbex buys Velmar"))
    rates = [c for c in cards if c.kind == "numeric" and "won to one" in c.prompt]
    assert rates, [c.prompt for c in cards]
    assert "e+" not in (rates[0].explanation or "") and "1043" in rates[0].accepted
