"""FEVER-style JSON lines: one record per claim with its label and evidence sentences.

A record::

    {"id": "mou-signed-13-august-2025", "claim": "Turkey and Syria signed …",
     "label": "SUPPORTS", "verdict": "supported",
     "evidence": [["000_081174c5714dbfd1", 2, 311, 377], …],
     "evidence_stance": ["supports", …]}

* ``label``: ``supported`` → ``SUPPORTS``, ``refuted`` → ``REFUTES``, every other
  verdict (``disputed``, ``outdated``, ``unverified``) → ``NOT ENOUGH INFO`` (see
  :data:`LABELS`); ``verdict`` keeps the fact base's own word.
* ``evidence``: for each quote found in its seed (``Report.quote_spans``), one
  ``[seed_id, sentence_index, start, end]`` per seed sentence the quote touches:
  ``sentence_index`` is 0-based in :func:`split_sentences` order and ``start``/``end``
  are character offsets into the seed text (end exclusive) of the part of the quote
  that lies in that sentence. A quote within one sentence gives one entry whose span
  is exactly the quote as it stands in the seed. ``evidence_stance`` runs parallel
  (the quote's ``stance``). Quotes not found in their seed give no evidence.

The sentence splitter is hand-written (a regular expression and a list of
abbreviations) rather than taken from NLTK or spaCy: it must be deterministic across
versions and installs, and the seeds are short news texts with one paragraph per
line, where a small rule set is enough and can be read in full.
"""

from __future__ import annotations

import re
from typing import Iterable

from ..check import QuoteSpan, Report
from ..loading import Corpus
from ..models import Claim, Verdict

__all__ = ["ABBREVIATIONS", "LABELS", "fever_record", "fever_records", "split_sentences"]

#: verdict -> FEVER label.
LABELS: dict[Verdict, str] = {
    Verdict.supported: "SUPPORTS",
    Verdict.refuted: "REFUTES",
    Verdict.disputed: "NOT ENOUGH INFO",
    Verdict.outdated: "NOT ENOUGH INFO",
    Verdict.unverified: "NOT ENOUGH INFO",
}

#: Words that end with a period without ending a sentence (compared lowercase).
ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof gen lt col maj capt sgt adm cmdr gov sen rep pres st sr jr no vs etc "
    "jan feb mar apr jun jul aug sep sept oct nov dec approx dept est inc ltd co corp".split()
)

# a candidate end: terminal punctuation, closing quotes/brackets, spaces, then a sentence start
_END = re.compile(r"[.!?…]+[\"'”’)\]]*(?=[ \t\u00a0]+[\"'“‘(\[]?[A-Z0-9\u00c0-\u024f])")
_WORD_BEFORE = re.compile(r"([A-Za-z]+)\.$")


def _is_abbreviation(text: str, dot: int) -> bool:
    """True when the period at ``dot`` closes an abbreviation or an initial ("U.S.", "Aug.")."""
    m = _WORD_BEFORE.search(text, max(0, dot - 12), dot + 1)
    if m is None:
        return False
    word = m.group(1)
    return len(word) == 1 or word.lower() in ABBREVIATIONS


def split_sentences(text: str) -> list[tuple[int, int]]:
    """[start, end) spans of the sentences of ``text``, in order, without outer whitespace.

    Every line is split on its own (a line break always ends a sentence); within a
    line a sentence ends at ``.``, ``!``, ``?`` or ``…`` (plus closing quotes and
    brackets) before whitespace and a capital letter, a digit or an opening quote,
    unless the period closes an abbreviation (:data:`ABBREVIATIONS`) or a single
    letter. Blank lines give no sentence.
    """
    spans: list[tuple[int, int]] = []
    line_start = 0
    for line in text.split("\n"):
        cuts = [0]
        for m in _END.finditer(line):
            punct_end = m.start() + len(m.group(0).rstrip("\"'”’)]"))
            if line[punct_end - 1] == "." and _is_abbreviation(line, punct_end - 1):
                continue
            cuts.append(m.end())
        cuts.append(len(line))
        for a, b in zip(cuts, cuts[1:]):
            piece = line[a:b]
            stripped = piece.strip()
            if stripped:
                lead = len(piece) - len(piece.lstrip())
                s = line_start + a + lead
                spans.append((s, s + len(stripped)))
        line_start += len(line) + 1
    return spans


def _evidence(span: QuoteSpan, sentences: list[tuple[int, int]]) -> list[list]:
    out: list[list] = []
    for index, (s, e) in enumerate(sentences):
        if s >= span.end:
            break
        lo, hi = max(s, span.start), min(e, span.end)
        if lo < hi:
            out.append([span.seed, index, lo, hi])
    return out


def fever_record(claim: Claim, spans: Iterable[QuoteSpan],
                 sentences: dict[str, list[tuple[int, int]]]) -> dict:
    """The FEVER record of one claim, given its quote spans and each seed's sentences."""
    evidence: list[list] = []
    stances: list[str] = []
    for span in sorted(spans, key=lambda q: q.index):
        if span.index >= len(claim.quotes):  # a duplicate claim id (FC006) shares the id
            continue
        stance = claim.quotes[span.index].stance.value
        for entry in _evidence(span, sentences[span.seed]):
            evidence.append(entry)
            stances.append(stance)
    return {
        "id": claim.id,
        "claim": " ".join(claim.statement.split()),
        "label": LABELS[claim.verdict],
        "verdict": claim.verdict.value,
        "evidence": evidence,
        "evidence_stance": stances,
    }


def fever_records(corpus: Corpus, report: Report, *, claims: Iterable[Claim] | None = None) -> list[dict]:
    """FEVER records for ``claims`` (default: every claim), using ``report.quote_spans``."""
    sentences = {seed_id: split_sentences(seed.text) for seed_id, seed in sorted(corpus.seeds.items())}
    by_claim: dict[str, list[QuoteSpan]] = {}
    for span in report.quote_spans:
        by_claim.setdefault(span.claim_id, []).append(span)
    return [fever_record(claim, by_claim.get(claim.id, []), sentences)
            for claim in (corpus.claims if claims is None else claims)]
