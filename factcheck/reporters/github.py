"""GitHub Actions workflow commands: one ``::error file=…,line=…,col=…,title=…::message`` per finding.

Hand-written: the format is one line per finding plus GitHub's escaping rules, which
no library wraps. Escaping follows the runner's ``toolkit/core`` ``command.ts``:
data escapes ``%``, ``\\r``, ``\\n``; property values also escape ``:`` and ``,``.
Severities map to ``error`` (fatal, error), ``warning`` and ``notice`` (info).
"""

from __future__ import annotations

from ..diagnostics import Diagnostic, Severity

__all__ = ["LEVELS", "escape_data", "escape_property", "format_diagnostic", "render"]

LEVELS = {Severity.fatal: "error", Severity.error: "error", Severity.warning: "warning",
          Severity.info: "notice"}


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def format_diagnostic(d: Diagnostic) -> str:
    props = ",".join(f"{key}={escape_property(str(value))}" for key, value in (
        ("file", d.file), ("line", d.line), ("col", d.column), ("title", f"{d.code} {d.name}")))
    message = d.message
    if d.fix is not None:
        message += f"\nfix: {d.fix.description}"
    return f"::{LEVELS[d.severity]} {props}::{escape_data(message)}"


def render(report) -> str:
    return "".join(format_diagnostic(d) + "\n" for d in report.diagnostics)
