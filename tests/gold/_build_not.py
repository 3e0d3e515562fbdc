"""Numbers that are NOT claims, hand-picked. Run: python tests/gold/_build_not.py > tests/gold/not_claims.jsonl"""
import json, sys
sys.path.insert(0, __file__.rsplit("/", 1)[0])
from _build_real import F, ROOT, occ_of
from _build_synth import S

R = [
 ("ru", "Pentagon's 2026 National", "2026", "year used as a date/name"),
 ("ru", "The 2010 New START", "2010", "year in treaty name"),
 ("ru", "scenarios: (1) \"the receipt", "1", "list number"),
 ("ru", "(IF12672)", "IF12672", "report id"),
 ("ru", "CRS In Focus IF12964", "IF12964", "report id"),
 ("ru", "Since the 1962 Cuban", "1962", "year as date"),
 ("ru", "treaty's February 5, 2026, expiration", "5", "day of a date"),
 ("fh", "Financial Accounts of the United States (Z.1), Table L.210", "L.210", "table id"),
 ("fh", "Figure 1 shows", "1", "figure number"),
 ("fh", "over time since 1945", "1945", "year as date"),
 ("fh", "Data current as of March 19, 2026.\n\nFigure 1", "19", "day of a date"),
 ("rc", "by P.L. 117-169", "117-169", "public law number"),
 ("rc", "repealed by P.L. 119-21", "119-21", "public law number"),
 ("rc", "in 26 U.S.C.§25D", "26", "U.S. Code title"),
 ("rc", "CRS Insight IN12422,", "IN12422", "report id"),
 ("mx", "The 119 Congress", "119", "Congress number"),
 ("mx", "under Section 122 of the Trade Act of 1974", "122", "statute section"),
 ("mx", "under Section 122 of the Trade Act of 1974", "1974", "year in act name"),
 ("mx", "under Section 232 of the Trade Expansion Act of 1962", "232", "statute section"),
 ("mx", "USMCA Article 34.7", "34.7", "article number"),
 ("mx", "On July 1, 2020, USMCA", "2020", "year as date"),
 ("e15", "Order (E.O.) 14156", "14156", "executive order number"),
 ("e15", "House passed H.Res. 375", "375", "bill number"),
 ("e15", "(S. 593 and H.R. 1346)", "1346", "bill number"),
 ("e15", "package that became law (P.L. 118-158)", "118-158", "public law number"),
 ("e15", "available at 40 C.F.R. §1090.215", "1090.215", "regulation section"),
 ("e15", "requirements in Section 211(h)", "211", "statute section"),
 ("cu", "March 8, 2018 (Proclamation 9705)", "9705", "proclamation number"),
 ("cu", "under Executive Order 14347", "14347", "executive order number"),
 ("cu", "(e.g., H.R. 735)", "735", "bill number"),
 ("cu", "investigation | April 19, 2017 | March 10, 2025", "2017", "year of a date in a table cell"),
 ("hz", "Merchant Marine Act of 1920, P.L. 66-261", "66-261", "public law number"),
 ("hz", "(Section 27 of the", "27", "statute section"),
 ("hz", "by the FY2021 National Defense", "FY2021", "fiscal year in act name"),
 ("cr", "(S. 1475 and H.R. 6179) would amend the Clean Air Act and direct the Administrator of the Environmental Protection Agency (EPA), in conjunction", "1475", "bill number"),
 ("cr", "Section 453(a) of the Energy", "453", "statute section"),
 ("cr", "(P.L. 110-140;", "110-140", "public law number"),
 ("us", "Security Act of 2026 (H.R. 7567, as ordered", "7567", "bill number"),
 ("us", "in their current structure in the 2018 farm bill", "2018", "year in a bill name"),
]
SY = [
 ("iom", "between 2021 and 2024", "2021", "year as date"),
 ("bok", "fastest pace since 2016", "2016", "year as date"),
 ("table", "Table 3. Summary", "3", "table number"),
 ("cbo", "over 2025-2034 and", "2025-2034", "year range (period)"),
 ("cbo", "in FY2026 alone", "FY2026", "fiscal year"),
 ("unattr", "increase over 2023", "2023", "year as date"),
]

def main():
    bodies = {k: (ROOT / v).read_text(encoding="utf-8") for k, v in F.items()}
    for f, anchor, text, reason in R:
        print(json.dumps({"file": F[f], "text": text, "occurrence": occ_of(text, anchor, bodies[f]), "reason": reason}))
    for sid, anchor, text, reason in SY:
        print(json.dumps({"file": f"synthetic:{sid}", "context": S[sid], "text": text,
                          "occurrence": occ_of(text, anchor, S[sid]), "reason": reason}))

if __name__ == "__main__":
    main()
