"""One JSON document: a summary and the list of diagnostics (stable key order).

Layer: output wing (held by ``tests/project/test_layers.py``): may import
``factcheck.reporters`` itself, checking and everything below; never another output wing
(reporters, fix, lint_text, export, quiz), authoring or the cli.
"""

from __future__ import annotations

import json

__all__ = ["render"]


def render(report) -> str:
    return json.dumps(report.to_dict(), ensure_ascii=False, indent=2, sort_keys=False) + "\n"
