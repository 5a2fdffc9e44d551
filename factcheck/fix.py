"""Apply the safe fixes of a report to the YAML files, editing only the spans involved.

A diagnostic is fixable when its :class:`~factcheck.diagnostics.Fix` is ``safe`` and
has an ``original`` and a ``replacement``: every occurrence of ``original`` in the
scalar the diagnostic points at (file, line, column) becomes ``replacement``.

Why hand-written and not "load, change, dump" (ruamel.yaml round-tripping): a dump
re-renders the file, and the fact base is reviewed in git diffs; here only the
characters of the affected scalars change, so comments, key order, quoting style,
line endings and a byte-order mark survive. Each edit is verified by parsing the
edited text again: every scalar must keep its value except the edited one, which must
have exactly the expected new value; an edit that fails this (a replacement that
would need different quoting, text broken across lines) is skipped with a reason.

What a fix never touches: quotes (anything below a claim's ``quotes``, and FC102,
whose suggestion *is* a quote change), mapping keys, and seed texts (``*.txt``).
Writes are atomic and all or nothing (:mod:`factcheck._files`): a file that changed on disk
since it was read is not overwritten, and then no file is.

Layer: output wing (held by ``tests/project/test_layers.py``): may import checking and
everything below; never another output wing (reporters, fix, lint_text, export, quiz),
authoring or the cli.
"""

from __future__ import annotations

import difflib
import os
from dataclasses import dataclass, field
from typing import Iterable

import yaml  # type: ignore[import-untyped]
from yaml import events as ev  # type: ignore[import-untyped]

from .diagnostics import Diagnostic

__all__ = ["NEVER_FIXED", "Edit", "FileFix", "atomic_write", "fix_text", "plan_fixes", "unified_diff"]

#: Codes whose suggestions are never applied automatically (they would change a quote).
NEVER_FIXED = frozenset({"FC102"})


@dataclass(slots=True, eq=False)  # identity: a scalar is one node of one parse
class _Scalar:
    start: int
    end: int
    line: int
    column: int
    value: str
    style: str | None
    path: tuple
    is_key: bool


@dataclass(frozen=True)
class Edit:
    """One scalar rewritten: ``text[start:end]`` becomes ``new`` (character offsets)."""

    start: int
    end: int
    old: str
    new: str
    line: int
    column: int
    codes: tuple[str, ...]


@dataclass
class FileFix:
    """What fixing one file gives: the old and new text, the edits, and what was skipped."""

    file: str
    original: str
    fixed: str
    edits: list[Edit] = field(default_factory=list)
    skipped: list[tuple[Diagnostic, str]] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return self.fixed != self.original

    @property
    def applied(self) -> int:
        return sum(len(e.codes) for e in self.edits)


def _scalars(text: str) -> list[_Scalar]:
    """Every scalar with its character span, mark, value, style and path.

    libyaml's marks count characters of ``text`` minus a leading byte-order mark; a
    spot check (single-line plain scalars must read as their own source) guards that,
    and the pure-Python parser, whose marks are offsets into ``text`` itself, is the
    fallback (and the parser when PyYAML has no libyaml).
    """
    loader = getattr(yaml, "CSafeLoader", None)
    if loader is not None:
        found = _scalar_events(text, loader, 1 if text.startswith("\ufeff") else 0)
        plain = [n for n in found if n.style is None and "\n" not in text[n.start:n.end]][:200]
        if all(text[n.start:n.end] == n.value for n in plain):
            return found
    return _scalar_events(text, yaml.SafeLoader, 0)


def _scalar_events(text: str, loader: type, shift: int) -> list[_Scalar]:
    out: list[_Scalar] = []
    append = out.append
    path: list = []  # the key or index of the node being built, per open collection
    is_map: list[bool] = []
    expect_key: list[bool] = []  # per open mapping level: the next scalar is a key
    scalar, alias = ev.ScalarEvent, ev.AliasEvent
    map_start, seq_start = ev.MappingStartEvent, ev.SequenceStartEvent
    ends = (ev.MappingEndEvent, ev.SequenceEndEvent)

    def advance(value: object) -> None:  # a node below the innermost collection is complete
        if not is_map:
            return
        if is_map[-1]:
            if expect_key[-1]:
                path[-1], expect_key[-1] = value, False
            else:
                expect_key[-1] = True
        else:
            path[-1] += 1

    for event in yaml.parse(text, Loader=loader):
        cls = type(event)
        if cls is scalar:
            key = bool(is_map) and is_map[-1] and expect_key[-1]
            m = event.start_mark
            append(_Scalar(m.index + shift, event.end_mark.index + shift, m.line + 1, m.column + 1,
                           event.value, event.style, tuple(path[:-1]) if key else tuple(path), key))
            advance(event.value)
        elif cls is alias:
            advance("*" + str(event.anchor))
        elif cls is map_start or cls is seq_start:
            mapping = cls is map_start
            is_map.append(mapping)
            expect_key.append(True)
            path.append(None if mapping else 0)
        elif cls in ends:
            is_map.pop()
            expect_key.pop()
            path.pop()
            advance("{}")
    return out


def _escape(text: str, style: str | None) -> str:
    if style == "'":
        return text.replace("'", "''")
    if style == '"':
        return text.replace("\\", "\\\\").replace('"', '\\"')
    return text


def _fixable(d: Diagnostic) -> str | None:
    """Why ``d`` cannot be fixed, or None."""
    fix = d.fix
    if fix is None or not fix.safe:
        return "no safe fix"
    if d.code in NEVER_FIXED:
        return f"{d.code} fixes would change a quote"
    if fix.original is None or fix.replacement is None or not fix.original:
        return "the fix gives no replacement text"
    if not d.file.endswith((".yaml", ".yml")):
        return "only YAML files are edited"
    return None


def fix_text(text: str, diagnostics: Iterable[Diagnostic], *, file: str = "<memory>") -> FileFix:
    """Apply the safe fixes of ``diagnostics`` (all about this ``text``) and verify each edit."""
    result = FileFix(file, text, text)
    try:
        scalars = _scalars(text)
    except yaml.YAMLError:
        result.skipped.extend((d, "the file is not valid YAML") for d in diagnostics)
        return result
    at = {(s.line, s.column): s for s in scalars if not s.is_key}
    wanted: dict[_Scalar, list[tuple[str, str, Diagnostic]]] = {}
    for d in diagnostics:
        reason = _fixable(d)
        if reason is not None or d.fix is None or d.fix.original is None or d.fix.replacement is None:
            result.skipped.append((d, reason or "no safe fix"))
            continue
        original, replacement = d.fix.original, d.fix.replacement
        node = at.get((d.line, d.column))
        if node is None:
            reason = "no YAML value at the finding's line and column"
        elif "quotes" in node.path:
            reason = "a fix never touches a quote"
        elif original not in node.value:
            reason = f"{original!r} is not in the value any more"
        if node is None or reason is not None:
            result.skipped.append((d, reason or "no safe fix"))
            continue
        wanted.setdefault(node, []).append((original, replacement, d))

    values = [s.value for s in scalars]
    candidates: list[tuple[_Scalar, str, str, list]] = []
    for node, changes in wanted.items():
        rewritten = _rewrite(text[node.start:node.end], node.value, node.style, changes)
        if rewritten is None or rewritten[0] == text[node.start:node.end]:
            result.skipped.extend(
                (d, "the text to replace is broken across lines or escaped in the file") for _, _, d in changes)
            continue
        candidates.append((node, *rewritten, changes))
    candidates = _accepted(text, candidates, scalars, values, result)
    edits = sorted((Edit(node.start, node.end, text[node.start:node.end], raw, node.line, node.column,
                         tuple(d.code for _, _, d in changes))
                    for node, raw, value, changes in candidates), key=lambda e: e.start)
    result.fixed = _splice(text, edits)
    result.edits = edits
    return result


def _accepted(text: str, candidates: list, scalars: list[_Scalar], values: list[str],
              result: FileFix) -> list:
    """The candidate edits that verify, rejected ones recorded in ``result.skipped``.

    One parse verifies them all; when that fails the set is halved and each half verified
    (a file with many fixes and a few bad ones costs O(bad × log fixes) parses, not one per fix).
    """
    def as_new(group: list) -> dict:
        return {node: (raw, value) for node, raw, value, _ in group}

    reason = _verify(text, as_new(candidates), scalars, values)
    if reason is None:
        return candidates
    if len(candidates) == 1:
        result.skipped.extend((d, reason) for _, _, d in candidates[0][3])
        return []
    half = len(candidates) // 2
    kept = (_accepted(text, candidates[:half], scalars, values, result)
            + _accepted(text, candidates[half:], scalars, values, result))
    if _verify(text, as_new(kept), scalars, values) is None:
        return kept
    good: list = []  # edits that verify apart but not together (not seen in practice): one by one
    for candidate in kept:
        if _verify(text, as_new(good + [candidate]), scalars, values) is None:
            good.append(candidate)
        else:
            result.skipped.extend((d, "conflicts with another fix in this file") for _, _, d in candidate[3])
    return good


def _splice(text: str, edits: list[Edit]) -> str:
    pieces, pos = [], 0
    for e in edits:
        pieces += [text[pos:e.start], e.new]
        pos = e.end
    pieces.append(text[pos:])
    return "".join(pieces)


def _occurrences(haystack: str, needle: str) -> list[int]:
    """Start offsets of the non-overlapping occurrences of ``needle``."""
    found, at = [], haystack.find(needle)
    while at != -1:
        found.append(at)
        at = haystack.find(needle, at + len(needle))
    return found


def _replace_at(haystack: str, needle: str, replacement: str, which: set[int] | None) -> str | None:
    """Replace the ``which``-th occurrences (all when None); None when one of them is missing."""
    starts = _occurrences(haystack, needle)
    if which is not None:
        if any(k >= len(starts) for k in which):
            return None
        starts = [starts[k] for k in sorted(which)]
    for at in reversed(starts):
        haystack = haystack[:at] + replacement + haystack[at + len(needle):]
    return haystack


def _rewrite(raw: str, value: str, style: str | None,
             changes: list[tuple[str, str, Diagnostic]]) -> tuple[str, str] | None:
    """The scalar's new source text and new value, or None when the source does not show the text.

    A finding whose ``extra["span"]`` gives the offsets of ``original`` in the value replaces
    that occurrence only (so fixing "Assad" the name does not touch "al-Assad"); otherwise
    every occurrence in the value is replaced. The k-th occurrence in the value is taken to be
    the k-th in the source; :func:`_verify` re-parses to confirm it.
    """
    groups: dict[tuple[str, str], set[int] | None] = {}
    for original, replacement, d in changes:
        span = d.extra.get("span") if isinstance(d.extra, dict) else None
        key = (original, replacement)
        which: set[int] | None = None
        if (isinstance(span, (list, tuple)) and len(span) == 2 and all(isinstance(x, int) for x in span)
                and value[span[0]:span[1]] == original):
            starts = _occurrences(value, original)
            if span[0] in starts:
                which = {starts.index(span[0])}
        if key in groups and (groups[key] is None or which is None):
            groups[key] = None
        else:
            groups[key] = (groups.get(key) or set()) | which if which is not None else None
    for (original, replacement), which in groups.items():
        new_value = _replace_at(value, original, replacement, which)
        new_raw = _replace_at(raw, _escape(original, style), _escape(replacement, style), which)
        if new_value is None or new_raw is None:
            return None
        value, raw = new_value, new_raw
    return raw, value


def _verify(text: str, new: dict[_Scalar, tuple[str, str]], scalars: list[_Scalar],
            values: list[str]) -> str | None:
    """None when giving each scalar in ``new`` its new source text changes exactly those values."""
    if not new:
        return None
    ordered = sorted(new, key=lambda node: node.start)
    candidate = _splice(text, [Edit(n.start, n.end, "", new[n][0], n.line, n.column, ()) for n in ordered])
    try:
        after = _scalars(candidate)
    except yaml.YAMLError:
        return "the replacement would make the YAML invalid"
    expected = [new[s][1] if s in new else v for s, v in zip(scalars, values)]
    if [s.value for s in after] != expected or [s.path for s in after] != [s.path for s in scalars]:
        return "the replacement would need different quoting; edit it by hand"
    return None


def plan_fixes(diagnostics: Iterable[Diagnostic], *, read=None) -> list[FileFix]:
    """Group the fixable findings by file and compute each file's fixed text (nothing is written).

    Findings without a safe fix are ignored; ``read(file) -> str`` defaults to reading UTF-8.
    """
    by_file: dict[str, list[Diagnostic]] = {}
    for d in diagnostics:
        if d.fix is not None and d.fix.safe:
            by_file.setdefault(d.file, []).append(d)
    plans = []
    for file in sorted(by_file):
        if not file.endswith((".yaml", ".yml")):
            plans.append(FileFix(file, "", "", skipped=[(d, "only YAML files are edited") for d in by_file[file]]))
            continue
        text = read(file) if read is not None else _read(file)
        plans.append(fix_text(text, by_file[file], file=file))
    return plans


def _read(file: str) -> str:
    with open(file, encoding="utf-8", newline="") as handle:  # newline="": keep CRLF as written
        return handle.read()


def unified_diff(plan: FileFix) -> str:
    """A ``git diff``-style unified diff of one file's fixes ("" when nothing changes)."""
    lines = difflib.unified_diff(plan.original.splitlines(keepends=True), plan.fixed.splitlines(keepends=True),
                                 fromfile=f"a/{plan.file}", tofile=f"b/{plan.file}")
    out = []
    for line in lines:
        out.append(line if line.endswith("\n") else line + "\n\\ No newline at end of file\n")
    return "".join(out)


def atomic_write(path: str | os.PathLike[str], data: bytes, *, expected: bytes | None = None) -> None:
    """Write ``data`` to ``path`` atomically, keeping what the file is (see :mod:`factcheck._files`).

    Readers see the old or the new file, never half of one; mode, owner, extended attributes,
    symlinks and hard links are kept; a read-only file is refused. With ``expected``, nothing is
    written if the file no longer holds those bytes. Errors are :class:`~factcheck.UsageError`.
    """
    from ._files import write_file

    write_file(path, data, expected=expected)
