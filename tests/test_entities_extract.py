"""The rules extractor on a short newsletter text written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.entities.names import fold
from ingest.entities.extractor import CANDIDATE, RulesExtractor
from ingest.models import ParsedIssue, Section

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "entities" / "buurtnieuws.txt"


@pytest.fixture(scope="module")
def issue():
    paragraphs = FIXTURE.read_text(encoding="utf-8").strip().split("\n\n")
    return ParsedIssue(sections=[Section(heading=None, paragraphs=paragraphs[:2]),
                                 Section(heading=None, paragraphs=paragraphs[2:])])


@pytest.fixture(scope="module")
def mentions(issue):
    return RulesExtractor().extract(issue)


def _by_surface(mentions, kind):
    return {m.surface: m for m in mentions if m.kind == kind}


def test_offsets_point_at_the_surface_in_the_section_text(issue, mentions):
    assert mentions
    for m in mentions:
        text = issue.sections[m.section].text
        assert text[m.start:m.end] == m.surface
        assert m.surface in m.snippet
        assert m.extractor == "rules" and m.extractor_version


def test_people_with_particles_initials_double_surnames_and_roles(mentions):
    people = _by_surface(mentions, "person")
    assert people["Hugo de Jonge"].role == "minister"
    assert people["J.P. van den Berg"].role.startswith("directeur van Stichting Buurtwerk")
    assert people["Marieke de Vries-Bakker"].role.startswith("wethouder")
    assert people["Mart"].role == "buurtbewoner"
    assert people["Fokko Kramer"].role == "bewoner"


def test_partial_names_resolve_within_the_issue_without_merging_namesakes(mentions):
    persons = [m for m in mentions if m.kind == "person"]
    by_surface = {m.surface: m.name for m in persons}
    assert by_surface["De Jonge"] == "Hugo de Jonge"
    assert by_surface["Fokko"] == "Fokko Kramer"
    names = {m.name for m in persons}
    assert {"Roy Kramer", "Fokko Kramer"} <= names


def test_signature_block_gives_the_role(mentions):
    signature = [m for m in mentions if m.kind == "person" and m.name == "Roy Kramer"][-1]
    assert signature.role == "Programmamanager NPLV"


def test_places_link_to_the_gazetteer(mentions):
    places = _by_surface(mentions, "place")
    assert places["Bloemhof"].attributes["gazetteer_code"]
    assert places["Groningen-Noord"].attributes["gazetteer_code"] == "NPLV09"
    assert places["Utrecht Overvecht"].attributes["gazetteer_code"] == "NPLV18"
    assert places["Asingastraat"].attributes["place_kind"] == "street"
    assert "Rotterdam-Zuid" in places


def test_no_adjectives_common_words_or_organisation_parts_as_places_or_people(mentions):
    named = {m.surface for m in mentions if m.kind in ("person", "place")}
    assert "Veiligheid" not in named
    assert "Arnhemse" not in named
    assert "Heerlen Noord" not in named  # inside "Nationaal Programma Heerlen Noord"
    orgs = _by_surface(mentions, "organisation")
    assert "Nationaal Programma Heerlen Noord" in orgs


def test_acronyms_link_to_the_full_name(mentions):
    orgs = [m for m in mentions if m.kind == "organisation"]
    scp = [m for m in orgs if m.surface == "SCP"]
    assert scp and all(m.name == "Sociaal en Cultureel Planbureau" for m in scp)
    nphln = [m for m in orgs if m.surface == "NPHLN"]
    # the lexicon's spelling of the name may differ in its hyphen
    assert fold(nphln[0].name) == fold("Nationaal Programma Heerlen Noord")
    full = [m for m in orgs if m.surface == "Sociaal en Cultureel Planbureau"]
    assert full[0].attributes.get("acronym") == "SCP"


def test_a_known_national_body_keeps_the_lexicon_reading():
    # the rule for bodies named after the country must not stand before the lexicon
    text = "Koninklijke Horeca Nederland en Sovon Vogelonderzoek Nederland werken samen."
    mentions = RulesExtractor().extract(ParsedIssue(sections=[Section(heading=None, paragraphs=[text])]))
    by_surface = {m.surface: m for m in mentions}
    khn = by_surface["Koninklijke Horeca Nederland"]
    assert khn.kind == "organisation" and khn.attributes.get("acronym") == "KHN" and khn.confidence >= 0.9
    assert by_surface["Sovon Vogelonderzoek Nederland"].kind == "organisation"


def test_unexplained_names_become_candidates_not_entities():
    text = "Het project Zonnewijzer gaat in maart van start met steun van Bouwkracht."
    mentions = RulesExtractor().extract(ParsedIssue(sections=[Section(heading=None, paragraphs=[text])]))
    candidates = {m.surface for m in mentions if m.kind == CANDIDATE}
    assert "Zonnewijzer" in candidates
    assert not [m for m in mentions if m.kind == "person"]


def test_urls_and_addresses_are_masked():
    text = "Mail naar Info.Team@Voorbeeld.nl of kijk op https://www.Voorbeeld.nl/Nieuws voor meer."
    mentions = RulesExtractor().extract(ParsedIssue(sections=[Section(heading=None, paragraphs=[text])]))
    assert not [m for m in mentions if m.kind != CANDIDATE]


def _kinds(text: str) -> dict[str, str]:
    issue = ParsedIssue(sections=[Section(heading=None, paragraphs=text.split("\n\n"))])
    return {m.surface: m.kind for m in RulesExtractor().extract(issue)}


def test_context_tells_organisations_from_people_and_headings():
    kinds = _kinds(
        "Buurtkrant Zuilen & Ondiep – mei 2025\n\n"
        "Vragen? Bel de heer P. (Piet) Jansen van Mozaïek of mail ons. "
        "Mozaïek start in juni met de bouw.\n\n"
        "Onderzoekers van de Hogeschool Utrecht tellen de bomen. De politie Midden-Nederland werkt "
        "samen met architectenbureau K+W en slagerij De Vries. De Provincie Utrecht betaalt mee.\n\n"
        "Het plan is gemaakt namens Lyvore. Ook de Lyvore thuiszorg doet mee."
    )
    assert kinds["P. (Piet) Jansen"] == "person"
    assert kinds["Mozaïek"] == "organisation"
    assert "Buurtkrant Zuilen & Ondiep" not in kinds and kinds.get("Zuilen") != "organisation"
    assert kinds["Hogeschool Utrecht"] == "organisation" and "Onderzoekers van de Hogeschool Utrecht" not in kinds
    assert kinds["Midden-Nederland"] == "place"
    assert kinds["K+W"] == "organisation" and kinds["De Vries"] == "organisation"
    assert kinds["Provincie Utrecht"] == "organisation"
    assert kinds["Lyvore"] == "organisation"


def test_one_extractor_over_many_issues_answers_as_fresh_ones():
    # an ingest run reuses one extractor: what it remembers must not leak between issues
    gold = Path(__file__).resolve().parent / "gold"
    issues = [ParsedIssue(sections=[Section(heading=None, paragraphs=[p.read_text(encoding="utf-8")])])
              for p in sorted(gold.glob("*.txt"))]
    shared = RulesExtractor()
    for issue in issues + issues[::-1]:
        assert shared.extract(issue) == RulesExtractor().extract(issue)


@pytest.mark.parametrize("text, expected", [
    # a list of given names, and names beside a known person, are people
    ("Samen met Fatma, Ingrid en Joris zaaide ze de tuin in.",
     {"Fatma": "person", "Ingrid": "person", "Joris": "person"}),
    ("Wiebren Hoekstra, Aukje de Vries en Oksana Kovalenko zetten koffie.",
     {"Oksana Kovalenko": "person"}),
    # a given name known from the full name earlier in the issue
    ("Vrijwilliger Oksana Kovalenko kwam uit Charkiv. Oksana geeft nu taalles.", {"Oksana": "person"}),
    # surnames with particles opening a sentence
    ("Marloes van den Heuvel leidt het project. Van den Heuvel verwacht veel.", {"Van den Heuvel": "person"}),
    # the kind of organisation before its name
    ("Het werk wordt gedaan door aannemer Van Wijnen en netbeheerder Liander.",
     {"Van Wijnen": "organisation", "Liander": "organisation"}),
    ("Ook de woningcorporaties Parteon en Rochdale doen mee.",
     {"Parteon": "organisation", "Rochdale": "organisation"}),
    # a venue announced by a label, a building before its street address
    ("Locatie: De Cacaofabriek, Cacaokade 1, Helmond.", {"De Cacaofabriek": "place"}),
    ("Open dag: Sint Jozef, Helmondseweg 22, Deurne.", {"Sint Jozef": "place"}),
    # an institution whose name starts in lower case
    ("Het ministerie van Volksgezondheid, Welzijn en Sport betaalt mee.",
     {"ministerie van Volksgezondheid, Welzijn en Sport": "organisation"}),
    # waters, national parks and districts named by their shape
    ("We knotten wilgen langs de Maas en bij de Lollebeek in Nationaal Park De Maasduinen.",
     {"Maas": "place", "Lollebeek": "place"}),
    ("Het jongerenwerk in de Rivierenwijk en in Nieuw Den Helder groeit.",
     {"Rivierenwijk": "place", "Nieuw Den Helder": "place"}),
    ("Minister Keijzer bracht een werkbezoek aan Holtenbroek in Zwolle.", {"Holtenbroek": "place"}),
    # "het Rijk" is the state
    ("Gemeenten vragen het Rijk om meer geld.", {"Rijk": "organisation"}),
    # a street named after a titled person keeps the title; "'t" belongs to the name after it
    ("De vergadering is in buurthuis De Wieken, Fr. Halsplein 9, Schiedam.", {"Fr. Halsplein": "place"}),
    ("Het werk begint langs de Burg. de Withstraat.", {"Burg. de Withstraat": "place"}),
    ("Het feest is in café-zaal 't Huukske in Helmond.", {"'t Huukske": "place"}),
    # a street named by an adjective and a noun; a venue before its address; the far end of a range
    ("De gemeente zegt cameratoezicht op de Korte Heuvel toe.", {"Korte Heuvel": "place"}),
    ("Ontbijt: dinsdag 10 juni, LocHal, Burgemeester Brokxlaan 1000, Tilburg.", {"LocHal": "place"}),
    ("Dat herkent iedereen hier, van Vreden tot Doetinchem.", {"Vreden": "place"}),
    ("Hij woonde in het klooster op de Agnietenberg bij Zwolle.", {"Agnietenberg": "place"}),
    ("De ideeën verspreidden zich over Salland en de IJsselstreek.", {"IJsselstreek": "place"}),
    ("Babberspolder krijgt in het najaar een nieuwe speeltuin.", {"Babberspolder": "place"}),
    # quoted speech is no title; buildings by a compound word or an address with an adjective
    ('"Elk kind in Meierijstad verdient een eigen instrument", aldus de dirigent.', {"Meierijstad": "place"}),
    ("De club is voor ouderen in appartementencomplex De Compagnie.", {"De Compagnie": "place"}),
    ("Zaterdag 7 juni, 10.00 uur / Forum, Nieuwe Markt 1, Groningen", {"Forum": "place"}),
    ("In de vestigingen in De Hoogte en Lewenborg is een spreekuur.", {"De Hoogte": "place"}),
    # bodies named after their sector; a building by its capitalised article after a preposition of place
    ("Daphne Mahabier van Travers Welzijn vertelt over het project.", {"Travers Welzijn": "organisation"}),
    ("Op 3 april tekende Eemvallei Energie een overeenkomst.", {"Eemvallei Energie": "organisation"}),
    ("Soms verwijzen we door naar Tactus Verslavingszorg.", {"Tactus Verslavingszorg": "organisation"}),
    ("Er is voetbal op het plein achter Het Klokhuis.", {"Het Klokhuis": "place"}),
    # bodies with a royal warrant or named after a prince; bands and choirs by their head word
    ("Veel mensen werken bij de Koninklijke Marine of in de haven.", {"Koninklijke Marine": "organisation"}),
    ("Via het Prins Bernhard Cultuurfonds ontvingen we geld.", {"Prins Bernhard Cultuurfonds": "organisation"}),
    ("We gaven een concert met Harmonie Vriendenkring Boxmeer.", {"Harmonie Vriendenkring Boxmeer": "organisation"}),
    # an event and the place it is held; a name and a compass point; a name and the building it is
    ("Vogelweekend Texel: we logeren in Den Hoorn.", {"Texel": "place"}),
    ("Donderdag 15 mei – Bewonersavond Woensel-West in het buurthuis.", {"Woensel-West": "place"}),
    ("De eerste paal ging de grond in voor De Uilenburcht, ons clubhuis aan de rand van het park.",
     {"De Uilenburcht": "place"}),
    ("Partners zijn Bibliotheek Oss en VluchtelingenWerk Zuid-Nederland.",
     {"Bibliotheek Oss": "organisation", "VluchtelingenWerk Zuid-Nederland": "organisation"}),
    ("We tellen vogels langs de Mokbaai en het Weerwater.", {"Mokbaai": "place", "Weerwater": "place"}),
    ("De werkdagen starten op Schouwen-Duiveland en in de Kanaalzone.", {"Kanaalzone": "place"}),
    ("Ze gingen op excursie naar het Groote Gat, een oude kreek.", {"Groote Gat": "place"}),
    ("Er komen poelen langs de Passageule bij Waterlandkerkje.", {"Passageule": "place"}),
    ("Eerste stuw in de Hooge Raam vervangen.", {"Hooge Raam": "place"}),
    ("In Valkenburg aan de Geul loopt de vernieuwde route.", {"Valkenburg aan de Geul": "place"}),
    ("Voor de drie galerijflats aan de Rijksweg Noord is er een plan.", {"Rijksweg Noord": "place"}),
    ("Met vriendelijke groet,\nEsther Koopmans\nWijkmanager Poelenburg-Peldersveld",
     {"Poelenburg-Peldersveld": "place"}),
    # a known place joined by a preposition inside a list; a venue line in an agenda; a new town's prefix
    ("Veel klanten wonen in Capelle aan den IJssel en Nesselande.", {"Capelle aan den IJssel": "place"}),
    ("Agenda\nVerkadefabriek, Boschdijkstraat 45, Den Bosch", {"Verkadefabriek": "place"}),
    ("Agenda\nDe Kompenije, Hoofdstraat 61, 8401 BW Gorredijk", {"De Kompenije": "place"}),
    ("Veiligheid voorop in Nieuw-Den Helder, zegt de burgemeester.", {"Nieuw-Den Helder": "place"}),
    ("Sinds februari staat korenmolen De Vlijt in Wijhe stil.", {"De Vlijt": "place"}),
    ("Het bureau in Schijndel van de Hoofdstraat verhuist.", {"Schijndel": "place", "Hoofdstraat": "place"}),
    # a capitalised article opens the second name of a list of places
    ("De buurtpreventieteams in De Hoeken en De Velden zoeken lopers.", {"De Velden": "place"}),
    # ordinary words written as a name, then the area served
    ("Samen met Veilig Verkeer Nederland controleren we de fietsverlichting.",
     {"Veilig Verkeer Nederland": "organisation"}),
    ("De gemeente en onze stichting, Openbaar Onderwijs Emmen, betalen samen.",
     {"Openbaar Onderwijs Emmen": "organisation"}),
    ("Projectleider Bram ter Horst legt het uit.", {"Bram ter Horst": "person"}),
    # where one worked, placed in a town, is a body there
    ("Zij was eerder vrijwilliger bij Tresoar in Leeuwarden.", {"Tresoar": "organisation"}),
    # a body named after the area it serves, opening a sentence too
    ("Biblionet Drenthe opende onlangs informatiepunten.", {"Biblionet Drenthe": "organisation"}),
    ("De zomerschool is samen met het ROC van Flevoland.", {"ROC van Flevoland": "organisation"}),
    # an unknown word with the ending of a Dutch place name
    ("De huishoudens in het aangrenzende Kattenbroek krijgen een brief.", {"Kattenbroek": "place"}),
    # archives are bodies; two bodies joined by "en" when the second is a name no dictionary holds
    ("We lenen werken van het Zeeuws Archief in Middelburg.", {"Zeeuws Archief": "organisation"}),
    ("Sponsors zijn Bouwbedrijf Kampshoff en Davo Bieren.",
     {"Bouwbedrijf Kampshoff": "organisation", "Davo Bieren": "organisation"}),
    ("Het geld komt van Rabobank Assen en Noord-Drenthe.", {"Rabobank Assen en Noord-Drenthe": "organisation"}),
    # a capital before a known surname mid-sentence is a given name the lists lack
    ("Na elf jaar nam Toon Kuijpers afscheid als dirigent.", {"Toon Kuijpers": "person"}),
    ("Een lezing door ecoloog El Amrani over de wolf.", {"El Amrani": "person"}),
    ("Coördinator Arie van 't Hof leidde hen rond.", {"Arie van 't Hof": "person"}),
    # initials, a given name in brackets, particles
    ("Een lezing door prof. dr. E.M. (Esther) van Wijngaarden.", {"E.M. (Esther) van Wijngaarden": "person"}),
    # a list with given names in it is a list of people, unknown names too; a tradesman by his full name
    ("Henk, Kasia en Geert hebben zich al aangemeld.", {"Henk": "person", "Kasia": "person"}),
    ("De tuin is aangelegd onder leiding van hovenier Bennie Lansink.", {"Bennie Lansink": "person"}),
    # a known place joined by a preposition after a list's "en"; a known body's branch
    ("Wij fietsen via Heerlen en Ubach over Worms naar huis.", {"Ubach over Worms": "place"}),
    ("De actie loopt bij Albert Heijn Kanaleneiland en Jumbo Lunetten.", {"Jumbo Lunetten": "organisation"}),
    # after "in", a name that is also a surname is a place; parks; a place's adjective and a noun
    ("De wijkagent in Hatert houdt elke dinsdag spreekuur.", {"Hatert": "place"}),
    ("Wij fietsen door het Vossenkuilpark naar school.", {"Vossenkuilpark": "place"}),
    ("Wandelen op de Utrechtse Heuvelrug en door het Wierdense Veld.", {"Wierdense Veld": "place"}),
    # a place's prefix before a known place; a harbour named after a royal
    ("Onze scouts verhuizen naar Kort Haarlem.", {"Kort Haarlem": "place"}),
    ("Aan de Prinses Margriethaven komen tweehonderd woningen.", {"Prinses Margriethaven": "place"}),
    # two names no dictionary holds after a trade; an acronym and a body with a head word; a compound cut short
    ("Met drinkwaterbedrijf Oasen en Dunea praten we.", {"Oasen": "organisation", "Dunea": "organisation"}),
    ("Het hospice wil samen met ZGT en Huisartsenpraktijk De Riet een proef starten.",
     {"ZGT": "organisation", "Huisartsenpraktijk De Riet": "organisation"}),
    ("Meldingen lopen via het Euregionaal Informatie- en Adviescentrum in Heerlen.",
     {"Euregionaal Informatie- en Adviescentrum": "organisation"}),
    # people's place in a house make it the body that runs it; its residents do not
    ("Dat vertelt Mohamed Bouzian, voorzitter van Moskee Ennasr.", {"Moskee Ennasr": "organisation"}),
    ("Vrijwilligers van de Taibah Moskee kookten.", {"Taibah Moskee": "organisation"}),
    ("De bewoners van Wijkcentrum De Ark zijn blij.", {"Wijkcentrum De Ark": "place"}),
    # what lies next to a place is one; a water named by its colour; a neighbourhood's living room
    ("In Holtenbroek en het aangrenzende Pierik is vaker ingebroken.", {"Pierik": "place"}),
    ("Een wandeling langs het Zwarte Water.", {"Zwarte Water": "place"}),
    ("Het bordje hangt al: Huiskamer De Vechtzoom. Vier ochtenden per week.", {"Huiskamer De Vechtzoom": "place"}),
    # a body with a region in its name is the body
    ("Scouting Regio Eemland zoekt vrijwilligers.", {"Scouting Regio Eemland": "organisation"}),
    # scouting groups and choirs; an acronym and the two towns it serves; a name, a comma, the kind of body
    ("Samen met Scouting Tamarak Hengelo en het Vlaardings Smartlappenkoor zingen we.",
     {"Scouting Tamarak Hengelo": "organisation", "Vlaardings Smartlappenkoor": "organisation"}),
    ("Yvonne zit in het bestuur van VPTZ Almelo-Wierden.", {"VPTZ Almelo-Wierden": "organisation"}),
    ("De aanvraag loopt via Justis, de screeningsautoriteit van het ministerie.", {"Justis": "organisation"}),
    # where someone in a role works, in a town, is a body; an event and the body that gives it
    ("Zij werkte als wijkverpleegkundige bij Carint Reggeland in Nijverdal.", {"Carint Reggeland": "organisation"}),
    ("Zaterdag is het Voorjaarsconcert van Shantykoor De Snikke.", {"Shantykoor De Snikke": "organisation"}),
    # a station's whole name; the kind of area before a known one; a cooperative by its head word
    ("Wij verzamelen bij station Rotterdam Alexander.", {"Rotterdam Alexander": "place"}),
    ("Nieuwsbrief Krachtwijken Tarwewijk en Carnisse", {"Tarwewijk": "place"}),
    ("Het contract ging naar Energiecoöperatie Ede.", {"Energiecoöperatie Ede": "organisation"}),
    # after a preposition in a Title Case heading, the article is the heading's; a place's prefix and a name
    ("Steenuilen In De Ooijpolder\nOnze werkgroep telde twaalf paren.", {"Ooijpolder": "place"}),
    ("Wij praten over de toekomst van Klein Driene en Hasselo.", {"Klein Driene": "place"}),
    # congregations; a district's office; bodies by the endings of their head words; an acronym and its work
    ("Samen met de Protestantse Gemeente Zwolle en de Liberaal Joodse Gemeente Amsterdam.",
     {"Protestantse Gemeente Zwolle": "organisation", "Liberaal Joodse Gemeente Amsterdam": "organisation"}),
    ("Het Stadsdeel Nieuw-West heeft toegezegd mee te zoeken.", {"Stadsdeel Nieuw-West": "organisation"}),
    ("Het werk wordt gedaan door Bouwcombinatie Oosterveld en de veerboot van Wagenborg Passagiersdiensten.",
     {"Bouwcombinatie Oosterveld": "organisation", "Wagenborg Passagiersdiensten": "organisation"}),
    ("Samen met kinderopvangorganisatie Kinderwoud gaan we voorlezen.", {"Kinderwoud": "organisation"}),
    ("Het gebied werd ingericht door ARK Natuurontwikkeling.", {"ARK Natuurontwikkeling": "organisation"}),
    # a double surname opening a sentence is a person, whatever town its last word names
    ("\"Zo gaat dat.\" Hermsen-van Bergen roept leden op.", {"Hermsen-van Bergen": "person"}),
    # a surname with an article that is also a hamlet, after a speech verb; initials and a surname with a street's ending
    ("Vrijwilliger Arjen de Boer leest voor. \"Het is mooi,\" zegt De Boer.", {"De Boer": "person"}),
    ("Penningmeester G.J.M. (Gerard) Hulshof tekende.", {"G.J.M. (Gerard) Hulshof": "person"}),
    # brands written in lower case with a capital or a digit inside; not in web or e-mail addresses
    ("Samen met woningcorporatie woCom en deltaWonen, en ieder1.",
     {"woCom": "organisation", "deltaWonen": "organisation", "ieder1": "organisation"}),
    # a known body whose name opens with an article written in lower case
    ("Ze is verslaggever bij de Gelderlander en schreef in het Parool.",
     {"Gelderlander": "organisation", "Parool": "organisation"}),
    # a known body whose name has a word in lower case inside
    ("Het Centraal Orgaan opvang asielzoekers (COA) zoekt woonruimte.",
     {"Centraal Orgaan opvang asielzoekers": "organisation"}),
    # an office holder "van de" a body: the body, not a portfolio
    ("Dat zegt gedeputeerde Marieke Schuurman-ten Have van de Provincie Overijssel.",
     {"Provincie Overijssel": "organisation"}),
    # a role, a given name, then "van" and a body: the person and the body
    ("Wijkagent Dennis Brouwer van de Politie Eenheid Rotterdam vraagt bewoners.",
     {"Dennis Brouwer": "person", "Politie Eenheid Rotterdam": "organisation"}),
    ("Architect Bas ter Horst van Bureau Reitdiep neemt schetsen mee.",
     {"Bas ter Horst": "person", "Bureau Reitdiep": "organisation"}),
    ("Hij heeft vragen gesteld aan Gedeputeerde Staten.", {"Gedeputeerde Staten": "organisation"}),
    # a place joined by a preposition ends a body's name; an acronym and a name no dictionary holds
    ("De Gemeente Bergen op Zoom stelt de zalen ter beschikking.", {"Gemeente Bergen op Zoom": "organisation"}),
    ("Samen met ROC Aventus en het UWV.", {"ROC Aventus": "organisation"}),
    # a name and an age in brackets is a person; the whole of a place
    ("Een van hen is Abrham Tesfamariam (34), die monteur was.", {"Abrham Tesfamariam": "person"}),
    ("Dat is goed voor heel Schollevaar.", {"Schollevaar": "place"}),
    # "In" in a Title Case heading opens no surname
    ("Nieuw Repair Café In Hatert\nSinds mei is er een nieuw café.", {"Hatert": "place"}),
    # a word no dictionary holds opening a list beside a known place is a place; a plural noun is not
    ("De gemeente kiest twee wijken.\n\nDukenburg en Lindenholt krijgen extra geld. Bewoners en Lindenholt zijn blij.",
     {"Dukenburg": "place", "Lindenholt": "place", "Bewoners": None}),
    # a place's adjective before a name no dictionary holds is no part of it, before an ordinary noun it is
    ("De vooruitgang is groot in de Lelystadse Zuiderzeewijk. Daarna wandelen we door de Goudse Hout.",
     {"Zuiderzeewijk": "place", "Lelystadse Zuiderzeewijk": None, "Goudse Hout": "place"}),
    ("Er broeden zeearenden in de Sliedrechtse Biesbosch en in de Dordtse Biesbosch.",
     {"Sliedrechtse Biesbosch": "place", "Dordtse Biesbosch": "place"}),
    # waters, interchanges, estates, campuses and venues by their words; a borrel is an event
    ("Vooral in de Otheense Kreek daalt het fosfaat. In het Grote Gat is het zorgelijk. "
     "We werken langs de Zwaakse Weel en in de Hertogin Hedwigepolder. "
     "De A2 gaat dicht tussen knooppunt Het Vonderen en Echt. "
     "Rond industriepark Chemelot rijden veel vrachtwagens. Op de Zernikecampus is het druk. "
     "Het logeerhuis De Tuinkamer opent in mei.\n\nDinsdag 25 november: Alumniborrel Friesland.",
     {"Otheense Kreek": "place", "Grote Gat": "place", "Zwaakse Weel": "place", "Hertogin Hedwigepolder": "place",
      "Het Vonderen": "place", "Chemelot": "place", "Zernikecampus": "place", "De Tuinkamer": "place",
      "Friesland": "place", "Alumniborrel Friesland": None}),
    ("Agenda\n\nZondag 8 juni, 10.00 uur: wandeling vanaf Klooster Wittem, Wittemer Allee 32.\n\n"
     "Donderdag 3 juli, 19.30 uur – Raadsvergadering\nStadhuis Terneuzen, Oostelijk Bolwerk 4",
     {"Klooster Wittem": "place", "Stadhuis Terneuzen": "place"}),
    ("We beginnen bij Bezoekerscentrum Mar en Klif in Oudemirdum. De buurthuizen De Venen en De Bron gaan open.",
     {"Bezoekerscentrum Mar en Klif": "place", "De Venen": "place", "De Bron": "place"}),
    # a library or museum one is in or goes to is the building; working with one is the body
    ("Medewerkers zitten elke dinsdag in Bibliotheek Overvecht. Oud-studenten kwamen naar Forum "
     "Groningen. De lezing is in het Limburgs Museum. We werken samen met Bibliotheek Rotterdam.",
     {"Bibliotheek Overvecht": "place", "Forum Groningen": "place", "Limburgs Museum": "place",
      "Bibliotheek Rotterdam": "organisation"}),
    # a border, an address in a town, a town in a foreign country
    ("De grens met Herzogenrath loopt over de straat. Het logeerhuis ligt aan de Loet in Schagen.",
     {"Herzogenrath": "place", "Loet": "place"}),
    ("De raad dankte haar voor de samenwerking met Gronau in Duitsland. "
     "Ook het Vlaams Verkeerscentrum in België doet mee.",
     {"Gronau": "place", "Vlaams Verkeerscentrum": "organisation"}),
    # a known body and the part of the country it serves; a name before a known water; parishes
    ("Nieuwsbrief A2 | Rijkswaterstaat Zuid-Nederland | nr. 12\n\nDe weg gaat dicht in Zuid-Nederland.",
     {"Rijkswaterstaat Zuid-Nederland": "organisation", "Zuid-Nederland": "place"}),
    ("In september varen we naar de Marker Wadden. Club Brugge speelt thuis.",
     {"Marker Wadden": "place", "Club Brugge": "organisation"}),
    ("Het koor zingt in de Sint-Salvatorparochie en de Liduinaparochie.",
     {"Sint-Salvatorparochie": "organisation", "Liduinaparochie": "organisation"}),
    # names that are no one name: a road and its places, a list after a plural place word, a noun of
    # what is done before a street
    ("Nieuwsbrief N348 Arnhem–Dieren\n\nDe N348 gaat dicht.", {"N348": "place", "Arnhem": "place", "N348 Arnhem": None}),
    ("Ook de buurtschappen Grote Kolonie en Kleine Kolonie komen aan bod. "
     "Programmamanager wijkaanpak Rotterdam-Zuid en Schiedam. Op de Tongplaat broeden sterns.",
     {"Grote Kolonie": "place", "Kleine Kolonie": "place", "Rotterdam-Zuid": "place", "Schiedam": "place",
      "Tongplaat": "place"}),
    ("Bewonersbrief Renovatie Lassuslaan en Buxtehudestraat | Woningstichting SWZ | nummer 4, maart 2025"
     "\n\nBeste bewoner, zo ziet uw woning er na de renovatie uit.",
     {"Lassuslaan": "place", "Renovatie Lassuslaan": None}),
    # where a capital says nothing, an article is part of a name as the text writes it mid-sentence
    ("Speeltuin De Horsten Weer Open\n\nNa maanden van bouwhekken is de speeltuin in De Horsten weer open.",
     {"De Horsten": "place", "Horsten": None}),
    ("Kenneth zoekt nog mensen uit De Zwanenhof. \"De Zwanenhof is een van de eerste complexen,\" zegt hij.",
     {"De Zwanenhof": "place", "Zwanenhof": None}),
    # the endings of Dutch names of lakes, valleys and ridges
    ("Het fietspad loopt langs de Beulakerwijde naar het dorp. Het kasteel ligt aan de rand van de Geulvallei.",
     {"Beulakerwijde": "place", "Geulvallei": "place"}),
    # in a heading written in capitals, capitals say nothing: ordinary words are no acronyms,
    # a name is read as the text writes it elsewhere, a known acronym stays one
    ("VRIJWILLIGERS GEZOCHT\nOnze vereniging zoekt mensen voor de bar.\n\nDIGITAAL BIJ DE TIJD\nSamen met de GGD.",
     {"VRIJWILLIGERS": None, "GEZOCHT": None, "DIGITAAL": None, "BIJ": None, "GGD": "organisation"}),
    ("PROEF KONINGSBOSCH: CONTAINER WERKT\nSinds maart hebben 480 huishoudens in Koningsbosch een container.",
     {"KONINGSBOSCH": "place", "PROEF KONINGSBOSCH": None, "WERKT": None}),
    # (a word the text writes in lower case elsewhere is read so, whatever a list says of it)
    ("Beste buren,\n\nLees wie er nieuw is in ons team.\n\nNIEUW IN HET TEAM\n\n"
     "Sinds 1 oktober versterkt Soufiane Ait Haddou ons team als jeugdconsulent.",
     {"HET TEAM": None, "TEAM": None}),
    ("NATIONAAL PROGRAMMA LEEFBAARHEID EN VEILIGHEID\nNieuwsbrief mei 2024",
     {"NATIONAAL PROGRAMMA LEEFBAARHEID EN VEILIGHEID": "organisation"}),
    # an acronym joined to the area it serves is the body's branch there
    ("De cursus wordt gegeven door ZLTO-Gelderland in Arnhem.", {"ZLTO-Gelderland": "organisation"}),
    # a "Hof van ..." that is no court of law is a place
    ("Alle woningen in Hof van Meerland zijn gasloos. Het Hof van Justitie oordeelde anders.",
     {"Hof van Meerland": "place", "Hof van Justitie": "organisation"}),
    # friends with a capital mid-sentence are a foundation
    ("Leden van de Vrienden van Caprera krijgen korting.", {"Vrienden van Caprera": "organisation", "Caprera": None}),
    # a body's name without its head word and the town it serves is the same body
    ("Stichting Stadsherstel Zutphen\nBeste vrienden van Stadsherstel,\n\nStadsherstel werkt zonder winstoogmerk.",
     {"Stadsherstel": "organisation"}),
    # Dutch initials of two or three letters ("Th.", "Chr.") open a name too
    ("Jubilarissen: mevrouw Th. van den Boomen en de heer Chr. de Vries, 40 jaar lid.",
     {"Th. van den Boomen": "person", "Chr. de Vries": "person", "Boomen": None}),
    # a short acronym written in lower case is a given name: "Ad" is not the "AD"
    ("Onder leiding van Ad Koevoets ging het naar Brugge. \"Geen probleem,\" aldus Ad. Het AD schreef erover.",
     {"Ad Koevoets": "person", "Ad": "person", "AD": "organisation"}),
    # after a role, a short ordinary word before a surname is a given name the lists lack
    ("Coördinator Wil Jansen zoekt versterking voor de belastingservice.", {"Wil Jansen": "person", "Wil": None}),
    # -dal ends valleys' names; an eetcafé is a building like a café
    ("De wandeling gaat door het Roerdal. Daarna lunchen we bij eetcafé De Zwarte Ruiter.",
     {"Roerdal": "place", "De Zwarte Ruiter": "place"}),
    # an orchestra or ensemble is a body
    ("Daarna speelt het Twents Jeugdorkest filmmuziek.", {"Twents Jeugdorkest": "organisation"}),
    # acronyms of things, meetings and documents name no body, alone or in a compound; a bank account
    # names no bank
    ("De jaarlijkse ALV is op 24 april. Daar kiezen we ook twee BHV'ers.", {"ALV": None, "BHV'ers": None}),
    ("Lever PMD en GFT apart in. De PMD-container staat in het BIZ-gebied. Vraag een VOG aan met DigiD.\n"
     "Giften zijn welkom op NL91 ABNA 0417 1643 00 t.n.v. Stichting Buurtkracht.",
     {"PMD": None, "GFT": None, "BIZ": None, "BIZ-gebied": None, "VOG": None, "DigiD": None, "NL91": None,
      "ABNA": None, "Stichting Buurtkracht": "organisation"}),
    # a run opening with an article is one surname only when no particle follows its name
    ("Leg de bouwroute om via de afrit bij De Punt van de A28, en niet door het dorp.",
     {"A28": "place", "De Punt van de A28": None}),
    # an old lordship's land is a region; a marina is a building like a harbour's clubhouse
    ("De vondst zegt veel over het Land van Ravenstein. Boten gaan de wal op bij Jachthaven De Hege Wier.",
     {"Land van Ravenstein": "place", "Jachthaven De Hege Wier": "place"}),
    # a title and initials before a street's own word name the street; before a surname, a person
    ("Bewoners van de Burgemeester J.G. Legroweg klagen. Wethouder J. van der Laan kwam kijken.",
     {"Burgemeester J.G. Legroweg": "place", "J. van der Laan": "person"}),
    # one word no rule explains, opening the masthead, is the sender; a newsletter's title is none
    ("Zorgkring | Nieuwsbrief voor patiënten | november 2025\n\nBeste lezer,\n\nZorgkring werkt samen met de huisartsen.",
     {"Zorgkring": "organisation"}),
    ("Dijkpraat | Nieuwsbrief voor bewoners langs de dijk | maart 2025\n\nBeste bewoners,", {"Dijkpraat": None}),
    # after a name, "de" on a short line opens a surname, whatever street is called "Ridder"
    ("Met vriendelijke groet,\nnamens alle coördinatoren,\n\nC.J. (Kees) de Ridder\ncoördinator",
     {"C.J. (Kees) de Ridder": "person", "Kees": None}),
    # a youth team's code names nothing; the name before one is its club
    ("Uitslagen:\n- JO11-1 – Alliance JO11-2: 3-3\n- Koninklijke HFC JO15-2 – JO15-1: 1-2\n"
     "- Hoofddorp JO19-2 – JO19-1: 2-0\n\nIn december trainen de JO8 tot en met JO11 in de sporthal.",
     {"Alliance": "organisation", "Koninklijke HFC": "organisation", "Hoofddorp": "organisation",
      "JO8": None, "JO11": None, "Koninklijke HFC JO15-2": None}),
    # a member, former or honorary, is a role; "oud-", "ex-", "mede-" before a role keep it one
    ("Wie weet meer? Oud-lid Gerrit Commandeur weet nog hoe het was. Ook mede-oprichter Jan Bos was erbij.",
     {"Gerrit Commandeur": "person", "Oud-lid Gerrit Commandeur": None, "Jan Bos": "person"}),
    # a known body's one-word name in lower case, when no Dutch word is spelled so
    ("Volg ons op instagram. Pas op voor sms'jes die zogenaamd van postnl komen. Breng het naar de jumbo.",
     {"instagram": "organisation", "postnl": "organisation", "jumbo": None}),
    # a masthead may give the newsletter's title first, then its sender; a noun in -ment is no verb
    ("CENTRUMNIEUWS – Centrummanagement Gouda\nNieuwsbrief voor ondernemers | april 2025\n\n"
     "Het centrummanagement werkt samen met de ondernemers.\n\nMet vriendelijke groet,\n\nBart Oudshoorn\n"
     "Centrummanager\nStichting Centrummanagement Gouda",
     {"Centrummanagement Gouda": "organisation", "Stichting Centrummanagement Gouda": "organisation",
      "Gouda": None}),
    # a group or service of a named thing is no body's name (left for review); an acronym's service still is
    ("Met 412 deelnemers is onze WhatsApp-groep groot. Het OV-bureau Groningen Drenthe past de dienstregeling aan.",
     {"WhatsApp-groep": "candidate", "OV-bureau Groningen Drenthe": "organisation"}),
    # a name with a capital article along or around which one goes is a place; the people of one, a body
    # (a surname stays an unexplained surname)
    ("We wandelen langs De Bruuk en rond De Kuip. De leden van De Twisse en de kinderen van De Vries kwamen.",
     {"De Bruuk": "place", "De Kuip": "place", "De Twisse": "organisation", "De Vries": "candidate"}),
    # ... and "Den" in a Title Case heading opens only names
    ("Nieuws Uit Den Haag En De Andere Gebieden\n\nHet kabinet maakt geld vrij.", {"Den Haag": "place", "Haag": None}),
    # an unknown name after a preposition of where and an article is a place, unless it is made
    # with an ordinary noun that is no kind of place
    ("Een serie over de Reeshof, op de Afrikaandermarkt, aan de Kloosterlanden en aan de Atolplaats. "
     "We kijken terug op de Alumnidag en praten over de Omgevingsvisie.",
     {"Reeshof": "place", "Afrikaandermarkt": "place", "Kloosterlanden": "place", "Atolplaats": "place",
      "Alumnidag": "candidate",
      "Omgevingsvisie": "candidate"}),
    # a place's adjective and a noun, both capitalised mid-sentence after a preposition of where, are
    # a place; a body, a league or the games are not
    ("Renovatie in de Hasseler Es, zeilen op de Hegemer Mar, bloemen op de Canadese Oorlogsbegraafplaats. "
     "Stage in de Haagse Hogeschool, spelen in de Engelse Premier League, goud op de Olympische Spelen.",
     {"Hasseler Es": "place", "Hegemer Mar": "place", "Canadese Oorlogsbegraafplaats": "place",
      "Haagse Hogeschool": "organisation", "Olympische Spelen": None, "Engelse Premier": None}),
    # ... so are an unknown word or an inflected adjective and a noun; a town's adjective before its
    # district is no part of the district's name
    ("De renovatie in de Berflo Es begint. De kraam staat op de Roode Steen. Kavels aan de Vrije Watering. "
     "We blikken terug op de Nationale Voorleesdagen. In de Vlaardingse Westwijk lopen jongerenwerkers.",
     {"Berflo Es": "place", "Roode Steen": "place", "Vrije Watering": "place", "Nationale Voorleesdagen": "candidate",
      "Vlaardingse Westwijk": None, "Westwijk": "place"}),
    # in an address line, a name before a house number is a street, whatever separates it from the
    # town; "-allee" ends street names
    ("De Streekmand · Nieuwstad 30 · 7251 AH Vorden · info@destreekmand.nl\n"
     "Gezondheidscentrum Werkeren | Frankhuizerallee 102 | 8043 XS Zwolle",
     {"Nieuwstad": "place", "Frankhuizerallee": "place"}),
    # a word no rule explains, right before a body's name of two or more words, opens that name
    ("Zij werkte namens de Protestantse Diaconie Amsterdam. Het hoort bij het meetnet van Sovon Vogelonderzoek "
     "Nederland.\n\nWat Doet Enexis?\n\nHet net wordt vervangen.",
     {"Protestantse Diaconie Amsterdam": "organisation", "Sovon Vogelonderzoek Nederland": "organisation",
      "Enexis": "organisation", "Doet Enexis": None}),
    # a part, product or person "van" a body with its own head word is no part of the body's name
    ("Studenten van de Hogeschool van Arnhem en Nijmegen doen mee, met Campus Fryslân van de "
     "Rijksuniversiteit Groningen. Ecoloog Marta Wiśniewska van Wageningen University & Research telt vissen.",
     {"Hogeschool van Arnhem en Nijmegen": "organisation", "Campus Fryslân": "organisation",
      "Rijksuniversiteit Groningen": "organisation", "Marta Wiśniewska": "person",
      "Wageningen University & Research": "organisation"}),
    # a word and a place opening a sentence, with a verb after them, is a body acting
    ("Erfgoed Zeeland adviseert over de kleur. Monumentenwacht Limburg inspecteerde de kruisen.\n\n"
     "Viaduct Holtum gesloopt\nVanuit Veghel kunt u overstappen. Dijkversterking Hansweert ligt op schema.",
     {"Erfgoed Zeeland": "organisation", "Monumentenwacht Limburg": "organisation", "Holtum": "place",
      "Veghel": "place", "Hansweert": "place"}),
    # a body's name without its head word is the body, unless it has a place's ending
    ("Stichting Dakpark Rotterdam zorgt voor chocolademelk. De kinderen lopen door het Dakpark. "
     "Huurdersvereniging Rentree praat mee. Samen met Rentree maken we plannen.",
     {"Dakpark": "place", "Rentree": "organisation"}),
    # a building one is in, goes to or stays on is a place; a festival there is none; "kulturhus" and
    # "strandpaviljoen" are buildings
    ("Scouts kamperen op Scoutinglandgoed Zeewolde. Spreekuur in Kulturhus Vasse. Koffie bij Strandpaviljoen "
     "De Zeebries. Hij werd op het Theaterfestival bekroond.",
     {"Scoutinglandgoed Zeewolde": "place", "Kulturhus Vasse": "place", "Strandpaviljoen De Zeebries": "place",
      "Theaterfestival": "candidate"}),
    # "El" opening a sentence opens an Arabic surname, as "De" a Dutch one
    ("Dokter Samira el Khatib begint in november. El Khatib neemt de praktijk over van dokter Jansen.",
     {"El Khatib": "person", "Khatib": None}),
    # a museum is a body, and the building one goes into
    ("Samen met het Watersnoodmuseum in Ouwerkerk verzamelt de kring verhalen. We lenen werken van het "
     "Nederlands Openluchtmuseum. De klas ging naar het Stadsmuseum.",
     {"Watersnoodmuseum": "organisation", "Nederlands Openluchtmuseum": "organisation", "Stadsmuseum": "place"}),
    # a surname and a trade is a firm named after its owner; not where one is, nor a name with an article
    ("Daarna legt Hendriksen Techniek uit Nunspeet de panelen. Ze werkte bij Van der Velde Boeken in Leeuwarden. "
     "Hennie begon als leiding in Korte Akkeren. Wist u dat De Groote Wielen groeit?",
     {"Hendriksen Techniek": "organisation", "Van der Velde Boeken": "organisation", "Korte Akkeren": "place",
      "Groote Wielen": None}),
    # what serves a town names the town after "voor"; a body "voor" something else is one name
    ("Het bestuur onderzoekt één Kindcentrum voor Zaamslag. Het Centrum voor Jeugd en Gezin helpt.",
     {"Zaamslag": "place", "Kindcentrum voor Zaamslag": None, "Centrum voor Jeugd en Gezin": "organisation"}),
    # a portfolio in brackets after a person's name, a working group's topic and a team by its number
    # name no body
    ("Wethouder Hatice Yıldız (Zorg en Inkomen) bezocht de proef. Minister Hugo de Jonge (BZK) sprak. "
     "Hij blijft actief in de werkgroep Verkeer. Zij is trainer van Heren 2.",
     {"Hatice Yıldız": "person", "Zorg en Inkomen": None, "BZK": "organisation", "Verkeer": None, "Heren": None}),
    # the acronym of a kind of club, then its name with a capital article, is one body
    ("Bij WSV De Kreupel begonnen 28 kinderen. Namens het bestuur van WTC De Geulrenners Valkenburg.",
     {"WSV De Kreupel": "organisation", "WTC De Geulrenners Valkenburg": "organisation", "WTC": None}),
    # an embassy is a body
    ("Daarvoor kun je terecht bij de Ambassade van de Republiek Suriname aan de Alexander Gogelweg.",
     {"Ambassade van de Republiek Suriname": "organisation", "Republiek Suriname": None}),
    # a place's adjective (or one no dictionary holds) and a building, square or street are one place,
    # even where the text writes the noun in lower case too; a church by its creed is a body
    ("De molen draait weer. De restauratie van de Liesveldse Molen begint. Ze stond op de Haagse Markt, bij "
     "de markt. Kramen bij de Hooglandse Kerk. De Protestantse Kerk in Nederland helpt.",
     {"Liesveldse Molen": "place", "Haagse Markt": "place", "Hooglandse Kerk": "place",
      "Protestantse Kerk in Nederland": "organisation"}),
    # a name and an ordinary noun after a hyphen is no place, a water after one is
    ("Hij fietst mee in de B-groep. Ze nemen een duik in de Sarpachaun-stroom.",
     {"B-groep": "candidate", "Sarpachaun-stroom": "place"}),
    # a name placed in a town of two words is placed all the same
    ("We wonen aan de Loet in Den Helder.", {"Loet": "place", "Den Helder": "place"}),
    # what one works with, or what organises or pays, is a body, even a building; not a person, a town,
    # an adjective or a place in a country
    ("We werken samen met Theater Agnietenhof in Tiel. Het feest wordt georganiseerd door De Pelikaan. "
     "Samen met Jan Jansen en samen met Zwolle. We werken samen met de Duitse politie en met Gronau in Duitsland.",
     {"Theater Agnietenhof": "organisation", "De Pelikaan": "organisation", "Jan Jansen": "person",
      "Zwolle": "place", "Duitse": None, "Gronau": "place"}),
    # occupations open no name; a greeting is no given name
    ("Lieve buren en vrienden,\n\nAkkerbouwer Adrie Dieleman stelde grond beschikbaar. Vrachtwagenchauffeur "
     "Grzegorz Kowalczyk rijdt elke dag naar Venlo.",
     {"Lieve": None, "Adrie Dieleman": "person", "Akkerbouwer Adrie Dieleman": None,
      "Grzegorz Kowalczyk": "person"}),
    ("Daarna zong Lieve Jansen.", {"Lieve Jansen": "person"}),
    # a word opening a sentence opens the surname of the one person in the issue who has that surname
    ("Penningmeester Jan Oude Vrielink is blij. Oude Vrielink rekende voor dat het kan. Oude huizen staan er.",
     {"Jan Oude Vrielink": "person", "Oude Vrielink": "person", "Vrielink": None}),
    # a band, choir or dance school names its name, even one that looks like a street
    ("De Haarlemse band Zeeweg speelt indiefolk. Muziek van de band The Weerwater Kings.",
     {"Zeeweg": "organisation", "The Weerwater Kings": "organisation"}),
    # after a role, a short ordinary word before a double surname is a given name too
    ("Werkgroepleider Wil Hermsen-van Bergen hoopt op bijzondere soorten.", {"Wil Hermsen-van Bergen": "person"}),
    # a name written with a plus is one name, a firm's or a body's; "SDE++" and "HR++" stay things
    ("De ontwerpers van Witteveen+Bos tekenden het. Hij werd naar het Maastricht UMC+ gebracht. "
     "Geld uit de SDE++-regeling voor HR++ glas.",
     {"Witteveen+Bos": "organisation", "Maastricht UMC+": "organisation", "Witteveen": None, "SDE+": None,
      "SDE": None, "HR": None}),
    # national bodies name themselves after the country; a compass point or a place before it does not
    ("De gegevens gaan naar Sovon Vogelonderzoek Nederland. Met Transport en Logistiek Nederland (TLN). "
     "In Noord Nederland regent het, in Drenthe en Nederland ook.",
     {"Sovon Vogelonderzoek Nederland": "organisation", "Transport en Logistiek Nederland": "organisation",
      "Noord": "place", "Drenthe": "place"}),
    # a street opening an address line is a street, a day opening a date is nothing
    ("WTC De Geulrenners | Secretariaat: Neerhem 18, 6301 CH Valkenburg\nZaterdag 12 april, 10.00 uur.",
     {"Neerhem": "place", "Zaterdag": None}),
    # known places joined by a hyphen are one place
    ("Je kunt vanaf station Ede-Wageningen de fiets nemen.", {"Ede-Wageningen": "place"}),
    # an event by its last word names no place
    ("De weg is op tijd voor de Amstel Gold Race weer open.", {"Amstel": None, "Amstel Gold Race": "candidate"}),
    # a postscript is no initial
    ("Met vriendelijke groet,\n\nHenk Blaauw\nvoorzitter\n\nP.S. Vergeet niet je rooster te controleren.",
     {"Henk Blaauw": "person", "P.S. Vergeet": None, "Vergeet": None}),
    # a compass point before a street is part of its name
    ("Het waterschap vervangt de duiker onder de Zuid Schalkwijkerweg. De zuid kant blijft open.",
     {"Zuid Schalkwijkerweg": "place", "Schalkwijkerweg": None}),
])
def test_general_rules(text, expected):
    # (None: no mention with that surface at all)
    kinds = _kinds(text)
    for surface, kind in expected.items():
        assert kinds.get(surface) == kind, (surface, kinds)


@pytest.mark.parametrize("text, not_names", [
    # a Title Case heading capitalises ordinary words
    ("Overlast Rond Het Pancratiusplein\nDe afgelopen weken kwamen er meldingen van overlast.", {"Rond", "Overlast Rond"}),
    ("Nieuwe Wijkmanager Stelt Zich Voor\nSinds mei ben ik de nieuwe wijkmanager.", {"Stelt", "Wijkmanager Stelt"}),
    ("Jongerencentrum De Loods Weer Open\nNa een verbouwing is het centrum open.",
     {"Jongerencentrum De Loods Weer Open", "Weer Open"}),
    # an adjective after a role is no name
    ("Zij werkt als adviseur Sociaal Domein bij de gemeente.", {"Sociaal Domein"}),
    # languages and peoples are no places; an ordinary word after "in" is none either
    ("De folder is er ook in het Turks, Arabisch en Pools.", {"Turks", "Arabisch", "Pools"}),
    ("Zo blijft de wijk in Balans.", {"Balans"}),
    ("Ze schrijft streekromans in het Achterhoeks.", {"Achterhoeks"}),
    # in a heading, an ordinary word after an article is no street or hamlet
    ("Over de Grens: lessen uit Aarhus en Genk\nHoe doen andere landen het?", {"Grens"}),
    ("Tweehonderd bewoners aan de Slag\nHet programma hielp veel mensen.", {"Slag"}),
    # a campaign after an adjective is no street; a compass adjective is no district
    ("De loten van de Grote Clubactie brachten veel op.", {"Grote Clubactie"}),
    ("Hij fietste door het Zuid-Franse landschap.", {"Zuid-Franse"}),
    # letters and teams name no places
    ("Donderdag 3 juli: informatieavond blok C en D, Gemeenschapshuis De Baandert.", {"C", "D"}),
    ("Van 6 tot 9 juni reist Jongens A1 naar het toernooi.", {"A1"}),
    # a hamlet's name that is an ordinary word, opening a sentence
    ("Over de grens\nLessen uit Aarhus en Genk helpen ons verder.", {"Lessen"}),
    # "Een" in a Title Case heading is the article, "Eén" the numeral, not the Drenthe village
    ("Bedrijven Delen Eén Aansluiting\nOp het bedrijventerrein delen ze stroom.", {"Eén"}),
    ("Vondst Op Een Zolder In Hengelo\nBij het opruimen vonden we brieven.", {"Een"}),
    # a country's or people's adjective and a noun name no landscape
    ("Zij won goud op de Olympische Spelen en sprak de Vlaamse Gemeenschap toe.",
     {"Olympische Spelen", "Vlaamse Gemeenschap"}),
])
def test_ordinary_capitalised_words_are_no_names(text, not_names):
    kinds = _kinds(text)
    for surface in not_names:
        assert kinds.get(surface) in (None, CANDIDATE), (surface, kinds)


def test_a_place_named_once_by_context_is_that_place_throughout_the_issue():
    issue = ParsedIssue(sections=[Section(heading=None, paragraphs=[
        "De bewonersavond is in Wijkcentrum Holtenbroek. Holtenbroek krijgt twaalf nieuwe bomen.",
        "Een groep bewoners in Schothorst onderzoekt buurtwarmte. Op de agenda staan de plannen voor Schothorst.",
        "Het warmtenet in De Huet is klaar. De Huet laat zien dat het kan.",
        "Het nieuwe Kindcentrum Kruiskamp opent in mei. Fatma woont al 31 jaar in de Kruiskamp.",
        "Met vriendelijke groet,\nRachid Bouzian\nwijkmanager Kruiskamp",
    ])])
    kinds: dict[str, list] = {}
    for m in RulesExtractor().extract(issue):
        kinds.setdefault(m.surface, []).append(m.kind)
    assert kinds["Wijkcentrum Holtenbroek"] == ["place"]
    assert kinds["Holtenbroek"] == ["place"]
    assert kinds["Schothorst"] == ["place", "place"]
    assert kinds["De Huet"] == ["place", "place"]
    assert kinds["Kindcentrum Kruiskamp"] == ["organisation"] and kinds["Kruiskamp"] == ["place", "place"]


def test_the_sender_named_in_the_masthead_and_under_the_signature_is_a_body():
    issue = ParsedIssue(sections=[Section(heading=None, paragraphs=[
        "Erfgoed Drenthe | Nieuwsbrief voorjaar 2025",
        "Beste vrijwilligers, in Assen begint het seizoen.",
        "Met vriendelijke groet,\nJolanda Mulder\nCoördinator vrijwilligers\nBibliotheken Zuidoost Fryslân",
    ])])
    kinds = {m.surface: m.kind for m in RulesExtractor().extract(issue)}
    assert kinds["Erfgoed Drenthe"] == "organisation" and "Drenthe" not in kinds
    assert kinds["Bibliotheken Zuidoost Fryslân"] == "organisation" and "Fryslân" not in kinds
    assert kinds["Assen"] == "place"


def test_a_newsletter_title_or_a_town_in_a_masthead_stays_what_it_is():
    issue = ParsedIssue(sections=[Section(heading=None, paragraphs=[
        "Wijkberichten Kerkrade & Landgraaf | juni 2025", "Beste bewoners."])])
    kinds = {m.surface: m.kind for m in RulesExtractor().extract(issue)}
    assert kinds["Kerkrade"] == "place" and kinds["Landgraaf"] == "place"


def test_a_surname_with_an_article_is_the_person_named_in_full_not_the_hamlet():
    issue = ParsedIssue(sections=[Section(heading=None, paragraphs=[
        "Vrijwilliger Arjen de Boer leest elke week voor.", "De Boer begon daarmee in 2020."])])
    people = {m.surface: m.name for m in RulesExtractor().extract(issue) if m.kind == "person"}
    assert people["De Boer"] == "Arjen de Boer"


def test_a_brand_in_a_web_or_mail_address_is_no_mention():
    issue = ParsedIssue(sections=[Section(heading=None, paragraphs=[
        "Mail info@woCom.nl of kijk op www.deltaWonen.nl voor meer."])])
    assert [m.surface for m in RulesExtractor().extract(issue) if m.kind == "organisation"] == []


def test_a_double_surname_alone_is_the_person_named_in_full():
    issue = ParsedIssue(sections=[Section(heading=None, paragraphs=[
        "Projectleider Marleen Hofstra-de Vries licht de planning toe.",
        "Hofstra-de Vries benadrukt dat bewoners altijd welkom zijn.",
    ])])
    names = {m.surface: m.name for m in RulesExtractor().extract(issue) if m.kind == "person"}
    assert names["Hofstra-de Vries"] == "Marleen Hofstra-de Vries"


def test_a_municipality_named_like_a_surname_stays_a_place():
    issue = ParsedIssue(sections=[Section(heading=None, paragraphs=[
        "Damen Shipyards Den Helder en de Koninklijke Marine schonken samen 25.000 euro.",
        "Nergens kwamen zoveel aanvragen binnen als in Den Helder: 612.",
    ])])
    kinds = {(m.surface, m.kind) for m in RulesExtractor().extract(issue)}
    assert ("Den Helder", "place") in kinds and ("Den Helder", "person") not in kinds


def test_where_one_works_is_a_body_but_near_a_place_is_no_body():
    kinds = _kinds("Wojciech werkt sinds 2008 bij Urenco als monteur. "
                   "De jamboree is vlak bij Gdańsk. We logeren bij Fatima.")
    assert kinds.get("Urenco") == "organisation"
    assert kinds.get("Gdańsk") != "organisation" and kinds.get("Fatima") != "organisation"


def test_an_event_beside_the_place_it_is_held_is_no_place():
    kinds = _kinds("Agenda\n\nZaterdag 21 juni, 12.00 uur – Zomerfeest, Afrikaanderplein")
    assert kinds.get("Afrikaanderplein") == "place" and kinds.get("Zomerfeest") != "place"


def test_an_article_opening_a_sentence_belongs_to_a_building_named_with_it():
    issue = ParsedIssue(sections=[Section(heading=None, paragraphs=[
        "Burgemeester Ina Adema opende het nieuwe Jongerencentrum De Kajuit aan de Schouw.",
        "De Kajuit is open op dinsdag en vrijdag."])])
    places = [m.surface for m in RulesExtractor().extract(issue) if m.kind == "place"]
    assert places.count("De Kajuit") == 1 and "Kajuit" not in places


def test_an_ordinary_word_after_in_de_is_no_place_but_a_zone_is():
    kinds = _kinds("Vrijwilliger in het Zonnetje: Ria Kuipers\n\nUit De Collectie: oude foto's\n\n"
                   "Het festival trekt duizenden bezoekers naar de Spoorzone. Werk en verkeer in de Kanaalzone.")
    assert "Zonnetje" not in kinds or kinds["Zonnetje"] != "place"
    assert kinds.get("Collectie") != "place"
    assert kinds.get("Spoorzone") == "place" and kinds.get("Kanaalzone") == "place"


def test_a_name_after_het_and_a_country_adjective_is_a_town():
    kinds = _kinds("We kijken over de grens: in het Duitse Vreden draait sinds vorig jaar een proef. "
                   "Het Nederlandse Boek ligt in de winkel.")
    assert kinds.get("Vreden") == "place" and "Duitse Vreden" not in kinds
    assert kinds.get("Boek") != "place"


def test_a_known_place_with_en_in_its_name_stays_one_in_a_list_and_is_written_as_the_dutch_do():
    issue = ParsedIssue(sections=[Section(heading=None, paragraphs=[
        "Ze liepen tussen Groesbeek en Berg en Dal. Bewoners van Capelle Aan Den IJssel deden mee."])])
    places = {m.surface: m.name for m in RulesExtractor().extract(issue) if m.kind == "place"}
    assert places.get("Berg en Dal") == "Berg en Dal" and "Dal" not in places
    assert places.get("Capelle Aan Den IJssel") == "Capelle aan den IJssel"


def test_the_signer_under_a_closing_greeting_is_a_person_and_a_portfolio_after_a_role_is_not():
    issue = ParsedIssue(sections=[Section(heading=None, paragraphs=[
        "Veel leesplezier.", "Met vriendelijke groet,", "Ruthmilda Larmonie\nCoördinator Alumnirelaties\nHanze",
        "Jan Venema is benoemd tot lector Energietransitie."])])
    people = {m.surface: m.role for m in RulesExtractor().extract(issue) if m.kind == "person"}
    assert people.get("Ruthmilda Larmonie") == "Coördinator Alumnirelaties"
    assert "Alumnirelaties" not in people and "Energietransitie" not in people


def test_polders_waters_sluices_and_tunnels_by_their_words_and_a_surname_is_no_sluice():
    kinds = _kinds("In Polder Maltha en in het Gat van de Noorderklip zagen we zeearenden boven het Hollandsch Diep. "
                   "Bij de Krabbersgatsluizen is het druk. Sinds de Sluiskiltunnel open is, rijdt er minder verkeer. "
                   "De Koning Willem-Alexandertunnel gaat dicht.\n\n"
                   "Boswachter Teun Versluis telde de vogels. Versluis is tevreden.")
    for name in ("Polder Maltha", "Gat van de Noorderklip", "Hollandsch Diep", "Krabbersgatsluizen",
                 "Sluiskiltunnel", "Koning Willem-Alexandertunnel"):
        assert kinds.get(name) == "place", name
    assert kinds.get("Versluis") == "person"
    assert _kinds("Viaduct Holtum Gesloopt\n\nIn de nacht werd het oude viaduct gesloopt.") == {"Holtum": "place"}


def test_a_surname_with_t_is_named_in_full_wherever_it_stands():
    issue = ParsedIssue(sections=[Section(heading=None, paragraphs=[
        "Penningmeester Hendrik Jan 't Hart nam afscheid. 't Hart krijgt een bos bloemen. "
        "Peeters, Hermans en 't Hart beantwoorden vragen.",
        "Archivaris Hendrik Jan ter Horst schreef het boek. Ter Horst was twintig jaar lid."])])
    people = [(m.surface, m.name) for m in RulesExtractor().extract(issue) if m.kind == "person"]
    assert people.count(("'t Hart", "Hendrik Jan 't Hart")) == 2
    assert ("Ter Horst", "Hendrik Jan ter Horst") in people
