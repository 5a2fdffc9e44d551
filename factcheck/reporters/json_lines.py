"""One JSON object per finding per line (no summary): easy to stream, grep and ``jq -c``.

Layer: output wing (held by ``tests/project/test_layers.py``): may import
``factcheck.reporters`` itself, checking and everything below; never another output wing
(reporters, fix, lint_text, export, quiz), authoring or the cli.
"""

from __future__ import annotations

import json

__all__ = ["render"]


def render(report) -> str:
    return "".join(json.dumps(d.to_dict(), ensure_ascii=False, sort_keys=False) + "\n"
                   for d in report.diagnostics)
