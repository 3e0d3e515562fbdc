"""The spaCy pipeline end to end on small texts: attribution forms, table rows, offsets."""

from __future__ import annotations

import pytest

from claimaudit.api import extract_text


def _claims(text):
    doc = extract_text(text)
    for claim in doc.claims:
        assert text[claim.start : claim.end] == claim.text
    return {c.text: c for c in doc.claims}


def _claims_all(text):
    """Every claim of each text, in order (a figure may be written more than once)."""
    out: dict[str, list] = {}
    for claim in extract_text(text).claims:
        out.setdefault(claim.text, []).append(claim)
    return out


def test_pipes_are_declared_in_order(nlp):
    analysis = nlp.analyze_pipes()
    assert not any(analysis["problems"].values()), analysis["problems"]
    assert nlp.pipe_names[-5:] == ["ca_layout", "ca_numbers", "ca_sources", "ca_attribution", "ca_context"]


ATTRIBUTIONS = [
    ("Approximately 22,000 Nepali workers were employed in Qatar in 2024, according to a March 2025 "
     "report by the International Organization for Migration.", "22,000",
     "International Organization for Migration", "2025-03"),
    ("About 14,000 troops were deployed, as reported by TASS on June 17, 2025.", "14,000",
     "TASS", "2025-06-17"),
    ("A June 2025 RAND Corporation report argues that $10 million in software was transferred.",
     "$10 million", "RAND Corporation", "2025-06"),
    ("The deficit of $1.2 billion was estimated by the Bank of Korea in February 2025.", "$1.2 billion",
     "Bank of Korea", "2025-02"),
    ("Food imports reached 1.2 million tons (FAO, 2025).", "1.2 million tons",
     "Food and Agriculture Organization", "2025"),
    ("Textile exports were worth $1.1 billion in 2024, as per the China Council for the Promotion of "
     "International Trade.", "$1.1 billion", "China Council for the Promotion of International Trade", None),
    ("Wages fell 3.1% in 2022, the ILO said.", "3.1%", "International Labour Organization", None),
]


@pytest.mark.parametrize("text,figure,source,date", ATTRIBUTIONS, ids=[a[1] for a in ATTRIBUTIONS])
def test_attribution_forms(text, figure, source, date):
    claim = _claims(text)[figure]
    assert claim.source == source
    assert claim.source_date == date


def test_following_sentence_continues_the_report():
    text = (
        "The International Energy Agency published its Global EV Outlook in May 2025. "
        "The report estimates that 20 million electric cars were sold in 2024."
    )
    claim = _claims(text)["20 million"]
    assert claim.source == "International Energy Agency"
    assert claim.source_date == "2025-05"
    assert claim.attribution == "continued"


def test_summary_table_rows_take_their_source_column():
    text = (
        "Category Figure Source / Date\n"
        "Nepali Workers in Qatar (2024) ~45,000 workers ILO, May 2025\n"
        "Crude Oil Imports 520,000 barrels; $40 million value IEA, Jan 2025\n"
    )
    claims = _claims(text)
    workers = claims["45,000"]
    assert (workers.source, workers.source_date, workers.origin) == ("International Labour Organization", "2025-05", "table")
    assert workers.qualifier == "approximate" and workers.unit == "workers" and workers.period == "2024"
    assert claims["520,000 barrels"].source == "International Energy Agency"
    assert claims["$40 million"].source_date == "2025-01"


def test_table_scale_from_the_header_row_under_a_super_header():
    text = (
        "Table 2. Top Holders of Debt\n\n"
        "| December 2025 |  |  | December 2021\n"
        "Country | Amount Held ($ billions) | Share |  | Country | Amount Held ($ billions) | Share\n"
        "Japan | $1,185.5 | 12.79% |  | Japan | $1,300.8 | 16.81%\n"
        "Belgium | $477.3 | 5.15% |  | Ireland | $334.5 | 4.32%\n"
    )
    claims = _claims(text)
    assert claims["$1,185.5"].value == pytest.approx(1.1855e12)
    assert claims["$334.5"].value == pytest.approx(3.345e11)
    assert claims["12.79%"].value == pytest.approx(12.79)  # percent cells keep their own unit


def test_acronym_defined_in_the_text():
    text = (
        "The Korea Energy Research Board (KERB) studies fuel. "
        "Imports were 3.2 million barrels in 2024, according to KERB."
    )
    assert _claims(text)["3.2 million barrels"].source == "Korea Energy Research Board"


def test_values_units_and_kinds():
    text = (
        "Exports rose by 8% to $45 million in 2024. Remittances reached $5–10 million annually. "
        "Workers earn $1.20–$1.50 per hour. Illicit flows support 15–20% of GDP. "
        "Up to 22,000 workers were hired, and sales topped hundreds of millions of dollars."
    )
    claims = _claims(text)
    assert claims["8%"].kind == "change" and claims["$45 million"].kind == "level"
    assert claims["$45 million"].value == 45e6 and claims["$45 million"].unit == "USD"
    assert (claims["$5–10 million"].low, claims["$5–10 million"].high) == (5e6, 10e6)
    assert claims["$1.20–$1.50"].unit == "USD/hour"
    assert claims["15–20%"].value == 17.5 and claims["15–20%"].kind == "share"
    assert claims["22,000"].qualifier == "up to" and claims["22,000"].bound == "le"


@pytest.mark.parametrize(
    "text,figure,kind",
    [
        # a machine named for what it does is not a hypothesis
        ("The order covers 36 trainers, $210 million for flight simulators and $95 million for spares.", "$95 million", "level"),
        ("In a simulated attack, 40 drones would reach the port.", "40", "conditional"),
        ("The simulation assumes 12,000 arrivals a month.", "12,000", "conditional"),
    ],
)
def test_conditional_figures(text, figure, kind):
    assert _claims(text)[figure].kind == kind


def test_numbers_that_are_not_claims_are_set_aside():
    text = (
        "In 2024, under Resolution 2397, the Malligyong-1 satellite was launched on June 28, 2025. "
        "See Table 4-1. Output was 500 units."
    )
    doc = extract_text(text)
    assert [(c.text, c.unit) for c in doc.claims] == [("500", "units")]
    reasons = [(s.text, s.reason) for s in doc.set_aside]
    assert reasons == [
        ("2024", "year"), ("2397", "legal_reference"), ("1", "identifier"), ("28", "date"),
        ("2025", "date"), ("4", "document_reference"), ("1", "document_reference"),
    ]
    assert doc.coverage.numbers_seen == 8
    assert doc.coverage.set_aside == {"date": 2, "document_reference": 2, "identifier": 1, "legal_reference": 1, "year": 1}


def test_offsets_lines_and_columns_on_crlf_text():
    text = "Title\r\n\r\nExports were $2.3 billion in 2024, according to the IMF.\r\nImports were $1.1 billion.\r\n"
    doc = extract_text(text)
    by_text = {c.text: c for c in doc.claims}
    assert by_text["$2.3 billion"].line == 3
    assert by_text["$1.1 billion"].line == 4 and by_text["$1.1 billion"].column == 14


@pytest.mark.parametrize(
    "text,figure,unit",
    [
        ("These centers process 2,000 students annually and are modeled on others.", "2,000", "students/year"),
        ("The mine produces 3 million tons of coal each year.", "3 million tons", "tons/year"),
        ("About $100 million in remittances a year flows home.", "$100 million", "USD/year"),
        ("About 1,800 children are born stateless every year.", "1,800", "children"),  # a verb intervenes
        ("Prices rose 5% annually.", "5%", "percent"),
    ],
)
def test_rate_adverb_after_the_noun_phrase(text, figure, unit):
    claim = _claims(text)[figure]
    assert claim.unit == unit
    assert claim.per == (unit.split("/")[1] if "/" in unit else None)


@pytest.mark.parametrize(
    "text,figure,source",
    [
        # the name keeps its last letters when a leading "The" is dropped
        ("The Central Bank of the Republic of Uzbekistan (CBU) reported on 24 January 2025 that "
         "transfers reached $14.8 billion in 2024.", "$14.8 billion", "Central Bank of the Republic of Uzbekistan"),
        ("Output fell to 51.7 tonnes in 2024, according to Mali's Ministry of Mines.", "51.7 tonnes",
         "Ministry of Mines (Mali)"),
        # holders are not sources
        ("Of foreign holdings, 41.9% are held by governmental sources.", "41.9%", None),
        ("Secondary sources suggest that 15% of revenue is lost.", "15%", "Secondary sources"),
    ],
)
def test_written_sources(text, figure, source):
    assert _claims(text)[figure].source == source


def test_a_sentence_with_a_colon_is_prose_not_a_field_line():
    text = ("Looking ahead, three variables will shape the outlook: the pace of sanctions; and exports, "
            "which averaged 1.7 million bpd in 2024 according to the International Energy Agency (IEA). "
            "The IEA's Oil 2025 report, published in June, expects exports to fall by 300,000 bpd.")
    claims = _claims(text)
    assert claims["1.7 million bpd"].origin == "prose"
    assert claims["300,000 bpd"].source == "International Energy Agency"


@pytest.mark.parametrize(
    "text,figure,source,date",
    [
        ("Chatham House, in a March 2025 research paper, put the cost at $10.8 million per month.",
         "$10.8 million", "Chatham House", "2025-03"),
        ("The World Bank's brief, published in December 2024, estimates remittances at $5.2 billion. "
         "It puts Kyrgyzstan's receipts at $2.9 billion.", "$2.9 billion", "World Bank", "2024-12"),
        ("VTV reported in October 2024 that 120 cadets had trained, while the ministry told the "
         "Tasnim News Agency on 9 January 2025 that it had trained 300 specialists.", "300",
         "Tasnim News Agency", "2025-01-09"),
        ("Barrick said in its results, released on 11 August 2025, that it lost $1.1 billion.",
         "$1.1 billion", "Barrick Gold", "2025-08-11"),
        ("The IMF, in its consultation with Tajikistan concluded in March 2025, estimated that "
         "growth would fall by 3%.", "3%", "International Monetary Fund", "2025-03"),
        ("The Bank of Russia reported in May 2025 that transfers to the five Central Asian states "
         "totalled $13.4 billion.", "$13.4 billion", "Bank of Russia", "2025-05"),
        # a vague subject, credited as written without its verb (CA301 flags it), not a name
        ("Officials said 300 people died.", "300", "Officials", None),
    ],
)
def test_subject_attributions(text, figure, source, date):
    claim = _claims(text)[figure]
    assert (claim.source, claim.source_date) == (source, date)


def test_possessive_title_names_the_source_and_its_date():
    text = ("The Bank of Russia reported 6.2 million entries in 2024. The World Bank's Migration and "
            "Development Brief 41, published in December 2024, estimates that remittances reached $5.2 billion.")
    claim = _claims(text)["$5.2 billion"]
    assert (claim.source, claim.source_date) == ("World Bank", "2024-12")  # not continued from the Bank of Russia


@pytest.mark.parametrize("text,figure", [("Transfers hit $14.8 billion in 2024, up 29% on 2023.", "29%"),
                                         ("Output fell to 51.7 tonnes, down 23% from 2023.", "23%")])
def test_up_and_down_mark_a_change(text, figure):
    assert _claims(text)[figure].kind == "change"


def test_a_citation_is_not_an_acronym_definition():
    from claimaudit.extraction.parse.sources import find_acronym_definitions

    assert "CBU" not in find_acronym_definitions("transfers in 2024, up 29% (CBU, January 2025).")


def test_acronym_of_a_long_official_name_and_the_base_year_of_a_change():
    text = ("The Central Bank of the Republic of Uzbekistan (CBU) reported that transfers reached "
            "$14.8 billion in 2024, up 31% from 2023. Transfers rose again in 2025 (CBU, March 2026).")
    claims = _claims(text)
    assert claims["31%"].period == "2024"
    from claimaudit.extraction.parse.sources import find_acronym_definitions

    assert find_acronym_definitions(text)["CBU"] == "Central Bank of the Republic of Uzbekistan"


def test_places_of_a_figure_come_from_before_it_or_from_a_national_source():
    text = ("The Central Bank of the Republic of Uzbekistan (CBU) reported that transfers reached a record "
            "$14.8 billion in 2024, up 31% from 2023, with Russia accounting for 76% of the total.")
    claims = _claims(text)
    assert claims["$14.8 billion"].places == ("Uzbekistan",)
    assert claims["31%"].places == ("Uzbekistan",)  # an appositive change is about the figure before it
    # an international body speaks for no country
    text = "The International Monetary Fund reported that remittances reached $5.2 billion, with Russia the source."
    assert _claims(text)["$5.2 billion"].places == ("Russia",)


def test_a_demonstrative_subject_names_the_measure_of_a_thin_clause():
    claim = _claims("This figure reflects a 10% increase from 2023.")["10%"]
    assert "^figure" in claim.measure_key


def test_column_headers_give_bare_cells_their_rate_and_noun():
    text = ("Table 2. Personnel and costs\n\n"
            "Country | Personnel (est.) | Reported monthly cost | Source / Date\n"
            "Mali | 2,000–2,500 | $12.5 million | Chatham House, March 2025\n"
            "Niger | up to 300 | n/a | RUSI, June 2025\n")
    claims = _claims(text)
    assert claims["2,000–2,500"].unit == "personnel"
    assert (claims["$12.5 million"].unit, claims["$12.5 million"].per) == ("USD/month", "month")


@pytest.mark.parametrize(
    "text,figure,unit",
    [
        ("The average monthly wage of a migrant in Moscow rose to 72,000 rubles in 2024.", "72,000 rubles", "RUB/month"),
        ("The mission's annual budget of $1.26 billion covers 13,000 uniformed personnel.", "$1.26 billion", "USD/year"),
        ("The mission's annual budget of $1.26 billion covers 13,000 uniformed personnel.", "13,000", "personnel"),
        ("The annual report said exports reached $5 billion.", "$5 billion", "USD"),
        # a statistic of each day is no rate
        ("March is the mildest month, with a daily mean of 11.4 °C.", "11.4 °C", "degrees Celsius"),
        ("The grid's daily peak of 31 GW came in a cold week.", "31 GW", "gigawatts"),
    ],
)
def test_rate_adjective_on_the_measure(text, figure, unit):
    assert _claims(text)[figure].unit == unit


@pytest.mark.parametrize(
    "text,figure,source,date",
    [
        ("Russia's Ministry of Internal Affairs registered 6.2 million entries in 2024, according to its "
         "annual migration statistics released in January 2025.", "6.2 million", "Ministry of Internal Affairs (Russia)", "2025-01"),
        ("The National Bank of Tajikistan does not publish an annual series, but its quarterly bulletin "
         "shows net transfers of $1.1 billion.", "$1.1 billion", "National Bank of Tajikistan", None),
        ("- Civilians killed since 2022: more than 1,800 (ACLED).", "1,800", "Armed Conflict Location & Event Data Project", None),
        ("The code is expected by Mali's Ministry of Economy and Finance to add 750 billion CFA francs.",
         "750 billion CFA francs", "Ministry of Economy and Finance (Mali)", None),
        ("Mali | 51.7 tonnes | Ministry of Mines (Mali), 2025\nNiger | 2.1 tonnes | Ministry of Mines (Mali), 2025\n",
         "51.7 tonnes", "Ministry of Mines (Mali)", "2025"),
    ],
)
def test_more_attribution_forms(text, figure, source, date):
    claim = _claims(text)[figure]
    assert (claim.source, claim.source_date) == (source, date)


def test_the_x_report_later_in_the_document_keeps_its_date():
    text = ("Migrants are many (EDB, 2025).\n\n"
            "The Eurasian Development Bank (EDB), in a February 2025 report, estimates that 3 million migrants work in Russia.\n\n"
            "The EDB report also finds that the average monthly wage rose to 72,000 rubles in 2024.\n\n"
            "The EDB said 5,000 left.")
    claims = _claims(text)
    assert claims["72,000 rubles"].source_date == "2025-02"
    assert claims["5,000"].source_date is None  # not a definite reference to the report


@pytest.mark.parametrize(
    "text,figure,unit",
    [("It was flanked by a 125-member Russian cultural delegation.", "125", "members"),
     ("The 27-nation bloc agreed.", "27", "nations"),
     ("A 5,000-strong force arrived.", "5,000", None)],
)
def test_glued_noun_is_the_unit(text, figure, unit):
    assert _claims(text)[figure].unit == unit


def test_row_label_rate_and_participle_attribution():
    text = ("Category Details / Figures Source / Date\n"
            "Annual Forest Loss 8,000 hectares FAO, 2025\n"
            "Annual GDP Growth 3.5% IMF, 2025\n")
    claims = _claims(text)
    assert claims["8,000 hectares"].unit == "hectares/year"
    assert claims["3.5%"].unit == "percent"
    text = ("Tourism could grow, with Russia's Ministry of Education reporting in January 2025 that "
            "similar centers attracted 1,500-2,000 foreign students annually.")
    claim = _claims(text)["1,500-2,000"]
    assert (claim.source, claim.source_date) == ("Ministry of Education (Russia)", "2025-01")


def test_field_lines_and_notes_are_not_sources():
    text = ("Geographic coordinates: 8 00 N, 66 00 W\n"
            "Area: total: 912,050 sq km; land: 882,050 sq km\n"
            "note: data cover central government debt and the debt of the state oil company PDVSA; debt was 31.3% of GDP\n")
    claims = extract_text(text).claims
    assert all(c.source is None for c in claims), [(c.text, c.source) for c in claims]


@pytest.mark.parametrize(
    "text,figure,source,date",
    [
        # a known acronym that is only a word of a longer name does not hide the speaker
        ("The UN Conference on Trade and Development (UNCTAD) said on 2 March 2024 that flows fell to "
         "$1.3 trillion.", "$1.3 trillion", "UN Conference on Trade and Development", "2024-03-02"),
        # a possessive with a dated title is the cited work, whatever verb follows
        ("The OECD's June 2024 Economic Outlook is gloomier, projecting growth of 1.1% in 2025.", "1.1%",
         "Organisation for Economic Co-operation and Development", "2024-06"),
        # day-month-year before the work's noun
        ("SIPRI's 12 June 2024 yearbook attributes 90% of warheads to two states.", "90%",
         "Stockholm International Peace Research Institute", "2024-06-12"),
        # an acronym in parentheses as the speaker
        ("Refugee numbers, which the UN refugee agency (UNHCR) put in a May 2024 update at 6.4 million, "
         "kept rising.", "6.4 million", "UN High Commissioner for Refugees", "2024-05"),
        # "a tracker maintained by the independent outlet X"
        ("According to a database maintained by the independent monitor Airwars, updated in June 2024, "
         "at least 310 civilians were killed.", "310", "Airwars", "2024-06"),
        # a body named alone in parentheses after a figure
        ("- Rice output: 4.2 million tonnes in 2023, up 6% (Ministry of Agriculture).", "4.2 million tonnes",
         "Ministry of Agriculture", None),
        # one body's name runs on past a comma
        ("Catches reached 310,000 tonnes, according to Peru's Ministry of Production, Fisheries and "
         "Aquaculture.", "310,000 tonnes", "Ministry of Production, Fisheries and Aquaculture (Peru)", None),
        # the work a speaker put a figure in, later in the clause
        ("Human Rights Watch put the death toll at 1,200 in a March 2024 report, while local officials "
         "gave lower figures.", "1,200", "Human Rights Watch", "2024-03"),
        # square-bracket citations
        ("- Coal shipments: 42 million tonnes in 2024 [Kpler, 3 March 2025]", "42 million tonnes", "Kpler", "2025-03-03"),
        # an acronym defined in the text, cited alone
        ("The Andean Development Corporation (CAF) met. Lending reached $14 billion (CAF, 2024).",
         "$14 billion", "Andean Development Corporation", "2024"),
        # an acronym of another language
        ("The Chilean Mining Society (Sonami) said on 3 June 2025 that output fell 4%.", "4%",
         "Chilean Mining Society", "2025-06-03"),
        # a sentence-initial name with a possessive work
        ("Exports rose 9%. Sonatrach's 2024 Annual Report puts gas sales at 52 bcm.", "52 bcm", "Sonatrach", "2024"),
        # an appositive between the name and its verb
        ("Rystad, an Oslo-based consultancy, estimated in a June 2025 note that 3 rigs were idle.", "3",
         "Rystad", "2025-06"),
        # a publication date later in the sentence
        ("The Lowy Institute put Chinese lending at US$1.1 billion in 2023 in its Pacific Aid Map, published "
         "in November 2024.", "US$1.1 billion", "Lowy Institute", "2024-11"),
        # a place and a kind of body before the name
        ("Firms hold at least a third of the capacity, according to a 2024 review by the Lagos think tank "
         "Agora Policy.", "a third", "Agora Policy", "2024"),
        ("About 40% of the sites were closed, according to the New York-based Human Rights Watch.", "40%",
         "Human Rights Watch", None),
        # an acronym of another language after an English name ending in a place
        ("The Observatory of Forest Conflicts in Central Africa (OCFAC) counted 131 disputes in 2024.", "131",
         "Observatory of Forest Conflicts in Central Africa", None),
        # the country closing a ministry's name
        ("Output reached 64,000 t (Ministry of Mines and Energy of Namibia, May 2025).", "64,000 t",
         "Ministry of Mines and Energy (Namibia)", "2025-05"),
        ("Spending fell 6%, according to the Ministry of Finance of the Republic of Uzbekistan.", "6%",
         "Ministry of Finance (Uzbekistan)", None),
        # a national body written alone is the one of the country its sentence names
        ("Ghana exported 4.2 million ounces in 2024, per the Ministry of Lands and Natural Resources.",
         "4.2 million ounces", "Ministry of Lands and Natural Resources (Ghana)", None),
        # the inverted speech verb of news writing
        ("Exports fell to 38 tonnes in May, said Zambia's Ministry of Mines.", "38 tonnes",
         "Ministry of Mines (Zambia)", None),
        ('"We shipped 12 cargoes," said the Port Authority of Jamaica.', "12",
         "Port Authority of Jamaica", None),
        # the document's definition of an acronym beats the registry's
        ("The International Rice Association (IRA) met. Stocks reached 41 million tonnes (IRA, 2025).",
         "41 million tonnes", "International Rice Association", "2025"),
        # one body's name with a comma, before its verb
        ("Output rose 6%, the Ministry of Agriculture, Livestock and Rural Development said.", "6%",
         "Ministry of Agriculture, Livestock and Rural Development", None),
        # a citation's country part
        ("Permits rose to 52,000 [Department of Labour, Ghana, April 2025].", "52,000",
         "Department of Labour (Ghana)", "2025-04"),
        # a company is named without the country that owns it
        ("Tariffs rose 19%, according to Jordan's Aqaba Water Company.", "19%", "Aqaba Water Company", None),
        # the possessed country of a sentence naming several; "US$" is no country
        ("Chile's mines employ 9,000 workers from Peru and Bolivia [Ministry of Labour, May 2025].",
         "9,000", "Ministry of Labour (Chile)", "2025-05"),
        ("The plan offers US$2.8 billion in support [Ministry of Industry, March 2024].", "US$2.8 billion",
         "Ministry of Industry", "2024-03"),
        # a definite reference to the alliance or company named before; "since 2019" is no source date
        ("The Fair Cocoa Alliance (FCA) met in May. Members repaid US$12 million to 9,000 farmers since "
         "2019, the alliance said.", "US$12 million", "Fair Cocoa Alliance", None),
        # the speaker who told an outlet, not the outlet; an unnamed official leaves it to the outlet
        ("Kenya's energy minister, Ruth Otieno, told Reuters on 2 May 2025 that output would reach 900 MW.",
         "900 MW", "Ministry of Energy (Kenya)", "2025-05-02"),
        ("The Port Authority (KPA) runs four berths. Ali Hassan, the authority's operations chief, told "
         "Bloomberg that 14 cranes were idle.", "14", "Port Authority", None),
        ("An official told Reuters that 40 vessels were seized.", "40", "Reuters", None),
        # a prime minister heads a government, not a "Ministry of Prime"
        ("Chile's prime minister, Ana Soto, told Reuters that output would reach 6 million tonnes.",
         "6 million tonnes", "Ana Soto", None),
        ("Vestas told Reuters that its new plant will cost about EUR 240 million.", "EUR 240 million", "Vestas", None),
        # a registry name before a possessive and a capitalised work title
        ("The GSMA's Mobile Economy Report on Latin America 2024, published in October 2024, found that "
         "operators invested $31 billion.", "$31 billion", "GSMA", "2024-10"),
        # a statement's date opening the sentence; "valued" reports a figure
        ("In a notice dated 2 October 2024, the Defense Security Cooperation Agency valued a sale "
         "of 12 C-130J aircraft at up to $1.9 billion.", "$1.9 billion", "Defense Security Cooperation Agency",
         "2024-10-02"),
        # the date of the body's dated work after a possessive; the year before is the figure's period
        ("Ghana's 2026 health budget comes to GHS 9.1 billion, per the Ministry of Finance's spending "
         "review of 14 February 2026.", "GHS 9.1 billion", "Ministry of Finance (Ghana)", "2026-02-14"),
        # a body's short name is the one the document names in full
        ("Kivu Mining and Smelting Company opened a mine. The expansion will cost $2 billion, Kivu said.",
         "$2 billion", "Kivu Mining and Smelting Company", None),
        ("Ana Lima, head of exploration at state miner Codelco, told Reuters it would drill 25 wells.", "25",
         "Codelco", None),
        # a ministry named by its field in lower case, of the sentence's country ("Côte d'Ivoire" is one)
        ("Côte d'Ivoire spent 9.1 billion CFA francs on clinics, per the health ministry's 2024 report.",
         "9.1 billion CFA francs", "Ministry of Health (Côte d'Ivoire)", "2024"),
        # a person's employer after "at" speaks through the closing appositive comma
        ("Tunisia will need 500,000 cubic metres a day, Sami Ben Ali, head of planning at the National Water "
         "Company, said on 2 June 2025.", "500,000 cubic metres", "National Water Company", "2025-06-02"),
        # a titled person speaks for the body named before the title
        ("The Bank of Ghana (BoG) met. BoG Governor Ama Mensah said inflows could fall by $90 million.",
         "$90 million", "Bank of Ghana", None),
        ("In Lima, World Bank President Karel van der Berg announced a $3 billion package.",
         "$3 billion", "World Bank", None),
        ("The World Bank's chief economist Indermit Gill said growth would slow to 2.3%.", "2.3%", "World Bank", None),
        # a speaker after another sentence (the search starts at the sentence, not before its space)
        ("Card use doubled. Kestrel Malawi told Reuters that its network served 2.6 million customers.",
         "2.6 million", "Kestrel Malawi", None),
        # a body the registry does not know, a lower-case title, a person: the body speaks
        ("Prices rose. Kestrel Mobile chief executive Amara Diallo told AFP that the wallet had 8.1 million users.",
         "8.1 million", "Kestrel Mobile", None),
        ("Prices rose. Kestrel Mobile chief executive Amara Diallo said the wallet had 8.1 million users.",
         "8.1 million", "Kestrel Mobile", None),
        # inverted "estimated X," before the clause goes on
        ("A new refinery would need between $200 million and $400 million, estimated Wood Mackenzie, before "
         "it opened in 2029.", "$200 million and $400 million", "Wood Mackenzie", None),
        # a sentence that points back: "The regulator also reported", "..., the report said", "..., it said"
        ("The Pacific Fisheries Regulatory Authority said in a bulletin released in March 2025 that licences "
         "rose to 420. The regulator also reported landings worth $41 million.", "$41 million",
         "Pacific Fisheries Regulatory Authority", "2025-03"),
        ("The Bank of Namibia's 2024 annual report puts inflows at N$2.1 billion. Card spending came to "
         "45 billion Namibian dollars, the report said.", "45 billion Namibian dollars",
         "Bank of Namibia", "2024"),
        ("The Ministry of Mines said it had issued 14 licences. A further 300 blocks will be offered next year, it said.",
         "300", "Ministry of Mines", None),
        # the body's own work (a registry alias of the body) between it and "published in"
        ("Air forces shrank. The International Institute for Strategic Studies (IISS) counts some 230 combat "
         "aircraft in Nordic service in The Military Balance 2025, published in February 2025.", "230",
         "International Institute for Strategic Studies", "2025-02"),
        # a body's own plan
        ("Kestrel Mining and Smelting Company plans to lift zinc production to about 90,000 tonnes a year.",
         "90,000 tonnes", "Kestrel Mining and Smelting Company", None),
        # "in its June 2025 Climate Outlook": the body's own work, dated, is not the source
        ("The World Meteorological Organization (WMO) estimated in its June 2025 Climate Outlook that "
         "rainfall will fall by about 12% in 2025.", "12%", "World Meteorological Organization", "2025-06"),
        # an official of a named body
        ('Prices rose. "We stopped 35 trucks at the border," a Customs Police officer in the port told Reuters.',
         "35", "Customs Police", None),
        ("A WFP spokesperson said that more than 1,300 families had been reached since March.", "1,300",
         "World Food Programme", None),
        # the body as an appositive before its verb
        ("The UN children's agency, UNICEF, said that about 22% of schools had closed.", "22%",
         "UN Children's Fund", None),
        # a ministry named by its field first, in full; a demonym gives its country
        ("The Portuguese Interior Ministry said applications fell 17% to 4,260.", "4,260",
         "Ministry of the Interior (Portugal)", None),
        ("Russia's Foreign Ministry said 12 diplomats were expelled.", "12", "Ministry of Foreign Affairs (Russia)", None),
        # a national body with a field between "National" and its head word, of the sentence's country
        ("In Uruguay, the National Energy Commission said wind capacity reached 1,520 MW.", "1,520 MW",
         "National Energy Commission (Uruguay)", None),
        ("Jordan's National Guard said it detained 640 people.", "640", "National Guard (Jordan)", None),
        # no country in the sentence: the one its paragraph named last
        ("Bhutan imports all its fertiliser. Stocks are thin: the Ministry of Agriculture and Forests "
         "said that only 58% of orders had been filled.", "58%",
         "Ministry of Agriculture and Forests (Bhutan)", None),
        # a generic national office of India is not the UK's Office for National Statistics
        ("Kenya's food inflation slowed to 3.8% in May, data released by the National Statistics Office show.",
         "3.8%", "National Statistics Office (Kenya)", None),
        # a body's own decision
        ("The Reserve Bank of Australia (RBA) cut its cash rate by 25 basis points to 3.85%.", "3.85%",
         "Reserve Bank of Australia", None),
        ("Bank Negara Malaysia has held its policy rate at 3% since May 2023.", "3%", "Bank Negara Malaysia", None),
        # one word after "and" ends one body's name
        ("Output fell by about a quarter, data from the Department of Mines and Geology (DMG) show.", "a quarter",
         "Department of Mines and Geology", None),
        # a body's project or work named with it
        ("At least 140 schools were damaged this year, according to the Education Damage Tracker of the "
         "United Nations Children's Fund (UNICEF).", "140", "UN Children's Fund", None),
        # a country's ministry is not matched, without its country, by another country's entry
        ("In Peru, the Ministry of Economy and Finance said it transferred US$1.6 billion to the power sector.",
         "US$1.6 billion", "Ministry of Economy and Finance (Peru)", None),
        # "It" is the body that opened the sentence before, though that sentence credited nothing
        ('The Ports Authority said 910 ships called. "Costs keep rising," a spokesperson for Dockworkers United '
         "said. The Asian Development Bank has since approved similar loans. It announced a $2.3bn package.",
         "$2.3bn", "Asian Development Bank", None),
        # a name the registry does not know as the appositive before its verb
        ("The market's clearing house, the Meridian Grid Operator (MGO), said that the link's capacity is 450 MW.",
         "450 MW", "Meridian Grid Operator", None),
        # an acronym in capitals that spells a word cites its body
        ("The Institute for Transport Studies (ITS) tracks ridership. Buses carried 37% of commuters in 2024 "
         "(ITS, 2024).", "37%", "Institute for Transport Studies", "2024"),
        # the paragraph's country named by a possessive before another body ("India's Ministry of ...")
        ("Data released by Ghana's Ministry of Finance show that the subsidy fell. The retail price of seed is "
         "fixed at about GHS 410 per bag, per the Department of Crop Services.", "GHS 410",
         "Department of Crop Services (Ghana)", None),
        # a national body with its field before the head word, of the heading's country
        ("2.4 Belize. Data from the Power Market Administrator (PMA) show that peak demand rose to 290 MW.",
         "290 MW", "Power Market Administrator (Belize)", None),
        # "US" before a body the registry does not know is its country
        ("The US Office of Coastal Leasing (OCL) said that leases worth up to $4 billion were sold.",
         "$4 billion", "Office of Coastal Leasing (United States)", None),
    ],
    ids=["longer-name", "possessive-work", "day-month-year", "paren-acronym", "maintained-by",
         "paren-body", "body-comma-list", "in-a-dated-work", "brackets", "defined-acronym",
         "other-language-acronym", "initial-possessive-work", "appositive", "published-in",
         "place-descriptor", "based-descriptor", "acronym-after-place", "of-country", "of-the-republic",
         "sentence-country", "said-inverted", "said-after-quote", "defined-beats-registry",
         "comma-body-before-verb", "citation-country", "company-country-possessive", "possessed-country",
         "currency-no-country", "the-alliance-said", "minister-told", "official-of-body-told", "official-told", "prime-minister-told",
         "company-told", "possessive-titled-work", "opening-date", "possessive-work-date", "short-name",
         "employer-told",
         "lower-case-ministry", "role-at-body-said", "acronym-title-person", "body-title-person-particles",
         "possessive-body-lower-title", "told-after-a-sentence", "body-lower-title-person-told",
         "body-lower-title-person-said", "estimated-inverted", "the-regulator-also", "the-report-said-after",
         "it-said-after", "published-in-after-own-work", "body-plans-to", "in-its-dated-work",
         "body-official-told", "body-spokesperson-said", "appositive-body-said", "field-ministry-demonym",
         "field-ministry-possessive", "national-field-commission", "national-guard", "paragraph-country",
         "generic-office-not-fuzzy-uk", "body-cut-its-rate", "body-held-its-rate", "and-one-word-name",
         "project-of-body", "generic-ministry-alias", "it-is-the-last-subject", "appositive-unknown-body-said",
         "acronym-spelling-a-word", "possessive-country-in-paragraph", "field-body-heading-country",
         "us-before-body"],
)
def test_attribution_forms_of_analytical_reports(text, figure, source, date):
    claim = _claims(text)[figure]
    assert (claim.source, claim.source_date) == (source, date)


def test_a_phrase_in_another_clause_does_not_take_the_figure_before_it():
    text = ("Exports, which the Ministry of Trade estimates at 40,000 tonnes a year, are under-counted; "
            "the NGO Global Witness estimated in a 2023 report that 90,000 tonnes left the country.")
    claims = _claims(text)
    assert claims["40,000 tonnes"].source == "Ministry of Trade"
    assert claims["90,000 tonnes"].source == "Global Witness"
    text = ("Official data show that the labour force shrank by 800,000 in 2023, and the Kiel Institute "
            "for the World Economy estimates that 2.1 million more will leave.")
    claims = _claims(text)
    assert claims["800,000"].source != "Kiel Institute for the World Economy"
    assert claims["2.1 million"].source == "Kiel Institute for the World Economy"


def test_a_generic_body_takes_the_country_the_document_gives_it():
    text = ("Gold output fell to 40 tonnes, according to Ghana's Minerals Commission and Ministry of Lands.\n\n"
            "Artisanal output, which the Ministry of Lands puts at 8 tonnes, is under-reported.\n")
    claims = _claims(text)
    assert claims["8 tonnes"].source == "Ministry of Lands (Ghana)"


@pytest.mark.parametrize(
    "text,figure,unit",
    [
        ("The plant makes 40–50 turbines a year, compared with fewer than 12 per year in 2019.", "12", "turbines/year"),
        ("The firm had more than 300 branches, up from about 120 in 2015.", "120", "branches"),
        ("At least 14 of the country's 47 counties had closed schools, up from 9 a year earlier.", "14", "counties"),
        ("At least 14 of the country's 47 counties had closed schools, up from 9 a year earlier.", "9", "counties"),
        ("Monitors counted 1,200 strikes in Kharkiv. They counted a further 300 in Sumy and up to 90 in Poltava.",
         "300", "strikes"),
        ("Monitors counted 1,200 strikes in Kharkiv. They counted a further 300 in Sumy and up to 90 in Poltava.",
         "90", "strikes"),
        ("Nationals of Kenya made 5,100 of these claims, Uganda for 2,300 and Ghana for about 900.", "900", "claims"),
        ("The mission has 250+ observers in the field.", "250", "observers"),
        ("- Foreign fighters in the region: roughly 800–1,000 (UN, 2024).", "800–1,000", "fighters"),
        ("- Key facts: 12 were arrested.", "12", None),
        ("Germany faces a 400,000 nurse shortage by 2030.", "400,000", "nurses"),
        ("The volunteers, numbering 3,500 in Lagos and 1,200 in Abuja, ran the count.", "1,200", "volunteers"),
        ("Seasonal pickers in Murcia, where 9,000 were hired in 2023, earn little.", "9,000", "pickers"),
        ("The plant shipped 40,000 spare parts units in May.", "40,000", "units"),
        # a model designator between the count and its noun; a model is no unit ("F-35A")
        ("Denmark sold 24 F-35A fighters and 36 F-16C/D jets.", "24", "fighters"),
        ("Egypt ordered 300 K2 Black Panther tanks and 64 AH-64E Apache attack helicopters.", "64", "helicopters"),
        ("The army fields 120 HIMARS M142 launchers.", "120", "launchers"),
        # an absolute change of the subject's count, then its level; a reporting verb is no subject
        ("Openings fell by 14,000 on the month to 588,000 in March.", "14,000", "openings"),
        ("Openings fell by 14,000 on the month to 588,000 in March.", "588,000", "openings"),
        ("The registry shows that members rose by 2,400 to 61,000.", "2,400", "members"),
        ("The registry shows hospital admissions rose by 300 to 4,100.", "4,100", "admissions"),
        ("Members numbered 61,000, down 2,400 (3.8%) on the year.", "2,400", "members"),
        # a participle before the counted noun; a total the count brings up
        ("There were 9.2 million paid streaming accounts at the end of the year.", "9.2 million", "accounts"),
        ("Some 310 new kiosks opened in June, bringing the city's total to 4,870.", "4,870", "kiosks"),
        ("Some 310 new kiosks opened in June, taking their total to about 4,870.", "4,870", "kiosks"),
        # the level a change started from, in the unit the level it reached is written in
        ("The 2024 total was revised from 38,900 to 39,150 hectares after mapping.", "38,900", "hectares"),
        # a rate's base named once in the sentence holds for its bare repeats
        ("The sickness rate was 5.2 per 1,000 employees, up from 4.8 per 1,000 in 2023.", "4.8",
         "per 1,000 employees"),
    ],
)
def test_what_a_bare_count_counts(text, figure, unit):
    assert _claims(text)[figure].unit == unit


@pytest.mark.parametrize(
    "text,figure,value",
    [
        ("Solar supplies roughly a fifth of the island's power.", "a fifth", 20.0),
        ("A survey found that 1 in 4 households had skipped meals.", "1 in 4", 25.0),
        ("Two thirds of the budget went to salaries.", "Two thirds", 66.6666666667),
        ("Only one school in five had running water.", "one school in five", 20.0),
    ],
)
def test_fractions_of_a_whole_are_percentages(text, figure, value):
    claim = _claims(text)[figure]
    assert claim.unit == "percent" and claim.value == pytest.approx(value)


def test_fraction_words_are_percentages_and_ordinals_are_not_fractions():
    claims = _claims("Output rose by a fifth. Prices doubled in the third quarter of 2024.")
    assert claims["a fifth"].unit == "percent" and claims["a fifth"].value == pytest.approx(20.0)
    assert not any("third" in text for text in claims)


def test_table_cells_keep_their_row_label():
    text = "| Country | Output | Source |\n|---|---|---|\n| Chile | 5.3 million tonnes | USGS, 2024 |\n"
    assert _claims(text)["5.3 million tonnes"].row == "Chile"


def test_a_person_speaks_for_the_body_named_before_them_then_and_later():
    text = ("In testimony, the International Atomic Energy Agency (IAEA) Director General Rafael Grossi "
            "said Iran held 400 kg of enriched uranium. In May 2025, Director General Grossi said the "
            "stockpile had reached 408 kg.")
    claims = _claims(text)
    assert claims["400 kg"].source == claims["408 kg"].source == "International Atomic Energy Agency"


def test_new_york_keeps_its_new_and_two_bodies_joined_by_and_the():
    claims = _claims("The New York State Department of Health and the Department of Sanitation counted 1,200 "
                     "inspections.")
    assert claims["1,200"].source == "New York State Department of Health; Department of Sanitation"


@pytest.mark.parametrize(
    "text,figure,unit,value",
    [
        ("Indicator                        2023      2024\nGrain exports, million tonnes    12.1      13.4\n"
         "Port calls                       410       455\n", "13.4", "metric tons", 13.4e6),
        ("Indicator                        2023      2024\nGrain exports, million tonnes    12.1      13.4\n"
         "Port calls                       410       455\n", "455", "calls", 455.0),
        # a scale alone after the label's last comma, a currency code before it or not
        ("| Indicator | 2023 | 2024 |\n|---|---|---|\n| Port calls, thousand | 4.1 | 4.6 |\n"
         "| Harbour dues, EUR million | 12.4 | 13.0 |\n", "4.6", "calls", 4600.0),
        ("| Indicator | 2023 | 2024 |\n|---|---|---|\n| Port calls, thousand | 4.1 | 4.6 |\n"
         "| Harbour dues, EUR million | 12.4 | 13.0 |\n", "13.0", "EUR", 13e6),
        # a title ending "(% of <whole>)" puts its cells in percent
        ("Table 2. Ferry market shares by operator (% of passengers)\n\n| Operator | 2023 | 2024 |\n|---|---|---|\n"
         "| Baltline | 44.1 | 42.7 |\n| Nordferry | 55.9 | 57.3 |\n", "42.7", "percent", 42.7),
        # a collective noun a title breaks down is what the cells count
        ("Table 3 - Uniformed staff by region\n\n    Region        2024     2025\n    North        1,210    1,305\n"
         "    South          980    1,020\n", "1,305", "staff", 1305.0),
        # a span of time of something: import cover
        ("Indicator                          2023   2024\nGross reserves (months of imports)   3.4    4.1\n",
         "4.1", "months of imports", 4.1),
        ("Table 1. Fees\n\nCountry\tUS$ million\tShare\nTonga\t14\t12%\nSamoa\t9\t8%\n", "14", "USD", 14e6),
        ("Kenya's budget reached 3.9 trillion shillings in 2024.", "3.9 trillion shillings", "KES", 3.9e12),
        ("Colombia's deficit was 20 trillion pesos.", "20 trillion pesos", "COP", 20e12),
        ("Suva earned FJ$85 million from fees.", "FJ$85 million", "FJD", 85e6),
        ("Charter rates reached $90,000 a day.", "$90,000", "USD/day", 90000.0),
        ("Nickel traded at US$7.10 a pound.", "US$7.10", "USD/pound", 7.10),
        ("Brazil holds 16 million tonnes, Peru for 9 million and Ghana for 2.5 million.", "9 million", "metric tons", 9e6),
        ("The northern route is 6,500 nautical miles, against 11,200 via the Cape.", "11,200", "nautical miles", 11200.0),
        ("The 1,200-km pipeline opened.", "1,200-km", "kilometers", 1200.0),
        ("The terminal handles 48,000 TEU a month.", "48,000 TEU", "TEU/month", 48000.0),
        ("Prices rose 3-4 times.", "3-4 times", "times", 3.5),
        ("Costs rose to US$3.10 per pound, compared with US$2.40 in 2019.", "US$2.40", "USD/pound", 2.40),
        ("Aid reached CNY 2.4bn a year, about US$330mn, in 2024.", "US$330mn", "USD/year", 330e6),
        ("Royalties were ARS 900 billion (about US$1 billion), down from 700 billion pesos.", "700 billion pesos",
         "ARS", 700e9),
    ],
)
def test_units_from_labels_headers_places_and_neighbours(text, figure, unit, value):
    claim = _claims(text)[figure]
    assert claim.unit.split("/")[0] == unit.split("/")[0] and claim.unit == unit
    assert claim.value == pytest.approx(value)


def test_a_definite_reference_names_the_body_named_before():
    text = ("The Global Fishing Foundation (GFF) surveyed 300 crews. Nearly two in three reported unpaid wages, "
            "according to the foundation's 2024 survey. The Western Fisheries Commission met in May. The "
            "Commission's review counted 22 infringements.")
    claims = _claims(text)
    assert claims["two in three"].source == "Global Fishing Foundation"
    assert claims["two in three"].value == pytest.approx(66.6667, rel=1e-3)
    assert claims["22"].source == "Western Fisheries Commission"


def test_a_sources_note_credits_each_row_the_part_that_names_it():
    text = ("Indicator                          2023      2024\n"
            "Port cargo, million tonnes         41.2      43.0\n"
            "Transit voyages                    80        95\n"
            "\n"
            "Sources: Harbour Authority (March 2025) for port cargo; Arctic Shipping Institute (2025) for transits.\n")
    claims = _claims(text)
    assert (claims["43.0"].source, claims["43.0"].source_date) == ("Harbour Authority", "2025-03")
    assert (claims["95"].source, claims["95"].source_date) == ("Arctic Shipping Institute", "2025")


def test_a_name_closing_a_sentence_in_parentheses_cites_it_but_a_place_does_not():
    claims = _claims("- Nickel fell to $15,200 per tonne, 40% below its 2022 peak (Fastmarkets Battery Research).\n"
                     "- Exports rose to 4 million tonnes (Burkina Faso).\n")
    assert claims["$15,200"].source == "Fastmarkets Battery Research"
    assert claims["4 million tonnes"].source is None
    # the body's acronym may follow its name inside the citation
    claims = _claims("- Asia: 212,400 tonnes, down 5.1% (Pacific Cocoa Processors Association, PCPA).\n")
    assert claims["212,400 tonnes"].source == claims["5.1%"].source == "Pacific Cocoa Processors Association"


def test_a_column_header_states_the_unit_of_its_bare_cells():
    text = ("| Region | Cropland, 2024 (thousand hectares) | Irrigated (%) | Water use (million cubic metres a year) | Source |\n"
            "|---|---|---|---|---|\n"
            "| Punjab | 4.2 | 98 | 52.1 | FAO, May 2025 |\n"
            "| Sindh | 3.1 | 71 | 48.0 | FAO, May 2025 |\n")
    claims = _claims(text)
    assert (claims["4.2"].value, claims["4.2"].unit) == (4200.0, "hectares")
    assert claims["98"].unit == "percent"
    assert (claims["52.1"].value, claims["52.1"].unit) == (52_100_000.0, "cubic meters/year")
    assert claims["3.1"].source == "Food and Agriculture Organization"


def test_an_aligned_table_reads_its_column_headers_across_lines():
    text = ("Table 4. Port activity, 2024\n\n"
            "Port          Container        Berths    Dock workers\n"
            "              throughput                 employed\n"
            "              (US$ million)\n"
            "Mombasa           412.5           21         3,400\n"
            "Dar es Salaam     288.0           14         2,150\n")
    claims = _claims(text)
    assert (claims["412.5"].value, claims["412.5"].unit) == (412_500_000.0, "USD")
    assert claims["21"].unit == "berths"
    assert claims["2,150"].unit == "workers"
    assert claims["288.0"].row == "Dar es Salaam"


def test_a_section_heading_inside_an_aligned_table_states_its_rows_scale():
    # the title's scale follows a currency code the document declares ("Norland crowns (NLC)");
    # the years line above the first section heading is still the columns' header
    text = ("All amounts are in Norland crowns (NLC); the scheme paid NLC 52 a week in 2024.\n\n"
            "Table 1. Scheme spending (NLC million, cash terms)\n\n"
            "                                2026-27   2027-28\n"
            "  Spending                         418.2     431.9\n\n"
            "Table 2. Recipients\n\n"
            "                                2026-27   2027-28\n"
            "  Pensioners (thousands)\n"
            "    Over 80                         61.5      63.0\n"
            "    Aged 66-80                     204.4     207.1\n")
    claims = _claims(text)
    assert (claims["418.2"].value, claims["418.2"].unit) == (418_200_000.0, "NLC")
    assert (claims["61.5"].value, claims["61.5"].unit) == (61_500.0, "pensioners")
    assert (claims["207.1"].value, claims["207.1"].period) == (207_100.0, "2027/2028")
    assert "80" not in claims  # "Over 80": the row's age limit


def test_thousands_of_a_unit_in_a_column_header():
    text = ("Table 2. Cargo handled\n\n"
            "  Port            2023          2024\n"
            "                  ('000 TEU)    ('000 TEU)\n"
            "  Northport       2,218         2,402\n"
            "  Eastport        1,940         1,876\n")
    claims = _claims(text)
    assert (claims["2,218"].value, claims["2,218"].unit, claims["2,218"].period) == (2_218_000.0, "TEU", "2023")
    assert "000 TEU" not in claims  # the header's "'000" is the table's scale


def test_a_row_label_states_the_documents_own_currency_and_scale():
    text = ("Fees are charged in Lorian marks (LRM); a permit costs LRM 40.\n\n"
            "Item                                  2024       2025\n"
            "Fee income, year to 30 June (LRM m)    61.2       64.8\n"
            "Permits issued                        1,530      1,620\n")
    claims = _claims(text)
    assert (claims["61.2"].value, claims["61.2"].unit) == (61_200_000.0, "LRM")
    assert claims["1,620"].value == 1620.0


def test_an_aligned_source_column_names_bodies_the_registry_does_not_know():
    text = ("Table 3. Cargo by port\n\n"
            "  Port          2023 ('000 t)   2024 ('000 t)   Source\n"
            "  Westhaven          1,204           1,310      Westhaven Harbour Board\n"
            "  Kells                 880             845      Port of Kells\n")
    claims = _claims(text)
    assert claims["1,204"].source == claims["1,310"].source == "Westhaven Harbour Board"
    assert claims["845"].source == "Port of Kells"


def test_a_table_row_at_the_top_is_no_masthead():
    # (a masthead's "Issue 4 | Harbour Research Unit" names the publisher; a table's row does not)
    text = ("| Port | 2024 ('000) | Source |\n|---|---|---|\n| Kells | 845 | Port of Kells |\n\n"
            "Kells handled 845,000 tonnes, according to the Port of Kells.\n")
    claims = _claims(text)
    assert claims["845"].source == "Port of Kells" and claims["845"].value == 845_000.0
    assert claims["845,000 tonnes"].source == "Port of Kells"


def test_an_aligned_title_line_over_the_columns_is_no_column_header():
    # the title's "(EUR million)" is the table's; the "% paid" column's own header still says percent
    text = ("Table 3. Grants committed and paid, by region (EUR million)\n"
            "------------------------------------------------------------\n"
            "Region                  Committed      Paid      % paid\n"
            "------------------------------------------------------------\n"
            "North                       64.0       48.0         75\n"
            "Coast                       90.5       40.7         45\n")
    claims = _claims(text)
    assert (claims["64.0"].value, claims["64.0"].unit) == (64_000_000.0, "EUR")
    assert (claims["75"].value, claims["75"].unit) == (75.0, "percent")
    assert (claims["45"].value, claims["45"].unit) == (45.0, "percent")


@pytest.mark.parametrize(
    "note",
    [
        "Sources: berth counts from the Kenya Ports Authority (March 2025); throughput values and dock "
        "worker numbers as compiled by UNCTAD (June 2025).",
        "Sources: Kenya Ports Authority (March 2025) for berths; UNCTAD (June 2025) for throughput and workers.",
    ],
    ids=["from-source", "for-columns"],
)
def test_a_source_note_credits_each_column_its_source(note):
    text = ("Port          Container        Berths    Dock workers\n"
            "              throughput                 employed\n"
            "              (US$ million)\n"
            "Mombasa           412.5           21         3,400\n"
            "Dar es Salaam     288.0           14         2,150\n\n" + note + "\n")
    claims = _claims(text)
    assert (claims["21"].source, claims["21"].source_date) == ("Kenya Ports Authority", "2025-03")
    assert (claims["412.5"].source, claims["2,150"].source_date) == (
        "UN Conference on Trade and Development", "2025-06")


@pytest.mark.parametrize(
    "text,figure,source",
    [
        # a sentence restating the figure before it
        ("Coverage reached 81% in 2024, according to a May 2025 report by the World Bank. That is up from "
         "74% in 2020.", "74%", "World Bank"),
        # the parts of a total, each after its name, in the total's unit
        ("Pledges totalled US$30 billion (World Bank, 2025). Kenya received US$12 billion, Ghana US$9 billion "
         "and Senegal US$4 billion.", "US$9 billion", "World Bank"),
        ("Reserves stand at 80 million tonnes (World Bank, 2025). Peru accounts for 30 million tonnes, Chile "
         "for 25 million and Bolivia for 5 million, together 75% of the total.", "25 million", "World Bank"),
        # shares of the figure before
        ("Remittances reached US$2.1 billion in 2024 (Bank of Ghana, 2025). The United Kingdom "
         "accounted for 37% of the total, Italy for 11%.", "11%", "Bank of Ghana"),
        # a share of another total is no continuation
        ("Requests reached 9 GW (World Bank, 2025). Data centres accounted for 31% of the total new "
         "connection requests.", "31%", None),
        # not a list of parts: a new, unattributed figure
        ("Pledges totalled US$30 billion (World Bank, 2025). Staff costs rose to US$2 billion.",
         "US$2 billion", None),
        # not across paragraphs
        ("Pledges totalled US$30 billion (World Bank, 2025).\n\nKenya received US$12 billion, Ghana "
         "US$9 billion and Senegal US$4 billion.", "US$9 billion", None),
        # "It is a ..." describes the place, restating nothing
        ("Tamsa is a town on the northern coast. With a population of 52,300 at the 2020 census, it is the "
         "largest town in the district.[2] It is a busy port town of the northern coast, with 14 quays.\n\n"
         "References\n\n2. National Census Office (2021). Census 2020.", "14", None),
        # "The model" is the document's own model named before the cited body, not the body's work
        ("Our flood model, RIVO 3, puts direct losses at €1.1 billion. The World Bank put GDP at €20 billion in "
         "its April 2025 update. The model estimates that 42,000 homes were flooded.", "42,000", None),
        ("The flood study of the World Bank is cited. The Bank of Ostria put GDP at €20 billion in its April "
         "2025 report. The report estimates that 42,000 homes were flooded.", "42,000", "Bank of Ostria"),
    ],
    ids=["restates", "parts", "parts-elliptical", "shares-of-the-total", "share-of-another-total", "no-parts",
         "other-paragraph", "description", "own-model", "cited-report"],
)
def test_a_following_sentence_that_continues_the_figure_before_keeps_its_source(text, figure, source):
    assert _claims(text)[figure].source == source


@pytest.mark.parametrize(
    "text,figure,places",
    [
        ("Kenya reported coverage of 86% in 2024 and The Gambia 79%, while Chad stood at 55%.", "79%", ("Gambia",)),
        ("Kenya reported coverage of 86% in 2024 and The Gambia 79%, while Chad stood at 55%.", "86%", ("Kenya",)),
        ("Kenya's exports rose 12% and Uganda's 9%.", "9%", ("Uganda",)),
        # not a list: both places are the figure's
        ("Brazil exported 2.3 million tons of soybeans to Egypt in 2022.", "2.3 million tons", ("Brazil", "Egypt")),
        ("Exports from Russia to China rose 20% in 2024.", "20%", ("China", "Russia")),
        # world regions are places
        ("About 1.7 million children in East Africa received no vaccine.", "1.7 million", ("East Africa",)),
    ],
)
def test_each_figure_of_a_parallel_list_is_about_its_own_place(text, figure, places):
    assert tuple(sorted(_claims(text)[figure].places)) == tuple(sorted(places))


def test_a_count_over_a_period_is_no_share():
    claims = _claims("Two vessels in 10 days were seized, and 3 ships in 5 were inspected.")
    assert claims["Two"].unit == "vessels" and claims["10 days"].unit == "days"


@pytest.mark.parametrize(
    "text,figure,unit",
    [
        ("Morocco is short of water.\n\nA plant near Tangier will cost about 6 billion dirhams.",
         "6 billion dirhams", "MAD"),
        ("A plant in Abu Dhabi cost 3 billion dirhams.", "3 billion dirhams", "AED"),
        ("A coastguard survey found that 1 in 5 Spanish trawlers went dark.", "1 in 5", "percent"),
        # "Rs": the rupee of the country the sentence or paragraph names, else India's
        ("In Pakistan, wages average Rs 32,000 a month.", "Rs 32,000", "PKR/month"),
        ("Remittances to Nepal reached Rs 1,445 billion.", "Rs 1,445 billion", "NPR"),
        ("Nepal borders India.\n\nThe scheme cost Rs 500 crore.", "Rs 500 crore", "INR"),
    ],
)
def test_the_country_of_an_ambiguous_currency_word(text, figure, unit):
    assert _claims(text)[figure].unit == unit


def test_a_note_crediting_national_bodies_gives_each_row_its_countrys_body():
    text = ("| Country | Population (million) |\n|---|---|\n| Canada | 41 |\n| Portugal | 10.6 |\n| Total | 51.6 |\n\n"
            "Source: national statistics offices.\n\n"
            "Country      2024 budget   2025 budget\n             (EUR million) (EUR million)\n"
            "Latvia         980         1,210\nRomania      6,400         7,050\n\n"
            "Source: national defence ministries.\n")
    claims = _claims(text)
    assert claims["41"].source == "Statistics Canada"  # the registry's office of the row's country
    assert claims["10.6"].source == "National Statistics Office (Portugal)"  # none listed: named by kind
    assert claims["51.6"].source == "national statistics offices"  # no country: the note as written
    assert claims["1,210"].source == "Ministry of Defence (Latvia)"
    assert claims["7,050"].source == "Ministry of Defence (Romania)"


def test_a_row_labels_last_cell_states_the_unit_of_the_figure_after_it():
    # the label's first digits are a year ("2025-26"): the unit is read from the cell before the figure
    text = ("| Country | Indicator | Value | Source |\n|---|---|---|---|\n"
            "| Nepal | Irrigation budget, 2025-26 (NPR billion) | 31.5 | Ministry of Finance, May 2025 |\n"
            "| Nepal | Households insured, 2024 (lakh) | 4.2 | Insurance Authority, March 2025 |\n")
    claims = _claims(text)
    assert (claims["31.5"].value, claims["31.5"].unit) == (31_500_000_000.0, "NPR")
    assert claims["4.2"].value == 420_000.0


def test_an_aligned_header_line_of_years_and_units_is_a_header_not_a_row():
    text = ("Table 1. Capacity and investment\n\n"
            "Country              Generating capacity   Storage spending\n"
            "                     2025 (MW)             2026-2030 (US$ million)\n"
            "Belize                      510                     120\n"
            "Guyana                      880                     340\n\n"
            "Source: Caribbean Power Observatory (CPO), Grid Review, March 2026, from utility filings.\n")
    claims = _claims(text)
    assert claims["510"].unit == "megawatts"
    assert (claims["340"].value, claims["340"].unit) == (340_000_000.0, "USD")
    # a source note naming a body the registry does not know, dated after the title of its work
    assert (claims["340"].source, claims["340"].source_date) == ("Caribbean Power Observatory", "2026-03")


def test_numbered_endnotes_credit_and_date_the_figures_that_mark_them():
    text = ("According to the Pacific Development Bank (PDB), inflation averaged 6.4% in 2024 [2]. "
            "Exports rose 12% [4]. Imports fell 3%.\n\nNotes\n\n"
            "[2] Pacific Development Bank, Pacific Economic Monitor 2024, April 2025.\n"
            "[4] Ministry of Trade (Fiji), trade note, 18 March 2025.\n")
    claims = _claims(text)
    assert (claims["6.4%"].source, claims["6.4%"].source_date) == ("Pacific Development Bank", "2025-04")
    assert (claims["12%"].source, claims["12%"].source_date) == ("Ministry of Trade (Fiji)", "2025-03-18")
    assert claims["3%"].source is None  # no marker, no note


def test_numbered_notes_under_a_notes_heading():
    text = ("Recommendations:\n1. Fund 3 more inspectors.\n2. Publish data.\n\n"
            "Port calls rose 17% in 2024.[2] Bulk cargo reached 4.2 million tonnes.[1]\n\nReferences\n\n"
            "1. Ministry of Transport (Peru), \"Port statistics\", 12 February 2025, p. 3.\n"
            "2. Andean Shipping Council, annual review, 30 January 2025.\n")
    claims = _claims(text)
    assert (claims["17%"].source, claims["17%"].source_date) == ("Andean Shipping Council", "2025-01-30")
    assert (claims["4.2 million tonnes"].source, claims["4.2 million tonnes"].source_date) == ("Ministry of Transport (Peru)", "2025-02-12")
    assert claims["3"].source is None  # a numbered list before the heading is no note


def test_a_wiki_reference_list_credits_its_markers_with_each_works_publisher_and_date():
    text = ("Salmon output reached 41,200 tonnes in 2023.[2] Exports were worth €3.1 billion.[1] "
            "Cod landings fell by 80% between 1961 and 1968.[3]\n\n"
            "Table 1. Output by plant, 2023 (tonnes)[2]\n\n"
            "| Port | Landings |\n|---|---:|\n| Harlow | 12,600 |\n| Total | 41,200 |\n\n"
            "References\n\n"
            "1. ^ \"Trade review 2023\". Kestrel Seafood Board. 22 January 2024. Retrieved 4 May 2025.\n"
            "2. ^ \"Aquaculture statistics 2023\" (PDF). Directorate of Aquaculture. 14 March 2024. pp. 8–31. Retrieved 4 May 2025.\n"
            "3. ^ Brandt, Elise (2017). Tides and Trade: A History. Harlow: Coast Press. pp. 12–40.\n")
    claims = _claims(text)
    # (the publisher after the quoted title; its date, not the day the reference was retrieved)
    assert (claims["41,200 tonnes"].source, claims["41,200 tonnes"].source_date) == ("Directorate of Aquaculture", "2024-03-14")
    assert (claims["€3.1 billion"].source, claims["€3.1 billion"].source_date) == ("Kestrel Seafood Board", "2024-01-22")
    assert (claims["80%"].source, claims["80%"].source_date) == ("Elise Brandt", "2017")  # a book's author, family name first
    # a marker closing a table's title credits its cells
    assert (claims["12,600"].source, claims["41,200"].source) == ("Directorate of Aquaculture", "Directorate of Aquaculture")


TRANSCRIPT = (
    "TRANSCRIPT\nPress briefing on the cholera response\n\nDate: Tuesday 10 June 2025\n\n"
    "Speakers:\n- Hon. Mara Quist MP, Minister of Water\n"
    "- Dr Ivo Brandt, Director, National Laboratory Service (NLS)\n"
    "- Prof. Ada Lenz, Director, Centre for Outbreak Analytics, University of Tarn\n\n"
    "MINISTER QUIST: Good morning. Forty-one people are in hospital, and 18 water points have been closed. "
    "The WHO says 95% chlorination is needed.\n\n"
    "DR BRANDT: This week we confirmed 64 new cases, bringing the total to 302.\n\n"
    "PROF. LENZ: We expect between 500 and 700 cases in total by July.\n\n"
    "Q (Tarn Herald, Kim Ode): Minister, last week the figure was 238. Is it accelerating?\n\n"
    "MINISTER QUIST: No. Daily cases are stable at about 9.\n"
)


def test_a_transcripts_speakers_speak_for_the_bodies_their_list_names():
    claims = _claims(TRANSCRIPT)
    assert (claims["Forty-one"].source, claims["Forty-one"].source_date) == ("Ministry of Water", "2025-06-10")
    assert claims["18"].source == claims["9"].source == "Ministry of Water"
    assert claims["95%"].source == "World Health Organization"  # (a body the speaker credits keeps it)
    assert claims["64"].source == claims["302"].source == "National Laboratory Service"
    assert claims["500 and 700"].source == "Centre for Outbreak Analytics, University of Tarn"
    assert claims["238"].source is None  # a journalist's question speaks for no body


def test_a_tables_units_stated_in_its_title_and_headers():
    text = (
        "Table 1. Ferry traffic by route, May 2025\n\n"
        "| Route | Passengers (m) | Depth (m) | Change (%)* |\n|---|---|---|---|\n"
        "| North | 1.4 | 12.5 | +3.1 |\n| South | 0.9 | 8.0 | -1.2 |\n\n"
        "* Against May 2024.\n\n"
        "Table 2. Cargo (tonnes) by port. Source: Port Board (2025).\n\n"
        "Port | 2023 | 2024 | Share of 2024 (%)\n-----|------|------|------\n"
        "Lorn | 14,230 | 13,760 | 41.2\nTarn: east quay | 8,940 | 9,310 | 27.9\n\n"
        "Table 3. Stock summary. Juveniles in millions of age-1 fish; biomass and catch in tonnes.\n\n"
        "Year | Juveniles | Biomass | Catch | Mean F\n-----|------|------|------|------\n"
        "2023 | 1,240 | 128,600 | 41,380 | 0.27\n2024 | 1,020 | 133,900 | 42,110 | 0.25\n\n"
        "Table 4. Catch options (tonnes unless stated).\n\n"
        "Basis | Catch | Change (%)\n-----|------|------\nRoll-over: quota | 38,500 | 0.0\nZero | 0 | -100\n")
    claims = _claims(text)
    # "(m)" is millions, save over a length; a note's mark after the unit
    assert (claims["1.4"].value, claims["12.5"].unit, claims["+3.1"].unit) == (1.4e6, "meters", "percent")
    # a unit inside the title's first sentence; a label holding a colon in a row of cells
    assert claims["13,760"].unit == claims["8,940"].unit == "metric tons"
    assert claims["41.2"].unit == "percent"
    # units stated column by column in a sentence of the title, and no other column's
    assert (claims["1,240"].value, claims["1,240"].unit) == (1.24e9, "fish")
    assert claims["128,600"].unit == claims["41,380"].unit == "metric tons"
    assert (claims["0.27"].value, claims["0.27"].unit) == (0.27, None)
    # "(tonnes unless stated)"
    assert (claims["38,500"].unit, claims["0.0"].unit) == ("metric tons", "percent")
    points = _claims("| Lake | Storage (Ml) | Change on last week (% points) |\n|---|---|---|\n| Northmere | 7,340 | -0.9 |\n")
    assert (points["7,340"].unit, points["-0.9"].unit) == ("megaliters", "percentage points")


def test_a_source_sentence_in_a_tables_title_credits_its_cells_and_a_notes_column_credits_none():
    text = ("Table 2. Catch (tonnes) by gear type. Source: Working Group on North Sea Stocks (WGNS, 2025).\n\n"
            "Fleet | 2023 | 2024\n------|------|------\nPurse seine | 14,230 | 13,760\n\n"
            "Table 3. Reference points.\n\n"
            "Point | Value | Basis\n------|------|------\nFloor | 21,700 t | Lowest observed biomass\n")
    claims = _claims(text)
    assert (claims["13,760"].source, claims["13,760"].source_date) == ("Working Group on North Sea Stocks", "2025")
    assert claims["21,700 t"].source is None  # ("Lowest observed biomass" explains the row, it cites no one)


def test_a_citation_between_the_levels_of_from_to_is_the_first_levels():
    claims = _claims("The review raises the stock estimate from 88,400 t in the previous review (WGNS, 2023) "
                     "to 93,100 t.")
    assert (claims["88,400 t"].source, claims["93,100 t"].source) == ("WGNS", None)


def test_a_company_letterhead_with_its_legal_form_in_dots_is_the_publisher():
    text = ("KESTREL FERRIES S.A.\nPress release\n\nThe Group carried 1.2 million passengers in May.\n\n"
            "| Route | Passengers |\n|---|---|\n| North | 700,000 |\n\nSource: Kestrel Ferries.\n")
    assert _claims(text)["700,000"].source is None  # the publisher's own table


def test_one_person_familiar_with_an_owners_discussions_is_a_vague_source():
    claim = _claims("One person familiar with the council's deliberations told me the cost would be exactly "
                    "GBP 4.37 million.")["GBP 4.37 million"]
    assert (claim.source_vague, claim.source) == (True, "One person familiar with the council's deliberations")


def test_a_figure_that_comes_from_a_body_is_the_bodys_and_counts_no_verb():
    claim = _claims("Remember, that 86,500 figure comes from the Statistics Board's spring survey.")["86,500"]
    assert (claim.source, claim.unit) == ("Statistics Board", None)


def test_a_density_per_sq_km_is_a_rate_per_square_kilometre():
    claims = _claims("Density was 0.52 lions per sq km overall, and 0.93 per sq. km in the valley.")
    assert (claims["0.52"].unit, claims["0.93"].unit) == ("lions/square kilometer", "per square kilometer")


def test_a_system_named_with_the_head_word_the_publisher_calls_itself_is_its_own():
    text = ("NORTHMOOR COMMUNITY HEALTH TRUST\nBoard paper\n\n| Metric | May |\n|---|---|\n| Bed occupancy | 94.1% |\n\n"
            "Source: Trust Patient Records System, extract of 3 June 2025.\n")
    assert _claims(text)["94.1%"].source is None


def test_a_year_in_a_clause_drawn_as_a_consequence_is_no_period_of_the_figure_before():
    claim = _claims("Ratios above 8% have been associated with declining herds (Hale & Burr, 1991), so the 2025 "
                    "result warrants attention.")["8%"]
    assert (claim.period, claim.source_date) == (None, "1991")


def test_a_rows_source_cell_with_its_publication_day():
    text = ("Comparators\n"
            "  Clinic attendance within target, May ..... 76.4%   Health Board, published 4 March 2025\n"
            "  Planned care waits, April ................. 58.2%   Health Board, published 6 March 2025\n")
    claim = _claims(text)["76.4%"]
    assert (claim.source, claim.source_date, claim.period) == ("Health Board", "2025-03-04", None)


def test_a_day_in_a_clause_after_since_dates_no_source():
    text = ("Port Lorn, 15 June 2025\n\nThe Disease Unit has logged 530 cases since the outbreak was declared on "
            "9 May. The Disease Unit reported 480 cases on 2 June.")
    claims = _claims(text)
    assert (claims["530"].source_date, claims["480"].source_date) == (None, "2025-06-02")


def test_a_day_opening_with_at_is_the_counts_day_not_its_sources():
    claim = _claims("At 30 June 2024 the Harbour Board counted 1,204 licensed boats.")["1,204"]
    assert (claim.source, claim.source_date, claim.period) == ("Harbour Board", None, "2024-06-30")


def test_a_bodys_report_dated_in_brackets_after_its_noun():
    claim = _claims("The Marlow Advisory report (April 2025) concluded that GBP 41 million was overspent.")["GBP 41 million"]
    assert (claim.source, claim.source_date, claim.period) == ("Marlow Advisory", "2025-04", None)


def test_a_source_note_names_rows_then_their_source_and_all_other_rows():
    text = ("Table 1. Scheme spending (EUR million)\n\n"
            "                                2026-27   2027-28\n"
            "  Baseline expenditure            418.2     431.9\n"
            "  Policy cost                      61.0      64.5\n\n"
            "  Source: baseline, Ministry of Finance, Budget Outlook (October 2024);\n"
            "  all other rows, Audit Office calculations.\n")
    claims = _claims(text)
    assert (claims["431.9"].source, claims["431.9"].source_date) == ("Ministry of Finance", "2024-10")
    assert (claims["61.0"].source, claims["61.0"].source_date) == ("Audit Office", None)


@pytest.mark.parametrize(
    "text,figure,source",
    [
        # a body of a ministry's, defined by its own acronym, is itself
        ("Data from the Ministry of Transport's Road Safety Directorate (RSD) show 412 deaths in 2024.",
         "412", "Road Safety Directorate"),
        # the acting body placed "at" another before its verb
        ("The Regional Reference Laboratory (RRL) at Kestow General Hospital has tested 318 samples.",
         "318", "Regional Reference Laboratory"),
        # a name that holds its own appositive
        ("Gavi, the Vaccine Alliance, pledged on 4 May 2025 to provide USD 1.8 million to the campaign.",
         "USD 1.8 million", "Gavi, the Vaccine Alliance"),
    ],
)
def test_bodies_named_with_an_owner_a_place_or_an_appositive(text, figure, source):
    assert _claims(text)[figure].source == source


def test_a_bodys_work_of_a_few_title_words_dated_after_it():
    claim = _claims("Prices will rise 3.1% in 2026, according to the Treasury's Budget and Economic Review "
                    "of May 2025.")["3.1%"]
    assert (claim.source_date, claim.period) == ("2025-05", "2026")


def test_an_endnote_may_describe_the_data_before_it_names_its_source():
    text = ("The discount rate uses a real risk-free rate of 1.8%[3] and a premium of 5.0%.\n\n"
            "[3] Mean real yield on 20-year bonds in the year to 31 March 2025. Norland Debt Office "
            "(NDO), Annual Review, May 2025, p. 12.\n")
    claim = _claims(text)["1.8%"]
    assert (claim.source, claim.source_date) == ("Norland Debt Office", "2025-05")


def test_superscript_endnote_markers_credit_the_figures_of_their_sentence():
    text = ("Port dues brought in 8.6 million lari in 2024.\u00b2 Cargo rose 4% to 12.1 million tonnes.\u00b9\u2070 "
            "Ferries carried 310,000 passengers.\n\nNotes\n\n"
            "2. Georgian Ports Authority, Annual Report 2024, March 2025.\n"
            "10. Black Sea Freight Council, market note, 4 February 2025.\n")
    claims = _claims(text)
    assert (claims["8.6 million lari"].source, claims["8.6 million lari"].source_date) == ("Georgian Ports Authority", "2025-03")
    assert (claims["12.1 million tonnes"].source, claims["12.1 million tonnes"].source_date) == (
        "Black Sea Freight Council", "2025-02-04")
    assert claims["310,000"].source is None  # no marker, no note


@pytest.mark.parametrize(
    "text,figure,unit",
    [
        ("Licensed taxis stood at 41,200 at the end of March.", "41,200", "taxis"),
        ("Patent filings at the national office rose 9% over the year to about 18,400.", "18,400", "filings"),
        ("Bookings in the Aegean islands fell 31% in the winter, to 2,140.", "2,140", "bookings"),
        # a perfect tense, and a participle after a clause that names a year
        ("Hostel rooms have risen to 3,900 across the region.", "3,900", "rooms"),
        ("Apprenticeships grew every year after 2019, reaching 7,450 in 2024.", "7,450", "apprenticeships"),
        # an amount's subject is no counted noun
        ("Exports rose 3% to 112 in the quarter.", "112", None),
        ("Exports grew in 2024, reaching 4.1 billion.", "4.1 billion", None),
    ],
)
def test_the_plural_subject_of_rose_to_counts_a_bare_figure(text, figure, unit):
    assert _claims(text)[figure].unit == unit


def test_a_rate_per_unit_symbol_is_a_rate_not_a_source():
    claims = _claims("Wind farms were bid at US$0.9 million per MW. Tariffs are US$0.27 per kWh, per the EPRA. "
                     "The link carries 400 kV.")
    assert (claims["US$0.9 million"].unit, claims["US$0.9 million"].source) == ("USD/megawatt", None)
    assert claims["US$0.27"].source_text == "EPRA"  # the sentence's full stop is not the name's
    assert claims["400 kV"].unit == "kilovolts"


def test_joules_are_energy_units_and_per_tj_is_a_rate():
    claims = _claims("Natural gas emits 56.1 t CO2 per TJ burned. Lignite yields 9.5 GJ per tonne, "
                     "and the plant used 3.4 PJ in 2023.")
    assert (claims["56.1 t CO2"].unit, claims["56.1 t CO2"].source) == ("metric tons CO2e/terajoule", None)
    assert claims["9.5 GJ"].unit == "gigajoules/tonne"
    assert claims["3.4 PJ"].unit == "petajoules"


def test_a_title_in_percentage_change_puts_every_row_in_percent():
    text = ("Table 3. Outlook (annual percentage change unless stated)\n"
            "Indicator | 2024 | 2025 | Source\n"
            "Exports | 4.4 | 3.1 | NSO\n"
            "Terms of trade | 5.2 | 1.9 | NSO\n"
            "Current account (US$ billion) | 12.5 | 11.0 | NSO")
    claims = extract_text(text).claims
    units = {c.text: c.unit for c in claims}
    assert (units["4.4"], units["5.2"], units["1.9"]) == ("percent", "percent", "percent")
    assert units["12.5"] == "USD"


@pytest.mark.parametrize(("text", "figure", "value", "unit"), [
    ("The dividend rose to 23 US cents a share.", "23 US cents", 0.23, "USD/share"),
    ("Every 5 cents a gallon adds $40mn to costs.", "5 cents", 0.05, "USD/gallon"),
    ("The offer was 385 pence a share.", "385 pence", 3.85, "GBP/share"),
])
def test_cents_and_pence_are_read_in_their_currency(text, figure, value, unit):
    claim = _claims(text)[figure]
    assert (claim.value, claim.unit) == (pytest.approx(value), unit)


def test_a_titles_last_comma_part_states_its_scale_and_a_glued_m_the_text_writes_as_million():
    text = ("Table 3. Grain shipped by route, thousand tonnes\n\n"
            "| Route | 2024 | 2023 |\n|---|---|---|\n| North | 412.5 | 398.0 |\n\n"
            "Table 4. Households by tenure, England\n\n"
            "| Tenure | 2024 |\n|---|---|\n| Owners | 15.6 |\n\n"
            "Table 5. Pupils in poverty\n\n"
            "| Measure | Number |\n|---|---|\n| Relative | 1.7m |\n\n"
            "In all, 1.7 million pupils were in relative poverty. The school's new fence is 2.4m high.\n")
    claims = _claims(text)
    assert (claims["412.5"].value, claims["412.5"].unit) == (pytest.approx(412.5e3), "metric tons")
    assert claims["15.6"].value == 15.6  # (a place closing a title states no scale)
    assert claims["1.7m"].value == pytest.approx(1.7e6) and claims["1.7m"].unit != "meters"
    assert (claims["2.4m"].value, claims["2.4m"].unit) == (2.4, "meters")


def test_a_sample_size_counts_the_subjects_and_a_name_cell_counts_nothing():
    text = ("In the trial, 604 adults were randomized to the new vaccine (n=302) or placebo (n=302).\n\n"
            "| Outcome | Vaccine (n=302) | Placebo (n=302) |\n|---|---|---|\n| Fever | 12 | 9 |\n\n"
            "Table 2. Cargo by berth, 2024\n\n"
            "| Berth | Operator | TEU (million) | Cranes |\n|---|---|---|---|\n"
            "| North | Delmar Stevedoring Services | 1.25 | 8 |\n")
    found = _claims_all(text)
    assert {c.unit for c in found["302"]} == {"adults"}
    claims = _claims(text)
    assert (claims["1.25"].value, claims["1.25"].unit) == (pytest.approx(1.25e6), "TEU")  # not the operator's "services"


def test_the_subject_a_level_was_reached_by_counts_it():
    text = ("HIGHLIGHTS\n\n"
            "* Visitors admitted rose 4.2% to 1.37 million\n\n"
            "Volunteer numbers on the coastal sites rose 3% to 2,140. Domestic member numbers fell 1.2% to just over 41,000.\n")
    claims = _claims(text)
    assert claims["1.37 million"].unit == "visitors"
    assert claims["2,140"].unit == "volunteers"
    assert claims["41,000"].unit == "members"


def test_an_index_level_reached_by_points_and_a_price_a_week_earlier():
    text = ("The Karsa All-Share gained 38 points on the week to 4,215. Spot charter rates averaged $21,300 "
            "a day, compared with $19,950 a week earlier.\n")
    claims = _claims(text)
    assert claims["4,215"].unit == "points"
    assert claims["$19,950"].unit == "USD/day"


def test_a_titles_scale_and_a_rows_own_unit():
    text = ("RESULTS FOR THE QUARTER (US$ mn unless stated)\n\n"
            "                        Q3 2025     Q3 2024\n"
            "  Revenue                 2,310       2,045\n"
            "  Zinc output (tonnes)   48,200      45,900\n"
            "  Capital spending (outlays)   410    385\n\n"
            "Table 4: Apprentices by region, 2025 (thousands)\n\n"
            "| Region | Men | Women |\n|---|---|---|\n| North | 1,140 | 860 |\n")
    claims = _claims(text)
    assert (claims["2,310"].value, claims["2,310"].unit) == (2.31e9, "USD")
    assert (claims["48,200"].value, claims["48,200"].unit) == (48200, "metric tons")
    assert (claims["410"].value, claims["410"].unit) == (410e6, "USD")
    assert claims["1,140"].value == 1.14e6 and claims["1,140"].unit != "thousands"


def test_a_table_printed_with_plus_junctions_takes_its_titles_unit():
    text = ("Table 4: Ivory seized by port, 2023-2024 (tonnes)\n\n"
            "  Port        |  2023 |  2024\n"
            "  ------------+-------+------\n"
            "  Mombasa     |   3.1 |   1.7\n"
            "  Dar es Salaam |  0.8 |   2.4\n")
    claims = extract_text(text).claims
    assert {(c.text, c.unit, c.period) for c in claims} >= {("3.1", "metric tons", "2023"), ("2.4", "metric tons", "2024")}


def test_a_bullet_labels_noun_past_an_acronym_in_parentheses():
    claims = _claims("KEY FIGURES\n  * Fixed (FTTH) connections: 2.7 million at end-2024.\n")
    assert claims["2.7 million"].unit == "connections"


def test_an_endnote_marker_after_a_full_stop_ends_the_sentence():
    text = ("BRIEFING PAPER\n12 May 2025\n\n2.1 Some 84,300 households were homeless in March 2025, up 4.1% "
            "on a year earlier.[4] Councils spent £1.9bn on shelter, the Councils Network estimates.\n\n"
            "Notes\n[4] Ministry of Housing, Homelessness statistics, 6 June 2025.\n")
    claims = _claims(text)
    assert claims["84,300"].source_date == "2025-06-06"
    assert claims["84,300"].source != claims["£1.9bn"].source


def test_a_title_stating_only_a_scale_gives_bare_cells_its_counted_noun():
    text = ("Table 2: Broadband connections by provider, end of year (thousands)\n\n"
            "| Provider | 2023 | 2024 | Share 2024 |\n|---|---|---|---|\n| Skyline | 812 | 905 | 61.0% |\n")
    claims = _claims(text)
    assert (claims["905"].value, claims["905"].unit) == (905e3, "connections")
    assert claims["61.0%"].unit == "percent"


def test_a_title_giving_units_per_kind_of_column():
    text = ("Table 3: Charcoal exports, 2024 (quantities in tonnes; values in USD million)\n\n"
            "| Country | Exports | Export value |\n|---|---|---|\n| Somalia | 41,200 | 12.6 |\n")
    claims = _claims(text)
    assert (claims["41,200"].value, claims["41,200"].unit) == (41200, "metric tons")
    assert (claims["12.6"].value, claims["12.6"].unit) == (12.6e6, "USD")


def test_a_title_or_header_naming_a_population_or_recorded_crime_gives_its_bare_cells_their_noun():
    people = ("Table 2: Employment by region, aged 16 and over, thousands\n\n"
              "| Region | 2024 | 2025 |\n|---|---|---|\n| North | 412 | 418 |\n\n"
              "Table 3: Overview\n\n| Country | Population, 2024 (million) | Area (km2) |\n|---|---|---|\n| Arlen | 14.2 | 9,800 |\n")
    claims = _claims(people)
    assert (claims["412"].value, claims["412"].unit) == (412e3, "people")
    assert (claims["14.2"].value, claims["14.2"].unit) == (14.2e6, "people")
    crime = ("Table 4: Recorded crime by offence type\n\n"
             "  Offence group     2024      2025    Rate per\n"
             "                                     1,000 (a)\n"
             "  ----------------  --------  ------  ---------\n"
             "  Burglary          12,100    11,640  4.1\n"
             "  Robbery           2,310     2,470   0.8\n")
    claims = _claims(crime)
    assert claims["2,310"].unit == "offences" and claims["4.1"].unit == "offences/1,000"
    assert "1,000" not in claims  # the base of the column's rate, on the header's second line


def test_a_title_breaking_down_a_plural_noun_counts_it_in_bare_whole_cells():
    text = ("Table 6. New company registrations by county\n\n"
            "| County | 2025 | 2024 | Change (%) |\n|---|---|---|---|\n"
            "| Harl | 4,310 | 3,980 | +8.3 |\n| Total | 11,020 | 10,400 | +6.0 |\n")
    claims = _claims(text)
    assert (claims["4,310"].unit, claims["11,020"].unit) == ("registrations", "registrations")
    assert claims["+8.3"].unit == "percent"
    # a title breaking down an amount names no thing counted
    prices = _claims("Table 7. Prices by county\n\n| County | 2025 | 2024 |\n|---|---|---|\n| Harl | 310 | 298 |\n")
    assert prices["310"].unit is None


def test_a_participle_after_the_titles_noun_and_field_names_that_look_plural():
    text = ("Table 8. Permits issued by district\n\n| District | 2025 | 2024 |\n|---|---|---|\n| Oran | 1,240 | 1,105 |\n\n"
            "| Ward | Waiting | Over 12 weeks |\n|---|---|---|\n| Geriatrics | 3,410 | 587 |\n\n"
            "| Endpoint | Arm A | Arm B |\n|---|---|---|\n| Median DFS, months | 14.6 | 9.9 |\n")
    claims = _claims(text)
    assert claims["1,240"].unit == "permits"
    assert claims["3,410"].unit is None  # a ward's specialty counts nothing
    assert claims["14.6"].unit == "months"  # "DFS" is an acronym, not a plural noun


@pytest.mark.parametrize("sentence, figure, unit", [
    # an annual report's figure for the year before, in brackets
    ("The trust settled 1,930 claims in 2025 (2024: 2,075), most of them for small sums.", "2,075", "claims"),
    ("Average revenue per user rose to EUR 21.40 a month in 2025 (2024: EUR 20.90), the report says.", "EUR 20.90", "EUR/month"),
    # a change named by its noun after the count it changes
    ("The register listed 6.12 million voters, an increase of 85,000 on the last election.", "85,000", "voters"),
    # what a bare count is, said after it
    ("Of those rescued, 40 were fishermen and 12 were tourists.", "12", "tourists"),
    # the whole that the opening names, for every part after it
    ("Of the 640 schools inspected, 410 are primary schools and 230 are secondary schools.", "230", "schools"),
    ("Of all registered vehicles, 2.2 million were first registered before 2015.", "2.2 million", "vehicles"),
    ("Of those still waiting at the end of June, 8,300 had waited more than a year.", "8,300", "people"),
    # the whole a part is counted out of, and "the N total"
    ("Some 3,410 home applicants were placed out of 4,520.", "4,520", "applicants"),
    ("Mature students numbered 1,180, or 26.1% of the 4,520 total.", "4,520", "students"),
    # "the number of" a noun that opens with an age
    ("The agency put the number of 16-year-olds at 61,200.", "61,200", "16-year-olds"),
])
def test_a_bare_count_takes_the_noun_its_sentence_gives_it(sentence, figure, unit):
    claims = _claims("The figures were published on Monday. " + sentence)
    assert claims[figure].unit == unit


def test_a_fact_box_line_with_a_dot_leader_is_a_label_not_a_contents_entry():
    text = ("AT A GLANCE\n"
            "  ▪ Overnight visitors, coastal towns ........ 52,700\n"
            "  ▪ Bed occupancy, serviced rooms ........... 64.5%\n\n"
            "CONTENTS\n  3. Regional results ........................ 14\n")
    claims = _claims(text)
    assert (claims["52,700"].value, claims["52,700"].unit) == (52700, "visitors")
    # the label's comma opens no clause: the measure is the whole label
    assert claims["64.5%"].measure == "Bed occupancy serviced rooms"
    assert "14" not in claims  # a contents line's page


def test_a_header_rate_per_thousand_is_no_scale():
    claims = _claims("| District | Cases | Rate per 1,000 |\n|---|---|---|\n| East | 310 | 14.2 |\n")
    assert claims["14.2"].value == 14.2


def test_a_percent_closing_a_tables_title_and_numbered_levels():
    text = ("Table 5: Pass rate by course level, Wales (%)\n\n"
            "| Course | 2025 | 2024 | Change (pp) |\n|---|---|---|---|\n"
            "| Level 3 (advanced) | 81.5 | 80.2 | +1.3 |\n| Level 4-5 and above | 76.0 | 77.1 | -1.1 |\n")
    claims = _claims(text)
    assert (claims["81.5"].unit, claims["+1.3"].unit) == ("percent", "percentage points")
    assert "3" not in claims and "4-5" not in claims


def test_a_results_table_credits_the_company_and_its_consensus_column_the_data_provider():
    text = ("FARROW METALS, FIRST HALF 2025 (US$ mn unless stated)\n\n"
            "                     H1 2025     H1 2024    Analyst consensus\n"
            "  Revenue              2,210       2,050                2,180\n"
            "  Net profit             318         290                  305\n\n"
            "  Source: Farrow Metals half-year report, 30 July 2025; consensus: Visible Alpha.\n")
    claims = _claims(text)
    assert (claims["2,210"].source, claims["2,210"].source_date) == ("Farrow Metals", "2025-07-30")
    assert claims["2,180"].source == "Visible Alpha"


def test_a_firms_short_name_and_the_company_after_a_titled_person():
    text = ("PERTH, 30 July (Coastline Wire) - Farrow Metals reported a 12 per cent rise in revenue. "
            "Margins widened to 31 per cent, Farrow said. Finance Director Jane Holt said costs were flat. "
            "Nickel output rose 4 per cent, the company said.")
    claims = _claims(text)
    assert claims["31 per cent"].source == "Farrow Metals"
    assert claims["4 per cent"].source == "Farrow Metals"


def test_a_un_document_symbol_is_neither_soles_nor_a_source():
    claims = _claims("The sol ended June at S/ 3.58 per US dollar. The Council's report (S/2023/171) counted "
                     "1,250 violations.")
    assert claims["S/ 3.58"].source is None
    assert "S/2023" not in claims and "2023" not in claims
    assert claims["1,250"].source != "S"


def test_a_body_named_with_its_country_and_the_country_acronym():
    text = "The Ministry of Water and Forests of the Central African Republic (CAR) has counted 412 boreholes."
    assert _claims(text)["412"].source == "Ministry of Water and Forests (Central African Republic)"


def test_the_agency_after_a_un_body_is_that_body():
    text = ("The World Food Programme said on 3 March that it had fed 2.1 million people. "
            "Its appeal, at US$310 million, was 18% funded, the agency added.")
    claims = _claims(text)
    assert claims["US$310 million"].source == claims["18%"].source == "World Food Programme"


def test_a_registry_acronym_defined_after_a_service_of_the_body():
    text = ("The plan was 21% funded, according to the Financial Tracking Service of the UN Office for the "
            "Coordination of Humanitarian Affairs (OCHA). The other plan was 12% funded, OCHA said.")
    claims = _claims(text)
    assert claims["21%"].source == claims["12%"].source == "UN Office for the Coordination of Humanitarian Affairs"


def test_korea_alone_is_south_korea_for_a_national_body():
    text = "Cars made up 14% of Korea's exports, per the Ministry of Trade, Industry and Energy."
    assert _claims(text)["14%"].source == "Ministry of Trade, Industry and Energy (South Korea)"


def test_the_day_a_body_reported_closes_its_clause():
    text = ("Published: 9 March 2026\n\nOrbis Foods reported 2025 sales of EUR 4.1bn on 12 February, and said "
            "that exports made up 38% of sales. Its annual report, filed in January 2026, showed 9,400 staff. "
            "About 41 million forms were filed in 2024.")
    claims = _claims(text)
    assert (claims["EUR 4.1bn"].source, claims["EUR 4.1bn"].source_date) == ("Orbis Foods", "2026-02-12")
    assert claims["41 million"].source_date is None  # forms "were filed in 2024" are no publication


def test_a_table_row_credited_to_the_authors_is_the_documents_own():
    text = ("Table 3. Boreholes by district\n\nDistrict | Boreholes (number) | Source, Month Year\n"
            "Upper | 1,340 | Rural Water Board, May 2026\nLower | 660 | Rural Water Board, May 2026\n"
            "Total | 2,000 | Authors' calculation, June 2026\n")
    claims = _claims(text)
    assert claims["1,340"].source == "Rural Water Board"
    assert (claims["2,000"].source, claims["2,000"].source_date) == (None, None)


@pytest.mark.parametrize(
    "text,figure,unit",
    [
        ("Clinics saw 8,120 suspected cholera cases in May.", "8,120", "cases"),
        ("The port handled 310 arms shipments.", "310", "shipments"),
        ("Grants went to nine island states plus Nauru.", "nine", "states"),
    ],
)
def test_the_last_noun_of_a_compound_is_what_is_counted(text, figure, unit):
    assert _claims(text)[figure].unit == unit


def test_a_one_word_body_after_a_countrys_body_of_that_name():
    text = ("Ghana's National Treasury has approved GHS 2.1 billion for roads, a Treasury spokesperson said. "
            "Treasury officials put arrears at 9%.")
    claims = _claims(text)
    assert claims["GHS 2.1 billion"].source == "National Treasury (Ghana)"
    assert claims["9%"].source == "National Treasury (Ghana)"


def test_a_section_heading_gives_its_country_to_a_national_body():
    text = ("3.1 Malawi\n\nThe National Water Resources Development Authority said on 2 May 2026 that it had drilled "
            "640 boreholes.\n\n3.2 Zambia\n\nThe Ministry of Energy said output fell 8%.\n")
    claims = _claims(text)
    assert claims["640"].source == "National Water Resources Development Authority (Malawi)"
    assert claims["8%"].source == "Ministry of Energy (Zambia)"


def test_a_funder_that_allocated_an_amount_is_its_source():
    text = ("Issued: 30 September 2026\n\nThe Regional Resilience Facility (RRF) allocated US$7.5 million to "
            "Djibouti on 4 September for wells. Donors sent 300 tankers.")
    claims = _claims(text)
    assert (claims["US$7.5 million"].source, claims["US$7.5 million"].source_date) == (
        "Regional Resilience Facility", "2026-09-04")
    assert claims["300"].source is None


def test_a_division_of_a_body_dates_its_work():
    text = ("Published: 2 March 2026\n\nAccording to the World Bank Debt Unit's January 2026 debt update, "
            "arrears reached 14% of exports.")
    claims = _claims(text)
    assert (claims["14%"].source, claims["14%"].source_date) == ("World Bank", "2026-01")


def test_a_project_run_by_another_body_speaks_for_itself():
    text = ("The Coastal Flood Information Network (CFIN) project, run by the World Meteorological Organization "
            "(WMO), said in its May 2026 update that 31% of gauges failed. The Dune Monitoring Team, led by the "
            "national survey, counted 820 breaches.")
    claims = _claims(text)
    assert (claims["31%"].source, claims["31%"].source_date) == ("Coastal Flood Information Network", "2026-05")
    assert claims["820"].source == "Dune Monitoring Team"


def test_the_company_is_the_firm_named_before():
    text = ("Velkor reported 2025 sales of EUR 3.1bn, and said exports made up 44% of them. "
            "The company expects that share to reach 50% in 2027. The firm employs 8,200 people.")
    claims = _claims(text)
    assert claims["50%"].source == "Velkor"


def test_a_figure_naming_no_place_is_about_its_sections_country():
    text = ("4.1 Peru\n\nThe survey counted 310 clinics. Of 2,400 beds, 900 were empty.\n\n"
            "4.2 Bolivia\n\nThe survey counted 120 clinics in Chile.\n")
    claims = _claims(text)
    assert claims["2,400"].places == claims["900"].places == ("Peru",)
    assert claims["120"].places == ("Chile",)  # the sentence's own place first


@pytest.mark.parametrize(
    "text,figure,unit",
    [
        # a column header's plural noun in parentheses is what its bare cells count
        ("Table 4. Losses\n\nDistrict | Cattle lost (heads) | Source\nNorth | 41,000 | Livestock Office, May 2026\n"
         "South | 17,500 | Livestock Office, May 2026\n", "41,000", "heads"),
        # two modifiers of one noun
        ("The board said 11 of its 19 urban and peri-urban (UPU) wards flooded.", "19", "wards"),
        # a restated amount "in total" is no rate
        ("Each kit cost US$3.10 per household, or about US$1.9 million in total.", "US$1.9 million", "USD"),
    ],
)
def test_units_of_headers_shared_modifiers_and_totals(text, figure, unit):
    assert _claims(text)[figure].unit == unit


@pytest.mark.parametrize(
    "text,figure,unit",
    [
        ("Of the 820 trawlers licensed in 2025, 301 were Spanish, 122 Moroccan and 97 Portuguese.", "122", "trawlers"),
        ("The navy ordered 12 Sentinel 4B frigates in May.", "12", "frigates"),
        ("The agency counted 51,000 returnees in Chad, and about 230,000 across the region.", "230,000", "returnees"),
    ],
)
def test_a_list_of_figures_by_nationality_and_a_named_model(text, figure, unit):
    assert _claims(text)[figure].unit == unit


@pytest.mark.parametrize(
    "opening, names",
    [
        ("INSTITUTE FOR COASTAL ECONOMICS (ICE)\nWorking Paper No. 3\n", {"institute for coastal economics", "ice"}),
        ("Quarterly Note | Issue 4 | Highland Water Research Unit\n", {"highland water research unit"}),
        ("ANALYSIS-Ports fill up\n\nBy Baltic Wire Service staff\n", {"baltic wire service"}),
        ("Bulletin 9\nPrepared by the Sahel Food Monitoring Unit\n", {"sahel food monitoring unit"}),
        # a body's name in capitals over the title, and its initials
        ("STATE AUDIT CHAMBER\nREVIEW OF ROAD SPENDING\n", {"state audit chamber", "sac"}),
        ("CRITICAL MINERALS BRIEF\nIssue 3\n", set()),
        # the body with its acronym on its own line under the title, and the title as its own series
        ("HARBOUR HOUSEHOLD SURVEY 2024\nAnnual summary\n\nInstitute of Coastal Statistics (ICS)\n",
         {"institute of coastal statistics", "ics", "harbour household survey"}),
        # a title names the document's subject, a person is no publisher
        ("The Federal Aviation Administration (FAA): Budget Issues\n", set()),
        ("Ports and power\nBy Ana Ruiz, Senior Fellow\n", set()),
        # the title of a body's own report
        ("Final report of the Panel of Experts established pursuant to resolution 2101 (2019)\n",
         {"panel of experts established pursuant to resolution 2101 (2019)", "panel of experts"}),
        ("Final report of the Panel of Experts on Libya established pursuant to resolution 1973 (2011)\n",
         {"panel of experts on libya established pursuant to resolution 1973 (2011)", "panel of experts on libya"}),
        ("A report of hope: ports and power\n", set()),
        # the publisher's own series, titled under its letterhead
        ("NATIONAL STATISTICS OFFICE\nQuarterly Household Survey, Velmora: April to June 2025\n",
         {"national statistics office", "nso", "quarterly household survey"}),
        ("Quarterly Household Survey, Velmora: April to June 2025\n", set()),
        ("PARLIAMENTARY LIBRARY\nResearch Briefing Number 10287\n", {"parliamentary library", "pl"}),
        # a body of a place in capitals: the body too, by its own initials
        ("GRAIN INSPECTION SERVICE OF VELSIA\nAnnual Report 2024\n",
         {"grain inspection service of velsia", "gisv", "grain inspection service", "gis"}),
        # a police force is a body
        ("MARRA CONSTABULARY\nRecorded Crime in Marra\n", {"marra constabulary", "mc"}),
    ],
)
def test_the_documents_publisher_from_its_opening_lines(opening, names):
    from claimaudit.extraction.parse.attribution import publisher_names

    assert publisher_names(opening + "\nBody text follows here.") == names


def test_a_figure_credited_to_the_documents_publisher_is_its_own():
    text = ("HIGHLAND WATER RESEARCH UNIT (HWRU)\nPolicy Note No. 4\n\n"
            "Irrigation subsidies cost about US$1.2 billion in 2025, by HWRU's own count. "
            "The World Bank estimates that 40% of canals leak.\n")
    claims = _claims(text)
    assert claims["US$1.2 billion"].source is None
    assert claims["40%"].source == "World Bank"


def test_a_dated_table_credit_of_the_publisher_cites_one_edition_of_its_figures():
    text = ("CENTRAL BANK OF ARVELIA (CBA)\nMonetary Policy Report, March 2026\n\n"
            "Unemployment was 6.1% in 2025, by CBA's own count.\n\n"
            "Indicator | 2025 | 2026 | Source\n"
            "GDP growth | 2.4 | 2.7 | NSO (2025); CBA forecast, Mar 2026\n"
            "Reserves (months of imports) | 4.1 | 4.3 | CBA\n")
    claims = _claims(text)
    assert (claims["2.7"].source, claims["2.7"].source_date) == ("CENTRAL BANK OF ARVELIA", "2026-03")
    assert (claims["4.3"].source, claims["4.3"].source_date) == ("CENTRAL BANK OF ARVELIA", "2026-03")
    assert (claims["2.4"].source, claims["6.1%"].source) == ("NSO", None)  # the prose's own count stays its own
    undated = _claims(text.replace("NSO (2025); CBA forecast, Mar 2026", "CBA"))
    assert [undated[f].source for f in ("2.7", "4.3")] == [None, None]


def test_a_publisher_named_with_its_legal_form_is_the_same_company():
    text = ("KELDORA FOODS PLC\nPreliminary results for the year ended 31 December 2025\n\n"
            "London, 26 February 2026. Keldora Foods plc (LSE: KFD), the snack maker, today announces its results.\n\n"
            "Keldora estimates that its brands reach one in five households. Revenue rose to £412.3 million. "
            "Profit was ahead of the £50.1 million consensus of analysts polled by LSEG.\n")
    claims = _claims(text)
    assert [claims[f].source for f in ("one in five", "£412.3 million")] == [None, None]
    assert claims["£50.1 million"].source == "London Stock Exchange Group"


SPACED_BUDGET_TABLE = """STATE BUDGET BUREAU
COST NOTE

Table 2. Effects of the bill (millions of dollars, by fiscal year)

                        2026   2027   2028   2026-2028

SPENDING SUBJECT TO APPROPRIATION
  Estimated Outlays       40     55     70        165

CHANGES IN REVENUES
  Estimated Revenues      12     18     21         51

Source: State Budget Bureau; revenue estimates by the staff of the Revenue Estimating Board.
"""


def test_a_spaced_table_with_blank_lines_and_section_headings_is_one_table():
    doc = extract_text(SPACED_BUDGET_TABLE)
    claims = {c.text: c for c in doc.claims}
    outlays, revenues = claims["55"], claims["18"]
    assert (outlays.origin, outlays.value, outlays.unit, outlays.period) == ("table", 55e6, "USD", "2027")
    assert (revenues.origin, revenues.value, revenues.period) == ("table", 18e6, "2027")
    # the note's part naming revenue estimates credits the revenue rows; the publisher's own rows
    # have no source; the title's "(millions of dollars" states the table's scale, no claim
    assert revenues.source == "Revenue Estimating Board"
    assert outlays.source is None
    assert "millions" not in claims
    assert ("millions", "table_scale") in {(s.text, s.reason) for s in doc.set_aside}


def test_rows_under_different_section_headings_of_a_table_are_different_measures():
    text = ("Table 1. Costs (millions of dollars, by fiscal year)\n\n"
            "                        2026   2027\n\n"
            "SPENDING SUBJECT TO APPROPRIATION\n"
            "  Estimated Outlays       95    310\n\n"
            "DIRECT SPENDING\n"
            "  Estimated Outlays        0     12\n")
    claims = extract_text(text).claims
    discretionary, direct = (next(c for c in claims if c.text == t) for t in ("310", "12"))
    assert discretionary.period == direct.period == "2027"
    assert discretionary.measure_key != direct.measure_key
    from claimaudit.api import check_documents
    from claimaudit.config import Settings

    report = check_documents([extract_text(text)], Settings())
    assert not [f for f in report.findings if f.rule == "CA101"]


def test_a_north_american_phone_number_and_a_term_acronym_are_no_claims_or_sources():
    claims = _claims("Staff cost $150,000 per FTE, for 20 full-time-equivalent (FTE) posts. "
                     "Press inquiries: (202) 555-0199.")
    assert claims["$150,000"].source is None
    assert not {"202", "555", "0199"} & set(claims)


def test_a_source_cited_after_and_comma_opens_a_new_clause():
    claims = _claims("The plan would raise spending by $220 million over 2026-2030 and, according to the "
                     "Revenue Office, cut receipts by $95 million.")
    assert claims["$220 million"].source is None
    assert claims["$95 million"].source == "Revenue Office"
    assert "section" not in (_claims("Section 4 would add $60 million in grants.")["$60 million"].measure or "").lower()


@pytest.mark.parametrize(("text", "figure", "reason"), [
    ("The group will publish a five-year plan.", "five-year", "term"),
    ("The yield on 10-year notes rose to 4.6%.", "10-year", "term"),
    ("The mean was 3.2 (95% confidence interval 2.8-3.6).", "95%", "term"),
    ("The 90% fan-chart band puts growth between 0.8% and 2.9%.", "90%", "term"),
    ("Band (central 50%)    1.1-2.0    0.9-2.4", "50%", "term"),
    ("Trading opened at 0815 GMT.", "0815", "time_of_day"),
    ("The FTSE 250 index fell 0.4%.", "250", "identifier"),
    ("The mine runs 40 Komatsu 930E trucks.", "930", "identifier"),
    ("The mine runs 12 Caterpillar 797F trucks.", "797F", "identifier"),
])
def test_terms_clock_times_index_names_and_models_are_set_aside(text, figure, reason):
    doc = extract_text(text)
    assert (figure, reason) in {(s.text, s.reason) for s in doc.set_aside}


def test_a_band_around_a_peg_is_a_figure():
    assert "5%" in _claims("The currency may move within a 5% band around the peg.")


def test_a_five_year_contract_and_a_two_year_period_are_still_claims():
    assert _claims("They signed a five-year contract worth $1bn.")["five-year"].value == 5
    assert _claims("The plant closed for a two-year maintenance period.")["two-year"].value == 2


def test_a_firms_short_name_keeps_the_date_its_full_name_was_given_in_the_paragraph():
    text = ("Thursday, 24 July 2025\n\nFarrow Metals reported higher profit. EBITDA rose to $1.65bn, the company "
            "said in its quarterly report published on 24 July. Revenue rose 9 per cent, Farrow said.\n")
    claim = next(c for c in extract_text(text).claims if c.text == "9 per cent")
    assert (claim.source, claim.source_date) == ("Farrow Metals", "2025-07-24")


def test_a_reporting_verb_that_is_a_plural_noun_credits_no_one():
    assert _claims("The estimate assumes 10-year Treasury notes will average 3.9 percent.")["3.9 percent"].source is None
    assert _claims("The Treasury notes that debt rose to $36 trillion.")["$36 trillion"].source is not None


def test_a_state_council_is_national_and_a_think_tank_council_is_not():
    text = ("The National Energy Council said in March 2026 that Chile would add 2.1 GW of solar. "
            "The Atlantic Council said Peru spent 1.4% of GDP on defence.")
    claims = _claims(text)
    assert claims["2.1 GW"].source == "National Energy Council (Chile)"
    assert claims["1.4%"].source == "Atlantic Council"


def test_a_row_credited_to_the_bulletins_staff_is_the_documents_own():
    text = ("Table 2. Agents\n\nCountry | Agents | Source\nRwanda | 4,100 | Central bank, May 2026\n"
            "Total | 9,900 | Bulletin staff calculations, June 2026\n")
    assert _claims(text)["9,900"].source is None


def test_the_company_is_the_owner_named_before_in_its_sentence():
    text = "Norvik's Halden smelter cast 88,000 tonnes of aluminium, according to the company's annual report."
    assert _claims(text)["88,000 tonnes"].source == "Norvik"


def test_a_sentence_between_two_citing_one_source_reports_it():
    text = ("According to a May 2026 survey by the Andean Dairy Board, milk output was 4.1 million tonnes. "
            "Cheese took 38% of it and butter 12%. The survey also found that 9,300 farms had closed.\n\n"
            "Prices rose 7%. Wages rose 3%, the board said.")
    claims = _claims(text)
    assert claims["38%"].source == claims["12%"].source == "Andean Dairy Board"
    assert claims["7%"].source is None  # no source before it in its paragraph


def test_a_national_body_takes_the_country_of_its_sentences_currency():
    text = ("The government set aside 4 billion baht (about US$110 million) for drought relief "
            "[Ministry of Finance, June 2026].")
    assert _claims(text)["4 billion baht"].source == "Ministry of Finance (Thailand)"
    text = "Aid reached US$40 million [Ministry of Finance, July 2026]."
    assert _claims(text)["US$40 million"].source == "Ministry of Finance"  # the dollar is every country's


def test_a_bodys_own_work_of_a_day_dates_its_figure():
    text = ("Issued: 30 April 2026\n\nThe count passed the 12,400 arrivals that the Border Monitoring Office "
            "recorded for all of 2025, according to its weekly update of 21 April.")
    assert _claims(text)["12,400"].source_date == "2026-04-21"


def test_a_plan_launched_by_a_body_is_credited_to_it():
    text = "The flood appeal launched by the World Food Programme seeks US$61 million."
    assert _claims(text)["US$61 million"].source == "World Food Programme"


def test_a_fraction_word_before_consecutive_is_an_ordinal():
    claims = _claims("Exports fell for a third consecutive year, and a quarter of mills closed.")
    assert "a third" not in claims and claims["a quarter"].value == 25.0


@pytest.mark.parametrize(
    ("text", "figure", "source"),
    [
        # a body doing what its figure counts is the figure's source when no one else is credited
        ("Between 2 March and 30 June, the Namibian Water Relief Agency and its partners delivered about 2.4 million "
         "litres of water to 310,000 people.", "310,000", "Namibian Water Relief Agency"),
        ("In Malawi, the Red Cross has trained 640 volunteers since January, and UNICEF is supplying 22 clinics.",
         "22", "UN Children's Fund"),
        ("The Islamic Development Bank has committed US$75 million to the programme.", "US$75 million",
         "Islamic Development Bank"),
        # a possessive owner of an amount ("the Bank's US$2 billion facility")
        ("The World Bank's US$2 billion facility opened in March.", "US$2 billion", "World Bank"),
        # a single-word owner of a work with plain adjectives: "FEWS's preliminary seasonal assessment projects"
        ("The Famine Early Warning Systems Network (FEWS NET) covers Chad. FEWS NET's preliminary seasonal assessment "
         "projects a harvest of 61,000 tonnes.", "61,000 tonnes", "Famine Early Warning Systems Network"),
    ],
)
def test_a_body_doing_what_its_figure_counts_is_its_source(text, figure, source):
    claim = _claims(text)[figure]
    assert claim.source == source, (claim.source, claim.source_text)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # someone else reports on the actor: the reporter, not the actor, is credited
        ("The Islamic Development Bank has committed US$75 million, according to Reuters.", "US$75 million"),
        # a share of a total is no action of the body ("accounted for"), and "X grants are" has no verb
        ("Lenders approved US$2.9 billion. The Asian Development Bank accounted for 41% of that.", "41%"),
        ("Large Bridge Project grants are available for costs above $100 million.", "$100 million"),
    ],
)
def test_a_body_that_is_no_actor_is_not_the_source(text, figure):
    claim = _claims(text)[figure]
    assert claim.source in (None, "Reuters"), claim.source
    if "Reuters" in text:
        assert claim.source == "Reuters"


@pytest.mark.parametrize(
    ("text", "figure", "source", "date"),
    [
        # author-year citations of a working paper: the author as written, the year as the date
        ("Okafor et al. (2021) estimate that 18-22% of new farmland replaced forest.", "18-22%", "Okafor et al.", "2021"),
        ("Embrapa (2023) reports a maize crop of 131.9 million tonnes.", "131.9 million tonnes", "Embrapa", "2023"),
        ("A factor of 95 t per hectare, taken from Lindqvist and Moreau (2019), is applied.", "95 t",
         "Lindqvist and Moreau", "2019"),
        # "(FAO, 2023b)": the second 2023 work of a body still dates the figure
        ("Rice stocks reached 187 million tonnes (FAO, 2023b).", "187 million tonnes",
         "Food and Agriculture Organization", "2023"),
        # a hyphenated or inner-capital name opening the sentence is a name, not an ordinary word
        ("Xeneta-Analytics data show that spot rates fell 14% in May.", "14%", "Xeneta-Analytics", None),
        # an index credited through its owner ("Drewry's World Container Index")
        ("Baltimore Freight's World Tanker Index put the average rate at US$31,400 a day.", "US$31,400",
         "Baltimore Freight", None),
        # a source cell dated day-first ("Lloyd's List, 3 Apr 2025")
        ("Route | Rate | Source\nShanghai–Busan | 1,240 | Harbourline, 3 Apr 2025", "1,240", "Harbourline", "2025-04-03"),
    ],
)
def test_author_year_citations_owned_indexes_and_day_first_source_cells(text, figure, source, date):
    claim = _claims(text)[figure]
    assert (claim.source, claim.source_date) == (source, date), claim.source_text


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # a currency after "per" is a rate, not a source
        ("At the reference rate of IDR 16,300 per USD reported by the central bank, the plan costs more.", "IDR 16,300"),
        # a passive "issued by" leaves the name before it no speaker
        ("Only 187 kitchens held the Food Safety Certificate (FSC) issued by district offices.", "187"),
        # a place with a year is no author
        ("Exports from Brazil (2023) rose 5%.", "5%"),
    ],
)
def test_currencies_passives_and_places_are_no_sources(text, figure):
    claim = _claims(text)[figure]
    assert claim.source is None, claim.source_text


def test_a_described_research_house_continues_the_last_source():
    text = ("Clarkson Partners said in its May update that orders hit 4.2 million TEU. The London-based research "
            "house estimates that the detours absorb about 9% of capacity.")
    assert _claims(text)["9%"].source == "Clarkson Partners"


def test_a_national_body_takes_the_country_the_whole_document_is_about():
    text = ("Spending reached IDR 5.2 trillion in the quarter, of which IDR 1.1 trillion went on ingredients and "
            "IDR 0.4 trillion on transport.\n\nThe Ministry of Health recorded 12 incidents of food poisoning.")
    assert _claims(text)["12"].source == "Ministry of Health (Indonesia)"
    # a document about several countries lends none
    mixed = ("Spending reached IDR 5.2 trillion, against PHP 40 billion and THB 9 billion.\n\n"
             "The Ministry of Health recorded 12 incidents of food poisoning.")
    assert _claims(mixed)["12"].source == "Ministry of Health"


def test_numbers_of_a_reference_list_are_set_aside():
    text = ("Clearing fell to 9,001 km2 (Okafor, 2024).\n\nReferences\n\n"
            "1. Okafor, B. (2024). Land use in the basin. Journal of Land Science 41(3): 211–229.\n"
            "2. Lindqvist, P. (2019). Carbon factors. Forest Letters 18: 044021.\n\nAnnex\n\nSpending was 12% higher.")
    doc = extract_text(text)
    assert [c.text for c in doc.claims] == ["9,001 km2", "12%"]
    assert {s.reason for s in doc.set_aside if s.text in ("211–229", "044021")} == {"reference_list"}


def test_numbers_of_a_reference_list_with_author_and_year_closed_by_full_stops_are_set_aside():
    text = ("Catches fell 12% in 2024.\n\nREFERENCES\n\n"
            "FAO. 2024. The State of World Fisheries 2024. Rome, FAO. 264 pp.\n"
            "WGNS. 2023. Report of the Working Group on North Sea Stocks. Scientific Reports 5:12. 188 pp.\n")
    doc = extract_text(text)
    assert [c.text for c in doc.claims] == ["12%"]
    assert {s.reason for s in doc.set_aside if s.text.startswith(("264", "188"))} == {"reference_list"}


def test_a_fourth_consecutive_year_is_an_ordinal():
    claims = _claims("Clearing rose for a fourth consecutive year, and a fourth of the plots burned.")
    assert list(claims) == ["a fourth"] and claims["a fourth"].value == 25.0


@pytest.mark.parametrize(
    ("text", "figure", "unit", "value"),
    [
        # a scaled unit gives its value in the base unit: 512 Mt is 512 million tonnes
        ("Gross emissions were about 512 Mt CO2e in 2023.", "512 Mt CO2e", "metric tons CO2e", 512e6),
        ("We apply a factor of 430 t CO2e per hectare.", "430 t CO2e", "metric tons CO2e/hectare", 430),
        ("Emissions were 2.05 billion tonnes of CO2 equivalent.", "2.05 billion tonnes of CO2 equivalent",
         "metric tons CO2e", 2.05e9),
        ("The mine shipped 41 Mt of ore.", "41 Mt", "metric tons", 41e6),
    ],
)
def test_carbon_dioxide_equivalent_tonnes_are_their_own_unit(text, figure, unit, value):
    claim = _claims(text)[figure]
    assert (claim.unit, claim.value) == (unit, value)


def test_a_body_that_provided_the_data_cited_is_the_source():
    text = ("The programme is run by the National Meals Agency (NMA). At 30 June, 940 kitchens were serving 2.1 million "
            "pupils, according to data that NMA provided to the auditors on 9 July 2025. Loans reached US$4.2 billion, "
            "according to figures that Chinese lenders disclosed.")
    claims = _claims(text)
    assert (claims["2.1 million"].source, claims["2.1 million"].source_date) == ("National Meals Agency", "2025-07-09")
    assert claims["US$4.2 billion"].source is None


def test_a_spokesperson_for_a_body_speaks_for_it():
    claims = _claims("A spokesperson for Nordline Shipping said on 7 April that about 85% of sailings used the Cape.")
    assert claims["85%"].source == "Nordline Shipping"
    assert _claims("Talks with Tajikistan concluded in March with a US$40 million loan.")["US$40 million"].source is None


@pytest.mark.parametrize("text,number,source", [
    ('"Eight dollars a week does not feed a family," said Tomas Berg, UNHCR\'s spokesperson in Amman.',
     "Eight dollars", "UN High Commissioner for Refugees"),
    ('"Fuel costs rose 30% this winter," said Ana Ruiz, the IEA senior analyst for gas, on 2 May.', "30%",
     "International Energy Agency"),
    ('"We cut 1,200 jobs," said Paul Smith, a senior economist at the World Bank.', "1,200", "World Bank"),
    # a person with no employer named is the source as written
    ('"We lost 40% of the harvest," said Maria Lopez, a farmer from Piura.', "40%", "Maria Lopez"),
])
def test_a_person_quoted_with_a_role_at_a_body_speaks_for_it(text, number, source):
    assert _claims(text)[number].source == source


def test_a_source_note_dates_the_data_by_the_day_it_was_provided():
    text = ("Region | Kitchens | Spending (IDR billion)\nJava | 612 | 1,248\nSumatra | 214 | 421\n"
            "Source: NMA data provided to the audit team on 14 April 2025.")
    assert {(c.source, c.source_date) for c in extract_text(text).claims} == {("NMA", "2025-04-14")}


def test_a_bodys_decision_is_dated_by_its_day():
    claims = _claims("The Bank of Ghana (BoG) cut its policy rate by 100 basis points to 27% on 28 July 2025.")
    assert (claims["27%"].source_date, claims["100 basis points"].source_date) == ("2025-07-28", "2025-07-28")


def test_a_table_titles_unit_thousands_header_and_place_column():
    text = ("Table 2. Burned area by province, 2023-2024 (km2)\n\n"
            "Province | 2023 | 2024 | Share of 2024 (%)\nNorte Alto | 1,204 | 988 | 61.0\nLagos Verdes | 655 | 632 | 39.0\n\n"
            "District | Clinics | Patients ('000)\nKaduna | 41 | 1,310\n")
    claims = _claims(text)
    assert claims["1,204"].unit == "square kilometers" and claims["61.0"].unit == "percent"
    assert claims["655"].unit == "square kilometers"  # a place ending in "s" is no counted noun
    assert (claims["1,310"].value, claims["1,310"].unit) == (1_310_000, "patients")


def test_a_table_titles_rate_before_an_acronym():
    text = "Spot rates, US$ per 20-foot container (TEU)\n\nRoute | Rate | Change\nBusan–Perth | 1,940 | -12%\n"
    assert _claims(text)["1,940"].unit == "USD/container"


def test_a_date_the_figures_own_words_lead_to_is_its_period():
    claims = _claims("Across the basin, burned area fell from 8,420 km2 in 2022 to 6,115 km2 in 2023.")
    assert (claims["8,420 km2"].period, claims["6,115 km2"].period) == ("2022", "2023")


@pytest.mark.parametrize(
    ("text", "figure", "unit"),
    [
        # a price "of a" thing is per that thing
        ("In Dolo, the price of a 20-litre jerrycan of water rose from US$0.40 in May to US$0.65 in August.",
         "US$0.40", "USD/jerrycan"),
        ("In Dolo, the price of a 20-litre jerrycan of water rose from US$0.40 in May to US$0.65 in August.",
         "US$0.65", "USD/jerrycan"),
        ("The price of a goat at the Garissa market fell to KES 4,800 in June.", "KES 4,800", "KES/goat"),
        # the first level of "from A to B per X" is counted per X too
        ("Sorghum rose from ETB 3,900 to ETB 5,100 per 100-kilogram sack.", "ETB 3,900", "ETB/sack"),
        ("Revenue rose from $40 million to $52 million.", "$40 million", "USD"),
        ("The agency will cut the cash grant from USD 15 to USD 9 per person per month.", "USD 15",
         "USD/person/month"),
        # a price per unit after a slash, in the unit's own capitals
        ("LNG for Asia cost USD 13.20/MMBtu in July, and power EUR 71/MWh.", "USD 13.20", "USD/MMBtu"),
        ("LNG for Asia cost USD 13.20/MMBtu in July, and power EUR 71/MWh.", "EUR 71", "EUR/MWh"),
        # the sol's sign, and the currency a rate is per, which is no source
        ("The sol ended June at S/ 3.58 per US dollar, against S/3.70 in January.", "S/ 3.58", "PEN/USD"),
    ],
)
def test_prices_of_one_thing_and_rates_shared_backwards(text, figure, unit):
    assert _claims(text)[figure].unit == unit


@pytest.mark.parametrize(
    ("text", "figure", "unit"),
    [
        ("This corresponds to a cumulative attack rate of 41.2 per 100,000.", "41.2", "cases/100,000 population"),
        ("Kano has notified 2,118 cases, or about 14 per 100,000 population.", "14", "cases/100,000 population"),
        ("Infant mortality stood at 51 per 1,000 live births.", "51", "deaths/1,000 live births"),
        ("The incidence of cholera was 88 per 100,000 in 2024.", "88", "cases/100,000 population"),
        ("The corpus holds 3,100 pages (1.4 per 1,000 words).", "1.4", "pages/1,000 words"),  # no "population" added
    ],
)
def test_what_a_rate_per_n_people_counts(text, figure, unit):
    assert _claims(text)[figure].unit == unit


@pytest.mark.parametrize(
    ("text", "figure", "value", "unit"),
    [
        ("The EU imported 48.1 bcm of LNG in the half-year.", "48.1 bcm", 48.1e9, "cubic meters"),
        ("Reserves are estimated at 2.4 tcm.", "2.4 tcm", 2.4e12, "cubic meters"),
        ("Output reached 12 Bcf last month.", "12 Bcf", 12e9, "cubic feet"),
    ],
)
def test_gas_volumes_in_bcm_are_cubic_metres(text, figure, value, unit):
    claim = _claims(text)[figure]
    assert (claim.value, claim.unit) == (value, unit)


def test_a_source_note_cites_only_its_first_sentence():
    text = ("Origin | H1 2024 | H1 2025\nQatar | 7.9 | 6.6\n"
            "Source: Shipwatch, data extracted 3 July 2025.[2] EU-27 only, excluding the United Kingdom.")
    assert {(c.source, c.source_date) for c in extract_text(text).claims} == {("Shipwatch", "2025-07-03")}


def test_a_source_cell_naming_several_sources_credits_each_by_column_year():
    text = ("Table 3. Forecasts\n\nIndicator | 2024 | 2025 | 2026 | Source\n"
            "GDP | 3.4 | 3.0 | 2.7 | NSO (2024); Central Bank forecast, Jun 2025\n")
    claims = _claims(text)
    assert (claims["3.4"].source, claims["3.4"].source_date) == ("NSO", "2024")
    assert (claims["2.7"].source, claims["2.7"].source_date) == ("Central Bank", "2025-06")


def test_a_contents_list_closing_with_endnotes_is_not_the_notes():
    # "Endnotes" is also the last line of the contents, whose "1. Overview" is a section, not note 1
    text = ("Contents\n1. Overview\n2. Fisheries\nEndnotes\n\n1. Overview\n\n"
            "1.1 Landings fell 6.2% in 2024.[1] Exports rose 4% [2].\n\nEndnotes\n\n"
            "[1] Marine Catch Agency, Annual landings bulletin, 2 March 2025.\n"
            "2. Coastal Trade Council, quarterly note, 5 May 2025.\n")
    claims = _claims(text)
    assert (claims["6.2%"].source, claims["6.2%"].source_date) == ("Marine Catch Agency", "2025-03-02")
    assert (claims["4%"].source, claims["4%"].source_date) == ("Coastal Trade Council", "2025-05-05")


@pytest.mark.parametrize(
    "text,source",
    [
        ("Output was 8,100 units in 2024, according to the Ministry of Ports, Shipping and Inland Waterways.",
         "Ministry of Ports, Shipping and Inland Waterways"),
        ("Arrivals were 9,400 in 2024, according to the Department of Tourism, Culture and Sport Heritage (DTCSH).",
         "Department of Tourism, Culture and Sport Heritage"),
        # a title after the name is not its last word
        ("Output was 8,100 units, said the Ministry of Mines, Energy and Water Minister Ana Rocha.",
         "Ministry of Mines, Energy and Water"),
    ],
)
def test_a_listed_remit_may_end_with_two_words(text, source):
    assert [c.source for c in extract_text(text).claims] == [source]


@pytest.mark.parametrize(
    ("text", "figure", "unit"),
    [
        ("Mobile data traffic reached 1,808 petabytes in 2024.", "1,808 petabytes", "petabytes"),
        ("The cheapest handset has 64 GB of storage.", "64 GB", "gigabytes"),
        ("The median download speed was 24.6 Mbit/s.", "24.6 Mbit/s", "megabits per second"),
        ("Fixed lines averaged 95 Mbps.", "95 Mbps", "megabits per second"),
        ("Six lots of 50 MHz were sold.", "50 MHz", "megahertz"),
    ],
)
def test_data_sizes_rates_and_frequencies_are_units(text, figure, unit):
    assert _claims(text)[figure].unit == unit


def test_a_paragraph_number_does_not_make_the_first_word_a_name():
    assert _claims("3.2 Mobile data traffic reached 1,808 petabytes in 2024.")["1,808 petabytes"].source is None
    assert _claims("4. Barrick said output was 4 million ounces.")["4 million ounces"].source is not None


def test_a_document_number_in_parentheses_cites_no_one():
    text = "Operators deregistered about 1.1 million SIM cards (Legal Notice No. 146 of 2024)."
    assert _claims(text)["1.1 million"].source is None


def test_the_publisher_called_by_its_head_word_is_the_document_itself():
    text = ("COASTAL SHIPPING REGULATORY AUTHORITY (CSRA)\nAnnual review 2024\n\n"
            "1. Operators invested 64.3 billion shillings, the Authority estimates. "
            "The Central Bank reported 4.2% inflation.\n")
    claims = _claims(text)
    assert claims["64.3 billion shillings"].source is None
    assert claims["4.2%"].source == "Central Bank"


def test_a_letterhead_without_a_head_word_is_the_publisher_when_its_initials_are_used():
    text = ("RIVER BASIN TRUST WATCH\n\nBRIEF RBTW-2025-03\n\n"
            "We counted 412 dams in 2024, according to RBTW records. The basin authority counted 380.\n")
    assert _claims(text)["412"].source is None


def test_source_note_parts_label_columns_with_a_dash():
    text = ("Table 1: Timber trade, 2023 (cubic metres)\n\n"
            "  Country   | Import records | Exporter records |    Gap\n"
            "  ----------+----------------+------------------+-------\n"
            "  Ruritania |         48,200 |           21,700 | 26,500\n\n"
            "  Sources: import records - Customs Agency of Borduria, data extracted 4 March 2024; "
            "exporter records - national statistics offices; gap - own calculation.\n")
    claims = _claims(text)
    assert (claims["48,200"].source, claims["48,200"].source_date) == ("Customs Agency of Borduria", "2024-03-04")
    assert claims["21,700"].source not in (None, "Customs Agency of Borduria")
    assert claims["26,500"].source is None


def test_a_table_whose_first_column_names_its_sources_credits_each_row():
    text = ("Harbour Weekly\nFriday 20 June 2025\n\n"
            "Table 3: Final forecasts of the catch (thousand tonnes)\n\n"
            "Forecaster           Published   Catch   Change\n"
            "Baltic Fish Watch    12 June     41.2    -3.1\n"
            "Nordfisk             16 June     39.8    -4.0\n"
            "Outturn (HFA)        19 June     40.6    -3.5\n\n"
            "Sources: forecasters' published notes; outturn from the HFA count.\n\n"
            "The Harbour Fisheries Agency (HFA) publishes the outturn each June.\n\n"
            "Source of funding      £m\n"
            "Landing fees         12.1\n"
            "Harbour dues          8.4\n\n"
            "Table 4: Harbour income by source (£m)\n\n"
            "Source                     2024    2023\n"
            "Grant-in-aid (Ministry)     7.9     7.5\n"
            "Berthing                    5.3     5.1\n"
            "Shops and catering          2.2     2.0\n"
            "Total                      15.4    14.6\n\n"
            "Income from berthing rose with the number of calls.\n")
    claims = _claims(text)
    assert {claims[f].source for f in ("7.9", "5.3", "2.2", "15.4")} == {None}  # where the money came from
    assert (claims["41.2"].source, claims["41.2"].source_date) == ("Baltic Fish Watch", "2025-06-12")
    assert (claims["39.8"].source, claims["39.8"].source_date) == ("Nordfisk", "2025-06-16")
    assert claims["40.6"].source == "Harbour Fisheries Agency"
    assert claims["12.1"].source is None  # ("Source of funding": where the money comes from)


def test_points_beside_percentages_are_percentage_points_and_a_change_column_changes():
    text = ("Party          Votes      Share %   Change (pts)   Seats\n"
            "Rural Party    412,300    38.2      +2.4           31\n"
            "Labour Front   301,950    27.9      \u22123.1           22\n")
    claims = _claims(text)
    assert (claims["+2.4"].unit, claims["+2.4"].kind) == ("percentage points", "change")
    assert (claims["\u22123.1"].unit, claims["\u22123.1"].kind) == ("percentage points", "change")
    claims = _claims("KEY FIGURES\nBed nights         21.4 million    +7.8%\nOccupancy          71.4%           +1.6 pts\n"
                     "Index level        4,210           +40 pts\n")
    assert [c.unit for c in claims.values() if c.text.startswith(("+1.6", "+40"))] == ["percentage points", "pts"]


def test_a_change_cell_right_after_a_count_is_in_its_unit():
    text = ("Region          Clinics   Change   Share %   Change\n"
            "North               214      +12      41.0     +1.2\n"
            "South               305       +9      59.0     -1.2\n")
    claims = _claims(text)
    assert (claims["+12"].unit, claims["+12"].kind) == ("clinics", "change")
    assert claims["+1.2"].unit != "clinics"


def test_an_earlier_edition_compared_with_dates_no_statement():
    text = ("Oil Review\nPublished 20 May 2025\n\n"
            "OPEC, in its monthly report published on 14 May, kept its demand growth estimate at 1.30 mb/d, "
            "unchanged from its April report.\n")
    assert _claims(text)["1.30 mb/d"].source_date == "2025-05-14"


def test_the_line_under_a_quotation_credits_it():
    text = ("CLAIM: HOUSING\n\n"
            "\u201cWe built 41,000 homes last year.\u201d\n"
            "- Mara Quist, budget speech, 4 March 2025\n\n"
            "Official data show 36,500 completions.\n\n"
            "\u201cRents rose by only 2%.\u201d\n"
            "\u2014 Tom Adler, Minister of Housing, on 5 March 2025\n")
    claims = _claims(text)
    assert (claims["41,000"].source, claims["41,000"].source_date) == ("Mara Quist", "2025-03-04")
    assert claims["36,500"].source is None
    assert claims["2%"].source.startswith("Ministry of Housing")


def test_a_heading_that_names_its_source_credits_its_paragraph():
    text = ("TIDE AND SWELL (Harbour Marine Office, forecast issued 06:00, 3 March)\n"
            "  Monday: Swell of 2-3 m, easing to 1.5 m by evening.\n\n"
            "Crews cleared 14 moorings on Sunday.\n")
    claims = _claims(text)
    assert (claims["2-3 m"].source, claims["2-3 m"].source_date) == ("Harbour Marine Office", None)
    assert claims["1.5 m"].source == "Harbour Marine Office" and claims["14"].source is None


def test_a_footnote_defining_a_terms_acronym_credits_no_one():
    text = ("Revenue per user (RPU) for mobile services was €14.20 a month.[2]\n\n"
            "[2] RPU is annual retail revenue divided by the average number of subscriptions.\n")
    assert _claims(text)["€14.20"].source is None


def test_a_bodys_dataset_named_after_it_credits_the_body():
    claims = _claims("Snow cover was 41% of the 1991-2020 mean (Alpine Weather Service SnowGrid, 2025).")
    assert claims["41%"].source == "Alpine Weather Service"


def test_an_acronym_the_text_defines_for_a_term_credits_no_one():
    text = ("Daily use is given in litres per person per day (l/p/d) and kilolitres (kl).\n\n"
            "AT A GLANCE\n"
            "Mean use, 2024          139.5 l/p/d\n"
            "Mean annual use (MAU)   142.0 l/p/d\n"
            "Use, May                97% of MAU\n")
    claims = _claims(text)
    assert claims["139.5 l"].source is None and claims["97%"].source is None


def test_a_note_part_that_is_an_acronym_alone_credits_the_rows_tagged_with_it():
    text = ("PORT FIGURES, 2024\n"
            "Port calls (PTS)              1,240        +6.1%\n"
            "Cargo handled (PTS)           8.2 mt       +3.0%\n"
            "Berth Occupancy (KPX)         71%          +2.0 pts\n"
            "Cruise passengers (ZQA)       412,000      +9.4%\n"
            "Sources: Port Traffic Statistics (PTS); KPX; ZQA\n")
    claims = _claims(text)
    assert claims["412,000"].source == "ZQA" and claims["71%"].source == "KPX"
    assert claims["1,240"].source == "Port Traffic Statistics"


@pytest.mark.parametrize(
    ("text", "figures", "unit"),
    [
        # a parenthesis between the subject and its verb
        ("Rural water connections (piped and standpipe) rose to 3.1 million.", ["3.1 million"], "connections"),
        # both levels of "from A to B" count the subject
        ("Registered cooperatives grew from 0.4 million to 1.1 million.", ["0.4 million", "1.1 million"], "cooperatives"),
        ("Licensed taxis fell 8% from 12,400 to 11,400 in 2024.", ["12,400", "11,400"], "taxis"),
    ],
)
def test_the_subject_of_a_change_counts_both_levels(text, figures, unit):
    claims = _claims(text)
    assert [claims[f].unit for f in figures] == [unit] * len(figures)


def test_a_rate_restating_a_count_with_equivalent_to_counts_its_noun():
    text = "Fixed lines rose to 1.36 million subscriptions, equivalent to 2.5 per 100 inhabitants."
    assert _claims(text)["2.5"].unit == "subscriptions/100 inhabitants"


def test_column_units_per_month_and_a_title_rate_per_n_people():
    text = ("Table 2: Traffic and revenue, 2024\n\n"
            "  Quarter   | Data traffic (PB) | Blended ARPU (KSh/month)\n"
            "  ----------+-------------------+-------------------------\n"
            "  Q1 2024   |               412 |                      498\n\n"
            "Table 3: Selected indicators, 2024 (per 100 inhabitants)\n\n"
            "  Country   | Mobile subscriptions\n"
            "  ----------+---------------------\n"
            "  Ruritania |                128.3\n")
    claims = _claims(text)
    assert (claims["412"].unit, claims["498"].unit) == ("petabytes", "KES/month")
    assert claims["128.3"].unit == "subscriptions/100 inhabitants"
    assert "100" not in claims  # the title's rate base is no claim


def test_a_title_line_naming_the_columns_in_a_currency():
    text = ("Table 2: Rents and incomes, selected towns, 2024\n"
            "(median rent and median household income in £; ratio = rent / income)\n\n"
            "  Town          Median rent   Median income   Ratio\n"
            "  Northam            14,400          36,000     0.4\n"
            "  Eastwick           12,000          40,000     0.3\n")
    claims = _claims(text)
    assert (claims["14,400"].unit, claims["36,000"].unit) == ("GBP", "GBP")
    assert claims["0.4"].currency is None  # the ratio is defined, not stated in pounds


def test_a_cue_and_the_same_bodys_dated_citation_share_the_date():
    text = ("Rents rose to £1,348 a month, according to the Office for National Statistics "
            "(ONS, 16 April 2025). In Leeds the average was £920 a month. Pay grew 5.6%, the ONS said "
            "on 15 April 2025.")
    claims = _claims(text)
    assert (claims["£1,348"].source_date, claims["£1,348"].period) == ("2025-04-16", None)
    # a sentence between two citing one body reads as it too
    assert (claims["£920"].source, claims["£920"].source_date) == ("Office for National Statistics", "2025-04-16")


def test_a_participle_after_a_compared_figure_credits_that_figure_only():
    text = ("Borduria's penetration of 76.7 per 100 inhabitants is well above the African average of 46.5 "
            "reported by the ITU (ITU, November 2023).")
    claims = _claims(text)
    assert claims["76.7"].source is None
    assert (claims["46.5"].source, claims["46.5"].source_date) == ("International Telecommunication Union", "2023-11")
    # the compared figure is counted per as many people, and it is Africa's
    assert (claims["46.5"].unit, claims["46.5"].places) == ("per 100 inhabitants", ("Africa",))
    # one noun phrase: "the $1.52bn average estimate of 16 analysts compiled by X" credits X for both
    other = _claims("That was ahead of the $1.52bn average estimate of 16 analysts compiled by the Ruritanian Stock Exchange.")
    assert other["$1.52bn"].source == other["16"].source is not None


@pytest.mark.parametrize(
    ("text", "region"),
    [("the Latin American average", "Latin America"), ("Sub-Saharan African exports", "Sub-Saharan Africa"),
     ("Asian buyers", "Asia")],
)
def test_regional_adjectives_name_their_region(text, region):
    from claimaudit.extraction.parse.places import find_places

    assert [p.name for p in find_places(text)] == [region]


def test_a_title_rate_gives_bare_cells_their_unit():
    text = ("Table 3: Selected indicators, 2024 (per 100 inhabitants)\n\n"
            "  Country   | Mobile broadband\n"
            "  ----------+-----------------\n"
            "  Ruritania |             46.5\n")
    assert _claims(text)["46.5"].unit == "per 100 inhabitants"


def test_a_title_stating_number_of_a_noun_counts_it():
    text = ("Table 1: Housing supply, 2022-23 to 2023-24 (number of dwellings)\n\n"
            "  Year      | Net additions | Completions\n"
            "  ----------+---------------+------------\n"
            "  2023-24   |       212,400 |     165,800\n")
    claims = _claims(text)
    assert (claims["212,400"].unit, claims["165,800"].unit) == ("dwellings", "dwellings")


def test_a_citation_may_hold_an_acronym_in_parentheses():
    text = "Some 946,000 young people were idle in 2025 (Household Panel Survey (HPS), 13 May 2025)."
    claim = _claims(text)["946,000"]
    assert (claim.source, claim.source_date) == ("Household Panel Survey", "2025-05-13")


def test_a_year_a_source_note_covers_is_not_the_sources_date():
    text = ("Table 1. Harvests (million tonnes)\n\n"
            "Crop     |  2024 | 2025\n"
            "---------+-------+-----\n"
            "Wheat    |  26.8 | 29.3\n\n"
            "Source: Grain Statistics Office (GSO) for 2024 and for the 2025 wheat harvest.\n")
    claim = _claims(text)["26.8"]
    assert (claim.source, claim.source_date) == ("Grain Statistics Office", None)


def test_a_title_unit_before_a_semicolon_and_a_rows_own_unit():
    text = ("Table 2. Wheat balance, Ruritania (million tonnes; July/June marketing year)\n\n"
            "                          2023/24    2024/25\n"
            "Production                   25.9       26.8\n"
            "Exports                      17.5       18.6\n"
            "Stocks-to-use ratio (%)      13.5       10.5\n")
    claims = _claims(text)
    assert (claims["25.9"].value, claims["25.9"].unit) == (25.9e6, "metric tons")
    assert (claims["13.5"].value, claims["13.5"].unit) == (13.5, "percent")


def test_a_month_range_before_a_citation_is_no_source():
    text = "- 2.4 million people in crisis, June-September 2025 projection (FSAG, May 2025)"
    claim = _claims(text)["2.4 million"]
    assert (claim.source, claim.source_date) == ("FSAG", "2025-05")


def test_reported_in_a_list_of_places_names_no_source():
    text = ("The Ministry of Health said on 4 June that 1,318 suspected cases, including 27 deaths, "
            "had been reported in Varno and Ostrel since 1 April.")
    claims = _claims(text)
    assert claims["27"].source == claims["1,318"].source == "Ministry of Health"


def test_a_registry_name_with_the_inside_it_is_read_whole():
    text = ("The Food and Agriculture Organization of the United Nations (FAO) expects each farm "
            "given seed to harvest 300-350 kg of maize.")
    assert _claims(text)["300-350 kg"].source == "Food and Agriculture Organization"


def test_a_body_acting_after_a_paragraph_number_is_its_figures_source():
    text = "4.2 UNICEF delivered 8,400 cartons of therapeutic food to clinics in April."
    assert _claims(text)["8,400"].source == "UN Children's Fund"


def test_a_countrys_lower_case_ministry_as_subject_is_the_source():
    claims = _claims("Chile's mining ministry estimates that output will reach 5.6 million tonnes.")
    assert claims["5.6 million tonnes"].source == "Ministry of Mining (Chile)"


def test_a_ministry_owned_by_a_state_the_place_list_does_not_know():
    claims = _claims("Ostravia's finance ministry expects the deficit to reach 4.1% of output.")
    assert claims["4.1%"].source == "Ministry of Finance (Ostravia)"


def test_the_governments_possessive_is_not_part_of_a_body_name():
    claims = _claims("The Government's Agency for Returnees counts 52,000 people back home.")
    assert claims["52,000"].source == "Agency for Returnees"


def test_a_panel_on_another_country_is_not_the_registrys_panel():
    text = ("This brief uses the reports of the UN Panel of Experts on Yemen. In its final report, "
            "the Panel of Experts counted 14 vessels in the trade.")
    assert _claims(text)["14"].source == "UN Panel of Experts on Yemen"


def test_a_name_may_hold_a_lower_case_particle():
    claims = _claims("Agents seized 2,400 litres of petrol, according to a Guardia di Finanza statement.")
    assert claims["2,400 litres"].source == "Guardia di Finanza"


def test_a_countrys_possessive_qualifies_a_ministry_whose_name_lists_fields():
    text = ("Algeria's Ministry of Energy, Mines and Water estimated that smuggled Moroccan fuel "
            "was 12% of sales.")
    assert _claims(text)["12%"].source == "Ministry of Energy, Mines and Water (Algeria)"


def test_work_done_in_a_city_names_no_source():
    assert _claims("The team held 31 interviews conducted in Nairobi in May.")["31"].source is None


def test_a_parenthetical_citation_does_not_cover_the_next_clause():
    text = ("Border trade was worth USD 1.4bn a year (World Bank, 2024), and Algerian customs "
            "seized 820,000 litres of fuel in 2024.")
    claims = _claims(text)
    assert claims["USD 1.4bn"].source == "World Bank"
    assert claims["820,000 litres"].source == "Customs (Algeria)"  # (the actor of its own clause)


def test_an_undefined_acronym_spelled_by_a_body_the_text_names():
    text = ("The region had 2.1 million residents (ZSA, 2020). The Zamunda Statistics Agency "
            "expects 2.4 million by 2030 (ZSA and ICF, 2024).")
    claims = _claims(text)
    assert claims["2.1 million"].source == "Zamunda Statistics Agency"
    assert claims["2.4 million"].source == "Zamunda Statistics Agency; ICF"


def test_kilotonnes_are_counted_in_tonnes():
    claim = _claims("Zinc output fell to 97.2 kt in 2025.")["97.2 kt"]
    assert (claim.value, claim.unit) == (97_200, "metric tons")


def test_one_in_n_is_a_share():
    claims = _claims("Roughly one in twelve pupils and 2 in 5 teachers left, as did boys under five in ten villages.")
    assert (claims["one in twelve"].value, claims["one in twelve"].unit) == (pytest.approx(8.3333, rel=1e-3), "percent")
    assert claims["2 in 5"].value == 40.0
    assert "five in ten" not in claims


def test_a_cell_with_its_own_unit_ignores_the_tables_money_scale():
    text = ("Table 1. Results (EUR million unless stated)\n\n"
            "Item | 2025 | 2024 | Change\n"
            "Revenue | 3,210 | 3,050 | 5.2%\n"
            "Margin | 30.1% | 28.4% | 1.7pp\n")
    claims = _claims(text)
    assert (claims["1.7pp"].value, claims["1.7pp"].unit) == (1.7, "percentage points")
    assert claims["3,210"].value == 3_210_000_000


def test_a_masthead_name_before_a_bar_is_the_publisher():
    text = ("Regional Nutrition Survey 2025\n\n"
            "Tumaini Health Trust | Report No. 7 | Kisumu, 3 May 2025\n\n"
            "Stunting fell to 24.1% (Tumaini Health Trust, 2025), down from 27.9% in the last round.")
    assert _claims(text)["24.1%"].source is None


def test_a_less_common_currency_code_before_a_money_range():
    claims = _claims("Diesel sells for TND 21 to TND 25 a can, and losses reach LYD 9-12 billion a year.")
    assert (claims["TND 21 to TND 25"].low, claims["TND 21 to TND 25"].unit) == (21, "TND")
    assert claims["LYD 9-12 billion"].unit == "LYD/year"


def test_a_confidence_interval_takes_the_estimates_unit_and_its_level_is_set_aside():
    claims = _claims("Overall, 31.2% of infants were anaemic (95% CI 28.9-33.5) in 2025.")
    assert claims["28.9-33.5"].unit == "percent"
    assert "95%" not in claims


def test_a_rate_base_with_a_comma_after_it():
    claims = _claims("Infant mortality was 38 per 1,000, compared with 29 per 1,000 respectively.")
    assert claims["38"].unit == "deaths/1,000 population"


def test_money_per_a_noun_named_before_it():
    claims = _claims("Diluted earnings per share of EUR 2.14 were above the EUR 2.05 consensus; revenue rose "
                     "5 per cent to EUR 1.2bn.")
    assert claims["EUR 2.14"].unit == claims["EUR 2.05"].unit == "EUR/share"
    assert claims["EUR 1.2bn"].unit == "EUR"


def test_a_work_of_a_month_opening_the_sentence_dates_its_author():
    text = ("In its Sahel Economic Update of April 2025, the World Bank estimated that 12,000 barrels "
            "per day were smuggled.")
    assert _claims(text)["12,000 barrels per day"].source_date == "2025-04"


def test_a_clause_opening_on_the_sources_own_later_work_takes_its_date():
    text = ("In its interim report of March 2025, the UN Panel of Experts on Yemen counted 19 vessels; "
            "its final report, issued on 2 October 2025, raised the count to 23.")
    claims = _claims(text)
    assert (claims["19"].source, claims["19"].source_date) == ("UN Panel of Experts on Yemen", "2025-03")
    assert (claims["23"].source, claims["23"].source_date) == ("UN Panel of Experts on Yemen", "2025-10-02")


def test_barrels_a_day_are_barrels_per_day():
    claims = _claims("Smugglers moved 18,000 barrels a day, against 21,000 barrels per day a year earlier.")
    assert claims["18,000 barrels"].unit == claims["21,000 barrels per day"].unit == "barrels per day"


def test_a_company_named_short_is_the_one_with_a_legal_form_in_the_text():
    text = ("Kvarnby Mining AB (KVAR.ST) - results\n\n"
            "Kvarnby reported revenue up 7.1% at EUR 2,140 million for the year.")
    assert _claims(text)["7.1%"].source == "Kvarnby Mining AB"


def test_our_own_estimate_names_no_source():
    claims = _claims("We cut our EPS estimate by 5% to EUR 1.62, on higher depreciation.")
    assert claims["EUR 1.62"].source is None
    assert claims["EUR 1.62"].unit == "EUR/share"


def test_a_row_of_dividend_per_share_is_money_per_share():
    text = ("Table 1. Results (EUR million unless stated)\n\n"
            "Item | 2025 | 2024\n"
            "Revenue | 2,140 | 1,998\n"
            "Dividend per share (SEK) | 6.10 | 5.80\n")
    assert _claims(text)["6.10"].unit == "SEK/share"


def test_a_source_note_names_columns_by_place():
    text = ("Table 2. Anaemia by district, 2025\n\n"
            "District | Women tested (n) | Anaemia, % (95% CI) | National survey, %\n"
            "Kasese | 412 | 38.1 (33.4-42.8) | 31.0\n"
            "Hoima | 398 | 29.4 (24.9-33.9) | 27.2\n"
            "Sources: District survey 2025, this report (first two data columns); Uganda Bureau of "
            "Statistics (2024), Uganda Demographic and Health Survey 2022 (last column).\n")
    claims = _claims(text)
    assert claims["38.1"].source is None and claims["412"].source is None
    assert claims["38.1"].unit == claims["33.4-42.8"].unit == "percent"
    assert (claims["31.0"].source, claims["31.0"].source_date) == ("Bureau of Statistics (Uganda)", "2024")
    assert "two" not in claims


def test_a_note_part_by_place_wins_over_a_for_phrase_and_the_narrower_place_wins():
    text = ("Table 3. Wasting by district, 2025\n\n"
            "District | Children (n) | Wasting, % | Wasting, national survey, %\n"
            "Kasese | 412 | 6.1 | 4.0\n"
            "Hoima | 398 | 5.2 | 3.7\n"
            "Sources: District survey 2025, this report (first three data columns); Uganda Bureau of "
            "Statistics (2024), estimates for children aged 0-59 months (last column). The national "
            "figures cover a wider age range.\n")
    claims = _claims(text)
    assert claims["6.1"].source is None
    assert claims["4.0"].source == "Bureau of Statistics (Uganda)"


def test_et_al_stays_with_its_first_author():
    claims = _claims("Odds were 38% lower for remote households (Mbeki et al., 2021).")
    assert (claims["38%"].source, claims["38%"].source_date) == ("Mbeki et al.", "2021")


def test_the_survey_after_uncredited_figures_in_a_later_paragraph_is_the_documents_own():
    text = ("Travel times were long: a median of 48 minutes (Otieno and Mwangi, 2023).\n\n"
            "In the second stage, 25 households were selected in each area, giving 3,100 households. "
            "The survey cost KES 21.4 million.")
    assert _claims(text)["KES 21.4 million"].source is None


def test_a_note_dates_its_source_through_the_works_name():
    text = ("Table 1. Results (EUR million)\n\n"
            "Item | 2025 | 2024\n"
            "Revenue | 2,140 | 1,998\n"
            "Source: Kvarnby Mining annual report, 11 February 2026\n")
    assert _claims(text)["2,140"].source_date == "2026-02-11"


def test_the_date_of_a_compared_figure_or_a_citation_is_not_the_figures_period():
    claims = _claims("Overall, 22.4% of children were wasted, down from 27.0% in the 2020 round (Afya Trust, 2021).")
    assert claims["22.4%"].period is None
    assert claims["27.0%"].period == "2020"


def test_an_age_band_in_months_names_a_group():
    claims = _claims("Of children aged 6-59 months, 24.0% were stunted; children 12-23 months were "
                     "immunised, and the drought lasted 6-9 months.")
    assert "6-59 months" not in claims and "12-23 months" not in claims
    assert claims["6-9 months"].unit == "months"


def test_a_population_counts_people():
    claims = _claims("The district's population grew by about 4% to roughly 2.3 million, and the "
                     "province had a combined population of 9.1 million.")
    assert claims["2.3 million"].unit == claims["9.1 million"].unit == "people"


def test_those_in_work_and_out_of_it_are_counted_as_people():
    claims = _claims("Employment in mining rose by 16,000 over the year to 1.52 million, and unemployment "
                     "fell by 9,500 to 211,000. The labour force grew by 0.6% to 3.9 million.")
    for figure in ("16,000", "1.52 million", "9,500", "211,000", "3.9 million"):
        assert claims[figure].unit == "people", figure
    assert claims["0.6%"].unit == "percent"


def test_a_gapped_clause_repeats_the_noun_of_the_one_before():
    claims = _claims("Mining employed 9,000 people, tourism 12,500 and fishing 3,100.")
    assert claims["12,500"].unit == claims["3,100"].unit == "people"


def test_labour_force_columns_count_people():
    text = ("Table 1. Labour market, seasonally adjusted (thousands)\n\n"
            "Quarter        Employed    Unemployed    Labour force\n"
            "Q1 2025           3,204           187           3,391\n"
            "Q2 2025           3,219           180           3,399\n")
    claims = _claims(text)
    assert (claims["3,204"].value, claims["3,204"].unit) == (3_204_000.0, "people")
    assert claims["187"].unit == claims["3,399"].unit == "people"


def test_un_before_a_un_body_is_part_of_its_name():
    claims = _claims("The population reached 7.4 million in 2024 (UN DESA, 2024).")
    assert claims["7.4 million"].source == "UN Department of Economic and Social Affairs"


def test_armed_forces_acting_are_the_source_of_their_count():
    claims = _claims("The Armed Forces of Malta intercepted 9 vessels in 2025, compared with four in 2024.")
    assert claims["9"].source == claims["four"].source == "Armed Forces of Malta"


def test_a_countrys_customs_acting_in_a_clause_after_a_citation():
    claims = _claims("Border trade was worth USD 1.4bn a year (World Bank, 2024), and Algerian customs "
                     "seized 820,000 litres of fuel in 2024.")
    assert claims["USD 1.4bn"].source == "World Bank"
    assert claims["820,000 litres"].source == "Customs (Algeria)"


def test_a_row_labels_unit_for_a_figure_that_writes_its_own_scale():
    text = ("Table 1. Key indicators\n\n"
            "Indicator | Value | Source, Month Year\n"
            "Fuel seized, 2025 (litres) | 3.8 million | Border Police, October 2025\n")
    claim = _claims(text)["3.8 million"]
    assert (claim.value, claim.unit) == (3_800_000, "liters")


def test_a_target_price_and_a_closing_share_price_are_money_per_share():
    claims = _claims("Target price: SEK 188 (from SEK 176) | Share price: SEK 161.20\n\n"
                     "The stock closed up 1.4 per cent at A$31.90 in Sydney.")
    assert claims["SEK 188"].unit == claims["SEK 176"].unit == claims["SEK 161.20"].unit == "SEK/share"
    assert claims["A$31.90"].unit == "AUD/share"


def test_one_round_of_a_bodys_survey_is_the_bodys_and_so_is_its_named_product():
    claims = _claims("According to Wave 4 of the World Health Organization (WHO) Vaccine Coverage Tracker (VCT), "
                     "released on 3 March 2025, 18,400 children were unvaccinated. The VCT found that 27% of them "
                     "lived in two districts.")
    assert claims["18,400"].source == claims["27%"].source == "World Health Organization"
    assert claims["18,400"].source_date == claims["27%"].source_date == "2025-03-03"



def test_a_source_notes_work_dated_in_parentheses_after_its_title():
    table = ("Table 3. Licences issued\n\nYear | Issued | Revoked\n2022-23 | 14,200 | 310\n\n"
             "Source: {note}\n")
    dated = _claims(table.format(note="Ofcom, Spectrum Licence Tables 4 and 7 (3 October 2024)"))
    assert (dated["14,200"].source_date, dated["310"].source_date) == ("2024-10-03", "2024-10-03")
    described = _claims(table.format(note="Ofcom, Spectrum Licence Tables (data for 2024)"))
    assert described["14,200"].source_date is None


@pytest.mark.parametrize("text,figure,date", [
    ("The Court of Audit said in a report of 9 October 2024 that it expected between 4,000 and 5,000 units.",
     "4,000 and 5,000", "2024-10-09"),
    ("The FAO's FAOSTAT database, accessed on 11 April 2025, lists 3.2 million tonnes for the region.",
     "3.2 million tonnes", "2025-04-11"),
    ("Moroccan customs seized 640,000 cigarettes in 2024, according to a customs statement of 2 February 2025.",
     "640,000", "2025-02-02"),
])
def test_the_date_of_the_work_a_body_speaks_in(text, figure, date):
    assert _claims(text)[figure].source_date == date


def test_an_endnote_dates_a_body_named_short_in_the_text_and_gives_the_day_of_its_month():
    text = ("Hallberg reported sales up 6.2% at EUR 912 million for 2025 [1]. The Nickel Institute "
            "forecast in March 2025 a deficit of about 40,000 tonnes in 2026 [2].\n\n"
            "Notes\n[1] Hallberg Industri AB (publ), Year-end report 2025, 6 February 2026.\n"
            "[2] Nickel Institute, press release, 12 March 2025.\n")
    claims = _claims(text)
    assert claims["EUR 912 million"].source_date == "2026-02-06"
    assert claims["40,000 tonnes"].source_date == "2025-03-12"


def test_a_results_storys_uncredited_figures_are_the_company_its_headline_names():
    text = ("UPDATE 1-Varberg Foods beats profit forecasts, lifts dividend\n\n"
            "Varberg Foods said in its quarterly report published on 6 March 2025 that sales rose 7 per cent.\n\n"
            "Dairy sales climbed to $1.90bn from $1.70bn a year earlier. The board declared a dividend of "
            "14 cents a share.\n\n"
            "We raise our price target to 410 pence. The shares rose 3.1 per cent.\n\n"
            "Varberg said margins improved. Varberg will report again in June.\n")
    claims = _claims(text)
    for figure in ("$1.90bn", "$1.70bn", "14 cents"):
        assert (claims[figure].source, claims[figure].source_date) == ("Varberg Foods", "2025-03-06"), figure
        assert claims[figure].attribution == "subject"
    assert claims["410 pence"].source is None and claims["3.1 per cent"].source is None
    assert "1" not in claims  # "UPDATE 1-": the story's version


def test_a_headline_naming_what_of_a_companys_results_moved_names_the_results_subject():
    text = ("Morvik Salmon profit climbs 9% on strong prices\n\n"
            "Morvik Salmon said on 2 April 2025 that it would build a new hatchery for 40 million smolts and hire "
            "120 staff. Net profit rose to "
            "NOK 1.2 billion, according to Morvik's annual report, published on 12 March 2025. Harvest volumes were "
            "61,000 tonnes.\n\nMorvik said prices would stay high. Morvik shares are up this year.\n")
    claim = _claims(text)["61,000 tonnes"]
    # (the company's work cited last before the figure dates it, not its most frequent date)
    assert (claim.source, claim.source_date, claim.attribution) == ("Morvik Salmon", "2025-03-12", "subject")


def test_a_report_about_a_topic_has_no_results_subject():
    text = ("Corporate Taxation: The Revenue-Maximizing Rate\n\n"
            "Corporate tax revenue was 1.7% of GDP in 2024. Corporate rates fell to 21%.\n\n"
            "Corporate profits rose 4% in 2024. Corporate investment grew 2%.\n")
    assert all(c.source is None for c in _claims(text).values())


def test_a_service_named_after_its_owners_acronym_is_the_source_and_as_of_dates_a_note():
    text = ("Table 1. Funding by cluster\n\n| Cluster | Required (USD million) | Received (USD million) |\n"
            "|---|---|---|\n| Food | 198.4 | 58.7 |\n\n"
            "Source: MRO Relief Tracking Service (RTS), as of 30 September 2025.\n")
    claim = _claims(text)["198.4"]
    assert (claim.source, claim.source_date) == ("Relief Tracking Service", "2025-09-30")
    claim = _claims(text.replace("MRO Relief Tracking Service (RTS)", "OCHA Financial Tracking Service (FTS)"))["198.4"]
    assert (claim.source, claim.source_date) == ("Financial Tracking Service", "2025-09-30")


def test_a_source_note_that_names_another_source_for_one_row():
    text = ("Table 2. Crude imports, H1 2025 (Mt)\n\n| Country | H1 2025 | H1 2024 |\n|---|---|---|\n"
            "| Japan | 61.2 | 63.0 |\n| India | 118.4 | 112.9 |\n\n"
            "Source: Vortexa (data extracted 8 July 2025), except India: PPAC (21 July 2025).\n")
    claims = _claims(text)
    assert (claims["61.2"].source, claims["61.2"].source_date) == ("Vortexa", "2025-07-08")
    assert (claims["118.4"].source, claims["118.4"].source_date) == ("PPAC", "2025-07-21")


def test_a_note_that_calls_some_columns_the_publishers_own_calculations():
    text = ("FISCAL COUNCIL OF THE REPUBLIC OF OSTRAVIA\n\nCosting Note 7\n\n"
            "Table 1. Pension spending\n\n| Year | Pensions (EUR bn) | Pensions (% of GDP) | GDP (EUR bn) | Source |\n"
            "|---|---|---|---|---|\n| 2024 | 6.1 | 7.9 | 77.2 | MoF Annual Report, May 2025 |\n\n"
            "Note: Ratios to GDP are Fiscal Council calculations from the amounts shown.\n\n"
            "The Ministry of Finance (MoF) publishes the annual report.\n")
    claims = _claims(text)
    assert claims["6.1"].source == claims["77.2"].source == "Ministry of Finance"
    assert claims["7.9"].source is None


def test_a_note_that_calls_two_columns_the_authors_own_names_each():
    text = ("Table 4. Cement output and process emissions, 2023\n\n"
            "| Producer | Output (Mt) | Clinker ratio (%) | Process emissions (Mt CO2) | Source |\n"
            "|---|---|---|---|---|\n| Vietnam | 118 | 74 | 61 | GSO, 2024 |\n\n"
            "Note: Output is from the sources shown. Clinker ratios and process emissions are authors' estimates.\n")
    claims = _claims(text)
    assert claims["118"].source == "GSO"
    assert claims["74"].source is None and claims["61"].source is None


def test_a_source_line_that_calls_a_column_the_authors_own_after_a_semicolon():
    text = ("Table 2. Forest loss by province (km2)\n\n| Province | 2022 | 2023 | Share of 2023 total (%) |\n"
            "|---|---|---|---|\n| Kivu | 812 | 640 | 58.2 |\n| Ituri | 530 | 460 | 41.8 |\n\n"
            "Source: FAO (2024); shares are the authors' calculation.\n")
    claims = _claims(text)
    assert (claims["640"].source, claims["640"].source_date) == ("Food and Agriculture Organization", "2024")
    assert [claims[f].source for f in ("58.2", "41.8")] == [None, None]


def test_a_work_defined_with_its_publisher_is_the_publishers():
    text = ("Spending rises to 2.4% of GDP. Under the Medium-Term Budget Framework (MTBF) published by the "
            "Budget Directorate (BD) in May 2025, outlays reach EUR 4.1 billion.\n\n"
            "| Year | Outlays (EUR bn) | Source |\n|---|---|---|\n| 2026 | 4.3 | MTBF, May 2025 |\n")
    assert _claims(text)["4.3"].source == "Budget Directorate"


def test_a_bodys_survey_named_with_of_its_owner_and_a_round_of_it():
    text = ("- Some 96,200 people are displaced, according to Round 4 of the Returnee Monitoring System (RMS) "
            "of the United Nations High Commissioner for Refugees (UNHCR), published on 2 May 2025.\n"
            "- According to RMS Round 4, the displaced people form 20,100 households.\n")
    claims = _claims(text)
    assert (claims["96,200"].source, claims["96,200"].source_date) == ("UN High Commissioner for Refugees", "2025-05-02")
    assert claims["20,100"].source == "UN High Commissioner for Refugees"


def test_a_body_acting_in_a_bullet_and_an_endnote_over_a_place_that_acts():
    text = ("- The International Rescue Committee reached 48,000 people with cash in May.\n"
            "- The EU imported a record 41.3 bcm of pipeline gas in the first half of 2025.[1]\n\n"
            "Notes\n[1] ENTSOG Transparency Platform, data extracted 3 July 2025.\n")
    claims = _claims(text)
    assert claims["48,000"].source == "International Rescue Committee"
    assert claims["41.3 bcm"].source != "European Union"


@pytest.mark.parametrize("text,figure,source,date", [
    ("Of 96 clinics, 31 are closed, according to the Health Cluster's HeRAMS assessment completed on 4 May 2025.",
     "31", "Health Cluster", "2025-05-04"),
    ("UNICEF's Real-time Monitoring System (RMS) recorded 412 outbreaks in May.", "412", "UN Children's Fund", None),
    ("- Nutrition Cluster partners are screening 61,000 children a month in 14 districts.", "61,000",
     "Nutrition Cluster", None),
    ("Some 1.6 million people need aid, according to the Humanitarian Response Plan (HRP) endorsed by the "
     "Humanitarian Country Team (HCT) on 9 March 2025.", "1.6 million", "Humanitarian Country Team", "2025-03-09"),
    ("The IEA projected in its Global Gas Security Review of June 2025 that prices would average EUR 40-45 per MWh.",
     "EUR 40-45", "International Energy Agency", "2025-06"),
])
def test_a_bodys_own_system_or_plan_is_the_bodys(text, figure, source, date):
    claim = _claims(text)[figure]
    assert (claim.source, claim.source_date) == (source, date)


def test_a_quarter_or_an_opening_preposition_is_no_source():
    claims = _claims("Adding the 8.1 mtpa commissioned in Q2, our own tally puts capacity at 501.4 mtpa.\n\n"
                     "On OBR calculations, spending rose by about 12.5% in 2024.")
    assert claims["8.1"].source is None and claims["501.4"].source is None
    assert claims["12.5%"].source == "Office for Budget Responsibility"


def test_a_firms_assessments_named_after_its_plural_possessive_and_its():
    claims = _claims("Kestrel Analytics' Kx40 Baltic assessment stood at USD 31,500 per day in May. "
                     "Its Kx20 North Sea assessment averaged USD 27,250 per day.")
    assert claims["USD 31,500"].source == claims["USD 27,250"].source == "Kestrel Analytics"


def test_a_percentage_of_gdp_is_its_own_unit_in_prose_and_tables():
    text = ("Defence spending reached 2.4% of GDP in 2025, up from 1.9 per cent of the country's gross "
            "domestic product in 2023, while inflation was 3.1%.\n\n"
            "| Year | Defence (EUR bn) | Defence (% of GDP) |\n|---|---|---|\n| 2024 | 1.86 | 2.0 |\n")
    claims = _claims(text)
    assert claims["2.4%"].unit == claims["1.9 per cent"].unit == claims["2.0"].unit == "percent of GDP"
    assert claims["3.1%"].unit == "percent"


def test_a_note_on_the_publishers_own_compilation_of_several_sources():
    text = ("TIMBER TRADE MONITOR\n\nWorking Paper 4\n\nThe TTM tracks seizures.\n\n"
            "Table 2. Seizures (tonnes)\n\n| Country | 2023 | 2024 |\n|---|---|---|\n| Ghana | 1.2 | 0.9 |\n\n"
            "Source: TTM database compiled from UNODC World WISE, national customs releases and court records.\n")
    assert _claims(text)["1.2"].source is None
    single = text.replace("compiled from UNODC World WISE, national customs releases and court records",
                          "compiled from UNODC World WISE data")
    assert _claims(single)["1.2"].source == "UN Office on Drugs and Crime"


def test_the_items_of_a_list_carry_the_attribution_it_opens_with():
    text = ("Completions totalled 181,200 in 2024, Statistics Norway said on 3 March 2025. The components were:\n\n"
            "  - new build: 163,900 dwellings;\n  - conversions: 9,100;\n  - an emergency grant of EUR 40 million in 2023;[1]\n\n"
            "Prices rose 4%.\n\nNotes\n[1] Ministry of Finance, Supplementary Estimate No. 3, 2 May 2023.\n")
    claims = _claims(text)
    assert claims["163,900"].source == claims["9,100"].source == claims["181,200"].source == "Statistics Norway"
    assert claims["163,900"].source_date == "2025-03-03"
    assert claims["EUR 40 million"].source == "Ministry of Finance"
    assert claims["4%"].source is None


def test_hm_is_part_of_a_bodys_name():
    claims = _claims("HM Land Registry's UK House Price Index (UK HPI) put the average price at £288,400 in May 2025.")
    assert claims["£288,400"].source == "HM Land Registry"


def test_a_date_before_a_closing_speaker_is_the_figures_period_and_the_department_is_the_ministry():
    claims = _claims("The Ministry of Transport (MoT) publishes the data. Rail use grew 6% in 2024, the department said.")
    claim = claims["6%"]
    assert (claim.source, claim.source_date, claim.period) == ("Ministry of Transport", None, "2024")


def test_a_date_after_the_acronym_of_the_body_that_published_the_work():
    claims = _claims("Under the Long-Term Budget Plan (LTBP) published by the Treasury Board (TB) in March 2025, "
                     "outlays rise to EUR 3.4 billion by 2028.")
    claim = claims["EUR 3.4 billion"]
    assert (claim.source, claim.source_date) == ("Treasury Board", "2025-03")


@pytest.mark.parametrize("text,figure,source", [
    ("Baseload futures for 2026 traded at EUR 91 per MWh on the Nordic Power Exchange (NPX) on 30 May 2025.",
     "EUR 91", "Nordic Power Exchange"),
    ("On Euronext in Paris, the March 2026 rapeseed contract settled at €471.25 per tonne, while the Chicago "
     "Board of Trade (CBOT) March contract closed the same day at US$10.12 per bushel.", "US$10.12", "Chicago Board of Trade"),
    ("On Euronext in Paris, the March 2026 rapeseed contract settled at €471.25 per tonne.", "€471.25", "Euronext"),
    ("The company, listed on the Oslo Stock Exchange since 2019, raised NOK 3.1 billion in contracts.", "NOK 3.1 billion", None),
    ("The National Statistics Office (NSO) publishes harvests. Harvest reached 5.2 million tonnes (NSO).",
     "5.2 million tonnes", "National Statistics Office"),
    ("A day's wage buys 2.4 kg of maize, according to market monitoring by the World Food Programme.",
     "2.4 kg", "World Food Programme"),
])
def test_prices_on_exchanges_and_defined_acronyms_in_parentheses(text, figure, source):
    assert _claims(text)[figure].source == source


def test_a_restated_figure_keeps_its_own_citation_and_a_rate_base_is_no_measure_word():
    claims = _claims("About 1.6 million people need aid, according to the revised Humanitarian Response Plan (HRP) "
                     "endorsed by the Humanitarian Country Team (HCT) on 9 March 2025, up from 1.2 million in the "
                     "original HRP published in January 2025. "
                     "Of the 1.6 million people in need, 0.9 million are children.")
    assert claims["0.9 million"].source_date == "2025-03-09"
    rate = _claims("Front-month contracts averaged EUR 33.10/MWh in the quarter.")["EUR 33.10"]
    assert "mwh" not in rate.measure_key


def test_a_bodys_acronym_that_is_also_a_currency_code_and_the_writers_own_reckoning():
    text = ("The programme is run by the National Nutrition Agency (BGN).\n\n"
            "BGN reported that 96 million portions were served in the quarter. At the ceiling of IDR 10,000 per "
            "portion, spending should not have exceeded IDR 0.96 trillion. BGN's financial records show spending of "
            "IDR 1.9 trillion by 31 March, so about IDR 0.8 trillion was spent in March alone.\n\n"
            "We recommend that Parliament ask BGN to report quarterly on the 70 million beneficiary target.\n")
    claims = _claims(text)
    assert claims["96 million"].source == claims["IDR 1.9 trillion"].source
    assert claims["96 million"].source.startswith("National Nutrition Agency")
    for own in ("IDR 0.96 trillion", "IDR 0.8 trillion", "70 million"):
        assert claims[own].source is None, own


def test_the_writers_own_estimate_after_a_cited_baseline():
    claims = _claims("Using the IEA's June 2025 outlook as a baseline, which puts demand at 4.1 million barrels a day, "
                     "this report estimates revenue at US$2.3 billion a year.")
    assert claims["4.1 million barrels"].source == "International Energy Agency"
    assert claims["US$2.3 billion"].source is None


def test_a_current_rate_has_no_past_period_and_a_rate_before_a_years_cut_is_before_it():
    claims = _claims("The optimal rate is above both the current 15% rate and the 28% rate before the 2019 rate cut.")
    assert claims["15%"].period is None
    assert claims["28%"].period == "before 2019"


def test_a_minister_named_by_field_speaks_for_the_ministry_and_a_law_is_no_body():
    claims = _claims('"Debt will fall to 61% of GDP," Finance Minister Lena Ortiz told parliament on 3 June 2025. '
                     "In the same address she put the deficit at 2.9% of GDP.\n\n"
                     "Health Minister Omar Sefu said 1,400 clinics had reopened.\n\n"
                     "The Central Bank of Vardia Act 2012 sets the target at 3%. The Bank expects inflation of 4.2%.\n")
    assert (claims["61%"].source, claims["61%"].source_date) == ("Ministry of Finance", "2025-06-03")
    assert claims["2.9%"].source == "Ministry of Finance"
    assert claims["1,400"].source == "Ministry of Health"
    assert claims["4.2%"].source != "Central Bank of Vardia Act"


def test_a_place_list_is_no_speaker_and_a_named_body_with_its_acronym_provides_data():
    claims = _claims("Our survey of 1,950 migrant workers in the Gulf and Malaysia finds that 31% borrow.\n\n"
                     "The transponder was off for 27 hours, according to data that Ocean Signal Watch (OSW), a "
                     "non-profit, provided to us.\n")
    assert claims["1,950"].source is None and claims["31%"].source is None
    assert claims["27 hours"].source == "Ocean Signal Watch"


def test_a_quoted_person_speaks_for_the_employer_their_role_names():
    claims = _claims('"We have 40 patrol boats," said Ama Mensah, head of operations at the Coastal Guard Agency.\n\n'
                     '"We landed 12 tonnes," said Kofi Annor, a fisherman from Elmina.\n')
    assert claims["40"].source == "Coastal Guard Agency"
    assert claims["12 tonnes"].source == "Kofi Annor"


def test_amounts_added_to_a_monthly_wage_are_monthly():
    claims = _claims("The decree set a minimum wage of QAR 1,200 a month, plus QAR 300 for food and QAR 600 for housing.")
    assert claims["QAR 300"].unit == claims["QAR 600"].unit == "QAR/month"


def test_a_span_in_an_appositive_is_no_source_date_and_a_dated_work_after_a_comma():
    claims = _claims("The Ocean Justice Trust (OJT), a charity that has tracked the trade since 2016, estimated in a "
                     "report published in May 2025 that 81,000 tonnes were landed in 2024.\n\n"
                     "An internal review by the Port Authority, dated 9 February 2025 and seen by this newspaper, found "
                     "that 19 of the 64 licensed vessels had problems.\n")
    assert claims["81,000 tonnes"].source_date == "2025-05"
    assert claims["19"].source_date == "2025-02-09"


def test_a_date_in_parentheses_at_a_wrapped_lines_end_is_no_source_column():
    text = ("Prose figures are often older than field figures: the overview gives 31.2 million while the\n"
            "  Population field gives 34,101,000 (July 2021\n  est.)). These are genuine features.\n")
    assert _claims(text)["34,101,000"].source is None


def test_customs_data_is_the_one_customs_body_the_document_names():
    claims = _claims("The Federal Customs Service (FCS) publishes trade data. Maize exports rose 9% to 4.2 million "
                     "tonnes in 2024, according to customs data.")
    assert claims["4.2 million tonnes"].source == "Federal Customs Service"
    alone = _claims("Maize exports rose 9% to 4.2 million tonnes in 2024, according to customs data.")
    assert alone["4.2 million tonnes"].source != "Federal Customs Service"


def test_a_sentence_its_endnote_cites_opens_a_list_that_follows():
    text = ("Net additions totalled 198,300 in 2024.[1] The components were:\n\n"
            "  - new build: 171,500 dwellings;\n  - conversions: 8,200.\n\n"
            "Notes\n[1] Ministry of Works, Housing Supply Tables, 21 November 2024.\n")
    claims = _claims(text)
    assert (claims["171,500"].source, claims["171,500"].source_date) == ("Ministry of Works", "2024-11-21")
    assert claims["171,500"].attribution == "listed"  # (CA103 weighs it like "between")


def test_over_that_period_is_the_span_the_text_gave_last():
    claims = _claims("Between March and August 2024, inspectors boarded 41 vessels. Prosecutions were rare. "
                     "Of the 57 vessels the inspectors boarded over that period, only 6 were charged.")
    assert claims["57"].period == claims["41"].period == "2024-03/2024-08"


@pytest.mark.parametrize(
    "text,figure,source,date",
    [
        # a body named before, pointed back to by the head word of its name
        ("The Border Monitoring Unit (BMU) was created in 2019. In 2024 the BMU inspected 412 lorries, "
         "according to figures the unit released in March 2025.", "412", "Border Monitoring Unit", "2025-03"),
        ("The Border Monitoring Unit (BMU) was created in 2019. Of the 412 lorries inspected, 37 were turned "
         "back, the unit's figures show.", "37", "Border Monitoring Unit", None),
        # a statistics office's national accounts, named after the figure
        ("The Central Statistical Office (CSO) publishes quarterly accounts. Investment grew by 3.3% in 2024, "
         "the CSO's first national accounts show, against 1.9% in 2023.", "3.3%", "Central Statistical Office", None),
        # "the same estimates", "The Survey also found": the work cited before
        ("There were 61 million domestic workers in 2023 (ILO, 2024). Men account for 23% of them, according "
         "to the same estimates.", "23%", "International Labour Organization", "2024"),
        ("Arrivals reached 1.4 million in 2024, according to the Tourism Board's Visitor Survey, published in "
         "May 2025. The Survey also found that 62% of visitors came by air.", "62%", "Tourism Board", "2025-05"),
        # a decision approved by a body (not a survey that a committee approved)
        ("The water tariff increase of 12% approved by the Public Utilities Commission on 4 June 2024 took "
         "effect in July.", "12%", "Public Utilities Commission", "2024-06-04"),
        ("The survey cost USD 80,000 and was approved by the University Ethics Board.", "USD 80,000", None, None),
        # "the unit" as a common noun is no body
        ("The Border Monitoring Unit (BMU) was created in 2019. The unit cost of a scanner is USD 2 million.",
         "USD 2 million", None, None),
    ],
)
def test_pointers_back_to_a_body_or_work_named_before(text, figure, source, date):
    claim = _claims(text)[figure]
    assert (claim.source, claim.source_date) == (source, date)


@pytest.mark.parametrize(
    "text,figure,source",
    [
        ("Peru's government said it expected tax receipts of USD 4.2 billion in 2025.", "USD 4.2 billion",
         "Government (Peru)"),
        ("The Ghanaian government announced a further GHS 300 million for the programme.", "GHS 300 million",
         "Government (Ghana)"),
        ("The Government of Nepal has allocated NPR 12 billion to reconstruction.", "NPR 12 billion", "Government (Nepal)"),
        # "the government" is the one of the country the sentence's currency or places give
        ("Roads are a priority. The government has committed 25 billion ringgit to the plan.", "25 billion ringgit",
         "Government (Malaysia)"),
        # a plan is the government's goal, not a figure it reports
        ("Vietnam's government aims to train 50,000 engineers by 2030.", "50,000", None),
        ("The Government has committed to building 1.5 million homes in England.", "1.5 million", None),
        # a government of no country, or a name with "Government" in it
        ("The regional government said 4,000 homes were damaged.", "4,000", None),
        ("Net additions were 221,400 in 2023-24, according to the Ministry of Housing, Communities and Local "
         "Government (MHCLG).", "221,400", "Ministry of Housing, Communities and Local Government"),
    ],
)
def test_a_government_speaks_for_its_country(text, figure, source):
    assert _claims(text)[figure].source == source


def test_a_paragraph_opening_on_a_country_is_about_it_throughout():
    text = ("Kenya and Uganda\n\n"
            "In Uganda, the Coffee Authority set the farm price at UGX 9,000 per kg on 2 May. At a rate of "
            "UGX 3,700 per dollar, the new price is worth about USD 2,430 a tonne.\n")
    assert _claims(text)["USD 2,430"].places == ("Uganda",)


def test_a_row_labelled_by_its_period_measures_its_columns_header():
    text = ("Table 1. Cane deliveries by season\n\n"
            "| Season | Deliveries (tonnes) | Cane price (KES per tonne) |\n|---|---|---|\n"
            "| 2023/24 | 410,000 | 5,400 |\n| 2024/25 | 455,000 | 6,100 |\n")
    claims = _claims(text)
    assert claims["6,100"].measure == "Cane price KES tonne"
    assert claims["455,000"].measure == "Deliveries tonnes"


def test_a_wire_storys_agency_in_its_dateline_is_its_publisher():
    text = ("FEATURE-Coffee growers wait for rain\n\n"
            "NAIROBI, March 4 (Kilima News) - Coffee output fell to 41,000 tonnes in 2024, by Kilima calculations, "
            "and 62% of growers said they had cut spending, the Coffee Board said.\n")
    claims = _claims(text)
    assert claims["41,000 tonnes"].source is None
    assert claims["62%"].source == "Coffee Board"


@pytest.mark.parametrize(
    "text,figure,source",
    [
        # an acronym two known bodies share is the one the text names in full
        ("Brent on ICE Futures Europe settled 2.1% higher at USD 74.10 a barrel on Friday. Open interest "
         "rose to 2.4 million contracts, according to ICE data.", "2.4 million", "Intercontinental Exchange"),
        ("U.S. Immigration and Customs Enforcement detained 41,000 people in May, according to ICE data.",
         "41,000", "U.S. Immigration and Customs Enforcement"),
        # the day a body spoke is no part of its name
        ("Exports brought in USD 3.1 billion, according to data released by the Bank of Ghana on Oct 6.",
         "USD 3.1 billion", "Bank of Ghana"),
    ],
)
def test_names_the_document_decides(text, figure, source):
    assert _claims(text)[figure].source == source


@pytest.mark.parametrize(
    "text,figure,source",
    [
        # a person's appositive names their employer, whatever the employer's name looks like
        ("Yields may fall 5%, Ama Mensah, a coffee analyst at Volta Insights, said on Monday. Mensah estimated "
         "that rainfall was 12% above its average.", "12%", "Volta Insights"),
        ("The Coffee Board of Kenya (CBK) sets prices. \"Growers get 70% of the auction price,\" John Kamau, "
         "a deputy chief executive of CBK, said.", "70%", "Coffee Board of Kenya"),
        # but not a place
        ("Yields may fall 5%, said Ama Mensah, a researcher at Accra.", "5%", "Ama Mensah"),
        # an anonymity clause between the official's employer and "said"
        ("A senior official at the Water Authority, who asked not to be named because she was not allowed to "
         "brief reporters, said meters covered 45% of farms.", "45%", "Water Authority"),
        # but not a description of a person before a new subject
        ("For Ama Boateng, who has fished here for 31 years, the statistics describe her mornings.", "31 years", None),
        # an employer named with its legal form, then "He added" (no figure in the first sentence)
        ("Li Wen, a spokesperson for Kestrel Ocean Fishing Co., said the company obeyed the law. He added that "
         "its trawlers had been inspected 64 times in 2024.", "64 times", "Kestrel Ocean Fishing Co"),
        # "Analysts at X expect": the firm
        ("Analysts at Halden Commodities expect the contract to average USD 6,200 a tonne in 2026.", "USD 6,200",
         "Halden Commodities"),
        # "X's research arm" is X's body, not X's research
        ("The Tea Board (TB) sets prices. A survey by the Tea Research Institute (TRI), TB's research arm, found "
         "that 31% of bushes were infected.", "31%", "Tea Research Institute"),
    ],
)
def test_who_speaks_for_whom(text, figure, source):
    assert _claims(text)[figure].source == source


@pytest.mark.parametrize(
    "text,credited,uncredited",
    [
        # a rate a body sets or publishes credits the figure that follows it, not the sentence
        ("The fare is EUR 6.40 per trip, about USD 7.17 at the European Central Bank reference rate of "
         "USD 1.12 per euro.", {"USD 1.12": "European Central Bank"}, ["EUR 6.40", "USD 7.17"]),
        ("At the Bank of Ghana's rate on Friday of GHS 15.2 to the dollar, the fund is worth GHS 76 billion. "
         "Its largest shareholder, the Accra-based fund Volta Partners, led a USD 9 million round in 2022.",
         # ("Its" is no pointer to the bank)
         {"GHS 15.2": "Bank of Ghana"}, ["GHS 76 billion", "USD 9 million"]),
        ("Meru Savings Bank's mortgage rate of 14.5% is the highest, and 22% of its loans are in arrears.",
         {"14.5%": "Meru Savings Bank"}, ["22%"]),
        # a rate's year is its period, not the bank's date
        ("The sum uses the Bank of Ghana's average 2024 rate of 13.9 cedis per dollar.", {"13.9 cedis": "Bank of Ghana"}, []),
        # a country's rate names no source
        ("Ghana's inflation rate of 23.1% was the lowest in two years.", {}, ["23.1%"]),
    ],
)
def test_a_body_s_rate_credits_its_own_figure(text, credited, uncredited):
    claims = _claims(text)
    assert {figure: claims[figure].source for figure in credited} == credited
    assert [claims[figure].source for figure in uncredited] == [None] * len(uncredited)


def test_a_rate_s_year_is_its_period_not_a_date_of_the_bank():
    yearly = _claims("The sum uses the Bank of Ghana's average 2024 rate of 13.9 cedis per dollar.")["13.9 cedis"]
    assert (yearly.source, yearly.source_date) == ("Bank of Ghana", None)


@pytest.mark.parametrize(
    "text,figure,source",
    [
        # a work after "according to" and its publisher: the publisher
        ("Output grew by 2.7 percent, according to provisional estimates published by the Bureau of Statistics "
         "of Ostravia in May 2025.", "2.7 percent", "Bureau of Statistics of Ostravia"),
        ("Wind's share rose to 31%, according to Power Trends, published by the Energy Directorate in June 2025.",
         "31%", "Energy Directorate"),
        # a capitalised vague word that ends a body's name is no vague source ("Health reports")
        ("- The Ministry of Health reports 812 suspected measles cases.", "812", "Ministry of Health"),
        # a person's role in an appositive without an article, and a firm named by its industry word
        ("Lena Ortiz, chief executive of Calder Renewables, described how a 30 MW wind farm was delayed.",
         "30 MW", "Calder Renewables"),
        # "alleges", "data obtained from", "identified by"
        ("In its indictment, the Office of the Public Prosecutor alleges that the trawler landed catch there on 17 "
         "occasions.", "17", "Office of the Public Prosecutor"),
        ("Customs data obtained from the Revenue Authority show that exports rose by 19% in 2024.", "19%",
         "Revenue Authority"),
        ("Asked about the 1,120 dark periods identified by SeaSight, Ms Osei said she had not seen the report.",
         "1,120", "SeaSight"),
        # what was said is no source ("said independent observers had ..."): the official speaks for the
        # board; and "said the ministry" still names the ministry
        ("An official at the Water Authority, who asked not to be named, said independent inspectors had visited "
         "only about 45% of sites.", "45%", "Water Authority"),
        ("Kazakhstan's Ministry of Industry said drilling began. Drilling has covered only a quarter of the area, "
         "said the ministry.", "a quarter", "Ministry of Industry (Kazakhstan)"),
        # a currency's prefix in parentheses with a year names no source
        ("Debt of US$1.2 billion includes two bonds (US$700 million due in 2029 and US$500 million due in 2033).",
         "US$1.2 billion", None),
        # "per US$." is a rate's currency, no source
        ("The peso fell 4.1 percent in 2024, closing the year at 58.2 per US$. Reserves rose.", "4.1 percent", None),
        # a code's sections in parentheses are no citation with a year
        ("The rule covers 13 species groups under the Act (FCA; 16 U.S.C. §§1801-1891d).", "13", None),
        # the publisher's staff are the document's own voice, no source
        ("Staff estimates that the measure could yield 0.6 percent of GDP a year.", "0.6 percent", None),
    ],
)
def test_publishers_roles_and_names_that_end_in_a_vague_word(text, figure, source):
    assert _claims(text)[figure].source == source


def test_an_endnote_that_describes_the_data_names_no_source():
    text = ("Debt fell to 61.5 percent of GDP in 2023.[5] Imports rose 9 percent in 2023.[6]\n\n"
            "Notes\n\n[5] Debt figures cover the general government.\n"
            "[6] Customs Office, statistical yearbook, April 2024.\n")
    claims = _claims(text)
    assert claims["61.5 percent"].source is None
    assert (claims["9 percent"].source, claims["9 percent"].source_date) == ("Customs Office", "2024-04")


def test_a_number_word_inside_a_name_is_no_figure():
    claims = _claims("The Ministry for Climate and Net Zero said 37% was renewable. The Group of Seven "
                     "pledged $8 billion. Seven ministers resigned.")
    assert "Zero" not in claims and "Seven" in claims and claims["$8 billion"].source == "Group of Seven"


def test_a_row_label_with_a_currency_sign_keeps_its_scale_and_its_whole_label():
    text = ("Table 1. Selected indicators\n\n                              2023    2024\n"
            "Nominal GDP (US$ billions)    12.4    13.1\nExchange rate, OSD per US$ (end-period)   71.6    74.3\n")
    claims = _claims(text)
    assert (claims["12.4"].value, claims["12.4"].unit) == (12.4e9, "USD")
    assert claims["74.3"].row == "Exchange rate, OSD per US$ (end-period)"
    negative = _claims("Table 2. Public finances\n\n                                   2023    2024\n"
                       "Primary balance (percent of GDP)   -1.9    -2.6\n")
    assert [negative[f].unit for f in ("-1.9", "-2.6")] == ["percent of GDP"] * 2


def test_pence_are_hundredths_of_a_pound_in_prose_and_under_a_row_label():
    text = ("Group revenue was £842.7 million and adjusted EPS 31.6p.\n\nTable 3. Forecasts (£ million)\n\n"
            "| | 2024A | 2025E |\n|---|---|---|\n| Revenue | 842.7 | 901.3 |\n| Adj. EPS (p) | 31.6 | 35.2 |\n")
    claims = _claims(text)
    assert (claims["31.6p"].value, claims["31.6p"].unit) == (0.316, "GBP/share")  # ("adjusted EPS 31.6p")
    per_share = _claims("Revenue was £5m. The final dividend of 9.8p per share and earnings per share of 31.6p.")
    assert [per_share[f].unit for f in ("9.8p", "31.6p")] == ["GBP/share", "GBP/share"]
    assert (claims["35.2"].value, claims["35.2"].unit) == (0.352, "GBP/share")
    assert claims["901.3"].value == 901_300_000


@pytest.mark.parametrize(
    "text,figure,unit",
    [
        # the parts of a whole named just before repeat its unit
        ("Of the 30.2 billion cubic metres withdrawn, Arvel accounts for 12.4 billion, Dorna for 9.1 billion "
         "and Sele for 2.2 billion.", "12.4 billion", "cubic meters"),
        ("Of the 30.2 billion cubic metres withdrawn, Arvel accounts for 12.4 billion, Dorna for 9.1 billion "
         "and Sele for 2.2 billion.", "9.1 billion", "cubic meters"),
        # a comparison with a noun phrase between: "against renewable resources of roughly 3.8 billion"
        ("It pumps 6.1 billion cubic metres against natural recharge of roughly 5.2 billion.", "5.2 billion",
         "cubic meters"),
        # and a rate compared keeps its rate
        ("There were 3.1 clinic nurses per 1,000 people, against a regional average of 4.4.", "4.4",
         "nurses/1,000 people"),
    ],
)
def test_a_bare_figure_repeats_the_unit_it_is_compared_with(text, figure, unit):
    assert _claims(text)[figure].unit == unit


def test_a_prior_period_in_parentheses_dates_only_its_own_figure():
    claims = _claims("Revenue up 7.4% to £842.7 million (2023: £784.6 million); EPS of 31.6p (2023: 29.8p).")
    assert [claims[f].period for f in ("£842.7 million", "£784.6 million", "31.6p", "29.8p")] == [
        None, "2023", None, "2023"]


def test_a_table_of_studies_credits_each_row_its_study():
    text = ("Table 1. Estimates of annual adaptation costs\n\n"
            "| Study | Coverage | Horizon | Estimate (USD billion per year) |\n|---|---|---|---|\n"
            "| UNEP (2023) | Developing countries | 2021-2030 | 215-387 |\n"
            "| Okafor and Lind (2021) | 80 countries | 2030 | 140-300 |\n"
            "| Baptiste et al. (2022) | 96 countries | 2030 | 55-90 |\n\n"
            "Source: Authors' compilation from the studies listed; see References.\n")
    claims = _claims(text)
    assert (claims["215-387"].source, claims["215-387"].source_date) == ("UN Environment Programme", "2023")
    assert (claims["140-300"].source, claims["140-300"].source_date, claims["140-300"].period) == (
        "Okafor and Lind", "2021", "2030")
    assert (claims["96"].source, claims["96"].unit) == ("Baptiste et al.", "countries")


@pytest.mark.parametrize(
    "note,source",
    [("Source: Authors' compilation from the studies listed.", None),
     ("Source: Authors' calculations based on data from the World Bank.", "World Bank")],
)
def test_the_authors_own_compilation_is_no_source(note, source):
    text = f"Table 2. Costs\n\n| Item | Cost (USD million) |\n|---|---|\n| Roads | 140 |\n| Bridges | 55 |\n\n{note}\n"
    assert _claims(text)["140"].source == source


def test_a_letter_transmitting_a_bodys_report_makes_it_the_publisher():
    text = ("United Nations                                      S/2025/900\n\n"
            "Letter dated 2 June 2025 from the Panel of Experts established pursuant to resolution 2801 (2024) "
            "addressed to the President of the Security Council\n\n"
            "12. During the mandate, the Panel investigated 44 transfers. The Panel estimates that they delivered "
            "at least 900,000 barrels, according to imagery.\n")
    claims = _claims(text)
    assert claims["44"].source is None and claims["900,000 barrels"].source is None


def test_he_said_is_the_person_who_last_spoke_for_a_body():
    text = ("The Coffee Board of Kenya (CBK) sets prices. \"Growers get 70% of the auction price,\" John Kamau, a "
            "deputy chief executive of CBK, said on Friday. He said the board expected to buy 41,000 tonnes in "
            "2025/26.\n\nKamau said the board would review prices. CBK has hired 300 inspectors, he said.\n\n"
            "The weather was dry in March. She said 12% of farms lost their crop.\n")
    claims = _claims(text)
    assert claims["41,000 tonnes"].source == "Coffee Board of Kenya"
    assert claims["300"].source == "Coffee Board of Kenya"
    assert claims["12%"].source is None  # (two paragraphs on, and "she" is someone else)


@pytest.mark.parametrize(
    "text,figure,source,date",
    [
        # a minister named "Minister of <field>" speaks for the ministry
        ('Speaking to the committee on 17 September 2025, Deputy Minister of Finance Jane Rask said: "The path costs '
         'EUR 600 million a year."', "EUR 600 million", "Ministry of Finance", "2025-09-17"),
        # a body's budget
        ("The Ministry of Water (MoW) runs the scheme. The MoW budgets KES 1.74 billion for 2025/26.", "KES 1.74 billion",
         "Ministry of Water (Kenya)", None),
        # the same round of a survey cited before
        ("According to Round 9 of the IOM Displacement Tracking Matrix, 412,000 people live in 187 sites. The same "
         "round found that 57% of them live in camps.", "57%", "International Organization for Migration", None),
        # a work maintained by a body the registry does not know
        ("Storage was 83.2% full on 1 October 2025, according to the Regional Storage Inventory (RSI) maintained by "
         "Gas Storage Operators Europe (GSOE).", "83.2%", "Gas Storage Operators Europe", None),
        # a figure between a passive verb and its agent
        ("Charter rates were assessed at USD 45,000 per day by Fearnleys in its weekly report of 8 October 2025.",
         "USD 45,000", "Fearnleys", "2025-10-08"),
        ("Cocoa output was estimated at 1.9 million tonnes in 2024 by the Ghana Cocoa Board.", "1.9 million tonnes",
         "Ghana Cocoa Board", None),
    ],
)
def test_more_ways_a_body_is_credited(text, figure, source, date):
    claim = _claims(text)[figure]
    assert (claim.source, claim.source_date) == (source, date)


def test_a_figure_apposed_to_a_noun_phrase_measures_it():
    text = ("In Kenya, strong tea and coffee exports lifted the country's foreign reserves, estimated at $9.4 billion "
            "in 2024 by the International Monetary Fund.")
    claim = _claims(text)["$9.4 billion"]
    assert (claim.measure, claim.period) == ("foreign reserves", "2024")


@pytest.mark.parametrize(
    "text,figure,unit",
    [
        # the CFA franc written "CFA" or "FCFA" before the amount
        ("The Council set the farm-gate price at CFA 2,800 per kg on 1 October.", "CFA 2,800", "XOF/kilogram"),
        ("Farmers were paid FCFA 1,500 per kg.", "FCFA 1,500", "XOF/kilogram"),
        # a code the text writes before money elsewhere is money before a small amount too
        ("Labour costs GHS 120 a day, up from GHS 80, farmers said.", "GHS 80", "GHS/day"),
        # "by a factor of N" is a ratio, as "N times" is
        ("Deliveries exceed the reported volumes by a factor of more than 18.", "18", "times"),
        # an acronym's plural is what a count counts
        ("It found that only 58 of the 171 NDCs it reviewed contained costed needs.", "171", "ndcs"),
    ],
)
def test_units_of_currency_codes_factors_and_acronyms(text, figure, unit):
    assert _claims(text)[figure].unit == unit


def test_a_weekday_in_a_dated_story_is_the_latest_such_day():
    text = ("LONDON, Oct 14 (Kilima News) - 14 October 2025\n\n"
            "Cocoa settled at USD 6,725 a tonne on Monday, exchange data showed. Grindings fell 4.8% to 337,000 "
            "tonnes, the European Cocoa Association said on Thursday.\n")
    claims = _claims(text)
    assert claims["USD 6,725"].period == "2025-10-13"
    assert (claims["4.8%"].source, claims["4.8%"].source_date) == ("European Cocoa Association", "2025-10-09")


def test_row_numbers_and_vessel_names_are_no_claims():
    text = ("Table 1. Transfers\n\n| No. | Date | Receiving vessel | Volume (barrels) |\n|---|---|---|---|\n"
            "| 1 | 14 Sep 2024 | Chon Ma 3 (IMO 8604917) | 52,800 |\n| 2 | 2 Oct 2024 | Un Bong 5 (IMO 8723361) | 61,500 |\n\n"
            "Source: SeaTrace Analytics, vessel-tracking and imagery data provided to the Panel, April 2025.\n\n"
            "The master of the Chon Ma 3 was questioned in March 2025.\n")
    doc = extract_text(text)
    assert [c.text for c in doc.claims] == ["52,800", "61,500"]
    assert {s.text: s.reason for s in doc.set_aside}["1"] == "list_number"
    assert doc.claims[0].source_date == "2025-04"


def test_a_rows_band_label_is_no_claim_and_tells_the_rows_apart():
    text = ("Table 3. Holdings by size band\n\n"
            "Holding size        Farms     Area (ha)\n"
            "<5 ha                 812        2,140\n"
            "5–20 ha               640        7,930\n"
            "50 and over            75       11,400\n\n"
            "| Age group | Members | Share |\n|---|---|---|\n| 25–34 | 1,265 | 18% |\n| 65+ | 1,310 | 19% |\n")
    doc = extract_text(text)
    reasons = {s.text: s.reason for s in doc.set_aside}
    assert all(reasons.get(band) == "category" for band in ("5 ha", "5–20 ha", "50", "25–34", "65")), reasons
    claims = {c.text: c for c in doc.claims}
    assert "812" in claims and "1,310" in claims and "18%" in claims
    assert claims["640"].measure_key != claims["75"].measure_key  # the bands are different groups
    assert claims["1,265"].measure_key != claims["1,310"].measure_key


def test_a_study_tables_summary_rows_give_a_count_its_percentage_and_a_mean_its_unit():
    text = ("Table 1. Baseline characteristics\n\n"
            "Characteristic                    Treated        Control        p\n"
            "                                  (n = 1,204)    (n = 1,190)\n"
            "Women, n (%)                      633 (52.6)     601 (50.5)     0.31\n"
            "Age, years, mean (SD)             58.3 (11.2)    57.6 (10.8)    0.42\n"
            "Waist, cm, median (IQR)           96 (88–104)    95 (87–103)    <0.001\n"
            "Weekly exercise ≥150 min, n (%)   410 (34.1)     388 (32.6)     0.44\n")
    doc = extract_text(text)
    claims = {c.text: c for c in doc.claims}
    assert claims["633"].unit is None and claims["52.6"].unit == "percent"  # a count, then its share
    assert claims["58.3"].unit == claims["11.2"].unit == "years"
    assert claims["96"].unit == "centimeters"
    assert claims["0.31"].unit == claims["0.001"].unit == "p-value"  # the p column
    assert {s.text: s.reason for s in doc.set_aside}["150 min"] == "category"  # a bound inside the label
    assert claims["34.1"].unit == "percent"


@pytest.mark.parametrize("text", ["Rates of type 2 diabetes rose.", "In Model 1 HR 1.51 was reported."])
def test_a_kinds_number_is_no_claim_and_hr_is_no_hour(text):
    claims = _claims(text)
    assert not any(c.value in (1.0, 2.0) for c in claims.values()), claims


def test_a_newswires_own_name_without_its_media_word_is_the_publisher():
    text = ("KILIMA NEWSWIRE | COMMODITIES\n\nCOFFEE GROWERS WAIT FOR RAIN\n\n"
            "The detour burns an extra 3,000 tonnes of fuel per round trip, a Mombasa-based fuel broker told Kilima.\n")
    assert _claims(text)["3,000 tonnes"].source is None


@pytest.mark.parametrize(
    "text,figure,source",
    [
        ("Land records at the Lands Commission show that 4,000 hectares were sold in 2024.", "4,000 hectares",
         "Lands Commission"),
        # a newspaper names itself by its head word
        ("THE KILIMA DISPATCH | INVESTIGATIONS\n\nAn investigation by the Dispatch found 41 unlicensed trawlers.",
         "41", None),
    ],
)
def test_records_held_by_a_body_and_a_papers_own_findings(text, figure, source):
    assert _claims(text)[figure].source == source


def test_a_sentence_between_two_citations_keeps_the_bodys_country():
    text = ("In Ghana, an audit by the Fisheries Commission found that 23 of the 76 licensed trawlers under-declared "
            "catches. Landings fell from 18,400 tonnes in 2022 to 11,900 tonnes in 2024. The audit also found that "
            "14% of catches were never recorded.\n")
    claims = _claims(text)
    assert claims["23"].source == claims["18,400 tonnes"].source == "Fisheries Commission (Ghana)"


def test_a_row_source_cell_is_dated_where_the_note_cites_that_source():
    text = ("Table 1. Military expenditure, US$bn\n\n"
            "Country    |  2023 |  2024 | Source\n"
            "-----------+-------+-------+--------\n"
            "Arvania    |  54.2 |  61.8 | SIPRI\n"
            "Belmark    |  30.1 |  38.5 | NDC\n\n"
            "Sources: SIPRI Military Expenditure Database (April 2025); Northern Defence Compact (NDC), Defence "
            "Expenditure of Member States (June 2025).\n")
    claims = _claims(text)
    assert (claims["54.2"].source, claims["54.2"].source_date) == ("Stockholm International Peace Research Institute", "2025-04")
    assert (claims["38.5"].source, claims["38.5"].source_date) == ("Northern Defence Compact", "2025-06")


def test_a_months_edition_of_a_work_is_dated_in_the_documents_year():
    text = ("WASHINGTON, 20 September 2025\n\nThe US Department of Agriculture (USDA) puts the crop at 28.5 million "
            "tonnes in its September World Agricultural Supply and Demand Estimates (WASDE). The IMF raised its "
            "growth forecast to 3.1% in its October update.\n")
    claims = _claims(text)
    assert claims["28.5 million tonnes"].source_date == "2025-09"
    assert claims["3.1%"].source_date == "2024-10"  # (no October 2025 yet: the latest October before the date)


def test_a_figure_assumed_in_a_bodys_work_is_the_bodys():
    text = ("Under the Medium-Term Fiscal Framework (MTFF) published by the Ministry of Finance (MoF) in August 2025, "
            "spending rises. We expect real growth of 1.6% in FY2025/26, against 1.8% assumed in the MTFF.\n")
    assert _claims(text)["1.8%"].source == "Ministry of Finance"


def test_ratios_named_in_prose_and_in_a_column_header():
    text = ("The median house price was 8.3 times median earnings in 2024. In London the ratio was 11.1.\n\n"
            "Table 2: Affordability ratios, 2024\n\n| Local authority | Median price (GBP) | Ratio |\n|---|---|---|\n"
            "| Oxford | 450,000 | 11.3 |\n| Burnley | 121,000 | 3.9 |\n")
    claims = _claims(text)
    assert claims["11.1"].unit == "ratio" and claims["11.3"].unit == "ratio"
    assert claims["8.3 times"].unit == "times" and claims["450,000"].unit == "GBP"


def test_a_currency_code_the_document_declares():
    text = ("The programme was to cost CVD 38.6 billion (Calvarian dollars). At the central bank's rate of "
            "CVD 147.3 per US dollar, that is about USD 262 million.\n\n"
            "Table 1. Contracts\n\n| Facility | Beds | Original contract (CVD million) |\n|---|---|---|\n"
            "| Bramal Hospital | 320 | 9,850 |\n| Ostrek Hospital | 150 | 4,120 |\n\n"
            "Source: Ministry of Health, June 2025.\n\nGDP 4.2 billion.\n")
    claims = _claims(text)
    assert (claims["CVD 38.6 billion"].unit, claims["CVD 38.6 billion"].value) == ("CVD", 38.6e9)
    assert (claims["9,850"].unit, claims["9,850"].value) == ("CVD", 9.85e9)
    assert claims["4.2 billion"].currency is None  # (an acronym the document declares no currency)


@pytest.mark.parametrize("declaration", ["(KSD being the Kestrian dinar)", "KSD is the Kestrian dinar.", "(KSD = Kestrian dinar)"])
def test_a_currency_code_declared_by_naming_it_after(declaration):
    text = f"From 1 May the fee rises from KSD 1,200 to KSD 1,310 a month {declaration} The hourly rate goes from KSD 7.10 to KSD 7.75."
    claims = _claims(text)
    assert (claims["KSD 1,310"].unit, claims["KSD 1,310"].kind) == ("KSD/month", "level")
    # ("goes from ... to" is a change, not a range)
    assert (claims["KSD 7.10"].kind, claims["KSD 7.75"].kind, claims["KSD 7.75"].currency) == ("previous", "level", "KSD")


def test_a_range_between_two_amounts_in_a_declared_currency_code():
    text = ("The Tarvian mark (TVM) is the budget's unit. Reform would cost between TVM 12 billion and "
            "TVM 18 billion, or about TVM 15 billion on average.")
    claims = _claims(text)
    whole = claims["TVM 12 billion and TVM 18 billion"]
    assert (whole.low, whole.high, whole.unit) == (12e9, 18e9, "TVM")
    assert claims["TVM 15 billion"].qualifier == "approximate"


def test_a_post_on_x_is_a_social_media_source():
    text = "Executives shared bonuses worth KES 310 million, according to a post on X by an anonymous account."
    claim = _claims(text)["KES 310 million"]
    assert (claim.source, claim.source_kind) == ("X (formerly Twitter)", "social_media")


@pytest.mark.parametrize(
    "text,figure,source",
    [
        # an office holder speaks for the body of their office
        ('Mr Tomas Herel, Permanent Secretary of the Ministry of Health, told the audit team that "around 600 '
         'patients a month are being sent to the capital".', "600", "Ministry of Health"),
        ("The response was signed by the Permanent Secretary of the Ministry of Health. The Ministry also said that "
         "410 of the 1,180 planned beds were already in use.", "410", "Ministry of Health"),
        # "per US dollar" names a currency, not the country the ministry belongs to
        ("At a rate of CVD 147.3 per US dollar, that is about USD 354 million. The Ministry of Health has approved "
         "63 variation orders.", "63", "Ministry of Health"),
    ],
)
def test_offices_and_currencies_do_not_change_the_body(text, figure, source):
    assert _claims(text)[figure].source == source


def test_a_column_of_a_count_in_millions_under_a_lower_case_work_of_a_body():
    text = ("Table 1. Doses\n\n| Country | Doses delivered (million) |\n|---|---|\n| Nigeria | 3.20 |\n| Ghana | 1.35 |\n\n"
            "Source: UNICEF Supply Division, malaria vaccine shipment tracker, June 2025.\n")
    claim = _claims(text)["3.20"]
    assert (claim.value, claim.unit, claim.source_date) == (3.2e6, "doses", "2025-06")


@pytest.mark.parametrize(
    "text,figure,date",
    [
        ("UNICEF awarded a supply agreement for 18 million doses, according to a UNICEF award notice dated "
         "12 March 2025.", "18 million", "2025-03-12"),
        ("The Ministry of Health had recovered USD 412 million, according to its response of 29 August 2025 to "
         "our draft report.", "USD 412 million", "2025-08-29"),
    ],
)
def test_a_notice_or_a_response_is_a_dated_work(text, figure, date):
    assert _claims(text)[figure].source_date == date


@pytest.mark.parametrize(
    "text,figure,unit",
    [
        ("The vaccine costs EUR 9.30 per dose, equivalent to about USD 10.90 at the reference rate.", "USD 10.90",
         "USD/dose"),
        ("In February 2025 the firm cut its per-kilometre rate for standard cars from KES 470 to KES 400.", "KES 400",
         "KES/kilometre"),
        ("The survey found median gross earnings of KES 412 for each hour logged in to the app.", "KES 412", "KES/hour"),
    ],
)
def test_money_rates_written_around_the_figure(text, figure, unit):
    assert _claims(text)[figure].unit == unit


def test_a_count_per_so_many_people_is_a_rate():
    claims = _claims("Calvaria has 2.1 hospital beds per 1,000 people, against a regional average of 2.9. There are "
                     "14 doctors per 10,000 inhabitants.")
    assert claims["2.1"].unit == claims["2.9"].unit == "beds/1,000 people"
    assert claims["14"].unit == "doctors/10,000 inhabitants"


def test_the_report_also_found_continues_across_an_uncredited_sentence():
    text = ("A survey of 1,240 drivers by the Digital Transport Workers Union (DTWU), published on 3 June 2025, found "
            "median earnings of KES 412 an hour. After costs, earnings fell to KES 188 an hour.\n\n"
            "The report also found that 57% of respondents worked more than 12 hours a day.\n\n"
            "The firm handled 6.4 million orders last year, the document shows.\n")
    claims = _claims(text)
    assert claims["57%"].source == "Digital Transport Workers Union"
    assert claims["6.4 million"].source is not None


@pytest.mark.parametrize(
    "text,figure,source",
    [
        # a state the place list does not know owns the ministry, as a known one does
        ("Velmora's Ministry of Finance said 1,400 firms closed in 2024.", "1,400", "Ministry of Finance (Velmora)"),
        ("Velmora is dry. The Velmoran Ministry of Water said 61% of wells failed.", "61%", "Ministry of Water (Velmora)"),
        ("Ostrin exports grain. The Ostrinese Ministry of Trade estimates that 2.3 million tonnes left port.",
         "2.3 million tonnes", "Ministry of Trade (Ostrin)"),
        # a demonym of no place the text names stays as written
        ("The Velmoran Ministry of Water said 61% of wells failed.", "61%", "Velmoran Ministry of Water"),
        # a known country keeps the place list's name
        ("Kenya's Ministry of Finance said 1,400 firms closed in 2024.", "1,400", "Ministry of Finance (Kenya)"),
        # the defined acronym and "the ministry" keep the state
        ("Velmora's Ministry of Health (MoH) runs 310 clinics. The MoH said 40% of them lack water.", "40%",
         "Ministry of Health (Velmora)"),
        ("Velmora's Ministry of Mines and Energy (MME) plans to spend $4.6 billion on grids by 2028, the ministry said.",
         "$4.6 billion", "Ministry of Mines and Energy (Velmora)"),
    ],
    ids=["possessive", "demonym", "demonym-ese", "demonym-of-no-named-place", "known-country", "acronym",
         "the-ministry-after-acronym"],
)
def test_a_ministry_of_a_state_the_place_list_does_not_know(text, figure, source):
    assert _claims(text)[figure].source == source


@pytest.mark.parametrize(
    "text,figure,source",
    [
        ("In all, 1,200 cases were recorded in 2024 in Velmora.", "1,200", None),
        ("About 1,200 cases were counted in Velmora last year.", "1,200", None),
        ("The trial of 1,200 patients was published in Nature in 2024.", "1,200", "Nature"),
    ],
    ids=["recorded-in-a-place", "counted-in-a-place", "published-in-a-venue"],
)
def test_one_title_word_after_recorded_in_is_a_place_but_a_work_is_published_in_a_venue(text, figure, source):
    assert _claims(text)[figure].source == source


@pytest.mark.parametrize(
    "text,figure,unit",
    [
        ("The number of people aged 16 and over in work was put at 3.48 million.", "3.48 million", "people"),
        ("The number of part-time workers was little changed at around 412,000.", "412,000", "workers"),
        ("The number of job vacancies was 96,000 in the quarter.", "96,000", "vacancies"),
        ("The number of people in work rose by 2.1% to 5.2 million.", "5.2 million", "people"),  # (a change between)
        ("The number of pupils enrolled would rise by about 3,100, to nearly 88,000 in 2027.", "3,100", "pupils"),
        ("The number of pupils enrolled would rise by about 3,100, to nearly 88,000 in 2027.", "88,000", "pupils"),
        ("The number of nurses in post has been revised down by 600 to 41,200.", "41,200", "nurses"),
        # (an irregular plural; a modifier in capitals)
        ("The number of children on the register fell by about 2,400.", "2,400", "children"),
        ("The number of ESOL adult learners rose by 1,150 last year.", "1,150", "learners"),
    ],
)
def test_the_number_of_a_noun_as_subject_is_what_its_figure_counts(text, figure, unit):
    assert _claims(text)[figure].unit == unit


@pytest.mark.parametrize(
    "text,figure,unit",
    [
        ("Enrolment of apprentices rose by 2,300 apprentices over the year, to 61,700.", "61,700", "apprentices"),
        ("The fleet grew by 14 vessels on the quarter to 212.", "212", "vessels"),
        ("Output rose by 4% to 3,100 tonnes.", "3,100 tonnes", "metric tons"),  # (its own unit, not the percent)
    ],
)
def test_a_level_after_a_counted_change_by_then_to_counts_the_same_noun(text, figure, unit):
    assert _claims(text)[figure].unit == unit


@pytest.mark.parametrize(
    "text,figure,unit",
    [
        ("The plan aims to reach 2.4 million of the 3.1 million people in need.", "2.4 million", "people"),
        ("Inspectors visited 1.2 thousand of the 4.5 thousand sites listed.", "1.2 thousand", "sites"),
    ],
)
def test_a_part_of_a_scaled_whole_counts_the_wholes_noun(text, figure, unit):
    assert _claims(text)[figure].unit == unit


def test_per_united_states_dollar_is_a_rate_not_a_source():
    claim = _claims("The official rate was KES 129 per United States dollar.")["KES 129"]
    assert (claim.unit, claim.source) == ("KES/USD", None)


@pytest.mark.parametrize(
    "text,figure,unit",
    [
        ("The centre recorded 46 such transfers in 2024.", "46", "transfers"),
        ("The agency hired 12 more inspectors last year.", "12", "inspectors"),
        ("Employment was 24,000 more than in 2023.", "24,000", "people"),  # (not "more")
    ],
)
def test_a_determiner_between_a_count_and_its_noun(text, figure, unit):
    assert _claims(text)[figure].unit == unit


def test_a_counting_adjective_does_not_narrow_the_measure():
    keys = _claims("The centre counted 19 distinct vessels. The ships carried 12 female sailors.")
    assert not any(k.startswith("+") for k in keys["19"].measure_key)
    assert "+female" in keys["12"].measure_key


def test_the_country_is_the_one_the_sentence_before_opens_with():
    claims = _claims("Kyrgyzstan relies more than Georgia on wages earned abroad. "
                     "Transfers to the country came to about $3.1 billion in 2023.")
    assert claims["$3.1 billion"].places == ("Kyrgyzstan",)
    assert _claims("Transfers to the country came to about $3.1 billion in 2023.")["$3.1 billion"].places == ()


def test_a_relative_clause_figure_measures_the_noun_phrase_it_describes():
    claim = _claims("Mobile payments, which the World Bank says cost about 3.9% on average, are growing.")["3.9%"]
    assert {"mobile", "payment"} <= set(claim.measure_key)


def test_a_footnote_number_glued_to_a_name_is_no_part_of_it():
    claim = _claims("Bank records obtained by the Monitoring Unit18 show that the firm received 32.8 million euros.")[
        "32.8 million euros"]
    assert claim.source == "Monitoring Unit"


def test_a_footnote_number_glued_to_the_reporting_verb():
    claim = _claims("On 20 February 2025 the Government of Velmora stated16 that some 2,300 workers were employed.")["2,300"]
    assert claim.source == "Government of Velmora"


@pytest.mark.parametrize(
    "text,figure,unit",
    [
        ("Total hours worked were 178.0 million in 2024.", "178.0 million", "hours"),
        ("Arrivals were 11,575 in March.", "11,575", "arrivals"),
        ("The results were 12 in total.", "12", None),
    ],
)
def test_a_plural_subject_and_were_name_what_a_bare_count_counts(text, figure, unit):
    assert _claims(text)[figure].unit == unit


def test_a_participle_after_a_figure_narrows_that_figure_only():
    claims = _claims("Net profit of £72.5 million was 3% above the £70.4 million consensus of analysts "
                     "polled by LSEG, on sales of £610.3 million.")
    assert claims["£70.4 million"].source == "London Stock Exchange Group"
    assert [claims[f].source for f in ("£72.5 million", "3%", "£610.3 million")] == [None, None, None]
    # a participle that opens the sentence's subject credits the whole sentence
    claims = _claims("Data compiled by Kpler show 1.2 million barrels a day in March, up 18% year on year.")
    assert claims["18%"].source == "Kpler"


def test_each_part_listed_after_of_which_is_named_by_its_own_words():
    claims = _claims("The regulator told us the pipeline held 512 GW of schemes, of which 190 GW was onshore wind, "
                     "150 GW hydrogen, 98 GW nuclear and 74 GW tidal.")
    assert set(claims["150 GW"].measure_key) == {"hydrogen"}


def test_the_pronoun_us_is_no_measure_word():
    claim = _claims("The board told us that the backlog held 612 GW of schemes.")["612 GW"]
    assert "us" not in claim.measure_key


@pytest.mark.parametrize(
    "text,figure,source,date",
    [
        # a year a series starts from, inside an aside, is no date of the work
        ("In data released in May 2024, the International Energy Agency (IEA), whose statistics offer series "
         "from 1971 for most members, estimated that investment reached $1,740 billion in 2023.",
         "$1,740 billion", "International Energy Agency", "2024-05"),
        # a cited work closes its citation: the words after its comma are the sentence's own
        ("7. Looking ahead, the Board observed that even on the 3.9% growth path set out in the IMF's "
         "January 2025 World Economic Outlook, the slack would be absorbed only in 2028, allowing gradual cuts.",
         "3.9%", "International Monetary Fund", "2025-01"),
        # an opening clause that dates the work of the body named after it
        ("In a 1998 assessment, the International Energy Agency put global spending at $140 billion.",
         "$140 billion", "International Energy Agency", "1998"),
        # a year in the work's name, then the month it was finished
        ("The World Bank's 2024 Country Economic Memorandum for Sorvia, completed in October 2024, "
         "put the informal sector at 38% of employment.",
         "38%", "World Bank", "2024-10"),
    ],
    ids=["series-from-a-year", "work-then-comma", "dated-work-opening", "finished-in-month"],
)
def test_the_date_of_a_work_not_a_year_near_it(text, figure, source, date):
    claim = _claims(text)[figure]
    assert (claim.source, claim.source_date) == (source, date)


def test_a_month_without_a_year_is_a_month_of_the_documents_year():
    claims = _claims("Quarterly Bulletin, 20 September 2025\n\n"
                     "In July, core inflation stood at 4.2% year on year, up from 3.9% in June.")
    assert (claims["4.2%"].period, claims["3.9%"].period) == ("2025-07", "2025-06")
    # with no document date, no year is guessed
    assert _claims("In July, core inflation stood at 4.2% year on year.")["4.2%"].period is None


def test_a_month_after_a_figure_is_when_not_what_of():
    claim = _claims("Consumer price inflation slowed to 3.1% in March 2024.")["3.1%"]
    assert not any(k.startswith("^") for k in claim.measure_key)


@pytest.mark.parametrize(
    "text,figure,mark",
    [
        ("The activity rate for women aged 25 to 54 was 81.3% in 2024.", "81.3%", "@age25-54"),
        ("| All people aged 21 to 64 | 79.2 | 78.9 |", "79.2", "@age21-64"),
        ("The NEET rate for 18 to 24 year olds was 13%.", "13%", "@age18-24"),
        ("Unemployment among people aged 65 and over was 2.1%.", "2.1%", "@age65-+"),
    ],
)
def test_an_age_group_marks_the_measure(text, figure, mark):
    assert mark in _claims(text)[figure].measure_key


def test_the_bank_in_the_banks_own_statement_is_the_publisher():
    text = ("BANK OF VELMORA\nMonetary Policy Statement\n\n"
            "The World Bank's June 2025 outlook puts growth at 4.3% in 2025. The staff projection, prepared with the "
            "Bank's Quarterly Projection Model, sees inflation averaging 6.3% in 2025.")
    claims = _claims(text)
    assert (claims["4.3%"].source, claims["6.3%"].source) == ("World Bank", None)


def test_a_rate_named_after_a_bank_is_no_body():
    claims = _claims("The Board cut the Central Bank Rate (CBR) by 25 basis points. In the Bank's May 2025 "
                     "survey of 240 companies, expected inflation eased to 4.9%.")
    assert claims["4.9%"].source != "Central Bank Rate"


def test_a_response_after_a_rule_line_has_its_own_publisher():
    text = ("VELMORA MINING PLC\nQuarterly production report\n\n"
            "Velmora Mining reports zinc output of 18,200 tonnes in the quarter.\n\n"
            "------------------------------------------------------------\n\n"
            "RESPONSE FROM THE VELMORA MINING OBSERVATORY\nPort Selva, 7 August 2025\n\n"
            "Velmora Mining reports zinc output of 18,200 tonnes, but 1,100 workers are paid below the minimum wage.\n")
    claims = [c for c in extract_text(text).claims if c.text == "18,200 tonnes"]
    assert [c.source for c in claims] == [None, "Velmora Mining plc"]  # (its name in full, from the capitals heading)
    # a rule line before a body's own sections opens no new part
    assert [c.source for c in _claims("VELMORA MINING PLC\nQuarterly report\n\n-----------\n\n1. Summary\n\n"
                                      "Velmora Mining reports output of 18,200 tonnes.").values()] == [None]


def test_a_document_that_carries_a_later_response_is_as_new_as_the_response():
    text = ("VELMORA MINING PLC\nPort Selva, 24 July 2025\n\nOutput rose to 18,200 tonnes.\n\n"
            "------------------------------------------------------------\n\n"
            "RESPONSE FROM THE VELMORA MINING OBSERVATORY\nPort Selva, 7 August 2025\n\n"
            "Reuters reported on 30 July 2025 that 1,100 workers are paid below the minimum wage.\n")
    assert extract_text(text).document_date == "2025-08-07"
    assert extract_text(text.split("-----")[0]).document_date == "2025-07-24"


@pytest.mark.parametrize(
    "text,figure,source",
    [
        ("The UK economy grew. Britain cut taxes. The United Kingdom borrowed more. "
         "The Treasury said borrowing was £12 billion in 2024.", "£12 billion", "HM Treasury"),
        ("The US deficit widened. The Treasury said borrowing was $1.8 trillion in 2024.", "$1.8 trillion",
         "U.S. Department of the Treasury"),
        # a document in another currency that never names the United States (but for "US dollar")
        ("The Velmoran dinar (VLD) traded at VLD 118 per US dollar. The Treasury has announced the clearance "
         "of VLD 4.2 billion of arrears.", "VLD 4.2 billion", "Treasury"),
    ],
    ids=["uk-document", "us-document", "other-currency"],
)
def test_the_treasury_written_bare_is_the_documents_countrys(text, figure, source):
    assert _claims(text)[figure].source == source


def test_the_verb_put_is_no_measure_word():
    claim = _claims("The agency's estimates put Chilean lithium output at 49,000 tonnes in 2024.")["49,000 tonnes"]
    assert "put" not in claim.measure_key


def test_a_title_as_a_share_of_gdp_gives_bare_cells_their_unit():
    claims = _claims("Table 3: Public debt as a percentage of GDP, 2024\n\n| Country | 2024 |\n|---|---|\n| Peru | 33.9 |\n")
    assert (claims["33.9"].unit, claims["33.9"].kind) == ("percent of GDP", "share")


def test_a_reference_list_spells_out_the_acronyms_its_citations_use():
    text = ("Copper output rose 6% to 2.9 Mt in 2024 (INEI, 2025).\n\n"
            "| Producer | Output (Mt) | Source |\n|---|---|---|\n| Peru | 2.7 | MINEM (2025) |\n\n"
            "References\n\n"
            "INEI (2025) Peru: Panorama de la Economia. Lima: Instituto Nacional de Estadistica e Informatica.\n"
            "MINEM (2025) Boletin Estadistico Minero. Lima: Ministerio de Energia y Minas.\n")
    claims = _claims(text)
    assert (claims["2.9 Mt"].source, claims["2.9 Mt"].source_date) == ("Instituto Nacional de Estadistica e Informatica", "2025")
    # a table cell's "(2025)" is the citation's year, not part of the name
    assert (claims["2.7"].source, claims["2.7"].source_date) == ("Ministerio de Energia y Minas", "2025")


def test_a_citation_in_parentheses_covers_its_figure_not_the_writers_clause_after_it():
    claims = _claims("At the average carbon price of about €70 per tonne (OECD, 2024), the levy would raise "
                     "roughly €2.1 billion a year. Output was 30 Mt in 2023 (IEA, 2024), up from 28 Mt in 2022.")
    assert claims["€70"].source == "Organisation for Economic Co-operation and Development"
    assert claims["€2.1 billion"].source is None
    # a comparison after the citation is still the cited figure's
    assert claims["28 Mt"].source == "International Energy Agency"


def test_a_speaker_who_heads_a_bodys_unit_speaks_for_the_body():
    text = ('"The backlog is growing," said Tomas Ferreira-Lind, who heads the UNHCR\'s resettlement unit in Nairobi.\n\n'
            "He said the agency had registered more than 4,300 claims so far this year.")
    assert _claims(text)["4,300"].source == "UN High Commissioner for Refugees"


def test_a_quote_closed_by_it_said_is_the_last_speakers():
    text = ('Xinhua said on Monday that the figures were wrong. Farmers "earn twice the national average '
            'and harvested 12 million tonnes," it said. "Our mills ran at 94% of capacity," he wrote.')
    claims = _claims(text)
    assert claims["12 million tonnes"].source == "Xinhua News Agency"
    assert claims["94%"].source is None  # "he" is no agency: no person spoke before


def test_a_row_label_rate_per_n_people_gives_a_bare_cell_its_unit():
    text = ("| Indicator | 2023 | Source |\n|---|---|---|\n"
            "| Malaria incidence (per 1,000 people) | 48 | WHO, December 2024 |\n"
            "| Clinics (per 10,000 people) | 2.1 | WHO, December 2024 |\n")
    claims = _claims(text)
    assert claims["48"].unit == "cases/1,000 people"
    assert claims["2.1"].unit == "per 10,000 people"


def test_a_datelines_city_is_no_place_of_the_lead_figure():
    claims = _claims("NAIROBI, May 3 (Rift News) - Farmers planted about 410,000 hectares of maize this season, "
                     "the union said.")
    assert claims["410,000 hectares"].places == ()


def test_putting_the_number_of_a_noun_at_a_figure_counts_the_noun():
    claims = _claims("The survey put the number of Nepali domestic workers in Lebanon at 14,500 in 2024.")
    assert claims["14,500"].unit == "workers"


def test_a_population_row_counts_people():
    claims = _claims("| Indicator | 2024 |\n|---|---|\n| Population | 6.3 million |\n| Total population (mid-year) | 6,310,000 |\n")
    assert claims["6.3 million"].unit == claims["6,310,000"].unit == "people"


def test_the_think_tank_is_the_think_tank_named_before():
    text = ("A May 2025 report by the Vilnius-based Institute for Baltic Security Studies counted 41 incidents. "
            "Radar data reviewed by the think tank showed 9 of them near cables.")
    assert _claims(text)["9"].source == "Institute for Baltic Security Studies"


def test_a_count_the_pronoun_made_is_the_last_sources():
    text = ("At $2 a jerrycan, a family spends roughly $30 a month on water, the Sahel Observatory's survey calculated. "
            "Of the roughly 2,700 wells it counted, 800-900 were dry.")
    claims = _claims(text)
    assert claims["2,700"].source == claims["800-900"].source == "Sahel Observatory"


def test_the_trial_continues_the_citation_of_the_trial():
    text = ("A booster cut hospital admissions by 61% in a phase 3 trial (NEJM, 2023). "
            "The trial enrolled 12,400 adults over 65.")
    claim = _claims(text)["12,400"]
    assert claim.source == _claims(text)["61%"].source is not None


def test_in_the_survey_of_a_named_body_credits_the_body_not_the_survey_cited_before():
    text = ("Unemployment fell to 6.1%, according to the Statistics Office's Labour Force Survey. The same survey "
            "found 12,000 more jobs.\n\nIn the annual pay survey of the Marovian Employers Federation, published "
            "on 3 May 2025, 41% of the 610 firms polled planned raises.")
    claims = _claims(text)
    assert (claims["41%"].source, claims["41%"].source_date) == ("Marovian Employers Federation", "2025-05-03")


def test_a_gas_formula_keeps_its_digit_in_the_measure():
    claim = _claims("Fossil CO2 emissions reached 38.1 Gt in 2024, and methane (CH4) 0.36 Gt.")["38.1 Gt"]
    assert "co2" in claim.measure_key and "CO2" in claim.measure


def test_a_firm_named_again_by_its_trade_is_the_firm():
    text = ("Ostrava Copper reported net profit of $51 million for 2024, the company said on 3 March 2025. "
            "Revenue rose by 6% to $420 million, the miner said.")
    claims = _claims(text)
    assert claims["$420 million"].source == claims["6%"].source == "Ostrava Copper"


def test_told_reporters_somewhere_on_a_day_dates_the_statement():
    text = "Output will reach 30,000 tonnes in 2026, trade minister Jan Novak told reporters in Brno on 9 May 2025."
    assert _claims(text)["30,000 tonnes"].source_date == "2025-05-09"


def test_the_same_statement_is_the_sources_last_dated_statement():
    text = ("The courier firm Boda Swift said on 14 August 2025 that it had 48,000 active riders.\n\n"
            "Riders say their earnings have fallen. In the same statement, Boda Swift said it had insured 17,300 riders.")
    assert _claims(text)["17,300"].source_date == "2025-08-14"


def test_in_a_results_story_the_company_and_its_titled_officers_speak_for_the_storys_company():
    text = ("Morvik Salmon profit climbs 9% on strong prices\n\n"
            "Morvik Salmon said on 2 April 2025 that net profit rose to NOK 1.2 billion. Morvik shares rose 2% "
            "this year, according to data from the Oslo Stock Exchange.\n\n"
            "Chief executive Kari Lunde told reporters that the company expected to harvest 64,000 tonnes in 2025. "
            "Lunde said costs would fall to NOK 58 per kg. Morvik will report again in May.\n")
    claims = _claims(text)
    assert claims["64,000 tonnes"].source == claims["NOK 58"].source == "Morvik Salmon"


def test_a_firms_name_without_its_legal_form_is_the_firm_the_text_names_with_it():
    text = ("Brennvik Timber AB (BRTB.ST) reported revenue of SEK 4.1 billion for 2025.\n\n"
            "Brennvik Timber said net debt fell to SEK 820 million at the end of the year.")
    claims = _claims(text)
    assert claims["SEK 820 million"].source == claims["SEK 4.1 billion"].source == "Brennvik Timber AB"


def test_a_minister_of_a_field_speaks_for_that_ministry_on_the_day_the_sentence_opens_with():
    text = "On 9 May 2025, Dr Jonas Lind, the Minister of Forestry, told the committee that felling fell by 12% in 2024."
    claim = _claims(text)["12%"]
    assert (claim.source, claim.source_date) == ("Ministry of Forestry", "2025-05-09")


def test_the_minister_speaks_for_the_ministry_named_before_and_she_confirmed_continues():
    text = ("The Ministry of Forestry and Wildlife (the Ministry) issued 310 permits in 2024.\n\n"
            "In oral evidence on 9 May 2025, the Minister, Dr Maria Lind, told us that fees would rise by 8% in 2026. "
            "She confirmed that 40 of the Ministry's 250 ranger posts were vacant.")
    claims = _claims(text)
    for figure in ("8%", "40", "250"):
        assert (claims[figure].source, claims[figure].source_date) == ("Ministry of Forestry and Wildlife", "2025-05-09"), figure


@pytest.mark.parametrize("text,figure,date", [
    ("The Ministry of Energy said in a statement on Thursday, 3 July 2025, that 45% of power must be renewable.",
     "45%", "2025-07-03"),
    ("Tarvo, 4 July 2025\n\nThe Ministry of Energy said in a statement on Thursday, 3 July, that 45% of power must be "
     "renewable.", "45%", "2025-07-03"),
    ("The Ministry of Health reported 2,377 suspected measles cases as of 9 March 2025.", "2,377", "2025-03-09"),
    ("As of 17 October 2025, donors had provided US$88.4 million, according to the Financial Tracking Service (FTS).",
     "US$88.4 million", "2025-10-17"),
])
def test_a_weekday_before_a_day_and_a_status_as_of_a_day_date_the_statement(text, figure, date):
    assert _claims(text)[figure].source_date == date


def test_a_table_with_quarter_columns_and_a_title_unit_gives_cells_their_unit_and_quarter():
    text = ("Table 3: Crude output by producer group (mb/d)\n\n"
            "Group           3Q24    4Q24    2024\n"
            "OPEC            26.7    26.9    26.8\n"
            "Non-OPEC        51.2    51.6    51.3\n")
    claim = _claims(text)["26.9"]
    assert (claim.value, claim.unit, claim.period) == (26_900_000.0, "barrels per day", "2024-10/2024-12")


def test_data_from_a_place_is_where_the_data_come_from_not_a_source():
    claims = _claims("Imports were revised down by 35 kb/d on weak data from Chile and Peru. "
                     "Speed test data from Opensignal show a median speed of 18.2 Mbit/s.")
    assert claims["35 kb/d"].source is None
    assert claims["18.2 Mbit/s"].source == "Opensignal"


def test_the_minister_of_a_field_before_a_comma_and_a_name_is_that_fields_ministry():
    text = "The Minister of Forestry, Dr Jonas Lind, told the committee that felling fell by 12% in 2024."
    assert _claims(text)["12%"].source == "Ministry of Forestry"


def test_the_place_a_figure_is_ranked_in_is_not_its_place():
    claims = _claims("Norland's defence spending rose by 28% in 2024, one of the fastest rises in Europe. "
                     "Spending in Asia grew by 7%, the fastest in a decade.")
    assert "Europe" not in claims["28%"].places
    assert claims["7%"].places == ("Asia",)


def test_a_unit_column_gives_each_row_its_unit_under_a_ruled_header():
    text = (
        "Table 3  Operating indicators\n\n"
        "Indicator            Unit        FY2023      FY2024\n"
        "---------------------------------------------------\n"
        "Scope 1 emissions    tCO2e       812,400     790,100\n"
        "Scope 2 emissions    tCO2e        96,300      88,700\n"
        "Freshwater use       m3          1,204,000   1,150,500\n"
        "Recycled share       %           41.2        44.8\n"
        "Kiln intensity       kgCO2e/t    701         688\n"
        "---------------------------------------------------\n"
    )
    claims = _claims(text)
    assert claims["812,400"].unit == "metric tons CO2e" and claims["812,400"].period == "2023"
    assert claims["1,150,500"].unit == "cubic meters" and claims["1,150,500"].period == "2024"
    assert claims["44.8"].unit == "percent"
    assert claims["701"].unit == "kilograms CO2e/t"
    # the unit cell says how the row measures, not what; the scope's number tells the rows apart
    assert claims["812,400"].measure == "Scope emissions"
    assert "+scope-1" in claims["812,400"].measure_key and "+scope-2" in claims["96,300"].measure_key


@pytest.mark.parametrize(
    "text,figure,unit,value",
    [
        ("Intensity fell to 603 kgCO2e per tonne of product.", "603 kgCO2e", "kilograms CO2e/tonne", 603),
        ("The plant emitted 412 ktCO2e last year.", "412 ktCO2e", "metric tons CO2e", 412_000),
        ("The grid averaged 233 gCO2e/kWh.", "233 gCO2e", "grams CO2e/kWh", 233),
    ],
)
def test_carbon_units_with_their_digit_inside(text, figure, unit, value):
    claim = _claims(text)[figure]
    assert claim.unit == unit and claim.value == value


def test_an_aligned_source_cell_may_be_an_acronym_the_document_defines():
    text = (
        "The Orland Energy Regulator (OER) licenses the grid; the Orland Census Office (OCO) counts homes.\n\n"
        "Indicator                          Baseline   Year   Target   Source\n"
        "Homes with grid power (%)              57      2024      85   OCO\n"
        "Grid losses (%)                        21      2024      12   OER\n"
        "Average outage hours per month         36      2024      10   Utility logs\n"
    )
    claims = _claims(text)
    assert claims["57"].source == "Orland Census Office" and claims["21"].source == "Orland Energy Regulator"
    # the next cell's words count nothing ("Utility logs" is a source cell, not what 10 counts)
    assert claims["10"].source is None and claims["10"].unit == "hours"


@pytest.mark.parametrize(
    "text,figure,source,date",
    [
        ("Exports rose 4% in 2024, according to data released in March 2025 by the Central Bank of Kenya.",
         "4%", "Central Bank of Kenya", "2025-03"),
        ("Jobless claims fell to 3.9% in May, according to figures published on June 3, 2025 by Statistics Canada.",
         "3.9%", "Statistics Canada", "2025-06-03"),
    ],
)
def test_a_work_published_on_a_day_by_its_publisher(text, figure, source, date):
    claim = _claims(text)[figure]
    assert claim.source == source and claim.source_date == date


@pytest.mark.parametrize(
    "text,figure,source,date",
    [
        # a body's own figure named before it credits that figure only
        ("In its October 2025 Regional Outlook, the Asian Development Bank expects Laos to grow 3.6% next year, "
         "above the Ministry of Planning's budget forecast of 3.1%, published in August 2025.",
         "3.6%", "Asian Development Bank", "2025-10"),
        ("In its October 2025 Regional Outlook, the Asian Development Bank expects Laos to grow 3.6% next year, "
         "above the Ministry of Planning's budget forecast of 3.1%, published in August 2025.",
         "3.1%", "Ministry of Planning (Laos)", "2025-08"),
        # a work titled after its subject and its acronym, then its day
        ("Eurostat's EU statistics on household budgets (EU-HBS), published on 2 May 2025, show that 11.2% of "
         "pensioners lived alone in 2024.", "11.2%", "Eurostat", "2025-05-02"),
    ],
)
def test_a_works_title_and_a_bodys_own_forecast(text, figure, source, date):
    claim = _claims(text)[figure]
    assert (claim.source, claim.source_date) == (source, date)


def test_the_later_level_of_from_to_counts_what_the_earlier_does():
    claims = _claims("Ferry crossings fell from 8,240 in 2023 to 7,115 in 2024, a drop of 13.7%.")
    assert claims["8,240"].unit == claims["7,115"].unit == "crossings"


def test_a_plural_acronym_the_text_defines_counts_what_it_spells():
    text = (
        "Some 1.42 million unaccompanied asylum minors (UAMs) were registered (UNHCR, as of 30 June 2025).\n\n"
        "The UNHCR survey, covering 9 countries, counted 1.24 million UAMs as of 30 June 2025. "
        "Half of UAMs (about 700,000 people) live in camps."
    )
    claims = _claims(text)
    first, second = claims["1.42 million"], claims["1.24 million"]
    assert first.unit == second.unit == "minors"
    assert {"+unaccompanied", "+asylum"} <= set(second.measure_key)
    assert first.period == second.period == "2025-06-30"  # the citation's "as of" day is the count's day
    assert "minor" not in claims["700,000"].measure_key  # an acronym named in passing is not the measure


@pytest.mark.parametrize(
    "text",
    [
        "The World Food Programme (WFP) Market Monitor Round 7 counted 310,000 households.",
        "The World Food Programme (WFP) Market Monitor, surveying 42 markets, counted 310,000 households.",
    ],
)
def test_an_edition_or_an_aside_between_a_body_and_its_verb(text):
    assert _claims(text)["310,000"].source == "World Food Programme"


@pytest.mark.parametrize(
    "text,figure",
    [
        # a capitalised title in the appositive
        ('"Only 31% of the wells work," Tomas Eriksen, Country Director at the World Food Programme, said.', "31%"),
        # a quote that runs over two sentences: its speaker follows its end
        ('Donors paid $40 million, according to the finance ministry. "Only 31% of the wells work. Without repairs, '
         'the rest will fail by June," Tomas Eriksen, country director at the World Food Programme, said on 4 May 2025.',
         "31%"),
    ],
)
def test_a_quotes_speaker_after_its_end(text, figure):
    assert _claims(text)[figure].source == "World Food Programme"


def test_a_source_cell_dated_in_brackets():
    text = (
        "Table 1. Households reached, by district\n\n"
        "District       Households   Share (%)   Source\n"
        "Mwanza             12,400          61   District Council (14 Feb 2025)\n"
        "Tabora              8,150          47   UNICEF (3 March 2025)\n"
    )
    claims = _claims(text)
    assert (claims["12,400"].source, claims["12,400"].source_date) == ("District Council", "2025-02-14")
    assert (claims["8,150"].source, claims["8,150"].source_date) == ("UN Children's Fund", "2025-03-03")


def test_a_field_lines_year_in_brackets_is_its_period_not_a_source_date():
    claims = _claims("Real GDP growth rate: 2.1% (2023)\nInflation rate: 4.7% (2023)\n")
    assert claims["2.1%"].source is None and claims["2.1%"].period == "2023"


def test_a_percent_column_under_a_money_title():
    text = (
        "Table 2. Appeal requirements and funding, by sector (USD million)\n\n"
        "Sector          Required     Received     % funded\n"
        "Shelter            120.5         30.1           25\n"
        "Health              88.0         44.0           50\n"
    )
    claims = _claims(text)
    assert (claims["120.5"].value, claims["120.5"].unit) == (120.5e6, "USD")
    assert (claims["25"].value, claims["25"].unit) == (25, "percent")


@pytest.mark.parametrize(
    "text,figure,source",
    [
        ("Shelter Scotland tells me that it housed 4,300 families last winter.", "4,300", "Shelter Scotland"),
        ("The Department for Transport, Roads and Ports's National Travel Survey shows that 62% of trips were by car.",
         "62%", "Department for Transport, Roads and Ports"),
    ],
)
def test_a_body_that_tells_and_a_bodys_titled_work(text, figure, source):
    assert _claims(text)[figure].source == source


def test_a_narrowing_word_inside_the_sources_name_narrows_nothing():
    claims = _claims("Figures from the Ministry of Net Zero and Average Earnings show that 3.1 million households were in fuel poverty in 2023.")
    assert not {"+net", "+average"} & set(claims["3.1 million"].measure_key)
    assert "+net" in _claims("Net migration reached 3.1 million people in 2023.")["3.1 million"].measure_key


@pytest.mark.parametrize(
    "text,figure,unit",
    [
        ("The grant is worth 4.3 billion naira (US$1 = 1,450 naira at the official rate).", "1,450 naira", "NGN/USD"),
        ("The budget was ZMW 3.1 billion (EUR 1 = ZMW 30.2 at the central bank rate of 7 March 2025).", "ZMW 30.2", "ZMW/EUR"),
    ],
)
def test_an_exchange_rate_written_as_an_equation(text, figure, unit):
    doc = extract_text(text)
    claims = {c.text: c for c in doc.claims}
    assert claims[figure].unit == unit and claims[figure].source is None
    assert all(c.value != 1 for c in doc.claims)  # the "1" is what the rate is counted per


def test_a_header_line_naming_a_span_of_days_is_no_row():
    text = (
        "Table 1. Arrivals by country\n"
        "---------------------------------------------------------------\n"
        "Country       Refugees and     New arrivals     Women and\n"
        "              stateless        (1 Feb–30 Apr)   girls (%)\n"
        "---------------------------------------------------------------\n"
        "Marvia          141,200          12,450           84\n"
        "Dalen            96,900           9,730           79\n"
    )
    claims = _claims(text)
    assert claims["12,450"].unit == "arrivals" and claims["84"].unit == "percent"


def test_a_bracketed_citation_closing_an_aligned_key_figures_line():
    text = (
        "KEY FIGURES\n"
        "  Households affected ....... 48,200      (WFP, 3 June 2025)\n"
        "  Schools damaged ........... 312         (UNICEF, 4 June 2025)\n"
        "  Funding required .......... US$74.5M\n\n"
        "OVERVIEW\n\nRains continued.\n"
    )
    claims = _claims(text)
    assert (claims["48,200"].source, claims["48,200"].source_date) == ("World Food Programme", "2025-06-03")
    # a number after dot leaders is a contents line's page only when it ends the line
    assert (claims["312"].source, claims["312"].source_date) == ("UN Children's Fund", "2025-06-04")
    assert claims["US$74.5M"].source is None


def test_an_aligned_source_column_of_author_year_citations():
    text = (
        "Table 2. Selected indicators\n\n"
        "Indicator                          Norland   Sudmark   Source\n"
        "Stunting, under-fives (%)             31.4      18.9     NSO (2022); CSB (2021)\n"
        "Health spending (% of GDP)             2.1       3.8     World Bank (2024)\n"
    )
    claims = _claims(text)
    # one citation per country's column, in order, when the row has as many figures as citations
    assert [claims[f].source for f in ("31.4", "18.9")] == ["NSO", "CSB"]
    assert [claims[f].source_date for f in ("31.4", "18.9")] == ["2022", "2021"]
    assert [(claims[f].source, claims[f].source_date) for f in ("2.1", "3.8")] == [("World Bank", "2024")] * 2


def test_an_endnote_closing_with_the_period_of_its_data_is_dated_by_its_publication():
    text = (
        "Out-of-pocket spending was 38% of health spending in 2021, World Bank data show.[4]\n\n"
        "Notes\n\n"
        "[4] World Bank. World Development Indicators. Washington, DC: World Bank; 2024. Data refer to 2021.\n"
    )
    claims = _claims(text)
    assert (claims["38%"].source, claims["38%"].source_date) == ("World Bank", "2024")


@pytest.mark.parametrize(
    "text,figure,source,date",
    [
        # an aside whose date has its own comma, between the body and its verb
        ("Fitch Ratings, in a note dated March 3, 2025, described reserves of $18.4 million as adequate.",
         "$18.4 million", "Fitch Ratings", "2025-03-03"),
        # vague words that a named publisher's cue follows: the publisher is the source
        ("The county will receive $12.6 million, according to estimates published the same day by the Treasury Board.",
         "$12.6 million", "Treasury Board", None),
        ("The county will receive $12.6 million, according to estimates published on 4 March by Eurostat.",
         "$12.6 million", "Eurostat", None),
        # a company's legal form after a comma is part of its name
        ("Tarrow & Finch, Inc.'s valuation report, dated May 2025, shows the scheme 72.5% funded.",
         "72.5%", "Tarrow & Finch, Inc", None),
        # a speaker's relative clause names the body the role is held for
        ('"We can shelter only 8,000 families," said Ana Ruiz, who coordinates the Camp Cluster for the World Food Programme.',
         "8,000", "World Food Programme", None),
        # a survey named by its method is the survey of the body after it
        ("Wasting fell to 6.1% in a June 2024 SMART survey of the Ministry of Health.", "6.1%", "Ministry of Health", "2024-06"),
        # a document's code in brackets is no body
        ("Its expert put the loss at USD 410 million in its second report (CER-4, 2 May 2023).", "USD 410 million", None, None),
    ],
)
def test_attribution_phrasings_of_reports_and_speakers(text, figure, source, date):
    claim = _claims(text)[figure]
    assert claim.source == source
    if date is not None:
        assert claim.source_date == date


def test_a_table_whose_stub_header_states_its_currency_and_scale():
    text = (
        "SUMMARY RESULTS\n"
        "£ million, unless stated otherwise     H1 2025    H1 2024    Change\n"
        "Revenue                                   812.4      774.9     +4.8%\n"
        "Operating margin (%)                       14.2       15.0    -0.8 pp\n"
        "Earnings per share (£)                     0.41       0.47    -12.8%\n"
    )
    claims = _claims(text)
    assert (claims["812.4"].value, claims["812.4"].unit) == (812_400_000.0, "GBP")
    assert claims["14.2"].unit == "percent"  # (a row that states its own unit keeps it)
    # a minus sign glued to the next cell's figure, after a column gap, opens no range
    assert claims["0.47"].value == 0.47 and claims["-12.8%"].value == -12.8


@pytest.mark.parametrize(
    "text,figure,unit",
    [
        ("Enrolment increased by 2,300 on the year to 48,100 pupils.", "2,300", "pupils"),
        ("The number of registered nurses fell by 1,200 to 36,400.", "36,400", "nurses"),
        ("The adult population (those aged 18 and over) was estimated at 3.2 million.", "3.2 million", "people"),
        # the figure a change is measured against counts what the changed figure does
        ("Ferry crossings reached 41,270 in the quarter, 4.0% more than the 39,700 made a year earlier.", "39,700", "crossings"),
        ("Ferry crossings reached 41,270 in the quarter, up 4.0% on the revised 39,700 a year earlier.", "39,700", "crossings"),
    ],
)
def test_a_change_by_a_count_and_the_level_it_reaches_count_the_same(text, figure, unit):
    assert _claims(text)[figure].unit == unit


def test_a_table_counted_in_thousands_of_a_currency():
    text = (
        "Table 3. Capital grants by district ($000s)\n\n"
        "District                  2024       2025\n"
        "Harbour                  4,210      4,655\n"
        "Upland                   1,980      2,015\n"
    )
    doc = extract_text(text)
    claims = {c.text: c for c in doc.claims}
    assert (claims["4,655"].value, claims["4,655"].unit) == (4_655_000.0, "USD")
    assert [s.reason for s in doc.set_aside if s.text == "$000"] == ["table_scale"]


def test_the_day_a_dividend_falls_due_is_no_date_of_the_statement():
    text = "The Board has declared a final dividend of €0.42 per share (2024: €0.38), payable on 12 June 2025 to shareholders on record on 30 May 2025."
    assert _claims(text)["€0.42"].source_date is None


def test_a_source_line_under_a_tables_footnote_still_covers_the_table():
    text = (
        "Table 2. Requirements by cluster\n\n"
        "Cluster                      People targeted     US$ million\n"
        "Shelter                             210,000            41.5\n"
        "Health                              330,000            27.9\n\n"
        "* Targets overlap across clusters.\n\n"
        "Source: OCHA, cluster analysis, 9 June 2025.\n\n"
        "The appeal runs for six months.\n"
    )
    claims = _claims(text)
    assert (claims["210,000"].source, claims["210,000"].source_date) == (
        "UN Office for the Coordination of Humanitarian Affairs", "2025-06-09")


def test_a_source_line_naming_the_publishers_own_system_is_the_publishers_figure():
    text = (
        "HOLLOWAY CEMENT PLC\nAnnual Report 2024\n\n"
        "Table 1. Energy use\n\n"
        "Indicator            Unit      2023        2024\n"
        "Fuel use             GJ        8,120,000   7,940,000\n\n"
        "Source: Holloway Cement Group Energy Data System, extracted 3 February 2025.\n"
    )
    assert _claims(text)["7,940,000"].source is None


def test_the_office_under_a_letterhead_publishes_the_document():
    text = (
        "COUNTY OF ARDMORE, OREGON\n"
        "Office of Budget and Planning\n\n"
        "MEMORANDUM\n\n"
        "Table 1. Spending by department ($000s)\n\n"
        "Department            FY2025      FY2026\n"
        "Sheriff               18,420      19,115\n\n"
        "Source: Office of Budget and Planning; FY2026 Proposed Budget.\n"
    )
    assert _claims(text)["19,115"].source is None


def test_a_date_after_the_figure_compared_with_is_that_figures():
    claims = _claims("The vacancy rate was 4.2%, compared with 5.1% in Quarter 3 2024.")
    assert claims["4.2%"].period is None and claims["5.1%"].period == "2024-07/2024-09"
    assert "3" not in claims


def test_a_one_column_table_under_a_header_takes_its_titles_unit():
    text = (
        "Table 5. Grants disbursed (GBP million)\n\n"
        "Programme                             Disbursed\n"
        "Small business loans                      12.6\n"
        "Apprenticeships                            4.9\n"
    )
    claims = _claims(text)
    assert [(claims[f].value, claims[f].unit) for f in ("12.6", "4.9")] == [(12_600_000.0, "GBP"), (4_900_000.0, "GBP")]


def test_a_party_named_by_the_acronym_the_document_defines_puts_its_own_figures_forward():
    claims = _claims(
        "1.1 Westmoor Grid Company plc (WGC) applied to the Office of Fuel Regulation on 3 March 2025.\n\n"
        "2.1 WGC proposed an opening asset base of USD 3,100 million.\n\n"
        "2.2 The Eastern Large Energy Users Group (ELEUG) said little. ELEUG has sought a cut of USD 40 million.\n\n"
        "2.3 The Lakeside Electoral Commission (LEC) met in May. LEC registered five of the eight parties.\n"
    )
    assert claims["USD 3,100 million"].source == "Westmoor Grid Company plc"
    assert claims["USD 40 million"].source == "Eastern Large Energy Users Group"
    # (what a body does is no figure it puts forward: registering parties is not claiming a count)
    assert claims["five"].source is None


def test_only_organisations_the_document_defines_by_acronym_act_and_not_in_an_appositive():
    from claimaudit.extraction.components.attribution import _acting_acronym_pattern, _acting_acronyms

    text = ("The Rural Water Programme (RWP) is run by the Valley Water Board (VWB), which publishes this note. "
            "The Lakeland Seed Institute (LSI), VWB's research arm, and the Hill Farmers Union (HFU) disagree.")
    acronyms = {"RWP": "Rural Water Programme", "VWB": "Valley Water Board", "LSI": "Lakeland Seed Institute",
                "HFU": "Hill Farmers Union", "MTP": "Valley Water Board"}  # (MTP: the board's product)
    pattern = _acting_acronym_pattern(text + " RWP LSI HFU MTP", acronyms, frozenset(), frozenset())
    assert set(pattern.pattern.split("(?:")[1].split(")")[0].split("|")) == {"VWB", "LSI", "HFU"}
    assert _acting_acronym_pattern(text, acronyms, frozenset(), frozenset({"vwb"})).pattern.count("VWB") == 0
    found = [r.text for r in _acting_acronyms(text, 0, len(text), pattern, [])]
    assert found == []  # (each is its definition, or an appositive's owner: "(LSI), VWB's research arm")
    later = "HFU said so, and LSI agreed."
    assert [r.text for r in _acting_acronyms(later, 0, len(later), pattern, [])] == ["HFU", "LSI"]


def test_a_partys_filing_in_a_source_line_is_the_party():
    claims = _claims(
        "Westmoor Grid Company plc (WGC) applied to the Office of Fuel Regulation (OFR) on 3 March 2025.\n\n"
        "Item                      Application\n"
        "Opening asset base        3,100\n"
        "Allowed return (%)        7.90\n\n"
        "Source: WGC Application (3 March 2025).\n"
    )
    assert claims["3,100"].source == "Westmoor Grid Company plc"
    assert claims["3,100"].source_date == "2025-03-03"


def test_the_writers_own_calculation_after_a_cited_estimate_is_the_writers():
    claims = _claims("Set against the IMF estimate, on our own calculation, informal trade made up 21.3% of the total.")
    assert claims["21.3%"].source is None


def test_a_body_asked_to_report_gives_no_figure_and_a_firm_engaged_for_a_review_is_named_in_full():
    claims = _claims(
        "We recommend that the ministry ask the IMF to report on the 70 million target.\n\n"
        "The Office engaged Tarrow Analytics to review the accounts. In its report, Tarrow found that USD 12 million was misspent.\n"
    )
    assert claims["70 million"].source is None
    assert claims["USD 12 million"].source == "Tarrow Analytics"


def test_an_aligned_table_under_rules_per_column_reads_both_header_lines():
    claims = _claims(
        "Table 2: Lines by provider, 31 December 2024\n\n"
        "  Provider        Lines          Share   Change in share\n"
        "                  (million)        (%)         (pp, y/y)\n"
        "  --------------  -------------  ------  ---------------\n"
        "  Harbourtel               3.42    51.3              -0.8\n"
        "  Minnow Mobile            1.10    16.5              +0.3\n"
        "  --------------  -------------  ------  ---------------\n"
        "  Total                    6.67   100.0\n"
    )
    assert claims["3.42"].value == pytest.approx(3.42e6)
    assert claims["51.3"].unit == "percent"
    assert claims["-0.8"].unit == "percentage points"
    assert claims["6.67"].value == pytest.approx(6.67e6)


def test_a_second_header_line_with_a_rates_base_and_a_unit_is_no_row():
    claims = _claims(
        "Table 3: Recorded incidents by type\n\n"
        "  Type                    2023      2024    Change    Rate per\n"
        "                                               (%)   1,000 (a)\n"
        "  ---------------------  --------  --------  ------  ---------\n"
        "  Burglary                 12,410    11,050   -11.0         4.1\n"
        "  Vehicle crime             8,220     8,610    +4.7         3.2\n"
    )
    assert claims["-11.0"].unit == "percent"
    assert claims["12,410"].period == "2023"


def test_a_columns_unit_line_is_not_read_for_the_column_beside_it():
    claims = _claims(
        "Event        Economic loss   Insured loss   Deaths\n"
        "             (USD bn)             (USD bn)\n"
        "Storm Ilse             4.8            3.1        23\n"
        "Earthquake            17.5            1.9     1,420\n"
    )
    assert claims["1.9"].value == pytest.approx(1.9e9)
    assert claims["1,420"].value == 1420 and claims["1,420"].unit == "deaths"


@pytest.mark.parametrize("header, figure, value, unit", [
    ("                2024/25      2023/24      Change\n                   £m           £m           %\n", "171.3", 171.3e6, "GBP"),
    ("                2024/25      2023/24      Change\n                   £m           £m           %\n", "6.5", 6.5, "percent"),
    ("                 2024      2025f      2026f\n", "1.85", 1.85e6, "metric tons"),
])
def test_bare_units_on_a_header_line_and_forecast_years(header, figure, value, unit):
    title = "Table 4: Demand (million tonnes)\n\n" if "f" in header else "Table 4: Income\n"
    row = ("Course fees      171.3        160.8          6.5\n" if "£m" in header else "Demand           1.9       1.85       1.95\n")
    claims = _claims(title + header + row)
    assert claims[figure].value == pytest.approx(value)
    assert claims[figure].unit == unit


def test_a_row_label_states_percent_of_or_a_currency_and_scale():
    claims = _claims(
        "Key indicators\n\n"
        "                                   2024/25     2023/24\n"
        "Surplus as % of income                 3.1         2.2\n"
        "Capital expenditure (£m)              41.6        29.4\n"
    )
    assert claims["3.1"].unit == "percent"
    assert claims["41.6"].value == pytest.approx(41.6e6) and claims["41.6"].unit == "GBP"


def test_a_trials_statistics_and_their_intervals_take_the_statistics_units():
    claims = _claims(
        "The drug cut the risk of progression by 36% (HR 0.71; 95% CI, 0.58–0.86; p<0.001). The response rate "
        "was 41.5% (95% CI, 36.0–47.1). Survival favoured it (hazard ratio [HR] 0.83; 95% confidence interval "
        "[CI], 0.66–1.04; p=0.11). Smokers had higher odds (OR 1.8, 95% CI 1.2–2.6). Route OR 2 was shut."
    )
    assert claims["0.71"].unit == claims["0.58–0.86"].unit == claims["0.83"].unit == "hazard ratio"
    assert claims["0.66–1.04"].unit == "hazard ratio"
    assert claims["0.001"].unit == claims["0.11"].unit == "p-value"
    assert claims["36.0–47.1"].unit == "percent"
    assert claims["1.8"].unit == claims["1.2–2.6"].unit == "odds ratio"
    assert claims["2"].unit is None  # (an acronym outside brackets: a road, not a statistic)


def test_the_ends_of_a_spread_do_not_contradict_the_overall_figure():
    from claimaudit.api import check_text

    text = ("* The overall recorded theft rate was 58.9 thefts per 1,000 population.\n\n"
            "Recorded theft rates differed a lot across the country. They ranged from 41.2 thefts per 1,000 "
            "population in the Upland police area to 79.6 in the Harbour area.\n")
    assert not [f for f in check_text(text).findings if f.rule == "CA101"]


def test_a_market_share_title_in_percent_covers_cells_up_to_a_hundred():
    claims = _claims(
        "Table 1 – Shares of sales (%) and concentration index, 2023\n\n"
        "Market                      Acme   Bolt   Combined   Index\n"
        "Cement, North                  6     28         34   3,210\n"
        "Aggregates, South             31      4         35   2,290\n"
    )
    assert claims["28"].unit == claims["31"].unit == "percent"
    assert claims["3,210"].unit != "percent"


def test_a_figure_estimated_in_a_report_dated_later_in_the_sentence_takes_its_date():
    claims = _claims("Boreas Risk estimated storm damage at USD 1.2–1.6 billion in a report dated 4 March 2025.")
    assert claims["USD 1.2–1.6 billion"].source == "Boreas Risk"
    assert claims["USD 1.2–1.6 billion"].source_date == "2025-03-04"
    assert claims["USD 1.2–1.6 billion"].period is None
    assert "dated" not in claims["USD 1.2–1.6 billion"].measure  # (how the work is dated is no part of the measure)


def test_the_level_a_count_fell_from_counts_what_the_level_it_fell_to_counts():
    claims = _claims("Car theft fell by 12%, from 18,450 to 15,120 offences.")
    assert claims["18,450"].unit == claims["15,120"].unit == "offences"


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("The 2019 and 2023 counts found 2,950 and 3,310 giraffes respectively.", "giraffes"),
        ("Depots ran 410, 385 or 402 buses a day.", "buses/day"),
        ("The boats landed 8.5 and 9.25 tonnes.", "metric tons"),
    ],
)
def test_counts_listed_before_one_noun_all_count_it(text, unit):
    claims = list(_claims(text).values())
    assert len(claims) >= 2 and {c.unit for c in claims} == {unit}, [(c.text, c.unit) for c in claims]


def test_a_measure_compared_with_a_rate_of_its_unit_is_that_rate():
    claims = _claims("Households used 131 litres per person per day, down from 138 litres a year earlier.")
    assert claims["138 litres"].unit == claims["131 litres"].unit == "liters/person/day"
    claims = _claims("Yields were 3.1 tonnes per hectare, giving 2.2 million tonnes, up from 2.0 million tonnes.")
    assert claims["2.0 million tonnes"].unit == "metric tons"  # (compared with the crop, not the yield)


def test_a_monthly_money_table_keeps_its_title_money_in_flow_columns_and_flagged_rows():
    text = ("Table 5. Monthly goods trade, 2025 (EUR million)\n\n"
            "Month                 Exports     Imports     Balance\n"
            "February              2,204.1     2,350.6      −146.5\n"
            "March (p)             2,310.0     2,402.8       −92.8\n"
            "Change, %                +4.8        +2.2          ..\n"
            "(p) provisional.\n")
    claims = _claims(text)
    assert claims["2,204.1"].unit == "EUR" and claims["2,204.1"].value == 2_204_100_000  # (not a count of exports)
    assert claims["2,310.0"].unit == "EUR" and claims["2,310.0"].value == 2_310_000_000  # ("(p)" is no pence here)
    assert claims["+4.8"].unit == "percent"  # (a row of percentages under a title in EUR million)


def test_pence_in_a_row_label_still_price_its_cells():
    claims = _claims("| Pence | 2024 | 2025 |\n|---|---|---|\n| Dividend per share (p) | 18.2 | 19.9 |\n")
    assert claims["19.9"].currency == "GBP" and claims["19.9"].value == pytest.approx(0.199)


def test_a_row_label_closing_with_a_unit_symbol_states_its_cells_unit():
    text = ("Climate normals for Pellan, 1991–2020\n"
            "Month                      Jan    Feb    Mar\n"
            "Mean maximum °C            3.4    5.0    9.1\n"
            "Mean rainfall mm            52     41     47\n"
            "Hours of sun per day       1.9    2.8    4.0\n")
    claims = _claims(text)
    assert claims["5.0"].unit == "degrees Celsius" and claims["41"].unit == "millimeters"
    assert claims["2.8"].unit != "days"  # ("day" is a word, not a symbol closing the label)


def test_a_stacked_header_over_coded_rows_gives_each_column_its_unit():
    text = ("Table 2. Producer prices by section, June 2025\n"
            "-----------------------------------------------------------------------\n"
            "Code Section                      Share    Growth (%)     Contrib.\n"
            "                                  (per     Monthly Yearly to yearly\n"
            "                                  100)                    change (pp)\n"
            "-----------------------------------------------------------------------\n"
            "08   Mining and quarrying             93      0.4    2.6      0.2\n"
            "09   Manufacture of food and           212     -0.3   -1.1     -0.2\n"
            "     beverages\n"
            "10   Textiles                          41      0.1    0.9      0.0\n"
            "-----------------------------------------------------------------------\n")
    doc = extract_text(text)
    claims = {c.text: c for c in doc.claims}
    assert claims["0.4"].unit == claims["2.6"].unit == "percent"  # ("Growth (%)" spans its two columns)
    assert claims["-1.1"].unit == "percent" and claims["0.9"].unit == "percent"  # (after the wrapped label too)
    assert claims["0.2"].unit == "percentage points"
    assert {"08", "09", "10"} <= {s.text for s in doc.set_aside if s.reason == "identifier"}  # a code column
    assert "100" not in claims  # the base of the shares, in the header


def test_a_figure_compared_after_a_span_of_months_counts_what_the_first_counts():
    claims = _claims("The survey found 4,100 openings in retail in the six months to March, down from 5,300 a year before.")
    assert claims["5,300"].unit == "openings"  # (not the months of the span)


def test_the_items_of_a_list_count_what_its_lead_in_counted():
    claims = _claims("Of the 250 clinics inspected:\n  • 120 (48%) met every standard;\n  • 35 (14%) failed two.\n")
    assert claims["120"].unit == claims["35"].unit == "clinics"


@pytest.mark.parametrize(("text", "figure", "unit"), [
    ("Customs recorded 96 ship-to-ship (STS) transfers last year.", "96", "transfers"),  # (an acronym after the modifier)
    ("In all, 212 of our 530 members said so.", "212", "members"),  # (a part of "our" whole)
    ("Officials counted 75 depots. Of these depots, 30 were empty.", "30", "depots"),  # (the opening names the whole)
])
def test_what_a_count_counts_past_an_acronym_or_a_named_whole(text, figure, unit):
    assert _claims(text)[figure].unit == unit


@pytest.mark.parametrize("citation", [
    "the Stockholm International Peace Research Institute (SIPRI) Arms Transfers Database (March 2025 update)",
    "the SIPRI Arms Transfers Database (March 2025)",
])
def test_a_database_dated_in_brackets_after_its_title_dates_the_figure(citation):
    claims = _claims(f"Imports of major arms rose 31% in 2020-24, according to {citation}.")
    assert claims["31%"].source_date == "2025-03"


def test_a_figure_takes_no_place_from_past_a_semicolon():
    claims = _claims("Tourist arrivals rose 6% to 2.1 million in 2024; visitors from Japan grew fastest.")
    assert claims["2.1 million"].places == ()


@pytest.mark.parametrize("comparison", ["12.0% up on May 2024", "unchanged from April", "down 3% compared with May 2024"])
def test_the_date_a_figure_is_compared_with_is_not_its_period(comparison):
    claims = _claims(f"Imports from Ostland were US$210.4 million, {comparison}.")
    assert claims["US$210.4 million"].period is None


def test_a_place_that_acts_in_its_sentence_is_a_party_not_a_source():
    claims = _claims("The European Union remained Ostland's largest customer, buying US$802.5 million of its goods.")
    assert claims["US$802.5 million"].source is None
    assert _claims("The World Bank lent USD 2 billion.")["USD 2 billion"].source == "World Bank"  # (a body that is no place)


def test_a_bare_figure_before_a_preposition_counts_no_noun():
    claims = _claims("The first tally of 1,870 was corrected to 1,780 after a second review.")
    assert claims["1,780"].unit is None


@pytest.mark.parametrize("work", ["Digital Trends 2024", "the Digital Trends 2024 report"])
def test_a_titled_work_with_its_edition_year_is_credited_to_its_publisher(work):
    claims = _claims(f"There were 95 broadband lines per 100 people in 2024, according to {work}, published by "
                     "the World Bank in November 2024.")
    assert claims["95"].source == "World Bank"
    assert claims["95"].source_date == "2024-11"


def test_a_possessive_opening_a_sentence_names_the_paragraphs_subject():
    from claimaudit.api import check_text

    text = ("2. Ardent Group is a maker of glass in Kenya. Its turnover in 2024 was USD 2,960 million.\n\n"
            "3. Borel operates three plants in Kenya. Its turnover was USD 1,220 million in 2024.\n")
    claims = _claims(text)
    assert "ardent" in claims["USD 2,960 million"].measure_key and "borel" in claims["USD 1,220 million"].measure_key
    assert not [f for f in check_text(text).findings if f.rule == "CA101"]


def test_bodies_of_a_state_the_place_list_does_not_know_and_appositives_before_said():
    claims = _claims(
        "Delvia's National Flood Agency (NFA) said on 21 March 2025 that 41,270 homes had been destroyed.\n\n"
        "Harlow Mutual, Delvia's largest home insurer, said on 2 May 2025 that it had received 38,400 claims.\n\n"
        "Borel's chief executive, Mara Lind, said the kilns ran at 71% of capacity last year.\n"
    )
    assert claims["41,270"].source == "National Flood Agency (Delvia)"
    assert claims["38,400"].source == "Harlow Mutual" and claims["38,400"].source_date == "2025-05-02"
    assert claims["71%"].source == "Borel"


def test_added_before_a_figure_adds_it_and_our_figure_is_the_writers():
    claims = _claims(
        "Frost in Delvia in March added ~USD 0.7bn of crop losses.\n\n"
        "Boreas Risk put the loss at USD 2.6 billion in an estimate issued on 3 March 2025, in "
        "line with our USD 2.4bn figure.\n\n"
        "Floods killed 1,240 people in 2024, according to EM-DAT.\n"
    )
    assert claims["USD 0.7bn"].source is None
    assert claims["USD 2.6 billion"].source == "Boreas Risk"
    assert claims["USD 2.4bn"].source is None
    assert claims["1,240"].source == "Centre for Research on the Epidemiology of Disasters"


def test_the_publishers_own_index_is_its_own_figure():
    claims = _claims(
        "Halden Re Partners | Half-year review | 22 July 2025\n\n"
        "Reinsurance rates fell by an average of 8% at the 1 July renewals, according to the Halden Rate-on-Line Index.\n"
    )
    assert claims["8%"].source is None


def test_rates_per_unit_symbol_rates_restating_a_count_and_sample_sizes():
    claims = _claims(
        "The reserve price was USD 2.1 million per MHz.\n\n"
        "There were 212 homicides in the year, a rate of 2.4 per 100,000 population.\n\n"
        "Fixed lines rose by 9% to 2.05 million subscriptions, a penetration rate of 6.7 per 100 inhabitants.\n\n"
        "The study enrolled 540 patients at 90 sites. Patients were assigned to the vaccine (n=312) or placebo (n=228).\n"
    )
    assert claims["USD 2.1 million"].unit == "USD/megahertz"
    assert claims["2.4"].unit == "homicides/100,000 population"
    assert claims["6.7"].unit == "subscriptions/100 inhabitants"
    assert claims["312"].unit == claims["228"].unit == "patients"


def test_a_titled_work_dated_in_the_sentences_opening_dates_its_authors_findings():
    claims = _claims(
        "3.2 The Office engaged Tarrow Analytics to review the accounts. In its report, Review of Grid Costs and "
        "Assets, dated 16 May 2025 (the Tarrow report)[1], Tarrow found that USD 228 million was not efficiently "
        "spent. According to Tarrow, the project was 14 months late.\n"
    )
    assert claims["USD 228 million"].source == "Tarrow Analytics"
    assert claims["USD 228 million"].source_date == claims["14 months"].source_date == "2025-05-16"


def test_a_source_line_credits_each_column_the_work_its_header_names():
    claims = _claims(
        "OFFICE OF FUEL REGULATION (OFR)\nFinal decision on Westmoor Grid Company plc, 1 October 2025\n\n"
        "Westmoor Grid Company plc (WGC) applied to the Office on 3 March 2025.\n\n"
        "Item                      Application   Draft       Final\n"
        "                          (WGC)         Decision    Decision\n"
        "Opening asset base        3,100         2,900       2,950\n"
        "Allowed return (%)        7.90          6.40        6.55\n\n"
        "Source: WGC Application (3 March 2025); OFR Draft Decision (9 July 2025); OFR analysis.\n"
    )
    assert claims["3,100"].source == claims["7.90"].source == "Westmoor Grid Company plc"
    assert claims["3,100"].source_date == "2025-03-03"
    assert claims["2,900"].source is None and claims["6.55"].source is None  # (the publisher's own)


def test_per_hectare_rates_and_a_row_label_ending_in_a_percent_sign():
    claims = _claims(
        "Farmers reported yields averaging 1.7 t/ha and used 40 kg/ha of fertiliser.\n\n"
        "Indicator                                      Estimate   95% CI\n"
        "Households in debt, %                              22.4   19.8–25.0\n"
        "Mean household size (persons)                       4.9   4.7–5.1\n"
    )
    assert claims["1.7 t"].unit == "metric tons/hectare"
    assert claims["40 kg"].unit == "kilograms/hectare"
    assert claims["22.4"].unit == claims["19.8–25.0"].unit == "percent"


def test_a_people_label_cut_at_its_age_still_counts_people():
    claims = _claims(
        "| Indicator | Q4 2023 | Q3 2024 |\n|---|---|---|\n"
        "| Employed, aged 16+ (thousands) | 4,151 | 4,190 |\n| Unemployed, aged 16+ (thousands) | 210 | 205 |\n"
    )
    assert claims["4,151"].unit == claims["205"].unit == "people"
    assert claims["4,151"].value == 4_151_000


@pytest.mark.parametrize("text, unit", [
    ("There were 21.5 job openings per 1,000 filled posts.", "openings/1,000 filled posts"),
    ("The mill rolled 300 steel bars per hour.", "bars/hour"),
])
def test_a_rate_after_a_noun_of_two_words(text, unit):
    assert extract_text(text).claims[0].unit == unit


def test_who_accessed_a_cited_work_is_not_its_source():
    claims = _claims(
        "Chile's GDP grew by 2.6% in 2025.\n\n"
        "Sources: Economist Intelligence Unit (EIU) View, accessed by the IMF on April 8, 2026; World Bank.\n"
    )
    assert "International Monetary Fund" not in (claims["2.6%"].source or "")
    assert "Economist Intelligence Unit" in (claims["2.6%"].source or "")


def test_a_divested_part_is_marked_apart_from_what_a_company_owns():
    claims = _claims("Brekke operates 41 batching plants. Brekke has committed to divest 12 batching plants.")
    assert "+divest" in claims["12"].measure_key and "+divest" not in claims["41"].measure_key


def test_an_index_named_by_its_acronym_is_the_unit_of_its_levels_and_changes():
    claims = _claims("The Market Concentration Index (MCI) fell to 2,980. The MCI would rise to 2,140, an increase of "
                     "310 points. Prices rose 5%.")
    assert claims["2,980"].unit == claims["2,140"].unit == claims["310"].unit == "MCI"
    assert claims["5%"].unit == "percent"


def test_a_quote_said_by_a_person_speaking_for_an_employer_with_its_own_appositive():
    claims = _claims(
        "Tomas Vale, chief executive of SendWell, a Porto-based transfer firm that is the third-largest on the "
        "route, says prices are not a matter of greed.\n\n"
        "\"Last year we processed 3.1 million transfers,\" he said in an interview in April.\n"
    )
    assert claims["3.1 million"].source == "SendWell"


@pytest.mark.parametrize(
    "text,figure,unit",
    [
        # a change of the count before it
        ("Registered jobseekers stood at 81,000, down 1,400 on the quarter and 3,900 on the year.", "1,400", "jobseekers"),
        ("Registered jobseekers stood at 81,000, down 1,400 on the quarter and 3,900 on the year.", "3,900", "jobseekers"),
        ("Some 5,300 claims were filed in May. This was 260 more than a year earlier.", "260", "claims"),
        # a share in brackets between a part and its verb
        ("Of the 640 samples tested, 212 (33%) were positive and 95 (15%) remain pending.", "212", "samples"),
        ("Of the 640 samples tested, 212 (33%) were positive and 95 (15%) remain pending.", "95", "samples"),
        # a rate "for every", and the figure compared with it
        ("There were 1.7 jobseekers for every vacancy, compared with 2.2 a year earlier.", "1.7", "jobseekers/vacancy"),
        ("There were 1.7 jobseekers for every vacancy, compared with 2.2 a year earlier.", "2.2", "jobseekers/vacancy"),
        ("The audit found one nurse for every 30 patients.", "30", "patients"),
    ],
)
def test_a_count_takes_the_noun_of_the_count_it_changes_or_divides(text, figure, unit):
    assert _claims(text)[figure].unit == unit


def test_the_whole_of_a_part_is_another_measure_than_the_part():
    text = ("By 31 March 2025 the contractor had delivered 52 of the 80 trucks due by that date.\n\n"
            "The contractor had delivered 52 trucks by 31 March 2025.\n")
    claims = _claims(text)
    whole, part = claims["80"], claims["52"]
    assert "+whole" in whole.measure_key and "+whole" not in part.measure_key
    from claimaudit.api import check_text

    assert not [f for f in check_text(text).findings if f.rule == "CA101"]  # (80 was paired with 52)


@pytest.mark.parametrize(
    "text,figure,source",
    [
        # a body an appositive describes, named again by its kind
        ("Kerrow Lettings, the town's busiest letting agency, said demand rose. Homes were let in a median "
         "of eight days, the agency said.", "eight days", "Kerrow Lettings"),
        ("The Dunmore Renters' Union said 14% of members were in arrears, the union said.", "14%", "Dunmore Renters' Union"),
        # a formal name of a country no list knows keeps a dateline city's country off its ministry
        ("MOSSBANK RATINGS - London - 2 May 2025\n\nMossbank has affirmed the Republic of Olvania at 'B'. Olvania's "
         "debt is high. Olvania has an IMF programme. Olvania's banks are sound.\n\n"
         "  Indicator        2024   Source\n  Deficit (% GDP)  5.1    MoF\n  Inflation (%)    7.7    MoF\n\n"
         "The Ministry of Finance (MoF) publishes monthly.\n\nAnalyst: J. Rowe, London\n\nMedia: K. Ames, London\n", "5.1", "Ministry of Finance"),
    ],
)
def test_a_body_named_again_by_its_kind_or_by_its_ministry(text, figure, source):
    assert _claims(text)[figure].source == source


def test_the_company_is_not_a_person_with_a_role_named_before():
    text = ("Jane Okoro, Chief Executive, said: \"We shipped 4,100 units in the half.\"\n\n"
            "The Company expects a charge of $3–4 million in the third quarter.\n")
    assert _claims(text)["$3–4 million"].source is None


@pytest.mark.parametrize(
    "figure,source",
    [
        ("£3.1m", "Tarnby Borough Council"),  # the council's member speaks for the council
        ("310", "Tarnby Borough Council"),  # and again after her quote ("she said")
        ("90", "Tarnby Borough Council"),  # and by her surname
        ("41%", "North Fell Landlords' Association"),  # "a poll of its members"
        ("21.3%", "Tarnby Tenants' Union"),  # "It surveyed ...": the body the sentence before opened with
    ],
)
def test_a_member_speaks_for_her_council_and_it_and_its_name_the_body_before(figure, source):
    text = ("There were 5,120 households on the list, Tarnby Borough Council figures show.\n\n"
            "Cllr Ann Pole, the council's lead member for transport, said the authority spent £3.1m on hostels in 2024.\n\n"
            "\"We have 310 families in hostels tonight,\" she said.\n\n"
            "Pole said the council would buy up to 90 homes.\n\n"
            "The North Fell Landlords' Association (NFLA) speaks for landlords. A poll of its members in May showed that 41% planned to sell.\n\n"
            "The Tarnby Tenants' Union (TTU) sees it differently. It polled 880 tenants in May and found that 21.3% were in arrears.\n")
    assert _claims(text)[figure].source == source


@pytest.mark.parametrize(
    "figure,source",
    [
        ("27%", "Ashby Growers' Association"),  # a poll of its members, after a sentence it is credited in
        ("3.4%", "Ashby Growers' Association"),  # "Its chairman, Tom Reed, said": he speaks for it
        ("4.4%", "Ashby Growers' Association"),  # "Their chief economist told": a paragraph on
        ("12%", None),  # "Our chief executive": the publisher's own figure, no body's
    ],
)
def test_its_official_speaks_for_the_body_named_before(figure, source):
    text = ("The Ashby Growers' Association (AGA) says it speaks for 1,900 farms. A poll of its members in "
            "June showed that 27% would lease out land.\n\n"
            "Its chairman, Tom Reed, said the typical overdraft rate had climbed from 3.4% in 2020.\n\n"
            "Their chief economist told reporters that yields fell 4.4%.\n\n"
            "Our chief executive, Ann Bell, said sales rose 12%.\n\n"
            "Funding came from the Pell Valley Trust (PVT) in March. Its chair, Rita Moss, said costs were up 6.1%.\n")
    claims = _claims(text)
    assert claims[figure].source == source
    assert all(c.source != "Its" and c.source != "Tom Reed" for c in claims.values())
    assert claims["6.1%"].source != "Ashby Growers' Association"  # another body was named since


def test_a_name_wrapped_over_two_lines_and_the_society_named_again():
    text = ("The committee heard from the Department of Roads\nand Bridges (the Department) and from the Cycling "
            "Reform Society of Ostmark (CRSO).\n\n"
            "The Department's figures show 412 bridges were inspected. The Society's survey found 36% of "
            "cyclists felt unsafe.\n")
    claims = _claims(text)
    assert claims["412"].source == "Department of Roads and Bridges"
    assert claims["36%"].source == "Cycling Reform Society of Ostmark"


def test_a_written_evidence_number_in_brackets_is_no_source():
    text = ("We heard from the Road Haulage Forum (RHF) and the G20 secretariat.\n\n"
            "The RHF calculated that 41% of depots lacked chargers (RHW0031, 4 March 2025). Trade grew "
            "2.9% (G20, 2024).\n")
    claims = _claims(text)
    assert claims["41%"].source == "Road Haulage Forum"
    assert claims["2.9%"].source not in (None, "RHW0031")


def test_a_run_in_heading_is_no_subject_nor_is_a_quantity_that_grew():
    text = ("Output Firm, Prices Easing: Real output grew by 2.4% in 2024, the Statistics Office (SO) said in "
            "April, revising up its January flash estimate of 2.2%.\n")
    claims = _claims(text)
    assert claims["2.4%"].source == claims["2.2%"].source == "Statistics Office"


def test_an_index_owners_figures_and_a_rate_per_container_unit():
    text = ("Rates moved apart. Marlowe's Global Freight Index composite fell 3.9% to $2,840 per forty-foot "
            "equivalent unit (FEU) in its 12 June assessment.\n\n"
            "On Marlowe's 12 June figures, Ningbo-Hamburg dropped 8% to $3,120 per FEU and Ningbo-Houston lost "
            "5.5% to $5,010.\n")
    claims = _claims(text)
    assert {claims[f].source for f in ("3.9%", "$2,840", "8%", "$3,120", "5.5%", "$5,010")} == {"Marlowe"}
    assert claims["$2,840"].unit == claims["$3,120"].unit == "USD/FEU"


@pytest.mark.parametrize(
    "note,date",
    [
        ("Source: Ministry of Works, Roads Directorate, contract cost return of 31 March 2025.", "2025-03-31"),
        ("Source: Ministry of Works, delivery schedule as at 31 March 2025.", "2025-03-31"),
        ("Source: Ministry of Works, cost return for 2024.", None),  # (the period the return covers)
    ],
)
def test_a_notes_work_dated_to_the_day_dates_its_table(note, date):
    text = ("Table 1: Cost (€ million)\n\nLine  Item          Approved   Current\n"
            "---------------------------------------\nA     Design           180        326\n"
            "B     Building     1,210      1,475\n---------------------------------------\n" + note + "\n")
    claims = _claims(text)
    assert claims["326"].source == "Ministry of Works" and claims["326"].source_date == date


@pytest.mark.parametrize(
    "text,figure,source",
    [
        ("Brelsford data show the fleet reached 31.2 million TEU in May. Deliveries rose, Brelsford said.", "31.2 million TEU", "Brelsford"),
        ("Official data show 12% growth. Exports rose, Brelsford said.", "12%", None),  # (an ordinary word)
    ],
)
def test_a_one_word_name_that_opens_data_show_is_a_name_the_text_writes_elsewhere(text, figure, source):
    assert _claims(text)[figure].source == source


def test_a_table_from_an_index_credits_the_firm_the_text_names_as_its_owner():
    text = ("Marlowe's Global Freight Index fell 3% this week.\n\n"
            "Table 1: Selected routes (USD per FEU)\n\nRoute              5 Jun   12 Jun\n"
            "-----------------------------------\nNingbo - Hamburg   3,410   3,120\n"
            "Ningbo - Houston   5,300   5,010\n-----------------------------------\n"
            "Source: Marlowe Global Freight Index.\n")
    assert _claims(text)["3,120"].source == "Marlowe"



def test_a_title_rate_in_words_over_columns_headed_by_days():
    text = ("Table 2: Selected routes (USD per FEU)\n\nRoute              5 Jun 2025   12 Jun 2025\n"
            "-----------------------------------------\nNingbo - Hamburg      3,410        3,120\n"
            "Ningbo - Houston      5,300        5,010\n-----------------------------------------\n")
    claims = _claims(text)
    assert (claims["3,120"].unit, claims["3,120"].period) == ("USD/FEU", "2025-06-12")
    assert claims["5,300"].unit == "USD/FEU"  # (not "houston", a place in the row's label)


@pytest.mark.parametrize(
    "figure,unit",
    [("22", "transfers"), ("Fourteen", "barges"), ("two", "barges")],
)
def test_a_part_of_a_count_named_before_counts_its_noun(figure, unit):
    text = ("The monitors logged 58 transfers in 2024. Of these, 22 took place at night.\n\n"
            "They identified 31 barges. Fourteen of them had changed flag, and nine were unregistered.\n\n"
            "Of the 31 barges, only two held insurance cover.\n")
    claim = _claims(text)[figure]
    assert claim.unit == unit and "+part" in claim.measure_key
    assert _claims(text)["nine"].unit == "barges"  # (and the next part, as the one before it)


def test_a_period_right_before_a_data_cue_is_the_figures_not_the_datas_date():
    text = "Reserves rose to USD 3.1 billion at end-March 2025 from USD 2.9 billion at end-2024, VCB data show.\n"
    claim = _claims(text)["USD 2.9 billion"]
    assert (claim.source, claim.source_date) == ("VCB", None)


def test_footnotes_under_a_rule_credit_their_markers_and_are_no_claims():
    text = ("The barges averaged 19 years of age.[12] Buyers paid discounts of 10-15%.[13]\n\n"
            "__________________\n"
            "12 Seawatch Analytics, fleet database extract provided to the Panel, 4 March 2025.\n"
            "13 Reuters, \"Barges find buyers\", 9 March 2025.\n")
    claims = _claims(text)
    assert (claims["10-15%"].source, claims["10-15%"].source_date) == ("Reuters", "2025-03-09")
    assert "12" not in claims and "13" not in claims  # the footnotes' own numbers


def test_its_assessment_after_a_benchmark_named_for_its_owner_is_the_owners():
    text = "We expect rates to ease. With the Marlowe composite at $2,840 in its 12 June assessment, the market has turned.\n"
    assert _claims(text)["$2,840"].source == "Marlowe"


@pytest.mark.parametrize(
    "text,source,vague",
    [
        ("A trader at Vanta Commodities said prices rose 4%.", "Vanta Commodities", False),
        ("One senior trader said prices rose 4%.", "One senior trader", True),
        # one unnamed person of a trade, placed by the town they work in: no body, not the town
        ("A retailer in Harrowgate told inspectors that prices rose 4%.", "A retailer in Harrowgate", True),
        ("One farmer said that prices rose 4%.", "One farmer", True),
    ],
)
def test_a_trader_speaks_for_the_firm_named_or_for_no_one(text, source, vague):
    claim = _claims(text)["4%"]
    assert (claim.source, claim.source_vague) == (source, vague)


def test_the_parts_after_of_those_and_a_saying_aside_count_the_whole_s_noun():
    text = "There were 6,210 households on the list in May. Of those, the council says, 1,480 were in Band A.\n"
    claim = _claims(text)["1,480"]
    assert claim.unit == "households" and "+part" in claim.measure_key


def test_the_parts_after_of_these_count_the_whole_s_noun_not_the_kinds_their_predicate_names():
    text = ("The port handled 2,975 cruise calls in 2025. Of these, 1,800 were transits, 900 were turnarounds "
            "and 250 were overnight stays.\n")
    claims = _claims(text)
    assert [claims[f].unit for f in ("1,800", "900", "250")] == ["calls"] * 3


def test_a_short_name_is_the_company_a_capitals_heading_names_in_full():
    text = ("Between:\n\n        NORTHWIND SHIPPING LIMITED        Claimant\n\n"
            "        - and -\n\n        ORRAN PORT SERVICES PLC        Defendant\n\n"
            "1. Northwind says its loss was £2.1 million. Orran Port accepts £1.4 million.\n")
    claims = _claims(text)
    assert claims["£2.1 million"].source == "Northwind Shipping Limited"


def test_a_column_of_countries_at_a_rows_end_credits_no_one():
    text = ("| Damage (USD bn) | Deaths | Event | Country |\n|---|---|---|---|\n"
            "| 8.1 | 14 | Cyclone Amara | US |\n| 3.2 | 40 | Floods, Po valley | Italy |\n")
    claims = _claims(text)
    assert claims["8.1"].source is None and claims["3.2"].source is None


def test_a_column_whose_header_names_a_count_takes_no_money_from_the_next_column():
    text = ("| Damage (USD bn) | Deaths | Event |\n|---|---|---|\n"
            "| 12.4 | 231 | Cyclone Amara |\n| 3.1 | 17 | Floods, Po valley |\n")
    claims = _claims(text)
    assert (claims["12.4"].value, claims["12.4"].unit) == (12.4e9, "USD")
    assert (claims["231"].value, claims["231"].unit) == (231, "deaths")


def test_a_row_label_in_money_per_tonne_gives_its_cells_the_rate():
    text = ("                    2025        2026\n"
            "Rotterdam ($/t)     9,150       8,720\n"
            "Hamburg (EUR/t)     8,040       7,610\n")
    claims = _claims(text)
    assert claims["9,150"].unit == "USD/tonne" and claims["7,610"].unit == "EUR/tonne"


def test_a_title_in_boe_per_day_counts_its_rows_and_a_fields_name_counts_nothing():
    text = ("Net production by field (boe/d)\n\n| Field | Q3 2025 | Q2 2025 |\n|---|---|---|\n"
            "| Corvus | 12,730 | 11,960 |\n| Marlin East | 5,870 | 6,340 |\n| Total | 18,600 | 18,300 |\n\n"
            "Output rose in the quarter, and Corvus is now the larger of the two fields by some distance, the operator said.\n")
    claims = _claims(text)
    assert claims["12,730"].unit == claims["18,600"].unit == "boe/day"  # not "corvus", a field's name


def test_a_short_name_defined_in_brackets_acts_as_its_body():
    text = ("The Kalvo Grain Marketing Board (Kalgrain) sets the floor price. Kalgrain has said that "
            "weevils destroyed up to 41,000 tonnes of stored maize.\n")
    assert _claims(text)["41,000 tonnes"].source == "Kalvo Grain Marketing Board"


def test_a_page_footer_of_page_numbers_and_a_job_number_is_no_claim():
    text = "The panel counted 41 transfers in 2024.\n\n31/96                                   24-11872\n\nIt found 12 more in 2025.\n"
    claims = _claims(text)
    assert "31/96" not in claims and "24-11872" not in claims and "41" in claims


@pytest.mark.parametrize(("text", "figure", "value"), [
    ("Renovation output is expected to grow c.2.3% in 2026.", "2.3%", 2.3),
    ("The group employs c.1,250 people in four countries.", "1,250", 1250),
    ("The group employs c. 1,250 people in four countries.", "1,250", 1250),
])
def test_circa_written_c_dot_qualifies_its_figure(text, figure, value):
    claim = _claims(text)[figure]
    assert (claim.value, claim.qualifier) == (value, "approximate")


def test_a_short_label_line_credits_its_dated_citation_in_brackets():
    text = ("Outlook\n\nMarket: repair demand up 2.6% (Eurobuild, May 2025); new homes to recover in 2026\n"
            "Pricing: stable in most markets\n")
    claim = _claims(text)["2.6%"]
    assert (claim.source, claim.source_date) == ("Eurobuild", "2025-05")


def test_thousands_and_millions_of_ounces_are_ounces():
    claims = _claims("The mine poured 212 koz in 2025 and holds reserves of 3.4 Moz.\n\n"
                     "| Pit | Ore (Mt) | Contained gold (koz) |\n|---|---|---|\n| East | 4.1 | 186 |\n")
    assert (claims["212 koz"].value, claims["212 koz"].unit) == (212e3, "ounces")
    assert (claims["3.4 Moz"].value, claims["3.4 Moz"].unit) == (3.4e6, "ounces")
    assert (claims["186"].value, claims["186"].unit) == (186e3, "ounces")


def test_a_money_caption_above_rows_without_a_header_scales_them():
    text = ("Slide 3\n\nGross debt bridge, €m\nGross debt at 31 Dec 2024                 742.0\n"
            "Repayments                                –96.5\nGross debt at 31 Dec 2025                 645.5\n")
    claims = _claims(text)
    assert (claims["742.0"].value, claims["742.0"].unit) == (742e6, "EUR")
    assert claims["–96.5"].value == -96.5e6


def test_a_price_table_in_a_declared_currency_per_kg_and_a_row_per_litre():
    text = ("The Marran dinar (MRD) weakened; a kilogram of bread cost MRD 1,240 in May.\n\n"
            "Table 2: Retail prices, May 2025 (MRD per kg unless stated)\n\n"
            "Commodity            North    South    Change %\n"
            "Lentils              2,310    2,260       +4.1\n"
            "Cooking oil (litre)  5,120    5,340       +2.2\n")
    claims = _claims(text)
    assert (claims["2,310"].unit, claims["5,120"].unit) == ("MRD/kilogram", "MRD/liter")
    assert claims["+4.1"].unit == "percent"


def test_a_headers_money_per_t_is_per_tonne():
    text = "| Grade | Price (USD/t) |\n|---|---|\n| Premium | 3,150 |\n| Low | 1,910 |\n"
    claim = _claims(text)["3,150"]
    assert (claim.unit, claim.currency, claim.per) == ("USD/tonne", "USD", "tonne")


def test_a_row_that_opens_with_its_figure_is_labelled_by_the_words_after_it():
    text = ("AT A GLANCE\n\n"
            "  3.7M        people in need               Regional Response Plan (March 2025)\n"
            "  615,000     people displaced             Displacement survey, Round 4\n"
            "  US$88.1M    required                     Regional Response Plan (March 2025)\n\n"
            "The plan was launched in Bramton.\n")
    claims = _claims(text)
    assert claims["3.7M"].unit == "people" and claims["615,000"].unit == "people"
    assert claims["US$88.1M"].unit == "USD"
    assert "displaced" in claims["615,000"].measure


LEAGUE = ("Standings after 30 rounds\n\n"
          "Pos  Team                 P    W    D    L    GF   GA   GD    Pts\n"
          " 1   Orchard Vale         30   21   5    4    64   25   +39   68\n"
          " 2   Kelmarsh Town        30   19   7    4    58   27   +31   64\n"
          " 3   Dunholm Rangers      30   17   6    7    50   33   +17   57\n")


def test_a_league_tables_columns_and_its_ranked_rows():
    claims = [c for c in extract_text(LEAGUE).claims if c.line == 4]
    by_column = {LEAGUE[c.start - 1 : c.end].strip(): c for c in claims}
    assert claims and all(c.row == "Orchard Vale" for c in claims)
    units = [c.unit for c in sorted(claims, key=lambda c: c.start)]
    # (a "P" column of played matches is no p-value)
    assert units[1:] == ["matches", "wins", "draws", "defeats", "goals", "goals", "goals", "points"]
    assert by_column["68"].value == 68


def test_the_rows_of_a_ranked_table_are_not_one_quantity():
    from claimaudit.api import check_text

    assert not [f for f in check_text(LEAGUE).findings if f.rule == "CA101"]


def test_a_titles_thousands_before_a_comma_scale_its_table():
    text = ("Table 4. Sorghum balance ('000 tonnes, October–September years)\n\n"
            "  |                 | 2023/24 | 2024/25 |\n"
            "  |-----------------|--------:|--------:|\n"
            "  | Production      |   2,140 |   2,385 |\n"
            "  | Exports         |     610 |     725 |\n")
    doc = extract_text(text)
    claims = {c.text: c for c in doc.claims}
    assert "000 tonnes" not in claims and "'000 tonnes" not in claims  # (the scale mark is no figure)
    assert (claims["2,140"].value, claims["2,140"].unit) == (2_140_000, "metric tons")


def test_an_indented_stub_states_the_tables_money_save_for_a_counted_row():
    text = ("SIX-YEAR RECORD\n\n"
            "  €m unless stated                 2022     2023     2024\n"
            "  Revenue                          310.5    342.9    371.2\n"
            "  Operating profit                  41.0     45.8     52.3\n"
            "  Average staff (number)           2,810    2,905    3,060\n")
    claims = _claims(text)
    assert (claims["342.9"].value, claims["342.9"].unit) == (342_900_000, "EUR")
    assert (claims["2,905"].value, claims["2,905"].unit) == (2_905, "staff")


def test_a_money_caption_one_blank_line_above_its_rows():
    text = ("Bridge from operating profit to free cash flow (€m)\n\n"
            "  Operating profit                                      52.3\n"
            "  Depreciation and amortisation                         19.6\n"
            "  Free cash flow                                        38.1\n")
    claims = _claims(text)
    assert (claims["19.6"].value, claims["19.6"].unit) == (19_600_000, "EUR")


@pytest.mark.parametrize(
    "text,figure,unit",
    [
        ("The emergency attendance rate rose to 412.5 per 100,000 residents.", "412.5",
         "attendances/100,000 residents"),
        ("The arrest rate was 96.1 per 100,000 population, against 88.4 per 100,000 a year before.", "88.4",
         "arrests/100,000 population"),
        # a ratio's name counts no events
        ("Mobile broadband reached a penetration rate of 71.3 per 100 inhabitants.", "71.3", "per 100 inhabitants"),
    ],
)
def test_an_event_rate_per_n_counts_its_events(text, figure, unit):
    assert _claims(text)[figure].unit == unit


def test_an_event_rate_title_and_a_header_ending_in_its_noun():
    text = ("Table 6. Emergency referral rate per 100,000 population, by district\n\n"
            "  District      Quarter 1   Quarter 2\n"
            "  Northfold        44.2        39.8\n"
            "  Ambry            51.0        47.3\n\n"
            "Table 7. Referrals by district\n\n"
            "  | District  | Clinic visits | ED/UTC attendances |\n"
            "  |-----------|--------------:|-------------------:|\n"
            "  | Northfold |           212 |                 17 |\n")
    claims = _claims(text)
    assert claims["44.2"].unit == "referrals/100,000 population"
    assert claims["17"].unit == "attendances"  # (not the title's referrals)


def test_a_figure_restated_in_brackets_in_another_unit_measures_what_it_restates():
    claims = _claims("We expect a rye yield of 2.61 t/ha (38.8 bu/acre).")
    assert claims["38.8"].measure_key == claims["2.61 t"].measure_key


def test_run_in_headings_tell_paragraphs_figures_apart():
    from claimaudit.api import check_text

    text = ("Rye. Growers planted more this spring. We expect a yield of 2.61 t/ha (38.8 bu/acre).\n\n"
            "Oats. Growers planted less this spring. We expect a yield of 3.37 t/ha (50.1 bu/acre).\n")
    claims = _claims(text)
    assert "rye" in claims["38.8"].measure_key and "oat" in claims["50.1"].measure_key
    assert not [f for f in check_text(text).findings if f.rule == "CA101"]


@pytest.mark.parametrize(
    "text,figure,unit",
    [
        ("The operating margin widened 1.4 ppt to 12.3%.", "1.4 ppt", "percentage points"),
        ("Take-up rose 2 ppts to 61 per cent.", "2 ppts", "percentage points"),
        # no percentage near: parts per thousand, as salinity is given
        ("Salinity in the estuary averaged 28 ppt in July.", "28", "ppt"),
    ],
)
def test_ppt_beside_percentages_is_percentage_points(text, figure, unit):
    assert _claims(text)[figure].unit == unit


def test_a_note_mark_glued_after_a_labels_percent_sign():
    text = ("| Measure | 2024 | 2023 |\n|---|---|---|\n"
            "| Customer retention (%)(3) | 88.1 | 86.4 |\n")
    doc = extract_text(text)
    assert [s.reason for s in doc.set_aside if s.text == "3"] == ["footnote"]
    assert {c.text: c.unit for c in doc.claims} == {"88.1": "percent", "86.4": "percent"}


def test_a_date_inside_a_since_clause_dates_no_statement():
    claims = _claims("The Health Bureau reports 412 people killed and 1,630 injured since fighting began on 9 April.")
    assert claims["412"].source == "Health Bureau" and claims["412"].source_date is None
    assert claims["1,630"].unit == "people"  # (the count before's noun, left unsaid)


def test_a_stock_that_builds_or_draws_states_a_change():
    claims = _claims("US commercial crude stocks built by 4.3 mb to 441.2 mb, and gasoline inventories drew 1.9 mb.")
    assert claims["4.3"].kind == "change" and claims["1.9"].kind == "change"
    assert claims["441.2"].kind == "level"


def test_numbered_paragraphs_numbers_count_nothing():
    text = ("1 The scheme opened in 2021 to fund 40 new clinics.\n\n"
            "2 In 2023 the board widened it to dental practices.\n\n"
            "3 Costs rose to £18 million by March 2025.\n\n"
            "4 Staff said 12 clinics had opened late.\n")
    doc = extract_text(text)
    assert {s.text: s.reason for s in doc.set_aside if s.text in ("1", "2", "3", "4")} == dict.fromkeys(
        ("1", "2", "3", "4"), "list_number")
    assert {"40", "£18 million", "12"} <= {c.text for c in doc.claims}


def test_two_counts_joined_by_and_keep_their_own_words():
    from claimaudit.api import check_text

    text = ("The inquiry received 812 submissions from residents and 47 submissions from businesses.\n\n"
            "In numbers: 47 submissions from businesses; 812 from residents.\n")
    claims = [c for c in extract_text(text).claims if c.line == 1]
    first, second = sorted(claims, key=lambda c: c.start)
    assert "business" not in first.measure_key and "resident" not in second.measure_key
    assert not [f for f in check_text(text).findings if f.rule == "CA101"]


def test_a_percentage_inside_a_row_label_names_the_row():
    from claimaudit.api import check_text

    text = ("Table 2. Delivered prices (USD per tonne)\n\n"
            "  Product                       May 2025   April 2025\n"
            "  Durum wheat, 13% protein         318         322\n"
            "  Durum wheat, 11% protein         297         301\n"
            "  Air defence (4 batteries)        120         118\n")
    doc = extract_text(text)
    assert [s.reason for s in doc.set_aside if s.text == "13%"] == ["category"]
    assert "4" in {c.text for c in doc.claims}  # (a count in a label is still claimed)
    assert not [f for f in check_text(text).findings if f.rule == "CA101"]


def test_a_works_acronym_after_its_date_dates_the_figure():
    claims = _claims("The IEA put demand growth at 0.74 mb/d in its June 2025 OMR, and supply growth at 1.8 mb/d.")
    assert (claims["0.74 mb/d"].source, claims["0.74 mb/d"].source_date) == ("International Energy Agency", "2025-06")


def test_a_sources_line_credits_each_row_the_part_that_names_it():
    text = ("Table 4. Inflation forecasts compared (% change on previous year)\n\n"
            "                                 2025      2026\n"
            "  Bank staff (May Report)         3.0       2.4\n"
            "  OECD, Economic Outlook          2.8       2.3\n"
            "  Focus Economics panel           2.9       2.5\n\n"
            "Sources: Bank staff; OECD, Economic Outlook, June 2025; Focus Economics panel, 12 May 2025.\n")
    claims = _claims(text)
    assert claims["2.8"].unit == "percent"
    assert (claims["2.8"].source, claims["2.8"].source_date) == (
        "Organisation for Economic Co-operation and Development", "2025-06")
    assert (claims["2.9"].source_date, claims["2.5"].source_date) == ("2025-05-12", "2025-05-12")
    assert "Organisation" not in (claims["2.9"].source or "")


def test_a_notes_vague_part_credits_its_columns_to_no_one_and_its_named_part_the_rest():
    text = ("Table 3. Shelter response\n\n"
            "| District | Households reached | Required (US$ m) | % funded |\n"
            "|----------|--------------------|------------------|----------|\n"
            "| Ostrava  | 12,400             | 18.2             | 41.5     |\n\n"
            "Sources: households reached, as reported by shelter partners; funding from OCHA.\n")
    claims = _claims(text)
    assert claims["12,400"].source is None and not claims["12,400"].source_vague
    assert claims["41.5"].source == "UN Office for the Coordination of Humanitarian Affairs"


def test_a_quote_closed_by_she_said_continues_the_person_named_before():
    claims = _claims('Maria Lenk said the district needed more nurses. "We recruited only 38 last year," she said.')
    assert (claims["38"].source, claims["38"].attribution) == ("Maria Lenk", "continued")
    # (a body named before is no "she")
    claims = _claims('The Nursing Council said the district needed nurses. "We recruited only 38 last year," she said.')
    assert claims["38"].source is None


def test_a_slash_joined_acronym_pair_before_the_counted_noun():
    assert _claims("There were 164 new HDU/ITU admissions in week 9.")["164"].unit == "admissions"


def test_each_update_of_a_page_of_dated_updates_is_as_at_its_stamp():
    text = ("FLOOD RESPONSE: RIVER ODEN\n\n"
            "Update 3 | Tuesday 4 March 2025, 18:00\n\n"
            "Households evacuated     1,240\n"
            "Shelters open            9\n\n"
            "Crews reported 1,240 households evacuated by the evening.\n\n"
            "Update 2 | Tuesday 4 March 2025, 07:30\n\n"
            "Households evacuated     860\n"
            "Shelters open            6\n")
    claims = _claims_all(text)
    assert "3" not in claims and "2" not in claims  # (an update's own number counts nothing)
    assert [c.period for c in claims["1,240"]] == ["2025-03-04 18:00"] * 2
    assert claims["860"][0].period == "2025-03-04 07:30"


def test_dated_updates_in_capitals_are_stamps_too():
    text = ("INCIDENT LOG\n\nUPDATE 2 | 9 MARCH 2025, 17:00\n\nCREWS CLEARED 48 ROADS.\n\n"
            "UPDATE 1 | 9 MARCH 2025, 08:00\n\nCREWS CLEARED 31 ROADS.\n")
    claims = _claims_all(text)
    assert claims["48"][0].period == "2025-03-09 17:00" and claims["31"][0].period == "2025-03-09 08:00"


def test_one_dated_update_gives_no_period():
    text = ("Update | 4 March 2025, 18:00\n\n"
            "Crews reported 1,240 households evacuated.\n")
    assert _claims_all(text)["1,240"][0].period is None


@pytest.mark.parametrize(
    "text,figure,value,unit",
    [
        ("Average consumer prices across the eleven provinces rose sharply to 4.3\n"
         "percent in 2023 from 2.7 percent in 2022, the bureau said on Monday.", "4.3\npercent", 4.3, "percent"),
        ("* The monetary authority lowered its benchmark rate by 125 basis points, to 9.5\n"
         "  percent, between October 2023 and June 2024 in four steps.", "9.5\n  percent", 9.5, "percent"),
        ("Merchandise exports of the archipelago were worth a record US$ 2.1\n"
         "billion last year, most of it in frozen fish and canned tuna.", "US$ 2.1\nbillion", 2.1e9, "USD"),
    ],
)
def test_a_figure_wrapped_away_from_its_unit_keeps_it(text, figure, value, unit):
    claim = _claims(text)[figure]
    assert (claim.value, claim.unit) == (value, unit)


def test_a_column_counted_in_thousands_of_a_currency_under_its_years():
    text = (
        "Summary of accounts\n"
        "\n"
        "                                   2024/25      2023/24\n"
        "                                      £000         £000\n"
        "  Shop sales                         7,310        6,880\n"
        "  Grants received                   12,400       11,950\n"
    )
    claims = _claims(text)
    assert (claims["7,310"].value, claims["7,310"].unit) == (7_310_000, "GBP")
    assert "000" not in claims and "£000" not in claims


def test_a_documents_declared_dollar_is_what_its_dollar_sign_means():
    text = (
        "All figures are in Veltran dollars (VTD), written $, unless stated otherwise.\n\n"
        "The median rent was $1,450 a month in June, about US$980, and the fund held 2 billion dollars."
    )
    claims = _claims(text)
    assert claims["$1,450"].unit == "VTD/month"
    assert claims["US$980"].unit == "USD/month"  # (the same rent, restated in US dollars)
    assert claims["2 billion dollars"].unit == "VTD"


@pytest.mark.parametrize(
    "text, names",
    [
        # a masthead with no head word that the text goes on naming as itself, and a part of the
        # line under it named by its word
        ("TALLOWMERE\nAnnual Review 2024/25\n\nPublished 3 June 2025 | Tallowmere Research | Ref 7\n\n"
         "Tallowmere helped 4,100 families this year. Tallowmere's shops raised more than ever.\n",
         {"tallowmere", "tallowmere research"}),
        # a place the text goes "in" is no publisher
        ("TALLOWMERE\nFlood situation\n\nRain fell across Tallowmere all week. Tallowmere saw floods "
         "and Tallowmere's roads closed.\n", set()),
    ],
)
def test_a_masthead_without_a_head_word_that_the_text_keeps_naming(text, names):
    from claimaudit.extraction.parse.attribution import publisher_names

    assert publisher_names(text) == names


def test_an_acronyms_full_stop_ends_a_source_note():
    text = (
        "| Maker | Units |\n|---|---|\n| Alpha | 12,884 |\n| Beta | 17,905 |\n"
        "Source: KBIA. Ranked by registrations in May.\n"
    )
    assert _claims(text)["12,884"].source == "KBIA"


def test_the_year_after_a_compared_figure_and_its_unit_is_that_figures():
    claims = _claims("Key findings\n\n- Median repair time fell to 6 weeks, from 8 weeks in 2023.\n")
    assert claims["8 weeks"].period == "2023"
    assert claims["6 weeks"].period != "2023"


def test_a_fields_period_is_its_own_not_a_field_above():
    text = (
        "AT A GLANCE\n"
        "  Survey years:                      2001–2024\n"
        "  Mean warming, 2001–2024:           0.21 °C per decade\n"
        "  Mean warming, 2012–2024:           0.34 °C per decade\n"
    )
    claims = _claims(text)
    assert claims["0.34 °C"].period == "2012/2024"


@pytest.mark.parametrize(
    "text",
    [
        "Bulletin, 20 June 2025.\n\nOn 3 May, the Harbour Licensing Board (HLB) announced that applications would open on "
        "1 September 2025. The Board estimated that 4,200 berths were in use.",
        "Bulletin, 20 June 2025.\n\nOn 3 May, the Harbour Licensing Board (HLB) announced that 4,200 berths were in use "
        "and that applications would open on 1 September 2025.",
    ],
)
def test_a_statements_day_is_not_the_day_of_an_event_it_announces(text):
    assert _claims(text)["4,200"].source_date == "2025-05-03"


@pytest.mark.parametrize(
    "text,figure,source",
    [
        # a body defined whole after a known body's possessive is the source ...
        ("The US Federal Bureau of Investigation's Cyber Fraud Center (CF2) received 3,100 complaints in 2024.", "3,100",
         "Cyber Fraud Center"),
        # ... and so is one whose name begins with a known body's, whose work is cited by "its"
        ("The European Union Agency for Fisheries Control (EFCA) recorded 212 inspections in 2024, according to its "
         "Control Activity Report published in March 2025.", "212", "European Union Agency for Fisheries Control"),
        # but not a body's work, whatever acronym it has
        ("Holdings fell to 9.2% in 2024, according to the International Monetary Fund's Fiscal Monitor (FM).", "9.2%",
         "International Monetary Fund"),
    ],
)
def test_a_body_defined_whole_after_a_known_name(text, figure, source):
    assert _claims(text)[figure].source == source


def test_according_to_its_work_credits_the_body_named_before():
    text = ("In Europe, the European Union Agency for Fisheries Control (EFCA) recorded 212 inspections in 2024, "
            "according to its Fleet Watch review published in March 2025.")
    claim = _claims(text)["212"]
    assert (claim.source, claim.source_date) == ("European Union Agency for Fisheries Control", "2025-03")


def test_a_statements_next_section_after_a_blank_line_keeps_the_header():
    text = (
        "Statement of activities for the year ended 30 June 2025\n"
        "\n"
        "                                      2024/25      2023/24\n"
        "                                         £000         £000\n"
        "Income\n"
        "  Shop sales                            7,310        6,880\n"
        "  Grants received                      12,400       11,950\n"
        "\n"
        "Expenditure\n"
        "  Staff costs                           9,120        8,740\n"
        "  Premises                              2,310        2,290\n"
    )
    claims = _claims(text)
    assert (claims["9,120"].value, claims["9,120"].unit, claims["9,120"].period) == (9_120_000, "GBP", "2024/2025")


def test_a_share_of_every_pound_stated_after_it():
    claims = _claims("The cost of fundraising for every £1 of donations received, was 19p, down from 21p in 2023/24.")
    assert claims["19p"].unit == "GBP/GBP"
    assert claims["19p"].period != "2023/2024" and claims["21p"].period == "2023/2024"


def test_a_rank_column_of_a_space_aligned_table_counts_nothing():
    text = (
        "Table 4: Largest ports, 2024\n"
        "\n"
        " Rank  Port            Calls    Share\n"
        "  1    Northhaven      4,210    21.3%\n"
        "  2    Kell Bay        3,880    19.6%\n"
        "  3    Arnmouth        2,950    14.9%\n"
    )
    claims = _claims(text)
    assert "1" not in claims and "2" not in claims and "3" not in claims
    assert "4,210" in claims


def test_counts_in_brackets_after_what_they_count_in_a_run():
    claims = _claims("Manufacturing led again, with 268 claims, or about 21% of the total, followed by motor (187) "
                     "and property (176).")
    assert claims["187"].unit == claims["176"].unit == "claims"


def test_a_title_breaking_down_people_counts_people():
    text = ("Table 2: People supported by service\n\n| Service | 2024 | 2023 |\n|---|---|---|\n"
            "| Legal advice | 12,300 | 11,100 |\n| Tenancy support | 4,020 | 3,870 |\n")
    assert _claims(text)["12,300"].unit == "people"


def test_a_factor_column_counts_nothing_its_row_label_names():
    text = ("Table 1: Capacity by technology\n\n| Technology | Installed (GW) | Load factor |\n|---|---|---|\n"
            "| Turbines | 9.8 | 0.43 |\n| Batteries | 6.2 | 0.20 |\n")
    claims = _claims(text)
    assert claims["0.43"].unit is None and claims["9.8"].unit == "gigawatts"


def test_a_title_stating_a_count_per_a_base_gives_its_cells_that_rate():
    text = ("Table 3. Comparison, 2023 (beds per 1,000 residents)\n\n| Region | Public | Private |\n|---|---|---|\n"
            "| Northmoor | 3.1 | 0.8 |\n| Eastvale | 2.7 | 1.2 |\n")
    claims = _claims(text)
    assert claims["3.1"].unit == claims["1.2"].unit == "beds/1,000 residents"


def test_a_headers_threshold_is_not_what_its_column_counts():
    text = ("| Service | Total on list | On list over 26 weeks |\n|---|---|---|\n"
            "| Hip repair | 51,210 | 8,880 |\n| Cataracts | 34,930 | 6,215 |\n")
    assert _claims(text)["8,880"].unit != "weeks"


@pytest.mark.parametrize("text, figure, unit", [
    ("We ended the year with 2,410 clients paying more than $50,000 a year, up 9% from 2,210 a year earlier.",
     "2,210", "clients"),
    ("The register lists 830 firms with fewer than 50 employees, against 790 in 2023.", "790", "firms"),
])
def test_a_bound_on_the_counted_is_not_the_figure_compared(text, figure, unit):
    assert _claims(text)[figure].unit == unit


def test_the_power_of_a_unit_is_no_note_marker():
    # "m³" is a cubic metre, not a marker of note 3
    text = ("Key findings:\n\n  • The mean ozone concentration at the stations was 52.4 µg/m³, down from 55.0 µg/m³ in 2023.\n"
            "  • The lagoon covers 4.2 km² of the estuary.\n\n"
            "REFERENCES\n\n[2] Ministry of Water (2024). Lagoon survey.\n[3] Lind, A. and Perez, B. (2024). Ozone in the valley.\n")
    claims = _claims(text)
    assert claims["52.4 µg/m³"].source is None and claims["4.2 km²"].source is None
    assert claims["52.4 µg/m³"].period != "2023"  # (the date of the figure compared with)


def test_the_ministry_is_not_one_named_after_it():
    text = ("Budget papers published by the Ministry of Finance put debt at 61.0% of GDP.\n\n"
            "Schools will receive KES 1.4 billion, the ministry said; the Ministry of Education puts the "
            "backlog at 2,300 classrooms.")
    assert _claims(text)["KES 1.4 billion"].source.startswith("Ministry of Finance")



def test_a_bracketed_source_line_under_a_heading_credits_the_items_below():
    text = ("The plan was published on Tuesday.\n\nMAIN POINTS\n\n(Source: Ministry of Transport plan documents)\n\n"
            "* Rail: 240 km of new track by 2030\n* Roads: 1,150 km resurfaced\n\nOther news followed.\n")
    claims = _claims(text)
    assert claims["240 km"].source == claims["1,150 km"].source == "Ministry of Transport"



def test_a_note_on_the_publishers_own_compilation_credits_no_vague_source():
    text = ("NORTHERN CEMENT PRODUCERS' ASSOCIATION (NCPA)\nMonthly release\n\nOutput rose in May.\n\n"
            "| Country | May 2025 (Mt) |\n|---|---:|\n| Arland | 4.12 |\n| Brevia | 2.07 |\n"
            "Source: NCPA, based on returns from national associations and statistics offices.\n")
    claims = _claims(text)
    assert claims["4.12"].source is None and not claims["4.12"].source_vague


@pytest.mark.parametrize("text, figure, kind, unit", [
    ("Wetland area is 3,400 ha larger than at the first survey.", "3,400 ha", "change", "hectares"),
    ("Wetland area is 3,400 ha smaller than in 2015.", "3,400 ha", "change", "hectares"),
    ("Staff numbers were 1,300 higher than a year earlier.", "1,300", "change", None),
])
def test_a_difference_from_an_earlier_count_is_a_change(text, figure, kind, unit):
    claim = _claims(text)[figure]
    assert claim.kind == kind and (unit is None or claim.unit == unit) and claim.unit != "higher"


def test_a_named_bodys_reports_are_no_vague_source():
    text = "Occupancy averaged 91.2% in May. Harbour Health's weekly situation reports put the figure for the region at 88.4%."
    claim = _claims(text)["88.4%"]
    assert claim.source == "Harbour Health" and not claim.source_vague


def test_a_lists_lead_in_states_the_scale_and_unit_of_its_items():
    text = ("Estimates by district, thousand tonnes (2023 in brackets):\n"
            "  - North Ridge .......... 41.2  (39.8)\n"
            "  - Lowfield ............. 12.6  (13.1)\n\nMore text.\n")
    claims = _claims(text)
    assert claims["41.2"].value == 41200 and claims["41.2"].unit == "metric tons"
    assert claims["39.8"].value == 39800  # (the brackets hold the year before, as the lead-in says: no minus)


def test_of_a_bodys_figure_credits_the_body_and_the_date_in_brackets():
    text = ("The Harbour Research Group (HRG) counted 4,100 ships in 2023. "
            "Of HRG's 4,100 ships for 2023 (data released in June 2024), most were tankers.")
    second = _claims_all(text)["4,100"][1]
    assert second.source == "Harbour Research Group" and second.source_date == "2024-06"


def test_a_place_then_a_year_then_data_released_credits_no_place():
    text = "The survey recorded 27,900 ha of loss in Ostland in 2023 in data released in April 2024."
    assert _claims(text)["27,900 ha"].source != "Ostland"





def test_from_a_figure_in_a_month_to_the_next_counts_the_same_noun():
    claims = _claims("Monthly registrations of new pupils climbed from 2,840 in June to 3,310 in July.")
    assert claims["2,840"].kind == "previous" and claims["3,310"].unit == claims["2,840"].unit



def test_a_survey_named_with_its_own_date_keeps_it():
    text = "According to the Coastal Household Survey, published on 3 May 2025, unemployment was 4.2%."
    assert _claims(text)["4.2%"].source == "Coastal Household Survey"


def test_a_source_note_naming_a_unit_of_the_publisher_is_its_own():
    text = ("NORTHERN GRAIN TRADERS' FEDERATION\nMarket Intelligence Unit\n\nMONTHLY BULLETIN\n"
            "Issue No. 12  |  Published 9 June 2025\n\nShipments eased in May.\n\nTable 3. Shipments by month\n\n"
            "| Month    | Tonnes |\n|----------|-------:|\n| April    | 44,100 |\n| May      | 41,200 |\n"
            "Source: NGTF Market Intelligence Unit.\n\nThe NGTF urges members to file returns on time.\n\n(c) NGTF 2025.\n")
    assert _claims(text)["41,200"].source is None


@pytest.mark.parametrize("text, figure, source, date", [
    # ", the education ministry said." closing the sentence credits that ministry
    ("Spending rose. Another 12,500 teachers will be hired by 2027, the education ministry said.",
     "12,500", "Ministry of Education", None),
    # "It sees growth ..." continues the forecaster of the sentence before
    ("The Harbour Economic Council (HEC) cut its growth forecast to 0.8% from 1.2%. "
     "It sees growth picking up to 1.4% in 2026.", "1.4%", "Harbour Economic Council", None),
    # a laboratory at a university, described in an aside, that recorded the figure
    ("The Coastal Mapping and Analysis (CMA) laboratory at the University of Farrow, whose data are "
     "published online, recorded 41 km of cliff retreat in 2023 in data released in April 2024.",
     "41 km", "Coastal Mapping and Analysis", "2024-04"),
    # the body a figure is set against ("below the HFC's forecast") is not its source
    ("The Harbour Fiscal Council (HFC) forecast growth of 1.9% this year. The World Bank, in its June 2025 "
     "Global Economic Prospects, put growth this year at 1.2%, below the HFC's forecast, and warned of risks.",
     "1.2%", "World Bank", "2025-06"),
    # a survey speaks through the dated work the sentence opens with
    ("BULLETIN\nPublished 2 June 2025\n\nAccording to the Harbour Statistics Office bulletin published on 28 May 2025, "
     "the Coastal Household Survey (CHS) estimated 212,000 households in the region in 2024.",
     "212,000", "Harbour Statistics Office", "2025-05-28"),
    # an abbreviated month with its point ("Sept. 3") dates a statement
    ("MARKETS\n12 October 2025\n\nThe Harbour Statistics Office said on Sept. 3 that the economy grew 1.7% in 2024.",
     "1.7%", "Harbour Statistics Office", "2025-09-03"),
    # a body's official, with where they serve, speaks for the body
    ("The IMF's chief economist said growth was 3.7% in 2024.", "3.7%", "International Monetary Fund", None),
    ("UNHCR's representative in Brenmark put new arrivals at 13,400 in May.", "13,400", "UN High Commissioner for Refugees", None),
    # an advisory body advises
    ("In advice released on 30 June 2025, the Harbour Fisheries Council (HFC) advises catches of no more than "
     "18,230 tonnes in 2026.", "18,230 tonnes", "Harbour Fisheries Council", "2025-06-30"),
    # an adviser to a party is no advisory body
    ("On the largest deal, Harbour Realty advised the vendor, Tessmark Pension, which sold the tower for €148 million.",
     "€148 million", None, None),
    # a work's title before its lower-case kind ("... Tea: Markets and Trade report") is not its
    # author; and the dated work of a clause after ", while" is another's
    ("The Harbour Crop Service (HCS) forecast the 2024/25 crop at 2.10 million bags in its December 2024 "
     "Tea: Markets and Trade report, while the HCS attache in Port Lira put it at 2.03 million bags "
     "in a FIELD report dated 2 April 2025.", "2.10 million", "Harbour Crop Service", "2024-12"),
    # the series of the work the speaker named before put the figure in is not its source
    ("The Harbour Crop Service (HCS) forecast the 2024/25 crop at 2.10 million bags in its December 2024 "
     "Tea: Markets and Trade report, while the HCS attache in Port Lira put it at 2.03 million bags "
     "in a FIELD report dated 2 April 2025.", "2.03 million", "Harbour Crop Service", "2025-04-02"),
])
def test_a_figure_credited_and_dated_by_its_sentence(text, figure, source, date):
    claim = _claims(text)[figure]
    assert claim.source == source and (date is None or claim.source_date == date)


def test_a_title_whose_counted_noun_has_a_participles_phrase_before_by():
    text = ("Table 3 — Vessels detained in port, by flag\n\n| Flag | 2025 | 2024 |\n|---|---|---|\n"
            "| Kovaria | 14 | 11 |\n| Tessmark | 9 | 12 |\n")
    assert _claims(text)["14"].unit == "vessels"


def test_a_noun_closing_a_longer_name_still_counts():
    text = ("+--------------------------------------+\n|  KEY FIGURES                         |\n"
            "|  41   reporters jailed   (2024: 37)  |\n+--------------------------------------+\n\nOn 3 May, the World Day for the Protection of Reporters, the union "
            "said that reporters face growing risks across the region and called for their release.\n")
    assert _claims(text)["41"].unit == "reporters"


def test_a_half_years_label_in_brackets_dates_only_the_figure_after_it():
    claims = _claims("Free cash flow was £274m (H1 2023/24: £251m).")
    assert claims["£251m"].period is not None and claims["£274m"].period != claims["£251m"].period


def test_a_rows_own_unit_wins_over_its_columns_money():
    text = ("SUMMARY TABLE\n\n                              H1 2025    H1 2024\n"
            "                                   £m         £m\n"
            "Group sales                    8,120      7,904\n"
            "Interim dividend (pence)         3.6        3.4\n")
    claims = _claims(text)
    assert claims["8,120"].value == 8.12e9 and claims["3.6"].value == 0.036


def test_a_note_part_naming_the_publishers_own_records_credits_no_one():
    text = ("HARBOUR TRANSIT AUTHORITY\nMonthly performance report\n\nTable 2. Rail performance by line\n\n"
            "  Line        Boardings (m)   MKBF (km)\n  Red                  3.85         41,270\n"
            "  Blue                 2.96         36,940\n"
            "  Source: Harbour Transit Authority Operations Centre; fleet maintenance system (MKBF).\n\n"
            "Ridership rose in June.\n")
    claims = _claims(text)
    assert claims["41,270"].source is None and not claims["41,270"].source_vague and claims["3.85"].source is None


def test_a_notes_work_released_on_a_day_dates_it():
    text = ("The Harbour Statistics Office (HSO) publishes data monthly.\n\nTable 1. Exports by market, 2024\n\n"
            "| Market | Volume (million L) |\n|---|---|\n| Kovaria | 57.4 |\n| Tessmark | 49.9 |\n\n"
            "Source: HSO export declarations, released 12 February 2025; our calculations.\n")
    assert _claims(text)["57.4"].source_date == "2025-02-12"


@pytest.mark.parametrize("text, figure, unit", [
    # a title whose unit follows a colon; a points column in a table of percentages
    ("Table 2. Prevalence by region, 2024: % (95% CI)\n\n| Region | Smoking |\n|---|---|\n| North | 8.7 (7.1–10.3) |\n"
     "| South | 11.9 (10.2–13.6) |\n", "8.7", "percent"),
    ("Table 3. Share of viewing by channel (%)\n\n| Channel | 2023 | 2024 | Change (pts) |\n|---|---|---|---|\n"
     "| One | 27.3 | 26.6 | -0.7 |\n| Two | 13.1 | 13.4 | +0.3 |\n", "-0.7", "percentage points"),
    # a daily title's time unit is a day's
    ("Table 1. Average daily radio listening by age group (minutes)\n\n| Age group | 2023 | 2024 |\n|---|---|---|\n"
     "| 16-24 | 52 | 46 |\n| 25-34 | 88 | 83 |\n", "52", "minutes/day"),
    # what the amount is of before "a day"
    ("Listeners aged 16-24 heard 52 minutes of radio a day.", "52 minutes", "minutes/day"),
])
def test_a_tables_or_sentences_unit_stated_around_it(text, figure, unit):
    assert _claims(text)[figure].unit == unit


def test_a_note_crediting_what_it_gives_from_whom_names_no_measure_as_a_source():
    text = ("Spawning stock biomass (SSB) is estimated by the Harbour Marine Institute (HMI).\n\n"
            "Table 1. Stock status\n\n| Stock | SSB (t) | Fishing rate |\n|---|---|---|\n| Cod | 52,700 | 0.28 |\n"
            "| Hake | 12,100 | 0.19 |\n\nSource: SSB, F and reference points from HMI assessments; advice from the ICES.\n")
    assert _claims(text)["0.28"].source == "Harbour Marine Institute"


def test_a_notes_parts_credit_the_publishers_surveys_to_no_one_and_a_system_to_its_owner():
    text = ("HARBOUR STATISTICS OFFICE (HSO)\nLabour market bulletin\n\n"
            "Employment rate, 16-64 (%)                72.3\n"
            "Payrolled employees (thousands)        28,950\n\n"
            "Source: Labour Force Survey and Vacancy Survey (HSO); PRS returns (Harbour Revenue Service) for payrolled employees.\n")
    claims = _claims(text)
    assert claims["72.3"].source is None and claims["28,950"].source == "Harbour Revenue Service"


def test_a_bodys_system_named_after_it_is_no_other_source():
    text = ("Early data from the Harbour Revenue Service (HRS) Payroll Reporting System (PRS) "
            "show that there were 12.62 million payrolled employees in April 2025.")
    assert _claims(text)["12.62 million"].source == "Harbour Revenue Service"


def test_a_labour_tables_row_label_age_band_counts_nothing_and_its_change_column_is_in_points():
    text = ("Table 1: Headline indicators, seasonally adjusted\n\n"
            "Indicator                                 Latest   Change on quarter   Change on year\n"
            "------------------------------------------------------------------------------------\n"
            "Employment rate, 16-64 (%)                  71.2                +0.3             -0.2\n"
            "Employment level, 16+ (thousands)         12,480                 +41              +95\n")
    claims = _claims(text)
    assert "16-64" not in claims and "16" not in claims
    assert claims["71.2"].unit == "percent" and claims["+0.3"].unit == "percentage points"
    assert claims["12,480"].value == 12_480_000


@pytest.mark.parametrize("note, date", [
    # a date inside the work's title is not the work's date; the one in brackets after it is
    ("Source: Harbour Research Group, Autumn 2024 Passenger Survey (November 2024).", "2024-11"),
    # a numbered report of the body, then its day
    ("Source: Harbour Fire Service, incident report No. 7, 4 February 2025", "2025-02-04"),
])
def test_a_source_notes_work_and_its_date(note, date):
    text = f"Table 1. Survey results\n\n| Measure | 2025 |\n|---|---|\n| Satisfaction | 74% |\n| Safety | 61% |\n\n{note}\n"
    assert _claims(text)["74%"].source_date == date


def test_a_trust_that_calls_itself_the_trust_in_its_own_paper_credits_no_one():
    text = ("HARBOUR AND DISTRICT HOSPITALS NHS FOUNDATION TRUST\nBoard of Directors\n\n"
            "4.2 The Trust expects a deficit of £11.3m for the year, £2.9m worse than planned.\n")
    assert _claims(text)["£11.3m"].source is None


def test_for_a_year_before_the_advising_body_is_the_advices_period():
    claim = _claims("For 2025 the Harbour Fisheries Council (HFC) advised that catches should be no more than 576,900 tonnes.")[
        "576,900 tonnes"]
    assert claim.source == "Harbour Fisheries Council" and claim.source_date != "2025"


def test_a_bodys_head_word_alone_opening_a_list_lead_in_names_no_body():
    text = ("The federation's crop committee, meeting on 6 May, cut its estimate of the 2024/25 crop to\n"
            "2.10 million bags from the 2.16 million published in February.\n\n"
            "Committee estimates by region, million bags (2023/24 in brackets):\n"
            "  - North Highlands ........ 0.72  (0.75)\n  - South Valley ........... 0.58  (0.61)\n")
    assert _claims(text)["0.72"].source is None


def test_a_notes_first_word_ending_like_a_demonym_is_no_vague_source():
    # "[2] Grain estimates draw on ...": the note's first word opens it; "estimates" is a noun
    text = ("The wheat crop rose 2% in 2024.[2]\n\nNotes\n[2] Grain estimates draw on 140 farm surveys and "
            "about 2,600 field samples a season.")
    claims = _claims(text)
    assert claims["140"].source is None and not claims["140"].source_vague
    assert claims["2,600"].source is None


@pytest.mark.parametrize("text,figure", [
    ("One port executive, who declined to be identified, said 3,918 containers were held.", "3,918"),
    ("A senior banker at a large lender, who spoke on condition of anonymity, put bad loans at "
     "US$1.417bn.", "US$1.417bn"),
])
def test_an_unnamed_person_who_withholds_their_name_is_a_vague_source(text, figure):
    assert _claims(text)[figure].source_vague


def test_a_bodys_titled_series_report_of_a_month_dates_the_figure():
    # "in its <title> (<ACR>) report of March 2024": the body's own series, dated by the report
    claims = _claims("The International Monetary Fund (IMF) put the gap at 8.1% in its Customs Gap Review Programme "
                     "(CGRP) report of June 2023.")
    assert (claims["8.1%"].source, claims["8.1%"].source_date) == ("International Monetary Fund", "2023-06")


@pytest.mark.parametrize("text,figure,source", [
    # a partner at a firm the text names with its legal form speaks for the firm
    ('The auditor, Marlow Quint LLP, signed the accounts. "Reserves cover 93% of claims," said Ines Barda, '
     'a partner at Marlow Quint.', "93%", "Marlow Quint LLP"),
    # the body before the role: "KGO's director of operations"
    ('The Kestrel Grid Operator (KGO) runs the grid. "Spare capacity stands at 6%," said Ana '
     "Reyl, KGO's director of operations.", "6%", "Kestrel Grid Operator"),
])
def test_a_quoted_person_speaks_for_the_firm_or_body_of_their_role(text, figure, source):
    assert _claims(text)[figure].source == source


def test_a_ministers_quote_speaks_for_the_ministry_in_all_its_sentences():
    text = ('Ana Velde, Minister for Roads and Ports, said: "Ferry traffic grew by 1,204 sailings. We will '
            'spend €85m on new berths by 2028."\n\nCargo volumes fell to 98.\n\n'
            "[3] Ministry of Roads and Ports, Port Statistics 2023.")
    claims = _claims(text)
    assert claims["1,204"].source == "Ministry of Roads and Ports"
    assert claims["€85m"].source == "Ministry of Roads and Ports"  # (the quote's second sentence)
    assert claims["98"].source is None  # (the quote has closed)


def test_a_document_may_define_a_registry_acronym_for_its_own_body():
    # "DPPA" is a UN department in the registry; here the document defines it as a trade body
    text = ("The Danby Power Pilots' Association (DPPA) disagrees.\n\n"
            "The DPPA's Annual Review reports that fees average 640 dollars per call.")
    assert _claims(text)["640 dollars"].source == "Danby Power Pilots' Association"


def test_a_work_the_document_calls_our_own_credits_no_one():
    claims = _claims("Our First Look at Summer, published in May, put spare capacity at 2.4 GW.")
    assert claims["2.4 GW"].source is None


def test_an_unknown_bodys_dated_titled_survey_is_the_bodys():
    claims = _claims("Harbour Polling's June 2024 Leisure Time survey of 1,480 households found that 38% "
                     "owned a bicycle.")
    assert (claims["38%"].source, claims["38%"].source_date) == ("Harbour Polling", "2024-06")


@pytest.mark.parametrize("currency", ["kronor", "escudos", "shekels", "hryvnias"])
def test_a_code_declared_for_a_currency_the_text_names(currency):
    claims = _claims(f"Money figures are in Tessmark {currency} (TMQ), current prices.\n\n"
                     "Gross box office rose 9.8% to TMQ 1,312.4 million.")
    assert (claims["TMQ 1,312.4 million"].unit, claims["TMQ 1,312.4 million"].value) == ("TMQ", 1.3124e9)


def test_a_column_headed_per_n_people_holds_a_rate():
    text = ("Table 5: Hospital admissions, 2023\n\n| Region | Admissions | Admissions per 10,000 residents |\n"
            "|---|---|---|\n| Harbia | 7,210 | 91.4 |\n| Ostria | 5,840 | 88.2 |\n")
    claims = _claims(text)
    assert claims["7,210"].unit == "admissions"
    assert claims["91.4"].unit == "admissions/10,000 residents"


def test_a_rank_column_of_a_table_without_outer_pipes_counts_nothing():
    text = ("Table 4. Busiest ports, 2023\n\nRank | Port | Operator | Calls (thousands)\n---|---|---|---\n"
            "1 | Kessport | Brenline | 41\n2 | Harrow Quay | Ostline | 37\n3 | Tessbay | Brenline | 29\n")
    claims = _claims(text)
    assert "1" not in claims and "3" not in claims
    assert claims["41"].value == 41_000


@pytest.mark.parametrize("text,figure,source", [
    ("On Harbour Data's consumer price index, inflation was 3.1% in May.", "3.1%", "Harbour Data"),
    ("On NielsenIQ's scanner measure, the brand's share was 7.4% in May.", "7.4%", "NielsenIQ"),
    # a grocery panel under its old name is the same firm
    ("Kantar Worldpanel data put the market share at 18.2%.", "18.2%", "Worldpanel by Numerator"),
])
def test_a_measure_a_body_publishes_credits_the_body(text, figure, source):
    assert _claims(text)[figure].source == source


def test_according_to_an_owners_titled_survey_credits_the_owner_named_in_full_before():
    text = ("Harbour Polling's June 2024 Leisure Time survey of 1,480 households found that 38% owned a bicycle. "
            "With 38% of households owning one, according to Harbour's Leisure Time survey of May 2024, sales are slowing.")
    later = _claims_all(text)["38%"][1]
    assert (later.source, later.source_date) == ("Harbour Polling", "2024-05")


def test_acronyms_run_together_ending_in_a_terms_credit_no_one():
    # "CGRP VAT": a programme's acronym, then a tax's; the bracketed citation names the source
    text = ("Value added tax (VAT) receipts fell. The IMF ran its Customs Gap Review Programme (CGRP) in 2023. "
            "The CGRP VAT estimate of 8.1% is taken from the published IMF technical assistance report (IMF, 2023).")
    claim = _claims(text)["8.1%"]
    assert (claim.source, claim.source_date) == ("International Monetary Fund", "2023")


def test_a_column_that_names_its_count_is_not_the_titles_money():
    # the title's "(USD billion)" is the losses' unit; "Events" counts events
    text = ("Table 1: Storm losses by province, 2024 (USD billion)\n\n"
            "| Province | Events | Economic losses | Insured losses |\n|---|---:|---:|---:|\n"
            "| Brenna | 14 | 6.2 | 3.1 |\n| Marra | 9 | 2.8 | 1.7 |\n")
    claims = _claims(text)
    assert (claims["14"].unit, claims["14"].value) == ("events", 14)
    assert (claims["6.2"].unit, claims["6.2"].value) == ("USD", 6.2e9)


def test_a_singular_in_s_heading_a_column_counts_nothing():
    # "MDX consensus" is an estimate of the row's amount, in the title's money, not a count of "consensus"
    text = ("BRENFIELD MINING, FIRST HALF 2025 (US$ mn unless stated)\n\n"
            "                          H1 2025     H1 2024    Change    MDX consensus\n"
            "  Revenue                   2,330       2,050     +13%            2,280\n"
            "  Net profit                  402         365     +10%              390\n\n"
            "  Source: Brenfield Mining half-year report; consensus: MDX.\n")
    claims = _claims(text)
    assert (claims["2,280"].unit, claims["2,280"].value) == ("USD", 2.28e9)


def test_a_clause_after_where_measures_what_where_refers_to():
    text = "Growth was fastest in dentistry, where enrolled students increased 6.2% to 13,950."
    assert "dentistry" in _claims(text)["13,950"].measure


def test_a_header_in_a_declared_symbol_is_that_money_not_thousands():
    text = ("All prices are in Brennish kronor (symbol K, currency code BRK). The average was K241,270.\n\n"
            "Table 1: Average price by type\n| Type | Average price (K) | Annual change (%) |\n|---|---|---|\n"
            "| Detached | 412,180 | 3.1 |\n| Flat | 169,370 | 2.8 |\n")
    claims = _claims(text)
    assert (claims["412,180"].unit, claims["412,180"].value) == ("BRK", 412_180)


def test_a_title_part_scales_only_the_rows_it_names_and_of_which_rows_count_their_parents_noun():
    text = ("Table 3: Licensed ferries and berths, at 30 June\nNumber; passengers carried in thousands\n\n"
            "                                 2024      2025\n"
            "Licensed ferries                  142       137\n"
            "  of which electric                31        38\n"
            "Berths                            214       209\n"
            "Passengers carried (thousands)   18.6      19.9\n")
    claims = _claims(text)
    assert (claims["142"].value, claims["142"].unit) == (142, "ferries")
    assert (claims["38"].value, claims["38"].unit) == (38, "ferries")
    assert claims["214"].value == 214
    assert claims["19.9"].value == 19_900


def test_a_source_line_listing_bodies_credits_each_row_its_own_dated_by_its_published_column():
    text = ("Table 4: Projections of output growth for Brenna, % per year\n\n"
            "| Forecaster | Published | 2025 | 2026 |\n|---|---|---|---|\n"
            "| IMF, World Economic Outlook | April 2025 | 2.3 | 2.2 |\n"
            "| OECD, Interim Economic Outlook | March 2025 | 1.9 | 2.1 |\n"
            "| Chamber of Commerce panel (median) | May 2025 | 1.7 | 1.6 |\n\n"
            "Source: IMF; OECD; Brenna Chamber of Commerce.\n")
    claims = _claims(text)
    assert claims["2.3"].unit == "percent"  # ("% per year": the title's unit)
    assert (claims["1.7"].source, claims["1.7"].source_date) == ("Brenna Chamber of Commerce", "2025-05")
    assert claims["2.3"].source == "International Monetary Fund"


@pytest.mark.parametrize("text,figure,source", [
    ("Real pay, as estimated by the GNP deflator, grew 2.7% in the year.", "2.7%", None),
    ("Prices, as measured by the CPI, rose 2.1% in May.", "2.1%", None),
    # an acronym the document defines for a body is that body
    ("The Climate Policy Initiative (CPI) tracks finance. Adaptation took about 5% (CPI, 2023).", "5%",
     "Climate Policy Initiative"),
])
def test_a_measures_acronym_is_no_source(text, figure, source):
    assert _claims(text)[figure].source == source


@pytest.mark.parametrize("text,figure,source", [
    ("Data from the Brenna Ministry of Transport's Harbour Traffic Survey, released on 12 May, show that sailings rose by 2,350.",
     "2,350", "Brenna Ministry of Transport"),
    ("According to the Brenna Bureau's Household Panel Survey, 43% of households rent.", "43%", "Brenna Bureau"),
    # a body of a body is itself
    ("The Ministry of Transport's Road Safety Directorate counted 412 deaths.", "412", "Road Safety Directorate"),
])
def test_a_bodys_titled_survey_credits_the_body(text, figure, source):
    assert _claims(text)[figure].source == source


def test_a_survey_credits_the_body_that_runs_it():
    text = ("Average orchard income rose 8.4% to €38,150 per holding, according to the Orchard Yield Survey conducted "
            "for the Council by the Fruit Research Unit of Marra College.\n\n"
            "Table 2: Average income by orchard type, € per holding\n\n| Orchard type | 2023 | 2024 |\n|---|---|---|\n"
            "| Apples | 41,270 | 44,860 |\n| Pears | 37,900 | 39,200 |\n\n"
            "Source: Orchard Yield Survey, Fruit Research Unit, Marra College.\n")
    claims = _claims(text)
    assert claims["8.4%"].source == "Fruit Research Unit of Marra College"
    assert claims["41,270"].source == "Fruit Research Unit, Marra College"


def test_the_publishers_short_name_in_its_own_source_line_credits_no_one():
    text = ("NATIONAL STATISTICS BUREAU OF THE MARRA REPUBLIC\nStatistical Bulletin\n\n"
            "Household Panel Survey, Marra Republic: July to September 2024\n\n"
            "Table 1: Headline indicators\n\n| Indicator | Q3 2024 |\n|---|---|\n| Employment (thousands) | 5,210 |\n\n"
            "Source: Household Panel Survey, National Statistics Bureau\n")
    assert _claims(text)["5,210"].source is None


def test_a_rows_money_per_noun_and_a_cells_own_points():
    text = ("Amounts are given in Brennish thalers (BRT). Running costs reached BRT 6.12bn.\n\n"
            "| Indicator | 2024 | 2025 | Change 2024 to 2025 (%) |\n|---|---|---|---|\n"
            "| Eligible for free meals (%) | 20.3 | 21.7 | +1.4 pts |\n"
            "| Spending per pupil (BRT) | 6,905 | 7,115 | +3.0 |\n"
            "| Price per tonne (USD) | 197 | 214 | +8.6 |\n")
    claims = _claims(text)
    assert claims["+1.4"].unit == "percentage points"
    assert claims["7,115"].unit == "BRT/pupil"
    assert claims["214"].unit == "USD/tonne"
    assert claims["+3.0"].unit == "percent"


def test_a_revised_figure_compared_with_counts_what_the_level_does():
    claims = _claims("The number of qualified nurses rose 1.0% to 48,100 from a revised 47,600 in March 2024.")
    assert claims["47,600"].unit == "nurses"


@pytest.mark.parametrize("text,figure,unit", [
    ("Rents have outpaced prices for 18 consecutive months.", "18", "months"),
    ("Four of the six months were wetter than usual.", "Four", "months"),
    ("Five of the eight wettest years have come since 2011.", "Five", "years"),
    ("Five of the eight wettest years have come since 2011.", "eight", "years"),
    ("It rained on 3 of the 7 days of the festival.", "3", "days"),
])
def test_spans_of_time_counted(text, figure, unit):
    assert _claims(text)[figure].unit == unit


def test_a_figures_period_is_not_another_clauses_compared_figures_date():
    text = ("Urea averaged €433 per tonne in 2024, 19% less than the €534 per tonne paid in 2023, "
            "and cattle feed fell 7% to €317 per tonne.")
    claims = _claims(text)
    assert claims["€534"].period == "2023"
    assert claims["€317"].period == "2024"


def test_a_named_subject_with_a_figure_and_its_parallel():
    claims = _claims("Marrovia, with 3,863 enrolled students, and Tessport, with 2,417, were the main countries of origin.")
    assert "Marrovia" in claims["3,863"].measure
    assert claims["2,417"].unit == "students"


def test_the_rows_of_a_region_column_name_places():
    text = ("Table 2: Prices by region\n| Region | Average price (£) | Annual change (%) |\n|---|---|---|\n"
            "| Eastmoor | 247,310 | 5.1 |\n| Westholm | 196,520 | 5.5 |\n| Total | 231,410 | 4.8 |\n\n"
            "In Eastmoor, prices rose 6.2% over the year.")
    claims = _claims(text)
    assert claims["6.2%"].places == ("Eastmoor",)
    assert claims["231,410"].places == ()


@pytest.mark.parametrize("text,figure,head", [
    ("The fund invested $55 million in technology transfers.", "$55 million", "^technolog"),
    ("Output per head was $14,230 in the first quarter.", "$14,230", None),  # when, not what of
    ("Sales were $4.1 million in the second half.", "$4.1 million", None),
])
def test_what_an_amount_is_of(text, figure, head):
    heads = [w for w in _claims(text)[figure].measure_key if w.startswith("^")]
    assert (heads[0][:len(head)] if heads else None) == head


def test_an_ordinal_part_of_the_year_is_when_not_what():
    # "in the first quarter" says when; "first" must not make the figure another measure
    claims = _claims("Output per worker was €41,200 in the first quarter and €40,900 in the final quarter.")
    for text in ("€41,200", "€40,900"):
        assert not {"first", "final"} & set(claims[text].measure_key)
    # (an ordinal before anything else still tells measures apart)
    assert "first" in _claims("The first estimate put output per worker at €41,200.")["€41,200"].measure_key


def test_a_title_ending_prospects_is_a_dated_work():
    # "in its June 2025 Global Economic Prospects": the month is the work's, not the figure's period
    claim = _claims("The World Bank projected growth of 1.8% in its June 2025 Global Economic Prospects.")["1.8%"]
    assert (claim.source, claim.source_date, claim.period) == ("World Bank", "2025-06", None)
    claim = _claims("According to UN Tourism's World Tourism Barometer of January 2025, arrivals reached 1.4 billion.")["1.4 billion"]
    assert (claim.source, claim.source_date) == ("UN Tourism", "2025-01")
    # (a country's growth prospects are no work)
    assert _claims("Marra's growth prospects improved as exports rose 4.1% in June 2025.")["4.1%"].source is None


def test_a_title_in_percent_with_a_date_after_the_sign():
    # "(%, end-June)": the table's cells are percentages, a ratio's above 100 too; a label's
    # population ("five largest banks") is not what its cells count
    text = (
        "Table 1. Selected indicators (%, end-June)\n"
        "| Indicator                       | 2024 | 2025 |\n"
        "|---------------------------------|------|------|\n"
        "| Household debt to income        | 142  | 138  |\n"
        "| Capital ratio, five largest banks | 15.8 | 14.9 |\n"
        "| Liquidity coverage ratio        | 158  | 155  |\n"
    )
    claims = _claims(text)
    assert {claims[t].unit for t in ("142", "138", "15.8", "14.9", "158", "155")} == {"percent"}
    assert claims["five"].unit == "banks"


@pytest.mark.parametrize("text,span,unit", [
    # a ship's tonnage after "per", as written
    ("The port due is €0.86 per gross tonne of vessel.", "€0.86", "EUR/gross tonne"),
    # the money a rate moved by, or from, is per what the rate is per
    ("The handling tariff rose by €6 to €148 per TEU.", "€6", "EUR/TEU"),
    ("The due rose from €0.82 to €0.86 per gross tonne.", "€0.82", "EUR/gross tonne"),
    # the subject's "per tonne of cargo handled"
    ("Average revenue per tonne of cargo handled was €10.01.", "€10.01", "EUR/tonne"),
    # an aside inside the noun phrase
    ("At the 14 major (type 1) departments, performance was 71.4%.", "14", "departments"),
    # "the number of X" is the subject, not a threshold's noun in its clause
    ("The number of patients waiting more than 52 weeks fell to 2,496 from 3,120.", "2,496", "patients"),
])
def test_units_read_past_a_phrase_between(text, span, unit):
    assert _claims(text)[span].unit == unit


def test_a_tables_source_line_does_not_credit_the_prose_above_its_title():
    text = (
        "Ferry sailings rose 3.1% to 4,210, and crossings took 52 minutes on average.\n\n"
        "Table 2. Ferry sailings, 2023 and 2024\n"
        "| Indicator          | 2023  | 2024  |\n"
        "|--------------------|-------|-------|\n"
        "| Sailings (number)  | 4,083 | 4,210 |\n"
        "Source: Brenna Harbour Board; sailing data from the Marra Maritime Agency.\n"
    )
    claims = _claims_all(text)
    assert [c.source for c in claims["4,210"]][0] is None  # the prose's own figure
    assert claims["3.1%"][0].source is None
    assert claims["4,083"][0].source is not None  # (the table's rows keep the note's credit)


def test_a_source_line_credits_a_body_the_registry_does_not_know_with_one_it_knows():
    text = (
        "Table 2. Cholera cases by district, 2025\n"
        "District   Cases   Deaths\n"
        "Brenna     1,284   21\n"
        "Marra        936   19\n"
        "Source: Marra Ministry of Health; World Health Organization.\n"
    )
    assert _claims(text)["1,284"].source == "Marra Ministry of Health; World Health Organization"



@pytest.mark.parametrize("text,span,source", [
    ("Worldwide, international tourist arrivals reached 1.4 billion (UN Tourism, March 2025).", "1.4 billion", "UN Tourism"),
    ("The UNWTO put international tourism receipts at US$1.6 trillion.", "US$1.6 trillion", "UN Tourism"),
])
def test_un_tourism_is_a_body_of_its_own(text, span, source):
    assert _claims(text)[span].source == source


def test_column_headers_with_a_note_mark_or_money_per_noun():
    text = (
        "Money values are in Marran florins (MFL), written ƒ. Visitors spent ƒ7.1bn.\n\n"
        "Table 1: Visits and water use, 2024\n"
        "| Market | Interruptions (minutes per property)[1] | Spend per visit (ƒ) |\n"
        "|--------|------------------------------------------|---------------------|\n"
        "| Brenna | 7.9                                      | 1,130               |\n"
    )
    claims = _claims(text)
    assert claims["7.9"].unit == "minutes/property"
    assert claims["1,130"].unit == "MFL/visit"


def test_a_rate_compared_with_a_bare_figure_keeps_its_denominators():
    claims = _claims("Average consumption was 139 litres per person per day, compared with 142 in 2023.")
    assert claims["142"].unit == claims["139 litres"].unit == "liters/person/day"


@pytest.mark.parametrize("text,span,unit", [
    ("Charges should fall to about US$25 per dry tonne of concentrate.", "US$25", "USD/dry tonne"),
    # pounds after a weight in tonnes are a weight, not sterling
    ("Copper production of 88,400 tonnes, or 194.9 million pounds, was a record.", "194.9 million pounds", "pounds"),
    ("The fine was 4.5 million pounds.", "4.5 million pounds", "GBP"),
    # a bracket after "N% of premises" counts premises
    ("Gigabit broadband was available to 78.4% of premises (2.41 million) at the end of 2024.", "2.41 million", "premises"),
])
def test_units_from_a_conversion_or_a_shares_whole(text, span, unit):
    assert _claims(text)[span].unit == unit


@pytest.mark.parametrize("text,span,source", [
    ("Ann Pole, the Minister for Digital Affairs, said that her ministry expects 95% coverage by 2028.", "95%",
     "Ministry of Digital Affairs"),
    ("Ann Pole, the Minister of Tourism and Culture, said the government expects 6.2 million visits.", "6.2 million",
     "Ministry of Tourism and Culture"),
    ('"There are now 1,412 officers," Ann Pole, the Police and Crime Commissioner for Marra, said.', "1,412",
     "Police and Crime Commissioner for Marra"),
])
def test_a_person_named_with_an_office_speaks_for_it(text, span, source):
    assert _claims(text)[span].source == source


def test_a_column_header_names_the_place_of_its_cells_and_a_compared_level_is_no_place():
    text = (
        "Table 4: Connectivity benchmarks (%)\n\n"
        "| Indicator        | Marra, end-2024 | EU-27, end-2023 |\n"
        "|------------------|-----------------|-----------------|\n"
        "| Gigabit coverage | 78.4            | 78.8            |\n"
    )
    claims = _claims(text)
    assert claims["78.8"].places == ("European Union",)
    assert claims["78.8"].period == "end 2023"
    prose = _claims("Gigabit coverage of 78.4% is therefore close to the EU level.")
    assert prose["78.4%"].places == ()


def test_the_period_a_figure_is_compared_with_is_not_its_own():
    claims = _claims("Police recorded 678 burglaries, 11.6% fewer than in the same quarter of 2024.")
    assert claims["678"].period is None
    assert _claims("Police recorded 678 burglaries in 2025, 11.6% fewer than in 2024.")["678"].period == "2025"
