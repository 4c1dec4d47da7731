"""The bundled HTML and .eml renditions of the seed issue give the same sections and links."""

import datetime as dt

import pytest

from ingest.models import EMAIL, HTML, RawDocument
from ingest.parse import parse_document

from conftest import SAMPLES
from test_core_text_sections import SEED_HEADINGS, SEED_LINK_TEXTS


@pytest.mark.parametrize("name, media_type", [("nplv-2024-05-01.html", HTML), ("nplv-2024-05-01.eml", EMAIL)])
def test_rendition_matches_seed(name, media_type):
    path = SAMPLES / name
    issue = parse_document(RawDocument(path.read_bytes(), media_type, str(path), "sample"))
    assert issue.sections[0].heading is None
    assert [s.heading for s in issue.sections[1:]] == SEED_HEADINGS
    assert [link.text for link in issue.links] == SEED_LINK_TEXTS
    assert issue.issued_on == dt.date(2024, 5, 1)
    # The hidden preheader and the masthead are not body text.
    preamble = issue.sections[0].text
    assert preamble.startswith("We zijn bijna twee jaar onderweg")
    assert "Programmamanager NPLV" in preamble


def test_email_headers_win():
    path = SAMPLES / "nplv-2024-05-01.eml"
    issue = parse_document(RawDocument(path.read_bytes(), EMAIL, str(path), "eml"))
    assert issue.subject == "Nieuwsbrief NPLV – 1 mei 2024: twee jaar onderweg"
    assert issue.sent_at.isoformat() == "2024-05-01T10:02:17+02:00"
    # The subscriber id the unsubscribe link shares with the Message-ID is removed.
    assert issue.message_id == "20240501080217.-@nieuwsbrief.leefbaarheidenveiligheid.nl"
    assert issue.list_id == "nplv.nieuwsbrief.leefbaarheidenveiligheid.nl"
    assert issue.sender == "nieuwsbrief@leefbaarheidenveiligheid.nl"
