"""Real questions from sentences written for these tests: one template per relation, and the
attribution traps where a rewrite would change who said or did something."""

import re

import pytest

from newsquiz.generate.wh_phrases import Target
from newsquiz.generate.wh_questions import question_for


def ask(text: str, answer: str, kind: str, names: tuple[str, ...] = (), **extra: str) -> str | None:
    start = text.index(answer)
    starts = tuple(text.index(name) for name in names)
    target = Target(start, start + len(answer), kind, names=starts, **extra)  # type: ignore[arg-type]
    return question_for(text, target)


@pytest.mark.parametrize(
    ("relation", "text", "answer", "kind", "names", "extra", "question"),
    [
        (
            "bid: who bid",
            "Zeta Holdings has agreed to buy Omega Foods for $2bn.",
            "Zeta Holdings",
            "org",
            ("Zeta Holdings", "Omega Foods"),
            {},
            "Which company has agreed to buy Omega Foods for $2bn?",
        ),
        (
            "bid: the target",
            "Zeta Holdings has agreed to buy Omega Foods for $2bn.",
            "Omega Foods",
            "org",
            ("Zeta Holdings", "Omega Foods"),
            {},
            "Which company has Zeta Holdings agreed to buy for $2bn?",
        ),
        (
            "bid: how much",
            "Zeta Holdings has agreed to buy Omega Foods for $2bn.",
            "$2bn",
            "money",
            ("Zeta Holdings", "Omega Foods"),
            {},
            "For how much has Zeta Holdings agreed to buy Omega Foods?",
        ),
        (
            "results: profit",
            "In 2004, Zeta Holdings reported a net profit of $300m.",
            "$300m",
            "money",
            ("Zeta Holdings",),
            {},
            "What net profit did Zeta Holdings report in 2004?",
        ),
        (
            "results: change",
            "Omega Foods' sales rose 12% to $4.5bn in 2004.",
            "12%",
            "percent",
            ("Omega Foods",),
            {},
            "By how much did Omega Foods' sales rise to $4.5bn in 2004?",
        ),
        (
            "results: level",
            "Omega Foods' sales rose 12% to $4.5bn in 2004.",
            "$4.5bn",
            "money",
            ("Omega Foods",),
            {},
            "To what amount did Omega Foods' sales rise 12% in 2004?",
        ),
        (
            "jobs",
            "Ford will cut 500 jobs in Europe.",
            "500",
            "count",
            ("Ford",),
            {"noun": "jobs"},
            "How many jobs will Ford cut in Europe?",
        ),
        (
            "appointment",
            "John Smith will replace Mary Jones as chief executive in March.",
            "Mary Jones",
            "person",
            ("John Smith", "Mary Jones"),
            {},
            "Who will John Smith replace as chief executive in March?",
        ),
        (
            "statement by a role",
            "Central Bank president Ana Ruiz denied rumours of a devaluation.",
            "Ana Ruiz",
            "person",
            ("Central Bank", "Ana Ruiz"),
            {},
            "Which Central Bank president denied rumours of a devaluation?",
        ),
        (
            "share of a whole",
            "Kenya was already spending 27 pct of its budget on servicing its debts.",
            "27 pct",
            "percent",
            ("Kenya",),
            {},
            "What share of its budget was Kenya already spending on servicing its debts?",
        ),
        (
            "forecast",
            "The French government had predicted growth of 2.5% for 2004.",
            "2.5%",
            "percent",
            (),
            {},
            "What growth had the French government predicted for 2004?",
        ),
        (
            "price move",
            "Shares in Omega Foods jumped 12% after the results.",
            "12%",
            "percent",
            ("Omega Foods",),
            {},
            "By how much did shares in Omega Foods jump after the results?",
        ),
        (
            "date of an event",
            "Omega Foods changed its name to Omega Brands in 1983.",
            "1983",
            "date",
            ("Omega Foods", "Omega Brands"),
            {"granularity": "year"},
            "In what year did Omega Foods change its name to Omega Brands?",
        ),
        (
            "size of a loan",
            "Zeta Holdings has asked Omega Foods to repay a $900m loan.",
            "$900m",
            "money",
            ("Zeta Holdings", "Omega Foods"),
            {},
            "How big a loan has Zeta Holdings asked Omega Foods to repay?",
        ),
        (
            "reported by the company",
            "Zeta Holdings said its annual revenue rose to $4.5bn.",
            "$4.5bn",
            "money",
            ("Zeta Holdings",),
            {},
            "To what amount did Zeta Holdings' annual revenue rise?",
        ),
        (  # a named speaker that opens the sentence becomes "according to", "its" her owner
            "speaker opens the sentence",
            "Research group Zeta Institute said that its confidence index fell to 95.5 in May.",
            "95.5",
            "percent",
            ("Zeta Institute",),
            {},
            "To what level did Zeta Institute's confidence index fall in May, "
            "according to research group Zeta Institute?",
        ),
        (  # a second clause with a named subject of its own is asked alone
            "second clause named",
            "Zeta Holdings' sales rose 2% while sales at Omega Foods rose 3.6% to $14bn in 2004.",
            "3.6%",
            "percent",
            ("Zeta Holdings", "Omega Foods"),
            {},
            "By how much did sales at Omega Foods rise to $14bn in 2004?",
        ),
        (  # the description of a subject company says which kind of company to ask for
            "company described",
            "Struggling Dutch car maker Omega Motors has agreed to supply Zeta Holdings with vans.",
            "Omega Motors",
            "org",
            ("Omega Motors", "Zeta Holdings"),
            {},
            "Which Dutch car maker has agreed to supply Zeta Holdings with vans?",
        ),
        (  # a leading "According to ..." moves to the end
            "according to moved",
            "According to Zeta Institute figures, Dutch firms added only 146,000 jobs in May.",
            "146,000",
            "count",
            ("Zeta Institute",),
            {"noun": "jobs"},
            "How many jobs did Dutch firms add in May, according to Zeta Institute figures?",
        ),
        (  # "for" after a buying verb asks the price
            "for after buying verb",
            "Zeta Holdings has agreed to buy Omega Foods for $2bn, and Beta Group is to sell vans.",
            "$2bn",
            "money",
            ("Zeta Holdings", "Omega Foods", "Beta Group"),
            {},
            "For how much has Zeta Holdings agreed to buy Omega Foods?",
        ),
    ],
    ids=lambda value: value if isinstance(value, str) and len(value) < 25 else None,
)
def test_relation_templates(
    relation: str,
    text: str,
    answer: str,
    kind: str,
    names: tuple[str, ...],
    extra: dict[str, str],
    question: str,
) -> None:
    assert ask(text, answer, kind, names, **extra) == question, relation


def test_a_trailing_attribution_becomes_according_to() -> None:
    text = "Inflation fell to 5.6 pct from 10.7 pct in 1985, Amos Kirui added."
    assert ask(text, "5.6 pct", "percent", ("Amos Kirui",)) == (
        "To what level did inflation fall from 10.7 pct in 1985, according to Amos Kirui?"
    )
    assert ask(text, "Amos Kirui", "person", ("Amos Kirui",)) == (
        "Who said that inflation fell to 5.6 pct from 10.7 pct in 1985?"
    )
    # speakers with no name keep their words theirs too
    told = "Omega Foods should cut 300 jobs, watchdogs have said."
    assert ask(told, "300", "count", ("Omega Foods",), noun="jobs") == (
        "How many jobs should Omega Foods cut, according to watchdogs?"
    )


# attribution traps: each sentence invites a rewrite that would give the words, figure or act
# to the wrong person or company; the question must keep who did what, or not be written
TRAPS = [
    # a speaker reporting another person's promise: asking the figure would credit the speaker
    ("Analyst Jo Bell said chief executive Tom Reed had promised to cut 300 jobs.", "300"),
    # a figure inside the reported clause of "told reporters that"
    ("Tom Reed told reporters that Omega Foods would close 12 plants.", "12"),
    # the answer sits in a second clause with its own subject
    ("Zeta Holdings bought a stake in Omega Foods, and Beta Group paid $40m for the rest.", "$40m"),
    # the date belongs to a noun ("the collapse in 2002"), not to the verb's event
    ("Tom Reed is on trial for fraud in relation to the collapse of Omega Foods in 2002.", "2002"),
    # a claim heard in court: without "the court has heard" the question states it as fact
    ("Omega Foods hid 300 jobs cuts from a US court, the court has heard.", "300"),
    ("Omega Foods cut 300 jobs to pay its debts, its critics have claimed.", "300"),
]


@pytest.mark.parametrize(("text", "answer"), TRAPS)
def test_attribution_traps_are_not_asked(text: str, answer: str) -> None:
    kind = "date" if re.fullmatch(r"(?:19|20)\d\d", answer) else "count"
    names = tuple(n for n in ("Jo Bell", "Tom Reed", "Zeta Holdings", "Omega Foods") if n in text)
    extra = {"granularity": "year"} if kind == "date" else {"noun": "jobs"}
    assert ask(text, answer, kind, names, **extra) is None


def test_two_companies_in_one_sentence_keep_their_roles() -> None:
    text = "Acme Corp sold its stake in Beta Group to Gamma Holdings for $2bn."
    names = ("Acme Corp", "Beta Group", "Gamma Holdings")
    assert ask(text, "Gamma Holdings", "org", names) == (
        "To which company did Acme Corp sell its stake in Beta Group for $2bn?"
    )
    assert ask(text, "$2bn", "money", names) == (
        "For how much did Acme Corp sell its stake in Beta Group to Gamma Holdings?"
    )


@pytest.mark.parametrize(
    ("text", "answer", "kind"),
    [
        ("When the first cards appeared in 1950, Diners Club led the market.", "1950", "date"),
        ("Sales reached 7.85 mln out of 119.2 mln households.", "7.85 mln", "count"),
        ("Omega Foods' shares closed at 57.85 Swiss francs.", "57.85", "count"),
        ('"We will cut 500 jobs," Tom Reed said.', "500", "count"),
    ],
)
def test_unsure_sentences_give_no_question(text: str, answer: str, kind: str) -> None:
    assert ask(text, answer, kind, ()) is None


# each sentence invites a garbled question: the answer's phrase would leave words behind
GARBLES = [
    # a change and its new level: "How much did a barrel ... close up to $51.15?" (A)
    ("A barrel of Omega crude closed up $2.80 to $51.15 in March 2005.", "$2.80", "money"),
    # a bound keyed as the value: "lost more than 50%" asked "What share ... lost?" (C)
    ("Shares in Omega Foods lost more than 50% of their value in 2004.", "50%", "percent"),
    ("Omega Foods employs nearly 10,000 staff in 12 countries in 2004.", "10,000", "count"),
    # a leading adverbial without a comma: "did On a monthly basis the trade gap narrow"
    ("On a monthly basis the Dutch trade gap narrowed by 4.9% in May.", "4.9%", "percent"),
    # a stranded preposition: "net income of 105.3 mln dlrs on in 1986"
    (
        "Omega Foods had net income of 105.3 mln dlrs on sales of 5.9 billion dlrs in 1986.",
        "5.9 billion dlrs",
        "money",
    ),
    # "How much did the regulator agree a deal totalling with Omega Bank?" (round 73: A)
    (
        "The Omega regulator agreed a deal totalling $375m with Omega Bank in March 2005.",
        "$375m",
        "money",
    ),
    # a rate: "fall to about 94 cents a pound" would leave "a pound" behind
    ("The price of cocoa fell to about 94 cents a pound from a peak.", "94 cents", "money"),
    # the answer belongs to a verb inside a gerund clause
    (
        "Prosecutors charged two suppliers with helping Omega Foods inflate sales by $800m.",
        "$800m",
        "money",
    ),
    # the name qualifies a noun: "brands including Beta Group champagne"
    ("Zeta Holdings sold brands including Beta Group champagne.", "Beta Group", "org"),
    # "for" after a noun: demand is no price
    ("Omega Foods reported demand for 13.4 mln dlrs at the auction.", "13.4 mln dlrs", "money"),
    # one end of a period
    ("The report compares output from 1967 to 1974 with output since 1980.", "1967", "date"),
    # "it" after a speaker: whom it means is unsure
    ("The Zeta Institute said it had raised its forecast to 3%.", "3%", "percent"),
    # a figure cut at its decimal point would be left in the question
    ("Zeta Holdings sold 20% of its equity or 17.2 million shares.", "20%", "percent"),
    # "by" after a participle the main verb does not govern: Omega offered, Zeta attracts
    (
        "Zeta Holdings could attract a higher bid than the 27 dlrs offered by Omega Foods.",
        "Omega Foods",
        "org",
    ),
    # a date that dates a superlative, not an event
    ("Omega Foods shares rose to their highest level since August 2002.", "August 2002", "date"),
    # the year goes with the answer: asking it would date the other figure
    (
        "Omega Foods' earnings in 1986 fell to 3.1 billion dlrs from 4.9 billion dlrs in 1985.",
        "4.9 billion dlrs",
        "money",
    ),
    # an appositive without its comma, an "or" figure after the answer
    ("Zeta Holdings has been formed by Tom Reed the owner of Omega Foods.", "Tom Reed", "person"),
    ("Zeta Holdings cut net losses to 25.6 mln dlrs or 31 cts a share.", "25.6 mln dlrs", "money"),
    # a nationality before a plural noun: "Nigerian banks" is no verb
    (
        "Nigerian banks Zeta Holdings and Omega Foods have agreed plans to merge.",
        "Zeta Holdings",
        "org",
    ),
    # a change with neither its time nor its cause: over what was it measured?
    ("Omega Foods shares fell almost 3% in London trading.", "3%", "percent"),
    # one side of "between" only, and a subject whose "that" clause would be cut
    (
        "Tom Reed attended a meeting between Zeta Holdings, a bank, and Omega Foods.",
        "Tom Reed",
        "person",
    ),
    (
        "Zeta Holdings revealed in a filing with regulators that its chief had resigned.",
        "Zeta Holdings",
        "org",
    ),
    # the subject is the shares, not the group that describes them
    ("Shares in engineering group Zeta Holdings have soared 16% in 2004.", "Zeta Holdings", "org"),
    # a verb and its object left inside the subject: "does a report ... values WMC share"
    (
        "A report from Omega Foods in defence documents values Zeta Holdings shares at $7.17.",
        "$7.17",
        "money",
    ),
    # what was forecast would be cut off: "Which investment bank has forecast?"
    (
        "Investment bank Zeta Holdings has forecast that Dutch sales will grow by 40% a year.",
        "Zeta Holdings",
        "org",
    ),
]


@pytest.mark.parametrize(("text", "answer", "kind"), GARBLES)
def test_garbling_sentences_give_no_question(text: str, answer: str, kind: str) -> None:
    names = tuple(
        n
        for n in ("Zeta Holdings", "Omega Foods", "Beta Group", "Zeta Institute", "Tom Reed")
        if n in text
    )
    extra = {"granularity": "year"} if kind == "date" else {}
    assert ask(text, answer, kind, names, **extra) is None, ask(text, answer, kind, names)


def test_a_reduced_relative_is_no_main_verb() -> None:
    text = "The number of fake goods seized at Dutch borders rose by 800% between 1998 and 2002."
    assert ask(text, "800%", "percent") == (
        "By how much did the number of fake goods seized at Dutch borders rise "
        "between 1998 and 2002?"
    )


def test_a_number_word_is_lower_cased_and_a_name_the_article_capitalizes_is_not() -> None:
    text = "Ten former directors at Omega Foods have agreed to pay $54m."
    assert ask(text, "$54m", "money", ("Omega Foods",)) == (
        "How much have ten former directors at Omega Foods agreed to pay?"
    )
    text = "Shell has signed a $6bn deal with Qatar."
    start = text.index("$6bn")
    target = Target(start, start + 4, "money", proper=frozenset({"Shell"}))
    assert question_for(text, target) == "How big a deal has Shell signed with Qatar?"


def test_a_figure_after_up_or_down_is_a_change() -> None:
    """ "closed up $2.80" is asked "By how much", never "How much did ... close up"."""
    question = ask("A barrel of Omega crude closed up $2.80 in March 2005.", "$2.80", "money")
    assert question == "By how much did a barrel of Omega crude close up in March 2005?"
