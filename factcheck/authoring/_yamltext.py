"""Writing the YAML that authoring proposes, by hand: deterministic, commented, and read back
by factcheck's own loader without findings.

Every string is written double-quoted (JSON's escapes are YAML's), so no value is ever typed
by a YAML 1.1 reader (FC003) and no character needs thought. Numbers are written plain.

Layer: authoring (held by ``tests/project/test_layers.py``): may import
``factcheck.authoring`` itself, the output wings and everything below; never the cli or the
pytest plugin.
"""

from __future__ import annotations

import json
from typing import Any

__all__ = ["flow", "scalar"]


def scalar(value: Any) -> str:
    """One YAML scalar: ``null``, a plain number, or a double-quoted string."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return str(int(value)) if value == int(value) and abs(value) < 1e15 else repr(value)
    return json.dumps(str(value), ensure_ascii=False)


def flow(mapping: dict[str, Any]) -> str:
    """A one-line flow mapping ``{key: value, …}`` in the order given (None values left out)."""
    parts = []
    for key, value in mapping.items():
        if value is None:
            continue
        if isinstance(value, dict):
            parts.append(f"{key}: {flow(value)}")
        elif isinstance(value, (list, tuple)):
            parts.append(f"{key}: [{', '.join(scalar(v) for v in value)}]")
        else:
            parts.append(f"{key}: {scalar(value)}")
    return "{" + ", ".join(parts) + "}"
