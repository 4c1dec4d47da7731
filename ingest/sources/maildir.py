"""Maildir folders: ``cur/`` and ``new/`` hold one message per file.

A Maildir++ tree keeps subfolders as hidden directories (``.Newsletters``)
that are Maildirs themselves; they are read too. ``tmp/`` holds messages still
being delivered and is skipped. (Plain directories of ``.eml`` files need no
format of their own: the walker recurses into them.)
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Iterator
from pathlib import Path

from ..hookspecs import hookimpl
from ..models import EMAIL, RawDocument
from . import SourceError, SourceFormat

MESSAGE_DIRS = ("cur", "new")


def delivery_time(name: str) -> str | None:
    """Maildir names start with the delivery time in seconds since the epoch."""
    m = re.match(r"(\d{9,11})\.", name)
    if not m:
        return None
    return dt.datetime.fromtimestamp(int(m.group(1)), dt.timezone.utc).isoformat()


def is_maildir(path: Path) -> bool:
    return path.is_dir() and all((path / name).is_dir() for name in MESSAGE_DIRS)


def sniff_maildir(path: Path, head: bytes | None) -> int:
    return 90 if head is None and is_maildir(path) else 0


def _message_files(folder: Path) -> Iterator[Path]:
    for name in MESSAGE_DIRS:
        try:
            entries = sorted(os.scandir(folder / name), key=lambda e: e.name)
        except OSError:
            continue
        for entry in entries:
            if entry.is_file() and not entry.name.startswith("."):
                yield Path(entry.path)


def read_maildir(path: Path) -> Iterator[RawDocument | SourceError]:
    folders = [path] + sorted(p for p in path.iterdir() if p.name.startswith(".") and is_maildir(p))
    for folder in folders:
        for file in _message_files(folder):
            try:
                content = file.read_bytes()
            except OSError as exc:
                yield SourceError(str(file), f"cannot read: {exc.strerror or exc}")
                continue
            if not content.strip():
                yield SourceError(str(file), "empty message file")
                continue
            yield RawDocument(
                content=content, media_type=EMAIL, origin=str(file), source_kind="maildir", captured_at=delivery_time(file.name)
            )


@hookimpl
def register_source_formats():
    return [SourceFormat("maildir", sniff_maildir, read_maildir)]
