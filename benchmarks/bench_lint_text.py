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
* ``Linter.lint`` of the draft, best of ``--repeat`` (the draft-proportional part; the
  normalisers' caches are warm after the first call, so this is a re-lint of an unchanged
  draft);
* ``Linter.lint`` of ``--repeat`` other drafts of the same size (other seeds), each linted
  once, best of them: what a new draft costs;
* ``lint_text`` building its own index (what one CLI call does after loading);
* the whole command, ``factcheck lint-text`` in a fresh process (wall time).

And, as a check that the speed is not bought with blindness: the same draft with errors
planted (:func:`plant`: counts divided by three, months a year off) is linted again, and
the planted errors found at their line and column are counted, as are date and number
findings elsewhere (which on this draft would be false alarms).

Wall and CPU time are both given: on a shared machine the CPU time of this process is
the steadier figure. Not part of the test suite: timings belong in benchmarks, never in tests.
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
    from factcheck.export import split_sentences

    sentences: list[str] = []
    for seed_file in sorted((base / "seeds").glob("*.txt")):
        text = seed_file.read_text(encoding="utf-8")
        sentences.extend(text[a:b] for a, b in split_sentences(text) if len(text[a:b].split()) > 4)
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


_PLANT_NUMBER = re.compile(r"(?:\b(more than|at least|about|up to|over|nearly|some|fewer than|less than) )?"
                           r"(?<![\d,.])(\d{1,3}(?:,\d{3})*|\d+) (airstrikes|troops|trucks|vehicles)\b")
_PLANT_MONTH = re.compile(r"\b(January|February|March|April|May|June|July|August|September|October|November|"
                          r"December) (20\d\d)\b")


def plant(draft: str, every: int = 3) -> tuple[str, list[tuple[int, str]]]:
    """The draft with every ``every``-th count ("more than 85 airstrikes") replaced by an
    exact third of it ("28 airstrikes") and every ``every``-th month ("July 2018") moved a
    year back, and where ([offset, kind]) it did so.

    An exact third contradicts "85", "about 85", "more than 85" and "at least 85" alike
    (counts given as "up to", "fewer than" or "less than" are left alone: a third of
    them agrees); a month a year off contradicts a day or month in it. Whether a planted
    change is caught depends on whether its sentence links to a fact at all."""
    planted: list[tuple[int, str]] = []
    out: list[str] = []
    last = 0
    counts = [m for m in _PLANT_NUMBER.finditer(draft) if m.group(1) not in ("up to", "fewer than", "less than")]
    hits = sorted([(m, "number") for m in counts][::every]
                  + [(m, "date") for m in _PLANT_MONTH.finditer(draft)][::every], key=lambda h: h[0].start())
    shift = 0
    for m, kind in hits:
        if kind == "number":
            new = f"{max(1, int(m.group(2).replace(',', '')) // 3):,} {m.group(3)}"
        else:
            new = f"{m.group(1)} {int(m.group(2)) - 1}"
        out.append(draft[last:m.start()])
        planted.append((m.start() + shift, kind))
        out.append(new)
        shift += len(new) - (m.end() - m.start())
        last = m.end()
    out.append(draft[last:])
    return "".join(out), planted


def measure(base: Path, draft_path: Path, repeat: int, words: int = 5_000) -> dict:
    import factcheck
    from factcheck.lint_text import Linter, lint_text

    draft = draft_path.read_text(encoding="utf-8")
    t0, c0 = time.perf_counter(), time.process_time()
    corpus = factcheck.load_corpus([base / "claims", base / "seeds"])
    load, load_cpu = time.perf_counter() - t0, time.process_time() - c0
    t0, c0 = time.perf_counter(), time.process_time()
    linter = Linter(corpus)
    build, build_cpu = time.perf_counter() - t0, time.process_time() - c0
    warm = warm_cpu = float("inf")
    result = None
    for _ in range(repeat):
        t0, c0 = time.perf_counter(), time.process_time()
        result = linter.lint(draft, file=str(draft_path))
        warm = min(warm, time.perf_counter() - t0)
        warm_cpu = min(warm_cpu, time.process_time() - c0)
    # The normalisers cache date and number spans by text and parses by expression, so the
    # same draft linted again is cheaper than a new one: also lint ``repeat`` other drafts,
    # each once (same base, other seeds), and keep the best.
    fresh = fresh_cpu = float("inf")
    for seed in range(1, repeat + 1):
        other = make_draft(base, words, seed=seed)
        t0, c0 = time.perf_counter(), time.process_time()
        linter.lint(other)
        fresh = min(fresh, time.perf_counter() - t0)
        fresh_cpu = min(fresh_cpu, time.process_time() - c0)
    t0 = time.perf_counter()
    lint_text(draft, corpus, file=str(draft_path))
    cold = time.perf_counter() - t0
    assert result is not None
    planted_text, planted = plant(draft)
    caught = {(d.line, d.column) for d in linter.lint(planted_text).diagnostics if d.code in ("LT201", "LT301")}
    starts = [0] + [i + 1 for i, c in enumerate(planted_text) if c == "\n"]

    def position(offset: int) -> tuple[int, int]:
        import bisect

        line = bisect.bisect_right(starts, offset)
        return line, offset - starts[line - 1] + 1

    recall = {kind: [0, 0] for kind in ("date", "number")}
    for offset, kind in planted:
        recall[kind][1] += 1
        recall[kind][0] += position(offset) in caught
    false_alarms = len(caught) - sum(r[0] for r in recall.values())
    t0 = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "factcheck", "lint-text", str(draft_path),
                           "--claims", str(base / "claims"), "--seeds", str(base / "seeds"),
                           "--format", "json"], capture_output=True, text=True)
    wall = time.perf_counter() - t0
    return {
        "entities": len(corpus.entities), "claims": len(corpus.claims), "words": len(draft.split()),
        "load_s": load, "load_cpu_s": load_cpu, "linter_build_s": build, "linter_build_cpu_s": build_cpu,
        "lint_warm_s": warm, "lint_warm_cpu_s": warm_cpu, "lint_new_draft_s": fresh,
        "lint_new_draft_cpu_s": fresh_cpu, "lint_with_index_build_s": cold,
        "cli_wall_s": wall, "cli_exit": proc.returncode,
        "findings": len(result.diagnostics), "names": result.names, "dates": result.dates,
        "numbers": result.numbers, "sentences": result.sentences, "linked": result.linked,
        "by_code": dict(sorted(_count(d.code for d in result.diagnostics).items())),
        "planted": {kind: {"caught": r[0], "planted": r[1]} for kind, r in recall.items()},
        "planted_false_alarms": false_alarms,
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
    r = measure(base, draft, args.repeat, args.words)
    print(f"lint-text, {r['words']:,} words against {r['entities']:,} entities and {r['claims']:,} claims")
    print(f"  load fact base          {r['load_s']:8.3f} s  ({r['load_cpu_s']:.3f} s CPU)")
    print(f"  build linter (index)    {r['linter_build_s']:8.3f} s  ({r['linter_build_cpu_s']:.3f} s CPU)")
    print(f"  lint (linter built)     {r['lint_warm_s']:8.3f} s  ({r['lint_warm_cpu_s']:.3f} s CPU), "
          f"best of {args.repeat}")
    print(f"  lint a new draft        {r['lint_new_draft_s']:8.3f} s  ({r['lint_new_draft_cpu_s']:.3f} s CPU), "
          f"best of {args.repeat} other drafts, each linted once")
    print(f"  lint_text (builds all)  {r['lint_with_index_build_s']:8.3f} s")
    print(f"  factcheck lint-text     {r['cli_wall_s']:8.3f} s  wall, fresh process, exit {r['cli_exit']}")
    print(f"  found {r['names']:,} names, {r['dates']:,} dates, {r['numbers']:,} numbers in "
          f"{r['sentences']:,} sentences; {r['linked']:,} dates/numbers linked to facts; "
          f"{r['findings']:,} findings {r['by_code']}")
    for kind, counts in sorted(r["planted"].items()):
        print(f"  planted {kind} errors caught: {counts['caught']} of {counts['planted']}")
    print(f"  other date/number findings on the planted draft: {r['planted_false_alarms']}")
    if args.json:
        Path(args.json).write_text(json.dumps(r, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
