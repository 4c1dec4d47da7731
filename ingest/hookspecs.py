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


@hookspec(firstresult=True)
def match_existing_issue(db, issue, source_sha256):
    """The id of a stored issue that ``issue`` is another rendition of, or None.

    Asked after the core's own identity checks (Message-ID, fingerprint)
    found nothing; the first plugin to answer with an id wins.
    """


@hookspec
def delete_issue_records(db, issue_id):
    """Delete a plugin's rows derived from an issue's content, before a reparse
    rewrites it (inside the same transaction). Rows that must outlive the
    rewrite (an archivist's review, provenance) stay, but may no longer point
    at the issue's sections, which are replaced."""


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
