"""Web pages of issues: site furniture removed, structure, title and date kept."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys

from ingest.models import HTML, RawDocument
from ingest.parse import parse_document

from conftest import FIXTURES, ROOT, shared_path


def parse_page(path, url=None):
    return parse_document(RawDocument(path.read_bytes(), HTML, str(path), "html", url=url))


def test_web_issue_page_without_site_furniture():
    issue = parse_page(FIXTURES / "html" / "web-issue.html")
    text = "\n".join([s.heading or "" for s in issue.sections] + [s.text for s in issue.sections])
    for furniture in ("cookies", "Privacyverklaring", "Meer berichten", "Wijkbericht februari 2024", "Contact"):
        assert furniture not in text
    assert [s.heading for s in issue.sections[1:]] == [
        "Voorjaarsschoonmaak op 23 maart", "Nieuwe speeltuin geopend", "Verslag van de jaarvergadering",
    ]
    assert issue.title == "Wijkbericht Oost – maart 2024"
    assert issue.issued_on == dt.date(2024, 3, 14)
    # The canonical URL is the issue's web address; relative links are resolved against it.
    assert issue.web_url == "https://wijkoost.example.nl/berichten/2024-03"
    assert issue.sections[1].links[0].url == "https://wijkoost.example.nl/agenda/schoonmaak"


def test_school_newsletter_page():
    path = shared_path("corpus", "html", "web-archive", "nl_school", "nieuwsbrief-11_jan-campert-school.html")
    issue = parse_page(path, url="https://jancampertschool.nl/nieuwsbrief-11/")
    text = "\n".join([s.heading or "" for s in issue.sections] + [s.text for s in issue.sections])
    # This issue is a PDF behind a link: the page's own text is the title, date and the link.
    assert [s.heading for s in issue.sections if s.heading] == ["Nieuwsbrief 11"]
    assert issue.issued_on == dt.date(2017, 1, 26)
    assert "https://jancampertschool.nl/wp-content/uploads/nieuwsbrief-11-d.d.-260117.pdf" in [l.url for l in issue.links]
    # The site's menu, footer widgets, birthday list and calendar are not part of it.
    for furniture in ("Kinderopvang Op Stoom", "Verjaardagen", "Jinthe", "Studiedag", "Snel naar", "Disclaimer"):
        assert furniture not in text


def test_web_extraction_benchmark_keeps_main_text_f1():
    shared_path("corpus", "html", "web-archive")
    result = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "bench_web_extraction.py"), "--json"],
        capture_output=True, text=True, timeout=120, check=True,
    )
    import json

    summary = json.loads(result.stdout.strip().splitlines()[-1])["summary"]
    assert summary["pages"] >= 10
    assert summary["mean_text_f1"] >= 0.9
    assert summary["mean_text_f1"] > summary["mean_whole_page_f1"]
    assert summary["title_exact"] >= summary["pages"] // 2
