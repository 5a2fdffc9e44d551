"""Time the CI integrations: the pytest plugin's import cost, the reporters, ``factcheck fix``.

``python -m benchmarks.bench_integrations [--findings 20000] [--claims 5000] [--repeat 3] [--json FILE]``

* plugin import: ``import factcheck.pytest_plugin`` in a fresh interpreter after
  ``import pytest`` (what every pytest run pays when factcheck is installed and the
  plugin is not opted in), and which heavy modules it pulled in (must be none);
* reporters: each format rendering a synthetic report of ``--findings`` findings;
* fix: ``fix_text`` on one synthetic claim file of ``--claims`` claims with one safe
  fix per statement (all verified by one re-parse), and the same with one fix that
  must be rejected (each edit then verified on its own: the slow path).

Not part of the test suite: timings belong in benchmarks, never in tests.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from typing import Callable, Sequence

_IMPORT_PROBE = """
import sys, time
import pytest
t = time.perf_counter()
import factcheck.pytest_plugin
elapsed = time.perf_counter() - t
heavy = [m for m in ("pydantic", "yaml", "factcheck.loading", "factcheck.rules.registry") if m in sys.modules]
print(elapsed, ",".join(heavy))
"""


def _best(fn: Callable[[], object], repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best


def bench_import(repeat: int) -> dict:
    times, heavy = [], ""
    for _ in range(repeat):
        out = subprocess.run([sys.executable, "-c", _IMPORT_PROBE], capture_output=True, text=True,
                             check=True).stdout.split()
        times.append(float(out[0]))
        heavy = out[1] if len(out) > 1 else ""
    return {"plugin_import_s": min(times), "heavy_modules": heavy.split(",") if heavy else []}


def bench_reporters(n: int, repeat: int) -> dict:
    from factcheck.checking import Report
    from factcheck.diagnostics import Diagnostic, Fix, Severity
    from factcheck.reporters import FORMATS, render

    severities = list(Severity)
    diagnostics = [
        Diagnostic(f"FC{100 + i % 5:03d}", "quote-not-found", severities[i % 4],
                   f"quote not found in seed {i}: 50% of 'a, b: c'", f"claims/desk-{i // 200:03d}.yaml",
                   i % 200 * 8 + 3, 7, f"claim-{i}", Fix("use 'x'", "y", "x") if i % 3 == 0 else None)
        for i in range(n)
    ]
    files = sorted({d.file for d in diagnostics})
    claims = [(d.file, d.claim_id) for d in diagnostics]
    report = Report(diagnostics, files, n, 0, 0, [], [], claims, [])
    return {f"render_{fmt}_s": _best(lambda fmt=fmt: render(report, fmt), repeat) for fmt in FORMATS}


def _claim_file(n: int) -> str:
    out = ["# synthetic claims for the fix benchmark", "claims:"]
    for i in range(n):
        out += [f"  - id: claim-{i}   # comment {i}",
                f"    statement: Yasar Guler met delegation {i} in Ankara.",
                "    verdict: supported",
                "    quotes:",
                "      - seed: 003_26570aaabef3dbf1",
                "        text: Turkish Defense Minister Yasar Guler and his Syrian counterpart"]
    return "\n".join(out) + "\n"


def bench_fix(n: int, repeat: int) -> dict:
    from factcheck.diagnostics import Diagnostic, Fix, Severity
    from factcheck.fix import fix_text

    text = _claim_file(n)
    good = Fix("write 'Yaşar Güler'", "Yasar Guler", "Yaşar Güler", safe=True)
    diagnostics = [Diagnostic("FC401", "non-house-spelling", Severity.warning, "m", "c.yaml",
                              3 + 6 * i + 1, 16, f"claim-{i}", good) for i in range(n)]
    result = fix_text(text, diagnostics)
    assert len(result.edits) == n and not result.skipped, (len(result.edits), result.skipped[:1])
    fast = _best(lambda: fix_text(text, diagnostics), repeat)
    small = max(1, n // 10)
    bad = [*diagnostics[: small - 1],
           Diagnostic("FC401", "non-house-spelling", Severity.warning, "m", "c.yaml", 3 + 6 * (small - 1) + 1, 16,
                      "x", Fix("x", "Yasar Guler", "Yaşar #Güler", safe=True))]
    result = fix_text(text, bad)
    assert len(result.skipped) == 1
    slow = _best(lambda: fix_text(text, bad), repeat)
    return {"fix_claims": n, "fix_all_good_s": fast, "fix_fallback_fixes": small, "fix_fallback_s": slow,
            "file_bytes": len(text.encode())}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--findings", type=int, default=20_000)
    parser.add_argument("--claims", type=int, default=5_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--json", metavar="FILE")
    args = parser.parse_args(argv)
    results = {"python": sys.version.split()[0]}
    results.update(bench_import(args.repeat))
    results["findings"] = args.findings
    results.update(bench_reporters(args.findings, args.repeat))
    results.update(bench_fix(args.claims, args.repeat))
    text = json.dumps(results, indent=2)
    print(text)
    if args.json:
        with open(args.json, "w", encoding="utf-8") as handle:
            handle.write(text + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
