"""``newsletter-archive serve``: publish an archive read-only with Datasette."""

from __future__ import annotations

from pathlib import Path

import click

from ..hookspecs import hookimpl


@hookimpl
def register_commands(cli):
    cli.add_command(serve)


@click.command()
@click.option("--db", "db_path", default="archive.db", show_default=True,
              type=click.Path(exists=True, dir_okay=False, path_type=Path), help="Archive database to publish.")
@click.option("--port", default=8001, show_default=True, type=int)
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--metadata", "metadata_path", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="metadata.yml to use (default: beside the database, else the one shipped in the package).")
@click.option("--live", is_flag=True,
              help="Serve while ingesting: no immutable mode, counts computed per request.")
@click.option("--check", is_flag=True, help="Prepare and load everything, print the plan, and exit without serving.")
def serve(db_path, port, host, metadata_path, live, check):
    """Serve the archive read-only with Datasette.

    Before serving, the publish step brings the derived search tables and
    views up to date in the archive database. The database is then opened
    immutable (with an inspect file of table counts) unless it is being
    written right now or --live is given. The raw store is never served.
    """
    from .server import ServeOptions, build_datasette, run

    options = ServeOptions(db_path=db_path, host=host, port=port, metadata_path=metadata_path, live=live)
    datasette, plan = build_datasette(options)
    for line in plan:
        click.echo(line, err=True)
    if check:
        return
    run(datasette, host, port)

