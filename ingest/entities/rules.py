"""The default extractor: capitalised spans, lexicons, cues and a gazetteer.

Dutch capitalises proper names but not common nouns, so a capitalised word
that does not start a sentence is a strong signal of a name. What kind of
name it is follows from the lexicons (first names, surnames, places,
organisations), the words around it (roles, speech verbs, prepositions,
place-type words) and the shape of the span (organisation head words,
compass suffixes, street suffixes). Spans that stay unexplained are
returned as candidates for review instead of being guessed.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left, bisect_right
from itertools import chain, compress
from operator import and_, itemgetter, not_
from dataclasses import dataclass, field

from . import cues
from .lexicon import Lexicon
from .names import fold
from .text import TITLE_ABBREVIATIONS, Token, mask, sentence_bounds, tokenize

PERSON, PLACE, ORGANISATION = "person", "place", "organisation"

_ACRONYM = re.compile(r"^[A-Z]{1,3}(?:[+&][A-Z]{1,3})+$|^[A-Z][A-Za-z]*[A-Z][A-Z0-9]*$|^[A-Z]{2,}\d*$|^[A-Z]\d+$|^D66$")
_INITIALS_RE = re.compile(r"^(?:[A-ZÀ-Þ][a-z]{0,2}\.)+$")


@functools.lru_cache(maxsize=1 << 19)
def _is_initials(w: str) -> bool:
    """"J.P.", "Th." (remembered: asked for the same words again and again)."""
    return _INITIALS_RE.match(w) is not None and w not in _LETTER_ABBREVIATIONS


# abbreviations written like initials: "P.S. Vergeet niet ...", "N.B. Neem ..."
_LETTER_ABBREVIATIONS = frozenset("P.S. N.B. PS. NB. A.U.B. S.V.P.".split())


# what a person was or shares in a role: "oud-lid", "ex-voorzitter", "mede-oprichter"
_ROLE_PREFIXES = frozenset("oud ex vice mede co adjunct interim".split())
# a youth team by its age ("JO11-2", "MO13", "JO8"): a team of a club, no name
_TEAM_CODE = re.compile(r"^[JM]O\d{1,2}(?:-\d{1,2})?$")
_HYPHEN_ACRONYM = re.compile(r"^([A-Z][A-Za-z]*[A-Z])-[a-zà-ÿ]")
_DIGITS = re.compile(r"\d")
_HYPHEN_LOWER = re.compile(r"^([A-ZÀ-Þ][\w']+)-[a-zà-ÿ]")

def _short_lines(text: str, starts: list[int]):
    """(line, first token, last token) of each short line of three or more
    words: where headings are."""
    offset = 0
    for line in text.split("\n"):
        if len(line) < 160 and line.count(" ") >= 2 and len(line.split()) >= 3:
            yield line, bisect_left(starts, offset), bisect_left(starts, offset + len(line)) - 1
        offset += len(line) + 1


_HOUSE_NUMBER = re.compile(r"^\d{1,3}[a-zA-Z]?$")
# connectors of organisation names that never sit inside a person's name
_SEPARATES_NAMES = cues.ORG_CONNECTORS - cues.PARTICLES
_PLACE_JOINERS = frozenset(("aan", "op", "in", "bij", "binnen", "onder", "over"))
# words that open institutions' names, in lower case too: "het ministerie van BZK"
_INSTITUTION_OPENER = re.compile(r"\b(?:[Mm]inisterie|inspectie|rijksdienst) (?:van|voor)\b")
# a short quotation opening with a capital: a title, when it is no sentence
_QUOTED_TITLE = re.compile(r"""[‘“"']([A-ZÀ-Þ][^‘’“”"\n]{1,80}?)[’”"'](?=[\s.,;:!?)]|$)""")
# words of speech, not of titles: “Noem Oude Passart geen minimawijk”
_SPEECH_WORDS = frozenset("ik we wij je jij u jullie geen niet is was zijn heeft hebben moet moeten kan kunnen "
                          "wil willen zou zal mag".split())
_CLOSING_QUOTES = frozenset("’'”\"")
_SPEECH_AFTER = re.compile(r"(?:,\s*(?:" + "|".join(sorted(cues.SPEECH_VERBS)) + r")|\s*(?:aldus|zegt|zei|vertelt|vertelde))\b")
_CAMEL = re.compile(r"^(?!Mc|Mac|De|Le|La|Di|Van|Da)[A-Z][a-zà-ÿ]{2,}[A-Z][a-zà-ÿ]{2,}$")
_ROAD = re.compile(r"^[ANE]\d{1,3}$")
_LOWER_BRAND = re.compile(r"[a-z]{2,}[A-Z][a-z]{2,}[A-Za-z]*|[a-z]{4,}\d")
_BRAND_HINT = re.compile(r"[a-z][A-Z0-9]")
_ADDRESS_MARKS = frozenset("@/.:-")  # "info@woCom.nl", "www.deltaWonen.nl"
_ADDRESS_MARKS_AFTER = _ADDRESS_MARKS - {"."}  # a full stop after a name may end its sentence
# heads of bodies named after the area they speak for: "Wijkbelangen Emmerhout"
_AREA_BODIES = ("wijk", "buurt", "dorp", "bewoners", "stads", "gemeente", "burger", "leefbaar")
_MASTHEAD_WORDS = frozenset("nieuwsbrief nieuws editie jaargang nummer nr nr. uitgave bulletin".split())
# what follows a sender's name in a masthead: the newsletter, its issue or its date
_MASTHEAD_TAIL = re.compile(r"(?i)\b(?:" + "|".join(map(re.escape, sorted(
    _MASTHEAD_WORDS | {w for w in cues.MONTHS_AND_DAYS if not w.endswith("dag")}
    | {"voorjaar", "zomer", "najaar", "winter"}))) + r"|20\d\d)(?!\w)")
_PUBLICATION_ENDS = ("post", "berichten", "krant", "courant", "brief", "praat", "klanken", "flits")
# ("De Trekvogelpost", "Wijkberichten", "Dijkpraat", "Kerkklanken", "Wijkflits")
_PUBLICATION_TITLE_ENDS = cues.PUBLICATION_SUFFIXES + _PUBLICATION_ENDS
_HEADING_PREPOSITIONS = frozenset(
    "in op langs naar bij uit rond voor aan over door met tot tegen achter onder tussen om richting vanuit".split())
# people who live in a place or a building, not who work for it: "bewoners van", "huurders van"
_RESIDENT_ENDINGS = ("bewoner", "bewoners", "inwoner", "inwoners", "huurders")
_PLACE_QUALIFIERS = frozenset("aangrenzende naburige nabijgelegen naastgelegen heel half".split())
_COLOURS = frozenset("zwarte witte rode groene blauwe gele grijze bruine kromme".split())
# (and waters, polders and headlands: "Polder Maltha", "Gat van de Noorderklip", "Kop van 't Land")
_STREET_HEADS = dict.fromkeys("Laan Park Plein Kade Singel Dreef Pad".split(), "street") | {
    "Polder": "water", "Gat": "water", "Kop": "region"}
_STREET_ADJECTIVES = frozenset("korte lange grote groote kleine oude nieuwe hoge hooge lage brede smalle".split())
# "langs de Worm", "op de Heuvelrug": prepositions of where before an article and an unknown name
_ARTICLE_PLACE_PREPOSITIONS = frozenset("in naar uit op aan langs over rond via vanaf".split())
# Endings of names of places, streets and waters: "Reeshof", "Dakpark", "Kattenbroek"
_TOPONYM_PARTS = cues.STREET_SUFFIXES + cues.TOPONYM_ENDINGS + cues.NATURE_SUFFIXES
# Last parts of compounds that name a place: "Afrikaandermarkt", "Konijnenwei", "Gevangenpoort"
_PLACE_NOUNS = _TOPONYM_PARTS + cues.DISTRICT_SUFFIXES + cues.FACILITY_SUFFIXES + (
    "plaats", "poort", "wei", "erf", "land", "landen", "velden", "eiland")
# What separates a street and number from the town in an address line ("Kleinzand 12, Sneek",
# "Nieuwstad 30 · Vorden", "Hoofd 2 | Hoorn")
_ADDRESS_SEPARATORS = frozenset(", · | • – -".split())
# Places people live in: a town's adjective before one is no part of its name ("de Vlaardingse Westwijk");
# before a region or a water it may be ("de Utrechtse Heuvelrug", "de Delfshavense Schie")
_SETTLEMENT_KINDS = frozenset("town municipality district neighbourhood focus_area".split())
# Parts of a body named by their topic: "de werkgroep Verkeer", "de commissie Onderwijs"
_SUBUNITS = ("werkgroep", "commissie", "afdeling", "sectie", "team")
# Teams by their number: "Heren 2", "Dames 1"
_TEAM_WORDS = frozenset("heren dames jongens meisjes veteranen senioren junioren".split())
# Last words of events' names: "Amstel Gold Race", "Rotterdam Marathon", "Damen Cup"
_EVENT_LAST = frozenset("race marathon toernooi classic cup trofee kampioenschap kampioenschappen festival".split())
_PLACES_NOT_BODIES = _SETTLEMENT_KINDS | {"country", "province", "region"}
# What one works with, or what organises, sponsors or pays: a body
_PARTNER_VERBS = frozenset("""georganiseerd gesponsord ondersteund gemaakt verzorgd aangeboden gefinancierd
    betaald gesteund""".split())


def _partner_cue(before: list[str]) -> bool:
    """"samen met (de)", "in samenwerking met", "georganiseerd door (het)" just before a name."""
    if before and before[-1] in ("de", "het"):
        before = before[:-1]
    if len(before) < 2:
        return False
    return (before[-1] == "met" and before[-2] in ("samen", "samenwerking")) \
        or (before[-1] == "door" and before[-2] in _PARTNER_VERBS)


# the particle ending the first half of a double surname: "Hermsen-van Bergen", "Smits-van der Velde"
_HYPHEN_PARTICLES = ("-van", "-de", "-den", "-der", "-ter", "-te")
# Prepositions of being in or going to a building
_INTO = frozenset("in naar op vanuit".split())
_STREET_PREPOSITIONS = frozenset("op aan langs van naar over via bij en".split())
_SCHOOL_ACRONYMS = frozenset(s.upper() for s in cues.SCHOOL_PREFIXES) - {"CBS", "KC", "BS", "SG"}
# Particles that may open a surname at the start of a sentence: "De Jonge zegt".
_NAME_OPENERS = frozenset("de den der van ter ten te di da du le la von del el".split())
# (and "'t" opening a sentence: "'t Hart krijgt ...", the surname of Kees 't Hart)
_SURNAME_OPENERS = _NAME_OPENERS | {"'t"}

# Connectors allowed between capitalised words when building a span.
# "in", "uit", "met" and the like end a name: "Instituut in Duitsland".
_COORDINATORS = frozenset(("en", "of", "&"))
_ARTICLES = frozenset(("de", "het", "'t", "een"))
_ARABIC_PARTICLES = frozenset("el al ben bin ibn abu ait".split())
# Endings of adjectives, verbs and plurals: "Grote Poot", "Openen Deuren" are no given name and surname.
_NOT_GIVEN_NAME_ENDINGS = cues.ADJECTIVE_ENDINGS + ("e", "er", "en")
# Endings of the dictionary's capitalised words for peoples, languages and adjectives: "Turks", "Pools",
# "Surinaamse", "Marokkaan", "Syriër".
_PEOPLE_ENDINGS = ("s", "se", "sch", "sche", "ees", "ese", "aan", "aanse", "iër", "ier", "ing", "talig")
# A capitalised article mid-sentence opens a name ("aan Het Energiehuis", "in De Hoogte").
_CAPITAL_ARTICLES = ("De", "Het")
# prepositions that place a name with a capital article: next to a building, or along or around an area
# (not "door": "een stuk door De Tijd" is played by a company)
_NEXT_TO = frozenset(("achter", "naast", "tegenover"))
_ALONG_PLACES = _NEXT_TO | frozenset(("langs", "rond", "rondom", "via"))


def _acronym_as_a_word(words: list[str], org: tuple) -> bool:
    """A known body's short acronym written as a word names no body: "Ad" is a given name,
    not the "AD" (a longer acronym read as a word may be written so: "de Navo")."""
    acronym = org[1]
    return len(words) == 1 and len(words[0]) <= 3 and bool(acronym) and acronym.isupper() \
        and not words[0].isupper() and fold(words[0]) == fold(acronym)


def _particle_after_name(words: list[str]) -> bool:
    """"De Punt van de A28", "De TDI's van VW en Audi": after the first word that is no
    particle comes another particle in lower case or "en", so the words are no one surname."""
    core = next((k for k, w in enumerate(words) if w.lower() not in cues.PARTICLES), len(words))
    return any(w in cues.PARTICLES or w == "en" for w in words[core + 1:])


def _written_elsewhere(text: str, lowered_text: str, tokens, phrase: str) -> str | None:
    """``phrase`` (lower case) as the text writes it somewhere in mixed case, if it does
    (not where it opens a sentence: a capital says nothing there)."""
    starts, sentence_starts = tokens.starts, tokens.sentence_starts
    at = lowered_text.find(phrase)
    while at != -1:
        seen = text[at: at + len(phrase)]
        k = bisect_left(starts, at)
        if not seen.isupper() and k < len(starts) and starts[k] == at \
                and (at + len(phrase) == len(text) or not text[at + len(phrase)].isalnum()) \
                and (seen.islower() or not sentence_starts[k]):
            return seen
        at = lowered_text.find(phrase, at + 1)
    return None


_VOWELS = re.compile(r"[aeiouy]")
# a word in capitals of three letters or more: a heading may be written in them
_SHOUTED_WORDS = re.compile(r"\b[A-ZÀ-Þ]{3,}\b")
# a capitalised article after a lower-case word: where a name is written with its article
_ARTICLE_MID_SENTENCE = re.compile(r"[a-zà-ÿ] (?:De|Het|Den|'t) [A-ZÀ-Þ]")
# capitalised articles that can open a name as written: "De Horsten", "Het Anker", "Den Haag"
_WRITTEN_ARTICLES = frozenset(("De", "Het", "Den", "'t"))
_SPAN_CONNECTORS = (cues.PARTICLES | cues.ORG_CONNECTORS) - {"in", "op", "uit", "te", "bij", "aan", "met", "tegen"}


@dataclass
class Found:
    """One classified span in one text."""

    kind: str | None  # None: unexplained candidate
    start: int
    end: int
    surface: str
    name: str
    confidence: float
    role: str | None = None
    attributes: dict = field(default_factory=dict)
    first_tok: int = 0
    last_tok: int = 0
    sentence_initial: bool = False
    particle_start: int | None = None  # a sentence-initial particle left out: "Ter" of "Ter Horst"
    particle: str | None = None
    sentences: "Sentences | None" = None

    @property
    def snippet(self) -> str:
        """The sentence the name stands in."""
        return self.sentences.around(self.first_tok) if self.sentences else ""


class LowerCaseWords:
    """``word in words``: does the text write this (lower-case) word as a
    word of its own? Asked for a few words per text, so each is looked up in
    the text when asked, not gathered beforehand."""

    __slots__ = ("text", "answers")

    def __init__(self, text: str):
        self.text = text
        self.answers: dict[str, bool] = {}

    def __contains__(self, word: str) -> bool:
        answer = self.answers.get(word)
        if answer is None:
            answer = self.answers[word] = self._find(word)
        return answer

    def _find(self, word: str) -> bool:
        text, n = self.text, len(word)
        if not n or not word.islower():
            return False
        at = text.find(word)
        while at != -1:
            before = text[at - 1] if at else " "
            after = text[at + n] if at + n < len(text) else " "
            if not (before.isalnum() or before in "-'’") and not (after.isalnum() or after in "-'’"):
                return True
            at = text.find(word, at + 1)
        return False


class Sentences:
    """The sentences of one analysed text, cut out when first asked for."""

    __slots__ = ("text", "tokens", "starts", "cut")

    def __init__(self, text: str, tokens):
        self.text, self.tokens = text, tokens
        self.starts = list(compress(range(len(tokens.sentence_starts)), tokens.sentence_starts))
        self.cut: dict[int, str] = {}

    def around(self, token: int) -> str:
        k = bisect_right(self.starts, token) - 1
        k = self.starts[k] if k >= 0 else 0
        snippet = self.cut.get(k)
        if snippet is None:
            s, e = sentence_bounds(self.text, self.tokens, k)
            snippet = self.cut[k] = self.text[s:e].strip()
        return snippet


@functools.lru_cache(maxsize=1 << 19)
def _name_like_text(t: str) -> bool:
    """A capitalised word that can be (part of) a name; remembered for every
    extractor, as it depends on the word alone."""
    c = t[0]
    if c.isupper():
        return not _DIGITS.match(t) and t.lower() not in cues.MONTHS_AND_DAYS and not _TEAM_CODE.match(t)
    return c == "'" and len(t) > 2 and t[1] in "sS" and t[2] == "-"


_MISSING = object()


def _take_reading(f: "Found", src: "Found", confidence: float) -> None:
    """Read mention ``f`` as the issue reads ``src``: its kind, name and attributes."""
    f.kind, f.name, f.confidence = src.kind, src.name, confidence
    f.attributes = {k: v for k, v in src.attributes.items() if k != "ambiguous_with"}


class _Answers(dict):
    """One word fact's answers, each worked out by its rule on first ask."""

    __slots__ = ("rule", "facts")

    def __init__(self, rule, facts: "WordFacts"):
        super().__init__()
        self.rule, self.facts = rule, facts

    def __missing__(self, w: str):
        answer = self[w] = self.rule(self.facts, w)
        return answer


class WordFacts:
    """Facts about single words that depend on the lexicon alone ("is a
    surname", "heads an organisation's name"), one set per lexicon, shared by
    every extractor on it. The rules ask them tens of times per name, so each
    fact is a dict lookup (``facts.is_surname(w)``: a bound ``__getitem__``,
    no Python call once known); a rule runs only for a word not asked before."""

    FACTS = ("is_first_name", "is_country_or_province", "is_surname", "looks_like_role", "is_org_head",
             "is_adjective", "place_of_adjective", "plain_opener", "reads_as_noun")

    def __init__(self, lexicon: Lexicon):
        self.lex = lexicon
        for name in self.FACTS:
            setattr(self, name, _Answers(getattr(type(self), "_" + name), self).__getitem__)

    @classmethod
    def of(cls, lexicon: Lexicon) -> "WordFacts":
        facts = lexicon.memo.get("word_facts")
        if facts is None:
            facts = lexicon.memo["word_facts"] = cls(lexicon)
        return facts

    def place1(self, word: str) -> dict | None:
        return self.lex.places.get(fold(word))

    def _is_first_name(self, w: str) -> bool:
        lw = w.lower()
        # "Aïcha": the lists spell some names without their diacritics
        return lw in self.lex.first_names or (not lw.isascii() and fold(lw) in self.lex.first_names)

    def _is_country_or_province(self, w: str) -> bool:
        return (self.place1(w) or {}).get("kind") in ("country", "province")

    def _is_surname(self, w: str) -> bool:
        lw = w.lower()
        return lw in self.lex.surnames or all(p in self.lex.surnames for p in lw.split("-") if p)

    def _looks_like_role(self, w: str) -> bool:
        lw = w.lower()
        if lw in cues.ROLE_WORDS:
            return True
        prefix, _, rest = lw.partition("-")
        if rest and prefix in _ROLE_PREFIXES:
            return self._looks_like_role(rest)  # "Oud-lid", "mede-oprichter"
        return len(lw) > 7 and lw.endswith(cues.ROLE_SUFFIXES)

    def _is_org_head(self, w: str) -> bool:
        lw = w.lower()
        if lw in cues.ORG_HEADS:
            return True
        head, _, tail = w.rpartition("-")
        if head[:1].isupper() and not head.isupper() and tail[:1].islower() and tail.endswith(("groep", "dienst")):
            return False  # "WhatsApp-groep", "Boek aan Huis-dienst": a group or service of a named thing
        return len(lw) > 7 and lw.endswith(cues.ORG_SUFFIXES)

    def _is_adjective(self, w: str) -> bool:
        lw = w.lower()
        if lw in self.lex.proper_words and lw.endswith(_PEOPLE_ENDINGS) and fold(lw) not in self.lex.places \
                and lw not in self.lex.first_names:
            return True  # "Turks", "Surinaamse": a people, a language, an adjective (not "Kanaalzone")
        if lw.endswith("s") and len(lw) > 5 and fold(lw[:-1]) in self.lex.places and fold(lw) not in self.lex.places \
                and lw not in self.lex.surnames and lw not in self.lex.first_names:
            return True  # "in het Achterhoeks", "Amersfoorts": the language or adjective of a place
        if not lw.endswith(cues.ADJECTIVE_SUFFIXES) or fold(lw) in self.lex.places:
            return False
        return self.place_of_adjective(lw) is not None or lw.endswith(("ische", "aanse", "iaanse", "landse", "lands", "sche"))

    def _place_of_adjective(self, lw: str) -> dict | None:
        """The place a lower-case adjective is made from: "almelose" Almelo, "goudse" Gouda,
        "helderse" Den Helder."""
        places = self.lex.places
        for suffix in ("sche", "se", "e"):
            if lw.endswith(suffix):
                stem = fold(lw[: -len(suffix)])
                for name in (stem, stem + "en", stem + "e", stem + "a", "den " + stem):
                    if name in places:
                        return places[name]
        return None

    def _reads_as_noun(self, w: str) -> bool:
        """An ordinary noun, in the plural too, or one with a noun's ending: "Energietransitie",
        "Alumnirelaties" (after a role they name a portfolio, not a person)."""
        lw = w.lower()
        return any(stem in self.lex.dictionary or stem.endswith(cues.NOUN_SUFFIXES)
                   for stem in (lw, lw[:-1] if lw.endswith("s") else "", lw[:-2] if lw.endswith("en") else "") if stem)

    def _plain_opener(self, w: str) -> bool:
        """One word opening a sentence that no rule can make a name: an
        ordinary word ("Mooi vind ik ...") or an unknown one ("Vragen?")."""
        key, lw = fold(w), w.lower()
        lex = self.lex
        if key in lex.rejected or key in lex.organisations or key in lex.people or key in lex.places \
                or lw in lex.first_names or _ACRONYM.match(w):
            return False
        if lw in cues.FUNCTION_WORDS or lw in lex.common_words:
            return True
        return "-" not in w and not self.is_surname(w) and not lw.endswith(cues.STREET_SUFFIXES) \
            and not lw.endswith("regio") and not lw.endswith(cues.FACILITY_SUFFIXES) \
            and not lw.endswith(cues.DISTRICT_SUFFIXES) \
            and not (lw.endswith(cues.NATURE_SUFFIXES) and lw not in lex.dictionary)


class SpanClassifier:
    def __init__(self, lexicon: Lexicon):
        self.lex = lexicon
        self._cache: dict = {}
        facts = WordFacts.of(lexicon)  # facts about single words live with the lexicon
        for name in WordFacts.FACTS:
            setattr(self, name, getattr(facts, name))
        self.place1 = facts.place1
        # the lower-case words of the text being read, set by the engine for each text
        self.vocabulary = LowerCaseWords("")

    # ---- lexicon questions --------------------------------------------------
    def place(self, words: list[str]) -> dict | None:
        return self.lex.places.get(fold(" ".join(words)))

    def district_word(self, w: str) -> bool:
        """"Utrecht-Zuidwest", "Malburgen-Oost": a known place and a compass point."""
        base, _, compass = w.rpartition("-")
        return bool(base) and compass.lower() in cues.COMPASS and self.place1(base) is not None

    def organisation(self, words: list[str]):
        """The organisation these words name as written (see ``_acronym_as_a_word``)."""
        org = self.lex.organisations.get(fold(" ".join(words)))
        return None if org and _acronym_as_a_word(words, org) else org

    def looks_like_people(self, w: str) -> bool:
        """A role, or people in the plural: "jongerenwerkers", "studenten van Saxion"."""
        lw = w.lower()
        if self.looks_like_role(lw) or lw in cues.GROUP_ROLES:
            return True
        for ending in ("s", "en"):
            stem = lw[: -len(ending)]
            if lw.endswith(ending) and (self.looks_like_role(stem) or stem in cues.GROUP_ROLES):
                return True
        return False

    # ---- classification ------------------------------------------------------
    def classify(self, words: list[str], before: list[str], after: list[str], initial: bool):
        """Kind, confidence, canonical name and attributes of a span of words.

        ``before``/``after``: the words around the span in its sentence, as
        written. Returns None when the span should be split at its connectors.
        Names recur within and across issues, so answers are remembered (the
        attributes dict is the remembered one: copy it before changing it).
        """
        key = (tuple(words), tuple(before[-2:]), tuple(after[:3]), initial,
               # the text's own lower-case words decide how a street name starts and whether
               # a word before a sector is a name ("Travers Welzijn")
               len(words) > 1 and (words[-1].lower().endswith(cues.STREET_SUFFIXES) or words[-1] in cues.SECTOR_WORDS)
               and any(w.lower() in self.vocabulary for w in words[:-1]))
        cached = self._cache.get(key, _MISSING)
        if cached is not _MISSING:
            return cached
        result = self._classify(words, before, after, initial)
        if len(self._cache) > 200_000:
            self._cache.clear()
        self._cache[key] = result
        return result

    def _classify(self, words: list[str], before: list[str], after: list[str], initial: bool):
        n = len(words)
        lower = [w.lower() for w in words]
        prev_raw = before[-1] if before else ""
        prev = prev_raw.lower()
        # "In Emmerhout": a function word capitalised by its position reads as written in lower case
        prev_is_lower = prev_raw[:1].isalpha() and (prev_raw == prev or (len(before) == 1 and prev in cues.FUNCTION_WORDS))
        nxt = after[0].lower() if after else ""
        joined = " ".join(words)
        if "-" in words:
            joined = joined.replace(" - ", "- ")  # "Land- en Tuinbouw Bond": a compound cut short
        key = fold(joined)
        if key in self.lex.rejected:
            return (None, 0.0, joined, {"not_a_name": True})  # an archivist said so: no candidate again

        if n == 1 and len(joined) == 1:
            return (None, 0.0, joined, {})  # "blok C en D": a letter names nothing
        if n == 1 and lower[0] in ("één", "eén"):
            return (None, 0.0, joined, {})  # "Eén Tafel": the numeral, not the Drenthe village
        # "wethouder Emre Doğan (Economische Zaken)": ordinary words in brackets after a person's name
        # are a portfolio
        if prev_raw == "(" and after and after[0] == ")" and len(before) > 2 and before[-2][:1].isupper() \
                and all(lw == "en" or (lw in self.lex.dictionary and w[:1].isupper() and w[1:].islower()
                                       and (w in cues.SECTOR_WORDS or not self.is_org_head(w)) and lw not in cues.COMPASS)
                        for w, lw in zip(words, lower)) \
                and (self.looks_like_role(before[-3].lower()) or self.is_first_name(before[-3])
                     or _is_initials(before[-3]) or before[-3].lower() in cues.PARTICLES):
            return (None, 0.0, joined, {"not_a_name": True})
        # "Lieve buren,": a greeting, not the given name Lieve
        if n == 1 and lower[0] == "lieve" and after and after[0][:1].islower():
            return (None, 0.0, joined, {"not_a_name": True})
        # "trainer van Heren 2", "Dames 1": a team by its number
        if n == 1 and lower[0] in _TEAM_WORDS and after and after[0].isdigit():
            return (None, 0.0, joined, {"not_a_name": True})
        if n == 1 and initial and not before and self.plain_opener(joined) \
                and not (len(after) > 1 and after[0] == "," and after[1][:1].isupper()) \
                and not (len(after) > 2 and after[0][:1].isdigit() and after[1] in _ADDRESS_SEPARATORS):
            # (not "LocHal, Brokxlaan 1000", "Neerhem 18, 6301 CH Valkenburg": a building, a street)
            return (None, 0.0, joined, {"sentence_initial": True})
        org = self.lex.organisations.get(key)
        if org and _acronym_as_a_word(words, org):
            org = None  # "aldus Ad": not the AD
        if org is None and n == 1 and prev in ("de", "het") and prev_is_lower:
            org = self.lex.organisations.get(prev + " " + key)  # "bij de Gelderlander", "het Parool"
        if org:
            name, acronym = org
            return (ORGANISATION, 0.95, name, {"acronym": acronym} if acronym else {})
        if key in self.lex.people:
            return (PERSON, 0.9, self.lex.people[key], {})
        if lower[-1] == "nederland" and self._national_body(words, lower):
            return (ORGANISATION, 0.75, joined, {})
        # "Witteveen+Bos", "UMC+": a name written with a plus is a firm's or a body's
        if n == 1 and "+" in words[0] and words[0][:1].isupper() and words[0].partition("+")[0] not in cues.NON_ORG_ACRONYMS:
            return (ORGANISATION, 0.7, joined, {})
        # "samen met Theater Agnietenhof", "georganiseerd door De Pelikaan": what works with one or
        # organises, sponsors or pays is a body, also when it is a building (not a person, not a town,
        # not "Gronau in Duitsland")
        if _partner_cue(before) and "en" not in lower and not self.is_first_name(words[0]) \
                and not _is_initials(words[0]) and not (n == 1 and self.is_surname(words[0])) \
                and (self.place(words) or self.place1(words[0]) or {}).get("kind") not in _PLACES_NOT_BODIES \
                and not (lower[-1].endswith(cues.ADJECTIVE_ENDINGS) and after and after[0][:1].islower()) \
                and not (len(after) > 1 and after[0] == "in" and (self.place1(after[1]) or {}).get("kind") == "country") \
                and not (lower[0] in cues.PARTICLES and lower[0] not in _ARTICLES):
            return (ORGANISATION, 0.7, joined, {})
        # "Hoofddorp JO19-2", "Alliance JO11-2": the name before a youth team's code is its club
        if after and _TEAM_CODE.match(after[0]) and "en" not in lower and not self.is_first_name(words[0]):
            return (ORGANISATION, 0.75, joined, {})
        # "de Vrienden van Caprera", "Vrienden van het Rijksmuseum": friends written with a capital
        # mid-sentence are the foundation that supports what they are friends of
        if n >= 3 and words[0] == "Vrienden" and lower[1] == "van" and not initial and words[-1][:1].isupper():
            return (ORGANISATION, 0.8, joined, {})
        # "Hof van Broekland", "Hof van Spaland": a court of law is a "Hof van Justitie" or "van Cassatie";
        # a "hof" named after anything else is a courtyard, an estate or a new neighbourhood
        if n >= 3 and words[0] == "Hof" and lower[1] == "van" and words[-1][:1].isupper() \
                and not lower[-1].endswith(cues.NOUN_SUFFIXES + ("tie", "ine", "age")) \
                and "en" not in lower and not self.place(words):
            return (PLACE, 0.7, joined, {"place_kind": "district"})
        # "Albert Heijn Bargeres", "Jumbo Brandevoort": a known organisation and one more name is a branch of it
        # (a name no dictionary holds: "Portaal Utrecht-Zuidwest", "VNG Nieuwsbrief" and "Philips Stadion" are no branches)
        if n >= 2 and not initial and words[-1][:1].isupper() and lower[-1] not in self.lex.dictionary \
                and not self.lex.is_common(lower[-1]) \
                and not self.is_first_name(words[-1]) and lower[-2] not in cues.PARTICLES \
                and not self.district_word(words[-1]) and not self._compass_compound(words[-1]) \
                and self.organisation(words[:-1]):
            return (ORGANISATION, 0.85, joined, {})
        # "Rijkswaterstaat Zuid-Nederland", "GGD West-Brabant": a known body and the part of a country or
        # province it serves are one name, its regional branch
        if n == 2 and "-" in words[1] and self.organisation(words[:1]):
            compass, _, area = words[1].partition("-")
            if compass.lower() in cues.COMPASS and self.is_country_or_province(area):
                return (ORGANISATION, 0.85, joined, {})
        # "Sint Jozef, Helmondseweg 22": a name before a street address is the building there
        if len(after) > 2 and after[0] == "," and (
                (after[1].lower().endswith(cues.STREET_SUFFIXES) and after[2][:1].isdigit())
                or (after[1][:1].isupper() and after[2].lower().endswith(cues.STREET_SUFFIXES)
                    and (len(after[2]) > 6 or after[1].lower() in _STREET_ADJECTIVES))) \
                and not self.is_first_name(words[0]) and "en" not in lower:
            return (PLACE, 0.75, joined, {"place_kind": "building"})
        # "De Uilenburcht, ons clubhuis", "Het Anker, het buurthuis": a name and the building it is
        if len(after) > 2 and after[0] == "," and after[1].lower() in ("ons", "onze", "het", "de", "hun", "een") \
                and after[2].lower() in cues.FACILITY_HEADS and not self.is_first_name(words[0]) and "en" not in lower:
            return (PLACE, 0.7, joined, {"place_kind": "building"})
        # "station Rotterdam Alexander": the station's whole name
        if n >= 2 and prev == "station" and "en" not in lower and not self.is_first_name(words[0]):
            return (PLACE, 0.75, joined, {"place_kind": "building"})
        # "het Rijk": the state, not a man called Rijk
        if n == 1 and prev in ("het", "'t") and key in cues.ARTICLE_INSTITUTIONS:
            return (ORGANISATION, 0.8, cues.ARTICLE_INSTITUTIONS[key], {})
        # "CBS De Wegwijzer": a school-type abbreviation before the school's name
        if n > 2 and words[0] in ("CBS", "KC", "BS", "SG") and lower[1] in _ARTICLES:
            return (ORGANISATION, 0.8, joined, {})
        # "buurthuis De Schakel", "Buurthuis De Schakel": a building
        if (prev_is_lower and (prev in cues.FACILITY_HEADS or ("-" in prev and prev.rpartition("-")[2] in cues.FACILITY_HEADS)
                               or (prev.endswith(cues.FACILITY_COMPOUND_ENDS) and len(prev) > 8))) \
                or (n > 1 and lower[0] in cues.FACILITY_HEADS) \
                or (lower[0].endswith(cues.FACILITY_SUFFIXES) and len(lower[0]) > 6 and key not in self.lex.places
                    and not (n == 1 and (initial or self.is_surname(words[0])))
                    and lower[0] not in cues.WORKS) or (n >= 3 and lower[0] == "huis" and lower[1] == "van") \
                or (n > 1 and lower[-1].endswith(cues.FACILITY_SUFFIXES) and not self.is_adjective(words[0])
                    and lower[-2] not in cues.PARTICLES and not self.is_first_name(words[0])):
            # ("Bezoekerscentrum Mar en Klif", "Ontmoetingscentrum Meer en Vaart": after one building's
            # word, two words joined by "en" are its one name)
            if "en" in lower and not (n == 4 and lower[2] == "en" and lower[0] in cues.FACILITY_HEADS
                                      and not lower[0].endswith(("en", "a")) and words[3][:1].isupper()):
                return None  # "buurthuizen De Venen en De Bron" are two
            if n == 2 and lower[0] in cues.FACILITY_HEADS and lower[1].endswith(cues.STREET_SUFFIXES + ("park",)) \
                    and len(lower[1]) > 6:
                return None  # "Speeltuin Kervelstraat": the playground in that street; the street is the name
            # "voorzitter van Moskee Ennasr", "vrijwilligers van de Taibah Moskee": people's place in it
            # make the house the body that runs it
            role_word = ""
            if prev == "van" and len(before) > 1:
                role_word = before[-2].lower()
            elif prev in ("de", "het") and len(before) > 2 and before[-2] == "van":
                role_word = before[-3].lower()
            if role_word and n > 1 and self.looks_like_people(role_word) and not role_word.endswith(_RESIDENT_ENDINGS):
                return (ORGANISATION, 0.7, joined, {})
            return (PLACE, 0.75, joined, {"place_kind": "building"})
        # "in Bibliotheek Overvecht", "naar Forum Groningen", "op het Scoutinglandgoed": a library, museum
        # or centre one is in or goes to is the building (working "met Bibliotheek Rotterdam" is the body)
        if not initial and prev_is_lower and (prev in _INTO or (
                prev in ("de", "het") and len(before) > 1 and before[-2] in _INTO)) \
                and not lower[-1].endswith(cues.EVENT_ENDINGS) and "voor" not in lower and "en" not in lower \
                and "medisch" not in lower and not self.is_first_name(words[0]) \
                and any((lw.startswith(cues.VENUE_BODY_WORDS) or lw.endswith(cues.VENUE_BODY_WORDS))
                        and (n > 1 or lw not in cues.VENUE_BODY_WORDS) for lw in (lower[0], lower[-1])):
            return (PLACE, 0.7, joined, {"place_kind": "building"})
        # "aannemer Van Wijnen", "woningcorporaties Parteon en Rochdale", "obs It Harspit":
        # the kind of organisation, then its name
        # (not "hovenier Bennie Lansink": a given name and a surname are the tradesman himself)
        if (prev in cues.ORG_DESCRIPTORS or (prev_is_lower and prev in cues.SCHOOL_PREFIXES)
                or (n > 1 and words[0] in _SCHOOL_ACRONYMS)) \
                and not (n >= 2 and self.is_first_name(words[0]) and self.is_surname(words[-1])
                         and not any(map(self.is_org_head, words))):
            if "en" in lower:
                return None  # "woningcorporaties Parteon en Rochdale" are two
            if not (key in self.lex.places and self.lex.places[key]["kind"] in ("country", "province")):
                return (ORGANISATION, 0.8, joined, {})
        # "de politie Oost-Nederland", "gemeente Arnhem": the service's area is a place
        if prev_is_lower and prev in cues.AREA_SERVICES:
            area = self.place(words) or (n == 1 and "-" in words[0] and self.place([words[0].split("-", 1)[1]])
                                         and words[0].split("-", 1)[0].lower() in cues.COMPASS)
            if area:
                return (PLACE, 0.75, joined, {"place_kind": "region"} if area is True else
                        {"gazetteer_code": area["code"], "place_kind": area["kind"]})
        # "samenwerking met Gronau in Duitsland", "Voeren in België": a name placed in a country is a place
        # there (not "Vlaams Verkeerscentrum in België", a body)
        if n <= 2 and nxt in ("in", "bij") and len(after) > 1 \
                and (self.place1(after[1]) or {}).get("kind") == "country" and not initial \
                and not any(map(self.is_org_head, words)) and not self.is_first_name(words[0]) \
                and not _ACRONYM.match(words[0]) and "en" not in lower and not self.place(words) \
                and not _HYPHEN_LOWER.match(words[-1]):
            return (PLACE, 0.6, joined, {"place_kind": "town"})
        # "namens Portaal", "in samenwerking met Vivare": a lone unknown name acting for others
        if n == 1 and not initial and (
                prev in cues.ORG_AGENT_CUES or (prev == "met" and len(before) > 1 and before[-2].lower() == "samenwerking")) \
                and not self.is_first_name(words[0]) and not self.place(words):
            return (ORGANISATION, 0.6, joined, {})
        # "de Omring thuiszorg": an article, a name, then the service it names
        if n == 1 and prev in ("de", "het") and after and not self.is_adjective(words[0]) \
                and not lower[0].endswith(cues.ADJECTIVE_ENDINGS) and not self.lex.is_common(lower[0]) and (
                nxt in cues.SERVICE_NOUNS or (self.is_org_head(nxt) and nxt not in cues.ORG_HEADS)):
            return (ORGANISATION, 0.7, joined, {})
        # "het programma Preventie met Gezag", "stichting Het Buurthuis"
        # "slagerij Van den Berg", "bakkerij Bakker Bart": a trade names its business
        if prev_is_lower and not self.looks_like_role(prev) \
                and ((self.is_org_head(prev) and prev not in ("kamer", "hof", "centrum", "school", "team", "club"))
                              or (len(prev) > 6 and prev.endswith("erij"))):
            if "en" in lower and not any(lw in self.lex.dictionary for lw in lower if lw != "en"):
                return None  # "drinkwaterbedrijf Evides en Eneco" are two
            if n == 1 and prev.endswith(_SUBUNITS) and lower[0] in self.lex.dictionary:
                return (None, 0.0, joined, {"not_a_name": True})  # "de werkgroep Verkeer": a topic
            if self._for_a_place(words, lower):
                return None
            return (ORGANISATION, 0.8, joined, {})

        # "Vogelweekend Texel", "Bewonersavond Woensel-West": an event and the place it is held
        if n == 2 and lower[0].endswith(cues.EVENT_ENDINGS) and len(lower[0]) > 6 \
                and (self.place(words[1:]) or self._compass_compound(words[1])):
            return None
        # "ROC van Flevoland", "GGD van Twente": an acronym and the area it serves
        if n >= 3 and _ACRONYM.match(words[0]) and words[0] not in cues.NON_ORG_ACRONYMS and lower[1] == "van" \
                and self.place(words[2:]):
            return (ORGANISATION, 0.8, joined, {})
        # "Koninklijke Marine", "Koninklijke Harmonie Concordia": a royal warrant names a body
        if n >= 2 and words[0] in ("Koninklijke", "Koninklijk") and lower[1] not in ("paleis", "stallen") and "en" not in lower:
            return (ORGANISATION, 0.8, joined, {})
        # "Protestantse Gemeente Amsterdam", "Hervormde Gemeente Nunspeet": a congregation
        if n >= 3 and "Gemeente" in words[1:-1] and "en" not in lower:
            k = words.index("Gemeente", 1)
            if all(w[:1].isupper() and lw.endswith(("se", "de", "aal", "ke")) for w, lw in zip(words[:k], lower[:k])):
                return (ORGANISATION, 0.8, joined, {})
        # "Provincie Gelderland" mid-sentence is the institution, even when the
        # gazetteer lists the phrase as the province
        if n >= 2 and words[0] in cues.AUTHORITY_HEADS and "en" not in lower:
            return (ORGANISATION, 0.8, joined, {})
        place = self.lex.places.get(key)
        if place and place["kind"] != "street":
            name_too = (n == 1 and "-" not in words[0] and (self.is_first_name(words[0]) or self.is_surname(words[0]))) \
                or (n == 2 and lower[0] in _NAME_OPENERS and lower[0] not in _ARTICLES)  # "aldus Ter Haar"
            surname_too = name_too or (n == 2 and lower[0] in _ARTICLES and self.is_surname(words[1]))  # "zegt De Boer"
            if not (surname_too and (self.looks_like_role(prev) or prev.rstrip(".") in cues.HONORIFICS
                                  or nxt in cues.SPEECH_VERBS or prev in cues.SPEECH_VERBS
                                  or (prev == "licht" and nxt == "toe"))):
                # "Lessen uit Aarhus": a hamlet's name that is an ordinary word, opening a sentence
                if initial and n == 1 and (self.lex.is_common(lower[0]) or (
                        place["kind"] == "town" and lower[0] in self.lex.dictionary and nxt[:1].isalpha() and nxt == after[0])):
                    return (None, 0.0, joined, {"sentence_initial": True})
                return (PLACE, 0.7 if name_too else 0.95, place["name"],
                        {"gazetteer_code": place["code"], "place_kind": place["kind"]})
        # no word of the span heads an organisation's name (asked by many rules from here on)
        no_head = not self.is_org_head(words[0]) if n == 1 else not any(map(self.is_org_head, words))
        # "wijkvernieuwing Hasseler Es", "buurtplan Groot Driene": a district named by what is done there
        if prev_is_lower and prev.startswith(("wijk", "buurt")) and len(prev) > 6 and not self.looks_like_role(prev) \
                and not self.looks_like_people(prev) and not self.is_org_head(prev) and not self.is_first_name(words[0]):
            if "en" in lower:
                return None  # "de buurtschappen Grote Kolonie en Kleine Kolonie" are two
            return (PLACE, 0.6, joined, {"place_kind": "district"})
        # "werkgevers als Thales", "zorgverzekeraars zoals Menzis": examples of a kind of organisation
        if prev in ("als", "zoals") and len(before) > 1 and before[-2].lower() in cues.ORG_DESCRIPTORS \
                and "en" not in lower and not self.place(words):
            return (ORGANISATION, 0.7, joined, {})
        # "inwoners van Bargeres": where residents live is a place
        if n <= 2 and prev == "van" and len(before) > 1 and before[-2].lower() in cues.RESIDENT_WORDS \
                and not self.is_first_name(words[0]) and not self.organisation(words) and not initial \
                and no_head:
            return (PLACE, 0.6, joined, {"place_kind": "district"})
        # "Holtenbroek in Zwolle": a name placed in a known town is a part of it;
        # "Het Energiehuis in Dordrecht", its capitalised article mid-sentence part of it, a building there
        named = words[1] if n == 2 and words[0] in _CAPITAL_ARTICLES else words[0]
        # "op de Agnietenberg bij Zwolle"
        if (n == 1 or named is not words[0]) and nxt in ("in", "bij") and len(after) > 1 \
                and not (n == 1 and named.lower() in self.lex.dictionary) \
                and self._town_after(after) == "municipality" \
                and not self.is_first_name(named) and not self.is_surname(named) and not self.lex.is_common(named.lower()) \
                and not _ACRONYM.match(named.split("-", 1)[0]) and not self.looks_like_role(named) and not initial \
                and no_head:
            if n == 1 and prev in ("bij", "van", "namens") and prev_is_lower:
                # "vrijwilliger bij Tresoar in Leeuwarden": where one works is a body there
                return (ORGANISATION, 0.55, joined, {})
            return (PLACE, 0.6, joined, {"place_kind": "district" if n == 1 else "building"})
        # "aan de Loet in Schagen", "langs de Hoogkamp in Arnhem": after "aan de", a name placed in
        # a town is a street there, whatever else the word names (people are not "aan de")
        if n == 1 and prev in ("de", "het") and prev_is_lower and len(before) > 1 and before[-2] in ("aan", "langs") \
                and nxt in ("in", "bij", "te") and len(after) > 1 and not initial and no_head \
                and self._town_after(after) in ("municipality", "town") and not _ACRONYM.match(words[0]) \
                and not lower[0].endswith(cues.STREET_SUFFIXES + cues.NATURE_SUFFIXES):  # (their own rules say more)
            return (PLACE, 0.6, joined, {"place_kind": "street"})
        # "de grens met Herzogenrath": what a border is shared with is a place
        if n <= 2 and prev == "met" and len(before) > 1 and before[-2].lower() in ("grens", "grenzen") and not initial \
                and no_head and not self.is_first_name(words[0]) and "en" not in lower:
            return (PLACE, 0.6, joined, {"place_kind": "town"})
        # "het Duitse Vreden", "het Brabantse Lith": a place's or country's adjective after "het"
        # before a name no dictionary holds (towns and countries are "het" words)
        if n == 1 and len(before) > 1 and before[-2] == "het" and prev.endswith(("se", "sche")) \
                and before[-1][:1].isupper() and self.is_adjective(before[-1]) and not initial \
                and lower[0] not in self.lex.dictionary and no_head and not _ACRONYM.match(words[0]):
            return (PLACE, 0.6, joined, {"place_kind": "town"})
        # "het aangrenzende Pierik", "voor heel Schollevaar": what lies next to a place, or the whole of one
        if n <= 2 and prev in _PLACE_QUALIFIERS and prev_is_lower and not initial and no_head \
                and not any(self.is_first_name(w) for w in words) and not self.lex.is_common(lower[0]):
            return (PLACE, 0.6, joined, {"place_kind": "district"})
        # "op Zuid", "dat Zuidwest niet wordt vergeten": a compass point written as a name
        if n == 1 and not initial and lower[0] in cues.COMPASS and lower[0] not in ("centrum", "midden") \
                and not (after and after[0] in _CLOSING_QUOTES):  # not "‘Wijkrechtspraak op Zuid’", a title
            return (PLACE, 0.6, joined, {"place_kind": "region"})
        # "N348 Raalte–Ommen": a road and the places it runs between are no one name
        if n >= 2 and _ROAD.match(words[0]) and prev not in cues.TEAM_WORDS:
            return None
        # "de N35", "via de A1": roads by their number
        if n == 1 and _ROAD.match(words[0]):
            if prev in cues.TEAM_WORDS:
                return (None, 0.0, joined, {})  # "Jongens A1": a team's age group, no road
            return (PLACE, 0.7, joined, {"place_kind": "road"})
        # "Parkstad Limburg": a place and its province are one name
        if n == 2 and self.place1(words[0]) and (self.place1(words[1]) or {}).get("kind") == "province":
            return (PLACE, 0.8, joined, {"place_kind": "region"})
        # "van Vreden tot Doetinchem", "tussen Leusden en Soest": the other end of a range of places
        if n <= 2 and not initial and not self.is_first_name(words[0]) and not _ACRONYM.match(words[0]) and (
                (prev in ("van", "tussen") and len(after) > 1 and nxt == ("tot" if prev == "van" else "en")
                 and self.place1(after[1]))
                or (prev in ("tot", "en") and len(before) > 2 and before[-3].lower() == ("van" if prev == "tot" else "tussen")
                    and self.place1(before[-2]))):
            return (PLACE, 0.6, joined, {"place_kind": "town"})
        # "op de Korte Heuvel", "aan de Lange Haven": a street named by an adjective and a noun
        if n == 2 and lower[0] in _STREET_ADJECTIVES and prev in ("de", "het") and len(before) > 1 \
                and not lower[1].endswith(cues.EVENT_ENDINGS) \
                and before[-2].lower() in _STREET_PREPOSITIONS and not self.is_org_head(words[1]) \
                and not self.is_first_name(words[1]) and not initial:
            return (PLACE, 0.65, joined, {"place_kind": "street"})
        # "aan de Rijksweg Noord": a street and the part of it
        if n == 2 and lower[0].endswith(cues.STREET_SUFFIXES[:11]) and len(lower[0]) > 6 and lower[1] in cues.COMPASS \
                and not self.place1(words[0]):
            return (PLACE, 0.75, joined, {"place_kind": "street"})
        # "het Land van Ravenstein", "Land van Maas en Waal": an old lordship's land is a region
        if n >= 3 and words[0] == "Land" and lower[1] == "van" and words[-1][:1].isupper():
            return (PLACE, 0.7, joined, {"place_kind": "region"})
        # "Laan van de Marel", "Park Berg en Bos": a street or park named by its first word
        if n >= 2 and words[0] in _STREET_HEADS and (lower[1] in ("van", "der", "de") or words[1][:1].isupper()):
            return (PLACE, 0.7, joined, {"place_kind": _STREET_HEADS[words[0]]})
        # "Apeldoorns Kanaal", "Berkelse Beek": a water or wood named by its last word
        # ("het Zwarte Water", "de Kromme Rijn": a colour or shape names one too)
        # ("de Sliedrechtse Biesbosch": a place's adjective before a water's or wood's name is part of it)
        if n >= 2 and (lower[-1] in cues.NATURE_WORDS or (n == 2 and lower[1].endswith(cues.NATURE_SUFFIXES)
                                                           and lower[0].endswith(("se", "sche"))))\
                and lower[-2] not in cues.PARTICLES \
                and (lower[0].endswith(("s", "se", "sche", "sch")) or self.place1(words[0])
                     or lower[0] in _STREET_ADJECTIVES or lower[0] in _COLOURS) \
                and not self.is_first_name(words[0]) and no_head:
            return (PLACE, 0.7, joined, {"place_kind": "water"})
        # "het Wierdense Veld", "de Goudse Hout": a place's adjective and an ordinary noun name a landscape
        # (a Dutch place's: "de Olympische Spelen", "de Vlaamse Gemeenschap" are no landscapes)
        if n == 2 and prev in ("de", "het") and prev_is_lower and not initial and lower[0].endswith(("se", "sche")) \
                and lower[1] in self.lex.dictionary and no_head and not lower[1].endswith(cues.FACILITY_SUFFIXES) \
                and lower[1] not in cues.FACILITY_HEADS and not (lower[1].endswith(cues.EVENT_ENDINGS) and len(lower[1]) > 4) \
                and lower[0] not in self.lex.proper_words and not (after and after[0] == "-") \
                and (self.place_of_adjective(lower[0]) or {}).get("kind") not in (None, "country"):
            return (PLACE, 0.65, joined, {"place_kind": "water"})
        # "de Koningin Wilhelminahaven", "Prins Hendrikkade": a royal name gives a street or harbour its name
        # ("de Hertogin Hedwigepolder", "de Koning Willem-Alexandertunnel": a polder, water or building too)
        if n == 2 and lower[0] in cues.NOBLE_TITLES and len(lower[1]) > 8 \
                and lower[1].endswith(cues.STREET_SUFFIXES + cues.NATURE_SUFFIXES + cues.FACILITY_SUFFIXES):
            kind = "street" if lower[1].endswith(cues.STREET_SUFFIXES) else \
                "water" if lower[1].endswith(cues.NATURE_SUFFIXES) else "building"
            return (PLACE, 0.8, joined, {"place_kind": kind})
        # "Poelenburg-Peldersveld": two known places joined are one area
        # (not a route between two towns: "Amsterdam-Parijs")
        if n == 1 and words[0].count("-") == 1 and not self.place1(words[0]) and all(
                p[:1].isupper() and (self.place1(p) or {}).get("kind") not in (None, "municipality", "country", "province")
                for p in words[0].split("-")):
            return (PLACE, 0.75, joined, {"place_kind": "district"})
        # "Nieuw-Den Helder": a place prefix joined to the first word of a known place
        if n >= 2 and "-" in words[0] and words[0].split("-", 1)[0].lower() in cues.PLACE_PREFIXES \
                and self.place([words[0].split("-", 1)[1]] + words[1:]):
            return (PLACE, 0.8, joined, {"place_kind": "district"})
        # "Nieuw Den Helder", "Zuidwest-Friesland": a new place named after a known one
        if n >= 2 and lower[0] in cues.PLACE_PREFIXES and no_head and self.place(words[1:]):
            return (PLACE, 0.8, joined, {"place_kind": "district"})
        if n == 1 and "-" in words[0]:
            compass_first, _, rest_word = words[0].partition("-")
            if compass_first.lower() in cues.COMPASS and self.place1(rest_word):
                return (PLACE, 0.8, joined, {"place_kind": "region"})
        # "de Lollebeek", "het Rijsterbos": waters and nature by the ending of their name
        # (opening a sentence too, when the word is no ordinary one: "Babberspolder krijgt")
        if n == 1 and (not initial or lower[0] not in self.lex.dictionary) \
                and lower[0].endswith(cues.NATURE_SUFFIXES) and len(lower[0]) > 6 \
                and not self.is_surname(words[0]) and not self.is_first_name(words[0]):
            return (PLACE, 0.7, joined, {"place_kind": "water"})
        # districts: "Heerlen-Noord", "Den Haag Zuidwest", "Eindhoven Woensel"
        compass = lower[-1].rsplit("-", 1)[-1]
        if compass in cues.COMPASS and no_head:
            base = words[:-1] if n > 1 else [words[0].rsplit("-", 1)[0]]
            parent = self.place(base) if base and base != words else None
            if parent:
                return (PLACE, 0.85, joined, {"place_kind": "district", "parent_code": parent["code"]})
        if n >= 2 and no_head:
            base = self.place(words[:1])
            rest_place = self.place(words[1:])
            if base and base["kind"] in ("municipality", "town") and rest_place and rest_place["kind"] in (
                "district", "neighbourhood", "focus_area"
            ):
                return (PLACE, 0.9, joined, {"gazetteer_code": rest_place["code"], "place_kind": rest_place["kind"]})
            if (base and base["kind"] == "municipality" and n == 2 and not self.is_first_name(words[0])
                    and not self.lex.is_common(lower[1]) and lower[1] not in self.lex.first_names
                    and not rest_place and not _ACRONYM.match(words[1])):
                return (PLACE, 0.7, joined, {"place_kind": "district", "parent_code": base["code"]})

        # "Regio Twente", "Regio Deal Twente": a capitalised Regio names the body or its programme
        if n >= 2 and words[0] == "Regio" and not initial and self.place(words[-1:]):
            return (ORGANISATION, 0.75, joined, {})
        # regions: "Groene Metropoolregio Arnhem-Nijmegen" (not "Scouting Regio Eemland", a body)
        if "regio" in key and no_head and any(lw.endswith("regio") for lw in lower) and any(
            self.place1(p) for w in words for p in w.split("-")
        ):
            return (PLACE, 0.85, joined, {"place_kind": "region"})

        # "Gemeente Utrecht" as an institution; "gemeente Utrecht" is a place
        if n >= 2 and words[0] in cues.AUTHORITY_HEADS and not initial and "en" not in lower:
            return (ORGANISATION, 0.8, joined, {})
        # two organisations joined by "en": split them
        # (not "Informatie- en Coördinatiecentrum": a compound cut short before "en" goes on after it)
        if "en" in lower and (not no_head or words[0] in cues.AUTHORITY_HEADS) \
                and not words[lower.index("en") - 1].endswith("-"):
            k = lower.index("en")
            left, right = words[:k], [w for w in words[k + 1:] if w.lower() not in cues.ORG_CONNECTORS]
            if (any(self.is_org_head(w) for w in left) and any(self.is_org_head(w) for w in right)) \
                    or (self.place(left) or self.organisation(left)) \
                    or (len(left) >= 2 and (self.is_first_name(left[0]) or _is_initials(left[0]))
                        and not any(self.is_org_head(w) for w in left)) \
                    or (len(left) >= 2 and not any(map(self.is_org_head, left))
                        and any(map(self.is_org_head, right)) and self.is_org_head(right[-1])) \
                    or (right and (right[0].lower() in cues.ORG_HEADS or right[0] in cues.AUTHORITY_HEADS)) \
                    or (len(left) == 1 and _ACRONYM.match(left[0]) and right and self.is_org_head(right[0])) \
                    or (any(map(self.is_org_head, left)) and right and right[0][:1].isupper() and not left[-1].endswith("-")
                        and ((right[0].lower() not in self.lex.dictionary and not self.lex.is_common(right[0].lower()))
                             or _CAMEL.match(right[0]))
                        and not (self.place(left[-1:]) and (self.place(right) or "-" in right[0]))):
                # ("Bouwbedrijf Kampshoff en Davo Bieren": a name no dictionary holds opens a second body;
                # "Rabobank Assen en Noord-Drenthe" serves two areas)
                return None  # "Noord-Brabant en Stichting Present Breda" are two
        # "Club Brugge-speler Milan Lesnjak": a person's name ends the organisation
        if not no_head and n > 2:
            for k in range(1, n - 1):
                if self.is_first_name(words[k]) and lower[k - 1] not in cues.PARTICLES \
                        and words[k + 1][:1].isupper() and not self.is_org_head(words[k + 1]) \
                        and any(self.is_org_head(w) for w in words[:k]):
                    return None
        # "in Schijndel van de Hoofdstraat naar ...": a town, then a street in it
        if "van" in lower and lower[-1].endswith(cues.STREET_SUFFIXES) and self.place(words[:lower.index("van")]):
            return None
        # "Luxemburg van de Europese Unie": a known place before "van" stays a place
        if not no_head and "van" in lower:
            k = lower.index("van")
            if self.place(words[:k]) and not any(self.is_org_head(w) for w in words[:k]):
                return None
        # "Campus Fryslân van de Rijksuniversiteit Groningen", "Gezondheidsmonitor van GGD Twente": words
        # with no head of their own before "van" and a body with its own head after it are a part,
        # product or person of that body, then the body (not "Universiteit van Amsterdam")
        if not no_head and self.part_of_body(words, lower):
            return None
        # organisations by head word: "Sociaal en Cultureel Planbureau", "Tweede Kamer"
        # "Van 't Hof", "Ter Horst", "Marijke van 't Hof": a head word after a particle is a surname
        surname_shape = n >= 2 and lower[-2] in cues.PARTICLES and lower[-2] not in ("de", "het") and (
            (lower[0] in _NAME_OPENERS and lower[0] not in _ARTICLES and all(lw in cues.PARTICLES for lw in lower[:-1]))
            or ((self.is_first_name(words[0]) or _is_initials(words[0])) and not self.is_org_head(words[0])
                and all(lw in cues.PARTICLES for lw in lower[1:-1])))
        # "de Haagse Markt", "de Liesveldse Molen", "bij de Hooglandse Kerk": a place's adjective (or one no
        # dictionary holds) and a building, square, street or water, both capitalised, are one place (not
        # "de Protestantse Kerk": a church, not a building)
        if n == 2 and not initial and lower[0].endswith(("se", "sche")) and words[1][:1].isupper() \
                and (lower[1] in cues.FACILITY_HEADS or lower[1] in cues.STREET_SUFFIXES or lower[1] in cues.NATURE_WORDS
                     or lower[1] in ("poort", "toren", "brug")) \
                and (lower[0] not in self.lex.dictionary or self.place_of_adjective(lower[0])) \
                and not self.organisation(words):
            return (PLACE, 0.65, joined, {"place_kind": "building" if lower[1] in cues.FACILITY_HEADS else "street"})
        # "WTC De Geulrenners", "LTV De Staddijk Valkenburg": the acronym of a kind of club or school, then
        # its name with a capital article, is one body
        if n >= 3 and words[1] in _CAPITAL_ARTICLES and _ACRONYM.match(words[0]) and len(words[0]) <= 5 \
                and words[0] not in cues.NON_ORG_ACRONYMS and "en" not in lower \
                and all(w[:1].isupper() for w in words[2:]):
            return (ORGANISATION, 0.8, joined, {})
        if not no_head and not (n == 1 and initial) and not (n == 1 and lower[0] in cues.ORG_HEADS) \
                and not surname_shape:
            if n >= 3 and lower[1] in ("van", "door") and lower[0].endswith(cues.EVENT_ENDINGS) \
                    and not self.is_org_head(words[0]):
                return None  # "Voorjaarsconcert van Shantykoor De Snikke": the event, then who gives it
            if self._for_a_place(words, lower):
                return None
            return (ORGANISATION, 0.85, joined, {})

        # "Festival van Vlaanderen", "de Amstel Gold Race": an event, whatever place it names
        if n >= 2 and (lower[0] in cues.EVENT_HEADS or lower[0].endswith("festival") or lower[-1] in _EVENT_LAST) \
                and no_head:
            return (None, 0.0, joined, {"event": True})
        # "Studio Brussel", "Club Brugge", "Welzijn Utrecht": a name before a
        # place makes a station, club or organisation, not the place
        # (opening a sentence too, when the first word is no ordinary one: "Biblionet Drenthe opende",
        # or when a verb follows: "Erfgoed Zeeland adviseert", "Monumentenwacht Limburg inspecteerde")
        # (not "Verduurzaming Ophoven", "Focuswijken Tarwewijk": what is done there, the kind of area)
        if n == 2 and no_head and not self.place(words[:1]) and self.place(words[1:]) \
                and (not initial or (lower[0] not in self.lex.dictionary and not lower[0].endswith(cues.EVENT_ENDINGS))
                     or (after and after[0].isalpha() and after[0].islower() and after[0] not in cues.FUNCTION_WORDS
                         and lower[0] not in cues.FUNCTION_WORDS and lower[0] not in cues.PLACE_PREPOSITIONS
                         and not lower[0].endswith(("en", "s", "ing") + cues.EVENT_ENDINGS + cues.WORKS))) \
                and not lower[0].endswith(cues.NOUN_SUFFIXES) and not lower[0].endswith(("wijken", "buurten")) \
                and not _ACRONYM.match(words[0]) and lower[0] not in _STREET_ADJECTIVES \
                and not self.is_adjective(words[0]) and not lower[0].startswith(("wijk", "buurt")) \
                and words[0].rpartition("-")[2] not in _NAME_OPENERS \
                and not lower[0].endswith(cues.ADJECTIVE_ENDINGS) and not self.lex.is_common(lower[0]) \
                and not self.is_first_name(words[0]) and not self.looks_like_role(words[0]) \
                and lower[0] not in cues.PARTICLES and lower[0] not in cues.COMPASS:
            if self.place(words[1:])["kind"] == "water":
                return (PLACE, 0.6, joined, {"place_kind": "water"})  # "de Marker Wadden": a part of the water
            return (ORGANISATION, 0.6, joined, {})
        # streets
        last = lower[-1]
        if last.endswith(cues.STREET_SUFFIXES) and not self.is_surname(words[-1]) and (
            key in self.lex.streets or any(last.endswith(s) and len(last) > len(s) + 2 for s in cues.STREET_SUFFIXES[:11])
        ):
            if "en" in lower:
                return None  # "Roerstraat en Geleenstraat" are two
            if n >= 2 and any(self._ordinary_before_street(w) for w in words[:-1]):
                return None  # "Renovatie Flats Maasstraat": the street alone
            return (PLACE, 0.8, joined, {"place_kind": "street"})
        # "Kleinzand 12, 8601 BH Sneek", "Nieuwstad 30 · 7251 AH Vorden": a name before a house number
        # is a street
        if nxt[:1].isdigit() and len(nxt) <= 4 and _HOUSE_NUMBER.match(nxt) and lower[0] != "postbus" \
                and len(after) > 2 and after[1] in _ADDRESS_SEPARATORS and self.place1(after[2]) \
                and not self.is_first_name(words[0]) \
                and no_head and "en" not in lower:
            return (PLACE, 0.7, joined, {"place_kind": "street"})
        # "Rivierenwijk", "Schilderswijk": a one-word name of a district
        if n == 1 and lower[0].endswith(cues.DISTRICT_SUFFIXES) and len(lower[0]) > 7 \
                and (not initial or lower[0] not in self.lex.dictionary):
            return (PLACE, 0.7, joined, {"place_kind": "district"})
        if n == 2 and lower[0] in ("de", "het", "'t") and lower[1].endswith(cues.DISTRICT_SUFFIXES) \
                and len(lower[1]) > 7 and not initial:
            return (PLACE, 0.7, joined, {"place_kind": "district"})  # "heeft De Kruidenwijk"
        # "Waterweg Wonen", "Wonen Limburg", "Travers Welzijn", "Tactus Verslavingszorg": bodies name
        # themselves after their sector
        if (n >= 2 and (words[-1] == "Wonen" or (words[0] == "Wonen" and not initial)) and "en" not in lower) \
                or (n == 2 and (words[1] in cues.SECTOR_WORDS or (lower[1].endswith("zorg") and len(lower[1]) > 8))
                    and not lower[0].endswith(cues.ADJECTIVE_FORMS)
                    and not lower[0].endswith(cues.ADJECTIVE_ENDINGS) and lower[0] not in self.vocabulary
                    and not self.lex.is_common(lower[0]) and lower[0] not in _STREET_ADJECTIVES):
            return (ORGANISATION, 0.75, joined, {})
        # "Veilig Thuis Zuid-Limburg", "GGD Twente": a known organisation and the area it serves
        if n >= 2 and ((self.place(words[-1:]) and self.organisation(words[:-1]))
                       or (n == 2 and _CAMEL.match(words[0]) and (self.place(words[-1:]) or self._compass_compound(words[-1])))):
            return (ORGANISATION, 0.85, joined, {})
        # "WarmteStad", "WijDeventer": a word with a capital inside is a brand or an organisation
        if n == 1 and _CAMEL.match(words[0]) and not initial and not self.place1(words[0]):
            return (ORGANISATION, 0.6, joined, {})
        # "ROC Aventus": an acronym and a name no dictionary holds
        if n == 2 and _ACRONYM.match(words[0]) and words[0] not in cues.NON_ORG_ACRONYMS and not _ACRONYM.match(words[1]) \
                and lower[1] not in self.lex.dictionary and not self.lex.is_common(lower[1]) \
                and not self.is_first_name(words[1]) and not self.place1(words[1]) and "-" not in words[1] \
                and not lower[1].endswith(cues.ADJECTIVE_ENDINGS) \
                and not (lower[1].endswith("e") and lower[1][:-1] in self.lex.dictionary):  # "SPUK Kansrijke Wijk"
            return (ORGANISATION, 0.75, joined, {})
        # "ARK Natuurontwikkeling", "KWF Kankerbestrijding": an acronym and the work it does
        if n == 2 and _ACRONYM.match(words[0]) and words[0] not in cues.NON_ORG_ACRONYMS \
                and lower[1].endswith(("ing",) + cues.NOUN_SUFFIXES) and len(lower[1]) > 8 and not self.place(words[1:]):
            return (ORGANISATION, 0.75, joined, {})
        # "KBO Limburg", "RIEC Limburg": an acronym and the area it serves
        if n >= 2 and _ACRONYM.match(words[0]) and words[0] not in cues.NON_ORG_ACRONYMS and (
                self.place(words[1:]) or (n == 2 and lower[1] in cues.COMPASS)
                # "VPTZ Almelo-Wierden": the two towns it serves
                or (n == 2 and "-" in words[1] and all(self.place1(p) for p in words[1].split("-")))
                or (n == 2 and "-" in words[1] and words[1].split("-", 1)[0].lower() in cues.COMPASS
                    and self.place1(words[1].split("-", 1)[1]))):
            return (ORGANISATION, 0.8, joined, {})
        # "KBO-Brabant", "ZLTO-Gelderland": the same, joined by a hyphen
        if n == 1 and "-" in words[0]:
            acronym, _, area = words[0].partition("-")
            if _ACRONYM.match(acronym) and acronym not in cues.NON_ORG_ACRONYMS and not _ROAD.match(acronym) \
                    and self.place1(area):
                return (ORGANISATION, 0.8, joined, {})
        # "Veilig Verkeer Nederland", "Openbaar Onderwijs Emmen": ordinary words written as a name,
        # then the area served, make a body
        if n >= 3 and not initial and "en" not in lower and (words[-1] == "Nederland" or self.place1(words[-1])) \
                and lower[0] not in cues.COMPASS and lower[0] not in cues.PLACE_PREFIXES \
                and all((lw in self.lex.dictionary or lw in cues.COMPASS) and w[:1].isupper() and not w.isupper()
                        and lw not in cues.FUNCTION_WORDS and not self.is_first_name(w)
                        for w, lw in zip(words[:-1], lower[:-1])) \
                and not any(self.place1(w) for w in words[:-1]) and not lower[-2].endswith(cues.STREET_SUFFIXES):
            return (ORGANISATION, 0.7, joined, {})

        if n == 1 and words[0].partition("'")[0] in cues.NON_ORG_ACRONYMS:
            return (None, 0.0, joined, {"not_a_name": True})  # "VOG", "DigiD", "BHV'ers": a thing's acronym
        if n == 1 and _ACRONYM.match(words[0]) and words[0] not in cues.NON_ORG_ACRONYMS and len(words[0]) <= 8:
            return (ORGANISATION, 0.7, words[0], {"acronym": words[0]})

        # "een medewerker van Dura Vermeer", "monteur bij Urenco": a role "van" or "bij" a name that is no person
        if prev in ("van", "bij") and len(before) > 1 and self.looks_like_people(before[-2].lower()) \
                and before[-2].lower() not in cues.FAMILY_WORDS and not self.is_first_name(words[0]) \
                and not before[-2].lower().endswith(_RESIDENT_ENDINGS) \
                and "en" not in lower and not any(self.place1(w) or self.district_word(w) for w in words) \
                and not any(self.is_first_name(w) for w in words) \
                and not before[-2].lower().endswith(("minister", "ministers", "staatssecretaris", "commissaris")) \
                and not _is_initials(words[0]) and lower[0] not in cues.PARTICLES:
            return (ORGANISATION, 0.6, joined, {})
        # "Justis, de screeningsautoriteit": a name and, after a comma, the kind of body it is
        if n <= 3 and len(after) > 2 and after[0] == "," and after[1].lower() in ("de", "het") \
                and self.is_org_head(after[2]) and after[2].lower() not in ("gemeente", "centrum", "kerk", "school") \
                and not self.looks_like_role(after[2]) and not self.is_first_name(words[0]) and not self.place(words) \
                and not _is_initials(words[0]) and "en" not in lower:
            return (ORGANISATION, 0.65, joined, {})
        # "Hendriksen Techniek", "Van der Velde Boeken": a surname and a trade is a firm named after its owner
        # (not "in Korte Akkeren", "De Groote Wielen": where one is, a name with a capital article)
        if 2 <= n <= 4 and not initial and words[-1][:1].isupper() and lower[-1] in self.lex.dictionary \
                and not (prev_is_lower and prev in cues.PLACE_PREPOSITIONS) and words[0] not in _CAPITAL_ARTICLES \
                and prev_raw not in _CAPITAL_ARTICLES \
                and not lower[-1].endswith(("t", "d")) and not (lower[-1].startswith("ge") and lower[-1].endswith("en")) \
                and "en" not in lower and not self.lex.is_common(lower[-1]) and not self.looks_like_role(words[-1]) \
                and not self.is_first_name(words[-1]) and not self.place(words[-1:]) \
                and all(lw in cues.PARTICLES for lw in lower[:-2]) and self.is_surname(words[-2]) \
                and not self.is_first_name(words[-2]) and lower[-2] not in cues.PARTICLES:
            return (ORGANISATION, 0.6, joined, {})
        # people
        person = self.person_score(words, lower, key, before, after, initial)
        if person >= 0.6:
            return (PERSON, min(person, 0.95), joined, {})

        if n == 1:
            w = words[0]
            if initial and (self.lex.is_common(lower[0]) or not (self.is_surname(w) or self.is_first_name(w))):
                return (None, 0.0, joined, {"sentence_initial": True})
            if self.is_adjective(w):
                return (None, 0.0, joined, {"adjective": True})
            prev2 = before[-2].lower() if len(before) > 1 else ""
            if lower[0] in self.lex.proper_words and lower[0] not in self.lex.first_names \
                    and not (prev_is_lower and (prev in cues.PLACE_PREPOSITIONS
                                                or (prev in ("de", "het") and prev2 in ("in", "naar", "uit")))):
                # "Koningsdag", "Pasen", "de Kamer": the dictionary writes it with a capital and no place
                # cue stands before it ("in de Kanaalzone" has one); like an adjective, nothing to review
                return (None, 0.0, joined, {"adjective": True})
            # an ordinary word after a preposition is no place: "in Beeld", "in Balans"
            ordinary = lower[0] in self.lex.dictionary
            if key in self.lex.streets and prev_is_lower and prev in ("de", "het", "in", "aan", "op") \
                    and key not in cues.COMPASS and not (ordinary and prev == "in"):
                return (PLACE, 0.6, joined, {"place_kind": "street"})
            adjective_like = lower[0].endswith(cues.ADJECTIVE_ENDINGS)
            # (after "in" and "uit" even a surname: "een locatie in Hatert"; people are met, not entered)
            if prev_is_lower and prev in cues.PLACE_PREPOSITIONS and not initial and not self.is_first_name(w) \
                    and ((prev in ("in", "uit") and "-" not in w) or not self.is_surname(w)) and not self.lex.is_common(lower[0]) \
                    and not adjective_like and not ordinary:
                known = self.place1(w)  # "in Heeten vond ...": a known place whose name is also a surname
                return (PLACE, 0.55, joined, {"gazetteer_code": known["code"], "place_kind": known["kind"]}
                        if known else {"place_kind": "town"})
            if prev_is_lower and prev in ("de", "het") and prev2 in _ARTICLE_PLACE_PREPOSITIONS and not initial \
                    and not self.is_first_name(w) and not self.is_surname(w) and not self.lex.is_common(lower[0]) \
                    and not adjective_like and (not ordinary or lower[0] in self.lex.proper_words) \
                    and (prev2 in ("in", "naar", "uit")
                         or not (self._ordinary_compound(w) or (after and after[0][:1].isupper()))) \
                    and not self._hyphen_thing(w):
                # (not "Uit de Collectie", "in het Zonnetje": ordinary words; "in de Kanaalzone" is a name;
                # "op de Alumnidag", "over de Gelrepas": a compound of an ordinary noun names a thing;
                # "in de A-groep": so does a name with an ordinary noun after a hyphen)
                return (PLACE, 0.5, joined, {"place_kind": "town"})
            if prev_is_lower and prev in cues.PLACE_TYPE_WORDS and cues.PLACE_TYPE_WORDS[prev] != "street":
                return (PLACE, 0.6, joined, {"place_kind": cues.PLACE_TYPE_WORDS[prev]})
            # "Woensel-West": an unknown name and a compass point is a district
            if self._compass_compound(w) and not initial:
                return (PLACE, 0.6, joined, {"place_kind": "district"})
            # "Kattenbroek", "Lindenholt": an unknown word mid-sentence with the ending of a Dutch
            # place name (and no person's or ordinary word's) names a place
            if not initial and len(w) > 6 and lower[0].endswith(cues.TOPONYM_ENDINGS) and "-" not in w \
                    and lower[0] not in self.lex.dictionary and not self.is_first_name(w) and not self.is_surname(w) \
                    and not _ACRONYM.match(w) and not self.is_org_head(w) and not adjective_like:
                return (PLACE, 0.5, joined, {"place_kind": "district"})
            # "station Ede-Wageningen", "de regio Arnhem-Nijmegen": known places joined by a hyphen
            if "-" in w and all(self.place1(part) for part in w.split("-")):
                return (PLACE, 0.6, joined, {"place_kind": "region"})
            # "werkt bij Urenco", "stage bij Stimenz": where one works, trains or buys, a name no
            # dictionary holds and no person's, is a body (not "vlak bij Gdańsk", near a place)
            if prev == "bij" and prev_is_lower and not initial and not ordinary and not self.lex.is_common(lower[0]) \
                    and not self.is_first_name(w) and not self.is_surname(w) and not self.looks_like_people(w) \
                    and not (len(before) > 1 and before[-2].lower() in ("vlak", "dicht", "hier", "daar", "ergens")) \
                    and not self._compass_compound(w) and not _HYPHEN_LOWER.match(w):
                return (ORGANISATION, 0.5, joined, {})
            return (None, 0.0, joined, {})
        # "jongerenwerk in Berflo Es", "uit Groot Driene": unknown words after "in" name a place
        if 2 <= n <= 3 and prev_is_lower and prev in ("in", "naar", "uit", "vanuit") and not initial \
                and lower[0] not in ("de", "het", "'t") and not self.is_first_name(words[0]) \
                and not _is_initials(words[0]) and not _ACRONYM.match(words[0]) \
                and (lower[0] in cues.PLACE_PREFIXES or not self.is_surname(words[0])) \
                and not any(self.lex.is_common(lw) and lw not in cues.PLACE_PREFIXES for lw in lower) \
                and not all(lw in self.lex.dictionary and lw not in cues.PLACE_PREFIXES for lw in lower) \
                and no_head and not any(map(self.looks_like_role, words)) \
                and not any(map(self.place1, words)) and not any(_HYPHEN_LOWER.match(w) for w in words):
            return (PLACE, 0.55, joined, {"place_kind": "district"})
        # "de toekomst van Groot Driene": a place's prefix and a name no dictionary holds
        if n == 2 and lower[0] in cues.PLACE_PREFIXES and not initial and lower[1] not in self.lex.dictionary \
                and not self.lex.is_common(lower[1]) and not lower[1].endswith(cues.EVENT_ENDINGS) \
                and not self.is_first_name(words[1]) and no_head and not _ACRONYM.match(words[1]):
            return (PLACE, 0.55, joined, {"place_kind": "district"})
        # "de wijk De Maten", "de gemeente De Fryske Marren": the place-type word names what follows
        if 2 <= n <= (7 if "en" in lower else 4) and prev_is_lower and prev in cues.PLACE_TYPE_WORDS \
                and cues.PLACE_TYPE_WORDS[prev] != "street" and no_head and not self.is_first_name(words[0]) and not _is_initials(words[0]):
            if "en" not in lower:
                return (PLACE, 0.6, joined, {"place_kind": cues.PLACE_TYPE_WORDS[prev]})
            if prev.endswith(("en", "s")):
                return None  # "de buurtschappen Grote Kolonie en Kleine Kolonie" are two
        # "achter Het Klokhuis", "tegenover De Hud": a capitalised article and a name after a preposition of
        # place name a building
        if n == 2 and words[0] in _CAPITAL_ARTICLES and prev_is_lower and prev in _ALONG_PLACES \
                and not initial and not self.is_org_head(words[1]) and not self.organisation(words):
            return (PLACE, 0.55, joined, {"place_kind": "building" if prev in _NEXT_TO else "district"})
        # "de leden van De Twisse", "vrijwilligers van De Bieb": the people of a name with a capital
        # article belong to a body
        if n == 2 and words[0] in _CAPITAL_ARTICLES and prev == "van" and prev_is_lower and len(before) > 1 \
                and self.looks_like_people(before[-2]) and not before[-2].lower().endswith(_RESIDENT_ENDINGS) \
                and not initial and not self.place(words[1:]) and not self.is_surname(words[1]):
            return (ORGANISATION, 0.55, joined, {})  # (not "de kinderen van De Vries")
        # "in De Schooten": an article and an unknown name after "in" name a place
        # ("in De Hoogte": a capitalised article makes even an ordinary word a name)
        if n == 2 and lower[0] in ("de", "het", "'t") and prev_is_lower and prev in ("in", "naar", "uit", "vanuit") \
                and not initial and ((words[0] in _CAPITAL_ARTICLES and len(before) > 1) or not self.lex.is_common(lower[1])) \
                and not self.is_org_head(words[1]):
            return (PLACE, 0.55, joined, {"place_kind": "district"})
        # "in de Gelderse Poort", "op de Hegemer Mar", "rond de Roode Steen", "in de Berflo Es": an
        # adjective or an unknown word and a noun, both with a capital mid-sentence after a preposition
        # of where, name a place (not "de Haagse Hogeschool", "op de Nationale Voorleesdagen", "in de
        # Vlaardingse Westwijk": the town's adjective before its district)
        if n == 2 and prev in ("de", "het") and prev_is_lower and len(before) > 1 \
                and before[-2].lower() in _ARTICLE_PLACE_PREPOSITIONS and not initial \
                and (lower[0].endswith(("se", "sche")) or (lower[0] not in self.lex.dictionary
                                                           and not self.is_first_name(words[0]) and not self.is_surname(words[0])
                                                           and not _ACRONYM.match(words[0]))
                     or (lower[0].endswith("e") and not self.lex.is_common(lower[0]))) \
                and not self.is_org_head(words[1]) and lower[1] not in cues.EVENT_HEADS and lower[1] != "open" \
                and not any(lower[1].endswith(cues.EVENT_ENDINGS, 0, len(lower[1]) - k) for k in (0, 1, 2)) \
                and not lower[1].endswith(cues.ADJECTIVE_ENDINGS) and not (after and after[0][:1].isupper()) \
                and (self.place(words[1:]) or {}).get("kind") not in _SETTLEMENT_KINDS \
                and not lower[1].endswith(cues.DISTRICT_SUFFIXES) \
                and words[1] not in cues.SECTOR_WORDS and not self.organisation(words):
            return (PLACE, 0.5, joined, {"place_kind": "district"})
        return None

    def _national_body(self, words: list[str], lower: list[str]) -> bool:
        """"Bouwend Nederland", "Sovon Vogelonderzoek Nederland", "Transport en Logistiek Nederland":
        national bodies name themselves after the country (not "Noord Nederland", "Hart van Nederland",
        "Drenthe en Nederland")."""
        if len(words) == 2:
            return words[1] == "Nederland" and lower[0] not in cues.COMPASS and not self.is_adjective(words[0]) \
                and not lower[0].endswith(cues.ADJECTIVE_ENDINGS)
        return 3 <= len(words) <= 5 and "van" not in lower \
            and all(lw not in cues.COMPASS and (lw == "en" or not self.lex.is_common(lw)) for lw in lower[:-1]) \
            and not self.is_adjective(words[0]) and not self.is_first_name(words[0]) \
            and not any(self.place1(w) for w in words[:-1])

    def _for_a_place(self, words: list[str], lower: list[str]) -> bool:
        """"Kindcentrum voor Zaamslag", "De Streekmand voor Vorden": what serves a town names the town
        after it, unless the whole is a known body."""
        if "voor" not in lower[1:-1]:
            return False
        k = lower.index("voor")
        return (self.place(words[k + 1:]) or {}).get("kind") in _SETTLEMENT_KINDS and not self.organisation(words)

    def part_of_body(self, words: list[str], lower: list[str]) -> tuple[int, int] | None:
        """Where "Campus Fryslân van de Rijksuniversiteit Groningen" splits: words with no head of
        their own before "van" (their end), and a body with its own head after it (its start)."""
        if "van" not in lower or lower[0] == "van" or words[0] in cues.AUTHORITY_HEADS:
            return None
        k = lower.index("van")
        r = k + 2 if k + 2 < len(words) and lower[k + 1] in ("de", "het") else k + 1
        right = words[r:]
        if right and not any(self.is_org_head(w) for w in words[:k]) \
                and (self.is_org_head(right[0]) or right[0] in cues.AUTHORITY_HEADS
                     or (_ACRONYM.match(right[0]) and len(right) > 1) or self.organisation(right)):
            return k, r
        return None

    def _town_after(self, after: list[str]) -> str | None:
        """The kind of place named after "in" or "bij": "in Zwolle", "in Den Haag"."""
        place = self.place1(after[1]) or (self.place(after[1:3]) if len(after) > 2 and after[2][:1].isupper() else None)
        return place["kind"] if place else None

    @staticmethod
    def _hyphen_thing(w: str) -> bool:
        """"A-groep", "Wmo-lijn": a name and an ordinary noun after a hyphen that is no kind of place
        (not "Sarpachaun-stroom")."""
        tail = w.rpartition("-")[2]
        return tail[:1].islower() and not tail.endswith(_PLACE_NOUNS) and tail not in cues.NATURE_WORDS \
            and tail != "stroom"

    def _ordinary_compound(self, w: str) -> bool:
        """A name made with an ordinary noun that is no kind of place: "Omgevingsvisie", "Alumnidag",
        "Wmo-lijn" (not "Afrikaandermarkt", "Atolplaats", "Heuvelrug")."""
        lw = w.lower()
        if "-" in lw or "'" in lw:
            return True
        if lw.endswith(_PLACE_NOUNS):
            return False
        return any(lw[k:] in self.lex.dictionary for k in range(3, len(lw) - 2))

    def _compass_compound(self, w: str) -> bool:
        """"Woensel-West", "Zuid-Drenthe": a capitalised name joined to a compass point."""
        if "-" not in w:
            return False
        first, _, last = w.rpartition("-")
        if last.lower() in cues.COMPASS and last.lower() not in ("centrum", "midden"):
            return first[:1].isupper() and not self.is_first_name(first) and not _ACRONYM.match(first)
        first, _, last = w.partition("-")
        return first.lower() in cues.COMPASS and first.lower() not in ("centrum", "midden") and last[:1].isupper() \
            and not last.lower().endswith(cues.ADJECTIVE_ENDINGS) and not self.is_adjective(last)  # "Zuid-Franse"

    def _ordinary_before_street(self, w: str) -> bool:
        """"Flats", "Renovatie" before a street name are no part of it ("Grote", "Oude", "Zuid" and
        titles are)."""
        lw = w.lower()
        return lw not in cues.COMPASS and (lw in self.vocabulary or self.lex.is_common(lw) or lw.endswith(cues.NOUN_SUFFIXES)) \
            and not (lw.endswith("e") and not lw.endswith(cues.NOUN_SUFFIXES)) \
            and lw not in cues.PARTICLES and not self.looks_like_role(lw) \
            and not self.is_first_name(w) and not _is_initials(w) and lw.rstrip(".") not in cues.HONORIFICS

    def person_score(self, words, lower, key, before, after, initial) -> float:
        n = len(words)
        next_raw = after[0] if after else ""
        prev = before[-1].lower() if before else ""
        prev2 = before[-2].lower() if len(before) > 1 else ""
        nxt = next_raw.lower()
        after1 = after[1].lower() if len(after) > 1 else ""
        after2 = after[2].lower() if len(after) > 2 else ""
        particles = cues.PARTICLES
        if n == 1:
            content = words if lower[0] not in particles else []
            if len(words[0]) > 7 and not self.is_first_name(words[0]) and not self.is_surname(words[0]) \
                    and self.reads_as_noun(words[0]):
                return 0.0  # "lector Energietransitie", "Coördinator Alumnirelaties": a portfolio
        else:
            content = [w for w, lw in zip(words, lower) if lw not in particles]
            if not _SEPARATES_NAMES.isdisjoint(lower):
                return 0.0  # "Patrick Doyle en Dirk Brossé" are two people
        if not content:
            return 0.0
        if n > 1 and not cues.NUMBER_WORDS.isdisjoint(lower):
            return 0.0  # "Wim van den Heuvel Vijftig Jaar Lid": a heading goes on after the name
        particle_before_last = n > 1 and lower[-2] in cues.PARTICLES
        given_or_initials = _is_initials(words[0]) or self.is_first_name(words[0])
        if not particle_before_last and not (given_or_initials and (n > 1 or _is_initials(words[0]))) \
                and (self.is_adjective(words[-1]) or lower[-1].endswith(("sche", "ische"))):
            return 0.0
        if n > 1:
            for k, lw in enumerate(lower[:-1]):
                # "in"/"op" only inside "in 't Veld", "op de Beek"
                if lw in cues.WEAK_PARTICLES and lower[k + 1] not in ("'t", "de", "den", "het", "der"):
                    return 0.0
        strong_start = given_or_initials or (
            n >= 3 and lower[0] == "van" and lower[1] in ("den", "der", "de", "'t")) or (  # "Van den Heuvel"
            # "coördinator Wil Schrauwen": after a role, a short word before a surname is a given name
            # the lists lack, even one that is an ordinary word too
            # (a double surname too: "werkgroepleider Wil Hermsen-van Bergen")
            2 <= n <= 3 and len(words[0]) <= 5 and self.looks_like_role(prev)
            and self.is_surname(words[1].partition("-")[0]) and (n == 2 or words[1].endswith(_HYPHEN_PARTICLES))
            and lower[1] not in self.lex.dictionary and not lower[0].endswith(cues.ADJECTIVE_FORMS)
            and not self.place1(words[1]))
        if n > 1 and not strong_start and any(
            (self.place1(w) or self.district_word(w)) and not (self.is_first_name(w) or self.is_surname(w))
            for w in content
        ):
            return 0.0
        if n <= 2 and any(map(self.is_country_or_province, content)):
            return 0.0
        if n > 1 and not strong_start and any(
            self.lex.is_common(w.lower()) and not self.is_first_name(w) and not self.is_surname(w) for w in content
        ):
            # "Nieuwe Huisvestingswet": ordinary words are not names
            return 0.0
        if n > 1 and not strong_start and lower[0].endswith(cues.ADJECTIVE_FORMS) and not self.is_surname(words[0]):
            return 0.0  # "adviseur Sociaal Domein", "coördinator Openbare Orde"
        score = 0.0
        first, lastw = content[0], content[-1]
        if _is_initials(words[0]) and n >= 2:
            score = 0.9
        elif n >= 2 and "-" in words[0] and words[0].rpartition("-")[2] in _NAME_OPENERS:
            score = 0.7  # "Verbeek-van Rijn": a double surname
        elif self.is_first_name(first) and n >= 2:
            score = 0.85 if (self.is_surname(lastw) or not self.place1(lastw)) else 0.6
            if (self.organisation([lastw]) or self.is_org_head(lastw)) and lower[-2] not in cues.PARTICLES:
                score = 0.3
        elif n >= 2 and any(lw in cues.PARTICLES for lw in lower[1:-1]):
            # "Buurthuis De Schakel" is no name: the particle must follow a
            # first name or open the surname
            if lower[0] in cues.PARTICLES or self.is_first_name(words[0]):
                score = 0.65 if self.is_surname(lastw) else 0.5
            elif self.is_surname(lastw) and n == 3 and not self.lex.is_common(lower[0]) and not self.place1(lastw) \
                    and not self.place1(words[0]) and not self.is_org_head(words[0]) \
                    and not self.looks_like_role(words[0]) and not self.is_adjective(words[0]) \
                    and not lower[0].endswith(cues.ADJECTIVE_ENDINGS) and not self.place(words[1:]):
                score = 0.6  # "Riet van Hoof": a given name the lists lack, a particle, a surname
            else:
                score = 0.3
        elif n >= 2 and self.is_surname(lastw) and not self.place(words):
            score = 0.55
            # "nam Toon Kuijpers afscheid": a capital mid-sentence before a known surname (no
            # ordinary word) is a given name the lists lack
            if n == 2 and not initial and not self.looks_like_role(first) and not self.is_org_head(first) \
                    and not self.place1(first) and not self.is_adjective(first) and len(first) <= 9 \
                    and not lower[0].endswith(_NOT_GIVEN_NAME_ENDINGS) and not _ACRONYM.match(first) \
                    and (lower[0] not in particles or lower[0] in _ARABIC_PARTICLES) and lower[1] not in self.lex.dictionary:
                score = 0.65  # ("ecoloog El Amrani": the particles of Arabic names open no place or body)
        elif n >= 2 and lower[0] in cues.PARTICLES:
            score = 0.45  # "Di Rupo", "Van Roost"
        elif 2 <= n <= 3 and not initial and not any(
            self.place1(w) or self.is_org_head(w) or self.lex.is_common(w.lower()) or _ACRONYM.match(w)
            for w in words
        ):
            score = 0.5  # two unknown capitalised words mid-sentence: most often a name
        elif n == 1:
            if self.is_first_name(first):
                score = 0.4
                # "zegt Hanneke", "Oksana kwam in 2022": a given name alone, not an
                # ordinary word or a place, followed by a lower-case word
                if next_raw[:1].isalpha() and next_raw.islower() and not self.lex.is_common(lower[0]) \
                        and not self.place1(first) and not self.organisation(words):
                    score = 0.6
            elif self.is_surname(first):
                score = 0.35
            else:
                score = 0.2
        # context cues
        if prev in cues.HONORIFICS or prev.rstrip(".") in cues.HONORIFICS:
            score += 0.5
        if self.looks_like_role(prev) or (prev in ("de", "het") and self.looks_like_role(prev2)):
            score += 0.4
        elif nxt in ("en", ",") and self.looks_like_people(prev):
            score += 0.4  # "ministers Onkelinx en Hazette"
        elif prev in cues.FAMILY_WORDS and (self.is_first_name(first) or _is_initials(first)):
            score += 0.4  # "haar man Henk"
        if nxt in cues.SPEECH_VERBS or prev in cues.SPEECH_VERBS or (nxt == ":" and after1 and after1 in "“\"'‘") \
                or (prev == "licht" and nxt == "toe"):  # "licht Rozendaal toe"
            score += 0.35
        if nxt == "(" and after1.isdigit() and len(after1) <= 3 and after2 == ")" \
                and (self.is_first_name(first) or (n > 1 and not self.place(words))):
            score += 0.3  # "Femke (15)", "Abrham Tesfamariam (34)": a name and an age
        if nxt == "," and after1 and (self.looks_like_role(after1) or (
                after1 in ("de", "het", "een", "onze") and after2 and self.looks_like_role(after2))):
            score += 0.3  # "Hatice, de opbouwwerker van Welsaen"
        if n == 1 and initial and not (self.is_first_name(first) or self.is_surname(first)):
            score -= 0.3
        if key in self.lex.places or key in self.lex.organisations:
            score -= 0.3
        return score


class RulesEngine:
    """Finds entities in single texts and links partial names within an issue."""

    def __init__(self, lexicon: Lexicon):
        self.lex = lexicon
        self.spans = SpanClassifier(lexicon)

    # ---- spans -----------------------------------------------------------------
    def raw_spans(self, tokens) -> list[tuple[int, int]]:
        """Runs of capitalised words, joined over name particles and the
        connectors of organisation names."""
        texts, sent, newlines = tokens.texts, tokens.sentence_starts, tokens.newlines
        spans = []
        n = len(texts)
        connectors = _SPAN_CONNECTORS
        function_words = cues.FUNCTION_WORDS
        # only tokens that open with a capital (or "'s-") can start a span
        firsts = list(map(itemgetter(0), texts))
        candidates = sorted(chain(compress(range(n), map(str.isupper, firsts)),
                                  compress(range(n), map("'".__eq__, firsts))))
        consumed = 0
        for i in candidates:
            if i < consumed:
                continue
            t = texts[i]
            if not _name_like_text(t):
                continue
            # fast path: "De", "Het", "Dat" opening a sentence, no name after it
            if sent[i] and t.lower() in function_words and (i + 1 >= n or not texts[i + 1][0].isupper()) \
                    and not (i + 2 < n and texts[i + 1] in ("'t", "den", "der", "de") and texts[i + 2][0].isupper()):
                continue
            end = i
            k = i + 1
            while k < n:
                if newlines[k] or sent[k]:
                    break
                if _name_like_text(texts[k]):
                    end = k
                    k += 1
                    continue
                # "K. (Kees) Jansen": a given name in brackets after initials
                if texts[k] == "(" and k + 3 < n and texts[k + 2] == ")" and _is_initials(texts[end]) \
                        and _name_like_text(texts[k + 1]) and not any(newlines[k: k + 4]):
                    # "E.M. (Esther) van Wijngaarden": particles may follow the bracket
                    m = k + 3
                    while m < n and m - k < 6 and texts[m] in cues.PARTICLES and not newlines[m]:
                        m += 1
                    if m < n and _name_like_text(texts[m]) and not newlines[m]:
                        end = m
                        k = m + 1
                        continue
                # "X en de Y", "X en het Y": a new noun phrase, not one name
                if texts[k] in _COORDINATORS and k + 1 < n and texts[k + 1] in _ARTICLES:
                    break
                # up to three connectors, then a capitalised word
                j = k
                while j < n and j - k < 3 and texts[j].lower() in connectors and not newlines[j]:
                    j += 1
                if k < j < n and _name_like_text(texts[j]) and not newlines[j] and not sent[j]:
                    end = j
                    k = j + 1
                    continue
                # "Noord- en Oost-Gelderland": a name cut short by a hyphen goes on after "en"
                if texts[k] == "-" and k + 2 < n and tokens.starts[k] == tokens.ends[end] \
                        and texts[k + 1] in ("en", "of") and _name_like_text(texts[k + 2]) \
                        and not newlines[k + 2] and not sent[k + 2]:
                    end = k + 2
                    k += 3
                    continue
                # "Ruud te Brake": after a given name, "te" is a particle, not "in"
                if texts[k] == "te" and k + 1 < n and _name_like_text(texts[k + 1]) and not newlines[k + 1] \
                        and self.spans.is_first_name(texts[end]) and fold(texts[k + 1]) not in self.lex.places:
                    end = k + 1
                    k += 2
                    continue
                # "Horst aan de Maas", "Bergen op Zoom": a known place joined by a preposition
                if texts[k] in _PLACE_JOINERS:
                    j = k + 1
                    while j < n and j - k < 3 and texts[j] in ("de", "den", "der", "het"):
                        j += 1
                    # the place may open the span or end it ("Nieuwenhagen en Ubach over Worms",
                    # "Gemeente Bergen op Zoom")
                    last_name = end
                    while last_name > i and _name_like_text(texts[last_name - 1]) and end - last_name < 3:
                        last_name -= 1
                    if j < n and _name_like_text(texts[j]) and not newlines[j] and not sent[j] \
                            and (any(fold(" ".join(texts[s: j + 1])) in self.lex.places for s in range(last_name, end + 1))
                                 or (sent[i] and texts[i].lower() in function_words  # "In Valkenburg aan de Geul"
                                     and fold(" ".join(texts[i + 1: j + 1])) in self.lex.places)):
                        end = j
                        k = j + 1
                        continue
                break
            # "café-zaal 't Huukske", "'t Harde": the article "'t" before a capital is part of the name
            if i > consumed and texts[i - 1] in ("'t", "'T") and not newlines[i]:
                i -= 1
            spans.append((i, end))
            consumed = end + 1
        return spans

    def analyse(self, text: str) -> list[Found]:
        masked = mask(text)
        tokens = tokenize(masked)
        self.spans.vocabulary = LowerCaseWords(masked)
        self._title_case_lines(text, tokens)
        self._capital_lines(text, tokens)
        found: list[Found] = self._lower_case_institutions(text, tokens)
        taken = {k for f in found for k in range(f.first_tok, f.last_tok + 1)}
        brands = self._lower_case_brands(text, tokens, taken) + self._known_bodies_in_lower_case(text, tokens, taken)
        if brands:
            found += brands
            taken.update(f.first_tok for f in brands)
        texts, sent = tokens.texts, tokens.sentence_starts
        plain_opener = self.spans.plain_opener
        for i, j in self.raw_spans(tokens):
            if taken and any(k in taken for k in range(i, j + 1)):
                if i in taken:
                    continue
                j = min(k for k in range(i, j + 1) if k in taken) - 1  # the name before the institution
                while j > i and not _name_like_text(texts[j]):
                    j -= 1
            if i == j and sent[i] and "-" not in texts[i] and plain_opener(texts[i]) \
                    and not (i >= 2 and texts[i - 1] == ":" and texts[i - 2].lower() in cues.VENUE_LABELS) \
                    and not (i + 2 < len(texts) and texts[i + 1] == "," and texts[i + 2][:1].isupper()) \
                    and not (i + 1 < len(texts) and texts[i + 1][:1].isdigit()):  # "Neerhem 18, Valkenburg"
                # the commonest span, one plain word opening a sentence: what
                # _segment would answer, without building its context
                if texts[i].lower() not in cues.FUNCTION_WORDS:
                    found.append(self._found(text, tokens, i, i, None, 0.0, texts[i], {"sentence_initial": True}))
                continue
            found.extend(self._segment(text, tokens, i, j))
        if taken:
            found.sort(key=lambda f: f.first_tok)
        for f in found:
            # "Jelle D.", "Sem de W.": a surname cut to its initial keeps its full stop
            if f.kind == PERSON and len(f.surface) > 2 and f.surface[-1].isupper() and f.surface[-2] == " " \
                    and text[f.end: f.end + 1] == ".":
                f.end += 1
                f.surface = text[f.start: f.end]
                f.name = f.surface
        if "." in text:
            found = self._titled_streets(text, tokens, found)
        if "'" in text:
            self._club_years(text, tokens, found)
        if "‘" in text or "“" in text or '"' in text or "'" in text:
            found = self._outside_titles(text, found)
        found = self._sender_lines(text, tokens, found)
        self._articles_as_written(text, tokens, found)
        if "groet" in text:
            self._signature_names(text, tokens, found)
        self._coordinate(tokens, found)
        self._parenthesised_acronyms(tokens, found)
        # snippets are cut when asked for: many spans (sentence openers) never become mentions
        sentences = Sentences(text, tokens)
        for f in found:
            if f.kind == PERSON:
                f.role = self.role_for(text, tokens, f)
            f.sentences = sentences
        return found

    @staticmethod
    def _articles_as_written(text: str, tokens, found: list[Found]) -> None:
        """"De Zwanenhof is ...", "Speeltuin De Horsten Weer Open": where a
        capital says nothing (opening a sentence, in a heading that capitalises
        every word) an article before a name is read as the text writes it
        mid-sentence: part of the name when a mention elsewhere is "De
        Zwanenhof" after a lower-case word ("uit De Zwanenhof")."""
        # (substrings first: the pattern is costly to try at every position of every section)
        if not (" De " in text or " Het " in text or " Den " in text or " 't " in text) \
                or not _ARTICLE_MID_SENTENCE.search(text):
            return
        written: dict[str, Found] = {}
        for f in found:
            if f.kind in (PLACE, ORGANISATION) and not f.sentence_initial and f.first_tok \
                    and f.surface.split(" ", 1)[0] in _WRITTEN_ARTICLES and " " in f.surface \
                    and text[tokens.starts[f.first_tok - 1]: tokens.ends[f.first_tok - 1]].islower():
                written.setdefault(f.surface, f)
        if not written:
            return
        for f in found:
            k = f.first_tok - 1
            if f.kind not in (PLACE, ORGANISATION) or k < 0 or tokens.newlines[f.first_tok]:
                continue
            article = text[tokens.starts[k]: tokens.ends[k]]
            src = written.get(article + " " + f.surface) if article in _WRITTEN_ARTICLES else None
            if src is None or src is f:
                continue
            f.start, f.first_tok = tokens.starts[k], k
            f.surface = text[f.start: f.end]
            f.sentence_initial = tokens.sentence_starts[k]
            _take_reading(f, src, f.confidence)

    def _signature_names(self, text: str, tokens, found: list[Found]) -> None:
        """"Met vriendelijke groet,\nRuthmilda Larmonie": the line under a closing greeting,
        two or three words no list explains, is the person who signs."""
        texts, newlines = tokens.texts, tokens.newlines
        for f in found:
            if f.kind is not None or not newlines[f.first_tok] or not 1 <= f.last_tok - f.first_tok <= 2:
                continue
            if f.last_tok + 1 < len(texts) and not newlines[f.last_tok + 1]:
                continue  # the name is the whole line
            # (the greeting is on the lines just above: read those, not all the text before)
            closing = text[max(0, f.start - 200): f.start].rstrip().rsplit("\n", 1)[-1].lower()
            if not closing.rstrip(",").endswith(cues.CLOSING_GREETINGS):
                continue
            words = texts[f.first_tok: f.last_tok + 1]
            if all(w.lower() in cues.PARTICLES or (w[:1].isupper() and w.isalpha() and not self.lex.is_common(w.lower())
                                                   and (w.lower() not in self.lex.dictionary or self.spans.is_first_name(w)
                                                        or self.spans.is_surname(w)))
                   for w in words):
                f.kind, f.confidence, f.attributes = PERSON, 0.6, {}

    def _sender_lines(self, text: str, tokens, found: list[Found]) -> list[Found]:
        """The sender's name, written on a line of its own: in the masthead before
        the newsletter's title or issue ("Woonvisie Twente | Nieuwsbrief juni 2025"),
        and in the signature under a role ("Coördinator\nLandschapsbeheer Zeeland").
        A body there, however its words read elsewhere ("Zeeland" is a province)."""
        texts, starts = tokens.texts, tokens.starts
        lines = text.split("\n")
        offset, spans, opened = 0, [], False
        for n, line in enumerate(lines):
            stripped = line.strip()
            name = None
            if not opened and stripped:  # the first line with words on it
                opened = True
                if any(sep in stripped for sep in (" | ", " – ", " — ", " · ", " - ")):
                    parts = re.split(r"\s+[|–—·]\s+|\s+-\s+", stripped)
                    if _MASTHEAD_TAIL.search(" ".join(parts[1:])):
                        name = parts[0]
                    # "CENTRUMNIEUWS – Centrummanagement Gouda": the newsletter's title, then its sender
                    if " " not in parts[0] and parts[0].lower().endswith(_PUBLICATION_TITLE_ENDS) \
                            and len(parts) > 1 and not _MASTHEAD_TAIL.search(parts[1]):
                        name = parts[1]
            elif stripped and n >= 2 and len(stripped) < 60 and lines[n - 1].strip() and lines[n - 2].strip() \
                    and len(lines[n - 1].split()) <= 5 and any(
                        self.spans.looks_like_role(w.strip(",.")) for w in re.split(r"[\s-]+", lines[n - 1].lower())):
                name = stripped
            if name:
                first = line.index(name) + offset
                spans.append((bisect_left(starts, first), bisect_left(starts, first + len(name)) - 1))
            offset += len(line) + 1
        if not spans:
            return found
        for i, j in spans:
            words = texts[i: j + 1]
            if not 1 <= len(words) <= 6 or not all(_name_like_text(w) or w.lower() in _SPAN_CONNECTORS for w in words) \
                    or not _name_like_text(words[-1]) or "en" in words or "&" in words \
                    or self.spans.place(words) or self.spans.is_first_name(words[0]) or _is_initials(words[0]) \
                    or any(w.lower() in _MASTHEAD_WORDS or w.lower().endswith(_PUBLICATION_TITLE_ENDS)
                           for w in words):
                continue
            inside = [f for f in found if i <= f.first_tok and f.last_tok <= j]
            if len(words) == 1:
                # "Bernhoven | Nieuwsbrief voor patiënten": one word no rule explains is the sender
                if len(inside) != 1 or inside[0].kind is not None or inside[0].attributes.get("not_a_name") \
                        or self.lex.is_common(words[0].lower()) or _ACRONYM.match(words[0]):
                    continue
            elif any(f.kind == PERSON for f in inside) or not any(f.kind == PLACE for f in inside):
                continue  # only names whose words read as places need the line to say they are a body
            name = text[starts[i]: tokens.ends[j]]
            inside_ids = {id(f) for f in inside}
            found = [f for f in found if id(f) not in inside_ids]
            found.append(self._found(text, tokens, i, j, ORGANISATION, 0.8, name, {}))
        found.sort(key=lambda f: f.first_tok)
        return found

    @staticmethod
    def _titled_streets(text: str, tokens, found: list[Found]) -> list[Found]:
        """"Dr. Huber Noodtstraat", "Burg. de Withstraat": the abbreviated title
        of the person a street is named after is part of the street's name."""
        texts, starts, ends = tokens.texts, tokens.starts, tokens.ends
        dropped = set()
        for f in found:
            if f.kind != PLACE or not texts[f.last_tok].lower().endswith(cues.STREET_SUFFIXES):
                continue
            k = f.first_tok - 1
            while k > 0 and f.first_tok - k <= 2 and texts[k] in cues.PARTICLES:
                k -= 1  # "Burg. van der Hoffplein"
            if k < 1 or texts[k] != "." or ends[k - 1] != starts[k] or not texts[k - 1][:1].isupper() \
                    or texts[k - 1].lower() not in TITLE_ABBREVIATIONS:
                continue
            f.first_tok = k - 1
            f.start = starts[k - 1]
            f.surface = f.name = text[f.start: f.end]
            f.attributes = {"place_kind": "street"}
            dropped.update(id(g) for g in found if g.last_tok == k - 1)
        return [f for f in found if id(f) not in dropped] if dropped else found

    @staticmethod
    def _club_years(text: str, tokens, found: list[Found]) -> None:
        """"Colmschate '33", "Be Quick '28": a name and the year of founding is a club."""
        texts, starts = tokens.texts, tokens.starts
        for f in found:
            k = f.last_tok + 1
            if k + 1 < len(texts) and texts[k] == "'" and len(texts[k + 1]) == 2 and texts[k + 1].isdigit() \
                    and starts[k] == f.end + 1 and starts[k + 1] == starts[k] + 1 and f.kind != PERSON:
                f.end = starts[k + 1] + 2
                f.surface = text[f.start: f.end]
                f.kind, f.name, f.confidence, f.attributes = ORGANISATION, f.surface, 0.8, {}
                f.last_tok = k + 1

    @staticmethod
    def _outside_titles(text: str, found: list[Found]) -> list[Found]:
        """"het rapport ‘Wijken in Beweging 2025’": the words of a short quoted
        title (of a report, a campaign, a lecture) name nothing themselves."""
        titles = [m.span(1) for m in _QUOTED_TITLE.finditer(text)
                  if (m.start() == 0 or text[m.start() - 1] in " \t\n(")
                  # '"Elk kind verdient een instrument", aldus Van Dijk': speech, not a title
                  and _SPEECH_AFTER.match(text, m.end()) is None
                  and len(m.group(1).split()) <= 8 and "," not in m.group(1) and m.group(1).rstrip()[-1:] not in ".!?;"
                  and _SPEECH_WORDS.isdisjoint(m.group(1).lower().split())]
        if not titles:
            return found
        return [f for f in found if not any(s <= f.start and f.end <= e for s, e in titles)]

    def _lower_case_institutions(self, text: str, tokens) -> list[Found]:
        """"het ministerie van Volksgezondheid, Welzijn en Sport", "het Centraal Orgaan
        opvang asielzoekers": a known institution whose name starts in lower case or holds
        a lower-case word, read as one name."""
        texts = tokens.texts
        out: list[Found] = []
        n = len(texts)
        for m in _INSTITUTION_OPENER.finditer(text):
            k = bisect_left(tokens.starts, m.start())
            if k + 2 >= n or tokens.starts[k] != m.start() or texts[k + 1] not in ("van", "voor"):
                continue
            if k + 3 < n and _ACRONYM.match(texts[k + 2]) and not texts[k + 3][:1].isupper():
                continue  # "het ministerie van BZK": the acronym names it
            for e in range(min(n - 1, k + 12), k + 1, -1):
                if texts[e][:1].isupper() and fold(" ".join(texts[k: e + 1])) in self.lex.organisations:
                    name, acronym = self.lex.organisations[fold(" ".join(texts[k: e + 1]))]
                    out.append(self._found(text, tokens, k, e, ORGANISATION, 0.95, name,
                                           {"acronym": acronym} if acronym else {}))
                    break
        # "het Centraal Orgaan opvang asielzoekers", "GGD regio Utrecht": known names with a
        # word in lower case inside that no name's run of capitals joins
        pattern, firsts = self._names_with_lower_words()
        if pattern is not None and not firsts.isdisjoint(texts):
            taken = {k for f in out for k in range(f.first_tok, f.last_tok + 1)}
            for m in pattern.finditer(text):
                k = bisect_left(tokens.starts, m.start())
                e = bisect_left(tokens.starts, m.end()) - 1
                if k >= n or tokens.starts[k] != m.start() or tokens.ends[e] != m.end() or k in taken:
                    continue
                name, acronym = self.lex.organisations[fold(m.group(0))]
                out.append(self._found(text, tokens, k, e, ORGANISATION, 0.95, name,
                                       {"acronym": acronym} if acronym else {}))
        return out

    def _lower_case_brands(self, text: str, tokens, taken: set[int]) -> list[Found]:
        """"woningcorporatie woCom", "deltaWonen", "ieder1": a brand written in lower case
        with a capital or a digit inside names a body (no run of capitals finds it). Only
        texts with a lower-case letter before a capital or a digit, and in them only tokens
        opening in lower case that are not plain lower-case words, are looked at."""
        if not _BRAND_HINT.search(text):
            return []
        texts, starts, ends = tokens.texts, tokens.starts, tokens.ends
        odd = map(and_, map(str.islower, map(itemgetter(0), texts)),
                  map(not_, map(and_, map(str.islower, texts), map(str.isalpha, texts))))
        out = []
        for k in compress(range(len(texts)), odd):
            start, end = starts[k], ends[k]
            after = text[end: end + 1]
            if k not in taken and _LOWER_BRAND.fullmatch(texts[k]) and text[start - 1: start] not in _ADDRESS_MARKS \
                    and after not in _ADDRESS_MARKS_AFTER and not (after == "." and text[end + 1: end + 2].isalnum()):
                out.append(self._found(text, tokens, k, k, ORGANISATION, 0.6, texts[k], {}))
        return out

    def _known_bodies_in_lower_case(self, text: str, tokens, taken: set[int]) -> list[Found]:
        """"volg ons op instagram", "pakketjes van postnl": a known body's one-word name
        written in lower case, when no Dutch word is spelled so (not "jumbo", "bol")."""
        known = self.lex.memo.get("bodies_in_lower_case")
        if known is None:
            known = self.lex.memo["bodies_in_lower_case"] = {
                key: name for key, (name, _) in self.lex.organisations.items()
                if " " not in key and len(key) >= 4 and key.isalpha() and not name.isupper()
                and key not in self.lex.dictionary and not self.lex.is_common(key)
                and key not in self.lex.first_names and key not in self.lex.surnames
                # (nor a verb's stem or a diminutive: "breng", "schuldhulpmaatje")
                and key + "en" not in self.lex.dictionary and not key.endswith("je")}
        texts = tokens.texts
        hits = set(texts).intersection(known)  # (iterates the text's words, not the bodies)
        if not hits:
            return []
        return [self._found(text, tokens, k, k, ORGANISATION, 0.6, known[t], {})
                for k, t in enumerate(texts) if t in hits and k not in taken]

    def _names_with_lower_words(self):
        """One pattern for the lexicon's organisation names with a lower-case word
        inside that is no connector, and their first words (a text holding none
        of them is not searched), made once per lexicon."""
        made = self.lex.memo.get("names_with_lower_words")
        if made is None:
            names = sorted({name for name, _ in self.lex.organisations.values()
                            if any(w[:1].islower() and w not in _SPAN_CONNECTORS for w in name.split()[1:])},
                           key=len, reverse=True)
            pattern = re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, names)) + r")(?![\w-])") if names else None
            made = self.lex.memo["names_with_lower_words"] = (pattern, {name.split()[0] for name in names})
        return made

    def _title_case_lines(self, text: str, tokens) -> None:
        """"Overlast Rond Het Pancratiusplein": in a heading that capitalises
        every word, capitals say nothing. Words that are ordinary (function
        words, common words, words this text writes in lower case elsewhere)
        are read in lower case there, so only the names keep their capitals."""
        texts = tokens.texts
        for line, first, last in _short_lines(text, tokens.starts):
            if len(line) <= 90 and line.rstrip()[-1:] not in ".;,":
                self._ordinary_hamlets(first, last, tokens)
            if not line.istitle():
                self._heading_verbs(line, first, last, tokens)
                continue
            words = [k for k in range(first + 1, last + 1) if texts[k][:1].isupper()]
            # a capitalised function word that no name holds ("In", "Rond", "Zich"), not "De" or "Van"
            if len(words) < 2 or not any(texts[k].lower() in cues.TITLE_CASE_TELLS or texts[k].lower() in cues.HEADING_ADVERBS
                                         for k in words):
                self._heading_verbs(line, first, last, tokens)  # "Huurdersvereniging Zoekt Versterking"
                continue
            lowered = set()
            vocabulary = self.spans.vocabulary
            for k in reversed(words):
                t = texts[k]
                low = t.lower()
                if len(low) != len(t):
                    continue
                if low in cues.PARTICLES or low in _ARTICLES:
                    nxt = texts[k + 1] if k + 1 <= last else ""
                    # ("Repair Café In Hatert": "in" and "op" open a surname only before an article)
                    # ("Vondst Op Een Zolder": "een" opens no name; "Steenuilen In De Ooijpolder": after a
                    # preposition the article is the heading's, not the name's)
                    if low == "den" and nxt[:1].isupper() and k + 1 not in lowered \
                            and (fold(t + " " + nxt) in self.lex.places or fold(t + " " + nxt) in self.lex.organisations):
                        continue  # "Nieuws Uit Den Haag": an old article that opens only names
                    if k + 1 > last or k + 1 in lowered or not nxt[:1].isupper() or low == "een" \
                            or (low in _ARTICLES and k > first and texts[k - 1].lower() in _HEADING_PREPOSITIONS) \
                            or self.spans.place1(nxt) or nxt.lower().endswith(cues.STREET_SUFFIXES + ("wijk", "buurt")) \
                            or (low in cues.WEAK_PARTICLES and nxt.lower() not in ("'t", "de", "den", "der", "het")):
                        texts[k] = low
                        lowered.add(k)
                    continue
                if low in cues.HEADING_ADVERBS and (k + 1 > last or k + 1 in lowered):
                    texts[k] = low  # "... Weer Open" closing the heading
                    lowered.add(k)
                    continue
                if low in cues.FUNCTION_WORDS and low not in _NAME_OPENERS:
                    texts[k] = low  # "Drie", "Meer": never a name in a heading, whatever the gazetteer says
                    lowered.add(k)
                    continue
                key = fold(t)
                # a hamlet called "Straten" or "Buurt" is no reason to keep a capital the text
                # itself drops elsewhere
                if (key in self.lex.places and low not in vocabulary) or key in self.lex.organisations \
                        or _ACRONYM.match(t) or self.spans.is_first_name(t) or self.spans.is_org_head(t) \
                        or low in cues.FACILITY_HEADS:
                    continue
                if low in cues.FUNCTION_WORDS or low in self.lex.common_words or low in vocabulary \
                        or low in cues.SPEECH_VERBS or (low.startswith("ge") and low.endswith(("d", "t")) and len(low) > 5):
                    texts[k] = low
                    lowered.add(k)

    def _capital_lines(self, text: str, tokens) -> None:
        """"VRIJWILLIGERS GEZOCHT", "PROEF KONINGSBOSCH: PMD-CONTAINER WERKT": in a
        heading written in capitals, capitals say nothing. Its words are read as
        the text writes them elsewhere ("HOF VAN BROEKLAND": "Hof van Broekland"),
        a known name as it is, any other word as a sentence would write it."""
        lines = text.split("\n")
        if not any(map(str.isupper, lines)):
            return  # (most sections: no line in capitals, and the test runs at C speed)
        texts, starts = tokens.texts, tokens.starts
        lowered_text = None
        offset = 0
        for line in lines:
            end = offset + len(line)
            if len(line) <= 90 and line.isupper() and len(_SHOUTED_WORDS.findall(line)) >= 2:
                if lowered_text is None:
                    lowered_text = text.lower()
                k, last = bisect_left(starts, offset), bisect_left(starts, end)
                while k < last:
                    if not (len(texts[k]) > 1 and texts[k].isupper()):
                        k += 1
                        continue
                    run = k
                    while run + 1 < last and texts[run + 1].isupper() and texts[run + 1][:1].isalpha():
                        run += 1
                    k = self._read_shouted(text, lowered_text, tokens, k, min(run, k + 5))
            offset = end + 1

    def _read_shouted(self, text: str, lowered_text: str, tokens, k: int, run: int) -> int:
        """Read the longest stretch of words in capitals from token k (up to
        ``run``) as written elsewhere; the index after it."""
        texts, starts, ends = tokens.texts, tokens.starts, tokens.ends
        for last in range(run, k, -1):
            phrase = text[starts[k]: ends[last]]
            key = fold(phrase)
            if key in self.lex.organisations or key in self.lex.places:
                return last + 1  # "NATIONAAL PROGRAMMA LEEFBAARHEID EN VEILIGHEID" is a known name
            written = _written_elsewhere(text, lowered_text, tokens, phrase.lower())
            if written and len(written.split()) == last - k + 1:
                texts[k: last + 1] = written.split()
                return last + 1
        texts[k] = "-".join(map(self._as_in_a_sentence, texts[k].split("-")))
        return k + 1

    def _as_in_a_sentence(self, word: str) -> str:
        """A word from a heading in capitals as a sentence would write it."""
        low = word.lower()
        key = fold(word)
        if not low or key in self.lex.organisations and _ACRONYM.match(word):
            return word  # "GGD"
        if low in cues.FUNCTION_WORDS or low in self.spans.vocabulary:
            return low  # ("NATUUR IN DE UITERWAARDEN": the text writes "uiterwaarden" elsewhere)
        if key in self.lex.places or key in self.lex.organisations or low in cues.FACILITY_HEADS \
                or self.spans.is_org_head(low):
            return word[0] + low[1:]
        if low in self.lex.common_words or low in self.lex.dictionary \
                or (low.endswith("t") and low[:-1] + "en" in self.lex.dictionary):
            return low  # (a verb too: "WERKT", as "werken" is a word)
        # a short word, or one without vowels, may be an acronym ("NPHLN"); a longer one is a name
        return word if len(word) <= 4 or not _VOWELS.search(low) else word[0] + low[1:]

    def _ordinary_hamlets(self, first: int, last: int, tokens) -> None:
        """"Over de Grens", "Terug op het Erf": in a heading, an ordinary Dutch
        word after an article is that word, even when a hamlet, region or
        street bears it as its name."""
        texts = tokens.texts
        for k in range(max(first + 1, 1), last + 1):
            t = texts[k]
            if not t[:1].isupper() or texts[k - 1] not in ("de", "het") or (k < last and texts[k + 1][:1].isupper()):
                continue
            if k >= 2 and (texts[k - 2] == ")" or _is_initials(texts[k - 2]) or self.spans.is_first_name(texts[k - 2])):
                continue  # "C.J. (Kees) de Ridder", "Jan de Boer": after a name, "de" opens a surname
            low = t.lower()
            place = self.lex.places.get(fold(t))
            if low in self.lex.dictionary and len(low) <= 7 and len(low) == len(t) and not low.endswith(cues.STREET_SUFFIXES) and (
                    (place and place["kind"] in ("town", "region")) or (not place and fold(t) in self.lex.streets)):
                texts[k] = low

    def _heading_verbs(self, line: str, first: int, last: int, tokens) -> None:
        """"Minister Luistert naar Jongeren": a heading of a few words that
        capitalises its verb; the verb (a word ending in -t that the text
        writes in lower case elsewhere) is read in lower case."""
        if len(line) > 90 or line.rstrip()[-1:] in ".!?:;,":
            return
        texts = tokens.texts
        vocabulary = self.spans.vocabulary
        for k in range(first + 1, last + 1):
            t = texts[k]
            if not t[:1].isupper() or t[-1:] != "t" or len(t) < 4 or t.endswith("ment"):
                continue  # (a noun in -ment is no verb: "Centrummanagement", "Monument")
            low = t.lower()
            if (low in vocabulary or low in cues.SPEECH_VERBS) and len(low) == len(t) \
                    and fold(t) not in self.lex.places and fold(t) not in self.lex.organisations \
                    and not self.spans.is_first_name(t) and not self.spans.is_surname(t):
                texts[k] = low

    @staticmethod
    def _parenthesised_acronyms(tokens, found: list[Found]) -> None:
        """"Nationaal Programma Heerlen Noord (NPHLN)": the text defines the acronym."""
        for a, b in zip(found, found[1:]):
            if a.kind == ORGANISATION and b.kind == ORGANISATION and " " in a.surface \
                    and _ACRONYM.match(b.surface) and b.first_tok == a.last_tok + 2 \
                    and tokens.texts[a.last_tok + 1] == "(":
                b.name = a.name
                b.attributes["acronym"] = b.surface
                b.attributes["defined"] = True
                a.attributes["acronym"] = b.surface

    def _coordinate(self, tokens, found: list[Found]) -> None:
        """Names in one list are of one kind: "in Zuilen en Lombok", "met
        Fatma, Ingrid en Joris", "Ria en Henk"."""
        texts = tokens.texts
        # lists: runs of names joined by "," / "en" / "of"
        groups, group = [], [found[0]] if found else []
        for a, b in zip(found, found[1:]):
            between = texts[a.last_tok + 1: b.first_tok]
            if between in (["en"], [","], ["of"], ["en", "de"], ["en", "het"]):
                group.append(b)
            else:
                groups.append(group)
                group = [b]
        groups.append(group)
        for group in groups:
            if len(group) < 2:
                continue
            self._coordinate_people(texts, group)
            for _ in range(2):  # forwards, then backwards: the known name may come last
                for a, b in zip(group, group[1:]):
                    left, right = (a, b) if a.first_tok < b.first_tok else (b, a)
                    between = texts[left.last_tok + 1: right.first_tok]
                    for known, unknown in ((a, b), (b, a)):
                        self._coordinate_pair(known, unknown, between)
                group = group[::-1]

    def _coordinate_people(self, texts, group: list[Found]) -> None:
        """A list of given names ("Fatma, Ingrid en Joris"), or of names
        beside a known person, is a list of people."""
        people = [f for f in group if f.kind == PERSON and f.confidence >= 0.6]
        def loose(f):
            return f.kind is None and not f.attributes.get("adjective") and f.last_tok - f.first_tok < 3
        def given(f):
            return f.first_tok == f.last_tok and self.spans.is_first_name(texts[f.first_tok]) \
                and not self.lex.is_common(texts[f.first_tok].lower())
        def name_shaped(f):  # "Oksana Kovalenko", "Kasia": unknown words, no ordinary ones
            words = texts[f.first_tok: f.last_tok + 1]
            if len(words) == 1:
                w = words[0]
                return given(f) or (w.lower() not in self.lex.dictionary and not self.lex.is_common(w.lower())
                                    and not _ACRONYM.match(w) and not self.spans.place1(w) and "-" not in w)
            return len(words) in (2, 3) and not any(self.lex.is_common(w.lower()) for w in words)
        # ("Henk, Kasia en Geert": given names count towards the people of a list)
        people_like = len(people) + sum(1 for f in group if loose(f) and given(f))
        if all(f.kind == PERSON or (loose(f) and given(f)) for f in group) or (
                2 * people_like >= len(group) and people
                and all(f.kind == PERSON or (loose(f) and name_shaped(f)) for f in group)):
            for f in group:
                if f.kind is None:
                    f.kind, f.confidence, f.attributes = PERSON, 0.6, {}

    def _coordinate_pair(self, known: Found, unknown: Found, between: list[str]) -> None:
        if unknown.kind is not None:
            return  # only an unexplained name takes its kind from the list
        if unknown.surface.lower().endswith(cues.EVENT_ENDINGS) and " " not in unknown.surface:
            return  # "Zomerfeest, Afrikaanderplein": an event and where it is held are no list
        if known.kind == ORGANISATION and known.confidence >= 0.7 and between[0] == "en" \
                and not unknown.sentence_initial and not unknown.attributes.get("adjective") \
                and not unknown.attributes.get("surname"):
            unknown.kind, unknown.confidence, unknown.attributes = ORGANISATION, 0.5, {}
        # ("in De Hoeken en De Velden": a capitalised article mid-sentence opens a name, no surname)
        # ("Dukenburg en Lindenholt krijgen": opening a sentence, a word no dictionary holds;
        # not "Dominicuskerk, Tussen Meer 71", a name and its address)
        if known.kind == PLACE and known.confidence >= 0.5 and len(between) == 1 \
                and len(unknown.surface) > 1 \
                and (not unknown.sentence_initial or (self._unknown_word(unknown.surface) and (
                    between[0] != "," or known.attributes.get("place_kind") != "street"))) \
                and not unknown.attributes.get("adjective") \
                and (not unknown.attributes.get("surname") or unknown.surface.startswith(("De ", "Het "))):
            unknown.kind, unknown.confidence = PLACE, 0.5
            unknown.attributes = {"place_kind": known.attributes.get("place_kind", "town")}

    def _unknown_word(self, w: str) -> bool:
        """One capitalised word no dictionary, word list or name list holds, and
        the text never writes in lower case."""
        lw = w.lower()
        return " " not in w and lw not in self.lex.dictionary and not self.lex.is_common(lw) \
            and lw not in self.spans.vocabulary and not self.spans.is_first_name(w) and not self.spans.is_surname(w) \
            and lw not in cues.FUNCTION_WORDS and not _ACRONYM.match(w)

    def _context(self, tokens, i, j):
        """Up to three words before and after tokens i..j, within the sentence."""
        texts, sent = tokens.texts, tokens.sentence_starts
        start = i
        while start > 0 and i - start < 3 and not sent[start]:
            start -= 1
        before = texts[start:i]
        end = j + 1
        n = len(texts)
        while end < n and end - j <= 3 and not sent[end]:
            end += 1
        after = texts[j + 1:end]
        return before, after

    def _segment(self, text, tokens, i, j) -> list[Found]:
        """Classify tokens i..j, splitting the span when it is no single name."""
        # leading function words capitalised by sentence position ("In", "De")
        while i <= j and tokens.sentence_starts[i] and tokens.texts[i].lower() in cues.FUNCTION_WORDS \
                and not (tokens.texts[i].lower() in _SURNAME_OPENERS and i < j):
            i += 1
        # "Onderzoekers van de Universiteit": an unknown sentence-initial word
        # followed by a lower-case connector is an ordinary noun
        if i < j and tokens.sentence_starts[i] and not _name_like_text(tokens.texts[i + 1]) \
                and (self._plural_role(tokens.texts[i]) or (not self._known_word(tokens.texts[i]) and (
                    tokens.texts[i].lower() in self.spans.vocabulary or self.lex.is_common(tokens.texts[i].lower())
                    or tokens.texts[i].endswith(("en", "ers", "s")) or tokens.texts[i + 1] in _ARTICLES))) \
                and not self.spans.is_org_head(tokens.texts[i]) and tokens.texts[i] not in cues.AUTHORITY_HEADS:
            i += 1
            while i <= j and not _name_like_text(tokens.texts[i]):
                i += 1
            if i > j:
                return []
        # "Renovatie Lijsterbeslaan en Iepenlaan": a word the text also writes in
        # lower case, opening a heading or sentence, is no part of the name after it
        while i < j and tokens.sentence_starts[i] and (tokens.texts[i].lower() in self.spans.vocabulary
                                                        or tokens.texts[i].lower().endswith(cues.NOUN_SUFFIXES)) \
                and _name_like_text(tokens.texts[i + 1]) and not self._known_word(tokens.texts[i]) \
                and not self.spans.is_org_head(tokens.texts[i]) and tokens.texts[i].lower() not in cues.FACILITY_HEADS \
                and tokens.texts[i] not in cues.AUTHORITY_HEADS and tokens.texts[i].lower() not in _SURNAME_OPENERS \
                and fold(" ".join(tokens.texts[i: j + 1])) not in self.lex.organisations \
                and fold(" ".join(tokens.texts[i: j + 1])) not in self.lex.places \
                and (fold(" ".join(tokens.texts[i + 1: j + 1])) not in self.lex.places  # "Landschapsbeheer Friesland"
                     or tokens.texts[i].lower().startswith(("wijk", "buurt"))):  # but "Wijkaanpak Overvecht"
            i += 1
        # "Nieuwsbrief GGD Hollands Noorden", "Wijkkrant Malburgen & Immerloo":
        # the kind of publication a heading names is no part of the name
        if i < j and tokens.sentence_starts[i] and tokens.texts[i].lower().endswith(cues.PUBLICATION_SUFFIXES) \
                and _name_like_text(tokens.texts[i + 1]):
            return self._segment(text, tokens, i + 1, j)
        # a capitalised role word opening the span: "Bewoner Franco Piras"
        # "Aannemer Van Wijnen": a trade opening the span ("Huurdersvereniging
        # Zaanstreek" is one name: its first word is an organisation's head word)
        before_span = tokens.texts[i - 1] if i and not tokens.sentence_starts[i] else ""
        # ("Coördinator Arie van 't Hof": a surname that is a street word after its particle)
        # ("Penningmeester G.J.M. (Gerard) Hulshof", "Wijkagent Dennis Brouwer van de Politie Eenheid
        # Rotterdam": after a role, a given name or initials open a person, whatever the last word's ending;
        # "Gedeputeerde Staten" is a known body)
        if i < j and not (tokens.texts[j].lower().endswith(cues.STREET_SUFFIXES)
                          and not (tokens.texts[j].lower() in cues.STREET_SUFFIXES
                                   and tokens.texts[j - 1].lower() in cues.PARTICLES)
                          # ("Burgemeester J.G. Legroweg": initials before a street's own word, not a
                          # surname, are the initials of the man the street is named after)
                          and not self.spans.is_first_name(tokens.texts[i + 1])
                          and not (_is_initials(tokens.texts[i + 1]) and (tokens.texts[j].lower() in cues.STREET_SUFFIXES
                                                                       or self.spans.is_surname(tokens.texts[j])))
                          and not self.spans.place1(tokens.texts[j])) \
                and not (tokens.texts[i].lower() in cues.NOBLE_TITLES and "van" not in tokens.texts[i: j + 1] and (
                    self.spans.is_org_head(tokens.texts[j])  # "Koning Willem-Alexandertunnel" is no king either
                    or tokens.texts[j].lower().endswith(cues.NATURE_SUFFIXES + cues.FACILITY_SUFFIXES))) \
                and not (before_span.islower() and (self.spans.is_org_head(before_span)
                                                    or before_span in cues.ORG_DESCRIPTORS)) \
                and (self.spans.looks_like_role(tokens.texts[i])
                      or (tokens.texts[i].lower() in cues.ORG_DESCRIPTORS and tokens.sentence_starts[i]
                          and (not self.spans.is_org_head(tokens.texts[i])
                               or tokens.texts[i].lower() in cues.GENERIC_ORG_TYPES))) \
                and _name_like_text(tokens.texts[i + 1]) \
                and not self.spans.is_first_name(tokens.texts[i]) and not _ACRONYM.match(tokens.texts[i + 1]) \
                and fold(" ".join(tokens.texts[i: j + 1])) not in self.lex.organisations:
            i += 1
        # "Klaas Dijkstra van Huurdersvereniging De Dageraad": after a full
        # name, "van" is a preposition, not a particle
        cut = self._person_preposition(tokens, i, j) if j - i >= 3 else None
        if cut:
            left = self._segment(text, tokens, i, cut[0])
            right = self._segment(text, tokens, cut[1], j)
            role = tokens.texts[i - 1].lower() if i and not tokens.sentence_starts[i] else ""
            if left and left[-1].kind == PERSON and tokens.texts[cut[0] + 1] == "van" and role == "burgemeester" \
                    and len(right) == 1 and right[0].kind in (None, ORGANISATION) and right[0].confidence < 0.8:
                # "burgemeester Geartsje de Vries van Tytsjerksteradiel": a mayor's municipality
                r = right[0]
                r.kind, r.name, r.confidence, r.attributes = PLACE, r.surface, 0.6, {"place_kind": "municipality"}
                return left + right
            # (not "gedeputeerde ... van de Provincie Overijssel": after an article it is the body)
            if left and left[-1].kind == PERSON and tokens.texts[cut[0] + 1] == "van" and role in cues.PORTFOLIO_ROLES \
                    and tokens.texts[cut[1] - 1] not in ("de", "het") \
                    and all(f.kind in (ORGANISATION, None) for f in right):
                # "minister Mona Keijzer van Volkshuisvesting": the minister's portfolio, no organisation
                return left
            if left and left[-1].kind == PERSON and len(right) == 1 and right[0].kind in (None, PERSON) \
                    and right[0].confidence < 0.8 and not right[0].attributes.get("adjective"):
                # "Dewi Wijaya van Rijnstad": what a person is "van" is where they work
                r = right[0]
                r.kind, r.name, r.confidence, r.attributes = ORGANISATION, r.surface, 0.6, {}
            return left + right
        # "Locatie: De Pelikaan": a venue, whatever its name looks like
        if i >= 2 and tokens.texts[i - 1] == ":" and tokens.texts[i - 2].lower() in cues.VENUE_LABELS \
                and fold(" ".join(tokens.texts[i: j + 1])) not in self.lex.organisations:
            return [self._found(text, tokens, i, j, PLACE, 0.7, " ".join(tokens.texts[i: j + 1]),
                                {"place_kind": "building"})]
        # "De Tweede Kamer" loses its article; "De Jonge" keeps its particle;
        # "Van den Heuvel" is a surname whatever "den Heuvel" is
        if i + 1 < j and tokens.texts[i] == "Van" and tokens.texts[i + 1] in ("den", "der", "de", "'t", "het") \
                and not any(map(self.spans.is_org_head, tokens.texts[i + 2: j + 1])):
            pass
        elif i < j and tokens.sentence_starts[i] and tokens.texts[i].lower() in cues.PARTICLES \
                and fold(" ".join(tokens.texts[i: j + 1])) not in self.lex.places \
                and fold(" ".join(tokens.texts[i: j + 1])) not in self.lex.organisations:
            before, after = self._context(tokens, i + 1, j)
            rest = self.spans.classify(tokens.texts[i + 1: j + 1], before, after, False)
            # "De Provincie Gelderland en Waterschap Rivierenland": names after the article
            institution_next = rest is None and (tokens.texts[i + 1] in cues.AUTHORITY_HEADS
                                                 or self.spans.is_org_head(tokens.texts[i + 1]))
            # ("De Kompenije, Hoofdstraat 61": a building's name keeps its article)
            venue = rest is not None and rest[0] == PLACE and rest[3].get("place_kind") == "building" \
                and len(after) > 2 and after[0] == "," and after[2][:1].isdigit()
            if institution_next or (rest is not None and rest[0] in (PLACE, ORGANISATION) and not venue):
                found = self._segment(text, tokens, i + 1, j)
                if len(found) == 1:
                    # "Ter Horst:" may still be the surname of a person in the issue
                    found[0].particle_start = tokens.starts[i]
                    found[0].particle = text[tokens.starts[i]: found[0].end]
                return found
        # "de Lelystadse Zuiderzeewijk", "de Rotterdamse Afrikaandermarkt": a place's adjective before
        # a name no dictionary holds says where that name is; it is no part of it
        # ("het Duitse Vreden": after "het", a country's adjective too: a town is a "het" word)
        if i < j and tokens.texts[i].endswith(("se", "sche")) and not tokens.sentence_starts[i] \
                and tokens.texts[i + 1].lower() not in self.lex.dictionary \
                and not tokens.texts[i + 1].lower().endswith(cues.NATURE_SUFFIXES) \
                and ((self.spans.place_of_adjective(tokens.texts[i].lower()) or {}).get("kind") not in (None, "country")
                     or (i + 1 == j and tokens.texts[i - 1] == "het" and self.spans.is_adjective(tokens.texts[i]))) \
                and fold(" ".join(tokens.texts[i: j + 1])) not in self.lex.places \
                and fold(" ".join(tokens.texts[i: j + 1])) not in self.lex.organisations:
            return self._segment(text, tokens, i + 1, j)
        while i <= j and tokens.texts[i].lower() in _SPAN_CONNECTORS and not _name_like_text(tokens.texts[i]) \
                and not (i < j and tokens.texts[i].lower() == "'t"):
            i += 1
        if i > j:
            return []
        words = tokens.texts[i: j + 1]
        if "(" in words:  # "K. (Kees) Jansen" is the name "K. Kees Jansen"
            words = [w for w in words if w not in "()"]
        # hyphenated acronym prefix: "NPLV-directeuren"
        if i == j:
            m = _HYPHEN_ACRONYM.match(words[0])
            if m and m.group(1) in cues.NON_ORG_ACRONYMS:
                return []  # "PMD-container", "BIZ-gebied": a thing's acronym in a compound names nothing
            if m:
                acr = m.group(1)
                tok = tokens[i]
                return [self._found(text, tokens, i, i, ORGANISATION, 0.7, acr, {"acronym": acr},
                                    end=tok.start + len(acr))]
            m = _HYPHEN_LOWER.match(words[0])
            if m and self.lex.places.get(fold(m.group(1))):
                # "Overvecht-buurten": the place, not the compound
                place = self.lex.places[fold(m.group(1))]
                return [self._found(text, tokens, i, i, PLACE, 0.8, place["name"],
                                    {"gazetteer_code": place["code"], "place_kind": place["kind"]},
                                    end=tokens.starts[i] + len(m.group(1)))]
        initial = tokens.sentence_starts[i]
        before, after = self._context(tokens, i, j)
        result = self._vet(words, self.spans.classify(words, before, after, initial))
        if result is not None:
            kind, conf, name, attrs = result
            if kind is None and len(words) == 1 and attrs.get("sentence_initial"):
                return [self._found(text, tokens, i, j, None, 0.0, name, attrs)]
            return [self._found(text, tokens, i, j, kind, conf, name, attrs)]
        if j > i and words[0].lower() in _SURNAME_OPENERS and all(_name_like_text(t) for t in tokens.texts[i + 1: j + 1]):
            # "Volgens De Graaf": a surname whose full name may be known in the issue
            return [self._found(text, tokens, i, j, None, 0.0, " ".join(words), {"surname": True})]
        cut = self.spans.part_of_body(words, [w.lower() for w in words])
        if cut:  # the body after "van" is read whole: "de Hogeschool van Arnhem en Nijmegen"
            return self._segment(text, tokens, i, i + cut[0] - 1) + self._segment(text, tokens, i + cut[1], j)
        return self._split(text, tokens, i, j)

    def _vet(self, words: list[str], result):
        """Take back a guess that the text itself contradicts: a person or a
        place named by context whose words this text also writes in lower
        case ("adviseur Sociaal Domein", "Uit de Praktijk") is no name."""
        if result is None or result[0] not in (PERSON, PLACE) or result[1] >= 0.9:
            return result
        kind, conf = result[0], result[1]
        if kind == PERSON and (self.spans.is_first_name(words[0]) or _is_initials(words[0])):
            return result
        if kind == PLACE and (conf > 0.6 or result[3].get("gazetteer_code")):
            return result
        vocabulary = self.spans.vocabulary
        if words[0] in _CAPITAL_ARTICLES:
            words = words[1:]  # "aan Het Energiehuis": a capital article belongs to the name
        if any(w.lower() in vocabulary for w in words if w.lower() not in cues.PARTICLES):
            return (None, 0.0, result[2], {})
        return result

    def _known_word(self, word: str) -> bool:
        key = fold(word)
        lw = word.lower()
        return (key in self.lex.places or key in self.lex.organisations or lw in self.lex.first_names
                or lw in self.lex.surnames or _ACRONYM.match(word) is not None
                or self.spans.looks_like_role(word) or lw in cues.FUNCTION_WORDS
                or _is_initials(word))

    def _plural_role(self, word: str) -> bool:
        # "Onderzoekers van de Universiteit": a plural role is nobody's name
        lw = word.lower()
        return lw.endswith(("ers", "ren", "sen", "gen")) and self.spans.looks_like_people(word) \
            and not self.spans.is_surname(word) and not self.spans.is_first_name(word)

    def _person_preposition(self, tokens, i, j):
        """(end of left part, start of right part) when a name is followed by
        "van"/"uit"/"bij" and an organisation or place, else None."""
        first = tokens.texts[i]
        if not (self.spans.is_first_name(first) or _is_initials(first)) or j - i < 3:
            return None
        for p in range(i + 2, j):
            low = tokens.texts[p].lower()
            last = tokens.texts[p - 1]
            # after a given name or initials, a word that is also a surname is
            # the surname: "K. (Kees) Jansen van Vivare"; after a particle it is one anyway:
            # "Bas ter Horst van Bureau Reitdiep"
            surname_slot = p - 1 > i and (tokens.texts[p - 2].lower() in cues.PARTICLES or self.spans.is_surname(last))
            if low in ("van", "uit", "bij", "namens", "voor") and _name_like_text(last) \
                    and (not self.spans.is_first_name(last) or surname_slot) and not _is_initials(last):
                right = p + 1
                while right <= j and not _name_like_text(tokens.texts[right]):
                    right += 1
                if right <= j:
                    return (p - 1, right)
        return None

    def _split(self, text, tokens, i, j) -> list[Found]:
        """Break a span that is not one name into the longest known pieces."""
        out: list[Found] = []
        k = i
        while k <= j:
            if not _name_like_text(tokens.texts[k]):
                k += 1
                continue
            # stop each piece at connectors that are not name particles
            stop = k
            while stop + 1 <= j and (_name_like_text(tokens.texts[stop + 1]) or tokens.texts[stop + 1].lower() in cues.PARTICLES
                                     or (tokens.texts[stop + 1] == "&" and stop + 2 <= j and _name_like_text(tokens.texts[stop + 2]))):
                stop += 1
            while stop > k and not _name_like_text(tokens.texts[stop]):
                stop -= 1
            # "Capelle aan den IJssel en Nesselande": a known place joined by a preposition is one piece
            # (or by "en": "Groesbeek en Berg en Dal")
            if stop + 1 <= j and (tokens.texts[stop + 1] in _PLACE_JOINERS or tokens.texts[stop + 1] == "en"):
                for e in range(min(j, k + self.lex.max_phrase), stop + 1, -1):
                    if _name_like_text(tokens.texts[e]) and fold(" ".join(tokens.texts[k: e + 1])) in self.lex.places:
                        stop = e
                        break
            # "Lars Mikkelsen van Aalborg Universitet": a name, then where the person works
            if stop - k >= 3 and self._person_preposition(tokens, k, stop):
                out.extend(self._segment(text, tokens, k, stop))
                k = stop + 1
                continue
            # longest known phrase starting at k
            best = None
            for e in range(min(stop, k + self.lex.max_phrase), k - 1, -1):
                if not _name_like_text(tokens.texts[e]):
                    continue
                words = tokens.texts[k: e + 1]
                before, after = self._context(tokens, k, e)
                result = self._vet(words, self.spans.classify(words, before, after, tokens.sentence_starts[k]))
                if result is not None and (result[0] is not None or e == k):
                    best = (e, result)
                    break
                if result is None and e > k and words[0].lower() in _NAME_OPENERS and not _particle_after_name(words):
                    # "Memorial Van Damme": a surname, not the village Damme
                    best = (e, (None, 0.0, " ".join(words), {"surname": True}))
                    break
                if result is None and e == k + 1 == stop and "-" not in words[0] and not self.spans.is_first_name(words[0]) \
                        and not words[0].lower().endswith(cues.EVENT_ENDINGS) \
                        and not self.spans.is_surname(words[0]) \
                        and (not self.spans.is_first_name(words[1]) or self.spans.is_surname(words[1])) and not any(
                        fold(w) in self.lex.places or fold(w) in self.lex.organisations or _ACRONYM.match(w)
                        or self.lex.is_common(w.lower()) or w.lower() in self.spans.vocabulary
                        or self.spans.is_org_head(w) or self.spans.looks_like_role(w) for w in words):
                    # "Oksana Kovalenko": two unknown words stay one unexplained name
                    best = (e, (None, 0.0, " ".join(words), {}))
                    break
            if best is None:
                k += 1
                continue
            e, (kind, conf, name, attrs) = best
            if kind in (PERSON, None) and k > i and tokens.texts[k - 1] in ("'t", "'T") and not tokens.newlines[k]:
                # "Peeters, Hermans en 't Hoen": the particle before a surname is part of it
                k -= 1
                if kind is None:
                    name = " ".join(tokens.texts[k: e + 1])
            if kind == ORGANISATION and e > k and out and out[-1].kind is None and out[-1].first_tok == out[-1].last_tok == k - 1 \
                    and self._opens_body_name(tokens, k - 1):
                # "Sovon Vogelonderzoek Nederland", "Protestantse Diaconie Amsterdam": a word no rule
                # explains, right before a body's name, opens that name
                k = out.pop().first_tok
                name = " ".join(tokens.texts[k: e + 1])
            out.append(self._found(text, tokens, k, e, kind, conf, name, attrs))
            k = e + 1
        return out

    def _opens_body_name(self, tokens, k: int) -> bool:
        w = tokens.texts[k]
        lw = w.lower()
        if tokens.sentence_starts[k] or tokens.newlines[k] or not w[:1].isupper() or "-" in w \
                or self.lex.is_common(lw) or self.spans.is_first_name(w) or self.spans.is_surname(w) \
                or lw.endswith(cues.NOUN_SUFFIXES) or lw.endswith(cues.EVENT_ENDINGS) or self.spans.looks_like_role(w):
            return False
        return lw not in self.lex.dictionary or lw.endswith(("se", "sche"))

    def _found(self, text, tokens, i, j, kind, conf, name, attrs, end=None) -> Found:
        start = tokens.starts[i]
        end = tokens.ends[j] if end is None else end
        return Found(kind, start, end, text[start:end], name, conf, None, dict(attrs), i, j,
                     tokens.sentence_starts[i])

    # ---- roles ---------------------------------------------------------------------
    def role_for(self, text: str, tokens: list[Token], f: Found) -> str | None:
        i, j = f.first_tok, f.last_tok
        # before the name: "voormalig vicepremier Lodewijk Asscher", "Bewoner Franco Piras"
        k = i - 1
        while k >= 0 and tokens.texts[k] in "[(\"“‘'" and not tokens.newlines[k + 1]:
            k -= 1
        if k >= 0 and not tokens.newlines[k + 1] and self.spans.looks_like_role(tokens.texts[k]) \
                and (not tokens.sentence_starts[i] or tokens.sentence_starts[k]):
            s = k
            if s - 1 >= 0 and tokens.texts[s - 1].lower().rstrip("-") in cues.ROLE_MODIFIERS:
                s -= 1
            return text[tokens.starts[s]: tokens.ends[k]].lower() if tokens.texts[s][0].isupper() and tokens.sentence_starts[s] else text[tokens.starts[s]: tokens.ends[k]]
        # after the name: "Ron Meyer, directeur van het NPHLN die avond"
        if j + 2 < len(tokens) and tokens.texts[j + 1] == "," and self.spans.looks_like_role(tokens.texts[j + 2]):
            s = e = j + 2
            while e + 1 < len(tokens) and e - s < 7:
                t = tokens[e + 1]
                if t.newline_before or t.text in ",.:;!?\"“”'‘’()" or t.text.lower() in ("die", "dat", "en", "zegt", "vertelt"):
                    break
                e += 1
            return text[tokens.starts[s]: tokens.ends[e]]
        # a signature block: the name alone on its line, the role on the next line
        if tokens.newlines[i] or i == 0:
            nxt = j + 1
            if nxt < len(tokens) and tokens.newlines[nxt]:
                e = nxt
                while e + 1 < len(tokens) and not tokens.newlines[e + 1]:
                    e += 1
                line = tokens[nxt: e + 1]
                if len(line) <= 8 and any(self.spans.looks_like_role(t.text) for t in line):
                    return text[tokens.starts[nxt]: tokens.ends[e]]
        return None

    # ---- issue-level linking --------------------------------------------------------
    def link(self, texts_found: list[list[Found]]) -> None:
        """Resolve partial names to the full names used elsewhere in the issue
        and link acronyms to the organisation names they abbreviate."""
        full_people: dict[str, str] = {}
        by_first: dict[str, set[str]] = {}
        by_last: dict[str, set[str]] = {}
        orgs: list[str] = []
        defined: dict[str, str] = {}
        for found in texts_found:
            for f in found:
                if f.kind == PERSON and " " in f.name.strip():
                    parts = f.name.split()
                    content = [p for p in parts if p.lower() not in cues.PARTICLES]
                    if len(content) < 2 and not _is_initials(parts[0]):
                        continue
                    if parts[0].rpartition("-")[2].lower() in _NAME_OPENERS:
                        continue  # "Hofstra-de Vries": a double surname alone, no full name

                    full_people[fold(f.name)] = f.name
                    # "Oksana Kovalenko ... Oksana kwam": given names the lexicon lacks too
                    first = parts[0]
                    if not _is_initials(first) and (self.spans.is_first_name(first) or (
                            first.lower() not in cues.PARTICLES and not self.lex.is_common(first.lower())
                            and not first.lower().endswith(cues.ADJECTIVE_ENDINGS) and not self.spans.place1(first)
                            and not self.spans.is_adjective(first) and not self.spans.looks_like_role(first))):
                        by_first.setdefault(first.lower(), set()).add(f.name)
                    # surname with and without particles: "De Jonge", "Jonge"
                    surname_start = 1
                    while surname_start < len(parts) - 1 and _is_initials(parts[surname_start]):
                        surname_start += 1
                    sur = parts[surname_start:]
                    by_last.setdefault(fold(" ".join(sur)), set()).add(f.name)
                    by_last.setdefault(fold(content[-1]), set()).add(f.name)
                    # "Hendrik Jan 't Hart": the surname from its first particle, after two given names
                    particle_at = next((k for k in range(1, len(parts) - 1) if parts[k].lower() in cues.PARTICLES), None)
                    if particle_at:
                        by_last.setdefault(fold(" ".join(parts[particle_at:])), set()).add(f.name)
                elif f.kind == ORGANISATION and " " in f.name:
                    orgs.append(f.name)
                if f.kind == ORGANISATION and f.attributes.get("defined"):
                    defined[f.surface] = f.name
        self._surname_openers(texts_found, by_last)
        # a name written in capitals (a heading) is the last choice for an acronym
        orgs.sort(key=str.isupper)
        named_by_initials: dict[str, str] = {}
        for name in orgs:
            named_by_initials.setdefault(_initials_of(name), name)
        for found in texts_found:
            for f in found:
                kind = f.kind
                if kind == PERSON and fold(f.name) in full_people:
                    continue
                # ("Arjen de Boer ... De Boer leest voor": the surname, not the hamlet, with an article too)
                if kind == PLACE and " " in f.surface and f.surface.split(" ", 1)[0].lower() in _NAME_OPENERS \
                        and fold(f.surface) in by_last \
                        and len(by_last[fold(f.surface)]) == 1 and f.attributes.get("place_kind") != "municipality":
                    # "Floor ter Haar ... Ter Haar begeleidt": the surname, not the hamlet
                    f.kind, f.name, f.confidence, f.attributes = PERSON, next(iter(by_last[fold(f.surface)])), 0.8, {}
                    continue
                if kind == PLACE and f.confidence >= 0.8 and not f.particle:
                    continue  # a sure place: nothing below changes it
                key = fold(f.surface)
                if f.particle and fold(f.particle) in by_last and len(by_last[fold(f.particle)]) == 1:
                    f.start, f.surface, f.kind = f.particle_start, f.particle, PERSON
                    f.name, f.confidence, f.attributes = next(iter(by_last[fold(f.particle)])), 0.8, {}
                    continue
                if f.kind in (None, PERSON) or (f.kind in (PLACE, ORGANISATION) and f.confidence < 0.8):
                    target = None
                    if key in by_last and len(by_last[key]) == 1:
                        target = next(iter(by_last[key]))
                    elif key in by_first and len(by_first[key]) == 1:
                        target = next(iter(by_first[key]))
                    elif key in by_last:
                        target = sorted(by_last[key])[0]
                        f.attributes["ambiguous_with"] = sorted(by_last[key])
                    if target and not (f.kind == PLACE and f.attributes.get("gazetteer_code")):
                        f.kind, f.name = PERSON, target
                        f.confidence = max(f.confidence, 0.8)
                        # (what another reading said of the span is not said of a person)
                        f.attributes = {k: v for k, v in f.attributes.items() if k == "ambiguous_with"}
                        continue
                if f.kind == ORGANISATION and f.surface in defined:
                    f.name = defined[f.surface]
                    f.attributes["acronym"] = f.surface
                elif f.kind == ORGANISATION and f.attributes.get("acronym") and f.name == f.attributes["acronym"]:
                    full = self._expand(f.name, named_by_initials)
                    if full:
                        f.name = full
                elif f.kind == ORGANISATION and _ACRONYM.match(f.surface):
                    full = self._expand(f.surface, named_by_initials)
                    if full:
                        f.name = full
                        f.attributes["acronym"] = f.surface
        # "woningcorporatie Mitros ... Zonder Mitros": the same name, the same kind
        known_kind: dict[str, Found] = {}
        # a place named by a weaker cue ("uit Schothorst") still names the unexplained mentions
        weak_places: dict[str, Found] = {}
        headless: list[str] = []  # "Huurdersvereniging Rentree" ... "Rentree"
        for found in texts_found:
            for f in found:
                if f.kind == PLACE and f.confidence >= 0.55:
                    weak_places.setdefault(f.surface, f)
                    # "Wijkcentrum Holtenbroek", "Sporthal Groenoord": a centre named after its area
                    head, _, area = f.surface.partition(" ")
                    if f.attributes.get("place_kind") == "building" and head.lower() in cues.FACILITY_HEADS:
                        area_kind = None
                        if area.split(" ", 1)[0] in ("De", "Het", "'t") and 1 <= area.count(" ") <= 2:
                            area_kind = "building"  # "Pakhuis De Eendracht ... is De Eendracht open"
                        elif area[:1].isupper() and " " not in area and "-" not in area \
                                and not self.spans.is_first_name(area) and not self.spans.is_surname(area) \
                                and not self.lex.is_common(area.lower()):
                            area_kind = "district"
                        if area_kind:
                            weak_places.setdefault(area, Found(PLACE, 0, 0, area, area, 0.55, None,
                                                               {"place_kind": area_kind}))
                # an organisation named by context once ("Jansen van Vivare") is one throughout;
                # the surest reading of a name is its reading throughout
                if f.kind and (f.confidence >= 0.7 or (f.kind == ORGANISATION and f.confidence >= 0.6)):
                    if f.surface not in known_kind or f.confidence > known_kind[f.surface].confidence:
                        known_kind[f.surface] = f
                # "Huurdersvereniging Rentree ... Samen met Rentree": the name without its head word
                if f.kind == ORGANISATION and f.confidence >= 0.8 and " " in f.surface:
                    head, _, rest = f.surface.partition(" ")
                    # "Stichting Stadsherstel Zutphen ... Stadsherstel werkt": the area it serves left out too
                    name, _, area = rest.partition(" ")
                    if area and " " not in area and (self.spans.place1(area) or {}).get("kind") in ("municipality", "town") \
                            and not self.lex.is_common(name.lower()) and name.lower() not in cues.COMPASS \
                            and name.lower() not in cues.FACILITY_HEADS:
                        rest = name
                    # (not "Wijkbelangen Emmerhout": such bodies are named after their area)
                    # (nor "Stichting Dakpark Rotterdam ... door het Dakpark": a name with a place's ending)
                    if self.spans.is_org_head(head) and rest[:1].isupper() and " " not in rest \
                            and not head.lower().startswith(_AREA_BODIES) and not rest.lower().endswith(_TOPONYM_PARTS) \
                            and not self.spans.place1(rest) and rest not in known_kind:
                        headless.append(rest)
        # ("Kindcentrum Kruiskamp ... in de Kruiskamp": unless the issue reads the name as a place)
        for rest in headless:
            if rest not in weak_places and rest not in known_kind:
                known_kind[rest] = Found(ORGANISATION, 0, 0, rest, rest, 0.7)
        for found in texts_found:
            for f in found:
                # "De Kajuit is open" after "Jongerencentrum De Kajuit": the article opening the
                # sentence belongs to the name the issue gives the building with it
                if f.particle and f.kind in (PLACE, None) and f.particle in weak_places \
                        and weak_places[f.particle].attributes.get("place_kind") == "building":
                    f.start, f.surface = f.particle_start, f.particle
                    _take_reading(f, weak_places[f.particle], max(f.confidence, 0.55))
                    continue
                src = known_kind.get(f.surface)
                # "wijkmanager Kruiskamp" read as a person, where the issue names the place
                if f.kind == PERSON and f.confidence < 0.9 and " " not in f.surface and f.surface in weak_places \
                        and (src is None or src.kind == PLACE) and not self.spans.is_first_name(f.surface) \
                        and not self.spans.is_surname(f.surface) and fold(f.surface) not in by_last:
                    _take_reading(f, weak_places[f.surface], 0.55)
                    continue
                # "Gebiedsmanager Portaal" read as a person, where the issue names the organisation
                if src is not None and src.kind == ORGANISATION and f.kind == PERSON and f.confidence < 0.9 \
                        and " " not in f.surface and not self.spans.is_first_name(f.surface) \
                        and not self.spans.is_surname(f.surface):
                    f.kind, f.name, f.confidence, f.attributes = ORGANISATION, src.name, 0.6, {}
                # ("De Huet laat zien": an article opening a sentence read as a surname's particle, unless
                # the issue has a person of that name)
                if src is None and f.kind is None and f.surface in weak_places and not f.attributes.get("adjective") \
                        and (not f.attributes.get("surname")
                             or (f.surface.split(" ", 1)[0] in _CAPITAL_ARTICLES and fold(f.surface) not in by_last)):
                    _take_reading(f, weak_places[f.surface], 0.55)
                    continue
                if src is not None and not f.attributes.get("adjective") and src.kind != f.kind and (
                        f.kind is None or (f.confidence <= 0.6 and src.confidence >= 0.7 and f.kind != PERSON)):
                    _take_reading(f, src, 0.7)
        # an organisation written out in full gets its acronym when the issue uses one
        acronyms = {f.surface for found in texts_found for f in found
                    if f.kind == ORGANISATION and _ACRONYM.match(f.surface)}
        # "NATIONAAL PROGRAMMA ..." in a heading is the name written elsewhere in mixed case
        shouted = [f for found in texts_found for f in found if f.kind and " " in f.name and f.name.isupper()]
        if shouted:
            cased = {}
            for found in texts_found:
                for f in found:
                    if f.kind and not f.name.isupper():
                        cased.setdefault(fold(f.name), f.name)
            for f in shouted:
                if fold(f.name) in cased:
                    f.name = cased[fold(f.name)]
        by_initials = {}
        for acr in sorted(acronyms):
            if len(acr) >= 2:
                by_initials.setdefault(acr.upper(), acr)
        if by_initials:
            for found in texts_found:
                for f in found:
                    if f.kind == ORGANISATION and " " in f.name and "acronym" not in f.attributes:
                        acr = by_initials.get(_initials_of(f.name))
                        if acr:
                            f.attributes["acronym"] = acr

    @staticmethod
    def _surname_openers(texts_found: list[list[Found]], by_last: dict[str, set[str]]) -> None:
        """"Jan Oude Vrielink ... Oude Vrielink rekende": a word opening the sentence, read apart from
        the name after it, opens the surname of the one person in the issue who has that surname."""
        for found in texts_found:
            opened = []
            for g, f in zip(found, found[1:]):
                if g.kind is None and g.first_tok == g.last_tok and g.sentence_initial and f.kind in (None, PERSON) \
                        and f.first_tok == g.last_tok + 1 and f.start == g.end + 1:
                    surname = by_last.get(fold(g.surface + " " + f.surface), ())
                    if len(surname) == 1:
                        f.start, f.surface, f.first_tok = g.start, g.surface + " " + f.surface, g.first_tok
                        f.kind, f.name, f.confidence, f.attributes = PERSON, next(iter(surname)), 0.8, {}
                        opened.append(g)
            if opened:
                found[:] = [f for f in found if not any(f is g for g in opened)]

    def _expand(self, acronym: str, by_initials: dict[str, str]) -> str | None:
        """The issue's name that ``acronym`` abbreviates (``by_initials``: the
        first name with those initials), else the lexicon's."""
        return (by_initials.get(acronym.upper()) if len(acronym) >= 2 else None) or self.lex.acronyms.get(acronym)


@functools.lru_cache(maxsize=65536)
def _initials_of(name: str) -> str:
    """"Sociaal en Cultureel Planbureau" -> "SCP"."""
    words = [w for w in re.split(r"[\s-]+", name) if w and w.lower() not in cues.ORG_CONNECTORS]
    return "".join(w[0] for w in words).upper()
