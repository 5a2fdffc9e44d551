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

from .._fixtures import load_with_base

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


# --------------------------------------------------------------------------- FC401–FC405

from hypothesis import example, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from factcheck.rules._names import at_sentence_start  # noqa: E402


def _names(tmp_path, statement: str, code: str, facts: list[str] = ()):
    body = "claims:\n" + _claim("c", f'"{statement}"', facts=list(facts))
    return _check(tmp_path, body, code)


def test_fc401_points_at_the_statement_with_span_and_safe_fix(tmp_path):
    statement = "Syria's defence minister, Murhaf Abu Qasra, met Yasar Güler."
    [d] = _names(tmp_path, statement, "FC401")
    assert (d.line, d.column) == (3, 16)  # the statement node
    start, end = d.extra["span"]
    assert statement[start:end] == "Murhaf Abu Qasra"
    assert d.fix.original == "Murhaf Abu Qasra" and d.fix.replacement == "Murhef Abu Qasra" and d.fix.safe
    assert d.message == ("'Murhaf Abu Qasra' is a registered variant of Murhef Abu Qasra "
                         "(murhef-abu-qasra), not the house spelling")


@pytest.mark.parametrize("statement, found", [
    ("Al-Shaibani spoke in Ankara.", []),                        # capital at the start of a sentence
    ("He arrived. Al-Shaibani spoke in Ankara.", []),
    ("Then Al-Shaibani spoke in Ankara.", ["Al-Shaibani"]),      # mid-sentence capital
    ("Then al Shaibani spoke in Ankara.", ["al Shaibani"]),      # hyphen dropped
    ("YASAR GÜLER spoke in Ankara.", ["YASAR GÜLER"]),
    ("Officials met in Syria.", []),                             # a house name before the full stop
    ("Yasar Güler's visit to Syria.", []),                       # possessive
])
def test_fc401_folded_spellings(tmp_path, statement, found):
    assert [statement[slice(*d.extra["span"])] for d in _names(tmp_path, statement, "FC401")] == found


def test_fc401_ignores_quotes(tmp_path):
    body = "claims:\n" + _claim("c", "Yasar Güler spoke.").replace(
        QUOTE_000, "Turkish Defense Minister Yasar Guler").replace("000_081174c5714dbfd1", "002_346b15368b31c8c0")
    assert _check(tmp_path, body, "FC401") == []


_TEMPLATES = st.sampled_from(["{} met officials in Ankara.", "Officials met {}.", "On Wednesday {} spoke.",
                              "{}, the minister, said so.", "They said: {} agreed."])
_VARIANTS = [("Murhaf Abu Qasra", "Murhef Abu Qasra"), ("Yasar Guler", "Yasar Güler"),
             ("Assad al-Shaibani", "Asaad al-Shaibani")]
_HOUSE = ["Murhef Abu Qasra", "Yasar Güler", "Asaad al-Shaibani", "Ahmed al-Sharaa", "Hakan Fidan",
          "Bashar al-Assad", "Turkey", "Syria", "Ankara", "Syrian Democratic Forces"]


_CTX = None


def _run(code: str, statement: str):
    """``code``'s findings on one in-memory claim, with the base register and the real seeds."""
    from factcheck.models import Claim
    from factcheck.rules._base import Context
    from factcheck.rules.registry import get_rule, rules_by_code

    global _CTX
    if _CTX is None:  # the name index is built once for all examples
        _CTX = Context(load_with_base(), rules_by_code())
    ctx = _CTX
    ctx.corpus.claims = [Claim(id="c", statement=statement, verdict="supported")]
    for cache in ("_fc4_names", "_fc402_words", "_fc402_near"):
        ctx.__dict__.pop(cache, None)
    return list(get_rule(code).check(ctx))


@settings(max_examples=60, deadline=None, derandomize=True)
@given(_TEMPLATES, st.sampled_from(_HOUSE))
def test_property_house_names_are_never_fc401_or_fc402(template, house):
    statement = template.format(house)
    assert _run("FC401", statement) == [] and _run("FC402", statement) == []


@settings(max_examples=60, deadline=None, derandomize=True)
@given(_TEMPLATES, st.sampled_from(_VARIANTS))
@example("Officials met {}.", ("Yasar Guler", "Yasar Güler"))  # name before the full stop
def test_property_a_variant_anywhere_is_fc401_with_the_house_name(template, pair):
    variant, house = pair
    statement = template.format(variant)
    [d] = _run("FC401", statement)
    assert statement[slice(*d.extra["span"])] == variant and d.fix.replacement == house


@settings(max_examples=80, deadline=None, derandomize=True)
@given(_TEMPLATES, st.sampled_from(_HOUSE[:6]), st.data())
def test_property_one_letter_changed_in_a_long_name_is_fc402(template, house, data):
    # change one letter of the last word after its article (not its first letter, so that it
    # stays a capitalised name: "ab-Shaibani" would be a lower-case word, not a name)
    head, last = house.rsplit(" ", 1)
    first = last.rfind("-") + 2
    i = data.draw(st.integers(first, len(last) - 1))
    letter = data.draw(st.sampled_from("bkqxz").filter(lambda c: c != last[i].lower()))
    typo = f"{head} {last[:i]}{letter}{last[i + 1:]}"
    statement = template.format(typo)
    found = _run("FC402", statement)
    assert [(statement[slice(*d.extra["span"])], d.extra["suggestion"]) for d in found] == [(typo, house)]


@pytest.mark.parametrize("text, offset, expected", [
    ("", 0, True), ("Hello. ", 7, True), ("He said: ", 9, True), ("“", 1, True),
    ("and ", 4, False), ("The ", 4, False),
])
def test_at_sentence_start(text, offset, expected):
    assert at_sentence_start(text, offset) is expected


def test_fc402_ordinary_word_differences_are_not_misspellings():
    # "Minister" is one letter off "Ministry" (a registered organisation name in the real register)
    assert _run("FC402", "The Turkish Defence Minister spoke.") == []
    assert [d.extra["suggestion"] for d in _run("FC402", "Hakan Fidn spoke.")] == ["Hakan Fidan"]


@pytest.mark.parametrize("statement, surface, suggestion", [
    ("Murhef Abu Kasra spoke.", "Murhef Abu Kasra", "Murhef Abu Qasra"),
    ("Officials met Asaad ash-Shaybani.", "Asaad ash-Shaybani", "Asaad al-Shaibani"),
    ("Ahmad al-Shara spoke.", "Ahmad al-Shara", "Ahmed al-Sharaa"),
    ("Chief Abou Qasra spoke.", "Abou Qasra", "Abu Qasra"),  # the family name alone, after a title
])
def test_fc402_another_transliteration_of_a_registered_name(statement, surface, suggestion):
    [d] = _run("FC402", statement)
    assert statement[slice(*d.extra["span"])] == surface
    assert d.extra["suggestion"] == suggestion == d.fix.replacement and not d.fix.safe
    assert "another transliteration of" in d.message


@pytest.mark.parametrize("statement", [
    "Hasan Abu Kasra met officials.",  # another given name: another person
    "Officials met Abu Qasra.",  # the family name as registered
    "Asaad spoke.",  # too short to tell from "Assad"
    "Bashar al-Assad and Hafez al-Assad ruled Syria.",
])
def test_fc402_no_transliteration_findings_for_other_people_or_short_names(statement):
    assert _run("FC402", statement) == []


def test_fc403_alias_allowed_next_to_the_house_name_only():
    assert _run("FC403", "Ahmed al-Sharaa, then known as Abu Mohammed al-Julani, led HTS.") == []
    [d] = _run("FC403", "Abu Mohammed al-Julani led HTS; Hakan Fidan met him.")
    assert d.fix.replacement == "Ahmed al-Sharaa" and not d.fix.safe
    assert [d.fix.replacement for d in _run("FC403", "Turkiye and Syria.")] == ["Turkey"]


def test_fc404_one_finding_per_person_and_only_for_people(tmp_path):
    found = _names(tmp_path, "Hakan Fidan met Fidan's counterpart in Turkey and Syria.", "FC404")
    assert [(d.extra["entity"], d.extra["span"]) for d in found] == [("hakan-fidan", [0, 11])]


def test_fc405_finds_the_person_inside_a_longer_name_or_misspelled(tmp_path):
    fact = ["{type: entity, entity: hakan-fidan}"]
    assert _names(tmp_path, "Hakan Fidn spoke.", "FC405", fact) == []  # FC402's finding, not FC405's
    assert _names(tmp_path, "HAKAN FIDAN spoke.", "FC405", fact) == []
    [d] = _names(tmp_path, "The foreign minister spoke.", "FC405", fact)
    assert (d.line, d.extra["entity"]) == (6, "hakan-fidan")


def test_fc404_fc405_an_ambiguous_short_form_is_satisfied_by_either_entity(tmp_path):
    entities = tmp_path / "entities.yaml"
    entities.write_text(textwrap.dedent("""
        entities:
          - {id: syria, kind: place, name: Syria}
          - {id: bashar-al-assad, kind: person, name: Bashar al-Assad, short: [al-Assad]}
          - {id: hafez-al-assad, kind: person, name: Hafez al-Assad, short: [al-Assad]}
    """).lstrip(), encoding="utf-8")
    claims = tmp_path / "claims.yaml"
    claims.write_text("claims:\n" + _claim("c", "al-Assad ruled Syria.", facts=[
        "{type: entity, entity: hafez-al-assad}"]), encoding="utf-8")
    corpus = load_with_base(claims, entities, entities=False)
    report = factcheck.check(corpus, select=["FC404", "FC405"])
    assert report.diagnostics == []
