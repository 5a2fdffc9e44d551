"""Every output of every command, written to a folder: the proof that a restructuring changed none.

``python -m benchmarks.snapshot OUT`` runs each command on the bundled fact base (the
project's ``claims/`` and ``seeds/``) and on a synthetic base with every plantable error
kind planted (``benchmarks.synth``), in every output format, and writes what each printed
(stdout, stderr and exit code) to ``OUT/<base>/<command>.txt``. Run it before and after a
change that must not change behaviour, then ``diff -r BEFORE AFTER``: no output means no
change. Absolute paths of the temporary folders are replaced by ``<BASE>``.

Commands: ``check`` in all six formats, ``fix --diff``, ``lint-text`` over every seed
article as a draft (three formats), ``quiz`` in all five formats with two seeds (and the
markdown ``--key`` split), ``export`` in every format, ``rules``, ``rule``, ``schema``.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Sequence

ROOT = Path(__file__).resolve().parents[1]


def _run(argv: list[str], cwd: Path) -> str:
    from factcheck.cli import main

    out, err = io.StringIO(), io.StringIO()
    here = os.getcwd()
    os.chdir(cwd)
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = main(argv)
    finally:
        os.chdir(here)
    text = f"$ factcheck {' '.join(argv)}\n--- exit {code}\n--- stdout\n{out.getvalue()}--- stderr\n{err.getvalue()}"
    return text.replace(str(cwd), "<BASE>")


def _commands(base: Path) -> dict[str, list[str]]:
    seeds = sorted(p.name for p in (base / "seeds").glob("*.txt"))
    runs: dict[str, list[str]] = {}
    for fmt in ("text", "json", "json-lines", "github", "junit", "sarif"):
        runs[f"check-{fmt}"] = ["check", "--isolated", "--no-progress", "--format", fmt]
    runs["check-select-FC2"] = ["check", "--isolated", "--no-progress", "--select", "FC2"]
    runs["fix-diff"] = ["fix", "--isolated", "--diff"]
    for seed in seeds[:5]:
        for fmt in ("text", "json", "github"):
            runs[f"lint-text-{seed}-{fmt}"] = ["lint-text", f"seeds/{seed}", "--date", "2025-08-20",
                                               "--format", fmt]
    for fmt in ("markdown", "json", "gift", "moodle-xml", "html"):
        for seed in ("1", "7"):
            runs[f"quiz-{fmt}-{seed}"] = ["quiz", "--count", "30", "--seed", seed, "--format", fmt]
    runs["quiz-key"] = ["quiz", "--count", "12", "--seed", "3", "-o", "sheet.md", "--key", "key.md"]
    runs["export-claimreview"] = ["export", "--format", "claimreview", "--url-template",
                                  "https://news.example/checks/{id}", "--organisation", "Desk",
                                  "--date", "2025-09-01"]
    for fmt in ("fever", "fever-pages", "averitec"):
        runs[f"export-{fmt}"] = ["export", "--format", fmt]
    runs["rules"] = ["rules"]
    runs["rule-FC101"] = ["rule", "FC101"]
    for kind in ("claims", "entities", "sources"):
        runs[f"schema-{kind}"] = ["schema", kind]
    return runs


def _bundled(tmp: Path) -> Path:
    base = tmp / "bundled"
    shutil.copytree(ROOT / "claims", base / "claims")
    shutil.copytree(ROOT / "seeds", base / "seeds")
    return base


def _planted(tmp: Path) -> Path:
    from benchmarks import synth

    config = synth.SynthConfig(claims=400, entities=120, seed=3, per_file=100,
                               plant=tuple((kind, 2) for kind in synth.PLANT_KINDS))
    return synth.write(synth.generate(config), tmp / "planted")


def snapshot(out: Path) -> int:
    out.mkdir(parents=True, exist_ok=True)
    count = 0
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        for base in (_bundled(tmp), _planted(tmp)):
            folder = out / base.name
            folder.mkdir(exist_ok=True)
            for name, argv in _commands(base).items():
                text = _run(argv, base)
                for extra in ("sheet.md", "key.md"):
                    if (base / extra).exists():
                        text += f"--- {extra}\n" + (base / extra).read_text(encoding="utf-8")
                        (base / extra).unlink()
                (folder / f"{name}.txt").write_text(text, encoding="utf-8")
                count += 1
    return count


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.snapshot", description=__doc__.split("\n\n")[0])
    parser.add_argument("out", help="folder to write the outputs to")
    args = parser.parse_args(argv)
    count = snapshot(Path(args.out))
    print(f"wrote {count} outputs to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
