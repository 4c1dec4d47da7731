"""The ``newsletter-archive`` command: a thin click layer over ``ingest.Archive``.

Plugins add commands through the ``register_commands`` hook.
"""

from __future__ import annotations

import json
import sys

import click

from . import __version__
from .archive import Archive, Outcome
from .progress import progress_bar

DEFAULT_DB = "archive.db"


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="newsletter-archive")
def cli():
    """Turn past newsletter issues into a searchable, citable archive."""


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=str))
@click.option("--db", "db_path", default=DEFAULT_DB, show_default=True, help="Archive database to write.")
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON.")
@click.option("-q", "--quiet", is_flag=True, help="Only print errors and the summary.")
@click.option("--ner-model", help="An installed spaCy pipeline whose entities are merged with the rules.")
def ingest(paths, db_path, as_json, quiet, ner_model):
    """Ingest files and directories of newsletter issues.

    Formats are detected from content: .eml, mbox, Maildir, Outlook .msg,
    HTML, plain text, WARC. Exit status: 0 all went in, 1 some failed.
    """
    options = {"ner_model": ner_model} if ner_model else None
    with Archive(db_path, options=options) as archive, progress_bar(_printer(quiet or as_json)) as on_outcome:
        report = archive.ingest(paths, on_outcome=on_outcome)
    if as_json:
        click.echo(json.dumps(report.as_dict(), ensure_ascii=False))
    else:
        click.echo(report.summary())
    sys.exit(1 if report.errors else 0)


@cli.command()
@click.argument("issue_ids", nargs=-1, type=int)
@click.option("--db", "db_path", default=DEFAULT_DB, show_default=True, type=click.Path(exists=True, dir_okay=False))
def reparse(issue_ids, db_path):
    """Rebuild issues from their kept raw bytes (all issues, or the IDs given).

    Issue ids stay the same, so published URLs keep working.
    """
    with Archive(db_path) as archive:
        report = archive.reparse(issue_ids or None)
    for outcome in report.errors:
        click.echo(f"error: {outcome.line()}", err=True)
    click.echo(f"{report.count('reparsed')} issues reparsed, {len(report.errors)} errors")
    sys.exit(1 if report.errors else 0)


def _printer(quiet: bool):
    def show(outcome: Outcome) -> None:
        if outcome.status == "error":
            click.echo(f"error: {outcome.line()}", err=True)
        elif not quiet:
            click.echo(outcome.line(), err=True)

    return show


def _register_plugin_commands() -> None:
    from .plugins import pm

    pm.hook.register_commands(cli=cli)


_register_plugin_commands()
