"""Builds claims_gold.jsonl entries for real CRS files from hand-written annotations.

Each annotation gives an *anchor* (a unique snippet of the file around the number, typed by hand
while reading) so that the 0-based occurrence of `text` is computed exactly; values, units,
sources and dates are written by hand. Run: python tests/gold/_build_real.py > /tmp/real.jsonl
"""
import json
from pathlib import Path

ROOT = Path("/work/shared")
F = {
 "ru": "corpus-reports/crs-if12672-russia-nuclear-weapons.txt",
 "fh": "corpus-reports/crs-rs22331-foreign-holdings-of-federal-debt.txt",
 "rc": "corpus-reports/crs-in12423-ira-residential-clean-energy-credit-data.txt",
 "mx": "corpus-reports/crs-if11175-us-mexico-trade-relations.txt",
 "e15": "corpus-reports/crs-in10979-year-round-e15.txt",
 "cu": "corpus-reports/crs-in12614-section-232-copper-tariffs.txt",
 "hz": "corpus-reports/crs-r48903-strait-of-hormuz-non-oil-shipments.txt",
 "cr": "corpus-reports/crs-r48914-cryptocurrency-mining-electricity.txt",
 "us": "corpus-reports/crs-r48905-usda-structure-and-proposed-changes.txt",
}
B, M, T, K = 1e9, 1e6, 1e12, 1e3
FAS, STR, DIA = "Federation of American Scientists", "U.S. Strategic Command", "Defense Intelligence Agency"
FED, TRE, IRS = "Federal Reserve", "U.S. Department of the Treasury", "Internal Revenue Service"
EIA, EPA = "U.S. Energy Information Administration", "U.S. Environmental Protection Agency"

# (file, anchor, text, value, unit, source, source_date, extra)
A = [
 # --- Russia nuclear (FAS / STRATCOM / DIA attributions) ---
 ("ru", "limits—1,550 warheads", "1,550", 1550, "warheads", None, None, {"known_issue": "'Russian officials then stated' (vague source) - treaty limits"}),
 ("ru", "on 700 deployed strategic", "700", 700, "deployed strategic nuclear delivery vehicles", None, None, {"known_issue": "unit head noun 'vehicles'"}),
 ("ru", "a total of 800 deployed", "800", 800, "deployed and nondeployed strategic nuclear delivery vehicles", None, None, {"known_issue": "unit head noun 'vehicles'"}),
 ("ru", "around 1,718 deployed", "1,718", 1718, "warheads", FAS, "2025", {"qualifier": "approximate"}),
 ("ru", "consisting of 330 intercontinental", "330", 330, "intercontinental ballistic missiles", FAS, "2025", {}),
 ("ru", "12 ballistic-missile submarines", "12", 12, "ballistic-missile submarines", FAS, "2025", {}),
 ("ru", "with 192 submarine-launched", "192", 192, "submarine-launched ballistic missiles", FAS, "2025", {}),
 ("ru", "and 58 strategic bombers", "58", 58, "strategic bombers", FAS, "2025", {}),
 ("ru", "has around 1,770 deployed", "1,770", 1770, "warheads", FAS, "2026", {}),
 ("ru", "around 2,600 deployed and nondeployed", "2,600", 2600, "warheads", STR, "2026-03", {"known_issue": "source is STRATCOM commander (person + office)"}),
 ("ru", "\"up to 2,000 warheads\"", "2,000", 2000, "warheads", STR, "2026-03", {"qualifier": "up to", "known_issue": "Admiral Correll = STRATCOM commander named in an earlier sentence"}),
 ("ru", "attributes 1,477 warheads", "1,477", 1477, "warheads", FAS, None, {}),
 # --- Foreign holdings of federal debt (prose + 2 tables) ---
 ("fh", "totaled approximately $9.2 trillion, or 31%", "$9.2 trillion", 9.2*T, "USD", None, None, {}),
 ("fh", "approximately $9.2 trillion, or 31% of total", "31%", 31, "percent", None, None, {}),
 ("fh", "publicly held debt ($30.1 trillion). (Fig", "$30.1 trillion", 30.1*T, "USD", None, None, {}),
 ("fh", "foreigners in 2025 was $282.4 billion.\n\nForeign", "$282.4 billion", 282.4*B, "USD", None, None, {}),
 ("fh", "sources: 41.9% ($3.9 trillion)", "41.9%", 41.9, "percent", None, None, {}),
 ("fh", "sources: 41.9% ($3.9 trillion)", "$3.9 trillion", 3.9*T, "USD", None, None, {}),
 ("fh", "the other 58.1% ($5.4 trillion) are held", "58.1%", 58.1, "percent", None, None, {}),
 ("fh", "the other 58.1% ($5.4 trillion) are held", "$5.4 trillion", 5.4*T, "USD", None, None, {}),
 ("fh", "debt increased by $1.5 trillion, from $7.7 trillion", "$1.5 trillion", 1.5*T, "USD", None, None, {}),
 ("fh", "debt increased by $1.5 trillion, from $7.7 trillion", "$7.7 trillion", 7.7*T, "USD", None, None, {}),
 ("fh", "increased by approximately $7.5 trillion", "$7.5 trillion", 7.5*T, "USD", None, None, {}),
 ("fh", "from $22.6 trillion to $30.1 trillion", "$22.6 trillion", 22.6*T, "USD", None, None, {}),
 ("fh", "Dec. 2025 | $30.1 | $9.2 | 31%", "$30.1", 30.1*T, "USD", FED, None, {"known_issue": "scale from caption 'In Trillions of Dollars'; notes: data current as of March 19, 2026"}),
 ("fh", "Dec. 2025 | $30.1 | $9.2 | 31%", "$9.2", 9.2*T, "USD", FED, None, {"known_issue": "scale from caption"}),
 ("fh", "Dec. 2024 | $28.1 | $8.6 | 30%", "$28.1", 28.1*T, "USD", FED, None, {}),
 ("fh", "Dec. 2024 | $28.1 | $8.6 | 30%", "$8.6", 8.6*T, "USD", FED, None, {}),
 ("fh", "Dec. 2023 | $26.2 | $7.9 | 30%", "30%", 30, "percent", FED, None, {}),
 ("fh", "Dec. 2021 | $22.6 | $7.7 | 34%", "34%", 34, "percent", FED, None, {}),
 ("fh", "Dec. 2021 | $22.6 | $7.7 | 34%", "$7.7", 7.7*T, "USD", FED, None, {}),
 ("fh", "Japan | $1,185.5 | 12.79%", "$1,185.5", 1185.5*B, "USD", TRE, None, {"known_issue": "scale from column header '($ billions)'"}),
 ("fh", "Japan | $1,185.5 | 12.79%", "12.79%", 12.79, "percent", TRE, None, {}),
 ("fh", "United Kingdom | $866.0 | 9.34%", "$866.0", 866.0*B, "USD", TRE, None, {}),
 ("fh", "Mainland China | $683.5 | 7.37%", "7.37%", 7.37, "percent", TRE, None, {}),
 ("fh", "Belgium | $477.3 | 5.15%", "$477.3", 477.3*B, "USD", TRE, None, {}),
 ("fh", "Japan | $1,300.8 | 16.81%", "$1,300.8", 1300.8*B, "USD", TRE, None, {}),
 ("fh", "Mainland China | $1,040.3 | 13.44%", "13.44%", 13.44, "percent", TRE, None, {}),
 ("fh", "federal debt | $5,557.0 | 59.94%", "$5,557.0", 5557.0*B, "USD", TRE, None, {}),
 ("fh", "federal debt | $9,271.0 | 100%", "$9,271.0", 9271.0*B, "USD", TRE, None, {}),
 ("fh", "have each exceeded $300 billion each year", "$300 billion", 300*B, "USD/year", None, None, {"qualifier": "more than", "known_issue": "'each year' - annual flow; 'USD' also defensible"}),
 ("fh", "abroad was $1.1 trillion in 2025", "$1.1 trillion", 1.1*T, "USD", None, None, {}),
 ("fh", "down slightly from $1.2 trillion in 2024", "$1.2 trillion", 1.2*T, "USD", None, None, {}),
 ("fh", "up from $935 billion in 2023", "$935 billion", 935*B, "USD", None, None, {}),
 ("fh", "roughly $27.5 trillion in 2025", "$27.5 trillion", 27.5*T, "USD", None, None, {}),
 # --- IRA residential clean energy credit (IRS data) ---
 ("rc", "equivalent to 30% of the costs", "30%", 30, "percent", None, None, {}),
 ("rc", "would cost $3.6 billion in FY2023", "$3.6 billion", 3.6*B, "USD", None, "2023-12", {"known_issue": "unnamed 'December 2023 estimate' (JCT) - date without named source"}),
 ("rc", "federal revenues by $6.3 billion", "$6.3 billion", 6.3*B, "USD", IRS, "2024-08", {}),
 ("rc", "received 67% of RCEC benefits", "67%", 67, "percent", None, None, {}),
 ("rc", "bottom quarter received 0.3%", "0.3%", 0.3, "percent", None, None, {}),
 ("rc", "average credit of $7,841", "$7,841", 7841, "USD", None, None, {}),
 ("rc", "About 2.5% (rounded", "2.5%", 2.5, "percent", None, None, {}),
 ("rc", "average credit of $518", "$518", 518, "USD", None, None, {}),
 ("rc", "approximately 142,000 taxpayers who carried", "142,000", 142000, "taxpayers", None, None, {}),
 ("rc", "Incomes below $25,000 | 27% | 3% | $518", "27%", 27, "percent", IRS, None, {"known_issue": "table source 'CRS calculations based on ... data from the Internal Revenue Service'"}),
 ("rc", "Incomes below $25,000 | 27% | 3% | $518", "$518", 518, "USD", IRS, None, {}),
 ("rc", "$49,999 | 23% | 17% | $1,618 | 6%", "$1,618", 1618, "USD", IRS, None, {}),
 ("rc", "$49,999 | 23% | 17% | $1,618 | 6%", "17%", 17, "percent", IRS, None, {}),
 ("rc", "$99,999 | 26% | 37% | $3,778 | 27%", "37%", 37, "percent", IRS, None, {}),
 ("rc", "more | 1% | 2% | $11,657 | 5%", "$11,657", 11657, "USD", IRS, None, {}),
 ("rc", "Nevada | 2.0%", "2.0%", 2.0, "percent", IRS, None, {}),
 ("rc", "Florida | 1.8%", "1.8%", 1.8, "percent", IRS, None, {}),
 ("rc", "North Dakota | 0.2%", "0.2%", 0.2, "percent", IRS, None, {}),
 ("rc", "New Hampshire | $7,581", "$7,581", 7581, "USD", IRS, None, {}),
 ("rc", "Mississippi | $2,248", "$2,248", 2248, "USD", IRS, None, {}),
 ("rc", "credit nationally was $5,084", "$5,084", 5084, "USD", None, None, {}),
 ("rc", "Approximately 752,000 taxpayers", "752,000", 752000, "taxpayers", None, None, {}),
 ("rc", "while 139,000 claimed", "139,000", 139000, None, None, None, {"known_issue": "elliptical count of taxpayers; unit may be 'taxpayers' or null"}),
 ("rc", "Nearly 81,000 RCEC recipients", "81,000", 81000, "RCEC recipients", None, None, {"qualifier": "nearly", "known_issue": "unit head noun 'recipients'"}),
 ("rc", "more than 1.2 million taxpayers", "1.2 million", 1.2*M, "taxpayers", None, None, {"qualifier": "more than"}),
 ("rc", "at least 3.4 million taxpayers", "3.4 million", 3.4*M, "taxpayers", IRS, None, {"qualifier": "at least", "known_issue": "IRS release date (August 2024) is stated earlier in document"}),
 ("rc", "Approximately 1.1 million taxpayers", "1.1 million", 1.1*M, "taxpayers", None, None, {"known_issue": "continues IRS data of previous sentence implicitly"}),
 ("rc", "while 163,000 taxpayers claimed both", "163,000", 163000, "taxpayers", None, None, {}),
 ("rc", "2023, 0.4% of taxpayers earning", "0.4%", 0.4, "percent", None, None, {}),
 ("rc", "as compared with 0.003% of", "0.003%", 0.003, "percent", None, None, {}),
 ("rc", "come out to $8.4 billion", "$8.4 billion", 8.4*B, "USD", None, None, {}),
 ("rc", "projected cost of $7.6 billion", "$7.6 billion", 7.6*B, "USD", "Joint Committee on Taxation", None, {}),
 ("rc", "only include 138 million tax returns", "138 million", 138*M, "tax returns", IRS, None, {}),
 ("rc", "0.3% of RCEC benefits, 0.8%", "0.8%", 0.8, "percent", IRS, None, {}),
 ("rc", "top 24% of the income", "24%", 24, "percent", None, None, {}),
 # --- US-Mexico trade (mostly unattributed, EIU note) ---
 ("mx", "population of 132 million people", "132 million", 132*M, "people", None, None, {"known_issue": "paragraph is followed by a 'Sources: EIU ... accessed April 8, 2026; ITA' line; EIU attribution defensible"}),
 ("mx", "grew by 0.6% in 2025", "0.6%", 0.6, "percent", None, None, {"known_issue": "paragraph is followed by a 'Sources: EIU ... accessed April 8, 2026; ITA' line; EIU attribution defensible"}),
 ("mx", "grow by 1.5% in 2026", "1.5%", 1.5, "percent", None, None, {"known_issue": "paragraph is followed by a 'Sources: EIU ... accessed April 8, 2026; ITA' line; EIU attribution defensible"}),
 ("mx", "and 1.7% in 2027", "1.7%", 1.7, "percent", None, None, {"known_issue": "paragraph is followed by a 'Sources: EIU ... accessed April 8, 2026; ITA' line; EIU attribution defensible"}),
 ("mx", "GDP was $1.8 trillion in 2025", "$1.8 trillion", 1.8*T, "USD", None, None, {"known_issue": "a 'Sources: EIU ... accessed April 8, 2026' line follows the paragraph"}),
 ("mx", "U.S. GDP of $31.7 trillion", "$31.7 trillion", 31.7*T, "USD", None, None, {"known_issue": "paragraph is followed by a 'Sources: EIU ... accessed April 8, 2026; ITA' line; EIU attribution defensible"}),
 ("mx", "Mexico was $13,874 in 2025", "$13,874", 13874, "USD", None, None, {"known_issue": "paragraph is followed by a 'Sources: EIU ... accessed April 8, 2026; ITA' line; EIU attribution defensible"}),
 ("mx", "compared to $88,612 in", "$88,612", 88612, "USD", None, None, {"known_issue": "paragraph is followed by a 'Sources: EIU ... accessed April 8, 2026; ITA' line; EIU attribution defensible"}),
 ("mx", "with $976.1 billion in total", "$976.1 billion", 976.1*B, "USD", None, None, {}),
 ("mx", "surplus of $1.7 billion in 1993", "$1.7 billion", 1.7*B, "USD", None, None, {}),
 ("mx", "deficit of $171.5 billion", "$171.5 billion", 171.5*B, "USD", None, None, {}),
 ("mx", "China was $295.5 billion", "$295.5 billion", 295.5*B, "USD", None, None, {}),
 ("mx", "accounting for 60% ($752.0 billion)", "60%", 60, "percent", None, None, {}),
 ("mx", "accounting for 60% ($752.0 billion)", "$752.0 billion", 752.0*B, "USD", None, None, {}),
 ("mx", "about 80% of Mexico's exports", "80%", 80, "percent", None, None, {"qualifier": "approximate"}),
 ("mx", "to $337.9 billion in 2025, a 150% increase", "150%", 150, "percent", None, None, {}),
 ("mx", "computer equipment ($34.6 billion)", "$34.6 billion", 34.6*B, "USD", None, None, {}),
 ("mx", "to $534.8 billion in 2025 (170% increase)", "$534.8 billion", 534.8*B, "USD", None, None, {}),
 ("mx", "surplus of $2.8 billion in 2023", "$2.8 billion", 2.8*B, "USD", None, None, {}),
 ("mx", "increased from $37.2 billion to $159.2 billion, an increase of 328%", "328%", 328, "percent", None, None, {}),
 ("mx", "accounting for 39% ($15.9 billion) of the total ($40.9 billion)", "39%", 39, "percent", "Mexican government data", None, {"known_issue": "vague source 'Mexican government data'; may be null"}),
 ("mx", "accounting for 39% ($15.9 billion) of the total ($40.9 billion)", "$15.9 billion", 15.9*B, "USD", "Mexican government data", None, {"known_issue": "vague source"}),
 ("mx", "accounting for 39% ($15.9 billion) of the total ($40.9 billion)", "$40.9 billion", 40.9*B, "USD", "Mexican government data", None, {"known_issue": "vague source"}),
 ("mx", "Spain ($4.4 billion)", "$4.4 billion", 4.4*B, "USD", None, None, {"known_issue": "continues 'According to Mexican government data' from previous sentence"}),
 ("mx", "about $710 million in 2024", "$710 million", 710*M, "USD", None, None, {"qualifier": "approximate"}),
 ("mx", "subject to a 10% tariff", "10%", 10, "percent", None, None, {}),
 ("mx", "for up to 150 days", "150", 150, "days", None, None, {"qualifier": "up to"}),
 # --- E15 (EPA, NREL) ---
 ("e15", "of up to 15% ethanol", "15%", 15, "percent", None, None, {"qualifier": "up to"}),
 ("e15", "ethanol and 85% gasoline", "85%", 85, "percent", None, None, {}),
 ("e15", "a period of 20 calendar days", "20", 20, "calendar days", None, None, {"qualifier": "at most", "known_issue": "'20 calendar days or shorter'; unit head 'days'"}),
 ("e15", "greater than 9.0 pounds per square inch", "9.0", 9.0, "pounds per square inch", None, None, {}),
 ("e15", "the addition of 10% ethanol to gasoline increases", "10%", 10, "percent", "National Renewable Energy Laboratory", "2012", {}),
 ("e15", "the blend by about 1.0 psi", "1.0 psi", 1.0, "pounds per square inch", "National Renewable Energy Laboratory", "2012", {"known_issue": "text may be '1.0' with unit from 'psi'"}),
 ("e15", "there is a 7.4 psi RVP", "7.4 psi", 7.4, "pounds per square inch", None, None, {}),
 ("e15", "EPA reports that about 25% of gasoline", "25%", 25, "percent", EPA, None, {}),
 ("e15", "impact of 15% ethanol is indistinguishable", "15%", 15, "percent", "National Renewable Energy Laboratory", "2012", {}),
 # --- Copper tariffs (USGS, table of days) ---
 ("cu", "President Trump imposed 50% tariffs on certain", "50%", 50, "percent", None, None, {}),
 ("cu", "imports for about 57% of total", "57%", 57, "percent", "U.S. Geological Survey", None, {"known_issue": "'in 2025' is the period of the data, not the date of the USGS estimate"}),
 ("cu", "(144 days from initiation", "144", 144, "days", None, None, {}),
 ("cu", "first Trump Administration (338 days)", "338", 338, "days", None, None, {}),
 ("cu", "implementation | 338 days | 144 days", "338", 338, "days", "Congressional Research Service", None, {"known_issue": "table source 'CRS, based on various executive branch documents'"}),
 ("cu", "implementation | 338 days | 144 days", "144", 144, "days", "Congressional Research Service", None, {}),
 ("cu", "an immediate 30% tariff", "30%", 30, "percent", None, None, {}),
 ("cu", "refined copper of 15% in 2027", "15%", 15, "percent", None, None, {}),
 ("cu", "starting at 25% in 2027", "25%", 25, "percent", None, None, {}),
 ("cu", "imported $16.2 billion worth", "$16.2 billion", 16.2*B, "USD", None, None, {}),
 ("cu", "imported $7.2 billion worth", "$7.2 billion", 7.2*B, "USD", None, None, {}),
 ("cu", "(25% by value from the EU", "25%", 25, "percent", None, None, {}),
 ("cu", "and $9.0 billion worth", "$9.0 billion", 9.0*B, "USD", None, None, {}),
 ("cu", "(31% by value from China", "31%", 31, "percent", None, None, {}),
 ("cu", "(10% if at least 95% of the copper", "95%", 95, "percent", None, None, {"qualifier": "at least"}),
 # --- Strait of Hormuz (UKMTO etc.) ---
 ("hz", "the Strait) was about 130 each day", "130", 130, "ships", None, None, {"qualifier": "approximate", "known_issue": "unit noun is earlier ('number of ships'); per day"}),
 ("hz", "has recorded 17 attacks", "17", 17, "attacks", "UK Maritime Trade Operations", None, {"known_issue": "not in registry; canonical 'United Kingdom Maritime Trade Operations'?"}),
 ("hz", "An estimated 1,000 ships", "1,000", 1000, "ships", None, None, {}),
 ("hz", "region: 800 ships", "800", 800, "ships", None, None, {}),
 ("hz", "and 200 ships outside", "200", 200, "ships", None, None, {}),
 ("hz", "About 65% of the port's", "65%", 65, "percent", None, None, {}),
 ("hz", "there were 280 dry bulk ships", "280", 280, "dry bulk ships", None, None, {"known_issue": "vague source 'one report'"}),
 ("hz", "for roughly 10% of the frozen", "10%", 10, "percent", None, None, {}),
 ("hz", "produces about 8% of the world", "8%", 8, "percent", None, None, {}),
 ("hz", "including about 40% of the United", "40%", 40, "percent", None, None, {}),
 ("hz", "for about 16% of the total", "16%", 16, "percent", None, None, {}),
 ("hz", "for about 30% of the world's helium", "30%", 30, "percent", None, None, {}),
 ("hz", "at minus 452 degrees Fahrenheit", "minus 452", -452, "degrees Fahrenheit", None, None, {"known_issue": "negative written as word 'minus'; text may be '452 degrees Fahrenheit'"}),
 ("hz", "for up to 45 days", "45", 45, "days", None, None, {"qualifier": "up to"}),
 ("hz", "for nearly 40% of U.S. waterborne", "40%", 40, "percent", None, None, {}),
 ("hz", "waived the Jones Act for 60 days", "60", 60, "days", None, None, {}),
 ("hz", "2026, 60 vessels were enrolled", "60", 60, "vessels", None, None, {}),
 ("hz", "and 9 were enrolled in the TSP", "9", 9, "vessels", None, None, {"known_issue": "elliptical noun"}),
 ("hz", "up to 20 U.S.-flagged tankers", "20", 20, "tankers", None, None, {"qualifier": "up to", "known_issue": "unit may be 'U.S.-flagged tankers'"}),
 # --- Cryptocurrency mining (CBECI, EIA, NY DEC, NYISO) ---
 ("cr", "cut its energy consumption by 99.5%", "99.5%", 99.5, "percent", "Ethereum", None, {"known_issue": "'Ethereum predicted' - organisation not in registry"}),
 ("cr", "in the United States (38%), China (21%)", "38%", 38, "percent", "Cambridge Bitcoin Electricity Consumption Index", "2021-12", {"known_issue": "index not in registry; date 'in December 2021' is the period of the data"}),
 ("cr", "in the United States (38%), China (21%)", "21%", 21, "percent", "Cambridge Bitcoin Electricity Consumption Index", "2021-12", {}),
 ("cr", "and Kazakhstan (13%). Other", "13%", 13, "percent", "Cambridge Bitcoin Electricity Consumption Index", "2021-12", {}),
 ("cr", "representing approximately 48% of the Bitcoin", "48%", 48, "percent", None, None, {}),
 ("cr", "the United States (75.4%), Canada (7.1%)", "75.4%", 75.4, "percent", None, None, {"known_issue": "'According to the survey' - unnamed survey"}),
 ("cr", "accounted for 3% of local peak", "3%", 3, "percent", None, None, {}),
 ("cr", "could represent 10% of total electricity", "10%", 10, "percent", EIA, "2024", {}),
 ("cr", "network was 12.3 gigawatts (GW)", "12.3 gigawatts", 12.3, "gigawatts", "Cambridge Bitcoin Electricity Consumption Index", None, {"known_issue": "date 'in 2022' is the period"}),
 ("cr", "remained at approximately 38% to estimate", "38%", 38, "percent", EIA, "2024", {"known_issue": "EIA attribution and 2024 date are in the previous sentences ('In 2024 EIA conducted an assessment')"}),
 ("cr", "use from 25 terawatt-hours (TWh) to 91 TWh", "25 terawatt-hours", 58, "terawatt-hours", EIA, "2024", {"low": 25, "high": 91, "known_issue": "range 'from 25 TWh to 91 TWh' - text may be either end"}),
 ("cr", "represents between 0.6% and 2.3% of all", "0.6%", 1.45, "percent", EIA, "2024", {"low": 0.6, "high": 2.3, "known_issue": "range 'between 0.6% and 2.3%'"}),
 ("cr", "identified 137 mining facilities", "137", 137, "mining facilities", EIA, "2024", {}),
 ("cr", "power demand of 10.275 GW in 2023", "10.275 GW", 10.275, "gigawatts", EIA, "2024", {}),
 ("cr", "EIA assumed a utilization rate of 80%", "80%", 80, "percent", EIA, "2024", {}),
 ("cr", "electricity use of 70 TWh per year", "70 TWh", 70, "terawatt-hours/year", EIA, "2024", {"known_issue": "per year rate; unit may be 'terawatt-hours'"}),
 ("cr", "exceeds 85%. These", "85%", 85, "percent", "U.S. Department of Energy", None, {"qualifier": "more than"}),
 ("cr", "increased by 0.58 TWh", "0.58 TWh", 0.58, "terawatt-hours", "U.S. Department of Energy", None, {"known_issue": "'The report' continues DOE report from previous paragraph"}),
 ("cr", "from 60 TWh to 480 TWh", "60 TWh", 270, "terawatt-hours", "U.S. Department of Energy", None, {"low": 60, "high": 480, "known_issue": "range"}),
 ("cr", "approximately 7.7 TWh. The", "7.7 TWh", 7.7, "terawatt-hours", "New York State Department of Environmental Conservation", "2025-05", {"known_issue": "'The draft report' continues the NY DEC/DPS report of previous sentence"}),
 ("cr", "demand (6.1 TWh) is met", "6.1 TWh", 6.1, "terawatt-hours", "New York State Department of Environmental Conservation", "2025-05", {}),
 ("cr", "the remaining 1.6 TWh", "1.6 TWh", 1.6, "terawatt-hours", "New York State Department of Environmental Conservation", "2025-05", {}),
 ("cr", "approximately 790 MW of increased", "790 MW", 790, "megawatts", "New York Independent System Operator", None, {"known_issue": "'According to data provided by NYISO, the draft report indicated' - NYISO vs NY DEC"}),
 ("cr", "approximately 28% of the total large", "28%", 28, "percent", None, None, {}),
 ("cr", "have about 80% of the market", "80%", 80, "percent", None, None, {"known_issue": "aside inside a sentence about the Senate Select Committee on Intelligence report; 'reportedly' - source arguably that committee"}),
 # --- USDA reorganization (OPM, GAO, USDA) ---
 ("us", "USDA reported an estimated 4,600 employees", "4,600", 4600, "employees", "U.S. Department of Agriculture", "2025-07", {}),
 ("us", "USDA employed approximately 71,000 staff", "71,000", 71000, "staff", "Office of Personnel Management", "2026-02", {"known_issue": "'as of February 2026' is both data period and estimate date"}),
 ("us", "reduced by 15,364 individuals", "15,364", 15364, "individuals", "U.S. Department of Agriculture", "2025-07", {"known_issue": "'The memorandum' = July 2025 Secretary's Memorandum named earlier in document"}),
 ("us", "USDA employs approximately 71,000.", "71,000", 71000, None, "Office of Personnel Management", "2026-02", {}),
 ("us", "(547 out of 644 combined employees)", "547", 547, "employees", None, None, {}),
 ("us", "(547 out of 644 combined employees)", "644", 644, "employees", None, None, {}),
 ("us", "in FY2019, 278 employees", "278", 278, "employees", "Government Accountability Office", None, {}),
 ("us", "the agencies hired 323 employees", "323", 323, "employees", None, None, {}),
 ("us", "USDA reported that 82% of comments", "82%", 82, "percent", "U.S. Department of Agriculture", "2025-12", {}),
]

def occ_of(text, anchor, body):
    i = body.find(anchor)
    assert i >= 0, f"anchor not found: {anchor!r}"
    assert body.find(anchor, i + 1) < 0, f"anchor not unique: {anchor!r}"
    j = body.find(text, i)
    assert 0 <= j < i + len(anchor), f"text {text!r} not in anchor {anchor!r}"
    n, k = 0, body.find(text)
    while k < j:
        n += 1
        k = body.find(text, k + 1)
    return n

def main():
    bodies = {k: (ROOT / v).read_text(encoding="utf-8") for k, v in F.items()}
    for f, anchor, text, value, unit, src, date, extra in A:
        rec = {"file": F[f], "text": text, "occurrence": occ_of(text, anchor, bodies[f]),
               "value": float(value), "unit": unit, "source": src, "source_date": date}
        for k in ("low", "high"):
            if k in extra:
                rec[k] = float(extra[k])
        for k in ("qualifier", "known_issue"):
            if k in extra:
                rec[k] = extra[k]
        print(json.dumps(rec, ensure_ascii=False))

if __name__ == "__main__":
    main()
