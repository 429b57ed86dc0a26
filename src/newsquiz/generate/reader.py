"""Article input: plain text, Markdown (read by markdown-it-py) or saved web pages (read by
trafilatura, `newsquiz.sources.extract`) become an `Article` with clean text.

Typography is normalized first (curly apostrophes and quotes, dashes, non-breaking spaces,
hyphenated line breaks) so every later stage sees one spelling of each character.
"""

import re
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from newsquiz.errors import ArticleError
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
    paras = _paragraphs(text)
    if not title and len(paras) > 1 and "\n\n" in text.strip():
        first_line = text.strip().split("\n", 1)[0].strip()
        if paras and paras[0] == first_line:
            title = paras.pop(0)
    title = normalize_typography(title).strip()
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
