"""``factcheck quiz``: output, files, exit codes and byte-identical runs across processes."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from factcheck.cli import main

from ..quiz._corpus import BASE, BROKEN, ROOT, seed_texts

PATHS = [str(BASE), str(BROKEN), *map(str, seed_texts())]


def test_markdown_to_stdout_with_a_summary_on_stderr(capsys):
    assert main(["quiz", *PATHS, "--count", "6", "--seed", "3"]) == 0
    out, err = capsys.readouterr()
    assert out.startswith("# Verification quiz")
    assert out.count("\n### ") == 6  # six questions in the worksheet (the key uses bold numbers)
    assert "# Answer key" in out
    assert err.startswith("factcheck quiz: 6 items from ")
    assert "1 claim with findings skipped" in err


def test_output_file_and_separate_answer_key(tmp_path, capsys):
    sheet, key = tmp_path / "sheet.md", tmp_path / "key.md"
    assert main(["quiz", *PATHS, "--count", "5", "-o", str(sheet), "--key", str(key), "-q"]) == 0
    out, err = capsys.readouterr()
    assert out == "" and err == ""
    assert "# Answer key" not in sheet.read_text(encoding="utf-8")
    assert key.read_text(encoding="utf-8").startswith("# Answer key")


@pytest.mark.parametrize("fmt, start", [("json", "{"), ("gift", "// factcheck quiz"),
                                        ("moodle-xml", "<?xml"), ("html", "<!DOCTYPE html>")])
def test_every_format_from_the_command_line(fmt, start, capsys):
    assert main(["quiz", *PATHS, "--count", "4", "--format", fmt, "-q"]) == 0
    assert capsys.readouterr().out.startswith(start)


@pytest.mark.parametrize("args, message", [
    (["--types", "essay"], "unknown item type 'essay'"),
    (["--count", "0"], "--count must be at least 1"),
    (["--format", "gift", "--key", "k.md"], "--key only works with --format markdown"),
    (["--entity", "mazloum-abdi"], "no quiz item could be made"),
    (["--format", "pdf"], "invalid choice: 'pdf'"),
])
def test_usage_errors_exit_2_with_one_line(args, message, capsys, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert main(["quiz", *PATHS, *args]) == 2
    err = capsys.readouterr().err
    assert message in err
    assert err.count("\n") == 1 and "Traceback" not in err


def test_same_seed_same_bytes_across_processes():
    def run(hashseed: str) -> bytes:
        env = {**os.environ, "PYTHONHASHSEED": hashseed}
        done = subprocess.run([sys.executable, "-m", "factcheck", "quiz", *PATHS, "--count", "12",
                               "--seed", "9", "--format", "json", "-q"],
                              capture_output=True, env=env, cwd=ROOT, check=True)
        return done.stdout

    assert run("1") == run("12345")
