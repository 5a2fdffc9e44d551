"""Every rule has failing and passing fixtures under ``tests/fixtures/rules/<CODE>/``.

The fixtures are YAML claim files; ``# expect: CODE`` comments mark where findings
must be reported. See ``tests/_fixtures.py``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import factcheck
from factcheck.rules.registry import RULES

from .._fixtures import RULE_FIXTURES, expected_findings, found, load_with_base

FIXTURES = sorted(p for p in RULE_FIXTURES.glob("FC*/*.yaml"))
# codes whose fixtures are byte-level and built inside tests (see test_loading.py)
BYTE_LEVEL = {"FC008", "FC009", "FC010", "FC011", "FC012"}


def _id(path: Path) -> str:
    return f"{path.parent.name}/{path.name}"


@pytest.mark.parametrize("path", [p for p in FIXTURES if p.name.startswith("fail")], ids=_id)
def test_failing_fixture_reports_exactly_the_expected_findings(path: Path) -> None:
    code = path.parent.name
    expected = expected_findings(path)
    assert expected, f"{path} has no '# expect:' comment"
    report = factcheck.check(load_with_base(path), select=[code])
    assert found(report, path, [code]) == expected


@pytest.mark.parametrize("path", [p for p in FIXTURES if p.name.startswith("pass")], ids=_id)
def test_passing_fixture_reports_nothing(path: Path) -> None:
    code = path.parent.name
    report = factcheck.check(load_with_base(path), select=[code, "FC004"])
    assert [d for d in report.diagnostics if Path(d.file).resolve() == path.resolve()] == []


def test_every_rule_has_a_failing_and_a_passing_fixture() -> None:
    missing = []
    for rule in RULES:
        if rule.code in BYTE_LEVEL:
            continue
        folder = RULE_FIXTURES / rule.code
        if not list(folder.glob("fail*.yaml")) or not list(folder.glob("pass*.yaml")):
            missing.append(rule.code)
    assert missing == []
