"""Built-in plugin: named people, places and organisations."""

from __future__ import annotations

from ingest.hookspecs import hookimpl


@hookimpl
def register_extractors():
    from .extractor import RulesExtractor

    return [RulesExtractor()]


@hookimpl
def register_migrations():
    from .schema import migrations

    return [migrations]


@hookimpl
def write_issue_records(db, issue_id, issue, section_ids, mentions):
    from .store import write_issue_records as write

    write(db, issue_id, issue, section_ids, mentions)


@hookimpl
def register_commands(cli):
    from .commands import register

    register(cli)
