"""schema.org ClaimReview JSON-LD: one review object per claim, as Google reads it.

Hand-written rather than built with a JSON-LD library: the output is a fixed, small
shape (https://schema.org/ClaimReview) and a plain ``dict`` keeps it readable and
deterministic; the tests expand it with a real JSON-LD processor (PyLD).

Google's fact-check structured data (https://developers.google.com/search/docs/appearance/structured-data/factcheck)
*requires* ``claimReviewed``, ``reviewRating`` (with ``alternateName``) and ``url``, and
*recommends* ``author``, ``datePublished`` and ``itemReviewed`` (a ``Claim`` with
``author``, ``datePublished``, ``appearance`` and ``firstAppearance``), and on the rating
``name``, ``ratingValue``, ``bestRating`` and ``worstRating``. Here:

* ``url`` (required): the page that publishes the fact check, from a template with
  ``{id}`` for the claim id. Without a template there is no url to give, so
  :func:`claim_reviews` refuses (:class:`~factcheck.errors.UsageError`) rather than
  write reviews Google rejects.
* ``claimReviewed`` (required): the statement when it is shorter than 75 characters;
  otherwise cut at the last word boundary that leaves room for "…" (never mid-word),
  and the full statement is kept in ``itemReviewed.text``.
* ``reviewRating`` (required): a ``Rating`` whose ``alternateName`` and ``name`` are the
  verdict, capitalised, and whose ``ratingValue`` is on a 1 (false) to 5 (true) scale
  with ``bestRating`` 5 and ``worstRating`` 1, see :data:`RATINGS`: supported 5; refuted
  1; disputed 3 (the sources disagree and the desk cannot settle it); outdated 3 (true
  when published, not now). ``unverified`` has no number, only its names: a number would
  pretend to a judgement the desk has not made.
* ``author`` (an ``Organization`` with ``name`` and ``url``) and ``datePublished``: the
  fact-checking organisation and the publication date, given by the caller; nothing
  reads the clock, so an absent date stays absent.
* ``itemReviewed``: a ``Claim`` with the full ``text`` and one ``appearance`` per seed a
  supporting quote comes from: a ``CreativeWork`` with ``headline``, ``url``,
  ``datePublished``, ``publisher`` and ``author`` only where ``sources.yaml`` knows them.
  When every appearance is dated, the earliest date is the claim's ``datePublished``
  (the claim is known to have been made by then) and the appearance of that date is
  ``firstAppearance`` (when one alone has it). When one is undated the first appearance is unknown, and
  both stay absent. The claim's ``author`` (who made it) is not recorded in the fact
  base and is never written.
* ``reviewBody``: the claim's rationale, when it has one; ``identifier``: the claim id.

Whatever Google recommends and the data cannot give is reported by
:func:`claim_review_warnings`, which the command prints on standard error.

Layer: output wing (held by ``tests/project/test_layers.py``): may import
``factcheck.export`` itself, checking and everything below; never another output wing
(reporters, fix, lint_text, export, quiz), authoring or the cli.
"""

from __future__ import annotations

from datetime import date
from typing import Iterable

from ..errors import UsageError
from ..corpus import Corpus
from ..models import Claim, Source, Stance, Verdict
from ._urls import check_url_template, is_url

__all__ = ["MAX_CLAIM_REVIEWED", "RATINGS", "claim_review", "claim_review_warnings", "claim_reviews", "render",
           "truncate_claim"]

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


def _first(appearances: list[dict]) -> tuple[str | None, dict | None]:
    """(earliest date, first appearance) when every appearance is dated, else (None, None).

    The first appearance is None too when several share the earliest date.
    """
    if not appearances or any("datePublished" not in a for a in appearances):
        return None, None
    earliest = min(a["datePublished"] for a in appearances)
    first = [a for a in appearances if a["datePublished"] == earliest]
    return earliest, (first[0] if len(first) == 1 else None)


def claim_review(claim: Claim, sources: dict[str, Source], *, url: str, organisation: str | None = None,
                 organisation_url: str | None = None, date_published: date | None = None) -> dict:
    """The ClaimReview JSON-LD object of one claim, published at ``url``."""
    name, value = RATINGS[claim.verdict]
    rating: dict = {"@type": "Rating", "alternateName": name, "name": name}
    if value is not None:
        rating.update(ratingValue=value, bestRating=BEST_RATING, worstRating=WORST_RATING)
    seen: list[str] = []
    for quote in claim.quotes:
        if quote.stance is Stance.supports and quote.seed not in seen:
            seen.append(quote.seed)
    item: dict = {"@type": "Claim", "text": " ".join(claim.statement.split())}
    appearances = [_appearance(sources.get(s), s) for s in seen]
    earliest, first = _first(appearances)
    if earliest is not None:
        item["datePublished"] = earliest
    if appearances:
        item["appearance"] = appearances
    if first is not None:
        item["firstAppearance"] = dict(first)
    review: dict = {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "url": url,
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
        author: dict = {"@type": "Organization", "name": organisation}
        if organisation_url:
            author["url"] = organisation_url
        review["author"] = author
    return review


def claim_reviews(corpus: Corpus, *, url_template: str | None, claims: Iterable[Claim] | None = None,
                  organisation: str | None = None, organisation_url: str | None = None,
                  date_published: date | None = None) -> list[dict]:
    """ClaimReview objects for ``claims`` (default: every claim of the corpus), in order.

    ``url_template`` gives each review's ``url``, which Google requires; ``{id}`` stands
    for the claim id (``https://example.org/checks/{id}``). ``organisation`` and
    ``organisation_url`` make the ``author``, ``date_published`` the ``datePublished``.
    A missing or malformed template, or an organisation URL without an organisation,
    is a :class:`UsageError`.
    """
    if url_template is None:
        raise UsageError("ClaimReview needs a url template with {id}: Google requires every ClaimReview "
                         "to give the url of the page that publishes it")
    check_url_template(url_template)
    if organisation_url is not None:
        if not is_url(organisation_url):
            raise UsageError(f"organisation url {organisation_url!r} is not an absolute http(s) URL")
        if not organisation:
            raise UsageError("an organisation url needs the organisation's name")
    sources = {s.id: s for s in corpus.sources}
    return [
        claim_review(claim, sources, url=url_template.replace("{id}", claim.id), organisation=organisation,
                     organisation_url=organisation_url, date_published=date_published)
        for claim in (corpus.claims if claims is None else claims)
    ]


def _count(n: int, total: int) -> str:
    """The subject and verb of a warning: "3 of 114 reviews have", "all 4 reviews have", "the review has"."""
    if total == 1:
        return "the review has"
    return f"{n} of {total} reviews have" if n != total else f"all {total} reviews have"


def claim_review_warnings(reviews: list[dict]) -> list[str]:
    """What Google recommends that ``reviews`` leave out because it is not known, one line each.

    Nothing is invented to fill a gap: each line says which property is missing, from how
    many reviews, and what would provide it.
    """
    total = len(reviews)
    if not total:
        return []
    out: list[str] = []
    if not any("author" in r for r in reviews):
        out.append("no ClaimReview author: give --organisation (and --organisation-url), the fact-checking "
                   "organisation Google recommends as author")
    elif not all("url" in r.get("author", {}) for r in reviews):
        out.append("the ClaimReview author has no url: give --organisation-url, the organisation's home page")
    if not any("datePublished" in r for r in reviews):
        out.append("no ClaimReview datePublished: give --date, the date the fact checks are published")
    items = [r["itemReviewed"] for r in reviews]
    no_appearance = sorted(r["identifier"] for r in reviews if "appearance" not in r["itemReviewed"])
    if no_appearance:
        out.append(f"{_count(len(no_appearance), total)} no itemReviewed.appearance (no supporting quote "
                   f"shows where the claim appeared): {', '.join(no_appearance[:5])}"
                   + (f" and {len(no_appearance) - 5} more" if len(no_appearance) > 5 else ""))
    undated_seeds = sorted({a["identifier"] for i in items for a in i.get("appearance", [])
                            if "datePublished" not in a})
    n = sum(1 for i in items if "appearance" in i and "datePublished" not in i)
    if n:
        out.append(f"{_count(n, total)} no itemReviewed.datePublished or firstAppearance: sources.yaml "
                   f"gives no publication date for seed(s) {', '.join(undated_seeds)}")
    n = sum(1 for i in items if "datePublished" in i and "firstAppearance" not in i)
    if n:
        out.append(f"{_count(n, total)} no itemReviewed.firstAppearance: two or more of their sources share "
                   "the earliest publication date")
    no_url_seeds = sorted({a["identifier"] for i in items for a in i.get("appearance", []) if "url" not in a})
    n = sum(1 for i in items if any("url" not in a for a in i.get("appearance", [])))
    if n:
        out.append(f"{_count(n, total)} an appearance without url: sources.yaml gives no url for "
                   f"seed(s) {', '.join(no_url_seeds)}")
    out.append(f"{_count(total, total)} no itemReviewed.author: the fact base does not record who made "
               "a claim")
    return out


def render(corpus: Corpus, report=None, *, claims: Iterable[Claim] | None = None, warn=None,
           url_template: str | None = None, organisation: str | None = None,
           organisation_url: str | None = None, date_published: date | None = None) -> str:
    """The ClaimReview JSON array as text; each recommended property that cannot be known is
    passed to ``warn`` (one line each, see :func:`claim_review_warnings`)."""
    import json

    data = claim_reviews(corpus, claims=claims, organisation=organisation, organisation_url=organisation_url,
                         date_published=date_published, url_template=url_template)
    if warn is not None:
        for warning in claim_review_warnings(data):
            warn(warning)
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
