"""WARC captures (plain or gzipped): each HTML response record becomes a document.

The record's WARC-Target-URI and WARC-Date are its provenance (``url`` and
``captured_at``). A capture cut off mid-write keeps its complete records; the
broken tail, and any record whose digest does not match its bytes, is
reported as an error instead of being ingested half.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from ..hookspecs import hookimpl
from ..models import HTML, RawDocument
from . import SourceError, SourceFormat

HTML_TYPES = ("text/html", "application/xhtml+xml")


def _head_text(head: bytes) -> bytes:
    if head[:2] == b"\x1f\x8b":
        try:
            return zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head)
        except zlib.error:
            return b""
    return head


def sniff_warc(path: Path, head: bytes | None) -> int:
    if head is None:
        return 0
    return 95 if _head_text(head).lstrip().startswith(b"WARC/") else 0


def _intact_records(path: Path) -> tuple[set[int], list[SourceError]]:
    """Offsets of complete records whose digests match, and errors for the rest."""
    good: set[int] = set()
    errors: list[SourceError] = []
    size = path.stat().st_size
    end = 0
    with path.open("rb") as stream:
        iterator = ArchiveIterator(stream, no_record_parse=True, check_digests=True)
        try:
            for record in iterator:
                expected = int(record.rec_headers.get_header("Content-Length") or 0)
                got = len(record.raw_stream.read())
                offset = iterator.get_record_offset()  # reads to the record's end
                uri = record.rec_headers.get_header("WARC-Target-URI") or ""
                if got < expected:
                    errors.append(SourceError(f"{path}#{offset}", f"truncated WARC record {uri}: {got} of {expected} bytes"))
                elif any(p.startswith("block digest") for p in record.digest_checker.problems):
                    # Without HTTP parsing only the block digest is meaningful.
                    problems = "; ".join(p for p in record.digest_checker.problems if p.startswith("block digest"))
                    errors.append(SourceError(f"{path}#{offset}", f"damaged WARC record {uri} (truncated or altered): {problems}"))
                else:
                    good.add(offset)
                end = offset + iterator.get_record_length()
        except (ArchiveLoadFailed, zlib.error, EOFError, ValueError) as exc:
            errors.append(SourceError(f"{path}#{end}", f"WARC file broken after byte {end} of {size}: {exc}"))
            return good, errors
        stream.seek(end)
        tail = stream.read()
    # A gzip member or record cut off at the end is silently skipped by the
    # iterator: whatever is left after the last complete record is the broken tail.
    if tail.strip(b"\r\n\x00 "):
        errors.append(SourceError(f"{path}#{end}", f"WARC file truncated: bytes {end}-{size} hold an incomplete record"))
    return good, errors


def read_warc(path: Path) -> Iterator[RawDocument | SourceError]:
    good, errors = _intact_records(path)
    with path.open("rb") as stream:
        iterator = ArchiveIterator(stream)
        try:
            for record in iterator:
                content = record.content_stream().read()
                offset = iterator.get_record_offset()  # reads to the record's end
                if offset not in good or record.rec_type not in {"response", "resource"}:
                    continue
                if record.http_headers is not None:
                    if not record.http_headers.get_statuscode().startswith("2"):
                        continue
                    content_type = record.http_headers.get_header("Content-Type") or ""
                else:
                    content_type = record.rec_headers.get_header("Content-Type") or ""
                if not content_type.lower().startswith(HTML_TYPES):
                    continue
                if not content.strip():
                    continue
                yield RawDocument(
                    content=content,
                    media_type=HTML,
                    origin=f"{path}#{offset}",
                    source_kind="warc",
                    # WARC 1.1 writers may wrap the URI in angle brackets.
                    url=(record.rec_headers.get_header("WARC-Target-URI") or "").strip().strip("<>") or None,
                    captured_at=record.rec_headers.get_header("WARC-Date"),
                )
        except (ArchiveLoadFailed, zlib.error, EOFError, ValueError):
            pass  # already reported by _intact_records
    yield from errors


@hookimpl
def register_source_formats():
    return [SourceFormat("warc", sniff_warc, read_warc)]
