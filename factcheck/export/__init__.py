"""Exports of the checked fact base to formats other tools read.

* :mod:`factcheck.export.claimreview`: schema.org ClaimReview JSON-LD, one object per claim.
* :mod:`factcheck.export.fever`: FEVER JSON lines in the dataset's shape (integer id, label,
  evidence sets of ``[annotation_id, evidence_id, page, sentence_id]``) and the wiki-pages
  file that resolves each page and sentence id.

Both take a loaded :class:`~factcheck.Corpus` and the :class:`~factcheck.Report` of checking
it; neither reads files. The command is ``factcheck export --format claimreview|fever|fever-pages``.
"""

from __future__ import annotations

from .claimreview import RATINGS, claim_review, claim_review_warnings, claim_reviews, truncate_claim
from .fever import LABELS, fever_ids, fever_pages, fever_record, fever_records, split_sentences

__all__ = [
    "LABELS",
    "RATINGS",
    "claim_review",
    "claim_review_warnings",
    "claim_reviews",
    "fever_ids",
    "fever_pages",
    "fever_record",
    "fever_records",
    "split_sentences",
    "truncate_claim",
]
