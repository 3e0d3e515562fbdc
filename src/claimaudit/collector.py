"""Pausing Python's cyclic garbage collector around work that builds many objects and no cycles."""

from __future__ import annotations

import gc
from contextlib import contextmanager
from typing import Iterator


@contextmanager
def paused() -> Iterator[None]:
    """The collector is paused meanwhile, and resumed if it was on.

    Extraction and the rules build many long-lived objects (records, keys, indexes) and no
    reference cycles: with earlier documents' claims in memory, the collector would traverse them
    again and again while new ones are built (a quarter of the engine's time at 100,000 claims;
    a tenth of extraction's over a corpus held in memory). Nothing waits for it: the objects of
    a document's pipeline are freed by reference counting as before."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


_settling = False


def settle_when_run_as_program() -> None:
    """Called by the command line when it is the program, which ends after this one run."""
    global _settling
    _settling = True


def settle() -> None:
    """The objects made so far live as long as the process (spaCy, the modules, the pipeline, the
    records kept for the rules): when the command line is the program, they are moved out of the
    collector's sight (``gc.freeze``), so that no collection traverses them again (they are freed
    by reference counting as before). A library caller's collector is left as it is."""
    if _settling:
        gc.freeze()


def thaw() -> None:
    """Undo a freeze made for forking workers, unless the command line has settled the objects
    for good (``settle``): unfreezing then would hand them back to the collector."""
    if not _settling:
        gc.unfreeze()
