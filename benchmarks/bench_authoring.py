"""Time ``draft`` on a 2,000-word article against the bundled fact base.

``python -m benchmarks.bench_authoring [--words 2000] [--repeat 5]``

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


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--words", type=int, default=2000)
    p.add_argument("--repeat", type=int, default=5)
    args = p.parse_args(argv)

    from factcheck.authoring import draft_seed, render_draft
    from factcheck.loading import load_corpus

    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        shutil.copytree(ROOT / "seeds", base / "seeds")
        shutil.copytree(ROOT / "claims", base / "claims")
        text = article(args.words)
        seed_id = "900_bench0000000000"
        (base / "seeds" / f"{seed_id}.txt").write_text(text, encoding="utf-8")
        with open(base / "seeds" / "sources.yaml", "a", encoding="utf-8") as f:
            f.write(f'\n  - id: "{seed_id}"\n    file: "{seed_id}.txt"\n    published: "2025-08-14"\n')
        t0, c0 = time.perf_counter(), time.process_time()
        corpus = load_corpus([base / "claims", base / "seeds"])
        load = (time.perf_counter() - t0, time.process_time() - c0)
        runs = []
        for _ in range(args.repeat):
            t0, c0 = time.perf_counter(), time.process_time()
            draft = draft_seed(corpus, seed_id)
            render_draft(draft)
            runs.append((time.perf_counter() - t0, time.process_time() - c0))
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-m", "factcheck", "draft", seed_id, "-o", str(base / "d.yaml")],
                       cwd=base, check=True, capture_output=True)
        cli = time.perf_counter() - t0
    result = {
        "words": len(text.split()), "sentences_drafted": len(draft.records),
        "load_s": {"wall": round(load[0], 4), "cpu": round(load[1], 4)},
        "draft_first_s": {"wall": round(runs[0][0], 4), "cpu": round(runs[0][1], 4)},
        "draft_best_s": {"wall": round(min(r[0] for r in runs), 4), "cpu": round(min(r[1] for r in runs), 4)},
        "cli_wall_s": round(cli, 3),
    }
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
