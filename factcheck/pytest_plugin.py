"""pytest plugin: the fact base's claim files as test items, one item per claim (opt-in).

Enable it with ``pytest --factcheck`` or ``factcheck = true`` in the ``[pytest]`` ini
section (``[tool.pytest.ini_options]`` in pyproject.toml). The fact base is read from
the ``factcheck_paths`` ini option, else ``[tool.factcheck] paths``, else ``claims/`` and
``seeds/`` next to the rootdir; it is loaded and checked once per session, with the
``select``/``ignore``/``severity`` of ``[tool.factcheck]``. pytest then collects, among
the paths it is given (plain ``pytest`` with ``testpaths`` also gets the fact base's
paths added), the files of that fact base: each claim file yields one item per
claim (named by claim id) and one ``[file]`` item for findings that belong to no claim;
entity, source and seed files yield their ``[file]`` item. An item fails with its
findings, one ``file:line:col: CODE message`` per line. Other YAML files are ignored.

Opting in where there is no fact base (none of the three gives a path), or where a
path of it does not exist, is a usage error with the line ``factcheck check`` prints
there (``factcheck: error: …``; pytest exits 4): a run that checks nothing must not
pass in CI.

Light import: pytest imports this module in every run where factcheck is installed, so
at module level it imports only pytest and the standard library; the loader, pydantic
and the rules are imported when the option is on and collection starts.

Layer: entry points, the top (held by ``tests/project/test_layers.py``): may import any
module below; never another entry point (the package's ``__init__``, ``__main__``,
``pytest_plugin``), and no factcheck module imports from it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

__all__ = ["FactcheckFindings", "FactcheckItem", "FactcheckFile"]

_SUFFIXES = (".yaml", ".yml", ".txt")
FILE_ITEM = "[file]"


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("factcheck", "factcheck: check the fact base's claim files")
    group.addoption("--factcheck", action="store_true", default=False,
                    help="collect the fact base's claim files as test items (one per claim)")
    parser.addini("factcheck", type="bool", default=False,
                  help="collect the fact base's claim files as test items (like --factcheck)")
    parser.addini("factcheck_paths", type="paths", default=[],
                  help="files and folders of the fact base (default: [tool.factcheck] paths, "
                       "else claims/ and seeds/ next to the rootdir)")


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "factcheck: a claim or file of the fact base checked by factcheck")
    if config.getoption("factcheck") or config.getini("factcheck"):
        from .errors import FactcheckError

        collector = _Collector(config)
        try:
            # reads [tool.factcheck]: a bad one, no fact base or a missing path stops the run
            # here, as a usage error, instead of a green run that checked nothing
            _require(collector.paths())
        except FactcheckError as exc:
            raise pytest.UsageError(_usage(exc)) from None
        config.pluginmanager.register(collector, "factcheck-collector")
        if getattr(config, "args_source", None) == pytest.Config.ArgsSource.TESTPATHS:
            # plain ``pytest --factcheck`` with ``testpaths``: the fact base is collected too
            args = [Path(a).resolve() for a in config.args]
            for path in collector.paths():
                resolved = Path(path).resolve()
                if not any(resolved == a or a in resolved.parents for a in args):
                    config.args.append(str(path))


def _usage(exc: Exception) -> str:
    """The line ``factcheck check`` prints for the same error (pytest puts ``ERROR: `` before it)."""
    return f"factcheck: error: {exc}"


def _require(paths: list[str]) -> None:
    """Opting in checks a fact base: none at all, or a path that is not there, is a usage error."""
    from .cli._shared import NO_FACT_BASE
    from .errors import LoadError, UsageError

    if not paths:
        raise UsageError(NO_FACT_BASE)
    for path in paths:
        if not Path(path).exists():
            raise LoadError("no such file or directory", file=str(path))


class FactcheckFindings(Exception):
    """Raised by an item whose claim (or file) has findings at or above the threshold."""

    def __init__(self, lines: list[str]) -> None:
        super().__init__("\n".join(lines))
        self.lines = lines


class _Collector:
    """Loads and checks the fact base once; hands each of its files to pytest."""

    def __init__(self, config: pytest.Config) -> None:
        self.config = config
        self._files: dict[Path, tuple[str, dict[str, list[str]], list[str]]] | None = None

    def _settings(self):
        from .config import load_config

        return load_config(start=Path(self.config.rootpath))

    def paths(self) -> list[str]:
        """The fact base: ini ``factcheck_paths``, else ``[tool.factcheck] paths``, else claims/ and seeds/."""
        settings = self._settings()  # validated even when the ini gives the paths
        paths = [str(p) for p in self.config.getini("factcheck_paths")]
        if paths:
            return paths
        root = Path(self.config.rootpath)
        configured = settings.paths
        return list(configured or [str(root / d) for d in ("claims", "seeds") if (root / d).exists()])

    def _load(self) -> dict[Path, tuple[str, dict[str, list[str]], list[str]]]:
        if self._files is not None:
            return self._files
        from .errors import FactcheckError

        try:
            self._files = self._check()
        except FactcheckError as exc:  # an unreadable path: one line, no traceback
            raise pytest.UsageError(_usage(exc)) from None
        return self._files

    def _check(self) -> dict[Path, tuple[str, dict[str, list[str]], list[str]]]:
        from .checking import check
        from .diagnostics import Severity
        from .loading import load_corpus

        settings = self._settings()
        paths = self.paths()
        files: dict[Path, tuple[str, dict[str, list[str]], list[str]]] = {}
        if paths:
            report = check(load_corpus(paths), select=settings.select, ignore=settings.ignore)
            threshold = Severity(settings.severity or "warning")
            for name in report.files:
                files[Path(name).resolve()] = (name, {}, [])
            for file, claim_id in report.checked_claims:
                entry = files.get(Path(file).resolve())
                if entry is not None:
                    entry[1].setdefault(claim_id, [])
            for d in report.diagnostics:
                if d.severity is not Severity.fatal and d.severity.rank < threshold.rank:
                    continue
                entry = files.setdefault(Path(d.file).resolve(), (d.file, {}, []))
                text = f"{d.file}:{d.line}:{d.column}: {d.code} {d.message}"
                if d.fix is not None:
                    text += f"\n    fix: {d.fix.description}"
                if d.claim_id is not None and d.claim_id in entry[1]:
                    entry[1][d.claim_id].append(text)
                else:
                    entry[2].append(text)
        return files

    @pytest.hookimpl
    def pytest_collect_file(self, file_path: Path, parent: pytest.Collector) -> Any:
        if file_path.suffix not in _SUFFIXES:
            return None
        entry = self._load().get(file_path.resolve())
        if entry is None:
            return None
        return FactcheckFile.from_parent(parent, path=file_path, entry=entry)


class FactcheckFile(pytest.File):
    """A file of the fact base: one item per claim, plus ``[file]``."""

    def __init__(self, *, entry: tuple[str, dict[str, list[str]], list[str]], **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.entry = entry

    def collect(self):
        name, claims, own = self.entry
        yield FactcheckItem.from_parent(self, name=FILE_ITEM, findings=own, label=f"factcheck {name}")
        for claim_id, findings in claims.items():
            yield FactcheckItem.from_parent(self, name=claim_id, findings=findings,
                                            label=f"factcheck claim {claim_id}")


class FactcheckItem(pytest.Item):
    """One claim (or a file's own checks); fails with its findings."""

    def __init__(self, *, findings: list[str], label: str, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.findings = findings
        self.label = label
        self.add_marker("factcheck")

    def runtest(self) -> None:
        if self.findings:
            raise FactcheckFindings(self.findings)

    def repr_failure(self, excinfo: pytest.ExceptionInfo[BaseException], style: Any = None) -> Any:
        if isinstance(excinfo.value, FactcheckFindings):
            return "\n".join(excinfo.value.lines)
        return super().repr_failure(excinfo)

    def reportinfo(self) -> tuple[Any, int | None, str]:
        return self.path, None, self.label
