"""Real-world MIME, forwarded issues, platform and web version."""

from __future__ import annotations

from ingest.models import EMAIL, RawDocument
from ingest.parse import parse_document
from tests.conftest import FIXTURES, shared_path

EMAIL_FIXTURES = FIXTURES / "email"


def parse(name: str):
    path = EMAIL_FIXTURES / name
    return parse_document(RawDocument(path.read_bytes(), EMAIL, str(path), "eml"))


def text_of(issue) -> str:
    return "\n".join(f"{s.heading or ''}\n{s.text}" for s in issue.sections)


def test_forwarded_as_attachment_gives_the_original_issue():
    issue = parse("forward-attached.eml")
    assert issue.title == "Buurtkrant juni"
    assert issue.sender == "redactie@buurtkrant.example"
    assert issue.issued_on.isoformat() == "2024-06-03"
    assert issue.message_id == "bk-2024-06@buurtkrant.example"
    assert "Voor het archief" not in text_of(issue)
    assert "zes nieuwe bankjes" in text_of(issue)


def test_inline_forward_gives_original_sender_date_and_subject():
    issue = parse("forward-inline.eml")
    assert issue.title == "Buurtkrant mei"
    assert (issue.sender, issue.sender_name) == ("redactie@buurtkrant.example", "Buurtkrant")
    assert issue.issued_on.isoformat() == "2024-05-06"
    assert issue.message_id is None  # the forwarder's id is not the issue's
    text = text_of(issue)
    assert "Deze hoort er ook nog bij" not in text and "Doorgestuurd" not in text
    assert "piet@example.net" not in text and "Piet de Vries" not in text
    assert "Groene daken" in text


def test_lying_charset_and_8bit_headers():
    issue = parse("lying-charset.eml")
    assert issue.title == "Café in de Kölner Straße"
    assert issue.sender_name == "Nieuwsbrief Kölner Straße"
    assert "Het café aan de Kölner Straße opent" in text_of(issue)


def test_multipart_related_broken_qp_and_base64_missing_date_and_id():
    issue = parse("related-cid.eml")
    assert issue.title == "Vogeltelling 2024"
    assert "Café De Reiger" in text_of(issue)  # QP with latin-1 and a broken escape
    assert "cid:" not in text_of(issue)
    # No Date header: the Received timestamp; no Message-ID: none invented.
    assert issue.issued_on.isoformat() == "2024-02-03" and issue.message_id is None


def test_platform_and_web_version():
    issue = parse("personal.eml")
    assert issue.platform == "laposta"
    assert issue.web_url == "https://wijkraad-oost.example/nieuwsbrief/mei-2024"


def test_no_date_anywhere_is_refused_with_a_reason(archive):
    data = b"From: a@example.org\nSubject: Zonder datum\n\nGeen datum te vinden in deze tekst over de wijk.\n"
    outcome = archive.ingest_document(RawDocument(data, EMAIL, "nodate.eml", "eml"))
    assert outcome.status == "error" and outcome.message.startswith("no date")


def test_corpus_platforms():
    folder = shared_path("corpus", "emails", "newsletters")
    expected = {
        "de_mailchimp_schreibsuchti_2023-01-17.u1.eml": "mailchimp",
        "de_convertkit_zeitzuleben_2023-01-16.eml": "convertkit",
        "de_klaviyo_katjes_2023-01-25.eml": "klaviyo",
        "de_sendinblue_trusted-shops_2023-01-06.eml": "brevo",
        "de_newsletter2go_schoepflin_2023-01-02.eml": "brevo",
        "de_cleverreach_asylforum-freiburg_2023-01-10.eml": "cleverreach",
        "de_getresponse_vfl-bochum_2023-01-06.eml": "getresponse",
        "en_mailchimp_continuity-insights_webinar.eml": "mailchimp",
    }
    found = {}
    for name in expected:
        path = folder / name
        found[name] = parse_document(RawDocument(path.read_bytes(), EMAIL, str(path), "eml")).platform
    assert found == expected
