"""Which claims can be about the same thing, found without comparing every pair.

Claims are blocked by what must be equal for two figures to describe one quantity (unit, kind,
period, places); inside a block, candidate pairs share at least one measure word (an inverted
index), so the cost grows with the number of claims, not its square.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Callable, Hashable, Iterable, Iterator, Sequence

from claimaudit.models import Claim

# A word shared by more claims than this in one block says nothing about sameness.
MAX_POSTING = 400


def modifiers(claim: Claim) -> frozenset[str]:
    return frozenset(w for w in claim.measure_key if w.startswith("+"))


def measure_words(claim: Claim) -> frozenset[str]:
    return frozenset(w for w in claim.measure_key if not w.startswith("+"))


def containment(a: Claim, b: Claim) -> float:
    """Shared measure words over the smaller claim's words (a short table label is contained in
    the longer prose clause that states the same quantity)."""
    wa, wb = measure_words(a), measure_words(b)
    if not wa or not wb:
        return 0.0
    return len(wa & wb) / min(len(wa), len(wb))


def quantity_key(claim: Claim) -> tuple:
    return (claim.unit, claim.kind, claim.period, claim.places)


def same_quantity(a: Claim, b: Claim, threshold: float = 0.5) -> bool:
    """Same measure, same parties, same period: the figures must agree."""
    return (
        quantity_key(a) == quantity_key(b)
        and modifiers(a) == modifiers(b)
        and a.sentence_start != b.sentence_start
        and containment(a, b) >= threshold
    )


def candidate_pairs(
    claims: Iterable[Claim], block: Callable[[Claim], Hashable]
) -> Iterator[tuple[Claim, Claim]]:
    """Pairs (in document order) that share a block key and at least one measure word."""
    blocks: dict[Hashable, list[Claim]] = defaultdict(list)
    for claim in claims:
        if claim.value is not None:
            blocks[block(claim)].append(claim)
    for key in sorted(blocks, key=repr):
        members = blocks[key]
        if len(members) < 2:
            continue
        postings: dict[str, list[int]] = defaultdict(list)
        for i, claim in enumerate(members):
            for word in measure_words(claim):
                postings[word].append(i)
        seen: set[tuple[int, int]] = set()
        for word in sorted(postings):
            ids = postings[word]
            if len(ids) > MAX_POSTING:
                continue
            for x in range(len(ids)):
                for y in range(x + 1, len(ids)):
                    pair = (ids[x], ids[y])
                    if pair not in seen:
                        seen.add(pair)
        for i, j in sorted(seen):
            yield members[i], members[j]


def by_start(claims: Sequence[Claim]) -> list[Claim]:
    return sorted(claims, key=lambda c: (c.path, c.start))
