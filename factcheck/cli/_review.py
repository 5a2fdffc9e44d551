"""``factcheck review DRAFT``: walk through the records awaiting review (on a terminal, or
with ``--interactive``), list them (``--list``, or when not on a terminal: scripts and CI),
or accept/drop them by id (``--accept``, ``--drop``).

Layer: cli (held by ``tests/project/test_layers.py``): may import ``factcheck.cli`` itself
and everything below (authoring, the output wings, checking, …); never the pytest plugin.
"""

from __future__ import annotations

import argparse
import sys

from ..errors import UsageError
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
    mode = p.add_mutually_exclusive_group()
    mode.add_argument("--interactive", "-i", action="store_true",
                      help="walk through the records one at a time, reading answers from standard input "
                           "(the default on a terminal)")
    mode.add_argument("--list", action="store_true",
                      help="list the records awaiting review and exit (the default when not on a terminal)")
    add_config_arguments(p)


def _ask(prompt: str) -> str | None:
    try:
        answer = input(prompt)
    except EOFError:
        print()
        return None
    if not sys.stdin.isatty():
        print(answer)  # answers fed from a file or a pipe show in the transcript as typed
    return answer


def _editor(text: str) -> str | None:
    """The record's text after ``$VISUAL`` or ``$EDITOR`` edited it; None without an editor."""
    import os
    import shlex
    import subprocess
    import tempfile

    command = os.environ.get("VISUAL") or os.environ.get("EDITOR")
    if not command:
        return None
    with tempfile.TemporaryDirectory(prefix="factcheck-edit-") as folder:
        path = os.path.join(folder, "record.yaml")
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        try:
            done = subprocess.run([*shlex.split(command), path], check=False)
        except OSError as exc:
            print(f"  cannot run the editor {command!r}: {exc.strerror or exc}")
            return None
        if done.returncode != 0:
            print(f"  the editor exited with status {done.returncode}; the record is unchanged")
            return None
        with open(path, encoding="utf-8") as f:
            return f.read()


def _walk(args: argparse.Namespace, paths: list[str]) -> int:
    from ..authoring import Console, walk

    import os

    editor = _editor if os.environ.get("VISUAL") or os.environ.get("EDITOR") else None
    result = walk(args.draft, paths, Console(ask=_ask, say=print, edit=editor), into=args.into)
    parts = [f"{len(result.accepted)} accepted", f"{len(result.dropped)} dropped", f"{len(result.edited)} edited",
             f"{len(result.skipped)} skipped"]
    print(f"review {'stopped' if result.quit else 'done'}: {', '.join(parts)}; "
          f"{result.left} record(s) still await review in {args.draft}")
    return 0


def run(args: argparse.Namespace) -> int:
    from ..authoring import review

    paths = fact_base_paths(args.paths, load_settings(args))
    acting = bool(args.accept or args.drop)
    if acting and args.interactive:
        raise UsageError("--interactive walks through the records; --accept and --drop act on them by id: "
                         "give one or the other")
    if args.interactive or (not acting and not args.list and sys.stdin.isatty() and sys.stdout.isatty()):
        return _walk(args, paths)
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


COMMANDS = (Command("review", "walk through the drafted records awaiting review, list them, or accept or drop them",
                    add_arguments, run),)
