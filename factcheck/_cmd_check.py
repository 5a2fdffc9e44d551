"""``factcheck check [PATHS…]``: load, check, report; exit 0 clean, 1 findings, 2 input error."""

from __future__ import annotations

import argparse
import os
import sys

from .diagnostics import Severity

DEFAULT_PATHS = ("claims", "seeds")


def add_check_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("paths", nargs="*", metavar="PATH",
                   help="claim/entity/source files, seed texts, or folders of them "
                        "(default: claims/ and seeds/ of the current folder)")
    p.add_argument("--format", default="text", choices=["text", "json"], help="output format")
    p.add_argument("--select", metavar="CODES", help="comma-separated codes or prefixes to run (FC1,FC201)")
    p.add_argument("--ignore", metavar="CODES", help="comma-separated codes or prefixes to skip")
    p.add_argument("--severity", default="warning", choices=[s.value for s in Severity if s is not Severity.fatal],
                   help="lowest severity that is reported and makes the exit code 1 (default: warning)")
    p.add_argument("-q", "--quiet", action="store_true", help="print findings only, no summary")


def _codes(value: str | None) -> list[str] | None:
    if value is None:
        return None
    return [c.strip() for c in value.split(",") if c.strip()]


def run_check(args: argparse.Namespace) -> int:
    from .check import check
    from .errors import UsageError
    from .loading import load_corpus
    from .reporters import render

    paths = args.paths or [p for p in DEFAULT_PATHS if os.path.exists(p)]
    if not paths:
        raise UsageError("no PATH given and no claims/ or seeds/ folder here")
    corpus = load_corpus(paths)
    report = check(corpus, select=_codes(args.select), ignore=_codes(args.ignore))
    threshold = Severity(args.severity)
    report.diagnostics = [d for d in report.diagnostics
                          if d.severity is Severity.fatal or d.severity.rank >= threshold.rank]
    if args.format == "text":
        sys.stdout.write(render(report, "text", summary=not args.quiet))
    else:
        sys.stdout.write(render(report, args.format))
    if report.fatal:
        print("factcheck: error: some files could not be read; the check is incomplete", file=sys.stderr)
        return 2
    return 1 if report.diagnostics else 0
