"""The fast paths of the parsers give exactly what the plain code they replace gives."""

from __future__ import annotations

import copy
import dataclasses
import pickle
import random
import re

import pytest

from claimaudit.extraction.components.context import _label_before
from claimaudit.extraction.parse import context as ctx
from claimaudit.extraction.parse import numbers
from claimaudit.extraction.parse.dates import DateMention
from claimaudit.extraction.parse.frozen import maker
from claimaudit.extraction.parse.numbers import NumberMention


def test_maker_builds_ordinary_frozen_instances():
    values = (3, 7, "$5m", 5e6, None, None, None, "USD", None, None, None, None, None, 1e6, False, None)
    fast, plain = maker(NumberMention)(*values), NumberMention(*values)
    assert type(fast) is NumberMention
    assert fast == plain and hash(fast) == hash(plain) and repr(fast) == repr(plain)
    assert pickle.loads(pickle.dumps(fast)) == plain and copy.deepcopy(fast) == plain
    assert dataclasses.replace(fast, start=4) == dataclasses.replace(plain, start=4)
    with pytest.raises(dataclasses.FrozenInstanceError):
        fast.start = 1  # type: ignore[misc]
    with pytest.raises(TypeError):
        maker(DateMention)(1, 2)  # every field, in order


def test_maker_refuses_other_classes():
    @dataclasses.dataclass(slots=True)
    class Mutable:
        x: int

    with pytest.raises(TypeError):
        maker(Mutable)


_LABEL = re.compile(r"([A-Za-z][A-Za-z ,()/'’-]{0,60}):\s*(?:[$€£¥~]|US\$)?\s*$")


def test_label_before_is_the_label_pattern():
    rng = random.Random(5)
    pieces = list("abXY ,()/'’-:$€~US\n\t5;|é_.") + ["US$", "total", ": ", "label: ", "\u2009"]
    segments = ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 90))) for _ in range(20_000)]
    segments += ["x" * n + "5" + "y" * m + ":" for n in (0, 30, 70) for m in (0, 1, 59, 60, 61, 90)]
    for segment in segments:
        match = _LABEL.search(segment)
        assert _label_before(segment) == (match.group(1) if match else ""), segment


def test_next_char_tests_are_the_plain_loop():
    def plain(text, pos, chars):
        i = pos
        while i < len(text) and i < pos + 3 and text[i] in " \t":
            i += 1
        return i < len(text) and text[i] in chars

    rng = random.Random(3)
    tests = ((numbers._RANGE_NEXT, "-–—~tTaA"), (numbers._TIME_OR_ORDINAL_NEXT, "aApPsSnNrRtT"),
             (numbers._POSTFIX_NEXT, "oapOAP+"))
    for _ in range(20_000):
        text = "".join(rng.choice(" \t\n-–—~tTaAxpPsSnNrRoO+]") for _ in range(rng.randint(0, 8)))
        pos = rng.randint(0, len(text))
        for fast, chars in tests:
            assert fast(text, pos) == plain(text, pos, chars), (text, pos, chars)


# kind_of's searches as they were before the last-word pre-checks
_PLAIN_KIND_CHECKS = (
    (ctx._VERB_JUST_BEFORE, "~$€£¥"),
    (ctx._CHANGE_BEFORE, ""),
    (ctx._BY_OF_END, ""),
    (ctx._FROM_END, ""),
)


def test_kind_of_last_word_checks_only_skip_hopeless_searches():
    rng = random.Random(1)
    vocab = ["rose", "RISE", "riſe", "by", "By", "of", "a", "an", "estimated", "more", "than", "from",
             "increase", "growth", "$", "€", "~", "\u212a", "ſ", "ı", "İ", "5", "x_", "é", "fell", "about",
             "over", "\n", " ", "\t", "\u00a0", ",", "(", "share", "percent"]
    lasts = ((ctx._VERB_JUST_BEFORE_LAST, 0), (ctx._CHANGE_BEFORE_LAST, 1), (ctx._BY_OF_LAST, 2), (ctx._FROM_LAST, 3))
    for _ in range(30_000):
        before = "".join(rng.choice(vocab) + rng.choice(["", " ", "\n"]) for _ in range(rng.randint(0, 7)))
        for words, i in lasts:
            pattern, symbols = _PLAIN_KIND_CHECKS[i]
            last = ctx._last_word(before, symbols)
            if last is not None and last not in words:
                assert pattern.search(before) is None, (before, pattern.pattern)


def test_records_are_what_validation_builds():
    """records.py builds Claim and SetAside records without validating them (models.trusted):
    every value must already be what validation makes of it, down to its type."""
    from pathlib import Path

    from claimaudit.api import extract_text

    report = (Path(__file__).resolve().parents[2] / "data" / "report_000.txt").read_text(encoding="utf-8")
    extra = (
        "Exports rose by two hundred and five tonnes, or five and a half million dollars, in 2024.\n\n"
        "Area: total: 9,596,960 sq km; land: 9,326,410 sq km\n"
        "Population: 1,373,541,278 (July 2016 est.)\n"
        "Between 10 and 20 percent of about 3,000 workers earned $5-10 an hour (ILO, 2023).\n"
    )
    doc = extract_text(report + "\n\n" + extra)
    assert len(doc.claims) > 100 and doc.set_aside
    for record in (*doc.claims, *doc.set_aside):
        validated = type(record)(**record.__dict__)
        assert record == validated and repr(record) == repr(validated)
        assert record.model_fields_set == validated.model_fields_set
        assert [type(v) for v in record.__dict__.values()] == [type(v) for v in validated.__dict__.values()]


def test_measure_words_and_content_is_two_measure_words():
    rng = random.Random(4)
    vocab = ["GDP", "the", "of", "U.S.", "China", "workers'", "a", "x", "exports", "total", "5", ",", " ", "  "]
    for _ in range(5_000):
        text = " ".join(rng.choice(vocab) for _ in range(rng.randint(0, 20)))
        spans = lambda: [tuple(sorted((rng.randint(0, len(text)), rng.randint(0, len(text))))) for _ in range(rng.randint(0, 3))]
        skip, places = ctx.Skip(spans(), spans()), spans()
        start, end = sorted((rng.randint(0, len(text)), rng.randint(0, len(text))))
        expected = (ctx.measure_words(text, start, end, skip), ctx.measure_words(text, start, end, skip.plus(places)))
        assert ctx.measure_words_and_content(text, start, end, skip, places) == expected
