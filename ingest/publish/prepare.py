"""The publish step: derived tables, views and indexes Datasette serves.

Runs on the archive database (never on the raw store) before serving:

- ``sections_stemmed_fts``: FTS5 over the Dutch-stemmed heading and text of
  every section (rowid = ``sections.id``), kept in step incrementally by a
  digest of each section, so "wijken" finds "wijk".
- ``entity_pairs``: for every person, place and organisation, each other one
  named in the same section and in how many sections (rebuilt when the
  mentions changed), behind "who is mentioned together with whom".
- ``area_mentions``: every place mention under each area containing the
  place (itself, district, municipality, focus area, province), ordered by
  date: "mentions of Heerlen, newest first" is one index range.
- ``places_map``: places with coordinates plus a ``popup`` column for
  datasette-cluster-map, linking each marker to its place page.
- indexes behind the canned queries: ``links_domain``; on ``mentions``,
  ``mentions_entity_date`` (one entity's mentions in date order, with their
  sections) and ``mentions_section_entity`` (who is named in a section);
  case-insensitive name indexes on the entity tables and the gazetteer.

Everything here is re-creatable from the core and entity tables.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from .stemming import stem_nl

STEMMED_FTS = "sections_stemmed_fts"
FTS_TOKENIZE = "unicode61 remove_diacritics 2"

PLACES_MAP_VIEW = """
create view places_map as
select
    p.id, p.name, p.kind, p.municipality, p.province, p.latitude, p.longitude,
    (select count(*) from area_mentions a where a.area_code = p.code) as mentions,
    json_object(
        'title', p.name,
        'description', trim(coalesce(p.kind, '') || ' ' || coalesce(p.municipality, '')),
        'link', '/place/' || p.id
    ) as popup
from places p
where p.latitude is not null and p.longitude is not null
"""


@dataclass
class PublishReport:
    sections_stemmed: int = 0
    sections_removed: int = 0
    entity_pairs: int | None = None  # None: unchanged
    area_mentions: int | None = None
    views: tuple[str, ...] = ()

    def summary(self) -> str:
        pairs = "unchanged" if self.entity_pairs is None else f"{self.entity_pairs} rebuilt"
        return (
            f"stemmed index: {self.sections_stemmed} sections (re)indexed, {self.sections_removed} removed; "
            f"entity pairs: {pairs}; area mentions: "
            f"{'unchanged' if self.area_mentions is None else f'{self.area_mentions} rebuilt'}; views: {', '.join(self.views) or 'none'}"
        )


def section_digest(heading: str | None, text: str | None) -> str:
    return hashlib.blake2b(f"{heading or ''}\x00{text or ''}".encode(), digest_size=8).hexdigest()


def _has_table(conn: sqlite3.Connection, name: str) -> bool:
    return conn.execute("select 1 from sqlite_master where name = ?", [name]).fetchone() is not None


def prepare(db_path: str | Path) -> PublishReport:
    """Bring the derived tables of an archive database up to date."""
    conn = sqlite3.connect(str(db_path), timeout=30)
    conn.create_function("section_digest", 2, section_digest, deterministic=True)
    report = PublishReport()
    try:
        with conn:
            if _has_table(conn, "sections"):
                report.sections_stemmed, report.sections_removed = _sync_stemmed_fts(conn)
            if _has_table(conn, "links"):
                conn.execute("create index if not exists links_domain on links(domain)")
            if _has_table(conn, "mentions"):
                conn.execute("create index if not exists mentions_entity_date "
                             "on mentions(kind, entity_id, issued_on, section_id)")
                conn.execute("create index if not exists mentions_section_entity "
                             "on mentions(section_id, kind, entity_id)")
                report.entity_pairs = _rebuild_entity_pairs(conn)
                if _has_table(conn, "place_areas"):
                    report.area_mentions = _rebuild_area_mentions(conn)
            # Queries look names up case-insensitively.
            for table in ("people", "organisations", "places", "gazetteer"):
                if _has_table(conn, table):
                    conn.execute(f"create index if not exists {table}_name_nocase on {table}(name collate nocase)")
            views = []
            if all(_has_table(conn, t) for t in ("places", "area_mentions")):
                conn.execute("drop view if exists places_map")
                conn.execute(PLACES_MAP_VIEW)
                views.append("places_map")
            report.views = tuple(views)
        # Leave a single file behind: immutable mode ignores a WAL.
        conn.execute("pragma wal_checkpoint(truncate)")
    finally:
        conn.close()
    return report


def _sync_stemmed_fts(conn: sqlite3.Connection) -> tuple[int, int]:
    conn.execute(
        f"create virtual table if not exists {STEMMED_FTS} using fts5("
        f"heading, text, digest unindexed, tokenize='{FTS_TOKENIZE}')"
    )
    removed = conn.execute(
        f"delete from {STEMMED_FTS} where rowid not in (select id from sections)"
    ).rowcount
    stale = conn.execute(
        f"""select s.id, s.heading, s.text from sections s
            left join {STEMMED_FTS} f on f.rowid = s.id
            where f.rowid is null or f.digest != section_digest(s.heading, s.text)"""
    ).fetchall()
    for section_id, heading, text in stale:
        conn.execute(f"delete from {STEMMED_FTS} where rowid = ?", [section_id])
    conn.executemany(
        f"insert into {STEMMED_FTS} (rowid, heading, text, digest) values (?, ?, ?, ?)",
        ((sid, stem_nl(h), stem_nl(t), section_digest(h, t)) for sid, h, t in stale),
    )
    return len(stale), max(removed, 0)


def _state(conn: sqlite3.Connection, name: str, signature: str | None = None) -> str | None:
    """Read (or, given a signature, write) what a derived table was last built from."""
    conn.execute("create table if not exists publish_state (name text primary key, signature text)")
    if signature is not None:
        conn.execute("insert or replace into publish_state (name, signature) values (?, ?)", [name, signature])
        return signature
    row = conn.execute("select signature from publish_state where name = ?", [name]).fetchone()
    return row[0] if row else None


def _mentions_signature(conn: sqlite3.Connection, extra: str = "") -> str:
    # Mentions are only ever inserted or deleted (a reparse gives new ids), so
    # count, highest id and sums change whenever the set does.
    return "|".join(str(v) for v in conn.execute(
        f"select count(*), max(id), total(entity_id), total(section_id){extra} from mentions").fetchone())


def _rebuild_area_mentions(conn: sqlite3.Connection) -> int | None:
    signature = _mentions_signature(conn, ", (select count(*) || '/' || total(place_id) from place_areas)")
    if _has_table(conn, "area_mentions") and _state(conn, "area_mentions") == signature:
        return None
    conn.execute("drop table if exists area_mentions")
    conn.execute(
        """create table area_mentions (
             area_code text not null, issued_on text, mention_id integer not null,
             primary key (area_code, issued_on, mention_id)
           ) without rowid"""
    )
    conn.execute(
        """insert or ignore into area_mentions (area_code, issued_on, mention_id)
           select pa.area_code, coalesce(m.issued_on, ''), m.id
           from mentions m join place_areas pa on pa.place_id = m.entity_id
           where m.kind = 'place'"""
    )
    _state(conn, "area_mentions", signature)
    return conn.execute("select count(*) from area_mentions").fetchone()[0]


def _rebuild_entity_pairs(conn: sqlite3.Connection) -> int | None:
    signature = _mentions_signature(conn)
    if _has_table(conn, "entity_pairs") and _state(conn, "entity_pairs") == signature:
        return None
    conn.execute("drop table if exists entity_pairs")
    conn.execute(
        """create table entity_pairs (
             kind text not null, entity_id integer not null,
             other_kind text not null, other_id integer not null, other_name text,
             sections integer not null, issues integer not null, first text, last text,
             primary key (kind, entity_id, other_kind, other_id)
           ) without rowid"""
    )
    conn.execute(
        """insert into entity_pairs
           select a.kind, a.entity_id, b.kind, b.entity_id, max(b.entity_name),
                  count(distinct a.section_id), count(distinct a.issue_id), min(a.issued_on), max(a.issued_on)
           from mentions a join mentions b on b.section_id = a.section_id
           where a.section_id is not null and (b.kind != a.kind or b.entity_id != a.entity_id)
           group by a.kind, a.entity_id, b.kind, b.entity_id"""
    )
    conn.execute("create index entity_pairs_by_count on entity_pairs(kind, entity_id, sections desc)")
    _state(conn, "entity_pairs", signature)
    return conn.execute("select count(*) from entity_pairs").fetchone()[0]


def database_is_being_written(db_path: str | Path) -> bool:
    """True when another connection holds a write lock right now."""
    conn = sqlite3.connect(str(db_path), timeout=0)
    try:
        conn.execute("begin immediate")
        conn.execute("rollback")
        return False
    except sqlite3.OperationalError:
        return True
    finally:
        conn.close()


def inspect_file_for(db_path: str | Path) -> Path:
    """``<db>.inspect.json`` beside the database (gitignored)."""
    path = Path(db_path)
    return path.with_name(path.stem + ".inspect.json")


def write_inspect_file(db_path: str | Path, inspect_path: str | Path | None = None) -> Path:
    """Table counts and hash for immutable serving; reused while the DB is unchanged."""
    from datasette.cli import inspect_

    db_path = Path(db_path)
    target = Path(inspect_path) if inspect_path else inspect_file_for(db_path)
    stat = db_path.stat()
    if target.exists():
        try:
            cached = json.loads(target.read_text())
            entry = cached[db_path.stem]
            if entry["size"] == stat.st_size and target.stat().st_mtime >= stat.st_mtime:
                return target
        except (ValueError, KeyError, TypeError):
            pass
    data = asyncio.run(inspect_([str(db_path)], []))
    tmp = target.with_name(target.name + f".{os.getpid()}.tmp")
    tmp.write_text(json.dumps(data, indent=2))
    tmp.replace(target)
    return target
