"""Benchmarks at newsroom scale, each measured side by side with its baseline in one run.

``python -m benchmarks.run [--sizes 10000,100000] [--work DIR] [--json FILE] [--quick]``

Generates synthetic fact bases with ``benchmarks/synth.py`` (cached in ``--work`` by
configuration), then measures, each probe in a fresh interpreter (``benchmarks/_measure.py``):

1. ``factcheck check`` of each size vs a bare ``yaml.compose`` (C safe loader) over the
   same YAML files — the floor — and vs ``yamllint`` on the same files;
2. growth: the largest size's check time / the smallest's;
3. peak RSS of ``factcheck check`` at the largest size (``RUSAGE_CHILDREN`` of a wrapper
   process whose only child is the check);
4. cold start: ``factcheck check`` on the bundled fact base (wall time, best of 5) and
   ``python -X importtime -c "import factcheck"`` (cumulative time of ``factcheck``);
5. ``factcheck lint-text`` of a 5,000-word draft against 20,000 entities (if the command exists);
6. ``factcheck quiz --count 1000`` on the largest base (if the command exists);
7. the cross-claim rules (FC204, FC303, FC501) alone at each size, and their growth;
8. each rule's time at the first size (registry order, one shared context), for what
   dominates the rules phase;
9. authoring: ``draft`` of a 2,000-word article against the bundled fact base (in-process
   best of 5 and the whole command), and furniture detection on the five bundled seeds
   against ``sources.yaml`` (spans found / missed / wrongly marked), by
   ``benchmarks/bench_authoring.py`` in a fresh interpreter.

Prints a table and writes every figure (with the machine) as JSON. The runs are not part
of the pytest suite: at 100k claims they take minutes.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import random
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, Sequence

from . import synth

__all__ = ["GOALS", "main", "machine"]

REPO = Path(__file__).resolve().parents[1]

#: goal name -> (limit, what it limits)
GOALS: dict[str, tuple[float, str]] = {
    "check_vs_floor": (2.0, "check time / C-loader compose time, at each size"),
    "growth": (11.0, "check time at 100k / at 10k"),
    "peak_rss_mb": (1024.0, "peak RSS of check at 100k, MB"),
    "cold_start_s": (0.5, "factcheck check on the bundled fact base, best of 5, s"),
    "import_s": (0.2, "python -X importtime: cumulative import of factcheck, s"),
    "lint_text_s": (0.05, "lint-text of a 5,000-word draft against 20,000 entities, s"),
    "quiz_s": (2.0, "quiz of 1,000 items from 100k claims, s"),
    "warm_edit_s": (1.0, "re-check after editing one claim file, warm cache, wall s (at 100k)"),
    "cold_jobs_vs_floor": (2.0, "cold check --jobs 2 wall / C-loader compose time (at 100k)"),
    "rss_growth": (11.0, "peak RSS of the check, largest size / smallest (100k -> 1M)"),
    "cold_median_s": (0.5, "factcheck check on the bundled base, median of 10, s"),
}


# --------------------------------------------------------------------------- helpers


def machine() -> dict[str, Any]:
    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        load = os.getloadavg()[0]
    except OSError:
        load = None
    import yaml

    return {"nproc": os.cpu_count(), "cpu": cpu, "python": platform.python_version(),
            "platform": platform.platform(), "libyaml": bool(yaml.__with_libyaml__),
            "pyyaml": yaml.__version__, "loadavg_1min_at_start": load}


def _factcheck_cmd() -> list[str]:
    """The ``factcheck`` console script of this interpreter's environment, as a user runs it.

    The one beside ``sys.executable`` first: a ``PATH`` lookup can find a version manager's
    shim (pyenv's adds ~0.1 s of shell to every start) or another environment's script.
    """
    beside = Path(sys.executable).parent / "factcheck"
    if beside.is_file():
        return [str(beside)]
    exe = shutil.which("factcheck")
    return [exe] if exe else [sys.executable, "-m", "factcheck"]


#: "cpu" (default): child CPU time (user + system, from RUSAGE_CHILDREN), robust to other
#: load on a shared machine; "wall": elapsed time. Set by --clock.
CLOCK = "cpu"


def _wall(cmd: Sequence[str], cwd: Path | None = None, stdin: str | None = None) -> tuple[float, int, str, str]:
    """Run ``cmd``; (seconds by CLOCK, exit code, stdout, stderr)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    proc = subprocess.run(list(cmd), cwd=cwd, capture_output=True, text=True, input=stdin)
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return (cpu if CLOCK == "cpu" else wall), proc.returncode, proc.stdout, proc.stderr


def _probe(mode: str, folders: Sequence[str | Path]) -> dict:
    cmd = [sys.executable, "-m", "benchmarks._measure", mode, *map(str, folders)]
    env = dict(os.environ, FACTCHECK_BENCH_CLOCK=CLOCK)
    proc = subprocess.run(cmd, cwd=REPO, capture_output=True, text=True, env=env)
    if proc.returncode != 0:
        raise RuntimeError(f"probe {mode} failed: {proc.stderr.strip()[-2000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def _best(n: int, fn) -> dict:
    results = [fn() for _ in range(n)]
    return min(results, key=lambda r: r["seconds"])


def _base(work: Path, claims: int, entities: int, seed: int) -> Path:
    """Generate (or reuse) a clean synthetic base in ``work``."""
    out = work / f"synth-{claims}-{entities}-{seed}"
    manifest = out / "manifest.json"
    stamp = out / "generator.sha256"  # a changed generator invalidates the cache
    version = hashlib.sha256(Path(synth.__file__).read_bytes()).hexdigest()
    config = synth.SynthConfig(claims=claims, entities=entities, seed=seed)
    if manifest.exists() and stamp.exists() and stamp.read_text().strip() == version:
        try:
            cached = json.loads(manifest.read_text())["config"]
            if cached == synth.FactBase({}, [], config).manifest()["config"]:
                return out
        except (ValueError, KeyError):
            pass
    synth.write(synth.generate(config), out)
    stamp.write_text(version + "\n")
    return out


def _yaml_files(base: Path) -> list[str]:
    return [str(p) for p in sorted(base.rglob("*.yaml"))]


def _commands() -> set[str]:
    _, _, out, err = _wall([*_factcheck_cmd(), "--help"])
    return set(re.findall(r"^\s{4}([a-z][a-z-]+)\s", out + err, re.M)) | set(
        re.findall(r"\{([a-z,-]+)\}", out + err)[0].split(",") if re.search(r"\{([a-z,-]+)\}", out + err) else []
    )


# --------------------------------------------------------------------------- measurements


def bench_check(base: Path, repeat: int, yamllint_subset: float | None, cli: bool = True) -> dict:
    folders = [base / "claims", base / "seeds"]
    yaml_files = _yaml_files(base)
    res: dict[str, Any] = {"base": str(base), "yaml_files": len(yaml_files)}
    floor = _best(repeat, lambda: _probe("compose", folders))
    chk = _best(repeat, lambda: _probe("check", folders))
    if cli:
        wall = min(_wall([*_factcheck_cmd(), "check", "-q", *map(str, folders)])[0] for _ in range(repeat))
    else:  # the whole command without running it again: imports + load + check + render
        wall = chk["seconds"] + chk["import"]
    res.update(floor=floor, check=chk, check_wall_s=wall, check_cli_run=cli,
               check_vs_floor=chk["seconds"] / floor["seconds"], wall_vs_floor=wall / floor["seconds"])
    if shutil.which("yamllint"):
        files = yaml_files
        if yamllint_subset is not None and yamllint_subset < 1.0:
            step = max(1, round(1 / yamllint_subset))
            files = yaml_files[::step]
        seconds, code, _, _ = _wall(["yamllint", "-f", "parsable", *files])
        scale = len(yaml_files) / len(files)
        res["yamllint"] = {"seconds_measured": seconds, "files_measured": len(files),
                           "files": len(yaml_files), "seconds": seconds * scale,
                           "extrapolated": scale != 1.0, "exit": code}
        res["check_vs_yamllint"] = wall / (seconds * scale)
    return res


def bench_rss(base: Path) -> dict:
    folders = [str(base / "claims"), str(base / "seeds")]
    wrapper = ("import resource, subprocess, sys; "
               "subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL); "
               "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")
    proc = subprocess.run([sys.executable, "-c", wrapper, *_factcheck_cmd(), "check", "-q", *folders],
                          capture_output=True, text=True)
    kib = int(proc.stdout.strip().splitlines()[-1])
    floor = subprocess.run([sys.executable, "-c", wrapper, sys.executable, "-m", "benchmarks._measure",
                            "compose", *folders], capture_output=True, text=True, cwd=REPO)
    floor_kib = int(floor.stdout.strip().splitlines()[-1])
    return {"peak_rss_mb": kib / 1024, "compose_peak_rss_mb": floor_kib / 1024}


def _importtime(statement: str, repeat: int) -> float:
    """Best-of cumulative import time (s) of the top-level factcheck modules ``statement`` imports."""
    best = float("inf")
    for _ in range(repeat):
        _, _, _, err = _wall([sys.executable, "-X", "importtime", "-c", statement])
        total = 0
        for line in err.splitlines():
            parts = line.split("|")
            if len(parts) == 3 and parts[1].strip().isdigit():
                name = parts[2][1:]  # "| factcheck", nested imports are indented further
                if not name.startswith(" ") and name.split(".")[0] == "factcheck":
                    total += int(parts[1])
        best = min(best, total / 1e6)
    return best


def _byte_compile() -> None:
    """Write the package's bytecode, as ``pip install`` does for an installed copy. Under
    ``PYTHONDONTWRITEBYTECODE`` (set in some sandboxes and CI images) an editable install
    never caches it, and every timed start would compile ~90 modules from source (~0.15 s
    on the 2-vCPU VM) that no installed copy pays. ``compileall`` writes regardless."""
    import compileall

    compileall.compile_dir(str(REPO / "factcheck"), quiet=1)


def bench_cold(repeat: int = 5) -> dict:
    _byte_compile()
    walls = [_wall([*_factcheck_cmd(), "check", "-q"], cwd=REPO)[0] for _ in range(repeat)]
    bare = [_wall([sys.executable, "-c", "pass"])[0] for _ in range(repeat)]
    return {"cold_start_s": min(walls), "python_startup_s": min(bare),
            "import_s": _importtime("import factcheck", repeat),
            "import_check_path_s": _importtime(
                "import factcheck.cli, factcheck.cli._check, factcheck.check, factcheck.loading, "
                "factcheck.rules.registry, factcheck.reporters", repeat),
            "runs": repeat}


def _timed(cmd: Sequence[str], cwd: Path | None = None) -> dict:
    """Run ``cmd``: wall and child CPU seconds, peak RSS of the largest process (MB), exit code."""
    wrapper = ("import json, resource, subprocess, sys, time; t = time.perf_counter(); "
               "p = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL); "
               "w = time.perf_counter() - t; r = resource.getrusage(resource.RUSAGE_CHILDREN); "
               "print(json.dumps({'wall': w, 'cpu': r.ru_utime + r.ru_stime, "
               "'rss_mb': r.ru_maxrss / 1024, 'exit': p.returncode}))")
    proc = subprocess.run([sys.executable, "-c", wrapper, *cmd], cwd=cwd, capture_output=True, text=True)
    return json.loads(proc.stdout.strip().splitlines()[-1])


def _median(values: Sequence[float]) -> float:
    ordered = sorted(values)
    mid = len(ordered) // 2
    return ordered[mid] if len(ordered) % 2 else (ordered[mid - 1] + ordered[mid]) / 2


def bench_incremental(base: Path, work: Path, jobs: int = 2) -> dict:
    """The per-file check (issue 16): cold (one process, ``--jobs``), warm after one edit, RSS.

    The base is copied (one claim file is edited); the cache lives in the copy.
    """
    copy = work / f"{base.name}-edit"
    if copy.exists():
        shutil.rmtree(copy)
    shutil.copytree(base, copy, ignore=shutil.ignore_patterns(".factcheck_cache"))
    folders = [str(copy / "claims"), str(copy / "seeds")]
    cache = str(copy / ".factcheck_cache")
    fc = [*_factcheck_cmd(), "check", "-q", "--no-progress"]
    floor = _probe("compose", folders)
    # the whole-corpus path (load_corpus + check, one process, no cache): the baseline
    whole = _timed([sys.executable, "-m", "benchmarks._measure", "check", *folders], cwd=REPO)
    one = _timed([*fc, "--no-cache", "--jobs", "1", *folders])
    par = _timed([*fc, "--no-cache", "--jobs", str(jobs), *folders])
    warm_fill = _timed([*fc, "--cache-dir", cache, "--jobs", str(jobs), *folders])
    unchanged = _timed([*fc, "--cache-dir", cache, *folders])
    claim_files = sorted((copy / "claims").glob("desk-*.yaml"))
    edited = claim_files[len(claim_files) // 2]
    edited.write_text(edited.read_text(encoding="utf-8") + "# edited by the benchmark\n", encoding="utf-8")
    warm = _timed([*fc, "--cache-dir", cache, *folders])
    others = ",".join(str(claim_files[len(claim_files) * k // 5]) for k in (1, 3))
    watch = _probe("watch", [others, cache, *folders])  # check --watch: results kept in memory
    return {
        "claim_files": len(claim_files), "jobs": jobs, "floor_s": floor["seconds"],
        "cold_jobs1": one, "cold_jobs": par, "cache_fill": warm_fill, "warm_unchanged": unchanged,
        "warm_one_edit": warm, "whole_corpus": whole, "watch_one_edit": watch,
        "cold_jobs_wall_vs_floor": par["wall"] / floor["seconds"],
        "warm_vs_cold": warm["wall"] / one["wall"],
    }


def bench_cold_median(runs: int = 10) -> dict:
    """Cold start on the bundled base, median of ``runs`` wall times, beside ``python -c pass``
    in the same run: without the cache, and with a warm one (the default)."""
    _byte_compile()
    fc = [*_factcheck_cmd(), "check", "-q", "--no-progress"]
    with tempfile.TemporaryDirectory() as tmp:
        cache = str(Path(tmp) / "c")
        no_cache = [_timed([*fc, "--no-cache"], cwd=REPO)["wall"] for _ in range(runs)]
        _timed([*fc, "--cache-dir", cache], cwd=REPO)
        warm = [_timed([*fc, "--cache-dir", cache], cwd=REPO)["wall"] for _ in range(runs)]
    bare = [_timed([sys.executable, "-c", "pass"])["wall"] for _ in range(runs)]
    return {"runs": runs, "no_cache_median_s": _median(no_cache), "warm_median_s": _median(warm),
            "python_pass_median_s": _median(bare)}


def _draft(entities_file: Path, words: int, seed: int) -> str:
    """A ~``words``-word draft that names registered entities, now and then misspelt."""
    names = re.findall(r'^    name: "(.*)"$', entities_file.read_text(encoding="utf-8"), re.M)
    variants = re.findall(r'^    (?:variants|misspellings): \["(.*?)"', entities_file.read_text(encoding="utf-8"), re.M)
    rng = random.Random(f"draft:{seed}")
    filler = ("officials said the talks would resume next week after a pause in fighting "
              "while aid groups warned of shortages across the region").split()
    out: list[str] = []
    count = 0
    while count < words:
        name = rng.choice(variants) if variants and rng.random() < 0.1 else rng.choice(names)
        tail = rng.sample(filler, 8)
        sentence = f"{name} {' '.join(tail)}."
        out.append(sentence)
        count += len(sentence.split())
    return "\n\n".join(" ".join(out[i : i + 5]) for i in range(0, len(out), 5)) + "\n"


def bench_lint_text(base: Path, work: Path, cli: bool = True) -> dict:
    draft = work / "draft-5000.txt"
    draft.write_text(_draft(base / "claims" / "entities.yaml", 5000, 0), encoding="utf-8")
    res = _probe("lint", [draft, base / "claims", base / "seeds"])
    res.update(cli_wall_s=None, exit=None, draft=str(draft))
    if cli:
        wall, code, _, _ = _wall([*_factcheck_cmd(), "lint-text", str(draft), "--claims", str(base / "claims"),
                                  "--seeds", str(base / "seeds")])
        res.update(cli_wall_s=wall, exit=code)
    return res


def bench_authoring(repeat: int = 5) -> dict:
    """``benchmarks/bench_authoring.py`` in a fresh interpreter (wall and CPU time as it reports them)."""
    done = subprocess.run([sys.executable, "-m", "benchmarks.bench_authoring", "--repeat", str(repeat), "--misses"],
                          cwd=REPO, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"bench_authoring exited {done.returncode}: {done.stderr.strip()[-800:]}")
    return json.loads(done.stdout)


def bench_quiz(base: Path, cli: bool = True) -> dict:
    folders = [str(base / "claims"), str(base / "seeds")]
    res = _probe("quiz", folders)
    res.update(cli_wall_s=None, exit=None)
    if cli:
        wall, code, _, err = _wall([*_factcheck_cmd(), "quiz", "--count", "1000", "--format", "json", "-q", *folders])
        res.update(cli_wall_s=wall, exit=code, stderr=err.strip()[-300:])
    return res


# --------------------------------------------------------------------------- report


def _verdict(value: float | None, goal: str, lower_is_better: bool = True) -> str:
    if value is None:
        return "n/a"
    limit = GOALS[goal][0]
    return "ok" if value <= limit else "MISSED"


def table(result: dict) -> str:
    rows: list[tuple[str, str, str, str]] = []
    for size, r in result.get("check", {}).items():
        rows.append((f"check {size} claims (in-process load+check+render)", f"{r['check']['seconds']:.2f} s",
                     f"compose floor {r['floor']['seconds']:.2f} s → {r['check_vs_floor']:.2f}×",
                     _verdict(r["check_vs_floor"], "check_vs_floor")))
        rows.append((f"  phases: load {r['check']['load']:.2f} s, rules {r['check']['check']:.2f} s, "
                     f"render {r['check']['render']:.2f} s", "", "", ""))
        if "yamllint" in r:
            y = r["yamllint"]
            note = f" (extrapolated from {y['files_measured']}/{y['files']} files)" if y["extrapolated"] else ""
            how = "CLI" if r.get("check_cli_run", True) else "imports + load + check + render"
            rows.append((f"check {size} claims ({how})", f"{r['check_wall_s']:.2f} s",
                         f"yamllint {y['seconds']:.2f} s{note}",
                         "ok" if r["check_wall_s"] < y["seconds"] else "MISSED"))
    if "growth" in result:
        rows.append(("growth (largest / smallest check)", f"{result['growth']:.2f}×", "goal ≤ 11×",
                     _verdict(result["growth"], "growth")))
    if "rss" in result:
        r = result["rss"]
        rows.append(("peak RSS of check at the largest size", f"{r['peak_rss_mb']:.0f} MB",
                     f"compose {r['compose_peak_rss_mb']:.0f} MB", _verdict(r["peak_rss_mb"], "peak_rss_mb")))
    if "cold" in result:
        c = result["cold"]
        rows.append(("cold start, check bundled fact base", f"{c['cold_start_s']:.3f} s",
                     f"python -c pass {c['python_startup_s']:.3f} s", _verdict(c["cold_start_s"], "cold_start_s")))
        rows.append(("import factcheck (-X importtime)", f"{c['import_s']:.3f} s", "goal ≤ 0.2 s",
                     _verdict(c["import_s"], "import_s")))
        rows.append(("  imports on the check path (cli, check, loading, rules)", f"{c['import_check_path_s']:.3f} s",
                     "", ""))
    if "cross" in result:
        for size, r in result["cross"].items():
            rows.append((f"cross-claim rules {'+'.join(r['rules'])} at {size}", f"{r['seconds']:.3f} s", "", ""))
        if "cross_growth" in result:
            rows.append(("cross-claim growth (largest / smallest)", f"{result['cross_growth']:.2f}×", "", ""))
    if "rules" in result:
        r = result["rules"]
        top = sorted(r["rules"].items(), key=lambda kv: -kv[1])[:6]
        rows.append((f"rules alone at {r['claims']} (registry order, one context)", f"{r['seconds']:.2f} s",
                     ", ".join(f"{code} {secs / r['seconds']:.0%}" for code, secs in top), ""))
    for key, label, goal in (("lint_text", "lint-text 5,000 words × 20,000 entities", "lint_text_s"),
                             ("quiz", "quiz 1,000 items from the largest base", "quiz_s")):
        r = result.get(key)
        if isinstance(r, dict) and key == "lint_text":
            if r.get("linter_lint") is not None:
                first = r.get("linter_first_lint")
                rows.append(("lint-text: Linter.lint only (index and fact table prebuilt)",
                             f"{r['linter_lint']:.3f} s",
                             f"building the Linter {r['linter_build']:.3f} s"
                             + (f"; its first lint {first:.3f} s" if first is not None else ""),
                             _verdict(r["linter_lint"], goal)))
            rows.append((label, f"{r['seconds']:.3f} s (warm)",
                         f"first call {r['first_call']:.3f} s; loading {r['claims']} claims "
                         f"{r['load']:.1f} s" + (f"; CLI {r['cli_wall_s']:.1f} s" if r["cli_wall_s"] else ""),
                         _verdict(r["seconds"], goal)))
        elif isinstance(r, dict):
            rows.append((label, f"{r['seconds']:.3f} s (generate + render)",
                         f"{r['items']} items; load {r['load']:.1f} s + check {r['check']:.1f} s before it"
                         + (f"; CLI {r['cli_wall_s']:.1f} s, exit {r['exit']}" if r["cli_wall_s"] else ""),
                         _verdict(r["seconds"], goal)))
        elif r is not None:
            rows.append((label, "TODO", str(r), ""))
    for size, r in (result.get("incremental") or {}).items():
        rows.append((f"{size} claims: warm re-check after editing one claim file",
                     f"{r['warm_one_edit']['wall']:.2f} s wall",
                     f"cold --jobs 1 {r['cold_jobs1']['wall']:.1f} s wall ({r['warm_vs_cold']:.1%}); "
                     f"unchanged {r['warm_unchanged']['wall']:.2f} s"
                     + (f"; whole-corpus path {r['whole_corpus']['wall']:.1f} s wall, "
                        f"{r['whole_corpus']['rss_mb']:.0f} MB" if "whole_corpus" in r else ""),
                     _verdict(r["warm_one_edit"]["wall"], "warm_edit_s")))
        if "watch_one_edit" in r:
            w = r["watch_one_edit"]
            rows.append((f"{size} claims: check --watch, re-check after editing one claim file",
                         f"{w['seconds']:.2f} s wall",
                         f"change seen by the stat scan and the base checked again (results in memory); "
                         f"first re-check {w.get('rechecks_s', [w['seconds']])[0]:.2f} s; "
                         f"the watch's first check from the filled cache {w['first_s']:.1f} s",
                         _verdict(w["seconds"], "warm_edit_s")))
        rows.append((f"{size} claims: cold check --jobs {r['jobs']} vs bare parse",
                     f"{r['cold_jobs']['wall']:.1f} s wall ({r['cold_jobs_wall_vs_floor']:.2f}x)",
                     f"parse floor {r['floor_s']:.1f} s; CPU {r['cold_jobs']['cpu']:.1f} s "
                     f"(--jobs 1: {r['cold_jobs1']['cpu']:.1f} s); peak RSS {r['cold_jobs']['rss_mb']:.0f} MB",
                     _verdict(r["cold_jobs_wall_vs_floor"], "cold_jobs_vs_floor")))
    if "incremental_rss_growth" in result:
        rows.append(("peak RSS growth, smallest to largest size", f"{result['incremental_rss_growth']:.1f}x",
                     "", _verdict(result["incremental_rss_growth"], "rss_growth")))
    if "cold_median" in result:
        c = result["cold_median"]
        rows.append((f"cold start, bundled base (median of {c['runs']})", f"{c['no_cache_median_s']:.2f} s",
                     f"warm cache {c['warm_median_s']:.2f} s; python -c pass {c['python_pass_median_s']:.3f} s",
                     _verdict(c["no_cache_median_s"], "cold_median_s")))
    a = result.get("authoring")
    if isinstance(a, dict):
        d, f = a["draft"], a["furniture"]
        clock = "cpu" if CLOCK == "cpu" else "wall"
        rows.append((f"draft a {d['words']:,}-word article (bundled fact base)",
                     f"{d['draft_best_s'][clock]:.3f} s (best)",
                     f"first call {d['draft_first_s'][clock]:.3f} s; {d['sentences_drafted']} records; load "
                     f"{d['load_s'][clock]:.2f} s" + (f"; CLI {d['cli_wall_s']:.2f} s wall" if d.get("cli_wall_s") else ""),
                     ""))
        rows.append((f"furniture on the {f['seeds']} bundled seeds", f"{f['found']} found",
                     f"{f['missed']} missed, {f['wrong']} wrongly marked, {f['kind_differs']} of another kind", ""))
    if not rows:
        return "(nothing measured)"
    widths = [max(len(row[i]) for row in rows) for i in range(4)]
    return "\n".join("  ".join(cell.ljust(widths[i]) for i, cell in enumerate(row)).rstrip() for row in rows)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.run", description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="10000,100000", help="claim counts, comma-separated")
    parser.add_argument("--entities-per-claim", type=float, default=0.2,
                        help="entities in the register per claim (default 0.2: 20,000 at 100k)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--work", default=str(Path(tempfile.gettempdir()) / "factcheck-bench"),
                        help="folder for generated bases, cached by configuration (default: %(default)s)")
    parser.add_argument("--json", default="benchmarks/results.json", help="where to write the figures")
    parser.add_argument("--repeat", type=int, default=3, help="runs per measurement below 50k claims (best of)")
    parser.add_argument("--yamllint-subset", type=float, default=0.1,
                        help="fraction of files yamllint runs on at ≥ 50k claims, extrapolated (1 = all)")
    parser.add_argument("--skip", default="",
                        help="comma-separated: check,rss,cold,incremental,lint-text,quiz,cross,rules,profile,authoring")
    parser.add_argument("--clock", choices=("cpu", "wall"), default="cpu",
                        help="cpu: CPU time of the measured process (default; robust on a busy machine); "
                             "wall: elapsed time")
    parser.add_argument("--cli-runs", action="store_true",
                        help="at ≥ 50k claims also time the whole CLI commands (check, quiz, lint-text) "
                             "in a fresh process, which repeats the load and check")
    parser.add_argument("--quick", action="store_true", help="sizes 1000,10000, one run each (a smoke test)")
    args = parser.parse_args(argv)
    sizes = [1000, 10000] if args.quick else [int(s) for s in args.sizes.split(",") if s.strip()]
    repeat = 1 if args.quick else args.repeat
    skip = {s.strip() for s in args.skip.split(",") if s.strip()}
    global CLOCK
    CLOCK = args.clock
    work = Path(args.work).resolve()
    work.mkdir(parents=True, exist_ok=True)

    result: dict[str, Any] = {"machine": machine(), "clock": CLOCK, "goals": {k: v[0] for k, v in GOALS.items()},
                              "started": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())}
    bases = {}
    for size in sizes:
        t0 = time.perf_counter()
        bases[size] = _base(work, size, max(12, int(size * args.entities_per_claim)), args.seed)
        print(f"base {size}: {bases[size]} ({time.perf_counter() - t0:.1f} s)", file=sys.stderr)
    largest, smallest = bases[max(sizes)], bases[min(sizes)]

    errors: dict[str, str] = {}

    def section(name: str, fn) -> None:
        if name in skip:
            return
        print(f"{name} …", file=sys.stderr)
        try:
            fn()
        except (RuntimeError, OSError, ValueError, KeyError) as exc:  # one broken probe, not the run
            errors[name] = str(exc)[-1500:]
            print(f"{name} failed: {errors[name]}", file=sys.stderr)

    def do_check() -> None:
        result["check"] = {}
        for size in sizes:
            result["check"][str(size)] = bench_check(
                bases[size], repeat if size < 50_000 else 1,
                args.yamllint_subset if size >= 50_000 else None, cli=size < 50_000 or args.cli_runs)
        if len(sizes) > 1:
            result["growth"] = (result["check"][str(max(sizes))]["check"]["seconds"]
                                / result["check"][str(min(sizes))]["check"]["seconds"])

    def do_cross() -> None:
        result["cross"] = {str(s): _probe("cross", [bases[s] / "claims", bases[s] / "seeds"]) for s in sizes}
        if len(sizes) > 1:
            result["cross_growth"] = (result["cross"][str(max(sizes))]["seconds"]
                                      / result["cross"][str(min(sizes))]["seconds"])

    def do_lint() -> None:
        if "lint-text" in _commands():
            lint_base = _base(work, 100_000 if not args.quick else 10_000, 20_000, args.seed)
            result["lint_text"] = bench_lint_text(lint_base, work, cli=args.quick or args.cli_runs)
        else:
            result["lint_text"] = "TODO: 'factcheck lint-text' does not exist yet"

    def do_quiz() -> None:
        result["quiz"] = bench_quiz(largest, cli=max(sizes) < 50_000 or args.cli_runs) if "quiz" in _commands() else "TODO: 'factcheck quiz' does not exist yet"

    def do_rules() -> None:  # at the first size (10k in the default run), best of --repeat
        size = min(sizes)
        runs = [_probe("rules", [smallest / "claims", smallest / "seeds"])
                for _ in range(args.repeat if size < 50_000 else 1)]
        best = {code: min(r["rules"][code] for r in runs) for code in runs[0]["rules"]}
        result["rules"] = {"claims": size, "seconds": sum(best.values()), "rules": best}

    def do_profile() -> None:
        result["profile"] = _probe("profile", [smallest / "claims", smallest / "seeds"])
        result["profile"]["claims"] = min(sizes)

    section("check", do_check)
    section("cross", do_cross)
    section("rules", do_rules)
    def do_rss() -> None:
        probe = result.get("check", {}).get(str(max(sizes)), {}).get("check", {})
        if "maxrss_mb" in probe and not args.cli_runs:  # the check probe ran in its own process
            floor = result["check"][str(max(sizes))]["floor"]
            result["rss"] = {"peak_rss_mb": probe["maxrss_mb"], "compose_peak_rss_mb": floor.get("maxrss_mb", 0.0),
                             "how": "ru_maxrss of the check probe's own process"}
        else:
            result["rss"] = bench_rss(largest)

    section("rss", do_rss)
    section("cold", lambda: result.__setitem__("cold", bench_cold()))

    def do_incremental() -> None:
        result["incremental"] = {str(s): bench_incremental(bases[s], work) for s in sizes}
        if len(sizes) > 1:
            small, big = result["incremental"][str(min(sizes))], result["incremental"][str(max(sizes))]
            result["incremental_rss_growth"] = big["cold_jobs"]["rss_mb"] / small["cold_jobs"]["rss_mb"]
        result["cold_median"] = bench_cold_median(1 if args.quick else 10)

    section("incremental", do_incremental)
    section("lint-text", do_lint)
    section("quiz", do_quiz)
    section("profile", do_profile)
    section("authoring", lambda: result.__setitem__("authoring", bench_authoring(1 if args.quick else 5)))
    if errors:
        result["errors"] = errors

    try:
        result["machine"]["loadavg_1min_at_end"] = os.getloadavg()[0]
    except OSError:
        pass
    Path(args.json).parent.mkdir(parents=True, exist_ok=True)
    Path(args.json).write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    print(table(result))
    print(f"\nfigures written to {args.json}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
