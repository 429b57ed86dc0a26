"""Article input: plain text, Markdown (read by markdown-it-py) or saved web pages (read by
trafilatura, `newsquiz.sources.extract`) become an `Article` with clean text.

Typography is normalized first (curly apostrophes and quotes, dashes, non-breaking spaces,
hyphenated line breaks) so every later stage sees one spelling of each character.
"""

import re
from collections import Counter
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from newsquiz.errors import ArticleError
from newsquiz.generate.spelling import known
from newsquiz.generate.textutil import lemmas, written_inside
from newsquiz.models import Article
from newsquiz.sources.extract import extract_page, parse_iso_date

if TYPE_CHECKING:
    from markdown_it import MarkdownIt
    from markdown_it.token import Token

MAX_BYTES = 2 * 1024 * 1024

_TRANSLATE = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u2033": '"',
        "\u00a0": " ",
        "\u2007": " ",
        "\u202f": " ",
        "\u2009": " ",
        "\u200b": "",
        "\ufeff": "",
        "\u00ad": "",
        "\u2010": "-",
        "\u2011": "-",
        "\u2212": "-",
        "\u2026": "...",
        "\t": " ",
        "\r": "",
    }
)
# The whitespace runs around a dash are matched from their first character only (and
# possessively): a run with no dash after it is scanned once, not once per character.
_NUMBER_DASH = re.compile(r"(?<=\d)\s*+[\u2012\u2013]\s*+(?=\d)")
_DASH = re.compile(r"(?<!\s)\s*+[\u2012\u2013\u2014\u2015]\s*+|[\u2012\u2013\u2014\u2015]\s*+")
_HYPHEN_BREAK = re.compile(r"(?<=[a-z])-\n(?=[a-z])")
_SPACES = re.compile(r"[ ]{2,}")
_PARA_SPLIT = re.compile(r"\n\s*\n")
_FRONT_MATTER = re.compile(r"\A---\n(.*?)\n---\n", re.S)


def normalize_typography(text: str) -> str:
    """One spelling per character: straight quotes, spaced hyphens for dashes, plain spaces."""
    text = text.translate(_TRANSLATE)
    text = _NUMBER_DASH.sub("-", text)
    text = _DASH.sub(" - ", text)
    text = _HYPHEN_BREAK.sub("", text)
    return text


# 1987 newswire capitalizes every word after "U.S." or "U.K." ("the U.S. Would drop", "U.S.
# Warships"): a card copying it is judged a slip (A). A word that goes on into a name ("U.S.
# Trade Representative"), that the article capitalizes elsewhere ("the Treasury") or that is a
# standing body is kept, as is a word that may open a new sentence.
_AFTER_US = re.compile(r"(?<=\bU\.[SK]\. )([A-Z][a-z]+)\b(?!-)(?P<name> [A-Z(&]| of [A-Z])?")
_NAME_BEFORE = re.compile(r"[A-Z][a-z]+ U\.[SK]\. $")
_FUNCTION_WORDS = frozenset(
    """And Or For With To On Over Up Than That As At By From Into Against Has Had Have Would
    Will Is Was Are Were Could Should May Might Can Must Also Dlrs Cents""".split()
)
_BODIES = frozenset(
    """Treasury Senate Congress Navy Army Embassy Administration House Customs Gulf Mint
    Marines Exchequer Superfund Fed Parliament Cabinet""".split()
)
_OPENERS = frozenset(
    """The A An It He She They We I This These Those There In But However Its His Their
    Mr Mrs Ms Dr""".split()
)


def lowercase_after_us(text: str) -> str:
    """ "the U.S. Would drop" -> "the U.S. would drop"; an ordinary word only."""
    if "U.S. " not in text and "U.K. " not in text:
        return text

    def lower(match: re.Match[str]) -> str:
        word, rest = match.group(1), match.group("name") or ""
        if word in _FUNCTION_WORDS:
            return word.lower() + rest
        named = _NAME_BEFORE.search(text, 0, match.start()) is not None  # "Shell U.K. Oil"
        # "if the U.S. Insists Japan open ...": a verb never goes on into a name
        goes_on = bool(rest) and lemmas(word.lower()).keys() != {"VERB"}
        if goes_on or named or word in _BODIES or word in _OPENERS or not known(word.lower()):
            return word + rest
        if written_inside(word, text):
            return word + rest  # "the Treasury" elsewhere: a name here too
        return word.lower() + rest

    return _AFTER_US.sub(lower, text)


def _paragraphs(text: str) -> list[str]:
    paras = []
    for block in _PARA_SPLIT.split(text):
        line = _SPACES.sub(" ", " ".join(part.strip() for part in block.split("\n"))).strip()
        if line:
            paras.append(line)
    return paras


def _decode(path: Path, raw: bytes) -> str:
    if not raw.strip():
        raise ArticleError(f"{path}: file is empty")
    if len(raw) > MAX_BYTES:
        raise ArticleError(f"{path}: file is larger than 2 MB ({len(raw)} bytes)")
    if b"\x00" in raw[:8192]:
        raise ArticleError(f"{path}: file looks binary, expected UTF-8 text")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ArticleError(f"{path}: not valid UTF-8 (byte {exc.start})") from None
    return text


def _front_matter(text: str) -> tuple[dict[str, str], str]:
    match = _FRONT_MATTER.match(text)
    if not match:
        return {}, text
    meta = {}
    for line in match.group(1).splitlines():
        key, sep, value = line.partition(":")
        if sep:
            meta[key.strip().lower()] = value.strip().strip("'\"")
    return meta, text[match.end() :]


@cache
def _markdown_parser() -> "MarkdownIt":
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark").enable("table")


def _markdown_to_text(text: str) -> tuple[str, str]:
    """The first heading, and the prose of the rest: paragraphs, list items, quotes and later
    headings, one block each; code, tables, images and raw HTML are not prose and are left
    out. CommonMark parsing, so setext headings, reference links and fences read right."""
    title = ""
    blocks: list[str] = []
    in_table = 0
    in_heading = False
    for token in _markdown_parser().parse(text):
        if token.type == "table_open":
            in_table += 1
        elif token.type == "table_close":
            in_table -= 1
        elif token.type in ("heading_open", "heading_close"):
            in_heading = token.type == "heading_open"
        elif token.type == "inline" and not in_table:
            block = _inline_text(token.children or [])
            if in_heading and not title:
                title = " ".join(block.split())
            elif block.strip():
                blocks.append(block)
    return title, "\n\n".join(blocks)


def _inline_text(children: "list[Token]") -> str:
    parts: list[str] = []
    for child in children:
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append("\n")
    return "".join(parts)


_TITLE_TICKER = re.compile(r"\s*<[A-Z][A-Z0-9]{0,5}(?:\.[A-Z]{1,2})?>")
_SMALL_WORDS = frozenset("a an and as at but by for from in of on or the to vs via with".split())
_KEEP_UPPER = frozenset(
    """US UK EC EU UN IMF OPEC GATT OECD GDP GNP CEO IBM AT&T GM GE BP ICI RJR NYSE SEC FDA
    EPA FED USDA CCC IPO ECU SDR ITT TWA CBS NBC ABC RCA AMR UAL MCI UAW NATO USSR
    II III IV""".split()
)


def newswire_headline(title: str, body: str = "") -> str:
    """ "USX <X> CHAIRMAN CALLS FOR LOWER DOLLAR" -> "USX Chairman Calls for Lower Dollar":
    an all-capitals newswire headline in title case, without its ticker symbols; a word the
    body writes in capitals ("USX") stays so."""
    title = _TITLE_TICKER.sub("", title).strip()
    letters = [c for c in title if c.isalpha()]
    if len(letters) < 8 or sum(c.isupper() for c in letters) < 0.8 * len(letters):
        return title
    words = []
    for position, word in enumerate(title.split()):
        bare = word.strip(",.:;'\"()")
        written = _body_spelling(bare, body)
        if "." in bare or bare.upper() in _KEEP_UPPER or any(c.isdigit() for c in bare):
            words.append(word)
        elif written:
            words.append(word.replace(bare, written))
        elif position and bare.lower() in _SMALL_WORDS:
            words.append(word.lower())
        else:
            words.append("-".join(part[:1] + part[1:].lower() for part in word.split("-")))
    return " ".join(words)


def _body_spelling(word: str, body: str) -> str:
    """How the body writes a headline word that is a name: "USX", "ConAgra" (not a word it
    only capitalizes at a sentence start, nor a ticker in angle brackets)."""
    if len(word) < 2 or not word.isalpha():
        return ""
    plain = _TITLE_TICKER.sub("", body)
    forms = Counter(
        m.group()
        for m in re.finditer(rf"(?<![\w<]){re.escape(word)}\b", plain, re.I)
        if not m.group().islower() and m.group() != m.group().capitalize()
    )
    return forms.most_common(1)[0][0] if forms else ""


def parse_article_text(
    text: str, kind: str = "text", source_path: str = "", url: str = ""
) -> Article:
    """Build an `Article` from file content; `kind` is "text", "markdown" or "html".

    A page's own metadata (headline, author, outlet, date) is used where no front matter
    gives it; raises `ArticleError` for a page without article text or behind a paywall."""
    meta, text = _front_matter(text.replace("\r\n", "\n"))
    title = meta.get("title", "")
    found: dict[str, str] = {}
    published = parse_iso_date(meta.get("date") or meta.get("published") or "")
    if kind == "html":
        page = extract_page(text, source_path or url or "page")
        title = title or page.title
        text = "\n\n".join(page.paragraphs)
        found = {"author": page.author, "outlet": page.outlet, "url": page.url}
        published = published or page.published
    elif kind == "markdown":
        md_title, text = _markdown_to_text(text)
        title = title or md_title
    text = normalize_typography(text)
    paras = lowercase_after_us("\n\n".join(_paragraphs(text))).split("\n\n")
    if not title and len(paras) > 1 and "\n\n" in text.strip():
        first_line = text.strip().split("\n", 1)[0].strip()
        if paras and paras[0] == first_line:
            title = paras.pop(0)
    title = newswire_headline(normalize_typography(title).strip(), "\n".join(paras))
    if not title:
        title = Path(source_path).stem.replace("-", " ").replace("_", " ") or "Untitled"
    return Article(
        title=title,
        author=meta.get("author") or found.get("author", ""),
        outlet=meta.get("outlet") or meta.get("source") or found.get("outlet", ""),
        published=published,
        url=meta.get("url") or url or found.get("url", ""),
        source_path=source_path,
        text="\n\n".join(paras),
    )


def read_article(path: Path) -> Article:
    """Read one article file; raises `ArticleError("path: problem")` for unusable input."""
    try:
        if path.is_dir():
            raise ArticleError(f"{path}: is a directory")
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise ArticleError(f"{path}: file is larger than 2 MB ({size} bytes)")
        raw = path.read_bytes()
    except OSError as exc:
        raise ArticleError(f"{path}: cannot read ({exc.strerror or exc})") from None
    text = _decode(path, raw)
    suffix = path.suffix.lower()
    kind = "text"
    if suffix in {".md", ".markdown"}:
        kind = "markdown"
    elif suffix in {".html", ".htm", ".xhtml"}:
        kind = "html"
    article = parse_article_text(text, kind, source_path=str(path))
    if not article.text.strip():
        raise ArticleError(f"{path}: no article text found")
    return article
