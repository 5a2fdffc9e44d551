"""FC4xx name rules and FC5xx cross-claim rules: behaviour beyond the fixtures.

The fixtures under ``tests/fixtures/rules/FC4*`` and ``FC5*`` pin codes and lines;
these tests pin messages, fixes, spans, exemptions and the one-pass grouping of the
cross-claim rules on larger generated fact bases.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

import factcheck

from ._fixtures import load_with_base

QUOTE_000 = "Turkey and Syria inked a memorandum of understanding on Wednesday"


def _check(tmp_path: Path, body: str, code: str, name: str = "claims.yaml"):
    path = tmp_path / name
    path.write_text(textwrap.dedent(body).lstrip(), encoding="utf-8")
    corpus = load_with_base(path)
    assert [d for d in corpus.diagnostics if d.code == "FC004"] == []
    report = factcheck.check(corpus, select=[code])
    return [d for d in report.diagnostics if d.code == code]


def _claim(cid: str, statement: str, verdict: str = "supported", facts: list[str] = (),
           extra: str = "") -> str:
    lines = [f"  - id: {cid}", f"    statement: {statement}", f"    verdict: {verdict}"]
    if extra:
        lines += ["    " + x for x in extra.strip().splitlines()]
    if facts:
        lines.append("    facts:")
        lines += [f"      - {f}" for f in facts]
    lines += ["    quotes:", "      - seed: 000_081174c5714dbfd1", f"        text: {QUOTE_000}"]
    return "\n".join(lines) + "\n"


# --------------------------------------------------------------------------- FC501


def _leader(cid: str, entity: str, verdict: str = "supported", prop: str = "leader") -> str:
    return _claim(cid, f"A statement about {entity}.", verdict,
                  [f"{{type: entity, entity: {entity}, subject: sdf, property: {prop}}}"],
                  "rationale: a reason." if verdict != "supported" else "")


def test_fc501_names_both_claims_and_values(tmp_path):
    found = _check(tmp_path, "claims:\n" + _leader("first", "hakan-fidan") + _leader("second", "yasar-guler"),
                   "FC501")
    assert len(found) == 1
    d = found[0]
    assert d.claim_id == "second"
    assert d.message == ("sdf leader is 'yasar-guler' here but 'hakan-fidan' in supported claim 'first' "
                         f"({d.file}:6)")
    assert d.extra["values"] == ["hakan-fidan", "yasar-guler"]


def test_fc501_ignores_claims_that_are_not_supported(tmp_path):
    body = "claims:\n" + _leader("first", "hakan-fidan")
    for verdict in ("refuted", "disputed", "outdated", "unverified"):
        body += _leader(f"other-{verdict}", "yasar-guler", verdict)
    assert _check(tmp_path, body, "FC501") == []


def test_fc501_same_value_in_many_claims_is_no_conflict(tmp_path):
    body = "claims:\n" + "".join(_leader(f"c{i}", "hakan-fidan") for i in range(5))
    assert _check(tmp_path, body, "FC501") == []


def test_fc501_a_property_with_two_values_in_one_claim_is_a_set(tmp_path):
    both = _claim("both", "Turkey and Syria are parties.", facts=[
        "{type: entity, entity: turkey, subject: turkey-syria-mou, property: party}",
        "{type: entity, entity: syria, subject: turkey-syria-mou, property: party}"])
    # the set-valuedness of 'party' carries over to other subjects
    other = _claim("other", "Ankara.", facts=["{type: entity, entity: ankara, subject: sdf, property: party}"])
    other2 = _claim("other2", "Syria.", facts=["{type: entity, entity: syria, subject: sdf, property: party}"])
    assert _check(tmp_path, "claims:\n" + both + other + other2, "FC501") == []


def test_fc501_reports_every_dissenting_claim_in_one_pass(tmp_path):
    # 1 claim says A, 300 say B, 300 say C: every B and C claim is reported against the first
    n = 300
    body = "claims:\n" + _leader("first", "hakan-fidan")
    body += "".join(_leader(f"b{i}", "yasar-guler") for i in range(n))
    body += "".join(_leader(f"c{i}", "murhef-abu-qasra") for i in range(n))
    found = _check(tmp_path, body, "FC501")
    assert len(found) == 2 * n
    assert {d.extra["other"] for d in found} == {"first"}
    assert "first" not in {d.claim_id for d in found}


# --------------------------------------------------------------------------- FC502–FC504


def test_fc502_successor_verdicts(tmp_path):
    body = "claims:\n"
    for verdict in ("supported", "disputed", "unverified", "refuted", "outdated"):
        extra = "" if verdict == "supported" else "rationale: r.\nsuperseded_by: good" if verdict == "outdated" else "rationale: r."
        body += _claim(f"next-{verdict}", "S.", verdict, extra=extra)
        body += _claim(f"old-{verdict}", "S.", "outdated", extra=f"rationale: r.\nsuperseded_by: next-{verdict}")
    body += _claim("good", "S.")
    found = _check(tmp_path, body, "FC502")
    assert sorted(d.claim_id for d in found) == ["old-outdated", "old-refuted"]
    assert {d.message for d in found} == {
        "outdated claim 'old-refuted' is superseded by 'next-refuted', which is itself refuted",
        "outdated claim 'old-outdated' is superseded by 'next-outdated', which is itself outdated",
    }


def test_fc503_one_finding_per_missing_piece(tmp_path):
    body = "claims:\n" + _claim("bare", "S.", "refuted") + _claim("no-quote", "S.", "disputed", extra="rationale: r.")
    found = _check(tmp_path, body, "FC503")
    assert sorted((d.claim_id, d.message) for d in found) == [
        ("bare", "refuted claim 'bare' has no counter-source: no quote has 'stance: contradicts'"),
        ("bare", "refuted claim 'bare' has no rationale"),
        ("no-quote", "disputed claim 'no-quote' has no counter-source: no quote has 'stance: contradicts'"),
    ]


@pytest.mark.parametrize("verdict, fires", [("supported", False), ("refuted", False), ("disputed", False),
                                            ("outdated", True), ("unverified", True)])
def test_fc504_applies_to_verdicts_fc503_does_not_cover(tmp_path, verdict, fires):
    found = _check(tmp_path, "claims:\n" + _claim("c", "S.", verdict), "FC504")
    assert [d.message for d in found] == ([f"{verdict} claim 'c' has no rationale"] if fires else [])
