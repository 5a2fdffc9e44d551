"""factcheck: keep a newsroom's curated fact base consistent; turn it into quizzes.

The public API::

    import factcheck
    corpus = factcheck.load_corpus(["claims", "seeds"])
    report = factcheck.check(corpus)
    for d in report.diagnostics:
        print(d.file, d.line, d.column, d.code, d.message)
"""

from __future__ import annotations

from .check import QuoteSpan, Report, check
from .diagnostics import Diagnostic, Fix, Severity
from .errors import ConfigError, FactcheckError, LoadError, UsageError
from .loading import Corpus, Seed, load_corpus
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
