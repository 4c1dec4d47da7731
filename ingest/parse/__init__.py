"""Parsers: RawDocument -> ParsedIssue. Registered per media type via ``register_parsers``."""

from __future__ import annotations

from ..models import ParsedIssue, ParseError, RawDocument


def parsers() -> dict:
    from ..plugins import pm

    table: dict = {}
    # pluggy calls the most recently registered plugin first; let earlier
    # (built-in) registrations be overridden by later (outside) ones.
    for registered in reversed(pm.hook.register_parsers()):
        table.update(registered or {})
    return table


def parse_document(doc: RawDocument) -> ParsedIssue:
    parser = parsers().get(doc.media_type)
    if parser is None:
        raise ParseError(f"no parser for media type {doc.media_type}")
    return parser(doc)
