"""``gazetteer update``: official open data over HTTP into the gazetteer.

Downloads are kept in a small SQLite cache (url, fetched_at, body) so a
repeated update or an offline machine can reuse what was fetched. Paged
OGC API Features responses are followed through their ``next`` links.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path

import httpx
import sqlite_utils

from .gazetteer import read_csv, read_json, upsert_rows

_PDOK_WB = "https://api.pdok.nl/cbs/wijken-en-buurten-2024/ogc/v1/collections"
# CBS wijken en buurten (gemeenten, wijken, buurten) via PDOK, in WGS84 GeoJSON.
DEFAULT_SOURCES = [
    f"{_PDOK_WB}/gemeenten/items?f=json&limit=1000",
    f"{_PDOK_WB}/wijken/items?f=json&limit=1000",
    f"{_PDOK_WB}/buurten/items?f=json&limit=1000",
]
MAX_PAGES = 100


def default_cache_path() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "newsletter-archive" / "gazetteer-downloads.db"


def _cache(path) -> sqlite_utils.Database:
    path = Path(path or default_cache_path())
    path.parent.mkdir(parents=True, exist_ok=True)
    db = sqlite_utils.Database(path)
    if not db["downloads"].exists():
        db["downloads"].create({"url": str, "fetched_at": str, "content_type": str, "body": bytes}, pk="url")
    return db


def fetch_pages(client: httpx.Client, url: str, cache) -> list[tuple[str, bytes, str]]:
    """The body of ``url`` and of each page its ``next`` links lead to."""
    pages = []
    seen = set()
    while url and url not in seen and len(pages) < MAX_PAGES:
        seen.add(url)
        response = client.get(url, headers={"Accept": "application/geo+json, application/json, text/csv"})
        response.raise_for_status()
        body = response.content
        content_type = response.headers.get("content-type", "")
        cache["downloads"].upsert({"url": url, "fetched_at": dt.datetime.now(dt.timezone.utc).isoformat(),
                                   "content_type": content_type, "body": body}, pk="url")
        pages.append((url, body, content_type))
        url = _next_link(body, response)
    return pages


def _next_link(body: bytes, response: httpx.Response) -> str | None:
    if "next" in response.links:
        return str(response.url.join(response.links["next"]["url"]))
    try:
        doc = json.loads(body)
    except ValueError:
        return None
    for link in doc.get("links", []) if isinstance(doc, dict) else []:
        if link.get("rel") == "next" and link.get("href"):
            return str(response.url.join(link["href"]))
    return None


def parse_body(body: bytes, content_type: str, source: str) -> list[dict]:
    text = body.decode("utf-8-sig", errors="replace")
    if "json" in content_type or text.lstrip()[:1] in "{[":
        return read_json(json.loads(text), source)
    return read_csv(text, source)


def update(db, urls, cache_path=None, timeout: float = 60.0):
    """Download each URL (all pages) and load it; yields (url, places loaded)."""
    cache = _cache(cache_path)
    with httpx.Client(timeout=timeout, follow_redirects=True) as client:
        for url in urls:
            rows = []
            for page_url, body, content_type in fetch_pages(client, url, cache):
                rows.extend(parse_body(body, content_type, page_url))
            with db.atomic():
                count = upsert_rows(db, rows)
            yield url, count
