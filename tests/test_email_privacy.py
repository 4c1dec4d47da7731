"""Nothing that identifies a subscriber reaches the published database."""

from __future__ import annotations

import sqlite3

from tests.conftest import FIXTURES, shared_path

EMAIL_FIXTURES = FIXTURES / "email"

# What personal.eml carries about its recipient.
PERSONAL = [
    "jan.jansen@example.org", "jan.jansen%40example.org", "jjansen+nieuws@mailbox.example.org",
    "Jan Jansen", "Q2sF9xLmZ81p", "k3s9d0vw2a", "subscriber_id", "88213", "pixel.gif",
]
# The two subscribers of the corpus pairs: addresses, mailbox ids, tokens.
CORPUS_PERSONAL = [
    "hpot2212u1", "hpot2212u2", "untrack.email", "m0666425", "m0666426", "6496a8003f", "dbc07cf131",
]


def published_text(db_path) -> str:
    """Every value of every table and column, as one string (FTS shadow tables included)."""
    conn = sqlite3.connect(db_path)
    try:
        return "\n".join(conn.iterdump())
    finally:
        conn.close()


def test_recipient_and_tokens_never_published(archive):
    report = archive.ingest([EMAIL_FIXTURES / "personal.eml", EMAIL_FIXTURES / "forward-inline.eml"])
    assert report.new_issues == 2, report.as_dict()
    archive.db.conn.commit()
    dump = published_text(archive.path)
    leaks = [secret for secret in PERSONAL + ["piet@example.net", "Piet de Vries"] if secret.lower() in dump.lower()]
    assert leaks == []
    # The content itself is still there, links included (cleaned).
    assert "speeltuin aan de Lindelaan" in dump
    urls = [r["url"] for r in archive.db.query("select url from links where url is not null")]
    assert "https://wijkraad-oost.example/speeltuin" in urls  # decoded from the tracker
    assert "https://wijkraad-oost.example/aanmelden?ref=nb" in urls
    kinds = {r["text"]: r["kind"] for r in archive.db.query("select text, kind from links")}
    assert kinds["Afmelden"] == "unsubscribe"
    # The raw bytes are kept, privately, outside the published file.
    assert archive.raw.get(report.outcomes[0].sha256) is not None


def test_two_subscribers_copies_are_one_issue_without_their_tokens(archive):
    folder = shared_path("corpus", "emails", "newsletters")
    pairs = sorted(folder.glob("*.u[12].eml"))
    assert len(pairs) == 4
    report = archive.ingest(pairs)
    assert report.new_issues == 2 and report.merged == 2, report.as_dict()
    sources = list(archive.db.query("select issue_id, count(*) n from issue_sources group by issue_id"))
    assert [r["n"] for r in sources] == [2, 2]
    archive.db.conn.commit()
    dump = published_text(archive.path).lower()
    assert [s for s in CORPUS_PERSONAL if s.lower() in dump] == []
