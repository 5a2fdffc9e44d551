"""FEVER JSON lines, in the shape of the FEVER dataset, and the matching wiki-pages file.

A claim record has exactly the dataset's fields (https://fever.ai/dataset/fever.html);
two records of the bundled fact base (the first cut after two of its six evidence sets)::

    {"id": 557920648, "verifiable": "VERIFIABLE", "label": "SUPPORTS",
     "claim": "Turkey and Syria signed a memorandum of understanding on military cooperation on 13 August 2025.",
     "evidence": [[[557920648, 1503652893, "000_081174c5714dbfd1", 3]],
                  [[557920648, 10553178, "000_081174c5714dbfd1", 0]], …]}
    {"id": 166178547, "verifiable": "NOT VERIFIABLE", "label": "NOT ENOUGH INFO",
     "claim": "Germany pledged $326 million in humanitarian aid for Syria.",
     "evidence": [[[166178547, null, null, null]]]}

The mapping from the fact base:

* ``label``: ``supported`` → ``SUPPORTS``, ``refuted`` → ``REFUTES``, every other
  verdict (``disputed``, ``outdated``, ``unverified``) → ``NOT ENOUGH INFO`` (see
  :data:`LABELS`); ``verifiable`` is ``NOT VERIFIABLE`` for the last, ``VERIFIABLE``
  otherwise.
* ``id``: an integer derived from the claim id alone (:func:`fever_ids`): the first
  four bytes of its SHA-256 as a positive 31-bit number, so the same claim keeps its
  number from one export to the next whatever else changes, and the number fits the
  32-bit integer the dataset's readers use. Two claim ids that hash alike (rare) are
  separated by taking the next free number, in claim-id order.
* a *page* is a seed id; a *sentence id* is the 0-based index of a sentence of the
  seed's text in :func:`split_sentences` order. :func:`fever_pages` writes the
  wiki-pages side (``id``, ``text``, ``lines`` with ``sentence_id<TAB>sentence`` per
  line), so a FEVER reader can resolve every ``[page, sentence_id]``.
* ``evidence``: a list of evidence *sets*, one per quote whose stance agrees with the
  label (``supports`` quotes of a SUPPORTS claim, ``contradicts`` quotes of a REFUTES
  claim), in the claim's order, duplicates dropped. A set lists
  ``[annotation_id, evidence_id, page, sentence_id]`` for every sentence the quote
  touches (a quote across two sentences needs both). ``annotation_id`` is the claim's
  ``id`` (the desk annotated each claim once); ``evidence_id`` is a 31-bit hash of the
  claim id, the seed and the quote text. A quote not found in its seed (exported only
  with ``--include-failing``) gives no set, so such a claim may have ``[]``.
* a NOT ENOUGH INFO claim carries ``[[[annotation_id, null, null, null]]]`` as in the
  dataset: its quotes are not FEVER evidence (FEVER has none for that label).

The sentence splitter is hand-written (a regular expression and a list of
abbreviations) rather than taken from NLTK or spaCy: it must be deterministic across
versions and installs, and the seeds are short news texts with one paragraph per
line, where a small rule set is enough and can be read in full.

Layer: output wing (held by ``tests/project/test_layers.py``): may import
``factcheck.export`` itself, checking and everything below; never another output wing
(reporters, fix, lint_text, export, quiz), authoring or the cli.
"""

from __future__ import annotations

import hashlib
from typing import Iterable

from ..checking import QuoteSpan, Report
from ..corpus import Corpus
from ..models import Claim, Stance, Verdict
from ..normalize.text import split_sentences

__all__ = ["LABELS", "fever_ids", "fever_pages", "fever_record", "fever_records", "render"]

#: verdict -> FEVER label.
LABELS: dict[Verdict, str] = {
    Verdict.supported: "SUPPORTS",
    Verdict.refuted: "REFUTES",
    Verdict.disputed: "NOT ENOUGH INFO",
    Verdict.outdated: "NOT ENOUGH INFO",
    Verdict.unverified: "NOT ENOUGH INFO",
}

#: the label of claims that are ``NOT VERIFIABLE`` and carry no evidence sentence.
NOT_ENOUGH_INFO = "NOT ENOUGH INFO"
_INT31 = 2**31 - 1


def _int31(text: str) -> int:
    """A number in 1 … 2**31 - 1 from the SHA-256 of ``text`` (stable across runs and installs)."""
    return int.from_bytes(hashlib.sha256(text.encode("utf-8")).digest()[:4], "big") % _INT31 + 1


def fever_ids(claim_ids: Iterable[str]) -> dict[str, int]:
    """The FEVER ``id`` of each claim id: :func:`_int31` of the id, the next free number on a clash.

    Clashes are settled in sorted claim-id order, so the result does not depend on the
    order of the claims; a claim keeps its number unless a new claim clashes with it
    and sorts before it (with 31 bits, rare for any fact base of a desk's size).
    """
    out: dict[str, int] = {}
    taken: set[int] = set()
    for claim_id in sorted(set(claim_ids)):
        number = _int31(claim_id)
        while number in taken:
            number = number % _INT31 + 1
        taken.add(number)
        out[claim_id] = number
    return out


def _sentence_ids(span: QuoteSpan, sentences: list[tuple[int, int]]) -> list[int]:
    out: list[int] = []
    for index, (s, e) in enumerate(sentences):
        if s >= span.end:
            break
        if max(s, span.start) < min(e, span.end):
            out.append(index)
    return out


def fever_record(claim: Claim, spans: Iterable[QuoteSpan],
                 sentences: dict[str, list[tuple[int, int]]], *, fever_id: int) -> dict:
    """The FEVER record of one claim, given its quote spans, each seed's sentences and its ``id``."""
    label = LABELS[claim.verdict]
    if label == NOT_ENOUGH_INFO:
        evidence: list[list[list]] = [[[fever_id, None, None, None]]]
    else:
        wanted = Stance.supports if label == "SUPPORTS" else Stance.contradicts
        evidence = []
        seen: set[tuple] = set()
        for span in sorted(spans, key=lambda q: q.index):
            if span.index >= len(claim.quotes):  # a duplicate claim id (FC006) shares the id
                continue
            quote = claim.quotes[span.index]
            if quote.stance is not wanted:
                continue
            ids = _sentence_ids(span, sentences[span.seed])
            key = (span.seed, *ids)
            if not ids or key in seen:
                continue
            seen.add(key)
            evidence_id = _int31(f"{claim.id}\x1f{quote.seed}\x1f{quote.text}")
            evidence.append([[fever_id, evidence_id, span.seed, i] for i in ids])
    return {
        "id": fever_id,
        "verifiable": "NOT VERIFIABLE" if label == NOT_ENOUGH_INFO else "VERIFIABLE",
        "label": label,
        "claim": " ".join(claim.statement.split()),
        "evidence": evidence,
    }


def fever_records(corpus: Corpus, report: Report, *, claims: Iterable[Claim] | None = None) -> list[dict]:
    """FEVER records for ``claims`` (default: every claim), using the report's quote spans.

    Ids come from :func:`fever_ids` over every claim of the corpus, so leaving claims
    out of an export does not renumber the others.
    """
    sentences = {seed_id: split_sentences(seed.text) for seed_id, seed in sorted(corpus.seeds.items())}
    ids = fever_ids(c.id for c in corpus.claims)
    return [fever_record(claim, report.spans_for(claim.id), sentences, fever_id=ids[claim.id])
            for claim in (corpus.claims if claims is None else claims)]


def fever_pages(corpus: Corpus) -> list[dict]:
    """The wiki-pages side: one ``{"id", "text", "lines"}`` record per seed, sorted by seed id.

    ``lines`` holds ``sentence_id<TAB>sentence`` per sentence, joined by newlines, the
    sentence ids being those the claim records cite; ``text`` is the sentences joined
    by spaces. A tab inside a sentence is written as a space in both (the tab separates
    fields in ``lines``); sentences never contain a newline.
    """
    pages = []
    for seed_id, seed in sorted(corpus.seeds.items()):
        sentences = [seed.text[s:e].replace("\t", " ") for s, e in split_sentences(seed.text)]
        pages.append({
            "id": seed_id,
            "text": " ".join(sentences),
            "lines": "\n".join(f"{i}\t{sentence}" for i, sentence in enumerate(sentences)),
        })
    return pages


def render(corpus: Corpus, report: Report, *, claims: Iterable[Claim] | None = None, warn=None) -> str:
    """FEVER claims as JSON lines (see :func:`fever_records`)."""
    import json

    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in fever_records(corpus, report, claims=claims))
