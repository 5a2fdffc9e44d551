"""A supported claim rests on a quote a disputed claim records as contradicting it.

The supported claim then ignores the other side of that dispute.

What it checks: for every `disputed` claim D, the quotes it records with `stance:
contradicts`. A `supported` claim S that quotes one of those passages as support (the same
seed, overlapping text), and has a typed fact with the same `subject` as one of D's, sides
with the contradicting passage in D's dispute. D's supporting quotes (the other side) are
then evidence against S; if S does not record them with `stance: contradicts`, its
`supported` verdict hides the dispute. S is reported, at its verdict, with the quotes it
does not record.

Refuted claims are not compared: a refuted claim and its supported opposite share their
evidence by design (the quote that refutes one supports the other).

Cost: one pass to index the disputed claims' contradicting quotes by seed, one pass over
the supported claims; each quote is compared only with the passages of its own seed.

Why it matters: a fact base where the dispute is recorded on one claim and not on the other
says the same question is open and settled. A quiz would teach the settled version.

Example that fails (the first claim; seed 004 says the broader pact was already signed):

```yaml
claims:
  - id: mou-first-step-towards-comprehensive-accord
    statement: Turkey and Syria signed the memorandum as a first step towards a comprehensive military cooperation accord.
    verdict: supported
    facts:
      - {type: entity, entity: turkey-syria-defence-pact, subject: turkey-syria-mou, property: step-towards}
    quotes:
      - seed: 000_081174c5714dbfd1
        text: "In a first step towards a comprehensive military cooperation accord that they have been negotiating for months"
  - id: broader-defence-pact-signed-august-2025
    statement: The memorandum is part of a broader defence agreement that was signed in August 2025.
    verdict: disputed
    rationale: Seed 004 says so; seed 000 calls the memorandum a first step towards the accord.
    facts:
      - {type: entity, entity: turkey-syria-defence-pact, subject: turkey-syria-mou, property: part-of}
    quotes:
      - seed: 004_8852cf15b64951e6
        text: "This development is the latest in a series of moves under a broader Turkey–Syria defense agreement signed in August 2025."
      - seed: 000_081174c5714dbfd1
        text: "In a first step towards a comprehensive military cooperation accord that they have been negotiating for months"
        stance: contradicts
```

Fix: make the supported claim `disputed` too, quoting the other side with `stance:
contradicts` and a rationale; or, if the dispute is settled, correct the disputed claim.

What it cannot judge: whether the shared passage supports the two claims in the same
respect (a long quote can carry several facts); claims without typed facts with a subject.
"""

from __future__ import annotations

from typing import Iterable, Iterator

from ..diagnostics import Diagnostic, Fix, Severity
from ..models import Claim, Stance, Verdict
from ._base import Context
from ._keyed import ClaimTable, run_keyed

__all__ = ["CODE", "NAME", "SCOPE", "SEVERITY", "check", "group", "key"]

CODE = "FC506"
NAME = "counter-evidence-not-recorded"
SEVERITY = Severity.warning
SCOPE = "corpus"


#: a quote found in its seed: (index in claim.quotes, seed, start, end, quote text: only
#: a disputed claim's supporting quotes keep theirs, to show them)
_Span = tuple[int, str, int, int, "str | None"]
#: (subjects of the claim's facts, its supporting quotes found, its contradicting quotes found)
_Key = tuple[tuple[str, ...], tuple[_Span, ...], tuple[_Span, ...]]


def _spans(ctx: Context, claim: Claim, stance: Stance, texts: bool = False) -> tuple[_Span, ...]:
    out = []
    for i, quote in enumerate(claim.quotes):
        if quote.stance is stance:
            match = ctx.quote_match(claim, i)
            if match is not None:
                out.append((i, quote.seed, match.start, match.end, quote.text if texts else None))
    return tuple(out)


def check(ctx: Context) -> Iterator[Diagnostic]:
    return run_keyed(ctx, key, group)


def key(ctx: Context, claim: Claim) -> _Key | None:
    """What a disputed claim with subjects, or a supported claim, brings to the grouping."""
    if claim.verdict is Verdict.disputed:
        subjects = tuple(sorted({f.subject for f in claim.facts if f.subject is not None}))
        if not subjects:
            return None
    elif claim.verdict is Verdict.supported:
        subjects = ()  # read only when a supporting quote overlaps a contradicting one
    else:
        return None
    supports = _spans(ctx, claim, Stance.supports, texts=claim.verdict is Verdict.disputed)
    contradicts = _spans(ctx, claim, Stance.contradicts)
    if claim.verdict is Verdict.supported:
        if not supports:
            return None
        subjects = tuple(sorted({f.subject for f in claim.facts if f.subject is not None}))
    elif not contradicts:
        return None
    return (subjects, supports, contradicts)


def group(ctx: Context, table: ClaimTable, keyed: Iterable[tuple[int, _Key]]) -> Iterator[Diagnostic]:
    keyed = list(keyed)
    verdicts = table.verdicts
    # seed -> [(start, end, disputed claim n)]
    contradicting: dict[str, list[tuple[int, int, int]]] = {}
    disputed_keys: dict[int, _Key] = {}
    for n, k in keyed:
        if verdicts[n] is Verdict.disputed:
            disputed_keys[n] = k
            for _, seed, start, end, _ in k[2]:
                contradicting.setdefault(seed, []).append((start, end, n))
    if not contradicting:
        return
    ids = table.ids
    for n, (subjects, supports, contradicts) in keyed:
        if verdicts[n] is not Verdict.supported:
            continue
        reported: set[str] = set()
        for i, seed, start, end, _ in supports:
            for s, e, d in contradicting.get(seed, ()):
                disputed_id = ids[d]
                if disputed_id in reported or not (s < end and start < e):
                    continue
                d_subjects, d_supports, _ = disputed_keys[d]
                if not set(subjects) & set(d_subjects):
                    continue
                missing = _unrecorded(contradicts, d_supports)
                if not missing:
                    continue
                reported.add(disputed_id)
                shown = "; ".join(f"seed {seed}: {text!r}" for seed, text in missing[:2])
                yield ctx.finding(
                    CODE,
                    f"supported, but disputed claim {disputed_id!r} records quote {i + 1} (seed {seed}) as "
                    f"contradicting it; the other side of that dispute is not recorded here ({shown})",
                    claim=table.ref(n), path=("verdict",),
                    fix=Fix("make this claim disputed and quote the other side with stance: contradicts, "
                            "or correct the disputed claim"),
                    other=disputed_id, unrecorded=[t for _, t in missing],
                )


def _unrecorded(recorded: tuple[_Span, ...], disputed_supports: tuple[_Span, ...]) -> list[tuple[str, str]]:
    """The disputed claim's supporting quotes that the claim (whose contradicting quotes
    are ``recorded``) does not record as contradicting."""
    out = []
    for _, seed, s, e, text in disputed_supports:
        if any(seed == rs and rs_s < e and s < rs_e for _, rs, rs_s, rs_e, _ in recorded):
            continue
        out.append((seed, text))
    return out
