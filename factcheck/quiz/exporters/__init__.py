"""Quiz exporters: formatting only, each escaping its own special characters.

``render(quiz, fmt)`` returns the text of one format; the markdown exporter can also
split off the answer key (``render_markdown(quiz, part="key")``). No exporter reads
files, the clock or random state: the same quiz gives the same bytes.

Layer: output wing (held by ``tests/project/test_layers.py``): may import ``factcheck.quiz``
itself, checking and everything below; never another output wing (reporters, fix, lint_text,
export, quiz), authoring or the cli.
"""

from __future__ import annotations

import importlib

from ..._gc import existing_frozen

from ..items import Quiz
from .to_gift import render_gift
from .to_html import render_html
from .to_json import render_json
from .to_markdown import render_markdown
from .to_moodle import render_moodle_xml

__all__ = ["FORMATS", "render", "render_gift", "render_html", "render_json", "render_markdown",
           "render_moodle_xml"]

#: Format name -> the module whose ``render(quiz)`` writes it, in the order of the CLI's
#: ``--format`` choices (the same registration as ``factcheck.reporters`` and ``factcheck.export``).
FORMATS: dict[str, str] = {
    "json": "to_json",
    "markdown": "to_markdown",
    "gift": "to_gift",
    "moodle-xml": "to_moodle",
    "html": "to_html",
}


def render(quiz: Quiz, fmt: str) -> str:
    try:
        renderer = importlib.import_module(f".{FORMATS[fmt]}", __name__).render
    except KeyError:
        from ...errors import UsageError

        raise UsageError(f"unknown quiz format {fmt!r} (known: {', '.join(FORMATS)})") from None
    # A quiz is usually rendered next to a loaded fact base: without this, the elements a
    # renderer allocates trigger full collections that walk every loaded model object.
    with existing_frozen():
        return renderer(quiz)
