"""factcheck: keep a newsroom's curated fact base consistent; turn it into quizzes.

The public API::

    import factcheck
    corpus = factcheck.load_corpus(["claims", "seeds"])
    report = factcheck.check(corpus)
    for d in report.diagnostics:
        print(d.file, d.line, d.column, d.code, d.message)
"""

from __future__ import annotations

import sys as _sys
import types as _types
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover - for type checkers; at run time names load on first use
    from .check import QuoteSpan, Report, check
    from .diagnostics import Diagnostic, Fix, Severity
    from .errors import ConfigError, FactcheckError, LoadError, UsageError
    from .corpus import Corpus, Seed
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
    "QuoteSpan": "check", "Report": "check", "check": "check",
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


class _Package(_types.ModuleType):
    """Keeps ``factcheck.check`` the function once the submodule of the same name loads.

    (Importing ``factcheck.check`` sets the package attribute to the module; the eager
    ``from .check import check`` used to overwrite it afterwards, so this keeps that.)
    """

    def __setattr__(self, name: str, value: Any) -> None:
        if name == "check" and isinstance(value, _types.ModuleType):
            return
        super().__setattr__(name, value)


_sys.modules[__name__].__class__ = _Package


__version__ = "0.1.0"

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
