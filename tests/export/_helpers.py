"""Shared paths for the export tests."""

from __future__ import annotations

from pathlib import Path

from .._fixtures import BASE, ROOT, SEEDS, seed_texts

HERE = Path(__file__).resolve().parent
FIXTURES = HERE / "fixtures"
EXPORT_CLAIMS = FIXTURES / "claims.yaml"

__all__ = ["BASE", "EXPORT_CLAIMS", "FIXTURES", "HERE", "ROOT", "SEEDS", "base_args", "seed_texts"]


def base_args() -> list[str]:
    """Seed texts plus the base sources and entities, as CLI path arguments."""
    return [*map(str, seed_texts()), str(BASE / "sources.yaml"), str(BASE / "entities.yaml")]
