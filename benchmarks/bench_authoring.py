"""Time ``draft`` on a 2,000-word article against the bundled fact base.

``python -m benchmarks.bench_authoring [--words 2000] [--repeat 5] [--misses]``

Also reported (not timings, but what ``benchmarks/run.py`` puts beside them): furniture
detection on the five seeds against ``sources.yaml`` (spans found / missed / wrongly
marked), and with ``--misses`` the leave-one-out date misses per seed, each with why
(see ``factcheck/authoring/_measure.py``).

The article is made of the five bundled seeds' body sentences, in order, repeated until it
has ``--words`` words, copied with a publication date into a scratch copy of the fact base
(so relative dates resolve and every kind of fact is drafted). Measured apart: loading the
fact base, and ``draft_seed`` + ``render_draft`` (best of ``--repeat``, and the first, cold,
call); then the whole command, ``factcheck draft`` in a fresh process. Wall and CPU time.
Not part of the test suite: timings belong in benchmarks.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def article(words: int) -> str:
    from factcheck.authoring._draft import _body_sentences
    from factcheck.loading import load_corpus

    corpus = load_corpus([ROOT / "seeds"])
    sentences = [seed.text[s:e] for _, seed in sorted(corpus.seeds.items()) for s, e in _body_sentences(seed)]
    out: list[str] = []
    count = 0
    while count < words:
        for sentence in sentences:
            out.append(sentence)
            count += len(sentence.split())
            if count >= words:
                break
    return "\n\n".join(out) + "\n"


def furniture() -> dict:
    """Furniture spans found / missed / wrongly marked (and found with another kind) on the
    bundled seeds, against ``seeds/sources.yaml``."""
    from factcheck.authoring import furniture_score, guess_source
    from factcheck.loading import load_corpus

    corpus = load_corpus([ROOT / "seeds"])
    totals = {"found": 0, "missed": 0, "wrong": 0, "kind_differs": 0}
    per_seed = {}
    for seed_id, seed in sorted(corpus.seeds.items()):
        score = furniture_score(guess_source(seed.text).furniture, seed.source.furniture if seed.source else ())
        per_seed[seed_id] = {k: len(v) for k, v in score.items()}
        for k in totals:
            totals[k] += len(score[k])
    return {"seeds": len(per_seed), **totals, "per_seed": per_seed}


def date_misses() -> dict[str, list[str]]:
    """The curated dates the leave-one-out drafts miss, per seed, each with why."""
    from factcheck.authoring import leave_one_out
    from factcheck.loading import load_corpus

    scores = leave_one_out(load_corpus([ROOT / "claims", ROOT / "seeds"]))
    return {seed: [str(m) for m in s.date_misses] for seed, s in scores.items() if seed != "overall"}


def measure(words: int = 2000, repeat: int = 5, cli: bool = True) -> dict:
    """``draft`` of a ``words``-word article: load, first and best in-process call, whole command."""
    from factcheck.authoring import draft_seed, render_draft
    from factcheck.loading import load_corpus

    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        shutil.copytree(ROOT / "seeds", base / "seeds")
        shutil.copytree(ROOT / "claims", base / "claims")
        text = article(words)
        seed_id = "900_bench0000000000"
        (base / "seeds" / f"{seed_id}.txt").write_text(text, encoding="utf-8")
        with open(base / "seeds" / "sources.yaml", "a", encoding="utf-8") as f:
            f.write(f'\n  - id: "{seed_id}"\n    file: "{seed_id}.txt"\n    published: "2025-08-14"\n')
        t0, c0 = time.perf_counter(), time.process_time()
        corpus = load_corpus([base / "claims", base / "seeds"])
        load = (time.perf_counter() - t0, time.process_time() - c0)
        runs = []
        for _ in range(repeat):
            t0, c0 = time.perf_counter(), time.process_time()
            draft = draft_seed(corpus, seed_id)
            render_draft(draft)
            runs.append((time.perf_counter() - t0, time.process_time() - c0))
        cli_wall = None
        if cli:
            t0 = time.perf_counter()
            subprocess.run([sys.executable, "-m", "factcheck", "draft", seed_id, "-o", str(base / "d.yaml")],
                           cwd=base, check=True, capture_output=True)
            cli_wall = round(time.perf_counter() - t0, 3)
    return {
        "words": len(text.split()), "sentences_drafted": len(draft.records),
        "load_s": {"wall": round(load[0], 4), "cpu": round(load[1], 4)},
        "draft_first_s": {"wall": round(runs[0][0], 4), "cpu": round(runs[0][1], 4)},
        "draft_best_s": {"wall": round(min(r[0] for r in runs), 4), "cpu": round(min(r[1] for r in runs), 4)},
        "cli_wall_s": cli_wall,
    }


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--words", type=int, default=2000)
    p.add_argument("--repeat", type=int, default=5)
    p.add_argument("--misses", action="store_true", help="also list the leave-one-out date misses per seed")
    p.add_argument("--no-cli", action="store_true", help="do not time the whole command in a fresh process")
    args = p.parse_args(argv)
    result = {"draft": measure(args.words, args.repeat, cli=not args.no_cli), "furniture": furniture()}
    if args.misses:
        result["date_misses"] = date_misses()
    print(json.dumps(result, indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
