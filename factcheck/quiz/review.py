"""A trainer's review file: items taken out of every quiz, by their stable keys.

::

    # quiz-review.yaml
    rejected:
      - key: "true-false | other-factions-joined-offensive | Nour al-Din al-Zenki Movement -> Kurdistan Workers' Party"
        reason: the PKK in the offensive against Assad reads as absurd, not as a trap

``factcheck quiz --review quiz-review.yaml`` (or ``generate(..., review=keys)``) never emits
an item whose key is listed; it takes the next candidate instead and counts the drop as
``QZ301 reviewed-out``. Keys are printed in the JSON (``key``) and in the trainer's section
of the markdown answer key; they name the item type, its records and the fact asked about
or changed, never a position, so they stay valid when the quiz is generated again.

Layer: output wing (held by ``tests/project/test_layers.py``): may import ``factcheck.quiz``
itself, checking and everything below; never another output wing (reporters, fix, lint_text,
export, quiz), authoring or the cli.
"""

from __future__ import annotations

from pathlib import Path

from ..errors import UsageError

__all__ = ["load_review"]


def load_review(path: str | Path) -> frozenset[str]:
    """The item keys a review file rejects (``UsageError`` for an unreadable or malformed file)."""
    import yaml

    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise UsageError(f"cannot read review file {path}: {exc.strerror or exc}") from None
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise UsageError(f"review file {path} is not valid YAML: {str(exc).splitlines()[0]}") from None
    if data is None:
        return frozenset()
    entries = data.get("rejected") if isinstance(data, dict) else None
    if not isinstance(entries, list):
        raise UsageError(f"review file {path}: expected a mapping with a 'rejected' list")
    keys = []
    for n, entry in enumerate(entries, 1):
        key = entry.get("key") if isinstance(entry, dict) else entry
        if not isinstance(key, str) or not key.strip():
            raise UsageError(f"review file {path}: entry {n} has no 'key'")
        keys.append(key.strip())
    return frozenset(keys)
