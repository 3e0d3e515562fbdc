"""parse.sources: registry lookup, mention finding, acronym definitions, vague sources."""

from __future__ import annotations

import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claimaudit.extraction.parse.sources import (
    SourceRegistry,
    clean_source_name,
    country_qualified_name,
    find_acronym_definitions,
    is_body_list_tail,
    strip_descriptors,
    is_vague_source,
)


@pytest.fixture(scope="module")
def reg() -> SourceRegistry:
    return SourceRegistry.default()


def names(mentions):
    return [(m.text, m.name) for m in mentions]


# ---------------------------------------------------------------------------- resolve

RESOLVE_CASES = [
    ("ILO", "International Labour Organization"),
    ("International Labor Organization", "International Labour Organization"),
    ("the International Labour Organisation", "International Labour Organization"),
    ("James Martin Center for Nonproliferation Studies", "James Martin Center for Nonproliferation Studies"),
    ("Center for Nonproliferation Studies", "James Martin Center for Nonproliferation Studies"),
    ("James Martin Center", "James Martin Center for Nonproliferation Studies"),
    ("Middlebury Institute of International Studies at Monterey", "James Martin Center for Nonproliferation Studies"),
    ("BoK", "Bank of Korea"),
    ("Bank of Korea's", "Bank of Korea"),
    ("UN Panel of Experts", "UN Panel of Experts"),
    ("Panel of Experts on North Korea", "UN Panel of Experts on the DPRK"),
    ("United Nations Security Council", "UN Security Council"),
    ("U.S. Department of Agriculture", "U.S. Department of Agriculture"),
    ("United States Department of Agriculture", "U.S. Department of Agriculture"),
    ("Department of the Treasury", "U.S. Department of the Treasury"),
    ("General Administration of Customs of China", "General Administration of Customs of China"),
    ("a March 2025 report by the IISS", "International Institute for Strategic Studies"),
    ("the World Bank's estimates", "World Bank"),
    ("Korean Central News Agency", "Korean Central News Agency"),
    # fuzzy: misspellings
    ("Internatonal Labour Organisation", "International Labour Organization"),
    ("Peterson Institute for Internatinal Economics", "Peterson Institute for International Economics"),
    ("Stockholm Internatonal Peace Research Institute", "Stockholm International Peace Research Institute"),
    # country-qualified generic names
    ("Russian Ministry of Education", "Ministry of Education (Russia)"),
    ("Ministry of Education of the Russian Federation", "Ministry of Education (Russia)"),
    ("South Korea's Ministry of Education", "Ministry of Education (South Korea)"),
    ("Ministry of Education of Korea", "Ministry of Education (South Korea)"),
    ("Ministry of Education (Russia)", "Ministry of Education (Russia)"),
]


@pytest.mark.parametrize("written,canonical", RESOLVE_CASES)
def test_resolve(reg, written, canonical):
    entry = reg.resolve(written)
    assert entry is not None, written
    assert entry.name == canonical


@pytest.mark.parametrize("written", [
    "Acme Widgets Corporation",
    "Ministry of Education",          # no country: ambiguous
    "French Ministry of Education",   # a country the registry does not cover
    "Bank of Spain",                  # not a misspelling of Bank of Japan
    "National Bank of Poland",
    "UN",                             # acronyms are case-sensitive: "un" is not UN
    "who",
    "",
    "   ",
    "the",
    "Federal Reserve Bank of Kansas Cty",  # different bank, not a typo of a registered one
    "Department for Education",       # England's, not the U.S. Department of Education
])
def test_resolve_negative(reg, written):
    entry = reg.resolve(written)
    if written == "UN":
        assert entry is not None and entry.name == "United Nations"
    else:
        assert entry is None, (written, entry and entry.name)


def test_ministries_of_two_countries_kept_apart(reg):
    ru = reg.resolve("Russian Ministry of Education")
    kr = reg.resolve("Korean Ministry of Education")
    assert ru is not None and kr is not None and ru != kr
    assert (ru.country, kr.country) == ("RU", "KR")
    # a fuzzy near-miss must not cross countries
    assert reg.resolve("Ministry of Educaton of Korea") in (None, kr)


def test_resolve_document_acronym(reg):
    assert reg.resolve("WEC", acronyms={"WEC": "Waste Emissions Charge"}) is None
    entry = reg.resolve("NNSA", acronyms={"NNSA": "National Nuclear Security Administration"})
    assert entry is not None and entry.name == "National Nuclear Security Administration"
    # an ambiguous registry acronym is settled by the document's definition
    assert reg.resolve("FAS") is None
    assert reg.resolve("FAS", acronyms={"FAS": "Federation of American Scientists"}).name == \
        "Federation of American Scientists"
    assert reg.resolve("FAS", acronyms={"FAS": "Foreign Agricultural Service"}).name == \
        "Foreign Agricultural Service"


def test_get(reg):
    assert reg.get("International Labour Organization").acronyms == ("ILO",)
    assert reg.get("No Such Thing") is None


# ---------------------------------------------------------------------------- find

def test_find_positions_and_canonical_names(reg):
    text = "According to the International Labor Organization (ILO), 2 million workers left."
    ms = reg.find(text)
    assert names(ms) == [("International Labor Organization", "International Labour Organization"),
                         ("ILO", "International Labour Organization")]
    for m in ms:
        assert text[m.start:m.end] == m.text
        assert m.score == 100 and not m.vague and m.entry is not None


def test_find_longest_match_wins(reg):
    ms = reg.find("The Federal Reserve Bank of New York said.")
    assert names(ms) == [("Federal Reserve Bank of New York", "Federal Reserve Bank of New York")]
    ms = reg.find("A World Bank Group paper.")
    assert names(ms) == [("World Bank Group", "World Bank")]


def test_find_acronyms_whole_words_and_case(reg):
    text = "WHO said cases rose, but who knows; WHOLE numbers; the IMFs; IMF's view; the iMF."
    ms = reg.find(text)
    assert names(ms) == [("WHO", "World Health Organization"), ("IMF", "International Monetary Fund")]
    assert text[ms[1].start:ms[1].end] == "IMF"


def test_find_who_in_all_caps_heading_ignored(reg):
    assert reg.find("WHO WE ARE") == []
    assert names(reg.find("WHO and UNICEF")) == [("WHO", "World Health Organization"),
                                                ("UNICEF", "UN Children's Fund")]


def test_find_country_qualified_ministry(reg):
    text = "The Russian Ministry of Education and the Ministry of Education of Korea signed a plan."
    ms = reg.find(text)
    assert names(ms) == [("Russian Ministry of Education", "Ministry of Education (Russia)"),
                         ("Ministry of Education of Korea", "Ministry of Education (South Korea)")]


def test_find_unqualified_generic_name_is_unresolved(reg):
    (m,) = reg.find("The Ministry of Education said so.")
    assert m.text == "Ministry of Education" and m.entry is None and m.score == 0 and not m.vague


def test_find_does_not_take_part_of_longer_unknown_name(reg):
    assert reg.find("The American Red Cross said.") == []
    assert reg.find("Carnegie Mellon University researchers") == [] or all(
        m.vague for m in reg.find("Carnegie Mellon University researchers"))
    assert reg.find("The Russian Security Council met.")[0].name == "Security Council of the Russian Federation"


def test_find_possessive(reg):
    ms = reg.find("The IMF's forecast and Moody's rating and the Bank of Korea's data.")
    assert names(ms) == [("IMF", "International Monetary Fund"), ("Moody's", "Moody's"),
                         ("Bank of Korea", "Bank of Korea")]


def test_find_uses_document_acronyms(reg):
    text = "The Foreign Agricultural Service (FAS) reported. FAS data show 5%."
    ms = [m for m in reg.find(text) if not m.vague]
    assert [m.name for m in ms] == ["Foreign Agricultural Service"] * 3
    # an acronym the document defines as something else is not a registry source
    text = "The Congressional Review Act (CRA) applies. CRA procedures."
    assert [m.text for m in reg.find(text) if not m.vague] == []


def test_find_ambiguous_acronym_without_definition(reg):
    (m,) = reg.find("BIS rules apply.")
    assert m.entry is None and m.text == "BIS"
    ms = reg.find("The Bank for International Settlements said BIS data show it.")
    assert [x.name for x in ms if not x.vague] == ["Bank for International Settlements"] * 2


def test_find_vague_sources(reg):
    text = ("Secondary sources suggest $5 million. Ukrainian sources said 1,500. Officials said 3. "
            "Reports suggest 4. Experts estimate 6. A social media post claimed 7 on an unspecified "
            "date. Reports from Ukrainian and multilateral monitoring sources noted 1,500. "
            "Independent multilateral reports put it at 9.")
    vague = [m.text for m in reg.find(text) if m.vague]
    assert vague == ["Secondary sources", "Ukrainian sources", "Officials said", "Reports suggest",
                     "Experts estimate", "A social media post", "an unspecified date",
                     "Ukrainian and multilateral monitoring sources",
                     "Independent multilateral reports"]
    for m in reg.find(text):
        assert m.vague and m.entry is None and m.score == 0


def test_find_not_vague(reg):
    text = ("Renewable energy sources grew. Sources of revenue fell. Source: CRS analysis. "
            "The reports were late. Pentagon officials said 4.")
    ms = reg.find(text)
    assert [m.text for m in ms if m.vague] == []
    assert ("Pentagon", "U.S. Department of Defense") in names(ms)


def test_find_ordered_non_overlapping(reg):
    text = "IMF and World Bank staff, OECD, ILO and IOM officials said, per KCNA and Reuters. " * 3
    ms = reg.find(text)
    for a, b in zip(ms, ms[1:]):
        assert a.end <= b.start


def test_find_empty(reg):
    assert reg.find("") == []
    assert reg.find("nothing here at all") == []


@pytest.mark.parametrize("text", [
    "A " * 100_000, "Of " * 70_000, "Bank of " * 30_000, "U." * 100_000, "(AB " * 50_000,
    "A (AB) " * 30_000, "International Monetary " * 10_000, "!" * 200_000 + "A",
    "Ukrainian sources " * 12_000, "a" * 200_000,
], ids=["A", "Of", "Bank-of", "dots", "open-paren", "paren-acronyms", "name-prefix", "punct",
        "vague", "one-word"])
def test_pathological_inputs_are_fast(reg, text):
    # CPU time, not wall time: the bound is about the algorithm, not the machine's load
    t0 = time.process_time()
    reg.find(text)
    find_acronym_definitions(text)
    clean_source_name(text)
    is_vague_source(text[:20_000])
    assert time.process_time() - t0 < 10.0  # CPU seconds; backtracking would take far longer


# ---------------------------------------------------------------------------- acronyms

@pytest.mark.parametrize("text,expected", [
    ("The International Organization for Migration (IOM) said.",
     {"IOM": "International Organization for Migration"}),
    ("data from the Bank of Korea (BoK) show", {"BoK": "Bank of Korea"}),
    ("the U.S. Department of Agriculture (USDA) reports", {"USDA": "U.S. Department of Agriculture"}),
    ("the Financial Action Task Force (FATF, 2019) said", {"FATF": "Financial Action Task Force"}),
    ("prices rose (2019) and (see above) (a)", {}),
    ("The Korea Trade-Investment Promotion Agency (KOTRA) said",
     {"KOTRA": "Korea Trade-Investment Promotion Agency"}),
    ("Costs fell. United Nations Children's Fund (UNICEF) data", {}),  # letters do not match
    # two capital words; a remit listed with commas; the name stops at an "of" before it
    ("the Pan American Health Organization Regional Office for Andes (PAHO ANDES) said",
     {"PAHO ANDES": "Pan American Health Organization Regional Office for Andes"}),
    ("Brazil's Ministry of Mines, Energy and Water (MMEW) said",
     {"MMEW": "Brazil's Ministry of Mines, Energy and Water"}),
    ("exports rose, the Ministry of Industry, Trade and Tourism (MITT) said",
     {"MITT": "Ministry of Industry, Trade and Tourism"}),
    ("the Price Monitoring Service of the Andean Statistics Office (ASO) shows",
     {"ASO": "Andean Statistics Office"}),
    ("The Office of Water Regulation (OWR) said", {"OWR": "Office of Water Regulation"}),
    # an owner's acronym before the name is not part of it; a country's is
    ("Source: WHO Vaccine Supply Service (VSS), as of May 2025.", {"VSS": "Vaccine Supply Service"}),
    ("the US Defense Security Cooperation Agency (DSCA) notified",
     {"DSCA": "US Defense Security Cooperation Agency"}),
    # an acronym from another language names the whole official name, however long
    ("Last week the Interagency Board for the Regional Monitoring of the Andean Glaciers (ERMGA) said",
     {"ERMGA": "Interagency Board for the Regional Monitoring of the Andean Glaciers"}),
    ("the 2025 Annual Review of the Interagency Board for Andean Glaciers (ERMGA) said",
     {"ERMGA": "Interagency Board for Andean Glaciers"}),
    # a label in the column before is no part of the name
    ("| Supervisor           Office of Water Regulation (OWR)     |", {"OWR": "Office of Water Regulation"}),
    ("| Supervisor | Office of Water Regulation (OWR) |", {"OWR": "Office of Water Regulation"}),
    # a sentence's opening conjunction is no part of the name
    ("Fares rose. But the Institute for Transport Studies (ITS) found that use fell.",
     {"ITS": "Institute for Transport Studies"}),
    # a body's name as a table row's label still defines its acronym
    ("Pacific Fisheries Commission (PFC)     1,240\n", {"PFC": "Pacific Fisheries Commission"}),
    # prose hard-wrapped in the middle of the name; but a line of its own is no part of it
    ("Harvests were smaller than expected in most valleys. The Harbour Ministry of Agriculture's Crop\n"
     "Reporting Board (CRB) put the crop at 4.1 million bags.", {"CRB": "Crop Reporting Board"}),
    ("ANNEX 2\nCrop Reporting Board (CRB) estimates", {"CRB": "Crop Reporting Board"}),
    ("Figures in this table are from the national accounts and are in tonnes. Harbour\nStatistics Office (HSO)",
     {"HSO": "Harbour Statistics Office"}),
])
def test_find_acronym_definitions(text, expected):
    """(Also: a country's acronym inside a body's name is no body's acronym.)"""
    got = find_acronym_definitions(text)
    for k, v in expected.items():
        assert got.get(k) == v
    if not expected:
        assert "UNICEF" not in got or got["UNICEF"]


def test_a_row_labels_source_tag_defines_no_acronym():
    assert find_acronym_definitions("Berth Occupancy (KPX)          71%     +6.1%\n") == {}


def test_first_definition_wins():
    text = "Foreign Agricultural Service (FAS) ... Federation of American Scientists (FAS)"
    assert find_acronym_definitions(text) == {"FAS": "Foreign Agricultural Service"}


# ---------------------------------------------------------------------------- cleaning / vague

@pytest.mark.parametrize("written,clean", [
    ("the IMF", "IMF"),
    ("a March 2025 report by the IISS", "IISS"),
    ("the World Bank's estimates", "World Bank"),
    ("According to the OECD", "OECD"),
    ("\"Reuters\",", "Reuters"),
    ("Center for Nonproliferation Studies", "Center for Nonproliferation Studies"),
    ("IMF data", "IMF"),
    ("HCT Flash Appeal", "HCT"),  # a work titled after its owner's acronym
    ("WFP Market Monitor", "WFP"),
    ("UK Labour Force Survey", "UK Labour Force Survey"),  # (a country's, not a body's)
])
def test_clean_source_name(written, clean):
    assert clean_source_name(written) == clean


@pytest.mark.parametrize("text", [
    "secondary sources", "Ukrainian sources", "independent multilateral reports",
    "a social media post", "officials said", "reports suggest", "experts estimate",
    "an unspecified date", "state media", "sources",
    "one senior airline executive estimated", "a bank insider said",  # one person of no named body
    # ... however the sentence withholds the name
    "one shipping executive, who declined to be identified, said",
    "a senior banker at a large lender, who spoke on condition of anonymity, put",
    "one senior official in the county's transport office said", "one admissions manager at a large college said",
])
def test_is_vague(text):
    assert is_vague_source(text)


@pytest.mark.parametrize("text", ["IMF", "the World Bank", "Reuters", "Bank of Korea", "KCNA",
                                  "energy sources", "", "one senior executive position",
                                  "third estimates", "first and third estimates"])  # (a release's vintage)
def test_is_not_vague(text):
    assert not is_vague_source(text)


# ---------------------------------------------------------------------------- with_extra

def test_with_extra_adds_entries_and_aliases(reg):
    new = reg.with_extra(
        [{"name": "Example Institute", "aliases": ["Example Inst"], "acronyms": ["EXI"], "kind": "think-tank"}],
        {"ILO Geneva": "International Labour Organization"},
    )
    assert new.resolve("EXI").name == "Example Institute"
    assert new.resolve("Example Inst").kind == "think_tank"
    assert new.resolve("ILO Geneva").name == "International Labour Organization"
    assert [m.name for m in new.find("The Example Institute (EXI) said.")] == ["Example Institute"] * 2
    assert reg.resolve("EXI") is None  # the original registry is unchanged


@pytest.mark.parametrize("entries,aliases,message", [
    ([{"aliases": []}], {}, "name"),
    ([{"name": "X Institute", "kind": "spaceship"}], {}, "kind"),
    ([{"name": "X Institute", "remit": ["gardening"]}], {}, "remit"),
    ([{"name": "X Institute", "founded": "1990", "dissolved": "1980"}], {}, "after dissolved"),
    ([{"name": "X Institute", "founded": "90s"}], {}, "founded"),
    ([{"name": "X Institute", "colour": "red"}], {}, "unknown keys"),
    ([{"name": "X Institute", "aliases": "XI"}], {}, "aliases"),
    ([{"name": "X Institute", "aliases": ["World Bank"]}], {}, "already"),
    ([{"name": "X Institute"}, {"name": "X Institute"}], {}, "duplicate"),
    (["not a dict"], {}, "object"),
    ({"name": "X"}, {}, "list"),
    ([], {"Geneva Labour Office": "No Such Body"}, "unknown source"),
    ([], {"ILO": 3}, "mapping"),
    ([], {"World Bank": "International Labour Organization"}, "already"),
])
def test_with_extra_validation(reg, entries, aliases, message):
    with pytest.raises(ValueError, match=message):
        reg.with_extra(entries, aliases)


# ---------------------------------------------------------------------------- robustness

@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text())
def test_never_raises_on_any_text(text):
    reg = SourceRegistry.default()
    for m in reg.find(text):
        assert 0 <= m.start < m.end <= len(text)
        assert text[m.start:m.end] == m.text
    reg.resolve(text)
    reg.resolve(text, acronyms={text: text})
    find_acronym_definitions(text)
    clean_source_name(text)
    is_vague_source(text)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["IMF", "World", "Bank", "of", "Korea", "the", "(", ")", "U.S.",
                                 "Ministry", "Education", "Russian", "sources", "said", "'s", ",",
                                 "WHO", "who", "United", "Nations", "\n", "ILO", "Labor", "Organization",
                                 "International", "İ", "ß", "Ⅻ", "ﬁ"]), max_size=60))
def test_never_raises_on_source_like_text(words):
    text = " ".join(words)
    reg = SourceRegistry.default()
    ms = reg.find(text)
    for a, b in zip(ms, ms[1:]):
        assert a.end <= b.start
    for m in ms:
        assert text[m.start:m.end] == m.text


@pytest.mark.parametrize(
    "written,canonical",
    [
        ("Venezuela's Ministry of Petroleum", "Ministry of Petroleum (Venezuela)"),
        ("Venezuelan Ministry of Petroleum", "Ministry of Petroleum (Venezuela)"),
        ("Burkina Faso's Ministry of Energy", "Ministry of Energy (Burkina Faso)"),
        ("Russian Federal Customs Service", "Federal Customs Service (Russia)"),
        ("China Statistical Yearbook", "China Statistical Yearbook"),  # a publication, not a body
        ("World Bank", "World Bank"),
    ],
)
def test_country_qualified_name(written, canonical):
    assert country_qualified_name(written) == canonical


@pytest.mark.parametrize(
    "written,name",
    [
        ("Washington-based Institute for Science and International Security", "Institute for Science and International Security"),
        ("Swiss NGO SWISSAID", "SWISSAID"),
        ("the independent outlet Mediazona", "Mediazona"),
        ("NGO Monitor", "NGO Monitor"),  # a name that starts with a descriptor word
        ("UK-based", "UK-based"),
    ],
)
def test_strip_descriptors(written, name):
    assert strip_descriptors(written) == name


def test_a_country_acronym_is_no_body_acronym():
    got = find_acronym_definitions("The Ministry of Mines of the Dominican Republic (DR) said")
    assert "DR" not in got


def test_people_familiar_with_the_matter_is_one_vague_phrase():
    from claimaudit.extraction.parse.sources import SourceRegistry

    text = "The company lost USD 60 million, according to people familiar with the matter."
    vague = [m for m in SourceRegistry.default().find(text) if m.vague]
    assert [m.text for m in vague] == ["people familiar with the matter"]


@pytest.mark.parametrize("tail,expected", [
    ("Forestry and Fisheries", True),  # "Ministry of Agriculture, Forestry and Fisheries"
    ("Mines and Quarries (Burkina Faso)", True),
    ("June and December", False),  # "Ministry of Fisheries, June and December landing surveys": the surveys' months
    ("Statistics Office", False),  # another body
])
def test_the_rest_of_a_listed_remit(tail, expected):
    assert is_body_list_tail(tail) is expected
