"""The private store of raw source bytes.

Raw emails carry the recipient's address and personal tokens, so the bytes
live in a separate SQLite file next to the archive (``archive.raw.db`` for
``archive.db``) that Datasette never serves. Content-addressed by SHA-256:
storing the same bytes twice is a no-op.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import sqlite_utils

from ..models import RawDocument


def raw_path_for(db_path: str | Path) -> Path:
    path = Path(db_path)
    return path.with_name(path.stem + ".raw.db")


class RawStore:
    def __init__(self, path: str | Path):
        self.path = Path(path)
        self.db = sqlite_utils.Database(self.path)
        if "raw_sources" not in self.db.table_names():
            self.db["raw_sources"].create(
                {"sha256": str, "content": bytes, "media_type": str, "origin": str, "kind": str, "url": str, "stored_at": str},
                pk="sha256",
            )

    def put(self, doc: RawDocument) -> None:
        with self.db.atomic():
            self.db["raw_sources"].insert(
                {
                    "sha256": doc.sha256,
                    "content": doc.content,
                    "media_type": doc.media_type,
                    "origin": doc.origin,
                    "kind": doc.source_kind,
                    "url": doc.url,
                    "stored_at": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
                },
                ignore=True,
            )

    def get(self, sha256: str) -> RawDocument | None:
        rows = list(self.db.query("select * from raw_sources where sha256 = ?", [sha256]))
        if not rows:
            return None
        row = rows[0]
        return RawDocument(row["content"], row["media_type"], row["origin"], row["kind"], url=row["url"])

    def __contains__(self, sha256: str) -> bool:
        return bool(list(self.db.query("select 1 from raw_sources where sha256 = ?", [sha256])))

    def close(self) -> None:
        self.db.close()
