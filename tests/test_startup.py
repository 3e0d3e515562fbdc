"""`claimaudit --help` and `claimaudit rules` answer without importing spaCy (start-up time)."""

from __future__ import annotations

import subprocess
import sys

import pytest

PROBE = """
import sys
sys.argv = ["claimaudit", *{args!r}]
try:
    from claimaudit.cli import main
    main()
except SystemExit:
    pass
heavy = sorted(m for m in ("spacy", "thinc", "claimaudit.extraction.pipeline") if m in sys.modules)
sys.stderr.write("HEAVY=" + ",".join(heavy) + "\\n")
"""


@pytest.mark.parametrize("args", [["--help"], ["rules"]])
def test_no_spacy_at_startup(args):
    proc = subprocess.run([sys.executable, "-c", PROBE.format(args=args)], capture_output=True, text=True, timeout=60)
    line = [l for l in proc.stderr.splitlines() if l.startswith("HEAVY=")]
    assert line, proc.stderr
    assert line[-1] == "HEAVY=", f"`claimaudit {' '.join(args)}` imported {line[-1][6:]}"
