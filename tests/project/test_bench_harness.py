"""The benchmark harness's probes still speak the library's API (no timings asserted here).

`benchmarks/run.py` runs each probe in a fresh interpreter at 10k and 100k claims, minutes
of work; these tests run the in-process probes once on a tiny synthetic base so that a
renamed function or a changed result shape shows up in the test suite, not in a
half-finished benchmark run.
"""

from __future__ import annotations

import gc
import json
from pathlib import Path

import pytest

from benchmarks import _measure, run, synth
from factcheck.rules.registry import RULES


@pytest.fixture(scope="module")
def base(tmp_path_factory) -> Path:
    return synth.write(synth.generate(synth.SynthConfig(claims=80, entities=40, seed=5)),
                       tmp_path_factory.mktemp("bench"))


def _probe(capsys, mode: str, *args: Path) -> dict:
    assert _measure.main([mode, *map(str, args)]) == 0
    return json.loads(capsys.readouterr().out)


def test_the_rules_probe_times_every_registered_rule(base, capsys):
    out = _probe(capsys, "rules", base / "claims", base / "seeds")
    assert set(out["rules"]) == {r.code for r in RULES}
    assert all(seconds >= 0 for seconds in out["rules"].values())
    assert out["seconds"] == pytest.approx(sum(out["rules"].values()))


def test_the_check_and_compose_probes_split_their_phases(base, capsys):
    check = _probe(capsys, "check", base / "claims", base / "seeds")
    floor = _probe(capsys, "compose", base / "claims", base / "seeds")
    assert {"load", "check", "render", "seconds"} <= set(check)
    assert check["seconds"] >= check["load"] and floor["seconds"] > 0


def test_the_table_names_the_goals_it_misses_and_meets():
    result = {
        "check": {"10000": {"check": {"seconds": 5.0, "load": 2.0, "check": 2.9, "render": 0.1},
                            "floor": {"seconds": 1.0}, "check_vs_floor": 5.0}},
        "growth": 9.0,
        "rules": {"claims": 10000, "seconds": 2.0, "rules": {"FC401": 1.5, "FC101": 0.5}},
    }
    text = run.table(result)
    assert "5.00×  MISSED" in text
    assert "growth" in text and "ok" in text
    assert "FC401 75%, FC101 25%" in text


def test_the_lint_probe_times_a_fresh_and_a_warm_linter(base, tmp_path, capsys):
    draft = tmp_path / "draft.txt"
    draft.write_text("The minister met officials in the capital on Tuesday. " * 20, encoding="utf-8")
    out = _probe(capsys, "lint", draft, base / "claims", base / "seeds")
    assert out["words"] == 180 and out["claims"] == 80
    assert None not in (out["linter_build"], out["linter_first_lint"], out["linter_lint"])


def test_the_rules_probe_leaves_the_collector_as_it_found_it(base, capsys):
    _probe(capsys, "rules", base / "claims", base / "seeds")
    assert gc.isenabled() and gc.get_freeze_count() == 0


def test_the_authoring_section_speaks_the_authoring_api():
    """benchmarks/bench_authoring.py (run by benchmarks/run.py's authoring section): its parts
    give what the table reads, on a short article and without the fresh-process command."""
    from benchmarks import bench_authoring

    draft = bench_authoring.measure(words=150, repeat=1, cli=False)
    assert draft["words"] >= 150 and draft["sentences_drafted"] > 0 and draft["cli_wall_s"] is None
    furniture = bench_authoring.furniture()
    assert (furniture["seeds"], furniture["found"], furniture["missed"], furniture["wrong"]) == (5, 19, 0, 0)
    misses = bench_authoring.date_misses()
    assert len(misses) == 5 and all(m.endswith((": coarser", ": undated")) for ms in misses.values() for m in ms)
    rows = run.table({"authoring": {"draft": {**draft, "cli_wall_s": 0.5}, "furniture": furniture}})
    lines = rows.splitlines()
    assert lines[0].startswith(f"draft a {draft['words']:,}-word article") and "0.50 s wall" in lines[0]
    assert lines[1].split()[:8] == ["furniture", "on", "the", "5", "bundled", "seeds", "19", "found"]
