"""``factcheck add-source FILE``: copy an article into seeds/ and propose its sources.yaml entry.

Layer: cli (held by ``tests/project/test_layers.py``): may import ``factcheck.cli`` itself
and everything below (authoring, the output wings, checking, …); never the pytest plugin.
"""

from __future__ import annotations

import argparse
import sys

from ._shared import Command, iso_date


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", metavar="FILE", help="the article as plain UTF-8 text")
    p.add_argument("--seeds", default="seeds", metavar="DIR",
                   help="the seeds folder holding sources.yaml (default: seeds)")
    p.add_argument("--outlet", help="the outlet, when the text does not name it")
    p.add_argument("--date", type=iso_date, metavar="YYYY-MM-DD",
                   help="the publication date, when the text does not state it (never guessed)")
    p.add_argument("--url", help="where the article was published")
    p.add_argument("--dry-run", action="store_true", help="print the proposed entry; write nothing")


def run(args: argparse.Namespace) -> int:
    from ..authoring import add_source
    from ..config import is_http_url
    from ..errors import UsageError

    if args.url is not None and not is_http_url(args.url):
        raise UsageError(f"--url must be an absolute http(s) address, got {args.url!r}")
    added = add_source(args.file, args.seeds, outlet=args.outlet, published=args.date, url=args.url,
                       dry_run=args.dry_run)
    if added.existing:
        print(f"{args.file}: already a seed, {added.seed_id} ({added.seed_path}); nothing written",
              file=sys.stderr)
        return 0
    sys.stdout.write(added.entry)
    verb = "would add" if args.dry_run else "added"
    print(f"{verb} seed {added.seed_id} ({added.seed_path}) and its entry in {added.sources_path}: "
          f"{len(added.guess.furniture)} furniture span(s); review the entry", file=sys.stderr)
    return 0


COMMANDS = (Command("add-source", "copy an article into seeds/ and propose its sources.yaml entry",
                    add_arguments, run),)
