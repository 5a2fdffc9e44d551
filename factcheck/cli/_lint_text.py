"""``factcheck lint-text ARTICLE.txt``: check a draft against the fact base.

Exit 0 no finding (or only infos), 1 warnings or errors, 2 usage or input error (unreadable draft, fact base
that cannot be read). Codes and linking rules: :mod:`factcheck.lint_text`.

Layer: cli (held by ``tests/project/test_layers.py``): may import ``factcheck.cli`` itself
and everything below (authoring, the output wings, checking, …); never the pytest plugin.
"""

from __future__ import annotations

import argparse
import os
import sys

from ._shared import DEFAULT_PATHS, Command, add_config_arguments, choose_format, iso_date, load_settings


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("article", metavar="ARTICLE.txt", help="the draft, plain UTF-8 text ('-' reads stdin)")
    p.add_argument("--claims", metavar="PATH", action="append",
                   help="claim and entity files or folder (default: [tool.factcheck] paths in "
                        "pyproject.toml, else claims/); repeatable")
    p.add_argument("--seeds", metavar="PATH", action="append",
                   help="seed texts and sources.yaml, or their folder (default: seeds/); repeatable")
    p.add_argument("--date", type=iso_date, metavar="YYYY-MM-DD",
                   help="the draft's publication date: resolves relative dates ('on Tuesday', "
                        "'last year'); without it they are not checked, but a weekday name is "
                        "still compared with the weekday of a claim's date")
    p.add_argument("--format", default=None, choices=["text", "json", "github"],
                   help="output format (default: text; github under GITHUB_ACTIONS=true)")
    add_config_arguments(p)


#: A draft is an article: 4 MiB is a book. Past it lint-text refuses the draft rather than
#: spend minutes and gigabytes on it (a 50 MB draft took 96 s and 5 GB).
MAX_DRAFT_BYTES = 4 * 1024 * 1024


def _read_draft(path: str) -> str:
    from .._files import TooLargeError, read_limited_stream, read_regular
    from ..errors import LoadError

    try:
        if path == "-":
            path = "<stdin>"
            data = read_limited_stream(sys.stdin, MAX_DRAFT_BYTES, name=path)
        else:
            data = read_regular(path, MAX_DRAFT_BYTES, name=path, what="draft")
    except TooLargeError as exc:
        size = f"more than {MAX_DRAFT_BYTES:,}" if exc.size == MAX_DRAFT_BYTES + 1 else f"{exc.size:,}"
        raise LoadError(f"draft of {size} bytes exceeds the limit of {MAX_DRAFT_BYTES:,} bytes; "
                        "lint it in parts", file=path) from None
    try:
        return data.decode("utf-8-sig").replace("\r\n", "\n").replace("\r", "\n")
    except UnicodeDecodeError as exc:
        raise LoadError(f"draft is not UTF-8 text: byte 0x{data[exc.start]:02x} at offset {exc.start}",
                        file=path) from None


def run(args: argparse.Namespace) -> int:
    import json

    from ..diagnostics import Severity
    from ..errors import UsageError
    from ..lint_text import lint_text
    from ..loading import load_corpus

    config = load_settings(args)
    if args.claims or args.seeds:
        claims = args.claims or (["claims"] if os.path.exists("claims") else [])
        seeds = args.seeds or (["seeds"] if os.path.exists("seeds") else [])
        paths = [*seeds, *claims]
    else:  # the fact base `factcheck check` reads: [tool.factcheck] paths, else claims/ and seeds/
        claims = list(config.paths or [p for p in DEFAULT_PATHS if os.path.exists(p)])
        paths = claims
    if not claims:
        raise UsageError("no fact base: give --claims PATH or run where claims/ is")
    text = _read_draft(args.article)
    corpus = load_corpus(paths)
    fatal = [d for d in corpus.diagnostics if d.severity is Severity.fatal]
    if fatal:
        d = fatal[0]
        raise UsageError(f"cannot read the fact base: {d.location()}: {d.code} {d.message}")
    result = lint_text(text, corpus, reference=args.date,
                       file="<stdin>" if args.article == "-" else args.article)
    fmt = choose_format(args.format, None, os.environ)
    if fmt == "json":
        sys.stdout.write(json.dumps(result.to_dict(), ensure_ascii=False, indent=2) + "\n")
    elif fmt == "github":
        from ..reporters.github import render as render_github

        sys.stdout.write(render_github(result))  # paths relative to the project root, as for check
    else:
        sys.stdout.write(result.render_text())
    return 1 if any(d.severity.rank >= Severity.warning.rank for d in result.diagnostics) else 0


COMMANDS = (Command("lint-text", "check a draft article against the fact base", add_arguments, run),)
