"""Normalised keys for matching names regardless of case, accents and hyphens."""

from __future__ import annotations

import re
import unicodedata

_NON_WORD = re.compile(r"[^\w']+")


def fold(text: str) -> str:
    """Lower-case, accents removed, hyphens and runs of spaces as one space."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    plain = plain.replace("’", "'").lower()
    return _NON_WORD.sub(" ", plain).strip()


def slug(text: str) -> str:
    return fold(text).replace(" ", "-").replace("'", "")
