"""Every real message in the corpus goes in as an issue or is refused with a reason."""

from __future__ import annotations

import re

import pytest

from ingest.models import EMAIL, OUTLOOK_MSG, ParseError
from ingest.parse import parse_document
from ingest.sources import SourceError, iter_documents
from tests.conftest import shared_path

# An exception's name at the start of a message means a bug, not a reason.
_EXCEPTION = re.compile(r"^[A-Z]\w*(Error|Exception)\b|Traceback")


def corpus_files():
    root = shared_path("corpus")
    emails = sorted(p for p in (root / "emails").rglob("*") if p.is_file() and p.suffix in {".eml", ".mbox"})
    return emails + sorted((root / "msg").glob("*.msg"))


def test_every_corpus_message_is_an_issue_or_a_one_line_refusal():
    files = corpus_files()
    assert len(files) > 100
    issues, refusals = 0, []
    for document in iter_documents(files):
        if isinstance(document, SourceError):
            refusals.append((document.origin, document.message))
            continue
        try:
            issue = parse_document(document)
        except ParseError as exc:
            refusals.append((document.origin, str(exc)))
            continue
        # Anything else escaping the parser is a bug and fails the test here.
        assert any(s.text.strip() or (s.heading or "").strip() for s in issue.sections), document.origin
        if document.media_type not in (EMAIL, OUTLOOK_MSG):
            # Headers too broken to sniff as mail: read as plain text, whose
            # title and date are the text parser's business.
            continue
        assert issue.title, document.origin
        assert issue.issued_on is not None, document.origin
        issues += 1
    for origin, reason in refusals:
        assert reason and "\n" not in reason and not _EXCEPTION.search(reason), (origin, reason)
    # The real newsletters all go in.
    refused = {origin for origin, _ in refusals}
    assert not any("/newsletters/" in origin for origin in refused), refused
    assert issues >= 100


@pytest.mark.slow
def test_whole_corpus_through_the_archive(archive):
    report = archive.ingest(corpus_files())
    stages = {o.stage for o in report.errors}
    assert stages <= {"read", "parse", "extract"}, [o.line() for o in report.errors if o.stage not in ("read", "parse")]
    assert report.new_issues >= 80
