"""From a flat run of text blocks to sections.

Both the plain-text and the HTML parser reduce a document to ``Block``s in
reading order; this module decides which blocks are headings, mends what a
page break or line wrap split, and groups the rest into sections. Keeping the
rules here means every format gets the same section logic.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..models import Link, ParsedIssue, ParseError, Section
from .dates import first_date, is_date_line
from .language import guess_language

MAX_HEADING_CHARS = 160
MAX_HEADING_WORDS = 22

# A heading never ends on one of these: if it does, the line was broken and
# its rest follows. Dutch, English, German and French function words.
CONTINUATION_WORDS = set(
    """
    de het een en of van voor in op met aan bij naar om te tot over door als dan die dat
    the a an and or of for in on with at to by from as that
    der die das und oder von für im mit zu auf den dem des ein eine
    le la les et ou de du des pour dans sur avec un une
    """.split()
)
_TERMINAL = ".,;:!…"
_CLOSERS = "\"'”’»)]"
_SENTENCE_BREAK = re.compile(r"[a-z\u00df-\u00ff]{3,}[.!?]\s+[A-Z\u00c0-\u00de]")


@dataclass
class Block:
    """A paragraph-sized piece of a document in reading order."""

    text: str
    links: list[Link] = field(default_factory=list)
    # "heading" when the markup says so (h1-h4, setext/markdown), "paragraph"
    # when the markup says it is body, None when only its shape can tell.
    kind: str | None = None
    # Several short lines kept apart (a signature or address block).
    multiline: bool = False
    # Emphasis hints from markup (bold first line of a cell, large font).
    emphasised: bool = False
    separator: bool = False


@dataclass
class Assembled:
    sections: list[Section]
    masthead: list[str]
    issued_on: object | None  # datetime.date


def _words(text: str) -> list[str]:
    return text.split()


def _last_word(text: str) -> str:
    words = re.findall(r"[\w-]+", text.lower())
    return words[-1] if words else ""


def looks_like_heading(block: Block) -> bool:
    """A heading by shape: one short line, no closing punctuation, no links."""
    if block.separator or block.kind == "paragraph":
        return False
    text = block.text.strip()
    if not text or block.multiline:
        return False
    # A linked title in a card ("<b><a>Title</a></b>") is a heading; a line
    # with a link inside running text is not.
    if block.links and not (block.emphasised and _links_cover(block)):
        return False
    if block.kind == "heading":
        return len(text) <= 2 * MAX_HEADING_CHARS
    if len(text) > MAX_HEADING_CHARS or len(_words(text)) > MAX_HEADING_WORDS:
        return False
    if not re.search(r"[^\W\d_]", text):
        return False
    # Two sentences are body text, not a heading.
    if _SENTENCE_BREAK.search(text):
        return False
    core = text.rstrip(_CLOSERS).rstrip()
    if core.endswith("?"):
        return len(_words(text)) <= 12
    if core and core[-1] in _TERMINAL:
        return False
    return True


def _links_cover(block: Block) -> bool:
    """Whether the block's text is (nearly) all anchor text."""
    anchor = sum(len(link.text) for link in block.links)
    return anchor >= 0.8 * len(block.text.strip())


def _is_continuation(first: str, second: str) -> bool:
    """Whether ``second`` continues ``first`` (a broken line or paragraph)."""
    if not second:
        return False
    end = first.rstrip()
    if end.endswith("-") and not end.endswith(" -"):
        return True
    if second[0].islower():
        return True
    return _last_word(end) in CONTINUATION_WORDS or end.endswith(",")


def _ends_sentence(text: str) -> bool:
    core = text.rstrip().rstrip(_CLOSERS).rstrip()
    return bool(core) and core[-1] in ".!?…:"


def _join(first: str, second: str) -> str:
    if first.endswith("-") and not first.endswith(" -") and second[:1].islower():
        return first[:-1] + second  # a word hyphenated over the break
    return f"{first} {second}"


def mend_breaks(blocks: list[Block]) -> list[Block]:
    """Join paragraphs and headings that a page break or wrap split in two."""
    mended: list[Block] = []
    for block in blocks:
        if mended and not block.separator and not mended[-1].separator:
            prev = mended[-1]
            prev_heading = looks_like_heading(prev)
            this_heading = looks_like_heading(block)
            # "… aanwezig bij de" / "zittingen en …": a paragraph that stops
            # mid-sentence and one that starts in lower case.
            if (
                not prev_heading
                and not prev.multiline
                and block.kind != "heading"
                and not _ends_sentence(prev.text)
                and block.text[:1].islower()
            ):
                mended[-1] = Block(_join(prev.text, block.text), prev.links + block.links, prev.kind)
                continue
            # A heading broken over two lines: the first half ends on a
            # function word or hyphen, or the second starts in lower case.
            if (
                prev_heading
                and this_heading
                and prev.kind == block.kind
                and _is_continuation(prev.text, block.text)
                and len(prev.text) + len(block.text) <= 2 * MAX_HEADING_CHARS
            ):
                mended[-1] = Block(_join(prev.text, block.text), [], prev.kind, emphasised=prev.emphasised)
                continue
        mended.append(block)
    return mended


def assemble(blocks: list[Block]) -> Assembled:
    """Group blocks into a preamble (heading None) and headed sections."""
    blocks = [b for b in mend_breaks([b for b in blocks if b.text.strip() or b.separator])]
    # Utility links above the masthead ("View in browser") stay in the
    # preamble but must not hide the masthead below them.
    utility: list[Block] = []
    while blocks and blocks[0].links and blocks[0].kind != "heading" and _links_cover(blocks[0]) and len(blocks) > 1:
        utility.append(blocks.pop(0))
    masthead: list[str] = []
    issued_on = None

    # The masthead: short lines before the first paragraph of body text, such
    # as the newsletter's name and the issue date. A leading heading counts
    # as masthead when a date line follows it or it is set in capitals.
    index = 0
    leading = []
    while index < len(blocks) and (blocks[index].separator or looks_like_heading(blocks[index]) or is_date_line(blocks[index].text)):
        leading.append(blocks[index])
        index += 1
    date_positions = [i for i, b in enumerate(leading) if not b.separator and is_date_line(b.text)]
    if date_positions:
        last_date = date_positions[-1]
        masthead_blocks = leading[: last_date + 1]
        issued_on = first_date(leading[last_date].text)
        rest = leading[last_date + 1 :]
    else:
        masthead_blocks = []
        rest = list(leading)
        # A line in capitals counts only if something follows it.
        while len(rest) > 1 and (rest[0].separator or _is_masthead_line(rest[0].text)):
            masthead_blocks.append(rest.pop(0))
    masthead = [b.text.strip() for b in masthead_blocks if not b.separator and not is_date_line(b.text)]
    body = utility + rest + blocks[index:]

    # Position 0 is always the preamble, even when empty, so section
    # positions mean the same in every issue.
    sections: list[Section] = [Section(heading=None)]
    for i, block in enumerate(body):
        if block.separator:
            continue
        if looks_like_heading(block) and _followed_by_body(body, i):
            sections.append(Section(heading=_clean_heading(block.text), links=list(block.links)))
            continue
        sections[-1].paragraphs.append(block.text.strip())
        sections[-1].links.extend(block.links)
    return Assembled(sections=sections, masthead=masthead, issued_on=issued_on)


def _is_masthead_line(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) / len(letters) > 0.8 and len(letters) > 3


def _followed_by_body(body: list[Block], i: int) -> bool:
    """A heading needs body text after it, before the next heading."""
    for block in body[i + 1 :]:
        if block.separator:
            continue
        return not looks_like_heading(block) or body[i].kind == "heading" and block.kind != "heading"
    return False


def _clean_heading(text: str) -> str:
    text = re.sub(r"^#{1,6}\s*", "", text.strip())
    return re.sub(r"\s+", " ", text)


def issue_from_blocks(blocks: list[Block], url: str | None = None, title: str | None = None) -> ParsedIssue:
    """Assemble blocks into an issue; shared by the text and HTML parsers."""
    assembled = assemble(blocks)
    sections = assembled.sections
    if not any(s.paragraphs or s.heading for s in sections):
        raise ParseError("no text found")
    for position, link in enumerate(link for s in sections for link in s.links):
        link.position = position
    masthead_title = " ".join(assembled.masthead) or None
    all_text = "\n\n".join(part for s in sections for part in ([s.heading] if s.heading else []) + s.paragraphs)
    first_heading = next((s.heading for s in sections if s.heading), None)
    return ParsedIssue(
        sections=sections,
        title=title or masthead_title or first_heading,
        issued_on=assembled.issued_on or first_date(all_text[:3000]) or first_date(all_text),
        web_url=url,
        language=guess_language(all_text),
        newsletter_name=masthead_title,
    )
