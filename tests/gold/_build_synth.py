"""Synthetic paragraphs (written by hand, in the attribution styles of analytical reports) and
their hand annotations. Run: python tests/gold/_build_synth.py > /tmp/synth.jsonl"""
import json

S = {
 "iom": "According to a March 2025 report by the International Organization for Migration, some 3.2 million migrants crossed the Darién Gap between 2021 and 2024. Smuggling networks in border towns earn an estimated $5–10 million per month from these crossings.",
 "tass": "As reported by TASS on June 17, 2025, Russian grain exports to Egypt rose by 8% to $45 million in the first quarter, while total shipments reached 1.4 million metric tons.",
 "rand": "A June 2025 RAND Corporation report argues that the Army needs up to 22,000 additional soldiers to staff new air and missile defense units. The report estimates that recruiting costs would rise 15–20% over five years, adding hundreds of millions of dollars to personnel budgets.",
 "bok": "North Korea's economy grew 3.7% in 2024, as estimated by the Bank of Korea, the fastest pace since 2016. Trade with China reached ~$2.2 billion, according to Chinese customs data.",
 "fao": "Global food import bills are projected to exceed $2 trillion in 2025 (FAO, 2025). Cereal prices fell 4.3% year on year over the same period (FAO, 2025).",
 "ccpit": "Per the China Council for the Promotion of International Trade, Chinese firms signed 1,250 contracts worth $8.6 billion at the expo.",
 "ilo": "Wages in the garment zone ranged from $1.20–$1.50 per hour, according to the International Labour Organization's 2024 survey, and ~20,000 workers were employed there.",
 "table": "Table 3. Summary of Key Indicators\n\nIndicator | Value | Source\nMigrant arrivals, 2024 | 212,000 | International Organization for Migration, March 2025\nRemittance inflows, 2024 | $5.4 billion | World Bank, June 2025\nUnemployment rate | 6.8% | Statistics Korea, January 2025\nWheat exports, 2024/25 | 47.5 million metric tons | U.S. Department of Agriculture, May 2025\n",
 "imf": "According to the IMF's April 2025 World Economic Outlook, global growth will slow to 2.8% in 2025, down from 3.3% in 2024.",
 "sipri": "The Stockholm International Peace Research Institute (SIPRI) estimated in its June 2025 yearbook that China possesses about 600 nuclear warheads, an increase of roughly 100 warheads a year since 2023.",
 "eia": "Brent crude averaged $81 per barrel in 2024, the U.S. Energy Information Administration reported in January 2025, while Permian Basin output rose to 6.3 million barrels per day.",
 "xinhua": "The pipeline, some 1,200 kilometers long, will carry 38 billion cubic meters of gas annually, Xinhua said on 3 April 2025.",
 "kita": "According to a 2024 survey by the Korea International Trade Association, 41% of exporters expected sales to fall, and new tariffs added 25 percent to their shipping costs.",
 "unattr": "The ministry hired 3,400 new teachers in 2025, a 12% increase over 2023, and built 85 schools.",
 "cbo": "Per a February 2025 Congressional Budget Office estimate, the bill would increase deficits by $1.7 trillion over 2025-2034 and reduce revenues by $450 billion in FY2026 alone.",
 "iea": "The International Energy Agency published its Global EV Outlook in May 2025. The report estimates that 20 million electric cars will be sold in 2025, more than a quarter of all cars sold worldwide.",
 "unhcr": "Roughly 450,000 people were displaced in March alone, the UN High Commissioner for Refugees (UNHCR) said in an April 2025 update, bringing the total to 1.2 million.",
}
IOM, RAND, B, M, T = "International Organization for Migration", "RAND Corporation", 1e9, 1e6, 1e12
# (id, text, occurrence, value, unit, source, date, extra)
A = [
 ("iom", "3.2 million", 0, 3.2*M, "migrants", IOM, "2025-03", {"qualifier": "approximate"}),
 ("iom", "$5–10 million", 0, 7.5*M, "USD/month", None, None, {"low": 5*M, "high": 10*M, "qualifier": "approximate", "known_issue": "next sentence does not say 'the report'; source not carried"}),
 ("tass", "8%", 0, 8, "percent", "TASS", "2025-06-17", {}),
 ("tass", "$45 million", 0, 45*M, "USD", "TASS", "2025-06-17", {}),
 ("tass", "1.4 million metric tons", 0, 1.4*M, "metric tons", "TASS", "2025-06-17", {}),
 ("rand", "22,000", 0, 22000, "soldiers", RAND, "2025-06", {"qualifier": "up to"}),
 ("rand", "15–20%", 0, 17.5, "percent", RAND, "2025-06", {"low": 15, "high": 20}),
 ("rand", "hundreds of millions", 0, 5.5e8, "USD", RAND, "2025-06", {"low": 1e8, "high": 1e9, "qualifier": "approximate", "known_issue": "vague magnitude read as the range 100 million-1 billion"}),
 ("bok", "3.7%", 0, 3.7, "percent", "Bank of Korea", None, {}),
 ("bok", "$2.2 billion", 0, 2.2*B, "USD", "General Administration of Customs of China", None, {"qualifier": "approximate", "known_issue": "'Chinese customs data' -> GACC if registry has it"}),
 ("fao", "$2 trillion", 0, 2*T, "USD", "Food and Agriculture Organization", "2025", {"qualifier": "more than"}),
 ("fao", "4.3%", 0, 4.3, "percent", "Food and Agriculture Organization", "2025", {}),
 ("ccpit", "1,250", 0, 1250, "contracts", "China Council for the Promotion of International Trade", None, {}),
 ("ccpit", "$8.6 billion", 0, 8.6*B, "USD", "China Council for the Promotion of International Trade", None, {}),
 ("ilo", "$1.20–$1.50", 0, 1.35, "USD/hour", "International Labour Organization", "2024", {"low": 1.2, "high": 1.5}),
 ("ilo", "20,000", 0, 20000, "workers", "International Labour Organization", "2024", {"qualifier": "approximate"}),
 ("table", "212,000", 0, 212000, None, IOM, "2025-03", {"known_issue": "unit from row label 'Migrant arrivals' - 'arrivals'/'migrants' acceptable"}),
 ("table", "$5.4 billion", 0, 5.4*B, "USD", "World Bank", "2025-06", {}),
 ("table", "6.8%", 0, 6.8, "percent", "Statistics Korea", "2025-01", {}),
 ("table", "47.5 million metric tons", 0, 47.5*M, "metric tons", "U.S. Department of Agriculture", "2025-05", {}),
 ("imf", "2.8%", 0, 2.8, "percent", "International Monetary Fund", "2025-04", {}),
 ("imf", "3.3%", 0, 3.3, "percent", "International Monetary Fund", "2025-04", {}),
 ("sipri", "600", 0, 600, "nuclear warheads", "Stockholm International Peace Research Institute", "2025-06", {"qualifier": "approximate"}),
 ("sipri", "100", 0, 100, "warheads/year", "Stockholm International Peace Research Institute", "2025-06", {"qualifier": "approximate", "known_issue": "'roughly 100 warheads a year': a rate"}),
 ("eia", "$81", 0, 81, "USD/barrel", "U.S. Energy Information Administration", "2025-01", {}),
 ("eia", "6.3 million barrels", 0, 6.3*M, "barrels/day", "U.S. Energy Information Administration", "2025-01", {"known_issue": "rate; 'barrels' acceptable head"}),
 ("xinhua", "1,200 kilometers", 0, 1200, "kilometers", "Xinhua News Agency", "2025-04-03", {"qualifier": "approximate"}),
 ("xinhua", "38 billion cubic meters", 0, 38*B, "cubic meters/year", "Xinhua News Agency", "2025-04-03", {"known_issue": "'of gas annually': a rate"}),
 ("kita", "41%", 0, 41, "percent", "Korea International Trade Association", "2024", {}),
 ("kita", "25 percent", 0, 25, "percent", "Korea International Trade Association", "2024", {}),
 ("unattr", "3,400", 0, 3400, "teachers", None, None, {"known_issue": "unit may be 'new teachers'"}),
 ("unattr", "12%", 0, 12, "percent", None, None, {}),
 ("unattr", "85", 0, 85, "schools", None, None, {}),
 ("cbo", "$1.7 trillion", 0, 1.7*T, "USD", "Congressional Budget Office", "2025-02", {}),
 ("cbo", "$450 billion", 0, 450*B, "USD", "Congressional Budget Office", "2025-02", {}),
 ("iea", "20 million", 0, 20*M, "electric cars", "International Energy Agency", "2025-05", {}),
 ("iea", "a quarter", 0, 25, "percent", "International Energy Agency", "2025-05", {"qualifier": "more than", "known_issue": "fraction word; may not be treated as a claim"}),
 ("unhcr", "450,000", 0, 450000, "people", "UN High Commissioner for Refugees", "2025-04", {"qualifier": "approximate"}),
 ("unhcr", "1.2 million", 0, 1.2*M, "people", "UN High Commissioner for Refugees", "2025-04", {"known_issue": "elliptical; unit carried from 'people'"}),
]

def main():
    for sid, text, occ, value, unit, src, date, extra in A:
        ctx = S[sid]
        assert ctx.count(text) > occ, (sid, text)
        rec = {"file": f"synthetic:{sid}", "context": ctx, "text": text, "occurrence": occ,
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
