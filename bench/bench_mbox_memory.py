"""Peak memory of reading an mbox must not grow with the mbox.

Writes two synthetic mboxes, one with N messages and one with 10 N, reads
each in a child process under ``/usr/bin/time -v`` and prints both peak RSS
figures and their ratio (flat streaming: ratio close to 1.0, within 1.2).

    python bench/bench_mbox_memory.py            # N = 2000, read + hash every message
    python bench/bench_mbox_memory.py --parse    # also parse each message into an issue (slower)

Needs GNU time (Debian package ``time``).
"""

from __future__ import annotations

import argparse
import hashlib
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

PARAGRAPH = (
    "De wijkraad vergaderde op dinsdag over de nieuwe speeltuin aan de Lindelaan. "
    "From now on the minutes are published online. Bewoners kunnen reageren tot het eind van de maand. "
)


def write_mbox(path: Path, count: int) -> int:
    with path.open("wb") as f:
        for n in range(count):
            body = "\n\n".join(f"Onderwerp {i}\n{PARAGRAPH * 6}" for i in range(8))
            body = body.replace("\nFrom now", "\n>From now")  # quoted body lines, as mbox writers do
            f.write(
                (
                    f"From nieuws@wijkraad.example Mon Jun  3 07:{n % 60:02d}:00 2024\n"
                    f"From: Wijkraad <nieuws@wijkraad.example>\nTo: lezer{n}@example.org\n"
                    f"Subject: Nieuwsbrief {n}\nDate: Mon, 03 Jun 2024 07:30:00 +0200\n"
                    f"Message-ID: <n{n}@wijkraad.example>\nContent-Type: text/plain; charset=utf-8\n\n"
                    f"{body}\n\n"
                ).encode("utf-8")
            )
    return path.stat().st_size


def child(path: str, parse: bool) -> None:
    sys.path.insert(0, str(ROOT))
    from ingest.sources.mbox import read_mbox

    parser = None
    if parse:
        from ingest.parse.email import parse_email as parser
    count, digest = 0, hashlib.sha256()
    for doc in read_mbox(Path(path)):
        digest.update(doc.sha256.encode())
        if parser is not None:
            parser(doc)
        count += 1
    print(f"{count} messages", file=sys.stderr)


def peak_rss_kib(path: Path, parse: bool) -> tuple[int, str]:
    cmd = ["/usr/bin/time", "-v", sys.executable, __file__, "--child", str(path)] + (["--parse"] if parse else [])
    result = subprocess.run(cmd, capture_output=True, text=True, check=True)
    m = re.search(r"Maximum resident set size \(kbytes\): (\d+)", result.stderr)
    count = re.search(r"(\d+) messages", result.stderr)
    return int(m.group(1)), count.group(1) if count else "?"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("-n", type=int, default=2000, help="messages in the small mbox (the large one has 10 n)")
    ap.add_argument("--parse", action="store_true", help="parse every message too")
    ap.add_argument("--child")
    args = ap.parse_args()
    if args.child:
        child(args.child, args.parse)
        return
    if not Path("/usr/bin/time").exists():
        sys.exit("needs GNU time: apt-get install -y time")
    with tempfile.TemporaryDirectory() as tmp:
        small, large = Path(tmp) / "small.mbox", Path(tmp) / "large.mbox"
        sizes = write_mbox(small, args.n), write_mbox(large, 10 * args.n)
        (rss_small, n_small), (rss_large, n_large) = peak_rss_kib(small, args.parse), peak_rss_kib(large, args.parse)
    print(f"small: {n_small} messages, {sizes[0] / 1e6:.1f} MB, peak RSS {rss_small / 1024:.1f} MiB")
    print(f"large: {n_large} messages, {sizes[1] / 1e6:.1f} MB, peak RSS {rss_large / 1024:.1f} MiB")
    ratio = rss_large / rss_small
    print(f"ratio large/small peak RSS: {ratio:.3f} ({'within' if ratio <= 1.2 else 'OVER'} the 1.2 limit)")


if __name__ == "__main__":
    main()
