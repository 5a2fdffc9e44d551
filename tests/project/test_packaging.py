"""The project's own install files: CI's lowest-versions job pins what pyproject.toml allows.

CI installs the test suite twice (``.ci/run``): with today's releases, and with the oldest
release of each direct dependency that ``pyproject.toml`` allows, pinned in
``.ci/constraints-lowest.txt``. These tests keep the two files saying the same thing, so a
lower bound is never claimed without being tested.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

from packaging.version import Version  # pytest's own dependency

ROOT = Path(__file__).resolve().parents[2]
_REQ = re.compile(r"^\s*([A-Za-z0-9_.\-]+)\s*(?:\[[^\]]*\])?\s*([^;]*)(?:;.*)?$")


def _norm(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _lower_bounds(requirements: list[str]) -> dict[str, Version]:
    bounds = {}
    for req in requirements:
        match = _REQ.match(req)
        assert match, req
        name, spec = match.groups()
        lower = [part.strip()[2:].strip() for part in spec.split(",") if part.strip().startswith(">=")]
        assert len(lower) == 1, f"{req!r}: every dependency needs exactly one '>=' lower bound"
        bounds[_norm(name)] = Version(lower[0])
    return bounds


def _pyproject() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def _constraints() -> dict[str, Version]:
    pins = {}
    for line in (ROOT / ".ci" / "constraints-lowest.txt").read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            name, _, version = line.partition("==")
            assert version, f"constraints-lowest.txt: {line!r} is not a '==' pin"
            pins[_norm(name)] = Version(version.strip())
    return pins


def test_lowest_constraints_pin_exactly_the_lower_bounds_of_pyproject():
    project = _pyproject()["project"]
    wanted = _lower_bounds(project["dependencies"])
    wanted.update(_lower_bounds(project["optional-dependencies"]["test"]))
    assert _constraints() == wanted


def test_ci_runs_the_readme_test_command_in_both_jobs():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "pip install -e '.[test]' && python -m pytest" in readme
    assert "-e '.[test]'" in ci and "python -m pytest" in ci
    assert "run_job newest .venv python3" in ci
    assert "-c .ci/constraints-lowest.txt" in ci


def test_the_licence_the_package_declares_is_in_the_repository():
    assert _pyproject()["project"]["license"] == "MIT"
    text = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert text.startswith("MIT License")
