"""Generate ``docs/rules.md`` from the rule docstrings: ``python -m factcheck._docs``.

The rule modules' docstrings are the user documentation (``factcheck rule FC201``
prints one); this module lays them out as one Markdown page, in registry order, with
a table of contents. ``--check FILE`` exits 1 when FILE differs from what would be
generated (CI and ``tests/project/test_docs.py`` use it to catch a stale page).

Hand-written, not a Sphinx/mkdocs plugin: the page is plain Markdown that GitHub
renders as is, and generating it needs nothing beyond the registry.

Layer: checking, with ``checking`` beside it (held by ``tests/project/test_layers.py``): may
import the rules and everything below; never ``checking``, an output wing (reporters, fix,
lint_text, export, quiz), authoring or the cli.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Iterable, Sequence

from .rules._base import Rule

__all__ = ["render_rules", "main"]

_GROUPS = {
    "FC0": "Loading and schema",
    "FC1": "Quotes and sources",
    "FC2": "Dates",
    "FC3": "Numbers",
    "FC4": "Names and entities",
    "FC5": "Cross-claim consistency",
    "FC6": "Statement fidelity",
    "FC9": "Suppression hygiene",
}
_LABEL = re.compile(r"^(What it checks|What it cannot judge|Why it matters|Example that fails|Example that passes|Fix|Cost)"
                    r"\b([^:\n]*):",
                    re.MULTILINE)


def _anchor(rule: Rule) -> str:
    return f"{rule.code.lower()}-{rule.name}"


def _visible(text: str) -> str:
    """Control characters other than newline and tab as escapes (a docstring that says
    ``\\r`` without a raw string holds a real carriage return)."""
    return "".join(c if c in "\n\t" or ord(c) >= 32 else repr(c)[1:-1] for c in text)


def _body(doc: str) -> str:
    """The docstring without its summary line, with the section labels in bold."""
    doc = _visible(doc)
    rest = doc.split("\n", 1)[1].strip() if "\n" in doc else ""
    return _LABEL.sub(lambda m: f"**{m.group(1)}{m.group(2)}:**", rest)


def render_rules(rules: Iterable[Rule], lint_text_rules: Iterable[Rule] = ()) -> str:
    """The Markdown rules reference for ``rules`` and the draft checks ``lint_text_rules``
    (normally the registry's)."""
    rules = list(rules)
    out = [
        "# Rules reference",
        "",
        "<!-- Generated from the rule docstrings by `python -m factcheck._docs > docs/rules.md`;",
        "     do not edit by hand: edit the rule module's docstring and regenerate. -->",
        "",
        "Every rule has a code, a name and a default severity. Select or ignore rules by code or",
        "prefix (`--select FC2`, `--ignore FC102`); `factcheck rule CODE` prints one rule's text.",
        "",
        "| code | name | severity | summary |",
        "|---|---|---|---|",
    ]
    for r in rules:
        summary = _visible(r.summary).replace("|", "\\|")
        out.append(f"| [{r.code}](#{_anchor(r)}) | {r.name} | {r.severity.value} | {summary} |")
    group = None
    for r in rules:
        g = _GROUPS.get(r.code[:3], "Other")
        if g != group:
            group = g
            out += ["", f"## {g}"]
        out += ["", f"### {r.code} {r.name}", "", f"*Severity: {r.severity.value}.* {_visible(r.summary)}"]
        body = _body(r.doc)
        if body:
            out += ["", body]
    if lint_text_rules:
        out += _lint_text_section(lint_text_rules)
    return "\n".join(out) + "\n"


def _lint_text_section(rules: Iterable[Rule]) -> list[str]:
    """The draft checks of ``factcheck lint-text``, laid out like the rules."""
    rules = list(rules)
    out = ["", "## Draft checks (`factcheck lint-text`)", "",
           "`factcheck lint-text DRAFT.txt` checks a draft article against the fact base; see the",
           "[user guide](guide.md#check-a-draft-article) and `factcheck/lint_text.py` for how dates",
           "and numbers are linked to claims.", "",
           "| code | name | severity | summary |", "|---|---|---|---|"]
    for r in rules:
        summary = _visible(r.summary).replace("|", "\\|")
        out.append(f"| [{r.code}](#{_anchor(r)}) | {r.name} | {r.severity.value} | {summary} |")
    for r in rules:
        out += ["", f"### {r.code} {r.name}", "", f"*Severity: {r.severity.value}.* {_visible(r.summary)}"]
        body = _body(r.doc)
        if body:
            out += ["", body]
    return out


def main(argv: Sequence[str] | None = None) -> int:
    from .rules.registry import LINT_TEXT_RULES, RULES

    argv = list(sys.argv[1:] if argv is None else argv)
    text = render_rules(RULES, LINT_TEXT_RULES)
    if argv[:1] == ["--check"] and len(argv) == 2:
        path = Path(argv[1])
        current = path.read_bytes().decode("utf-8", "replace") if path.exists() else ""
        if current != text:
            print(f"{path} is stale: run 'python -m factcheck._docs > {path}'", file=sys.stderr)
            return 1
        return 0
    if argv:
        print("usage: python -m factcheck._docs [--check docs/rules.md]", file=sys.stderr)
        return 2
    sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
