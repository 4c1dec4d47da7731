"""Tokens, sentences and masking for entity extraction.

Offsets always refer to the original section text: masking replaces
characters with spaces instead of removing them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import accumulate, chain, compress, repeat
from operator import add, contains, itemgetter, or_, sub

# URLs, e-mail addresses, bare domains and markdown link targets carry no
# entities a reader would name, but their parts look like capitalised words.
_LINK_TARGET_RE = re.compile(r"\]\([^)\s]*\)")  # markdown link target ](...)
_URL_RE = re.compile(r"(?:https?://|www\.)\S+")
_TLD_RE = re.compile(r"\.(?:nl|com|org|net|eu|be|de|info|nu|io)\b")
_POSTCODE_RE = re.compile(r"\d{4} ?[A-Z]{2}\b")  # "1000 AB" is no acronym
# a bank account: "NL91 ABNA 0417 1643 00" names no bank, however many capitals it has
_IBAN_RE = re.compile(r"\b[A-Z]{2}\d{2} ?[A-Z]{4}(?: ?\d{2,4}){2,5}\b")
_ADDRESS_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._+-")


def _blank(m: re.Match) -> str:
    return " " * (m.end() - m.start())


def _blank_postcode(m: re.Match) -> str:
    # "12345 AB" holds no postcode: the digits must not go on to the left
    # (tested here: a look-behind in the pattern is tried at every position)
    start = m.start()
    if start and m.string[start - 1].isdigit():
        return m.group()
    return " " * (m.end() - start)


_TOKEN_PATTERN = r"""
    [a-zß-öø-ÿ\d_]\w*(?:[-'’]\w+)*                 # lower-case words and numbers: most tokens, tried first
  | (?:[A-ZÀ-Þ][a-z]{0,2}\.){2,}(?![\w])          # initials: J.P. Th.A.
  | (?:[A-ZÀ-Þ]|Th|Ch|Chr|Ph|Joh|Jac|Wm)\.(?=\s+(?:[A-ZÀ-Þ]|\([A-ZÀ-Þ]|van\b|de\b|ter?\b|den\b|der\b))
                                                  # single initial before a name: J. Th. Chr.
  | [A-Z]{1,3}(?:[+&][A-Z]{1,3})+(?![\w+&])       # H+N+S, C&A
  | '[sS]-[\w]+(?:-[\w]+)*                        # 's-Hertogenbosch
  | '[tT]\b                                       # 't
  | [\w]+(?:[-'’][\w]+)*(?:\+(?![+-])(?:[A-ZÀ-Þ]\w*)?)?  # words, hyphenated words, d'Hondt; Witteveen+Bos, UMC+
  | [^\w\s]                                       # any single other character
    """
_TOKEN_RE = re.compile(_TOKEN_PATTERN, re.VERBOSE)
# each token with the white space before it, so offsets come from lengths
_GAP_TOKEN_RE = re.compile(r"(\s*)(" + _TOKEN_PATTERN + r")", re.VERBOSE)
_LONE_INITIAL_RE = re.compile(r"[A-ZÀ-Þ]\.$")


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
    """Blank out URLs, addresses, bank accounts and link targets, keeping every offset."""
    # the patterns are costly to try at every position: look for their
    # literal parts first and grow the match around them
    if "](" in text:
        text = _LINK_TARGET_RE.sub(_blank, text)
    if "://" in text or "www." in text:
        text = _URL_RE.sub(_blank, text)
    if "@" in text:
        text = _blank_around(text, [m.start() for m in re.finditer("@", text)], need_dot_right=True)
    tlds = [m.start() for m in _TLD_RE.finditer(text)]
    if tlds:
        text = _blank_around(text, tlds, need_dot_right=False)
    if "NL" in text:  # (Dutch accounts are the ones whose bank's four capitals look like a name)
        text = _IBAN_RE.sub(_blank, text)
    return _POSTCODE_RE.sub(_blank_postcode, text)


def _blank_around(text: str, anchors: list[int], need_dot_right: bool) -> str:
    """Blank the address-like run of characters around each anchor: the
    "@" of an e-mail address or the ".nl" of a bare domain (rijnmond.nl/x)."""
    chars = list(text)
    n = len(text)
    for at in anchors:
        left = at
        while left > 0 and text[left - 1] in _ADDRESS_CHARS:
            left -= 1
        right = at + 1
        while right < n and (text[right] in _ADDRESS_CHARS or (not need_dot_right and text[right] == "/")):
            right += 1
        if not need_dot_right and right < n and text[right - 1] == "/":
            while right < n and not text[right].isspace():
                right += 1
        while right > at + 1 and text[right - 1] in ".-":  # a sentence's full stop stays
            right -= 1
        if left == at or (need_dot_right and "." not in text[at:right]):
            continue
        chars[left:right] = " " * (right - left)
    return "".join(chars)


_SENTENCE_END = frozenset(".!?:;•|")
# Abbreviations whose full stop does not end a sentence.
_ABBREVIATIONS = frozenset(
    "prof dr mr drs ir ing dhr mevr mw st jl bijv ca nr resp vs mgr ds ir bc ing ir drs sr jr".split()
)
# Titles that open street names ("Burg. de Withstraat", "Fr. Halsplein"): with
# a capital they abbreviate; in lower case they may be words ending a sentence.
TITLE_ABBREVIATIONS = frozenset("burg fr pr kon gen past jhr kard weth pres".split()) | _ABBREVIATIONS
_OPENERS = frozenset("\"“‘'«([-–—*•")


class Tokens:
    """The tokens of a text as parallel lists; ``tokens[k]`` gives a Token.

    Most tokens are lower-case words the rules only glance at, so no object
    is made for a token until something asks for it.
    """

    __slots__ = ("texts", "starts", "ends", "sentence_starts", "newlines", "_views")

    def __init__(self, texts, starts, ends, sentence_starts, newlines):
        self.texts = texts
        self.starts = starts
        self.ends = ends
        self.sentence_starts = sentence_starts
        self.newlines = newlines
        self._views: dict[int, Token] = {}

    def __len__(self) -> int:
        return len(self.texts)

    def __getitem__(self, k):
        try:
            return self._views[k]
        except (KeyError, TypeError):
            pass
        if isinstance(k, slice):
            return [self[i] for i in range(*k.indices(len(self.texts)))]
        if k < 0:
            k += len(self.texts)
        view = self._views.get(k)
        if view is None:
            if not 0 <= k < len(self.texts):
                raise IndexError(k)
            view = self._views[k] = Token(self.texts[k], self.starts[k], self.ends[k], k,
                                          self.sentence_starts[k], self.newlines[k])
        return view

    def __iter__(self):
        return (self[k] for k in range(len(self.texts)))


def tokenize(text: str) -> Tokens:
    """Tokens of ``text`` with sentence-initial positions marked.

    A new line starts a new sentence: newsletters put headings, signatures
    and list items on lines of their own without final punctuation.
    """
    pairs = _GAP_TOKEN_RE.findall(text)
    if not pairs:
        return Tokens([], [], [], [], [])
    gaps, texts = zip(*pairs)
    texts = list(texts)
    lengths = list(map(len, texts))
    ends = list(accumulate(map(add, map(len, gaps), lengths)))
    starts = list(map(sub, ends, lengths))
    newlines = list(map(contains, gaps, repeat("\n")))
    n = len(texts)
    sentence_starts = [False] * n
    # Only tokens after a boundary (the text's start, a new line, a full
    # stop...) can start a sentence: visit those, not every token.
    boundaries = compress(range(n), map(or_, newlines, map(_SENTENCE_END.__contains__, map(itemgetter(0), texts))))
    k = 0  # the text's start is a boundary too
    for b in chain((0,), boundaries):
        if b < k:
            continue
        if not newlines[b] and b and texts[b][0] in _SENTENCE_END:
            # a full stop after an abbreviation ("dr.") ends nothing
            if texts[b][0] == "." and ends[b - 1] == starts[b] and (
                    texts[b - 1].lower() in _ABBREVIATIONS
                    or (texts[b - 1][0].isupper() and texts[b - 1].lower() in TITLE_ABBREVIATIONS)):
                continue
            k = b + 1
        else:
            k = b
        # the first word from here starts the sentence; quotes and brackets
        # keep the state, a new boundary on the way takes over
        while k < n:
            t = texts[k]
            c = t[0]
            if c.isalnum() or (c == "'" and len(t) > 1):
                sentence_starts[k] = True
                break
            if k > b and (newlines[k] or c in _SENTENCE_END):
                break
            k += 1
    tokens = Tokens(texts, starts, ends, sentence_starts, newlines)
    _split_false_initials(text, tokens, compress(range(n - 1), map((2).__eq__, lengths)))
    return tokens


def _split_false_initials(text: str, tokens: Tokens, two_char: Iterable[int]) -> None:
    """"op X. De minister": a capital letter and full stop before a
    capitalised function word ends a sentence; it is no initial.

    ``two_char``: the indexes of the two-character tokens ("X."), where
    such an initial can be."""
    from .cues import FUNCTION_WORDS, PARTICLES

    texts, starts = tokens.texts, tokens.starts
    for k in two_char:
        t = texts[k]
        if t[1] != "." or not _LONE_INITIAL_RE.match(t):
            continue
        s = starts[k]
        if s and (text[s - 1].isalnum() or text[s - 1] in "._"):
            continue
        nxt = texts[k + 1]
        low = nxt.lower()
        if nxt[0].isupper() and (
            (low in FUNCTION_WORDS and low not in PARTICLES)
            or (low in ("de", "den", "het") and k > 0 and texts[k - 1][0].islower())
        ):
            texts[k] = texts[k][0]
            tokens.ends[k] -= 1
            tokens.sentence_starts[k + 1] = True


def sentence_bounds(text: str, tokens: Tokens, index: int) -> tuple[int, int]:
    """Character span of the sentence holding token ``index``."""
    sent, texts, starts, ends, newlines = (tokens.sentence_starts, tokens.texts, tokens.starts,
                                           tokens.ends, tokens.newlines)
    i = index
    while i > 0 and not sent[i]:
        i -= 1
    # include opening quotes before the first word
    start = starts[i]
    j = i - 1
    while j >= 0 and texts[j] in _OPENERS and not newlines[j + 1]:
        start = starts[j]
        j -= 1
    k = index + 1
    n = len(texts)
    while k < n and not sent[k]:
        k += 1
    end = ends[k - 1] if k - 1 >= index else ends[index]
    return start, end
