"""A statement calls an entity by an alias where house style wants its house name.

What it checks: registered `aliases` of an entity (a different name for the same
entity, not a spelling of it) used in a claim's `statement`: "Abu Mohammed
al-Julani" or "al-Julani" for **Ahmed al-Sharaa**, "Türkiye" for **Turkey**. The
alias is recognised however it is spelled ("Turkiye", "Al-Julani").

Allowed: an alias in a statement that also names the entity by its house name,
which is how a statement explains the alias: "Ahmed al-Sharaa, then known as Abu
Mohammed al-Julani, led HTS." is not a finding. Quotes are verbatim and exempt.

Why it matters: an alias is often a nom de guerre or an official name the newsroom
does not use; a reader who does not know the two names belong together sees two
people, and the quiz generator asks about a name the style guide does not use.

Example that fails:

```yaml
claims:
  - id: ahmed-al-sharaa-led-hts
    statement: Hayat Tahrir al-Sham (HTS) was led by Abu Mohammed al-Julani.
    verdict: supported
```

Fix: use the house name ("Ahmed al-Sharaa"; the suggestion gives it), or keep the
alias and name the entity by its house name in the same statement.
"""

from __future__ import annotations

from typing import Iterator

from ..diagnostics import Diagnostic, Fix, Severity
from ._base import Context
from ._names import statement_names

__all__ = ["CODE", "NAME", "SCOPE", "SEVERITY", "check"]

CODE = "FC403"
NAME = "alias-instead-of-house-name"
SEVERITY = Severity.warning
SCOPE = "file"


def check(ctx: Context) -> Iterator[Diagnostic]:
    entities = ctx.entities
    for claim in ctx.corpus.claims:
        names = statement_names(ctx, claim)
        if not any(n.form_kind == "alias" for n in names):
            continue
        with_house_name = {n.entity_id for n in names if n.form_kind == "house"}
        for name in names:
            if name.form_kind != "alias" or name.entity_id in with_house_name:
                continue
            entity = entities.get(name.entity_id)
            if entity is None:
                continue
            yield ctx.finding(
                CODE,
                f"{name.surface!r} is an alias of {entity.name} ({entity.id}); house style uses "
                f"{entity.name!r}",
                claim=claim, path=("statement",),
                fix=Fix(f"replace {name.surface!r} with {entity.name!r}, or name {entity.name!r} "
                        "in the statement too", name.surface, entity.name, safe=False),
                span=[name.start, name.end], entity=entity.id,
            )
