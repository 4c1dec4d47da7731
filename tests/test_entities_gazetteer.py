"""The gazetteer: shipped defaults, file imports, and downloads from a loopback server."""

from __future__ import annotations

import csv
import http.server
import json
import threading
from pathlib import Path

import pytest
import sqlite_utils

from ingest.entities import download, schema
from ingest.entities.gazetteer import default_rows, import_file, read_file

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "entities"
SHARED = Path(__file__).resolve().parents[1].parent / "shared"


@pytest.fixture
def db(tmp_path):
    database = sqlite_utils.Database(tmp_path / "archive.db")
    schema.apply(database)
    return database


def test_defaults_hold_provinces_and_the_twenty_focus_areas():
    rows = default_rows()
    provinces = {r["code"] for r in rows if r["kind"] == "province" and r["code"].startswith("PV")}
    assert provinces == {f"PV{n}" for n in range(20, 32)}
    focus = [r for r in rows if r["kind"] == "focus_area"]
    assert len(focus) == 20
    assert len({r["municipality_code"] for r in focus}) == 19
    heerlen = next(r for r in focus if r["name"] == "Heerlen-Noord")
    assert heerlen["municipality_code"] == "GM0917" and heerlen["province"] == "Limburg"


def test_migration_loads_the_defaults(db):
    assert db["gazetteer"].count > 400
    row = db["gazetteer"].get("GM0202")
    assert row["name"] == "Arnhem" and row["province"] == "Gelderland" and row["latitude"]


def test_import_csv_geojson_and_topojson(db):
    assert import_file(db, FIXTURES / "places.csv") == 3
    assert import_file(db, FIXTURES / "buurten.geojson") == 1
    assert import_file(db, FIXTURES / "wijken.topojson") == 1
    buurt = db["gazetteer"].get("BU90010101")
    assert (buurt["kind"], buurt["parent_code"], buurt["municipality_code"]) == ("neighbourhood", "WK900101", "GM9001")
    assert buurt["province"] == "Utrecht"  # from the parent municipality's province code
    grote = db["gazetteer"].get("BU90010102")
    assert grote["name"] == "Grote Akker" and grote["municipality_code"] == "GM9001"
    assert grote["latitude"] == pytest.approx(52.11) and grote["longitude"] == pytest.approx(5.11)
    wijk = db["gazetteer"].get("WK900102")
    assert wijk["name"] == "Testerveen-Zuid" and wijk["kind"] == "district"
    assert wijk["longitude"] == pytest.approx(5.12) and wijk["latitude"] == pytest.approx(52.13)


class _PagedGeoJSON(http.server.BaseHTTPRequestHandler):
    """An OGC API Features endpoint in miniature: two pages linked by 'next'."""

    def do_GET(self):
        page = 2 if "page=2" in self.path else 1
        features = [{
            "type": "Feature", "id": f"BU9001010{page + 2}",
            "properties": {"buurtcode": f"BU9001010{page + 2}", "buurtnaam": f"Akker {page}",
                           "gemeentecode": "GM9001"},
            "geometry": {"type": "Point", "coordinates": [5.1, 52.1]},
        }]
        links = [{"rel": "next", "href": "/collections/buurten/items?page=2"}] if page == 1 else []
        body = json.dumps({"type": "FeatureCollection", "features": features, "links": links}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/geo+json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


def test_update_downloads_every_page_and_caches_it(db, tmp_path):
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _PagedGeoJSON)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}/collections/buurten/items?f=json"
        cache = tmp_path / "cache.db"
        results = list(download.update(db, [url], cache))
    finally:
        server.shutdown()
    assert results == [(url, 2)]
    assert db["gazetteer"].get("BU90010103")["name"] == "Akker 1"
    assert db["gazetteer"].get("BU90010104")["name"] == "Akker 2"
    assert sqlite_utils.Database(cache)["downloads"].count == 2


def test_corpus_point_files_import_and_agree_with_shipped_codes(db):
    gazetteer = SHARED / "corpus" / "gazetteer"
    if not gazetteer.exists():
        pytest.skip("../shared corpus is absent")
    assert import_file(db, gazetteer / "cbs_gemeente_2015_points.csv") > 390
    assert import_file(db, gazetteer / "npls_focusgebieden_TRANSCRIBED.csv") == 20
    # the transcribed focus areas merge into the shipped ones
    assert db["gazetteer"].count_where("kind = 'focus_area'") == 20
    official = {}
    with open(gazetteer / "openstate_gemeenten_2020.csv", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            official[row["GemeentecodeGM"]] = row["Gemeentenaam"]
    shipped = [r for r in default_rows() if r["kind"] == "municipality"]
    for row in shipped:
        assert row["code"] in official, row
        assert official[row["code"]] in (row["name"], *row["aliases"].split("|")), row


def test_topojson_buurten_from_the_corpus():
    path = SHARED / "corpus" / "gazetteer" / "cbs_buurt_2014_labels.topojson"
    if not path.exists():
        pytest.skip("../shared corpus is absent")
    rows = read_file(path)
    assert len(rows) > 10000
    assert all(r["code"].startswith("BU") and r["latitude"] and 50 < r["latitude"] < 54 for r in rows[:100])
