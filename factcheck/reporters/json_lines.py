"""One JSON object per finding per line (no summary): easy to stream, grep and ``jq -c``."""

from __future__ import annotations

import json

__all__ = ["render"]


def render(report) -> str:
    return "".join(json.dumps(d.to_dict(), ensure_ascii=False, sort_keys=False) + "\n"
                   for d in report.diagnostics)
