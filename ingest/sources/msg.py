"""Outlook ``.msg`` files: a source format and a parser into the MIME model.

The parser rebuilds a standard ``EmailMessage`` (headers, plain and HTML
bodies; an RTF-only body is de-encapsulated to HTML or turned into plain text
by extract-msg) and hands it to the same code that reads .eml files, so an
issue reads the same whichever client exported it.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import logging
import warnings
from collections.abc import Iterator
from email.message import EmailMessage
from email.policy import default as default_policy
from pathlib import Path

from ..hookspecs import hookimpl
from ..models import OUTLOOK_MSG, ParsedIssue, ParseError, RawDocument
from . import SourceError, SourceFormat

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# MAPI time properties, most to least telling of when the issue was sent.
_SUBMIT_TIME, _DELIVERY_TIME, _CREATION_TIME, _MODIFIED_TIME = "00390040", "0E060040", "30070040", "30080040"


def sniff_msg(path: Path, head: bytes | None) -> int:
    if head is None or not head.startswith(OLE_MAGIC):
        return 0
    # Other Office files are OLE too; the extension tells a mail apart.
    return 90 if path.suffix.lower() == ".msg" else 40


def read_msg(path: Path) -> Iterator[RawDocument | SourceError]:
    yield RawDocument(content=path.read_bytes(), media_type=OUTLOOK_MSG, origin=str(path), source_kind="msg")


def _clean(value) -> str | None:
    if value is None:
        return None
    text = " ".join(_mend_c1(str(value)).replace("\x00", " ").split())
    return text or None


def _mend_c1(text: str) -> str:
    """Text stored as Windows-1252 but read as Latin-1 shows C1 controls
    (U+0085 for "…"); read those bytes as Windows-1252 instead."""
    if not any("\x80" <= ch <= "\x9f" for ch in text):
        return text
    try:
        return text.encode("latin-1").decode("cp1252")
    except UnicodeError:
        return "".join(ch.encode("latin-1").decode("cp1252", "replace") if "\x80" <= ch <= "\x9f" else ch for ch in text)


def _prop_time(msg, prop_id: str) -> dt.datetime | None:
    prop = msg.props.get(prop_id)
    value = getattr(prop, "value", None)
    return value if isinstance(value, dt.datetime) else None


def sent_time(msg) -> dt.datetime | None:
    # Never submitted (a draft, an export): when it was written, as
    # msgconvert and Outlook's own "Sent" column do.
    for value in (
        getattr(msg, "date", None), _prop_time(msg, _SUBMIT_TIME), _prop_time(msg, _CREATION_TIME),
        _prop_time(msg, _DELIVERY_TIME), _prop_time(msg, _MODIFIED_TIME),
    ):
        if isinstance(value, dt.datetime):
            return value
    return None


def _html_body(msg) -> bytes | None:
    try:
        html = msg.htmlBody  # de-encapsulated from RTF when only RTF is stored
    except Exception:
        return None
    if isinstance(html, str):
        html = html.encode("utf-8")
    return html or None


def email_message_from_msg(msg) -> EmailMessage:
    """The .msg's headers and bodies as a standard MIME message."""
    out = EmailMessage(policy=default_policy)
    for name, value in (
        ("Subject", _clean(msg.subject)),
        ("From", _clean(getattr(msg, "sender", None))),
        ("To", _clean(getattr(msg, "to", None))),
        ("Message-ID", _clean(getattr(msg, "messageId", None))),
    ):
        if value:
            try:
                out[name] = value
            except Exception:  # an address the header model rejects
                out[name] = value.encode("ascii", "replace").decode("ascii")
    when = sent_time(msg)
    if when is not None:
        out["Date"] = email.utils.format_datetime(when if when.tzinfo else when.replace(tzinfo=dt.timezone.utc))
    plain = _mend_c1((getattr(msg, "body", None) or "").replace("\x00", "").replace("\r\n", "\n"))
    html = _html_body(msg)
    if plain.strip():
        out.set_content(plain)
    if html:
        if plain.strip():
            out.add_alternative(html, maintype="text", subtype="html", cte="base64")
        else:
            out.set_content(html, maintype="text", subtype="html", cte="base64")
    if not plain.strip() and not html:
        raise ParseError("Outlook message has no plain, HTML or RTF body")
    return out


def open_msg(data: bytes):
    import extract_msg

    logging.getLogger("extract_msg").setLevel(logging.ERROR)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            return extract_msg.openMsg(data, strict=False)
        except Exception as exc:
            raise ParseError(f"not a readable Outlook message: {type(exc).__name__}: {exc}") from None


def parse_msg(doc: RawDocument) -> ParsedIssue:
    from ..parse.email import issue_from_message, message_from_bytes

    msg = open_msg(doc.content)
    try:
        if not hasattr(msg, "body"):
            raise ParseError(f"Outlook item is a {type(msg).__name__}, not a mail message")
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            rebuilt = email_message_from_msg(msg)
    finally:
        msg.close()
    # Round-trip through bytes so the message is exactly what an .eml gives.
    return issue_from_message(message_from_bytes(rebuilt.as_bytes()), url=doc.url)


@hookimpl
def register_source_formats():
    return [SourceFormat("msg", sniff_msg, read_msg)]


@hookimpl
def register_parsers():
    return {OUTLOOK_MSG: parse_msg}
