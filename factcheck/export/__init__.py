"""Exports of the checked fact base to formats other tools read.

* :mod:`factcheck.export.claimreview`: schema.org ClaimReview JSON-LD, one object per claim.
* :mod:`factcheck.export.fever`: FEVER-style JSON lines (claim, label, evidence sentences).

Both take a loaded :class:`~factcheck.Corpus` and the :class:`~factcheck.Report` of checking
it; neither reads files. The command is ``factcheck export --format claimreview|fever``.
"""

from __future__ import annotations

from .claimreview import RATINGS, claim_review, claim_reviews, truncate_claim
from .fever import LABELS, fever_record, fever_records, split_sentences

__all__ = [
    "LABELS",
    "RATINGS",
    "claim_review",
    "claim_reviews",
    "fever_record",
    "fever_records",
    "split_sentences",
    "truncate_claim",
]
