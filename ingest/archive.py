"""The Python API: an ``Archive`` is the published database plus its raw store.

Everything the CLI does goes through here::

    from ingest import Archive
    archive = Archive("archive.db")
    report = archive.ingest(["inbox/", "issue.eml"])
    print(report.summary())
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

import sqlite_utils

from .models import Mention, ParsedIssue, ParseError, RawDocument
from .parse import parse_document
from .sources import SourceError, iter_documents
from .store.migrate import apply_migrations
from .store.raw import RawStore, raw_path_for
from .store.writer import now_iso, write_issue


@dataclass(frozen=True)
class Outcome:
    """What happened to one document: new | merged | duplicate | error."""

    status: str
    origin: str
    issue_id: int | None = None
    sha256: str | None = None
    stage: str | None = None
    message: str | None = None

    def line(self) -> str:
        if self.status == "error":
            return f"{self.origin}: {self.stage} failed: {self.message}"
        return f"{self.origin}: {self.status}" + (f" (issue {self.issue_id})" if self.issue_id else "")


@dataclass
class IngestReport:
    outcomes: list[Outcome] = field(default_factory=list)

    def count(self, status: str) -> int:
        return sum(1 for o in self.outcomes if o.status == status)

    @property
    def new_issues(self) -> int:
        return self.count("new")

    @property
    def merged(self) -> int:
        return self.count("merged")

    @property
    def duplicates(self) -> int:
        return self.count("duplicate")

    @property
    def errors(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.status == "error"]

    def summary(self) -> str:
        return (
            f"{self.new_issues} new issues, {self.merged} added to existing issues, "
            f"{self.duplicates} duplicates skipped, {len(self.errors)} errors"
        )

    def as_dict(self) -> dict:
        return {
            "new_issues": self.new_issues,
            "merged": self.merged,
            "duplicates": self.duplicates,
            "errors": [{"origin": o.origin, "stage": o.stage, "message": o.message} for o in self.errors],
        }


class Archive:
    """An archive database (published) and its raw store (private)."""

    def __init__(self, path: str | Path = "archive.db", raw_path: str | Path | None = None, options: dict | None = None):
        """``options`` are passed to plugins, e.g. ``{"ner_model": "nl_core_news_sm"}``."""
        self.path = Path(path)
        self.options = dict(options or {})
        self.db = sqlite_utils.Database(self.path)
        self.db.execute("pragma foreign_keys = on")
        apply_migrations(self.db)
        self.raw = RawStore(raw_path or raw_path_for(self.path))
        # WAL while writing: one fsync per checkpoint instead of per issue.
        # A crash can lose the last commits but never half an issue.
        for db in (self.db, self.raw.db):
            db.enable_wal()
            db.execute("pragma synchronous = normal")
        from .plugins import pm

        pm.hook.archive_opened(archive=self)

    def close(self) -> None:
        from .plugins import pm

        pm.hook.archive_closed(archive=self)
        # Leave single, self-contained files behind: Datasette serves the
        # archive immutable, and immutable readers ignore a WAL file.
        for db in (self.db, self.raw.db):
            db.disable_wal()
        self.db.close()
        self.raw.close()

    def __enter__(self) -> Archive:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- ingest ---------------------------------------------------------------

    def ingest(self, paths: Iterable[str | Path], on_outcome: Callable[[Outcome], None] | None = None) -> IngestReport:
        """Ingest files and directories (recursed; format detected from content)."""
        return self.ingest_documents(iter_documents(paths), on_outcome)

    def ingest_documents(
        self,
        documents: Iterable[RawDocument | SourceError],
        on_outcome: Callable[[Outcome], None] | None = None,
    ) -> IngestReport:
        report = IngestReport()
        for item in documents:
            if isinstance(item, SourceError):
                outcome = self._error(item.origin, item.stage, item.message)
            else:
                outcome = self.ingest_document(item)
            report.outcomes.append(outcome)
            if on_outcome:
                on_outcome(outcome)
        return report

    def ingest_document(self, doc: RawDocument) -> Outcome:
        """Parse, extract and store one document; never raises for bad input."""
        if self.has_source(doc.sha256):
            return Outcome("duplicate", doc.origin, sha256=doc.sha256)
        # Keep the bytes first: even a document that fails to parse stays
        # available for a later re-parse.
        self.raw.put(doc)
        try:
            issue = parse_document(doc)
        except ParseError as exc:
            return self._error(doc.origin, "parse", str(exc), doc.sha256)
        except Exception as exc:  # a parser bug on odd input must not end the batch
            return self._error(doc.origin, "parse", f"{type(exc).__name__}: {exc}", doc.sha256)
        try:
            mentions = self.extract(issue)
        except Exception as exc:
            return self._error(doc.origin, "extract", f"{type(exc).__name__}: {exc}", doc.sha256)
        try:
            status, issue_id = write_issue(self.db, doc, issue, mentions)
        except Exception as exc:
            return self._error(doc.origin, "store", f"{type(exc).__name__}: {exc}", doc.sha256)
        return Outcome(status, doc.origin, issue_id=issue_id, sha256=doc.sha256)

    def reparse(self, issue_ids: Iterable[int] | None = None) -> IngestReport:
        """Parse stored issues again from their raw bytes, keeping their ids.

        For when a parser or extractor improved: the published records are
        rebuilt from the private raw store, so nothing needs re-importing.
        """
        from .store.writer import replace_issue

        where, params = "", []
        if issue_ids is not None:
            ids = list(issue_ids)
            where, params = f"where id in ({', '.join('?' * len(ids))})", ids
        rows = list(self.db.query(f"select id, source_sha256 from issues {where} order by id", params))
        report = IngestReport()
        for row in rows:
            doc = self.raw.get(row["source_sha256"])
            if doc is None:
                outcome = self._error(f"issue {row['id']}", "reparse", "raw bytes not in the raw store", row["source_sha256"])
            else:
                try:
                    issue = parse_document(doc)
                    replace_issue(self.db, row["id"], issue, self.extract(issue))
                    outcome = Outcome("reparsed", doc.origin, issue_id=row["id"], sha256=doc.sha256)
                except Exception as exc:
                    outcome = self._error(doc.origin, "reparse", f"{type(exc).__name__}: {exc}", doc.sha256)
            report.outcomes.append(outcome)
        return report

    @cached_property
    def extractors(self) -> list:
        """Every registered extractor, built once per open archive and reused
        for each issue (building one loads lexicons)."""
        from .plugins import pm

        return [extractor for group in pm.hook.register_extractors() for extractor in group or []]

    def extract(self, issue: ParsedIssue) -> list[Mention]:
        mentions: list[Mention] = []
        for extractor in self.extractors:
            mentions.extend(extractor.extract(issue))
        return mentions

    def has_source(self, sha256: str) -> bool:
        return bool(list(self.db.query("select 1 from sources where sha256 = ?", [sha256])))

    def _error(self, origin: str, stage: str, message: str, sha256: str | None = None) -> Outcome:
        message = " ".join(str(message).split())[:500] or "unknown error"
        with self.db.atomic():
            self.db["ingest_errors"].insert(
                {"origin": origin, "stage": stage, "message": message, "time": now_iso(), "sha256": sha256}
            )
        return Outcome("error", origin, sha256=sha256, stage=stage, message=message)
