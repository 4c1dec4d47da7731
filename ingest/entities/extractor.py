"""The ``rules`` extractor: ParsedIssue in, Mentions out."""

from __future__ import annotations

from ingest.models import Mention, ParsedIssue

from . import settings
from .lexicon import Lexicon
from .rules import PERSON, RulesEngine

VERSION = "1.0"
CANDIDATE = "candidate"  # kind of a Mention that is an unexplained name for review


class RulesExtractor:
    name = "rules"
    version = VERSION

    def __init__(self, lexicon: Lexicon | None = None):
        self._lexicon = lexicon

    @property
    def engine(self) -> RulesEngine:
        lexicon = self._lexicon or settings.current_lexicon()
        if getattr(self, "_engine_lexicon", None) is not lexicon:
            self._engine = RulesEngine(lexicon)
            self._engine_lexicon = lexicon
        return self._engine

    def extract(self, issue: ParsedIssue) -> list[Mention]:
        engine = self.engine
        texts = [section.text for section in issue.sections]
        found_per_section = [engine.analyse(text) for text in texts]
        engine.link(found_per_section)
        mentions: list[Mention] = []
        for index, found in enumerate(found_per_section):
            for f in found:
                if f.kind is None:
                    if f.sentence_initial or f.attributes.get("adjective") or f.attributes.get("not_a_name") \
                            or len(f.surface) < 3:
                        continue
                    kind, attrs = CANDIDATE, {"kind_guess": None}
                else:
                    kind, attrs = f.kind, dict(f.attributes)
                mentions.append(Mention(
                    kind=kind, name=f.name, surface=f.surface, section=index,
                    start=f.start, end=f.end, snippet=f.snippet,
                    role=f.role if f.kind == PERSON else None,
                    confidence=round(f.confidence, 2), extractor=self.name,
                    extractor_version=self.version, attributes=attrs,
                ))
        model = settings.ner_model()
        if model:
            from . import spacy_merge

            mentions = spacy_merge.merge(issue, mentions, spacy_merge.load(model), engine.lex, model)
        return mentions
