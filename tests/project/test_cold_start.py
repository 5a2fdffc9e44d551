"""What a ``factcheck check`` process loads: only what a check needs (issue 16, cold start).

Each test runs the command in a fresh interpreter (``python -m factcheck``, the console
script's entry) and asks it afterwards what it imported and built. The speed itself is
measured by ``python -m benchmarks.run`` (the cold-start rows), never here.
"""

from __future__ import annotations

import json
import subprocess
import sys

from .._fixtures import ROOT

#: Modules of other commands and output formats: a check on the text format needs none.
_NOT_FOR_A_CHECK = ("factcheck.quiz", "factcheck.export", "factcheck.authoring", "factcheck.lint_text",
                    "factcheck.fix", "factcheck._docs", "factcheck.schema", "factcheck.pytest_plugin")

_PROBE = """
import atexit, json, sys
from factcheck.models import Claim, ClaimFile, Entity, Source

def report():
    print(json.dumps({
        "modules": sorted(m for m in sys.modules if m.startswith("factcheck")),
        "validators": [m.__name__ for m in (Claim, ClaimFile, Entity, Source) if m.__pydantic_complete__],
    }), file=sys.stderr)

atexit.register(report)
sys.argv = ["factcheck", *sys.argv[1:]]
import runpy
runpy.run_module("factcheck", run_name="__main__")
"""


_CYCLES_PROBE = """
import atexit, gc, sys

def report():  # the objects on reference cycles the collector would find, had the check not paused it
    gc.unfreeze()
    gc.set_debug(gc.DEBUG_SAVEALL)
    gc.collect()
    found = {id(o): o for o in gc.garbage}
    succ = {i: {id(r) for r in gc.get_referents(o)} & found.keys() for i, o in found.items()}
    on_cycles = set(found)
    while True:  # drop what only hangs off a cycle: no successor or no predecessor left
        pred = {j for i in on_cycles for j in succ[i] if j in on_cycles}
        keep = {i for i in on_cycles if i in pred and succ[i] & on_cycles}
        if keep == on_cycles:
            break
        on_cycles = keep
    print(len(on_cycles), file=sys.stderr)

atexit.register(report)
sys.argv = ["factcheck", *sys.argv[1:]]
import runpy
runpy.run_module("factcheck", run_name="__main__")
"""


def _check(*args: str) -> tuple[int, dict]:
    proc = subprocess.run([sys.executable, "-c", _PROBE, "check", "-q", "--no-progress", *args],
                          cwd=ROOT, capture_output=True, text=True, timeout=120)
    return proc.returncode, json.loads(proc.stderr.strip().splitlines()[-1])


def test_a_check_imports_no_other_command_nor_output_format(tmp_path):
    code, seen = _check("--no-cache")
    assert code == 0
    assert [m for m in seen["modules"] if m.startswith(_NOT_FOR_A_CHECK)] == []
    assert [m for m in seen["modules"] if m.startswith("factcheck.reporters.")] == ["factcheck.reporters.text"]
    # the records were validated: the fact base's records were read for real
    assert set(seen["validators"]) >= {"Claim", "Entity", "Source"}


def test_a_check_answered_from_the_cache_builds_no_validator(tmp_path):
    cache = str(tmp_path / "cache")
    assert _check("--cache-dir", cache)[0] == 0
    code, seen = _check("--cache-dir", cache)
    assert code == 0
    assert seen["validators"] == []


def test_a_check_makes_no_garbage_cycles_that_grow_with_the_fact_base(tmp_path):
    # factcheck check runs with the cyclic collector paused (cli/_check.py): sound only while
    # the reference cycles it leaves are a constant (imports, set-up, one per run), never one
    # per file or claim. (What merely hangs off a cycle, such as a run's table of every
    # claim's position, is freed with it and alive until the report anyway.)
    from benchmarks import synth

    cycles = []
    for claims in (100, 400):
        base = synth.write(synth.generate(synth.SynthConfig(claims=claims, entities=60, seed=3, per_file=20)),
                           tmp_path / str(claims))
        proc = subprocess.run([sys.executable, "-c", _CYCLES_PROBE, "check", "-q", "--no-progress", "--no-cache",
                               "--jobs", "1", str(base)], capture_output=True, text=True, timeout=120)
        assert proc.returncode == 0, proc.stderr
        cycles.append(int(proc.stderr.strip().splitlines()[-1]))
    assert cycles[1] == cycles[0]
