"""CLI commands: ``gazetteer update|import``, ``eval``, ``candidates``."""

from __future__ import annotations

import time
from pathlib import Path

import click

DEFAULT_DB = "archive.db"


def _open(db_path):
    import sqlite_utils

    from . import schema

    db = sqlite_utils.Database(db_path)
    schema.apply(db)
    return db


def register(cli: click.Group) -> None:
    @cli.group()
    def gazetteer():
        """The place gazetteer that place mentions link to."""

    @gazetteer.command("import")
    @click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False))
    @click.option("--db", "db_path", default=DEFAULT_DB, show_default=True, help="Archive database")
    def gazetteer_import(files, db_path):
        """Load places from CSV (code, name, kind, parent, lat, lon), GeoJSON or TopoJSON FILES."""
        from .gazetteer import import_file
        from .settings import reset_lexicon

        db = _open(db_path)
        for f in files:
            with db.atomic():
                count = import_file(db, Path(f))
            click.echo(f"{f}: {count} places")
        reset_lexicon()

    @gazetteer.command("update")
    @click.option("--url", "urls", multiple=True, help="Download from these URLs instead of the official defaults")
    @click.option("--db", "db_path", default=DEFAULT_DB, show_default=True, help="Archive database")
    @click.option("--cache", "cache_path", default=None, help="SQLite cache of downloads")
    def gazetteer_update(urls, db_path, cache_path):
        """Download official open data (CBS, PDOK) and load it into the gazetteer."""
        from .download import DEFAULT_SOURCES, update
        from .settings import reset_lexicon

        db = _open(db_path)
        for url, count in update(db, list(urls) or DEFAULT_SOURCES, cache_path):
            click.echo(f"{url}: {count} places")
        reset_lexicon()

    @cli.command("eval")
    @click.argument("gold", nargs=-1, required=True, type=click.Path(exists=True))
    @click.option("--format", "fmt", type=click.Choice(["jsonl", "conll"]), default=None,
                  help="Gold format (default: from the file name)")
    @click.option("--text", "text_path", type=click.Path(exists=True, dir_okay=False),
                  help="The text the JSONL offsets point into (default: GOLD with .txt; one GOLD file only)")
    @click.option("--gazetteer", "gazetteer_files", multiple=True, type=click.Path(exists=True, dir_okay=False),
                  help="Extra gazetteer files to load for this run")
    @click.option("--errors", default=0, help="Print this many wrong spans")
    def eval_command(gold, fmt, text_path, gazetteer_files, errors):
        """Print precision, recall and F1 per label for GOLD files.

        GOLD: JSONL or CoNLL files, or directories of ``*.jsonl`` files (each
        beside its ``.txt``). With several files, each gets a line of F1 scores
        and the table counts every entity of all of them."""
        from . import evaluate
        from .extractor import RulesExtractor
        from .gazetteer import read_file
        from .lexicon import build_lexicon

        files = evaluate.gold_files([Path(g) for g in gold])
        if not files:
            raise click.UsageError("no gold files (*.jsonl) in " + ", ".join(gold))
        if text_path and len(files) > 1:
            raise click.UsageError("--text goes with one GOLD file")
        rows = [row for f in gazetteer_files for row in read_file(Path(f))]
        extractor = RulesExtractor(build_lexicon(rows)) if rows else RulesExtractor()
        extractor.engine  # build the lexicon before timing
        total = evaluate.Scores()
        for path in files:
            docs = evaluate.read_gold(path, fmt, Path(text_path) if text_path else None)
            started = time.perf_counter()
            scores = evaluate.score(extractor, docs, keep_errors=errors)
            elapsed = time.perf_counter() - started
            total.add(scores)
            if len(files) > 1:
                f1 = "  ".join(f"{label} {scores.row(label)[2]:.3f}" for label in evaluate.LABELS)
                click.echo(f"{path}: {f1}")
            else:
                click.echo(f"{path}: {len(docs)} documents, {evaluate.count_tokens(docs)} tokens, {elapsed:.2f}s")
            for kind, label, surface, context in scores.errors:
                click.echo(f"{kind} {label:<4} {surface!r:<30} … {context}")
        if len(files) > 1:
            click.echo(f"all {len(files)} files:")
        click.echo(total.table())

    @cli.group()
    def candidates():
        """Capitalised names the extractor could not place, for review."""

    @candidates.command("list")
    @click.option("--db", "db_path", default=DEFAULT_DB, show_default=True)
    @click.option("--status", default="new", show_default=True)
    @click.option("--limit", default=50, show_default=True)
    def candidates_list(db_path, status, limit):
        """Most frequent candidates with the given status."""
        db = _open(db_path)
        for row in db.query(
            "select surface, count(*) n from entity_candidates where status = ? group by surface "
            "order by n desc, surface limit ?", [status, limit]):
            click.echo(f"{row['n']:>5}  {row['surface']}")

    @candidates.command("review")
    @click.argument("surface")
    @click.argument("decision", type=click.Choice(["person", "place", "organisation", "reject"]))
    @click.option("--db", "db_path", default=DEFAULT_DB, show_default=True)
    def candidates_review(surface, decision, db_path):
        """Accept SURFACE as a person, place or organisation, or reject it.

        Accepted names are used by the extractor from the next ingest on."""
        from .settings import reset_lexicon

        db = _open(db_path)
        status = "rejected" if decision == "reject" else "accepted"
        kind = None if decision == "reject" else decision
        with db.atomic():
            cur = db.execute("update entity_candidates set status = ?, kind_guess = ? where surface = ?",
                             [status, kind, surface])
            if not cur.rowcount:
                db["entity_candidates"].insert({"surface": surface, "kind_guess": kind, "status": status})
        reset_lexicon()
        click.echo(f"{surface}: {status}" + (f" as {kind}" if kind else ""))
