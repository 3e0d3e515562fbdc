"""--jobs N gives the same output as --jobs 1, errors included, in input order."""

from __future__ import annotations

import json

from claimaudit.api import ExtractOptions, iter_extract
from claimaudit.errors import ClaimauditError

TEXTS = {
    "a.txt": "Exports rose 8% to $45 million in 2024, according to the IMF.\n",
    "b.txt": "The survey counted 22,000 North Korean workers in China in 2023.\n" * 3,
    "c.txt": "| Item | 2022 | 2023 |\n| Rice (tonnes) | 1,200 | 1,350 |\n| Wheat (tonnes) | 800 | 760 |\n",
    "d.txt": "Unemployment fell to 4.1% in March 2025 (Bureau of Labor Statistics).\n",
}


def _run(paths, jobs):
    out = []
    for item in iter_extract(paths, ExtractOptions(), jobs=jobs):
        if isinstance(item, ClaimauditError):
            out.append({"error": str(item)})
        else:
            out.append(json.loads(item.model_dump_json()))
    return json.dumps(out, sort_keys=True)


def test_jobs_2_identical_to_jobs_1(tmp_path):
    for name, text in TEXTS.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    missing = str(tmp_path / "missing.txt")
    paths = [str(tmp_path / "a.txt"), missing, str(tmp_path / "b.txt"), str(tmp_path / "c.txt"),
             str(tmp_path / "d.txt")]
    one, two = _run(paths, 1), _run(paths, 2)
    assert one == two
    items = json.loads(one)
    assert len(items) == 5 and "error" in items[1]  # the unreadable file is reported in its place
    assert [i["path"] for i in items if "path" in i] == [p for p in paths if p != missing]


def test_results_cross_processes_as_they_are():
    """Workers send records as field values; the parent gets equal records back, with the same
    set fields (here some claims leave fields at their defaults) and nothing validated again."""
    import pickle

    from claimaudit.api import _pack, _unpack, extract_text
    from claimaudit.models import Claim, DocumentClaims

    doc = extract_text(TEXTS["a.txt"] + TEXTS["d.txt"] + "Page 4\n2019\n")
    assert doc.claims and doc.set_aside
    sparse = Claim(id="x#1", path="x", start=1, end=2, line=1, text="5", sentence="5 x", value=5.0)
    for original in (doc, DocumentClaims(path="x", claims=(sparse,)), DocumentClaims(path="y", claims=())):
        back = _unpack(pickle.loads(pickle.dumps(_pack(original))))
        assert back == original and back.model_dump_json() == original.model_dump_json()
        assert [c.model_fields_set for c in back.claims] == [c.model_fields_set for c in original.claims]
        assert [type(c) for c in back.claims] == [type(c) for c in original.claims]
    error = ClaimauditError("boom")
    assert _unpack(_pack(error)) is error


def test_rendering_where_documents_are_extracted(tmp_path):
    """iter_extract(render=...) sends back each document's text and coverage, the same with
    --jobs 2 as with --jobs 1, and the same text the renderer writes from the records."""
    from claimaudit.api import RenderedDocument
    from claimaudit.render.json import jsonl_piece

    for name, text in TEXTS.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    paths = [str(tmp_path / name) for name in TEXTS] + [str(tmp_path / "missing.txt")]
    records = list(iter_extract(paths, ExtractOptions(), jobs=1))
    for jobs in (1, 2):
        rendered = list(iter_extract(paths, ExtractOptions(), jobs=jobs, render=jsonl_piece))
        assert isinstance(rendered[-1], ClaimauditError)
        assert all(isinstance(r, RenderedDocument) for r in rendered[:-1])
        assert [(r.path, r.coverage, r.text) for r in rendered[:-1]] == [
            (d.path, d.coverage, jsonl_piece(d)) for d in records[:-1]
        ]
        assert sum(r.text.count("\n") for r in rendered[:-1]) == sum(len(d.claims) for d in records[:-1]) > 0
