"""The finding type every rule yields and every reporter formats.

Layer: types, the lowest (held by ``tests/project/test_layers.py``): imports no other
factcheck module.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

__all__ = ["Diagnostic", "Fix", "Severity"]


class Severity(str, Enum):
    """How serious a finding is. ``fatal`` means a file could not be read at all."""

    fatal = "fatal"
    error = "error"
    warning = "warning"
    info = "info"

    @property
    def rank(self) -> int:
        return _RANK[self]


_RANK = {Severity.info: 0, Severity.warning: 1, Severity.error: 2, Severity.fatal: 3}


@dataclass(frozen=True, slots=True)
class Fix:
    """A suggested change, kept apart from the message.

    ``replacement`` replaces ``original`` within the node the diagnostic points at;
    ``safe`` fixes may be applied without review by ``factcheck fix``.
    """

    description: str
    original: str | None = None
    replacement: str | None = None
    safe: bool = False


@dataclass(frozen=True, slots=True)
class Diagnostic:
    """One finding: code, name, severity, message and where (1-based line/column)."""

    code: str
    name: str
    severity: Severity
    message: str
    file: str
    line: int = 1
    column: int = 1
    claim_id: str | None = None
    fix: Fix | None = None
    extra: dict = field(default_factory=dict, compare=False, hash=False)

    def sort_key(self) -> tuple:
        return (self.file, self.line, self.column, self.code, self.message)

    def __reduce__(self) -> tuple:
        # the default for a slotted dataclass looks its fields up per object (the cache
        # pickles every finding of a run)
        return (Diagnostic, (self.code, self.name, self.severity, self.message, self.file, self.line,
                             self.column, self.claim_id, self.fix, self.extra))

    def location(self) -> str:
        return f"{self.file}:{self.line}:{self.column}"

    def to_dict(self) -> dict:
        """Plain JSON-ready data (built by hand: ``dataclasses.asdict`` deep-copies and is slow)."""
        data = {
            "code": self.code, "name": self.name, "severity": self.severity.value,
            "message": self.message, "file": self.file, "line": self.line, "column": self.column,
            "claim_id": self.claim_id,
            "fix": None if self.fix is None else {
                "description": self.fix.description, "original": self.fix.original,
                "replacement": self.fix.replacement, "safe": self.fix.safe,
            },
        }
        if self.extra:
            data["extra"] = dict(self.extra)
        return data
