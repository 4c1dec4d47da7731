"""Dutch-aware search: diacritics folded, then Snowball Dutch stemming.

``stem_nl("In onze wijken")`` -> ``"in onz wijk"``. The same function stems
the indexed text (``sections_stemmed_fts``, built at publish time) and the
words of a query, so "wijken" finds "wijk" and "aanpakken" finds "aanpak".
"""

from __future__ import annotations

import functools
import html
import re
import sqlite3
import threading
import unicodedata

import Stemmer

_WORD = re.compile(r"\w+", re.UNICODE)
# A query token: a phrase, a column filter, a parenthesis, or a bare term.
_QUERY_TOKEN = re.compile(r'"[^"]*"\*?|[()]|[^\s()"]+')
_OPERATORS = {"AND", "OR", "NOT"}
_NEAR = re.compile(r"^NEAR(/\d+)?$")
_COLUMNS = {"heading", "text"}


@functools.lru_cache(maxsize=1)
def _stemmer():
    return Stemmer.Stemmer("dutch")


def fold(text: str) -> str:
    """Lower case without diacritics: "Financiële" -> "financiele"."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def stem_words(text: str) -> list[str]:
    words = _WORD.findall(fold(text or ""))
    return _stemmer().stemWords(words) if words else []


def stem_nl(text: str | None) -> str | None:
    """The stemmed form of a text, words separated by single spaces."""
    if text is None:
        return None
    return " ".join(stem_words(text))


def stem_nl_query(query: str | None) -> str:
    """Rewrite an FTS5 query so it matches the stemmed index.

    Keeps the query syntax: "phrases", prefix*, AND/OR/NOT, NEAR(a b, 5),
    parentheses and column filters (heading: text:). Bare words are stemmed;
    a prefix is only folded (stemming would cut it short twice). A query
    that is not valid FTS5 (a stray parenthesis, a lone NOT) becomes all of
    its words, so typing never ends in a syntax error.
    """
    rewritten = _rewrite_query(query)
    if rewritten and not _valid_fts5(rewritten):
        rewritten = " ".join(f'"{w}"' for w in stem_words(query or ""))
    return rewritten or EMPTY_QUERY


# An empty phrase: valid FTS5 that matches nothing (an empty MATCH is an error).
EMPTY_QUERY = '""'


def fts_query(query: str | None) -> str:
    """A user's search for the unstemmed index: as typed when it is valid
    FTS5, else all of its words; never a syntax error."""
    query = (query or "").strip()
    if query and _valid_fts5(query):
        return query
    words = _WORD.findall(query)
    return " ".join(f'"{w}"' for w in words) or EMPTY_QUERY


_local = threading.local()


def _valid_fts5(expression: str) -> bool:
    conn = getattr(_local, "conn", None)
    if conn is None:
        conn = _local.conn = sqlite3.connect(":memory:")
        conn.execute("create virtual table q using fts5(heading, text)")
    try:
        conn.execute("select rowid from q where q match ?", [expression]).fetchall()
        return True
    except sqlite3.OperationalError:
        return False


def _rewrite_query(query: str | None) -> str:
    parts: list[str] = []
    after_comma = near_open = False
    for token in _QUERY_TOKEN.findall(query or ""):
        comma = token.endswith(",")
        token = token.rstrip(",")
        if after_comma and token.isdigit():  # the distance in NEAR(a b, 5)
            parts.append(token)
        elif token in ("(", ")") or token in _OPERATORS or _NEAR.match(token):
            parts.append(token)
            near_open = (near_open or bool(_NEAR.match(token))) and token != ")"
        elif token.startswith('"'):
            prefix = token.endswith("*")
            words = stem_words(token.rstrip("*").strip('"'))
            if words:
                parts.append('"' + " ".join(words) + '"' + ("*" if prefix else ""))
        else:
            column = ""
            name, sep, rest = token.partition(":")
            if sep and name.lower() in _COLUMNS:
                column, token = name.lower() + ":", rest
            if token.upper().startswith("NEAR("):
                parts.append(token)
                continue
            if token.endswith("*"):
                words = _WORD.findall(fold(token))
                if words:
                    parts.append(column + '"' + " ".join(words) + '"*')
                continue
            words = stem_words(token)
            if words:
                parts.append(column + '"' + " ".join(words) + '"')
        comma = comma and near_open
        if comma and parts:
            parts[-1] += ","
        after_comma = comma
    return " ".join(parts).replace(" ,", ",")


def _query_stems(query: str) -> tuple[set[str], list[str]]:
    """Stems of the query's plain words, and its prefixes (folded)."""
    stems: set[str] = set()
    prefixes: list[str] = []
    for token in _QUERY_TOKEN.findall(query or ""):
        if token in _OPERATORS or _NEAR.match(token):
            continue
        token = token.split(":", 1)[1] if ":" in token and token.split(":", 1)[0].lower() in _COLUMNS else token
        if token.endswith("*"):
            prefixes.extend(_WORD.findall(fold(token)))
        else:
            stems.update(stem_words(token))
    return stems, prefixes


@functools.lru_cache(maxsize=200_000)
def _stem_token(token: str) -> tuple[str, ...]:
    """Stems of the words in one whitespace-delimited token (cached: text repeats)."""
    words = _WORD.findall(token.lower() if token.isascii() else fold(token))
    return tuple(_stemmer().stemWords(words)) if words else ()


@functools.lru_cache(maxsize=200_000)
def _fold_token(token: str) -> tuple[str, ...]:
    return tuple(_WORD.findall(token.lower() if token.isascii() else fold(token)))


def snippet_nl(text: str | None, query: str | None, words: int = 24) -> str | None:
    """A window of ``text`` around the first word matching ``query`` by stem,
    matches wrapped in <mark>; everything else HTML-escaped."""
    if text is None:
        return None
    stems, prefixes = _query_stems(query or "")
    tokens = text.split()
    if not tokens:
        return ""
    def matches(token: str) -> bool:
        return any(stem in stems for stem in _stem_token(token)) or bool(
            prefixes and any(w.startswith(p) for w in _fold_token(token) for p in prefixes)
        )

    # Only the window is shown: find the first match, then mark inside the window.
    first = next((i for i, token in enumerate(tokens) if matches(token)), 0)
    start = max(0, first - words // 3)
    end = min(len(tokens), start + words)
    hits = {i for i in range(start, end) if matches(tokens[i])}
    out = []
    for i in range(start, end):
        raw = html.escape(tokens[i], quote=False)
        out.append(f"<mark>{raw}</mark>" if i in hits else raw)
    return ("…" if start > 0 else "") + " ".join(out) + ("…" if end < len(tokens) else "")
