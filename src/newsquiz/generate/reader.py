"""Article input: plain text, Markdown or simple HTML files become an `Article` with clean text.

Typography is normalized first (curly apostrophes and quotes, dashes, non-breaking spaces,
hyphenated line breaks) so every later stage sees one spelling of each character.
"""

import html
import re
from collections import Counter
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

from newsquiz.errors import ArticleError
from newsquiz.models import Article

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
_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(.*)$")
_MD_PREFIX = re.compile(r"^\s{0,3}(?:>\s?|[-*+]\s+|\d+\.\s+)")
_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


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


def _without_unclosable_tags(text: str) -> str:
    """The HTML, with each `<` after the last `>` written `&lt;` when there are many.

    No tag can close there, so the parser reads them as text anyway, but only after scanning
    to the end once for each (quadratic in `html.parser` before Python 3.11.13). A few are
    left to the parser, which splits the text after them exactly as before (the first piece
    in an `<h1>` is the heading)."""
    last = text.rfind(">")
    if text.count("<", last + 1) <= _UNCLOSABLE_LEFT:
        return text
    return text[: last + 1] + text[last + 1 :].replace("<", "&lt;")


_UNCLOSABLE_LEFT = 4  # at most 4 scans to the end (about 2 s for a 2 MB file)


class _HtmlText(HTMLParser):
    _BLOCKS = frozenset(
        {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "tr", "section", "article"}
    )
    _SKIP = frozenset({"script", "style", "nav", "footer", "header", "aside", "noscript"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.title = ""
        self.heading = ""
        self._stack: list[str] = []
        self._open: Counter[str] = Counter()  # tags on the stack: a stray end tag is O(1)
        self._skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self._SKIP:
            self._skipping += 1
        if tag in self._BLOCKS:
            self.parts.append("\n\n")
        self._stack.append(tag)
        self._open[tag] += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in self._SKIP and self._skipping:
            self._skipping -= 1
        if tag in self._BLOCKS:
            self.parts.append("\n\n")
        if self._open[tag]:
            while self._stack:
                popped = self._stack.pop()
                self._open[popped] -= 1
                if popped == tag:
                    break

    def handle_data(self, data: str) -> None:
        current = self._stack[-1] if self._stack else ""
        if current == "title":
            self.title += data
            return
        if self._skipping:
            return
        if current == "h1" and not self.heading:
            self.heading = data.strip()
            return
        self.parts.append(data.replace("\n", " "))


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


def _markdown_to_text(text: str) -> tuple[str, str]:
    title = ""
    lines = []
    for line in text.split("\n"):
        heading = _MD_HEADING.match(line)
        if heading:
            # the closing hashes are stripped from the right, not by backtracking a regex
            text_of = heading.group(1).rstrip().rstrip("#").rstrip()
            if not title:
                title = text_of
                continue
            lines.extend(["", text_of, ""])
            continue
        line = _MD_PREFIX.sub("", line)
        line = _strip_links(line)
        line = _strip_emphasis(line)
        lines.append(line)
    return title, "\n".join(lines)


def _strip_links(line: str) -> str:
    """`[text](url)` and `![alt](url)` become their text, in one left-to-right pass.

    The same matches as the regex `!?\\[([^\\]]*)\\]\\([^)]*\\)`, found with `str.find`: a
    bracket whose link cannot close rules out every bracket before its `]`, so a line of
    unclosed brackets is scanned once, not once per bracket.
    """
    out: list[str] = []
    done = 0
    at = line.find("[")
    while at != -1:
        close = line.find("]", at + 1)
        if close == -1:
            break
        if not line.startswith("(", close + 1):
            at = line.find("[", close + 1)
            continue
        end = line.find(")", close + 2)
        if end == -1:
            break
        start = at - 1 if at > done and line[at - 1] == "!" else at
        out.extend([line[done:start], line[at + 1 : close]])
        done = end + 1
        at = line.find("[", done)
    out.append(line[done:])
    return "".join(out)


_EMPHASIS_MARKS = ("**", "__", "*", "`")
_EMPHASIS_OPEN = re.compile(r"[*_`]")
_EMPHASIS_CLOSE = {mark: re.compile(r"(?<=\S)" + re.escape(mark)) for mark in _EMPHASIS_MARKS}


def _strip_emphasis(line: str) -> str:
    """`**bold**`, `__bold__`, `*em*` and `` `code` `` lose their marks, in one pass.

    The same matches as the regex ``(\\*\\*|__|\\*|`)(?=\\S)(.+?)(?<=\\S)\\1``; a mark whose
    closing mark is missing is never looked for again further on, so a line of unclosed
    marks takes linear time.
    """
    out: list[str] = []
    done = 0
    unclosed: set[str] = set()
    opener = _EMPHASIS_OPEN.search(line)
    while opener is not None:
        at = opener.start()
        following = at + 1
        for mark in _EMPHASIS_MARKS:
            inner = at + len(mark)
            if mark in unclosed or not line.startswith(mark, at):
                continue
            if inner >= len(line) or line[inner].isspace():
                continue
            closer = _EMPHASIS_CLOSE[mark].search(line, inner + 1)
            if closer is None:
                unclosed.add(mark)
                continue
            out.extend([line[done:at], line[inner : closer.start()]])
            done = following = closer.end()
            break
        opener = _EMPHASIS_OPEN.search(line, following)
    out.append(line[done:])
    return "".join(out)


def parse_article_text(text: str, kind: str = "text", source_path: str = "") -> Article:
    """Build an `Article` from file content; `kind` is "text", "markdown" or "html"."""
    meta, text = _front_matter(text.replace("\r\n", "\n"))
    title = meta.get("title", "")
    if kind == "html":
        parser = _HtmlText()
        parser.feed(_without_unclosable_tags(text))
        parser.close()
        title = title or parser.heading or html.unescape(parser.title).strip()
        text = "".join(parser.parts)
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
    published = None
    raw_date = meta.get("date") or meta.get("published") or ""
    iso = _ISO_DATE.search(raw_date)
    if iso:
        try:
            published = date(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))
        except ValueError:
            published = None
    return Article(
        title=title,
        outlet=meta.get("outlet", meta.get("source", "")),
        published=published,
        url=meta.get("url", ""),
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
