"""``--format json``: the full item model (``docs/schema/quiz.schema.json``).

Layer: output wing (held by ``tests/project/test_layers.py``): may import ``factcheck.quiz``
itself, checking and everything below; never another output wing (reporters, fix, lint_text,
export, quiz), authoring or the cli.
"""

from __future__ import annotations

import json

from ..items import Quiz

__all__ = ["quiz_schema", "quiz_schema_text", "render_json", "render"]


def render_json(quiz: Quiz) -> str:
    return json.dumps(quiz.model_dump(mode="json"), indent=2, ensure_ascii=False) + "\n"


def quiz_schema() -> dict:
    """The JSON Schema of :func:`render_json`'s output, generated from the model."""
    schema = Quiz.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = "https://factcheck.invalid/schema/quiz.schema.json"
    return schema


def quiz_schema_text() -> str:
    """``docs/schema/quiz.schema.json``: regenerate with
    ``python -m factcheck.quiz.exporters.to_json > docs/schema/quiz.schema.json``."""
    return json.dumps(quiz_schema(), indent=2, ensure_ascii=False, sort_keys=True) + "\n"


if __name__ == "__main__":  # pragma: no cover
    import sys

    sys.stdout.write(quiz_schema_text())


#: The format's renderer, under the name every output wing uses (see ``factcheck.quiz.exporters``).
render = render_json
