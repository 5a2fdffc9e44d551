"""Time quiz generation on a synthetic fact base: load, check, generate, render, apart.

``python -m benchmarks.bench_quiz [--claims 100000] [--count 1000] [--base DIR]`` builds (or
reuses) a base with :mod:`benchmarks.synth` and prints one JSON object with wall times in
seconds (wall and CPU: on a shared machine the CPU time is the steadier number). Generation
is timed on a report computed once, so it does not include the check. ``--profile N`` adds
one more generation under cProfile and prints its top ``N`` functions (by own time) to
stderr.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m benchmarks.bench_quiz")
    p.add_argument("--claims", type=int, default=100_000)
    p.add_argument("--entities", type=int, default=2_000)
    p.add_argument("--count", type=int, default=1_000)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--base", help="an existing synthetic base (from benchmarks.synth)")
    p.add_argument("--repeat", type=int, default=3)
    p.add_argument("--profile", type=int, default=0, metavar="N",
                   help="profile one more generation and print its top N functions to stderr")
    args = p.parse_args(argv)

    from factcheck import check, load_corpus
    from factcheck.quiz import generate, render

    from . import synth

    base = Path(args.base) if args.base else Path(f"/tmp/factcheck-synth-{args.claims}")
    if not (base / "claims").is_dir():
        synth.main(["--claims", str(args.claims), "--entities", str(args.entities), "--seed", "1",
                    "--out", str(base)])
    t0, t0c = time.perf_counter(), time.process_time()
    corpus = load_corpus([base / "claims", base / "seeds"])
    t1, t1c = time.perf_counter(), time.process_time()
    report = check(corpus)
    t2, t2c = time.perf_counter(), time.process_time()
    gen_times, gen_cpu, render_times = [], [], {}
    quiz = None
    for _ in range(args.repeat):
        a, c = time.perf_counter(), time.process_time()
        quiz = generate(corpus, count=args.count, seed=args.seed, report=report)
        gen_times.append(time.perf_counter() - a)
        gen_cpu.append(time.process_time() - c)
    assert quiz is not None
    if args.profile:
        import cProfile
        import pstats

        profiler = cProfile.Profile()
        profiler.runcall(generate, corpus, count=args.count, seed=args.seed, report=report)
        pstats.Stats(profiler, stream=sys.stderr).sort_stats("tottime").print_stats(args.profile)
    for fmt in ("json", "markdown", "gift", "moodle-xml", "html"):
        a = time.perf_counter()
        render(quiz, fmt)
        render_times[fmt] = round(time.perf_counter() - a, 3)
    result = {
        "claims": len(corpus.claims), "claims_used": quiz.claims_used, "items": len(quiz.items),
        "types": {t.value: sum(1 for i in quiz.items if i.type is t) for t in quiz.types},
        "load_s": round(t1 - t0, 3), "check_s": round(t2 - t1, 3),
        "load_cpu_s": round(t1c - t0c, 3), "check_cpu_s": round(t2c - t1c, 3),
        "generate_s_best": round(min(gen_times), 3), "generate_cpu_s_best": round(min(gen_cpu), 3),
        "generate_cpu_s_runs": [round(t, 3) for t in gen_cpu],  # the first pays one-off imports
        "render_s": render_times,
    }
    json.dump(result, sys.stdout, indent=2)
    print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
