"""--ner-model: a tiny spaCy pipeline, trained here, merged with the rules."""

from __future__ import annotations

import pytest

from ingest.entities import configure
from ingest.entities.extractor import CANDIDATE, RulesExtractor
from ingest.models import ParsedIssue, Section

TRAIN = [
    ("Minister Hugo de Jonge bezocht Zonnewijzer en sprak in Utrecht.", [(9, 22, "PER"), (31, 42, "ORG"), (55, 62, "LOC")]),
    ("Het project Zonnewijzer gaat van start.", [(12, 23, "ORG")]),
    ("Zij werkt bij Zonnewijzer in Utrecht.", [(14, 25, "ORG"), (29, 36, "LOC")]),
    ("Vandaag sprak Hugo de Jonge in Utrecht.", [(14, 27, "PER"), (31, 38, "LOC")]),
]


@pytest.fixture(scope="module")
def model_path(tmp_path_factory):
    spacy = pytest.importorskip("spacy")
    from spacy.training import Example

    spacy.util.fix_random_seed(0)
    nlp = spacy.blank("nl")
    ner = nlp.add_pipe("ner")
    for label in ("PER", "LOC", "ORG"):
        ner.add_label(label)
    examples = [Example.from_dict(nlp.make_doc(text), {"entities": ents}) for text, ents in TRAIN]
    optimizer = nlp.initialize(lambda: examples)
    for _ in range(25):
        nlp.update(examples, sgd=optimizer, drop=0.0)
    path = tmp_path_factory.mktemp("model") / "tiny-nl"
    nlp.to_disk(path)
    return str(path)


@pytest.fixture
def with_model(model_path):
    configure(ner_model=model_path)
    yield model_path
    configure(ner_model="")


def _extract(text):
    return RulesExtractor().extract(ParsedIssue(sections=[Section(heading=None, paragraphs=[text])]))


def test_model_entities_fill_what_the_rules_left_for_review(with_model):
    text = TRAIN[0][0]
    configure(ner_model="")
    without = _extract(text)
    assert [m.surface for m in without if m.kind == CANDIDATE] == ["Zonnewijzer"]
    configure(ner_model=with_model)
    merged = _extract(text)
    orgs = [m for m in merged if m.kind == "organisation"]
    assert [(m.surface, m.extractor) for m in orgs] == [("Zonnewijzer", "spacy")]
    assert orgs[0].extractor_version.startswith(with_model)
    assert text[orgs[0].start:orgs[0].end] == "Zonnewijzer" and orgs[0].snippet == text
    assert not [m for m in merged if m.kind == CANDIDATE]


def test_rules_mentions_are_confirmed_not_duplicated(with_model):
    merged = _extract(TRAIN[0][0])
    people = [m for m in merged if m.kind == "person"]
    assert len(people) == 1 and people[0].extractor == "rules"
    assert people[0].attributes.get("confirmed_by") == with_model
    places = [m for m in merged if m.kind == "place"]
    assert len(places) == 1 and places[0].attributes["gazetteer_code"] == "GM0344"
