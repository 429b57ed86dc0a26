"""Anki-style CSV/TSV in: headers understood, a new deck of recall cards, clean failures."""

import csv
import io
from pathlib import Path

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from newsquiz.cli import main
from newsquiz.export.importers import MAX_CARD_FIELD_CHARS, looks_like_article, parse_anki_text
from newsquiz.export.json_dump import ImportFileError
from newsquiz.models import RecallCard, card_id_for
from newsquiz.store.deck_files import load_deck

ANKI_TSV = (
    "#separator:tab\n"
    "#html:true\n"
    "#tags:news\n"
    "#columns:Front\tBack\tTags\n"
    "# a comment\n"
    "Who leads Acme?\tJane <b>Doe</b><br>since 2024\tpeople acme\n"
    '"Two-line\nfront"\tFee &amp; costs\t\n'
    "\n"
    "Which index?\tFTSE 100\t\n"
)


def test_headers_columns_tags_and_html_are_understood() -> None:
    deck = parse_anki_text(ANKI_TSV, Path("cards.tsv"), "Acme basics")
    assert (deck.id, deck.title) == ("acme-basics", "Acme basics")
    assert [card.kind for card in deck.cards] == ["recall"] * 3
    first, second, third = deck.cards
    assert (first.prompt, first.answer) == ("Who leads Acme?", "Jane Doe\nsince 2024")
    assert first.tags == ["acme", "news", "people"]
    assert (second.prompt, second.answer) == ("Two-line\nfront", "Fee & costs")
    assert third.tags == ["news"]


def test_plain_csv_without_headers_uses_the_first_two_columns() -> None:
    text = 'front,back\n"a, quoted ""x""",<kept> &amp;\n'
    deck = parse_anki_text(text, Path("plain.csv"))
    assert deck.id == "plain"
    assert [(c.prompt, c.answer) for c in deck.cards] == [
        ("front", "back"),
        ('a, quoted "x"', "<kept> &amp;"),
    ]


@pytest.mark.parametrize(
    ("header", "row"),
    [("#separator:Semicolon", "q;a"), ("#separator:Pipe", "q|a"), ("#separator:,", "q,a")],
)
def test_named_and_literal_separators(header: str, row: str) -> None:
    deck = parse_anki_text(f"{header}\n{row}\n", Path("x.txt"), "X")
    assert (deck.cards[0].prompt, deck.cards[0].answer) == ("q", "a")


def test_tags_and_guid_columns_by_number() -> None:
    text = "#separator:tab\n#guid column:1\n#tags column:4\ng1\tq\ta\tt1 t2\n"
    deck = parse_anki_text(text, Path("x.tsv"), "X")
    assert (deck.cards[0].prompt, deck.cards[0].answer, deck.cards[0].tags) == (
        "q",
        "a",
        ["t1", "t2"],
    )


def test_deck_header_names_the_deck() -> None:
    deck = parse_anki_text("#deck:Macro::Rates\nq,a\n", Path("x.csv"))
    assert deck.id == "macro-rates"


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        ("missing-back", "#separator:tab\nq\ta\nonly front\n", r"^bad\.csv:3: row: 1 field\(s\)"),
        ("empty-back", "q,a\nq2,  \n", r"^bad\.csv:2: row: the back is empty"),
        ("unclosed-quote", 'q,a\nq2,"never closed\nmore\n', r"^bad\.csv:\d: row: "),
        ("duplicate", "q,a\nx,y\n\nq,a\n", r"^bad\.csv:4: row: same front and back as line 1"),
        (
            "huge-field",
            "q," + "x" * (MAX_CARD_FIELD_CHARS + 1) + "\n",
            r"^bad\.csv:1: row: a field",
        ),
        ("bad-separator", "#separator:Dots\nq.a\n", r"^bad\.csv:1: #separator: unknown"),
        ("no-cards", "#separator:tab\n\n", r"^bad\.csv:2: file: no cards"),
    ],
)
def test_bad_text_files_fail_with_the_line(name: str, text: str, expected: str) -> None:
    with pytest.raises(ImportFileError, match=expected) as caught:
        parse_anki_text(text, Path("bad.csv"), "Deck")
    assert "\n" not in str(caught.value)


def _import(data_dir: Path, path: Path, *extra: str) -> int:
    return main(["--data-dir", str(data_dir), "import", str(path), *extra])


def test_cli_writes_a_new_deck_and_refuses_to_replace_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "cards.tsv"
    source.write_text(ANKI_TSV, encoding="utf-8")
    data = tmp_path / "data"
    assert _import(data, source, "--deck", "Acme basics", "--dry-run") == 0
    assert not (data / "decks").exists()
    assert _import(data, source, "--deck", "Acme basics") == 0
    written = data / "decks" / "acme-basics.yaml"
    assert len(load_deck(written).cards) == 3
    assert _import(data, source, "--deck", "Acme basics") == 1
    assert "already exists" in capsys.readouterr().err
    source.write_text("q\ta\n", encoding="utf-8")
    assert _import(data, source, "--deck", "Acme basics", "--force") == 0
    assert len(load_deck(written).cards) == 1


def test_cli_keeps_deck_names_inside_the_decks_folder(tmp_path: Path) -> None:
    source = tmp_path / "cards.csv"
    source.write_text("q,a\n", encoding="utf-8")
    data = tmp_path / "data"
    assert _import(data, source, "--deck", "../../../etc/passwd") == 0
    assert [p.name for p in (data / "decks").iterdir()] == ["etc-passwd.yaml"]
    assert not (tmp_path / "etc").exists()


def test_cli_refuses_a_bundled_deck_name_even_with_force(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "cards.csv"
    source.write_text("q,a\n", encoding="utf-8")
    argv = ["--deck", "xiaomi seed handwritten", "--force"]
    assert _import(tmp_path / "data", source, *argv) == 1
    assert "already exists" in capsys.readouterr().err


def test_cli_bad_file_writes_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "cards.csv"
    source.write_bytes(b"q,a\nbad \xff byte,b\n")
    assert _import(tmp_path / "data", source) == 1
    assert capsys.readouterr().err.strip().endswith("cards.csv:2: file: not UTF-8 (byte 8)")
    assert not (tmp_path / "data" / "decks").exists()


def test_cli_rejects_other_file_types(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "deck.apkg"
    source.write_bytes(b"PK")
    assert _import(tmp_path / "data", source) == 1
    assert "expected a .json dump or a .csv" in capsys.readouterr().err


def test_line_numbers_count_crlf_blank_lines_and_quoted_line_breaks() -> None:
    text = '#separator:comma\r\nq,a\r\n\r\n"multi\r\nline",b\r\n\r\nlast,\r\n'
    with pytest.raises(ImportFileError, match=r"^x\.csv:7: row: the back is empty$"):
        parse_anki_text(text, Path("x.csv"), "X")


def test_odd_unicode_line_separators_stay_inside_a_field() -> None:
    deck = parse_anki_text("q\u2028still q,a\nnext,b\n", Path("x.csv"), "X")
    assert [c.prompt for c in deck.cards] == ["q\u2028still q", "next"]
    with pytest.raises(ImportFileError, match=r"^x\.csv:2: row: the front is empty$"):
        parse_anki_text("q\u2028still q,a\n ,b\n", Path("x.csv"), "X")


_CELL = st.text(alphabet=st.sampled_from(list("ab Z,;|\"'\n\r\t<&é€1")), min_size=1, max_size=12)


@settings(max_examples=80, deadline=None)
@given(
    rows=st.lists(
        st.tuples(_CELL, _CELL).map(lambda pair: (pair[0].strip(), pair[1].strip())),
        min_size=1,
        max_size=6,
    ),
    delimiter=st.sampled_from([",", "\t", ";"]),
)
def test_whatever_csv_writes_comes_back_as_cards(
    rows: list[tuple[str, str]], delimiter: str
) -> None:
    cleaned = [(f, b) for f, b in rows if f and b]
    assume(cleaned)
    keys = {card_id_for("x", RecallCard(prompt=f, answer=b)) for f, b in cleaned}
    assume(len(keys) == len(cleaned))
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter, lineterminator="\r\n").writerows(cleaned)
    header = {",": "Comma", "\t": "Tab", ";": "Semicolon"}[delimiter]
    deck = parse_anki_text(f"#separator:{header}\n" + out.getvalue(), Path("p.csv"), "X")
    assert [(c.prompt, c.answer) for c in deck.cards] == cleaned


SEED_ARTICLE = Path(__file__).resolve().parents[2] / "seeds" / "xiaomi-gao-ziguang-departure.txt"
WRAPPED_ARTICLE = (
    "GOLD RECOVERS IN HONG KONG\n\n"
    "Gold rose by about 50 U.S. Cents an\nounce, following a statement by the\n"
    'President that the deal "was a mistake," dealers\nsaid.\n'
    "    Bullion rose to 409.40 dlrs from an initial low of\n408.90. This compares with "
    "the opening\nof 409.00 and New York's close of 410.00.\n"
)


@pytest.mark.parametrize(
    ("text", "article"),
    [
        (SEED_ARTICLE.read_text(encoding="utf-8"), True),
        (WRAPPED_ARTICLE, True),
        ("front,back\nWho leads Acme?,Jane Doe\n", False),
        ("Define EBITDA.,Earnings before interest. Not taxes. Not D&A.\nq.,a. b. c.\n", False),
        ("#separator:tab\nA long sentence here. Another one. And a third one.\tback\n", False),
        ("", False),
    ],
    ids=["paragraphs", "hard-wrapped-newswire", "csv", "csv-of-sentences", "headers", "empty"],
)
def test_articles_are_told_from_card_lists(text: str, article: bool) -> None:
    assert looks_like_article(text) is article


@pytest.mark.parametrize("name", ["article.txt", "article.md", "article.html"])
def test_importing_an_article_points_to_generate(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    article = tmp_path / name
    article.write_text(SEED_ARTICLE.read_text(encoding="utf-8"), encoding="utf-8")
    data = tmp_path / "data"
    assert main(["--data-dir", str(data), "import", str(article)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and str(article) in err
    assert f"`newsquiz generate {article}`" in err
    assert not (data / "decks").exists()


field_text = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp")), min_size=1, max_size=60
).filter(lambda text: text.strip() and not text.startswith("#"))


@settings(max_examples=200)
@given(st.lists(st.tuples(field_text, field_text), min_size=1, max_size=8))
def test_a_two_column_card_list_is_never_taken_for_an_article(
    rows: list[tuple[str, str]],
) -> None:
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(rows)
    assert not looks_like_article(out.getvalue())
