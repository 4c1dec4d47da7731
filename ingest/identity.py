"""When two sources are the same issue.

Same Message-ID means same issue. Otherwise a content fingerprint decides.

The fingerprint is the SHA-256 of the issue's visible text (headings and
paragraphs, in order; link URLs are not part of it), lower-cased, with
everything that differs between subscribers removed:

- URLs (they carry tracking parameters and per-subscriber tokens),
- e-mail addresses (the recipient's, in "sent to ..." footers),
- id-like words mixing letters and digits, six characters or more (tokens,
  order and subscriber numbers),
- what the email parser already redacted (``[removed]``: the recipient's
  name and address, tokens),
- runs of whitespace.

So the copies two subscribers received (``*.u1.eml`` / ``*.u2.eml``) hash
alike, while a different issue of the same newsletter does not. Texts under
20 characters after this get no fingerprint: too little to tell issues apart.
"""

from __future__ import annotations

import hashlib
import re

from .models import ParsedIssue
from .parse.privacy import REDACTED

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
    text = " ".join(parts).lower().replace(REDACTED, " ")
    text = _URL.sub(" ", text)
    text = _EMAIL.sub(" ", text)
    text = _TOKENISH.sub(" ", text)
    return _SPACE.sub(" ", text).strip()


def fingerprint(issue: ParsedIssue) -> str | None:
    text = normalised_text(issue)
    if len(text) < 20:
        return None
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
