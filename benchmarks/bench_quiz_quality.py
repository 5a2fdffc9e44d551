"""Item-quality benchmark for the quiz generator (issue 13).

``python -m benchmarks.bench_quiz_quality [--seeds 1-10] [--count 60] [PATHS…]`` generates one
quiz per seed from a fact base (default: the bundled ``claims/`` and ``seeds/``), and prints,
as JSON, per seed and in total: the items made per type, the candidate items the self-check
dropped per rule, and the candidate options dropped per rule before an item was made. (That no kept item has a defect of the kinds the
rules look for is tested independently of the rules, in ``tests/quiz/test_content.py``.)
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _seeds(text: str) -> list[int]:
    if "-" in text:
        a, b = text.split("-", 1)
        return list(range(int(a), int(b) + 1))
    return [int(x) for x in text.split(",") if x]


def measure(paths: list[str], seeds: list[int], count: int) -> dict:
    import factcheck
    from factcheck.quiz import generate

    corpus = factcheck.load_corpus(paths)
    report = factcheck.check(corpus)
    total_items: Counter[str] = Counter()
    total_dropped: Counter[str] = Counter()
    total_options: Counter[str] = Counter()
    per_seed = []
    for seed in seeds:
        rejections: list = []
        quiz = generate(corpus, count=count, seed=seed, report=report, rejections=rejections)
        dropped = Counter(f"{r.code} {r.name}" for r in rejections if r.item_type != "option")
        options = Counter(f"{r.code} {r.name}" for r in rejections if r.item_type == "option")
        types = Counter(i.type.value for i in quiz.items)
        total_items.update(types)
        total_dropped.update(dropped)
        total_options.update(options)
        per_seed.append({"seed": seed, "items": len(quiz.items), "types": dict(sorted(types.items())),
                         "items_dropped": dict(sorted(dropped.items())),
                         "options_dropped": dict(sorted(options.items()))})
    return {"paths": paths, "count": count, "seeds": per_seed,
            "total": {"items": dict(sorted(total_items.items())),
                      "items_dropped": dict(sorted(total_dropped.items())),
                      "options_dropped": dict(sorted(total_options.items()))}}


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m benchmarks.bench_quiz_quality", description=__doc__.split("\n\n")[0])
    p.add_argument("paths", nargs="*", default=[str(ROOT / "claims"), str(ROOT / "seeds")])
    p.add_argument("--seeds", default="1-10", help="e.g. 1-10 or 1,4,7 (default 1-10)")
    p.add_argument("--count", type=int, default=60)
    args = p.parse_args(argv)
    json.dump(measure(args.paths, _seeds(args.seeds), args.count), sys.stdout, indent=2)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
