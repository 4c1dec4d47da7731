"""The source layer: turn paths into RawDocuments.

Each format is a ``SourceFormat`` registered through the
``register_source_formats`` hook. Detection is by content: every format scores
how sure it is that a path is its own (0 = not mine), the highest score wins,
so a ``.txt`` that is really an email is read as an email.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from ..models import RawDocument

HEAD_BYTES = 4096


@dataclass(frozen=True)
class SourceError:
    """A source that could not be read; the batch goes on without it."""

    origin: str
    message: str
    stage: str = "read"


@dataclass(frozen=True)
class SourceFormat:
    name: str
    # (path, first bytes of the file, or None for a directory) -> confidence 0..100
    sniff: Callable[[Path, bytes | None], int]
    # path -> documents (or SourceErrors for parts that cannot be read)
    read: Callable[[Path], Iterator[RawDocument | SourceError]]


def source_formats() -> list[SourceFormat]:
    from ..plugins import pm

    formats: list[SourceFormat] = []
    for registered in pm.hook.register_source_formats():
        formats.extend(registered or [])
    return formats


def detect(path: Path, formats: list[SourceFormat] | None = None) -> SourceFormat | None:
    """The format that claims ``path`` most strongly, or None."""
    formats = source_formats() if formats is None else formats
    head: bytes | None = None
    if not path.is_dir():
        with path.open("rb") as f:
            head = f.read(HEAD_BYTES)
    best, best_score = None, 0
    for fmt in formats:
        score = fmt.sniff(path, head)
        if score > best_score:
            best, best_score = fmt, score
    return best


def _is_hidden(name: str) -> bool:
    return name.startswith(".")


def iter_documents(paths, formats: list[SourceFormat] | None = None) -> Iterator[RawDocument | SourceError]:
    """Every document under ``paths`` (files and directories, recursed)."""
    formats = source_formats() if formats is None else formats
    for raw_path in paths:
        path = Path(raw_path)
        if not path.exists():
            yield SourceError(str(path), "no such file or directory")
            continue
        yield from _walk(path, formats)


def _walk(path: Path, formats: list[SourceFormat]) -> Iterator[RawDocument | SourceError]:
    try:
        fmt = detect(path, formats)
    except OSError as exc:
        yield SourceError(str(path), f"cannot read: {exc.strerror or exc}")
        return
    if fmt is not None:
        try:
            yield from fmt.read(path)
        except OSError as exc:
            yield SourceError(str(path), f"cannot read: {exc.strerror or exc}")
        except Exception as exc:  # a reader bug must not end the batch
            yield SourceError(str(path), f"{fmt.name} reader failed: {type(exc).__name__}: {exc}")
        return
    if path.is_dir():
        try:
            children = sorted(os.scandir(path), key=lambda e: e.name)
        except OSError as exc:
            yield SourceError(str(path), f"cannot list directory: {exc.strerror or exc}")
            return
        for entry in children:
            if not _is_hidden(entry.name):
                yield from _walk(Path(entry.path), formats)
        return
    yield SourceError(str(path), "unrecognised format (not an email, mailbox, HTML, text or other known source)")
