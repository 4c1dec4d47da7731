"""HTML (email bodies and web pages) to blocks, then to an issue.

The walker flattens the DOM into paragraph-sized blocks in reading order:
block-level tags and ``<br><br>`` end a block, ``<hr>`` is a separator, and
headings are what the markup marks as such (h1-h4) or what is set apart
typographically (a short block that is all bold, or in a large font).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import urljoin

from bs4 import BeautifulSoup, Comment, NavigableString, Tag

from ..models import Link, ParsedIssue, RawDocument
from .blocks import Block, issue_from_blocks
from .decode import decode_bytes

BLOCK_TAGS = {
    "p", "div", "td", "th", "li", "ul", "ol", "table", "tr", "tbody", "thead", "tfoot", "blockquote",
    "pre", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "header", "footer", "main",
    "center", "dl", "dt", "dd", "figure", "figcaption", "address", "body", "html", "form",
}
HEADING_TAGS = {"h1", "h2", "h3", "h4"}
SKIP_TAGS = {"script", "style", "noscript", "head", "template", "svg", "iframe", "object", "button", "select", "input", "textarea", "map"}
BOILERPLATE_TAGS = {"nav", "aside"}
BOLD_TAGS = {"b", "strong"}
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden|max-height\s*:\s*0(?:px)?\s*(?:;|$)", re.I)
_ZERO_FONT = re.compile(r"font-size\s*:\s*0(?:px|pt|em)?\s*(?:;|$|!)", re.I)
_FONT_SIZE = re.compile(r"font-size\s*:\s*(\d+(?:\.\d+)?)\s*(px|pt|em|rem)", re.I)
_BOLD_STYLE = re.compile(r"font-weight\s*:\s*(bold|[6-9]00)", re.I)
_HEADING_CLASS = re.compile(r"(^|[\s_-])(title|heading|headline|kop|header-text|h[1-4])($|[\s_-])", re.I)
_BOILERPLATE_ATTR = re.compile(r"cookie|consent|gdpr|breadcrumb|(^|[\s_-])(nav|navbar|menu|sidebar)($|[\s_-])", re.I)
_LARGE_FONT_PX = 17.0
_PARAGRAPH_PIECE = re.compile(r"(?:(?!\n[ \t\u00a0]*\n).)+", re.S)


@dataclass
class _Run:
    """Inline content collected since the last block boundary."""

    parts: list[str] = field(default_factory=list)
    links: list[tuple[int, int, Link]] = field(default_factory=list)
    chars: int = 0
    bold_chars: int = 0
    large: bool = False
    heading_tag: bool = False
    # One byte per character: 1 where the text is bold or in a large font.
    bold_mask: bytearray = field(default_factory=bytearray)

    def add(self, text: str, bold: bool) -> None:
        self.parts.append(text)
        self.chars += len(text)
        self.bold_mask.extend((b"\x01" if bold else b"\x00") * len(text))
        if bold:
            self.bold_chars += len(text.strip())

    def bold_share(self, start: int, end: int) -> float:
        """Share of the visible characters in [start, end) that are bold."""
        text = self.text
        visible = [i for i in range(start, min(end, len(text))) if not text[i].isspace()]
        return sum(self.bold_mask[i] for i in visible) / len(visible) if visible else 0.0

    @property
    def text(self) -> str:
        return "".join(self.parts)


def _style_font_px(style: str) -> float | None:
    m = _FONT_SIZE.search(style or "")
    if not m:
        return None
    value, unit = float(m[1]), m[2].lower()
    return value * {"px": 1, "pt": 4 / 3, "em": 16, "rem": 16}[unit]


def _is_hidden(tag: Tag) -> bool:
    if tag.has_attr("hidden") or tag.get("aria-hidden") == "true" and not tag.get_text(strip=True):
        return True
    style = tag.get("style", "")
    if _HIDDEN_STYLE.search(style):
        return True
    # font-size:0 hides text, unless (as in column layouts) the children set
    # their own size again.
    if _ZERO_FONT.search(style):
        return not any(
            _style_font_px(d.get("style", "")) for d in tag.find_all(style=True, limit=50)
        )
    return False


# Site furniture on web pages (not in email bodies, whose "footer" cells hold
# the newsletter's own closing words): footers, widget columns, share and
# subscribe boxes, comment threads, "related"/"more" lists.
_WEB_FURNITURE_ATTR = re.compile(
    r"(^|[\s_-])(footer|site-footer|widget|widgets|widgetbox|sidebar|share|sharing|social|related|comments?|"
    r"subscribe|subscription|signup|newsletter-form|more-newsletters|more-posts|post-nav|pagination|skip-link|"
    r"banner|popup|modal|advert|ad-slot|promo)($|[\s_-])",
    re.I,
)


def _is_web_furniture(tag: Tag) -> bool:
    if tag.name in {"footer", "header"} and not tag.find(["h1", "h2"]) or tag.name == "aside":
        return True
    ident = " ".join([tag.get("id", "")] + list(tag.get("class", [])))
    return bool(ident and _WEB_FURNITURE_ATTR.search(ident))


_RULE_STYLE = re.compile(r"border-(top|bottom)\s*:\s*[^;]*\b(solid|dashed|dotted|double)\b|^\s*height\s*:\s*[0-4]px", re.I)


def _is_rule(tag: Tag) -> bool:
    """An empty cell or box drawn as a line: a separator row in table layouts."""
    if tag.get_text(strip=True) or tag.find("img"):
        return False
    height = tag.get("height", "").strip().rstrip("px")
    thin = height.isdigit() and int(height) <= 4 and bool(tag.get("bgcolor") or "background" in tag.get("style", ""))
    return thin or bool(_RULE_STYLE.search(tag.get("style", "")))


_BUTTON_CLASS = re.compile(r"button|btn|cta", re.I)
_BUTTON_STYLE = re.compile(r"background(-color)?\s*:\s*(?!\s*(none|transparent|inherit|initial)\b)[#\w(]|border-radius\s*:\s*[1-9]", re.I)


def _is_button(anchor: Tag) -> bool:
    """A link drawn as a button: by its class, or a filled or rounded box (its own or its cell's)."""
    for tag in (anchor, anchor.parent):
        if tag is None or not isinstance(tag, Tag):
            continue
        if _BUTTON_CLASS.search(" ".join(tag.get("class", []))) or _BUTTON_STYLE.search(tag.get("style", "")):
            return tag is anchor or len(tag.get_text(strip=True)) <= len(anchor.get_text(strip=True)) + 2
    return False


def _is_boilerplate(tag: Tag) -> bool:
    if tag.name in BOILERPLATE_TAGS or tag.get("role") in {"navigation", "banner", "contentinfo", "complementary"}:
        return True
    ident = " ".join([tag.get("id", "")] + list(tag.get("class", [])))
    return bool(ident and _BOILERPLATE_ATTR.search(ident))


class _Walker:
    def __init__(self, keep_boilerplate: bool, base_url: str | None = None, web_page: bool = False):
        self.web_page = web_page
        self.buttons: set[int] = set()  # ids of links styled as buttons
        self.blocks: list[Block] = []
        self.run = _Run()
        self.keep_boilerplate = keep_boilerplate
        self.base_url = base_url

    def _furniture(self, tag: Tag) -> bool:
        # A wrapper that holds most of the page is the page, whatever its class says.
        return _is_web_furniture(tag) and len(tag.get_text()) < 0.5 * self.root_chars

    def flush(self) -> None:
        run, self.run = self.run, _Run()
        text = run.text
        if not text.strip():
            return
        # "<br><br>" inside one cell separates paragraphs.
        for piece in _PARAGRAPH_PIECE.finditer(text):
            lead_end, rest_start = self._bold_lead(run, piece.group(0), piece.start())
            if lead_end:
                self._emit(run, text[piece.start() : lead_end], piece.start(), lead_end, lead=True)
                self._emit(run, text[rest_start : piece.end()], rest_start, piece.end())
            else:
                self._emit(run, piece.group(0), piece.start(), piece.end())

    @staticmethod
    def _bold_lead(run: _Run, piece: str, start: int) -> tuple[int, int]:
        """Where a bold lead-in ends and the body after it starts, or (0, 0).

        Card layouts put an item's title in bold at the start of a cell:
        on its own first line ("<b>Title</b><br>text"), or run in before
        a dash or colon ("<b>Title</b> — text"). The title is then a
        heading candidate of its own.
        """
        if run.heading_tag or len(piece.strip()) < 40:
            return 0, 0
        first_newline = piece.find("\n", len(piece) - len(piece.lstrip()))
        if first_newline > 0 and piece[first_newline:].strip() and run.bold_share(start, start + first_newline) >= 0.9:
            return start + first_newline, start + first_newline
        # The bold stretch at the very start, then a dash or colon.
        i = len(piece) - len(piece.lstrip())
        if i >= len(piece) or not run.bold_mask[start + i]:
            return 0, 0
        end = i
        while end < len(piece) and (run.bold_mask[start + end] or piece[end].isspace()):
            end += 1
        lead = piece[:end].rstrip()
        rest = piece[len(lead):]
        m = re.match(r"\s*[—–:|]\s+|\s+-\s+", rest)
        if not m or not 3 <= len(lead.strip()) <= 150 or len(rest.strip()) < 20:
            return 0, 0
        return start + len(lead), start + len(lead) + m.end()

    def _emit(self, run: _Run, piece: str, start: int, end: int, lead: bool = False) -> None:
        lines = [re.sub(r"[ \t\u00a0\u200b\u200c\u200d\ufeff\u034f\u00ad]+", " ", line).strip() for line in piece.split("\n")]
        lines = [line for line in lines if line]
        if not lines:
            return
        links = [link for (s, e, link) in run.links if s < end and e > start]
        short_lines = len(lines) > 1 and max(len(line) for line in lines) < 45
        text = "\n".join(lines) if short_lines else " ".join(lines)
        visible_chars = len(re.sub(r"\s", "", text))
        bold = lead or (visible_chars > 0 and run.bold_share(start, end) >= 0.9)
        # Markup decides: h1-h4 are headings, plain body text never is, and a
        # block set apart by bold or a large font is a heading if its shape
        # agrees (short, one line, no closing punctuation).
        if run.heading_tag:
            kind = "heading"
        elif links and all(id(link) in self.buttons for link in links):
            kind = "paragraph"  # a call-to-action button, however big and bold
        elif bold:
            kind = None
        else:
            kind = "paragraph"
        previous = self.blocks[-1] if self.blocks else None
        if previous is not None and previous.text == text and kind != "paragraph" and previous.kind != "paragraph" and all(link.url.startswith("#") for link in links):
            return  # a title repeated in two wrappers (h1, then a bold copy)
        self.blocks.append(Block(text, links, kind=kind, multiline=short_lines, emphasised=bold))

    def walk(self, node: Tag, bold: bool = False, large: bool = False) -> None:
        for child in node.children:
            if isinstance(child, Comment):
                continue
            if isinstance(child, NavigableString):
                text = str(child)
                if not text:
                    continue
                # Source line breaks are just spaces in HTML.
                # Emphasis is bold or a large font: both set a line apart.
                self.run.add(re.sub(r"[\r\n\t ]+", " ", text), bold or large)
                if large and text.strip():
                    self.run.large = True
                continue
            if not isinstance(child, Tag):
                continue
            name = child.name.lower()
            if name in SKIP_TAGS or _is_hidden(child):
                continue
            if not self.keep_boilerplate and (_is_boilerplate(child) or self.web_page and self._furniture(child)):
                continue
            if name == "br":
                self.run.add("\n", False)
                continue
            if name == "hr" or name in {"td", "div", "p"} and _is_rule(child):
                self.flush()
                self.blocks.append(Block("", separator=True))
                continue
            child_bold = bold or name in BOLD_TAGS or bool(_BOLD_STYLE.search(child.get("style", "")))
            px = _style_font_px(child.get("style", ""))
            if name == "font" and child.get("size", "").strip().lstrip("+").isdigit():
                size = child["size"].strip()
                px = 18.0 if size.startswith("+") or int(size) >= 4 else px
            child_large = (large if px is None else px >= _LARGE_FONT_PX) or bool(_HEADING_CLASS.search(" ".join(child.get("class", []))))
            if name == "a":
                self._walk_link(child, child_bold, child_large)
                continue
            if name == "img":
                continue
            if name in BLOCK_TAGS:
                self.flush()
                if name in HEADING_TAGS:
                    self.run.heading_tag = True
                self.walk(child, child_bold, child_large)
                self.flush()
                continue
            self.walk(child, child_bold, child_large)

    def _walk_link(self, anchor: Tag, bold: bool, large: bool) -> None:
        start = self.run.chars
        self.walk(anchor, bold, large)
        text = re.sub(r"\s+", " ", self.run.text[start:]).strip()
        if not text:
            img = anchor.find("img")
            text = (img.get("alt") or "").strip() if img else ""
        href = (anchor.get("href") or "").strip()
        if href and self.base_url and not re.match(r"[a-z][a-z0-9+.-]*:", href, re.I) and not href.startswith("#"):
            href = urljoin(self.base_url, href)  # a web page's relative links
        if href:
            link = Link(text=text, url=href)
            self.run.links.append((start, max(self.run.chars, start + 1), link))
            if _is_button(anchor):
                self.buttons.add(id(link))


def html_to_blocks(
    soup: BeautifulSoup, keep_boilerplate: bool = False, base_url: str | None = None, web_page: bool = False
) -> list[Block]:
    """Blocks in reading order; ``web_page`` also drops a site's footer, widgets and share boxes."""
    root = soup.find("main") or soup.find("article") or soup.body or soup
    base = soup.find("base", href=True)
    if base is not None:
        base_url = urljoin(base_url or "", base["href"].strip())
    walker = _Walker(keep_boilerplate, base_url, web_page)
    walker.root_chars = len(root.get_text())
    walker.walk(root)
    walker.flush()
    return walker.blocks


def decode_html(data: bytes, declared: str | None = None) -> str:
    """HTML bytes to text: the declared charset (header or <meta>) when it decodes cleanly."""
    if not declared:
        m = re.search(rb"<meta[^>]+charset\s*=\s*[\"']?([\w-]+)", data[:4096], re.I)
        declared = m.group(1).decode("ascii") if m else None
    return decode_bytes(data, declared)


def soup_from_bytes(data: bytes, declared: str | None = None) -> BeautifulSoup:
    return BeautifulSoup(decode_html(data, declared), "lxml")


def page_title(soup: BeautifulSoup) -> str | None:
    for attrs in ({"property": "og:title"}, {"name": "twitter:title"}):
        tag = soup.find("meta", attrs=attrs)
        if tag and tag.get("content", "").strip():
            return tag["content"].strip()
    if soup.title and soup.title.get_text(strip=True):
        return re.sub(r"\s+", " ", soup.title.get_text(strip=True))
    return None


def page_url(soup: BeautifulSoup) -> str | None:
    tag = soup.find("link", rel="canonical") or soup.find("meta", attrs={"property": "og:url"})
    if tag is None:
        return None
    value = tag.get("href") or tag.get("content")
    return value.strip() if value and value.strip().startswith("http") else None


def issue_from_soup(soup: BeautifulSoup, url: str | None = None, blocks: list[Block] | None = None) -> ParsedIssue:
    issue = issue_from_blocks(html_to_blocks(soup) if blocks is None else blocks, url=url or page_url(soup))
    title = page_title(soup)
    if title:
        issue.title = title
    return issue


def strip_site_name(title: str | None, site_name: str | None) -> str | None:
    """"Issue title - Site" -> "Issue title" when the suffix is the site's name."""
    if not title or not site_name:
        return title
    m = re.match(rf"^(.+?)\s*[-–—|·:]\s*{re.escape(site_name.strip())}\s*$", title, re.I)
    return m.group(1).strip() if m else title


def is_web_page(soup: BeautifulSoup) -> bool:
    """A site's page rather than a saved email body: site structure or web metadata."""
    if soup.find(["nav", "footer", "article", "main"]) or soup.find(attrs={"role": "navigation"}):
        return True
    if soup.find("link", rel="canonical") or soup.find("meta", attrs={"property": re.compile(r"^og:")}):
        return True
    return bool(soup.find("script", src=True)) and not soup.find("table", attrs={"role": "presentation"})


def parse_html(doc: RawDocument) -> ParsedIssue:
    """A saved or crawled page: our blocks, trimmed to the page's main content."""
    from .web import main_content, page_metadata

    # The decoded text feeds both parsers; re-serialising the soup for
    # trafilatura cost as much as its own extraction.
    html_text = decode_html(doc.content)
    soup = BeautifulSoup(html_text, "lxml")
    url = doc.url or page_url(soup)
    blocks = main_content(html_to_blocks(soup, base_url=url, web_page=is_web_page(soup)), html_text)
    issue = issue_from_soup(soup, url=url, blocks=blocks)
    meta = page_metadata(html_text, doc.url)
    issue.title = strip_site_name(page_title(soup) or meta.title or issue.title, meta.site_name)
    if meta.date and (issue.issued_on is None or meta.date_is_published):
        issue.issued_on = meta.date
    return issue
