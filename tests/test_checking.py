"""Suppressions on claims: reasons required, findings hidden per claim and code, stale ones reported."""

from __future__ import annotations

import factcheck

from ._fixtures import load_with_base

NO_QUOTE = """\
claims:
  - id: troops-a
    statement: Turkey keeps more than 20,000 troops in Syria.
    verdict: supported
    suppress:
      FC104: "quote pending from a second source"
  - id: troops-b
    statement: Turkey keeps more than 20,000 troops in Syria.
    verdict: supported
  - id: with-quote
    statement: Turkey and Syria signed a memorandum of understanding on 13 August 2025.
    verdict: supported
    suppress: {FC104: "stale", FC101: "also stale"}
    quotes:
      - seed: 000_081174c5714dbfd1
        text: Turkey and Syria inked a memorandum of understanding on Wednesday
"""


def _check(tmp_path, text, **options):
    path = tmp_path / "claims.yaml"
    path.write_text(text, encoding="utf-8")
    return factcheck.check(load_with_base(path), **options)


def test_suppressed_finding_is_hidden_only_on_its_claim(tmp_path):
    report = _check(tmp_path, NO_QUOTE, select=["FC104"])
    assert [(d.code, d.claim_id) for d in report.diagnostics] == [("FC104", "troops-b")]
    assert [(d.code, d.claim_id, d.line) for d in report.suppressed] == [("FC104", "troops-a", 2)]
    assert report.to_dict()["summary"]["suppressed"] == 1


def test_unused_suppressions_are_reported_whatever_is_selected(tmp_path):
    full = _check(tmp_path, NO_QUOTE, select=["FC1", "FC9"])
    alone = _check(tmp_path, NO_QUOTE, select=["FC901"])
    stale = [(d.code, d.claim_id, d.line, d.message) for d in full.diagnostics if d.code == "FC901"]
    assert stale == [
        ("FC901", "with-quote", 13, "suppression of FC104 is unused: FC104 reports nothing on claim 'with-quote'"),
        ("FC901", "with-quote", 13, "suppression of FC101 is unused: FC101 reports nothing on claim 'with-quote'"),
    ]
    assert [(d.code, d.claim_id, d.line, d.message) for d in alone.diagnostics] == stale
    assert alone.suppressed == []  # FC104 ran only to judge the suppressions: not reported, not counted


def test_ignored_rule_still_judges_its_suppressions(tmp_path):
    report = _check(tmp_path, NO_QUOTE, ignore=["FC1"])
    assert {(d.code, d.claim_id) for d in report.diagnostics if d.code.startswith("FC9")} == {
        ("FC901", "with-quote")}
    assert not any(d.code.startswith("FC1") for d in report.diagnostics)


def test_empty_reason_and_bad_code_are_schema_errors(tmp_path):
    text = NO_QUOTE.replace('"quote pending from a second source"', '""').replace("FC101:", "fc101:")
    report = _check(tmp_path, text, select=["FC004"])
    assert sorted((d.code, d.line) for d in report.diagnostics) == [("FC004", 6), ("FC004", 13)]


def test_fatal_findings_cannot_be_suppressed(tmp_path):
    from factcheck.diagnostics import Diagnostic, Severity
    from factcheck.rules._base import Rule

    def fatal(ctx):
        claim = ctx.corpus.claims[0]
        yield Diagnostic("FC104", "claim-without-quote", Severity.fatal, "unreadable", claim.origin.file,
                         2, 5, claim.id)

    rule = Rule("FC104", "claim-without-quote", Severity.error, "s", "s", fatal, __name__)
    report = _check(tmp_path, NO_QUOTE, rules=[rule])
    assert [(d.code, d.claim_id) for d in report.diagnostics] == [("FC104", "troops-a")]
    assert report.suppressed == []


def test_a_clean_corpus_has_no_hygiene_findings(tmp_path):
    text = NO_QUOTE.split("  - id: troops-b")[0]
    report = _check(tmp_path, text, select=["FC9"])
    assert report.diagnostics == []


def test_summary_counts_suppressed_findings(tmp_path):
    report = _check(tmp_path, NO_QUOTE, select=["FC104"])
    assert report.summary().endswith(": 1 error, 0 warnings (1 suppressed)")
    report = _check(tmp_path, NO_QUOTE.replace("FC104: \"quote pending", "FC101: \"quote pending"),
                    select=["FC104"])
    assert report.summary().endswith(": 2 errors, 0 warnings")


# --------------------------------------------------------------------------- quote spans per claim


def _spans_by_claim(report):
    """The reference: every span of each claim id, sorted by quote index (stable)."""
    out: dict = {}
    for span in report.quote_spans:
        out.setdefault(span.claim_id, []).append(span)
    return {claim: tuple(sorted(spans, key=lambda s: s.index)) for claim, spans in out.items()}


def test_spans_for_gives_each_claims_spans_by_quote_index_in_any_order():
    import random

    from ._fixtures import ROOT

    corpus = factcheck.load_corpus([ROOT / "claims", ROOT / "seeds"])
    report = factcheck.check(corpus, select=["FC1"])
    expected = _spans_by_claim(report)
    assert expected and any(len(spans) > 1 for spans in expected.values())
    as_checked = list(report.quote_spans)
    by_claim = sorted(as_checked, key=lambda s: s.claim_id)  # sorted by claim id: found by bisection
    shuffled = list(reversed(as_checked))
    random.Random(0).shuffle(shuffled)  # in no order: grouped in one pass
    for order in (as_checked, by_claim, shuffled):
        report.quote_spans = order  # a new list: the index is built again
        for claim in corpus.claims:
            assert report.spans_for(claim.id) == expected.get(claim.id, ())
    assert report.spans_for("no-such-claim") == ()


TWICE = """\
claims:
  - id: twice
    statement: Turkey and Syria signed a memorandum of understanding on 13 August 2025.
    verdict: supported
    quotes:
      - seed: 000_081174c5714dbfd1
        text: Turkey and Syria inked a memorandum of understanding on Wednesday
      - seed: 000_081174c5714dbfd1
        text: Turkey, a NATO member, has been one of Syria’s main foreign allies
  - id: twice
    statement: Turkey will provide weapons systems and logistical tools to Syria.
    verdict: supported
    quotes:
      - seed: 000_081174c5714dbfd1
        text: Turkey will provide weapons systems and logistical tools to Syria
      - seed: 000_081174c5714dbfd1
        text: Ankara would also train the Syrian army
"""


def test_claims_sharing_an_id_share_their_spans_in_quote_then_load_order(tmp_path):
    report = _check(tmp_path, TWICE, select=["FC1"])
    first, second = report.quote_spans[:2], report.quote_spans[2:]
    assert len(first) == len(second) == 2
    assert report.spans_for("twice") == (first[0], second[0], first[1], second[1])
