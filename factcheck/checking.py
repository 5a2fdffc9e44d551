"""Run the rules over a corpus and collect a :class:`Report`.

Suppressions: a claim's ``suppress: {FC301: "reason"}`` map hides that code's findings
on that claim (matched by file and claim id). Fatal findings and the FC9xx hygiene rules
cannot be suppressed. Whether a suppression still suppresses something is decided by
running the suppressed rule even when it is not selected (its findings are not
reported), so ``--select FC901`` alone gives the same answer as a full run.

Layer: checking, with ``_docs`` beside it (held by ``tests/project/test_layers.py``): may
import the rules and everything below; never ``_docs``, an output wing (reporters, fix,
lint_text, export, quiz), authoring or the cli.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass, field
from itertools import islice
from operator import attrgetter, le
from typing import Any, Callable, Iterable

from .diagnostics import Diagnostic, Severity
from ._gc import collector_paused, existing_frozen
from .errors import UsageError
from .corpus import Corpus
from .rules._base import Context, Rule, Suppressions

__all__ = ["Progress", "QuoteSpan", "Report", "Suppressions", "check", "select_rules"]

#: ``progress(done, total, label)``: called after each rule (see ``factcheck._progress``).
Progress = Callable[[int, int, str], None]


@dataclass(frozen=True, slots=True)
class QuoteSpan:
    """Where a claim's quote was found: seed id and [start, end) character offsets."""

    claim_id: str
    index: int
    seed: str
    start: int
    end: int
    exact: bool

    def __reduce__(self) -> tuple:
        # what pickling a slotted dataclass does by default looks its fields up per object
        # (a second per 100,000 spans, for the cache's whole-report entry)
        return (QuoteSpan, (self.claim_id, self.index, self.seed, self.start, self.end, self.exact))


@dataclass
class Report:
    """The result of a check: diagnostics in file/line order, and what was checked."""

    diagnostics: list[Diagnostic]
    files: list[str]
    claims: int
    entities: int
    seeds: int
    rules: list[str]
    quote_spans: list[QuoteSpan] = field(default_factory=list)
    #: (file, claim id) of every claim that was checked, in load order.
    checked_claims: list[tuple[str, str]] = field(default_factory=list)
    #: Findings hidden by a claim's ``suppress`` map (not in ``diagnostics``).
    suppressed: list[Diagnostic] = field(default_factory=list)
    _span_index: _SpanIndex | None = field(default=None, init=False, repr=False, compare=False)

    def spans_for(self, claim_id: str) -> tuple[QuoteSpan, ...]:
        """The quote spans of the claim ``claim_id``, by quote index (claims that share an
        id, FC006, share their spans). Indexed from ``quote_spans`` on first use."""
        index = self._span_index
        if index is None or index.spans is not self.quote_spans:
            index = self._span_index = _SpanIndex(self.quote_spans)
        return index.of(claim_id)

    @property
    def fatal(self) -> bool:
        """True when some file could not be read: the check is incomplete."""
        return any(d.severity is Severity.fatal for d in self.diagnostics)

    def counts(self) -> Counter:
        return Counter(d.severity.value for d in self.diagnostics)

    def by_code(self) -> Counter:
        return Counter(d.code for d in self.diagnostics)

    def at_least(self, severity: Severity) -> list[Diagnostic]:
        return [d for d in self.diagnostics if d.severity.rank >= severity.rank]

    def failing_claims(self) -> set[str]:
        return {d.claim_id for d in self.diagnostics if d.claim_id and d.severity.rank >= Severity.warning.rank}

    def summary(self) -> str:
        counts = self.counts()
        parts = [_count(counts.get(s.value, 0), s.value)
                 for s in (Severity.fatal, Severity.error, Severity.warning, Severity.info)
                 if counts.get(s.value, 0) or s in (Severity.error, Severity.warning)]
        hidden = f" ({len(self.suppressed)} suppressed)" if self.suppressed else ""
        return (f"checked {_count(self.claims, 'claim')}, {_count(self.entities, 'entity', 'entities')} "
                f"and {_count(self.seeds, 'seed')} in {_count(len(self.files), 'file')}: "
                + ", ".join(parts) + hidden)

    def to_dict(self) -> dict:
        return {
            "summary": {
                "files": len(self.files),
                "claims": self.claims,
                "entities": self.entities,
                "seeds": self.seeds,
                "counts": dict(sorted(self.counts().items())),
                "by_code": dict(sorted(self.by_code().items())),
                "suppressed": len(self.suppressed),
            },
            "diagnostics": [d.to_dict() for d in self.diagnostics],
        }


class _SpanIndex:
    """Quote spans by claim id. When the spans come sorted by claim id (claim files that
    list claims by id, as large generated ones do) a claim's spans are found by bisection;
    otherwise they are grouped by claim in one pass. Each claim's tuple is made once."""

    def __init__(self, spans: list[QuoteSpan]) -> None:
        self.spans = spans
        ids = [s.claim_id for s in spans]
        self._ids: list[str] | None = ids if all(map(le, ids, islice(ids, 1, None))) else None
        self._grouped: dict[str, list[QuoteSpan]] = {}
        if self._ids is None:
            for span in spans:
                self._grouped.setdefault(span.claim_id, []).append(span)
        self._of: dict[str, tuple[QuoteSpan, ...]] = {}

    def of(self, claim_id: str) -> tuple[QuoteSpan, ...]:
        found = self._of.get(claim_id)
        if found is None:
            if self._ids is None:
                run = self._grouped.get(claim_id, [])
            else:
                lo = bisect_left(self._ids, claim_id)
                run = self.spans[lo:bisect_right(self._ids, claim_id, lo)]
            found = self._of[claim_id] = tuple(sorted(run, key=_by_index))  # stable: load order within an index
        return found


_by_index = attrgetter("index")


def _count(n: int, one: str, many: str | None = None) -> str:
    return f"{n} {one if n == 1 else (many or one + 's')}"


def _matches(code: str, selectors: Iterable[str]) -> bool:
    return any(code.startswith(s) for s in selectors)


def select_rules(rules: Iterable[Rule], select: Iterable[str] | None = None,
                 ignore: Iterable[str] | None = None) -> list[Rule]:
    """Rules whose code starts with one of ``select`` (all when None) and none of ``ignore``."""
    rules = list(rules)
    sel = [s.strip().upper() for s in select] if select else None
    ign = [s.strip().upper() for s in ignore] if ignore else []
    known = {r.code for r in rules}
    for s in (sel or []) + ign:
        if not s or not any(code.startswith(s) for code in known):
            raise UsageError(f"unknown rule code or prefix {s!r} (see 'factcheck rules')")
    return [r for r in rules if (sel is None or _matches(r.code, sel)) and not _matches(r.code, ign)]


_UNSUPPRESSIBLE_PREFIX = "FC9"


def _suppressors(corpus: Corpus) -> dict[tuple[str, str], dict[str, Any]]:
    """(file, claim id) -> code -> the first claim there whose ``suppress`` names the code.

    Only claims with a ``suppress`` map are indexed: looking a finding's owner up is one
    dict access, however many claims share a file and id (YAML aliases can make 1,000s).
    """
    out: dict[tuple[str, str], dict[str, Any]] = {}
    for claim in corpus.claims:
        if claim.suppress:
            origin = claim.origin
            codes = out.setdefault((origin.file if origin else "<memory>", claim.id), {})
            for code in claim.suppress:
                codes.setdefault(code, claim)
    return out


def _apply_suppressions(found: list[Diagnostic], corpus: Corpus, sup: Suppressions,
                        reported: set[str]) -> tuple[list[Diagnostic], list[Diagnostic]]:
    """Split findings into (kept, suppressed) and record which suppressions were used."""
    suppressors = _suppressors(corpus)
    kept: list[Diagnostic] = []
    hidden: list[Diagnostic] = []
    for d in found:
        codes = suppressors.get((d.file, d.claim_id)) if d.claim_id else None
        owner = codes.get(d.code) if codes else None
        if owner is None or d.severity is Severity.fatal or d.code.startswith(_UNSUPPRESSIBLE_PREFIX):
            if d.code in reported:
                kept.append(d)
            continue
        sup.used.add((id(owner), d.code))
        if d.code in reported:
            hidden.append(d)
    return kept, hidden


def check(corpus: Corpus, *, select: Iterable[str] | None = None,
          ignore: Iterable[str] | None = None, rules: Iterable[Rule] | None = None,
          progress: Progress | None = None) -> Report:
    """Check a loaded corpus with the registered rules (or ``rules``) and return a report.

    ``progress(done, total, label)`` is called after each rule, for a progress bar.
    """
    from .rules.registry import RULES

    every = tuple(RULES if rules is None else rules)
    chosen = select_rules(every, select, ignore)
    ctx = Context(corpus, {r.code: r for r in every})
    reported = {r.code for r in chosen}
    hygiene = [r for r in chosen if r.code.startswith(_UNSUPPRESSIBLE_PREFIX)]
    first = [r for r in chosen if not r.code.startswith(_UNSUPPRESSIBLE_PREFIX)]
    if hygiene:  # run suppressed rules too, to know whether each suppression still bites
        wanted = {code for claim in corpus.claims for code in claim.suppress}
        first += [r for r in every if r.code in wanted and r.code not in reported
                  and not r.code.startswith(_UNSUPPRESSIBLE_PREFIX)]
    total = len(first) + len(hygiene)
    found: list[Diagnostic] = []
    # The loaded corpus is long-lived: without freezing it, the first allocations of a large
    # run trigger full collections that walk millions of model objects (seconds at 100k
    # claims). The rules then build long-lived indexes and per-claim caches of their own
    # (the name index, mentions, date spans), which full collections would walk again and
    # again as they grow: the collector is paused until the rules are done (they make no
    # garbage cycles worth collecting early; whatever they make is collected after).
    with existing_frozen(), collector_paused():
        return _run(corpus, ctx, chosen, first, hygiene, reported, total, found, progress)


def _run(corpus: Corpus, ctx: Context, chosen: list[Rule], first: list[Rule], hygiene: list[Rule],
         reported: set[str], total: int, found: list[Diagnostic], progress: Progress | None) -> Report:
    for done, rule in enumerate(first, 1):
        found.extend(rule.check(ctx))
        if progress is not None:
            progress(done, total, rule.code)
    sup = Suppressions(evaluated={r.code for r in first})
    kept, hidden = _apply_suppressions(found, corpus, sup, reported)
    ctx.suppressions = sup  # what the FC9xx rules read
    for done, rule in enumerate(hygiene, len(first) + 1):
        kept.extend(rule.check(ctx))
        if progress is not None:
            progress(done, total, rule.code)
    kept.sort(key=Diagnostic.sort_key)
    hidden.sort(key=Diagnostic.sort_key)
    spans = []
    for claim in corpus.claims:
        for i, quote in enumerate(claim.quotes):
            if quote.seed in corpus.seeds:
                match = ctx.quote_match(claim, i)
                if match is not None:
                    spans.append(QuoteSpan(claim.id, i, match.seed, match.start, match.end, match.exact))
    checked = [(c.origin.file if c.origin else "<memory>", c.id) for c in corpus.claims]
    return Report(kept, list(corpus.files), len(corpus.claims), len(corpus.entities),
                  len(corpus.seeds), [r.code for r in chosen], spans, checked, hidden)
