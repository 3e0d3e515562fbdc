"""CA101 on hand-built claims: what makes two claims one quantity, without the extraction pipeline."""

from __future__ import annotations

from claimaudit.models import Claim
from claimaudit.rules.base import RuleContext
from claimaudit.rules.contradiction.ca101_conflicting_values import ConflictingValues


def _words(text: str, line: int, key: tuple[str, ...], value: float) -> Claim:
    return Claim(id=f"t#{line}", path="t.txt", start=line * 100, end=line * 100 + len(text), line=line, text=text,
                 sentence=f"... {text} words ...", sentence_start=line * 100, value=value, unit="words",
                 unit_family="count", kind="level", measure_key=key)


def _run(*claims):
    return list(ConflictingValues().check(RuleContext(path="t.txt", claims=claims), ConflictingValues.Options()))


def test_a_bare_count_names_no_quantity_to_contradict():
    # "110,897 words in total" of one collection, "257,927 words" of another: nothing says what
    # the words are, so the two figures cannot be one quantity
    described = _words("110,897", 3, ("document", "plain-text", "word"), 110_897)
    bare = _words("257,927", 32, ("word",), 257_927)
    assert _run(described, bare) == []
    same = _words("98,000", 40, ("document", "plain-text", "word"), 98_000)
    assert len(_run(described, same)) == 1  # (the rule still compares described counts)


def test_an_annual_rate_of_change_names_no_period_to_anchor_a_percentage():
    # "food prices were 5.1% higher than a year earlier" against "the FAO index ... 6.9% higher than
    # a year earlier": "annual" says how the change is measured, not when
    def pct(text, line, value):
        return Claim(id=f"t#{line}", path="t.txt", start=line * 100, end=line * 100 + len(text), line=line,
                     text=text, sentence=f"... {text} higher than a year earlier ...", sentence_start=line * 100,
                     value=value, unit="percent", unit_family="percent", kind="level", period="annual",
                     measure_key=("earlier", "higher"))
    assert _run(pct("5.1%", 31, 5.1), pct("6.9%", 49, 6.9)) == []


def test_words_of_one_measure_in_other_words_stay_measure_words():
    from claimaudit.rules.matching import SAME_MEASURE_WORD, _measure_sets

    # each word a synonym is read as must survive the filter of reporting verbs ("exported"), or
    # the synonym would take the measure word away instead of matching it
    for word, same in SAME_MEASURE_WORD.items():
        nominal = _measure_sets(("rural", word), False, None)[6]
        assert same in nominal, word


def test_a_figure_wrapped_over_two_lines_is_quoted_on_one():
    wrapped = _words("98,000\n  words", 3, ("document", "plain-text", "word"), 98_000)
    other = _words("110,897 words", 40, ("document", "plain-text", "word"), 110_897)
    (finding,) = _run(wrapped, other)
    assert "98,000 words (line 3)" in finding.message and "\n" not in finding.message
