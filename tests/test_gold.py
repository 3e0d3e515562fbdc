"""Hand-annotated gold set (tests/gold): extraction quality may only ratchet up.

Floors sit a little below what the code achieved when the gold set was written; raise them as
extraction improves. Run `python tests/gold/score.py --errors` for the error lists.
"""

import sys
from pathlib import Path

import pytest

GOLD_DIR = Path(__file__).parent / "gold"
sys.path.insert(0, str(GOLD_DIR))

if not Path("/work/shared/corpus-reports").is_dir():  # the CRS texts live outside the repo
    pytest.skip("CRS corpus not available", allow_module_level=True)

from score import FIGURES, score, source_eq  # noqa: E402

FLOORS = {
    "recall": 0.99,
    "recall_same_text": 0.93,
    "value_unit": 0.95,
    "value": 0.98,
    "unit": 0.95,
    "source": 0.88,
    "source_attributed": 0.85,
    "source_date": 0.94,
    "source_date_dated": 0.80,
}
MAX_NOT_CLAIMS_EMITTED = 4

# Annotated from the text alone: the bundled report, and the sets of three held-out reports of the
# same genre written for the gold set (tests/gold/reports) before the extractor was run on them
# (sets 2 to 16 by people who never ran it).
OTHER_SETS = {
    "report_000": ({"recall": 0.99, "value_unit": 0.97, "value": 0.99, "source": 0.955, "source_date": 0.95}, 0),
    "heldout": ({"recall": 0.99, "value_unit": 0.935, "value": 0.99, "source": 0.895, "source_date": 0.915}, 2),
    "heldout2": ({"recall": 0.98, "value_unit": 0.96, "value": 0.975, "source": 0.905, "source_date": 0.90}, 5),
    # (set 3's annotator leaves "The Migrant Workers Resource Centre in Penang handled 2,150 complaints"
    # unsourced; sets 11 to 13 credit a body with what it did: "WFP reached 612,000 people")
    "heldout3": ({"recall": 0.99, "value_unit": 0.96, "value": 0.985, "source": 0.93, "source_date": 0.905}, 0),
    "heldout4": ({"recall": 0.98, "value_unit": 0.94, "value": 0.97, "source": 0.85, "source_date": 0.90}, 8),
    "heldout5": ({"recall": 0.98, "value_unit": 0.95, "value": 0.985, "source": 0.855, "source_date": 0.84}, 5),
    "heldout6": ({"recall": 0.98, "value_unit": 0.92, "value": 0.975, "source": 0.85, "source_date": 0.90}, 2),
    # (set 7's annotator credits three percentages to a law, "Forest Code (Law No. 12,651/2012)";
    # a document's number names no body, so they are unsourced and lose the law's year)
    "heldout7": ({"recall": 0.98, "value_unit": 0.85, "value": 0.99, "source": 0.82, "source_date": 0.865}, 8),
    # (set 8's annotator credits a central bank's own prose figures to the bank, which publishes the
    # report; sets 9 and 10 leave a publisher's own figures unsourced, as claimaudit does, except a
    # table's dated credit of the publisher: "| BCRP forecast, Jun 2025 |")
    "heldout8": ({"recall": 0.98, "value_unit": 0.93, "value": 0.99, "source": 0.76, "source_date": 0.79}, 18),
    "heldout9": ({"recall": 0.99, "value_unit": 0.905, "value": 0.975, "source": 0.91, "source_date": 0.885}, 11),
    # (set 10's annotator leaves "The Bank of England cut Bank Rate to 4.5% on 6 February 2025" undated,
    # set 11's dates "The ICCG met on 3 June ... agreed to scale up from 14 to 25 teams": a body acting
    # on a day is credited with that day, as in set 11)
    "heldout10": ({"recall": 0.99, "value_unit": 0.85, "value": 0.99, "source": 0.87, "source_date": 0.895}, 11),
    "heldout11": ({"recall": 0.99, "value_unit": 0.935, "value": 0.99, "source": 0.825, "source_date": 0.90}, 7),
    "heldout12": ({"recall": 0.99, "value_unit": 0.90, "value": 0.99, "source": 0.855, "source_date": 0.87}, 12),
    "heldout13": ({"recall": 0.99, "value_unit": 0.92, "value": 0.99, "source": 0.85, "source_date": 0.84}, 4),
    "heldout14": ({"recall": 0.99, "value_unit": 0.875, "value": 0.99, "source": 0.815, "source_date": 0.805}, 7),
    # (set 15's annotator credits "A Member State informed the Panel" to an "anonymous Member State"
    # and "traders said" to "anonymous traders"; claimaudit credits "Member State" or no one)
    "heldout15": ({"recall": 0.99, "value_unit": 0.855, "value": 0.99, "source": 0.805, "source_date": 0.855}, 6),
    # (set 16 arrived at the end of the twelfth session: measured at first sight, then after a few
    # general fixes, with no time to read the rest of it)
    "heldout16": ({"recall": 0.99, "value_unit": 0.90, "value": 0.99, "source": 0.775, "source_date": 0.78}, 10),
    # (set 17's annotator credits an IMF staff report's own figures, "Staff projects growth of 3.4
    # percent", to the IMF that publishes it; claimaudit leaves a publisher's own figures unsourced)
    "heldout17": ({"recall": 0.99, "value_unit": 0.915, "value": 0.99, "source": 0.67, "source_date": 0.95}, 4),
    # (set 18's annotator writes a share price and EPS as "GBP per share" and annual volumes as
    # "cubic metres per year"; claimaudit gives the rate only where the text writes it)
    "heldout18": ({"recall": 0.99, "value_unit": 0.85, "value": 0.99, "source": 0.815, "source_date": 0.89}, 7),
    # (set 19's annotator counts "people" for employment ("Employed (thousands) | 5,151", "Female
    # employment increased by 41,000") and "workers" for "38,000 nationals ... working abroad";
    # claimaudit gives a count the noun the text writes, or none)
    "heldout19": ({"recall": 0.99, "value_unit": 0.89, "value": 0.98, "source": 0.935, "source_date": 0.955}, 6),
    # (set 20's annotator leaves a central bank's decisions and its Governor's quoted figures
    # unsourced; claimaudit credits the Monetary Policy Committee that voted and the Governor who spoke)
    "heldout20": ({"recall": 0.99, "value_unit": 0.875, "value": 0.995, "source": 0.90, "source_date": 0.915}, 2),
    # (set 21's annotator writes a price per tonne's unit as the bare currency, "USD", where
    # claimaudit gives "USD/tonne"; its publisher's own figures were set to no source on import)
    "heldout21": ({"recall": 0.99, "value_unit": 0.81, "value": 0.99, "source": 0.865, "source_date": 0.87}, 2),
    "heldout22": ({"recall": 0.99, "value_unit": 0.965, "value": 0.995, "source": 0.83, "source_date": 0.85}, 4),
    # (set 23's oil report writes flows in mb/d and kb/d, which the scorer scales to barrels per day)
    "heldout23": ({"recall": 0.985, "value_unit": 0.935, "value": 0.985, "source": 0.875, "source_date": 0.895}, 5),
    # (set 24's annotator credits a minister's uncredited figures to the department the debate's
    # heading names; claimaudit credits the department only where the speech names it)
    "heldout24": ({"recall": 0.985, "value_unit": 0.92, "value": 0.985, "source": 0.825, "source_date": 0.895}, 16),
    # (set 25's annotator names counts by the whole noun phrase, "refugees and asylum-seekers",
    # "Members of the European Parliament"; claimaudit gives the counted noun's head)
    "heldout25": ({"recall": 0.985, "value_unit": 0.895, "value": 0.995, "source": 0.84, "source_date": 0.935}, 27),
    # (set 26's annotator counts a labour force table's thousands as "people" where claimaudit
    # gives the column's noun, "men", "women")
    "heldout26": ({"recall": 0.99, "value_unit": 0.915, "value": 0.99, "source": 0.92, "source_date": 0.94}, 10),
    # (set 27's annotator credits everything an arbitral tribunal finds to the "Tribunal" and a
    # party's pleadings to the party; claimaudit credits neither a tribunal nor a pleading's title)
    "heldout27": ({"recall": 0.995, "value_unit": 0.885, "value": 0.995, "source": 0.80, "source_date": 0.755}, 10),
    # (set 28's annotator writes rates as "KSD per child per month"; claimaudit's rate shape differs)
    "heldout28": ({"recall": 0.995, "value_unit": 0.84, "value": 0.995, "source": 0.945, "source_date": 0.965}, 2),
    # (set 29's annotator credits each party's quoted figures to the party or person who spoke; claimaudit
    # credits a quote only to a speaker the sentence names with a body)
    "heldout29": ({"recall": 0.99, "value_unit": 0.85, "value": 0.985, "source": 0.83, "source_date": 0.80}, 15),
    # (set 30's annotator gives the HHI's levels in its table the unit "HHI"; claimaudit reads it in prose only)
    "heldout30": ({"recall": 0.995, "value_unit": 0.91, "value": 0.995, "source": 0.935, "source_date": 0.95}, 2),
    # (set 31's crime table counts offences, which claimaudit reads from its title "Police recorded
    # crime by ..."; its prose levels after a change, "fell by 12% to 35,120", still have no noun)
    "heldout31": ({"recall": 0.995, "value_unit": 0.85, "value": 0.995, "source": 0.94, "source_date": 0.97}, 5),
    # (set 32's broker report: index readings dated by the day they were taken, "fell 6.2% ... in the
    # week to 13 June", which the annotator gives as the source's date; claimaudit reads a period)
    "heldout32": ({"recall": 0.995, "value_unit": 0.95, "value": 0.995, "source": 0.93, "source_date": 0.84}, 5),
    # (set 33's annotator gives a rating agency's forecast columns and peer medians no source where the
    # table's Source column names the body of the historical data; claimaudit credits the row's body)
    "heldout33": ({"recall": 0.975, "value_unit": 0.88, "value": 0.975, "source": 0.75, "source_date": 0.87}, 10),
    # (sets 34 to 36 arrived in the twenty-second session. Set 34's annotator gives a transcript's
    # bare counts the noun said earlier in the turn, and bare "$" the currency its opening note
    # declares; set 36's gives a table's cells the species its title names)
    "heldout34": ({"recall": 0.99, "value_unit": 0.815, "value": 0.98, "source": 0.865, "source_date": 0.925}, 7),
    "heldout35": ({"recall": 0.995, "value_unit": 0.855, "value": 0.995, "source": 0.92, "source_date": 0.97}, 10),
    "heldout36": ({"recall": 0.995, "value_unit": 0.80, "value": 0.995, "source": 0.93, "source_date": 0.95}, 12),
    # (sets 37 to 39 arrived in the twenty-third session. Set 38's annotator gives a trial's hazard
    # ratios and p-values no unit, where claimaudit names the statistic; set 39's converts a mining
    # table's "(Mt)" and "(koz)" to tonnes and ounces, as claimaudit now does)
    "heldout37": ({"recall": 0.995, "value_unit": 0.88, "value": 0.99, "source": 0.92, "source_date": 0.985}, 0),
    "heldout38": ({"recall": 0.995, "value_unit": 0.83, "value": 0.995, "source": 0.885, "source_date": 0.915}, 5),
    "heldout39": ({"recall": 0.975, "value_unit": 0.90, "value": 0.95, "source": 0.88, "source_date": 0.95}, 11),
    # (sets 40 to 42 arrived in the twenty-fourth session. Set 41's annotator gives a broadcast's
    # live statements no date, where claimaudit dates a speaker's figures by the day of the
    # broadcast; set 42's gives an incidence its counted noun, "cases per 1,000 person-years",
    # where the text writes none, and writes "percent per year" for yield changes)
    "heldout40": ({"recall": 0.995, "value_unit": 0.86, "value": 0.99, "source": 0.895, "source_date": 0.92}, 4),
    "heldout41": ({"recall": 0.995, "value_unit": 0.89, "value": 0.97, "source": 0.77, "source_date": 0.905}, 20),
    "heldout42": ({"recall": 0.995, "value_unit": 0.815, "value": 0.995, "source": 0.885, "source_date": 0.97}, 47),
    # (sets 43 to 45 arrived in the twenty-fifth session. Set 44's annotator writes "index points"
    # and "weight per 1,000" for a price index table's columns, which claimaudit leaves without a
    # unit or names the rate's base only; set 45's gives a census infobox's rows "people")
    "heldout43": ({"recall": 0.995, "value_unit": 0.775, "value": 0.98, "source": 0.88, "source_date": 0.865}, 8),
    "heldout44": ({"recall": 0.995, "value_unit": 0.795, "value": 0.99, "source": 0.925, "source_date": 0.935}, 13),
    "heldout45": ({"recall": 0.995, "value_unit": 0.915, "value": 0.995, "source": 0.94, "source_date": 0.855}, 24),
    # (sets 46 to 48 arrived in the twenty-sixth session. Set 46's annotator counts a league
    # table's positions as "league position"; set 47's names counts by their whole phrase ("letters
    # of objection") and credits an audit office's findings about an agency's actions to no one; set 48's gives
    # admission rates per 100,000 their events, which claimaudit names only when the text does)
    "heldout46": ({"recall": 0.99, "value_unit": 0.88, "value": 0.99, "source": 0.78, "source_date": 0.875}, 1),
    "heldout47": ({"recall": 0.985, "value_unit": 0.92, "value": 0.985, "source": 0.72, "source_date": 0.86}, 9),
    "heldout48": ({"recall": 0.99, "value_unit": 0.865, "value": 0.995, "source": 0.925, "source_date": 0.97}, 7),
    # (sets 49 to 51 arrived in the twenty-seventh session. Set 49's annotator writes "Mt", "Moz" and
    # "g/t" units with their prefixes applied; set 50's credits a prime minister's quoted claims to
    # her by name; set 51's credits a minister's figures in a debate to her department throughout)
    "heldout49": ({"recall": 0.99, "value_unit": 0.87, "value": 0.99, "source": 0.865, "source_date": 0.875}, 3),
    "heldout50": ({"recall": 0.995, "value_unit": 0.86, "value": 0.995, "source": 0.855, "source_date": 0.87}, 10),
    "heldout51": ({"recall": 0.995, "value_unit": 0.935, "value": 0.995, "source": 0.82, "source_date": 0.98}, 5),
    # (sets 52 to 54 arrived in the twenty-eighth session. Set 52's annotator counts a charity's
    # beneficiaries and programmes as "people" and "pantries" where rows name neither; set 53's
    # counts a car market's "units" and "registrations" as "cars" and a mission's troops and
    # police as "personnel"; set 54's names counts by their whole phrase ("GNSS stations"))
    "heldout52": ({"recall": 0.995, "value_unit": 0.92, "value": 0.995, "source": 0.955, "source_date": 0.99}, 23),
    "heldout53": ({"recall": 0.995, "value_unit": 0.66, "value": 0.995, "source": 0.875, "source_date": 0.965}, 6),
    "heldout54": ({"recall": 0.99, "value_unit": 0.945, "value": 0.99, "source": 0.91, "source_date": 0.935}, 7),
    # (sets 55 to 57 arrived in the twenty-ninth session. Set 55's annotator gives hazard ratios and
    # p-values no unit; set 56's writes an airline's RPK and ASK cells as "revenue passenger
    # kilometres" and "available seat kilometres" and credits a publisher's quoted officials to it;
    # set 57's gives the Baltic indices "points" where we name the index)
    "heldout55": ({"recall": 0.99, "value_unit": 0.85, "value": 0.985, "source": 0.915, "source_date": 0.915}, 5),
    "heldout56": ({"recall": 0.995, "value_unit": 0.775, "value": 0.995, "source": 0.905, "source_date": 0.925}, 6),
    "heldout57": ({"recall": 0.99, "value_unit": 0.82, "value": 0.99, "source": 0.86, "source_date": 0.915}, 4),
    # (sets 58 to 60 arrived in the thirtieth session. Set 58's annotator credits figures from the
    # publisher's own earlier publications to no one; set 59's marks pollutant formulas ("NO2",
    # "PM2.5") as identifiers and credits a chief executive quoted in her own association's release to
    # no one; set 60's keeps coffee prices in US cents and applies a header's "Mt C" to its cells)
    "heldout58": ({"recall": 0.995, "value_unit": 0.90, "value": 0.995, "source": 0.865, "source_date": 0.94}, 7),
    "heldout59": ({"recall": 0.99, "value_unit": 0.92, "value": 0.99, "source": 0.835, "source_date": 0.88}, 14),
    "heldout60": ({"recall": 0.995, "value_unit": 0.86, "value": 0.975, "source": 0.71, "source_date": 0.95}, 23),
    # (sets 61 to 63 arrived in the thirty-first session. Set 61's annotator counts a labour table's
    # "level (thousands)" rows and a press-freedom report's implied counts ("the toll rose to 10") as
    # "people" and "journalists"; set 62's gives magnitudes the unit "magnitude" and a half-year's
    # dividend "GBP per share"; set 63's writes daily viewing as "minutes per day", per person or not;
    # set 62's leaves "as measured by Worldpanel" undated where claimaudit gives the panel's release
    # date from the sentence before, since the thirty-second session knows the panel's two names)
    "heldout61": ({"recall": 0.995, "value_unit": 0.75, "value": 0.98, "source": 0.91, "source_date": 0.93}, 13),
    "heldout62": ({"recall": 0.99, "value_unit": 0.86, "value": 0.99, "source": 0.945, "source_date": 0.945}, 13),
    "heldout63": ({"recall": 0.995, "value_unit": 0.965, "value": 0.995, "source": 0.985, "source_date": 0.985}, 8),
    # (sets 64 to 66 arrived in the thirty-second session. Set 64's annotator counts a car market's
    # registrations as "cars", prose and table alike; set 65's writes a table's road deaths per
    # billion vehicle miles in full where a column header abbreviates them ("per bn"); set 66's gives
    # an average fire's area "hectares per fire" and leaves a firm's estimate after its dated survey
    # undated)
    "heldout64": ({"recall": 0.995, "value_unit": 0.835, "value": 0.995, "source": 0.98, "source_date": 0.99}, 7),
    "heldout65": ({"recall": 0.995, "value_unit": 0.92, "value": 0.98, "source": 0.925, "source_date": 0.87}, 11),
    "heldout66": ({"recall": 0.995, "value_unit": 0.915, "value": 0.995, "source": 0.925, "source_date": 0.885}, 10),
    # (sets 67 to 69 arrived in the thirty-third session. Set 67's annotator counts a cycle's
    # "accepted applicants" where the text says "acceptances", and a sector's count in a quote in
    # "people"; set 68's names the unit an amount is per where only the measure says it ("EUR per
    # farm" for a farm type's income given in euros); set 69's gives class sizes "pupils per
    # class" and leaves pupil-teacher ratios without a unit)
    "heldout67": ({"recall": 0.995, "value_unit": 0.95, "value": 0.995, "source": 0.97, "source_date": 0.98}, 7),
    "heldout68": ({"recall": 0.995, "value_unit": 0.955, "value": 0.995, "source": 0.955, "source_date": 0.95}, 4),
    "heldout69": ({"recall": 0.995, "value_unit": 0.905, "value": 0.995, "source": 0.95, "source_date": 0.995}, 6),
}


@pytest.fixture(scope="module")
def result():
    res = score(GOLD_DIR / "claims_gold.jsonl", GOLD_DIR / "not_claims.jsonl")
    print()
    for k in FIGURES:
        print(f"  {k:32} {res[k]}")
    return res


def test_gold_set_is_consistent(result):
    assert result["problems"] == []
    assert result["n_gold"] >= 190


@pytest.mark.parametrize("figure", sorted(FLOORS))
def test_floor(result, figure):
    assert result[figure] >= FLOORS[figure], f"{figure} fell to {result[figure]} (floor {FLOORS[figure]})"


def test_not_claims(result):
    assert result["not_claims_emitted"] <= MAX_NOT_CLAIMS_EMITTED, result["not_claim_errors"]


@pytest.fixture(scope="module", params=sorted(OTHER_SETS))
def other(request):
    name = request.param
    gold = GOLD_DIR / (f"{name}_gold.jsonl")
    return name, score(gold, GOLD_DIR / f"{name}_not_claims.jsonl")


def test_other_sets(other):
    name, res = other
    floors, max_not_claims = OTHER_SETS[name]
    assert res["problems"] == []
    for figure, floor in floors.items():
        assert res[figure] >= floor, f"{name}: {figure} fell to {res[figure]} (floor {floor})"
    assert res["not_claims_emitted"] <= max_not_claims, res["not_claim_errors"]


@pytest.mark.parametrize(
    "gold, got, same",
    [
        ("World Bank", "world bank", True),
        ("United States Geological Survey", "U.S. Geological Survey", True),  # one registry entry
        ("Venezolana de Televisión", "Venezolana de Television", True),
        ("Ministry of Mines of Mali", "Ministry of Mines (Mali)", True),
        ("Ministry of Mines (Mali)", "Ministry of Mines (Niger)", False),
        ("Fisheries Commission of Ghana", "Fisheries Commission (Ghana)", True),
        ("Fitch Solutions", "Fitch Ratings", False),
        ("Safaricom PLC", "Safaricom", True),  # a legal form
        ("Rheinmetall AG", "Rheinmetall", True),
        ("World Bank", None, False),
        (None, None, True),
        # a joint credit, as the tool writes it and as an annotator does
        ("World Health Organization and United Nations Children's Fund", "World Health Organization; UN Children's Fund", True),
        ("World Health Organization and World Bank", "World Health Organization; UN Children's Fund", False),
        ("World Health Organization", "World Health Organization; UN Children's Fund", False),
    ],
)
def test_same_source(gold, got, same):
    assert source_eq(gold, got) is same


@pytest.mark.parametrize(
    "gold,got,same",
    [
        ("m", "meters", True),  # a unit's symbol alone
        ("sq km", "square kilometers", True),
        ("lions per sq km", "lions/km2", True),
        ("mm", "millimeters", True),
        ("ml", "megaliters", False),  # (millilitres are not megalitres)
        ("m", "miles", False),
    ],
)
def test_same_unit(gold, got, same):
    from score import unit_eq

    assert unit_eq(gold, got) is same
