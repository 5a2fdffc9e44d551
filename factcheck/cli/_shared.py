"""What every command shares: how a command is declared, which fact base it reads, its
settings, the output format default, and where its output goes.

- :class:`Command`: a subcommand's name, one-line help, ``add_arguments(parser)`` and
  ``run(args) -> exit code``. Each command module lists its commands in ``COMMANDS``; heavy
  imports stay inside ``run`` so that ``factcheck --help`` and a clean run stay fast.
- :func:`add_config_arguments` and :func:`load_settings`: every command that reads the fact
  base takes ``--config FILE`` and ``--isolated`` and honours ``[tool.factcheck]``.
- :func:`fact_base_paths`: one policy for the paths a command reads: the command line, else
  ``[tool.factcheck] paths``, else ``claims/`` and ``seeds/`` of the current folder.
- :func:`choose_format`: the command line, then the configuration, then ``github`` under
  GitHub Actions, then the command's default.
- :func:`write_output` (from :mod:`factcheck._files`): standard output, or files written as
  one atomic transaction.

This module may import the configuration, the errors and the file helpers, nothing that
loads or checks a fact base.

Layer: cli (held by ``tests/project/test_layers.py``): may import ``factcheck.cli`` itself
and everything below (authoring, the output wings, checking, …); never the pytest plugin.
"""

from __future__ import annotations

import argparse
import os
from dataclasses import dataclass
from typing import Callable, Mapping, Sequence

from .._files import write_output
from ..config import Config, load_config
from ..errors import UsageError

__all__ = ["DEFAULT_PATHS", "NO_FACT_BASE", "Command", "add_config_arguments", "choose_format", "fact_base_paths",
           "iso_date", "load_settings", "write_output"]

#: What a command reads when given no PATH and no ``[tool.factcheck] paths``.
DEFAULT_PATHS = ("claims", "seeds")
#: The usage error when there is none of them (the pytest plugin says the same).
NO_FACT_BASE = "no PATH given and no claims/ or seeds/ folder here"


@dataclass(frozen=True)
class Command:
    """One subcommand of ``factcheck``."""

    name: str
    help: str
    add_arguments: Callable[[argparse.ArgumentParser], None]
    run: Callable[[argparse.Namespace], int]


def add_config_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--config", metavar="FILE",
                   help="read settings from FILE (default: the nearest pyproject.toml)")
    p.add_argument("--isolated", action="store_true", help="ignore configuration files")


def load_settings(args: argparse.Namespace) -> Config:
    """The ``[tool.factcheck]`` settings of a run (none under ``--isolated``)."""
    return Config() if getattr(args, "isolated", False) else load_config(getattr(args, "config", None))


def fact_base_paths(paths: Sequence[str] | None, config: Config) -> list[str]:
    """The command line's paths, else the configuration's, else ``claims/`` and ``seeds/`` here."""
    found = list(paths or config.paths or [p for p in DEFAULT_PATHS if os.path.exists(p)])
    if not found:
        raise UsageError(NO_FACT_BASE)
    return found


def choose_format(cli: str | None, configured: str | None, environ: Mapping[str, str],
                  default: str = "text") -> str:
    """Command line, then configuration, then ``github`` under GitHub Actions, then ``default``."""
    if cli:
        return cli
    if configured:
        return configured
    if environ.get("GITHUB_ACTIONS") == "true":
        return "github"
    return default


def iso_date(value: str):
    """An ``argparse`` type: a ``YYYY-MM-DD`` date, ASCII digits only (Python 3.11's
    ``date.fromisoformat`` also takes ``20250814`` and ``2025-W33-4``, which no one means)."""
    import re
    from datetime import date

    try:
        if not re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", value):
            raise ValueError
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"invalid date {value!r}: use YYYY-MM-DD") from None
