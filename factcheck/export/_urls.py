"""URL checks shared by the exports (private).

Layer: output wing (held by ``tests/project/test_layers.py``): may import
``factcheck.export`` itself, checking and everything below; never another output wing
(reporters, fix, lint_text, export, quiz), authoring or the cli.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from ..errors import UsageError

__all__ = ["check_url_template", "is_url"]


def is_url(url: str) -> bool:
    """True for an absolute http(s) URL with a host and no whitespace."""
    parts = urlsplit(url)
    return parts.scheme in ("http", "https") and bool(parts.netloc) and not any(c.isspace() for c in url)


def check_url_template(template: str) -> str:
    """``template`` when it has ``{id}`` and is an absolute http(s) URL, else a :class:`UsageError`."""
    if "{id}" not in template:
        raise UsageError(f"url template {template!r} has no '{{id}}' placeholder")
    if not is_url(template.replace("{id}", "id")):
        raise UsageError(f"url template {template!r} is not an absolute http(s) URL")
    return template
