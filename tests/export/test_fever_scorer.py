"""The FEVER export read by the official FEVER scorer (vendored, see tests/vendor/fever_scorer).

The scorer is what the FEVER shared task scored systems with: it reads the gold ``label``
and ``evidence`` sets and a system's ``predicted_label`` and ``predicted_evidence``
(``[page, sentence_id]`` pairs). Our old export (flat ``[seed, index, start, end]``
evidence) made it raise ``TypeError``; now gold predictions score 1.0 everywhere and wrong
ones score what the scorer's definitions say they should.
"""

from __future__ import annotations

import copy
import hashlib
import json
from pathlib import Path

import pytest

import factcheck
from factcheck.cli import main
from factcheck.export import fever_records

from .._fixtures import load_with_base
from ..vendor.fever_scorer.scorer import fever_score
from ._helpers import EXPORT_CLAIMS, ROOT, base_args

SCORER = Path(__file__).resolve().parents[1] / "vendor" / "fever_scorer" / "scorer.py"


def test_the_vendored_scorer_is_the_upstream_file():
    digest = hashlib.sha256(SCORER.read_bytes()).hexdigest()
    assert digest == "fa12eaab2c88208f990948fc5d533ad4f91a6b8f48640f29317d1f00ab410ac9"


def gold_predictions(records):
    """Each record with a system's perfect answer: its label and every sentence of its evidence."""
    out = []
    for record in records:
        instance = copy.deepcopy(record)
        instance["predicted_label"] = record["label"]
        instance["predicted_evidence"] = [] if record["label"] == "NOT ENOUGH INFO" else [
            [page, sentence] for evidence_set in record["evidence"] for _, _, page, sentence in evidence_set]
        out.append(instance)
    return out


def exported(args):
    """The records `factcheck export --format fever` writes, read back from its JSON lines."""
    import contextlib
    import io

    buffer = io.StringIO()
    with contextlib.redirect_stdout(buffer):
        assert main(["export", "--format", "fever", *args]) == 0
    return [json.loads(line) for line in buffer.getvalue().splitlines()]


def test_gold_predictions_score_one_on_the_cli_output():
    records = exported(["--include-failing", *base_args(), str(EXPORT_CLAIMS)])
    assert fever_score(gold_predictions(records)) == (1.0, 1.0, 1.0, 1.0, 1.0)


def test_gold_predictions_score_one_on_the_bundled_fact_base():
    records = exported([str(ROOT / "claims"), str(ROOT / "seeds")])
    assert len(records) > 100
    assert {r["label"] for r in records} == {"SUPPORTS", "REFUTES", "NOT ENOUGH INFO"}
    assert fever_score(gold_predictions(records)) == (1.0, 1.0, 1.0, 1.0, 1.0)


def test_blind_mode_reads_gold_from_the_export():
    """The shared task's blind test: predictions carry no gold, the export is the `actual` file."""
    records = exported(["--include-failing", *base_args(), str(EXPORT_CLAIMS)])
    blind = [{"id": p["id"], "predicted_label": p["predicted_label"], "predicted_evidence": p["predicted_evidence"]}
             for p in gold_predictions(records)]
    assert fever_score(blind, actual=records) == (1.0, 1.0, 1.0, 1.0, 1.0)


def test_wrong_predictions_lose_what_they_should():
    corpus = load_with_base(EXPORT_CLAIMS)
    records = fever_records(corpus, factcheck.check(corpus))
    labels = [r["label"] for r in records]
    assert labels == ["SUPPORTS", "NOT ENOUGH INFO", "REFUTES", "SUPPORTS"]
    predictions = gold_predictions(records)
    # 0: right label, only the second evidence set's sentence: still strictly right (one complete set)
    predictions[0]["predicted_evidence"] = predictions[0]["predicted_evidence"][1:]
    # 1: NOT ENOUGH INFO predicted as SUPPORTS: wrong label
    predictions[1]["predicted_label"] = "SUPPORTS"
    # 2: right label, wrong sentence: label right, not strictly right, evidence precision 0
    page, sentence = predictions[2]["predicted_evidence"][0]
    predictions[2]["predicted_evidence"] = [[page, sentence + 1]]
    # 3: right label, only the first of the two sentences its first set needs, and nothing of the second set
    predictions[3]["predicted_evidence"] = predictions[3]["predicted_evidence"][:1]
    strict, accuracy, precision, recall, f1 = fever_score(predictions)
    assert strict == 1 / 4            # only claim 0
    assert accuracy == 3 / 4          # all but claim 1
    assert precision == pytest.approx((1 + 0 + 1) / 3)  # per verifiable claim: 1, 0, 1
    assert recall == pytest.approx(1 / 3)                # a complete set only for claim 0
    assert f1 == pytest.approx(2 * precision * recall / (precision + recall))


def test_the_old_flat_evidence_shape_crashed_the_scorer():
    """What the export wrote before: the scorer cannot read it (the bug this export fixes)."""
    old = {"id": "turkey-more-than-20000-troops-in-syria", "claim": "…", "label": "SUPPORTS",
           "evidence": [["004_8852cf15b64951e6", 15, 1956, 2005]],
           "predicted_label": "SUPPORTS", "predicted_evidence": [["004_8852cf15b64951e6", 15]]}
    with pytest.raises(TypeError):
        fever_score([old])
