"""Reporters turn a :class:`~factcheck.check.Report` into text. They only format."""

from __future__ import annotations

from typing import Callable

from . import json_report, text

__all__ = ["FORMATS", "render"]

FORMATS: dict[str, Callable] = {
    "text": text.render,
    "json": json_report.render,
}


def render(report, fmt: str = "text", **options) -> str:
    return FORMATS[fmt](report, **options)
