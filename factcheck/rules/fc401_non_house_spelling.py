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

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Iterator

from ..diagnostics import Diagnostic, Fix, Severity
from ._base import Context

if TYPE_CHECKING:
    from ..models import Claim
    from ..normalize.names import NameMatch

__all__ = ["CODE", "NAME", "SEVERITY", "StatementName", "at_sentence_start", "check",
           "statement_names"]

CODE = "FC401"
NAME = "non-house-spelling"
SEVERITY = Severity.warning

# characters that the name key drops (periods, apostrophes): a mention found by the
# name index may end with them ("Iran." at the end of a sentence) — trimmed here
_DROPPED = ".'`\u02bc\u02bb\u02be\u02bf\u2019"
_SENTENCE_END = re.compile(r"(?:^|[.!?:;]\s*[\"'“‘(]*|[\"“‘(]\s*)$")


@dataclass(frozen=True)
class StatementName:
    """A registered name in a statement: [start, end) offsets, the text, and the match.

    ``kind`` is how the text matched: ``house``, ``variant``, ``alias``, ``short``,
    ``misspelling`` (exactly as registered) or ``folded`` (equal only after folding
    case, diacritics, hyphens or the article); ``form_kind`` is the kind of the
    registered spelling it matched. ``others`` are other entities registered with the same
    spelling (an ambiguous short form).
    """

    start: int
    end: int
    surface: str
    entity_id: str
    kind: str
    form: str
    form_kind: str
    others: tuple[str, ...] = ()


def _exact(ctx: Context, surface: str, entity_id: str) -> "NameMatch | None":
    match: NameMatch | None = ctx.name_index.match(surface)
    if match is not None and match.entity_id == entity_id and match.kind not in ("folded", "fuzzy"):
        return match
    return None


def _normalised(ctx: Context, text: str, start: int, end: int, match: "NameMatch") -> StatementName:
    """The mention with trailing dropped characters ("Iran." → "Iran") trimmed off.

    Works around the name index reporting a sentence's final period (or an apostrophe)
    as part of the name, which would make every name at the end of a sentence a
    ``folded`` match. A trimmed surface that is exactly a registered spelling keeps the
    registered kind; "U.S." (registered with its periods) stays whole.
    """
    surface = text[start:end]
    if match.kind == "folded" and surface and surface[-1] in _DROPPED:
        trimmed_end = end
        while trimmed_end > start and text[trimmed_end - 1] in _DROPPED:
            trimmed_end -= 1
            exact = _exact(ctx, text[start:trimmed_end], match.entity_id)
            if exact is not None:
                return StatementName(start, trimmed_end, text[start:trimmed_end], exact.entity_id,
                                     exact.kind, exact.matched_form, exact.form_kind, exact.others)
        if _exact(ctx, surface, match.entity_id) is None:
            end = trimmed_end
            surface = text[start:end]
    return StatementName(start, end, surface, match.entity_id, match.kind, match.matched_form,
                         match.form_kind, match.others)


def statement_names(ctx: Context, claim: "Claim") -> list[StatementName]:
    """The registered names in ``claim.statement``, computed once per statement text and check
    (YAML aliases can repeat one long statement in a thousand claims)."""
    cache: dict[str, list[StatementName]] = ctx.__dict__.setdefault("_fc4_names", {})
    text = claim.statement
    names = cache.get(text)
    if names is None:
        names = [_normalised(ctx, text, m.start, m.end, m.match) for m in ctx.name_index.find_mentions(text)]
        cache[text] = names
    return names


def at_sentence_start(text: str, offset: int) -> bool:
    """True when ``offset`` starts a sentence: text start, or after . ! ? : ; (and quotes)."""
    return bool(_SENTENCE_END.search(text[:offset]))


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
