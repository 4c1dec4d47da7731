"""Ingest into a real SQLite file: idempotence, bad input, atomic issues, CLI contract."""

import json
import shutil
import sqlite3
import subprocess
import sys

import pytest

from ingest import Archive
from ingest.hookspecs import hookimpl
from ingest.plugins import pm

from conftest import SAMPLES

TABLES = ["sources", "issues", "issue_sources", "sections", "links", "newsletters"]


def counts(db_path):
    conn = sqlite3.connect(db_path)
    try:
        return {t: conn.execute(f"select count(*) from [{t}]").fetchone()[0] for t in TABLES}
    finally:
        conn.close()


def test_ingest_samples_into_sqlite(tmp_path):
    with Archive(tmp_path / "a.db") as archive:
        report = archive.ingest([SAMPLES])
    assert not report.errors
    # Three renditions (email, email HTML saved as a page, plain text) of one issue.
    assert (report.new_issues, report.merged) == (1, 2)
    conn = sqlite3.connect(tmp_path / "a.db")
    assert conn.execute("select count(*) from issue_sources").fetchone()[0] == 3
    row = conn.execute(
        "select title, issued_on, sent_at, message_id, language from issues where message_id is not null"
    ).fetchone()
    assert row == (
        "Nieuwsbrief NPLV – 1 mei 2024: twee jaar onderweg",
        "2024-05-01",
        "2024-05-01T10:02:17+02:00",
        # The per-subscriber id (also in the unsubscribe link) is taken out.
        "20240501080217.-@nieuwsbrief.leefbaarheidenveiligheid.nl",
        "nl",
    )
    # The raw bytes are kept in the private store, byte for byte.
    assert not (tmp_path / "a.raw.db").samefile(tmp_path / "a.db")
    raw = sqlite3.connect(tmp_path / "a.raw.db")
    stored = raw.execute("select content from raw_sources where origin like '%.eml'").fetchone()[0]
    assert stored == (SAMPLES / "nplv-2024-05-01.eml").read_bytes()
    # ... and not in the published database.
    tables = {r[0] for r in conn.execute("select name from sqlite_master where type='table'")}
    assert "raw_sources" not in tables


def test_full_text_search_folds_diacritics(tmp_path):
    with Archive(tmp_path / "a.db") as archive:
        archive.ingest([SAMPLES / "nplv-2024-05-01.txt"])
    conn = sqlite3.connect(tmp_path / "a.db")
    hits = conn.execute(
        "select heading from sections where rowid in (select rowid from sections_fts where sections_fts match 'financiele')"
    ).fetchall()
    assert ("Quick scan financiële opgave Nationaal Programma Leefbaarheid en Veiligheid",) in hits


def test_ingesting_twice_changes_nothing(tmp_path):
    db = tmp_path / "a.db"
    with Archive(db) as archive:
        first = archive.ingest([SAMPLES])
    before = counts(db)
    with Archive(db) as archive:
        second = archive.ingest([SAMPLES])
    assert counts(db) == before
    assert second.new_issues == 0 and second.merged == 0
    assert second.duplicates == len(first.outcomes)


def test_bad_file_reported_and_batch_goes_on(tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    shutil.copy(SAMPLES / "nplv-2024-05-01.eml", inbox / "a-good.eml")
    (inbox / "b-broken.eml").write_bytes(b"From: someone@example.org\nSubject: empty\n\n")
    (inbox / "c-image.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200))
    shutil.copy(SAMPLES / "nplv-2024-05-01.txt", inbox / "d-good.txt")
    with Archive(tmp_path / "a.db") as archive:
        report = archive.ingest([inbox])
    # The .eml and the .txt are renditions of one issue.
    assert (report.new_issues, report.merged) == (1, 1)
    failed = {o.origin.rsplit("/", 1)[-1]: o for o in report.errors}
    assert set(failed) == {"b-broken.eml", "c-image.png"}
    assert "no text" in failed["b-broken.eml"].message
    conn = sqlite3.connect(tmp_path / "a.db")
    logged = {r[0].rsplit("/", 1)[-1] for r in conn.execute("select origin from ingest_errors")}
    assert logged == {"b-broken.eml", "c-image.png"}


class ExplodingPlugin:
    """Fails after the core rows of an issue are written, inside its transaction."""

    @hookimpl
    def write_issue_records(self, db, issue_id, issue, section_ids, mentions):
        assert db.execute("select count(*) from sections where issue_id = ?", [issue_id]).fetchone()[0] > 0
        raise RuntimeError("disk on fire")


def test_crash_mid_issue_leaves_no_partial_rows(tmp_path):
    db = tmp_path / "a.db"
    other = tmp_path / "other.txt"
    other.write_text("Buurtkrant Noord\n\n3 maart 2025\n\nNieuwe bankjes\n\nIn het park staan sinds maandag tien nieuwe bankjes.\n")
    with Archive(db) as archive:
        archive.ingest([other])
    before = counts(db)
    plugin = ExplodingPlugin()
    pm.register(plugin)
    try:
        with Archive(db) as archive:
            report = archive.ingest([SAMPLES / "nplv-2024-05-01.eml"])
    finally:
        pm.unregister(plugin)
    assert [o.stage for o in report.errors] == ["store"]
    assert "disk on fire" in report.errors[0].message
    assert counts(db) == before
    # The failed source is not marked as seen: a later run ingests it.
    with Archive(db) as archive:
        again = archive.ingest([SAMPLES / "nplv-2024-05-01.eml"])
    assert again.new_issues == 1


def run_cli(*args, cwd):
    return subprocess.run(
        [sys.executable, "-m", "ingest", *args], cwd=cwd, capture_output=True, text=True, timeout=120
    )


def test_cli_exit_codes_and_summary(tmp_path):
    good = run_cli("ingest", "--db", str(tmp_path / "a.db"), str(SAMPLES / "nplv-2024-05-01.txt"), cwd=tmp_path)
    assert good.returncode == 0, good.stderr
    assert "1 new issues" in good.stdout
    (tmp_path / "bad.eml").write_bytes(b"Subject: x\nFrom: a@b.c\n\n")
    bad = run_cli("ingest", "--db", str(tmp_path / "a.db"), str(tmp_path / "bad.eml"), "--json", cwd=tmp_path)
    assert bad.returncode == 1
    assert "bad.eml" in bad.stderr and "parse failed" in bad.stderr
    summary = json.loads(bad.stdout.strip().splitlines()[-1])
    assert summary["new_issues"] == 0 and len(summary["errors"]) == 1
    usage = run_cli("ingest", cwd=tmp_path)
    assert usage.returncode == 2
    helptext = run_cli("--help", cwd=tmp_path)
    assert helptext.returncode == 0 and "ingest" in helptext.stdout


def test_missing_path_is_an_error_not_a_crash(tmp_path):
    with Archive(tmp_path / "a.db") as archive:
        report = archive.ingest([tmp_path / "nope.eml"])
    assert report.errors[0].message == "no such file or directory"


def test_reparse_rebuilds_from_raw_bytes_keeping_ids(tmp_path):
    db = tmp_path / "a.db"
    with Archive(db) as archive:
        archive.ingest([SAMPLES / "nplv-2024-05-01.txt"])
        mentions_before = archive.db.execute("select count(*) from mentions").fetchone()[0]
        archive.db.execute("update sections set text = 'damaged' where position = 1")
        archive.db.conn.commit()
    result = run_cli("reparse", "--db", str(db), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "1 issues reparsed" in result.stdout
    conn = sqlite3.connect(db)
    assert conn.execute("select id from issues").fetchall() == [(1,)]
    text = conn.execute("select text from sections where position = 1").fetchone()[0]
    assert text.startswith("Rijke gemeenten moeten meer sociale woningen bouwen")
    assert conn.execute("select count(*) from links").fetchone()[0] == 28
    # Every plugin's rows were rebuilt too, pointing at the new sections.
    assert conn.execute("select count(*) from mentions").fetchone()[0] == mentions_before > 0
    assert conn.execute(
        "select count(*) from mentions where section_id not in (select id from sections)"
    ).fetchone()[0] == 0
    # The full-text index follows the rebuilt rows.
    assert conn.execute("select count(*) from sections_fts where sections_fts match 'damaged'").fetchone()[0] == 0


def test_personal_mailto_links_are_not_published():
    from ingest.links import describe_link

    assert describe_link("mailto:Jan.Jansen@gmail.com", "Jan").url is None
    assert describe_link("mailto:leefbaarheid@minbzk.nl", "leefbaarheid@minbzk.nl").url == "mailto:leefbaarheid@minbzk.nl"


def test_script_urls_are_not_kept():
    from ingest.links import describe_link

    assert describe_link("javascript:alert(1)", "klik").url is None
    assert describe_link("#agenda", "Agenda").url == "#agenda"


def test_sample_recipient_never_reaches_the_published_database(tmp_path):
    with Archive(tmp_path / "a.db") as archive:
        archive.ingest([SAMPLES])
    dump = "\n".join(sqlite3.connect(tmp_path / "a.db").iterdump()).lower()
    for secret in ("abonnee@example.nl", "abonnee%40example.nl", "8f3a2c91d0e4"):
        assert secret not in dump
    # ... while the private raw store keeps the message exactly as received.
    blobs = [r[0] for r in sqlite3.connect(tmp_path / "a.raw.db").execute("select content from raw_sources")]
    assert any(b"To: abonnee@example.nl" in blob for blob in blobs)


def test_every_published_table_and_column_is_described(tmp_path):
    """metadata.yml describes each table and column an archive (after the publish step) holds."""
    import yaml

    from ingest.publish.prepare import prepare

    with Archive(tmp_path / "a.db") as archive:
        archive.ingest([SAMPLES / "nplv-2024-05-01.txt"])
    prepare(tmp_path / "a.db")
    metadata = yaml.safe_load((SAMPLES.parent / "metadata.yml").read_text())
    described = metadata["databases"]["archive"]["tables"]
    conn = sqlite3.connect(tmp_path / "a.db")
    tables = [
        name for (name,) in conn.execute("select name from sqlite_master where type in ('table', 'view')")
        if not name.startswith(("sections_fts", "sections_stemmed_fts_", "sqlite_"))
    ]
    missing = [t for t in tables if t not in described]
    assert not missing
    for table in tables:
        columns = [row[1] for row in conn.execute(f"pragma table_info([{table}])")]
        undocumented = [c for c in columns if c not in (described[table].get("columns") or {})]
        assert not undocumented, (table, undocumented)
