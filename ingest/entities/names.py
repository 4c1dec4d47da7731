"""Normalised keys for matching names regardless of case, accents and hyphens."""

from __future__ import annotations

import functools
import re
import unicodedata

_NON_WORD = re.compile(r"[^\w']+")


@functools.lru_cache(maxsize=262144)
def fold(text: str) -> str:
    """Lower-case, accents removed, hyphens and runs of spaces as one space."""
    if text.isascii():
        return _NON_WORD.sub(" ", text.lower()).strip()
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    plain = plain.replace("’", "'").lower()
    return _NON_WORD.sub(" ", plain).strip()


def slug(text: str) -> str:
    return fold(text).replace(" ", "-").replace("'", "")
