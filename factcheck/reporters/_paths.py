"""Where a finding's file is, as CI readers want it: relative to the project root.

GitHub annotations and SARIF results name files relative to the repository, whatever
folder the check ran from (``../claims/mou.yaml`` or an absolute path would point at
nothing). The project root is the folder of the nearest ``pyproject.toml`` (found by
:func:`factcheck.config.find_pyproject`, the same discovery ``[tool.factcheck]`` uses),
else the current folder.

Layer: output wing (held by ``tests/project/test_layers.py``): may import
``factcheck.reporters`` itself, checking and everything below; never another output wing
(reporters, fix, lint_text, export, quiz), authoring or the cli.
"""

from __future__ import annotations

import os
from pathlib import Path, PurePath

__all__ = ["project_root", "relative_to_root"]


def project_root(start: str | os.PathLike[str] | None = None) -> Path:
    """The folder of the nearest ``pyproject.toml`` in ``start`` (default: the current folder)
    or above; ``start`` itself (resolved) when there is none."""
    from ..config import find_pyproject

    found = find_pyproject(start)
    if found is not None:
        return found.parent
    return Path(start if start is not None else os.getcwd()).resolve()


def _pseudo(file: str) -> bool:
    return file.startswith("<") and file.endswith(">")  # "<memory>", "<string>": not a path


def relative_to_root(file: str, root: str | os.PathLike[str]) -> str | None:
    """``file`` (relative to the current folder, or absolute) relative to ``root``, with
    forward slashes; ``None`` when it lies outside ``root`` (or on another drive).

    Symbolic links in the file's folders are resolved (the root is resolved too), the
    file's own name is not: a claim file linked from elsewhere is reported where it is
    linked.
    """
    if _pseudo(file):
        return file
    absolute = os.path.abspath(file)
    real = os.path.join(os.path.realpath(os.path.dirname(absolute)), os.path.basename(absolute))
    try:
        rel = os.path.relpath(real, os.path.realpath(root))
    except ValueError:  # pragma: no cover - another drive on Windows
        return None
    if rel == os.pardir or rel.startswith(os.pardir + os.sep) or os.path.isabs(rel):
        return None
    return PurePath(rel).as_posix()
