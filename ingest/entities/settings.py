"""Run-time options of the entity layer.

The core CLI passes ``--ner-model NAME`` as ``configure(ner_model=NAME)``;
``configure(archive_db=PATH)`` makes the archive's gazetteer and reviewed
candidates part of the lexicons. Environment variables
``NEWSLETTER_ARCHIVE_NER_MODEL`` and ``NEWSLETTER_ARCHIVE_DB`` do the same.
"""

from __future__ import annotations

import os

import sqlite_utils

from .lexicon import Lexicon, default_lexicon, lexicon_from_db

_options: dict = {"ner_model": None, "archive_db": None}
_cache: dict = {}


def configure(*, ner_model: str | None = None, archive_db=None) -> None:
    """``archive_db`` is a path, or an open ``sqlite_utils.Database`` (an open
    archive passes its own connection, so no second one holds the file)."""
    if ner_model is not None:
        _options["ner_model"] = ner_model or None
    if archive_db is not None:
        _options["archive_db"] = archive_db if isinstance(archive_db, sqlite_utils.Database) else (str(archive_db) if archive_db else None)
    _cache.clear()


def ner_model() -> str | None:
    return _options["ner_model"] or os.environ.get("NEWSLETTER_ARCHIVE_NER_MODEL") or None


def archive_db() -> "str | sqlite_utils.Database | None":
    return _options["archive_db"] or os.environ.get("NEWSLETTER_ARCHIVE_DB") or None


def current_lexicon() -> Lexicon:
    source = archive_db()
    if isinstance(source, sqlite_utils.Database):
        if source not in _cache:
            _cache[source] = lexicon_from_db(source)
        return _cache[source]
    if not source or not os.path.exists(source):
        return default_lexicon()
    if source not in _cache:
        db = sqlite_utils.Database(source)
        try:
            _cache[source] = lexicon_from_db(db)
        finally:
            db.close()
    return _cache[source]


def reset_lexicon() -> None:
    """Forget cached lexicons, e.g. after a gazetteer import or a review."""
    _cache.clear()
