"""Loading the quiz test fact base: the real seed texts plus tests/quiz/fixtures."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import factcheck

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
BASE = FIXTURES / "base"
BROKEN = FIXTURES / "broken"


def seed_texts() -> list[Path]:
    return sorted(SEEDS.glob("*.txt"))


def load(*extra: Path | str) -> factcheck.Corpus:
    """The seeds, the fixture fact base and ``extra`` paths (fresh each call)."""
    return factcheck.load_corpus([*seed_texts(), BASE, BROKEN, *extra])


@lru_cache(maxsize=1)
def shared() -> factcheck.Corpus:
    """One loaded corpus for tests that only read it."""
    return load()
