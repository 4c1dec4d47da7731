"""Dutch-aware search: stemming, query rewriting, snippets, and the stemmed index kept in step."""

from __future__ import annotations

import sqlite3

import pytest

from ingest.publish.prepare import STEMMED_FTS, prepare
from ingest.publish.stemming import fts_query, snippet_nl, stem_nl, stem_nl_query


def test_stem_nl_folds_and_stems():
    assert stem_nl("wijken") == stem_nl("wijk")
    assert stem_nl("aanpakken") == stem_nl("aanpak")
    assert stem_nl("financiële") == stem_nl("financiele") == stem_nl("Financiële")
    assert stem_nl(None) is None


@pytest.mark.parametrize(
    "query, expected",
    [
        ("wijken", '"wijk"'),
        ("wijken AND aanpakken", '"wijk" AND "aanpak"'),
        ('"sociale woningen"', '"social woon"'),
        ("heading:wijken", 'heading:"wijk"'),
        ("wijk*", '"wijk"*'),
        ("NEAR(armoede wijken, 5)", 'NEAR ( "armoede" "wijk", 5 )'),
        ("armoede NOT schulden", '"armoede" NOT "schul"'),
        ("wijk-aanpak", '"wijk aanpak"'),
    ],
)
def test_stem_nl_query_keeps_fts5_syntax(query, expected):
    assert stem_nl_query(query) == expected


def _index(texts):
    conn = sqlite3.connect(":memory:")
    conn.execute("create virtual table t using fts5(text, tokenize='unicode61 remove_diacritics 2')")
    conn.executemany("insert into t values (?)", [(stem_nl(x),) for x in texts])
    return conn


def test_stemmed_queries_run_in_fts5():
    conn = _index(["De aanpak in onze wijk", "Financiële steun voor armoede en schulden", "Iets anders"])
    def hits(q):
        return [r[0] for r in conn.execute("select rowid from t where t match ? order by rowid", [stem_nl_query(q)])]
    assert hits("wijken") == [1]
    assert hits("aanpakken") == [1]
    assert hits("financiele") == [2]
    assert hits('"steun voor armoede"') == [2]
    assert hits("NEAR(steun schulden, 4)") == [2]
    assert hits("NEAR(steun schulden, 1)") == []
    assert hits("wijk OR schulden") == [1, 2]
    assert hits("fin*") == [2]
    # text a user types is never an FTS5 syntax error
    for awkward in ['"unterminated', "a, b", "(", "))", "-", "NEAR", ":", "heading:"]:
        conn.execute("select rowid from t where t match ?", [stem_nl_query(awkward)]).fetchall()
        conn.execute("select rowid from t where t match ?", [fts_query(awkward)]).fetchall()
    assert stem_nl_query("") == fts_query("") == '""'
    assert fts_query('"sociale woningen" NEAR(a b, 3)') == '"sociale woningen" NEAR(a b, 3)'  # valid: as typed


def test_snippet_marks_word_forms_and_escapes():
    snippet = snippet_nl('Hier <script>alert(1)</script> gaat de aanpak van onze wijk door', "wijken aanpakken")
    assert "<mark>aanpak</mark>" in snippet and "<mark>wijk</mark>" in snippet
    assert "<script>" not in snippet and "&lt;script&gt;" in snippet


def test_stemmed_index_follows_sections(tmp_path):
    from ingest import Archive

    db_path = tmp_path / "archive.db"
    doc = tmp_path / "issue.txt"
    doc.write_text("Wijknieuws\n\n12 maart 2024\n\nDe aanpak in onze wijk gaat door.\n", encoding="utf-8")
    with Archive(db_path) as archive:
        assert not archive.ingest([doc]).errors
    first = prepare(db_path)
    assert first.sections_stemmed >= 1
    assert prepare(db_path).sections_stemmed == 0  # nothing changed, nothing redone
    conn = sqlite3.connect(db_path)
    match = f"select rowid from {STEMMED_FTS} where {STEMMED_FTS} match ?"
    assert conn.execute(match, [stem_nl_query("aanpakken")]).fetchall()
    with conn:
        changed = conn.execute("update sections set text = 'Nu over schulden.' where text like '%aanpak%'").rowcount
    conn.close()
    assert changed >= 1
    assert prepare(db_path).sections_stemmed == changed
    conn = sqlite3.connect(db_path)
    assert conn.execute(match, [stem_nl_query("aanpakken")]).fetchall() == []
    assert conn.execute(match, [stem_nl_query("schulden")]).fetchall()
