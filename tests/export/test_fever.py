"""FEVER JSON lines in the dataset's shape: labels from verdicts, integer ids, evidence sets
whose [page, sentence_id] resolve through the exported wiki-pages to the quotes.

The official scorer's own tests are in test_fever_scorer.py."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

import factcheck
from factcheck.cli import main
from factcheck.export import LABELS, fever_ids, fever_pages, fever_records
from factcheck.export import fever as fever_module
from factcheck.models import Verdict
from factcheck.normalize.text import split_sentences

from .._fixtures import load_with_base
from ._helpers import EXPORT_CLAIMS, ROOT, base_args

_TYPO = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'"})
FEVER_KEYS = ["id", "verifiable", "label", "claim", "evidence"]  # the dataset's fields, in its order


@pytest.fixture(scope="module")
def checked():
    corpus = load_with_base(EXPORT_CLAIMS)
    return corpus, factcheck.check(corpus)


def by_claim(corpus, records):
    return {claim.id: record for claim, record in zip(corpus.claims, records)}


def test_label_mapping_is_total_and_documented():
    assert LABELS == {Verdict.supported: "SUPPORTS", Verdict.refuted: "REFUTES",
                      Verdict.disputed: "NOT ENOUGH INFO", Verdict.outdated: "NOT ENOUGH INFO",
                      Verdict.unverified: "NOT ENOUGH INFO"}


def test_records_have_exactly_the_dataset_fields(checked):
    corpus, report = checked
    records = fever_records(corpus, report)
    assert [list(r) for r in records] == [FEVER_KEYS] * 4
    assert [(r["verifiable"], r["label"]) for r in records] == [
        ("VERIFIABLE", "SUPPORTS"),            # mou-signed-13-august-2025
        ("NOT VERIFIABLE", "NOT ENOUGH INFO"),  # interim-government-led-by-al-jalali (outdated)
        ("VERIFIABLE", "REFUTES"),              # mou-is-the-comprehensive-accord
        ("VERIFIABLE", "SUPPORTS"),             # turkey-to-train-syrian-forces
    ]
    assert records[0]["claim"].startswith("Turkey and Syria signed a memorandum")
    for record in records:
        assert type(record["id"]) is int and 1 <= record["id"] < 2**31
        for evidence_set in record["evidence"]:
            for annotation_id, evidence_id, page, sentence_id in evidence_set:
                assert annotation_id == record["id"]
                if record["label"] != "NOT ENOUGH INFO":
                    assert type(evidence_id) is int and 1 <= evidence_id < 2**31
                    assert page in corpus.seeds and type(sentence_id) is int


def test_ids_are_the_claim_ids_hashed(checked):
    corpus, report = checked
    records = by_claim(corpus, fever_records(corpus, report))
    ids = {claim_id: record["id"] for claim_id, record in records.items()}
    assert len(set(ids.values())) == 4
    # a pure function of the claim id: the same alone, in any order, in any company
    for claim_id, number in ids.items():
        assert fever_ids([claim_id]) == {claim_id: number}
    assert fever_ids(reversed(list(ids))) == ids
    # pinned: a claim's id must not change between releases
    assert fever_ids(["mou-signed-13-august-2025"]) == {"mou-signed-13-august-2025": 557920648}


def test_id_clashes_take_the_next_free_number_in_claim_id_order(monkeypatch):
    monkeypatch.setattr(fever_module, "_int31", lambda text: 2**31 - 2)
    assert fever_ids(["c", "a", "b"]) == {"a": 2**31 - 2, "b": 2**31 - 1, "c": 1}


def test_leaving_claims_out_does_not_renumber_the_others(checked):
    corpus, report = checked
    everything = by_claim(corpus, fever_records(corpus, report))
    last = corpus.claims[-1]
    alone = fever_records(corpus, report, claims=[last])
    assert alone == [everything[last.id]]


def test_not_enough_info_has_the_dataset_placeholder(checked):
    corpus, report = checked
    record = by_claim(corpus, fever_records(corpus, report))["interim-government-led-by-al-jalali"]
    assert record["evidence"] == [[[record["id"], None, None, None]]]
    assert json.dumps(record["evidence"]) == f"[[[{record['id']}, null, null, null]]]"


def test_one_evidence_set_per_quote_and_one_entry_per_sentence(checked):
    corpus, report = checked
    records = by_claim(corpus, fever_records(corpus, report))
    pages = [[e[2:] for e in evidence_set] for evidence_set in records["mou-signed-13-august-2025"]["evidence"]]
    assert [[page for page, _ in s] for s in pages] == [["000_081174c5714dbfd1"], ["002_346b15368b31c8c0"]]
    # the quote across two sentences of seed 002 is one set of two consecutive sentences
    first, second = records["turkey-to-train-syrian-forces"]["evidence"]
    assert [e[2] for e in first] == ["002_346b15368b31c8c0"] * 2 and first[1][3] == first[0][3] + 1
    assert len(second) == 1 and second[0][2] == "000_081174c5714dbfd1"
    assert len({e[1] for e in first}) == 1 and first[0][1] != second[0][1]


def test_refuted_claim_cites_its_contradicting_quote(checked):
    corpus, report = checked
    record = by_claim(corpus, fever_records(corpus, report))["mou-is-the-comprehensive-accord"]
    ((entry,),) = record["evidence"]
    text = corpus.seeds[entry[2]].text
    s, e = split_sentences(text)[entry[3]]
    assert "In a first step towards a comprehensive military cooperation accord" in text[s:e]


def test_supporting_quotes_of_a_refuted_claim_are_not_its_evidence(tmp_path):
    claims = tmp_path / "claims.yaml"
    claims.write_text(
        "claims:\n  - id: mixed\n    statement: The memorandum is the comprehensive accord.\n"
        "    verdict: refuted\n    rationale: Seed 000 calls it a first step.\n    quotes:\n"
        "      - {seed: 000_081174c5714dbfd1, text: Turkey and Syria inked a memorandum of understanding}\n"
        "      - {seed: 000_081174c5714dbfd1, text: In a first step towards a comprehensive military "
        "cooperation accord, stance: contradicts}\n", encoding="utf-8")
    corpus = load_with_base(claims)
    (record,) = fever_records(corpus, factcheck.check(corpus))
    assert record["label"] == "REFUTES" and len(record["evidence"]) == 1


def test_quotes_in_the_same_sentence_give_one_set(tmp_path):
    claims = tmp_path / "claims.yaml"
    claims.write_text(
        "claims:\n  - id: twice\n    statement: Turkey and Syria signed a memorandum.\n"
        "    verdict: supported\n    quotes:\n"
        "      - {seed: 000_081174c5714dbfd1, text: Turkey and Syria inked a memorandum of understanding}\n"
        "      - {seed: 000_081174c5714dbfd1, text: a memorandum of understanding on Wednesday}\n",
        encoding="utf-8")
    corpus = load_with_base(claims)
    (record,) = fever_records(corpus, factcheck.check(corpus))
    assert len(record["evidence"]) == 1


def _resolve(pages, page, sentence_id):
    lines = dict(line.split("\t", 1) for line in pages[page]["lines"].split("\n"))
    return lines[str(sentence_id)]


def test_every_evidence_set_resolves_through_the_pages_to_its_quote(checked):
    corpus, report = checked
    pages = {p["id"]: p for p in fever_pages(corpus)}
    for claim, record in zip(corpus.claims, fever_records(corpus, report)):
        if record["label"] == "NOT ENOUGH INFO":
            continue
        sets = iter(record["evidence"])
        for quote in claim.quotes:
            if (quote.stance.value == "supports") != (record["label"] == "SUPPORTS"):
                continue
            evidence_set = next(sets)
            assert {e[2] for e in evidence_set} == {quote.seed}
            joined = " ".join(_resolve(pages, quote.seed, e[3]) for e in evidence_set)
            assert quote.text.translate(_TYPO) in joined.translate(_TYPO), claim.id
        assert next(sets, None) is None


def test_pages_number_every_sentence_of_every_seed(checked):
    corpus, _ = checked
    pages = fever_pages(corpus)
    assert [p["id"] for p in pages] == sorted(corpus.seeds)
    for page in pages:
        assert list(page) == ["id", "text", "lines"]
        text = corpus.seeds[page["id"]].text
        sentences = [text[s:e] for s, e in split_sentences(text)]
        assert page["lines"].split("\n") == [f"{i}\t{s}" for i, s in enumerate(sentences)]
        assert page["text"] == " ".join(sentences)


def test_a_tab_inside_a_sentence_does_not_break_the_lines_field(tmp_path):
    seed = tmp_path / "900_tab.txt"
    seed.write_text("Ankara\tsaid so. Damascus agreed.\n", encoding="utf-8")
    (page,) = fever_pages(factcheck.load_corpus([seed]))
    assert page["lines"] == "0\tAnkara said so.\n1\tDamascus agreed."


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


def test_cli_writes_json_lines_deterministically(capsys):
    args = ["export", "--format", "fever", "--include-failing", *base_args(), str(EXPORT_CLAIMS)]
    assert main(args) == 0
    first = capsys.readouterr().out
    assert main(args) == 0
    assert capsys.readouterr().out == first
    lines = first.splitlines()
    assert len(lines) == 4
    for line in lines:
        assert list(json.loads(line)) == FEVER_KEYS


def test_cli_writes_the_pages(capsys):
    assert main(["export", "--format", "fever-pages", *base_args(), str(EXPORT_CLAIMS)]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["id"] for r in records] == sorted(p.stem for p in (ROOT / "seeds").glob("*.txt"))


def test_bundled_fact_base_evidence_reads_back():
    """On whatever the bundled fact base holds: every found quote is one set of its sentences."""
    corpus = factcheck.load_corpus([ROOT / "claims", ROOT / "seeds"])
    report = factcheck.check(corpus, select=["FC101"])
    records = by_claim(corpus, fever_records(corpus, report))
    sentences = {s: split_sentences(seed.text) for s, seed in corpus.seeds.items()}
    assert report.quote_spans
    checked = 0
    for span in report.quote_spans:
        record = records[span.claim_id]
        quote = corpus.claim_index[span.claim_id].quotes[span.index]
        agrees = (quote.stance.value == "supports") == (record["label"] == "SUPPORTS")
        if record["label"] == "NOT ENOUGH INFO" or not agrees:
            continue
        wanted = [i for i, (s, e) in enumerate(sentences[span.seed]) if max(s, span.start) < min(e, span.end)]
        assert any([[e[2], e[3]] for e in evidence_set] == [[span.seed, i] for i in wanted]
                   for evidence_set in record["evidence"]), span
        checked += 1
    assert checked > 50


def test_cli_pages_do_not_report_left_out_claims(tmp_path, capsys):
    """The pages are every seed's: claims with findings change nothing there, so nothing is said."""
    bad = tmp_path / "bad.yaml"
    bad.write_text("claims:\n  - id: not-in-seed\n    statement: A claim.\n    verdict: supported\n"
                   "    quotes:\n      - {seed: 000_081174c5714dbfd1, text: words that are not in the seed}\n",
                   encoding="utf-8")
    assert main(["export", "--format", "fever-pages", *base_args(), str(bad)]) == 0
    out, err = capsys.readouterr()
    assert err == "" and len(out.splitlines()) == 5
    assert main(["export", "--format", "fever", *base_args(), str(bad)]) == 0
    assert "left out 1 claim(s)" in capsys.readouterr().err
