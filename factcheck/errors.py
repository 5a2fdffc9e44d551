"""One exception hierarchy for everything factcheck raises on purpose.

The CLI turns a :class:`FactcheckError` into one line on stderr and exit code 2.
Findings about the *content* of the fact base are not exceptions: they are
:class:`factcheck.Diagnostic` values in a report.

Layer: types, the lowest (held by ``tests/project/test_layers.py``): imports no other
factcheck module.
"""

from __future__ import annotations

__all__ = ["ConfigError", "FactcheckError", "LoadError", "UsageError"]


class FactcheckError(Exception):
    """Base class: an error the user can fix, reported without a traceback."""

    def __init__(self, message: str, *, file: str | None = None, line: int | None = None,
                 column: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.file = file
        self.line = line
        self.column = column

    def __str__(self) -> str:
        where = ""
        if self.file:
            where = self.file
            if self.line is not None:
                where += f":{self.line}"
                if self.column is not None:
                    where += f":{self.column}"
            where += ": "
        return where + self.message


class LoadError(FactcheckError):
    """A file could not be read at all (missing, unreadable)."""


class UsageError(FactcheckError):
    """The command line or API was called with arguments that do not fit."""


class ConfigError(FactcheckError):
    """The ``[tool.factcheck]`` configuration is invalid."""
