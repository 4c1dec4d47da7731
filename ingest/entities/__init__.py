"""Named people, places and organisations: extraction, gazetteer, storage."""

from .settings import configure

__all__ = ["configure"]
