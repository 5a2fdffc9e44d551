"""A statement names someone the register does not know, one or two letters off a registered name.

What it checks: capitalised names in a claim's `statement` that are not registered
but are close to a registered spelling: "Murhif Abu Qasra" (→ Murhef Abu Qasra),
"Hakan Fidn" (→ Hakan Fidan), "Yasar Gulers" (→ Yasar Güler). The message and the
fix give the suggestion: the house name, or the registered short form when the near
miss is close to one.

Threshold (from `factcheck.normalize.names`): the names are compared by their name
key (case, diacritics, hyphens and the Arabic article folded); a near miss needs a
key of at least 5 characters, a rapidfuzz `fuzz.ratio` of at least 88 against a
registered key at most 2 characters longer or shorter, and a Levenshtein distance of
at most 1 (keys under 8 characters) or 2 (8 or more). So one wrong, missing or extra
letter is caught in a name of about 9 letters, two only in long names, and short
names must match exactly. The normaliser never treats a name that *extends* a
registered one as a near miss ("Syrian" is not a misspelling of "Syria"); this rule
adds one case back: a multi-word person's name with an "s" glued on ("Yasar Gulers",
a possessive without its apostrophe).

Transliterations: a name that the register does not know but that shares a
registered spelling's transliteration key (`factcheck.normalize.names.translit_key`:
article forms, vowel classes, doubled letters, final -h, kh/h, q/k …; the table is
in `docs/house-style.md`) is reported the same way, as "another transliteration":
"Hussein Salameh" and "Hussein al-Salama" (→ Hussein es-Seleme), "as-Suwayda" (→
Sweida), "Murhef Abu Kasra" (→ Murhef Abu Qasra). This is not a wider threshold:
the key must be equal, be at least 5 characters long and keep 3 consonants, so
"Asaad" is not "Assad" and "Hasan" is not "Hussein". A person's family name alone
("Salameh" → es-Seleme) counts only when no other registered person's family name
has the same key and no capitalised given name stands before it ("Hasan Salameh"
is somebody else; a title may: "Chief Salameh").

Not findings: ordinary capitalised words ("Turkey", "The", "Syrian" at the start of
a sentence are either registered or not close to any name), and a near miss that
differs from the registered name only in ordinary words: a word that occurs in lower
case in the seeds or in a statement ("Turkish Defence Minister" is not a misspelling
of "Turkish Defence Ministry"). Quotes are verbatim and exempt.

Why it matters: a name one letter off is the typo readers notice and search engines
miss; it is also how two records about one person come apart.

Example that fails:

```yaml
claims:
  - id: murhef-abu-qasra-syrian-defence-minister
    statement: Murhif Abu Qasra is Syria's defence minister.
    verdict: supported
```

Fix: correct the spelling (the suggestion is given; not applied automatically), or,
if the name is right and new, register the entity or the spelling in
`claims/entities.yaml`.
"""

from __future__ import annotations

from typing import Iterable, Iterator

from ..diagnostics import Diagnostic, Fix, Severity
from ._base import Context
from ._keyed import ClaimTable, run_keyed
from ._names import NearKeys, near_keys, near_of

__all__ = ["CODE", "NAME", "SCOPE", "SEVERITY", "check", "group", "key"]

CODE = "FC402"
NAME = "probable-misspelling"
SEVERITY = Severity.warning
SCOPE = "corpus"


def check(ctx: Context) -> Iterator[Diagnostic]:
    return run_keyed(ctx, key, group)


key = near_keys


def group(ctx: Context, table: ClaimTable, keyed: Iterable[tuple[int, NearKeys]]) -> Iterator[Diagnostic]:
    entities = ctx.entities
    for n, keys in keyed:
        for near in near_of(ctx, keys):
            entity = entities.get(near.entity_id)
            if entity is None:
                continue
            suggestion = near.form if near.form_kind in ("house", "short", "family") else entity.name
            kind = entity.kind.value
            how = "another transliteration of" if near.kind == "translit" else "close to"
            yield ctx.finding(
                CODE,
                f"unknown name {near.surface!r} is {how} {suggestion!r}, the house spelling "
                f"of {entity.name} ({entity.id}, a {kind})",
                claim=table.ref(n), path=("statement",),
                fix=Fix(f"did you mean {suggestion!r}?", near.surface, suggestion, safe=False),
                span=[near.start, near.end], entity=entity.id, suggestion=suggestion,
            )
