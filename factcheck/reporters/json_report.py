"""One JSON document: a summary and the list of diagnostics (stable key order)."""

from __future__ import annotations

import json

__all__ = ["render"]


def render(report) -> str:
    return json.dumps(report.to_dict(), ensure_ascii=False, indent=2, sort_keys=False) + "\n"
