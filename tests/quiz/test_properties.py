"""Properties of generated quizzes over generated fact bases (hypothesis).

Each example writes a small claim file (typed facts drawn at random, quotes cut verbatim
from the real seeds, verdicts mixed) next to the fixture entities and sources, loads it,
and generates a quiz with a random seed, count and type selection.
"""

from __future__ import annotations

import json
import re
import tempfile
from datetime import date, timedelta
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import factcheck
from factcheck.normalize.dates import format_date
from factcheck.normalize.numbers import format_number
from factcheck.quiz import CHOICE_TYPES, ItemType, answer_key, generate, option_key, render

from ._corpus import BASE, seed_texts

_SEEDS = {p.stem: p.read_text(encoding="utf-8") for p in seed_texts()}
# body sentences of the seeds, long enough to be a quote: (seed id, sentence)
_SENTENCES = sorted(
    (seed, m.group(0))
    for seed, text in _SEEDS.items()
    for m in re.finditer(r"[A-Z][^.\n]{40,200}\.", text)
)
_PEOPLE = ["yasar-guler", "murhef-abu-qasra", "ahmed-al-sharaa", "asaad-al-shaibani", "hakan-fidan",
           "bashar-al-assad", "hussein-es-seleme", "mazloum-abdi"]
_NAMES = {"yasar-guler": "Yasar Güler", "murhef-abu-qasra": "Murhef Abu Qasra",
          "ahmed-al-sharaa": "Ahmed al-Sharaa", "asaad-al-shaibani": "Asaad al-Shaibani",
          "hakan-fidan": "Hakan Fidan", "bashar-al-assad": "Bashar al-Assad",
          "hussein-es-seleme": "Hussein es-Seleme", "mazloum-abdi": "Mazloum Abdi"}
_UNITS = ["troops", "airstrikes", "bases"]


@st.composite
def claims(draw, n: int):
    out = []
    for i in range(n):
        person = draw(st.sampled_from(_PEOPLE))
        day = date(2024, 1, 1) + timedelta(days=draw(st.integers(0, 600)))
        precision = draw(st.sampled_from(["day", "month"]))
        value = draw(st.integers(2, 40_000))
        unit = draw(st.sampled_from(_UNITS))
        qualifier = draw(st.sampled_from(["exact", "more-than", "about"]))
        verdict = draw(st.sampled_from(["supported", "supported", "supported", "refuted", "disputed"]))
        seed, sentence = draw(st.sampled_from(_SENTENCES))
        iso = day.isoformat() if precision == "day" else day.isoformat()[:7]
        statement = (f"{_NAMES[person]} reported {format_number(value, qualifier, unit)} "
                     f"on {format_date(day, precision)}." if precision == "day" else
                     f"{_NAMES[person]} reported {format_number(value, qualifier, unit)} "
                     f"in {format_date(day, precision)}.")
        out.append({
            "id": f"synthetic-{i}",
            "statement": statement,
            "verdict": verdict,
            **({"rationale": "synthetic"} if verdict != "supported" else {}),
            "facts": [
                {"type": "entity", "entity": person},
                {"type": "date", "subject": person, "property": f"event-{i}", "value": iso,
                 "precision": precision},
                {"type": "number", "subject": person, "property": f"count-{i}", "value": value,
                 "qualifier": qualifier, "unit": unit},
            ],
            "quotes": [{"seed": seed, "text": sentence}],
        })
    return out


def _load(records: list[dict]) -> factcheck.Corpus:
    folder = Path(tempfile.mkdtemp(prefix="factcheck-quiz-prop-"))
    (folder / "claims.yaml").write_text(json.dumps({"claims": records}, ensure_ascii=False), encoding="utf-8")
    return factcheck.load_corpus([*seed_texts(), BASE / "entities.yaml", BASE / "sources.yaml",
                                  folder / "claims.yaml"])


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(records=st.integers(4, 12).flatmap(claims),
       seed=st.integers(0, 2**32),
       count=st.integers(1, 30),
       types=st.sets(st.sampled_from(list(ItemType)), min_size=1))
def test_quiz_properties(records, seed, count, types):
    corpus = _load(records)
    report = factcheck.check(corpus)
    failing = report.failing_claims()
    quiz = generate(corpus, count=count, seed=seed, types=sorted(t.value for t in types), report=report)
    assert len(quiz.items) <= count
    assert quiz.claims_used + quiz.claims_skipped == quiz.claims_total == len(records)
    for item in quiz.items:
        assert item.type in types
        assert not failing & set(item.claim_ids)
        if item.type in CHOICE_TYPES:
            assert len(item.correct_options) == 1, item
        keys = [option_key(o.text, "text", diacritics=item.type is not ItemType.spelling)
                for o in item.options]
        assert len(keys) == len(set(keys)), item
        if item.type is ItemType.multiple_choice:
            kind = "date" if item.prompt.startswith("Which date") else \
                "number" if item.prompt.startswith("Which figure") else "entity"
            typed = [option_key(o.text, kind) for o in item.options]
            assert len(typed) == len(set(typed)), item
        if item.type is ItemType.cloze:
            assert answer_key(item.answer) in {answer_key(a) for a in item.accepted}
        for c in item.citations:
            assert corpus.seeds[c.seed].text[c.start:c.end] == c.quote
    again = generate(_load(records), count=count, seed=seed, types=sorted(t.value for t in types))
    assert render(again, "json") == render(quiz, "json")
