"""Safe YAML → plain Python values with 1-based source marks, built from parser events.

Why this is hand-written and not ``yaml.compose``/``yaml.safe_load``:

* PyYAML's composers are recursive: the C one crashes the interpreter (SIGSEGV) on
  deeply nested input such as ``[[[[…]]]]`` and the Python one raises RecursionError.
  The *event* parsers (libyaml's ``CParser`` and the pure-Python fallback) are not
  recursive, so we drive them and build the tree with an explicit stack and a depth cap.
* Constructors expand aliases without bounds ("billion laughs"): we count what every
  alias expands to and stop at a cap.
* Constructors keep the last of two duplicate keys silently: we report the second.
* YAML 1.1 implicit typing turns ``NO`` into ``False`` and ``010`` into ``8``: we keep
  every plain scalar as the text that was written (only ``null``/``~``/empty become
  ``None``) and record which scalars a YAML 1.1 tool would have typed, so a rule can
  warn where a text field was meant.
* Only the core tags are accepted; ``!!python/object`` and every custom tag is refused.

It is also faster: the resolver regexes that ``compose`` runs on every scalar only run
on plain scalars whose first character can start a non-string type.

Layer: types, the lowest (held by ``tests/project/test_layers.py``): imports no other
factcheck module.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import yaml
from yaml import events as ev
from yaml.resolver import Resolver

try:  # libyaml: the C parser, when PyYAML was built with it
    from yaml import CSafeLoader as _Loader

    LIBYAML = True
except ImportError:  # pragma: no cover - depends on the PyYAML build
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

    LIBYAML = False

__all__ = [
    "LIBYAML",
    "Implicit",
    "Limits",
    "MarkedList",
    "MarkedMap",
    "Problem",
    "YamlDocument",
    "locate",
    "parse_yaml",
]

_CORE_TAGS = {
    "tag:yaml.org,2002:str",
    "tag:yaml.org,2002:int",
    "tag:yaml.org,2002:float",
    "tag:yaml.org,2002:bool",
    "tag:yaml.org,2002:null",
    "tag:yaml.org,2002:map",
    "tag:yaml.org,2002:seq",
    "tag:yaml.org,2002:timestamp",
    "!",
}
_NULL_TAG = "tag:yaml.org,2002:null"
_RESOLVERS = Resolver.yaml_implicit_resolvers
_NULLS = frozenset({"", "~", "null", "Null", "NULL"})


class MarkedMap(dict):
    """A dict that remembers where each entry was written.

    ``marks[key] = (key_line, key_column, value_line, value_column)``, all 1-based.
    """

    __slots__ = ("marks", "line", "column")


class MarkedList(list):
    """A list that remembers where each item was written: ``marks[i] = (line, column)``."""

    __slots__ = ("marks", "line", "column")


@dataclass(frozen=True, slots=True)
class Limits:
    """Bounds that keep hostile input cheap. Each is generous for real fact bases."""

    max_bytes: int = 32 * 1024 * 1024
    max_depth: int = 64
    max_scalar: int = 200_000
    max_alias_nodes: int = 100_000
    #: Characters of text that aliases may repeat in one document: a short file of aliases
    #: to one long scalar is as much work downstream as a file that long. Like
    #: ``max_bytes``, so aliases never make a document bigger than a file we would read.
    max_alias_chars: int = 32 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class Problem:
    """Something wrong found while parsing. ``fatal`` problems stop the file."""

    code: str
    line: int
    column: int
    message: str
    fatal: bool = False


@dataclass(frozen=True, slots=True)
class Implicit:
    """A plain scalar that YAML 1.1 would not read as text (``tag``: bool, int, …)."""

    path: tuple
    tag: str
    value: str
    line: int
    column: int

    @property
    def type_name(self) -> str:
        name = self.tag.rsplit(":", 1)[-1]
        return {"bool": "a boolean", "int": "an integer", "float": "a float",
                "timestamp": "a date/time"}.get(name, name)


@dataclass(slots=True)
class YamlDocument:
    value: Any = None
    problems: list[Problem] = field(default_factory=list)
    implicit: list[Implicit] = field(default_factory=list)
    documents: int = 0

    @property
    def fatal(self) -> bool:
        return any(p.fatal for p in self.problems)


class _Abort(Exception):
    def __init__(self, problem: Problem) -> None:
        self.problem = problem


class _Frame:
    __slots__ = ("container", "is_map", "key", "key_mark", "anchor", "size", "chars")

    def __init__(self, container: Any, is_map: bool, anchor: str | None) -> None:
        self.container = container
        self.is_map = is_map
        self.key: Any = _NO_KEY
        self.key_mark: tuple[int, int] | None = None
        self.anchor = anchor
        self.size = 1
        self.chars = 0  # characters of the scalars below (keys included), aliases expanded


_NO_KEY = object()


def _resolve_plain(value: str) -> str | None:
    """The YAML 1.1 tag a plain scalar would get, or None when it is a string."""
    for tag, regexp in _RESOLVERS.get(value[:1] if value else "", ()):  # type: ignore[arg-type]
        if regexp.match(value):
            return tag
    return None


# libyaml's own message when its nesting limit stops a document (PyYAML >= 6.0.4 bundles it).
_LIBYAML_DEPTH = "exceeded maximum nesting depth"


def parse_yaml(text: str, *, limits: Limits = Limits()) -> YamlDocument:
    """Parse ``text`` (already decoded) into plain values with marks. Never raises."""
    doc = YamlDocument()
    try:
        _build(text, limits, doc)
    except _Abort as abort:
        doc.value = None
        doc.problems.append(abort.problem)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)
        problem = (exc.problem or "invalid YAML").strip()
        doc.value = None
        if _LIBYAML_DEPTH in problem:
            # libyaml 0.2.5 as bundled with PyYAML >= 6.0.4 stops deep flow nesting in its
            # scanner, before our own depth cap sees the events: the same resource limit.
            doc.problems.append(Problem(
                "FC012", line, col,
                f"nesting deeper than the YAML parser allows (limit here {limits.max_depth} levels)",
                fatal=True))
            return doc
        if exc.context:
            problem = f"{problem} ({exc.context.strip()})"
        doc.problems.append(Problem("FC001", line, col, f"invalid YAML: {problem}", fatal=True))
    except yaml.YAMLError as exc:  # ReaderError and friends
        line, col = _reader_position(exc, text)
        reason = getattr(exc, "reason", None) or str(exc).splitlines()[0]
        doc.value = None
        doc.problems.append(Problem("FC001", line, col, f"invalid YAML: {reason}", fatal=True))
    return doc


def _reader_position(exc: yaml.YAMLError, text: str) -> tuple[int, int]:
    pos = getattr(exc, "position", None)
    if isinstance(pos, int) and 0 <= pos <= len(text):
        line = text.count("\n", 0, pos) + 1
        col = pos - (text.rfind("\n", 0, pos) + 1) + 1
        return line, col
    return 1, 1


def _build(text: str, limits: Limits, doc: YamlDocument) -> None:
    stack: list[_Frame] = []
    anchors: dict[str, tuple[Any, int]] = {}
    root: Any = None
    have_root = False

    def path_to_here() -> tuple:
        return tuple(f.key if f.is_map else len(f.container) for f in stack)

    def attach(value: Any, line: int, col: int, size: int, chars: int) -> None:
        nonlocal root, have_root
        if not stack:
            if have_root:
                return  # a later document: counted, not used
            root, have_root = value, True
            return
        top = stack[-1]
        top.size += size
        top.chars += chars
        container = top.container
        if top.is_map:
            key = top.key
            if key is _NO_KEY:
                if not isinstance(value, str):
                    raise _Abort(Problem("FC001", line, col, "mapping keys must be plain text", True))
                top.key = value
                top.key_mark = (line, col)
                return
            kline, kcol = top.key_mark  # type: ignore[misc]
            if key in container:
                first = container.marks[key]
                doc.problems.append(
                    Problem(
                        "FC002",
                        kline,
                        kcol,
                        f'duplicate key "{key}" (first at line {first[0]}); '
                        "this later value is ignored, where YAML tools would silently keep it",
                    )
                )
            else:
                container[key] = value
                container.marks[key] = (kline, kcol, line, col)
            top.key = _NO_KEY
        else:
            container.append(value)
            container.marks.append((line, col))

    loader = _Loader(text)
    try:
        _events(loader.get_event, stack, anchors, doc, limits, attach, path_to_here)
    finally:
        loader.dispose()
    doc.value = root


def _events(get_event: Any, stack: list, anchors: dict, doc: YamlDocument, limits: Limits,
            attach: Any, path_to_here: Any) -> None:
    max_depth, max_scalar, max_alias = limits.max_depth, limits.max_scalar, limits.max_alias_nodes
    max_alias_chars = limits.max_alias_chars
    implicit = doc.implicit
    resolved_plain: dict[str, Any] = {}  # plain scalar → its YAML 1.1 tag (None: text)
    expanded = 0
    expanded_chars = 0
    while True:
        event = get_event()
        if event is None:
            break
        cls = type(event)
        if cls is ev.ScalarEvent:
            mark = event.start_mark
            line, col = mark.line + 1, mark.column + 1
            value = event.value
            if len(value) > max_scalar:
                raise _Abort(
                    Problem(
                        "FC012", line, col,
                        f"scalar of {len(value):,} characters exceeds the limit of {max_scalar:,}",
                        True,
                    )
                )
            tag = event.tag
            if tag is not None and tag not in _CORE_TAGS:
                raise _Abort(Problem("FC013", line, col, f"tag {tag!r} is not allowed: only plain YAML data is read", True))
            top = stack[-1] if stack else None
            is_key = top is not None and top.is_map and top.key is _NO_KEY
            if event.implicit[0] and tag in (None, "!"):
                if value in _NULLS:  # exactly the plain scalars YAML 1.1 reads as null
                    value = None
                elif top is not None and not is_key:  # keys stay text; so does a lone root
                    resolved = resolved_plain.get(value, _NO_KEY)
                    if resolved is _NO_KEY:
                        resolved = _resolve_plain(value)
                        if len(value) < 64:
                            resolved_plain[value] = resolved
                    if resolved is not None:
                        implicit.append(Implicit(path_to_here(), resolved, value, line, col))
            elif tag == _NULL_TAG:
                value = None
            chars = len(event.value)
            if event.anchor is not None:
                anchors[event.anchor] = (value, 1, chars)
            if is_key and type(value) is str:  # the commonest case, without a call
                top.size += 1
                top.chars += chars
                top.key = value
                top.key_mark = (line, col)
            else:
                attach(value, line, col, 1, chars)
        elif cls is ev.MappingStartEvent or cls is ev.SequenceStartEvent:
            mark = event.start_mark
            line, col = mark.line + 1, mark.column + 1
            tag = event.tag
            if tag is not None and tag not in _CORE_TAGS:
                raise _Abort(Problem("FC013", line, col, f"tag {tag!r} is not allowed: only plain YAML data is read", True))
            if len(stack) >= max_depth:
                raise _Abort(
                    Problem("FC012", line, col, f"nesting deeper than {max_depth} levels", True)
                )
            if cls is ev.MappingStartEvent:
                container: Any = MarkedMap()
                container.marks = {}
            else:
                container = MarkedList()
                container.marks = []
            container.line, container.column = line, col
            # attach first (so keys/marks of the parent are set), then descend
            if stack and stack[-1].is_map and stack[-1].key is _NO_KEY:
                raise _Abort(Problem("FC001", line, col, "mapping keys must be plain text", True))
            frame = _Frame(container, cls is ev.MappingStartEvent, event.anchor)
            frame.key_mark = (line, col)
            stack.append(frame)
        elif cls is ev.MappingEndEvent or cls is ev.SequenceEndEvent:
            frame = stack.pop()
            container = frame.container
            if frame.anchor is not None:
                anchors[frame.anchor] = (container, frame.size, frame.chars)
            attach(container, container.line, container.column, frame.size, frame.chars)
        elif cls is ev.AliasEvent:
            mark = event.start_mark
            line, col = mark.line + 1, mark.column + 1
            target = anchors.get(event.anchor)
            if target is None:  # the parser reports unknown anchors itself; be safe
                raise _Abort(Problem("FC001", line, col, f"unknown alias *{event.anchor}", True))
            value, size, chars = target
            expanded += size
            expanded_chars += chars
            if expanded > max_alias:
                raise _Abort(
                    Problem(
                        "FC012", line, col,
                        f"aliases expand to more than {max_alias:,} nodes (an alias bomb?)",
                        True,
                    )
                )
            if expanded_chars > max_alias_chars:
                raise _Abort(
                    Problem(
                        "FC012", line, col,
                        f"aliases repeat more than {max_alias_chars:,} characters of text "
                        "(an alias bomb?)",
                        True,
                    )
                )
            attach(value, line, col, size, chars)
        elif cls is ev.DocumentStartEvent:
            doc.documents += 1
            if doc.documents == 2:
                mark = event.start_mark
                doc.problems.append(
                    Problem("FC004", mark.line + 1, mark.column + 1,
                            "a second YAML document in one file is ignored; use one document per file")
                )


def locate(root: Any, path: tuple | list, *, key: bool = False) -> tuple[int, int] | None:
    """1-based (line, column) of the node at ``path`` in a tree built by :func:`parse_yaml`.

    Walks as far as the path exists and returns the deepest mark found; with
    ``key=True`` the last step points at the mapping key rather than its value.
    """
    node = root
    best = (getattr(root, "line", 1), getattr(root, "column", 1)) if root is not None else None
    last = len(path) - 1
    for i, step in enumerate(path):
        if isinstance(node, MarkedMap) and isinstance(step, str) and step in node:
            kline, kcol, vline, vcol = node.marks[step]
            best = (kline, kcol) if (key and i == last) else (vline, vcol)
            node = node[step]
        elif isinstance(node, MarkedList) and isinstance(step, int) and 0 <= step < len(node):
            best = node.marks[step]
            node = node[step]
        elif isinstance(node, (MarkedMap, MarkedList)):
            continue  # a path step pydantic adds (a union tag): skip it, keep walking
        else:
            break
    return best
