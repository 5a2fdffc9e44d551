"""Reporters turn a :class:`~factcheck.check.Report` into text. They only format.

The CLI alone decides the exit code; every reporter is deterministic (same report,
same bytes).
"""

from __future__ import annotations

from typing import Callable

from . import github, json_lines, json_report, junit, sarif, text

__all__ = ["FORMATS", "render"]

FORMATS: dict[str, Callable] = {
    "text": text.render,
    "json": json_report.render,
    "json-lines": json_lines.render,
    "github": github.render,
    "junit": junit.render,
    "sarif": sarif.render,
}


def render(report, fmt: str = "text", **options) -> str:
    return FORMATS[fmt](report, **options)
