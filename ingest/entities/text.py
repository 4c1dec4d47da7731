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
  | \b[\w-]+(?:\.[\w-]+)*\.(?:nl|com|org|net|eu|be|de|info|nu|io)\b(?:/\S*)?  # bare domains
    """,
    re.VERBOSE,
)

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
    return _MASK_RE.sub(lambda m: " " * (m.end() - m.start()), text)


_SENTENCE_END = frozenset(".!?:;•|")
_OPENERS = frozenset("\"“‘'«([-–—*•")


def tokenize(text: str) -> list[Token]:
    """Tokens of ``text`` with sentence-initial positions marked.

    A new line starts a new sentence: newsletters put headings, signatures
    and list items on lines of their own without final punctuation.
    """
    tokens: list[Token] = []
    at_start = True
    prev_end = 0
    for i, m in enumerate(_TOKEN_RE.finditer(text)):
        s, e = m.span()
        tok_text = m.group()
        newline = "\n" in text[prev_end:s]
        if newline:
            at_start = True
        tok = Token(tok_text, s, e, i, False, newline)
        first = tok_text[0]
        if first.isalnum() or (first == "'" and len(tok_text) > 1):
            if at_start:
                tok.sentence_start = True
                at_start = False
        elif first in _SENTENCE_END:
            # "J.P." is one token, so a lone full stop really ends something
            at_start = True
        elif first in _OPENERS:
            pass  # quotes and brackets keep the start-of-sentence state
        tokens.append(tok)
        prev_end = e
    _split_false_initials(tokens)
    return tokens


def _split_false_initials(tokens: list[Token]) -> None:
    """"op X. De minister": a capital letter and full stop before a
    capitalised function word ends a sentence; it is no initial."""
    from .cues import FUNCTION_WORDS, PARTICLES

    for k in range(len(tokens) - 1):
        t = tokens[k]
        if len(t.text) == 2 and t.text[1] == ".":
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
