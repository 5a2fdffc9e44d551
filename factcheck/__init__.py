"""factcheck: keep a newsroom's curated fact base consistent; turn it into quizzes.

The public API::

    import factcheck
    corpus = factcheck.load_corpus(["claims", "seeds"])
    report = factcheck.check(corpus)
    for d in report.diagnostics:
        print(d.file, d.line, d.column, d.code, d.message)

Layer: entry points, the top (held by ``tests/project/test_layers.py``): may import any
module below; never another entry point (the package's ``__init__``, ``__main__``,
``pytest_plugin``), and no factcheck module imports from it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover - for type checkers; at run time names load on first use
    from .checking import QuoteSpan, Report, check
    from .corpus import Corpus, Seed
    from .diagnostics import Diagnostic, Fix, Severity
    from .errors import ConfigError, FactcheckError, LoadError, UsageError
    from .loading import load_corpus
    from .models import (
        Claim,
        DateFact,
        Entity,
        EntityFact,
        NumberFact,
        Qualifier,
        Quote,
        Source,
        Verdict,
    )

# Lazy (PEP 562): ``import factcheck`` alone must stay cheap, because the pytest plugin
# (``factcheck.pytest_plugin``) is imported by every pytest run in an environment where
# factcheck is installed, and must not pull in pydantic and the rules unless opted in.
_LAZY: dict[str, str] = {
    "QuoteSpan": "checking", "Report": "checking", "check": "checking",
    "Diagnostic": "diagnostics", "Fix": "diagnostics", "Severity": "diagnostics",
    "ConfigError": "errors", "FactcheckError": "errors", "LoadError": "errors", "UsageError": "errors",
    "Corpus": "corpus", "Seed": "corpus", "load_corpus": "loading",
    "Claim": "models", "DateFact": "models", "Entity": "models", "EntityFact": "models",
    "NumberFact": "models", "Qualifier": "models", "Quote": "models", "Source": "models",
    "Verdict": "models",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'factcheck' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))


from ._version import __version__

__all__ = [
    "Claim",
    "ConfigError",
    "Corpus",
    "DateFact",
    "Diagnostic",
    "Entity",
    "EntityFact",
    "FactcheckError",
    "Fix",
    "LoadError",
    "NumberFact",
    "Qualifier",
    "Quote",
    "QuoteSpan",
    "Report",
    "Seed",
    "Severity",
    "Source",
    "UsageError",
    "Verdict",
    "__version__",
    "check",
    "load_corpus",
]
