"""One issue, several renditions: the received email and the web page become one issue.

A new document is another rendition of a stored issue when

1. both point at the same web page: the email's "view in browser" link (its
   click-tracking wrapper decoded) or a page's own URL, compared cleaned; or
2. failing that, they carry the same date (a day apart at most, for time
   zones), nearly the same title, and mostly the same words.

A rendition joins the stored issue as another source (``issue_sources``);
what differs between it and the issue as stored (title, date, headings,
words) is kept in ``rendition_differences`` rather than dropped.
"""

from __future__ import annotations

import datetime as dt
import difflib
import json
import re
from urllib.parse import urlsplit, urlunsplit

from sqlite_utils import Migrations

from .hookspecs import hookimpl
from .links import clean_url, unwrap_redirect
from .models import ParsedIssue

TITLE_SIMILARITY = 0.8
TEXT_SIMILARITY = 0.6
# Near-identical text on the same day is the same issue even when the two
# renditions are titled differently (a subject line vs. a page <title>).
SAME_TEXT_SIMILARITY = 0.9
# Same URL, but so few words in common that it is another issue behind a
# generic link (an archive home page, a "latest issue" URL).
URL_TEXT_FLOOR = 0.2

rendition_migrations = Migrations("newsletter_archive.renditions")


@rendition_migrations()
def m001_rendition_tables(db):
    db["issue_web_urls"].create({"issue_id": int, "url": str}, pk=("issue_id", "url"), foreign_keys=[("issue_id", "issues", "id")])
    db["issue_web_urls"].create_index(["url"])
    db["rendition_differences"].create(
        {
            "id": int, "issue_id": int, "source_sha256": str, "matched_by": str, "similarity": float,
            "title": str, "issued_on": str, "word_count": int, "word_count_difference": int,
            "headings_only_here": str, "headings_only_in_issue": str,
        },
        pk="id",
        foreign_keys=[("issue_id", "issues", "id"), ("source_sha256", "sources", "sha256")],
    )


@hookimpl
def register_migrations():
    return [rendition_migrations]


def normalise_web_url(url: str | None) -> str | None:
    """The page a URL leads to, cleaned, so two spellings of one page compare equal."""
    if not url or not url.lower().startswith(("http://", "https://")):
        return None
    destination, _via = unwrap_redirect(url)
    parts = urlsplit(clean_url(destination))
    host = parts.netloc[4:] if parts.netloc.startswith("www.") else parts.netloc
    return urlunsplit(("https", host, parts.path.rstrip("/") or "/", parts.query, ""))


def _words(text: str) -> set[str]:
    return set(re.findall(r"\w{2,}", text.lower()))


def _issue_text(issue: ParsedIssue) -> str:
    return "\n".join(part for s in issue.sections for part in ([s.heading] if s.heading else []) + s.paragraphs)


def _stored_text(db, issue_id: int) -> str:
    return "\n".join(
        (r["heading"] or "") + "\n" + (r["text"] or "")
        for r in db.query("select heading, text from sections where issue_id = ? order by position", [issue_id])
    )


def similarity(a: set[str], b: set[str]) -> float:
    """Share of the smaller rendition's words found in the other (one may carry extra furniture)."""
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def _numbers_differ(a: str, b: str) -> bool:
    """Both titles carry numbers, and not the same ones ("Nieuwsbrief 7" / "Nieuwsbrief 8")."""
    numbers_a, numbers_b = re.findall(r"\d+", a), re.findall(r"\d+", b)
    return bool(numbers_a and numbers_b) and numbers_a != numbers_b


def _title_similarity(a: str | None, b: str | None) -> float:
    if not a or not b:
        return 0.0
    # "Nieuwsbrief 7" and "Nieuwsbrief 8" look alike but are two issues.
    if re.findall(r"\d+", a) != re.findall(r"\d+", b):
        return 0.0
    norm = lambda t: " ".join(re.findall(r"\w+", t.lower()))  # noqa: E731
    return difflib.SequenceMatcher(None, norm(a), norm(b)).ratio()


def _dates_agree(date: dt.date | None, stored: str | None, days: int = 3) -> bool:
    if date is None or not stored:
        return True
    try:
        return abs((date - dt.date.fromisoformat(stored[:10])).days) <= days
    except ValueError:
        return True


@hookimpl
def match_existing_issue(db, issue, source_sha256):
    return find_rendition(db, issue, source_sha256)


def find_rendition(db, issue: ParsedIssue, source_sha256: str | None = None) -> int | None:
    """The stored issue ``issue`` is another rendition of, recording how they differ."""
    words = _words(_issue_text(issue))
    url = normalise_web_url(issue.web_url)
    if url:
        for row in db.query(
            "select issue_id, issued_on from issue_web_urls join issues on issues.id = issue_id where url = ?", [url]
        ):
            if not _dates_agree(issue.issued_on, row["issued_on"]):
                continue  # a generic "view online" address shared by several issues
            score = similarity(words, _words(_stored_text(db, row["issue_id"])))
            if score >= URL_TEXT_FLOOR:
                _record(db, row["issue_id"], issue, source_sha256, "web_url", score)
                return row["issue_id"]
    if issue.issued_on is None:
        return None
    day = dt.timedelta(days=1)
    candidates = db.query(
        "select id, title, subject, issued_on from issues where issued_on between ? and ?",
        [(issue.issued_on - day).isoformat(), (issue.issued_on + day).isoformat()],
    )
    for row in candidates:
        titles = [t for t in (row["title"], row["subject"]) if t]
        mine = [t for t in (issue.title, issue.subject) if t]
        titles_agree = max((_title_similarity(a, b) for a in titles for b in mine), default=0.0) >= TITLE_SIMILARITY
        numbers_conflict = any(_numbers_differ(a, b) for a in titles for b in mine)
        same_day = row["issued_on"] == issue.issued_on.isoformat()
        score = similarity(words, _words(_stored_text(db, row["id"])))
        if (titles_agree and score >= TEXT_SIMILARITY) or (
            same_day and not numbers_conflict and score >= SAME_TEXT_SIMILARITY
        ):
            _record(db, row["id"], issue, source_sha256, "date+title+text", score)
            return row["id"]
    return None


def _record(db, issue_id: int, issue: ParsedIssue, source_sha256: str | None, matched_by: str, score: float) -> None:
    stored = next(db.query("select title, issued_on, word_count from issues where id = ?", [issue_id]))
    stored_headings = [r["heading"] for r in db.query("select heading from sections where issue_id = ? and heading is not null order by position", [issue_id])]
    headings = [s.heading for s in issue.sections if s.heading]
    issued_on = issue.issued_on.isoformat() if issue.issued_on else None
    db["rendition_differences"].insert(
        {
            "issue_id": issue_id,
            "source_sha256": source_sha256,
            "matched_by": matched_by,
            "similarity": round(score, 3),
            # Only what differs is filled in; None means "same as the issue".
            "title": issue.title if issue.title != stored["title"] else None,
            "issued_on": issued_on if issued_on != stored["issued_on"] else None,
            "word_count": issue.word_count,
            "word_count_difference": issue.word_count - (stored["word_count"] or 0),
            "headings_only_here": json.dumps([h for h in headings if h not in stored_headings], ensure_ascii=False),
            "headings_only_in_issue": json.dumps([h for h in stored_headings if h not in headings], ensure_ascii=False),
        }
    )


@hookimpl
def write_issue_records(db, issue_id, issue, section_ids, mentions):
    """Remember each stored issue's web page, for matching later renditions."""
    url = normalise_web_url(issue.web_url)
    db.execute("delete from issue_web_urls where issue_id = ?", [issue_id])
    if url:
        db["issue_web_urls"].insert({"issue_id": issue_id, "url": url})
