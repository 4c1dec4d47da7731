"""WARC captures: HTML responses become issues with WARC-Target-URI and WARC-Date as provenance."""

from __future__ import annotations

import io
import sqlite3
import subprocess
import sys

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from ingest import Archive
from ingest.sources import detect, source_formats
from ingest.sources.warc import read_warc

from conftest import ROOT, shared_path

PAGE = """<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Buurtnieuws {n}</title></head>
<body><main><h1>Buurtnieuws {n}</h1><p>{n} april 2024</p>
<h2>Markt op het plein</h2><p>Elke zaterdag staat de markt op het plein, deze keer met {n} nieuwe kramen.</p>
<h2>Bibliotheek</h2><p>De bibliotheek is in week {n} langer open voor huiswerkbegeleiding.</p></main></body></html>"""


def write_capture(path, pages: int = 3, gzip: bool = True) -> list[int]:
    """A capture with a request, an image and ``pages`` HTML responses; returns record offsets."""
    offsets = []
    with open(path, "wb") as out:
        writer = WARCWriter(out, gzip=gzip)
        for n in range(1, pages + 1):
            uri = f"https://buurtnieuws.example.nl/archief/{n}"
            offsets.append(out.tell())
            body = PAGE.format(n=n).encode()
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            record = writer.create_warc_record(
                uri, "response", payload=io.BytesIO(body), http_headers=headers,
                warc_headers_dict={"WARC-Date": f"2024-04-{n:02d}T12:00:00Z"},
            )
            writer.write_record(record)
            image = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(uri + "/logo.png", "response", payload=io.BytesIO(b"\x89PNG...."), http_headers=image))
    return offsets


def test_capture_becomes_issues_with_provenance(tmp_path):
    capture = tmp_path / "capture.warc.gz"
    write_capture(capture)
    assert detect(capture, source_formats()).name == "warc"
    with Archive(tmp_path / "a.db") as archive:
        report = archive.ingest([capture])
    assert report.new_issues == 3 and not report.errors
    conn = sqlite3.connect(tmp_path / "a.db")
    rows = conn.execute(
        "select s.kind, s.url, s.captured_at, i.web_url from issues i join sources s on s.sha256 = i.source_sha256 order by s.url"
    ).fetchall()
    assert rows[0] == ("warc", "https://buurtnieuws.example.nl/archief/1", "2024-04-01T12:00:00Z", "https://buurtnieuws.example.nl/archief/1")
    headings = [r[0] for r in conn.execute("select heading from sections where heading is not null order by issue_id, position")]
    assert headings[:2] == ["Markt op het plein", "Bibliotheek"]


def test_truncated_capture_keeps_good_records(tmp_path):
    capture = tmp_path / "capture.warc.gz"
    offsets = write_capture(capture)
    data = capture.read_bytes()
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(data[: offsets[2] + 60])  # the third page's record is cut off
    items = list(read_warc(cut))
    docs = [i for i in items if hasattr(i, "content")]
    errors = [i for i in items if not hasattr(i, "content")]
    assert [d.url for d in docs] == ["https://buurtnieuws.example.nl/archief/1", "https://buurtnieuws.example.nl/archief/2"]
    assert len(errors) == 1 and "truncated" in errors[0].message and str(offsets[2]) in errors[0].origin
    # Through the CLI: the good records go in, the broken tail is reported, exit status 1.
    result = subprocess.run(
        [sys.executable, "-m", "ingest", "ingest", str(cut), "--db", str(tmp_path / "a.db")],
        capture_output=True, text=True, cwd=ROOT, timeout=120,
    )
    assert result.returncode == 1
    assert "2 new issues" in result.stdout
    assert "truncated" in result.stderr


def test_uncompressed_capture(tmp_path):
    capture = tmp_path / "capture.warc"
    write_capture(capture, pages=2, gzip=False)
    assert [d.url for d in read_warc(capture)] == ["https://buurtnieuws.example.nl/archief/1", "https://buurtnieuws.example.nl/archief/2"]


def test_corpus_samples():
    folder = shared_path("corpus", "warc")
    good = list(read_warc(folder / "warcio_example.warc.gz"))
    assert [(d.url, d.captured_at) for d in good] == [("http://example.com/", "2017-03-06T04:02:06Z")]
    assert b"Example Domain" in good[0].content
    chunked = list(read_warc(folder / "warcio_example-iana.org-chunked.warc"))
    assert len(chunked) == 1 and chunked[0].url == "http://www.iana.org/" and b"</html>" in chunked[0].content.lower()
    # The truncated sample: its only response record does not match its digest.
    truncated = list(read_warc(folder / "warcio_example-trunc.warc"))
    assert len(truncated) == 1 and not hasattr(truncated[0], "content")
    assert "http://example.com/" in truncated[0].message and "digest" in truncated[0].message
