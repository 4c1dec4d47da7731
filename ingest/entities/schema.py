"""Tables of the entity layer, as a named migration set."""

from __future__ import annotations

from sqlite_utils import Migrations

from .gazetteer import default_rows, upsert_rows

migrations = Migrations("newsletter_archive.entities")


@migrations()
def m001_entity_tables(db):
    db.executescript(
        """
        create table if not exists gazetteer (
            code text primary key, name text not null, kind text not null,
            parent_code text, municipality_code text, province text,
            latitude float, longitude float, focus_area text, aliases text, source text
        );
        create index if not exists gazetteer_name on gazetteer(name);
        create index if not exists gazetteer_municipality on gazetteer(municipality_code);

        create table if not exists people (
            id integer primary key, name text not null, key text not null unique, aliases text
        );
        create table if not exists organisations (
            id integer primary key, name text not null, acronym text, key text not null unique,
            aliases text
        );
        create index if not exists organisations_acronym on organisations(acronym);
        create table if not exists places (
            id integer primary key, name text not null, kind text, code text references gazetteer(code),
            municipality text, municipality_code text, province text,
            latitude float, longitude float, key text not null unique, aliases text
        );
        create index if not exists places_municipality on places(municipality_code);

        -- one flat table: every mention of an entity is one indexed lookup
        create table if not exists mentions (
            id integer primary key,
            kind text not null,
            entity_id integer not null,
            entity_name text not null,
            issue_id integer references issues(id),
            section_id integer references sections(id),
            surface text, start integer, "end" integer, snippet text, role text,
            confidence float, extractor text, extractor_version text,
            issued_on text, newsletter_id integer, place_kind text, municipality text,
            gazetteer_code text, attributes text
        );
        create index if not exists mentions_entity on mentions(kind, entity_id);
        create index if not exists mentions_entity_name on mentions(entity_name);
        create index if not exists mentions_issue on mentions(issue_id);
        create index if not exists mentions_section on mentions(section_id);
        create index if not exists mentions_issued_on on mentions(issued_on);

        -- every area that contains a place, the place itself included
        create table if not exists place_areas (
            place_id integer not null references places(id),
            area_code text not null, area_name text, area_kind text,
            primary key (place_id, area_code)
        );
        create index if not exists place_areas_area on place_areas(area_code);

        create table if not exists entity_candidates (
            id integer primary key, surface text not null, kind_guess text,
            issue_id integer references issues(id), section_id integer references sections(id),
            snippet text, status text not null default 'new'
        );
        create index if not exists entity_candidates_surface on entity_candidates(surface);
        create index if not exists entity_candidates_status on entity_candidates(status);
        """
    )


@migrations()
def m002_default_gazetteer(db):
    upsert_rows(db, default_rows())


def apply(db) -> None:
    migrations.apply(db)
