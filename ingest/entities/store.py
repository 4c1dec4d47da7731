"""Writing mentions: canonical people, places and organisations across the archive."""

from __future__ import annotations

import json

from .extractor import CANDIDATE
from .names import fold, slug

_ENTITY_TABLES = {"person": "people", "place": "places", "organisation": "organisations"}


def write_issue_records(db, issue_id, issue, section_ids, mentions) -> None:
    """Replace this issue's mentions and candidates; runs in the caller's transaction."""
    conn = db.conn
    conn.execute("delete from mentions where issue_id = ?", [issue_id])
    conn.execute("delete from entity_candidates where issue_id = ? and status = 'new'", [issue_id])
    issued_on, newsletter_id = _issue_facts(db, issue_id, issue)
    rows = []
    for m in mentions:
        section_id = section_ids[m.section] if 0 <= m.section < len(section_ids) else None
        if m.kind == CANDIDATE:
            _add_candidate(conn, m, issue_id, section_id)
            continue
        if m.kind not in _ENTITY_TABLES:
            continue
        entity_id, place = _resolve(conn, m)
        name = conn.execute(f"select name from {_ENTITY_TABLES[m.kind]} where id = ?", [entity_id]).fetchone()[0]
        rows.append((
            m.kind, entity_id, name, issue_id, section_id, m.surface, m.start, m.end, m.snippet,
            m.role, m.confidence, m.extractor, m.extractor_version, issued_on, newsletter_id,
            place["kind"] if place else None, place["municipality"] if place else None,
            place["code"] if place else None,
            json.dumps(m.attributes, ensure_ascii=False) if m.attributes else None,
        ))
    conn.executemany(
        """insert into mentions (kind, entity_id, entity_name, issue_id, section_id, surface, start, "end",
           snippet, role, confidence, extractor, extractor_version, issued_on, newsletter_id, place_kind,
           municipality, gazetteer_code, attributes) values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)""",
        rows,
    )


def _issue_facts(db, issue_id, issue):
    issued_on = issue.issued_on.isoformat() if issue.issued_on else None
    newsletter_id = None
    if db["issues"].exists():
        row = db.conn.execute("select issued_on, newsletter_id from issues where id = ?", [issue_id]).fetchone()
        if row:
            issued_on = row[0] or issued_on
            newsletter_id = row[1]
    return issued_on, newsletter_id


def _add_candidate(conn, m, issue_id, section_id):
    seen = conn.execute(
        "select 1 from entity_candidates where surface = ? and issue_id = ?", [m.surface, issue_id]
    ).fetchone()
    if not seen:
        conn.execute(
            "insert into entity_candidates (surface, kind_guess, issue_id, section_id, snippet, status) "
            "values (?, ?, ?, ?, ?, 'new')",
            [m.surface, (m.attributes or {}).get("kind_guess"), issue_id, section_id, m.snippet],
        )


def _add_alias(conn, table, entity_id, surface):
    row = conn.execute(f"select aliases, name from {table} where id = ?", [entity_id]).fetchone()
    aliases = json.loads(row[0] or "[]")
    if surface != row[1] and surface not in aliases:
        aliases.append(surface)
        conn.execute(f"update {table} set aliases = ? where id = ?", [json.dumps(aliases, ensure_ascii=False), entity_id])


def _resolve(conn, m):
    if m.kind == "person":
        key = fold(m.name)
        row = conn.execute("select id from people where key = ?", [key]).fetchone()
        if row:
            entity_id = row[0]
        else:
            entity_id = conn.execute("insert into people (name, key, aliases) values (?, ?, '[]')",
                                     [m.name, key]).lastrowid
        _add_alias(conn, "people", entity_id, m.surface)
        return entity_id, None
    if m.kind == "organisation":
        return _resolve_organisation(conn, m), None
    return _resolve_place(conn, m)


def _resolve_organisation(conn, m):
    acronym = (m.attributes or {}).get("acronym")
    key = fold(m.name)
    row = conn.execute("select id, name, acronym from organisations where key = ?", [key]).fetchone()
    if not row and acronym:
        row = conn.execute("select id, name, acronym from organisations where acronym = ? order by length(name) desc",
                           [acronym]).fetchone()
    if row:
        entity_id = row[0]
        if acronym and not row[2]:
            conn.execute("update organisations set acronym = ? where id = ?", [acronym, entity_id])
        # an organisation first seen only by its acronym gets its full name
        if acronym and row[1] == acronym and m.name != acronym:
            _take_name(conn, entity_id, m.name, key)
    else:
        entity_id = conn.execute(
            "insert into organisations (name, acronym, key, aliases) values (?, ?, ?, '[]')",
            [m.name, acronym, key]).lastrowid
    _add_alias(conn, "organisations", entity_id, m.surface)
    return entity_id


def _take_name(conn, entity_id, name, key):
    clash = conn.execute("select id from organisations where key = ?", [key]).fetchone()
    if clash and clash[0] != entity_id:
        return
    conn.execute("update organisations set name = ?, key = ? where id = ?", [name, key, entity_id])
    conn.execute("update mentions set entity_name = ? where kind = 'organisation' and entity_id = ?", [name, entity_id])


def _gazetteer_row(conn, code):
    cur = conn.execute("select * from gazetteer where code = ?", [code])
    row = cur.fetchone()
    if not row:
        return None
    return dict(zip([d[0] for d in cur.description], row))


def _ensure_gazetteer(conn, m) -> dict:
    """The gazetteer entry a place mention links to; one is added for a
    place the gazetteer does not hold yet (a district, a street)."""
    attrs = m.attributes or {}
    code = attrs.get("gazetteer_code")
    row = _gazetteer_row(conn, code) if code else None
    if row:
        return row
    kind = attrs.get("place_kind") or "town"
    parent = _gazetteer_row(conn, attrs["parent_code"]) if attrs.get("parent_code") else None
    code = code or (f"{parent['code']}-{slug(m.name)}" if parent else f"{kind}:{slug(m.name)}")
    row = _gazetteer_row(conn, code)
    if row:
        return row
    row = {
        "code": code, "name": m.name, "kind": kind, "parent_code": parent["code"] if parent else None,
        "municipality_code": (parent or {}).get("municipality_code"), "province": (parent or {}).get("province"),
        "latitude": (parent or {}).get("latitude"), "longitude": (parent or {}).get("longitude"),
        "focus_area": None, "aliases": "", "source": "mention",
    }
    conn.execute(
        "insert into gazetteer (code, name, kind, parent_code, municipality_code, province, latitude, longitude,"
        " focus_area, aliases, source) values (:code, :name, :kind, :parent_code, :municipality_code, :province,"
        " :latitude, :longitude, :focus_area, :aliases, :source)", row)
    return row


def _resolve_place(conn, m):
    gaz = _ensure_gazetteer(conn, m)
    key = gaz["code"]
    municipality = None
    if gaz.get("municipality_code"):
        mun = _gazetteer_row(conn, gaz["municipality_code"])
        municipality = mun["name"] if mun else None
    row = conn.execute("select id from places where key = ?", [key]).fetchone()
    if row:
        entity_id = row[0]
    else:
        entity_id = conn.execute(
            "insert into places (name, kind, code, municipality, municipality_code, province, latitude,"
            " longitude, key, aliases) values (?,?,?,?,?,?,?,?,?, '[]')",
            [gaz["name"], gaz["kind"], gaz["code"], municipality, gaz.get("municipality_code"),
             gaz.get("province"), gaz.get("latitude"), gaz.get("longitude"), key]).lastrowid
        _write_areas(conn, entity_id, gaz)
    _add_alias(conn, "places", entity_id, m.surface)
    return entity_id, {"kind": gaz["kind"], "municipality": municipality, "code": gaz["code"]}


def _write_areas(conn, place_id, gaz):
    """The place, its parents up the CBS hierarchy, its municipality,
    province and focus area."""
    areas = {}
    row, depth = gaz, 0
    while row and depth < 6:
        areas[row["code"]] = (row["name"], row["kind"])
        if row.get("focus_area") and row["focus_area"] not in areas:
            fa = _gazetteer_row(conn, row["focus_area"])
            if fa:
                areas[fa["code"]] = (fa["name"], fa["kind"])
        nxt = row.get("parent_code") or (row.get("municipality_code") if row.get("municipality_code") != row["code"] else None)
        row = _gazetteer_row(conn, nxt) if nxt and nxt not in areas else None
        depth += 1
    for code in filter(None, [gaz.get("municipality_code")]):
        mun = _gazetteer_row(conn, code)
        if mun:
            areas.setdefault(mun["code"], (mun["name"], mun["kind"]))
            if mun.get("parent_code"):
                prov = _gazetteer_row(conn, mun["parent_code"])
                if prov:
                    areas.setdefault(prov["code"], (prov["name"], prov["kind"]))
    if gaz.get("province"):
        prov = conn.execute("select code, name, kind from gazetteer where kind = 'province' and name = ?",
                            [gaz["province"]]).fetchone()
        if prov:
            areas.setdefault(prov[0], (prov[1], prov[2]))
    conn.executemany(
        "insert or ignore into place_areas (place_id, area_code, area_name, area_kind) values (?,?,?,?)",
        [(place_id, code, name, kind) for code, (name, kind) in areas.items()])
