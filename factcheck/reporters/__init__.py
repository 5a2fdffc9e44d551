"""Reporters turn a :class:`~factcheck.checking.Report` into text. They only format.

The CLI alone decides the exit code; every reporter is deterministic (same report,
same bytes).

Layer: output wing (held by ``tests/project/test_layers.py``): may import
``factcheck.reporters`` itself, checking and everything below; never another output wing
(reporters, fix, lint_text, export, quiz), authoring or the cli.
"""

from __future__ import annotations

import importlib

__all__ = ["FORMATS", "render"]

#: Output format -> the module whose ``render(report, **options)`` writes it. Modules are
#: imported on first use, so a run pays only for the format it prints.
FORMATS: dict[str, str] = {
    "text": "text",
    "json": "json_report",
    "json-lines": "json_lines",
    "github": "github",
    "junit": "junit",
    "sarif": "sarif",
}


def render(report, fmt: str = "text", **options) -> str:
    module = importlib.import_module(f".{FORMATS[fmt]}", __name__)
    return module.render(report, **options)
