"""Sections from real email layouts: the headings are the items a reader sees."""

from __future__ import annotations

import datetime as dt

import pytest

from ingest.models import EMAIL, HTML, RawDocument
from ingest.parse import parse_document

from conftest import FIXTURES, shared_path


def parse(path, media_type=HTML):
    return parse_document(RawDocument(path.read_bytes(), media_type, str(path), "test"))


def headings(issue) -> list[str]:
    return [s.heading for s in issue.sections if s.heading]


def test_card_layout_bold_and_large_first_lines():
    issue = parse(FIXTURES / "html" / "card-newsletter.html")
    # Bold first line of a cell, large-font first line, a bold linked title run in before a dash.
    assert headings(issue) == ["Voorjaarsschoonmaak op 23 maart", "Nieuwe speeltuin geopend", "Verslag van de jaarvergadering"]
    assert issue.issued_on == dt.date(2024, 3, 14)
    assert issue.newsletter_name == "WIJKBERICHT OOST"
    preamble = issue.sections[0].text
    assert preamble.startswith("Bekijk deze e-mail in je browser")
    assert "Voorjaarsschoonmaak, nieuwe speeltuin" not in preamble  # the hidden preheader
    jaarvergadering = issue.sections[3]
    assert jaarvergadering.text.startswith("De vereniging koos een nieuw bestuur")
    # The title's link stays with its section.
    assert jaarvergadering.links[0].text == "Verslag van de jaarvergadering"
    # A big bold button is a call to action, not the heading of what follows it.
    assert "Alle berichten" in jaarvergadering.paragraphs


def test_same_sections_from_the_email():
    issue = parse(FIXTURES / "html" / "card-newsletter.eml", EMAIL)
    assert headings(issue) == ["Voorjaarsschoonmaak op 23 maart", "Nieuwe speeltuin geopend", "Verslag van de jaarvergadering"]


EMAIL_BODIES = {
    # file: headings that must be there, in this order (a reader's items)
    "omnivore_beehiiv-newsletter.html": ["We talked to a Crypto OG worth $100m+", "Chart Of The Day 📊", "Five Nuggets 🔍", "How FTX & Coinbase Enforce US Sanctions"],
    "omnivore_ghost-newsletter.html": ["Joys: humane, radical, fundamental, optimistic", "Intro: two great starting points", "Events next week", "Governance"],
    "omnivore_every-io-newsletter.html": ["AI-generated text will be easy to detect", "AI-generated junk content will fail", "The future of writing"],
    "omnivore_node-weekly-newsletter.html": ["Node.js 19 Released", "Choosing the Best Node.js Docker Image", "Web Scraping Google Maps with Puppeteer", "Javet 2.0.0: Embed Node and V8 in Java Apps", "Awilix 8.0"],
    "omnivore_milkroad-newsletter.html": ["THE SEC IS INVESTIGATING YUGA LABS, THE CREATORS OF BORED APES", "COINBASE TEAMS UP WITH GOOGLE", "QUICK BITES"],
    "omnivore_india-times-newsletter.html": ["1. World's talking about Adani, but Parliament won't", "2. How Kejriwal's name found mention in ED chargesheet on excise case", "3. Now, a native-outsider row in Sikkim"],
    "omnivore_ttso-newsletter.html": ["Manifestations", "Retraites", "Livraison d'armes"],
    "omnivore_energy-world-newsletter.html": ["Top Stories", "Oil & Gas", "Renewable", "Power", "Coal"],
    "omnivore_convertkit-newsletter.html": ["Insight", "Tiny Thought"],
    "omnivore_substack-forwarded-newsletter.html": ["Words of the week", "Interview with Zhang Yifei", "Bilibili eats people"],
}


def in_order(expected: list[str], got: list[str]) -> bool:
    it = iter(got)
    return all(any(h == g for g in it) for h in expected)


@pytest.mark.parametrize("name", sorted(EMAIL_BODIES))
def test_email_body_headings(name):
    issue = parse(shared_path("corpus", "html", "email-bodies", name))
    got = headings(issue)
    assert in_order(EMAIL_BODIES[name], got), got
    # A heading is a title, never a paragraph.
    assert all(len(h) <= 160 for h in got)
    # Most sections carry text (a few are group headings over sub-items).
    assert sum(bool(s.paragraphs) for s in issue.sections[1:]) >= 0.75 * len(got)


NEWSLETTERS = {
    "de_cleverreach_asylforum-freiburg_2023-01-10.eml": [
        "Personelle Veränderungen in der Koordinationsstelle",
        "Fahrradwerkstatt bis 15.02.2023 geschlossen",
        "Refugium: jetzt bewerben als Gesundheitslotse",
    ],
    "de_newsletter2go_schoepflin_2023-01-02.eml": [
        "Was bedeuten die Folgen des Ukraine-Kriegs für die europäische Flüchtlingspolitik?",
        "JX FUND: Schnelle Hilfe für Journalismus im Exil",
        "»Kleiderraum« Lörrach: Hilfsangebot für Geflüchtete",
    ],
    "de_inxmail_rp-online_2023-02-17.eml": [
        "Scholz drängt Partner zur Lieferung von Kampfpanzern",
        "Schlagersänger Tony Marshall ist gestorben",
    ],
    "de_sendinblue_trusted-shops_2023-01-06.eml": [
        "Trusted Shops gibt Fake-Bewertungen keine Chance",
        "Hilfreiche Online-Bewertungen verfassen",
    ],
    "de_episerver_wwf_2023-01-04.eml": ["Erfolgreicher Löwenschutz im Süden Afrikas", "Kleiner Koala sorgt für großes Wunder"],
}


@pytest.mark.parametrize("name", sorted(NEWSLETTERS))
def test_newsletter_email_headings(name):
    issue = parse(shared_path("corpus", "emails", "newsletters", name), EMAIL)
    assert in_order(NEWSLETTERS[name], headings(issue)), headings(issue)


def test_separator_row_keeps_paragraphs_apart():
    from ingest.parse.html import issue_from_soup, soup_from_bytes

    html = b"""<html><body><table>
    <tr><td><p>Het programma voor de zomer staat vast en het begint met de markt van</p></td></tr>
    <tr><td style="border-top:1px solid #cccccc;font-size:1px">&nbsp;</td></tr>
    <tr><td><p>de bibliotheek is in juli elke ochtend open voor kinderen en hun ouders.</p></td></tr>
    <tr><td height="2" bgcolor="#dddddd"></td></tr>
    <tr><td><p>zwemles begint weer in september, aanmelden kan vanaf nu.</p></td></tr>
    </table></body></html>"""
    issue = issue_from_soup(soup_from_bytes(html))
    # Without the rules, a paragraph that stops mid-sentence would be joined to the next.
    assert len(issue.sections[0].paragraphs) == 3
