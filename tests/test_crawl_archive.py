"""The crawler against a real HTTP server on 127.0.0.1 serving a small newsletter archive."""

from __future__ import annotations

import hashlib
import sqlite3
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from ingest import Archive
from ingest.crawl import CrawlSettings, crawl, issue_links, pagination_links, retry_after_seconds
from ingest.parse.html import soup_from_bytes

from conftest import ROOT, shared_path

NAV = '<nav><a href="/">Home</a> <a href="/over-ons/">Over ons</a> <a href="/contact/">Contact</a></nav>'


def issue_page(number: int, extra: str = "") -> str:
    return f"""<!doctype html><html lang="nl"><head><meta charset="utf-8">
<title>Nieuwsbrief {number} | Buurtnet</title></head><body>{NAV}
<main><h1>Nieuwsbrief {number}</h1><p>{number} maart 2024</p>
<h2>Nieuws uit de wijk {number}</h2><p>De buurtvereniging heeft in editie {number} besloten de speeltuin te vernieuwen.</p>
<h2>Agenda</h2><p>Op de agenda staat de jaarvergadering van editie {number}.{extra}</p></main>
<footer>&copy; Buurtnet</footer></body></html>"""


def index_page(issue_numbers, next_link: str | None, next_text: str = "Volgende", rel_next: bool = True, aside: str = "") -> str:
    items = "".join(f'<li><a href="/archief/nieuwsbrief-{n}.html">Nieuwsbrief {n}</a></li>' for n in issue_numbers)
    head_next = f'<link rel="next" href="{next_link}">' if next_link and rel_next else ""
    body_next = f'<a href="{next_link}">{next_text}</a>' if next_link else ""
    return f"""<!doctype html><html><head><title>Archief</title>{head_next}</head><body>{NAV}
<main><h1>Archief</h1>{aside}<ul>{items}</ul><p>{body_next}</p></main>
<footer><a href="/privacy/">Privacy</a></footer></body></html>"""


class Site:
    """The archive's content and what the server saw; shared with the handler."""

    def __init__(self):
        self.pages = {
            "/robots.txt": ("text/plain", "User-agent: *\nDisallow: /archief/nieuwsbrief-3.html\n"),
            "/archief/": ("text/html", index_page(
                [1, 2, 3], "/archief/?page=2", aside='<p>Kom ook naar <a href="/activiteiten/zomerfeest">het zomerfeest</a>.</p>')),
            "/archief/?page=2": ("text/html", index_page([4, 5, 6, 7], "/archief/?page=3", "Oudere nieuwsbrieven", rel_next=False)),
            "/archief/?page=3": ("text/html", index_page([8], None)),
        }
        for n in (1, 2, 3, 4, 8):
            self.pages[f"/archief/nieuwsbrief-{n}.html"] = ("text/html", issue_page(n))
        # 5 moved; 6 is gone; 7 is far too large.
        self.pages["/archief/2024/nieuwsbrief-5.html"] = ("text/html", issue_page(5))
        self.pages["/archief/nieuwsbrief-7.html"] = ("text/html", issue_page(7, extra=" bla" * 100_000))
        self.redirects = {"/archief/nieuwsbrief-5.html": "/archief/2024/nieuwsbrief-5.html"}
        self.throttle_once = {"/archief/nieuwsbrief-4.html"}
        self.fail_once = {"/archief/nieuwsbrief-8.html"}
        self.slow: dict[str, float] = {}
        self.requests: list[tuple[float, str, dict]] = []
        self.lock = threading.Lock()

    def count(self, path: str) -> int:
        return sum(1 for _, p, _ in self.requests if p == path)


def make_handler(site: Site):
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args):
            pass

        def do_GET(self):
            with site.lock:
                site.requests.append((time.monotonic(), self.path, dict(self.headers)))
                throttled = self.path in site.throttle_once
                site.throttle_once.discard(self.path)
                failing = self.path in site.fail_once
                site.fail_once.discard(self.path)
            if throttled:
                return self._send(429, b"slow down", "text/plain", {"Retry-After": "1"})
            if failing:
                return self._send(503, b"try again", "text/plain")
            if self.path in site.slow:
                time.sleep(site.slow[self.path])
            if self.path in site.redirects:
                return self._send(301, b"", "text/plain", {"Location": site.redirects[self.path]})
            if self.path not in site.pages:
                return self._send(404, b"not found", "text/plain")
            content_type, text = site.pages[self.path]
            body = text.encode("utf-8")
            etag = '"' + hashlib.sha1(body).hexdigest() + '"'
            if self.headers.get("If-None-Match") == etag:
                return self._send(304, b"", content_type, {"ETag": etag})
            self._send(200, body, content_type + "; charset=utf-8", {"ETag": etag, "Last-Modified": "Thu, 14 Mar 2024 08:00:00 GMT"})

        def _send(self, status, body, content_type, headers=None):
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            for name, value in (headers or {}).items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(body)

    return Handler


@pytest.fixture
def site():
    site = Site()
    server = ThreadingHTTPServer(("127.0.0.1", 0), make_handler(site))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    site.base = f"http://127.0.0.1:{server.server_address[1]}"
    yield site
    server.shutdown()
    server.server_close()


def settings(**overrides) -> CrawlSettings:
    values = dict(delay=0.01, concurrency=2, contact="https://archief.example.org/contact", max_bytes=100_000, backoff=0.01, timeout=5)
    values.update(overrides)
    return CrawlSettings(**values)


def test_crawl_archive_then_recrawl(site, tmp_path):
    db_path = tmp_path / "archive.db"
    with Archive(db_path) as archive:
        report = crawl(archive, site.base + "/archief/", settings())

    # Pagination by rel=next and by an "Oudere nieuwsbrieven" link.
    assert site.count("/archief/?page=2") == 1 and site.count("/archief/?page=3") == 1
    new = sorted(o.origin.rsplit("/", 1)[-1] for o in report.ingested if o.status == "new")
    assert new == ["nieuwsbrief-1.html", "nieuwsbrief-2.html", "nieuwsbrief-4.html", "nieuwsbrief-5.html", "nieuwsbrief-8.html"]
    # robots.txt: the disallowed issue is never requested.
    assert site.count("/archief/nieuwsbrief-3.html") == 0
    assert report.disallowed == [site.base + "/archief/nieuwsbrief-3.html"]
    # 429 then success, after the Retry-After the server asked for; 503 then success.
    assert site.count("/archief/nieuwsbrief-4.html") == 2
    first, second = [t for t, path, _ in site.requests if path == "/archief/nieuwsbrief-4.html"]
    assert second - first >= 0.95
    assert site.count("/archief/nieuwsbrief-8.html") == 2
    errors = dict(report.errors)
    assert errors[site.base + "/archief/nieuwsbrief-6.html"] == "HTTP 404"
    assert "too large" in errors[site.base + "/archief/nieuwsbrief-7.html"]
    # Navigation and footer links are not issues.
    assert site.count("/over-ons/") == 0 and site.count("/privacy/") == 0
    # A content link outside the list of issues is not an issue either.
    assert site.count("/activiteiten/zomerfeest") == 0
    # The tool identifies itself, with the contact URL.
    agents = {headers.get("User-Agent") for _, _, headers in site.requests}
    assert len(agents) == 1 and "newsletter-archive/" in agents.pop() and True
    assert "https://archief.example.org/contact" in site.requests[0][2]["User-Agent"]

    conn = sqlite3.connect(db_path)
    # The redirect's target is the page's URL; capture time is kept.
    url, captured = conn.execute("select url, captured_at from sources where url like '%nieuwsbrief-5%'").fetchone()
    assert url == site.base + "/archief/2024/nieuwsbrief-5.html" and captured
    headings = [r[0] for r in conn.execute(
        "select heading from sections join issues on issues.id = sections.issue_id "
        "where issues.web_url like '%nieuwsbrief-8%' and heading is not null order by position")]
    assert headings == ["Nieuws uit de wijk 8", "Agenda"]
    states = dict(conn.execute("select url, state from crawl_pages"))
    assert states[site.base + "/archief/nieuwsbrief-6.html"] == "error"
    conn.close()

    # Re-crawl: one page changed; the rest answers 304 to a conditional GET.
    site.pages["/archief/nieuwsbrief-2.html"] = ("text/html", issue_page(2, extra=" Nieuw: de datum is verzet."))
    before = len(site.requests)
    with Archive(db_path) as archive:
        again = crawl(archive, site.base + "/archief/", settings())
    second = site.requests[before:]
    conditional = {path for _, path, headers in second if "If-None-Match" in headers}
    assert "/archief/nieuwsbrief-1.html" in conditional and "/archief/" in conditional
    since = {headers.get("If-Modified-Since") for _, path, headers in second if path == "/archief/nieuwsbrief-1.html"}
    assert since == {"Thu, 14 Mar 2024 08:00:00 GMT"}
    assert [u.rsplit("/", 1)[-1] for u in again.fetched] == ["nieuwsbrief-2.html"]
    assert site.base + "/archief/nieuwsbrief-1.html" in again.not_modified
    assert [o.origin.rsplit("/", 1)[-1] for o in again.ingested] == ["nieuwsbrief-2.html"]
    # The changed page joins the issue it is a new version of (same URL).
    assert again.ingested[0].status == "merged"


def test_interrupted_crawl_resumes(site, tmp_path):
    db_path = tmp_path / "archive.db"
    with Archive(db_path) as archive:
        real_ingest = archive.ingest_document
        calls = []

        def crash_after_two(doc):
            if len(calls) == 2:
                raise SystemExit("killed")  # the process dies mid-crawl
            calls.append(doc.url)
            return real_ingest(doc)

        archive.ingest_document = crash_after_two
        with pytest.raises(SystemExit):
            crawl(archive, site.base + "/archief/", settings(concurrency=1))
    done_before = set(calls)
    before = len(site.requests)
    with Archive(db_path) as archive:
        report = crawl(archive, site.base + "/archief/", settings(concurrency=1))
    assert report.resumed
    refetched = {site.base + path for _, path, _ in site.requests[before:]}
    assert not (done_before & refetched)  # issues stored before the interruption are not fetched again
    conn = sqlite3.connect(db_path)
    assert conn.execute("select count(*) from issues").fetchone()[0] == 5
    assert conn.execute("select count(*) from crawl_runs where finished_at is null").fetchone()[0] == 0
    conn.close()


def test_per_host_delay_is_kept(site, tmp_path):
    with Archive(tmp_path / "a.db") as archive:
        crawl(archive, site.base + "/archief/?page=3", settings(delay=0.25, concurrency=4))
    times = [t for t, _, _ in site.requests]
    assert len(times) >= 3  # robots.txt, index, issue
    assert min(b - a for a, b in zip(times, times[1:])) >= 0.24


def test_timeout_is_an_error_not_a_hang(site, tmp_path):
    site.slow["/archief/?page=3"] = 2.0
    start = time.monotonic()
    with Archive(tmp_path / "a.db") as archive:
        report = crawl(archive, site.base + "/archief/?page=3", settings(timeout=0.3, retries=1))
    assert time.monotonic() - start < 2.5
    assert "ReadTimeout" in dict(report.errors)[site.base + "/archief/?page=3"]


def test_crawl_command(site, tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "ingest", "crawl", site.base + "/archief/?page=3", "--db", str(tmp_path / "a.db"),
         "--delay", "0.01", "--contact", "mailto:beheer@example.org"],
        capture_output=True, text=True, cwd=ROOT, timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert "1 new issues" in result.stdout
    assert "mailto:beheer@example.org" in site.requests[-1][2]["User-Agent"]


def test_retry_after_forms():
    assert retry_after_seconds("7") == 7.0
    assert retry_after_seconds(None) is None
    assert 0 <= retry_after_seconds("Wed, 21 Oct 2015 07:28:00 GMT") <= 1  # in the past: no wait


def test_only_http_urls(tmp_path):
    with Archive(tmp_path / "a.db") as archive, pytest.raises(ValueError):
        crawl(archive, "ftp://example.org/archive/", settings())


def test_dutch_school_archive_index():
    path = shared_path("corpus", "html", "web-archive", "nl_school", "nieuwsbrieven_archive-index.html")
    soup = soup_from_bytes(path.read_bytes())
    base = "https://jancampertschool.nl/nieuwsbrief/"
    issues = issue_links(soup, base)
    assert "https://jancampertschool.nl/nieuwsbrief-9/" in issues
    assert "https://jancampertschool.nl/nieuwsbrief-1/" in issues
    assert all("/nieuwsbrief-" in url for url in issues)  # no menu, calendar or birthday pages
    pages = pagination_links(soup, base)
    assert "https://jancampertschool.nl/nieuwsbrief/?paged=2" in pages
    assert not any("nieuwsbrief-" in url for url in pages)
