"""``factcheck review DRAFT``: list the records awaiting review, or accept/drop them.

Layer: cli (held by ``tests/project/test_layers.py``): may import ``factcheck.cli`` itself
and everything below (authoring, the output wings, checking, …); never the pytest plugin.
"""

from __future__ import annotations

import argparse
import sys

from ._shared import Command, add_config_arguments, fact_base_paths, load_settings


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("draft", metavar="DRAFT", help="a claim file written by 'factcheck draft'")
    p.add_argument("paths", nargs="*", metavar="PATH",
                   help="the fact base (default: [tool.factcheck] paths, else claims/ and seeds/)")
    p.add_argument("--accept", action="append", default=[], metavar="ID[=NEW-ID]",
                   help="move this record into --into, with its verdict set (repeatable)")
    p.add_argument("--drop", action="append", default=[], metavar="ID", help="remove this record (repeatable)")
    p.add_argument("--into", metavar="FILE", help="the claim file accepted records move to")
    p.add_argument("--verdict", default="supported",
                   help="the verdict of the accepted records (default: supported)")
    p.add_argument("--rationale", help="the rationale, for any verdict but supported")
    p.add_argument("--dry-run", action="store_true", help="check what would happen; write nothing")
    add_config_arguments(p)


def run(args: argparse.Namespace) -> int:
    from ..authoring import review

    paths = fact_base_paths(args.paths, load_settings(args))
    result = review(args.draft, paths, accept=args.accept, drop=args.drop, into=args.into, verdict=args.verdict,
                    rationale=args.rationale, dry_run=args.dry_run)
    if result.findings:
        for d in result.findings:
            print(f"{d.file}:{d.line}:{d.column}: {d.code} {d.message}")
        print(f"factcheck: review refused: {len(result.findings)} error(s) in the accepted record(s); "
              "nothing was written", file=sys.stderr)
        return 1
    if args.accept or args.drop:
        verb = "would move" if args.dry_run else "moved"
        parts = []
        if result.accepted:
            parts.append(f"{verb} {', '.join(result.accepted)} into {args.into} as {args.verdict}")
        if result.dropped:
            parts.append(("would drop " if args.dry_run else "dropped ") + ", ".join(result.dropped))
        print("; ".join(parts), file=sys.stdout)
        return 0
    for claim_id, findings, notes, related in result.pending:
        print(f"{claim_id}: " + (f"{len(findings)} finding(s)" if findings else "checks clean")
              + (f"; related: {related}" if related else ""))
        for d in findings:
            print(f"    {d.code} {d.message}")
        for n in notes:
            print(f"    note: {n}")
    print(f"{len(result.pending)} record(s) await review in {args.draft}: "
          f"factcheck review {args.draft} --accept ID[=NEW-ID] --into claims/TOPIC.yaml, or --drop ID")
    return 0


COMMANDS = (Command("review", "list the drafted records awaiting review, or accept or drop them",
                    add_arguments, run),)
