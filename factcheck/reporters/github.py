"""GitHub Actions workflow commands: one ``::error file=…,line=…,col=…,title=…::message`` per finding.

Hand-written: the format is one line per finding plus GitHub's escaping rules, which
no library wraps. Escaping follows the runner's ``toolkit/core`` ``command.ts``:
data escapes ``%``, ``\\r``, ``\\n``; property values also escape ``:`` and ``,``.
Severities map to ``error`` (fatal, error), ``warning`` and ``notice`` (info).

GitHub places an annotation by its ``file`` relative to the repository root, so the
path is written relative to the project root (the folder of the nearest
``pyproject.toml``, else the current folder; see :mod:`._paths`) with forward
slashes, whatever folder the check ran from. A file outside that root keeps its
absolute path.

Layer: output wing (held by ``tests/project/test_layers.py``): may import
``factcheck.reporters`` itself, checking and everything below; never another output wing
(reporters, fix, lint_text, export, quiz), authoring or the cli.
"""

from __future__ import annotations

import os
from pathlib import Path

from ..diagnostics import Diagnostic, Severity
from ._paths import project_root, relative_to_root

__all__ = ["LEVELS", "escape_data", "escape_property", "format_diagnostic", "render"]

LEVELS = {Severity.fatal: "error", Severity.error: "error", Severity.warning: "warning",
          Severity.info: "notice"}


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def _annotation_path(file: str, root: str | os.PathLike[str]) -> str:
    rel = relative_to_root(file, root)
    return rel if rel is not None else Path(os.path.abspath(file)).as_posix()


def format_diagnostic(d: Diagnostic, *, file: str | None = None) -> str:
    """One workflow command; ``file`` is the path to show (default: ``d.file`` as it is)."""
    props = ",".join(f"{key}={escape_property(str(value))}" for key, value in (
        ("file", d.file if file is None else file), ("line", d.line), ("col", d.column),
        ("title", f"{d.code} {d.name}")))
    message = d.message
    if d.fix is not None:
        message += f"\nfix: {d.fix.description}"
    return f"::{LEVELS[d.severity]} {props}::{escape_data(message)}"


def render(report, *, root: str | os.PathLike[str] | None = None) -> str:
    """``root``: the folder paths are relative to (default: the project root)."""
    root = project_root() if root is None else root
    paths: dict[str, str] = {}
    out = []
    for d in report.diagnostics:
        file = paths.get(d.file)
        if file is None:
            file = paths[d.file] = _annotation_path(d.file, root)
        out.append(format_diagnostic(d, file=file) + "\n")
    return "".join(out)
