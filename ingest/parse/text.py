"""Plain-text renditions: paragraphs by blank lines, headings by shape.

Links are recognised in the forms text renditions use: markdown
``[text](url)``, ``text <url>`` / ``text (url)`` as mailing platforms write
them in text/plain parts, and bare URLs.
"""

from __future__ import annotations

import re

from ..models import Link, ParsedIssue, RawDocument
from .blocks import Block, issue_from_blocks
from .decode import decode_bytes

_MARKDOWN_LINK = re.compile(r"\[(?P<text>[^\[\]]*)\]\((?P<url>[^()\s]*(?:\([^()\s]*\)[^()\s]*)*)\)")
_BRACKETED_URL = re.compile(r"\s*[<(]\s*(?P<url>(?:https?://|mailto:|www\.)[^\s<>()]+)\s*[>)]")
_BARE_URL = re.compile(r"(?P<url>(?:https?://|www\.)[^\s<>()\[\]]+[^\s<>()\[\].,;:!?'\"])")
_SETEXT = re.compile(r"^(=+|-+)$")
_SEPARATOR = re.compile(r"^\s*([-=*_~#·•]\s*){3,}$")
_MARKDOWN_HEADING = re.compile(r"^#{1,6}\s+\S")
_EMPHASIS_LINE = re.compile(r"^(\*\*|__|\*)(?P<text>[^*_].*?)\1$")


def _extract_links(text: str) -> tuple[str, list[Link]]:
    """Replace link markup by its anchor text; return the text and the links."""
    links: list[Link] = []

    def markdown(m: re.Match) -> str:
        links.append(Link(text=" ".join(m["text"].split()), url=m["url"].strip()))
        return m["text"]

    text = _MARKDOWN_LINK.sub(markdown, text)

    # "Lees meer <https://…>": the anchor is the words before the URL on the
    # same clause; keep the URL out of the reading text.
    def bracketed(m: re.Match) -> str:
        before = text[: m.start()]
        anchor = re.split(r"[.!?:\n]\s", before)[-1].strip()
        words = anchor.split()
        links.append(Link(text=" ".join(words[-6:]) if words else m["url"], url=m["url"]))
        return ""

    text = _BRACKETED_URL.sub(bracketed, text)

    def bare(m: re.Match) -> str:
        links.append(Link(text=m["url"], url=m["url"]))
        return m["url"]

    text = _BARE_URL.sub(bare, text)
    return text, links


def join_wrapped(lines: list[str]) -> str:
    """Join wrapped lines; a line wrapped after a hyphen keeps the compound whole ("Heerlen-Noord")."""
    out = lines[0]
    for line in lines[1:]:
        if re.search(r"\w-$", out) and line[:1].isalpha():
            out += line
        else:
            out += " " + line
    return out


def wrap_width(text: str) -> int:
    """The column a hard-wrapped text was wrapped at (a high percentile of line lengths)."""
    lengths = sorted(len(line.rstrip()) for line in text.split("\n") if line.strip())
    if not lengths:
        return 0
    return lengths[min(len(lengths) - 1, int(len(lengths) * 0.95))]


def is_wrapped(lines: list[str], width: int) -> bool:
    """True when every break in ``lines`` is one a wrapper made: the next word would not have fit."""
    return all(len(line) + 1 + len(nxt.split()[0]) > width * 0.9 for line, nxt in zip(lines, lines[1:]))


def text_to_blocks(text: str) -> list[Block]:
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ")
    width = wrap_width(text)
    blocks: list[Block] = []
    for chunk in re.split(r"\n\s*\n", text):
        lines = [line.strip() for line in chunk.split("\n") if line.strip()]
        if not lines:
            continue
        if len(lines) == 1 and _SEPARATOR.match(lines[0]):
            blocks.append(Block("", separator=True))
            continue
        kind = None
        if len(lines) == 2 and _SETEXT.match(lines[1]):
            lines, kind = [lines[0]], "heading"
        elif len(lines) == 1 and _MARKDOWN_HEADING.match(lines[0]):
            lines, kind = [lines[0].lstrip("#").strip()], "heading"
        elif len(lines) == 1 and _EMPHASIS_LINE.match(lines[0]):
            # "**Heading**" / "__Heading__": emphasis marks off, shape decides.
            lines = [_EMPHASIS_LINE.match(lines[0])["text"].strip()]
        # Several short lines set apart on purpose (a signature, an address)
        # keep their breaks; lines a wrapper broke are joined again.
        deliberate = len(lines) > 1 and max(len(line) for line in lines) < 45 and not is_wrapped(lines, width)
        joined, links = _extract_links("\n".join(lines))
        visible = [re.sub(r"[ \t]+", " ", line).strip() for line in joined.split("\n")]
        visible = [line for line in visible if line]
        if not visible:
            continue
        body = "\n".join(visible) if deliberate else join_wrapped(visible)
        blocks.append(Block(body, links, kind=kind, multiline=deliberate))
    return blocks


def parse_text_string(text: str, url: str | None = None) -> ParsedIssue:
    return issue_from_blocks(text_to_blocks(text), url=url)


def parse_text(doc: RawDocument) -> ParsedIssue:
    return parse_text_string(decode_bytes(doc.content), url=doc.url)
