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
from typing import Iterable, Iterator

from ..diagnostics import Diagnostic, Fix, Severity
from ..facts import date_span
from ..models import Claim
from ._base import Context
from ._datenum import WRONG_ON_PURPOSE, dated_facts
from ._keyed import ClaimTable, run_keyed

CODE = "FC205"
NAME = "chronology-contradiction"
SEVERITY = Severity.error
SCOPE = "corpus"

__all__ = ["CODE", "NAME", "SCOPE", "SEVERITY", "check", "group", "key"]

_ORDER = re.compile(r"\b(after|following|since|before|prior\s+to)\b", re.IGNORECASE)
_AFTER = {"after", "following", "since"}


#: a date fact with a subject: (index in claim.facts, subject, property, value, first day,
#: last day), days as proleptic ordinals
_Fact = tuple[int, str, str, str, int, int]
#: what a claim whose statement orders events adds: (order words as (start, end, word),
#: registered names in the statement as (start, end, entity id), the claims it is related to)
_Order = tuple[tuple[tuple[int, int, str], ...], tuple[tuple[int, int, str], ...], tuple[str, ...]]


@dataclass(frozen=True)
class _Dated:
    n: int  # the claim's position in the table
    fact: _Fact
    own: bool
    claim_id: str

    def dated(self) -> str:
        return self.fact[3] if self.own else f"{self.fact[3]} (claim {self.claim_id!r})"


def check(ctx: Context) -> Iterator[Diagnostic]:
    return run_keyed(ctx, key, group)


def key(ctx: Context, claim: Claim) -> tuple[tuple[_Fact, ...], _Order | None] | None:
    """(the claim's date facts with a subject, what its statement orders) of a claim that
    does not record a wrong date on purpose."""
    if claim.verdict in WRONG_ON_PURPOSE:
        return None
    dated = []
    for i, fact in dated_facts(claim):
        if fact.subject:
            first, last = date_span(fact)
            dated.append((i, fact.subject, fact.property, fact.value, first.toordinal(), last.toordinal()))
    order = None
    words = tuple((m.start(), m.end(), m.group(1)) for m in _ORDER.finditer(claim.statement))
    if words:
        mentions = tuple((m.start, m.end, m.match.entity_id)
                         for m in ctx.name_index.find_mentions(claim.statement) if m.match is not None)
        order = (words, mentions, tuple(claim.related))
    return (tuple(dated), order) if dated or order else None


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


def group(ctx: Context, table: ClaimTable,
          keyed: Iterable[tuple[int, tuple[tuple[_Fact, ...], _Order | None]]]) -> Iterator[Diagnostic]:
    keyed = list(keyed)
    dated_of = {n: dated for n, (dated, _) in keyed if dated}
    first = table.first()
    ids, verdicts = table.ids, table.verdicts
    for n, (dated, order) in keyed:
        if order is None:
            continue
        words, mentions, related = order
        candidates = [_Dated(n, f, True, ids[n]) for f in dated]
        for rid in related:
            m = first.get(rid)
            if m is None or m == n or verdicts[m] in WRONG_ON_PURPOSE:
                continue
            candidates += [_Dated(m, f, False, ids[m]) for f in dated_of.get(m, ())]
        if len(candidates) < 2:
            continue
        reported: set[tuple[tuple[int, int], tuple[int, int]]] = set()
        for word_start, word_end, word in words:
            before = {entity for _, end, entity in mentions if end <= word_start}
            after = {entity for start, _, entity in mentions if start >= word_end}
            a_side = [d for d in candidates if d.fact[1] in before and d.fact[1] not in after]
            b_side = [d for d in candidates if d.fact[1] in after and d.fact[1] not in before]
            unplaced = [d for d in candidates if d.fact[1] not in before and d.fact[1] not in after]
            if not a_side and not b_side:
                continue
            a_side, b_side = _fill(a_side, unplaced), _fill(b_side, unplaced)
            keyword = " ".join(word.lower().split())
            later = keyword in _AFTER
            for a in a_side:
                _, a_subject, a_property, _, a_first, a_last = a.fact
                for b in b_side:
                    pair = ((a.n, a.fact[0]), (b.n, b.fact[0]))
                    if pair[0] == pair[1] or pair in reported:
                        continue
                    _, b_subject, b_property, _, b_first, b_last = b.fact
                    wrong = a_last < b_first if later else a_first > b_last
                    if not wrong:
                        continue
                    reported.add(pair)
                    order_word = "after" if later else "before"
                    yield ctx.finding(
                        CODE,
                        f"statement puts {a_subject} {a_property} {order_word} {b_subject} "
                        f'{b_property} ("{keyword}"), but their dates are {a.dated()} and '
                        f"{b.dated()}",
                        claim=table.ref(n), path=("statement",),
                        fix=Fix(f"correct {a_property} or {b_property}, or the order word "
                                f'"{word}"'),
                    )
