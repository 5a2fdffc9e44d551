"""Check a draft article (plain text) against the fact base: ``factcheck lint-text``.

What it reports, each with the line and column in the draft: names (LT101 variant, LT102
alias, LT103 misspelling, LT104 near miss), dates (LT201 contradicts a claim, LT202
weekday contradicts a claim, LT203 the draft's own date and weekday disagree, LT204
repeats a refuted claim) and numbers (LT301 contradicts a claim, LT302 repeats a refuted
claim). Each code is documented like the FC rules (``factcheck rule LT101``,
``docs/rules.md``); names, severities and documentation live in
:mod:`factcheck._lint_text_codes`.

How a date or number in the draft is linked to a claim (kept simple on purpose, so a
draft that agrees with the fact base gets no finding):

1. The draft is split into sentences (:func:`factcheck.normalize.text.split_sentences`).
2. Only typed facts with a ``subject`` and a ``property`` of ``supported`` and
   ``refuted`` claims take part. A fact is *in scope* of a date or number in the draft
   when the registered name nearest before it in the same sentence (or, when none
   precedes it, nearest after it) is the fact's subject or an entity its claim names
   in an entity fact: in "Under the MoU, Turkey will get three bases in Syria" the
   number belongs with Turkey, not Syria.
3. A **date** fact is linked through its property's words: ``signed-on`` gives the cue
   ``signed`` (compared by a crude stem, so "signing" and "signs" count; only
   lower-case words of the draft are cues, so "Syria" in ``exports-to-syria-period``
   is not). When the subject is an event, the first lower-case word of its name is a
   cue too: "ousted" links to ``occurred-in`` of "ousting of Bashar al-Assad". Every cue in
   the sentence picks the *nearest* date expression in the same sentence, at most
   60 characters away; a date is checked against the facts whose cues picked it.
4. A **number** fact is linked through its unit: the unit the numbers normaliser reads
   for the expression (the head noun after it: "20,000 troops in Syria" → ``troops``;
   "38%" → ``percent``) must be the fact's unit; when it reads none, one of the next
   three words must be.
5. A draft value *agrees* when it overlaps one of its linked supported facts (a month
   agrees with a day in it; "more than 20,000" agrees with "21,000"). It is reported
   when it overlaps none of them (LT201, LT301). When no supported fact is linked but
   the value lies within a refuted fact, it is reported as repeating that claim
   (LT204, LT302).
6. Relative dates ("on Tuesday", "last year") are resolved only with a reference date
   (``--date``, the draft's publication date); without it they are not checked, except
   that a weekday *name* linked to a day-precision fact is compared with that day's
   weekday (LT202): Wednesday 13 August 2025 is a Wednesday in every week.

Inside a direct quotation ("…" or “…”) a name is the speaker's words: a variant, alias
or misspelling there is reported at severity ``info``, without a fix, and near misses
are not reported. The exit code of ``factcheck lint-text`` is 1 only for warnings and
errors.

Names are found with :class:`factcheck.normalize.names.NameIndex` (one pass over the
text with a multi-pattern matcher), dates with :func:`~factcheck.normalize.dates.find_dates`
and numbers with :func:`~factcheck.normalize.numbers.find_numbers`. The linking above is
hand-written: no library links running news text to a typed fact base, and the rules
have to be few and readable for a desk to trust (and predict) what is reported. For
many drafts against one fact base, build one :class:`Linter`.

Layer: output wing (held by ``tests/project/test_layers.py``): may import checking and
everything below; never another output wing (reporters, fix, lint_text, export, quiz),
authoring or the cli.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import Iterable

from ._gc import collector_paused
from ._lint_text_codes import CODES
from .corpus import Corpus
from .diagnostics import Diagnostic, Fix, Severity
from .facts import date_span, describe_number, number_interval
from .models import (
    Claim,
    DateFact,
    DatePrecision,
    Entity,
    EntityFact,
    EntityKind,
    NumberFact,
    Verdict,
)
from .normalize.numbers import unit_key
from .normalize.text import split_sentences

__all__ = ["CODES", "LintResult", "Linter", "lint_text"]

_CUE_WINDOW = 60  # characters between a property cue and the date it picks
_UNIT_WORDS = 3  # words after a number in which its unit must appear
_STOP = frozenset("on in at of to for by from the a an and date day year month as with into".split())
_QUOTATION = re.compile(r"“[^”\n]*”|\"[^\"\n]*\"")
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


@dataclass
class LintResult:
    """Findings on one draft, in line/column order, and what was looked at."""

    file: str
    diagnostics: list[Diagnostic]
    names: int = 0
    dates: int = 0
    numbers: int = 0
    sentences: int = 0
    linked: int = 0  #: dates and numbers linked to at least one fact (so compared)

    def to_dict(self) -> dict:
        return {
            "file": self.file,
            "summary": {"sentences": self.sentences, "names": self.names, "dates": self.dates,
                        "numbers": self.numbers, "linked": self.linked,
                        "findings": len(self.diagnostics)},
            "diagnostics": [d.to_dict() for d in self.diagnostics],
        }

    def render_text(self) -> str:
        lines = []
        for d in self.diagnostics:
            lines.append(f"{d.location()}: {d.code} {d.message}")
            if d.fix is not None:
                lines.append(f"    fix: {d.fix.description}")
        counts = ", ".join(_plural(n, word) for n, word in (
            (self.sentences, "sentence"), (self.names, "name"), (self.dates, "date"), (self.numbers, "number")))
        lines.append(f"{self.file}: {counts} checked: {_plural(len(self.diagnostics), 'finding')}")
        return "\n".join(lines) + "\n"


# --------------------------------------------------------------------------- helpers


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


@lru_cache(maxsize=8192)
def _stem(word: str) -> str:
    """A crude English stem: enough to tell "signed", "signing" and "signs" are one word.
    Cached: a draft repeats its words, and drafts share most of them."""
    w = word.lower().replace("’", "'")
    for suffix in ("ing", "ed", "es", "s"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            w = w[: -len(suffix)]
            break
    return w.rstrip("e")


def _cues(prop: str) -> set[str]:
    return {_stem(w) for w in prop.split("-") if w not in _STOP and len(w) > 2}


@dataclass(frozen=True)
class _Fact:
    claim: Claim
    fact: DateFact | NumberFact
    index: int
    entities: frozenset[str]
    supported: bool


@dataclass
class _FactBase:
    dates: list[_Fact] = field(default_factory=list)
    numbers: list[_Fact] = field(default_factory=list)
    cues: dict[str, list[_Fact]] = field(default_factory=dict)  # stem -> date facts
    units: dict[str, list[_Fact]] = field(default_factory=dict)  # unit stem -> number facts
    #: stem -> entity id -> positions in cues[stem] of the facts that name the entity
    cue_entities: dict[str, dict[str, list[int]]] = field(default_factory=dict)
    #: unit -> entity id -> positions in units[unit] of the facts that name the entity
    unit_entities: dict[str, dict[str, list[int]]] = field(default_factory=dict)


def _by_entity(table: dict[str, list[_Fact]]) -> dict[str, dict[str, list[int]]]:
    index: dict[str, dict[str, list[int]]] = {}
    for key, facts in table.items():
        entities: dict[str, list[int]] = {}
        for position, f in enumerate(facts):
            for entity in f.entities:
                entities.setdefault(entity, []).append(position)
        index[key] = entities
    return index


def _in_scope(facts: list[_Fact], by_entity: dict[str, list[int]], scope: set[str]) -> list[_Fact]:
    """The facts of ``facts`` that name an entity of ``scope``, in list order: what
    ``[f for f in facts if f.entities & scope]`` gives, without looking at the others."""
    if len(scope) == 1:
        (entity,) = scope
        return [facts[i] for i in by_entity.get(entity, ())]
    positions: set[int] = set()
    for entity in scope:
        positions.update(by_entity.get(entity, ()))
    return [facts[i] for i in sorted(positions)]


def _event_cue(entity: Entity | None) -> str | None:
    """The first lower-case content word of an event's name: "ousting" of "ousting of
    Bashar al-Assad", "clashes" of "clashes between the SDF and …", "crisis" of "Sweida
    crisis". Only events: their names say what happened, other names say who."""
    if entity is None or entity.kind is not EntityKind.event:
        return None
    for word in _WORD.findall(entity.name):
        if word.islower() and len(word) > 3 and word not in _STOP:
            return _stem(word)
    return None


def _fact_base(claims: Iterable[Claim], entities: dict[str, Entity]) -> _FactBase:
    base = _FactBase()
    for claim in claims:
        if claim.verdict not in (Verdict.supported, Verdict.refuted):
            continue
        named = {f.entity for f in claim.facts if isinstance(f, EntityFact)}
        named |= {f.subject for f in claim.facts if f.subject}
        for i, fact in enumerate(claim.facts):
            if not fact.subject or not fact.property:
                continue
            if isinstance(fact, DateFact):
                item = _Fact(claim, fact, i, frozenset(named), claim.verdict is Verdict.supported)
                base.dates.append(item)
                cues = _cues(fact.property)
                event = _event_cue(entities.get(fact.subject))
                if event:
                    cues.add(event)
                for cue in sorted(cues):
                    base.cues.setdefault(cue, []).append(item)
            elif isinstance(fact, NumberFact):
                item = _Fact(claim, fact, i, frozenset(named), claim.verdict is Verdict.supported)
                base.numbers.append(item)
                base.units.setdefault(unit_key(fact.unit), []).append(item)
    base.cue_entities = _by_entity(base.cues)
    base.unit_entities = _by_entity(base.units)
    return base


def _show_date(fact: DateFact) -> str:
    if fact.precision is DatePrecision.day:
        return f"{fact.value}, a {_WEEKDAYS[date_span(fact)[0].weekday()]}"
    return fact.value


# --------------------------------------------------------------------------- the linter


class _Draft:
    def __init__(self, text: str, file: str) -> None:
        self.text = text
        self.file = file
        self.quotations: list[tuple[int, int]] | None = None
        self.quotation_starts: list[int] = []
        self.line_starts = [0] + [m.end() for m in re.finditer("\n", text)]

    def position(self, offset: int) -> tuple[int, int]:
        line = bisect.bisect_right(self.line_starts, offset)
        return line, offset - self.line_starts[line - 1] + 1

    def finding(self, code: str, message: str, start: int, *, claim: Claim | None = None,
                fix: Fix | None = None, severity: Severity | None = None, **extra: object) -> Diagnostic:
        name, default = CODES[code]
        line, column = self.position(start)
        return Diagnostic(code, name, severity or default, message, self.file, line, column,
                          claim.id if claim else None, fix, dict(extra))

    def in_quotation(self, start: int, end: int) -> bool:
        """Is [start, end) inside a direct quotation (“…” or "…" within a paragraph)?"""
        if self.quotations is None:
            self.quotations = [m.span() for m in _QUOTATION.finditer(self.text)]
            self.quotation_starts = [q[0] for q in self.quotations]
        i = bisect.bisect_right(self.quotation_starts, start) - 1
        return i >= 0 and end <= self.quotations[i][1]


#: "Turkish Defence Minister" is not a misspelling of "Turkish Defence Ministry".
_OFFICE_WORDS = frozenset("minister ministry ministers ministries president presidency presidents "
                          "governor government governments council councillor ambassador embassy".split())


def _office_words_only(surface: str, form: str) -> bool:
    """True when two names differ only in words such as Minister/Ministry."""
    a, b = surface.lower().split(), form.lower().split()
    if len(a) != len(b):
        return False
    pairs = [(x, y) for x, y in zip(a, b) if x != y]
    return bool(pairs) and all(x in _OFFICE_WORDS and y in _OFFICE_WORDS for x, y in pairs)


_NAME_CODES = {"variant": "LT101", "alias": "LT102", "misspelling": "LT103"}


def _name_findings(draft: _Draft, index, entities: dict) -> tuple[list[Diagnostic], list]:
    """Findings on names, and the mentions (for linking facts to sentences).

    A mention matched only after folding (``Abu-Qasra``, ``Yasar Guler`` when that
    spelling is not registered) is reported like the form it folds to, or as LT101 when
    that form is the house spelling itself; a difference in letter case or typography
    alone (``AL-SHARAA`` in a headline, ``Workers’`` for ``Workers'``) is not reported.
    """
    from .normalize.text import fold_typography

    found: list[Diagnostic] = []
    mentions = index.find_mentions(draft.text)
    for m in mentions:
        match = m.match
        entity = entities.get(match.entity_id)
        if entity is None:
            continue
        house = entity.name
        surface, kind = m.surface, match.kind
        # workaround: the name key drops periods, so a name that ends a sentence comes
        # back with the full stop ("Ankara."); trim it and classify again
        while surface.endswith(".") and not match.matched_form.endswith("."):
            surface = surface[:-1]
        if kind == "folded" and surface == match.matched_form:
            kind = match.form_kind
        if kind == "folded":
            if fold_typography(surface).casefold() == fold_typography(match.matched_form).casefold():
                continue  # only case or typography differ (a headline, a curly apostrophe)
            code = _NAME_CODES.get(match.form_kind, "LT101")
        else:
            code = _NAME_CODES.get(kind)
        if code is None:
            continue
        fix = Fix(f"write {house!r}", surface, house, safe=code != "LT102")
        if code == "LT101":
            message = f"{surface!r} is not the house spelling of {house!r} ({match.entity_id})"
        elif code == "LT102":
            message = (f"{surface!r} is another name of {house!r} ({match.entity_id}); "
                       "house style uses the register name")
        else:
            message = f"{surface!r} is a known misspelling of {house!r} ({match.entity_id})"
        if draft.in_quotation(m.start, m.start + len(surface)):
            found.append(draft.finding(code, message + "; inside a quotation, keep the speaker's words",
                                       m.start, severity=Severity.info, entity=match.entity_id,
                                       surface=surface))
            continue
        found.append(draft.finding(code, message, m.start, fix=fix, entity=match.entity_id, surface=surface))
    for miss in index.near_misses(draft.text, known=mentions):
        s = miss.suggestion
        if _office_words_only(miss.surface, s.matched_form):
            continue
        if draft.in_quotation(miss.start, miss.end):
            continue  # a near miss inside a quotation is the speaker's (or the transcriber's)
        entity = entities.get(s.entity_id)
        house = entity.name if entity is not None and s.form_kind != "family" else s.matched_form
        if s.kind == "translit":
            what = f"another transliteration of {s.matched_form!r}"
            if s.form_kind == "family" and entity is not None:
                what += f", the family name of {entity.name!r}"
            elif s.matched_form != house:
                what += f", registered for {house!r}"
        else:
            what = f"{s.score:.0f}% similar to {s.matched_form!r}"
        found.append(draft.finding(
            "LT104", f"{miss.surface!r} is not a registered name; did you mean {house!r} "
                     f"({s.entity_id}, {what})?",
            miss.start, fix=Fix(f"write {house!r} if that is who is meant", miss.surface, house),
            entity=s.entity_id, surface=miss.surface))
    return found, mentions


class Linter:
    """Lints drafts against one fact base; builds the name index and fact table once.

    ``Linter(corpus).lint(text, reference=date(2025, 8, 20), file="draft.txt")``. Use one
    linter for many drafts: with a large register, building the index is the main cost.
    """

    def __init__(self, corpus: Corpus, *, name_index=None) -> None:
        if name_index is None:
            from .normalize.names import NameIndex

            name_index = NameIndex.of(corpus)
        self.corpus = corpus
        self.name_index = name_index
        with collector_paused():
            self.entities = corpus.entity_index
            self.base = _fact_base(corpus.claims, self.entities)

    def lint(self, text: str, *, reference: date | None = None, file: str = "<draft>") -> LintResult:
        """Check the draft ``text``; ``reference`` is its publication date (relative dates)."""
        with collector_paused():
            return self._lint(text, reference, file)

    def _lint(self, text: str, reference: date | None, file: str) -> LintResult:
        from .normalize.dates import find_dates, weekday_mismatch
        from .normalize.numbers import find_numbers

        base = self.base
        draft = _Draft(text, file)
        found, mentions = _name_findings(draft, self.name_index, self.entities)
        sentences = split_sentences(text)
        starts = [s for s, _ in sentences]

        def sentence_of(offset: int) -> int:
            return max(0, bisect.bisect_right(starts, offset) - 1)

        named: dict[int, list[tuple[int, int, str]]] = {}
        for m in mentions:
            named.setdefault(sentence_of(m.start), []).append((m.start, m.end, m.match.entity_id))

        dates = find_dates(text, reference)
        numbers = find_numbers(text) if base.numbers else []
        linked = [0]
        if base.dates:
            found += _check_dates(draft, dates, sentences, sentence_of, named, base, reference, linked)
        for d in dates:
            problem = weekday_mismatch(d.result)
            if problem:
                found.append(draft.finding("LT203", problem, d.start, expression=d.text))
        if base.numbers:
            found += _check_numbers(draft, numbers, sentence_of, named, base, linked)
        found.sort(key=Diagnostic.sort_key)
        return LintResult(file, found, len(mentions), len(dates), len(numbers), len(sentences), linked[0])


def lint_text(text: str, corpus: Corpus, *, reference: date | None = None, file: str = "<draft>",
              name_index=None) -> LintResult:
    """Check the draft ``text`` against the claims and entities of ``corpus``.

    ``reference`` is the draft's publication date, for relative dates; ``name_index`` a
    prebuilt :class:`~factcheck.normalize.names.NameIndex` of the corpus entities (built
    here when None). To lint many drafts, build one :class:`Linter` and call ``lint``.
    """
    return Linter(corpus, name_index=name_index).lint(text, reference=reference, file=file)


def _nearest(named: list[tuple[int, int, str]], start: int, end: int) -> set[str]:
    """Entity ids of the mention nearest before [start, end) in the same sentence, or
    (when no name precedes it) of the nearest one after it."""
    before = [m for m in named if m[1] <= start]
    if before:
        last = max(m[1] for m in before)
        return {m[2] for m in before if m[1] == last}
    after = [m for m in named if m[0] >= end]
    if after:
        first = min(m[0] for m in after)
        return {m[2] for m in after if m[0] == first}
    return {m[2] for m in named}


def _check_dates(draft: _Draft, dates: list, sentences: list[tuple[int, int]], sentence_of,
                 named: dict[int, list[tuple[int, int, str]]], base: _FactBase,
                 reference: date | None, linked: list[int]) -> list[Diagnostic]:
    text = draft.text
    by_sentence: dict[int, list] = {}
    for d in dates:
        by_sentence.setdefault(sentence_of(d.start), []).append(d)
    out: list[Diagnostic] = []
    for si, in_sentence in by_sentence.items():
        in_named = named.get(si)
        if not in_named:
            continue
        s, e = sentences[si]
        picked: dict[int, list[_Fact]] = {}  # index in in_sentence -> facts
        for w in _WORD.finditer(text, s, e):
            if not w.group().islower():  # cues are verbs and nouns; "Syria" is a name, not a cue
                continue
            cue = _stem(w.group())
            facts = base.cues.get(cue)
            if not facts:
                continue

            def distance(k: int) -> int:
                d = in_sentence[k]
                return max(d.start - w.end(), w.start() - d.end, 0)

            k = min(range(len(in_sentence)), key=lambda k: (distance(k), k))
            if distance(k) > _CUE_WINDOW:
                continue
            scope = _nearest(in_named, in_sentence[k].start, in_sentence[k].end)
            chosen = picked.setdefault(k, [])
            chosen.extend(f for f in _in_scope(facts, base.cue_entities[cue], scope) if f not in chosen)
        for k, facts in sorted(picked.items()):
            if not facts:
                continue
            linked[0] += 1
            finding = _judge_date(draft, in_sentence[k], facts, reference)
            if finding is not None:
                out.append(finding)
    return out


def _judge_date(draft: _Draft, mention, facts: list[_Fact], reference: date | None) -> Diagnostic | None:
    result = mention.result
    supported = [f for f in facts if f.supported]
    refuted = [f for f in facts if not f.supported]
    if not result.ok:
        # unresolved (relative, no reference): only a weekday name can be compared
        if result.weekday is None or result.relative is False or not supported:
            return None
        days = [f for f in supported if f.fact.precision is DatePrecision.day]  # type: ignore[union-attr]
        if not days or any(date_span(f.fact)[0].weekday() == result.weekday for f in days):  # type: ignore[union-attr]
            return None
        f = days[0]
        return draft.finding(
            "LT202", f"{mention.text!r} names a {_WEEKDAYS[result.weekday]}, but claim {f.claim.id} gives "
                     f"{f.fact.property} {_show_date(f.fact)}",  # type: ignore[arg-type]
            mention.start, claim=f.claim, expression=mention.text)
    if result.relative and reference is None:
        return None
    lo, hi = result.start, result.end
    # "on Thursday" in a draft dated Thursday: the normaliser reads the Thursday a week
    # before; news copy often means the same day. Either reading agrees (workaround).
    same_day = (reference is not None and result.relative and result.weekday is not None
                and result.weekday == reference.weekday())

    def agrees(f: _Fact) -> bool:
        a, b = date_span(f.fact)  # type: ignore[arg-type]
        return (lo <= b and a <= hi) or (same_day and a <= reference <= b)  # type: ignore[operator]

    if supported:
        if any(agrees(f) for f in supported):
            return None
        f = supported[0]
        said = f"{mention.text!r} is {result.value}" + (f" (draft dated {reference.isoformat()})"
                                                          if result.relative and reference else "")
        code = "LT201"
        return draft.finding(code, f"{said}, but claim {f.claim.id} gives {f.fact.property} "
                                   f"{_show_date(f.fact)}",  # type: ignore[arg-type]
                             mention.start, claim=f.claim, expression=mention.text,
                             fix=Fix(f"the claim's date is {f.fact.value}"))  # type: ignore[union-attr]
    for f in refuted:
        a, b = date_span(f.fact)  # type: ignore[arg-type]
        if a <= lo and hi <= b:
            return draft.finding(
                "LT204", f"{mention.text!r} ({result.value}) repeats refuted claim {f.claim.id} "
                         f"({f.fact.property} {f.fact.value})",  # type: ignore[union-attr]
                mention.start, claim=f.claim, expression=mention.text)
    return None


def _check_numbers(draft: _Draft, numbers: list, sentence_of,
                   named: dict[int, list[tuple[int, int, str]]], base: _FactBase,
                   linked: list[int]) -> list[Diagnostic]:
    text = draft.text
    out: list[Diagnostic] = []
    for n in numbers:
        r = n.result
        if not r.ok:
            continue
        in_named = named.get(sentence_of(n.start))
        if not in_named:
            continue
        scope = _nearest(in_named, n.start, n.end)
        if r.unit:
            keys = [unit_key(r.unit)]
        else:  # no unit in the expression: the next few words
            keys = [unit_key(w) for w in _WORD.findall(text, n.end, min(len(text), n.end + 60))[:_UNIT_WORDS]]
        facts: list[_Fact] = []
        for key in keys:
            unit_facts = base.units.get(key)
            if not unit_facts:
                continue
            for f in _in_scope(unit_facts, base.unit_entities[key], scope):
                if f not in facts:
                    facts.append(f)
        if not facts:
            continue
        linked[0] += 1
        mine = r.interval
        supported = [f for f in facts if f.supported]
        if supported:
            if any(mine.overlaps(number_interval(f.fact)) for f in supported):  # type: ignore[arg-type]
                continue
            f = supported[0]
            out.append(draft.finding(
                "LT301", f"{n.text!r} disagrees with claim {f.claim.id}: {f.fact.property} is "
                         f"{describe_number(f.fact)}",  # type: ignore[arg-type]
                n.start, claim=f.claim, expression=n.text,
                fix=Fix(f"the claim says {describe_number(f.fact)}")))  # type: ignore[arg-type]
            continue
        for f in facts:
            if mine.within(number_interval(f.fact)):  # type: ignore[arg-type]
                out.append(draft.finding(
                    "LT302", f"{n.text!r} repeats refuted claim {f.claim.id} ({f.fact.property} "
                             f"{describe_number(f.fact)})",  # type: ignore[arg-type]
                    n.start, claim=f.claim, expression=n.text))
                break
    return out
