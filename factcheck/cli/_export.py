"""``factcheck export --format claimreview|fever|fever-pages|averitec [-o FILE] [PATHS…]``.

Loads and checks the fact base, then writes every claim that has no error finding
(``--include-failing`` keeps those too) as schema.org ClaimReview JSON-LD (a JSON
array, one object per claim), FEVER JSON lines or AVeriTeC JSON (an array);
``fever-pages`` writes the seeds as FEVER wiki-pages (every seed, whatever the claims).
Exit 0 written, 2 usage or input error. ``-o`` writes atomically (:mod:`factcheck._files`).

Layer: cli (held by ``tests/project/test_layers.py``): may import ``factcheck.cli`` itself
and everything below (authoring, the output wings, checking, …); never the pytest plugin.
"""

from __future__ import annotations

import argparse
import sys

from ._shared import Command, add_config_arguments, fact_base_paths, iso_date, load_settings, write_output

#: ``--format`` choices (the keys of :data:`factcheck.export.FORMATS`, without importing it).
EXPORT_FORMATS = ("claimreview", "fever", "fever-pages", "averitec")


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("paths", nargs="*", metavar="PATH",
                   help="claim/entity/source files, seed texts, or folders (default: [tool.factcheck] "
                        "paths in pyproject.toml, else claims/ and seeds/)")
    p.add_argument("--format", required=True, choices=EXPORT_FORMATS,
                   help="export format: ClaimReview JSON-LD, FEVER claims (JSON lines), FEVER "
                        "wiki-pages (every seed's numbered sentences, which FEVER evidence cites) or "
                        "AVeriTeC JSON")
    p.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of standard output")
    p.add_argument("--url-template", metavar="URL",
                   help="the page publishing each fact check, with {id} for the claim id: ClaimReview "
                        "url (required for claimreview: Google requires it), AVeriTeC fact_checking_article")
    p.add_argument("--organisation", "--organization", dest="organisation", metavar="NAME",
                   help="ClaimReview author (the fact-checking organisation; a warning when not given)")
    p.add_argument("--organisation-url", "--organization-url", dest="organisation_url", metavar="URL",
                   help="ClaimReview author url (the organisation's home page)")
    p.add_argument("--date", type=iso_date, metavar="YYYY-MM-DD",
                   help="ClaimReview datePublished (left out, with a warning, when not given)")
    p.add_argument("--include-failing", action="store_true",
                   help="also export claims that have error findings")
    add_config_arguments(p)


def run(args: argparse.Namespace) -> int:
    from ..checking import check
    from ..diagnostics import Severity
    from ..errors import UsageError
    from ..export import render
    from ..loading import load_corpus

    if args.format == "claimreview" and args.url_template is None:
        raise UsageError("--format claimreview needs --url-template URL with {id} (e.g. "
                         "'https://example.org/checks/{id}'): Google requires the url of each fact check")
    paths = fact_base_paths(args.paths, load_settings(args))
    corpus = load_corpus(paths)
    report = check(corpus)
    if report.fatal:
        first = next(d for d in report.diagnostics if d.severity is Severity.fatal)
        raise UsageError(f"cannot export: {first.location()}: {first.code} {first.message}")
    failing = {d.claim_id for d in report.at_least(Severity.error) if d.claim_id}
    claims = [c for c in corpus.claims if args.include_failing or c.id not in failing]
    left_out = sorted({c.id for c in corpus.claims} - {c.id for c in claims})
    warnings: list[str] = []
    options = {
        "claimreview": {"url_template": args.url_template, "organisation": args.organisation,
                        "organisation_url": args.organisation_url, "date_published": args.date},
        "averitec": {"url_template": args.url_template},
    }.get(args.format, {})
    text = render(corpus, report, args.format, claims=claims, warn=warnings.append, **options)
    write_output([(args.output, text)])
    for warning in warnings:
        print(f"factcheck: warning: {warning}", file=sys.stderr)
    if left_out and args.format != "fever-pages":  # the pages are every seed's, whatever the claims
        shown = ", ".join(left_out[:10]) + (f" and {len(left_out) - 10} more" if len(left_out) > 10 else "")
        print(f"factcheck: left out {len(left_out)} claim(s) with error findings: {shown} "
              "(see 'factcheck check'; --include-failing exports them)", file=sys.stderr)
    return 0


COMMANDS = (Command("export", "export claims as ClaimReview JSON-LD, FEVER JSON lines or AVeriTeC JSON",
                    add_arguments, run),)
