"""Each output format, tested by parsing what it wrote and by its real readers' schemas.

The schemas are vendored in ``schemas/`` (origin and commit in ``schemas/README.md``):
the official SARIF 2.1.0 JSON schema, checked with jsonschema (with URI formats), and
the ``junit-10.xsd`` of Jenkins' xUnit plugin, checked with xmlschema.
"""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path
from urllib.parse import unquote, urlsplit

import jsonschema
import pytest
import xmlschema

from factcheck.cli import main
from factcheck.diagnostics import Fix, Severity
from factcheck.reporters import FORMATS, render
from factcheck.reporters.github import escape_data, escape_property
from factcheck.reporters.junit import FILE_CASE
from factcheck.reporters.sarif import FINGERPRINT, SRCROOT

DOCS_URL = "https://newsroom.example/factcheck/docs"
from factcheck.rules.registry import RULES

from .._fixtures import BASE, ROOT, RULE_FIXTURES, SEEDS
from .._reports import diag, report

SCHEMAS = Path(__file__).parent / "schemas"
SARIF_SCHEMA = json.loads((SCHEMAS / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
SARIF = jsonschema.Draft4Validator(SARIF_SCHEMA, format_checker=jsonschema.FormatChecker())
JUNIT_XSD = xmlschema.XMLSchema(str(SCHEMAS / "junit-10.xsd"))
DOCS_RULES = Path(__file__).resolve().parents[2] / "docs" / "rules.md"
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



@pytest.fixture(autouse=True)
def _in_the_project_root(monkeypatch):
    """The hand-built reports name files relative to the project root (``claims/mou.yaml``)."""
    monkeypatch.chdir(ROOT)


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


def _sarif_errors(data) -> list[str]:
    return [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in SARIF.iter_errors(data)]


def _github_slug(heading: str) -> str:
    """The anchor GitHub gives a Markdown heading: lowercase, punctuation dropped, spaces to '-'."""
    return re.sub(r"[^\w\- ]", "", heading.strip().lower()).replace(" ", "-")


def test_the_sarif_validator_checks_uri_formats():
    # the schema's "format": "uri" (helpUri, informationUri, originalUriBaseIds) is only checked
    # when a URI validator is installed; without one every test below would pass on anything
    checker = jsonschema.FormatChecker()
    assert not checker.conforms("docs/rules.md#fc101-quote-not-found", "uri")
    assert checker.conforms("https://example.org/docs/rules.md#fc101-quote-not-found", "uri")


@pytest.mark.parametrize("docs_url", [None, DOCS_URL])
def test_sarif_validates_against_the_official_schema(docs_url):
    data = json.loads(render(TRICKY, "sarif", docs_url=docs_url))
    assert _sarif_errors(data) == []
    assert data["version"] == "2.1.0"
    (run,) = data["runs"]
    driver = run["tool"]["driver"]
    assert driver.get("informationUri") == (None if docs_url is None else DOCS_URL + "/")
    rules = driver["rules"]
    assert [r["id"] for r in rules] == [r.code for r in RULES]
    for descriptor, rule in zip(rules, RULES):
        assert descriptor["shortDescription"]["text"] == rule.summary
        assert descriptor["fullDescription"]["text"] == rule.doc
        assert descriptor["name"] == rule.name
    assert run["invocations"] == [{"executionSuccessful": False}]  # a fatal finding
    assert run["originalUriBaseIds"][SRCROOT]["uri"] == ROOT.as_uri() + "/"  # this project's pyproject.toml
    results = run["results"]
    assert len(results) == len(TRICKY.diagnostics)
    for result, d in zip(results, TRICKY.diagnostics):
        assert result["ruleId"] == d.code
        assert rules[result["ruleIndex"]]["id"] == d.code
        assert result["level"] == {"fatal": "error", "error": "error", "warning": "warning", "info": "note"}[d.severity.value]
        assert result["message"]["text"] == d.message
        (loc,) = result["locations"]
        art = loc["physicalLocation"]["artifactLocation"]
        assert art["uriBaseId"] == SRCROOT and not art["uri"].startswith("/")
        assert unquote(art["uri"]) == d.file
        assert loc["physicalLocation"]["region"] == {"startLine": d.line, "startColumn": d.column}
    assert results[0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "claims/a%2Cb%3Ac.yaml"


@pytest.mark.parametrize("path, value", [
    (("runs", 0, "results", 0, "message"), None),  # deleted
    (("runs", 0, "results", 0, "locations", 0, "physicalLocation", "region", "startLine"), 0),
    (("runs", 0, "tool", "driver", "rules", 0, "helpUri"), "docs/rules.md#fc001-invalid-yaml"),
    (("runs", 0, "tool", "driver", "informationUri"), "factcheck"),
    (("runs", 0, "results", 0, "partialFingerprints", FINGERPRINT), 1),
    (("runs", 0, "results", 0, "level"), "fatal"),
    (("runs", 0, "columnKind"), "characters"),
])
def test_the_sarif_schema_rejects_what_it_should(path, value):
    broken = json.loads(render(TRICKY, "sarif", docs_url=DOCS_URL))
    parent = broken
    for key in path[:-1]:
        parent = parent[key]
    if value is None:
        del parent[path[-1]]
    else:
        parent[path[-1]] = value
    assert _sarif_errors(broken)


def test_sarif_help_uri_is_the_rules_section_of_the_docs():
    headings = re.findall(r"^### (.+)$", DOCS_RULES.read_text(encoding="utf-8"), re.MULTILINE)
    anchors = {_github_slug(h) for h in headings}
    rules = json.loads(render(TRICKY, "sarif", docs_url=DOCS_URL + "/"))["runs"][0]["tool"]["driver"]["rules"]
    assert len(rules) == len(RULES)
    for descriptor, rule in zip(rules, RULES):
        base, _, anchor = descriptor["helpUri"].partition("#")
        assert base == DOCS_URL + "/rules.md" and urlsplit(base).scheme == "https"  # absolute, as SARIF requires
        assert anchor in anchors, anchor  # docs/rules.md has that section
        assert anchor.startswith(rule.code.lower() + "-")
    assert rules[[r.code for r in RULES].index("FC101")]["helpUri"] == DOCS_URL + "/rules.md#fc101-quote-not-found"


def test_sarif_without_a_docs_address_has_no_links_but_the_whole_docs_inline():
    data = json.loads(render(TRICKY, "sarif"))
    driver = data["runs"][0]["tool"]["driver"]
    assert "informationUri" not in driver
    for descriptor, rule in zip(driver["rules"], RULES):
        assert "helpUri" not in descriptor
        assert descriptor["help"] == {"text": rule.doc, "markdown": rule.doc}


def test_sarif_docs_address_from_the_configuration_or_the_command_line(tmp_path, monkeypatch, capsys):
    from factcheck.cli import main

    monkeypatch.chdir(tmp_path)
    (tmp_path / "seeds").mkdir()
    (tmp_path / "pyproject.toml").write_text(f'[tool.factcheck]\ndocs-url = "{DOCS_URL}"\n', encoding="utf-8")

    def first_help_uri(*args):
        assert main(["check", "--format", "sarif", *args]) == 0
        return json.loads(capsys.readouterr().out)["runs"][0]["tool"]["driver"]["rules"][0].get("helpUri")

    assert first_help_uri() == DOCS_URL + "/rules.md#fc001-invalid-yaml"
    assert first_help_uri("--docs-url", "https://intranet.example/fc") == \
        "https://intranet.example/fc/rules.md#fc001-invalid-yaml"
    assert main(["check", "--format", "sarif", "--docs-url", "docs/"]) == 2
    assert capsys.readouterr().err == \
        "factcheck: error: --docs-url must be an absolute http(s) address, got 'docs/'\n"
    (tmp_path / "pyproject.toml").write_text('[tool.factcheck]\ndocs-url = "rules.md"\n', encoding="utf-8")
    assert main(["check", "--format", "sarif"]) == 2
    assert capsys.readouterr().err == ("factcheck: error: pyproject.toml: [tool.factcheck] docs-url must be an "
                                       "absolute http(s) address, got 'rules.md'\n")


def _fingerprints(rep, **options) -> list[str]:
    return [r["partialFingerprints"][FINGERPRINT] for r in json.loads(render(rep, "sarif", **options))["runs"][0]["results"]]


def test_sarif_fingerprints_ignore_lines_and_columns():
    before = report(
        diag(line=3, column=7),
        diag("FC006", message="duplicate id 'a' (first at claims/mou.yaml:12)", line=20, claim_id="a",
             name="duplicate-id"),
        diag("FC002", message='duplicate key "verdict" (first at line 4); keep one', line=5, claim_id=None,
             name="duplicate-key"),
    )
    moved = report(
        diag(line=9, column=3),
        diag("FC006", message="duplicate id 'a' (first at claims/mou.yaml:15)", line=23, claim_id="a",
             name="duplicate-id"),
        diag("FC002", message='duplicate key "verdict" (first at line 7); keep one', line=8, claim_id=None,
             name="duplicate-key"),
    )
    first = _fingerprints(before)
    assert first == _fingerprints(moved)
    assert all(re.fullmatch(r"[0-9a-f]{32}:1", f) for f in first)
    digest = hashlib.sha256("\0".join(["FC101", "mou-signed", "claims/mou.yaml", "quote not found"])
                            .encode()).hexdigest()[:32]
    assert first[0] == digest + ":1"


@pytest.mark.parametrize("change", [
    {"code": "FC102"}, {"claim_id": "other-claim"}, {"file": "claims/other.yaml"},
    {"message": "quote not found in seed 001"},  # the offending value
])
def test_sarif_fingerprints_tell_findings_apart(change):
    base = dict(code="FC101", claim_id="mou-signed", file="claims/mou.yaml", message="quote not found in seed 000")
    assert _fingerprints(report(diag(**base))) != _fingerprints(report(diag(**{**base, **change})))


def test_sarif_fingerprints_number_identical_findings():
    twice = report(diag(line=3), diag(line=9), diag(line=12, claim_id="other"))
    first, second, other = _fingerprints(twice)
    assert first.endswith(":1") and second.endswith(":2") and other.endswith(":1")
    assert first[:-2] == second[:-2] != other[:-2]


def test_sarif_absolute_paths_outside_the_root_become_file_uris(tmp_path):
    path = (tmp_path / "a b.yaml").as_posix()
    data = json.loads(render(report(diag(file=path)), "sarif"))
    assert _sarif_errors(data) == []
    art = data["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]
    assert art == {"uri": Path(path).as_uri()}


def test_sarif_absolute_paths_inside_the_root_are_relative(tmp_path):
    data = json.loads(render(report(diag(file=str(tmp_path / "claims" / "a b.yaml"))), "sarif", root=tmp_path))
    run = data["runs"][0]
    art = run["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]
    assert art == {"uri": "claims/a%20b.yaml", "uriBaseId": SRCROOT}
    assert run["originalUriBaseIds"][SRCROOT]["uri"] == tmp_path.resolve().as_uri() + "/"


# ----------------------------------------------------------------------------- paths from anywhere


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A project with a pyproject.toml, claims/ (one FC101 finding), seeds/ and an empty sub/."""
    root = tmp_path / "newsroom"
    (root / "claims").mkdir(parents=True)
    (root / "seeds").mkdir()
    (root / "sub" / "deeper").mkdir(parents=True)
    (root / "pyproject.toml").write_text("[project]\nname = 'newsroom'\n", encoding="utf-8")
    shutil.copy(RULE_FIXTURES / "FC101" / "fail.yaml", root / "claims" / "mou.yaml")
    shutil.copy(BASE / "entities.yaml", root / "claims" / "entities.yaml")
    shutil.copy(BASE / "sources.yaml", root / "seeds" / "sources.yaml")
    for seed in SEEDS.glob("*.txt"):
        shutil.copy(seed, root / "seeds" / seed.name)
    return root


def _run(capsys, fmt: str, *paths: str) -> str:
    assert main(["check", "--format", fmt, "--select", "FC101", *paths]) == 1
    return capsys.readouterr().out


@pytest.mark.parametrize("cwd, paths", [
    (".", ["claims", "seeds"]),
    ("sub", ["../claims", "../seeds"]),
    ("sub/deeper", ["../../claims", "../../seeds/"]),
    ("sub", ["ABS/claims", "ABS/seeds"]),
])
def test_sarif_and_github_paths_are_relative_to_the_project_root_from_any_folder(
        project, monkeypatch, capsys, cwd, paths):
    monkeypatch.chdir(project / cwd)
    paths = [p.replace("ABS", str(project)) for p in paths]
    data = json.loads(_run(capsys, "sarif", *paths))
    assert _sarif_errors(data) == []
    (run,) = data["runs"]
    assert run["originalUriBaseIds"][SRCROOT]["uri"] == project.resolve().as_uri() + "/"
    locations = [r["locations"][0]["physicalLocation"] for r in run["results"]]
    assert [(loc["artifactLocation"], loc["region"]["startLine"]) for loc in locations] == [
        ({"uri": "claims/mou.yaml", "uriBaseId": SRCROOT}, 7)]
    lines = _run(capsys, "github", *paths).splitlines()
    assert [_GITHUB.match(line).group(2, 3) for line in lines] == [("claims/mou.yaml", "7")]


def test_without_a_pyproject_the_current_folder_is_the_root(project, monkeypatch, capsys):
    (project / "pyproject.toml").unlink()
    monkeypatch.chdir(project / "claims")
    data = json.loads(_run(capsys, "sarif", "mou.yaml", "entities.yaml", "../seeds"))
    (result,) = data["runs"][0]["results"]
    assert result["locations"][0]["physicalLocation"]["artifactLocation"] == {"uri": "mou.yaml",
                                                                              "uriBaseId": SRCROOT}
    assert data["runs"][0]["originalUriBaseIds"][SRCROOT]["uri"] == (project / "claims").resolve().as_uri() + "/"


def test_github_paths_outside_the_root_stay_absolute(tmp_path):
    path = tmp_path / "elsewhere" / "mou.yaml"
    (line,) = render(report(diag(file=str(path))), "github").splitlines()
    assert _unescape(_GITHUB.match(line).group(2)) == path.as_posix()


def test_sarif_fingerprints_survive_lines_moving_in_the_file(project, monkeypatch, capsys):
    monkeypatch.chdir(project)
    first = json.loads(_run(capsys, "sarif", "claims", "seeds"))["runs"][0]["results"]
    claim_file = project / "claims" / "mou.yaml"
    claim_file.write_text("# reviewed 2025-08-20\n\n" + claim_file.read_text(encoding="utf-8"), encoding="utf-8")
    monkeypatch.chdir(project / "sub")  # and from another folder
    second = json.loads(_run(capsys, "sarif", "../claims", "../seeds"))["runs"][0]["results"]
    assert [r["locations"][0]["physicalLocation"]["region"]["startLine"] for r in first + second] == [7, 9]
    assert first[0]["partialFingerprints"] == second[0]["partialFingerprints"]


# ----------------------------------------------------------------------------- junit


def _junit_errors(text: str) -> list[str]:
    return [f"{e.path}: {e.reason}" for e in JUNIT_XSD.iter_errors(text)]


def test_junit_validates_against_the_jenkins_xunit_schema():
    assert _junit_errors(render(TRICKY, "junit")) == []
    assert _junit_errors(render(report(), "junit")) == []


def test_the_junit_schema_rejects_what_it_should():
    text = render(TRICKY, "junit")
    assert _junit_errors(text.replace('<testcase ', '<testcase file="claims/mou.yaml" ', 1))
    assert _junit_errors(text.replace('<testsuites ', '<testsuites skipped="0" ', 1))
    assert _junit_errors(text.replace(' name="mou-signed"', "", 1))  # a test case needs its name


def test_the_junit_schema_accepts_pytests_own_junitxml(pytester: pytest.Pytester):
    # the reference the schema is chosen by: pytest's report (a pass, a failure, an error, a skip)
    pytester.makepyfile(test_sample="""
        import pytest

        @pytest.fixture
        def broken():
            raise RuntimeError("setup")

        def test_pass():
            pass

        def test_fail():
            assert 1 == 2

        def test_error(broken):
            pass

        @pytest.mark.skip(reason="later")
        def test_skip():
            pass
    """)
    pytester.runpytest("--junitxml=report.xml").assert_outcomes(passed=1, failed=1, errors=1, skipped=1)
    assert _junit_errors((pytester.path / "report.xml").read_text(encoding="utf-8")) == []


def test_junit_from_the_cli_on_a_real_fact_base_validates(project, monkeypatch, capsys):
    monkeypatch.chdir(project)
    text = _run(capsys, "junit", "claims", "seeds")
    assert _junit_errors(text) == []
    root = ET.fromstring(text.encode("utf-8"))
    (failure,) = root.iter("failure")
    assert failure.text.startswith("claims/mou.yaml:7:15: FC101 quote not found in seed 000_081174c5714dbfd1")


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
    assert all(set(c.attrib) == {"classname", "name"} for c in cases)
    outcome = {(c.get("classname"), c.get("name")): [child.tag for child in c] for c in cases}
    assert outcome[("claims/a,b:c.yaml", "mou-signed")] == ["failure"]
    assert outcome[("claims/broken.yaml", FILE_CASE)] == ["error"]
    assert outcome[("claims/mou.yaml", FILE_CASE)] == ["failure"]  # FC003 belongs to no claim
    assert outcome[("claims/mou.yaml", "clean-claim")] == []
    assert (suite.get("tests"), suite.get("failures"), suite.get("errors"), suite.get("skipped")) == ("7", "3", "1", "0")
    assert (root.get("tests"), root.get("failures"), root.get("errors"), root.get("skipped")) == ("7", "3", "1", None)
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
    assert _sarif_errors(json.loads(render(empty, "sarif"))) == []
    assert _junit_errors(render(empty, "junit")) == []
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
    assert _sarif_errors(data) == []
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
    from factcheck.cli._shared import choose_format

    gha = {"GITHUB_ACTIONS": "true"}
    assert choose_format("sarif", "json", gha) == "sarif"  # the command line first
    assert choose_format(None, "json", gha) == "json"  # then the configuration
    assert choose_format(None, None, gha) == "github"  # then GitHub Actions
    assert choose_format(None, None, {"GITHUB_ACTIONS": "1"}) == "text"
    assert choose_format(None, None, {}) == "text"


def test_reporter_modules_export_exactly_their_public_names():
    import importlib

    exported = {name: importlib.import_module(f"factcheck.reporters.{module}").__all__
                for name, module in FORMATS.items()}
    assert exported == {
        "text": ["render"], "json": ["render"], "json-lines": ["render"],
        "github": ["LEVELS", "escape_data", "escape_property", "format_diagnostic", "render"],
        "junit": ["FILE_CASE", "render"],
        "sarif": ["FINGERPRINT", "LEVELS", "SARIF_SCHEMA", "SARIF_VERSION",
                  "SRCROOT", "fingerprint", "help_uri", "render", "to_sarif"],
    }
    for name, names in exported.items():
        module = importlib.import_module(f"factcheck.reporters.{FORMATS[name]}")
        assert all(hasattr(module, n) for n in names)


def test_text_without_summary_prints_nothing_for_a_clean_report(capsys):
    """`factcheck check -q` on a clean base printed one empty line."""
    assert render(report(), "text", summary=False) == ""
    assert render(report(diag()), "text", summary=False).endswith("quote not found\n")
    assert main(["check", "-q", "--no-cache", str(ROOT / "claims"), str(ROOT / "seeds")]) == 0
    assert capsys.readouterr().out == ""
