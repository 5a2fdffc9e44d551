"""The finding type every rule yields and every reporter formats."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
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

    def location(self) -> str:
        return f"{self.file}:{self.line}:{self.column}"

    def to_dict(self) -> dict:
        data = asdict(self)
        data["severity"] = self.severity.value
        if not data["extra"]:
            del data["extra"]
        return data
