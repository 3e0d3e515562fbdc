"""The place finder (parse/places.py), without a pipeline."""

import pytest

from claimaudit.extraction.parse.places import country_in_name, find_places


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Exports from the DPRK to China rose.", [("North Korea", "country"), ("China", "country")]),
        ("North Korean workers in Russia", [("North Korea", "country"), ("Russia", "country")]),
        ("Côte d'Ivoire and Cote d’Ivoire", [("Côte d'Ivoire", "country"), ("Côte d'Ivoire", "country")]),
        ("DPRK-Russia trade", [("North Korea", "country"), ("Russia", "country")]),
        ("children in West Africa and the Middle East", [("West Africa", "region"), ("Middle East", "region")]),
        ("US$75 billion from the US", [("United States", "country")]),  # "US$" is a currency
        ("NZ$40 million", []),
        ("the Kursk region", [("Kursk", "region")]),
    ],
)
def test_places_named(text, expected):
    assert [(p.name, p.kind) for p in find_places(text)] == expected


def test_country_in_a_body_name():
    assert country_in_name("Department of Statistics Malaysia") == "Malaysia"
    assert country_in_name("World Bank") is None


@pytest.mark.parametrize("text", ["flows from the Russian Federation rose", "Russian Federation    2,310    2,455"])
def test_a_countrys_own_name_that_reads_like_a_bodys_is_the_country(text):
    assert [(p.name, p.kind) for p in find_places(text)] == [("Russia", "country")]


def test_a_body_named_after_a_country_is_no_place():
    assert find_places("the Russian Football Federation said") == []


@pytest.mark.parametrize("text, names", [
    ("Exports rose. In neighbouring Ostria, exports fell; Ostria's output slowed.", ["Ostria", "Ostria"]),
    ("Kovaria's government cut rates. Growth in Kovaria was 2%.", ["Kovaria", "Kovaria"]),
    # a body's name, a currency's name and a sentence's first word are no place
    ("In neighbouring Ostria, the Ostria Health Agency said so.", ["Ostria"]),
    ("Kovaria's economy grew. $1 bought 10.5 Kovaria crowns.", ["Kovaria"]),
    ("Neighbouring Health boards agreed.", []),
    # a sentence that opens "In X," where the text also writes "in X": a place, the opener aside
    ("Arrests rose in Marvia. In Marvia, 38 were held.", ["Marvia", "Marvia"]),
    ("Sales rose in March. In March, 38 were sold.", []),
    # a capitalised name ending in a landform's word is a region, whatever the lexicon knows
    ("Deaths fell most in the Western Uplands and on the Harran Coast.", ["Western Uplands", "Harran Coast"]),
    ("The Valley is quiet. A Coast guard said so.", []),
    ("The Southern Lowlands saw the most floods.", ["Southern Lowlands"]),
])
def test_places_named_by_cue(text, names):
    from claimaudit.extraction.parse.places import places_named_by_cue
    assert [p.name for p in places_named_by_cue(text, find_places(text))] == names
