"""``.pre-commit-hooks.yaml``: well-formed for pre-commit, and its entries are real commands."""

from __future__ import annotations

import re
import shlex
import yaml

from factcheck.cli import COMMANDS, main

from .._fixtures import ROOT

try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10
    import tomli as tomllib  # type: ignore[no-redef]

HOOKS = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
# what pre-commit's manifest schema requires of each hook, and the languages we may use
REQUIRED = {"id", "name", "entry", "language"}
KNOWN_KEYS = REQUIRED | {"description", "files", "exclude", "types", "types_or", "exclude_types",
                         "pass_filenames", "require_serial", "always_run", "args", "stages", "verbose",
                         "minimum_pre_commit_version", "additional_dependencies", "language_version"}


def test_hooks_are_well_formed():
    assert isinstance(HOOKS, list) and [h["id"] for h in HOOKS] == ["factcheck", "factcheck-fix"]
    for hook in HOOKS:
        assert REQUIRED <= set(hook) and set(hook) <= KNOWN_KEYS
        assert hook["language"] == "python"
        assert hook["pass_filenames"] is False  # cross-file checks need the whole fact base


def test_entries_are_console_scripts_and_subcommands():
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["scripts"]
    for hook in HOOKS:
        program, command, *_ = shlex.split(hook["entry"])
        assert program in scripts and command in COMMANDS


def test_files_patterns_select_fact_base_files():
    check, fix = (re.compile(h["files"]) for h in HOOKS)
    for path in ("claims/mou.yaml", "claims/people.yml", "seeds/000_081174c5714dbfd1.txt"):
        assert check.search(path), path
    assert not check.search("README.md") and not check.search("factcheck/cli.py")
    assert fix.search("claims/mou.yaml") and not fix.search("seeds/000_081174c5714dbfd1.txt")


def test_hook_entry_runs_with_the_configured_paths(tmp_path, monkeypatch, capsys):
    (tmp_path / "claims").mkdir()
    (tmp_path / "claims" / "empty.yaml").write_text("claims: []\n", encoding="utf-8")
    (tmp_path / "pyproject.toml").write_text('[tool.factcheck]\npaths = ["claims"]\nselect = ["FC007"]\n',
                                             encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    argv = shlex.split(HOOKS[0]["entry"])[1:]
    assert main(argv) == 1  # what pre-commit runs: the finding fails the commit
    assert "claims/empty.yaml:1:9: FC007 no claims in this file" in capsys.readouterr().out
