"""From a new article to claim records: add a source, draft its claims, review them.

* :func:`add_source` copies an article into the seeds folder (byte for byte, stem
  ``NNN_<16 hex of SHA-256>``) and proposes its ``sources.yaml`` entry; :func:`guess_source`
  is the pure part (metadata with the line each field came from, page furniture by the
  heuristics documented in ``factcheck/authoring/_furniture.py``).

Everything here reads the fact base through :mod:`factcheck.loading` and the normalisers,
and writes only through :mod:`factcheck._files` (atomic, all or nothing).
"""

from __future__ import annotations

from ._furniture import AGENCIES, Field, FurnitureGuess, SourceGuess, furniture_score, guess_source
from ._source import AddedSource, add_source, render_entry, seed_stem

__all__ = [
    "AGENCIES",
    "AddedSource",
    "Field",
    "FurnitureGuess",
    "SourceGuess",
    "add_source",
    "furniture_score",
    "guess_source",
    "render_entry",
    "seed_stem",
]
