"""A statement spells a name in a registered variant or misspelling, not the house spelling.

What it checks: every name in a claim's `statement` that the entity register
(`claims/entities.yaml`) knows. A finding when the statement uses

* a registered `variant` ("Murhaf Abu Qasra" for **Murhef Abu Qasra**, "Yasar Guler"
  for **Yasar Güler**) or `misspelling` ("Assad al-Shaibani" for **Asaad al-Shaibani**);
* a registered spelling written differently from the register: diacritics dropped,
  other hyphenation, article or capitals ("al Shaibani" for the short form
  **al-Shaibani**). A capital first letter at the start of a sentence ("Al-Shaibani
  said …") is not a finding.

Aliases (a different name for the same entity, "Türkiye", "al-Julani") are FC403's
findings, unknown names close to a registered one FC402's. Quotes are verbatim and
exempt: only statements are checked. The message names the entity; `extra.span`
gives the name's [start, end) character offsets in the statement.

Why it matters: house style spells each name one way, so that readers, search and
the quiz generator see one person, not two. Sources transliterate Arabic and
Turkish names in several ways; the register records which ones were seen, and the
statement, which is the newsroom's own text, uses the house spelling.

Example that fails:

```yaml
claims:
  - id: murhef-abu-qasra-syrian-defence-minister
    statement: Murhaf Abu Qasra is Syria's defence minister.
    verdict: supported
```

Fix: use the house spelling; the fix suggestion (safe, applied by `factcheck fix`)
replaces the name: "Murhaf Abu Qasra" → "Murhef Abu Qasra".
"""

from __future__ import annotations

from typing import Iterator

from ..diagnostics import Diagnostic, Fix, Severity
from ._base import Context
from ._names import at_sentence_start, statement_names

__all__ = ["CODE", "NAME", "SCOPE", "SEVERITY", "check"]

CODE = "FC401"
NAME = "non-house-spelling"
SEVERITY = Severity.warning
SCOPE = "file"

def _only_initial_capital(surface: str, form: str) -> bool:
    return len(surface) == len(form) and surface[1:] == form[1:] and surface[:1].lower() == form[:1].lower()


def check(ctx: Context) -> Iterator[Diagnostic]:
    entities = ctx.entities
    for claim in ctx.corpus.claims:
        text = claim.statement
        for name in statement_names(ctx, claim):
            entity = entities.get(name.entity_id)
            if entity is None or name.form_kind == "alias":
                continue  # aliases: FC403
            if name.kind in ("house", "short"):
                continue
            if name.kind == "folded" and name.form_kind in ("house", "short"):
                if name.surface == name.form:
                    continue
                if _only_initial_capital(name.surface, name.form) and at_sentence_start(text, name.start):
                    continue
                replacement = name.form
                what = "house spelling" if name.form_kind == "house" else "registered short form"
                message = (f"{name.surface!r} is spelled differently from {name.form!r}, the {what} "
                           f"of {entity.name} ({entity.id})")
            else:
                replacement = entity.name
                kind = name.form_kind if name.kind == "folded" else name.kind
                message = (f"{name.surface!r} is a registered {kind} of {entity.name} ({entity.id}), "
                           "not the house spelling")
            yield ctx.finding(
                CODE, message, claim=claim, path=("statement",),
                fix=Fix(f"replace {name.surface!r} with {replacement!r}", name.surface, replacement,
                        safe=True),
                span=[name.start, name.end], entity=entity.id,
            )
