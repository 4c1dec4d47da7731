"""Built-in plugin: named people, places and organisations."""

from __future__ import annotations

from ingest.hookspecs import hookimpl


@hookimpl
def register_extractors():
    from .extractor import RulesExtractor

    return [RulesExtractor()]


@hookimpl
def archive_opened(archive):
    # The archive's own gazetteer rows and reviewed candidates join the
    # lexicons; an optional spaCy pipeline adds a further signal.
    from .settings import configure

    configure(archive_db=archive.db, ner_model=archive.options.get("ner_model"))


@hookimpl
def archive_closed(archive):
    from .settings import configure, archive_db

    if archive_db() is archive.db:
        configure(archive_db="")


@hookimpl
def register_migrations():
    from .schema import migrations

    return [migrations]


@hookimpl
def write_issue_records(db, issue_id, issue, section_ids, mentions):
    from .store import write_issue_records as write

    write(db, issue_id, issue, section_ids, mentions)


@hookimpl
def delete_issue_records(db, issue_id):
    # Mentions and unreviewed candidates are rebuilt; reviewed candidates
    # keep the archivist's decision but lose the section they pointed at.
    db.execute("delete from mentions where issue_id = ?", [issue_id])
    db.execute("delete from entity_candidates where issue_id = ? and status = 'new'", [issue_id])
    db.execute("update entity_candidates set section_id = null where issue_id = ?", [issue_id])


@hookimpl
def register_commands(cli):
    from .commands import register

    register(cli)
