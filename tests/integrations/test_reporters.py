"""Each output format, tested by parsing what it wrote."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path
from urllib.parse import unquote

import jsonschema
import pytest

from factcheck.cli import main
from factcheck.diagnostics import Fix, Severity
from factcheck.reporters import FORMATS, render
from factcheck.reporters.github import escape_data, escape_property
from factcheck.reporters.junit import FILE_CASE
from factcheck.rules.registry import RULES

from .._fixtures import BASE, RULE_FIXTURES, SEEDS
from ._helpers import diag, report

SARIF_SUBSET = json.loads((Path(__file__).parent / "sarif-2.1.0-subset.schema.json").read_text())
BASE_ARGS = [*map(str, sorted(SEEDS.glob("*.txt"))), str(BASE / "sources.yaml"), str(BASE / "entities.yaml")]

TRICKY = report(
    diag(message="100% sure: a, b\nsecond line\r", file="claims/a,b:c.yaml", line=4, column=9,
         fix=Fix("use 'x'", "y", "x", safe=True)),
    diag("FC901", Severity.warning, "suppression of FC104 is unused", "claims/mou.yaml", 12, 14,
         name="unused-suppression"),
    diag("FC003", Severity.info, "an info", "claims/mou.yaml", 2, 1, claim_id=None, name="implicit-typing"),
    diag("FC001", Severity.fatal, "invalid YAML: <bad> & \x01", "claims/broken.yaml", 1, 1, claim_id=None,
         name="invalid-yaml"),
    files=["claims/a,b:c.yaml", "claims/broken.yaml", "claims/mou.yaml", "seeds/x.txt"],
    claims=[("claims/a,b:c.yaml", "mou-signed"), ("claims/mou.yaml", "mou-signed"),
            ("claims/mou.yaml", "clean-claim")],
)

# ----------------------------------------------------------------------------- github

_GITHUB = re.compile(r"^::(error|warning|notice) file=([^,:]*),line=(\d+),col=(\d+),title=([^,:]*)::([^\r\n]*)$")


def _unescape(text: str) -> str:
    return (text.replace("%0D", "\r").replace("%0A", "\n").replace("%3A", ":").replace("%2C", ",")
            .replace("%25", "%"))


def test_github_lines_match_the_workflow_command_pattern_and_round_trip():
    lines = render(TRICKY, "github").splitlines()
    assert len(lines) == len(TRICKY.diagnostics)
    for line, d in zip(lines, TRICKY.diagnostics):
        m = _GITHUB.match(line)
        assert m, line
        level, file, ln, col, title, message = m.groups()
        assert level == {"fatal": "error", "error": "error", "warning": "warning", "info": "notice"}[d.severity.value]
        assert (_unescape(file), int(ln), int(col)) == (d.file, d.line, d.column)
        assert _unescape(title) == f"{d.code} {d.name}"
        expected = d.message + (f"\nfix: {d.fix.description}" if d.fix else "")
        assert _unescape(message) == expected


def test_github_escaping_rules():
    assert escape_data("50% a\r\nb") == "50%25 a%0D%0Ab"
    assert escape_property("a:b,c%") == "a%3Ab%2Cc%25"
    assert escape_data("a:b,c") == "a:b,c"  # data keeps ':' and ','


# ----------------------------------------------------------------------------- sarif


def test_sarif_validates_against_the_required_structure():
    data = json.loads(render(TRICKY, "sarif"))
    jsonschema.validate(data, SARIF_SUBSET)
    assert data["version"] == "2.1.0"
    (run,) = data["runs"]
    rules = run["tool"]["driver"]["rules"]
    assert [r["id"] for r in rules] == [r.code for r in RULES]
    for descriptor, rule in zip(rules, RULES):
        assert descriptor["shortDescription"]["text"] == rule.summary
        assert descriptor["fullDescription"]["text"] == rule.doc
        assert descriptor["name"] == rule.name
    assert run["invocations"] == [{"executionSuccessful": False}]  # a fatal finding
    results = run["results"]
    assert len(results) == len(TRICKY.diagnostics)
    for result, d in zip(results, TRICKY.diagnostics):
        assert result["ruleId"] == d.code
        assert rules[result["ruleIndex"]]["id"] == d.code
        assert result["level"] == {"fatal": "error", "error": "error", "warning": "warning", "info": "note"}[d.severity.value]
        assert result["message"]["text"] == d.message
        (loc,) = result["locations"]
        art = loc["physicalLocation"]["artifactLocation"]
        assert art["uriBaseId"] == "%SRCROOT%" and not art["uri"].startswith("/")
        assert unquote(art["uri"]) == d.file
        assert loc["physicalLocation"]["region"] == {"startLine": d.line, "startColumn": d.column}


def test_sarif_schema_subset_rejects_what_it_should():
    broken = json.loads(render(TRICKY, "sarif"))
    del broken["runs"][0]["results"][0]["message"]
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(broken, SARIF_SUBSET)
    broken = json.loads(render(TRICKY, "sarif"))
    broken["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]["startLine"] = 0
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(broken, SARIF_SUBSET)


def test_sarif_absolute_paths_become_file_uris(tmp_path):
    path = (tmp_path / "a b.yaml").as_posix()
    data = json.loads(render(report(diag(file=path)), "sarif"))
    art = data["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]
    assert art == {"uri": Path(path).as_uri()}


# ----------------------------------------------------------------------------- junit


def test_junit_is_xml_with_one_case_per_claim_and_per_file():
    root = ET.fromstring(render(TRICKY, "junit").encode("utf-8"))
    assert root.tag == "testsuites"
    (suite,) = root.findall("testsuite")
    cases = suite.findall("testcase")
    names = [(c.get("classname"), c.get("name")) for c in cases]
    assert names == [
        ("claims/a,b:c.yaml", FILE_CASE), ("claims/a,b:c.yaml", "mou-signed"),
        ("claims/broken.yaml", FILE_CASE),
        ("claims/mou.yaml", FILE_CASE), ("claims/mou.yaml", "mou-signed"), ("claims/mou.yaml", "clean-claim"),
        ("seeds/x.txt", FILE_CASE),
    ]
    outcome = {(c.get("classname"), c.get("name")): [child.tag for child in c] for c in cases}
    assert outcome[("claims/a,b:c.yaml", "mou-signed")] == ["failure"]
    assert outcome[("claims/broken.yaml", FILE_CASE)] == ["error"]
    assert outcome[("claims/mou.yaml", FILE_CASE)] == ["failure"]  # FC003 belongs to no claim
    assert outcome[("claims/mou.yaml", "clean-claim")] == []
    assert (suite.get("tests"), suite.get("failures"), suite.get("errors")) == ("7", "3", "1")
    failure = cases[1].find("failure")
    assert failure.get("type") == "FC101"
    assert failure.text.startswith("claims/a,b:c.yaml:4:9: FC101 100% sure: a, b\nsecond line")
    error = cases[2].find("error")
    assert "\ufffd" in error.text and "<bad> &" in error.text  # escaped, control character replaced


# ----------------------------------------------------------------------------- json-lines and json


def test_json_lines_one_object_per_finding():
    lines = render(TRICKY, "json-lines").splitlines()
    assert [json.loads(line) for line in lines] == [d.to_dict() for d in TRICKY.diagnostics]


def test_empty_report_in_every_format():
    empty = report(files=["claims/mou.yaml"], claims=[("claims/mou.yaml", "a")])
    assert render(empty, "github") == "" and render(empty, "json-lines") == ""
    jsonschema.validate(json.loads(render(empty, "sarif")), SARIF_SUBSET)
    root = ET.fromstring(render(empty, "junit"))
    assert root.get("failures") == "0" and root.get("tests") == "2"
    assert json.loads(render(empty, "json"))["diagnostics"] == []


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_every_format_is_deterministic_from_the_cli(capsys, fmt):
    args = ["check", "--isolated", "--format", fmt, *BASE_ARGS, str(RULE_FIXTURES / "FC005" / "fail.yaml")]
    first = (main(args), capsys.readouterr().out)
    second = (main(args), capsys.readouterr().out)
    assert first == second and first[0] == 1 and first[1]


def test_output_option_writes_the_file(tmp_path, capsys):
    out = tmp_path / "report.sarif"
    code = main(["check", "--isolated", "--format", "sarif", "-o", str(out), *BASE_ARGS,
                 str(RULE_FIXTURES / "FC005" / "fail.yaml")])
    assert code == 1 and capsys.readouterr().out == ""
    data = json.loads(out.read_text(encoding="utf-8"))
    jsonschema.validate(data, SARIF_SUBSET)
    assert {r["ruleId"] for r in data["runs"][0]["results"]} == {"FC005"}


def test_github_is_the_default_under_github_actions(capsys, monkeypatch):
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    args = ["check", "--isolated", *BASE_ARGS, str(RULE_FIXTURES / "FC005" / "fail.yaml")]
    assert main(args) == 1
    lines = capsys.readouterr().out.splitlines()
    assert lines and all(_GITHUB.match(line) for line in lines)
    assert main([*args, "--format", "text"]) == 1  # an explicit --format wins
    assert not capsys.readouterr().out.startswith("::")
    monkeypatch.setenv("GITHUB_ACTIONS", "false")
    assert main(args) == 1
    assert not capsys.readouterr().out.startswith("::")


def test_cli_and_config_offer_exactly_the_reporters():
    from factcheck.config import FORMAT_NAMES

    assert sorted(FORMAT_NAMES) == sorted(FORMATS)


def test_format_precedence():
    from factcheck._cmd_check import choose_format

    gha = {"GITHUB_ACTIONS": "true"}
    assert choose_format("sarif", "json", gha) == "sarif"  # the command line first
    assert choose_format(None, "json", gha) == "json"  # then the configuration
    assert choose_format(None, None, gha) == "github"  # then GitHub Actions
    assert choose_format(None, None, {"GITHUB_ACTIONS": "1"}) == "text"
    assert choose_format(None, None, {}) == "text"
