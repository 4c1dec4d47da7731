"""Links: cleaned URL, decoded click-tracking redirects, domain, kind; personal links never kept."""

from __future__ import annotations

import base64
import email
import email.policy
import json
import sqlite3
import zlib

import pytest

from ingest import Archive
from ingest.links import clean_url, describe_link, unwrap_redirect

from conftest import shared_path


def b64(text: str, urlsafe: bool = True) -> str:
    raw = text.encode()
    return (base64.urlsafe_b64encode(raw) if urlsafe else base64.b64encode(raw)).decode().rstrip("=")


def test_tracking_parameters_removed_meaningful_kept():
    assert clean_url("https://Example.org/item?id=42&utm_source=nb&utm_medium=email&fbclid=x&page=2") == "https://example.org/item?id=42&page=2"
    assert clean_url("https://example.org/a?mc_cid=1&mc_eid=2#deel-2") == "https://example.org/a#deel-2"
    # A parameter carrying the subscriber's address is personal.
    assert clean_url("https://example.org/a?ref=nb&email=jan%40example.org") == "https://example.org/a?ref=nb"
    # So are login tokens: a named token parameter, or any signed (JWT-like) value.
    signed = b64('{"u":"177lbt"}') + ".DDoEv-XyS5h"
    assert clean_url(f"https://example.org/p/post?token=abc&j={signed}&page=3") == "https://example.org/p/post?page=3"


def test_author_profile_is_not_personal_but_subscriber_profile_is():
    assert describe_link("https://sub.example.com/profile/1458-andrew-methven", "Andrew Methven").kind == "external"
    assert describe_link("https://x.us1.list-manage.com/profile?u=1&id=2&e=3", "update").url is None


@pytest.mark.parametrize(
    "tracked",
    [
        # a url= parameter, percent-encoded
        "https://click.mailer.example/track?u=abc123&url=https%3A%2F%2Fnieuws.example.nl%2Fartikel%3Fid%3D7%26utm_source%3Dnb",
        # u= holding the URL twice encoded
        "https://t.example.com/r?u=https%253A%252F%252Fnieuws.example.nl%252Fartikel%253Fid%253D7",
        # base64 in a query value
        "https://lnk.example.com/ls/click?upn=" + b64("https://nieuws.example.nl/artikel?id=7", urlsafe=False),
        # zlib-compressed, form-encoded payload in base64 (the destination percent-encoded inside)
        "https://email.example.com/c/" + base64.urlsafe_b64encode(zlib.compress(
            b"category=post&user_id=1&l=https%3A%2F%2Fnieuws.example.nl%2Fartikel%3Fid%3D7&r=jan%40example.org")).decode(),
        # base64 JSON in a path segment (Substack-style)
        "https://sub.example.com/redirect/2/" + b64(json.dumps({"e": "https://nieuws.example.nl/artikel?id=7", "p": 1})) + "?j=abc",
        # base64 path segment inside a signed token (header.payload.signature)
        "https://r.example.net/c/" + b64('{"alg":"x"}') + "." + b64("https://nieuws.example.nl/artikel?id=7") + ".c2lnbmF0dXJl",
    ],
)
def test_click_tracking_destination_decoded(tracked):
    info = describe_link(tracked, "Lees het artikel")
    assert info.url == "https://nieuws.example.nl/artikel?id=7"
    assert info.domain == "nieuws.example.nl"
    assert info.kind == "external"
    assert info.via is not None


def test_opaque_tracking_link_showing_its_destination():
    info = describe_link("https://track.example.com/c/9f8e7d", "https://www.facebook.com/wijkoost")
    assert (info.url, info.kind, info.via) == ("https://www.facebook.com/wijkoost", "social", "track.example.com")


def test_url_that_encodes_nothing_is_its_own_destination():
    url = "https://list.example.com/track/click?u=5d1f&id=9e2a"
    assert unwrap_redirect(url) == (url, None)


@pytest.mark.parametrize(
    "url, text, kind",
    [
        ("https://wijkoost.example.nl/nieuws/speeltuin", "Lees meer", "article"),
        ("https://nos.nl/artikel/1", "NOS", "external"),
        ("https://www.linkedin.com/company/wijkoost", "LinkedIn", "social"),
        ("mailto:redactie@wijkoost.example.nl", "Mail de redactie", "mailto"),
        ("https://cdn.example.net/img/header.png", "", "image"),
        ("https://wijkoost.example.nl/berichten/2024-03", "Bekijk deze e-mail in je browser", "view-online"),
        ("https://us1.campaign-archive.com/?u=1&id=2", "", "view-online"),
        ("#agenda", "Agenda", "anchor"),
    ],
)
def test_kinds(url, text, kind):
    assert describe_link(url, text, "wijkoost.example.nl").kind == kind


@pytest.mark.parametrize(
    "url, text",
    [
        ("https://wijkoost.example.nl/afmelden?id=8841", "Klik hier"),
        ("https://example.org/p?x=1", "Uitschrijven"),
        ("https://example.org/manage/preferences?token=abc", "Change settings"),
        ("https://click.mailer.example/t?url=" + "https%3A%2F%2Fexample.org%2Funsubscribe%3Ft%3Dabc", "hier"),
        ("mailto:leave-123@lists.example.org?subject=unsubscribe", "Abmelden"),
    ],
)
def test_personal_links_lose_their_url(url, text):
    info = describe_link(url, text)
    assert info.kind == "unsubscribe" and info.url is None


def test_corpus_newsletters_publish_no_personal_links(tmp_path):
    folder = shared_path("corpus", "emails", "newsletters")
    recipients = set()
    for path in sorted(folder.glob("*.eml")):
        msg = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
        for header in ("To", "Delivered-To"):
            try:
                value = msg.get(header)
            except Exception:
                value = None
            if value and "@" in str(value):
                recipients.add(str(value).split("<")[-1].strip(">").strip().lower())
    with Archive(tmp_path / "a.db") as archive:
        archive.ingest([folder])
    conn = sqlite3.connect(tmp_path / "a.db")
    try:
        links = conn.execute("select url, kind, domain from links").fetchall()
    finally:
        conn.close()
    assert len(links) > 300
    assert {"unsubscribe", "external", "mailto", "view-online"} <= {kind for _, kind, _ in links}
    assert all(url is None for url, kind, _ in links if kind == "unsubscribe")
    stored = " ".join(url.lower() for url, _, _ in links if url)
    assert "utm_" not in stored
    leaked = [r for r in recipients if len(r) > 5 and r in stored]
    assert not leaked, leaked
    assert all(domain for url, kind, domain in links if url and url.startswith("http"))
