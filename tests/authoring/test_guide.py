"""The guide's "Add an article and draft its claims" section: its transcript is real output
(run in a copy of the bundled fact base, never the real one) and its figures are measured."""

from __future__ import annotations

import re
import shlex

import pytest

from factcheck.authoring import leave_one_out
from factcheck.loading import load_corpus

from ._helpers import ROOT, copy_base, run

GUIDE = ROOT / "docs" / "guide.md"


def _section() -> str:
    text = GUIDE.read_text(encoding="utf-8")
    start = text.index("## Add an article and draft its claims\n")
    return text[start:text.index("\n## ", start + 1)]


def _text_blocks(section: str) -> list[str]:
    return re.findall(r"^```text\n(.*?)^```", section, re.MULTILINE | re.DOTALL)


def test_the_transcript_is_real_output(tmp_path, monkeypatch, capsys):
    article, session = _text_blocks(_section())[:2]
    assert session.startswith("$ factcheck add-source article.txt")
    base = copy_base(tmp_path)
    (base / "article.txt").write_text(article, encoding="utf-8")
    monkeypatch.chdir(base)
    steps = re.split(r"^\$ ", session, flags=re.MULTILINE)[1:]
    assert len(steps) == 5
    for step in steps:
        command, _, expected = step.partition("\n")
        args = shlex.split(command)
        assert args[0] == "factcheck"
        code, out, err = run(capsys, *args[1:])
        assert code == 0, (command, err)
        assert out + err == expected, command


_PROMPTS = re.compile(r"^(?:.*\[a/e/s/d/q\] |  claim id \[[^\]]*\]: |  verdict \[supported\]: "
                      r"|  rationale \(why [^)]*\): |  claim file(?: \[[^\]]*\])?: )(.*)$", re.MULTILINE)


def test_the_walk_through_transcript_is_real_output(tmp_path, monkeypatch, capsys):
    """The terminal walk-through: the answers typed after each prompt are fed on standard
    input with --interactive (stdin is not a terminal here), after the first transcript's
    add-source and draft."""
    import io
    import sys

    article, session, walk = _text_blocks(_section())[:3]
    base = copy_base(tmp_path)
    (base / "article.txt").write_text(article, encoding="utf-8")
    monkeypatch.chdir(base)
    for step in re.split(r"^\$ ", session, flags=re.MULTILINE)[1:3]:
        assert run(capsys, *shlex.split(step.partition("\n")[0])[1:])[0] == 0
    command, _, expected = walk.removeprefix("$ ").partition("\n")
    args = shlex.split(command)
    assert args[:2] == ["factcheck", "review"] and "--interactive" not in args
    answers = _PROMPTS.findall(expected)
    assert len(answers) >= 4
    monkeypatch.setattr(sys, "stdin", io.StringIO("".join(a + "\n" for a in answers)))
    code, out, err = run(capsys, *args[1:], "--interactive")
    assert code == 0, err
    assert out + err == expected


def test_the_figures_are_the_measured_ones():
    section = _section()
    overall = leave_one_out(load_corpus([ROOT / "claims", ROOT / "seeds"]))["overall"]

    def row(kind: str) -> str:
        return f"{overall.recalled[kind]}/{overall.gold[kind]} ({100 * overall.recall(kind):.1f}%)"

    assert f"| dates | {row('dates')} | {overall.correct['dates']}/{overall.drafted['dates']} " in section
    assert f"| numbers (value and qualifier) | {row('numbers')} |" in section
    assert (f"| entity links | {row('entities')} | {overall.correct['entities']}/{overall.drafted['entities']} "
            f"({100 * overall.precision('entities'):.1f}%) |") in section
    assert f"| roles | {row('roles')} | {overall.correct['roles']}/{overall.drafted['roles']} " in section
    assert f"| dates the seed alone determines | {overall.recalled['dates-own']}/{overall.gold['dates-own']} |" in section
    assert (f"| subjects of dates and numbers | {row('subjects')} | "
            f"{overall.correct['subjects']}/{overall.drafted['subjects']} |") in section
    reasons = [m.reason for m in overall.date_misses]
    assert f"* **coarser ({reasons.count('coarser')})**" in section
    assert f"* **undated ({reasons.count('undated')})**" in section
    assert f"the {len(reasons)}\nare:" in section
