"""Single-file sources: one .eml, one saved HTML page, one plain-text rendition."""

from __future__ import annotations

import re
from pathlib import Path

from ..hookspecs import hookimpl
from ..models import EMAIL, HTML, TEXT, RawDocument
from . import SourceFormat

# Header names that open real messages, as saved by mail clients.
_HEADER_LINE = re.compile(
    rb"^(from|to|subject|date|message-id|mime-version|received|return-path|delivered-to|"
    rb"x-[\w-]+|reply-to|content-type|list-id|list-unsubscribe|dkim-signature|arc-[\w-]+|"
    rb"authentication-results|sender|cc|thread-topic|thread-index|importance)\s*:",
    re.I | re.M,
)
_HTML_MARKERS = re.compile(rb"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<table[\s>]|<div[\s>]|<p[\s>]", re.I)


def _strip_bom(head: bytes) -> bytes:
    return head[3:] if head.startswith(b"\xef\xbb\xbf") else head


_ANY_HEADER_LINE = re.compile(rb"^[A-Za-z][A-Za-z0-9-]*[ \t]*:")


def sniff_email(path: Path, head: bytes | None) -> int:
    if head is None:
        return 0
    head = _strip_bom(head).lstrip(b" \t\r\n")  # a stray blank or indent before the first header
    first_lines = head.split(b"\n", 40)[:40]
    header_block = b"\n".join(first_lines)
    hits = len(_HEADER_LINE.findall(header_block))
    if _HEADER_LINE.match(head):
        if hits >= 2:
            return 80 if path.suffix.lower() in {".eml", ".msg822", ".mail", ""} else 70
        return 40 if path.suffix.lower() == ".eml" else 0
    # A first header we do not know (or misspelt, "Recieved:"), followed by a
    # block of header lines that includes known ones.
    if _ANY_HEADER_LINE.match(head):
        block = re.split(rb"\r?\n\r?\n", head, maxsplit=1)[0].splitlines()
        fields = [line for line in block if line and line[:1] not in b" \t"]
        if len(fields) >= 3 and all(_ANY_HEADER_LINE.match(f) for f in fields) and hits >= 2:
            return 65
    return 0


def sniff_html(path: Path, head: bytes | None) -> int:
    if head is None:
        return 0
    if _HTML_MARKERS.search(head):
        return 60
    return 30 if path.suffix.lower() in {".html", ".htm", ".xhtml"} else 0


def sniff_text(path: Path, head: bytes | None) -> int:
    if head is None or b"\x00" in head:
        return 0
    if path.suffix.lower() in {".txt", ".text", ".md", ".markdown", ""}:
        return 20
    # Another extension: only if it reads as text at all (not a PDF or image).
    try:
        sample = head.decode("utf-8", errors="strict") if len(head) < 4096 else head[:4000].decode("utf-8", errors="ignore")
    except UnicodeDecodeError:
        return 0
    printable = sum(ch.isprintable() or ch in "\r\n\t" for ch in sample)
    return 5 if sample and printable / len(sample) > 0.97 and not sample.startswith("%PDF") else 0


def _reader(media_type: str, kind: str):
    def read(path: Path):
        yield RawDocument(content=path.read_bytes(), media_type=media_type, origin=str(path), source_kind=kind)

    return read


@hookimpl
def register_source_formats():
    return [
        SourceFormat("eml", sniff_email, _reader(EMAIL, "eml")),
        SourceFormat("html", sniff_html, _reader(HTML, "html")),
        SourceFormat("text", sniff_text, _reader(TEXT, "text")),
    ]
