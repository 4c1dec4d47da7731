"""Plugin hooks. Built-in formats and extractors use these same hooks.

A plugin is a module (or an installed package exposing the
``newsletter_archive`` entry point) with functions decorated by ``hookimpl``.
"""

from pluggy import HookimplMarker, HookspecMarker

hookspec = HookspecMarker("newsletter_archive")
hookimpl = HookimplMarker("newsletter_archive")


@hookspec
def register_source_formats():
    """Return a list of ``ingest.sources.SourceFormat`` objects."""


@hookspec
def register_parsers():
    """Return a dict {media_type: callable(RawDocument) -> ParsedIssue}."""


@hookspec
def register_extractors():
    """Return a list of extractors: objects with ``name``, ``version`` and
    ``extract(issue: ParsedIssue) -> list[Mention]``."""


@hookspec
def register_migrations():
    """Return a list of ``sqlite_utils.Migrations`` sets for the archive database."""


@hookspec
def write_issue_records(db, issue_id, issue, section_ids, mentions):
    """Write a plugin's own rows for a stored issue.

    Called inside the issue's transaction, so a failure rolls back the whole
    issue. ``section_ids`` lists the row id of each of ``issue.sections``.
    """


@hookspec
def archive_opened(archive):
    """An ``ingest.Archive`` was opened; ``archive.options`` holds plugin options
    (for example ``ner_model``) and ``archive.db`` the migrated database."""


@hookspec
def archive_closed(archive):
    """An ``ingest.Archive`` is about to close its database connections."""


@hookspec
def register_commands(cli):
    """Add click commands to the ``newsletter-archive`` CLI group."""
