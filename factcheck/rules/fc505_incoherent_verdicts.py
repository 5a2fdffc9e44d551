"""A claim is refuted, disputed or outdated, yet a supported claim states the same facts.

What it checks: the typed facts with a `subject` and a `property` (dates, numbers and
entities) of every claim that is not `supported` nor `unverified`. When a `supported`
claim states every one of them with the same value (a date with the same value and
precision, a number with the same value, bounds, qualifier, unit and scale, the same
entity), the two verdicts cannot both hold: the facts are true (supported), or false
(refuted), or the seeds disagree on them (disputed), or they are stale (outdated) — not
two of these at once. The non-supported claim is reported, at its verdict.

A claim that adds a fact of its own is not reported: the added fact may be what is
refuted ("the memorandum was signed on 14 August" shares the parties of the supported
claim that it was signed on 13 August, but not the date).

Cost: one pass to index the supported claims' facts by (subject, property, value), one
pass over the other claims; linear in the size of the fact base.

Why it matters: a quiz built from the fact base would mark the same fact true in one item
and false in another, and an export would publish both ratings.

Example that fails (the second claim):

```yaml
claims:
  - id: mou-signed-in-ankara
    statement: The memorandum was signed in Ankara.
    verdict: supported
    facts:
      - {type: entity, entity: ankara, subject: turkey-syria-mou, property: signed-in}
    quotes:
      - seed: 003_26570aaabef3dbf1
        text: The agreement was signed Wednesday in Ankara
  - id: mou-signing-place-disputed
    statement: Where the memorandum was signed is disputed; seed 003 says Ankara.
    verdict: disputed
    rationale: Only one seed names the place.
    facts:
      - {type: entity, entity: ankara, subject: turkey-syria-mou, property: signed-in}
    quotes:
      - seed: 003_26570aaabef3dbf1
        text: The agreement was signed Wednesday in Ankara
      - seed: 001_aa72598c36228cb3
        text: "during a visit to Ankara by a high-level Syrian delegation"
        stance: contradicts
```

Fix: decide what the evidence says and give both claims verdicts that agree (make the
supported one `disputed` too, quoting the other side with `stance: contradicts`), or give
the claims the facts that tell them apart.

What it cannot judge: claims without typed facts, and facts without a `subject` and
`property`; two facts that say the same thing with different properties.
"""

from __future__ import annotations

from typing import Iterable, Iterator

from ..diagnostics import Diagnostic, Fix, Severity
from ..models import Claim, DateFact, EntityFact, NumberFact, Verdict
from ._base import Context
from ._keyed import ClaimTable, run_keyed

__all__ = ["CODE", "NAME", "SCOPE", "SEVERITY", "check", "fact_key", "group", "key"]

CODE = "FC505"
NAME = "incoherent-verdicts"
SEVERITY = Severity.error
SCOPE = "corpus"

_COMPARED = frozenset({Verdict.refuted, Verdict.disputed, Verdict.outdated})


def fact_key(fact) -> tuple | None:
    """(subject, property, value) of a fact with a subject and property, else None."""
    if fact.subject is None or fact.property is None:
        return None
    if isinstance(fact, DateFact):
        value: tuple = ("date", fact.value, fact.precision.value)
    elif isinstance(fact, NumberFact):
        value = ("number", fact.value, fact.low, fact.high, fact.qualifier.value, fact.unit, fact.scale)
    elif isinstance(fact, EntityFact):
        value = ("entity", fact.entity)
    else:  # pragma: no cover - the fact union has three members
        return None
    return (fact.subject, fact.property, value)


def check(ctx: Context) -> Iterator[Diagnostic]:
    return run_keyed(ctx, key, group)


def key(ctx: Context, claim: Claim) -> tuple[tuple, ...] | None:
    """The fact keys of a supported, refuted, disputed or outdated claim."""
    if claim.verdict is not Verdict.supported and claim.verdict not in _COMPARED:
        return None
    return tuple(k for k in (fact_key(f) for f in claim.facts) if k is not None) or None


def group(ctx: Context, table: ClaimTable, keyed: Iterable[tuple[int, tuple[tuple, ...]]]) -> Iterator[Diagnostic]:
    keyed = list(keyed)
    verdicts = table.verdicts
    supported: dict[tuple, list[int]] = {}
    for n, keys in keyed:
        if verdicts[n] is Verdict.supported:
            for k in keys:
                bucket = supported.setdefault(k, [])
                if not bucket or bucket[-1] != n:
                    bucket.append(n)
    if not supported:
        return
    ids = table.ids
    for n, keys in keyed:
        verdict = verdicts[n]
        if verdict not in _COMPARED:
            continue
        candidates: set[str] | None = None
        for k in keys:
            here = supported.get(k)
            if not here:
                candidates = set()
                break
            found = {ids[m] for m in here}
            candidates = found if candidates is None else candidates & found
            if not candidates:
                break
        if not candidates:
            continue
        other = min(candidates)
        described = ", ".join(f"{s} {p} {_value(v)}" for s, p, v in keys)
        yield ctx.finding(
            CODE,
            f"{verdict.value}, but supported claim {other!r} states the same facts ({described})",
            claim=table.ref(n), path=("verdict",),
            fix=Fix("give both claims verdicts that agree with the evidence, or facts that tell them apart"),
            other=other,
        )


def _value(value: tuple) -> str:
    kind = value[0]
    if kind == "entity":
        return value[1]
    if kind == "date":
        return value[1]
    _, v, low, high, qualifier, unit, scale = value
    amount = f"{low:g}-{high:g}" if v is None else f"{v:g}"
    return f"{qualifier} {amount}{' ' + scale if scale else ''} {unit}"
