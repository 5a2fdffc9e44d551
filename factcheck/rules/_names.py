"""What the name rules (FC401–FC405) share: the registered names in a statement and the
probable misspellings of registered names, each computed once per statement text and check.

The rules read them here (none imports another rule's module); the name index itself is
the corpus's one :class:`~factcheck.normalize.names.NameIndex` (``ctx.name_index``).

Layer: rules (held by ``tests/project/test_layers.py``): may import ``factcheck.rules``
itself, the loader, the normalisers, the data modules and the types; never checking, an
output wing, authoring or the cli.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import astuple, dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from rapidfuzz import fuzz

from ..models import EntityKind
from ..normalize.names import FUZZY_MIN_LENGTH, name_key
from ._base import Context

if TYPE_CHECKING:
    from ..models import Claim
    from ..normalize.names import NameMatch

__all__ = ["NearKeys", "NearName", "StatementName", "at_sentence_start", "lower_case_words", "near_candidates", "near_names",
           "near_keys", "near_of", "settle_near", "statement_names"]

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
    kind: str = "fuzzy"  # how it matched: "fuzzy" (a near miss) or "translit" (another transliteration)


def _ordinary_words(ctx: Context) -> frozenset[str]:
    """Words written in lower case somewhere in the seeds or statements (computed once)."""
    cached = ctx.__dict__.get("_fc402_words")
    if cached is None:
        words: set[str] = set()
        texts = [seed.text for seed in ctx.corpus.seeds.values()]
        known = ctx.__dict__.get("_fc402_statement_words")  # gathered per file by factcheck._units
        if known is None:
            texts += [claim.statement for claim in ctx.corpus.claims]
        else:
            words.update(known)
        for text in texts:
            words.update(lower_case_words(text))
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


def near_candidates(ctx: Context, claim: "Claim") -> tuple[tuple[NearName, ...], tuple[NearName, ...]]:
    """(near misses before the ordinary-word filter, glued-"s" names) of ``claim.statement``.

    Both depend on the statement and the entity register only (cached per statement text),
    so :mod:`factcheck._units` computes them with a claim file and carries them to the
    cross-claim run, where :func:`near_names` applies the corpus-wide filter.
    """
    cache: dict[str, tuple] = ctx.__dict__.setdefault("_fc402_candidates", {})
    text = claim.statement
    hit = cache.get(text)
    if hit is None:
        misses = (ctx.name_index.near_misses(text, known=statement_names(ctx, claim))
                  if _may_hold_a_near_miss(ctx, claim) else [])
        hit = cache[text] = (
            tuple(NearName(n.start, n.end, n.surface, n.suggestion.entity_id, n.suggestion.matched_form,
                           n.suggestion.form_kind, n.suggestion.score, n.suggestion.kind) for n in misses),
            tuple(_glued_s(ctx, text)))
    return hit


def lower_case_words(text: str) -> set[str]:
    """The words written in lower case in ``text`` (what the ordinary-word list is made of)."""
    return set(filter(str.islower, _WORD.findall(text)))


def near_names(ctx: Context, claim: "Claim") -> list[NearName]:
    """Probable misspellings of registered names in ``claim.statement``, in order (cached
    per statement text: they depend on nothing else in a check)."""
    cache: dict[str, list[NearName]] = ctx.__dict__.setdefault("_fc402_near", {})
    text = claim.statement
    hit = cache.get(text)
    if hit is not None:
        return hit
    found = cache[text] = settle_near(ctx, *near_candidates(ctx, claim))
    return found


def settle_near(ctx: Context, misses: tuple[NearName, ...], glued: tuple[NearName, ...]) -> list[NearName]:
    """The probable misspellings among a statement's candidates (:func:`near_candidates`):
    the near misses that differ from the registered form by more than ordinary words (the
    corpus-wide filter), then the glued-"s" names they do not overlap, in order."""
    found: list[NearName] = []
    if misses:  # the corpus-wide word list is built only when there is something to filter
        ordinary = _ordinary_words(ctx)
        found = [n for n in misses if not _only_ordinary_words_differ(n.surface, n.form, ordinary)]
    taken = [(n.start, n.end) for n in found]
    found += [g for g in glued if all(g.end <= s or e <= g.start for s, e in taken)]
    found.sort(key=lambda n: (n.start, n.end))
    return found


#: a statement's near-name candidates (:func:`near_candidates`), each as a plain tuple
NearKeys = tuple[tuple[tuple, ...], tuple[tuple, ...]]


def near_keys(ctx: Context, claim: Claim) -> NearKeys | None:
    """The claim's near-name candidates as plain data (None: there are none)."""
    misses, glued = near_candidates(ctx, claim)
    if not misses and not glued:
        return None
    return tuple(astuple(n) for n in misses), tuple(astuple(n) for n in glued)


def near_of(ctx: Context, keys: NearKeys | None) -> list[NearName]:
    """The probable misspellings among candidates kept by :func:`near_keys`."""
    if keys is None:
        return []
    misses, glued = keys
    return settle_near(ctx, tuple(NearName(*n) for n in misses), tuple(NearName(*n) for n in glued))
