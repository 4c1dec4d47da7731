"""RFC 5322 / MIME messages to issues, with the standard library's email package."""

from __future__ import annotations

import email
import email.utils
import re
from email.message import EmailMessage
from email.policy import default as default_policy

from ..models import ParsedIssue, ParseError, RawDocument
from .decode import decode_bytes
from .html import issue_from_soup, soup_from_bytes
from .text import parse_text_string

_VIEW_ONLINE = re.compile(
    r"(bekijk|lees|open).{0,25}(online|browser|webversie|website)|web\s*versi|view.{0,25}(online|browser|web)"
    r"|im browser|webansicht|online (lesen|ansehen|bekijken)|version en ligne|navigateur",
    re.I,
)


def message_from_bytes(data: bytes) -> EmailMessage:
    return email.message_from_bytes(data, policy=default_policy)  # type: ignore[return-value]


def header(msg: EmailMessage, name: str) -> str | None:
    """A header's decoded value, or None; a malformed header never raises."""
    try:
        value = msg.get(name)
    except Exception:  # the policy parser can choke on broken headers
        value = None
        for key, raw in msg.raw_items():
            if key.lower() == name.lower():
                value = str(raw)
                break
    if value is None:
        return None
    text = re.sub(r"\s+", " ", str(value)).strip()
    return text or None


def part_text(part: EmailMessage) -> str:
    """Decoded text of a leaf part; survives unknown or lying charsets."""
    payload = part.get_payload(decode=True) or b""
    return decode_bytes(payload, part.get_content_charset())


def body_part(msg: EmailMessage) -> EmailMessage | None:
    try:
        body = msg.get_body(preferencelist=("html", "plain"))
    except Exception:
        body = None
    if body is not None:
        return body
    # Broken structure: take the first text part anywhere.
    for part in msg.walk():
        if part.get_content_maintype() == "text" and not part.is_multipart():
            return part
    if not msg.is_multipart():
        return msg
    return None


def sent_at(msg: EmailMessage):
    value = header(msg, "Date")
    if not value:
        return None
    try:
        parsed = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    return parsed


def issue_from_message(msg: EmailMessage, url: str | None = None) -> ParsedIssue:
    part = body_part(msg)
    if part is None:
        raise ParseError("no text/html or text/plain body part")
    subtype = part.get_content_subtype()
    if subtype == "html":
        issue = issue_from_soup(soup_from_bytes(part.get_payload(decode=True) or b"", part.get_content_charset()), url=url)
    else:
        issue = parse_text_string(part_text(part), url=url)
    apply_headers(issue, msg)
    return issue


def apply_headers(issue: ParsedIssue, msg: EmailMessage) -> None:
    """Headers beat what the body guessed: subject, sender, date, identity."""
    subject = header(msg, "Subject")
    if subject:
        issue.subject = subject
        issue.title = subject
    name, address = email.utils.parseaddr(header(msg, "From") or "")
    issue.sender = address.lower() or None
    issue.sender_name = name or None
    when = sent_at(msg)
    if when is not None:
        issue.sent_at = when
        issue.issued_on = when.date()
    message_id = header(msg, "Message-ID")
    if message_id:
        issue.message_id = message_id.strip().strip("<>") or None
    list_label = None
    list_id = header(msg, "List-Id")
    if list_id:
        m = re.search(r"<([^>]+)>", list_id)
        issue.list_id = (m.group(1) if m else list_id).strip().lower()
        list_label = (list_id[: m.start()].strip().strip('"') if m else "") or None
    # Name of the newsletter: the list's label, else the sender's display
    # name, else the masthead the body carried, else the sender address.
    issue.newsletter_name = list_label or issue.sender_name or issue.newsletter_name or issue.sender
    if not issue.web_url:
        issue.web_url = view_online_url(issue)


def view_online_url(issue: ParsedIssue) -> str | None:
    for link in issue.links:
        if link.url.startswith("http") and _VIEW_ONLINE.search(link.text or ""):
            return link.url
    return None


def parse_email(doc: RawDocument) -> ParsedIssue:
    return issue_from_message(message_from_bytes(doc.content), url=doc.url)
