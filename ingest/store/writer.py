"""Write one parsed issue, with its sections, links and mentions, atomically."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from urllib.parse import urlsplit

import sqlite_utils

from ..identity import fingerprint
from ..links import describe_link, registered_domain
from ..models import Mention, ParsedIssue, RawDocument


def now_iso() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


def slugify(text: str, max_length: int = 60) -> str:
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()
    slug = re.sub(r"[^a-z0-9]+", "-", text).strip("-")[:max_length].rstrip("-")
    return slug or "section"


def section_anchors(issue: ParsedIssue) -> list[str]:
    """A slug per section, unique within the issue; position 0 is the preamble."""
    seen: dict[str, int] = {}
    anchors = []
    for position, section in enumerate(issue.sections):
        base = slugify(section.heading) if section.heading else ("preamble" if position == 0 else f"section-{position}")
        count = seen.get(base, 0) + 1
        seen[base] = count
        anchors.append(base if count == 1 else f"{base}-{count}")
    return anchors


def newsletter_key(issue: ParsedIssue) -> str:
    return (issue.list_id or issue.sender or issue.newsletter_name or issue.title or "unknown").strip().lower()


def source_row(doc: RawDocument) -> dict:
    return {
        "sha256": doc.sha256,
        "kind": doc.source_kind,
        "media_type": doc.media_type,
        "origin": doc.origin,
        "size": len(doc.content),
        "ingested_at": now_iso(),
        "url": doc.url,
        "captured_at": doc.captured_at,
    }


def find_existing_issue(
    db: sqlite_utils.Database, issue: ParsedIssue, issue_fingerprint: str | None, source_sha256: str | None = None
) -> int | None:
    """The stored issue this one is another copy of, if any."""
    from ..plugins import pm

    if issue.message_id:
        for row in db.query("select id from issues where message_id = ? limit 1", [issue.message_id]):
            return row["id"]
    if issue_fingerprint:
        for row in db.query("select id from issues where fingerprint = ? limit 1", [issue_fingerprint]):
            return row["id"]
    # Another rendition (an email and its web page), as plugins judge it.
    return pm.hook.match_existing_issue(db=db, issue=issue, source_sha256=source_sha256)


def upsert_newsletter(db: sqlite_utils.Database, issue: ParsedIssue) -> int:
    key = newsletter_key(issue)
    for row in db.query("select id from newsletters where key = ?", [key]):
        return row["id"]
    table = db["newsletters"].insert(
        {
            "key": key,
            "name": issue.newsletter_name or issue.sender_name or issue.title,
            "sender": issue.sender,
            "list_id": issue.list_id,
            "platform": issue.platform,
        }
    )
    return table.last_pk


def issue_row(issue: ParsedIssue, issue_fingerprint: str | None) -> dict:
    """The ``issues`` columns a parse determines (ids and provenance aside)."""
    issued_on = issue.issued_on.isoformat() if issue.issued_on else None
    return {
        "title": issue.title,
        "subject": issue.subject,
        "issued_on": issued_on,
        "year": issue.issued_on.year if issue.issued_on else None,
        "month": issued_on[:7] if issued_on else None,
        "sent_at": issue.sent_at.isoformat() if issue.sent_at else None,
        "message_id": issue.message_id,
        "web_url": issue.web_url,
        "language": issue.language,
        "word_count": issue.word_count,
        "platform": issue.platform,
        "fingerprint": issue_fingerprint,
        **issue.extra,
    }


def write_issue(
    db: sqlite_utils.Database,
    doc: RawDocument,
    issue: ParsedIssue,
    mentions: list[Mention],
) -> tuple[str, int]:
    """Store ``issue`` parsed from ``doc``; returns ("new" | "merged", issue_id).

    Everything happens in one transaction: a failure anywhere (including in a
    plugin's ``write_issue_records``) leaves no trace of this issue.
    """
    issue_fingerprint = fingerprint(issue)
    with db.atomic():
        db["sources"].insert(source_row(doc))
        existing = find_existing_issue(db, issue, issue_fingerprint, doc.sha256)
        if existing is not None:
            db["issue_sources"].insert({"issue_id": existing, "source_sha256": doc.sha256, "relation": "copy"})
            return "merged", existing

        row = {"newsletter_id": upsert_newsletter(db, issue), "source_sha256": doc.sha256, **issue_row(issue, issue_fingerprint)}
        issue_id = db["issues"].insert(row, alter=bool(issue.extra)).last_pk
        db["issue_sources"].insert({"issue_id": issue_id, "source_sha256": doc.sha256, "relation": "primary"})
        write_issue_content(db, issue_id, issue, mentions)
    return "new", issue_id


def replace_issue(db: sqlite_utils.Database, issue_id: int, issue: ParsedIssue, mentions: list[Mention]) -> None:
    """Re-parse result for a stored issue: same id (citable URLs stay), new content."""
    with db.atomic():
        delete_issue_content(db, issue_id)
        db["issues"].update(issue_id, issue_row(issue, fingerprint(issue)), alter=bool(issue.extra))
        write_issue_content(db, issue_id, issue, mentions)


def delete_issue_content(db: sqlite_utils.Database, issue_id: int) -> None:
    """Delete what was derived from an issue's content: every plugin's rows
    first (they point at sections), then links and sections."""
    from ..plugins import pm

    pm.hook.delete_issue_records(db=db, issue_id=issue_id)
    db.execute("delete from links where issue_id = ?", [issue_id])
    db.execute("delete from sections where issue_id = ?", [issue_id])


def write_issue_content(db: sqlite_utils.Database, issue_id: int, issue: ParsedIssue, mentions: list[Mention]) -> None:
    """Sections, links, and every plugin's records for one issue."""
    from ..plugins import pm

    home_domain = registered_domain(urlsplit(issue.web_url).hostname or "") if issue.web_url else None
    section_ids: list[int] = []
    link_rows = []
    for position, (section, anchor) in enumerate(zip(issue.sections, section_anchors(issue))):
        section_id = db["sections"].insert(
            {"issue_id": issue_id, "position": position, "heading": section.heading, "text": section.text, "anchor": anchor}
        ).last_pk
        section_ids.append(section_id)
        for link in section.links:
            info = describe_link(link.url, link.text, home_domain)
            link_rows.append(
                {
                    "issue_id": issue_id,
                    "section_id": section_id,
                    "position": link.position,
                    "text": link.text,
                    "url": info.url,
                    "domain": info.domain,
                    "kind": info.kind,
                }
            )
    if link_rows:
        db["links"].insert_all(link_rows)
    pm.hook.write_issue_records(db=db, issue_id=issue_id, issue=issue, section_ids=section_ids, mentions=mentions)
