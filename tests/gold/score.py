"""Score claimaudit extraction against the hand-annotated gold set.

    python tests/gold/score.py [--errors] [--json]       # table of figures (+ error lists)
    >>> from score import score; score("tests/gold/claims_gold.jsonl")

Gold records (one JSON object a line, see README in the brief / claims_gold.jsonl):
  file        path relative to /work/shared, "repo:<path>" inside this repository, or
              "synthetic:<id>" with a "context" paragraph
  text        the number as written; occurrence = n-th (0-based) substring occurrence in the file
  value/low/high/unit/source/source_date   the expected fields (null where none)
  known_issue optional note for genuinely ambiguous cases (still scored)

Matching: the gold span is located by text + occurrence; an extracted claim starting at the same
offset wins, otherwise the extracted claim with the largest character overlap (one-to-one).
Not-claims (not_claims.jsonl) count as wrongly emitted when any extracted claim overlaps them.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
from collections import defaultdict
from pathlib import Path

SHARED = Path("/work/shared")
HERE = Path(__file__).resolve().parent
GOLD = HERE / "claims_gold.jsonl"
NOT_CLAIMS = HERE / "not_claims.jsonl"


def _load(path) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _span(text: str, needle: str, occurrence: int) -> tuple[int, int] | None:
    k = text.find(needle)
    for _ in range(occurrence):
        if k < 0:
            break
        k = text.find(needle, k + 1)
    return None if k < 0 else (k, k + len(needle))


_CACHE: dict[str, tuple[str, list]] = {}


def _extract(file_key: str, context: str | None):
    """(document text, claims) for a gold file key; cached per process."""
    if file_key in _CACHE:
        return _CACHE[file_key]
    from claimaudit.api import extract_document, extract_text
    from claimaudit.documents import read_document

    if file_key.startswith("synthetic:"):
        text = context or ""
        claims = list(extract_text(text, path=file_key).claims)
    else:
        # "repo:<path>" = a file inside this repository (held-out reports written for the gold set)
        base = HERE.parent.parent if file_key.startswith("repo:") else SHARED
        doc = read_document(str(base / file_key.removeprefix("repo:")))
        text = doc.text
        claims = list(extract_document(doc).claims)
    _CACHE[file_key] = (text, claims)
    return _CACHE[file_key]


def _num_eq(a, b) -> bool:
    """``a`` (gold) and ``b`` (extracted) are one number: equal within 0.05%, or equal to the
    decimals the annotator wrote ("a third" annotated as 33.3 or 33.33)."""
    if a is None or b is None:
        return a is None and b is None
    if math.isclose(float(a), float(b), rel_tol=5e-4, abs_tol=1e-9):
        return True
    decimals = len(repr(float(a)).split(".")[1].rstrip("0")) if "e" not in repr(float(a)) else 0
    return decimals >= 1 and round(float(b), decimals) == float(a)


def _norm(s):
    return None if s is None else " ".join(str(s).lower().split())




_SPELLINGS = [("metres", "meters"), ("metre", "meter"), ("litres", "liters"), ("litre", "liter"),
              ("kilowatt-hours", "kwh"), ("megawatt-hours", "mwh"), ("gigawatt-hours", "gwh"),
              ("terawatt-hours", "twh"), ("kilowatt-hour", "kwh"), ("terawatt-hour", "twh"),
              ("megawatts", "mw"), ("gigawatts", "gw"), ("megawatt", "mw"), ("gigawatt", "gw"),
              ("kilovolts", "kv"), ("kilometers", "km"), ("kilometres", "km"), ("tonnes", "metric tons"),
              ("tonne", "metric ton"), ("square kilometers", "km2"), ("square kilometer", "km2"), ("square km", "km2"), ("km²", "km2"),
              ("heads", "head"), ("megabits/second", "mbit/s"), ("gigabits/second", "gbit/s"),
              ("kilobits/second", "kbit/s"), ("mbps", "mbit/s"), ("gbps", "gbit/s"), ("petabytes", "pb"),
              ("terabytes", "tb"), ("gigabytes", "gb"), ("megabytes", "mb"), ("kilobytes", "kb"),
              ("gigahertz", "ghz"), ("megahertz", "mhz"), ("kilohertz", "khz"), ("kilograms", "kg"),
              ("kilogram", "kg"), ("/hour", "/h"), ("megajoules", "mj"), ("gigajoules", "gj"), ("terajoules", "tj"),
              ("petajoules", "pj"), ("exajoules", "ej"), ("megajoule", "mj"), ("gigajoule", "gj"),
              ("terajoule", "tj"), ("petajoule", "pj"), ("exajoule", "ej"), ("sq km", "km2"), ("sq. km", "km2"),
              ("millimeters", "mm"), ("millimetres", "mm"), ("milligrams", "mg"), ("micrograms", "µg"), ("μg", "µg"),
              # temperature symbols: "°C" ~ "degrees Celsius"
              ("°c", "degrees celsius"), ("°f", "degrees fahrenheit"),
              # CO2 and its equivalents: claimaudit reads one unit family for both
              ("co2-equivalent", "co2"), ("co2 equivalent", "co2"), ("co2-eq", "co2"), ("co2e", "co2")]


# symbols glued to what they measure: "tCO2e" ~ "metric tons CO2e", "kgCO2e" ~ "kg CO2e", "m3" ~ "cubic meters"
_GLUED = [(re.compile(r"\b(kg|g|kt|t)\s?co2"), lambda m: {"t": "metric tons", "kt": "kilotonnes"}.get(m[1], m[1]) + " co2"),
          (re.compile(r"\bm(?:3|³)(?![\w])"), lambda m: "cubic meters"), (re.compile(r"\bgrams\b"), lambda m: "g"),
          (re.compile(r"/t$"), lambda m: "/metric ton"),  # ("litres/t" ~ "litres per tonne")
          # area abbreviations, singular after a slash: "eur per sq m per year" ~ "EUR/square meter/year"
          (re.compile(r"(?<=/)sq\.? ?m\b"), lambda m: "square meter"), (re.compile(r"\bsq\.? ?m\b"), lambda m: "square meters"),
          (re.compile(r"(?<=/)sq\.? ?ft\b"), lambda m: "square foot"), (re.compile(r"\bsq\.? ?ft\b"), lambda m: "square feet"),
          (re.compile(r"(?<=/)sq\.? ?mi\b"), lambda m: "square mile"), (re.compile(r"\bsq\.? ?mi\b"), lambda m: "square miles"),
          (re.compile(r"(?<=/)m[²2](?!\w)"), lambda m: "square meter"),  # ("kg/m²" ~ "kilograms/square meter")
          # a day after a slash, and barrels: "boe/d" ~ "boe/day", "bbl/d" ~ "barrels per day"
          (re.compile(r"/d\b"), lambda m: "/day"), (re.compile(r"^bbl\b"), lambda m: "barrels"),
          # a concentration: "mg/L" ~ "milligrams per litre", "µg/m³" ~ "micrograms per cubic metre"
          (re.compile(r"(?<=/)(?:l|liter)\b"), lambda m: "liter"), (re.compile(r"(?<=/)cubic meters\b"), lambda m: "cubic meter"),
          (re.compile(r"(?<=/)lbs?\b"), lambda m: "pound")]  # ("US cents per lb" ~ "USD/pound")


# a unit written as its symbol alone: "m" ~ "meters", "ft" ~ "feet"
_SYMBOLS = {"m": "meters", "ft": "feet", "cm": "centimeters", "in": "inches", "mi": "miles", "l": "liters"}


def _spelling(unit: str) -> str:
    unit = _SYMBOLS.get(unit, unit)
    for a, b in _SPELLINGS:
        unit = unit.replace(a, b)
    for pattern, repl in _GLUED:
        unit = pattern.sub(repl, unit)
    return unit


_PERCENT_OF = re.compile(r"^(percent|percentage points) of .+$")
_SPAN_OF = re.compile(r"^(days|weeks|months|years) of .+$")


def unit_eq(gold, got, lenient: bool = True) -> bool:
    g, u = _norm(gold), _norm(got)
    if g == u:
        return True
    if not lenient or not g or not u:
        return False
    # spelling conventions of one unit: "barrels per day" ~ "barrels/day", "tonnes" ~ "metric tons",
    # "cubic metres" ~ "cubic meters", "TWh" ~ "terawatt-hours"
    g, u = (_spelling(x.replace(" per ", "/")) for x in (g, u))
    if g == u:
        return True
    # a percentage with its base named or left implicit: "percent of GDP" ~ "percent"; so a span of
    # time: "months of imports" ~ "months"
    if _PERCENT_OF.sub(r"\1", g) == _PERCENT_OF.sub(r"\1", u) or _SPAN_OF.sub(r"\1", g) == _SPAN_OF.sub(r"\1", u):
        return True
    # counted nouns: same head noun ("deployed nuclear warheads" ~ "warheads"), same rate shape
    gp, up = g.split("/"), u.split("/")
    if len(gp) != len(up) or gp[1:] != up[1:]:
        return False
    return gp[0].split()[-1] == up[0].split()[-1]


def _fold(s):
    """Normalised name with accents folded ("Televisión" ~ "Television")."""
    import unicodedata
    n = _norm(s)
    if n is None:
        return None
    n = n[4:] if n.startswith("the ") else n  # "The Sovereign Fund of Egypt"
    # a company's legal form: "Safaricom PLC" ~ "Safaricom", "Rheinmetall AG" ~ "Rheinmetall"
    n = re.sub(r",?\s+(?:plc|ag|ab|asa|oyj|gmbh|inc\.?|ltd\.?|llc|s\.a\.|sa|n\.v\.|nv|se|jsc|pjsc|co\.)$", "", n)
    return unicodedata.normalize("NFKD", n).encode("ascii", "ignore").decode()


_REGISTRY = None


def source_eq(gold, got) -> bool:
    """Same body: equal names, one national body spelt two ways, or names the bundled registry
    resolves to one entry.

    The registry is the tool's own list of aliases ("USGS" = "U.S. Geological Survey" =
    "United States Geological Survey"); an annotator's spelling of a registry body is the same
    body, not a different answer. ``source_exact_name`` keeps the strict figure.
    """
    global _REGISTRY
    if _fold(gold) == _fold(got):
        return True
    if not gold or not got:
        return False
    if ";" in got and ";" not in gold:
        # a joint credit: the tool's "World Health Organization; UN Children's Fund" is the
        # annotator's "World Health Organization and United Nations Children's Fund" when each
        # body matches one of the other's, in any order
        mine = [x.strip() for x in got.split(";") if x.strip()]
        theirs = [x.strip() for x in re.split(r"\s+and\s+(?=[A-Z])", gold) if x.strip()]
        if len(mine) == len(theirs) >= 2 and all(any(source_eq(t, m) for m in mine) for t in theirs) and all(
            any(source_eq(t, m) for t in theirs) for m in mine
        ):
            return True
    from claimaudit.extraction.parse.sources import SourceRegistry, country_qualified_name, normalize_name

    if normalize_name(gold) == normalize_name(got):
        return True  # the tool's own folding: "UN Panel of Experts on Libya" ~ "United Nations Panel of Experts on Libya"
    if _fold(country_qualified_name(gold)) == _fold(country_qualified_name(got)):
        return True  # "Ministry of Mines of Mali" ~ "Mali's Ministry of Mines" ~ "Ministry of Mines (Mali)"
    if "(" not in gold and _fold(re.sub(r"\s*\([^()]*\)$", "", country_qualified_name(got))) == _fold(gold):
        # an annotator who never names the country ("Suez Canal Authority") against the same body
        # with its country added ("Suez Canal Authority (Egypt)"); not the other way round
        return True
    qualified = re.fullmatch(r"(.+?)\s*\(([^()]+)\)", country_qualified_name(got))
    if qualified and _fold(f"{qualified.group(2)} {qualified.group(1)}") == _fold(gold):
        return True  # "Corsova Ministry of Finance" ~ "Ministry of Finance (Corsova)": a place the tool does not know
    if qualified and _fold(f"{qualified.group(1)} of {qualified.group(2)}") == _fold(gold):
        return True  # "Fisheries Commission of Ghana" ~ "Fisheries Commission (Ghana)"
    if _REGISTRY is None:
        _REGISTRY = SourceRegistry.default()
    a, b = _REGISTRY.resolve(gold), _REGISTRY.resolve(got)
    return a is not None and a is b


def _value_ok(g: dict, c) -> bool:
    if not _num_eq(g.get("value"), c.value):
        return False
    if "low" in g or "high" in g:
        return _num_eq(g.get("low"), c.low) and _num_eq(g.get("high"), c.high)
    return True


def _match(spans: list[tuple[int, tuple[int, int]]], claims: list) -> dict[int, object]:
    """gold index -> claim; exact start first, then largest overlap; one-to-one."""
    out, used = {}, set()
    for gi, (s, e) in spans:
        for ci, c in enumerate(claims):
            if ci not in used and c.start == s:
                out[gi] = c
                used.add(ci)
                break
    for gi, (s, e) in spans:
        if gi in out:
            continue
        best, best_ov = None, 0
        for ci, c in enumerate(claims):
            if ci in used:
                continue
            ov = min(e, c.end) - max(s, c.start)
            if ov > best_ov:
                best, best_ov = ci, ov
        if best is not None:
            out[gi] = claims[best]
            used.add(best)
    return out


def _sentence(text: str, start: int, width: int = 110) -> str:
    a = max(0, start - width)
    b = min(len(text), start + width)
    return " ".join(text[a:b].split())


# Units an annotator may keep as written that carry a scale ("63.2 bcm"): the same figure as the
# tool's value in the base unit (63.2e9 cubic meters)
_SCALED_GOLD_UNITS = {"bcm": (1e9, "cubic meters"), "mcm": (1e6, "cubic meters"), "tcm": (1e12, "cubic meters"),
                      "bcf": (1e9, "cubic feet"), "tcf": (1e12, "cubic feet"),
                      "mt": (1e6, "metric tons"), "megatonnes": (1e6, "metric tons"),
                      "gt": (1e9, "metric tons"), "kt": (1e3, "metric tons"), "kilotonnes": (1e3, "metric tons"),
                      "gigatonnes": (1e9, "metric tons"),
                      # oil flows as the trade writes them ("31.4 mb/d", "300 kb/d")
                      "mb/d": (1e6, "barrels per day"), "kb/d": (1e3, "barrels per day"), "b/d": (1.0, "barrels per day"),
                      # a currency's hundredth, as claimaudit reads it (pence sterling as GBP)
                      "gbx": (0.01, "GBP"), "pence": (0.01, "GBP"), "cents": (0.01, "USD"), "us cents": (0.01, "USD")}


_SCALED_SUBSTANCES = frozenset({"co2", "co2e", "co2-eq", "co2-equivalent", "of co2", "carbon", "of carbon"})


def _base_units(g: dict) -> dict:
    written = (g.get("unit") or "").strip()
    head, _, rate = written.replace(" per ", "/").partition("/")
    first, _, substance = head.strip().lower().partition(" ")
    scaled = _SCALED_GOLD_UNITS.get(written.lower())
    if scaled is not None:
        rate = ""  # (the unit as written names its own rate: "mb/d")
    else:
        scaled = _SCALED_GOLD_UNITS.get(head.strip().lower())
    if scaled is None and substance in _SCALED_SUBSTANCES:
        # "Mt CO2", "Gt CO2-equivalent": a scaled mass of a named substance
        scaled = _SCALED_GOLD_UNITS.get(first)
        scaled = scaled and (scaled[0], f"{scaled[1]} {substance}")
    if scaled is None:
        return g
    factor, unit = scaled
    out = dict(g, unit=unit + (f"/{rate}" if rate else ""))
    for key in ("value", "low", "high"):
        if out.get(key) is not None:
            out[key] = out[key] * factor
    return out


def score(gold_path=GOLD, not_claims_path=NOT_CLAIMS) -> dict:
    gold = [_base_units(g) for g in _load(gold_path)]
    by_file: dict[str, list[int]] = defaultdict(list)
    for i, g in enumerate(gold):
        by_file[g["file"]].append(i)

    matched: dict[int, object] = {}
    gold_ctx: dict[int, str] = {}
    problems: list[str] = []
    for fkey, idxs in by_file.items():
        text, claims = _extract(fkey, gold[idxs[0]].get("context"))
        spans = []
        for i in idxs:
            sp = _span(text, gold[i]["text"], gold[i].get("occurrence", 0))
            if sp is None:
                problems.append(f"gold text not found: {fkey} {gold[i]['text']!r}")
                continue
            spans.append((i, sp))
            gold_ctx[i] = _sentence(text, sp[0])
        matched.update(_match(spans, claims))

    n = len(gold)
    errs: dict[str, list[dict]] = {k: [] for k in ("missed", "value", "unit", "source", "source_date")}
    c_found = c_vu = c_vu_strict = c_val = c_unit = c_src = c_date = c_src_any = 0
    c_exact = c_src_exact = 0
    n_clean = c_clean_vu = c_clean_src = c_clean_date = 0
    n_attr = c_attr_src = n_dated = c_dated = n_unattr = c_unattr_src = 0
    for i, g in enumerate(gold):
        base = {"file": g["file"], "text": g["text"], "occurrence": g.get("occurrence", 0),
                "context": gold_ctx.get(i, "")}
        if g.get("known_issue"):
            base["known_issue"] = g["known_issue"]
        gsrc, gdate = g.get("source"), g.get("source_date")
        if gsrc:
            n_attr += 1
        else:
            n_unattr += 1
        if gdate:
            n_dated += 1
        c = matched.get(i)
        clean = not g.get("known_issue")
        n_clean += clean
        if c is None:
            errs["missed"].append(base)
            continue
        c_found += 1
        got_text = c.text
        c_exact += got_text == g["text"]
        v_ok, u_ok = _value_ok(g, c), unit_eq(g.get("unit"), c.unit)
        c_val += v_ok
        c_unit += u_ok
        c_vu += v_ok and u_ok
        c_vu_strict += v_ok and unit_eq(g.get("unit"), c.unit, lenient=False)
        if not v_ok:
            errs["value"].append({**base, "got_text": got_text,
                                  "gold": [g.get("value"), g.get("low"), g.get("high")],
                                  "got": [c.value, c.low, c.high]})
        if not u_ok:
            errs["unit"].append({**base, "got_text": got_text, "gold": g.get("unit"), "got": c.unit})
        # a vague source ("several interlocutors", "market sources") names no one: the annotators' null
        s_ok = source_eq(gsrc, c.source) or (not gsrc and c.source_vague)
        c_src += s_ok
        c_src_exact += _norm(gsrc) == _norm(c.source)
        got_all = [_norm(x) for x in (c.source or "").split(";") if x.strip()]
        c_src_any += s_ok or (bool(gsrc) and any(source_eq(gsrc, x) for x in got_all))
        if gsrc and s_ok:
            c_attr_src += 1
        if not gsrc and s_ok:
            c_unattr_src += 1
        if not s_ok:
            errs["source"].append({**base, "gold": gsrc, "got": c.source, "source_text": c.source_text})
        d_ok = (gdate or None) == (c.source_date or None)
        c_date += d_ok
        if clean:
            c_clean_vu += v_ok and u_ok
            c_clean_src += s_ok
            c_clean_date += d_ok
        if gdate and d_ok:
            c_dated += 1
        if not d_ok:
            errs["source_date"].append({**base, "gold": gdate, "got": c.source_date,
                                        "gold_source": gsrc, "got_source": c.source})

    # not-claims
    nc_wrong, nc_total = [], 0
    if not_claims_path and Path(not_claims_path).exists():
        for r in _load(not_claims_path):
            text, claims = _extract(r["file"], r.get("context"))
            sp = _span(text, r["text"], r.get("occurrence", 0))
            nc_total += 1
            if sp is None:
                problems.append(f"not-claim text not found: {r['file']} {r['text']!r}")
                continue
            hit = [c for c in claims if min(sp[1], c.end) - max(sp[0], c.start) > 0]
            if hit:
                nc_wrong.append({"file": r["file"], "text": r["text"], "reason": r.get("reason"),
                                 "got": [(c.text, c.value, c.unit) for c in hit],
                                 "context": _sentence(text, sp[0])})

    def rate(a, b):
        return round(a / b, 4) if b else None

    return {
        "n_gold": n,
        "n_files": len(by_file),
        "recall": rate(c_found, n),
        "recall_same_text": rate(c_exact, n),   # matched claim's text == gold text
        "value_unit": rate(c_vu, n),            # of all gold claims (the headline figure)
        "value_unit_strict_unit": rate(c_vu_strict, n),
        "value": rate(c_val, n),
        "unit": rate(c_unit, n),
        "value_unit_of_found": rate(c_vu, c_found),
        "source": rate(c_src, n),               # same body (name or registry entry); null==null counts
        "source_exact_name": rate(c_src_exact, n),  # canonical name, case-insensitive exact
        "source_attributed": rate(c_attr_src, n_attr),
        "source_unattributed_kept_null": rate(c_unattr_src, n_unattr),
        "source_any_of_multi": rate(c_src_any, n),  # gold among "A; B" multi-source answers
        "source_date": rate(c_date, n),
        "source_date_dated": rate(c_dated, n_dated),
        "clean_value_unit": rate(c_clean_vu, n_clean),   # gold claims without known_issue
        "clean_source": rate(c_clean_src, n_clean),
        "clean_source_date": rate(c_clean_date, n_clean),
        "n_clean": n_clean,
        "n_attributed": n_attr,
        "n_dated": n_dated,
        "not_claims_total": nc_total,
        "not_claims_emitted": len(nc_wrong),
        "errors": errs,
        "not_claim_errors": nc_wrong,
        "problems": problems,
    }


FIGURES = ["n_gold", "n_files", "recall", "recall_same_text", "value_unit", "value_unit_strict_unit", "value", "unit",
           "value_unit_of_found", "source", "source_exact_name", "source_attributed", "source_unattributed_kept_null",
           "source_any_of_multi", "source_date", "source_date_dated", "clean_value_unit",
           "clean_source", "clean_source_date", "n_clean", "n_attributed", "n_dated", "not_claims_total",
           "not_claims_emitted"]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold", nargs="?", default=str(GOLD))
    ap.add_argument("--not-claims", default=str(NOT_CLAIMS))
    ap.add_argument("--errors", action="store_true", help="print the per-field error lists")
    ap.add_argument("--json", action="store_true", help="print the whole result as JSON")
    a = ap.parse_args(argv)
    res = score(a.gold, a.not_claims)
    if a.json:
        print(json.dumps(res, indent=1, ensure_ascii=False))
        return 0
    print(f"{'figure':34} value")
    print("-" * 44)
    for k in FIGURES:
        v = res[k]
        print(f"{k:34} {v:.1%}" if isinstance(v, float) else f"{k:34} {v}")
    for p in res["problems"]:
        print("PROBLEM:", p)
    if a.errors:
        for field, items in res["errors"].items():
            print(f"\n=== {field} errors ({len(items)})")
            for e in items:
                gg = {k: e[k] for k in ("gold", "got", "got_text", "source_text") if k in e}
                print(f"- [{e['file'].split('/')[-1]}] {e['text']!r}: {gg}")
                print(f"    …{e['context']}…")
                if e.get("known_issue"):
                    print(f"    known_issue: {e['known_issue']}")
        print(f"\n=== not-claims emitted ({len(res['not_claim_errors'])})")
        for e in res["not_claim_errors"]:
            print(f"- [{e['file'].split('/')[-1]}] {e['text']!r} ({e['reason']}): got {e['got']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
