"""Numbers written in English words: "twelve", "one hundred and twenty-three", "two point two million",
"five and a half million", "two thirds", "a million".

Two pieces:

* ``WORD_SEQ`` is a regex fragment that finds a *candidate* run of number words (greedy, linear time).
* ``parse_word_tokens`` walks the tokens of such a run and returns the value of the longest prefix that
  is a well-formed number, and how many tokens it used. The caller restarts after that prefix, so
  "one two three" yields three numbers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

UNITS = {
    "zero": 0, "naught": 0, "nought": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9,
}
TEENS = {
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
HUNDRED = {"hundred": 100, "hundreds": 100}
SCALES = {
    "thousand": 1e3, "thousands": 1e3, "million": 1e6, "millions": 1e6, "billion": 1e9, "billions": 1e9,
    "trillion": 1e12, "trillions": 1e12,
}
# Fraction denominators. "half" and "quarter" may stand alone ("half", "quarter million"); the others
# need a numerator word ("a third", "two fifths") so that "the third quarter" is not a number.
FRACTIONS = {
    "half": 2, "halves": 2, "quarter": 4, "quarters": 4, "third": 3, "thirds": 3, "fourth": 4, "fourths": 4,
    "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "seventh": 7, "sevenths": 7, "eighth": 8, "eighths": 8,
    "ninth": 9, "ninths": 9, "tenth": 10, "tenths": 10,
}
STANDALONE_FRACTIONS = {"half", "quarter"}

_CARDINALS = {**UNITS, **TEENS, **TENS}
DOZEN = "dozen"  # "a dozen", "two dozen": twelve of them
_ALL_WORDS = set(_CARDINALS) | set(HUNDRED) | set(SCALES) | set(FRACTIONS) | {"point", "a", "an", "and", DOZEN}

# --- regex fragments ---------------------------------------------------------------------------------
def _alt(words) -> str:
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


# A word that can start a number: a cardinal, or "a"/"half"/"quarter" when a scale/fraction follows.
_CARD = _alt(_CARDINALS)
_BIG = _alt(set(HUNDRED) | set(SCALES) | {DOZEN})
_FRAC = _alt(FRACTIONS)
_ANY = _alt(set(_CARDINALS) | set(HUNDRED) | set(SCALES) | set(FRACTIONS) | {"point", DOZEN})
# separators inside a run: spaces, hyphen, "and", "a", comma/ampersand (validated by the parser)
_SEP = r"(?:[ \t]*-[ \t]*|[ \t]*&[ \t]*|,[ \t]*|[ \t]+)(?:and[ \t]+)?(?:an?[ \t]+)?"
WORD_SEQ = (
    r"\b(?:"
    rf"(?:{_CARD})\b"                                            # a cardinal
    rf"|(?:an?[ \t]+|half[ \t-]+|quarter[ \t-]+)(?=(?:{_BIG}|{_FRAC})\b)(?:{_BIG}|{_FRAC})\b"  # a million, half million
    r"|half\b"                                                    # bare half
    r")"
    rf"(?:{_SEP}(?:{_ANY})\b)*"
)

_TOKEN_RE = re.compile(r"[A-Za-z]+|[,&]")


@dataclass(slots=True)
class WordNumber:
    value: float
    end: int          # char offset (relative to the parsed string) after the last used token
    has_scale: bool
    step: float | None


def tokenize(s: str, offset: int = 0) -> list[tuple[str, int, int]]:
    return [(m.group().lower(), m.start() + offset, m.end() + offset) for m in _TOKEN_RE.finditer(s)]


def parse_word_tokens(tokens: list[tuple[str, int, int]], start: int = 0) -> WordNumber | None:
    """Value of the longest well-formed number at ``tokens[start:]`` (see module doc)."""
    total = 0.0          # completed groups (x thousand, x million ...)
    current = 0.0        # group under construction (< 1000 normally)
    last = None          # class of the last numeric token: unit, teen, tens, hundred, scale, frac, point
    last_small = 0.0     # value of the last unit/teen/tens chunk (numerator candidate)
    last_scale = 0.0
    best: WordNumber | None = None
    has_scale = False
    decimals: str | None = None
    pending_article = False
    i = start
    n = len(tokens)

    def snapshot(end: int) -> WordNumber:
        val = total + current
        if decimals is not None:
            val = total + current + float("0." + decimals) if decimals else total + current
        return WordNumber(val, end, has_scale, None)

    while i < n:
        w, _s, e = tokens[i]
        if w in (",", "&", "and"):
            # allowed only between a magnitude and a smaller number, or before "a half"
            nxt = tokens[i + 1][0] if i + 1 < n else None
            if nxt is None:
                break
            if w == "and" and last in ("unit", "teen", "tens", "hundred", "scale") and (
                nxt in ("a", "an", "one") or nxt in FRACTIONS) and _fraction_follows(tokens, i + 1):
                i += 1
                continue
            if last in ("hundred", "scale") and (nxt in _CARDINALS or nxt in ("a",)):
                i += 1
                continue
            break
        if w in ("a", "an"):
            nxt = tokens[i + 1][0] if i + 1 < n else None
            if last is None or last in ("unit", "teen", "tens", "hundred", "scale") and nxt in FRACTIONS:
                if nxt in FRACTIONS or nxt in SCALES or nxt in HUNDRED or nxt == DOZEN and last is None:
                    pending_article = True
                    last_small = 1.0
                    i += 1
                    continue
            break
        if decimals is not None and last == "point":
            # digits after "point": "point zero eight five", "point seventy-one"
            if w in UNITS:
                decimals += str(UNITS[w])
                best = snapshot(e)
                i += 1
                continue
            if w in TENS or w in TEENS:
                v = TENS.get(w) or TEENS[w]
                if w in TENS and i + 1 < n and tokens[i + 1][0] in UNITS and tokens[i + 1][0] not in ("zero", "naught", "nought"):
                    v += UNITS[tokens[i + 1][0]]
                    e = tokens[i + 1][2]
                    i += 1
                decimals += str(v)
                last = "decdone"
                best = snapshot(e)
                i += 1
                continue
            if w in SCALES and decimals:
                val = (total + current + float("0." + decimals)) * SCALES[w]
                return WordNumber(val, e, True, None)
            break
        if decimals is not None:
            if w in SCALES and decimals:
                val = (total + current + float("0." + decimals)) * SCALES[w]
                return WordNumber(val, e, True, None)
            break
        if w in UNITS:
            if last in ("unit", "teen"):
                break
            current += UNITS[w]
            last_small = UNITS[w] if last != "tens" else last_small + UNITS[w]
            last = "unit"
        elif w in TEENS:
            if last in ("unit", "teen", "tens"):
                break
            current += TEENS[w]
            last_small = TEENS[w]
            last = "teen"
        elif w in TENS:
            if last in ("unit", "teen", "tens"):
                break
            current += TENS[w]
            last_small = TENS[w]
            last = "tens"
        elif w in HUNDRED:
            if last == "hundred" or (current % 100 == 0 and current > 0 and not pending_article):
                break
            if last is None and not pending_article:
                break  # bare "hundred" is not a number ("several hundred")
            current = (current or 1) * 100
            last = "hundred"
            pending_article = False
        elif w == DOZEN:
            if total or current >= 20 or last not in (None, "unit", "teen") or last is None and not pending_article:
                break  # "a dozen", "two dozen"; not a bare "dozen" nor "forty dozen"
            current = (current or 1) * 12
            best = snapshot(e)
            break
        elif w in SCALES:
            sc = SCALES[w]
            if last is None and not pending_article:
                # bare scale word: "billion" alone; only as a whole expression
                if n - start == 1:
                    return WordNumber(sc, e, True, sc)
                break
            if last_scale and sc >= last_scale and current == 0:
                break
            total = total * sc if (last_scale and sc > last_scale) else total
            total += (current or 1) * sc
            current = 0.0
            last_scale = sc
            has_scale = True
            last = "scale"
            pending_article = False
        elif w in FRACTIONS:
            den = FRACTIONS[w]
            if pending_article:
                num = 1.0
            elif last in ("unit", "teen", "tens") and (w in STANDALONE_FRACTIONS or last_small > 0):
                num = last_small
                current -= num
                if w in ("half", "halves") and num > 1 and not w.endswith("s"):
                    break
                if num >= den:
                    break  # "the last four quarters", "two halves": a count of them, no fraction
            elif last is None and w in STANDALONE_FRACTIONS:
                num = 1.0
            else:
                break
            if den == 4 and w.startswith("fourth") and not pending_article and last not in ("unit", "teen", "tens"):
                break
            frac = num / den
            if current == 0 and total > 0 and last_scale >= 1000:
                total += frac * last_scale
            else:
                current += frac
            pending_article = False
            last = "frac"
            best = WordNumber(total + current, e, has_scale, None)
            # a scale may follow a fraction: "half million", "five and a half million"
            if i + 1 < n and tokens[i + 1][0] in SCALES and total == 0:
                sc = SCALES[tokens[i + 1][0]]
                total = current * sc
                current = 0.0
                last_scale = sc
                has_scale = True
                last = "scale"
                best = WordNumber(total, tokens[i + 1][2], True, None)
                i += 2
                continue
            i += 1
            continue
        elif w == "point":
            if last in (None, "frac", "point"):
                break
            decimals = ""
            last = "point"
            i += 1
            continue
        else:
            break
        best = snapshot(e)
        best.has_scale = has_scale
        i += 1
    if best is not None:
        best.step = _word_step(best.value)
    return best


def _fraction_follows(tokens, j) -> bool:
    """tokens[j:] starts with "a half" / "one half" / "two thirds" / "a quarter"."""
    if j < len(tokens) and tokens[j][0] in FRACTIONS:
        return True
    return j + 1 < len(tokens) and tokens[j + 1][0] in FRACTIONS


def _word_step(value: float) -> float | None:
    if value != int(value):
        return None
    v = abs(int(value))
    if v == 0:
        return 1.0
    step = 1
    while v % (step * 10) == 0:
        step *= 10
    return float(step)
