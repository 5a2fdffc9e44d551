"""The README's transcripts are real: each `$ factcheck …` block is run and compared."""

from __future__ import annotations

import os
import re
import shlex
from glob import glob
from pathlib import Path

import pytest

from factcheck.cli import main

ROOT = Path(__file__).resolve().parents[2]
BLOCK = re.compile(r"```text\n(.*?)```", re.S)


def transcripts() -> list[tuple[str, str]]:
    out = []
    for block in BLOCK.findall((ROOT / "README.md").read_text(encoding="utf-8")):
        lines = block.splitlines()
        if not lines or not lines[0].startswith("$ factcheck ") or ">" in lines[0]:
            continue
        expected = []
        for line in lines[1:]:
            if line.startswith("$ "):
                break
            expected.append(line)
        out.append((lines[0][2:], "\n".join(expected) + "\n"))
    return out


@pytest.mark.parametrize("command, expected", transcripts(), ids=[c for c, _ in transcripts()])
def test_readme_transcript_is_what_the_command_prints(command, expected, capsys, monkeypatch):
    monkeypatch.chdir(ROOT)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    args = []
    for word in shlex.split(command)[1:]:
        args.extend(sorted(glob(word)) if "*" in word else [word])
    main(args)
    assert capsys.readouterr().out == expected


def test_readme_has_transcripts():
    assert len(transcripts()) >= 2
