"""From a new article to claim records: add a source, draft its claims, review them.

* :func:`add_source` copies an article into the seeds folder (byte for byte, stem
  ``NNN_<16 hex of SHA-256>``) and proposes its ``sources.yaml`` entry; :func:`guess_source`
  is the pure part (metadata with the line each field came from, page furniture by the
  heuristics documented in ``factcheck/authoring/_furniture.py``).
* :func:`draft_seed` drafts one reviewable claim record per check-worthy body sentence of a
  seed; :func:`render_draft` and :func:`render_entities` write the claim file and the
  proposed register entries.
* :func:`review` lists the records awaiting review, or moves accepted ones into a claim file
  (comments and order kept) and drops others, after checking the result; one transaction.
* :func:`walk` is the same review one record at a time, for a curator at a terminal
  (the I/O passed in as a :class:`Console`).
* :func:`leave_one_out` measures drafts against the curated claims (see ``_measure.py``).

Everything here reads the fact base through :mod:`factcheck.loading` and the normalisers,
and writes only through :mod:`factcheck._files` (atomic, all or nothing).

Layer: authoring (held by ``tests/project/test_layers.py``): may import
``factcheck.authoring`` itself, the output wings and everything below; never the cli or the
pytest plugin.
"""

from __future__ import annotations

from ._furniture import AGENCIES, Field, FurnitureGuess, SourceGuess, furniture_score, guess_source
from ._draft import Draft, DraftRecord, ProposedEntity, draft_seed, render_draft, render_entities
from ._measure import KINDS, DateMiss, Score, leave_one_out
from ._review import Block, ReviewResult, draft_blocks, review
from ._source import AddedSource, add_source, render_entry, seed_stem
from ._walk import Console, WalkResult, walk

__all__ = [
    "AGENCIES",
    "AddedSource",
    "Block",
    "Console",
    "DateMiss",
    "Draft",
    "DraftRecord",
    "Field",
    "FurnitureGuess",
    "KINDS",
    "ProposedEntity",
    "ReviewResult",
    "Score",
    "SourceGuess",
    "WalkResult",
    "add_source",
    "draft_blocks",
    "draft_seed",
    "furniture_score",
    "guess_source",
    "leave_one_out",
    "render_draft",
    "render_entities",
    "render_entry",
    "review",
    "seed_stem",
    "walk",
]
