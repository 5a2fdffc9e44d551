"""The loaded fact base as data: :class:`Seed` (a source article and its line index) and
:class:`Corpus` (seeds, sources, entities, claims and the load-time findings).

These types sit below the loader, the rules, lint-text, the quiz and the exports, which
all read them; this module imports only the models and the diagnostics, and reads no file.

Layer: data, above the types (held by ``tests/project/test_layers.py``): may import the
types (errors, diagnostics, models, _yaml, …) only; never another data module, the
normalisers, the loader, the rules or anything above.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import Any, Iterable

from .diagnostics import Diagnostic, Severity
from .models import Claim, Entity, FurnitureSpan, Source

__all__ = ["Corpus", "Seed"]


@dataclass
class Seed:
    """A source article: its text, line index and what ``sources.yaml`` says of it."""

    id: str
    file: str
    text: str
    source: Source | None = None
    line_starts: list[int] = field(default_factory=list)
    furniture: list[tuple[int, int, str]] = field(default_factory=list)

    def __post_init__(self) -> None:
        starts = [0]
        find = self.text.find
        pos = find("\n")
        while pos != -1:
            starts.append(pos + 1)
            pos = find("\n", pos + 1)
        self.line_starts = starts
        if self.source is not None:
            self.furniture = self._furniture_spans(self.source.furniture)

    @property
    def lines(self) -> list[str]:
        return self.text.split("\n")

    def line_of(self, offset: int) -> int:
        """1-based line number of a character offset."""
        return bisect.bisect_right(self.line_starts, offset)

    def position(self, offset: int) -> tuple[int, int]:
        line = self.line_of(offset)
        return line, offset - self.line_starts[line - 1] + 1

    def line_span(self, first: int, last: int) -> tuple[int, int]:
        """Character span [start, end) of lines first..last (1-based, inclusive)."""
        n = len(self.line_starts)
        first = max(1, min(first, n))
        last = max(first, min(last, n))
        start = self.line_starts[first - 1]
        end = self.line_starts[last] - 1 if last < n else len(self.text)
        return start, end

    def _furniture_spans(self, spans: Iterable[FurnitureSpan]) -> list[tuple[int, int, str]]:
        out: list[tuple[int, int, str]] = []
        for span in spans:
            start, end = self.line_span(*span.lines)
            if span.text:
                at = self.text.find(span.text, start, end)
                if at == -1:
                    continue  # reported by the sources rule
                start, end = at, at + len(span.text)
            out.append((start, end, span.kind.value))
        return out

    def furniture_at(self, start: int, end: int) -> str | None:
        """The furniture kind overlapping [start, end), or None when it is body text."""
        for f_start, f_end, kind in self.furniture:
            if start < f_end and f_start < end:
                return kind
        return None


@dataclass
class Corpus:
    """Everything loaded: seeds, sources, entities, claims and load-time findings."""

    files: list[str] = field(default_factory=list)
    seeds: dict[str, Seed] = field(default_factory=dict)
    sources: list[Source] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    diagnostics: list[Diagnostic] = field(default_factory=list)
    seed_dirs: list[str] = field(default_factory=list)
    #: What later steps derive from the loaded records once and share (the entity name
    #: index: see :meth:`factcheck.normalize.names.NameIndex.of`). A corpus is not changed
    #: after loading; one that is must not keep these.
    derived: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    @property
    def fatal(self) -> bool:
        """True when some file could not be read at all (the check is incomplete)."""
        return any(d.severity is Severity.fatal for d in self.diagnostics)

    @property
    def entity_index(self) -> dict[str, Entity]:
        index: dict[str, Entity] = {}
        for entity in self.entities:
            index.setdefault(entity.id, entity)
        return index

    @property
    def claim_index(self) -> dict[str, Claim]:
        index: dict[str, Claim] = {}
        for claim in self.claims:
            index.setdefault(claim.id, claim)
        return index
