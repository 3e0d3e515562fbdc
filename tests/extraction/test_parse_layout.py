"""Unit tests for claimaudit.extraction.parse.layout: which lines are table rows, which prose."""

from __future__ import annotations

import pytest

from claimaudit.extraction.parse.layout import find_blocks, flowed_text, split_sentences


def _kinds(text: str) -> list[tuple[str, str]]:
    return [(b.kind, text[b.start:b.end][:20]) for b in find_blocks(text)]


@pytest.mark.parametrize(
    "line",
    [
        "Engineers cite the dam as evidence that storage works: at 1,200 megawatts, it ran all year. It cost $2 billion.",
        "Yet these exports remain far smaller than sales to Japan: $3.1 billion in 2024, the ministry said.",
        "Analysts list the ports which matter most: Mombasa handled 41 million tonnes in 2024.",
        "The lettings site Roomly puts the figure higher: its data show a median rent of £990 a month in May.",
        # a colon inside a bracket glossing a name
        "Tamsa (Old Norran: Tamsó) is a port town of 52,300 people on the northern coast.",
    ],
)
def test_a_sentence_with_a_clause_before_its_colon_is_prose(line):
    assert [k for k, _ in _kinds(line)] == ["prose"]


@pytest.mark.parametrize(
    "line",
    [
        "Population: 47,564,296 (2023 est.)",
        "Population (2021 census): 52,300",
        "Children under the age of 5 years underweight: 3.7% (2020)",
        "Stock of direct foreign investment - at home: $12.3 billion (31 December 2017 est.)",
    ],
)
def test_field_lines_are_table_rows(line):
    assert [k for k, _ in _kinds(line)] == ["table"]


@pytest.mark.parametrize(
    "line,kind",
    [
        # a heading in title case run into its paragraph: prose
        ("Reserves Under Pressure: Gross reserves fell to USD 2.1 billion at end-March, the central bank said.", "prose"),
        ("Growth Slows, Prices Ease: Output grew by 1.4% in 2024 and inflation averaged 5.2%, official data show.", "prose"),
        # a field's label in sentence case, or one word, stays a field
        ("Real GDP growth rate: 1.4% (2024 est.), after 2.2% (2023 est.) and 3.0% (2022 est.) in the years before.", "table"),
        ("Background: The country gained independence in 1962 and held its first elections in 1964, with 41 parties.", "table"),
    ],
)
def test_a_run_in_heading_in_title_case_opens_prose(line, kind):
    assert [k for k, _ in _kinds(line)] == [kind]


@pytest.mark.parametrize(
    "text",
    [
        # a transcript's speakers: what follows the colon is a speech, not a field's value
        "MARTA OYELARAN (Kisumu West) (Ind): The regulator told me that 4,200 homes lost power in June. Will the Minister act?\n"
        "THE MINISTER FOR WATER (PAUL ADEYEMI): We have spent 12 million shillings on new mains since 2023, and more will follow.\n"
        "MARTA OYELARAN: I thank the Minister, but 3,100 families in my constituency still have no piped water at all.\n",
        # a written answer's minister, whose title holds commas
        "12. Deputy Ruth Kane asked the Minister how many ferries were refitted in 2024 and at what cost.\n"
        "Minister for Transport, Tourism and Sport (Deputy Ian Roe): Some 14 ferries were refitted in 2024 at a cost of €31 million.\n"
        "The remaining 6 vessels of the fleet will be refitted by the end of 2026, as set out in the plan.\n",
    ],
)
def test_a_transcripts_speeches_are_prose(text):
    assert [k for k, _ in _kinds(text)] == ["prose", "prose", "prose"]


@pytest.mark.parametrize(
    "text",
    [
        "Chair (acting): 3 members\nQuorum: 5 members\n",  # short values stay fields
        "GDP (official exchange rate): $1.2 trillion (2023 est.)\n",
    ],
)
def test_short_values_after_a_label_stay_fields(text):
    assert {k for k, _ in _kinds(text)} == {"table"}


def test_a_plain_rule_under_a_header_keeps_the_header_in_the_table():
    text = "Region      2023     2024\n------------------------------\nNorth       41.2     44.0\nSouth       38.5     39.9\n"
    assert [k for k, _ in _kinds(text)] == ["table", "table", "table"]


@pytest.mark.parametrize(
    "text, sentences",
    [
        # a figure with a decimal point ends its sentence; a dotted abbreviation does not
        ("Turnout was 61.5%. Officials were pleased.", ["Turnout was 61.5%.", "Officials were pleased."]),
        ("A ticket cost EUR 2.40). Riders complained.", ["A ticket cost EUR 2.40).", "Riders complained."]),
        ("The U.S. Navy left at 6 a.m. on Sunday.", ["The U.S. Navy left at 6 a.m. on Sunday."]),
        ("See e.g. the annex. It lists 4.5 tonnes.", ["See e.g. the annex.", "It lists 4.5 tonnes."]),
        # a unit's abbreviation after a figure ends its sentence; before a name it does not
        ("Supply reached 425 Mt. That is a record.", ["Supply reached 425 Mt.", "That is a record."]),
        ("They climbed Mt. Kenya in 2020.", ["They climbed Mt. Kenya in 2020."]),
        # a footnote's number glued to a word's full stop ends the sentence with it; a decimal does not
        ("It involved 19 vessels.17 In June the count rose.", ["It involved 19 vessels.17", "In June the count rose."]),
        ("The rate was 4.17 In June it rose.", ["The rate was 4.17 In June it rose."]),
        ("Output stayed under that of Canada.⁴ Since then it has grown.",
         ["Output stayed under that of Canada.⁴", "Since then it has grown."]),
    ],
)
def test_sentence_ends(text, sentences):
    assert [text[s:e] for s, e in split_sentences(text, 0, len(text))] == sentences


def test_a_source_note_wrapped_over_lines_is_one_note():
    text = ("Income     12.0     14.1\nCosts       9.4      9.9\n\n"
            "  Source: income rows, Revenue Agency, Annual Accounts (May 2024);\n"
            "  all other rows, Office calculations.\n\nNext paragraph starts here.\n")
    notes = [b for b in find_blocks(text) if b.kind == "source_note"]
    assert [text[b.start : b.end].split() for b in notes] == [text[text.index("Source:") : text.index("\n\nNext")].split()]
    # a note that ends its sentence leaves the next line alone
    text = "Income     12.0     14.1\nCosts       9.4      9.9\n\nSource: Revenue Agency.\nthe rest is prose.\n"
    assert [text[b.start : b.end] for b in find_blocks(text) if b.kind == "source_note"] == ["Source: Revenue Agency."]


def test_prose_hard_wrapped_at_a_fixed_width_is_one_paragraph():
    text = ("The Weather Service's seasonal outlook for July to September, issued on\n"
            "28 May, gives a 35% chance of a dry summer, and an update on 10 June points to\n"
            "rainfall of 60-75% of average across the valley.\n")
    assert [k for k, _ in _kinds(text)] == ["prose"]


def test_rows_of_a_table_without_delimiters_are_not_wrapped_prose():
    text = ("Cultural delegation size 125 performers State news agency, June 2025\n"
            "Language centre capacity about 2,000 students a year Ministry of Education report\n"
            "Exhibition revenue estimated at $160 million a year Panel of Experts, 2017\n")
    assert [k for k, _ in _kinds(text)] == ["table", "table", "table"]


def test_a_hard_wrapped_line_ending_in_a_figure_reads_on_into_the_next():
    text = ("Arrivals kept rising this spring. Between March and May 2025, 412\n"
            "asylum seekers landed on the island, according to the coastguard.\n")
    assert [k for k, _ in _kinds(text)] == ["prose"]  # one paragraph, not a line of its own


def test_a_line_that_ends_one_sentence_and_starts_the_next_runs_on_over_a_capital():
    text = ("Demand should hold up over the summer season. Supply stays tight. Halvorsen\n"
            "Analytics' March 2025 survey put spare capacity at 4.1% of the total, a level that\n"
            "leaves little room.\n")
    assert [k for k, _ in _kinds(text)] == ["prose"]  # (the name is cut by the wrap, not by a new paragraph)
    short = ("The rally should run on while exports recover over the\n"
             "fortnight. Supply-side stays benign now. Halvorsen\n"
             "Analytics' March 2025 survey put spare capacity at 4.1% of the total.\n")
    assert [k for k, _ in _kinds(short)] == ["prose"]  # (six words, one sentence ended inside: prose)


def test_wrapped_row_labels_stay_inside_their_table():
    text = ("Section                               Weight   Monthly   Annual\n"
            "Manufacture of food and                  212     -0.3     -1.1\n"
            "     and other drinks\n"
            "Textiles                                  41      0.1      0.9\n")
    assert [k for k, _ in _kinds(text)] == ["table", "table", "table"]  # (the label's second line: no block)


def test_flowed_text_joins_a_wrapped_paragraphs_lines_and_keeps_offsets():
    text = (
        "Average prices across the eleven provinces of the island rose to 4.3\n"
        "percent in 2023, the bureau said in its annual statistical digest.\n"
        "\n"
        "Region        2024     2023\n"
        "North          4.3      4.1\n"
        "South          6.2      4.4\n"
    )
    flowed = flowed_text(text, find_blocks(text))
    assert len(flowed) == len(text)
    assert "4.3 percent in 2023" in flowed  # the paragraph's wrap is a blank now
    assert flowed.endswith("Region        2024     2023\nNorth          4.3      4.1\nSouth          6.2      4.4\n")


def test_flowed_text_keeps_a_numbered_items_line_break():
    text = (
        "The board agreed three steps at its meeting in the spring of this year:\n"
        "1. Raise the reserve to 14 days of supply before the end of the season; and\n"
        "2. publish the stock level every month.\n"
    )
    flowed = flowed_text(text, find_blocks(text))
    assert "\n2. publish" in flowed and "\n1. Raise" in flowed


def test_two_lines_of_running_prose_join_over_a_capital_and_a_last_short_line():
    from claimaudit.extraction.parse.layout import find_blocks
    text = ("The Coastal Erosion Unit at the University of Farrow, whose annual survey data are published on Open\n"
            "Shoreline Atlas, recorded 41 km of cliff retreat in the county in 2023 and an average of 36 km a year over\n"
            "2016-2024.\n")
    blocks = [b for b in find_blocks(text) if b.kind == "prose"]
    assert len(blocks) == 1 and blocks[0].end >= text.index("2016-2024.") + 9
