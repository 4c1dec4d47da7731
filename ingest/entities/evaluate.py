"""Entity-level exact-match precision, recall and F1 against gold files.

Gold comes as JSONL (one entity a line: text, label PER/LOC/ORG, start, end)
over a text file, or as CoNLL (token [pos] IOB-tag per line, blank line
between sentences, ``-DOCSTART-`` between documents). MISC is not scored.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from ingest.models import ParsedIssue, Section

LABELS = ("PER", "LOC", "ORG")
_KIND_LABEL = {"person": "PER", "place": "LOC", "organisation": "ORG"}


@dataclass
class Document:
    text: str
    gold: set[tuple[int, int, str]] = field(default_factory=set)
    # CoNLL gold ends names before punctuation ("Jozef V" "."): predictions are cut the same way
    trim: bool = False


@dataclass
class Scores:
    tp: Counter = field(default_factory=Counter)
    fp: Counter = field(default_factory=Counter)
    fn: Counter = field(default_factory=Counter)
    errors: list = field(default_factory=list)

    def row(self, label):
        tp, fp, fn = self.tp[label], self.fp[label], self.fn[label]
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return p, r, f, tp + fn

    def add(self, other: "Scores") -> None:
        self.tp.update(other.tp)
        self.fp.update(other.fp)
        self.fn.update(other.fn)

    def table(self) -> str:
        lines = [f"{'label':<6}{'precision':>10}{'recall':>8}{'F1':>8}{'gold':>7}"]
        for label in LABELS + ("ALL",):
            p, r, f, n = self.row(label)
            lines.append(f"{label:<6}{p:>10.3f}{r:>8.3f}{f:>8.3f}{n:>7}")
        return "\n".join(lines)


def gold_files(paths: list[Path]) -> list[Path]:
    """The gold files named, a directory standing for its ``*.jsonl`` files
    that have their ``.txt`` beside them."""
    out: list[Path] = []
    for path in paths:
        if path.is_dir():
            out.extend(p for p in sorted(path.glob("*.jsonl")) if p.with_suffix(".txt").exists())
        else:
            out.append(path)
    return out


def read_gold(path: Path, fmt: str | None = None, text_path: Path | None = None) -> list[Document]:
    """JSONL over ``text_path`` (default: ``path`` with ``.txt``), or CoNLL."""
    fmt = fmt or ("jsonl" if path.suffix == ".jsonl" else "conll")
    if fmt == "jsonl":
        return read_jsonl(path, text_path or path.with_suffix(".txt"))
    return read_conll(path)


def read_jsonl(gold_path: Path, text_path: Path) -> list[Document]:
    text = Path(text_path).read_text(encoding="utf-8")
    gold = set()
    for line in Path(gold_path).read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        rec = json.loads(line)
        start, end = rec["start"], rec["end"]
        if text[start:end] != rec["text"]:
            raise ValueError(f"gold offsets {start}-{end} hold {text[start:end]!r}, not {rec['text']!r}")
        gold.add((start, end, rec["label"]))
    return [Document(text, gold)]


def read_conll(path: Path, sentences_per_document: int = 40) -> list[Document]:
    """Documents from a CoNLL file; a file without -DOCSTART- lines is cut
    into runs of sentences so that issue-level linking has some context."""
    docs: list[Document] = []
    sentences: list[list[tuple[str, str]]] = []
    current: list[tuple[str, str]] = []
    lines = Path(path).read_text(encoding="utf-8", errors="replace").splitlines()
    has_docstart = any(line.startswith("-DOCSTART-") for line in lines)
    has_breaks = any(not line.strip() for line in lines[:-1])
    for raw in lines + [""]:
        parts = raw.split()
        if parts and not has_breaks and _ends_sentence(parts[0]):
            # one token a line and no blank lines: full stops end sentences
            current.append((parts[0], parts[-1]))
            parts = []
        if parts and parts[0] == "-DOCSTART-":
            if current:
                sentences.append(current)
                current = []
            if sentences:
                docs.append(_document(sentences))
                sentences = []
            continue
        if parts:
            current.append((parts[0], parts[-1]))
            continue
        if current:
            sentences.append(current)
            current = []
        if not has_docstart and len(sentences) >= sentences_per_document:
            docs.append(_document(sentences))
            sentences = []
    if sentences:
        docs.append(_document(sentences))
    return docs


def _ends_sentence(token: str) -> bool:
    """In a file with no sentence breaks: "geweest." ends a sentence,
    "J." and "Mr." do not."""
    if token[-1:] not in ".?!" or token == "-DOCSTART-":
        return False
    word = token.rstrip(".?!")
    return not (word[:1].isupper() and len(word) <= 4)


def _document(sentences) -> Document:
    pieces, gold = [], set()
    pos = 0
    for sent in sentences:
        open_span = None
        for k, (tok, tag) in enumerate(sent):
            if k:
                pieces.append(" ")
                pos += 1
            start = pos
            pieces.append(tok)
            pos += len(tok)
            label = tag[2:] if len(tag) > 2 else None
            if tag.startswith("B-") or (tag.startswith("I-") and (not open_span or open_span[2] != label)):
                if open_span:
                    gold.add(open_span)
                open_span = (start, pos, label)
            elif tag.startswith("I-") and open_span:
                open_span = (open_span[0], pos, label)
            else:
                if open_span:
                    gold.add(open_span)
                open_span = None
        if open_span:
            gold.add(open_span)
        pieces.append("\n")
        pos += 1
    text = "".join(pieces)
    return Document(text, {_trim(text, g) for g in gold if g[2] in LABELS}, trim=True)


_EDGE = ".,;:!?\"'()[]«»“”‘’"


def _trim(text: str, span):
    """Tokens of OCR corpora keep their punctuation ("Delft,"): an entity ends
    where its name does."""
    start, end, label = span
    while end > start + 1 and text[end - 1] in _EDGE:
        end -= 1
    while start < end - 1 and text[start] in _EDGE:
        start += 1
    return (start, end, label)


def predict(extractor, text: str) -> set[tuple[int, int, str]]:
    issue = ParsedIssue(sections=[Section(heading=None, paragraphs=[text])])
    out = set()
    for m in extractor.extract(issue):
        label = _KIND_LABEL.get(m.kind)
        if label:
            out.add((m.start, m.end, label))
    return out


def score(extractor, docs: list[Document], keep_errors: int = 0) -> Scores:
    s = Scores()
    for doc in docs:
        pred = predict(extractor, doc.text)
        if doc.trim:
            pred = {_trim(doc.text, span) for span in pred}
        for span in pred:
            if span in doc.gold:
                s.tp[span[2]] += 1
                s.tp["ALL"] += 1
            else:
                s.fp[span[2]] += 1
                s.fp["ALL"] += 1
                if len(s.errors) < keep_errors:
                    s.errors.append(("FP", span[2], doc.text[span[0]:span[1]], _context(doc.text, span)))
        for span in doc.gold - pred:
            s.fn[span[2]] += 1
            s.fn["ALL"] += 1
            if len(s.errors) < keep_errors:
                s.errors.append(("FN", span[2], doc.text[span[0]:span[1]], _context(doc.text, span)))
    return s


def _context(text, span):
    return text[max(0, span[0] - 40): span[1] + 40].replace("\n", " / ")


def count_tokens(docs: list[Document]) -> int:
    return sum(len(d.text.split()) for d in docs)
