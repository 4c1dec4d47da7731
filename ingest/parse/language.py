"""Guess the language of an issue from its most frequent function words."""

from __future__ import annotations

import re
from collections import Counter

_STOPWORDS = {
    "nl": "de het een en van in is dat op te zijn met voor niet aan er ook als bij om door maar wordt naar deze we je".split(),
    "en": "the and of to in is that for on with are as be this by it at from or was you your we our".split(),
    "de": "der die und das ist nicht mit sich des auf für ein eine dem den zu von im sie wir ihr".split(),
    "fr": "le la les et des est une pour dans que qui pas sur au du avec ce nous vous sont".split(),
}
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def guess_language(text: str, min_hits: int = 5) -> str | None:
    words = Counter(w.lower() for w in _WORD.findall(text[:50_000]))
    scores = {lang: sum(words[w] for w in stop) for lang, stop in _STOPWORDS.items()}
    lang, hits = max(scores.items(), key=lambda item: item[1])
    return lang if hits >= min_hits else None
