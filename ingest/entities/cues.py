"""Closed word classes that decide what a capitalised span is.

These are general Dutch (and some English) words, not names taken from any
particular newsletter.
"""

# Name particles (tussenvoegsels) that may sit inside a person's name.
PARTICLES = frozenset(
    "van de der den 't ten ter te von da di del della dos du le la des d' l' vd v.d. zur "
    "vande vanden vander el al ibn abu bin "  # "Mohamed el Khatib", "Al Amal"
    "in op oude".split()  # "in 't Veld", "op de Beek", "Oude Vrielink"
)
# Particles that may not stand alone between two capitalised words of a name.
WEAK_PARTICLES = frozenset("in op".split())

# Lower-case words allowed inside an organisation or programme name.
ORG_CONNECTORS = frozenset("en voor van de der den het op aan in of for and of the & tegen met".split())

# Singular head words that make a capitalised span an organisation.
ORG_HEADS = frozenset(
    """
    ministerie ministry programma program programme planbureau bureau stichting foundation
    universiteit university hogeschool academie academy instituut institute institutie
    vereniging bond federatie unie union partij party raad council kamer commissie
    bank fonds fund agentschap dienst inspectie rechtbank hof tribunaal gerechtshof
    politie brandweer omroep krant dagblad courant nieuwsblad weekblad tijdschrift
    corporatie woningcorporatie woonstichting groep group holding concern bedrijf company
    coöperatie cooperatie vakbond kerk ziekenhuis school college lyceum gymnasium
    centrum center centre museum theater orkest club team fc vv sv kvk nv bv inc ltd
    ggd ggz kenniscentrum netwerk platform alliantie coalitie overleg beraad
    autoriteit directoraat departement regering kabinet parlement senaat congres ambassade consulaat
    organisatie association agency authority commission council court office
    consortium collectief coalition network trust research consulting consultancy partners
    services solutions media maatschappij bibliotheek
    boekhandel snackbar koffiebar lunchroom kapsalon apotheek praktijk kinderdagverblijf
    kinderopvang vastgoed makelaardij makelaars tweewielers installatietechniek
    bouw zorg schilderwerken toko
    burgerbelangen gemeentebelangen dorpsbelang dorpsbelangen leefbaar stadspartij wijkbelang wijkbelangen
    kring genootschap gilde werkgroep fysiotherapie hc mhc kv hv rkvv
    harmonie fanfare koor kamerkoor mannenkoor drumband brassband muziekvereniging
    schutterij toneelvereniging zangvereniging landschap archief scouting
    """.split()
)

# Suffixes of compound nouns naming organisations: "Planbureau", "Woonbond".
ORG_SUFFIXES = (
    "bureau", "bond", "raad", "bank", "fonds", "dienst", "instituut", "partij",
    "corporatie", "stichting", "vereniging", "omroep", "krant", "blad", "academie",
    "universiteit", "hogeschool", "ziekenhuis", "groep", "bedrijf", "kantoor",
    "inspectie", "autoriteit", "federatie", "ministerie", "centrum", "platform", "team",
    "maatschappij", "club", "school", "college", "lyceum", "gymnasium", "erij", "praktijk",
    "handel", "commissie", "preventie", "therapie", "genootschap", "archief", "koor", "coöperatie", "cooperatie",
    "combinatie", "diensten", "organisatie", "parochie", "orkest", "ensemble", "museum",
)

# Events: "Festival van Vlaanderen", "Ronde van de Toekomst". Names, but not of
# a place or organisation, so never split into one.
EVENT_HEADS = frozenset(
    """festival filmfestival memorial ronde tour trofee prijs cup beker spelen kampioenschap
    kampioenschappen marathon toernooi biënnale biennale conferentie congres top week dag
    jaarmarkt kermis carnaval""".split()
)

# Lower-case words meaning a place type, before a name: "gemeente Groningen".
PLACE_TYPE_WORDS = {
    "gemeente": "municipality", "stad": "town", "dorp": "town", "provincie": "province",
    "wijk": "district", "buurt": "neighbourhood", "stadsdeel": "district",
    "woonplaats": "town", "regio": "region", "land": "country", "straat": "street",
    "plein": "street", "dorpskern": "town", "kern": "town", "stadswijk": "district",
    "woonwijk": "district", "deelgemeente": "district", "hoofdstad": "town",
    "wijken": "district", "buurten": "neighbourhood", "dorpen": "town", "kernen": "town",
    "gemeenten": "municipality", "steden": "town", "stadsdelen": "district", "woonwijken": "district",
    "plaatsen": "town", "provincies": "province", "regio's": "region", "stadswijken": "district",
    "knooppunt": "road", "buurtschap": "town", "buurtschappen": "town", "gehucht": "town", "gehuchten": "town",
}

# Prepositions after which an unknown capitalised word is most likely a place.
PLACE_PREPOSITIONS = frozenset("in naar uit te nabij richting vanuit rond".split())

COMPASS = frozenset(
    """noord zuid oost west noordoost noordwest zuidoost zuidwest centrum midden
    noordwest zuidwest""".split()
)

STREET_SUFFIXES = (
    "straat", "weg", "laan", "plein", "gracht", "kade", "singel", "dreef", "steeg",
    "dijk", "pad", "park", "markt", "hof", "plantsoen", "boulevard", "wal", "haven",
    "burgwal", "steenweg", "lei", "dam", "baan", "allee",
)

# Words that introduce what a person is.
ROLE_WORDS = frozenset(
    """
    minister staatssecretaris premier vicepremier minister-president president
    burgemeester wethouder gedeputeerde commissaris directeur directrice voorzitter
    bewoner bewoonster buurtbewoner wijkbewoner inwoner bewoners huurder eigenaar
    programmamanager projectleider projectmanager manager coördinator coordinator
    woordvoerder woordvoerster onderzoeker onderzoekster hoogleraar professor lector
    docent leraar lerares agent wijkagent politieagent rechter officier advocaat
    schrijver schrijfster journalist verslaggever columnist fotograaf kunstenaar
    ondernemer oprichter initiatiefnemer vrijwilliger medewerker medewerkster
    adviseur secretaris-generaal secretaris penningmeester bestuurder bestuurslid
    gebiedsdirecteur kwartiermaker jongerenwerker opbouwwerker wijkregisseur
    raadslid kamerlid senator europarlementariër ambassadeur koning koningin prins
    prinses paus bisschop pastoor dominee imam trainer coach speler spelers keeper
    aanvoerder bondscoach ploegleider renner wielrenner zanger zangeres acteur actrice
    regisseur dirigent componist partijleider fractievoorzitter lijsttrekker
    voorman topman topvrouw baas ceo cfo oud-minister oud-premier ex-minister
    moeder vader zoon dochter broer zus weduwe opa oma meneer mevrouw collega
    regisseur acteur politicus premier filmmaker componist zakenman ex-premier ex-president
    econoom historicus socioloog psycholoog criminoloog jurist arts huisarts wetenschapper
    bakker slager kapper juf boswachter natuurgids gids wijkverpleegkundige
    conservator uitvoerder ontwerper architect heemraad dijkgraaf curator archivaris predikant
    pastor kapelaan rabbijn rector conrector mentor teamleider lid erelid
    """.split()
)

# Role words may be compounds: "Programmamanager", "teamleider".
ROLE_SUFFIXES = (
    "manager", "directeur", "leider", "voorzitter", "coördinator", "bewoner",
    "agent", "werker", "adviseur", "secretaris", "wethouder", "minister",
    "woordvoerder", "specialist", "officier", "ambtenaar", "deskundige", "zakenman",
    "zakenvrouw", "raadsman", "raadsvrouw", "kampioen", "kampioene", "generaal",
    "consulent", "coach", "chef", "verpleegkundige", "begeleider", "makelaar", "docent",
    "wijkagent", "ondersteuner", "regisseur", "functionaris", "bestuurder", "wachter", "gids",
    "voorlichter", "commandant", "meester", "inspecteur", "rechercheur", "chauffeur", "bouwer", "houder",
    "kweker", "tuinder", "eigenares",
)

# People named by what they do together, before "van" and where they are: "studenten van Saxion".
GROUP_ROLES = frozenset("student studente leerling stagiair stagiaire cliënt klant lid leden".split())

ROLE_MODIFIERS = frozenset("voormalig voormalige oud huidig huidige toenmalig toenmalige kersverse nieuwe".split())

HONORIFICS = frozenset(
    "dhr dhr. mevr mevr. mw mw. mr mr. dr dr. drs drs. ir ir. ing ing. prof prof. "
    "ds ds. heer mevrouw meneer sir lord lady mgr mgr. st. sint".split()
)

# Verbs of saying: the capitalised span next to them is most likely a person.
SPEECH_VERBS = frozenset(
    """
    zegt zei zeggen vertelt vertelde verklaart verklaarde stelt stelde aldus meent
    meende vindt vond benadrukt benadrukte reageert reageerde legt legde antwoordt
    antwoordde schrijft schreef waarschuwt waarschuwde erkent erkende besluit
    concludeert concludeerde voegt voegde twittert tweette lacht lachte
    vraagt vroeg weet wist denkt dacht hoopt hoopte verwacht verwachtte
    """.split()
)

# Numbers written out: no part of a person's name ("Wim van den Heuvel Vijftig Jaar Lid").
NUMBER_WORDS = frozenset("""twee drie vier vijf zes zeven acht negen tien elf twaalf dertien veertien vijftien
    zestien zeventien achttien negentien twintig dertig veertig vijftig zestig zeventig tachtig negentig
    honderd duizend""".split())

# Months and weekdays are capitalised in headings but never an entity.
MONTHS_AND_DAYS = frozenset(
    """januari februari maart april mei juni juli augustus september oktober november
    december maandag dinsdag woensdag donderdag vrijdag zaterdag zondag""".split()
)

# Function words and frequent sentence openers that are capitalised only
# because they start a sentence or heading.
FUNCTION_WORDS = frozenset(
    """
    de het een en of maar want dus dat die dit deze wat wie waar wanneer hoe waarom
    welke welk er hier daar nu toen ook nog al wel niet geen zo als dan om te in op
    aan bij met van voor na naar uit over onder tussen door tegen zonder sinds tot
    vanaf volgens tijdens binnen buiten rond namens dankzij ondanks per via naast waaronder behalve langs
    ik jij je u hij zij ze wij we jullie men mijn jouw uw zijn haar ons onze hun
    iedereen niemand iemand alles niets alle elke ieder sommige veel weinig meer
    minder meeste beide andere ander zelf ja nee misschien toch echter bovendien
    daarom daarbij daarmee daarna daarnaast daardoor eerst eerder later vandaag
    gisteren morgen straks altijd nooit soms vaak wel zelfs alleen vooral ongeveer
    circa bijna ruim pas net inmiddels intussen tenslotte uiteindelijk kortom
    verder ten slotte enkele twee drie vier vijf zes zeven acht negen tien
    elf twaalf honderd duizend eerste tweede derde vierde vijfde laatste één eén
    dertien veertien vijftien zestien zeventien achttien negentien twintig dertig veertig
    vijftig zestig zeventig tachtig negentig
    is was zijn waren wordt werd worden werden heeft had hebben hadden kan kon
    kunnen moet moest moeten zal zou zullen zouden wil wilde willen mag mocht
    gaat ging gaan komt kwam komen staat stond blijft bleef lijkt leek
    hoewel omdat zodat terwijl nadat voordat totdat indien mits tenzij zoals
    the a an and or of to in on at for with by from this that these those it its
    we you he she they our your their my his her new
    dear hi hallo beste geachte groet groeten vriendelijke met
    lees meer klik aanmelden afmelden bekijk download lees bekijk ontvang volg
    """.split()
) | MONTHS_AND_DAYS

# Small words a Title Case heading capitalises and no name holds: "Overlast
# Rond Het Pancratiusplein", "Nieuwe Wijkmanager Stelt Zich Voor".
TITLE_CASE_TELLS = frozenset(
    """in op aan bij met voor naar uit over onder tussen door tegen zonder na om als dan
    en of maar zich is wordt worden heeft hebben kan krijgt gaat komt meer minder niet
    geen nog ook al wel zo tot rond vanaf sinds wat hoe waarom wie onze uw jouw""".split()
)
# Adverbs and predicates that close a Title Case heading: "Speeltuin De Horsten Weer Open".
HEADING_ADVERBS = frozenset("weer eindelijk open dicht klaar terug opnieuw".split())

# Endings of Dutch adjectives: a capitalised word so shaped opens no person's name.
ADJECTIVE_FORMS = ("aal", "ale", "eel", "ele", "ief", "ieve", "lijk", "lijke", "isch", "ische", "baar", "bare",
                   "ig", "ige", "end", "ende")

# Adjectival endings of place names: "Arnhemse", "Nederlandse", "Haagsche".
ADJECTIVE_SUFFIXES = ("se", "sche", "ese", "aanse", "aase", "ische", "isch", "iaanse")
# Endings of adjectives and language names: "Europese", "Vlaams", "Franstalig".
ADJECTIVE_ENDINGS = ("se", "sche", "isch", "talig", "ees", "aans", "ands", "ams", "ens", "igs")

# Acronyms of things, documents, schools' levels and conditions, not of bodies.
NON_ORG_ACRONYMS = frozenset(
    """EUR USD BTW AOW WMO CAO OK TV PC PDF FAQ CEO CFO CTO DJ VS USA EU
    GEEN NIET AAN EN DE HET ONZE NIEUWS AGENDA UPDATE
    PMD GFT KGA VOG BSN IBAN WOZ DigiD ANBI ZZP MKB EHBO AED HPV BMR ADHD HR SDE LED EPC OV
    VMBO HAVO VWO MBO HBO WK EK BIZ ALV BHV""".split()
)

# Community buildings: the name after (or including) one of these words is
# a place, not an organisation: "buurthuis De Schakel", "wijkcentrum De Leeuw".
FACILITY_HEADS = frozenset(
    """buurthuis wijkcentrum buurtcentrum jongerencentrum dorpshuis wijkgebouw
    gemeenschapshuis buurtkamer wijkpunt buurtpunt speeltuin sporthal zwembad
    sportpark sportcomplex complex wooncomplex flat winkelcentrum bedrijventerrein
    industrieterrein theaterzaal zaal kerk moskee synagoge kapel stadion
    buurthuizen wijkcentra buurtcentra wijkhuis kasteel bezoekerscentrum natuurcentrum
    gezondheidscentrum ontmoetingscentrum sportcentrum cultuurcentrum zorgcentrum
    parkeergarage locatie café restaurant hotel gemaal basiliek kathedraal landgoed kroondomein
    jongerenhuis pakhuis molen boerderij herberg kerkgebouw parochiecentrum clubhuis clubgebouw huiskamer
    paviljoen theehuis buurtschuur industriepark bedrijvenpark logeerhuis klooster abdij stadhuis raadhuis
    gemeentehuis eetcafé grandcafé buurtcafé brasserie bistro cafetaria jachthaven kulturhus
    strandpaviljoen""".split()
)
# Endings of compound building words: "appartementencomplex", "kerkgebouw".
FACILITY_COMPOUND_ENDS = ("complex", "gebouw", "zaal", "kerk", "kapel", "molen")
# Titles that open the names of bodies named after a person: "Prins Bernhard Cultuurfonds".
NOBLE_TITLES = frozenset("prins prinses koning koningin keizer keizerin graaf gravin hertog hertogin".split())
# Words before a team's letter and number: "Jongens A1", "Dames 2".
TEAM_WORDS = frozenset("jongens meisjes heren dames junioren senioren veteranen team".split())
# The sector a body works in, as the last word of its name: "Travers Welzijn", "Eemvallei Energie".
SECTOR_WORDS = frozenset("Wonen Welzijn Zorg Thuiszorg Jeugdzorg Kinderopvang Energie Woondiensten".split())
# Bodies that are buildings too: "in Bibliotheek Overvecht", "naar Forum Groningen", "het Stadhuismuseum".
VENUE_BODY_WORDS = ("bibliotheek", "museum", "theater", "schouwburg", "forum", "centrum", "landgoed", "bioscoop",
                    "poppodium")
# Civil works: "de Krabbersgatsluizen", "de Sluiskiltunnel"; the bare word before a place is the work
# at that place, not a name ("Viaduct Holtum Gesloopt").
WORKS = ("sluis", "sluizen", "tunnel", "viaduct", "aquaduct", "gemaal")
# Endings of one-word names of buildings: "Martinikerk", "Stadsgehoorzaal".
FACILITY_SUFFIXES = ("kerk", "zaal", "schouwburg", "stadion", "kasteel", "moskee", "basiliek", "kathedraal",
                     "theater", "campus", "toren", "brug") + WORKS
# Last words of names of waters and woods: "Apeldoorns Kanaal", "Berkelse Beek".
NATURE_WORDS = frozenset("""kanaal rivier beek meer plas bos bossen heide duinen polder vaart water diep
    kreek gat weel wiel geul ven meren plassen zee baai""".split())
# Endings of one-word names of waters and nature: "Lollebeek", "Rijsterbos".
NATURE_SUFFIXES = ("beek", "kanaal", "vaart", "meer", "plas", "plassen", "bos", "bosch", "heide", "duinen",
                   "weiher", "polder", "waard", "klif", "baai", "water", "wadden", "dijken", "zee", "geul", "geule", "kreek", "plaat")
# Endings of Dutch place names ("Kattenbroek", "Lindenholt", "Kogerveld"): an unknown word with one of
# them, that is no person's name or ordinary word, is most likely a place.
TOPONYM_ENDINGS = tuple("""dorp veen woude hoven horst broek loo hem drecht dam meer sloot wijk burg berg
    rode wold zijl huizen kerk stein rade donk hout veld laar beek heuvel oord koog waard polder haven hoek
    holt rup sum zand weerd kamp bos dijk bergen brug mond stede park wijde zoom rug vallei molen mieden meden dal
    weide""".split())
# Words before a place name that make a new place: "Nieuw Den Helder", "Oud-Beijerland".
PLACE_PREFIXES = frozenset(
    "nieuw nieuwe oud oude groot grote groote klein kleine hoog hoge hooge laag lage kort korte lang lange sint st".split())
# Endings of one-word names of districts and neighbourhoods: "Rivierenwijk".
DISTRICT_SUFFIXES = ("wijk", "buurt", "kwartier", "streek", "zone")
# Endings of Dutch nouns of action and state: such a word opening a heading is no name
# ("Renovatie Lijsterbeslaan", "Herinrichting Paul Krugerstraat").
NOUN_SUFFIXES = ("atie", "ering", "ening", "heid", "heden", "schap", "ingen", "zaamheden")
# Words before a colon that announce a venue: "Locatie: De Cacaofabriek".
VENUE_LABELS = frozenset("locatie plaats waar adres".split())

# Kinds of organisation, before its name: "aannemer Van Wijnen", "netbeheerder
# Liander", "woningcorporaties Parteon en Rochdale". Singular and plural.
ORG_DESCRIPTORS = frozenset(
    """aannemer netbeheerder zorgverzekeraar energieleverancier energiebedrijf vervoerder
    woningcorporatie corporatie welzijnsorganisatie zorgorganisatie zorgaanbieder
    organisatie uitgeverij ontwikkelaar projectontwikkelaar installateur installatiebedrijf
    bouwbedrijf adviesbureau ingenieursbureau energiecoöperatie supermarkt supermarktketen
    werkgever zorginstelling welzijnsstichting woonstichting huurdersvereniging
    bewonersvereniging voetbalclub sportclub sportvereniging vereniging omroep krant dagblad
    schilder schildersbedrijf hovenier sloopbedrijf dakdekker leverancier zorggroep
    thuiszorgorganisatie kinderopvang jongerenwerk welzijnswerk school basisschool
    kindcentrum hogeschool universiteit netwerkbedrijf waterbedrijf afvalbedrijf
    aannemers netbeheerders zorgverzekeraars energieleveranciers vervoerders
    woningcorporaties corporaties welzijnsorganisaties zorgorganisaties zorgaanbieders
    organisaties werkgevers scholen basisscholen fonds fondsen band bands koor orkest dansschool
    muziekschool theatergroep toneelgroep toneelvereniging
    """.split()
)
# Kinds of organisation that name no organisation themselves, even capitalised at a
# sentence's start: "Woningcorporatie Welbions sloopt ..." is Welbions.
GENERIC_ORG_TYPES = frozenset("""woningcorporatie corporatie welzijnsorganisatie zorgorganisatie netbeheerder
    aannemer energiebedrijf zorgverzekeraar installatiebedrijf""".split())
# Lower-case school-type abbreviations before a school's name: "obs It Harspit".
SCHOOL_PREFIXES = frozenset("obs cbs pcbs rkbs kbs bs ikc kc osg csg rsg sg pco".split())
# Words of a place type that open an institution's name when capitalised:
# "Provincie Gelderland", "Waterschap Rivierenland".
AUTHORITY_HEADS = frozenset("Gemeente Provincie Waterschap Stadsdeel".split())

# Role words that relate people to people: "zoon van Jan Smit" names a person.
FAMILY_WORDS = frozenset("moeder vader zoon dochter broer zus weduwe opa oma collega vrouw man".split())

# Words for a kind of publication, opening a heading: "Nieuwsbrief GGD ...",
# "Wijkkrant Malburgen", "Clubblad v.v. ...".
PUBLICATION_SUFFIXES = ("nieuwsbrief", "bewonersbrief", "wijkkrant", "buurtkrant", "dorpskrant",
                        "huurdersblad", "bewonersblad", "nieuws", "journaal",
                        "clubblad", "verenigingsblad", "wijkblad", "magazine", "bulletin")

# Lower-case public services named after the area they serve: "politie Oost-Nederland".
AREA_SERVICES = frozenset("politie brandweer gemeente provincie veiligheidsregio regio gemeenteraad".split())
# Endings of compound words for events: "Vogelweekend Texel", "Bewonersavond Woensel-West", "de Grote Clubactie".
EVENT_ENDINGS = ("weekend", "avond", "middag", "ochtend", "dag", "week", "actie", "markt", "feest", "festival",
                 "tocht", "wandeling", "excursie", "bijeenkomst", "toernooi", "concert", "loop", "kermis",
                 "borrel", "congres", "symposium", "gala")

# Office holders whose "van ..." after the name is a portfolio: "minister X van Volkshuisvesting".
PORTFOLIO_ROLES = frozenset("minister staatssecretaris wethouder gedeputeerde ministers wethouders".split())

# People named by where they live: "inwoners van Bargeres".
RESIDENT_WORDS = frozenset("inwoners bewoners buurtbewoners wijkbewoners inwoner bewoner bewoonsters".split())

# Lower-case words after which a lone name acts for an organisation: "namens Portaal".
ORG_AGENT_CUES = frozenset("namens".split())
# Institutions named by a capitalised common word after an article: "het Rijk".
ARTICLE_INSTITUTIONS = {"rijk": "Rijk"}

# Lower-case services a name can precede: "de Omring thuiszorg".
SERVICE_NOUNS = frozenset("thuiszorg kinderopvang zorggroep woningcorporatie corporatie huisartsenpost".split())

# Last words of the greeting that closes a letter, above the signer's name: "Met vriendelijke groet,".
CLOSING_GREETINGS = ("groet", "groeten", "groetjes")
