"""Entity extraction speed on one core, in whitespace tokens per second.

    python bench/bench_ner.py [--repeat 20]

Measures, side by side in one run, on newsletter text and on CoNLL-2002
ned.testb newspaper text (when ../shared exists), each text once. Newsletter
text comes in two kinds: the seed issue (a real newsletter, when ../shared
exists) and the gold texts in tests/gold, written for evaluation and packed
with names (the "names/100" column: mentions found per 100 tokens); the more
names, the more work per token.

- "fresh": a new extractor for every text, so nothing is remembered from an
  earlier text (facts about single words, such as "is a surname", live with
  the lexicon and are shared, as they are in any run);
- "stream": one extractor, new at the start of each repetition, over the
  stream of distinct texts, as the archive uses it for the issues of an
  ingest run (it builds its extractors once per open archive);
- the bare tokeniser on the same text, as the floor.

Times are the best CPU seconds of this process over the repetitions. The
target is >= 100k tokens/s on newsletter text.
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


def _issues(texts: list[str]) -> list[ParsedIssue]:
    # one issue per text, one section per block of paragraphs, as a parser makes them
    return [ParsedIssue(sections=[Section(heading=None, paragraphs=[b]) for b in t.split("\n\n\n") if b.strip()])
            for t in texts]


def seed_issues() -> list[ParsedIssue]:
    seed = SHARED / "seed" / "nplv-2024-05-01.txt"
    return _issues([seed.read_text(encoding="utf-8")]) if seed.exists() else []


def gold_issues() -> list[ParsedIssue]:
    return _issues([p.read_text(encoding="utf-8") for p in sorted((ROOT / "tests" / "gold").rglob("*.txt"))])


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
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    lexicon = default_lexicon()  # loaded once, outside the timing
    corpora = {"seed issue": seed_issues(), "gold texts": gold_issues(), "ned.testb": conll_issues()}
    print(f"{'corpus':<12}{'tokens':>8}{'names/100':>10}{'fresh tok/s':>14}{'stream tok/s':>14}{'tokenise tok/s':>16}")
    for name, issues in corpora.items():
        if not issues:
            print(f"{name:<12}  (not available)")
            continue
        n = tokens_in(issues)
        names = sum(len(RulesExtractor(lexicon).extract(i)) for i in issues)
        fresh = best_time(lambda: [RulesExtractor(lexicon).extract(i) for i in issues], args.repeat)

        def stream():
            extractor = RulesExtractor(lexicon)
            for issue in issues:
                extractor.extract(issue)

        streamed = best_time(stream, args.repeat)
        tok = best_time(lambda: [tokenize(mask(s.text)) for i in issues for s in i.sections], args.repeat)
        print(f"{name:<12}{n:>8}{100 * names / n:>10.1f}{n / fresh:>14,.0f}{n / streamed:>14,.0f}{n / tok:>16,.0f}")


if __name__ == "__main__":
    main()
