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
    p.add_argument("-j", "--jobs", type=_jobs, default=None, metavar="N",
                   help="worker processes for the claim files (default: the CPUs available; "
                        "1: this process only)")
    p.add_argument("--cache-dir", metavar="DIR",
                   help="where per-file results are kept (default: [tool.factcheck] cache-dir, "
                        "else .factcheck_cache next to pyproject.toml or here)")
    p.add_argument("--no-cache", action="store_true", help="neither read nor write the cache")
    p.add_argument("--no-progress", action="store_true", help="never draw the progress bar")
    p.add_argument("-q", "--quiet", action="store_true", help="print findings only, no summary")
    p.add_argument("--watch", action="store_true",
                   help="check again whenever a file changes (results kept in memory: a re-check "
                        "after an edit reads and checks only the edited file); Ctrl-C stops")


def _jobs(value: str) -> int:
    if not value.isascii() or not value.isdigit() or int(value) < 1:
        raise argparse.ArgumentTypeError(f"invalid --jobs {value!r}: give a whole number of at least 1")
    return int(value)


def cache_dir(args: argparse.Namespace, config) -> str | None:
    """The cache folder of a run (None under ``--no-cache``): the command line, then the
    configuration, then ``.factcheck_cache`` next to the configuration file, else here."""
    from .._cache import CACHE_DIR
    from ..errors import UsageError

    if args.no_cache:
        return None
    if args.cache_dir is not None:
        if not args.cache_dir.strip() or "\0" in args.cache_dir:
            raise UsageError(f"invalid --cache-dir {args.cache_dir!r}: give a folder path")
        folder = args.cache_dir
    elif config.cache_dir is not None:
        folder = config.cache_dir
    elif config.source is not None and os.path.basename(config.source) == "pyproject.toml":
        folder = os.path.join(os.path.dirname(config.source), CACHE_DIR)
    else:
        folder = CACHE_DIR
    if os.path.exists(folder) and not os.path.isdir(folder):
        raise UsageError(f"cache folder {folder} is not a folder")
    return folder


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
    from .._gc import collector_paused

    # A check leaves no reference cycles that grow with the fact base (the loader, the units
    # and the rules already run with the collector paused; tests/project/test_cold_start.py
    # holds the cycles constant): from the imports on, the collector would only walk
    # long-lived objects again (~15 ms of a cold check of the bundled base).
    if args.watch:
        return _watch(args)
    with collector_paused():
        return _run(args)


def _run(args: argparse.Namespace, memo: dict | None = None) -> int:
    from .._progress import ProgressBar
    from ..diagnostics import Severity
    from ..errors import ConfigError, UsageError
    from .._units import check_paths
    from ..reporters import render
    from ._shared import write_output

    config, paths, select, ignore = settings(args)
    fmt = choose_format(args.format, config.format, os.environ)
    threshold = Severity(args.severity or config.severity or "warning")

    folder = cache_dir(args, config)
    progress = ProgressBar(sys.stderr, enabled=not args.no_progress)
    try:
        try:
            report = check_paths(paths, select=select, ignore=ignore, jobs=args.jobs, cache_dir=folder,
                                 progress=progress, memo=memo)
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


def _signature(paths: list[str]) -> list[tuple]:
    """Every file of the fact base with its stat: a change to any file, or a file added or
    removed, changes it."""
    from ..loading import _collect

    out = []
    for path in _collect(paths):
        try:
            st = path.stat()
            out.append((str(path), st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino))
        except OSError:
            out.append((str(path),))
    return out


def _watch(args: argparse.Namespace, interval: float = 1.0) -> int:
    """Check, then check again after every change to the fact base's files, until Ctrl-C.

    The per-file results stay in memory between checks (and in the cache, unless
    ``--no-cache``), so a re-check after an edit reads and checks the edited file and
    re-runs the cross-claim groupings. Exit code: the last check's. Each check runs with
    the collector paused, as a single check does; between checks it runs as usual, so a
    long watch does not keep the garbage of its checks.
    """
    import time

    from .._gc import collector_paused

    paths = settings(args)[1]
    memo: dict = {}
    code = 0
    seen = None
    try:
        while True:
            now = _signature(paths)
            if now != seen:
                if seen is not None:
                    print("factcheck: a file changed; checking again", file=sys.stderr, flush=True)
                seen = now
                with collector_paused():
                    code = _run(args, memo)
                sys.stdout.flush()
            time.sleep(interval)
    except KeyboardInterrupt:
        return code


def add_clean_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--cache-dir", metavar="DIR", help="the cache folder to remove (default: as for check)")
    add_config_arguments(p)


def run_clean(args: argparse.Namespace) -> int:
    from .._cache import clean

    args.no_cache = False
    folder = cache_dir(args, load_settings(args))
    removed = clean(folder)  # type: ignore[arg-type]
    print(f"removed {folder}" if removed else f"no cache at {folder}")
    return 0


COMMANDS = (Command("check", "check claim files against the seeds (the main job)", add_arguments, run),
            Command("clean", "remove the check cache (.factcheck_cache)", add_clean_arguments, run_clean))
