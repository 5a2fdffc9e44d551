"""lint-text: a planted draft gets every kind of finding at the right line and column;
a draft that agrees with the fact base gets none."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest

import factcheck
from factcheck.cli import main
from factcheck.lint_text import CODES, lint_text

from ._fixtures import LINT_TEXT_FIXTURES as FIXTURES, SEEDS, seed_texts

FACTBASE = FIXTURES / "factbase"
PLANTED = FIXTURES / "draft_planted.txt"
CLEAN = FIXTURES / "draft_clean.txt"

# (code, line, the text the finding must point at) in draft_planted.txt, with --date 2025-08-20
PLANTED_WITH_DATE = [
    ("LT101", 1, "Yasar Guler"),
    ("LT101", 1, "Murhaf Abu Qasra"),
    ("LT102", 2, "Türkiye"),
    ("LT102", 2, "Abu Mohammed al-Julani"),
    ("LT103", 3, "Assad al-Shaibani"),
    ("LT104", 3, "Hakan Fidam"),
    ("LT201", 4, "on Tuesday"),
    ("LT201", 5, "12 August 2025"),
    ("LT301", 6, "20,000"),
    ("LT204", 7, "August 2025"),
    ("LT302", 8, "three"),
    ("LT203", 9, "Tuesday, 13 August 2025"),
    ("LT201", 10, "January 2025"),  # linked through the event's name: "ousted" ~ "ousting of …"
]


def expected(draft: Path, planted: list[tuple[str, int, str]]) -> list[tuple[str, int, int]]:
    lines = draft.read_text(encoding="utf-8").split("\n")
    return sorted((code, line, lines[line - 1].index(words) + 1) for code, line, words in planted)


@pytest.fixture(scope="module")
def corpus():
    return factcheck.load_corpus([*seed_texts(), FACTBASE])


def lint(corpus, path: Path, reference: date | None):
    return lint_text(path.read_text(encoding="utf-8"), corpus, reference=reference, file=str(path))


def test_planted_draft_every_error_kind_with_line_and_column(corpus):
    result = lint(corpus, PLANTED, date(2025, 8, 20))
    assert sorted((d.code, d.line, d.column) for d in result.diagnostics) == expected(PLANTED, PLANTED_WITH_DATE)


def test_without_a_date_relative_dates_are_not_resolved_but_weekday_names_are_compared(corpus):
    result = lint(corpus, PLANTED, None)
    planted = [p for p in PLANTED_WITH_DATE if p[:2] != ("LT201", 4)] + [("LT202", 4, "on Tuesday")]
    assert sorted((d.code, d.line, d.column) for d in result.diagnostics) == expected(PLANTED, planted)


def test_clean_draft_has_no_findings(corpus):
    for reference in (date(2025, 8, 14), None):
        result = lint(corpus, CLEAN, reference)
        assert [f"{d.location()}: {d.code} {d.message}" for d in result.diagnostics] == []
        assert result.names >= 10 and result.dates >= 4 and result.numbers >= 2


def test_messages_name_the_values_and_the_claim(corpus):
    by_code = {}
    for d in lint(corpus, PLANTED, date(2025, 8, 20)).diagnostics:
        by_code.setdefault(d.code, []).append(d)
    tuesday = by_code["LT201"][0]
    assert tuesday.message == ("'on Tuesday' is 2025-08-19 (draft dated 2025-08-20), but claim "
                               "mou-signed-13-august-2025 gives signed-on 2025-08-13, a Wednesday")
    assert tuesday.claim_id == "mou-signed-13-august-2025"
    troops = by_code["LT301"][0]
    assert troops.message == ("'20,000 troops' disagrees with claim turkey-more-than-20000-troops-in-syria: "
                              "troops-in-syria is more than 20,000 troops")
    variant = by_code["LT101"][0]
    assert variant.message == "'Yasar Guler' is not the house spelling of 'Yasar Güler' (yasar-guler)"
    assert (variant.fix.original, variant.fix.replacement) == ("Yasar Guler", "Yasar Güler")
    assert by_code["LT203"][0].message == 'weekday "Tuesday" does not match 2025-08-13, a Wednesday'


def test_the_module_docs_name_every_code():
    import factcheck.lint_text as module

    for code in CODES:
        assert code in module.__doc__


def test_statements_of_the_fact_base_lint_clean(corpus):
    """A claim's own statement, in house style, agrees with its facts."""
    for claim in corpus.claims:
        if claim.verdict is factcheck.Verdict.supported:
            result = lint_text(claim.statement, corpus)
            assert [d.code for d in result.diagnostics] == [], claim.id


# --------------------------------------------------------------------------- command line

def cli(capsys, *args: str) -> tuple[int, str, str]:
    code = main(["lint-text", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_text_output_and_exit_1(capsys):
    code, out, err = cli(capsys, str(PLANTED), "--claims", str(FACTBASE), "--seeds", str(SEEDS),
                         "--date", "2025-08-20")
    assert (code, err) == (1, "")
    lines = out.splitlines()
    assert lines[0] == f"{PLANTED}:1:26: LT101 'Yasar Guler' is not the house spelling of 'Yasar Güler' (yasar-guler)"
    assert lines[1] == "    fix: write 'Yasar Güler'"
    assert lines[-1].endswith(": 13 findings")


def test_cli_json_output_parses(capsys):
    code, out, _ = cli(capsys, str(PLANTED), "--claims", str(FACTBASE), "--format", "json")
    assert code == 1
    data = json.loads(out)
    assert data["summary"]["findings"] == len(data["diagnostics"]) == 13
    assert {d["code"] for d in data["diagnostics"]} == {c for c, _, _ in PLANTED_WITH_DATE} - {"LT201"} | {"LT202", "LT201"}


def test_cli_clean_exit_0(capsys):
    code, out, err = cli(capsys, str(CLEAN), "--claims", str(FACTBASE), "--date", "2025-08-14")
    assert (code, err) == (0, "")
    assert out.endswith(": 0 findings\n")


@pytest.mark.parametrize("args, message", [
    (["no/such/draft.txt"], "cannot read draft"),
    (["--date", "20 August"], "invalid date '20 August'"),
])
def test_cli_usage_errors_are_one_line(capsys, args, message):
    if args[0].startswith("--"):
        args = [str(CLEAN), *args]
    code, out, err = cli(capsys, *args, "--claims", str(FACTBASE))
    assert code == 2 and out == ""
    assert message in err and err.count("\n") == 1


def test_cli_binary_draft_is_an_input_error(tmp_path, capsys):
    bad = tmp_path / "draft.txt"
    bad.write_bytes(b"Turkey \xff\xfe and Syria")
    code, out, err = cli(capsys, str(bad), "--claims", str(FACTBASE))
    assert code == 2 and "not UTF-8" in err


# --------------------------------------------------------------------------- properties

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402


FRAGMENTS = [
    "Turkey", "Syria", "Türkiye", "Yasar Guler", "Yasar Güler", "Murhaf Abu Qasra", "Hakan Fidam",
    "signed", "the MoU", "on Tuesday", "on Wednesday", "13 August 2025", "Tuesday, 13 August 2025",
    "in August 2025", "20,000 troops", "more than 20,000 troops", "three bases", "and", ",", ".",
    "\n", "\n\n", "“", "”", "al-Julani", "Assad al-Shaibani", "officials said", "the defence pact",
]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(FRAGMENTS), max_size=40), st.sampled_from([None, date(2025, 8, 20)]))
def test_any_draft_lints_with_findings_inside_the_text(corpus, parts, reference):
    text = " ".join(parts)
    result = lint_text(text, corpus, reference=reference)
    again = lint_text(text, corpus, reference=reference)
    assert [d.to_dict() for d in result.diagnostics] == [d.to_dict() for d in again.diagnostics]
    lines = text.split("\n")
    keys = [d.sort_key() for d in result.diagnostics]
    assert keys == sorted(keys)
    for d in result.diagnostics:
        assert 1 <= d.line <= len(lines) and 1 <= d.column <= len(lines[d.line - 1])
        if d.code in ("LT101", "LT102", "LT103", "LT104"):
            assert lines[d.line - 1][d.column - 1 :].startswith(d.extra["surface"])
            assert d.fix is None or d.fix.original == d.extra["surface"]


def test_another_transliteration_is_a_near_miss_with_the_house_spelling(corpus):
    text = ("Murhef Abu Kasra met Asaad ash-Shaybani in Ankara.\n"
            "Hasan Abu Kasra, a businessman, did not.\n"
            "“Murhef Abu Kasra is here,” he said.\n")
    result = lint_text(text, corpus)
    assert [(d.code, d.line, d.column, d.fix.replacement) for d in result.diagnostics] == [
        ("LT104", 1, 1, "Murhef Abu Qasra"),
        ("LT104", 1, 22, "Asaad al-Shaibani"),
    ]
    assert "another transliteration of 'Murhef Abu Qasra'" in result.diagnostics[0].message


def test_names_inside_a_quotation_are_the_speakers_words(corpus, capsys, tmp_path):
    text = ("“Yasar Guler and Hakan Fidam came,” an official said.\n"
            "He added: \"Assad al-Shaibani was there.\" Yasar Guler left.\n")
    result = lint_text(text, corpus)
    assert [(d.code, d.severity.value, d.line, d.column, d.fix) for d in result.diagnostics] == [
        ("LT101", "info", 1, 2, None),
        ("LT103", "info", 2, 12, None),
        ("LT101", "warning", 2, text.split("\n")[1].index("Yasar Guler") + 1, result.diagnostics[2].fix),
    ]
    assert result.diagnostics[0].message.endswith("; inside a quotation, keep the speaker's words")
    draft = tmp_path / "draft.txt"
    draft.write_text(text.split("\n")[0] + "\n", encoding="utf-8")
    assert main(["lint-text", str(draft), "--claims", str(FACTBASE)]) == 0  # infos only
    assert "LT101" in capsys.readouterr().out


@pytest.mark.parametrize("reference, findings", [
    (date(2025, 8, 14), []),          # a Thursday paper's "on Thursday": that day (or the one before)
    (date(2025, 8, 18), []),          # a Monday paper's "on Thursday": 14 August
    (date(2025, 8, 13), ["LT201"]),   # a Wednesday paper's "on Thursday": 7 August
    (None, []),                       # not resolved without a date
])
def test_a_weekday_is_read_from_the_drafts_date(corpus, reference, findings):
    text = "A Turkish Ministry of National Defence source briefed reporters on Thursday."
    assert [d.code for d in lint_text(text, corpus, reference=reference).diagnostics] == findings


def test_cli_github_annotations(capsys, monkeypatch):
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    code, out, _ = cli(capsys, str(PLANTED), "--claims", str(FACTBASE), "--date", "2025-08-20")
    assert code == 1
    lines = out.splitlines()
    assert len(lines) == 13
    pattern = re.compile(r"^::(error|warning|notice) file=[^,]+,line=\d+,col=\d+,title=LT\d{3} [a-z-]+::.+$")
    assert all(pattern.match(line) for line in lines), lines
    # relative to the project root (this repository's pyproject.toml), as GitHub places annotations
    relative = PLANTED.resolve().relative_to(Path(__file__).resolve().parents[1]).as_posix()
    assert lines[0].startswith(f"::warning file={relative},line=1,col=26,title=LT101 name-variant::")


def test_cli_reads_the_draft_from_stdin(capsys, monkeypatch):
    import io

    monkeypatch.setattr("sys.stdin", io.StringIO("Yasar Guler met Murhef Abu Qasra.\n"))
    code, out, _ = cli(capsys, "-", "--claims", str(FACTBASE))
    assert code == 1
    assert out.splitlines()[0] == ("<stdin>:1:1: LT101 'Yasar Guler' is not the house spelling of "
                                   "'Yasar Güler' (yasar-guler)")


def test_empty_and_blank_drafts_are_clean(corpus):
    for text in ("", "\n\n", "   "):
        result = lint_text(text, corpus)
        assert (result.diagnostics, result.sentences) == ([], 0)


def test_bundled_statements_and_seeds_give_no_date_or_number_findings():
    """On whatever the bundled fact base holds: its supported statements, and the seed
    articles read on their publication dates, agree with its facts, so linking a date or
    number to a claim must not report them (a report here is a false positive)."""
    from ._fixtures import ROOT
    from factcheck.lint_text import Linter

    corpus = factcheck.load_corpus([ROOT / "claims", ROOT / "seeds"])
    linter = Linter(corpus)
    found = []
    for claim in corpus.claims:
        if claim.verdict is factcheck.Verdict.supported:
            found += linter.lint(claim.statement, file=claim.id).diagnostics
    # where the fact base itself says a seed is wrong, a finding on the seed is right
    known_wrong: dict[str, list[tuple[int, int]]] = {}
    claims = corpus.claim_index
    for span in factcheck.check(corpus, select=["FC101"]).quote_spans:
        claim = claims[span.claim_id]
        if claim.verdict is not factcheck.Verdict.supported or claim.quotes[span.index].stance.value != "supports":
            known_wrong.setdefault(span.seed, []).append((span.start, span.end))
    for seed_id, seed in sorted(corpus.seeds.items()):
        published = seed.source.published if seed.source else None
        for d in linter.lint(seed.text, reference=published, file=seed_id).diagnostics:
            offset = seed.line_starts[d.line - 1] + d.column - 1
            if not any(a <= offset < b for a, b in known_wrong.get(seed_id, [])):
                found.append(d)
    assert [f"{d.location()}: {d.code} {d.message}" for d in found if d.code[2] in "23"] == []


def test_cli_reads_the_fact_base_named_in_pyproject(tmp_path, monkeypatch, capsys):
    (tmp_path / "pyproject.toml").write_text(
        f'[tool.factcheck]\npaths = ["{FACTBASE.as_posix()}", "{(SEEDS).as_posix()}"]\n',
        encoding="utf-8")
    (tmp_path / "draft.txt").write_text("Turkey keeps 20,000 troops in Syria.\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    code, out, err = cli(capsys, "draft.txt")
    assert (code, err) == (1, "")
    assert out.startswith("draft.txt:1:14: LT301 '20,000 troops' disagrees with claim turkey-more-than-20000-troops-in-syria")
    assert main(["export", "--format", "fever"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 6  # the claims of the fixture fact base


def test_every_draft_check_is_documented_like_a_rule(capsys):
    from factcheck.cli import main
    from factcheck.rules.registry import LINT_TEXT_RULES, get_rule

    assert [r.code for r in LINT_TEXT_RULES] == list(CODES)
    for code, (name, severity) in CODES.items():
        rule = get_rule(code)
        assert (rule.code, rule.name, rule.severity, rule.check) == (code, name, severity, None)
        for label in ("What it checks:", "Why it matters:", "Example that fails:", "Fix:"):
            assert label in rule.doc, (code, label)
    assert main(["rule", "LT101"]) == 0
    assert capsys.readouterr().out.startswith("LT101 name-variant (warning)\n\nA draft writes an accepted variant")
    assert get_rule("weekday-mismatch").code == "FC201"  # a name both share is the FC rule's
