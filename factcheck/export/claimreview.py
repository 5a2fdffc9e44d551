"""schema.org ClaimReview JSON-LD: one review object per claim.

Hand-written rather than built with a JSON-LD library: the output is a fixed, small
shape (https://schema.org/ClaimReview) and a plain ``dict`` keeps it readable and
deterministic; no expansion or compaction is needed.

The mapping, field by field:

* ``claimReviewed``: the claim's statement when it is shorter than 75 characters;
  otherwise cut at the last word boundary that leaves room for "…" (never mid-word),
  and the full statement is kept in ``itemReviewed.text``.
* ``reviewRating``: a ``Rating`` whose ``alternateName`` is the verdict, capitalised,
  and whose ``ratingValue`` is on a 1 (false) to 5 (true) scale, see :data:`RATINGS`:
  supported 5; refuted 1; disputed 3 (the sources disagree and the desk cannot settle
  it); outdated 3 (true when published, not now: neither true nor false today).
  ``unverified`` has no numeric value, only its ``alternateName``: a number would
  pretend to a judgement the desk has not made.
* ``itemReviewed``: a ``Claim`` with the full ``text`` and one ``appearance`` per seed
  a supporting quote comes from: a ``CreativeWork`` with ``headline``, ``url``,
  ``datePublished``, ``publisher`` and ``author`` only where ``sources.yaml`` knows
  them. Nothing is invented: a field that is unknown is left out.
* ``datePublished``, ``author`` (an ``Organization``) and ``url`` only when given.
* ``reviewBody``: the claim's rationale, when it has one; ``identifier``: the claim id.
"""

from __future__ import annotations

from datetime import date
from typing import Iterable

from ..errors import UsageError
from ..loading import Corpus
from ..models import Claim, Source, Stance, Verdict

__all__ = ["MAX_CLAIM_REVIEWED", "RATINGS", "claim_review", "claim_reviews", "truncate_claim"]

#: ``claimReviewed`` is kept strictly under this many characters.
MAX_CLAIM_REVIEWED = 75
ELLIPSIS = "…"

#: verdict -> (alternateName, ratingValue on 1..5 or None for no numeric rating).
RATINGS: dict[Verdict, tuple[str, int | None]] = {
    Verdict.supported: ("Supported", 5),
    Verdict.outdated: ("Outdated", 3),
    Verdict.disputed: ("Disputed", 3),
    Verdict.refuted: ("Refuted", 1),
    Verdict.unverified: ("Unverified", None),
}
BEST_RATING, WORST_RATING = 5, 1


def truncate_claim(text: str, limit: int = MAX_CLAIM_REVIEWED) -> str:
    """``text`` with collapsed whitespace, shorter than ``limit`` characters.

    A longer text is cut at the last space that leaves room for "…", so no word is
    split; a first word that is itself too long is cut (the only way to stay short).
    """
    if limit < 2:
        raise UsageError(f"limit {limit} is too small to truncate a claim")
    text = " ".join(text.split())
    if len(text) < limit:
        return text
    room = limit - 1 - len(ELLIPSIS)  # characters of text that may precede the ellipsis
    cut = text.rfind(" ", 0, room + 1)
    head = text[:cut] if cut > 0 else text[:room]
    return (head.rstrip(" ,;:–—-") or head) + ELLIPSIS


def _appearance(source: Source | None, seed_id: str) -> dict:
    work: dict = {"@type": "CreativeWork"}
    if source is not None:
        if source.headline:
            work["headline"] = source.headline
        if source.url:
            work["url"] = source.url
        if source.published:
            work["datePublished"] = source.published.isoformat()
        if source.outlet:
            work["publisher"] = {"@type": "Organization", "name": source.outlet}
        if source.byline:
            work["author"] = {"@type": "Person", "name": source.byline}
    work["identifier"] = seed_id
    return work


def claim_review(claim: Claim, sources: dict[str, Source], *, organisation: str | None = None,
                 date_published: date | None = None, url: str | None = None) -> dict:
    """The ClaimReview JSON-LD object of one claim."""
    name, value = RATINGS[claim.verdict]
    rating: dict = {"@type": "Rating", "alternateName": name}
    if value is not None:
        rating.update(ratingValue=value, bestRating=BEST_RATING, worstRating=WORST_RATING)
    seen: list[str] = []
    for quote in claim.quotes:
        if quote.stance is Stance.supports and quote.seed not in seen:
            seen.append(quote.seed)
    item: dict = {"@type": "Claim", "text": " ".join(claim.statement.split())}
    if seen:
        item["appearance"] = [_appearance(sources.get(s), s) for s in seen]
    review: dict = {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "identifier": claim.id,
        "claimReviewed": truncate_claim(claim.statement),
        "reviewRating": rating,
        "itemReviewed": item,
    }
    if claim.rationale:
        review["reviewBody"] = " ".join(claim.rationale.split())
    if date_published is not None:
        review["datePublished"] = date_published.isoformat()
    if organisation:
        review["author"] = {"@type": "Organization", "name": organisation}
    if url:
        review["url"] = url
    return review


def claim_reviews(corpus: Corpus, *, claims: Iterable[Claim] | None = None,
                  organisation: str | None = None, date_published: date | None = None,
                  url_template: str | None = None) -> list[dict]:
    """ClaimReview objects for ``claims`` (default: every claim of the corpus), in order.

    ``url_template`` gives each review's ``url``; ``{id}`` stands for the claim id
    (``https://example.org/checks/{id}``).
    """
    if url_template is not None and "{id}" not in url_template:
        raise UsageError(f"url template {url_template!r} has no '{{id}}' placeholder")
    sources = {s.id: s for s in corpus.sources}
    return [
        claim_review(claim, sources, organisation=organisation, date_published=date_published,
                     url=url_template.replace("{id}", claim.id) if url_template else None)
        for claim in (corpus.claims if claims is None else claims)
    ]
