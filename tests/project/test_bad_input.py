"""Bad input that used to end in "internal error": each case is a finding with its place now.

Every test here failed before its fix (issue 11): the CLI printed
``factcheck: internal error: …`` or the loader named the wrong key.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import factcheck
from factcheck.cli import main
from factcheck.loading import load_corpus

from .._fixtures import BASE, SEEDS

CLAIM = """claims:
  - id: mou-signed
    statement: Turkey and Syria signed a memorandum of understanding on 13 August 2025.
    verdict: supported
"""


def factbase(tmp_path: Path, claims: str, *, sources: str | None = None, entities: str | None = None) -> Path:
    """A small fact base: the fixture entities and sources, the real seeds, one claim file."""
    root = tmp_path / "base"
    (root / "claims").mkdir(parents=True)
    (root / "seeds").mkdir()
    for seed in SEEDS.glob("*.txt"):
        shutil.copy(seed, root / "seeds" / seed.name)
    (root / "seeds" / "sources.yaml").write_text(sources or (BASE / "sources.yaml").read_text("utf-8"), "utf-8")
    (root / "claims" / "entities.yaml").write_text(entities or (BASE / "entities.yaml").read_text("utf-8"),
                                                  "utf-8")
    (root / "claims" / "c.yaml").write_text(claims, "utf-8")
    return root


def cli(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    assert "internal error" not in err
    return code, out, err


def findings(corpus, code: str = "FC004") -> list[tuple[int, int, str]]:
    return sorted((d.line, d.column, d.message) for d in corpus.diagnostics if d.code == code)


# --------------------------------------------------------------------------- unknown keys


@pytest.mark.parametrize("key", ["entity", "date", "number"])
def test_unknown_claim_key_named_like_a_fact_type_is_named(tmp_path, key):
    path = tmp_path / "c.yaml"
    path.write_text(CLAIM + f"    {key}: 2025-02-30\n", "utf-8")
    assert findings(load_corpus([path])) == [(5, 5, f"unknown key {key!r}")]


def test_claim_with_date_key_is_a_finding_not_an_internal_error(tmp_path, capsys):
    root = factbase(tmp_path, CLAIM + "    date: 2025-02-30\n")
    code, out, _ = cli(capsys, "check", str(root / "claims"), str(root / "seeds"))
    assert code == 1
    assert "claims/c.yaml:5:5: FC004 unknown key 'date'" in out


@pytest.mark.parametrize("key", ["entity", "date", "number"])
def test_unknown_entity_and_source_keys_named_like_a_fact_type(tmp_path, key):
    entities = tmp_path / "entities.yaml"
    entities.write_text(f"entities:\n  - {{id: zz, kind: person, name: Zz, {key}: x}}\n", "utf-8")
    sources = tmp_path / "sources.yaml"
    sources.write_text(f"sources:\n  - id: zz\n    file: zz.txt\n    {key}: x\n", "utf-8")
    corpus = load_corpus([entities, sources])
    assert [(d.file.rsplit("/", 1)[-1], d.line, d.column, d.message.split(" (did")[0])
            for d in corpus.diagnostics] == [
        ("entities.yaml", 2, 38, f"unknown key {key!r}"),
        ("sources.yaml", 4, 5, f"unknown key {key!r}"),
    ]


def test_unknown_keys_inside_quotes_and_facts_name_the_key_and_point_at_it(tmp_path):
    path = tmp_path / "c.yaml"
    path.write_text(CLAIM + """    quotes:
      - {seed: 000_081174c5714dbfd1, text: "Turkey and Syria", number: 3}
    facts:
      - {type: entity, entity: turkey, date: x}
      - {type: date, value: "2025-08", precision: month, number: 3}
      - {type: number, value: 3, unit: troops, entity: turkey}
""", "utf-8")
    assert findings(load_corpus([path])) == [
        (6, 64, "unknown key 'number'"),
        (8, 40, "unknown key 'date'"),
        (9, 58, "unknown key 'number'"),
        (10, 48, "unknown key 'entity' (did you mean 'unit'?)"),
    ]


def test_errors_inside_a_fact_still_drop_the_union_tag(tmp_path):
    path = tmp_path / "c.yaml"
    path.write_text(CLAIM + "    facts:\n      - {type: number, value: 3, unit: troops, qualifier: roughly}\n",
                    "utf-8")
    [(line, column, message)] = findings(load_corpus([path]))
    assert (line, column) == (6, 59)
    assert message.startswith("facts[0].qualifier: input should be ")


# --------------------------------------------------------------------------- dates


@pytest.mark.parametrize("value, precision", [
    ("٢٠٢٥-٠٨-١٣", "day"),          # Arabic-Indic digits: \d took them
    ("2025-08-13\\n", "day"),       # a trailing newline: $ took it
    ("２０２５-08", "month"),        # fullwidth digits
    ("2025\\n", "year"),
])
def test_date_fact_must_be_ascii_iso(tmp_path, value, precision):
    path = tmp_path / "c.yaml"
    path.write_text(CLAIM + f'    facts:\n      - {{type: date, value: "{value}", precision: {precision}}}\n',
                    "utf-8")
    corpus = load_corpus([path])
    [(line, column, message)] = findings(corpus)
    assert (line, column) == (6, 9)
    assert f"does not have the shape of precision '{precision}'" in message
    assert corpus.claims == []


@pytest.mark.parametrize("written, why", [
    ("0", "ASCII digits"),                       # pydantic read it as 1970-01-01 (Unix time)
    ("1755129600", "ASCII digits"),              # ... and this as 2025-08-14
    ('"2025-08-14T00:00:00"', "ASCII digits"),   # a datetime at midnight
    ('"٢٠٢٥-٠٨-١٤"', "ASCII digits"),
    ("2025-02-30", "not a calendar date"),
])
def test_source_and_role_dates_are_strict_iso(tmp_path, written, why):
    sources = tmp_path / "sources.yaml"
    sources.write_text(f"sources:\n  - id: zz\n    file: zz.txt\n    published: {written}\n", "utf-8")
    entities = tmp_path / "entities.yaml"
    entities.write_text(f"entities:\n  - id: zz\n    kind: person\n    name: Zz\n"
                        f"    roles: [{{title: Minister, as_of: {written}}}]\n", "utf-8")
    corpus = load_corpus([sources, entities])
    assert sorted((d.file.rsplit("/", 1)[-1], d.line, d.column, d.code) for d in corpus.diagnostics) == [
        ("entities.yaml", 5, 38, "FC004"), ("sources.yaml", 4, 16, "FC004")]
    assert all(why in d.message for d in corpus.diagnostics)
    assert corpus.sources == [] and corpus.entities == []


def test_iso_dates_still_load(tmp_path):
    sources = tmp_path / "sources.yaml"
    sources.write_text('sources:\n  - {id: a, file: a.txt, published: 2025-08-14}\n'
                       '  - {id: b, file: b.txt, published: "2024-02-29"}\n', "utf-8")
    corpus = load_corpus([sources])
    assert corpus.diagnostics == []
    assert [s.published.isoformat() for s in corpus.sources] == ["2025-08-14", "2024-02-29"]


DRAFT = "Turkey signed the deal on Tuesday. Turkey signed the deal in December 2025.\n"


def dated_claim(value: str, precision: str) -> str:
    return CLAIM + f"""    facts:
      - {{type: entity, entity: turkey}}
      - {{type: date, subject: turkey, property: signed-on, value: "{value}", precision: {precision}}}
"""


@pytest.mark.parametrize("value, precision", [("٢٠٢٥-٠٨-١٣", "day"), ("2025-08-13\\n", "day")])
@pytest.mark.parametrize("with_date", [False, True])
def test_lint_text_with_a_non_iso_claim_date_does_not_crash(tmp_path, capsys, value, precision, with_date):
    root = factbase(tmp_path, dated_claim(value, precision))
    draft = tmp_path / "draft.txt"
    draft.write_text(DRAFT, "utf-8")
    code, out, _ = cli(capsys, "check", str(root / "claims"), str(root / "seeds"))
    assert code == 1 and "c.yaml:7:9: FC004 facts[1]: date " in out
    args = ["--date", "2025-08-14"] if with_date else []
    code, out, _ = cli(capsys, "lint-text", str(draft), "--claims", str(root / "claims"),
                       "--seeds", str(root / "seeds"), *args)
    assert code == 0, out  # the claim with the broken date is not part of the fact base


@pytest.mark.parametrize("value, precision, said", [
    ("9999-12", "month", "9999-12"),
    ("9999", "year", "9999"),
    ("9999-12-31", "day", "9999-12-31, a Friday"),
    ("0001-01-01", "day", "0001-01-01, a Monday"),
])
def test_lint_text_compares_dates_at_the_calendar_bounds(tmp_path, capsys, value, precision, said):
    root = factbase(tmp_path, dated_claim(value, precision))
    draft = tmp_path / "draft.txt"
    draft.write_text(DRAFT, "utf-8")
    code, out, _ = cli(capsys, "lint-text", str(draft), "--claims", str(root / "claims"),
                       "--seeds", str(root / "seeds"), "--date", "2025-08-14")
    assert code == 1
    assert f"draft.txt:1:24: LT201 'on Tuesday' is 2025-08-12 (draft dated 2025-08-14), but claim mou-signed " \
           f"gives signed-on {said}" in out


# --------------------------------------------------------------------------- found by fuzzing in the quiz


@pytest.mark.parametrize("value, precision, written", [
    ("9999-12-31", "day", "31 December 9999"),
    ("0001-01-01", "day", "1 January 0001"),
    ("9999-12", "month", "December 9999"),
    ("0001-01", "month", "January 0001"),
])
def test_quiz_distractors_at_the_calendar_bounds(tmp_path, value, precision, written):
    from factcheck.quiz import generate

    claims = f"""claims:
  - id: mou-at-the-bounds
    statement: Turkey and Syria inked a memorandum of understanding in {written}.
    verdict: supported
    facts:
      - {{type: date, subject: turkey-syria-mou, property: signed-on, value: "{value}", precision: {precision}}}
      - {{type: entity, entity: turkey}}
    quotes:
      - {{seed: 001_aa72598c36228cb3, text: "Turkey and Syria’s defence ministers inked a “joint training consultancy memorandum of understanding”"}}
"""
    root = factbase(tmp_path, claims)
    corpus = load_corpus([root / "claims", root / "seeds"])
    report = factcheck.check(corpus)
    assert report.diagnostics == []  # the claim passes, so the quiz uses it
    quiz = generate(corpus, count=5, seed=0, types=["multiple-choice"], report=report)
    assert quiz.items


# --------------------------------------------------------------------------- numbers


@pytest.mark.parametrize("written", ["nan", "NaN", "inf", "-inf", "1e400"])
@pytest.mark.parametrize("field", ["value", "low", "high"])
def test_number_facts_are_finite(tmp_path, written, field):
    # Before: loaded, and the findings told the curator to write "at least nan bases".
    fact = {"value": "{type: number, value: %s, qualifier: at-least, unit: bases}",
            "low": "{type: number, low: %s, high: 3, qualifier: between, unit: bases}",
            "high": "{type: number, low: 1, high: %s, qualifier: between, unit: bases}"}[field] % written
    path = tmp_path / "c.yaml"
    path.write_text(CLAIM + f"    facts:\n      - {fact}\n", "utf-8")
    corpus = load_corpus([path])
    [(line, column, message)] = findings(corpus)
    assert line == 6 and column > 9
    assert message == f"facts[0].{field}: input should be a finite number (got {written!r})"
    assert corpus.claims == []
