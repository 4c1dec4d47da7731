"""Mentions written to a real archive: canonical entities, place areas, review table."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
import sqlite_utils

from ingest.entities.extractor import RulesExtractor
from ingest.entities.lexicon import lexicon_from_db
from ingest.entities.store import write_issue_records
from ingest.models import ParsedIssue, Section
from ingest.store.migrate import apply_migrations

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "entities" / "buurtnieuws.txt"


@pytest.fixture
def db(tmp_path):
    database = sqlite_utils.Database(tmp_path / "archive.db")
    apply_migrations(database)
    return database


def _store(db, text: str, issued_on: dt.date, extractor=None):
    """Store an issue with one section per paragraph group, as the core would."""
    issue = ParsedIssue(sections=[Section(heading=None, paragraphs=[p]) for p in text.strip().split("\n\n")],
                        issued_on=issued_on)
    mentions = (extractor or RulesExtractor()).extract(issue)
    with db.atomic():
        issue_id = db.conn.execute("insert into issues (title, issued_on) values (?, ?)",
                                   ["test", issued_on.isoformat()]).lastrowid
        section_ids = [
            db.conn.execute("insert into sections (issue_id, position, text) values (?, ?, ?)",
                            [issue_id, n, s.text]).lastrowid
            for n, s in enumerate(issue.sections)
        ]
        write_issue_records(db, issue_id, issue, section_ids, mentions)
    return issue_id


def test_people_merge_across_issues_and_namesakes_stay_apart(db):
    text = FIXTURE.read_text(encoding="utf-8")
    _store(db, text, dt.date(2024, 5, 1))
    _store(db, "Minister Hugo de Jonge opende het buurthuis in Bloemhof. De Jonge was tevreden.", dt.date(2024, 6, 1))
    people = {r["name"]: r for r in db["people"].rows}
    assert {"Hugo de Jonge", "Roy Kramer", "Fokko Kramer"} <= set(people)
    assert "De Jonge" in json.loads(people["Hugo de Jonge"]["aliases"])
    hugo = people["Hugo de Jonge"]["id"]
    rows = list(db.query("select issued_on, role from mentions where kind = 'person' and entity_id = ? "
                         "order by issued_on", [hugo]))
    assert {r["issued_on"] for r in rows} == {"2024-05-01", "2024-06-01"}
    assert "minister" in {r["role"] for r in rows}


def test_mentions_table_is_one_indexed_lookup(db):
    _store(db, FIXTURE.read_text(encoding="utf-8"), dt.date(2024, 5, 1))
    plan = " ".join(str(r) for r in db.execute(
        "explain query plan select * from mentions where kind = 'place' and entity_id = 1").fetchall())
    assert "mentions_entity" in plan
    for row in db.query("select m.surface, m.start, m.\"end\", s.text from mentions m join sections s "
                        "on s.id = m.section_id"):
        assert row["text"][row["start"]:row["end"]] == row["surface"]


def test_place_areas_let_a_focus_area_or_municipality_include_its_places(db):
    _store(db, "In de wijk Immerloo in Arnhem-Oost start een proef. Ook in Presikhaaf.", dt.date(2024, 5, 1))
    immerloo = db.execute("select id, code, municipality, province from places where name = 'Immerloo'").fetchone()
    assert immerloo[2:] == ("Arnhem", "Gelderland")
    areas = {r[0] for r in db.execute("select area_code from place_areas where place_id = ?", [immerloo[0]])}
    assert {immerloo[1], "GM0202", "NPLV03", "PV25"} <= areas
    in_focus_area = {r[0] for r in db.execute(
        "select distinct m.surface from mentions m join place_areas a on a.place_id = m.entity_id "
        "where m.kind = 'place' and a.area_code = 'NPLV03'")}
    assert {"Immerloo", "Arnhem-Oost", "Presikhaaf"} <= in_focus_area


def test_acronym_and_full_name_are_one_organisation(db):
    _store(db, "Het Sociaal en Cultureel Planbureau (SCP) publiceerde een rapport.", dt.date(2024, 5, 1))
    _store(db, "Volgens het SCP groeit de kloof.", dt.date(2024, 6, 1))
    orgs = list(db.query("select id, name, acronym from organisations where acronym = 'SCP'"))
    assert len(orgs) == 1 and orgs[0]["name"] == "Sociaal en Cultureel Planbureau"
    assert db.execute("select count(*) from mentions where kind = 'organisation' and entity_id = ?",
                      [orgs[0]["id"]]).fetchone()[0] == 3  # name, "(SCP)", "SCP"


def test_unexplained_names_go_to_review_and_accepted_ones_feed_the_lexicon(db):
    text = "Het project Zonnewijzer gaat in maart van start. Ook Zonnewijzer krijgt steun."
    _store(db, text, dt.date(2024, 5, 1))
    assert db["entity_candidates"].count_where("surface = 'Zonnewijzer' and status = 'new'") == 1
    db.execute("update entity_candidates set status = 'accepted', kind_guess = 'organisation' "
               "where surface = 'Zonnewijzer'")
    extractor = RulesExtractor(lexicon_from_db(db))
    _store(db, "Zonnewijzer opent een tweede vestiging.", dt.date(2024, 6, 1), extractor)
    assert db.execute("select count(*) from mentions m join organisations o on o.id = m.entity_id "
                      "where m.kind = 'organisation' and o.name = 'Zonnewijzer'").fetchone()[0] == 1


def test_a_rejected_candidate_is_not_put_up_for_review_again(db):
    _store(db, "Het project Zonnewijzer gaat in maart van start.", dt.date(2024, 5, 1))
    db.execute("update entity_candidates set status = 'rejected' where surface = 'Zonnewijzer'")
    extractor = RulesExtractor(lexicon_from_db(db))
    _store(db, "Ook het project Zonnewijzer krijgt steun.", dt.date(2024, 6, 1), extractor)
    assert db["entity_candidates"].count_where("surface = 'Zonnewijzer' and status = 'new'") == 0
    assert db["mentions"].count_where("surface = 'Zonnewijzer'") == 0


def test_rewriting_an_issue_replaces_its_mentions(db):
    issue_id = _store(db, "Minister Hugo de Jonge bezocht Rotterdam.", dt.date(2024, 5, 1))
    before = db["mentions"].count
    issue = ParsedIssue(sections=[Section(heading=None, paragraphs=["Minister Hugo de Jonge bezocht Rotterdam."])])
    section_ids = [r[0] for r in db.execute("select id from sections where issue_id = ?", [issue_id])]
    with db.atomic():
        write_issue_records(db, issue_id, issue, section_ids, RulesExtractor().extract(issue))
    assert db["mentions"].count == before
