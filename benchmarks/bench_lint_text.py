"""Time ``lint-text`` on a 5,000-word draft against a 20,000-entity synthetic register.

``python -m benchmarks.bench_lint_text [--entities 20000] [--claims 4000] [--words 5000]
[--repeat 5] [--work DIR] [--json FILE]``

The fact base comes from ``benchmarks/synth.py`` (clean by construction). The draft is
made of the synthetic seed articles' own sentences (so it names registered entities
and carries dates and numbers that the claims' facts cover), one in ten names swapped
for a registered variant or misspelling, cut at ``--words`` words. Measured apart:

* loading the fact base (``load_corpus``), which lint-text shares with ``check``;
* building the linter (``Linter``: the name index, i.e. the multi-pattern automaton over
  every registered form, and the table of facts);
* ``Linter.lint`` of the draft, best of ``--repeat`` (the draft-proportional part);
* ``lint_text`` building its own index (what one CLI call does after loading);
* the whole command, ``factcheck lint-text`` in a fresh process (wall time).

Not part of the test suite: timings belong in benchmarks, never in tests.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Sequence

from . import synth


def make_draft(base: Path, words: int, seed: int = 0) -> str:
    """A draft of about ``words`` words from the base's seed sentences, some names misspelt."""
    rng = random.Random(f"lint-draft:{seed}")
    entities = (base / "claims" / "entities.yaml").read_text(encoding="utf-8")
    swaps: dict[str, str] = {}
    for block in entities.split("\n  - ")[1:]:
        name = re.search(r'^\s*name: "?(.*?)"?$', block, re.M)
        other = re.search(r'(?:variants|misspellings): \["(.*?)"', block)
        if name and other:
            swaps[name.group(1)] = other.group(1)
    sentences: list[str] = []
    for seed_file in sorted((base / "seeds").glob("*.txt")):
        for line in seed_file.read_text(encoding="utf-8").split("\n"):
            sentences.extend(s for s in re.split(r"(?<=[.!?])\s+", line.strip()) if len(s.split()) > 4)
    rng.shuffle(sentences)
    out: list[str] = []
    count = 0
    names = sorted(swaps)
    for sentence in sentences:
        if rng.random() < 0.1:
            for name in rng.sample(names, min(50, len(names))):
                if name in sentence:
                    sentence = sentence.replace(name, swaps[name], 1)
                    break
        out.append(sentence)
        count += len(sentence.split())
        if count >= words:
            break
    paragraphs = [" ".join(out[i : i + 4]) for i in range(0, len(out), 4)]
    return "\n\n".join(paragraphs) + "\n"


def measure(base: Path, draft_path: Path, repeat: int) -> dict:
    import factcheck
    from factcheck.lint_text import Linter, lint_text

    draft = draft_path.read_text(encoding="utf-8")
    t0 = time.perf_counter()
    corpus = factcheck.load_corpus([base / "claims", base / "seeds"])
    load = time.perf_counter() - t0
    t0 = time.perf_counter()
    linter = Linter(corpus)
    build = time.perf_counter() - t0
    warm = float("inf")
    result = None
    for _ in range(repeat):
        t0 = time.perf_counter()
        result = linter.lint(draft, file=str(draft_path))
        warm = min(warm, time.perf_counter() - t0)
    t0 = time.perf_counter()
    lint_text(draft, corpus, file=str(draft_path))
    cold = time.perf_counter() - t0
    assert result is not None
    t0 = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "factcheck", "lint-text", str(draft_path),
                           "--claims", str(base / "claims"), "--seeds", str(base / "seeds"),
                           "--format", "json"], capture_output=True, text=True)
    wall = time.perf_counter() - t0
    return {
        "entities": len(corpus.entities), "claims": len(corpus.claims), "words": len(draft.split()),
        "load_s": load, "linter_build_s": build, "lint_warm_s": warm, "lint_with_index_build_s": cold,
        "cli_wall_s": wall, "cli_exit": proc.returncode,
        "findings": len(result.diagnostics), "names": result.names, "dates": result.dates,
        "numbers": result.numbers, "sentences": result.sentences, "linked": result.linked,
        "by_code": dict(sorted(_count(d.code for d in result.diagnostics).items())),
    }


def _count(codes) -> dict:
    out: dict = {}
    for c in codes:
        out[c] = out.get(c, 0) + 1
    return out


def main(argv: Sequence[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m benchmarks.bench_lint_text", description=__doc__.split("\n\n")[0])
    p.add_argument("--entities", type=int, default=20_000)
    p.add_argument("--claims", type=int, default=4_000)
    p.add_argument("--words", type=int, default=5_000)
    p.add_argument("--repeat", type=int, default=5)
    p.add_argument("--work", help="folder for the generated base (default: a temporary folder)")
    p.add_argument("--json", help="write the figures here as JSON")
    args = p.parse_args(argv)
    work = Path(args.work) if args.work else Path(tempfile.mkdtemp(prefix="bench-lint-"))
    base = work / f"base-{args.claims}c-{args.entities}e"
    if not (base / "claims" / "entities.yaml").exists():
        t0 = time.perf_counter()
        synth.write(synth.generate(synth.SynthConfig(claims=args.claims, entities=args.entities)), base)
        print(f"generated {base} in {time.perf_counter() - t0:.1f} s", file=sys.stderr)
    draft = work / f"draft-{args.words}.txt"
    draft.write_text(make_draft(base, args.words), encoding="utf-8")
    r = measure(base, draft, args.repeat)
    print(f"lint-text, {r['words']:,} words against {r['entities']:,} entities and {r['claims']:,} claims")
    print(f"  load fact base          {r['load_s']:8.3f} s")
    print(f"  build linter (index)    {r['linter_build_s']:8.3f} s")
    print(f"  lint (linter built)     {r['lint_warm_s']:8.3f} s  best of {args.repeat}")
    print(f"  lint_text (builds all)  {r['lint_with_index_build_s']:8.3f} s")
    print(f"  factcheck lint-text     {r['cli_wall_s']:8.3f} s  wall, fresh process, exit {r['cli_exit']}")
    print(f"  found {r['names']:,} names, {r['dates']:,} dates, {r['numbers']:,} numbers in "
          f"{r['sentences']:,} sentences; {r['linked']:,} dates/numbers linked to facts; "
          f"{r['findings']:,} findings {r['by_code']}")
    if args.json:
        Path(args.json).write_text(json.dumps(r, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
