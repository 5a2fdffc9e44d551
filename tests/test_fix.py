"""``factcheck fix``: span edits that keep everything else byte for byte, verified, atomic."""

from __future__ import annotations

import os
import stat

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck.cli import main
from factcheck.diagnostics import Fix, Severity
from factcheck.errors import UsageError
from factcheck.fix import _scalars, atomic_write, fix_text, plan_fixes, unified_diff

from ._fixtures import BASE, SEEDS
from ._reports import HOUSE_RULE, diag

SAFE = Fix("write 'Güler'", "Guler", "Güler", safe=True)


def _at(text: str, *path) -> tuple[int, int]:
    (node,) = [s for s in _scalars(text) if s.path == path and not s.is_key]
    return node.line, node.column


def _fix(text: str, *path, fix: Fix = SAFE, code: str = "FC401"):
    line, column = _at(text, *path)
    return fix_text(text, [diag(code, Severity.warning, "m", "c.yaml", line, column, fix=fix)], file="c.yaml")


DOC = """\
# the fact base: comments stay
claims:
  - id: mou-signed   # trailing comment
    verdict: supported
    statement: Yasar Guler met Guler's counterpart.
    quotes:
      - seed: 003_26570aaabef3dbf1
        text: Turkish Defense Minister Yasar Guler and his Syrian counterpart
"""


def test_plain_scalar_edit_keeps_everything_else():
    result = _fix(DOC, "claims", 0, "statement")
    assert result.skipped == []
    assert result.fixed == DOC.replace("Yasar Guler met Guler's", "Yasar Güler met Güler's")
    assert yaml.safe_load(result.fixed)["claims"][0]["quotes"][0]["text"].endswith("Yasar Guler and his Syrian counterpart")


@pytest.mark.parametrize("style, raw, expected", [
    ("double", '"Guler said \\"no\\""', '"Güler said \\"no\\""'),
    ("single", "'Guler''s view'", "'Güler''s view'"),
    ("flow", '{statement: Guler again, x: 1}', '{statement: Güler again, x: 1}'),
])
def test_quoted_and_flow_styles(style, raw, expected):
    text = f"claims:\n  - statement: {raw}  # c\n" if style != "flow" else f"claims:\n  - {raw}  # c\n"
    result = _fix(text, "claims", 0, "statement")
    assert result.skipped == [] and result.fixed == text.replace(raw, expected)


def test_crlf_and_bom_survive():
    text = "\ufeffclaims:\r\n  - statement: 'Guler'\r\n    id: a\r\n"
    result = _fix(text, "claims", 0, "statement")
    assert result.fixed == "\ufeffclaims:\r\n  - statement: 'Güler'\r\n    id: a\r\n"


def test_a_fix_never_touches_a_quote():
    result = _fix(DOC, "claims", 0, "quotes", 0, "text")
    assert result.fixed == DOC and [r for _, r in result.skipped] == ["a fix never touches a quote"]
    result = _fix(DOC, "claims", 0, "statement", code="FC102")  # its suggestions are quote changes
    assert result.fixed == DOC and [r for _, r in result.skipped] == ["FC102 fixes would change a quote"]


def test_unsafe_or_empty_fixes_are_not_applied():
    for fix, reason in [(Fix("x", "Guler", "Güler"), "no safe fix"),
                        (Fix("x", safe=True), "the fix gives no replacement text")]:
        result = _fix(DOC, "claims", 0, "statement", fix=fix)
        assert result.fixed == DOC and [r for _, r in result.skipped] == [reason]


@pytest.mark.parametrize("replacement, reason", [
    ("Güler #1", "the replacement would need different quoting; edit it by hand"),  # a comment
    ("Güler: yes", "the replacement would make the YAML invalid"),
])
def test_replacement_that_would_need_quoting_is_skipped(replacement, reason):
    text = "claims:\n  - statement: Guler said so\n"
    result = _fix(text, "claims", 0, "statement", fix=Fix("x", "Guler", replacement, safe=True))
    assert result.fixed == text
    assert [r for _, r in result.skipped] == [reason]


def test_good_fixes_survive_a_bad_one_in_the_same_file():
    text = "claims:\n  - statement: Guler said so\n  - statement: Guler again\n"
    bad = diag("FC401", Severity.warning, "m", "c.yaml", *_at(text, "claims", 0, "statement"),
               fix=Fix("x", "Guler", "Güler #1", safe=True))
    good = diag("FC401", Severity.warning, "m", "c.yaml", *_at(text, "claims", 1, "statement"), fix=SAFE)
    result = fix_text(text, [bad, good])
    assert result.fixed == "claims:\n  - statement: Guler said so\n  - statement: Güler again\n"
    assert [(d.line, r) for d, r in result.skipped] == [
        (2, "the replacement would need different quoting; edit it by hand")]


def test_text_broken_across_lines_is_skipped():
    text = "claims:\n  - statement: Yasar\n      Guler met him\n"
    result = _fix(text, "claims", 0, "statement", fix=Fix("x", "Yasar Guler", "Yaşar Güler", safe=True))
    assert result.fixed == text
    assert [r for _, r in result.skipped] == ["the text to replace is broken across lines or escaped in the file"]


def test_stale_or_misplaced_findings_are_skipped():
    text = "claims:\n  - statement: Güler\n"
    result = fix_text(text, [diag("FC401", Severity.warning, "m", "c.yaml", 2, 16, fix=SAFE),
                             diag("FC401", Severity.warning, "m", "c.yaml", 9, 1, fix=SAFE)])
    assert result.fixed == text
    assert [r for _, r in result.skipped] == ["'Guler' is not in the value any more",
                                              "no YAML value at the finding's line and column"]


def test_a_span_limits_the_fix_to_that_occurrence():
    from dataclasses import replace

    text = "claims:\n  - statement: \"Assad's rival Assad al-Shaibani met Bashar al-Assad\"\n"
    line, column = _at(text, "claims", 0, "statement")
    value = yaml.safe_load(text)["claims"][0]["statement"]
    fix = Fix("x", "Assad", "Asaad", safe=True)
    second = value.index("Assad al-Shaibani")
    d = diag("FC401", Severity.warning, "m", "c.yaml", line, column, fix=fix)
    one = replace(d, extra={"span": [second, second + 5]})
    result = fix_text(text, [one])
    assert yaml.safe_load(result.fixed)["claims"][0]["statement"] == (
        "Assad's rival Asaad al-Shaibani met Bashar al-Assad")
    first = replace(d, extra={"span": [0, 5]})
    result = fix_text(text, [one, first])
    assert yaml.safe_load(result.fixed)["claims"][0]["statement"] == (
        "Asaad's rival Asaad al-Shaibani met Bashar al-Assad")
    result = fix_text(text, [d])  # no span: every occurrence
    assert yaml.safe_load(result.fixed)["claims"][0]["statement"] == (
        "Asaad's rival Asaad al-Shaibani met Bashar al-Asaad")


def test_seed_texts_are_never_edited():
    (plan,) = plan_fixes([diag("FC401", file="seeds/000.txt", fix=SAFE)], read=lambda f: "Guler")
    assert not plan.changed and [r for _, r in plan.skipped] == ["only YAML files are edited"]


_TEXT = st.text(st.sampled_from(list("ab :#'\"\\-,{}[]&*!%@`|>?éü’🙂\u00a0")), max_size=12)


@settings(max_examples=150, deadline=None)
@given(before=_TEXT, after=_TEXT, style=st.sampled_from([None, "'", '"']), comment=st.booleans(),
       bom=st.booleans(), crlf=st.booleans())
def test_fix_changes_exactly_the_expected_value(before, after, style, comment, bom, crlf):
    statement = f"{before}Guler{after}"
    data = {"claims": [{"id": "a", "statement": statement, "verdict": "supported"}]}
    text = yaml.safe_dump(data, default_style=style, allow_unicode=True, width=10**6, sort_keys=False)
    if comment:
        text = "# top\n" + text + "# end\n"
    if crlf:
        text = text.replace("\n", "\r\n")
    if bom:
        text = "\ufeff" + text
    result = _fix(text, "claims", 0, "statement")
    assert result.skipped == []  # one-line scalars: always fixable
    expected = {"claims": [{**data["claims"][0], "statement": statement.replace("Guler", "Güler")}]}
    assert yaml.safe_load(result.fixed) == expected
    (edit,) = result.edits
    assert result.fixed[:edit.start] == text[:edit.start]
    assert result.fixed[edit.start + len(edit.new):] == text[edit.end:]


def test_unified_diff_shape():
    result = _fix(DOC, "claims", 0, "statement")
    diff = unified_diff(result)
    assert diff.startswith("--- a/c.yaml\n+++ b/c.yaml\n@@ ")
    assert "-    statement: Yasar Guler met Guler's counterpart.\n" in diff
    assert "+    statement: Yasar Güler met Güler's counterpart.\n" in diff


# ----------------------------------------------------------------------------- atomic writes


def test_atomic_write_replaces_and_keeps_the_mode(tmp_path):
    target = tmp_path / "c.yaml"
    target.write_text("old", encoding="utf-8")
    os.chmod(target, 0o640)
    atomic_write(target, "new".encode())
    assert target.read_text(encoding="utf-8") == "new"
    assert stat.S_IMODE(target.stat().st_mode) == 0o640
    assert sorted(p.name for p in tmp_path.iterdir()) == ["c.yaml"]


def test_atomic_write_failure_leaves_the_original(tmp_path, monkeypatch):
    target = tmp_path / "c.yaml"
    target.write_text("old", encoding="utf-8")

    def boom(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", boom)
    with pytest.raises(UsageError, match="No space left on device"):
        atomic_write(target, b"new")
    assert target.read_text(encoding="utf-8") == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["c.yaml"]


# ----------------------------------------------------------------------------- the command

CLAIMS = """\
# reviewed 2025-08-20
claims:
  - id: guler-meets-counterpart   # from seed 003
    statement: Yasar Guler met Murhaf Abu Qasra in Ankara.
    verdict: supported
    quotes:
      - seed: 003_26570aaabef3dbf1
        text: Turkish Defense Minister Yasar Guler and his Syrian counterpart Murhef Abu Qasra
"""


@pytest.fixture
def project(tmp_path, monkeypatch):
    import factcheck.rules.registry as registry

    monkeypatch.setattr(registry, "RULES", (*registry.RULES, HOUSE_RULE))
    monkeypatch.chdir(tmp_path)
    path = tmp_path / "claims.yaml"
    path.write_text(CLAIMS, encoding="utf-8")
    args = ["--isolated", *map(str, sorted(SEEDS.glob("*.txt"))), str(BASE / "sources.yaml"),
            str(BASE / "entities.yaml"), "claims.yaml"]
    return path, args


def test_fix_diff_shows_and_writes_nothing(project, capsys):
    path, args = project
    assert main(["fix", "--diff", "--select", "FC999", *args]) == 1
    out, err = capsys.readouterr()
    assert out == (
        "--- a/claims.yaml\n+++ b/claims.yaml\n@@ -1,7 +1,7 @@\n # reviewed 2025-08-20\n claims:\n"
        "   - id: guler-meets-counterpart   # from seed 003\n"
        "-    statement: Yasar Guler met Murhaf Abu Qasra in Ankara.\n"
        "+    statement: Yaşar Güler met Murhef Abu Qasra in Ankara.\n"
        "     verdict: supported\n     quotes:\n"
        "       - seed: 003_26570aaabef3dbf1\n")
    assert err == "would fix 2 findings in 1 file\n"
    assert path.read_text(encoding="utf-8") == CLAIMS


def test_fix_writes_then_nothing_is_left(project, capsys):
    path, args = project
    assert main(["fix", "--select", "FC999", *args]) == 0
    assert capsys.readouterr().err == "fixed 2 findings in 1 file\n"
    assert path.read_text(encoding="utf-8") == CLAIMS.replace(
        "Yasar Guler met Murhaf Abu Qasra", "Yaşar Güler met Murhef Abu Qasra")
    assert main(["fix", "--diff", "--select", "FC999", *args]) == 0
    assert capsys.readouterr() == ("", "would fix 0 findings in 0 files\n")


def test_fix_refuses_when_a_file_cannot_be_read(project, tmp_path, capsys):
    path, args = project
    (tmp_path / "broken.yaml").write_text("claims: [\n", encoding="utf-8")
    assert main(["fix", *args, "broken.yaml"]) == 2
    assert "nothing was fixed" in capsys.readouterr().err
    assert path.read_text(encoding="utf-8") == CLAIMS


def test_fix_with_the_registered_house_spelling_rule_leaves_quotes_alone(tmp_path, monkeypatch, capsys):
    claims = tmp_path / "claims.yaml"
    text = (
        "claims:\n"
        "  - id: defence-minister   # the quote keeps the source's spelling\n"
        "    statement: Murhaf Abu Qasra is Syria's defence minister.\n"
        "    verdict: supported\n"
        "    quotes:\n"
        "      - seed: 002_346b15368b31c8c0\n"
        "        text: \"Syria’s Defense Minister Murhaf Abu Qasra\"\n"
    )
    claims.write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    args = ["--isolated", "--select", "FC401", *map(str, sorted(SEEDS.glob("*.txt"))), str(BASE / "sources.yaml"),
            str(BASE / "entities.yaml"), "claims.yaml"]
    assert main(["fix", *args]) == 0
    assert claims.read_text(encoding="utf-8") == text.replace(
        "statement: Murhaf Abu Qasra", "statement: Murhef Abu Qasra")
    assert main(["check", *args]) == 0
