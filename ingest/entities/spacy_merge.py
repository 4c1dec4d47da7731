"""``--ner-model NAME``: a spaCy pipeline's entities as a further signal.

The rules stay in charge: a spaCy entity that overlaps a rules mention only
confirms it (or settles its kind when the rules were unsure); a spaCy entity
where the rules found nothing, or only a review candidate, becomes a new
mention marked with the model's name. spaCy is optional and imported only
when a model is asked for.
"""

from __future__ import annotations

import functools
from bisect import bisect_right

from ingest.models import Mention, ParsedIssue

from .names import fold
from .text import mask, sentence_bounds, tokenize

# spaCy label -> our kind; labels of other schemes (MISC, DATE...) are ignored
KINDS = {"PER": "person", "PERSON": "person", "LOC": "place", "GPE": "place", "FAC": "place",
         "ORG": "organisation", "NORP": None}
CANDIDATE = "candidate"


@functools.lru_cache(maxsize=4)
def load(name: str):
    """A spaCy pipeline by package name or path."""
    try:
        import spacy
    except ImportError as exc:  # pragma: no cover - depends on the machine
        raise RuntimeError(f"--ner-model {name}: spaCy is not installed (pip install spacy)") from exc
    return spacy.load(name)


def merge(issue: ParsedIssue, mentions: list[Mention], nlp, lexicon, model_name: str) -> list[Mention]:
    version = f"{model_name}@{nlp.meta.get('version', '0')}"
    by_section: dict[int, list[Mention]] = {}
    for m in mentions:
        by_section.setdefault(m.section, []).append(m)
    out = list(mentions)
    for index, section in enumerate(issue.sections):
        text = section.text
        if not text.strip():
            continue
        doc = nlp(text)
        tokens = None
        for ent in doc.ents:
            kind = KINDS.get(ent.label_)
            if not kind:
                continue
            start, end = ent.start_char, ent.end_char
            overlapping = [m for m in by_section.get(index, []) if m.start < end and start < m.end]
            named = [m for m in overlapping if m.kind != CANDIDATE]
            if named:
                for m in named:
                    if (m.start, m.end) == (start, end):
                        m.attributes["confirmed_by"] = model_name
                        if m.kind != kind and m.confidence < 0.6:
                            m.kind = kind
                        elif m.kind == kind:
                            m.confidence = round(min(1.0, m.confidence + 0.1), 2)
                continue
            for m in overlapping:  # a candidate the model explains
                out.remove(m)
            if tokens is None:
                tokens = tokenize(mask(text))
            k = max(0, bisect_right(tokens.starts, start) - 1)
            s, e = sentence_bounds(text, tokens, k) if len(tokens) else (start, end)
            attributes = {"label": ent.label_}
            if kind == "place":
                place = lexicon.places.get(fold(ent.text))
                attributes.update({"gazetteer_code": place["code"], "place_kind": place["kind"]} if place
                                  else {"place_kind": "town"})
            out.append(Mention(kind=kind, name=ent.text, surface=text[start:end], section=index,
                               start=start, end=end, snippet=text[s:e].strip(), confidence=0.6,
                               extractor="spacy", extractor_version=version, attributes=attributes))
    return out
