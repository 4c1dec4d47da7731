"""Remove what identifies the subscriber from a received issue.

A received newsletter carries its recipient's address, personal links
(unsubscribe, preferences, "view in browser" with a subscriber id) and
per-subscriber tokens in tracked links. None of it may be published, so it is
removed from the parsed issue before anything is stored or extracted:

- recipient addresses (To, Cc, Delivered-To, X-Original-To, Envelope-To, the
  ``for <...>`` of Received lines, and addresses found in personal links),
  and the recipient's display name, are replaced in titles and text;
- tokens: values of parameters that name a subscriber (``e``, ``email``,
  ``subscriber_id``, ...) anywhere, and every id-like value or path segment
  of a personal link (List-Unsubscribe and unsubscribe/preferences links);
  these are cut from all URLs, texts and the Message-ID;
- in every link URL: subscriber parameters and opaque values (long
  base64-like strings, where trackers hide the subscriber) are dropped; a
  path that holds a token is cut back to the site's root.
"""

from __future__ import annotations

import base64
import binascii
import email.utils
import re
from dataclasses import dataclass, field
from email.message import EmailMessage
from urllib.parse import parse_qsl, unquote, urlencode, urlsplit, urlunsplit

from ..links import describe_link, unwrap_redirect
from ..models import ParsedIssue

REDACTED = "[removed]"
RECIPIENT_HEADERS = ("To", "Cc", "Delivered-To", "X-Original-To", "Envelope-To", "X-Envelope-To", "X-Rcpt-To", "X-Delivered-To")
# Query parameters whose value identifies the subscriber.
PERSONAL_PARAMS = re.compile(
    r"^(e|em|email|e-?mail|mail|address|recipient|rcpt|rid|uid|u_id|user|userid|user_id|sub|subscriber|"
    r"subscriber_?id|sid|s_id|member|member_?id|contact|contact_?id|mc_eid|ck_subscriber_id|hash|"
    r"token|key|signature|sig|eid|subscriberkey|sk)$",
    re.I,
)
_ADDRESS = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_FOR_ADDRESS = re.compile(r"\bfor\s+<?([\w.+-]+@[\w-]+(?:\.[\w-]+)+)>?", re.I)
_URL_IN_TEXT = re.compile(r"(?:https?://|www\.)[^\s<>\"'\]\)]+", re.I)
# An opaque id: long, URL-safe, letters and digits, and either mixed case
# (base64, where trackers hide a subscriber) or a very long run of letters
# and digits (a hash; a slug has hyphens). A 25-digit
# lower-case account id (Mailchimp's ``u``) is left alone.
_OPAQUE = re.compile(
    r"^(?=.*\d)(?=.*[A-Za-z])(?:(?=.*[a-z])(?=.*[A-Z])[A-Za-z0-9_\-+/=.%]{20,}|[A-Za-z0-9]{32,})$"
)
# An id in a personal link: letters and digits mixed, 8 or more.
_PERSONAL_ID = re.compile(r"^(?=.*\d)(?=.*[A-Za-z])[A-Za-z0-9_\-]{8,}$")
# A token worth looking for elsewhere: id-like and not a word.
_ID_LIKE = re.compile(r"^(?=.*\d)[A-Za-z0-9_\-=.]{6,}$")


@dataclass
class Subscriber:
    """What identifies the recipient of one message."""

    addresses: set[str] = field(default_factory=set)
    names: set[str] = field(default_factory=set)
    tokens: set[str] = field(default_factory=set)

    def add_address(self, address: str) -> None:
        address = address.strip().strip("<>").lower()
        if "@" in address:
            self.addresses.add(address)

    def add_token(self, value: str) -> None:
        value = unquote(value or "").strip()
        if _ID_LIKE.match(value) and not _ADDRESS.fullmatch(value):
            self.tokens.add(value)


def _header_values(msg: EmailMessage, name: str) -> list[str]:
    values = []
    for key, raw in msg.raw_items():
        if key.lower() == name.lower():
            values.append(str(raw))
    return values


def _personal_urls(msg: EmailMessage, issue: ParsedIssue) -> list[str]:
    urls = []
    for value in _header_values(msg, "List-Unsubscribe"):
        urls.extend(u.strip() for u in re.findall(r"<([^>]+)>", value) or value.split(","))
    for link in issue.links:
        if describe_link(link.url, link.text).kind == "unsubscribe":
            urls.append(link.url)
    return [u for u in urls if u]


def _b64_text(value: str) -> str:
    try:
        padded = value + "=" * (-len(value) % 4)
        return base64.urlsafe_b64decode(padded).decode("utf-8")
    except (binascii.Error, ValueError, UnicodeDecodeError):
        return ""


def _add_recipients(who: Subscriber, values) -> None:
    for display, address in email.utils.getaddresses(list(values)):
        who.add_address(address)
        display = " ".join(display.split()).strip("\"' ")
        if len(display) >= 5 and "@" not in display:
            who.names.add(display)


def subscriber_of(msg: EmailMessage, issue: ParsedIssue, also: tuple[str, ...] = ()) -> Subscriber:
    """Collect the recipient's addresses, names and tokens from headers and personal links.

    ``also``: more recipients in "Name <address>" form (the person who
    forwarded the issue, the To: line of an inline forward).
    """
    who = Subscriber()
    _add_recipients(who, also)
    senders = set()
    for name in ("From", "Sender", "Reply-To", "Return-Path"):
        for value in _header_values(msg, name):
            senders.update(a.lower() for _, a in email.utils.getaddresses([value]) if a)
    for name in RECIPIENT_HEADERS:
        _add_recipients(who, _header_values(msg, name))
    for value in _header_values(msg, "Received"):
        for address in _FOR_ADDRESS.findall(value):
            who.add_address(address)
    for url in _personal_urls(msg, issue):
        target = url[7:].split("?")[0] if url.lower().startswith("mailto:") else None
        if target:
            # unsubscribe-mc.us3_<list>.<campaign>-<subscriber>@...: its id-like pieces.
            for piece in re.split(r"[-._+=]", target.partition("@")[0]):
                who.add_token(piece)
            continue
        parts = urlsplit(url)
        for key, value in parse_qsl(parts.query, keep_blank_values=True):
            decoded = unquote(value)
            for address in _ADDRESS.findall(decoded) + _ADDRESS.findall(_b64_text(value)):
                who.add_address(address)
            # Every id-like value of a personal link identifies its reader,
            # whatever the parameter is called ("?id=8f3a2c91d0e4").
            if PERSONAL_PARAMS.match(key) or _OPAQUE.match(value) or _PERSONAL_ID.match(value):
                who.add_token(value)
        for segment in parts.path.split("/"):
            for address in _ADDRESS.findall(unquote(segment)) + _ADDRESS.findall(_b64_text(segment)):
                who.add_address(address)
            if _ID_LIKE.match(segment) and len(segment) >= 10:
                who.add_token(segment)
    who.addresses -= senders
    # Local parts of a recipient address are often reused as ids ("m0666425").
    for address in list(who.addresses):
        local = address.partition("@")[0]
        if len(local) >= 6:
            who.tokens.add(local)
    return who


class Redactor:
    def __init__(self, who: Subscriber):
        self.who = who
        secrets = sorted(who.addresses | who.tokens, key=len, reverse=True)
        self._secret = re.compile("|".join(re.escape(s) for s in secrets), re.I) if secrets else None
        names = sorted(who.names, key=len, reverse=True)
        self._name = re.compile(r"\b(?:" + "|".join(re.escape(n) for n in names) + r")\b", re.I) if names else None

    def _holds_secret(self, value: str) -> bool:
        if not self._secret:
            return False
        for candidate in (value, unquote(value), unquote(unquote(value)), _b64_text(value)):
            if candidate and self._secret.search(candidate):
                return True
        return False

    def text(self, value: str | None) -> str | None:
        if not value:
            return value
        value = _URL_IN_TEXT.sub(lambda m: self._url_in_text(m.group(0)), value)
        if self._secret:
            value = self._secret.sub(REDACTED, value)
        if self._name:
            value = self._name.sub(REDACTED, value)
        return value

    def _url_in_text(self, url: str) -> str:
        cleaned = self.url(url if "://" in url else "https://" + url)
        if describe_link(url, "").kind == "unsubscribe":
            return REDACTED
        return cleaned or REDACTED

    def url(self, url: str | None) -> str | None:
        """The link with everything personal taken out; None if nothing useful is left."""
        if not url:
            return url
        if url.lower().startswith("mailto:"):
            address = unquote(url[7:].split("?")[0]).strip().lower()
            return None if self._holds_secret(address) else "mailto:" + address
        if not url.lower().startswith(("http://", "https://")):
            return url
        destination, _via = unwrap_redirect(url)
        parts = urlsplit(destination)
        query = []
        for key, value in parse_qsl(parts.query, keep_blank_values=True):
            if PERSONAL_PARAMS.match(key) or _OPAQUE.match(value) or self._holds_secret(value) or _ADDRESS.search(unquote(value)):
                continue
            query.append((key, value))
        path = parts.path
        segments = [s for s in path.split("/") if s]
        if any(_OPAQUE.match(s) or self._holds_secret(s) for s in segments):
            path, query = "/", []
        fragment = "" if self._holds_secret(parts.fragment) or _OPAQUE.match(parts.fragment or "") else parts.fragment
        netloc = parts.netloc.rpartition("@")[2]
        return urlunsplit((parts.scheme, netloc, path, urlencode(query, doseq=True), fragment))

    def message_id(self, value: str | None) -> str | None:
        if not value or not self._secret:
            return value
        return self._secret.sub("-", value)


def _personal_link_stub(url: str) -> str:
    if url.lower().startswith("mailto:"):
        return "mailto:" + url[7:].split("?")[0].rpartition("@")[2]
    parts = urlsplit(url)
    words = [s for s in parts.path.split("/") if s]
    first = words[0] if words and re.fullmatch(r"[A-Za-z][A-Za-z_-]{1,30}", words[0]) else ""
    return urlunsplit((parts.scheme, parts.netloc.rpartition("@")[2], "/" + first, "", ""))


def redact_issue(issue: ParsedIssue, msg: EmailMessage, also: tuple[str, ...] = ()) -> Subscriber:
    """Take the subscriber out of ``issue`` in place; returns who was removed."""
    who = subscriber_of(msg, issue, also)
    redactor = Redactor(who)
    issue.title = redactor.text(issue.title)
    issue.subject = redactor.text(issue.subject)
    for section in issue.sections:
        section.heading = redactor.text(section.heading)
        section.paragraphs = [redactor.text(p) for p in section.paragraphs]
        kept = []
        for link in section.links:
            personal = describe_link(link.url, link.text).kind == "unsubscribe"
            link.text = redactor.text(link.text) or ""
            # A personal link keeps its words (the reader saw them) and where
            # it pointed (site and first path word: it is still recognised
            # as an unsubscribe link), nothing that identifies anyone.
            link.url = _personal_link_stub(link.url) if personal else (redactor.url(link.url) or "")
            kept.append(link)
        section.links = kept
    issue.message_id = redactor.message_id(issue.message_id)
    if issue.web_url:
        issue.web_url = redactor.url(issue.web_url)
    return who
