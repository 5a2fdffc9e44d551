"""A statement asserts an order of events that its date facts contradict.

What it checks: statements that contain an order word — "after", "following",
"since" (A came after B), "before", "prior to" (A came before B). For each occurrence,
the text before the word is side A and the text after it is side B. The date facts that
can take part are the claim's own and those of the claims listed in `related:` (unless
those are `refuted` or `outdated`). A date fact goes to the side where its `subject` is
mentioned (entity names, variants, aliases and short forms, found with the name index);
a fact whose subject is mentioned on both sides or nowhere stays out, except that when
one side has no fact, the claim's single unplaced own date fact (or, failing that, the
single unplaced related one) goes there — in "X briefed reporters on 14 August, the day
after it was signed", "it" is the signing.

Then, precision-aware: "A after B" is contradicted when A's last possible day is before
B's first possible day; "A before B" when A's first possible day is after B's last. The
same day, or overlapping months, contradict nothing (the order within a day is unknown).

This is deliberately simple: it reads neither grammar nor tense, so it stays silent on
anything it cannot place; it is meant to have no false positives, not to find every
chronology error.

Why it matters: "the deal came after the offensive" is a claim of its own; when the
dates in the same record say the opposite, one of them is wrong.

Example that fails (the facts put the signing before the ouster):

```yaml
claims:
  - id: mou-after-assad
    statement: The memorandum was signed after Bashar al-Assad was ousted.
    verdict: supported
    facts:
      - {type: date, subject: turkey-syria-mou, property: signed-on, value: "2024-08-13", precision: day}
      - {type: date, subject: bashar-al-assad, property: ousted-in, value: "2024-12", precision: month}
    quotes:
      - seed: 000_081174c5714dbfd1
        text: Turkey and Syria inked a memorandum of understanding on Wednesday
```

Fix: correct the date that is wrong, or the order word in the statement.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator

from ..diagnostics import Diagnostic, Fix, Severity
from ..facts import date_span
from ..models import Claim, DateFact
from ._base import Context
from ._datenum import WRONG_ON_PURPOSE, dated_facts

CODE = "FC205"
NAME = "chronology-contradiction"
SEVERITY = Severity.error
SCOPE = "corpus"

__all__ = ["CODE", "NAME", "SCOPE", "SEVERITY", "check"]

_ORDER = re.compile(r"\b(after|following|since|before|prior\s+to)\b", re.IGNORECASE)
_AFTER = {"after", "following", "since"}


@dataclass(frozen=True)
class _Dated:
    claim: Claim
    fact: DateFact
    own: bool

    def dated(self) -> str:
        return self.fact.value if self.own else f"{self.fact.value} (claim {self.claim.id!r})"


def _candidates(ctx: Context, claim: Claim) -> list[_Dated]:
    out = [_Dated(claim, f, True) for _, f in dated_facts(claim) if f.subject]
    by_id = ctx.claims_by_id
    for rid in claim.related:
        other = by_id.get(rid)
        if other is None or other is claim or other.verdict in WRONG_ON_PURPOSE:
            continue
        out += [_Dated(other, f, False) for _, f in dated_facts(other) if f.subject]
    return out


def _fill(side: list[_Dated], unplaced: list[_Dated]) -> list[_Dated]:
    if side:
        return side
    own = [d for d in unplaced if d.own]
    if len(own) == 1:
        return own
    related = [d for d in unplaced if not d.own]
    if not own and len(related) == 1:
        return related
    return []


def check(ctx: Context) -> Iterator[Diagnostic]:
    for claim in ctx.corpus.claims:
        if claim.verdict in WRONG_ON_PURPOSE:
            continue
        words = list(_ORDER.finditer(claim.statement))
        if not words:
            continue
        candidates = _candidates(ctx, claim)
        if len(candidates) < 2:
            continue
        mentions = [(m.start, m.end, m.match.entity_id)
                    for m in ctx.name_index.find_mentions(claim.statement) if m.match is not None]
        reported: set[tuple[int, int]] = set()
        for word in words:
            before = {entity for _, end, entity in mentions if end <= word.start()}
            after = {entity for start, _, entity in mentions if start >= word.end()}
            a_side = [d for d in candidates if d.fact.subject in before and d.fact.subject not in after]
            b_side = [d for d in candidates if d.fact.subject in after and d.fact.subject not in before]
            unplaced = [d for d in candidates if d.fact.subject not in before and d.fact.subject not in after]
            if not a_side and not b_side:
                continue
            a_side, b_side = _fill(a_side, unplaced), _fill(b_side, unplaced)
            keyword = " ".join(word.group(1).lower().split())
            later = keyword in _AFTER
            for a in a_side:
                a_first, a_last = date_span(a.fact)
                for b in b_side:
                    if a.fact is b.fact or (id(a.fact), id(b.fact)) in reported:
                        continue
                    b_first, b_last = date_span(b.fact)
                    wrong = a_last < b_first if later else a_first > b_last
                    if not wrong:
                        continue
                    reported.add((id(a.fact), id(b.fact)))
                    order = "after" if later else "before"
                    yield ctx.finding(
                        CODE,
                        f"statement puts {a.fact.subject} {a.fact.property} {order} {b.fact.subject} "
                        f'{b.fact.property} ("{keyword}"), but their dates are {a.dated()} and '
                        f"{b.dated()}",
                        claim=claim, path=("statement",),
                        fix=Fix(f"correct {a.fact.property} or {b.fact.property}, or the order word "
                                f'"{word.group(1)}"'),
                    )
