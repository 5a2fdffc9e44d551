"""Run the rules over a corpus and collect a :class:`Report`."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Iterable

from .diagnostics import Diagnostic, Severity
from .errors import UsageError
from .loading import Corpus
from .rules._base import Context, Rule

__all__ = ["QuoteSpan", "Report", "check", "select_rules"]


@dataclass(frozen=True, slots=True)
class QuoteSpan:
    """Where a claim's quote was found: seed id and [start, end) character offsets."""

    claim_id: str
    index: int
    seed: str
    start: int
    end: int
    exact: bool


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
        parts = [f"{counts.get(s.value, 0)} {s.value}{'s' if counts.get(s.value, 0) != 1 else ''}"
                 for s in (Severity.fatal, Severity.error, Severity.warning, Severity.info)
                 if counts.get(s.value, 0) or s in (Severity.error, Severity.warning)]
        return (f"checked {self.claims} claims, {self.entities} entities and {self.seeds} seeds "
                f"in {len(self.files)} files: " + ", ".join(parts))

    def to_dict(self) -> dict:
        return {
            "summary": {
                "files": len(self.files),
                "claims": self.claims,
                "entities": self.entities,
                "seeds": self.seeds,
                "counts": dict(sorted(self.counts().items())),
                "by_code": dict(sorted(self.by_code().items())),
            },
            "diagnostics": [d.to_dict() for d in self.diagnostics],
        }


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


def check(corpus: Corpus, *, select: Iterable[str] | None = None,
          ignore: Iterable[str] | None = None, rules: Iterable[Rule] | None = None) -> Report:
    """Check a loaded corpus with the registered rules (or ``rules``) and return a report."""
    from .rules.registry import RULES

    chosen = select_rules(RULES if rules is None else rules, select, ignore)
    ctx = Context(corpus, {r.code: r for r in (RULES if rules is None else rules)})
    found: list[Diagnostic] = []
    for rule in chosen:
        found.extend(rule.check(ctx))
    found.sort(key=Diagnostic.sort_key)
    spans = []
    for claim in corpus.claims:
        for i, quote in enumerate(claim.quotes):
            if quote.seed in corpus.seeds:
                match = ctx.quote_match(claim, i)
                if match is not None:
                    spans.append(QuoteSpan(claim.id, i, match.seed, match.start, match.end, match.exact))
    return Report(found, list(corpus.files), len(corpus.claims), len(corpus.entities),
                  len(corpus.seeds), [r.code for r in chosen], spans)
