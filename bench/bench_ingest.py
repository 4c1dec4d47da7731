"""Ingest throughput, stage by stage, measured side by side in one run.

    python bench/bench_ingest.py [--issues 200]

Builds N distinct issues from the bundled sample renditions (text, email HTML,
.eml; each made unique so none is deduplicated), then times, on the same
documents: parsing only, parsing + entity extraction, and the full ingest into
a fresh SQLite file. Prints documents per second and each stage's share.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from ingest import Archive
from ingest.models import EMAIL, HTML, TEXT, RawDocument
from ingest.parse import parse_document

SAMPLES = Path(__file__).resolve().parents[1] / "samples"


def documents(n: int) -> list[RawDocument]:
    kinds = [("nplv-2024-05-01.txt", TEXT), ("nplv-2024-05-01.html", HTML), ("nplv-2024-05-01.eml", EMAIL)]
    base = {name: (SAMPLES / name).read_bytes() for name, _ in kinds}
    docs = []
    for i in range(n):
        name, media_type = kinds[i % len(kinds)]
        data = base[name]
        # Make every issue distinct (its own year, Message-ID and text) so
        # none is taken for a rendition of another.
        year = str(1900 + i).encode()
        data = data.replace(b"2024", year).replace(b"Roy Kramer", f"Roy Kramer {i}".encode())
        data = data.replace(b"20240501080217.", f"20240501080217.{i}.".encode())
        docs.append(RawDocument(data, media_type, f"bench/{i}/{name}", "bench"))
    return docs


def timed(fn) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--issues", type=int, default=200)
    args = parser.parse_args()
    docs = documents(args.issues)

    def parse_only():
        for doc in docs:
            parse_document(doc)

    with tempfile.TemporaryDirectory() as tmp:
        with Archive(Path(tmp) / "extract.db") as archive:

            def parse_and_extract():
                for doc in docs:
                    archive.extract(parse_document(doc))

            t_extract = timed(parse_and_extract)
        t_parse = timed(parse_only)
        with Archive(Path(tmp) / "bench.db") as archive:
            t_full = timed(lambda: archive.ingest_documents(docs))
            stored = archive.db.execute("select count(*) from issues").fetchone()[0]

    n = len(docs)
    print(f"documents: {n} (text, email HTML and .eml in turn); issues stored: {stored}")
    print(f"parse only            {t_parse:7.2f} s  {n / t_parse:8.1f} docs/s  1.00x")
    print(f"parse + extract       {t_extract:7.2f} s  {n / t_extract:8.1f} docs/s  {t_extract / t_parse:.2f}x")
    print(f"full ingest (SQLite)  {t_full:7.2f} s  {n / t_full:8.1f} docs/s  {t_full / t_parse:.2f}x")


if __name__ == "__main__":
    main()
