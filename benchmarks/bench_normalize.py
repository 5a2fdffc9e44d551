"""Normaliser scaling: time on a text and on one eight times longer (ratio ≈ 8 when linear).

Run: ``python -m benchmarks.bench_normalize``. Speed lives here, never in the test suite.
"""

from __future__ import annotations

import time
from datetime import date, timedelta

from factcheck.normalize.dates import find_dates
from factcheck.normalize.numbers import find_numbers
from factcheck.normalize.text import find_folded, fold

THU = date(2025, 8, 14)


def _best(fn, repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t)
    return best


def _dates(n: int, start: date) -> str:
    return "".join(f"On Wednesday, {start + timedelta(days=i):%d %B %Y}, officials met; last year and "
                   f"{start + timedelta(days=i):%B %d} too. " for i in range(n))


def _numbers(n: int, offset: int) -> str:
    return "".join(f"On {i % 28 + 1} March {1900 + i % 100} Turkey kept more than {i:,} troops and "
                   f"three bases; about {i % 97}% of ${i} million. " for i in range(offset, offset + n))


def main() -> None:
    rows = []
    small, big = _dates(300, date(1200, 1, 1)), _dates(2_400, date(1500, 1, 1))
    rows.append(("find_dates", _best(lambda: find_dates(small, THU), 1), _best(lambda: find_dates(big, THU), 1)))
    small, big = _numbers(150, 10_000), _numbers(1_200, 20_000)
    rows.append(("find_numbers", _best(lambda: find_numbers(small), 1), _best(lambda: find_numbers(big), 1)))
    small = "Yaşar Güler \u2019said\u2019 \u2014 " * 2_500
    big = small * 8
    rows.append(("fold", _best(lambda: fold(small, diacritics=True, case=True)),
                 _best(lambda: fold(big, diacritics=True, case=True))))
    small, big = "word " * 25_000 + "needle\u2019s end", "word " * 200_000 + "needle\u2019s end"
    rows.append(("find_folded", _best(lambda: find_folded(small, "needle's end")),
                 _best(lambda: find_folded(big, "needle's end"))))
    print(f"{'function':<14} {'1x (s)':>9} {'8x (s)':>9} {'ratio':>7}")
    for name, a, b in rows:
        print(f"{name:<14} {a:9.4f} {b:9.4f} {b / a:7.1f}")


if __name__ == "__main__":
    main()
