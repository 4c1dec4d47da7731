"""The plain-text rendition of the seed issue becomes a preamble and 16 sections."""

import datetime as dt
import re
import textwrap

import pytest

from ingest.models import TEXT, RawDocument
from ingest.parse import parse_document

SEED_HEADINGS = [
    "Rapport: Ruimtelijke concentratie van armoede in Heerlen-Noord",
    "NPLV-directeuren: “Stop de stapeling van problemen in achterstandswijken”",
    "Quick scan financiële opgave Nationaal Programma Leefbaarheid en Veiligheid",
    "Experimentele schuldenaanpak in Arnhem-Oost van start",
    "De stratenaanpak in Groningen-Noord",
    "Wijkrechtspraak: het effect van de persoonlijke aanpak",
    "SCP: Armste en rijkste inwoners in Nederland ontmoeten elkaar steeds minder",
    "6-25 juni: Leerkringen SPUK Kansrijke Wijk",
    "Zesde ronde Woningbouwimpuls zorgt voor 28.828 nieuwbouwwoningen",
    "Gemeenten kunnen tot 15 mei 2024 opnieuw een aanvraag indienen voor de Stimuleringsregeling Flex- en Transformatiewoningen",
    "De Groene Metropoolregio Arnhem-Nijmegen maakt werk van conceptueel en circulair bouwen",
    "Werkbezoek Heerlen-Noord: werken aan solidaire en gemengde wijken",
    "Wetsvoorstel Versterking regie volkshuisvesting naar Tweede Kamer",
    "Wet betaalbare huur aangenomen door Tweede Kamer",
    "Over het Nationaal Programma Leefbaarheid en Veiligheid",
    "Aanmelden en afmelden",
]

SEED_LINK_TEXTS = [
    "themadag", "rapport", "Nieuwsuur",
    "opinieartikel", "Lodewijk Asscher in het NRC", "NRC", "rijnmond.nl",
    "Lees de quick scan",
    "NOS", "NRC", "Op1", "Lees meer",
    "Lees meer",
    "Lees meer",
    "schrijft het SCP",
    "WijkWijzer", "lees meer",
    "Lees meer",
    "Staatscourant", "RVO",
    "Lees meer",
    "Lees meer",
    "Lees meer",
    "Lees meer",
    "Nationaal Programma Leefbaarheid en Veiligheid", "LinkedIn!",
    "hier", "hier",
]


def parse_seed(path):
    return parse_document(RawDocument(path.read_bytes(), TEXT, str(path), "text"))


def test_seed_sections_and_headings(seed_path):
    issue = parse_seed(seed_path)
    assert issue.sections[0].heading is None
    assert [s.heading for s in issue.sections[1:]] == SEED_HEADINGS
    assert issue.issued_on == dt.date(2024, 5, 1)
    assert issue.language == "nl"


def test_seed_links_in_order(seed_path):
    issue = parse_seed(seed_path)
    assert len(SEED_LINK_TEXTS) == 28
    assert [link.text for link in issue.links] == SEED_LINK_TEXTS
    assert [link.position for link in issue.links] == list(range(28))


def test_seed_page_break_mended_and_signature_kept(seed_path):
    issue = parse_seed(seed_path)
    preamble = issue.sections[0].text
    assert preamble.startswith("We zijn bijna twee jaar onderweg")
    assert preamble.endswith("Roy Kramer\nProgrammamanager NPLV")
    wijkrechtspraak = issue.sections[6].text
    assert "aanwezig bij de zittingen en wordt" in wijkrechtspraak
    heerlen = issue.sections[12].text
    assert "Ze zijn afgereisd naar Heerlen Noord" in heerlen
    # Markdown link syntax is gone from the reading text.
    assert "](" not in "\n".join(s.text for s in issue.sections)


def test_heading_shapes_in_other_text():
    text = (
        "Wijknieuws Zuid\n\n3 maart 2025\n\n"
        "Welkom bij deze editie. We hebben veel nieuws.\n\n"
        "Nieuwe speeltuin in de Bloemenbuurt\n\n"
        "De gemeente opent op 10 maart een speeltuin. Kinderen\nuit de buurt hielpen mee met het ontwerp van de\n"
        "toestellen en de inrichting van het terrein.\n\n"
        "Vragen?\n\n"
        "Mail ons via redactie@example.nl of bel 010-1234567.\n"
    )
    issue = parse_document(RawDocument(text.encode(), TEXT, "inline", "text"))
    assert [s.heading for s in issue.sections] == [None, "Nieuwe speeltuin in de Bloemenbuurt", "Vragen?"]
    assert issue.issued_on == dt.date(2025, 3, 3)
    assert issue.title == "Wijknieuws Zuid"
    # Wrapped prose is one paragraph.
    assert issue.sections[1].paragraphs == [
        "De gemeente opent op 10 maart een speeltuin. Kinderen uit de buurt hielpen mee met het ontwerp van de "
        "toestellen en de inrichting van het terrein."
    ]


@pytest.mark.parametrize("width", [40, 60, 72])
def test_hard_wrapped_rendition_gives_same_sections(seed_path, width):
    """A text/plain part wrapped at N columns: wrapped headings and compounds come back whole."""
    paragraphs = re.split(r"\n\s*\n", seed_path.read_text(encoding="utf-8"))
    wrapped = "\n\n".join("\n".join(textwrap.wrap(p, width)) if len(p) > width else p for p in paragraphs)
    issue = parse_document(RawDocument(wrapped.replace("\n", "\r\n").encode("cp1252"), TEXT, "wrapped", "text"))
    assert [s.heading for s in issue.sections[1:]] == SEED_HEADINGS
    assert [link.text for link in issue.links] == SEED_LINK_TEXTS
    assert issue.sections[0].text.endswith("Roy Kramer\nProgrammamanager NPLV")


def test_markdown_headings(seed_path):
    text = seed_path.read_text(encoding="utf-8")
    for i, heading in enumerate(SEED_HEADINGS[:9]):
        marker = "## " if i % 2 else "**"
        text = text.replace(f"\n{heading}\n", f"\n{marker}{heading}{'**' if marker == '**' else ''}\n")
    issue = parse_document(RawDocument(text.encode(), TEXT, "markdown", "text"))
    assert [s.heading for s in issue.sections[1:]] == SEED_HEADINGS
