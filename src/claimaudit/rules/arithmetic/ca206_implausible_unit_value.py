from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources
from typing import Iterator

from pydantic import BaseModel, ConfigDict

from claimaudit.models import Claim, Severity
from claimaudit.rules.arithmetic._common import by_sentence, divide, fmt_interval, iv
from claimaudit.rules.base import RawFinding, Rule, RuleContext
from claimaudit.rules.values import format_value
from claimaudit.rules.windows import before, between, offset

MAX_PAIR_DISTANCE = 100  # characters between a quantity and the value stated for it
# what separates an amount from a quantity it does not price: another clause ("..., and that it had
# contracted a further 40 cargoes"), a comparison, a sentence's end
PAIR_BREAK = re.compile(
    r"\b(?:while|whereas|but|compared|versus|vs\.?|than|respectively|in\s+excess\s+of|exceed(?:s|ed|ing)?|above|below|"
    r"beyond|cap|ceiling|limit|quota)\b|[.!?]\s|,\s+and\s+(?:that|it|they|the|a|an)\b", re.I
)  # (a limit or comparison: "valued at US$ 6.2 billion, far in excess of the annual cap of 500,000 barrels")


# "revenue per paid account", "paid subscriptions": "paid" before a noun names a kind of thing, no pay
_PAID_BEFORE_A_NOUN = re.compile(
    r"\bpaid\s+(?=(?:accounts?|subscriptions?|subscribers?|users?|members?|memberships?|services?|tiers?|"
    r"versions?|plans?|content|search|media|streaming|advertising|ads|leave|holidays?|parking)\b)", re.I
)


class Entry(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True)
    id: str
    kind: str
    units: dict[str, float] = {}
    heads: tuple[str, ...] = ()  # (per_head: the counted nouns a quantity is divided by)
    quantity: str = ""  # (per_head: what the implied value measures, "tonnes of milk")
    per_time: str | None = None
    keywords: tuple[str, ...] = ()
    phrases: tuple[str, ...] = ()
    currency: str
    per: str
    low: float
    high: float
    source: str
    url: str


@lru_cache(maxsize=1)
def reference_values() -> tuple[Entry, ...]:
    text = resources.files("claimaudit.extraction.resources").joinpath("reference_values.json").read_text("utf-8")
    return tuple(Entry.model_validate(e) for e in json.loads(text)["entries"])


class Options(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    error_factor: float = 3.0  # this many times outside the plausible range: error


class ImplausibleUnitValue(Rule):
    """A money amount and a quantity of the same thing imply an impossible price.

    **Why it matters**: "520,000 barrels of oil worth $400 million" is $769 a barrel, several
    times any price crude oil has ever had; one of the two figures is wrong, usually by a scale
    word (thousand/million) or a digit.

    **Flagged**: a US-dollar amount stated in the same sentence or table row as a quantity in
    barrels, tons, ounces, MMBtu, LNG cargoes or migrant workers (no other amount or quantity
    between them, at most 100 characters apart), where a keyword of a bundled reference range is
    present (``extraction/resources/reference_values.json``: crude oil per barrel; coal, refined
    products, iron ore, wheat, rice, maize, steel, copper, cobalt, nickel, aluminium, zinc, cocoa,
    coffee, sugar, palm oil, soybeans and cotton per ton; gold per ounce; natural gas per MMBtu and per
    LNG cargo, remittances per worker a year, each range cited and widened). Also hourly and
    monthly wages and GDP per capita stated directly, and a commodity's price stated per unit near
    its name ("the average realised gold price was US$23,950 per ounce"), and a quantity divided
    by a count of the heads it is for in a sentence naming the thing (milk by cows; food aid by
    people: "842,000 tonnes of food in May to 612,000 people" is 1.4 tonnes each). Warning when the implied unit value (rounding carried through) lies outside the range; error
    when more than 3 times outside it. A bound on either figure ("at least 410,000 tonnes ...,
    valued at US$ 6.2 billion") is read as a hedge: the amount prices the quantity as stated.

    **Fine**: "1.8 million tons of coal; $200 million" ($111 a ton); quantities and amounts of
    different things; amounts in other currencies; sentences without the commodity's name; a
    cost, fee, tax or change per unit ("cash costs of US$2.35 per pound of copper").
    """

    code = "CA206"
    name = "implausible-unit-value"
    severity = Severity.WARNING
    Options = Options

    def check(self, ctx: RuleContext, options: Options) -> Iterator[RawFinding]:
        entries = reference_values()
        for members in by_sentence(c for c in ctx.claims if c.value is not None and c.kind == "level").values():
            sentence = members[0].sentence
            for q, m in _pairs(members):
                entry = _entry_for(q, sentence, entries)
                if entry is None:
                    continue
                iq, im = _stated(q), _stated(m)
                if iq is None or im is None:
                    continue
                factor = entry.units[q.unit]
                implied = divide(im, (iq[0] * factor, iq[1] * factor))
                if implied is None:
                    continue
                yield from self._judge([q, m], implied, entry, options,
                                       f"{format_value(m)} for {format_value(q)} (line {q.line})")
            for q, h, entry in _per_head_pairs(members, entries):
                iq, ih = _stated(q), _stated(h)
                factor = entry.units[q.unit]
                implied = divide((iq[0] * factor, iq[1] * factor), ih) if iq and ih else None
                if implied is not None:
                    yield from self._judge([q, h], implied, entry, options,
                                           f"{format_value(q)} for {format_value(h)} (line {q.line})")
            for m in members:
                entry = _rate_entry(m, entries)
                if entry is not None and iv(m) is not None:
                    yield from self._judge([m], iv(m), entry, options, f"{format_value(m)} (line {m.line})")
                elif (priced := _price_entry(m, entries)) is not None and (stated := iv(m)) is not None:
                    entry, factor = priced  # "a realised gold price of US$23,950 per ounce": a price stated directly
                    yield from self._judge([m], (stated[0] / factor, stated[1] / factor), entry, options,
                                           f"{format_value(m)} (line {m.line})")

    def _judge(self, claims, implied, entry: Entry, options: Options, what: str):
        lo, hi = implied
        if entry.low <= hi and lo <= entry.high:
            return
        far = lo > entry.high * options.error_factor or hi < entry.low / options.error_factor
        yield self.finding(
            claims,
            f"{what} implies {fmt_interval(implied)} {entry.currency or entry.quantity} per {entry.per}, outside the plausible "
            f"range {_plain(entry.low)}–{_plain(entry.high)} ({entry.id}; {entry.source})",
            severity=Severity.ERROR if far else Severity.WARNING,
            key=entry.id,
        )


def _per_head_pairs(members: list[Claim], entries) -> Iterator[tuple[Claim, Claim, Entry]]:
    """A quantity and the nearest count of the heads it is for in one sentence that names the
    entry's thing ("The dairy herd numbered 23,600 cows ..., and milk deliveries reached 1.69
    million tonnes"; "distributed 842,000 tonnes of food in May to 612,000 people")."""
    sentence = members[0].sentence if members else ""
    for entry in entries:
        if entry.kind != "per_head" or not any(re.search(rf"\b{re.escape(k)}\b", sentence, re.I) for k in entry.keywords):
            continue
        heads = [c for c in members if c.unit in entry.heads and c.unit_family == "count" and (c.value or 0) >= 1]
        for q in members:
            if q.unit not in entry.units or (q.value or 0) <= 0 or not heads:
                continue
            yield q, min(heads, key=lambda h: abs(h.start - q.start)), entry


def _stated(claim: Claim):
    """The claim's interval, a bound read as a hedge: in "at least 410,000 tonnes ..., valued at
    US$ 6.2 billion" the amount prices the quantity as stated, not any larger one."""
    if claim.bound is None:
        return iv(claim)
    return iv(claim.model_copy(update={"bound": None, "qualifier": "approximate"}))


def _plain(x: float) -> str:
    """A range's bound as written in the reference file: "0.5", "700", "400,000,000"."""
    return f"{x:,.0f}" if x >= 1000 and float(x).is_integer() else f"{x:g}"


def _is_usd(c: Claim) -> bool:
    return c.currency == "USD" and c.unit_family == "money" and (c.per in (None, "year")) and c.value > 0


def _pairs(members: list[Claim]) -> Iterator[tuple[Claim, Claim]]:
    """Each quantity with the nearest dollar amount next to it (nothing of either kind between); an
    amount goes with its nearest quantity only ("52 cargoes at a total cost of USD 38 billion, and
    a further 40 cargoes": the 40 are not priced)."""
    nearest: dict[int, tuple[int, Claim, Claim]] = {}
    for gap, q, m in _candidate_pairs(members):
        if id(m) not in nearest or gap < nearest[id(m)][0]:
            nearest[id(m)] = (gap, q, m)
    for _, q, m in sorted(nearest.values(), key=lambda t: t[1].start):
        yield q, m


def _candidate_pairs(members: list[Claim]) -> Iterator[tuple[int, Claim, Claim]]:
    priced = {unit for e in reference_values() if e.kind == "per_unit" for unit in e.units}  # ("cargoes")
    quantities = {id(c) for c in members
                  if (c.unit_family in ("mass", "volume", "energy") or c.unit in priced) and (c.value or 0) > 0}
    for i, q in enumerate(members):
        if id(q) not in quantities:
            continue
        best = None
        for j in (i - 1, i + 1):
            if not 0 <= j < len(members) or not _is_usd(members[j]):
                continue
            m = members[j]
            gap = between(q, m) if j > i else between(m, q)
            if len(gap) > MAX_PAIR_DISTANCE or PAIR_BREAK.search(gap):
                continue
            if best is None or len(gap) < best[0]:
                best = (len(gap), m)
        if best:
            yield best[0], q, best[1]


def _entry_for(q: Claim, sentence: str, entries) -> Entry | None:
    """The reference entry for the quantity's unit whose keyword is nearest to it."""
    pos = offset(q)[0]
    best = None
    for entry in entries:
        if entry.kind != "per_unit" or q.unit not in entry.units:
            continue
        for kw in entry.keywords:
            for hit in re.finditer(rf"\b{re.escape(kw)}\b", sentence, re.I):
                d = abs(hit.start() - pos)
                if best is None or d < best[0]:
                    best = (d, entry)
    return best[1] if best else None


# a price's "per" unit: the quantity unit of the reference entries, and how many of them one is
_PER_QUANTITY = {
    "ounce": ("ounces", 1.0), "troy ounce": ("ounces", 1.0), "barrel": ("barrels", 1.0), "MMBtu": ("MMBtu", 1.0),
    "tonne": ("metric tons", 1.0), "metric ton": ("metric tons", 1.0), "ton": ("tons", 1.0),
    "kilogram": ("kilograms", 1.0), "liter": ("liters", 1.0), "pound": ("metric tons", 0.000453592),
}
PRICE_KEYWORD_DISTANCE = 80  # characters between a price and its commodity's name
_PRICE_OF = re.compile(r"\bprices?\b", re.I)
_NOT_A_PRICE = re.compile(
    r"\b(?:costs?|fees?|tax(?:es)?|royalt(?:y|ies)|charges?|premiums?|discounts?|margins?|differentials?|spreads?|"
    r"tariffs?|levy|levies|duty|duties|subsid(?:y|ies)|changes?|rise|fall|increase|decrease|drop|gain)\b", re.I
)


def _price_entry(m: Claim, entries) -> tuple[Entry, float] | None:
    """The reference entry for a US-dollar price stated per unit of a commodity named near it
    ("the average realised gold price was US$23,950 per ounce"), with the number of the entry's
    quantity units in one of the price's (one pound is 0.000453592 metric tons)."""
    if m.currency != "USD" or m.unit_family != "money" or m.bound or (m.value or 0) <= 0 or (
        quantity := _PER_QUANTITY.get(m.per or "")
    ) is None:
        return None
    unit, amount = quantity
    lead = before(m, 60)
    if not _PRICE_OF.search(lead) or _NOT_A_PRICE.search(lead):
        return None  # (a cost, a fee or a tax per unit is no price of the commodity: "cash costs of US$2.35 per pound")
    named = before(m, PRICE_KEYWORD_DISTANCE)  # (the commodity is named before its price)
    best = None
    for entry in entries:
        if entry.kind != "per_unit" or unit not in entry.units:
            continue
        for kw in entry.keywords:
            for hit in re.finditer(rf"\b{re.escape(kw)}\b", named, re.I):
                d = len(named) - hit.start()
                if best is None or d < best[0]:
                    best = (d, entry)
    return (best[1], amount * best[1].units[unit]) if best else None


def _rate_entry(m: Claim, entries) -> Entry | None:
    if m.currency != "USD" or m.unit_family != "money" or m.bound or (m.value or 0) <= 0:
        return None
    sentence = None  # (without "paid" before a noun, read once for every entry that needs it)
    for entry in entries:
        if entry.kind != "rate":
            continue
        if entry.per_time and m.per == entry.per_time:
            if sentence is None:
                sentence = _PAID_BEFORE_A_NOUN.sub("", m.sentence)
            if any(re.search(rf"\b{re.escape(k)}\b", sentence, re.I) for k in entry.keywords):
                return entry
        elif entry.per_time is None and entry.phrases and m.per in (None, "year"):
            near = before(m, 45).lower()
            if any(p in near for p in entry.phrases) and not re.search(r"\d", near.split("capita")[-1]):
                return entry
    return None
