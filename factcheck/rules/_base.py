"""The rule protocol, the check context rules share, and finding construction.

A rule is a module with ``CODE``, ``NAME``, ``SEVERITY``, ``SCOPE``, a docstring that is
its user documentation (first line = summary), and ``check(ctx)`` yielding diagnostics.

``SCOPE`` says what a rule's findings depend on, which is what lets ``factcheck check``
cache and parallelise per file (see :mod:`factcheck._units`):

- ``"file"``: the findings on a claim file depend only on that file and the shared inputs
  (seed texts, ``sources.yaml``, the entity register); the rule runs once per claim file.
- ``"corpus"``: findings relate claims across files (duplicate ids, references between
  claims, facts grouped by subject and property, which suppressions bit); the rule runs
  once over the whole fact base. Such a rule is written as a key per claim and a
  grouping over the keys (``key`` and ``group``: see :mod:`factcheck.rules._keyed`),
  except the FC9xx rules, which read the claims that have a ``suppress`` map.

Layer: rules (held by ``tests/project/test_layers.py``): may import ``factcheck.rules``
itself, the loader, the normalisers, the data modules and the types; never checking, an
output wing, authoring or the cli.
"""

from __future__ import annotations

import inspect
from dataclasses import dataclass, field
from functools import cached_property
from types import ModuleType
from typing import TYPE_CHECKING, Callable, Iterable, Iterator

from ..diagnostics import Diagnostic, Fix, Severity

if TYPE_CHECKING:
    from ..corpus import Corpus
    from ..models import Claim
    from ._quotes import PassageSearch, QuoteMatch

__all__ = ["Context", "Rule", "Suppressions", "passthrough"]


@dataclass(frozen=True)
class Rule:
    """A rule as the registry, the CLI and the docs see it."""

    code: str
    name: str
    severity: Severity
    summary: str
    doc: str
    #: None for codes that ``factcheck check`` does not run (the draft checks of lint-text)
    check: Callable[["Context"], Iterable[Diagnostic]] | None
    module: str
    #: ``"file"`` or ``"corpus"``: see the module docs
    scope: str = "file"
    #: a ``"corpus"`` rule written as a key per claim and a grouping (see ``rules._keyed``)
    key: Callable | None = None
    group: Callable | None = None

    @classmethod
    def from_module(cls, module: ModuleType) -> "Rule":
        doc = inspect.cleandoc(module.__doc__ or "")
        summary = doc.split("\n", 1)[0].strip()
        return cls(module.CODE, module.NAME, module.SEVERITY, summary, doc, module.check,
                   module.__name__, module.SCOPE, getattr(module, "key", None), getattr(module, "group", None))


def passthrough(code: str) -> Callable[["Context"], Iterator[Diagnostic]]:
    """``check`` of a load-time rule: the loader found these; the rule reports them."""

    def check(ctx: "Context") -> Iterator[Diagnostic]:
        for diagnostic in ctx.corpus.diagnostics:
            if diagnostic.code == code:
                yield diagnostic

    check.__doc__ = f"Yield the {code} findings the loader made."
    return check


@dataclass
class Suppressions:
    """Which ``suppress`` entries of which claims hid a finding in this run.

    :func:`factcheck.check` sets it on the rule context (``ctx.suppressions``) before the
    FC9xx rules run; it is None when rules run on their own.
    """

    #: (id(claim), code) of each suppress entry that hid at least one finding
    used: set[tuple[int, str]] = field(default_factory=set)
    #: codes whose rules ran (selected or run for the suppressions' sake)
    evaluated: set[str] = field(default_factory=set)


class Context:
    """What rules share: the corpus, the registry and caches computed once."""

    def __init__(self, corpus: "Corpus", rules: dict[str, Rule]) -> None:
        self.corpus = corpus
        self.rules = rules
        #: Which suppressions hid a finding in this run (set by the check before FC9xx run).
        self.suppressions: Suppressions | None = None

    # ------------------------------------------------------------------ findings
    def finding(self, code: str, message: str, *, claim: "Claim | None" = None,
                path: tuple = (), file: str | None = None, line: int | None = None,
                column: int | None = None, fix: Fix | None = None,
                severity: Severity | None = None, claim_id: str | None = None,
                **extra: object) -> Diagnostic:
        rule = self.rules[code]
        if claim is not None:
            origin = claim.origin
            file = file or (origin.file if origin else "<memory>")
            if line is None:
                where = claim.locate(*path)
                line, column = where if where else (1, 1)
            claim_id = claim_id or claim.id
        return Diagnostic(code, rule.name, severity or rule.severity, message, file or "<memory>",
                          line or 1, column or 1, claim_id, fix, dict(extra))

    # ------------------------------------------------------------------ caches
    @cached_property
    def entities(self) -> dict:
        return self.corpus.entity_index

    @cached_property
    def claims_by_id(self) -> dict:
        return self.corpus.claim_index

    @cached_property
    def name_index(self):
        from ..normalize.names import NameIndex

        return NameIndex.of(self.corpus)

    @cached_property
    def _quote_cache(self) -> dict:
        return {}

    @cached_property
    def _match_memo(self) -> dict:
        return {}

    def quote_match(self, claim: "Claim", index: int) -> "QuoteMatch | None":
        """Where quote ``index`` of ``claim`` is in its seed (None: unknown seed or not found).

        Searched once per (seed, quote text): YAML aliases can repeat one long quote in
        a thousand claims.
        """
        key = (id(claim), index)
        cache = self._quote_cache
        if key not in cache:
            from ._quotes import match_quote

            quote = claim.quotes[index]
            seed = self.corpus.seeds.get(quote.seed)
            if seed is None:
                cache[key] = None
            else:
                memo = self._match_memo
                text_key = (quote.seed, quote.text)
                if text_key not in memo:
                    memo[text_key] = match_quote(seed, quote.text)
                cache[key] = memo[text_key]
        return cache[key]

    @cached_property
    def _passages(self) -> dict:
        return {}

    def passages(self, file: str) -> "PassageSearch":
        """The closest-passage search for the claims of ``file`` (memoised, within a work
        budget per file: a file's findings never depend on what other files spent)."""
        search = self._passages.get(file)
        if search is None:
            from ._quotes import PassageSearch

            search = self._passages[file] = PassageSearch()
        return search
