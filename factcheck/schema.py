"""JSON Schemas of the three file kinds, generated from the models (for editors).

Layer: data, above the types (held by ``tests/project/test_layers.py``): may import the
types (errors, diagnostics, models, _yaml, …) only; never another data module, the
normalisers, the loader, the rules or anything above.
"""

from __future__ import annotations

import json

from .models import ClaimFile, EntityFile, SourcesFile

__all__ = ["SCHEMA_KINDS", "json_schema", "schema_text"]

SCHEMA_KINDS = {"claims": ClaimFile, "entities": EntityFile, "sources": SourcesFile}


def json_schema(kind: str = "claims") -> dict:
    model = SCHEMA_KINDS[kind]
    schema = model.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = f"https://factcheck.invalid/schema/{kind}.schema.json"
    return schema


def schema_text(kind: str = "claims") -> str:
    return json.dumps(json_schema(kind), indent=2, ensure_ascii=False, sort_keys=True) + "\n"
