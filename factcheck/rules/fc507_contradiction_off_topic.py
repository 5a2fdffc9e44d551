"""A quote recorded as contradicting a claim does not bear on the claim's facts.

What it checks: every quote with `stance: contradicts` of a claim that has typed facts with
a `property`. The quote bears on the claim when it mentions, for one of those facts:

* the property: a word of the property id (`withdrawal` for `plans-withdrawal-from`,
  stemmed: `signed` for `signed-on`), or a word that bears on it (:data:`BEARS_ON`: an
  accord "they have been negotiating for months" bears on when it was signed), or
* the value: a date for a date fact, a number for a number fact (or the property in the
  quote's `expresses`), or, for an entity fact whose entity is not a person or a place, the
  entity by a registered name or by the lower-case words of its house name ("pact" of
  "Turkey-Syria defence pact", or a word used for it: "accord", "agreement"). People and
  places do not count: they are named in every sentence about them ("Turkey still has
  troops in northern Syria" names Turkey and Syria without bearing on a withdrawal).

A contradicting quote that does none of these is reported: it may be true and relevant to
the topic, yet not say the claim is false.

Why it matters: a `refuted` verdict is only as good as its contradicting quotes. "Turkey
still has troops stationed in northern Syria" does not contradict a plan to withdraw them
later; a reader checking the evidence finds it does not carry the verdict.

Example that fails (the second quote):

```yaml
claims:
  - id: turkey-to-withdraw-troops-soon
    statement: Turkey plans to withdraw its troops from Syria in the near future.
    verdict: refuted
    rationale: Seed 004 says Turkey has no immediate plans for withdrawal.
    facts:
      - {type: entity, entity: syria, subject: turkey, property: plans-withdrawal-from}
    quotes:
      - seed: 004_8852cf15b64951e6
        text: "Turkey maintains more than 20,000 troops in Syria and has no immediate plans for withdrawal."
        stance: contradicts
      - seed: 002_346b15368b31c8c0
        text: "Turkey still has troops stationed in northern Syria"
        stance: contradicts
```

Fix: remove the quote, or record it as what it is (supporting another claim); if it does
contradict the fact in a way the words do not show, give the claim the fact it contradicts
(with a property the quote's words name).

What it cannot judge: whether the quote really contradicts (a quote that mentions the
property may still agree with the claim); claims whose facts have no `property` (nothing
to compare with: give the claim such a fact).
"""

from __future__ import annotations

import re
from typing import Iterator

from ..diagnostics import Diagnostic, Fix, Severity
from ..models import DateFact, EntityFact, NumberFact, Stance
from ..normalize.dates import find_dates
from ..normalize.names import name_key
from ..normalize.numbers import find_numbers
from ..normalize.text import tokenize
from ._base import Context
from ._fidelity import STOPWORDS, stem, synonym_groups

__all__ = ["CODE", "NAME", "SCOPE", "SEVERITY", "check"]

CODE = "FC507"
NAME = "contradiction-off-topic"
SEVERITY = Severity.warning
SCOPE = "file"

_SPECIFIC = frozenset({"organisation", "event", "agreement", "operation", "group"})

#: Property words and the words that bear on them without naming them: an agreement still
#: "being negotiated" or "in talks" bears on when it was signed.
BEARS_ON: dict[str, tuple[str, ...]] = {
    "signed": ("negotiating", "negotiations", "talks", "inked", "concluded", "finalised"),
}
_BEARS = {stem(k): frozenset(stem(w) for w in v) for k, v in BEARS_ON.items()}


def _bears(ctx: Context, facts: list, quote) -> bool:
    if any(f.property in quote.expresses for f in facts):
        return True
    stems = {stem(t.text.lower()) for t in tokenize(quote.text) if t.text.lower() not in STOPWORDS}
    groups: set[int] = set()
    for s in stems:
        groups |= synonym_groups(s)
    key = f" {name_key(quote.text)} "
    for fact in facts:
        for word in re.split(r"-", fact.property):
            if word in STOPWORDS or len(word) < 3:
                continue
            s = stem(word)
            if s in stems or synonym_groups(s) & groups or _BEARS.get(s, frozenset()) & stems:
                return True
        if isinstance(fact, DateFact) and find_dates(quote.text):
            return True
        if isinstance(fact, NumberFact) and find_numbers(quote.text):
            return True
        if isinstance(fact, EntityFact):
            entity = ctx.entities.get(fact.entity)
            if entity is not None and entity.kind.value in _SPECIFIC:
                forms = (entity.name, *entity.variants, *entity.aliases, *entity.misspellings, *entity.short)
                if any(f" {name_key(f)} " in key for f in forms if name_key(f)):
                    return True
                for t in tokenize(entity.name):
                    if t.text.islower() and t.text not in STOPWORDS:
                        s = stem(t.text)
                        if s in stems or synonym_groups(s) & groups:
                            return True
    return False


def check(ctx: Context) -> Iterator[Diagnostic]:
    for claim in ctx.corpus.claims:
        if not any(q.stance is Stance.contradicts for q in claim.quotes):
            continue
        facts = [f for f in claim.facts if f.property is not None]
        if not facts:
            continue
        for i, quote in enumerate(claim.quotes):
            if quote.stance is not Stance.contradicts or _bears(ctx, facts, quote):
                continue
            props = ", ".join(sorted({f.property for f in facts}))
            yield ctx.finding(
                CODE,
                f"quote {i + 1} is recorded as contradicting the claim but mentions neither the property "
                f"({props}) nor the value of any of its facts",
                claim=claim, path=("quotes", i, "text"),
                fix=Fix("remove the quote, or say with expresses which of its words contradict which property"),
                properties=sorted({f.property for f in facts}),
            )
