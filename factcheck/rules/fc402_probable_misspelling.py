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

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Iterator

from rapidfuzz import fuzz

from ..diagnostics import Diagnostic, Fix, Severity
from ..models import EntityKind
from ..normalize.names import FUZZY_MIN_LENGTH, name_key
from ._base import Context
from .fc401_non_house_spelling import statement_names

if TYPE_CHECKING:
    from ..models import Claim

__all__ = ["CODE", "NAME", "SEVERITY", "NearName", "check", "near_names"]

CODE = "FC402"
NAME = "probable-misspelling"
SEVERITY = Severity.warning

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_SPLIT = re.compile(r"[\s\-‐‑–]+")
#: a word for the near-miss shortcut: letters, digits, apostrophes and hyphens inside
_TOKEN = re.compile(r"\w+(?:[-'’‐‑]\w+)*")
#: a capitalised word ending in a plain "s" (not "'s"): "Gulers"
_GLUED_S = re.compile(r"(?<![\w'’])[A-Z][^\W\d_]*[^\W\d_'’s]s(?![\w'’])")


@dataclass(frozen=True)
class NearName:
    """An unregistered name in a statement and the registered spelling it is close to."""

    start: int
    end: int
    surface: str
    entity_id: str
    form: str
    form_kind: str
    score: float


def _ordinary_words(ctx: Context) -> frozenset[str]:
    """Words written in lower case somewhere in the seeds or statements (computed once)."""
    cached = ctx.__dict__.get("_fc402_words")
    if cached is None:
        words: set[str] = set()
        texts = [seed.text for seed in ctx.corpus.seeds.values()]
        texts += [claim.statement for claim in ctx.corpus.claims]
        for text in texts:
            words.update(filter(str.islower, _WORD.findall(text)))
        cached = ctx.__dict__["_fc402_words"] = frozenset(words)
    return cached


def _only_ordinary_words_differ(surface: str, form: str, ordinary: frozenset[str]) -> bool:
    mine, theirs = name_key(surface).split(" "), name_key(form).split(" ")
    if len(mine) != len(theirs):
        return False
    differing = [a for a, b in zip(mine, theirs) if a != b]
    return bool(differing) and all(w in ordinary for w in differing)


@lru_cache(maxsize=65536)
def _plain(word: str) -> str:
    """Case-folded, without combining accents ("Güler" → "guler"): cheap, for a pre-filter."""
    return "".join(c for c in unicodedata.normalize("NFKD", word.casefold()) if not unicodedata.combining(c))


def _person_last_words(ctx: Context) -> frozenset[str]:
    """Last words of multi-word person names, plain (computed once): the only words whose
    glued-on "s" is worth a second look."""
    cached = ctx.__dict__.get("_fc402_last_words")
    if cached is None:
        words = set()
        for entity in ctx.corpus.entities:
            if entity.kind is EntityKind.person:
                for form in (entity.name, *entity.variants, *entity.aliases, *entity.short,
                             *entity.misspellings):
                    parts = _SPLIT.split(form.strip())
                    if len(parts) > 1:
                        words.add(_plain(parts[-1]))
        cached = ctx.__dict__["_fc402_last_words"] = frozenset(words)
    return cached


def _glued_s(ctx: Context, text: str) -> list[NearName]:
    """Multi-word person names followed by a glued-on "s" ("Yasar Gulers")."""
    last_words = _person_last_words(ctx)
    ends = {m.end() - 1 for m in _GLUED_S.finditer(text) if _plain(m.group()[:-1]) in last_words}
    if not ends:
        return []
    masked = "".join(" " if i in ends else c for i, c in enumerate(text))
    entities = ctx.entities
    out = []
    for m in ctx.name_index.find_mentions(masked):
        entity = entities.get(m.match.entity_id)
        end = len(masked[: m.end].rstrip())
        if (end in ends and entity is not None and entity.kind is EntityKind.person
                and " " in name_key(m.match.matched_form)):
            surface = text[m.start : end + 1]
            score = round(fuzz.ratio(name_key(surface), name_key(m.match.matched_form)), 2)
            out.append(NearName(m.start, end + 1, surface, entity.id, m.match.matched_form,
                                m.match.form_kind, score))
    return out


def _may_hold_a_near_miss(ctx: Context, claim: "Claim") -> bool:
    """False when the statement cannot hold a near miss, so the fuzzy scan can be skipped.

    The name index only looks for near misses in runs of capitalised words outside the
    registered names it found; a run needs a capitalised word at each end and a key of
    at least ``FUZZY_MIN_LENGTH`` characters. So a statement whose capitalised words are
    all inside registered names, apart from at most one short word (the "The" that
    starts a sentence), has none. Tokens are cut generously (any word with a capital
    letter counts), so the shortcut never hides a near miss.
    """
    text = claim.statement
    names = statement_names(ctx, claim)
    if names:  # blank the registered names out (a token cut in two only counts more)
        pieces, pos = [], 0
        for n in names:
            pieces.append(text[pos:n.start])
            pieces.append(" " * (n.end - n.start))
            pos = n.end
        pieces.append(text[pos:])
        text = "".join(pieces)
    outside = [w for w in _TOKEN.findall(text) if not w.islower()]
    return len(outside) > 1 or any(len(w) >= FUZZY_MIN_LENGTH for w in outside)


def near_names(ctx: Context, claim: "Claim") -> list[NearName]:
    """Probable misspellings of registered names in ``claim.statement``, in order (cached
    per statement text: they depend on nothing else)."""
    cache: dict[str, list[NearName]] = ctx.__dict__.setdefault("_fc402_near", {})
    text = claim.statement
    hit = cache.get(text)
    if hit is not None:
        return hit
    found: list[NearName] = []
    misses = (ctx.name_index.near_misses(text, known=statement_names(ctx, claim))
              if _may_hold_a_near_miss(ctx, claim) else [])
    if misses:  # the corpus-wide word list is built only when there is something to filter
        ordinary = _ordinary_words(ctx)
        found = [NearName(n.start, n.end, n.surface, n.suggestion.entity_id,
                          n.suggestion.matched_form, n.suggestion.form_kind, n.suggestion.score)
                 for n in misses
                 if not _only_ordinary_words_differ(n.surface, n.suggestion.matched_form, ordinary)]
    taken = [(n.start, n.end) for n in found]
    found += [g for g in _glued_s(ctx, text) if all(g.end <= s or e <= g.start for s, e in taken)]
    found.sort(key=lambda n: (n.start, n.end))
    cache[text] = found
    return found


def check(ctx: Context) -> Iterator[Diagnostic]:
    entities = ctx.entities
    for claim in ctx.corpus.claims:
        for near in near_names(ctx, claim):
            entity = entities.get(near.entity_id)
            if entity is None:
                continue
            suggestion = near.form if near.form_kind in ("house", "short") else entity.name
            kind = entity.kind.value
            yield ctx.finding(
                CODE,
                f"unknown name {near.surface!r} is close to {suggestion!r}, the house spelling "
                f"of {entity.name} ({entity.id}, a {kind})",
                claim=claim, path=("statement",),
                fix=Fix(f"did you mean {suggestion!r}?", near.surface, suggestion, safe=False),
                span=[near.start, near.end], entity=entity.id, suggestion=suggestion,
            )
