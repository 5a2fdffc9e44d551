"""FEVER wiki-pages: every seed's numbered sentences, which the FEVER claims' evidence cites.

The pages are built by :func:`factcheck.export.fever.fever_pages`; this module only writes
them as JSON lines, one page per seed, whatever claims an export keeps.

Layer: output wing (held by ``tests/project/test_layers.py``): may import
``factcheck.export`` itself, checking and everything below; never another output wing
(reporters, fix, lint_text, export, quiz), authoring or the cli.
"""

from __future__ import annotations

import json
from typing import Iterable

from ..corpus import Corpus
from ..models import Claim
from .fever import fever_pages

__all__ = ["render"]


def render(corpus: Corpus, report=None, *, claims: Iterable[Claim] | None = None, warn=None) -> str:
    """The pages as JSON lines (``claims`` is ignored: the pages are every seed's)."""
    return "".join(json.dumps(page, ensure_ascii=False) + "\n" for page in fever_pages(corpus))
