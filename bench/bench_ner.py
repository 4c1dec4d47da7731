"""Entity extraction speed on one core, in whitespace tokens per second.

    python bench/bench_ner.py [--repeat 5]

Measures, side by side in one run: the rules extractor on newsletter text
(the gold texts in tests/gold, and the seed issue when ../shared exists),
on CoNLL-2002 ned.testb newspaper text (when ../shared exists), and the
bare tokeniser on the same text as the floor. Each issue gets a fresh
extractor, so names remembered from an earlier issue do not flatter the
numbers (facts about single words, such as "is a surname", are kept with
the lexicon and shared, as they are by every issue of an ingest run); for ned.testb, whose documents all differ, the run with one
extractor for all documents (as in an ingest run) is shown as well. Times
are CPU seconds of this process. The target is >= 100k tokens/s.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from ingest.entities import evaluate
from ingest.entities.extractor import RulesExtractor
from ingest.entities.lexicon import default_lexicon
from ingest.entities.text import mask, tokenize
from ingest.models import ParsedIssue, Section

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def newsletter_issues() -> list[ParsedIssue]:
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "tests" / "gold").glob("*.txt"))]
    seed = SHARED / "seed" / "nplv-2024-05-01.txt"
    if seed.exists():
        texts.append(seed.read_text(encoding="utf-8"))
    # one issue per text, one section per block of paragraphs, as a parser makes them
    return [ParsedIssue(sections=[Section(heading=None, paragraphs=[b]) for b in t.split("\n\n\n") if b.strip()])
            for t in texts]


def conll_issues() -> list[ParsedIssue]:
    path = SHARED / "corpus" / "ner" / "conll2002" / "ned.testb"
    if not path.exists():
        return []
    return [ParsedIssue(sections=[Section(heading=None, paragraphs=[d.text])]) for d in evaluate.read_conll(path)]


def tokens_in(issues) -> int:
    return sum(len(s.text.split()) for i in issues for s in i.sections)


def best_time(fn, repeat: int) -> float:
    """Best CPU time of this process over ``repeat`` runs: other work on a
    shared machine does not count against the extractor."""
    best = float("inf")
    for _ in range(repeat):
        started = time.process_time()
        fn()
        best = min(best, time.process_time() - started)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    lexicon = default_lexicon()  # loaded once, outside the timing
    corpora = {"newsletters": newsletter_issues() * 40, "ned.testb": conll_issues()}
    print(f"{'corpus':<12}{'tokens':>9}{'extract tok/s':>16}{'tokenise tok/s':>16}{'ratio':>7}")
    for name, issues in corpora.items():
        if not issues:
            print(f"{name:<12}  (not available)")
            continue
        n = tokens_in(issues)
        # a fresh extractor per issue: nothing remembered from an earlier copy
        extract = best_time(lambda: [RulesExtractor(lexicon).extract(i) for i in issues], args.repeat)
        tok = best_time(lambda: [tokenize(mask(s.text)) for i in issues for s in i.sections], args.repeat)
        print(f"{name:<12}{n:>9}{n / extract:>16,.0f}{n / tok:>16,.0f}{tok / extract:>7.2f}")
        if name == "ned.testb":
            # as in an ingest run: one extractor for all documents, which
            # remembers the names it has classified (every document differs)
            shared = RulesExtractor(lexicon)
            warm = best_time(lambda: [shared.extract(i) for i in issues], 1)
            print(f"{'  one extractor':<12}{n:>9}{n / warm:>16,.0f}")


if __name__ == "__main__":
    main()
