"""How close the HTML parser comes to the expected title, date and main text of web issue pages.

    python bench/bench_web_extraction.py [--corpus ../shared/corpus/html/web-archive] [--json]

Each case under the corpus directory holds ``source.html`` (the page as
served), ``expected.html`` (its main content) and ``expected-metadata.json``
(title, publishedDate). For each page it parses ``source.html`` as an issue
and reports, side by side:

* main text: token-level precision, recall and F1 of the issue's section
  text (headings and paragraphs) against the text of ``expected.html``,
  for our parser, for trafilatura's main text alone (flat text, no
  sections), and for the whole page's visible text (no boilerplate removal);
* title: exact match (case and whitespace folded) and token F1;
* date: whether ``issued_on`` equals the expected published date, where one
  is given.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

from bs4 import BeautifulSoup

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from ingest.models import HTML, ParsedIssue, ParseError, RawDocument  # noqa: E402
from ingest.parse import parse_document  # noqa: E402
from ingest.parse.html import soup_from_bytes  # noqa: E402
from ingest.parse.web import main_text  # noqa: E402

DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "html" / "web-archive"


def tokens(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


def f1(predicted: list[str], expected: list[str]) -> tuple[float, float, float]:
    if not predicted or not expected:
        return 0.0, 0.0, 0.0
    common = sum((Counter(predicted) & Counter(expected)).values())
    if not common:
        return 0.0, 0.0, 0.0
    precision, recall = common / len(predicted), common / len(expected)
    return precision, recall, 2 * precision * recall / (precision + recall)


def visible_text(html: bytes) -> str:
    soup = soup_from_bytes(html)
    for tag in soup(["script", "style", "noscript", "template", "head"]):
        tag.decompose()
    return soup.get_text(" ")


def issue_text(issue) -> str:
    parts = []
    for section in issue.sections:
        if section.heading:
            parts.append(section.heading)
        parts.extend(section.paragraphs)
    return "\n".join(parts)


def cases(corpus: Path) -> list[Path]:
    return sorted(p.parent for p in corpus.rglob("expected-metadata.json") if (p.parent / "source.html").exists())


def measure(case: Path) -> dict:
    source = (case / "source.html").read_bytes()
    expected_html = (case / "expected.html").read_bytes()
    meta = json.loads((case / "expected-metadata.json").read_text())
    url_file = case / "url.txt"
    url = url_file.read_text().strip() if url_file.exists() else None
    start = time.perf_counter()
    try:
        issue = parse_document(RawDocument(source, HTML, str(case / "source.html"), "html", url=url))
    except ParseError:
        issue = ParsedIssue(sections=[])
    seconds = time.perf_counter() - start
    expected_tokens = tokens(BeautifulSoup(expected_html, "lxml").get_text(" "))
    ours = f1(tokens(issue_text(issue)), expected_tokens)
    whole_page = f1(tokens(visible_text(source)), expected_tokens)
    extractor_only = f1(tokens(main_text(source.decode("utf-8", "replace")) or ""), expected_tokens)
    expected_title = " ".join((meta.get("title") or "").split()).lower()
    got_title = " ".join((issue.title or "").split()).lower()
    expected_date = (meta.get("publishedDate") or "")[:10] or None
    return {
        "case": str(case.relative_to(case.parents[1] if case.parent.name == "omnivore-newsletters" else case.parent)),
        "text_precision": ours[0],
        "text_recall": ours[1],
        "text_f1": ours[2],
        "whole_page_f1": whole_page[2],
        "trafilatura_f1": extractor_only[2],
        "title_exact": got_title == expected_title,
        "title_f1": f1(tokens(got_title), tokens(expected_title))[2],
        "expected_title": meta.get("title"),
        "title": issue.title,
        "date_expected": expected_date,
        "date": issue.issued_on.isoformat() if issue.issued_on else None,
        "date_match": None if expected_date is None else (issue.issued_on is not None and issue.issued_on.isoformat() == expected_date),
        "sections": len(issue.sections),
        "seconds": seconds,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--json", action="store_true", help="print one JSON object per page and the summary")
    args = parser.parse_args()
    if not args.corpus.exists():
        print(f"corpus not found: {args.corpus}", file=sys.stderr)
        return 2
    rows = [measure(case) for case in cases(args.corpus)]
    if args.json:
        for row in rows:
            print(json.dumps(row, ensure_ascii=False))
    else:
        print(f"{'page':38} {'P':>5} {'R':>5} {'F1':>5} {'traf.':>5} {'page':>5}  {'title':5} {'date':5} {'secs':>5}")
        for row in rows:
            date = "-" if row["date_match"] is None else ("ok" if row["date_match"] else "MISS")
            print(
                f"{row['case'][:38]:38} {row['text_precision']:5.2f} {row['text_recall']:5.2f} {row['text_f1']:5.2f} "
                f"{row['trafilatura_f1']:5.2f} {row['whole_page_f1']:5.2f}  {'ok' if row['title_exact'] else 'MISS':5} {date:5} {row['seconds']:5.2f}"
            )
    dated = [r for r in rows if r["date_match"] is not None]
    summary = {
        "pages": len(rows),
        "mean_text_f1": statistics.mean(r["text_f1"] for r in rows),
        "min_text_f1": min(r["text_f1"] for r in rows),
        "mean_whole_page_f1": statistics.mean(r["whole_page_f1"] for r in rows),
        "mean_trafilatura_f1": statistics.mean(r["trafilatura_f1"] for r in rows),
        "title_exact": sum(r["title_exact"] for r in rows),
        "mean_title_f1": statistics.mean(r["title_f1"] for r in rows),
        "dates_matched": sum(bool(r["date_match"]) for r in dated),
        "dates_expected": len(dated),
    }
    if args.json:
        print(json.dumps({"summary": summary}))
    else:
        print(
            f"\nmain text F1: mean {summary['mean_text_f1']:.3f}, min {summary['min_text_f1']:.3f} "
            f"(trafilatura alone: mean {summary['mean_trafilatura_f1']:.3f}; "
            f"whole page, no boilerplate removal: mean {summary['mean_whole_page_f1']:.3f})\n"
            f"title: {summary['title_exact']}/{summary['pages']} exact, mean token F1 {summary['mean_title_f1']:.3f}\n"
            f"date: {summary['dates_matched']}/{summary['dates_expected']} pages with a published date matched"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
