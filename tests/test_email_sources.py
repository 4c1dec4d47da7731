"""mbox, Maildir, directories of .eml and Outlook .msg as sources."""

from __future__ import annotations

import email
import io
import shutil
from email.policy import default as default_policy
from pathlib import Path

import pytest

from ingest.sources import detect, iter_documents
from ingest.sources.mbox import iter_messages
from tests.conftest import FIXTURES, shared_path

EMAIL_FIXTURES = FIXTURES / "email"


def test_mbox_split_unquote_and_envelope_date():
    docs = list(iter_documents([EMAIL_FIXTURES / "nieuws.mbox"]))
    assert [d.origin.rsplit("#", 1)[1] for d in docs] == ["1", "2", "3"]
    assert all(d.source_kind == "mbox" for d in docs)
    first, second, _ = docs
    # mboxrd quoting undone; the From_ line is framing, not message.
    assert b"\nFrom de redactie: stuur uw tips in.\n" in first.content
    assert not first.content.startswith(b"From ")
    # Unquoted body lines that only look like separators stay in the message.
    assert b"From het bestuur\n" in second.content and b"From Russia with love" in second.content
    assert second.captured_at == "2024-07-01T07:30:00+00:00"


def test_mbox_without_blank_line_before_separator_and_content_length():
    data = (
        b"From - Mon Jun  3 12:50:27 1996\nFrom: a@example.org\nSubject: one\nContent-Length: 24\n\n"
        b"From here on: body text\nFrom - Tue Jun  4 12:50:27 1996\nFrom: b@example.org\nSubject: two\n\nsecond\n"
    )
    messages = [content for _, content, _ in iter_messages(io.BytesIO(data))]
    assert len(messages) == 2
    assert messages[0].endswith(b"From here on: body text\n")
    assert email.message_from_bytes(messages[1], policy=default_policy)["Subject"] == "two"


def test_mbox_is_detected_by_content_not_name(tmp_path):
    odd = tmp_path / "Inbox"  # Thunderbird keeps mailboxes without a suffix
    shutil.copy(EMAIL_FIXTURES / "nieuws.mbox", odd)
    assert detect(odd).name == "mbox"
    assert detect(EMAIL_FIXTURES / "personal.eml").name == "eml"


def test_maildir_and_eml_directories(tmp_path, archive):
    maildir = tmp_path / "Maildir"
    for sub in ("cur", "new", "tmp"):
        (maildir / sub).mkdir(parents=True)
    shutil.copy(EMAIL_FIXTURES / "forward-attached.eml", maildir / "cur" / "1717392600.M1P2.host:2,S")
    shutil.copy(EMAIL_FIXTURES / "lying-charset.eml", maildir / "new" / "1715328000.M3P4.host")
    shutil.copy(EMAIL_FIXTURES / "personal.eml", maildir / "tmp" / "1715328001.M5P6.host")  # still being delivered
    sub = maildir / ".Nieuwsbrieven"
    for name in ("cur", "new", "tmp"):
        (sub / name).mkdir(parents=True)
    shutil.copy(EMAIL_FIXTURES / "related-cid.eml", sub / "new" / "1706947920.M7P8.host")
    folder = tmp_path / "exports"
    folder.mkdir()
    shutil.copy(EMAIL_FIXTURES / "forward-inline.eml", folder / "a.eml")

    assert detect(maildir).name == "maildir"
    docs = list(iter_documents([maildir]))
    assert len(docs) == 3 and {d.source_kind for d in docs} == {"maildir"}
    assert docs[0].captured_at == "2024-06-03T05:30:00+00:00"
    report = archive.ingest([maildir, folder])
    assert report.new_issues == 4 and not report.errors
    titles = {r["title"] for r in archive.db.query("select title from issues")}
    assert titles == {"Buurtkrant juni", "Café in de Kölner Straße", "Vogeltelling 2024", "Buurtkrant mei"}


def _body_text(msg) -> str:
    part = msg.get_body(preferencelist=("plain", "html"))
    return " ".join(part.get_content().split()) if part is not None else ""


@pytest.mark.parametrize("stem", ["perl-msg_charset", "perl-msg_plain_unsent", "perl-msg_plain_uc_unsent"])
def test_msg_golden_pairs(stem):
    from ingest.parse import parse_document
    from ingest.sources.msg import email_message_from_msg, open_msg

    msg_path = shared_path("corpus", "msg", f"{stem}.msg")
    expected = email.message_from_bytes((msg_path.parent / f"{stem}.expected.eml").read_bytes(), policy=default_policy)
    doc = next(iter_documents([msg_path]))
    assert doc.source_kind == "msg"
    issue = parse_document(doc)
    assert issue.subject == expected["Subject"]
    want_sender = email.utils.parseaddr(expected["From"] or "")[1].lower() or None
    assert issue.sender == want_sender
    assert issue.sent_at.replace(microsecond=0) == email.utils.parsedate_to_datetime(expected["Date"])
    outlook = open_msg(doc.content)
    try:
        rebuilt = email_message_from_msg(outlook)
    finally:
        outlook.close()
    want_body = _body_text(expected).replace("\x00", "").strip(" \ufffd")
    assert _body_text(rebuilt).strip(" \ufffd") == want_body
    assert want_body.split()[0] in " ".join(s.text for s in issue.sections)


@pytest.mark.slow  # RTF de-encapsulation takes seconds per file; the corpus test covers parsing
def test_every_corpus_msg_becomes_an_issue(archive):
    folder = shared_path("corpus", "msg")
    report = archive.ingest(sorted(folder.glob("*.msg")))
    assert not report.errors, [o.line() for o in report.errors]
    rows = list(archive.db.query("select title, issued_on from issues"))
    assert rows and all(r["title"] and r["issued_on"] for r in rows)


def test_a_non_message_ole_file_is_refused_with_a_reason(tmp_path, archive):
    fake = tmp_path / "notes.msg"
    fake.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    report = archive.ingest([fake])
    assert len(report.errors) == 1 and "\n" not in report.errors[0].message
