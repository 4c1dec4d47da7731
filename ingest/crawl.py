"""Crawl a newsletter's online archive of past issues, politely, and ingest each issue.

``newsletter-archive crawl URL`` starts at the archive's index page, follows
its pagination (``rel=next``, "next"/"volgende"/"oudere" links, ``?page=N``
style links) and ingests the issue pages it lists. It obeys robots.txt,
waits between requests to a host, caps concurrency, says who it is in the
User-Agent, retries 429/5xx with backoff (honouring Retry-After), limits
response size and only speaks http(s).

What it fetched is remembered in ``crawl_pages`` (URL, status, ETag,
Last-Modified, sha256), so a re-run asks with conditional GET and only new
or changed pages come back, and ``crawl_runs`` lets an interrupted crawl
resume where it stopped.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import email.utils
import hashlib
import re
import time
import urllib.robotparser
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from urllib.parse import urldefrag, urljoin, urlsplit

import courlan
import httpx
from bs4 import BeautifulSoup
from sqlite_utils import Migrations

from .hookspecs import hookimpl
from .models import HTML, RawDocument

RETRY_STATUSES = {429, 500, 502, 503, 504}
_NEXT_TEXT = re.compile(r"^\s*(next|older|volgende|oudere|ältere|weiter|nächste|suivant|plus anciens?|meer berichten|older posts)\b|^[»›→]+$|[»›→]\s*$", re.I)
_PAGE_PARAM = re.compile(r"([?&](page|paged|p|pagina|seite|pg)=\d+)|(/page/\d+/?$)|(/pagina/\d+/?$)", re.I)
_NOT_PAGE = re.compile(r"\.(pdf|jpe?g|png|gif|webp|svg|css|js|zip|ics|xml|rss|mp3|mp4|docx?|xlsx?|pptx?)(\?|$)|/(feed|wp-json|wp-login\.php|tag|author|login|cart)\b", re.I)
_FURNITURE = {"nav", "header", "footer", "aside", "form"}

crawl_migrations = Migrations("newsletter_archive.crawl")


@crawl_migrations()
def m001_crawl_tables(db):
    db["crawl_runs"].create(
        {"id": int, "start_url": str, "started_at": str, "finished_at": str, "pages_fetched": int, "issues_ingested": int},
        pk="id",
    )
    db["crawl_pages"].create(
        {
            "url": str, "start_url": str, "role": str, "found_on": str, "state": str, "status": int,
            "final_url": str, "etag": str, "last_modified": str, "sha256": str, "fetched_at": str,
            "run_id": int, "error": str,
        },
        pk="url",
    )
    db["crawl_pages"].create_index(["start_url", "state"])


@hookimpl
def register_migrations():
    return [crawl_migrations]


@dataclass
class CrawlSettings:
    delay: float = 1.0  # seconds between two requests to the same host
    concurrency: int = 2  # requests in flight at once, over all hosts
    contact: str | None = None  # URL or address for site owners, put in the User-Agent
    timeout: float = 20.0
    max_bytes: int = 5_000_000
    max_pages: int = 1000
    retries: int = 3
    backoff: float = 1.0  # first retry wait; doubles each attempt
    max_retry_wait: float = 120.0
    max_redirects: int = 5
    issue_pattern: str | None = None  # regex an issue URL must match (default: inferred from the index)

    @property
    def user_agent(self) -> str:
        from . import __version__

        contact = f"; +{self.contact}" if self.contact else ""
        return f"newsletter-archive/{__version__} (archive of past newsletter issues{contact})"


@dataclass
class CrawlReport:
    fetched: list[str] = field(default_factory=list)
    not_modified: list[str] = field(default_factory=list)
    ingested: list = field(default_factory=list)  # archive Outcomes
    errors: list[tuple[str, str]] = field(default_factory=list)
    disallowed: list[str] = field(default_factory=list)
    resumed: bool = False

    def summary(self) -> str:
        new = sum(1 for o in self.ingested if o.status == "new")
        return (
            f"{len(self.fetched)} pages fetched, {len(self.not_modified)} unchanged, {new} new issues, "
            f"{len(self.disallowed)} disallowed by robots.txt, {len(self.errors)} errors"
            + (" (resumed)" if self.resumed else "")
        )


class FetchError(Exception):
    pass


@dataclass
class Fetched:
    url: str  # final URL after redirects
    status: int
    headers: httpx.Headers
    content: bytes


def now_iso() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


def retry_after_seconds(value: str | None) -> float | None:
    """Retry-After as seconds: either a number or an HTTP date."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.timezone.utc)
    return max(0.0, (when - dt.datetime.now(dt.timezone.utc)).total_seconds())


def same_site(a: str, b: str) -> bool:
    host_a, host_b = (urlsplit(u).hostname or "" for u in (a, b))
    strip = lambda h: h[4:] if h.startswith("www.") else h  # noqa: E731
    return strip(host_a) == strip(host_b)


def _content_links(soup: BeautifulSoup, base: str) -> list[tuple[str, str, Tag]]:  # noqa: F821
    links = []
    for anchor in soup.find_all("a", href=True):
        if any(parent.name in _FURNITURE for parent in anchor.parents):
            continue
        href = anchor["href"].strip()
        if not href or href.startswith(("#", "mailto:", "javascript:", "tel:")):
            continue
        url = urldefrag(urljoin(base, href))[0]
        if urlsplit(url).scheme not in {"http", "https"}:
            continue
        links.append((url, " ".join(anchor.get_text(" ").split()), anchor))
    return links


def pagination_links(soup: BeautifulSoup, base: str) -> list[str]:
    """Further index pages: rel=next, next/older links, ?page=N style links."""
    found = []
    for tag in soup.find_all(["link", "a"], rel=True, href=True):
        if "next" in [r.lower() for r in tag.get("rel", [])]:
            found.append(urldefrag(urljoin(base, tag["href"]))[0])
    for url, text, _anchor in _content_links(soup, base):
        if not same_site(url, base):
            continue
        if _NEXT_TEXT.search(text) and not re.search(r"lees|read|meer informatie", text, re.I) or _PAGE_PARAM.search(url):
            found.append(url)
    return list(dict.fromkeys(u for u in found if u != base and not _NOT_PAGE.search(u)))


def _cluster_key(url: str) -> str:
    path = urlsplit(url).path.rstrip("/")
    parent, _, last = path.rpartition("/")
    word = re.match(r"[^\W\d_]*", last.lower()).group(0)
    return f"{parent}/{word}"


def issue_links(soup: BeautifulSoup, base: str, pattern: str | None = None, known_families: set[str] | None = None) -> list[str]:
    """Links to issue pages on an index page.

    With a pattern: the same-site links that match it. Without: the largest
    family of same-site content links that share a parent path and a leading
    word ("/nieuwsbrief-7/", "/nieuwsbrief-8/"; "/archive/2024-05-01"),
    which is how archive lists look; navigation, header and footer links are
    not considered.
    """
    pages = set(pagination_links(soup, base))
    candidates = []
    for url, _text, _anchor in _content_links(soup, base):
        if not same_site(url, base) or url in pages or _NOT_PAGE.search(url) or _PAGE_PARAM.search(url):
            continue
        # Taxonomy pages (tags, categories, feeds) and login or cart pages are not issues.
        if courlan.is_navigation_page(url) or courlan.is_not_crawlable(url):
            continue
        if urlsplit(url).path.rstrip("/") in {"", urlsplit(base).path.rstrip("/")}:
            continue
        candidates.append(url)
    candidates = list(dict.fromkeys(candidates))
    if pattern:
        return [u for u in candidates if re.search(pattern, u)]
    families = Counter(_cluster_key(u) for u in candidates)
    if not families:
        return []
    # The family earlier index pages of this archive listed wins, even when
    # the last page holds a single issue.
    if known_families and known_families & set(families):
        return [u for u in candidates if _cluster_key(u) in known_families]
    key, size = families.most_common(1)[0]
    if size < 2 and len(candidates) > 1:
        return []
    return [u for u in candidates if _cluster_key(u) == key]


class Crawler:
    def __init__(self, archive, settings: CrawlSettings | None = None, transport: httpx.AsyncBaseTransport | None = None):
        self.archive = archive
        self.db = archive.db
        self.settings = settings or CrawlSettings()
        self.transport = transport
        self.robots: dict[str, urllib.robotparser.RobotFileParser | None] = {}
        self.host_locks: dict[str, asyncio.Lock] = defaultdict(asyncio.Lock)
        self.host_next: dict[str, float] = defaultdict(float)
        self.report = CrawlReport()
        self.issue_families: set[str] = set()

    # -- state ----------------------------------------------------------------

    def _page(self, url: str) -> dict | None:
        rows = list(self.db.query("select * from crawl_pages where url = ?", [url]))
        return rows[0] if rows else None

    def _remember(self, url: str, **values) -> None:
        with self.db.atomic():
            self.db["crawl_pages"].upsert({"url": url, **values}, pk="url")

    def _start_run(self, start_url: str) -> int:
        open_runs = list(
            self.db.query("select id from crawl_runs where start_url = ? and finished_at is null order by id desc limit 1", [start_url])
        )
        if open_runs:
            self.report.resumed = True
            return open_runs[0]["id"]
        with self.db.atomic():
            return self.db["crawl_runs"].insert({"start_url": start_url, "started_at": now_iso()}).last_pk

    # -- politeness -------------------------------------------------------------

    async def _wait_for_host(self, host: str, extra_delay: float = 0.0) -> None:
        async with self.host_locks[host]:
            wait = self.host_next[host] - time.monotonic()
            if wait > 0:
                await asyncio.sleep(wait)
            self.host_next[host] = time.monotonic() + max(self.settings.delay, extra_delay)

    async def _robots(self, client: httpx.AsyncClient, url: str) -> urllib.robotparser.RobotFileParser | None:
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}"
        if origin not in self.robots:
            parser = urllib.robotparser.RobotFileParser(origin + "/robots.txt")
            try:
                response = await self._get(client, origin + "/robots.txt", {}, check_robots=False)
                if response.status >= 500:
                    parser.disallow_all = True  # the site is in trouble: do not crawl it now
                elif response.status >= 400:
                    parser.allow_all = True
                else:
                    parser.parse(response.content.decode("utf-8", "replace").splitlines())
            except FetchError:
                parser.allow_all = True
            self.robots[origin] = parser
        return self.robots[origin]

    async def allowed(self, client: httpx.AsyncClient, url: str) -> bool:
        robots = await self._robots(client, url)
        return robots is None or robots.can_fetch(self.settings.user_agent, url)

    def _crawl_delay(self, url: str) -> float:
        parts = urlsplit(url)
        robots = self.robots.get(f"{parts.scheme}://{parts.netloc}")
        delay = robots.crawl_delay(self.settings.user_agent) if robots else None
        return float(delay or 0)

    # -- fetching ---------------------------------------------------------------

    async def _get_once(self, client: httpx.AsyncClient, url: str, headers: dict) -> Fetched:
        await self._wait_for_host(urlsplit(url).netloc, self._crawl_delay(url))
        async with client.stream("GET", url, headers=headers) as response:
            declared = response.headers.get("content-length")
            if declared and declared.isdigit() and int(declared) > self.settings.max_bytes:
                raise FetchError(f"response too large: {declared} bytes (limit {self.settings.max_bytes})")
            chunks, size = [], 0
            async for chunk in response.aiter_bytes():
                size += len(chunk)
                if size > self.settings.max_bytes:
                    raise FetchError(f"response too large: over {self.settings.max_bytes} bytes")
                chunks.append(chunk)
            return Fetched(str(response.url), response.status_code, response.headers, b"".join(chunks))

    async def _get(self, client: httpx.AsyncClient, url: str, headers: dict, check_robots: bool = True) -> Fetched:
        """GET with redirects checked hop by hop, and retries on 429/5xx and network errors."""
        for _hop in range(self.settings.max_redirects + 1):
            if urlsplit(url).scheme not in {"http", "https"}:
                raise FetchError(f"not an http(s) URL: {url}")
            if check_robots and not await self.allowed(client, url):
                self.report.disallowed.append(url)
                raise FetchError(f"disallowed by robots.txt: {url}")
            response = await self._with_retries(client, url, headers)
            if response.status in {301, 302, 303, 307, 308} and "location" in response.headers:
                url = urljoin(url, response.headers["location"])
                continue
            return response
        raise FetchError(f"too many redirects from {url}")

    async def _with_retries(self, client: httpx.AsyncClient, url: str, headers: dict) -> Fetched:
        attempt = 0
        while True:
            try:
                response = await self._get_once(client, url, headers)
            except (httpx.TimeoutException, httpx.TransportError) as exc:
                if attempt >= self.settings.retries:
                    raise FetchError(f"{type(exc).__name__} fetching {url}") from exc
                wait = self.settings.backoff * 2**attempt
            else:
                if response.status not in RETRY_STATUSES or attempt >= self.settings.retries:
                    return response
                wait = retry_after_seconds(response.headers.get("retry-after"))
                wait = self.settings.backoff * 2**attempt if wait is None else wait
            attempt += 1
            await asyncio.sleep(min(wait, self.settings.max_retry_wait))

    # -- the crawl ----------------------------------------------------------------

    async def _visit(self, client, url: str, role: str, found_on: str | None, start_url: str, run_id: int):
        """Fetch one page (conditionally when seen before); returns (status, soup or None)."""
        known = self._page(url)
        headers = {}
        if known and known.get("state") == "done":
            if known.get("etag"):
                headers["If-None-Match"] = known["etag"]
            if known.get("last_modified"):
                headers["If-Modified-Since"] = known["last_modified"]
        base = {"start_url": start_url, "role": role, "run_id": run_id}
        if found_on and not (known and known.get("found_on")):
            base["found_on"] = found_on
        try:
            response = await self._get(client, url, headers)
        except FetchError as exc:
            self.report.errors.append((url, str(exc)))
            self._remember(url, **base, state="error", error=str(exc), fetched_at=now_iso())
            return None
        if response.status == 304:
            self.report.not_modified.append(url)
            self._remember(url, **base, state="done", status=304, fetched_at=now_iso(), error=None)
            return "not-modified"
        if response.status != 200:
            message = f"HTTP {response.status}"
            self.report.errors.append((url, message))
            self._remember(url, **base, state="error", status=response.status, final_url=response.url, error=message, fetched_at=now_iso())
            return None
        self.report.fetched.append(url)
        sha = hashlib.sha256(response.content).hexdigest()
        # An issue page is done once it is stored, not when it arrived.
        self._remember(
            url, **base, state="done" if role == "index" else "fetched", status=200, final_url=response.url, sha256=sha, fetched_at=now_iso(), error=None,
            etag=response.headers.get("etag"), last_modified=response.headers.get("last-modified"),
        )
        return response

    async def run(self, start_url: str) -> CrawlReport:
        start_url = urldefrag(start_url)[0]
        if urlsplit(start_url).scheme not in {"http", "https"}:
            raise ValueError(f"only http and https URLs can be crawled: {start_url}")
        run_id = self._start_run(start_url)
        done_this_run = {
            r["url"] for r in self.db.query("select url from crawl_pages where run_id = ? and state = 'done'", [run_id])
        } if self.report.resumed else set()
        seen: set[str] = set()
        queue: asyncio.Queue = asyncio.Queue()

        def enqueue(url: str, role: str, found_on: str | None) -> None:
            if url in seen or len(seen) >= self.settings.max_pages:
                return
            seen.add(url)
            if not self._page(url):
                self._remember(url, start_url=start_url, role=role, found_on=found_on, state="pending", run_id=run_id)
            queue.put_nowait((url, role, found_on))

        enqueue(start_url, "index", None)
        # An interrupted crawl resumes: pages it had found but not fetched.
        for row in self.db.query("select url, role, found_on from crawl_pages where start_url = ? and state in ('pending', 'fetched')", [start_url]):
            enqueue(row["url"], row["role"], row["found_on"])

        limits = httpx.Limits(max_connections=self.settings.concurrency)
        async with httpx.AsyncClient(
            headers={"User-Agent": self.settings.user_agent},
            timeout=self.settings.timeout,
            limits=limits,
            follow_redirects=False,
            transport=self.transport,
        ) as client:

            async def worker():
                while True:
                    url, role, found_on = await queue.get()
                    try:
                        await self._handle(client, url, role, found_on, start_url, run_id, done_this_run, enqueue)
                    except Exception as exc:  # one odd page must not end the crawl
                        self.report.errors.append((url, f"{type(exc).__name__}: {exc}"))
                    finally:
                        queue.task_done()

            workers = [asyncio.create_task(worker()) for _ in range(max(1, self.settings.concurrency))]
            await queue.join()
            for task in workers:
                task.cancel()
        with self.db.atomic():
            self.db["crawl_runs"].update(
                run_id,
                {"finished_at": now_iso(), "pages_fetched": len(self.report.fetched), "issues_ingested": sum(1 for o in self.report.ingested if o.status in {"new", "merged"})},
            )
        return self.report

    async def _handle(self, client, url, role, found_on, start_url, run_id, done_this_run, enqueue):
        if url in done_this_run and role == "issue":
            return  # fetched before the interruption
        result = await self._visit(client, url, role, found_on, start_url, run_id)
        if result is None:
            return
        if role == "index":
            if result == "not-modified":
                # Unchanged index: its links are the ones found on it last time.
                for row in self.db.query("select url, role from crawl_pages where found_on = ?", [url]):
                    enqueue(row["url"], row["role"], url)
                return
            soup = BeautifulSoup(result.content, "lxml")
            for page in pagination_links(soup, result.url):
                if same_site(page, start_url):
                    enqueue(page, "index", url)
            for issue_url in issue_links(soup, result.url, self.settings.issue_pattern, self.issue_families):
                self.issue_families.add(_cluster_key(issue_url))
                enqueue(issue_url, "issue", url)
            return
        if result == "not-modified":
            return
        content_type = result.headers.get("content-type", "")
        if "html" not in content_type.lower():
            message = f"not an HTML page ({content_type or 'no content type'})"
            self.report.errors.append((url, message))
            self._remember(url, state="error", error=message)
            return
        doc = RawDocument(result.content, HTML, origin=result.url, source_kind="crawl", url=result.url, captured_at=now_iso())
        self.report.ingested.append(self.archive.ingest_document(doc))
        self._remember(url, state="done")


def crawl(archive, start_url: str, settings: CrawlSettings | None = None, transport=None) -> CrawlReport:
    """Crawl the archive at ``start_url`` into ``archive`` (an ``ingest.Archive``)."""
    return asyncio.run(Crawler(archive, settings, transport).run(start_url))


@hookimpl
def register_commands(cli):
    import sys

    import click

    from .archive import Archive

    @cli.command(name="crawl")
    @click.argument("url")
    @click.option("--db", "db_path", default="archive.db", show_default=True, help="Archive database to write.")
    @click.option("--delay", default=1.0, show_default=True, type=float, help="Seconds between requests to one host.")
    @click.option("--concurrency", default=2, show_default=True, type=int, help="Requests in flight at once.")
    @click.option("--contact", default=None, help="URL or address for site owners, added to the User-Agent.")
    @click.option("--max-pages", default=1000, show_default=True, type=int)
    @click.option("--max-bytes", default=5_000_000, show_default=True, type=int, help="Largest response accepted.")
    @click.option("--timeout", default=20.0, show_default=True, type=float, help="Seconds per request.")
    @click.option("--issue-pattern", default=None, help="Regex an issue URL must match (default: inferred).")
    def crawl_command(url, db_path, delay, concurrency, contact, max_pages, max_bytes, timeout, issue_pattern):
        """Crawl an online archive of past issues starting at its index page URL."""
        settings = CrawlSettings(
            delay=delay, concurrency=concurrency, contact=contact, max_pages=max_pages, max_bytes=max_bytes,
            timeout=timeout, issue_pattern=issue_pattern,
        )
        with Archive(db_path) as archive:
            report = crawl(archive, url, settings)
        for failed_url, message in report.errors:
            click.echo(f"error: {failed_url}: {message}", err=True)
        click.echo(report.summary())
        sys.exit(1 if report.errors else 0)
