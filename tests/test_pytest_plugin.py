"""The pytest plugin, run with pytester: opt-in, one item per claim, findings with file:line."""

from __future__ import annotations

import shutil

import pytest

from ._fixtures import BASE, SEEDS

CLAIMS = """\
claims:
  - id: mou-signed
    statement: Turkey and Syria signed a memorandum of understanding on 13 August 2025.
    verdict: supported
    quotes:
      - seed: 000_081174c5714dbfd1
        text: Turkey and Syria inked a memorandum of understanding on Wednesday
  - id: troops-unsourced
    statement: Turkey keeps more than 20,000 troops in Syria.
    verdict: supported
  - id: troops-accepted
    statement: Turkey keeps more than 20,000 troops in Syria.
    verdict: supported
    suppress: {FC104: "quote pending from a second source"}
"""

# only the rules written alongside the plugin: the test must not move with other rules
CONFIG = '[tool.factcheck]\nselect = ["FC0", "FC1", "FC9"]\n'


@pytest.fixture
def base(pytester: pytest.Pytester) -> pytest.Pytester:
    seeds = pytester.path / "seeds"
    claims = pytester.path / "claims"
    seeds.mkdir()
    claims.mkdir()
    for seed in SEEDS.glob("*.txt"):
        shutil.copy(seed, seeds / seed.name)
    shutil.copy(BASE / "sources.yaml", seeds / "sources.yaml")
    shutil.copy(BASE / "entities.yaml", claims / "entities.yaml")
    (claims / "mou.yaml").write_text(CLAIMS, encoding="utf-8")
    (pytester.path / "pyproject.toml").write_text(CONFIG, encoding="utf-8")
    return pytester


def test_not_collected_without_opting_in(base):
    result = base.runpytest("claims")
    assert result.ret == pytest.ExitCode.NO_TESTS_COLLECTED


def test_one_item_per_claim_and_failures_show_file_line(base):
    result = base.runpytest("--factcheck", "claims", "-v")
    result.assert_outcomes(passed=4, failed=1)
    result.stdout.fnmatch_lines([
        "claims/entities.yaml::[[]file[]] PASSED*",
        "claims/mou.yaml::[[]file[]] PASSED*",
        "claims/mou.yaml::mou-signed PASSED*",
        "claims/mou.yaml::troops-unsourced FAILED*",
        "claims/mou.yaml::troops-accepted PASSED*",
    ])
    result.stdout.fnmatch_lines([
        "*_ factcheck claim troops-unsourced _*",
        "claims/mou.yaml:8:9: FC104 claim 'troops-unsourced' has no source quote",
    ])
    assert result.ret == pytest.ExitCode.TESTS_FAILED


def test_ini_option_opts_in_and_items_are_selectable(base):
    base.makeini("[pytest]\nfactcheck = true\n")
    result = base.runpytest("claims", "-k", "mou-signed or troops-accepted")
    result.assert_outcomes(passed=2, deselected=3)


def test_file_level_findings_fail_the_file_item(base):
    (base.path / "claims" / "broken.yaml").write_text("claims:\n  - id: x\n    verdikt: supported\n",
                                                     encoding="utf-8")
    result = base.runpytest("--factcheck", "claims/broken.yaml")
    result.assert_outcomes(passed=0, failed=1)
    result.stdout.fnmatch_lines(["claims/broken.yaml:*: FC004 *"])


def test_other_yaml_files_are_not_collected(base):
    other = base.path / "ci"
    other.mkdir()
    (other / "workflow.yaml").write_text("claims: [not, ours]\n", encoding="utf-8")
    (other / "test_plain.py").write_text("def test_ok():\n    pass\n", encoding="utf-8")
    result = base.runpytest("--factcheck", "ci")
    result.assert_outcomes(passed=1)


def test_plain_pytest_with_testpaths_collects_the_fact_base_too(base):
    (base.path / "pyproject.toml").write_text(
        CONFIG + '\n[tool.pytest.ini_options]\ntestpaths = ["tests"]\nfactcheck = true\n', encoding="utf-8")
    (base.path / "tests").mkdir()
    (base.path / "tests" / "test_unit.py").write_text("def test_unit():\n    pass\n", encoding="utf-8")
    result = base.runpytest()
    result.assert_outcomes(passed=1 + 4 + 6, failed=1)  # the unit test, claims/, seeds/
    (base.path / "pyproject.toml").write_text(
        CONFIG + '\n[tool.pytest.ini_options]\ntestpaths = ["tests"]\n', encoding="utf-8")
    base.runpytest().assert_outcomes(passed=1)  # not opted in: testpaths only


def test_factcheck_paths_ini(base):
    moved = base.path / "data"
    (base.path / "claims").rename(moved)
    base.makeini("[pytest]\nfactcheck_paths =\n    data\n    seeds\n")
    result = base.runpytest("--factcheck", "data")
    result.assert_outcomes(passed=4, failed=1)


def test_seed_texts_are_items_too(base):
    result = base.runpytest("--factcheck", "seeds")
    result.assert_outcomes(passed=6)  # five seed texts and sources.yaml


def test_bad_configuration_is_one_line_usage_error(base):
    (base.path / "pyproject.toml").write_text('[tool.factcheck]\nseverity = "loud"\n', encoding="utf-8")
    result = base.runpytest("--factcheck", "claims")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines(["ERROR: factcheck: *pyproject.toml: [[]tool.factcheck[]] severity must be one of*"])
    assert "Traceback" not in result.stderr.str()


def test_plugin_import_is_light(pytester: pytest.Pytester):
    pytester.makepyfile(test_light="""
        import sys

        def test_light():
            assert "factcheck.pytest_plugin" in sys.modules  # loaded through the entry point
            heavy = ["pydantic", "yaml", "factcheck.loading", "factcheck.models", "factcheck.check",
                     "factcheck.rules.registry"]
            assert [m for m in heavy if m in sys.modules] == []
    """)
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider")
    result.assert_outcomes(passed=1)


def test_plugin_loads_the_fact_base_only_when_opted_in(base):
    base.makepyfile(test_heavy="""
        import sys

        def test_heavy():
            assert "factcheck.rules.registry" in sys.modules
    """)
    result = base.runpytest_subprocess("--factcheck", "test_heavy.py", "claims/entities.yaml")
    result.assert_outcomes(passed=2)


# ----------------------------------------------------------------------------- no fact base: a usage error


def _cli_error(capsys, *args: str) -> str:
    """The one line ``factcheck check`` prints on stderr in the current folder (exit code 2)."""
    from factcheck.cli import main

    capsys.readouterr()
    assert main(["check", *args]) == 2
    (line,) = capsys.readouterr().err.splitlines()
    return line


def _pytest_error(result: pytest.RunResult) -> str:
    assert result.ret == pytest.ExitCode.USAGE_ERROR  # 4: CI goes red
    assert "Traceback" not in result.stderr.str()
    (line,) = [line for line in result.stderr.lines if line.startswith("ERROR: ")]
    return line.removeprefix("ERROR: ")


def test_opting_in_without_a_fact_base_fails_like_factcheck_check(pytester: pytest.Pytester, capsys):
    pytester.makepyfile(test_unit="def test_unit():\n    pass\n")  # the run would otherwise be green
    expected = _cli_error(capsys)
    assert expected == "factcheck: error: no PATH given and no claims/ or seeds/ folder here"
    assert _pytest_error(pytester.runpytest("--factcheck")) == expected
    pytester.makeini("[pytest]\nfactcheck = true\n")
    assert _pytest_error(pytester.runpytest()) == expected
    assert _pytest_error(pytester.runpytest("test_unit.py")) == expected


def test_without_opting_in_an_empty_folder_is_not_an_error(pytester: pytest.Pytester):
    pytester.makepyfile(test_unit="def test_unit():\n    pass\n")
    pytester.runpytest().assert_outcomes(passed=1)


def test_a_configured_path_that_is_missing_fails_like_factcheck_check(base, capsys):
    base.makepyfile(test_unit="def test_unit():\n    pass\n")
    (base.path / "pyproject.toml").write_text(CONFIG + 'paths = ["claims", "archive"]\n', encoding="utf-8")
    expected = _cli_error(capsys)
    assert expected == f"factcheck: error: {base.path / 'archive'}: no such file or directory"
    assert _pytest_error(base.runpytest("--factcheck", "test_unit.py")) == expected


def test_an_ini_path_that_is_missing_is_a_usage_error(base):
    base.makeini("[pytest]\nfactcheck_paths =\n    claims\n    archive\n")
    line = _pytest_error(base.runpytest("--factcheck", "claims"))
    assert line == f"factcheck: error: {base.path / 'archive'}: no such file or directory"
