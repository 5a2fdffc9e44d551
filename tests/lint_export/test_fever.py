"""FEVER JSON lines: labels from verdicts, evidence read back against the seed sentences."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

import factcheck
from factcheck.cli import main
from factcheck.export import LABELS, fever_records, split_sentences
from factcheck.models import Verdict

from .._fixtures import load_with_base
from ._helpers import EXPORT_CLAIMS, base_args

_TYPO = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'"})


@pytest.fixture(scope="module")
def checked():
    corpus = load_with_base(EXPORT_CLAIMS)
    return corpus, factcheck.check(corpus)


def test_label_mapping_is_total_and_documented():
    assert LABELS == {Verdict.supported: "SUPPORTS", Verdict.refuted: "REFUTES",
                      Verdict.disputed: "NOT ENOUGH INFO", Verdict.outdated: "NOT ENOUGH INFO",
                      Verdict.unverified: "NOT ENOUGH INFO"}


def test_records_have_id_claim_label(checked):
    corpus, report = checked
    records = fever_records(corpus, report)
    assert [(r["id"], r["label"]) for r in records] == [
        ("mou-signed-13-august-2025", "SUPPORTS"),
        ("interim-government-led-by-al-jalali", "NOT ENOUGH INFO"),
        ("mou-is-the-comprehensive-accord", "REFUTES"),
        ("turkey-to-train-syrian-forces", "SUPPORTS"),
    ]
    assert records[0]["claim"].startswith("Turkey and Syria signed a memorandum")


def test_every_evidence_span_lies_in_its_sentence_and_joins_into_the_quote(checked):
    corpus, report = checked
    for record, claim in zip(fever_records(corpus, report), corpus.claims):
        evidence = record["evidence"]
        assert len(record["evidence_stance"]) == len(evidence)
        pieces = iter(evidence)
        for quote in claim.quotes:
            seed = corpus.seeds[quote.seed].text
            sentences = split_sentences(seed)
            entry = next(pieces)
            seed_id, index, start, end = entry
            assert seed_id == quote.seed
            s, e = sentences[index]
            assert s <= start < end <= e
            last_end, last_index = end, index
            while last_end - start < len(quote.text):  # the quote goes on in the next sentence
                seed_id, index, piece_start, last_end = next(pieces)
                assert index == last_index + 1 and sentences[index][0] == piece_start
                last_index = index
            assert seed[start:last_end].translate(_TYPO) == quote.text.translate(_TYPO)
        assert next(pieces, None) is None


def test_a_quote_across_two_sentences_gives_two_entries(checked):
    corpus, report = checked
    record = {r["id"]: r for r in fever_records(corpus, report)}["turkey-to-train-syrian-forces"]
    seed = corpus.seeds["002_346b15368b31c8c0"].text
    (_, i1, a1, b1), (_, i2, a2, b2) = record["evidence"][:2]
    assert i2 == i1 + 1
    assert seed[a1:b1] == "with Turkey offering to train Syrian forces in their use if necessary."
    assert seed[a2:b2] == "This development follows a period of strained relations"


def test_folded_quote_points_at_the_seed_characters(checked):
    corpus, report = checked
    record = {r["id"]: r for r in fever_records(corpus, report)}["turkey-to-train-syrian-forces"]
    seed_id, _, start, end = record["evidence"][-1]
    assert corpus.seeds[seed_id].text[start:end] == "“The memorandum aims to coordinate, plan military training and cooperation"


def test_contradicting_quote_is_marked(checked):
    corpus, report = checked
    record = {r["id"]: r for r in fever_records(corpus, report)}["mou-is-the-comprehensive-accord"]
    assert record["evidence_stance"] == ["contradicts"]


@pytest.mark.parametrize("text, expected", [
    ("On Aug. 13, Turkey and Syria signed. It was new.", ["On Aug. 13, Turkey and Syria signed.", "It was new."]),
    ("The U.S. President spoke. Then Mr. Smith left!", ["The U.S. President spoke.", "Then Mr. Smith left!"]),
    ("He said “it is done.” Ankara agreed.", ["He said “it is done.”", "Ankara agreed."]),
    ("one line\n\n  second line  \n", ["one line", "second line"]),
    ("a figure of 3.5 million. 20 died.", ["a figure of 3.5 million.", "20 died."]),
    ("", []),
])
def test_sentence_splitting_examples(text, expected):
    assert [text[s:e] for s, e in split_sentences(text)] == expected


@given(st.text(alphabet=st.sampled_from("aB1. !?“”\n\t\u00a0"), max_size=120))
def test_sentences_cover_every_visible_character_once(text):
    spans = split_sentences(text)
    covered = [False] * len(text)
    last = 0
    for s, e in spans:
        assert last <= s < e <= len(text)
        assert text[s:e] == text[s:e].strip() and "\n" not in text[s:e]
        for i in range(s, e):
            covered[i] = True
        last = e
    assert all(covered[i] or text[i].isspace() for i in range(len(text)))


def test_cli_writes_json_lines_deterministically(tmp_path, capsys):
    args = ["export", "--format", "fever", "--include-failing", *base_args(), str(EXPORT_CLAIMS)]
    assert main(args) == 0
    first = capsys.readouterr().out
    assert main(args) == 0
    assert capsys.readouterr().out == first
    lines = first.splitlines()
    assert len(lines) == 4
    for line in lines:
        record = json.loads(line)
        assert set(record) == {"id", "claim", "label", "verdict", "evidence", "evidence_stance"}
        assert record["label"] in {"SUPPORTS", "REFUTES", "NOT ENOUGH INFO"}


def test_bundled_fact_base_evidence_reads_back():
    """On whatever the bundled fact base holds: every found quote is covered by its evidence."""
    from ._helpers import ROOT

    corpus = factcheck.load_corpus([ROOT / "claims", ROOT / "seeds"])
    report = factcheck.check(corpus, select=["FC101"])
    records = {r["id"]: r for r in fever_records(corpus, report)}
    sentences = {s: split_sentences(seed.text) for s, seed in corpus.seeds.items()}
    assert report.quote_spans
    for span in report.quote_spans:
        record = records[span.claim_id]
        pieces = [(i, a, b) for seed, i, a, b in record["evidence"]
                  if seed == span.seed and span.start <= a and b <= span.end]
        assert pieces and pieces[0][1] == span.start and pieces[-1][2] == span.end
        for i, a, b in pieces:
            s, e = sentences[span.seed][i]
            assert s <= a < b <= e
        text = corpus.seeds[span.seed].text
        quote = corpus.claim_index[span.claim_id].quotes[span.index].text
        if span.exact:
            assert text[span.start:span.end] == quote
