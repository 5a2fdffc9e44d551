"""Child-process probes for ``benchmarks/run.py``: each prints one JSON line of timings.

Run in a fresh interpreter per measurement so that one probe's caches, imports and
memory do not leak into the next one's figures.

* ``compose FOLDER…``  bare ``yaml.compose`` with the C safe loader over every ``*.yaml``
  (the floor any YAML tool pays: read + parse + node tree, nothing else)
* ``check FOLDER…``    ``load_corpus`` + ``check`` + text rendering, split into phases
* ``cross FOLDER…``    the cross-claim rules (FC204, FC303, FC501) alone on a loaded corpus
* ``lint DRAFT FOLDER…`` ``lint_text`` of a draft on a loaded corpus: first call (builds the
  name index) and warm calls, apart from loading
* ``quiz FOLDER…``     ``quiz.generate`` of 1,000 items + JSON rendering, given the loaded
  corpus and its check report (both timed apart)
* ``profile FOLDER…``  cProfile of load + check; the top functions by cumulative and own time
* ``watch FILE,… CACHE FOLDER…`` what ``check --watch`` pays for an edit: a check from the
  filled cache ``CACHE`` keeps its per-file results in memory; then each ``FILE`` in turn is
  edited, the change detected (the stat scan of every file) and the base checked again
  (wall time; the figure is the last re-check's, after the first built what every unit
  shares)
* ``rules FOLDER…``    each registered rule's time, run in registry order on one context as
  ``check`` runs them (a cache shared by several rules is paid by the first that needs it)
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

CROSS_RULES = ("FC204", "FC303", "FC501")

#: ``FACTCHECK_BENCH_CLOCK=cpu`` (the default) times with this process's CPU time (user +
#: system), which other load on a shared machine barely disturbs; ``wall`` with wall time.
_clock = time.perf_counter if os.environ.get("FACTCHECK_BENCH_CLOCK") == "wall" else time.process_time


def _yaml_files(folders: list[str]) -> list[Path]:
    files: list[Path] = []
    for folder in folders:
        p = Path(folder)
        files.extend(sorted(p.rglob("*.yaml")) if p.is_dir() else [p])
    return files


def compose(folders: list[str]) -> dict:
    import yaml

    files = _yaml_files(folders)
    t0 = _clock()
    nbytes = 0
    for path in files:
        text = path.read_text(encoding="utf-8")
        nbytes += len(text)
        yaml.compose(text, Loader=yaml.CSafeLoader)
    import resource

    return {"seconds": _clock() - t0, "files": len(files), "bytes": nbytes,
            "maxrss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def check(folders: list[str]) -> dict:
    t0 = _clock()
    import factcheck
    from factcheck.reporters import render

    t1 = _clock()
    corpus = factcheck.load_corpus(folders)
    t2 = _clock()
    report = factcheck.check(corpus)
    t3 = _clock()
    render(report, "text")
    t4 = _clock()
    import resource

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux
    return {"import": t1 - t0, "load": t2 - t1, "check": t3 - t2, "render": t4 - t3,
            "seconds": t4 - t1, "claims": report.claims, "findings": len(report.diagnostics),
            "maxrss_mb": peak / 1024}


def cross(folders: list[str], repeat: int = 3) -> dict:
    import factcheck

    corpus = factcheck.load_corpus(folders)
    best = float("inf")
    findings = 0
    for _ in range(repeat):
        t0 = _clock()
        report = factcheck.check(corpus, select=list(CROSS_RULES))
        best = min(best, _clock() - t0)
        findings = len(report.diagnostics)
    return {"seconds": best, "rules": list(CROSS_RULES), "findings": findings}


def lint(args: list[str], repeat: int = 5) -> dict:
    import factcheck
    from factcheck.lint_text import lint_text

    draft = Path(args[0]).read_text(encoding="utf-8")
    t0 = _clock()
    corpus = factcheck.load_corpus(args[1:])
    t1 = _clock()
    result = lint_text(draft, corpus, file=args[0])
    first = _clock() - t1
    warm = float("inf")
    for _ in range(repeat):
        t2 = _clock()
        lint_text(draft, corpus, file=args[0])
        warm = min(warm, _clock() - t2)
    linter_build = linter_lint = linter_first_lint = None
    try:
        from factcheck.lint_text import Linter
    except ImportError:  # older lint_text without a reusable linter
        Linter = None
    if Linter is not None:
        t3 = _clock()
        linter = Linter(corpus)
        linter_build = _clock() - t3
        # the first draft a fresh linter sees pays for what the name index then remembers
        # (how each name in it classifies, each near miss); later drafts reuse it
        t4 = _clock()
        linter.lint(draft, file=args[0])
        linter_first_lint = _clock() - t4
        linter_lint = float("inf")
        for _ in range(repeat):
            t4 = _clock()
            linter.lint(draft, file=args[0])
            linter_lint = min(linter_lint, _clock() - t4)
    return {"seconds": warm, "first_call": first, "load": t1 - t0, "entities": len(corpus.entities),
            "linter_build": linter_build, "linter_lint": linter_lint, "linter_first_lint": linter_first_lint,
            "claims": len(corpus.claims), "words": len(draft.split()),
            "findings": len(result.diagnostics)}


def quiz(folders: list[str], count: int = 1000) -> dict:
    import factcheck
    from factcheck.quiz import generate
    from factcheck.quiz.exporters import render

    t0 = _clock()
    corpus = factcheck.load_corpus(folders)
    t1 = _clock()
    report = factcheck.check(corpus)
    t2 = _clock()
    made = generate(corpus, count=count, seed=0, report=report)
    t3 = _clock()
    text = render(made, "json")
    t4 = _clock()
    return {"seconds": t4 - t2, "generate": t3 - t2, "render": t4 - t3, "load": t1 - t0,
            "check": t2 - t1, "items": len(made.items), "bytes": len(text)}


def profile(folders: list[str], top: int = 25) -> dict:
    import cProfile
    import io
    import pstats

    import factcheck

    prof = cProfile.Profile()
    prof.enable()
    corpus = factcheck.load_corpus(folders)
    factcheck.check(corpus)
    prof.disable()
    out = {}
    for key in ("cumulative", "tottime"):
        buf = io.StringIO()
        pstats.Stats(prof, stream=buf).sort_stats(key).print_stats(top)
        out[key] = buf.getvalue()
    return out


def rules(folders: list[str]) -> dict:
    from factcheck import load_corpus
    from factcheck._gc import collector_paused, existing_frozen
    from factcheck.rules._base import Context
    from factcheck.rules.registry import RULES

    t0 = _clock()
    corpus = load_corpus(folders)
    load = _clock() - t0
    ctx = Context(corpus, {r.code: r for r in RULES})
    seconds: dict[str, float] = {}
    with existing_frozen(), collector_paused():  # as check() runs them
        for rule in RULES:
            t0 = _clock()
            for _ in rule.check(ctx):
                pass
            seconds[rule.code] = _clock() - t0
    return {"seconds": sum(seconds.values()), "load": load, "rules": seconds}


def watch(argv: list[str]) -> dict:
    edits, cache, folders = argv[0].split(","), argv[1], argv[2:]
    from factcheck._units import check_paths
    from factcheck.cli._check import _signature

    memo: dict = {}
    t0 = time.perf_counter()
    check_paths(folders, cache_dir=cache, memo=memo, jobs=1)
    first = time.perf_counter() - t0
    seconds = []
    for edit in edits:  # the first re-check also builds the register's indexes in this process
        before = _signature(folders)
        with open(edit, "a", encoding="utf-8") as f:
            f.write("# edited by the watch probe\n")
        t0 = time.perf_counter()
        assert _signature(folders) != before
        report = check_paths(folders, cache_dir=cache, memo=memo, jobs=1)
        seconds.append(time.perf_counter() - t0)
    return {"seconds": seconds[-1], "rechecks_s": seconds, "first_s": first, "claims": report.claims}


def main(argv: list[str]) -> int:
    mode, folders = argv[0], argv[1:]
    probes = {"compose": compose, "check": check, "cross": cross, "profile": profile, "lint": lint,
              "quiz": quiz, "rules": rules, "watch": watch}
    result = probes[mode](folders)
    result["clock"] = "wall" if _clock is time.perf_counter else "cpu"
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
