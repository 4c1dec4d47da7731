"""Apply every registered migration set, core first."""

from __future__ import annotations

import sqlite_utils

from ..plugins import pm


def migrations() -> list:
    sets = []
    for registered in reversed(pm.hook.register_migrations()):
        sets.extend(registered or [])
    # The core set creates the tables everything else refers to.
    sets.sort(key=lambda m: m.name != "newsletter_archive.core")
    return sets


def apply_migrations(db: sqlite_utils.Database) -> None:
    for migration_set in migrations():
        migration_set.apply(db)
