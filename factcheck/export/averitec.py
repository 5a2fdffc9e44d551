"""AVeriTeC JSON: one object per claim, in the shape of the AVeriTeC dataset's files.

The AVeriTeC dataset (https://github.com/MichSchli/AVeriTeC, "Format") is a JSON array
of claims, each with its verdict, a justification and the question-answer pairs the
annotators used as evidence. The mapping from the fact base, field by field:

* ``claim``: the statement.
* ``label``: ``supported`` → ``Supported``, ``refuted`` → ``Refuted``, ``unverified``
  → ``Not Enough Evidence``, ``disputed`` → ``Conflicting Evidence/Cherrypicking``
  (the sources disagree), ``outdated`` → ``Conflicting Evidence/Cherrypicking`` too
  (a source supports it and a later claim supersedes it: evidence that conflicts over
  time, neither plainly true nor plainly false); see :data:`LABELS`.
* ``justification``: the claim's rationale; ``null`` when it has none (a supported
  claim needs none), never a made-up sentence.
* ``questions``: one question per seed and stance, answered by the quotes from that
  seed, verbatim (``answer_type`` ``Extractive``). The question is a fixed template
  naming the source ("What does source 000_… say that supports the claim?", with the
  headline when ``sources.yaml`` gives one): the fact base records quotes, not the
  questions a checker asked. ``source_url`` is the seed's ``url`` and
  ``source_medium`` ``Web text`` when ``sources.yaml`` gives a url, else both ``null``.
  A claim without quotes gets the dataset's unanswerable pair ("No answer could be
  found.", ``Unanswerable``), so every claim has a question, as in the dataset.
* ``claim_date`` (``DD-MM-YYYY``, the dataset's format): when every seed of a supporting
  quote has a publication date, the earliest; otherwise ``null``. ``original_claim_url``
  and ``reporting_source`` are the url and outlet of that earliest seed, when it alone
  has that date and ``sources.yaml`` knows them.
* ``fact_checking_article``: the fact check's url from ``url_template`` (``{id}`` =
  claim id), else ``null``.
* ``fact_checking_strategies``: ``["Written Evidence"]`` when there is a quote (all the
  fact base's evidence is written text), else ``[]``.
* ``speaker``, ``location_ISO_code``, ``cached_original_claim_url``: ``null``;
  ``claim_types``: ``[]``; ``required_reannotation``: ``false``. The fact base does not
  record who made a claim, where, or its type, so nothing is filled in.

AVeriTeC has no claim id: a claim is its position in the file, which follows the
order of the claims given.

Layer: output wing (held by ``tests/project/test_layers.py``): may import
``factcheck.export`` itself, checking and everything below; never another output wing
(reporters, fix, lint_text, export, quiz), authoring or the cli.
"""

from __future__ import annotations

from datetime import date
from typing import Iterable

from ..corpus import Corpus
from ..models import Claim, Source, Stance, Verdict
from ._urls import check_url_template

__all__ = ["LABELS", "averitec_record", "averitec_records", "render"]

#: verdict -> AVeriTeC label.
LABELS: dict[Verdict, str] = {
    Verdict.supported: "Supported",
    Verdict.refuted: "Refuted",
    Verdict.unverified: "Not Enough Evidence",
    Verdict.disputed: "Conflicting Evidence/Cherrypicking",
    Verdict.outdated: "Conflicting Evidence/Cherrypicking",
}

UNANSWERED = {"answer": "No answer could be found.", "answer_type": "Unanswerable",
              "source_url": "", "source_medium": ""}


def _name(seed_id: str, source: Source | None) -> str:
    if source is not None and source.headline:
        return f"source {seed_id} (\u201c{source.headline}\u201d)"
    return f"source {seed_id}"


def _first(seeds: list[str], sources: dict[str, Source]) -> tuple[date | None, Source | None]:
    """(earliest publication date, the one source of that date) when every seed is dated."""
    dated = [sources.get(s) for s in seeds]
    if not dated or any(s is None or s.published is None for s in dated):
        return None, None
    earliest = min(s.published for s in dated)  # type: ignore[union-attr]
    first = [s for s in dated if s.published == earliest]  # type: ignore[union-attr]
    return earliest, (first[0] if len(first) == 1 else None)


def averitec_record(claim: Claim, sources: dict[str, Source], *, url: str | None = None) -> dict:
    """The AVeriTeC object of one claim; ``url`` is its fact-checking article, when known."""
    groups: dict[tuple[str, Stance], list[str]] = {}
    for quote in claim.quotes:
        texts = groups.setdefault((quote.seed, quote.stance), [])
        if quote.text not in texts:
            texts.append(quote.text)
    questions = []
    for (seed_id, stance), texts in groups.items():
        source = sources.get(seed_id)
        known = source.url if source is not None and source.url else None
        verb = "supports" if stance is Stance.supports else "contradicts"
        questions.append({
            "question": f"What does {_name(seed_id, source)} say that {verb} the claim?",
            "answers": [{"answer": text, "answer_type": "Extractive", "source_url": known,
                         "source_medium": "Web text" if known else None} for text in texts],
        })
    if not questions:
        questions.append({"question": "What do the sources say about the claim?", "answers": [dict(UNANSWERED)]})
    supporting = list(dict.fromkeys(q.seed for q in claim.quotes if q.stance is Stance.supports))
    earliest, first = _first(supporting, sources)
    return {
        "claim": " ".join(claim.statement.split()),
        "required_reannotation": False,
        "label": LABELS[claim.verdict],
        "justification": " ".join(claim.rationale.split()) if claim.rationale else None,
        "claim_date": earliest.strftime("%d-%m-%Y") if earliest else None,
        "speaker": None,
        "original_claim_url": first.url if first is not None and first.url else None,
        "fact_checking_article": url,
        "reporting_source": first.outlet if first is not None and first.outlet else None,
        "location_ISO_code": None,
        "claim_types": [],
        "fact_checking_strategies": ["Written Evidence"] if claim.quotes else [],
        "questions": questions,
        "cached_original_claim_url": None,
    }


def averitec_records(corpus: Corpus, *, claims: Iterable[Claim] | None = None,
                     url_template: str | None = None) -> list[dict]:
    """AVeriTeC objects for ``claims`` (default: every claim of the corpus), in order.

    ``url_template`` (``https://example.org/checks/{id}``) gives each claim's
    ``fact_checking_article``; without it that field is ``null``.
    """
    if url_template is not None:
        check_url_template(url_template)
    sources = {s.id: s for s in corpus.sources}
    return [averitec_record(claim, sources, url=url_template.replace("{id}", claim.id) if url_template else None)
            for claim in (corpus.claims if claims is None else claims)]


def render(corpus: Corpus, report=None, *, claims: Iterable[Claim] | None = None, warn=None,
           url_template: str | None = None) -> str:
    """The AVeriTeC JSON array as text (see :func:`averitec_records`)."""
    import json

    return json.dumps(averitec_records(corpus, claims=claims, url_template=url_template), ensure_ascii=False,
                      indent=2) + "\n"
