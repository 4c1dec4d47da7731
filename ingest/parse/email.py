"""RFC 5322 / MIME messages to issues, with the standard library's email package.

Real received mail is messy, so every step has a fallback:

- the body is the HTML part, else the plain part, else any text part; a part
  that yields no text makes way for the next one; the bytes handed to the
  HTML or text parser are capped, so one huge message cannot stall a batch;
- headers with raw 8-bit bytes are decoded like bodies (UTF-8, else a guess);
- a missing Date falls back to the newest Received timestamp, then to a date
  in the text; a missing Subject to the body's own title or first heading;
- a forwarded issue (a message/rfc822 attachment, or an inline "Forwarded
  message" / "Doorgestuurd bericht" block) is read as the original issue,
  with the original sender, date and subject;
- the sending platform is detected (``platforms.py``) and the web version
  taken from the "view in browser" link;
- everything that identifies the subscriber is removed (``privacy.py``).
"""

from __future__ import annotations

import datetime as dt
import email
import email.utils
import re
from email.message import EmailMessage
from email.policy import default as default_policy

from ..links import is_view_online
from ..models import ParsedIssue, ParseError, RawDocument, Section
from .dates import first_date
from .decode import decode_bytes
from .html import issue_from_soup, soup_from_bytes
from .platforms import detect_platform
from .privacy import redact_issue
from .text import parse_text_string

# Bytes of one body part handed to a parser; beyond this is cut off (a
# newsletter is far smaller; a larger part is an attachment gone wrong).
MAX_BODY_BYTES = 2 * 1024 * 1024
MAX_FORWARD_DEPTH = 3
# A forwarder's own note above an attached issue is at most this long.
_SHORT_NOTE_CHARS = 600

_FORWARD_SUBJECT = re.compile(r"^\s*(fwd?|fw|wg|tr|doorgestuurd|weitergeleitet|rv|enc)\s*:\s*", re.I)
_FORWARD_MARKER = re.compile(
    r"-{2,}\s*(forwarded message|doorgestuurd bericht|original message|oorspronkelijk bericht|"
    r"weitergeleitete nachricht|ursprüngliche nachricht|message transféré|message d'origine|mensaje reenviado)\s*-{2,}"
    r"|begin forwarded message\s*:|anfang der weitergeleiteten nachricht\s*:|begin doorgestuurd bericht\s*:",
    re.I,
)
_FORWARD_FIELD_NAMES = {
    "from": "from", "van": "from", "von": "from", "de": "from", "sender": "from", "afzender": "from",
    "date": "date", "datum": "date", "sent": "date", "verzonden": "date", "gesendet": "date", "envoyé": "date",
    "subject": "subject", "onderwerp": "subject", "betreff": "subject", "objet": "subject",
    "to": "to", "aan": "to", "an": "to", "à": "to", "cc": "cc", "reply-to": "to", "antwoord aan": "to",
}
_FORWARD_FIELD = re.compile(
    r"(?:^|\s|\*)(" + "|".join(sorted((re.escape(n) for n in _FORWARD_FIELD_NAMES), key=len, reverse=True)) + r")\s*:\s*\**",
    re.I,
)


def message_from_bytes(data: bytes) -> EmailMessage:
    return email.message_from_bytes(data, policy=default_policy)  # type: ignore[return-value]


def _unescape_8bit(text: str) -> str:
    """Header text with raw 8-bit bytes (kept as surrogates by the parser) decoded."""
    if not any("\udc80" <= ch <= "\udcff" for ch in text):
        return text
    raw = text.encode("utf-8", "surrogateescape")
    return decode_bytes(raw)


def _raw_header(msg: EmailMessage, name: str) -> str | None:
    for key, raw in msg.raw_items():
        if key.lower() == name.lower():
            return str(raw)
    return None


def header(msg: EmailMessage, name: str) -> str | None:
    """A header's decoded value, or None; a malformed header never raises."""
    raw = _raw_header(msg, name)
    if raw is not None and any("\udc80" <= ch <= "\udcff" for ch in raw):
        # Raw 8-bit bytes: the policy would turn them into U+FFFD; decode
        # them like a body instead.
        value: str | None = _unescape_8bit(raw)
    else:
        try:
            value = msg.get(name)
            value = None if value is None else str(value)
        except Exception:  # the policy parser can choke on broken headers
            value = raw
    if value is None:
        return None
    text = re.sub(r"\s+", " ", value).strip()
    return text or None


def _payload(part: EmailMessage) -> bytes:
    try:
        payload = part.get_payload(decode=True)
    except Exception:  # broken base64 / quoted-printable beyond what the decoder mends
        raw = part.get_payload(decode=False)
        payload = raw.encode("utf-8", "surrogateescape") if isinstance(raw, str) else b""
    if not isinstance(payload, bytes):
        return b""
    return payload[:MAX_BODY_BYTES]


def _charset(part: EmailMessage) -> str | None:
    try:
        return part.get_content_charset()
    except Exception:
        return None


def part_text(part: EmailMessage) -> str:
    """Decoded text of a leaf part; survives unknown or lying charsets."""
    return decode_bytes(_payload(part), _charset(part))


def _text_parts(msg: EmailMessage) -> list[EmailMessage]:
    """Leaf text/html and text/plain parts that are not attachments, in order."""
    parts = []
    for part in msg.walk():
        if part.is_multipart() or part.get_content_maintype() != "text":
            continue
        if part.get_content_subtype() not in ("html", "plain"):
            continue
        if part.get_content_disposition() == "attachment" and part.get_filename():
            continue
        parts.append(part)
    return parts


def body_candidates(msg: EmailMessage) -> list[EmailMessage]:
    """Body parts to try, best first: the declared body, HTML, plain, anything."""
    ordered: list[EmailMessage] = []
    for preference in (("html", "plain"), ("plain",)):
        try:
            body = msg.get_body(preferencelist=preference)
        except Exception:
            body = None
        if body is not None and not body.is_multipart() and body not in ordered:
            ordered.append(body)
    parts = _text_parts(msg)
    ordered += [p for p in parts if p.get_content_subtype() == "html" and p not in ordered]
    ordered += [p for p in parts if p not in ordered]
    if not ordered and not msg.is_multipart():
        ordered.append(msg)  # no or odd Content-Type: read it as text
    return ordered


def body_part(msg: EmailMessage) -> EmailMessage | None:
    candidates = body_candidates(msg)
    return candidates[0] if candidates else None


def _date_from_header(value: str | None) -> dt.datetime | None:
    if not value:
        return None
    try:
        parsed = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if parsed is None or not (1970 <= parsed.year <= dt.date.today().year + 1):
        return None
    return parsed


def sent_at(msg: EmailMessage) -> dt.datetime | None:
    """The Date header, else when the newest Received line says it arrived."""
    when = _date_from_header(header(msg, "Date"))
    if when is not None:
        return when
    for key, raw in msg.raw_items():
        if key.lower() == "received" and ";" in str(raw):
            when = _date_from_header(str(raw).rpartition(";")[2].strip())
            if when is not None:
                return when
    return None


def _parse_part(part: EmailMessage, url: str | None) -> ParsedIssue:
    if part.get_content_subtype() == "html":
        return issue_from_soup(soup_from_bytes(_payload(part), _charset(part)), url=url)
    return parse_text_string(part_text(part), url=url)


def _has_text(issue: ParsedIssue) -> bool:
    return any(s.text.strip() or (s.heading or "").strip() for s in issue.sections)


def _body_issue(msg: EmailMessage, url: str | None) -> ParsedIssue:
    reasons = []
    for part in body_candidates(msg):
        try:
            issue = _parse_part(part, url)
        except ParseError as exc:
            reasons.append(str(exc))
            continue
        if _has_text(issue):
            return issue
        reasons.append("no text found")
    if not reasons:
        raise ParseError("no text/html or text/plain body part")
    raise ParseError(f"no readable text in any body part ({reasons[-1]})")


def _attached_message(msg: EmailMessage) -> EmailMessage | None:
    for part in msg.walk():
        if part.get_content_type() == "message/rfc822":
            payload = part.get_payload()
            inner = payload[0] if isinstance(payload, list) and payload else None
            if isinstance(inner, EmailMessage):
                return inner
            data = part.get_payload(decode=True)
            if isinstance(data, bytes) and data.strip():
                return message_from_bytes(data)
    return None


def _is_forward_of_attachment(msg: EmailMessage, inner: EmailMessage) -> bool:
    if _FORWARD_SUBJECT.match(header(msg, "Subject") or ""):
        return True
    # Otherwise only when the outer message is no more than a short note.
    try:
        own = _body_issue(msg, None)
    except ParseError:
        return True
    return sum(len(s.text) for s in own.sections) < _SHORT_NOTE_CHARS


def issue_from_message(
    msg: EmailMessage,
    url: str | None = None,
    received: dt.datetime | None = None,
    _depth: int = 0,
    _forwarders: tuple[str, ...] = (),
) -> ParsedIssue:
    """``received``: when the mailbox got the message (mbox envelope, Maildir
    name, IMAP INTERNALDATE), the date of last resort."""
    inner = _attached_message(msg) if _depth < MAX_FORWARD_DEPTH else None
    if inner is not None and _is_forward_of_attachment(msg, inner):
        # Whoever forwarded the issue was its subscriber: keep them out too.
        forwarders = _forwarders + _people(msg, "From", "To", "Cc", "Delivered-To", "X-Original-To")
        try:
            return issue_from_message(inner, url=url, received=received, _depth=_depth + 1, _forwarders=forwarders)
        except ParseError:
            pass  # the attachment is unreadable: the outer message is all there is
    issue = _body_issue(msg, url)
    apply_headers(issue, msg)
    if issue.sent_at is None and received is not None:
        issue.sent_at, issue.issued_on = received, received.date()
    also = _forwarders
    forwarded = unwrap_inline_forward(issue)
    if forwarded:
        _apply_forwarded_fields(issue, forwarded)
        also += _people(msg, "From") + tuple(forwarded[k] for k in ("to", "cc") if forwarded.get(k))
    issue.platform = issue.platform or detect_platform(msg, _body_evidence(msg))
    redact_issue(issue, msg, also)
    if not issue.web_url:
        issue.web_url = view_online_url(issue)
    _complete(issue)
    return issue


def _people(msg: EmailMessage, *names: str) -> tuple[str, ...]:
    return tuple(value for name in names if (value := header(msg, name)))


def _body_evidence(msg: EmailMessage) -> str:
    part = body_part(msg)
    return part_text(part)[:200_000] if part is not None else ""


def _complete(issue: ParsedIssue) -> None:
    """Fill what an issue must have, or refuse it with the reason."""
    if not issue.title:
        for section in issue.sections:
            candidate = section.heading or (section.paragraphs[0] if section.paragraphs else "")
            candidate = " ".join(candidate.split())
            if candidate:
                issue.title = candidate if len(candidate) <= 100 else candidate[:97].rsplit(" ", 1)[0] + "…"
                break
    if issue.issued_on is None:
        all_text = "\n".join(s.text for s in issue.sections)
        issue.issued_on = first_date(all_text[:5000])
    if not issue.title:
        raise ParseError("no subject and no text to take a title from")
    if issue.issued_on is None:
        raise ParseError("no date: no Date or Received header, no delivery time, no date in the text")


def apply_headers(issue: ParsedIssue, msg: EmailMessage) -> None:
    """Headers beat what the body guessed: subject, sender, date, identity."""
    subject = header(msg, "Subject")
    if subject:
        issue.subject = subject
        issue.title = _FORWARD_SUBJECT.sub("", subject) or subject
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


# -- inline forwards ----------------------------------------------------------


def _forward_fields(text: str) -> dict[str, str]:
    """{"from": ..., "date": ..., "subject": ...} from a forwarded header block."""
    matches = list(_FORWARD_FIELD.finditer(text))
    fields: dict[str, str] = {}
    for i, m in enumerate(matches):
        end = matches[i + 1].start() if i + 1 < len(matches) else len(text)
        key = _FORWARD_FIELD_NAMES[m.group(1).lower()]
        value = " ".join(text[m.end():end].split()).strip(" *")
        if value and key not in fields:
            fields[key] = value
    return fields


def unwrap_inline_forward(issue: ParsedIssue) -> dict[str, str] | None:
    """Cut the forwarder's note and the forwarded header block from ``issue``.

    Returns the forwarded header fields, or None when the issue is not a
    forward. Only a marker in the first part of the text counts: a quoted
    reply deep in a discussion is not a forwarded issue.
    """
    flat = [(si, pi) for si, s in enumerate(issue.sections) for pi in range(len(s.paragraphs))]
    chars = 0
    for index, (si, pi) in enumerate(flat):
        paragraph = issue.sections[si].paragraphs[pi]
        m = _FORWARD_MARKER.search(paragraph)
        if m is None:
            chars += len(paragraph)
            if chars > 2000:
                return None
            continue
        # The header block: the rest of this paragraph and the following
        # paragraphs for as long as they consist of "Field: value" lines.
        block = paragraph[m.end():]
        last = index
        fields = _forward_fields(block)
        for j in range(index + 1, min(index + 8, len(flat))):
            sj, pj = flat[j]
            candidate = issue.sections[sj].paragraphs[pj]
            if not _FORWARD_FIELD.match(candidate.strip()) or len(candidate) > 400:
                break
            for key, value in _forward_fields(candidate).items():
                fields.setdefault(key, value)
            last = j
        if "from" not in fields and "date" not in fields:
            return None
        _drop_through(issue, flat, last)
        return fields
    return None


def _drop_through(issue: ParsedIssue, flat: list[tuple[int, int]], last: int) -> None:
    """Remove every paragraph up to flat index ``last`` (and the headings before it)."""
    si_last, pi_last = flat[last]
    kept: list[Section] = []
    for si, section in enumerate(issue.sections):
        if si < si_last:
            continue
        if si == si_last:
            section.paragraphs = section.paragraphs[pi_last + 1:]
            section.heading = None
            n = len(section.paragraphs)
            section.links = [link for link in section.links if any(link.text and link.text in p for p in section.paragraphs)] if n else []
            if not section.paragraphs:
                continue
        kept.append(section)
    issue.sections = kept


def _apply_forwarded_fields(issue: ParsedIssue, fields: dict[str, str]) -> None:
    if fields.get("from"):
        name, address = email.utils.parseaddr(fields["from"].replace("[mailto:", "<").replace("]", ">"))
        if not address:
            m = re.search(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", fields["from"])
            address = m.group(0) if m else ""
            name = fields["from"].split("<")[0].replace(address, "").strip(' "')
        if address or name:
            issue.sender = address.lower() or None
            issue.sender_name = name.strip('" ') or None
            issue.newsletter_name = issue.sender_name or issue.sender
            issue.list_id = None
    if fields.get("date"):
        when = _date_from_header(fields["date"])
        if when is not None:
            issue.sent_at, issue.issued_on = when, when.date()
        else:
            day = first_date(fields["date"])
            if day is not None:
                issue.sent_at, issue.issued_on = None, day
    if fields.get("subject"):
        issue.subject = fields["subject"]
        issue.title = _FORWARD_SUBJECT.sub("", fields["subject"]) or fields["subject"]
    # The forwarder's Message-ID is not the issue's.
    issue.message_id = None


def view_online_url(issue: ParsedIssue) -> str | None:
    for link in issue.links:
        if link.url.startswith("http") and is_view_online(link.text, link.url):
            return link.url
    return None


def parse_email(doc: RawDocument) -> ParsedIssue:
    # Whitespace before the first header would turn every header into body.
    return issue_from_message(message_from_bytes(doc.content.lstrip()), url=doc.url, received=_iso(doc.captured_at))


def _iso(value: str | None) -> dt.datetime | None:
    try:
        return dt.datetime.fromisoformat(value) if value else None
    except ValueError:
        return None
