"""The command line: exit codes, one-line errors, output shapes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from factcheck.cli import main

from .._fixtures import BASE, RULE_FIXTURES, SEEDS

BASE_ARGS = [*map(str, sorted(SEEDS.glob("*.txt"))), str(BASE / "sources.yaml"), str(BASE / "entities.yaml")]


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_clean_input_exits_0_with_summary(capsys):
    code, out, err = run(capsys, "check", *BASE_ARGS, str(RULE_FIXTURES / "FC101" / "pass.yaml"))
    assert (code, err) == (0, "")
    assert out.startswith("checked 1 claim, 12 entities and 5 seeds in ")


def test_findings_exit_1_with_file_line_col(capsys):
    fixture = RULE_FIXTURES / "FC101" / "fail.yaml"
    code, out, _ = run(capsys, "check", *BASE_ARGS, str(fixture))
    assert code == 1
    first = out.splitlines()[0]
    assert first.endswith(":7:15: FC101 quote not found in seed 000_081174c5714dbfd1; closest passage "
                          "(line 5, 97% similar): 'Turkey and Syria inked a memorandum of understanding on Wednesday'")


def test_unreadable_yaml_exits_2(capsys):
    code, out, err = run(capsys, "check", *BASE_ARGS, str(RULE_FIXTURES / "FC001" / "fail.yaml"))
    assert code == 2
    assert "FC001" in out
    assert err == "factcheck: error: some files could not be read; the check is incomplete\n"


def test_missing_path_is_one_line_exit_2(capsys):
    code, out, err = run(capsys, "check", "no/such/dir")
    assert (code, out) == (2, "")
    assert err == "factcheck: error: no/such/dir: no such file or directory\n"


@pytest.mark.parametrize("args", [["check", "--format", "xml"], ["frobnicate"], ["check", "--select", "FC999"], []])
def test_usage_errors_exit_2_without_traceback(capsys, args):
    code, out, err = run(capsys, *args)
    assert code == 2
    assert "Traceback" not in err
    assert err.strip()


def test_json_format_parses_and_matches_text(capsys):
    fixture = RULE_FIXTURES / "FC005" / "fail.yaml"
    code, out, _ = run(capsys, "check", "--format", "json", *BASE_ARGS, str(fixture))
    assert code == 1
    data = json.loads(out)
    assert data["summary"]["by_code"] == {"FC005": 4}
    assert {(d["code"], d["line"]) for d in data["diagnostics"]} == {
        ("FC005", 5), ("FC005", 7), ("FC005", 8), ("FC005", 10)}
    assert all(d["file"].endswith("FC005/fail.yaml") for d in data["diagnostics"])


def test_select_and_ignore_filter_rules(capsys):
    fixture = str(RULE_FIXTURES / "FC004" / "fail.yaml")
    code, out, _ = run(capsys, "check", "--ignore", "FC0", *BASE_ARGS, fixture)
    assert code == 0, out
    code, out, _ = run(capsys, "check", "--select", "FC004", *BASE_ARGS, fixture)
    assert code == 1 and " FC004 " in out


def test_severity_threshold_hides_warnings(capsys):
    fixture = str(RULE_FIXTURES / "FC003" / "fail.yaml")
    code, out, _ = run(capsys, "check", "--select", "FC003", *BASE_ARGS, fixture)
    assert code == 1
    code, out, _ = run(capsys, "check", "--select", "FC003", "--severity", "error", *BASE_ARGS, fixture)
    assert code == 0


def test_schema_prints_json_schema_for_each_kind(capsys):
    for kind, key in (("claims", "claims"), ("entities", "entities"), ("sources", "sources")):
        code, out, _ = run(capsys, "schema", kind)
        schema = json.loads(out)
        assert code == 0 and key in schema["properties"]


def test_schema_copies_in_docs_are_current(capsys):
    docs = Path(__file__).resolve().parents[2] / "docs" / "schema"
    for kind in ("claims", "entities", "sources"):
        run(capsys, "schema", kind)  # warm
        code, out, _ = run(capsys, "schema", kind)
        assert (docs / f"{kind}.schema.json").read_text(encoding="utf-8") == out, (
            f"docs/schema/{kind}.schema.json is stale: run 'factcheck schema {kind} > docs/schema/{kind}.schema.json'")


def test_rules_and_rule(capsys):
    code, out, _ = run(capsys, "rules")
    assert code == 0 and "FC101  quote-not-found" in out
    code, out, _ = run(capsys, "rule", "FC012")
    assert code == 0 and "billion laughs" in out
    code, _, err = run(capsys, "rule", "FC999")
    assert code == 2 and "unknown rule" in err


def test_console_script_never_shows_a_traceback(tmp_path):
    bad = tmp_path / "claims.yaml"
    bad.write_bytes(b"claims: [" * 40_000)
    proc = subprocess.run([sys.executable, "-m", "factcheck", "check", str(bad)],
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr + proc.stdout
    assert "FC012" in proc.stdout


def test_the_process_entry_exits_with_the_commands_code_and_all_its_output(capsys):
    # ``python -m factcheck`` and the console script go through ``cli._entry``, which
    # freezes the collector's objects before exiting: nothing of the output may be lost.
    args = ["check", *BASE_ARGS, str(RULE_FIXTURES / "FC101" / "fail.yaml"), "--format", "json", "--no-cache"]
    code, out, err = run(capsys, *args)
    proc = subprocess.run([sys.executable, "-m", "factcheck", *args], capture_output=True, text=True, timeout=60)
    assert (proc.returncode, proc.stdout, proc.stderr) == (code, out, err) == (1, out, "")
    assert json.loads(out)["summary"]["by_code"] == {"FC101": 1}


def test_a_command_parsed_alone_has_its_help_and_errors_as_under_the_top_level_parser():
    # "factcheck check ..." builds only check's parser; "factcheck --help" builds them all
    from factcheck.cli import COMMANDS, _build_parser, _command_parser
    from factcheck.errors import UsageError

    _, parsers = _build_parser()
    for name in COMMANDS:
        alone = _command_parser(name)
        assert alone.format_help() == parsers[name].format_help(), name
        errors = []
        for parser in (alone, parsers[name]):
            with pytest.raises(UsageError) as exc:
                parser.parse_intermixed_args(["--no-such-option"])
            errors.append(str(exc.value))
        assert errors[0] == errors[1], name


def test_options_may_follow_paths(capsys):
    fixture = str(RULE_FIXTURES / "FC004" / "fail.yaml")
    code, out, _ = run(capsys, "check", *BASE_ARGS, fixture, "--select", "FC004", "--format", "json")
    assert code == 1
    assert set(json.loads(out)["summary"]["by_code"]) == {"FC004"}


def test_version_and_unknown_global_option(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["--version"])
    assert exc.value.code == 0 and capsys.readouterr().out.startswith("factcheck ")
    code, _, err = run(capsys, "--frobnicate", "check")
    assert code == 2 and "unrecognized arguments" in err


@pytest.mark.parametrize("value", ["20250814", "2025-W33-4", "2025-8-14", "٢٠٢٥-٠٨-١٤", "2025-02-30", "2025-08-14\n"])
def test_date_options_take_only_yyyy_mm_dd(capsys, value):
    code, _, err = run(capsys, "lint-text", "-", "--date", value)
    assert code == 2
    assert err == f"factcheck: error: argument --date: invalid date {value!r}: use YYYY-MM-DD\n"
