"""Tokens, sentences and masking for entity extraction.

Offsets always refer to the original section text: masking replaces
characters with spaces instead of removing them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# URLs, e-mail addresses, bare domains and markdown link targets carry no
# entities a reader would name, but their parts look like capitalised words.
_MASK_RE = re.compile(
    r"""
    \]\([^)\s]*\)                                  # markdown link target ](...)
  | (?:https?://|www\.)\S+                         # URLs
  | [\w.+-]+@[\w-]+(?:\.[\w-]+)+                   # e-mail addresses
    """,
    re.VERBOSE,
)
_TLD = r"\.(?:nl|com|org|net|eu|be|de|info|nu|io)\b"
_HAS_TLD = re.compile(_TLD)
_DOMAIN_RE = re.compile(r"\b[\w-]+(?:\.[\w-]+)*" + _TLD + r"(?:/\S*)?")  # rijnmond.nl


_POSTCODE_RE = re.compile(r"\b\d{4} ?[A-Z]{2}\b")  # "1000 AB" is no acronym


def _blank(m: re.Match) -> str:
    return " " * (m.end() - m.start())


_TOKEN_RE = re.compile(
    r"""
    (?:[A-ZÀ-Þ][a-z]{0,2}\.){2,}(?![\w])          # initials: J.P. Th.A.
  | [A-ZÀ-Þ]\.(?=\s+(?:[A-ZÀ-Þ]|van\b|de\b|ter?\b|den\b|der\b))  # single initial before a name
  | '[sS]-[\w]+(?:-[\w]+)*                        # 's-Hertogenbosch
  | '[tT]\b                                       # 't
  | [\w]+(?:[-'’][\w]+)*                          # words, hyphenated words, d'Hondt
  | [^\w\s]                                       # any single other character
    """,
    re.VERBOSE,
)


@dataclass(slots=True)
class Token:
    text: str
    start: int
    end: int
    index: int
    sentence_start: bool = False  # first word of a sentence or line
    newline_before: bool = False

    @property
    def is_cap(self) -> bool:
        c = self.text[0]
        return c.isupper() or (c == "'" and len(self.text) > 2 and self.text[1] in "sStT")

    @property
    def is_word(self) -> bool:
        return self.text[0].isalnum() or self.text[0] == "'"


def mask(text: str) -> str:
    """Blank out URLs, addresses and link targets, keeping every offset."""
    # the patterns are costly to try at every position: look for their
    # literal parts first
    if "://" in text or "www." in text or "@" in text or "](" in text:
        text = _MASK_RE.sub(_blank, text)
    if _HAS_TLD.search(text):
        text = _DOMAIN_RE.sub(_blank, text)
    return _POSTCODE_RE.sub(_blank, text)


_SENTENCE_END = frozenset(".!?:;•|")
# Abbreviations whose full stop does not end a sentence.
_ABBREVIATIONS = frozenset(
    "prof dr mr drs ir ing dhr mevr mw st jl bijv ca nr resp vs mgr ds ir bc ing ir drs sr jr".split()
)
_OPENERS = frozenset("\"“‘'«([-–—*•")


def tokenize(text: str) -> list[Token]:
    """Tokens of ``text`` with sentence-initial positions marked.

    A new line starts a new sentence: newsletters put headings, signatures
    and list items on lines of their own without final punctuation.
    """
    tokens: list[Token] = []
    append = tokens.append
    at_start = True
    prev_end = 0
    find = text.find
    i = 0
    for m in _TOKEN_RE.finditer(text):
        s = m.start()
        e = m.end()
        tok_text = m.group()
        newline = s > prev_end and find("\n", prev_end, s) >= 0
        if newline:
            at_start = True
        first = tok_text[0]
        if first.isalnum() or (first == "'" and len(tok_text) > 1):
            append(Token(tok_text, s, e, i, at_start, newline))
            at_start = False
        else:
            # "J.P." is one token, so a lone full stop really ends something;
            # quotes and brackets keep the start-of-sentence state
            if first in _SENTENCE_END and not (
                first == "." and tokens and tokens[-1].end == s and tokens[-1].text.lower() in _ABBREVIATIONS
            ):
                at_start = True
            append(Token(tok_text, s, e, i, False, newline))
        i += 1
        prev_end = e
    _split_false_initials(tokens)
    return tokens


def _split_false_initials(tokens: list[Token]) -> None:
    """"op X. De minister": a capital letter and full stop before a
    capitalised function word ends a sentence; it is no initial."""
    from .cues import FUNCTION_WORDS, PARTICLES

    for k in range(len(tokens) - 1):
        t = tokens[k]
        if len(t.text) == 2 and t.text[1] == "." and t.text[0].isupper():
            nxt = tokens[k + 1]
            low = nxt.text.lower()
            if nxt.text[0].isupper() and low in FUNCTION_WORDS and low not in PARTICLES:
                t.text = t.text[0]
                t.end -= 1
                nxt.sentence_start = True
            elif nxt.text[0].isupper() and low in ("de", "den", "het") and k > 0 and tokens[k - 1].text[0].islower():
                t.text = t.text[0]
                t.end -= 1
                nxt.sentence_start = True


def sentence_bounds(text: str, tokens: list[Token], index: int) -> tuple[int, int]:
    """Character span of the sentence holding token ``index``."""
    i = index
    while i > 0 and not tokens[i].sentence_start:
        i -= 1
    # include opening quotes before the first word
    start = tokens[i].start
    j = i - 1
    while j >= 0 and tokens[j].text in _OPENERS and not tokens[j + 1].newline_before:
        start = tokens[j].start
        j -= 1
    k = index + 1
    n = len(tokens)
    while k < n and not tokens[k].sentence_start:
        k += 1
    end = tokens[k - 1].end if k - 1 >= index else tokens[index].end
    return start, end
