"""``factcheck fix [PATHS…] [--diff]``: apply the safe fixes (see :mod:`factcheck.fix`).

Exit codes: without ``--diff``, 0 after writing (or when there was nothing to fix);
with ``--diff``, 1 when there is something to fix (the diff is on stdout, nothing is
written), 0 when not; 2 on usage or input errors (nothing is written when any file
could not be read).

Layer: cli (held by ``tests/project/test_layers.py``): may import ``factcheck.cli`` itself
and everything below (authoring, the output wings, checking, …); never the pytest plugin.
"""

from __future__ import annotations

import argparse
import sys

from ._shared import Command, add_config_arguments


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("paths", nargs="*", metavar="PATH",
                   help="files or folders (default: [tool.factcheck] paths, else claims/ and seeds/)")
    p.add_argument("--diff", action="store_true", help="print a unified diff of the fixes; write nothing")
    p.add_argument("--select", metavar="CODES", help="comma-separated codes or prefixes whose fixes to apply")
    p.add_argument("--ignore", metavar="CODES", help="comma-separated codes or prefixes whose fixes to skip")
    add_config_arguments(p)
    p.add_argument("-q", "--quiet", action="store_true", help="no summary on stderr")


def run(args: argparse.Namespace) -> int:
    from .._files import write_files
    from ..checking import check
    from ..errors import UsageError
    from ..fix import plan_fixes, unified_diff
    from ..loading import load_corpus
    from ._check import settings

    _, paths, select, ignore = settings(args)
    report = check(load_corpus(paths), select=select, ignore=ignore)
    if report.fatal:
        raise UsageError("some files could not be read; nothing was fixed (see 'factcheck check')")
    plans = plan_fixes(report.diagnostics)
    changed = [p for p in plans if p.changed]
    if args.diff:
        sys.stdout.write("".join(unified_diff(p) for p in changed))
    else:
        # one transaction: every file or none, each refused if it changed since it was read
        write_files([(plan.file, plan.fixed.encode("utf-8"), plan.original.encode("utf-8"))
                     for plan in changed])
    if not args.quiet:
        applied = sum(p.applied for p in changed)
        verb = "would fix" if args.diff else "fixed"
        print(f"{verb} {applied} finding{'s' if applied != 1 else ''} in {len(changed)} "
              f"file{'s' if len(changed) != 1 else ''}", file=sys.stderr)
        for plan in plans:
            for d, reason in plan.skipped:
                print(f"{d.file}:{d.line}:{d.column}: {d.code} not fixed: {reason}", file=sys.stderr)
    return 1 if args.diff and changed else 0


COMMANDS = (Command("fix", "apply the safe fixes (house spelling, typography in ids); --diff to preview",
                    add_arguments, run),)
