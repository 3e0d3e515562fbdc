"""The library API: what the CLI calls, and what a notebook can call.

    >>> from claimaudit.api import extract_text
    >>> doc = extract_text("Exports rose 8% to $45 million in 2024, according to the IMF.")
    >>> [(c.text, c.value, c.source) for c in doc.claims]
    [('8%', 8.0, 'International Monetary Fund'), ('$45 million', 45000000.0, 'International Monetary Fund')]
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from operator import itemgetter
from typing import Callable, Iterable, Iterator, Sequence

from claimaudit import collector
from claimaudit.documents import Document, expand_inputs, read_document, split_text
from claimaudit.errors import ClaimauditError, InputError
from claimaudit.models import CheckReport, Claim, Coverage, DocumentClaims, SetAside, trusted


@dataclass(frozen=True)
class ExtractOptions:
    """How to run extraction. Hashable, so worker processes can rebuild the same pipeline."""

    model: str | None = None
    registry: str = "default"


@dataclass
class ExtractResult:
    documents: list[DocumentClaims] = field(default_factory=list)
    errors: list[ClaimauditError] = field(default_factory=list)


def _nlp(options: ExtractOptions):
    # Imported here so `claimaudit --help` and `claimaudit rules` never import spaCy. The first
    # call imports spaCy and the extraction modules and builds the pipeline: hundreds of thousands
    # of long-lived objects and no garbage, over which the collector would run full passes again
    # and again (about a tenth of the start-up).
    from claimaudit import patterns

    with collector.paused(), patterns.kept("extraction"):
        from claimaudit.extraction.pipeline import build_nlp

        nlp = build_nlp(options.model, options.registry)
        collector.settle()  # (else the first collection after the pause would traverse them all)
        return nlp


def infer_document_date(text: str) -> str | None:
    """The document's own date, read from its first lines (see ``parse.dates.document_date``); for
    a document that carries a later response under its own dateline (``parse.layout.part_starts``),
    the latest part's: the whole is no older than its newest part."""
    from claimaudit.extraction.parse.dates import document_date
    from claimaudit.extraction.parse.layout import part_starts

    found = [d for d in [document_date(text), *(document_date(text[s:]) for s in part_starts(text))] if d is not None]
    if not found:
        return None
    return max(found, key=lambda d: (d.year or 0, d.month or 0, d.day or 0)).iso


def extract_document(document: Document, options: ExtractOptions = ExtractOptions()) -> DocumentClaims:
    """Claims of one decoded document. Long texts are processed in pieces, offsets kept right."""
    nlp = _nlp(options)  # (first: it imports the pipeline's modules with the collector paused)
    from claimaudit.extraction.pipeline import MAX_PIECE_CHARS

    text = document.text
    pieces = split_text(text, MAX_PIECE_CHARS) if len(text) > MAX_PIECE_CHARS else [(0, len(text))]
    with collector.paused():  # (the pipeline makes no reference cycles)
        claims, set_aside = _records(nlp, document, pieces)
    return DocumentClaims(
        path=document.path,
        claims=tuple(claims),
        set_aside=tuple(set_aside),
        document_date=infer_document_date(text),
        words=len(text.split()),
    )


def _records(nlp, document: Document, pieces) -> tuple[list, list]:
    """Claims and set-aside numbers of a document's pieces. (A function of its own so that the
    last Doc and its components' values are freed on return, before the collector resumes, and
    not traversed by it once more.)"""
    from claimaudit.extraction.records import claims_from_doc

    text = document.text
    claims, set_aside = [], []
    for (start, end), doc in zip(pieces, nlp.pipe(text[s:e] for s, e in pieces)):
        found, aside = claims_from_doc(doc, document.path, document.line_col, base=start)
        claims.extend(found)
        set_aside.extend(aside)
    return claims, set_aside


def extract_text(text: str, path: str = "<text>", options: ExtractOptions = ExtractOptions()) -> DocumentClaims:
    """Claims of a string (for notebooks and tests)."""
    return extract_document(Document(path=path, text=text, encoding="utf-8"), options)


@dataclass(frozen=True)
class RenderedDocument:
    """A document's claims already turned into output text by ``iter_extract(render=...)``: what
    is left of the document once its records are no longer needed."""

    path: str
    coverage: Coverage
    text: str


def _extract_path(args: tuple[str, ExtractOptions]) -> DocumentClaims | ClaimauditError:
    path, options = args
    try:
        return extract_document(read_document(path), options)
    except ClaimauditError as exc:
        return exc


def _extract_rendered(
    path: str, options: ExtractOptions, render: Callable[[DocumentClaims], str] | None
) -> DocumentClaims | RenderedDocument | ClaimauditError:
    result = _extract_path((path, options))
    if render is None or isinstance(result, ClaimauditError):
        return result
    return RenderedDocument(result.path, result.coverage, render(result))


def iter_extract(
    paths: Sequence[str],
    options: ExtractOptions = ExtractOptions(),
    *,
    jobs: int = 1,
    on_progress: Callable[[int, int], None] | None = None,
    render: Callable[[DocumentClaims], str] | None = None,
) -> Iterator[DocumentClaims | RenderedDocument | ClaimauditError]:
    """Results in input order (directories expanded, sorted); errors are yielded, not raised.

    render: when given (a module-level function, e.g. a ``CLAIMS_PIECES`` piece), each document
        is turned into text where it was extracted, and a ``RenderedDocument`` comes back in its
        place: with ``jobs`` > 1 the workers render, and the records never cross processes.
    """
    inputs = expand_inputs(paths)
    work = [item for item in inputs if not isinstance(item, InputError)]
    results: Iterable[DocumentClaims | RenderedDocument | ClaimauditError]
    if jobs > 1 and len(work) > 1:
        results = _parallel(work, options, jobs, render)
    else:
        results = (_extract_rendered(p, options, render) for p in work)
    done = 0
    results_iter = iter(results)
    for item in inputs:
        if isinstance(item, InputError):
            yield item
            continue
        result = next(results_iter)
        done += 1
        if on_progress:
            on_progress(done, len(work))
        yield result


def _extract_indexed(args) -> tuple[int, object]:
    index, path, options, render = args
    result = _extract_rendered(path, options, render)
    return index, result if render is not None else _pack(result)


# Pickling tens of thousands of pydantic records one by one costs a worker and the waiting
# parent more than rendering them: a worker sends the records' field values as plain tuples,
# and the parent restores the records as unpickling would (models.trusted), without
# validating them again.

def _pack(result):
    if not isinstance(result, DocumentClaims) or not all(_plain(r) for r in (result, *result.claims, *result.set_aside)):
        return result  # an error, or records with extra or private state: pickled as they are
    return (
        _PACKED,
        result.path,
        result.document_date,
        result.words,
        [(_CLAIM_VALUES(c.__dict__), _set_or_none(c, _CLAIM_FIELDS)) for c in result.claims],
        [(_ASIDE_VALUES(a.__dict__), _set_or_none(a, _ASIDE_FIELDS)) for a in result.set_aside],
    )


def _unpack(packed) -> DocumentClaims | ClaimauditError:
    if not (isinstance(packed, tuple) and packed and packed[0] == _PACKED):
        return packed
    _, path, document_date, words, claims, set_aside = packed
    return DocumentClaims(
        path=path,
        claims=tuple([_restore(Claim, _CLAIM_FIELDS, values, fields_set) for values, fields_set in claims]),
        set_aside=tuple([_restore(SetAside, _ASIDE_FIELDS, values, fields_set) for values, fields_set in set_aside]),
        document_date=document_date,
        words=words,
    )


_PACKED = "claimaudit-packed-document"
_CLAIM_FIELDS, _ASIDE_FIELDS = tuple(Claim.model_fields), tuple(SetAside.model_fields)
_CLAIM_VALUES, _ASIDE_VALUES = itemgetter(*_CLAIM_FIELDS), itemgetter(*_ASIDE_FIELDS)


def _plain(record) -> bool:
    return record.__pydantic_extra__ is None and not record.__pydantic_private__


def _set_or_none(record, fields: tuple[str, ...]) -> set[str] | None:
    """The fields set on the record, None for all of them (the usual case: nothing to send)."""
    fields_set = record.__pydantic_fields_set__
    return None if len(fields_set) == len(fields) else set(fields_set)


def _restore(cls, fields: tuple[str, ...], values: tuple, fields_set: set[str] | None):
    return trusted(cls, dict(zip(fields, values)), fields_set)


def _size(path: str) -> int:
    try:
        return os.path.getsize(path)
    except (OSError, ValueError):
        return 0


def _parallel(paths: list[str], options: ExtractOptions, jobs: int, render=None):
    """Results in input order. Work is handed out largest file first (so one long file does not
    finish last, alone), and results are buffered until every earlier one is in."""
    import gc
    import multiprocessing

    order = sorted(range(len(paths)), key=lambda i: (-_size(paths[i]), i))
    context = multiprocessing.get_context("fork")
    # The collector stays paused from the build to the freeze: resumed in between, it would first
    # traverse every object the build made (a tenth of a second, before any worker starts).
    with collector.paused():
        try:
            _nlp(options)  # built once, here: the forked workers inherit it
        except ClaimauditError:
            pass  # reported per file by _extract_path
        gc.freeze()  # the workers share the pipeline's pages: keep their collector from touching them
        try:
            pool = context.Pool(processes=min(jobs, len(paths)))
        finally:
            collector.thaw()
    with pool:
        pending: dict[int, DocumentClaims | ClaimauditError] = {}
        next_index = 0
        work = [(i, paths[i], options, render) for i in order]
        for index, result in pool.imap_unordered(_extract_indexed, work, chunksize=1):
            pending[index] = _unpack(result)
            while next_index in pending:
                yield pending.pop(next_index)
                next_index += 1


def extract(paths: Sequence[str], options: ExtractOptions = ExtractOptions(), *, jobs: int = 1) -> ExtractResult:
    result = ExtractResult()
    for item in iter_extract(paths, options, jobs=jobs):
        if isinstance(item, ClaimauditError):
            result.errors.append(item)
        else:
            result.documents.append(item)
    return result


@dataclass
class CheckResult:
    report: CheckReport
    errors: list[ClaimauditError] = field(default_factory=list)


def registry_key(extra_sources: list[dict], extra_aliases: dict[str, str]) -> str:
    """Register the bundled source registry plus a ledger's additions; return its key."""
    if not extra_sources and not extra_aliases:
        return "default"
    import hashlib
    import json

    from claimaudit.extraction import factories
    from claimaudit.extraction.parse.sources import SourceRegistry

    blob = json.dumps([extra_sources, extra_aliases], sort_keys=True, default=str)
    key = "ledger-" + hashlib.sha256(blob.encode()).hexdigest()[:12]
    if key not in factories.REGISTRIES:
        try:
            factories.REGISTRIES[key] = SourceRegistry.default().with_extra(extra_sources, extra_aliases)
        except ValueError as exc:
            from claimaudit.errors import ConfigError

            raise ConfigError(str(exc), field="sources") from None
    return key


def check_documents(
    documents: Sequence[DocumentClaims], settings, ledger=None, registry: str = "default"
) -> CheckReport:
    """Run the rules over extracted documents and mark findings new or known against a ledger."""
    from claimaudit.engine import run_rules
    from claimaudit.ledger import apply_ledger
    from claimaudit.models import Summary

    from claimaudit.extraction.factories import registry_for

    findings = run_rules(documents, settings, registry_for(registry))
    stale = []
    if ledger is not None:
        findings, stale = apply_ledger(findings, ledger)
    counts = {"error": 0, "warning": 0, "info": 0}
    for finding in findings:
        counts[finding.severity.value] += 1
    summary = Summary(**counts, new=sum(1 for f in findings if f.new))
    return CheckReport(
        findings=tuple(findings),
        summary=summary,
        stale=tuple(stale),
        documents=tuple(d.path for d in documents),
    )


def check_text(text: str, path: str = "<text>", settings=None) -> CheckReport:
    """Findings for a string (for notebooks and tests), with no ledger."""
    from claimaudit.config import Settings

    return check_documents([extract_text(text, path)], settings or Settings())
