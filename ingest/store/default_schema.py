"""Core tables of the archive, as a migration set other plugins build on."""

from sqlite_utils import Migrations

from ..hookspecs import hookimpl

core = Migrations("newsletter_archive.core")

# Diacritics folded so "financiele" finds "financiële".
FTS_TOKENIZE = "unicode61 remove_diacritics 2"


@core()
def m001_core_tables(db):
    db["sources"].create(
        {
            "sha256": str, "kind": str, "media_type": str, "origin": str, "size": int,
            "ingested_at": str, "url": str, "captured_at": str,
        },
        pk="sha256",
    )
    db["newsletters"].create(
        {"id": int, "key": str, "name": str, "sender": str, "list_id": str, "platform": str},
        pk="id",
    )
    db["newsletters"].create_index(["key"], unique=True)
    db["issues"].create(
        {
            "id": int, "newsletter_id": int, "source_sha256": str, "title": str, "subject": str,
            "issued_on": str, "year": int, "month": str, "sent_at": str, "message_id": str,
            "web_url": str, "language": str, "word_count": int, "platform": str, "fingerprint": str,
        },
        pk="id",
        foreign_keys=[("newsletter_id", "newsletters", "id"), ("source_sha256", "sources", "sha256")],
    )
    db["issue_sources"].create(
        {"issue_id": int, "source_sha256": str, "relation": str},
        pk=("issue_id", "source_sha256"),
        foreign_keys=[("issue_id", "issues", "id"), ("source_sha256", "sources", "sha256")],
    )
    db["sections"].create(
        {"id": int, "issue_id": int, "position": int, "heading": str, "text": str, "anchor": str},
        pk="id",
        foreign_keys=[("issue_id", "issues", "id")],
    )
    db["links"].create(
        {
            "id": int, "issue_id": int, "section_id": int, "position": int, "text": str, "url": str,
            "domain": str, "kind": str,
        },
        pk="id",
        foreign_keys=[("issue_id", "issues", "id"), ("section_id", "sections", "id")],
    )
    db["ingest_errors"].create(
        {"id": int, "origin": str, "stage": str, "message": str, "time": str, "sha256": str},
        pk="id",
    )
    db.index_foreign_keys()
    db["issues"].create_index(["message_id"])
    db["issues"].create_index(["fingerprint"])
    db["issues"].create_index(["issued_on"])
    db["issues"].create_index(["web_url"])
    db["sections"].create_index(["issue_id", "position"], unique=True)
    db["sections"].enable_fts(["heading", "text"], tokenize=FTS_TOKENIZE, create_triggers=True)


@core()
def m002_link_indexes(db):
    # "Links by domain" and "links of a kind" are everyday research queries.
    db["links"].create_index(["domain"], index_name="links_domain", if_not_exists=True)
    db["links"].create_index(["kind"], if_not_exists=True)


@hookimpl
def register_migrations():
    return [core]
