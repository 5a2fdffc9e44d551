"""Shared helpers for rule fixtures: load a fixture with the base corpus and compare findings.

A fixture file marks each line where a finding is expected with a trailing comment
``# expect: FC201`` (several codes: ``# expect: FC201 FC202``). A fixture is checked with
only the rules its folder names selected (folder ``FC201`` → ``--select FC201``), so every
other rule's findings are out of its way; ``pass*`` files must give none.
"""

from __future__ import annotations

import re
from pathlib import Path

import factcheck

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
BASE = Path(__file__).resolve().parent / "fixtures" / "base"
RULE_FIXTURES = Path(__file__).resolve().parent / "fixtures" / "rules"
LINT_TEXT_FIXTURES = Path(__file__).resolve().parent / "fixtures" / "lint_text"

_EXPECT = re.compile(r"#\s*expect:\s*((?:FC\d{3}\s*)+)")


def seed_texts() -> list[Path]:
    return sorted(SEEDS.glob("*.txt"))


def load_with_base(*paths: Path | str, entities: bool = True, sources: bool = True):
    extra = []
    if sources:
        extra.append(BASE / "sources.yaml")
    if entities:
        extra.append(BASE / "entities.yaml")
    return factcheck.load_corpus([*seed_texts(), *extra, *paths])


def expected_findings(path: Path) -> set[tuple[str, int]]:
    out = set()
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        m = _EXPECT.search(line)
        if m:
            for code in m.group(1).split():
                out.add((code, number))
    return out


def found(report, path: Path, codes: list[str]) -> set[tuple[str, int]]:
    name = Path(path).resolve()
    return {
        (d.code, d.line)
        for d in report.diagnostics
        if Path(d.file).resolve() == name and any(d.code.startswith(c) for c in codes)
    }
