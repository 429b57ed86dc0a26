"""Descriptions only the article resolves, on sentences written for these tests."""

import pytest

from newsquiz.generate.descriptions import vague_description
from newsquiz.generate.entities import extract_entities
from newsquiz.generate.frames import by_country
from newsquiz.generate.segment import split_sentences

TEXT = "Orbex Capital Partners raised its bid for Velmar. The European Community said so."
INDEX = extract_entities(split_sentences(TEXT), "Orbex raises Velmar bid")


@pytest.mark.parametrize(
    ("text", "vague"),
    [
        # a name before a unit or a rule does not say which one (judged blind B)
        ("The Orbex unit said it would keep the Velmar plants.", "The Orbex unit"),
        ("Ruritania says the European Community directive, due in May, cuts sales.", "the "),
        ("The Orbex subsidiary sold 40 stores.", "The Orbex subsidiary"),
        # the dateline's country, which a card never shows
        ("Velmar lends Ruritania oil for refining in this country.", "this country"),
        # higher, revised or rival than which?
        ("Orbex said its higher offer was worth three dlrs more a share.", "its higher offer"),
        ("Velmar rejected the revised bid on Friday.", "the revised bid"),
        # said what it is: of whom, of what, a name after it
        ("The Orbex unit of Velmar sold 40 stores.", None),
        ("Orbex raised its offer to 25 dlrs a share.", None),
        ("Orbex said its higher offer of 25 dlrs a share was final.", None),
        ("This year Orbex expects sales to rise.", None),
    ],
)
def test_descriptions_a_name_or_a_comparison_leaves_open(text: str, vague: str | None) -> None:
    found = vague_description(text, INDEX)
    if vague is None:
        assert found is None
    else:
        assert found is not None and found.startswith(vague), found


def test_a_report_country_by_country_is_told_apart() -> None:
    assert by_country(["In Sweden, beet sowing is late.", "In Britain, it is done."])
    assert not by_country(["In Sweden, beet sowing is late.", "In March, it was done."])
    assert not by_country(["In Sweden, beet sowing is late.", "Britain has done it."])
