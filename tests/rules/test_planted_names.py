"""Plant name, linking and cross-claim errors in a copy of the REAL curated fact base.

The copy (``claims/`` with ``entities.yaml``, and ``seeds/``) must first check clean
for the FC4xx and FC5xx codes; then each test edits the copied YAML *text* the way a
writer would (a variant spelling typed into a statement, a letter off, an alias, a
person's entity fact deleted, a successor or counter-source lost, a second claim giving
another value) and asserts that the right code fires at the edited line.

Where a planted error goes is found from the loaded corpus (which claim names whom,
on which line), not hard-coded, so the tests keep working while the curators extend
the fact base; they fail, rather than skip, if the fact base no longer contains any
statement that could carry the error.
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

import factcheck
from factcheck.models import EntityKind

ROOT = Path(__file__).resolve().parents[2]
CODES = ["FC401", "FC402", "FC403", "FC404", "FC405", "FC501", "FC502", "FC503", "FC504"]

_CLAIM_FILES = [p for p in sorted((ROOT / "claims").glob("*.yaml")) if p.name != "entities.yaml"]
pytestmark = pytest.mark.skipif(
    not (ROOT / "claims" / "entities.yaml").is_file() or not _CLAIM_FILES,
    reason="the curated fact base (claims/entities.yaml and claims/*.yaml) is not there yet",
)


@pytest.fixture
def base(tmp_path: Path) -> Path:
    shutil.copytree(ROOT / "claims", tmp_path / "claims")
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    return tmp_path


def _load(base: Path):
    return factcheck.load_corpus([base / "claims", base / "seeds"])


def _check(base: Path, codes=CODES):
    return factcheck.check(_load(base), select=codes).diagnostics


def _edit_line(path: Path, line: int, old: str, new: str) -> None:
    lines = path.read_text(encoding="utf-8").split("\n")
    assert old in lines[line - 1], (path, line, lines[line - 1])
    lines[line - 1] = lines[line - 1].replace(old, new, 1)
    path.write_text("\n".join(lines), encoding="utf-8")


def _statement_sites(corpus, needle: str):
    """(claim, file, statement line) of single-line statements containing ``needle``."""
    for claim in corpus.claims:
        if needle not in claim.statement or claim.origin is None:
            continue
        line, _ = claim.locate("statement")
        text = Path(claim.origin.file).read_text(encoding="utf-8").split("\n")[line - 1]
        if needle in text:  # a plain or quoted scalar on one line: edit it in place
            yield claim, Path(claim.origin.file), line


def _first_site(corpus, needle: str, *, without: str | None = None):
    for claim, path, line in _statement_sites(corpus, needle):
        if without is None or without not in claim.statement.replace(needle, "", 1):
            return claim, path, line
    pytest.fail(f"no single-line statement in the curated fact base contains {needle!r}")


def _at(diagnostics, code: str, path: Path, line: int):
    return [d for d in diagnostics
            if d.code == code and Path(d.file).resolve() == path.resolve() and d.line == line]


def test_the_copied_fact_base_is_clean_for_these_codes(base):
    found = _check(base)
    assert [f"{d.location()}: {d.code} {d.message}" for d in found] == []


def test_murhaf_in_a_statement_is_fc401(base, monkeypatch):
    monkeypatch.chdir(base)
    claim, path, line = _first_site(_load(base), "Murhef Abu Qasra")
    _edit_line(path, line, "Murhef Abu Qasra", "Murhaf Abu Qasra")
    hits = _at(_check(base), "FC401", path, line)
    assert [(d.claim_id, d.fix.replacement) for d in hits] == [(claim.id, "Murhef Abu Qasra")]


@pytest.mark.parametrize("house, typo", [
    ("Murhef Abu Qasra", "Murhif Abu Qasra"),   # one letter substituted
    ("Hakan Fidan", "Hakan Fidn"),               # one letter dropped
    ("Asaad al-Shaibani", "Asaad al-Shaybani"),  # one letter substituted
])
def test_a_misspelling_one_letter_off_is_fc402_with_the_suggestion(base, monkeypatch, house, typo):
    monkeypatch.chdir(base)
    claim, path, line = _first_site(_load(base), house)
    _edit_line(path, line, house, typo)
    found = _check(base)
    hits = _at(found, "FC402", path, line)
    assert len(hits) == 1, found
    assert house in hits[0].message and typo in hits[0].message


def test_al_julani_where_house_style_wants_al_sharaa_is_fc403(base, monkeypatch):
    monkeypatch.chdir(base)
    claim, path, line = _first_site(_load(base), "Ahmed al-Sharaa", without="al-Sharaa")
    _edit_line(path, line, "Ahmed al-Sharaa", "Abu Mohammed al-Julani")
    hits = _at(_check(base), "FC403", path, line)
    assert [(d.claim_id, d.fix.replacement) for d in hits] == [(claim.id, "Ahmed al-Sharaa")]


def _person_fact_sites(corpus):
    """(claim, fact line, person) where deleting one fact line unlinks a named person."""
    people = {e.id: e for e in corpus.entities if e.kind is EntityKind.person}
    for claim in corpus.claims:
        refs: dict[str, list[int]] = {}
        for i, fact in enumerate(claim.facts):
            for ref in (getattr(fact, "entity", None), fact.subject):
                if ref in people:
                    refs.setdefault(ref, []).append(i)
        for person, indices in refs.items():
            if len(indices) != 1 or people[person].name not in claim.statement:
                continue
            fact_line = claim.locate("facts", indices[0])[0]
            next_line = (claim.locate("facts", indices[0] + 1) or (None,))[0] \
                if indices[0] + 1 < len(claim.facts) else None
            if next_line is None or next_line == fact_line + 1:  # a one-line flow mapping
                yield claim, fact_line, people[person]


def test_a_person_removed_from_the_facts_is_fc404(base, monkeypatch):
    monkeypatch.chdir(base)
    corpus = _load(base)
    site = next(iter(_person_fact_sites(corpus)), None)
    if site is None:
        pytest.fail("no claim in the curated fact base links a named person in a one-line fact")
    claim, fact_line, person = site
    path = Path(claim.origin.file)
    lines = path.read_text(encoding="utf-8").split("\n")
    assert re.match(r"\s*- \{.*\}\s*$", lines[fact_line - 1]), lines[fact_line - 1]
    if len(claim.facts) == 1:  # keep the file valid: 'facts:' with no items would be null
        lines[fact_line - 1] = re.sub(r"- \{.*\}", "- {type: entity, entity: syria}", lines[fact_line - 1])
    else:
        del lines[fact_line - 1]
    path.write_text("\n".join(lines), encoding="utf-8")
    statement_line = claim.locate("statement")[0]
    hits = _at(_check(base), "FC404", path, statement_line)
    assert [(d.claim_id, person.name in d.message) for d in hits] == [(claim.id, True)]


def test_a_linked_person_dropped_from_the_statement_is_fc405(base, monkeypatch):
    monkeypatch.chdir(base)
    corpus = _load(base)
    site = next(iter(_person_fact_sites(corpus)), None)
    if site is None:
        pytest.fail("no claim in the curated fact base links a named person in a one-line fact")
    claim, fact_line, person = site
    path = Path(claim.origin.file)
    _edit_line(path, claim.locate("statement")[0], person.name, "an official")
    hits = _at(_check(base), "FC405", path, fact_line)
    assert [d.claim_id for d in hits] == [claim.id]


# --------------------------------------------------------------------------- cross-claim plants


def _lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").split("\n")


def _write(path: Path, lines: list[str]) -> None:
    path.write_text("\n".join(lines), encoding="utf-8")


def test_an_outdated_claim_losing_its_successor_is_fc502(base, monkeypatch):
    monkeypatch.chdir(base)
    corpus = _load(base)
    claim = next((c for c in corpus.claims if c.verdict.value == "outdated" and c.superseded_by), None)
    if claim is None:
        pytest.fail("the curated fact base has no outdated claim with 'superseded_by'")
    path = Path(claim.origin.file)
    line = claim.locate("superseded_by")[0]
    lines = _lines(path)
    assert lines[line - 1].strip().startswith("superseded_by:"), lines[line - 1]
    del lines[line - 1]
    _write(path, lines)
    hits = _at(_check(base), "FC502", path, claim.locate("verdict")[0])
    assert [d.claim_id for d in hits] == [claim.id]


def test_a_refuted_claim_losing_its_counter_source_is_fc503(base, monkeypatch):
    monkeypatch.chdir(base)
    corpus = _load(base)
    claim = next((c for c in corpus.claims if c.verdict.value == "refuted"), None)
    if claim is None:
        pytest.fail("the curated fact base has no refuted claim")
    path = Path(claim.origin.file)
    lines = _lines(path)
    first_quote = claim.locate("quotes", 0)[0]
    for i, quote in enumerate(claim.quotes):
        if quote.stance.value == "contradicts":
            number = claim.locate("quotes", i, "stance")[0]
            assert "contradicts" in lines[number - 1], lines[number - 1]
            lines[number - 1] = lines[number - 1].replace("contradicts", "supports")
    _write(path, lines)
    hits = _at(_check(base), "FC503", path, first_quote)
    assert [d.claim_id for d in hits] == [claim.id]


def test_a_second_supported_claim_giving_another_entity_is_fc501(base, monkeypatch):
    monkeypatch.chdir(base)
    corpus = _load(base)
    people = [e.id for e in corpus.entities if e.kind is EntityKind.person]
    set_valued = set()
    for c in corpus.claims:  # properties with two values in one claim are sets (see FC501)
        seen: dict = {}
        for f in c.facts:
            if getattr(f, "entity", None) and f.subject and f.property:
                if seen.setdefault((f.subject, f.property), f.entity) != f.entity:
                    set_valued.add(f.property)
    site = next(((c, f) for c in corpus.claims if c.verdict.value == "supported" and c.quotes
                 for f in c.facts if getattr(f, "entity", None) in people and f.subject and f.property
                 and f.property not in set_valued), None)
    if site is None:
        pytest.fail("no supported claim links a person as the value of a subject's property")
    claim, fact = site
    other = next(p for p in people if p != fact.entity)
    path = Path(claim.origin.file)
    quote = claim.quotes[0]
    text = _lines(path)
    while text and not text[-1].strip():
        text.pop()
    planted_line = len(text) + 6
    text += [
        "  - id: planted-conflicting-fact",
        f"    statement: {corpus.entity_index[other].name} holds this role.",
        "    verdict: supported",
        "    facts:",
        f"      - {{type: entity, entity: {other}}}",
        f"      - {{type: entity, entity: {other}, subject: {fact.subject}, property: {fact.property}}}",
        "    quotes:",
        f"      - seed: {quote.seed}",
        f"        text: {json.dumps(quote.text, ensure_ascii=False)}",
        "",
    ]
    _write(path, text)
    hits = _at(_check(base), "FC501", path, planted_line)
    assert [(d.claim_id, d.extra["other"]) for d in hits] == [("planted-conflicting-fact", claim.id)]
