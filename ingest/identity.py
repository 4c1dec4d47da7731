"""When two sources are the same issue.

Same Message-ID means same issue. Otherwise a content fingerprint decides: a
hash of the issue's visible text with everything that differs between
subscribers (URLs, e-mail addresses, long tokens and numbers) removed, so the
copies two subscribers received hash alike.
"""

from __future__ import annotations

import hashlib
import re

from .models import ParsedIssue

_URL = re.compile(r"(?:https?://|www\.)\S+", re.I)
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_TOKENISH = re.compile(r"\b(?=\w*\d)\w{6,}\b")  # ids and codes mixing digits and letters
_SPACE = re.compile(r"\s+")


def normalised_text(issue: ParsedIssue) -> str:
    parts = []
    for section in issue.sections:
        if section.heading:
            parts.append(section.heading)
        parts.extend(section.paragraphs)
    text = " ".join(parts).lower()
    text = _URL.sub(" ", text)
    text = _EMAIL.sub(" ", text)
    text = _TOKENISH.sub(" ", text)
    return _SPACE.sub(" ", text).strip()


def fingerprint(issue: ParsedIssue) -> str | None:
    text = normalised_text(issue)
    if len(text) < 20:
        return None
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
