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

from typing import Iterator

from ..diagnostics import Diagnostic, Fix, Severity
from ..models import Claim, Stance, Verdict
from ._base import Context

__all__ = ["CODE", "NAME", "SCOPE", "SEVERITY", "check"]

CODE = "FC506"
NAME = "counter-evidence-not-recorded"
SEVERITY = Severity.warning
SCOPE = "corpus"


def _subjects(claim: Claim) -> set[str]:
    return {f.subject for f in claim.facts if f.subject is not None}


def _span(ctx: Context, claim: Claim, index: int) -> tuple[str, int, int] | None:
    match = ctx.quote_match(claim, index)
    if match is None:
        return None
    return claim.quotes[index].seed, match.start, match.end


def check(ctx: Context) -> Iterator[Diagnostic]:
    # seed -> [(start, end, disputed claim)]
    contradicting: dict[str, list[tuple[int, int, Claim]]] = {}
    for claim in ctx.corpus.claims:
        if claim.verdict is not Verdict.disputed or not _subjects(claim):
            continue
        for i, quote in enumerate(claim.quotes):
            if quote.stance is Stance.contradicts:
                span = _span(ctx, claim, i)
                if span is not None:
                    contradicting.setdefault(span[0], []).append((span[1], span[2], claim))
    if not contradicting:
        return
    for claim in ctx.corpus.claims:
        if claim.verdict is not Verdict.supported:
            continue
        subjects: set[str] | None = None
        reported: set[str] = set()
        for i, quote in enumerate(claim.quotes):
            if quote.stance is not Stance.supports or quote.seed not in contradicting:
                continue
            span = _span(ctx, claim, i)
            if span is None:
                continue
            _, start, end = span
            for s, e, disputed in contradicting[quote.seed]:
                if disputed.id in reported or not (s < end and start < e):
                    continue
                if subjects is None:
                    subjects = _subjects(claim)
                if not subjects & _subjects(disputed):
                    continue
                missing = _unrecorded(ctx, claim, disputed)
                if not missing:
                    continue
                reported.add(disputed.id)
                shown = "; ".join(f"seed {seed}: {text!r}" for seed, text in missing[:2])
                yield ctx.finding(
                    CODE,
                    f"supported, but disputed claim {disputed.id!r} records quote {i + 1} (seed {quote.seed}) as "
                    f"contradicting it; the other side of that dispute is not recorded here ({shown})",
                    claim=claim, path=("verdict",),
                    fix=Fix("make this claim disputed and quote the other side with stance: contradicts, "
                            "or correct the disputed claim"),
                    other=disputed.id, unrecorded=[t for _, t in missing],
                )


def _unrecorded(ctx: Context, claim: Claim, disputed: Claim) -> list[tuple[str, str]]:
    """The disputed claim's supporting quotes that ``claim`` does not record as contradicting."""
    recorded = []
    for i, quote in enumerate(claim.quotes):
        if quote.stance is Stance.contradicts:
            span = _span(ctx, claim, i)
            if span is not None:
                recorded.append(span)
    out = []
    for i, quote in enumerate(disputed.quotes):
        if quote.stance is not Stance.supports:
            continue
        span = _span(ctx, disputed, i)
        if span is None:
            continue
        seed, s, e = span
        if any(seed == rs and rs_s < e and s < rs_e for rs, rs_s, rs_e in recorded):
            continue
        out.append((quote.seed, quote.text))
    return out
