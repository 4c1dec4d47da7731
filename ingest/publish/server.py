"""Building the Datasette instance that publishes an archive.

Choices, made once here:

- read-only: immutable mode (``?immutable=1``, counts from an inspect file)
  unless the database is being written; any method but GET/HEAD/OPTIONS is
  answered 405 by our plugin.
- ``allow_download`` off: the .db file would bypass the column masking of
  the plugin and carry hidden tables. Every table and query is still
  exportable as CSV/JSON (``_stream=on`` for all rows).
- suggested facets off (slow on big tables, noisy); facets come from metadata.
- metadata: ``--metadata``, else ``metadata.yml`` beside the database, else
  the copy shipped in the package. Its ``databases.archive`` block is
  applied to whatever the database file is called.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import yaml

from . import prepare as publish_step

PACKAGED_METADATA = Path(__file__).with_name("metadata.yml")
METADATA_DATABASE_KEY = "archive"

SETTINGS = {
    "suggest_facets": False,
    "allow_download": False,
    "default_page_size": 50,
    "max_returned_rows": 1000,
    "sql_time_limit_ms": 2000,
    "facet_time_limit_ms": 400,
    "default_cache_ttl": 300,
    "allow_csv_stream": True,
}


@dataclass
class ServeOptions:
    db_path: Path
    host: str = "127.0.0.1"
    port: int = 8001
    metadata_path: Path | None = None
    live: bool = False


def find_metadata(db_path: Path, explicit: Path | None = None) -> Path:
    if explicit:
        return explicit
    beside = db_path.resolve().with_name("metadata.yml")
    return beside if beside.exists() else PACKAGED_METADATA


def load_metadata(path: Path, database_name: str) -> dict:
    metadata = yaml.safe_load(path.read_text()) or {}
    databases = metadata.get("databases") or {}
    if METADATA_DATABASE_KEY in databases and database_name != METADATA_DATABASE_KEY:
        databases[database_name] = databases.pop(METADATA_DATABASE_KEY)
        # Links on the home page name the database too.
        for key in ("description_html", "description"):
            if isinstance(metadata.get(key), str):
                metadata[key] = metadata[key].replace(f"/{METADATA_DATABASE_KEY}/", f"/{database_name}/")
    return metadata


def register_plugin() -> None:
    """Our Datasette plugin, unless its entry point already loaded it."""
    from datasette.plugins import pm

    from . import datasette_plugin

    if not pm.is_registered(datasette_plugin) and pm.get_plugin("newsletter_archive") is None:
        pm.register(datasette_plugin, "newsletter_archive")


def build_datasette(options: ServeOptions):
    """Run the publish step and return (Datasette instance, lines describing the plan)."""
    import json

    from datasette.app import Datasette
    from datasette.cli import check_databases, run_sync

    db_path = options.db_path
    plan = []
    being_written = publish_step.database_is_being_written(db_path)
    if being_written:
        plan.append(f"{db_path} is being written: serving it live; the stemmed index may lag behind")
    elif not os.access(db_path, os.W_OK) or not os.access(db_path.parent, os.W_OK):
        plan.append(f"{db_path} is not writable: serving the derived tables as they are")
    else:
        plan.append("publish step: " + publish_step.prepare(db_path).summary())

    immutable = not (options.live or being_written)
    inspect_data = None
    if immutable:
        inspect_path = publish_step.inspect_file_for(db_path)
        if not os.access(db_path.parent, os.W_OK):
            import tempfile

            inspect_path = Path(tempfile.gettempdir()) / inspect_path.name
        inspect_path = publish_step.write_inspect_file(db_path, inspect_path)
        inspect_data = json.loads(inspect_path.read_text())
        plan.append(f"immutable mode, table counts from {inspect_path}")
    else:
        plan.append("live mode (read-only connections, counts per request)")

    metadata_path = find_metadata(db_path, options.metadata_path)
    plan.append(f"metadata: {metadata_path}")
    register_plugin()
    datasette = Datasette(
        files=[] if immutable else [str(db_path)],
        immutables=[str(db_path)] if immutable else [],
        inspect_data=inspect_data,
        metadata=load_metadata(metadata_path, db_path.stem),
        settings=SETTINGS,
        cors=False,
    )
    run_sync(datasette.invoke_startup)
    run_sync(lambda: check_databases(datasette))
    plan.append(f"serving http://{options.host}:{options.port}/")
    return datasette, plan


def run(datasette, host: str, port: int) -> None:
    import uvicorn

    uvicorn.run(datasette.app(), host=host, port=port, log_level="warning", lifespan="on", workers=1)
