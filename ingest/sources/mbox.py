"""mbox files (Thunderbird, Gmail Takeout, Apple Mail, mutt), read as a stream.

A multi-gigabyte export is never held in memory: the file is read line by
line and one message at a time is handed on.

Where one message ends: a ``From `` line shaped like an envelope line (a
sender, then nothing or a date) and followed by a header line. Old writers put
no blank line before it, so the shape is what tells the separator ``From -
Mon Jun  3 12:50:27 1996`` apart from a body line such as ``From Russia with
love`` that a careless writer left unquoted. A
``Content-Length`` header (Netscape, Solaris mail) is honoured when it lands
exactly on the next separator or on the end of the file.

Escaped body lines (``>From ``, ``>>From ``) lose one ``>`` (the mboxrd
convention, which also undoes mboxo quoting of ``From `` lines).
"""

from __future__ import annotations

import datetime as dt
import email.utils
import re
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from ..hookspecs import hookimpl
from ..models import EMAIL, RawDocument
from . import SourceError, SourceFormat

_BOM = b"\xef\xbb\xbf"
_HEADER_LINE = re.compile(rb"^[\x21-\x39\x3b-\x7e]+[ \t]*:")
_QUOTED_FROM = re.compile(rb"^>(>*From )")
# "From sender" with nothing after it, or with a date after it (a digit at
# least): "From - ", "From 1844347792267117879@xxx", "From a@b Mon Jun  3 12:50:27 1996".
_FROM_LINE = re.compile(rb"^From [^\s]+(?:[ \t]*\r?\n?$|[ \t]+[^\r\n]*\d[^\r\n]*\r?\n?$)")
_CONTENT_LENGTH = re.compile(rb"^content-length[ \t]*:[ \t]*(\d+)[ \t]*\r?$", re.I)
# One message larger than this is refused rather than read into memory.
MAX_MESSAGE_BYTES = 64 * 1024 * 1024
MBOX_SUFFIXES = {".mbox", ".mbx", ".mbs", ""}


def _is_blank(line: bytes) -> bool:
    return line in (b"\n", b"\r\n", b"")


def sniff_mbox(path: Path, head: bytes | None) -> int:
    if head is None:
        return 0
    if head.startswith(_BOM):
        head = head[len(_BOM):]
    if not head.startswith(b"From "):
        return 0
    lines = head.split(b"\n", 2)
    if len(lines) > 1 and _HEADER_LINE.match(lines[1]):
        return 95  # surer than the single-email sniffer (70-80)
    return 60 if path.suffix.lower() in MBOX_SUFFIXES else 0


class _Lines:
    """A binary file read line by line, with one line of look-ahead."""

    def __init__(self, f: BinaryIO):
        self.f = f
        self.pending: bytes | None = None

    def peek(self) -> bytes:
        if self.pending is None:
            self.pending = self.f.readline()
        return self.pending

    def next(self) -> bytes:
        line = self.peek()
        self.pending = None
        return line

    def tell(self) -> int:
        # Offset of the next line that next() returns.
        position = self.f.tell()
        return position - len(self.pending) if self.pending is not None else position


def _is_separator(line: bytes, following: bytes) -> bool:
    return bool(_FROM_LINE.match(line)) and bool(_HEADER_LINE.match(following))


def _separator_at(f: BinaryIO, offset: int) -> bool:
    """Whether a message ends at ``offset``: EOF, or (blank line and) a separator."""
    here = f.tell()
    try:
        f.seek(offset)
        line = f.readline()
        if line in (b"\n", b"\r\n"):
            line = f.readline()
        if line == b"":
            return True
        return _is_separator(line, f.readline())
    finally:
        f.seek(here)


def envelope_date(from_line: bytes) -> str | None:
    """The delivery time on a ``From sender date`` line, as ISO 8601 (UTC), or None."""
    parts = from_line.decode("latin-1").split(None, 2)
    if len(parts) < 3:
        return None
    parsed = email.utils.parsedate_tz(parts[2].strip())
    if not parsed or not (1970 <= parsed[0] <= 2100):
        return None
    try:
        stamp = email.utils.mktime_tz(parsed)
        return dt.datetime.fromtimestamp(stamp, dt.timezone.utc).isoformat()
    except (OverflowError, ValueError, OSError):
        return None


def iter_messages(f: BinaryIO) -> Iterator[tuple[int, bytes | None, str | None]]:
    """(number, bytes, envelope date) per message; bytes is None when too large."""
    lines = _Lines(f)
    first = lines.peek()
    if first.startswith(_BOM):
        lines.pending = first[len(_BOM):]
    # Skip anything before the first separator (a stray preamble).
    while True:
        line = lines.peek()
        if line == b"":
            return
        if line.startswith(b"From "):
            break
        lines.next()
    number = 0
    while lines.peek() != b"":
        from_line = lines.next()  # mbox framing, not part of the message
        number += 1
        yield number, _read_one(lines, f), envelope_date(from_line)


def _read_one(lines: _Lines, f: BinaryIO) -> bytes | None:
    chunks: list[bytes] = []
    size = 0
    too_large = False
    in_headers = True
    content_length: int | None = None
    body_end: int | None = None
    while True:
        if body_end is not None and lines.tell() >= body_end:
            # Content-Length said where the body ends: drop the blank line
            # that precedes the next separator.
            if _is_blank(lines.peek()) and lines.peek() != b"":
                lines.next()
            return None if too_large else b"".join(chunks)
        line = lines.peek()
        if line == b"":
            break
        # Old writers put no blank line before a separator, so its shape
        # (and the header line after it) is what marks it.
        if body_end is None and line.startswith(b"From ") and _separator_at(f, lines.tell()):
            break
        lines.next()
        if in_headers:
            m = _CONTENT_LENGTH.match(line)
            if m:
                content_length = int(m.group(1))
            if _is_blank(line):
                in_headers = False
                if content_length is not None and _separator_at(f, lines.tell() + content_length):
                    body_end = lines.tell() + content_length
        elif body_end is None:
            line = _QUOTED_FROM.sub(rb"\1", line)
        size += len(line)
        if size > MAX_MESSAGE_BYTES:
            too_large = True
            chunks.clear()
        elif not too_large:
            chunks.append(line)
    if too_large:
        return None
    # The blank line before the next separator belongs to the framing.
    if chunks and _is_blank(chunks[-1]) and lines.peek() != b"":
        chunks.pop()
    return b"".join(chunks)


def read_mbox(path: Path) -> Iterator[RawDocument | SourceError]:
    with path.open("rb") as f:
        for number, content, delivered in iter_messages(f):
            origin = f"{path}#{number}"
            if content is None:
                yield SourceError(origin, f"message larger than {MAX_MESSAGE_BYTES // (1024 * 1024)} MiB, not read")
            elif not content.strip():
                yield SourceError(origin, "empty message in mbox")
            else:
                # The envelope date stands in for a missing Date header.
                yield RawDocument(content=content, media_type=EMAIL, origin=origin, source_kind="mbox", captured_at=delivered)


@hookimpl
def register_source_formats():
    return [SourceFormat("mbox", sniff_mbox, read_mbox)]
