"""Run-time options of the entity layer.

The core CLI passes ``--ner-model NAME`` as ``configure(ner_model=NAME)``;
``configure(archive_db=PATH)`` makes the archive's gazetteer and reviewed
candidates part of the lexicons. Environment variables
``NEWSLETTER_ARCHIVE_NER_MODEL`` and ``NEWSLETTER_ARCHIVE_DB`` do the same.
"""

from __future__ import annotations

import os

from .lexicon import Lexicon, default_lexicon, lexicon_from_db

_options: dict = {"ner_model": None, "archive_db": None}
_cache: dict = {}


def configure(*, ner_model: str | None = None, archive_db=None) -> None:
    if ner_model is not None:
        _options["ner_model"] = ner_model or None
    if archive_db is not None:
        _options["archive_db"] = str(archive_db) if archive_db else None
    _cache.clear()


def ner_model() -> str | None:
    return _options["ner_model"] or os.environ.get("NEWSLETTER_ARCHIVE_NER_MODEL") or None


def archive_db() -> str | None:
    return _options["archive_db"] or os.environ.get("NEWSLETTER_ARCHIVE_DB") or None


def current_lexicon() -> Lexicon:
    path = archive_db()
    if not path or not os.path.exists(path):
        return default_lexicon()
    if path not in _cache:
        import sqlite_utils

        _cache[path] = lexicon_from_db(sqlite_utils.Database(path))
    return _cache[path]


def reset_lexicon() -> None:
    """Forget cached lexicons, e.g. after a gazetteer import or a review."""
    _cache.clear()
