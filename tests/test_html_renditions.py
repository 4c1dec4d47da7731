"""The received email and the web page of one issue become one issue with both sources."""

from __future__ import annotations

import json
import sqlite3

from ingest import Archive
from ingest.models import HTML, RawDocument
from ingest.renditions import normalise_web_url

from conftest import FIXTURES

EMAIL_PATH = FIXTURES / "html" / "card-newsletter.eml"
PAGE_PATH = FIXTURES / "html" / "web-issue.html"
PAGE_URL = "https://wijkoost.example.nl/berichten/2024-03"


def page_document(url=PAGE_URL, content=None) -> RawDocument:
    return RawDocument(content or PAGE_PATH.read_bytes(), HTML, url or str(PAGE_PATH), "crawl", url=url, captured_at="2024-03-20T10:00:00+00:00")


def rows(db_path, sql):
    conn = sqlite3.connect(db_path)
    conn.row_factory = sqlite3.Row
    try:
        return [dict(r) for r in conn.execute(sql)]
    finally:
        conn.close()


def test_normalised_web_url():
    tracked = "https://t.mailer.example/c/XyZ?url=https%3A%2F%2Fwww.wijkoost.example.nl%2Fberichten%2F2024-03%2F%3Futm_source%3Dmail"
    assert normalise_web_url(tracked) == normalise_web_url(PAGE_URL) == "https://wijkoost.example.nl/berichten/2024-03"
    assert normalise_web_url("mailto:a@b.nl") is None


def test_email_then_web_page_by_view_online_link(tmp_path):
    db = tmp_path / "a.db"
    with Archive(db) as archive:
        first = archive.ingest([EMAIL_PATH])
        second = archive.ingest_documents([page_document()])
    assert first.new_issues == 1
    assert second.merged == 1 and second.new_issues == 0
    issue_id = second.outcomes[0].issue_id
    assert issue_id == first.outcomes[0].issue_id
    sources = rows(db, f"select s.kind, s.url from issue_sources i join sources s on s.sha256 = i.source_sha256 where i.issue_id = {issue_id} order by s.kind")
    assert [s["kind"] for s in sources] == ["crawl", "eml"]
    (difference,) = rows(db, "select * from rendition_differences")
    assert difference["issue_id"] == issue_id and difference["matched_by"] == "web_url"
    # What differs is kept: the page has no masthead or "view in browser" line
    # and one more sentence; the headings are the same.
    assert difference["word_count_difference"] != 0
    assert json.loads(difference["headings_only_here"]) == []
    assert json.loads(difference["headings_only_in_issue"]) == []


def test_web_page_then_email(tmp_path):
    db = tmp_path / "a.db"
    with Archive(db) as archive:
        first = archive.ingest_documents([page_document()])
        second = archive.ingest([EMAIL_PATH])
    assert first.new_issues == 1 and second.merged == 1
    assert rows(db, "select count(*) as n from issues")[0]["n"] == 1
    (difference,) = rows(db, "select * from rendition_differences")
    assert difference["title"] is None  # the same title in both
    assert difference["matched_by"] == "web_url"


def test_match_by_date_title_and_text_without_url(tmp_path):
    db = tmp_path / "a.db"
    # A saved copy of the page without any URL: date, title and text decide.
    html = PAGE_PATH.read_bytes().replace(b'<link rel="canonical" href="https://wijkoost.example.nl/berichten/2024-03">', b"")
    with Archive(db) as archive:
        archive.ingest([EMAIL_PATH])
        report = archive.ingest_documents([RawDocument(html, HTML, "saved/wijkbericht.html", "html")])
    assert report.merged == 1
    (difference,) = rows(db, "select matched_by, similarity from rendition_differences")
    assert difference["matched_by"] == "date+title+text" and difference["similarity"] >= 0.6


def test_other_issue_of_same_newsletter_is_not_merged(tmp_path):
    db = tmp_path / "a.db"
    april = (
        PAGE_PATH.read_bytes()
        .replace(b"maart 2024", b"april 2024")
        .replace(b"2024-03-14", b"2024-04-11")
        .replace(b"2024-03", b"2024-04")
        .replace(b"Voorjaarsschoonmaak op 23 maart", b"Koningsdag in de wijk")
        .replace(b"Op zaterdag 23 maart ruimen we samen het Oosterpark op.", b"Op Koningsdag is er een vrijmarkt op het plein.")
    )
    with Archive(db) as archive:
        archive.ingest([EMAIL_PATH])
        report = archive.ingest_documents([page_document("https://wijkoost.example.nl/berichten/2024-04", april)])
    assert report.new_issues == 1
    assert rows(db, "select count(*) as n from rendition_differences")[0]["n"] == 0


def test_generic_view_online_address_does_not_merge_issues_weeks_apart(tmp_path):
    db = tmp_path / "a.db"
    # Same URL (the site's "latest issue" page), same newsletter, a month later.
    later = PAGE_PATH.read_bytes().replace(b"2024-03-14T09:00:00+01:00", b"2024-04-18T09:00:00+01:00")
    with Archive(db) as archive:
        archive.ingest([EMAIL_PATH])
        report = archive.ingest_documents([page_document(content=later)])
    assert report.new_issues == 1 and report.merged == 0
