"""AVeriTeC JSON: the dataset's fields and values, answers that are the quotes verbatim,
nothing filled in that the fact base does not know.

The shape is the one the AVeriTeC repository documents (github.com/MichSchli/AVeriTeC,
README "Format", and data/dev.json); its evaluator (eval.py) is under a non-commercial
licence, so it is not vendored: the last tests read the export the way that evaluator
reads its references (labels among its four verdicts, "question answer" strings from
every question and answer, one string at least per claim, ``claim_types`` a list).
"""

from __future__ import annotations

import json

import pytest

import factcheck
from factcheck.cli import main
from factcheck.errors import UsageError
from factcheck.export import AVERITEC_LABELS, averitec_records
from factcheck.models import Verdict

from .._fixtures import load_with_base
from ._helpers import BASE, EXPORT_CLAIMS, base_args, seed_texts

jsonschema = pytest.importorskip("jsonschema")

KEYS = ["claim", "required_reannotation", "label", "justification", "claim_date", "speaker",
        "original_claim_url", "fact_checking_article", "reporting_source", "location_ISO_code",
        "claim_types", "fact_checking_strategies", "questions", "cached_original_claim_url"]
VERDICTS = ["Supported", "Refuted", "Not Enough Evidence", "Conflicting Evidence/Cherrypicking"]
NULLABLE_STRING = {"type": ["string", "null"]}
AVERITEC_SCHEMA = {
    "type": "object",
    "required": KEYS,
    "additionalProperties": False,
    "properties": {
        "claim": {"type": "string", "minLength": 1},
        "required_reannotation": {"type": "boolean"},
        "label": {"enum": VERDICTS},
        "justification": NULLABLE_STRING,
        "claim_date": {"type": ["string", "null"], "pattern": r"^\d{2}-\d{2}-\d{4}$"},
        "speaker": NULLABLE_STRING, "original_claim_url": NULLABLE_STRING,
        "fact_checking_article": NULLABLE_STRING, "reporting_source": NULLABLE_STRING,
        "location_ISO_code": NULLABLE_STRING, "cached_original_claim_url": NULLABLE_STRING,
        "claim_types": {"type": "array", "items": {"type": "string"}},
        "fact_checking_strategies": {"type": "array", "items": {"type": "string"}},
        "questions": {
            "type": "array", "minItems": 1,
            "items": {
                "type": "object", "required": ["question", "answers"],
                "properties": {
                    "question": {"type": "string", "minLength": 1},
                    "answers": {"type": "array", "minItems": 1, "items": {
                        "type": "object", "required": ["answer", "answer_type", "source_url", "source_medium"],
                        "properties": {
                            "answer": {"type": "string", "minLength": 1},
                            "answer_type": {"enum": ["Abstractive", "Extractive", "Boolean", "Unanswerable"]},
                            "source_url": NULLABLE_STRING, "source_medium": NULLABLE_STRING,
                        },
                        "if": {"properties": {"answer_type": {"const": "Boolean"}}},
                        "then": {"required": ["boolean_explanation"]},
                    }},
                },
            },
        },
    },
}


@pytest.fixture(scope="module")
def corpus():
    return load_with_base(EXPORT_CLAIMS)


def by_claim(corpus, records):
    return {claim.id: record for claim, record in zip(corpus.claims, records)}


def test_label_mapping_is_total_and_within_the_four_verdicts():
    assert set(AVERITEC_LABELS) == set(Verdict)
    assert AVERITEC_LABELS == {
        Verdict.supported: "Supported", Verdict.refuted: "Refuted", Verdict.unverified: "Not Enough Evidence",
        Verdict.disputed: "Conflicting Evidence/Cherrypicking", Verdict.outdated: "Conflicting Evidence/Cherrypicking"}


def test_records_have_the_dataset_fields_in_its_order(corpus):
    records = averitec_records(corpus)
    assert len(records) == 4
    for record in records:
        assert list(record) == KEYS
        jsonschema.validate(record, AVERITEC_SCHEMA)
    assert [r["label"] for r in records] == ["Supported", "Conflicting Evidence/Cherrypicking", "Refuted", "Supported"]


def test_answers_are_the_quotes_verbatim(corpus):
    records = by_claim(corpus, averitec_records(corpus))
    for claim in corpus.claims:
        answers = [a["answer"] for q in records[claim.id]["questions"] for a in q["answers"]]
        assert answers == [q.text for q in claim.quotes]
        for q in records[claim.id]["questions"]:
            assert all(a["answer_type"] == "Extractive" for a in q["answers"])


def test_one_question_per_seed_and_stance(corpus):
    records = by_claim(corpus, averitec_records(corpus))
    assert [q["question"] for q in records["mou-signed-13-august-2025"]["questions"]] == [
        "What does source 000_081174c5714dbfd1 say that supports the claim?",
        "What does source 002_346b15368b31c8c0 say that supports the claim?",
    ]
    assert [q["question"] for q in records["mou-is-the-comprehensive-accord"]["questions"]] == [
        "What does source 000_081174c5714dbfd1 say that contradicts the claim?"]


def test_unknowns_stay_null(corpus):
    for record in averitec_records(corpus):
        assert record["speaker"] is record["location_ISO_code"] is record["cached_original_claim_url"] is None
        assert record["claim_types"] == [] and record["required_reannotation"] is False
        assert record["fact_checking_article"] is None
        for q in record["questions"]:
            for a in q["answers"]:  # no seed of the base sources has a url
                assert a["source_url"] is None and a["source_medium"] is None


def test_justification_is_the_rationale_or_null(corpus):
    records = by_claim(corpus, averitec_records(corpus))
    assert records["mou-signed-13-august-2025"]["justification"] is None
    assert records["interim-government-led-by-al-jalali"]["justification"].startswith("Seed 002 repeats")


def test_claim_date_is_the_earliest_when_every_appearance_is_dated(corpus):
    records = by_claim(corpus, averitec_records(corpus))
    assert records["mou-signed-13-august-2025"]["claim_date"] == "14-08-2025"  # seeds 000 (14 Aug) and 002 (18 Aug)
    assert records["interim-government-led-by-al-jalali"]["claim_date"] == "18-08-2025"
    assert records["mou-is-the-comprehensive-accord"]["claim_date"] is None  # no supporting quote


def _corpus_with(tmp_path, extra):
    sources = tmp_path / "sources.yaml"
    sources.write_text("sources:\n  - id: 000_081174c5714dbfd1\n    file: 000_081174c5714dbfd1.txt\n" + extra,
                       encoding="utf-8")
    return factcheck.load_corpus([*seed_texts(), sources, BASE / "entities.yaml", EXPORT_CLAIMS])


def test_first_source_url_and_outlet_when_known(tmp_path):
    corpus = _corpus_with(tmp_path, "    published: 2025-08-14\n    outlet: Outlet A\n    headline: Deal signed\n"
                                    "    url: https://example.com/a\n"
                                    "  - id: 002_346b15368b31c8c0\n    file: 002_346b15368b31c8c0.txt\n"
                                    "    published: 2025-08-18\n")
    record = by_claim(corpus, averitec_records(corpus))["mou-signed-13-august-2025"]
    assert (record["claim_date"], record["original_claim_url"], record["reporting_source"]) == (
        "14-08-2025", "https://example.com/a", "Outlet A")
    first = record["questions"][0]
    assert first["question"] == ("What does source 000_081174c5714dbfd1 (\u201cDeal signed\u201d) "
                                 "say that supports the claim?")
    assert first["answers"][0]["source_url"] == "https://example.com/a"
    assert first["answers"][0]["source_medium"] == "Web text"


def test_an_undated_appearance_leaves_date_url_and_source_null(tmp_path):
    corpus = _corpus_with(tmp_path, "    published: 2025-08-14\n    outlet: Outlet A\n    url: https://example.com/a\n")
    record = by_claim(corpus, averitec_records(corpus))["mou-signed-13-august-2025"]
    assert record["claim_date"] is record["original_claim_url"] is record["reporting_source"] is None


def test_a_claim_without_quotes_has_the_unanswerable_pair(tmp_path):
    claims = tmp_path / "claims.yaml"
    claims.write_text("claims:\n  - id: open\n    statement: Turkey will open a base in Syria.\n"
                      "    verdict: unverified\n    rationale: No seed says so.\n", encoding="utf-8")
    (record,) = averitec_records(load_with_base(claims))
    assert record["label"] == "Not Enough Evidence" and record["fact_checking_strategies"] == []
    assert record["questions"] == [{"question": "What do the sources say about the claim?", "answers": [
        {"answer": "No answer could be found.", "answer_type": "Unanswerable", "source_url": "", "source_medium": ""}]}]
    jsonschema.validate(record, AVERITEC_SCHEMA)


def test_url_template_gives_the_fact_checking_article(corpus):
    records = averitec_records(corpus, url_template="https://example.org/checks/{id}")
    assert records[0]["fact_checking_article"] == "https://example.org/checks/mou-signed-13-august-2025"
    with pytest.raises(UsageError, match="no '{id}' placeholder"):
        averitec_records(corpus, url_template="https://example.org/checks")


def _comparison_strings(record):
    """What AVeriTeC's evaluator compares: "question answer" per answer, the question and
    "No answer could be found." for a question without answers."""
    out = []
    for question in record["questions"]:
        answers = question["answers"] if isinstance(question["answers"], list) else [question["answers"]]
        for answer in answers:
            text = question["question"] + " " + answer["answer"]
            if answer.get("answer_type") == "Boolean":
                text += ". " + answer["boolean_explanation"]
            out.append(text)
        if not answers:
            out.append(question["question"] + " No answer could be found.")
    return out


def test_the_evaluator_can_read_every_reference(capsys):
    from .._fixtures import ROOT

    assert main(["export", "--format", "averitec", str(ROOT / "claims"), str(ROOT / "seeds")]) == 0
    references = json.loads(capsys.readouterr().out)
    assert len(references) > 100
    assert {r["label"] for r in references} <= set(VERDICTS)
    for reference in references:
        jsonschema.validate(reference, AVERITEC_SCHEMA)
        assert _comparison_strings(reference)  # the evaluator divides by their number
        assert list(reference["claim_types"]) == []
        assert reference["justification"] is None or isinstance(reference["justification"], str)


def test_cli_is_deterministic_and_needs_no_url(capsys):
    args = ["export", "--format", "averitec", "--include-failing", *base_args(), str(EXPORT_CLAIMS)]
    assert main(args) == 0
    first = capsys.readouterr().out
    assert main(args) == 0
    assert capsys.readouterr().out == first
    assert len(json.loads(first)) == 4 and first.endswith("]\n")


def test_cli_bad_url_template_is_one_line(capsys):
    code = main(["export", "--format", "averitec", "--url-template", "example.org/{id}", *base_args(),
                 str(EXPORT_CLAIMS)])
    out, err = capsys.readouterr()
    assert (code, out) == (2, "")
    assert err == "factcheck: error: url template 'example.org/{id}' is not an absolute http(s) URL\n"
