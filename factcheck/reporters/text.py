"""``file:line:col: CODE message`` per finding, then a one-line summary.

Layer: output wing (held by ``tests/project/test_layers.py``): may import
``factcheck.reporters`` itself, checking and everything below; never another output wing
(reporters, fix, lint_text, export, quiz), authoring or the cli.
"""

from __future__ import annotations

__all__ = ["render"]


def render(report, *, show_fixes: bool = True, summary: bool = True) -> str:
    lines = []
    for d in report.diagnostics:
        lines.append(f"{d.file}:{d.line}:{d.column}: {d.code} {d.message}")
        if show_fixes and d.fix is not None:
            lines.append(f"    fix: {d.fix.description}")
    if summary:
        lines.append(report.summary())
    return "".join(line + "\n" for line in lines)  # nothing at all when there is nothing to say
