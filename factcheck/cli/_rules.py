"""``factcheck rules`` lists the rules (FC, run by ``check``) and the draft checks (LT, run by
``lint-text``); ``factcheck rule CODE`` prints one's documentation.

Layer: cli (held by ``tests/project/test_layers.py``): may import ``factcheck.cli`` itself
and everything below (authoring, the output wings, checking, …); never the pytest plugin.
"""

from __future__ import annotations

import argparse
import sys

from ._shared import Command


def add_list_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--format", default="text", choices=["text", "json"])


def run_list(args: argparse.Namespace) -> int:
    from ..rules.registry import ALL_CODES

    if args.format == "json":
        import json

        data = [{"code": r.code, "name": r.name, "severity": r.severity.value, "summary": r.summary,
                 "command": "check" if r.check is not None else "lint-text"}
                for r in ALL_CODES]
        sys.stdout.write(json.dumps(data, indent=2) + "\n")
        return 0
    width = max(len(r.name) for r in ALL_CODES)
    for r in ALL_CODES:
        sys.stdout.write(f"{r.code}  {r.name:<{width}}  {r.severity.value:<7}  {r.summary}\n")
    return 0


def add_show_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("code", metavar="CODE", help="rule code (FC201, LT101) or name (weekday-mismatch)")


def run_show(args: argparse.Namespace) -> int:
    from ..errors import UsageError
    from ..rules.registry import get_rule

    rule = get_rule(args.code)
    if rule is None:
        raise UsageError(f"unknown rule {args.code!r} (see 'factcheck rules')")
    sys.stdout.write(f"{rule.code} {rule.name} ({rule.severity.value})\n\n{rule.doc}\n")
    return 0


COMMANDS = (
    Command("rules", "list the rules: code, name, summary", add_list_arguments, run_list),
    Command("rule", "print the documentation of one rule", add_show_arguments, run_show),
)
