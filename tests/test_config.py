"""``[tool.factcheck]`` in pyproject.toml: found, validated, merged under the command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from factcheck.cli import main
from factcheck.config import Config, find_pyproject, load_config, parse_config
from factcheck.errors import ConfigError

from ._fixtures import BASE, RULE_FIXTURES, SEEDS

FC005_FAIL = RULE_FIXTURES / "FC005" / "fail.yaml"
FC004_FAIL = RULE_FIXTURES / "FC004" / "fail.yaml"
BASE_ARGS = [*map(str, sorted(SEEDS.glob("*.txt"))), str(BASE / "sources.yaml"), str(BASE / "entities.yaml")]


def _project(tmp_path: Path, table: str, monkeypatch) -> Path:
    (tmp_path / "pyproject.toml").write_text(f"[project]\nname = 'x'\n\n[tool.factcheck]\n{table}\n",
                                             encoding="utf-8")
    sub = tmp_path / "sub" / "deeper"
    sub.mkdir(parents=True)
    monkeypatch.chdir(sub)
    return tmp_path


def test_found_by_walking_up_and_parsed(tmp_path, monkeypatch):
    root = _project(tmp_path, 'select = ["FC1", "fc201"]\nignore = "FC3, FC4"\nseverity = "error"\n'
                              'format = "sarif"\npaths = ["claims", "/abs/seeds"]', monkeypatch)
    assert find_pyproject() == root / "pyproject.toml"
    config = load_config()
    assert config == Config(paths=(str(root / "claims"), "/abs/seeds"), select=("FC1", "FC201"),
                            ignore=("FC3", "FC4"), severity="error", format="sarif")
    assert config.source.endswith("pyproject.toml")


def test_no_file_or_no_table_gives_defaults(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "pyproject.toml").write_text("[project]\nname = 'x'\n", encoding="utf-8")
    assert load_config() == Config()


@pytest.mark.parametrize("table, message", [
    ('selct = ["FC1"]', "unknown key 'selct' in [tool.factcheck] (did you mean 'select'?)"),
    ('select = [1]', "select must be a list of rule codes"),
    ('ignore = ["E501"]', "'E501' is not a rule code or prefix"),
    ('severity = "fatal"', "severity must be one of error, warning, info, got 'fatal'"),
    ('format = "xml"', "format must be one of text, json, json-lines, github, junit, sarif, got 'xml'"),
    ('paths = []', "paths must be a non-empty list of paths"),
])
def test_invalid_values_are_config_errors(tmp_path, monkeypatch, table, message):
    _project(tmp_path, table, monkeypatch)
    with pytest.raises(ConfigError) as info:
        load_config()
    assert message in str(info.value)
    # outside the current folder, a path is shown absolute (as the loader shows files)
    assert str(info.value).startswith(f"{(tmp_path / 'pyproject.toml').resolve().as_posix()}: ")


def test_invalid_config_exits_2_with_one_line(tmp_path, monkeypatch, capsys):
    _project(tmp_path, 'severity = "loud"', monkeypatch)
    assert main(["check", *BASE_ARGS]) == 2
    out, err = capsys.readouterr()
    assert out == "" and err.count("\n") == 1 and "Traceback" not in err
    where = (tmp_path / "pyproject.toml").resolve().as_posix()
    assert err.startswith(f"factcheck: error: {where}: [tool.factcheck] severity must be one of")


def test_invalid_toml_exits_2(tmp_path, monkeypatch, capsys):
    (tmp_path / "pyproject.toml").write_text("[tool.factcheck\nselect = 1\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert main(["check", *BASE_ARGS]) == 2
    err = capsys.readouterr().err
    assert err.startswith("factcheck: error: pyproject.toml: invalid TOML: ") and "line 1" in err


def test_unknown_code_prefix_in_config_names_the_file(tmp_path, monkeypatch, capsys):
    _project(tmp_path, 'select = ["FC8"]', monkeypatch)
    assert main(["check", *BASE_ARGS]) == 2
    where = (tmp_path / "pyproject.toml").resolve().as_posix()
    assert capsys.readouterr().err == (f"factcheck: error: {where}: unknown rule code or prefix "
                                       "'FC8' (see 'factcheck rules')\n")


def test_select_ignore_and_format_from_config_and_cli_wins(tmp_path, monkeypatch, capsys):
    _project(tmp_path, 'ignore = ["FC0"]\nformat = "json"', monkeypatch)
    assert main(["check", *BASE_ARGS, str(FC004_FAIL)]) == 0  # FC004 ignored by the config
    assert json.loads(capsys.readouterr().out)["diagnostics"] == []
    assert main(["check", "--ignore", "FC9", *BASE_ARGS, str(FC004_FAIL)]) == 1  # the CLI replaces it
    assert {d["code"] for d in json.loads(capsys.readouterr().out)["diagnostics"]} == {"FC004"}
    assert main(["check", "--isolated", *BASE_ARGS, str(FC004_FAIL)]) == 1  # no config: text, all rules
    assert " FC004 " in capsys.readouterr().out


def test_severity_from_config(tmp_path, monkeypatch, capsys):
    _project(tmp_path, 'severity = "error"\nselect = ["FC901"]', monkeypatch)
    assert main(["check", *BASE_ARGS, str(RULE_FIXTURES / "FC901" / "fail.yaml")]) == 0  # a warning only
    assert main(["check", "--severity", "warning", *BASE_ARGS, str(RULE_FIXTURES / "FC901" / "fail.yaml")]) == 1


def test_paths_from_config_are_relative_to_the_file(tmp_path, monkeypatch, capsys):
    root = _project(tmp_path, 'paths = ["data"]\nselect = ["FC005"]', monkeypatch)
    data = root / "data"
    data.mkdir()
    (data / "claims.yaml").write_bytes(FC005_FAIL.read_bytes())
    assert main(["check"]) == 1
    out = capsys.readouterr().out
    assert f"{(data / 'claims.yaml').resolve().as_posix()}:5:20: FC005 unknown claim 'no-such-claim'" in out


def test_explicit_config_file(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "factcheck.toml").write_text('select = ["FC005"]\nformat = "json-lines"\n', encoding="utf-8")
    assert main(["check", "--config", "factcheck.toml", *BASE_ARGS, str(FC004_FAIL), str(FC005_FAIL)]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert {json.loads(line)["code"] for line in lines} == {"FC005"}
    assert main(["check", "--config", "missing.toml", *BASE_ARGS]) == 2
    assert "missing.toml: cannot read configuration" in capsys.readouterr().err


def test_parse_config_rejects_a_non_table():
    with pytest.raises(ConfigError, match="must be a table"):
        parse_config(["select"])


def test_every_command_that_reads_the_fact_base_honours_the_configured_paths(tmp_path, monkeypatch, capsys):
    # quiz used to ignore [tool.factcheck] and export and lint-text to ignore --config/--isolated
    import shutil

    from factcheck.cli import main

    from ._fixtures import ROOT

    shutil.copytree(ROOT / "claims", tmp_path / "base" / "claims")
    shutil.copytree(ROOT / "seeds", tmp_path / "base" / "seeds")
    (tmp_path / "pyproject.toml").write_text(
        '[tool.factcheck]\npaths = ["base/claims", "base/seeds"]\n', encoding="utf-8")
    draft = tmp_path / "draft.txt"
    draft.write_text("Yasar Guler met Murhef Abu Qasra.\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    runs = {
        ("check", "-q"): 0,
        ("fix", "--diff", "-q"): 0,
        ("quiz", "--count", "2", "-q"): 0,
        ("export", "--format", "fever"): 0,
        ("lint-text", "draft.txt"): 1,
    }
    for argv, code in runs.items():
        assert main(list(argv)) == code, argv
        assert "no PATH given" not in capsys.readouterr().err
        assert main([*argv, "--isolated"]) == 2, argv  # no configuration: nothing to read here
        err = capsys.readouterr().err
        assert "no PATH given and no claims/ or seeds/ folder here" in err or "no fact base" in err, (argv, err)
