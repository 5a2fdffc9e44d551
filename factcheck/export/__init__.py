"""Exports of the checked fact base to formats other tools read.

* :mod:`factcheck.export.claimreview`: schema.org ClaimReview JSON-LD, one object per claim.
* :mod:`factcheck.export.fever`: FEVER JSON lines in the dataset's shape (integer id, label,
  evidence sets of ``[annotation_id, evidence_id, page, sentence_id]``) and the wiki-pages
  file that resolves each page and sentence id.
* :mod:`factcheck.export.averitec`: AVeriTeC JSON (label, justification, question-answer
  pairs whose answers are the quotes).

They take a loaded :class:`~factcheck.Corpus` (FEVER also the :class:`~factcheck.Report` of
checking it); none reads files. The command is ``factcheck export --format claimreview|fever|fever-pages|averitec``.

Like the other output wings (:mod:`factcheck.reporters`, :mod:`factcheck.quiz.exporters`),
:data:`FORMATS` maps each format to the module whose ``render(...)`` writes it, imported on
first use, and :func:`render` dispatches.

Layer: output wing (held by ``tests/project/test_layers.py``): may import
``factcheck.export`` itself, checking and everything below; never another output wing
(reporters, fix, lint_text, export, quiz), authoring or the cli.
"""

from __future__ import annotations

import importlib
from typing import Callable, Iterable

from .averitec import LABELS as AVERITEC_LABELS
from .averitec import averitec_record, averitec_records
from .claimreview import RATINGS, claim_review, claim_review_warnings, claim_reviews, truncate_claim
from .fever import LABELS, fever_ids, fever_pages, fever_record, fever_records

__all__ = [
    "AVERITEC_LABELS",
    "FORMATS",
    "LABELS",
    "RATINGS",
    "averitec_record",
    "averitec_records",
    "claim_review",
    "claim_review_warnings",
    "claim_reviews",
    "fever_ids",
    "fever_pages",
    "fever_record",
    "fever_records",
    "render",
    "truncate_claim",
]

#: Export format -> the module whose ``render(corpus, report, *, claims, warn, **options)`` writes it.
FORMATS: dict[str, str] = {
    "claimreview": "claimreview",
    "fever": "fever",
    "fever-pages": "fever_pages",
    "averitec": "averitec",
}


def render(corpus, report, fmt: str, *, claims: Iterable | None = None,
           warn: Callable[[str], None] | None = None, **options) -> str:
    """The text of one export format; ``warn`` receives what the format would want but cannot know."""
    module = importlib.import_module(f".{FORMATS[fmt]}", __name__)
    return module.render(corpus, report, claims=claims, warn=warn, **options)
