"""``factcheck check [PATHS…]``: load, check, report; exit 0 clean, 1 findings, 2 input error.

Settings come from the command line, then ``[tool.factcheck]`` (see
:mod:`factcheck.config`), then defaults. The output format defaults to ``github``
under GitHub Actions (``GITHUB_ACTIONS=true``) unless the command line or the
configuration names one.

Layer: cli (held by ``tests/project/test_layers.py``): may import ``factcheck.cli`` itself
and everything below (authoring, the output wings, checking, …); never the pytest plugin.
"""

from __future__ import annotations

import argparse
import os
import sys

from ..config import FORMAT_NAMES, SEVERITY_NAMES, is_http_url
from ._shared import Command, add_config_arguments, choose_format, fact_base_paths, load_settings


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("paths", nargs="*", metavar="PATH",
                   help="claim/entity/source files, seed texts, or folders of them "
                        "(default: [tool.factcheck] paths, else claims/ and seeds/ of the current folder)")
    p.add_argument("--format", default=None, choices=FORMAT_NAMES,
                   help="output format (default: text; github under GITHUB_ACTIONS=true)")
    p.add_argument("--select", metavar="CODES", help="comma-separated codes or prefixes to run (FC1,FC201)")
    p.add_argument("--ignore", metavar="CODES", help="comma-separated codes or prefixes to skip")
    p.add_argument("--severity", default=None, choices=SEVERITY_NAMES,
                   help="lowest severity that is reported and makes the exit code 1 (default: warning)")
    p.add_argument("--docs-url", metavar="URL",
                   help="where factcheck's docs/ are published: SARIF links each rule to its section "
                        "(default: [tool.factcheck] docs-url, else no links)")
    p.add_argument("-o", "--output", metavar="FILE", help="write the report to FILE instead of stdout")
    add_config_arguments(p)
    p.add_argument("--no-progress", action="store_true", help="never draw the progress bar")
    p.add_argument("-q", "--quiet", action="store_true", help="print findings only, no summary")


def _codes(value: str | None) -> list[str] | None:
    if value is None:
        return None
    return [c.strip() for c in value.split(",") if c.strip()]


def settings(args: argparse.Namespace):
    """(config, paths, select, ignore) of a run: the command line first, then the
    ``[tool.factcheck]`` configuration, then the defaults (``claims/`` and ``seeds/`` here)."""
    config = load_settings(args)
    paths = fact_base_paths(args.paths, config)
    select = _codes(args.select) if args.select is not None else config.select
    ignore = _codes(args.ignore) if args.ignore is not None else config.ignore
    return config, paths, select, ignore


def run(args: argparse.Namespace) -> int:
    from .._progress import ProgressBar
    from ..checking import check
    from ..diagnostics import Severity
    from ..errors import ConfigError, UsageError
    from ..loading import load_corpus
    from ..reporters import render
    from ._shared import write_output

    config, paths, select, ignore = settings(args)
    fmt = choose_format(args.format, config.format, os.environ)
    threshold = Severity(args.severity or config.severity or "warning")

    progress = ProgressBar(sys.stderr, enabled=not args.no_progress)
    try:
        corpus = load_corpus(paths)
        try:
            report = check(corpus, select=select, ignore=ignore, progress=progress)
        except UsageError as exc:
            from_config = (args.select is None and config.select) or (args.ignore is None and config.ignore)
            if from_config and config.source:
                raise ConfigError(str(exc), file=config.source) from None
            raise
    finally:
        progress.close()
    report.diagnostics = [d for d in report.diagnostics
                          if d.severity is Severity.fatal or d.severity.rank >= threshold.rank]
    if fmt == "text":
        output = render(report, "text", summary=not args.quiet)
    elif fmt == "sarif":
        docs_url = args.docs_url or config.docs_url
        if args.docs_url is not None and not is_http_url(args.docs_url):
            raise UsageError(f"--docs-url must be an absolute http(s) address, got {args.docs_url!r}")
        output = render(report, fmt, docs_url=docs_url)
    else:
        output = render(report, fmt)
    write_output([(args.output, output)])
    if report.fatal:
        print("factcheck: error: some files could not be read; the check is incomplete", file=sys.stderr)
        return 2
    return 1 if report.diagnostics else 0


COMMANDS = (Command("check", "check claim files against the seeds (the main job)", add_arguments, run),)
