"""Web pages: keep the issue, drop the site around it.

A saved or crawled issue page carries navigation, a site header, cookie
banners, "more newsletters" lists and footers. trafilatura is good at finding
the main text of a page but flattens its structure; our DOM walker keeps the
structure (headings, cards, separators) but sees everything. So trafilatura
only marks *where* the content is: blocks before the first and after the last
block it recognises are cut, and everything between stays, with our
sections. Title and published date come from the page's metadata.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from dataclasses import dataclass

from .blocks import Block

# Share of a block's words that must occur in the main text for the block to
# count as main content.
_COVERED = 0.6
# When the main text found is this small a share of the page, it is more
# likely wrong than the page all boilerplate: keep every block.
_MIN_SHARE = 0.25

for _name in ("trafilatura", "htmldate", "courlan"):
    logging.getLogger(_name).setLevel(logging.ERROR)


def _tokens(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


def main_text(html: str) -> str | None:
    import trafilatura

    try:
        return trafilatura.extract(
            html, include_comments=False, include_tables=True, favor_recall=True, deduplicate=False
        )
    except Exception:  # an extractor failure only costs the trimming
        return None


# The lines a mailing's footer opens with; everything from there on is furniture.
_FOOTER = re.compile(
    r"^(you (are )?receiv\w+ this|you('re| are) (receiving|getting) this|this (e-?mail|message|newsletter) was sent"
    r"|u ontvangt deze|je ontvangt deze|sie erhalten diese|vous recevez|if a friend forwarded|copyright|©|\(c\) \d{4})",
    re.I,
)


def cut_footer(blocks: list[Block]) -> list[Block]:
    """Drop a mailing footer ("You received this because ...") in the last quarter of the page."""
    start = int(len(blocks) * 0.75)
    for i in range(start, len(blocks)):
        if _FOOTER.match(blocks[i].text.strip()):
            return blocks[:i]
    return blocks


def main_content(blocks: list[Block], html: str) -> list[Block]:
    """``blocks`` without the leading and trailing page furniture."""
    text = main_text(html)
    if not text:
        return blocks
    main_words = _tokens(text)
    all_tokens = sum(len(_tokens(b.text)) for b in blocks)
    if not all_tokens or len(main_words) < _MIN_SHARE * all_tokens:
        return blocks
    # Word pairs, not single words: a footer's common words all occur in
    # the main text, its phrases do not.
    known = set(main_words) | set(zip(main_words, main_words[1:]))
    inside = []
    for i, block in enumerate(blocks):
        words = _tokens(block.text)
        units = list(zip(words, words[1:])) or words
        if units and sum(u in known for u in units) / len(units) >= _COVERED:
            inside.append(i)
    if not inside:
        return blocks
    first, last = inside[0], inside[-1]
    # Headings directly above the first recognised block belong to it
    # (extractors often leave out a page's title or first heading).
    while first > 0 and (blocks[first - 1].kind == "heading" or blocks[first - 1].emphasised):
        first -= 1
    return blocks[first : last + 1]


@dataclass(frozen=True)
class PageMetadata:
    title: str | None = None
    site_name: str | None = None
    date: dt.date | None = None
    # True when the page's markup states the publication date (meta tags,
    # schema.org, <time>); False when it was only guessed from the text or URL.
    date_is_published: bool = False


def page_metadata(html: str, url: str | None = None) -> PageMetadata:
    try:
        import trafilatura
        from htmldate import find_date

        from trafilatura.utils import load_html

        # A parsed tree, never a string: given a string that looks like a
        # URL, the date finder would download it.
        tree = load_html(html)
        if tree is None:
            return PageMetadata()
        meta = trafilatura.extract_metadata(tree, default_url=url)
        stated = find_date(load_html(html), url=url, original_date=True, extensive_search=False, outputformat="%Y-%m-%d")
    except Exception:
        return PageMetadata()
    date = _as_date(stated) or _as_date(meta.date if meta else None)
    title = meta.title if meta and meta.title else None
    site_name = meta.sitename if meta and meta.sitename else None
    return PageMetadata(title=title, site_name=site_name, date=date, date_is_published=stated is not None)


def _as_date(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None
