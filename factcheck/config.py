"""The ``[tool.factcheck]`` table of ``pyproject.toml``: defaults for ``factcheck check``.

::

    [tool.factcheck]
    paths = ["claims", "seeds"]     # what ``factcheck check`` reads when given no PATH
    select = ["FC1", "FC201"]       # codes or prefixes to run (default: all)
    ignore = ["FC3"]                # codes or prefixes to skip
    severity = "warning"            # lowest severity reported (error, warning, info)
    format = "text"                 # text, json, json-lines, github, junit, sarif
    docs-url = "https://…/docs"     # where factcheck's docs/ are published (SARIF links)

The file is found by walking up from the current folder to the first
``pyproject.toml`` (a file without the table gives the defaults). Command-line
options win over the file. ``paths`` are relative to the file's folder. Anything
else in the table, or a value of the wrong type, is a :class:`ConfigError`
(exit code 2): a typo must not silently switch a check off.

Hand-written rather than a settings library: five keys, and the error messages must
name the file and the key.

Layer: data, above the types (held by ``tests/project/test_layers.py``): may import the
types (errors, diagnostics, models, _yaml, …) only; never another data module, the
normalisers, the loader, the rules or anything above.
"""

from __future__ import annotations

import difflib
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import ConfigError

__all__ = ["CONFIG_KEYS", "FORMAT_NAMES", "SEVERITY_NAMES", "Config", "find_pyproject", "is_http_url",
           "load_config", "parse_config"]

FORMAT_NAMES = ("text", "json", "json-lines", "github", "junit", "sarif")
SEVERITY_NAMES = ("error", "warning", "info")
CONFIG_KEYS = ("paths", "select", "ignore", "severity", "format", "docs-url")
_CODE = re.compile(r"^FC\d{0,3}$")


@dataclass(frozen=True)
class Config:
    """Settings from ``[tool.factcheck]``; ``None`` means "not set" (the CLI default applies)."""

    paths: tuple[str, ...] | None = None
    select: tuple[str, ...] | None = None
    ignore: tuple[str, ...] | None = None
    severity: str | None = None
    format: str | None = None
    docs_url: str | None = None
    source: str | None = field(default=None, compare=False)


def find_pyproject(start: str | os.PathLike[str] | None = None) -> Path | None:
    """The nearest ``pyproject.toml`` in ``start`` (default: the current folder) or above."""
    here = Path(start if start is not None else os.getcwd()).resolve()
    for folder in (here, *here.parents):
        candidate = folder / "pyproject.toml"
        if candidate.is_file():
            return candidate
    return None


def _toml_loads(text: str) -> dict:
    try:
        import tomllib
    except ModuleNotFoundError:  # pragma: no cover - Python 3.10
        import tomli as tomllib  # type: ignore[no-redef,import-not-found]
    return tomllib.loads(text)


def _codes(value: Any, key: str, where: str) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [part for part in value.split(",")]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"[tool.factcheck] {key} must be a list of rule codes, got {value!r}", file=where)
    codes = tuple(v.strip().upper() for v in value if v.strip())
    for code in codes:
        if not _CODE.match(code):
            raise ConfigError(f"[tool.factcheck] {key}: {code!r} is not a rule code or prefix "
                              "(FC201, FC2)", file=where)
    return codes


def _choice(value: Any, key: str, choices: tuple[str, ...], where: str) -> str:
    if not isinstance(value, str) or value not in choices:
        raise ConfigError(f"[tool.factcheck] {key} must be one of {', '.join(choices)}, got {value!r}",
                          file=where)
    return value


def is_http_url(value: Any) -> bool:
    """An absolute http(s) address (what SARIF's links need)."""
    return isinstance(value, str) and re.match(r"^https?://[^\s/]+\S*$", value) is not None


def _url(value: Any, key: str, where: str) -> str:
    if not is_http_url(value):
        raise ConfigError(f"[tool.factcheck] {key} must be an absolute http(s) address, got {value!r}",
                          file=where)
    return value


def parse_config(table: Any, *, where: str = "pyproject.toml", base: Path | None = None) -> Config:
    """Validate a ``[tool.factcheck]`` table (already parsed TOML)."""
    if not isinstance(table, dict):
        raise ConfigError("[tool.factcheck] must be a table", file=where)
    for key in table:
        if key not in CONFIG_KEYS:
            close = difflib.get_close_matches(key, CONFIG_KEYS, n=1)
            hint = f" (did you mean {close[0]!r}?)" if close else ""
            raise ConfigError(f"unknown key {key!r} in [tool.factcheck]{hint}", file=where)
    paths = None
    if "paths" in table:
        raw = table["paths"]
        if not isinstance(raw, list) or not raw or not all(isinstance(p, str) and p for p in raw):
            raise ConfigError(f"[tool.factcheck] paths must be a non-empty list of paths, got {raw!r}",
                              file=where)
        paths = tuple(os.path.normpath(base / p) if base is not None and not os.path.isabs(p) else p
                      for p in raw)
    return Config(
        paths=paths,
        select=_codes(table["select"], "select", where) if "select" in table else None,
        ignore=_codes(table["ignore"], "ignore", where) if "ignore" in table else None,
        severity=_choice(table["severity"], "severity", SEVERITY_NAMES, where) if "severity" in table else None,
        format=_choice(table["format"], "format", FORMAT_NAMES, where) if "format" in table else None,
        docs_url=_url(table["docs-url"], "docs-url", where) if "docs-url" in table else None,
        source=where,
    )


def load_config(path: str | os.PathLike[str] | None = None, *,
                start: str | os.PathLike[str] | None = None) -> Config:
    """The configuration in ``path``, or in the nearest ``pyproject.toml`` above ``start``.

    Returns an empty :class:`Config` when there is no file or no ``[tool.factcheck]`` table.
    """
    explicit = path is not None
    file = Path(path) if path is not None else find_pyproject(start)
    if file is None:
        return Config()
    where = _display(file)
    try:
        text = file.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        if not explicit and isinstance(exc, FileNotFoundError):
            return Config()
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise ConfigError(f"cannot read configuration: {reason}", file=where) from None
    try:
        data = _toml_loads(text)
    except ValueError as exc:  # tomllib.TOMLDecodeError says where
        raise ConfigError(f"invalid TOML: {exc}", file=where) from None
    tool = data.get("tool", {})
    table = tool.get("factcheck") if isinstance(tool, dict) else None
    if table is None:
        if explicit and file.name != "pyproject.toml":
            table = data  # a dedicated file: the table is the whole document
        else:
            return Config(source=where)
    return parse_config(table, where=where, base=file.resolve().parent)


def _display(path: Path) -> str:
    try:
        rel = os.path.relpath(path)
    except ValueError:  # pragma: no cover - another drive on Windows
        return path.as_posix()
    return Path(rel).as_posix() if not rel.startswith("..") else path.resolve().as_posix()
