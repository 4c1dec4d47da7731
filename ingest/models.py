"""The records that flow through the pipeline, in the order they appear.

source -> RawDocument -> ParsedIssue (sections, links) -> Mention -> store
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field
from functools import cached_property

# Media types the built-in parsers understand. A source format may emit any
# media type for which some plugin registers a parser.
EMAIL = "message/rfc822"
OUTLOOK_MSG = "application/vnd.ms-outlook"
HTML = "text/html"
TEXT = "text/plain"


@dataclass(frozen=True)
class RawDocument:
    """Bytes exactly as received, plus where they came from.

    One source file may yield many documents (an mbox, a WARC file); each is
    kept byte-for-byte so it can be re-parsed later.
    """

    content: bytes
    media_type: str
    origin: str  # file path, "path#n" inside a container, or URL
    source_kind: str  # "eml", "mbox", "maildir", "msg", "html", "text", "warc", "crawl", "imap"
    url: str | None = None  # where the document lived on the web, if known
    captured_at: str | None = None  # ISO datetime of capture (WARC-Date, crawl time)

    @cached_property
    def sha256(self) -> str:
        return hashlib.sha256(self.content).hexdigest()


@dataclass
class Link:
    text: str  # anchor text as a reader sees it
    url: str  # the href as found (may carry tracking or personal tokens)
    position: int = 0  # order within the issue, assigned by the parser


@dataclass
class Section:
    heading: str | None
    paragraphs: list[str] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "\n\n".join(self.paragraphs)


@dataclass
class ParsedIssue:
    """One newsletter issue, independent of the format it arrived in."""

    sections: list[Section]
    title: str | None = None
    subject: str | None = None
    issued_on: dt.date | None = None
    sent_at: dt.datetime | None = None
    sender: str | None = None  # sender address of the newsletter
    sender_name: str | None = None
    list_id: str | None = None
    message_id: str | None = None
    web_url: str | None = None
    language: str | None = None
    platform: str | None = None  # sending platform, e.g. "mailchimp"
    newsletter_name: str | None = None
    # Extra issue columns a plugin wants stored (name -> value).
    extra: dict = field(default_factory=dict)

    @property
    def links(self) -> list[Link]:
        return [link for section in self.sections for link in section.links]

    @property
    def word_count(self) -> int:
        return sum(len(s.text.split()) + len((s.heading or "").split()) for s in self.sections)


@dataclass
class Mention:
    """A named entity found in one section of an issue."""

    kind: str  # "person" | "place" | "organisation"
    name: str  # canonical name of the entity
    surface: str  # the text as written
    section: int  # index into ParsedIssue.sections
    start: int  # character offsets into Section.text
    end: int
    snippet: str  # the sentence around the mention
    role: str | None = None  # the role the text gives a person
    confidence: float = 1.0
    extractor: str = ""
    extractor_version: str = ""
    # Kind-specific facts, e.g. {"gazetteer_code": "WK091701"} or {"acronym": "SCP"}.
    attributes: dict = field(default_factory=dict)


class ParseError(Exception):
    """The document cannot become an issue; the message says why, in one line."""
