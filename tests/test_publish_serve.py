"""`newsletter-archive serve` as a real process: pages, search, canned queries, feeds, refusals."""

from __future__ import annotations

import sqlite3
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import httpx
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent / "fixtures" / "publish"))
from archive_server import SEED, serving, shared_archive  # noqa: E402

ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture(scope="module")
def archive_db(tmp_path_factory):
    return shared_archive(tmp_path_factory)


@pytest.fixture(scope="module")
def base(archive_db):
    with serving(archive_db) as url:
        yield url


def get(base, path, **params):
    return httpx.get(base + path, params=params, timeout=10)


def rows(base, path, **params):
    response = get(base, path, _shape="array", **params)
    assert response.status_code == 200, response.text[:500]
    return response.json()


def test_home_page_documents_search_syntax(base):
    page = get(base, "/")
    assert page.status_code == 200
    assert "Newsletter archive" in page.text
    for example in ("NEAR(armoede heerlen, 10)", "&#34;sociale woningen&#34;", "wijk*", "heading:woningbouw"):
        assert example in page.text or example.replace("&#34;", '"') in page.text


def test_served_immutable_with_inspect_counts(base, archive_db):
    databases = rows(base, "/-/databases.json")
    assert [d["is_mutable"] for d in databases if d["name"] == "archive"] == [False]
    assert archive_db.with_name("archive.inspect.json").exists()
    settings = get(base, "/-/settings.json").json()
    assert settings["suggest_facets"] is False and settings["allow_download"] is False


def test_table_page_with_facets_and_descriptions(base):
    page = get(base, "/archive/issues")
    assert page.status_code == 200
    assert 'data-column="year"' in page.text or "facet-info" in page.text
    data = get(base, "/archive/issues.json").json()
    assert set(data["facet_results"]) >= {"newsletter_id", "year", "month"}
    assert data["rows"]
    mentions = get(base, "/archive/mentions.json").json()
    assert set(mentions["facet_results"]) >= {"kind", "place_kind", "municipality"}
    # every column of every table is described
    metadata = get(base, "/-/metadata.json").json()
    tables = metadata["databases"]["archive"]["tables"]
    for table in ("issues", "sections", "links", "mentions", "places", "people"):
        columns = set(rows(base, f"/archive/{table}.json", _size=1)[0])
        assert columns <= set(tables[table]["columns"]), (table, columns - set(tables[table]["columns"]))


def test_full_text_search_folds_diacritics(base):
    found = rows(base, "/archive/sections.json", _search="financiele")
    assert found and all("financiële" in (r["text"] + (r["heading"] or "")).lower() for r in found)


def test_search_query_highlights_and_ranks_by_bm25(base):
    found = rows(base, "/archive/search.json", q="armoede")
    assert found
    assert all("<mark>" in r["snippet"].lower() for r in found)
    ranks = [r["rank"] for r in found]
    assert ranks == sorted(ranks)
    # phrase and column filter syntax pass through to FTS5
    assert rows(base, "/archive/search.json", q='heading:"stratenaanpak"')
    # a search page opened empty, or with a stray quote, answers without an error
    assert get(base, "/archive/search").status_code == 200
    assert get(base, "/archive/search_nl", q='"armoede').status_code == 200
    assert rows(base, "/archive/search.json", q='"armoede')
    dated = rows(base, "/archive/search.json", q="wijkaanpak", date_from="2024-03-01", date_to="2024-03-31")
    assert dated and all(r["issued_on"].startswith("2024-03") for r in dated)


def test_dutch_search_matches_word_forms(base):
    plain = rows(base, "/archive/search.json", q="aanpakken")
    stemmed = rows(base, "/archive/search_nl.json", q="aanpakken")
    assert len(stemmed) > len(plain)
    assert any("aanpak" in r["snippet"].lower() for r in stemmed)
    wijken = rows(base, "/archive/search_nl.json", q="wijken")
    headings = [r["heading"] or "" for r in wijken]
    # a section that only says "Wijk" (singular) is found from "wijken"
    assert any("Wijk" in h and "wijken" not in h.lower() for h in headings), headings
    assert all("<mark>" in r["snippet"] for r in wijken if r["snippet"])


def test_refused_writes(base, archive_db):
    before = sqlite3.connect(archive_db).execute("select count(*) from issues").fetchone()[0]
    response = get(base, "/archive.json", sql="insert into issues (title) values ('x')")
    assert response.status_code == 400
    assert get(base, "/archive.json", sql="attach database 'archive.raw.db' as raw").status_code == 400
    for method in ("POST", "PUT", "DELETE", "PATCH"):
        refused = httpx.request(method, base + "/archive/search", data={"q": "x"}, timeout=10)
        assert refused.status_code == 405, method
        assert "GET" in refused.headers["allow"]
    assert httpx.head(base + "/archive/issues", timeout=10).status_code == 200
    after = sqlite3.connect(archive_db).execute("select count(*) from issues").fetchone()[0]
    assert before == after


def test_nothing_personal_is_reachable(base):
    sources = rows(base, "/archive.json", sql="select origin from sources")
    assert sources and all(r["origin"] is None for r in sources)
    issues = rows(base, "/archive.json", sql="select message_id from issues where message_id is not null or 1")
    assert all(r["message_id"] is None for r in issues)
    databases = rows(base, "/archive.json", sql="select name, file from pragma_database_list")
    assert [d["name"] for d in databases] == ["main"]
    assert all(".raw." not in (d.get("path") or "") for d in rows(base, "/-/databases.json"))
    assert get(base, "/archive.db").status_code == 403
    tables = {t["name"] for t in get(base, "/archive.json").json()["tables"] if not t["hidden"]}
    assert "ingest_errors" not in tables and "raw_sources" not in tables


def test_place_mentions_include_areas_inside(base):
    found = rows(base, "/archive/place_mentions.json", place="Heerlen")
    assert found
    names = {r["place"] for r in found}
    assert "Heerlen" in names
    if SEED.exists() or len(names) > 1:
        assert names - {"Heerlen"}, "districts and focus areas inside Heerlen are included"
    assert all(r["page"].startswith("/issue/") for r in found)
    by_code = rows(base, "/archive/place_mentions.json", place="GM0917")
    assert len(by_code) == len(found)


def test_person_and_entity_queries(base):
    person = rows(base, "/archive/person_mentions.json", person="hugo de jonge")
    assert person and {"role", "snippet", "issue", "page"} <= set(person[0])
    assert all(r["person"] == "Hugo de Jonge" for r in person)
    together = rows(base, "/archive/co_mentions.json", entity="Hugo de Jonge")
    assert together and all(r["mentioned_with"] != "Hugo de Jonge" for r in together)
    per_month = rows(base, "/archive/mentions_per_month.json", entity="Heerlen")
    assert per_month and sum(r["mentions"] for r in per_month) > 0
    assert all(len(r["month"]) == 7 for r in per_month)


def test_issues_and_links_queries(base):
    issues = rows(base, "/archive/issues_between.json", date_from="2024-01-01", date_to="2024-12-31")
    assert issues and all("2024-01-01" <= r["issued_on"] <= "2024-12-31" for r in issues)
    assert rows(base, "/archive/issues_between.json", date_from="1990-01-01", date_to="1990-12-31") == []
    links = rows(base, "/archive/links_by_domain.json", domain="arnhem.nl")
    assert links and all(r["domain"] == "arnhem.nl" and "utm_" not in r["url"] for r in links)


def test_atom_feeds(base):
    feed = get(base, "/archive/new_issues_feed.atom")
    assert feed.status_code == 200 and "xml" in feed.headers["content-type"]
    entries = ET.fromstring(feed.content).findall(f"{ATOM}entry")
    assert entries and all(e.find(f"{ATOM}title").text for e in entries)
    place = ET.fromstring(get(base, "/archive/place_feed.atom", place="Immerloo").content)
    assert any("Immerloo" in e.find(f"{ATOM}title").text for e in place.findall(f"{ATOM}entry"))


def test_issue_page_sections_anchors_links_and_escaping(base):
    issue_id = rows(base, "/archive.json", sql="select id from issues where title like 'Wijknieuws%'")[0]["id"]
    page = get(base, f"/issue/{issue_id}")
    assert page.status_code == 200
    anchors = [r["anchor"] for r in rows(base, "/archive.json",
                                          sql=f"select anchor from sections where issue_id = {issue_id} order by position")]
    positions = [page.text.index(f'id="{a}"') for a in anchors]
    assert positions == sorted(positions)
    assert 'href="https://www.arnhem.nl/wijkaanpak-oost"' in page.text  # cleaned target, no utm_
    assert 'href="javascript:' not in page.text
    assert "<script>window.__xss" not in page.text
    assert "<img src=x" not in page.text and "<svg onload" not in page.text
    assert "&lt;img src=x onerror=" in page.text  # shown as the text it was
    assert "&lt;script&gt;" in page.text


def test_entity_pages(base):
    person_id = rows(base, "/archive.json", sql="select id from people where name = 'Hugo de Jonge'")[0]["id"]
    page = get(base, f"/person/{person_id}")
    assert page.status_code == 200 and "Hugo de Jonge" in page.text and "Timeline" in page.text
    place_id = rows(base, "/archive.json", sql="select id from places where code = 'GM0917'")[0]["id"]
    place = get(base, f"/place/{place_id}")
    assert place.status_code == 200 and 'id="place-map"' in place.text and "place-map-points" in place.text
    assert get(base, "/person/999999").status_code == 404


def test_live_mode_and_any_database_name(archive_db, tmp_path):
    """--live serves mutable; the metadata's archive block follows the file name."""
    import shutil

    renamed = tmp_path / "news.db"
    shutil.copy(archive_db, renamed)
    with serving(renamed, "--live") as url:
        databases = httpx.get(url + "/-/databases.json", timeout=10).json()
        assert [d["is_mutable"] for d in databases if d["name"] == "news"] == [True]
        assert httpx.post(url + "/news", timeout=10).status_code == 405
        found = httpx.get(url + "/news/search.json", params={"q": "armoede", "_shape": "array"}, timeout=10)
        assert found.status_code == 200 and found.json()
        assert 'href="/news/search"' in httpx.get(url + "/", timeout=10).text
