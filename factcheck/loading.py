"""Files → typed, located records: the only module that reads the fact base from disk.

``load_corpus(paths)`` reads seed texts (``*.txt``), ``sources.yaml``, ``entities.yaml``
and claim files, and returns a :class:`Corpus`: the models, the seed texts, and the
load-time diagnostics (FC0xx), each pointing at file:line:column. It never raises for
bad *content*; it raises :class:`~factcheck.errors.LoadError` only when a path given
to it does not exist or cannot be opened.

Each record is validated on its own, so one broken claim does not hide the others.

Layer: loading (held by ``tests/project/test_layers.py``): may import the normalisers, the
data modules and the types; never the rules, checking or anything above.
"""

from __future__ import annotations

import os
import re
import unicodedata
from dataclasses import replace
from pathlib import Path
from typing import Any, Iterable

from pydantic import BaseModel, ValidationError

from . import _yaml
from ._gc import collector_paused
from .diagnostics import Diagnostic, Fix, Severity
from .errors import LoadError
from .corpus import Corpus, Seed
from .models import ID_PATTERN, Claim, DateFact, Entity, Origin, Source

__all__ = ["LOAD_CODES", "load_corpus", "load_seed_text"]

_YAML_SUFFIXES = (".yaml", ".yml")
_SEED_SUFFIX = ".txt"

#: The codes the loader reports: code -> (name, severity). Each is documented by its rule
#: module (``rules/fc0xx_*.py``), which reads its name and severity here.
LOAD_CODES: dict[str, tuple[str, Severity]] = {
    "FC001": ("invalid-yaml", Severity.fatal),
    "FC002": ("duplicate-key", Severity.error),
    "FC003": ("implicit-typing", Severity.warning),
    "FC004": ("schema-violation", Severity.error),
    "FC007": ("empty-file", Severity.warning),
    "FC008": ("invalid-encoding", Severity.fatal),
    "FC009": ("byte-order-mark", Severity.warning),
    "FC010": ("crlf-line-endings", Severity.warning),
    "FC011": ("not-nfc", Severity.warning),
    "FC012": ("resource-limit", Severity.fatal),
    "FC013": ("forbidden-tag", Severity.fatal),
}


def _diag(code: str, message: str, file: str, line: int = 1, column: int = 1,
          claim_id: str | None = None) -> Diagnostic:
    name, severity = LOAD_CODES[code]
    return Diagnostic(code, name, severity, message, file, line, column, claim_id)


# --------------------------------------------------------------------------- reading


def _display(path: Path) -> str:
    try:
        rel = os.path.relpath(path)
    except ValueError:  # another drive on Windows
        rel = str(path)
    return Path(rel).as_posix() if not rel.startswith("..") else path.as_posix()


def _read_bytes(path: Path, limits: _yaml.Limits, name: str,
                diagnostics: list[Diagnostic]) -> bytes | None:
    """The file's bytes; None (with FC012) past the size limit; LoadError for what is not a
    regular file (a FIFO, a device: never opened in a way that blocks or reads without end)."""
    from ._files import TooLargeError, read_regular

    try:
        return read_regular(path, limits.max_bytes, name=name)
    except TooLargeError as exc:
        diagnostics.append(_diag("FC012", exc.message, name))
        return None


def _decode(data: bytes, name: str, diagnostics: list[Diagnostic], *, evidence: bool) -> str | None:
    """UTF-8 text, or None (with a fatal finding) when the bytes are not UTF-8.

    ``evidence`` files (seeds) are only decoded: their bytes are the evidence.
    """
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        prefix = data[: exc.start]
        line = prefix.count(b"\n") + 1
        column = len(prefix[prefix.rfind(b"\n") + 1 :].decode("utf-8", "replace")) + 1
        diagnostics.append(
            _diag("FC008", f"not valid UTF-8: byte 0x{data[exc.start]:02x} at offset {exc.start}",
                  name, line, column)
        )
        return None
    if evidence:
        return text
    if text.startswith("\ufeff"):
        diagnostics.append(_diag("FC009", "file starts with a byte-order mark; save as UTF-8 without BOM", name))
        text = text[1:]
    if "\r" in text:
        first = text.index("\r")
        line = text.count("\n", 0, first) + 1
        diagnostics.append(
            _diag("FC010", "file has CRLF (or CR) line endings; use LF", name, line,
                  first - (text.rfind("\n", 0, first) + 1) + 1)
        )
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not unicodedata.is_normalized("NFC", text):
        line, column, char = _first_non_nfc(text)
        diagnostics.append(
            _diag("FC011",
                  f"text is not in Unicode NFC (first at {char!r}); decomposed characters "
                  "will not match the seeds byte for byte",
                  name, line, column)
        )
    return text


def _first_non_nfc(text: str) -> tuple[int, int, str]:
    for number, line in enumerate(text.split("\n"), 1):
        if not unicodedata.is_normalized("NFC", line):
            for i in range(len(line)):
                chunk = line[max(0, i - 1) : i + 2]
                if not unicodedata.is_normalized("NFC", chunk) or unicodedata.combining(line[i]):
                    return number, i + 1, line[max(0, i - 1) : i + 1]
            return number, 1, line[:1]
    return 1, 1, ""


def load_seed_text(path: str | Path) -> str:
    """The text of one seed file (UTF-8), raising LoadError when unreadable."""
    path = Path(path)
    diagnostics: list[Diagnostic] = []
    data = _read_bytes(path, _yaml.Limits(), _display(path), diagnostics)
    text = None if data is None else _decode(data, _display(path), diagnostics, evidence=True)
    if text is None:
        raise LoadError(diagnostics[0].message, file=_display(path))
    return text


# --------------------------------------------------------------------------- validation


_UNION_TAGS = frozenset({"date", "number", "entity"})


def _record_loc(model: type[BaseModel], loc: tuple) -> tuple:
    """Pydantic's error location with the tag it adds inside a fact removed.

    In ``('facts', 0, 'date', 'value')`` the ``'date'`` names the union member, not a
    key. It is only ever there, right after a fact's index: a key that happens to be
    called ``date``, ``number`` or ``entity`` elsewhere (an unknown key of a claim or a
    quote, or ``entity:`` inside an entity fact) is a real key and stays.
    """
    if (model is Claim and len(loc) >= 3 and loc[0] == "facts" and isinstance(loc[1], int)
            and loc[2] in _UNION_TAGS):
        return loc[:2] + loc[3:]
    return loc


def _error_message(err: dict, raw: Any) -> str:
    loc = [str(p) for p in err.get("loc", ())]
    kind = err.get("type", "")
    msg = err.get("msg", "invalid value")
    if msg[:1].isupper() and not msg[:2].isupper():
        msg = msg[0].lower() + msg[1:]
    if msg.startswith("value error, "):
        msg = msg[len("value error, ") :]
    where = "".join(f"[{p}]" if p.isdigit() else (f".{p}" if i else p) for i, p in enumerate(loc))
    if kind == "extra_forbidden":
        return f"unknown key {loc[-1]!r}"
    if kind == "missing":
        return f"missing required key {loc[-1]!r}"
    value = err.get("input")
    if kind == "string_pattern_mismatch" and err.get("ctx", {}).get("pattern") == ID_PATTERN:
        return (f"{where}: {value!r} is not a valid id: use lowercase ASCII letters and digits "
                "joined by single hyphens")
    shown = ""
    if isinstance(value, (str, int, float)) and not isinstance(value, bool):
        text = str(value)
        shown = f" (got {text[:60]!r}{'…' if len(text) > 60 else ''})"
    return f"{where}: {msg}{shown}" if where else f"{msg}{shown}"


def _known_keys_hint(model: type[BaseModel], key: str) -> str:
    import difflib

    close = difflib.get_close_matches(key, list(model.model_fields), n=1, cutoff=0.6)
    return f" (did you mean {close[0]!r}?)" if close else ""


def _id_suggestion(err: dict) -> str | None:
    """For an id that breaks the id pattern only in typography ('Mou_Signed', 'mou–signed'),
    the id it should be: transliterated, lowercased, non-alphanumerics as single hyphens."""
    if err.get("type") != "string_pattern_mismatch" or err.get("ctx", {}).get("pattern") != ID_PATTERN:
        return None
    value = err.get("input")
    if not isinstance(value, str):
        return None
    from anyascii import anyascii

    suggestion = re.sub(r"[^a-z0-9]+", "-", anyascii(value).lower()).strip("-")
    return suggestion or None


def _walk(obj: Any, path: tuple) -> Any:
    for step in path:
        if isinstance(obj, BaseModel):
            if not isinstance(step, str) or step not in type(obj).model_fields:
                return None
            obj = getattr(obj, step)
        elif isinstance(obj, dict):
            obj = obj.get(step)
        elif isinstance(obj, (tuple, list)) and isinstance(step, int) and step < len(obj):
            obj = obj[step]
        else:
            return None
    return obj


def _model_at(obj: Any, path: tuple) -> tuple[Any, Any]:
    """(parent, value) at path in a validated object."""
    parent = _walk(obj, path[:-1]) if path else None
    return parent, _walk(obj, path)


class _LazyTree:
    """A file's marked tree for locating findings, rebuilt from its text when first needed.

    Holding every file's tree for the whole run would keep several times the memory of
    the models themselves alive (most files never get a finding); the text is cheap.
    """

    __slots__ = ("data", "root")

    def __init__(self, text: str) -> None:
        self.data = text.encode("utf-8")  # a str of non-ASCII text takes 2-4 bytes a character
        self.root: Any = None

    def locate(self, path: tuple, key: bool = False) -> tuple[int, int] | None:
        if self.root is None:
            self.root = _yaml.parse_yaml(self.data.decode("utf-8")).value
        return _yaml.locate(self.root, path, key=key)


class _Locator:
    """``record.locate(*sub)``: the mark of ``sub`` below the record at ``base``."""

    __slots__ = ("tree", "base")

    def __init__(self, tree: _LazyTree, base: tuple) -> None:
        self.tree, self.base = tree, base

    def __call__(self, sub: Iterable) -> tuple[int, int] | None:
        return self.tree.locate(self.base + tuple(sub))


class _FileLoader:
    """Validates the records of one YAML document and reports with marks."""

    def __init__(self, name: str, doc: _yaml.YamlDocument, diagnostics: list[Diagnostic],
                 text: str) -> None:
        self.name = name
        self.doc = doc
        self.root = doc.value
        self.tree = _LazyTree(text)
        self.diagnostics = diagnostics

    def at(self, path: tuple, *, key: bool = False) -> tuple[int, int]:
        return _yaml.locate(self.root, path, key=key) or (1, 1)

    def record(self, model: type[BaseModel], raw: Any, path: tuple, claim_id: str | None = None) -> Any:
        try:
            obj = model.model_validate(raw)
        except ValidationError as exc:
            rid = claim_id or (raw.get("id") if isinstance(raw, dict) and isinstance(raw.get("id"), str) else None)
            for err in exc.errors(include_url=False):
                loc = _record_loc(model, tuple(err.get("loc", ())))
                err["loc"] = loc
                is_key = err.get("type") == "extra_forbidden"
                target = loc[:-1] if err.get("type") == "missing" else loc
                line, column = self.at(path + target, key=is_key)
                message = _error_message(err, raw)
                if is_key:
                    parent_model = _model_for(model, loc[:-1], raw)
                    if parent_model is not None:
                        message = f"unknown key {loc[-1]!r}" + _known_keys_hint(parent_model, str(loc[-1]))
                diagnostic = _diag("FC004", message, self.name, line, column, rid)
                suggestion = _id_suggestion(err)
                if suggestion is not None:
                    diagnostic = replace(diagnostic, fix=Fix(
                        f"use {suggestion!r}", err["input"], suggestion, safe=True))
                self.diagnostics.append(diagnostic)
            return None
        line, column = self.at(path)
        set_location = getattr(obj, "_set_location", None)
        if set_location is not None:
            set_location(Origin(self.name, line, column), _Locator(self.tree, path))
        return obj

    def implicit_typing(self, objects: dict[tuple, Any]) -> None:
        """FC003 for plain scalars that landed in text fields of validated records."""
        for item in self.doc.implicit:
            path = item.path
            for prefix_len in range(len(path), -1, -1):
                obj = objects.get(path[:prefix_len])
                if obj is not None:
                    break
            else:
                continue
            rel = path[prefix_len:]
            parent, value = _model_at(obj, rel)
            if not isinstance(value, str):
                continue
            if isinstance(parent, DateFact) and rel and rel[-1] == "value":
                continue
            claim_id = getattr(obj, "id", None) if isinstance(obj, Claim) else None
            self.diagnostics.append(
                _diag(
                    "FC003",
                    f"unquoted {item.value!r} would be read as {item.type_name} by YAML 1.1 tools; "
                    f"quote it: \"{item.value}\"",
                    self.name, item.line, item.column, claim_id,
                )
            )


def _is_model(a: Any) -> bool:
    """A pydantic model class (not ``tuple[Quote, ...]``: on Python 3.10 such an alias passes
    ``isinstance(a, type)`` and then breaks ``issubclass``)."""
    from typing import get_origin

    return isinstance(a, type) and get_origin(a) is None and issubclass(a, BaseModel)


def _model_for(model: type[BaseModel], loc: tuple, raw: Any) -> type[BaseModel] | None:
    """The model class that owns the mapping at ``loc`` (best effort, for hints)."""
    from .models import DateFact as _D, EntityFact as _E, NumberFact as _N

    current: Any = model
    node = raw
    for step in loc:
        if _is_model(current):
            if step not in current.model_fields:
                return None
            ann = current.model_fields[step].annotation
            node = node.get(step) if isinstance(node, dict) else None
            current = _element_model(ann)
        elif isinstance(step, int):
            node = node[step] if isinstance(node, list) and step < len(node) else None
            if isinstance(node, dict) and current is None:
                current = {"date": _D, "number": _N, "entity": _E}.get(node.get("type"))
        else:
            return None
    return current if _is_model(current) else None


def _element_model(ann: Any) -> Any:
    from typing import get_args

    stack = [ann]
    while stack:
        a = stack.pop()
        if _is_model(a):
            return a
        args = get_args(a)
        models = [x for x in args if _is_model(x)]
        if len(models) == 1:
            return models[0]
        if len(models) > 1:
            return None  # a union of facts: resolved by the 'type' key
        stack.extend(args)
    return None


# --------------------------------------------------------------------------- corpus


def _collect(paths: Iterable[str | Path]) -> list[Path]:
    found: list[Path] = []
    seen: set[Path] = set()
    for raw in paths:
        path = Path(raw)
        if not path.exists():
            raise LoadError("no such file or directory", file=str(raw))
        if path.is_dir():
            files = sorted(
                p for p in path.rglob("*")
                if p.is_file() and (p.suffix in _YAML_SUFFIXES or p.suffix == _SEED_SUFFIX)
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
            )
        else:
            files = [path]
        for f in files:
            key = f.resolve()
            if key not in seen:
                seen.add(key)
                found.append(f)
    return found


def _kind_of(path: Path, root: Any) -> str | None:
    if path.name in ("sources.yaml", "sources.yml"):
        return "sources"
    if path.name in ("entities.yaml", "entities.yml"):
        return "entities"
    if isinstance(root, dict):
        for kind in ("claims", "entities", "sources"):
            if kind in root:
                return kind
    return None


def load_corpus(paths: Iterable[str | Path] = ("claims", "seeds"), *,
                limits: _yaml.Limits = _yaml.Limits()) -> Corpus:
    """Load claim, entity and source files and seed texts below ``paths``.

    Directories are searched recursively for ``*.yaml``/``*.yml`` and ``*.txt``
    (seed texts); hidden files and folders are skipped.
    """
    # Loading allocates millions of long-lived objects and no reference cycles worth
    # collecting; the cyclic collector would only rescan them again and again.
    with collector_paused():
        return _load_corpus(paths, limits)


def _load_corpus(paths: Iterable[str | Path], limits: _yaml.Limits) -> Corpus:
    corpus = Corpus()
    pending_sources: list[Source] = []
    seed_texts: dict[str, tuple[str, str]] = {}
    for path in _collect(paths):
        name = _display(path)
        corpus.files.append(name)
        data = _read_bytes(path, limits, name, corpus.diagnostics)
        if data is None:
            continue
        if path.suffix == _SEED_SUFFIX:
            text = _decode(data, name, corpus.diagnostics, evidence=True)
            if text is not None:
                seed_texts.setdefault(path.stem, (name, text))
                parent = _display(path.parent)
                if parent not in corpus.seed_dirs:
                    corpus.seed_dirs.append(parent)
            continue
        text = _decode(data, name, corpus.diagnostics, evidence=False)
        if text is None:
            continue
        _load_yaml_file(path, name, text, limits, corpus, pending_sources)
    corpus.sources = pending_sources
    by_id = {}
    for source in pending_sources:
        by_id.setdefault(source.id, source)
    for seed_id, (name, text) in seed_texts.items():
        corpus.seeds[seed_id] = Seed(seed_id, name, text, by_id.get(seed_id))
    return corpus


def _load_yaml_file(path: Path, name: str, text: str, limits: _yaml.Limits, corpus: Corpus,
                    sources: list[Source]) -> None:
    diagnostics = corpus.diagnostics
    doc = _yaml.parse_yaml(text, limits=limits)
    for p in doc.problems:
        diagnostics.append(_diag(p.code, p.message, name, p.line, p.column))
    if doc.fatal:
        return
    root = doc.value
    if root is None:
        diagnostics.append(_diag("FC007", "empty file: nothing to check", name))
        return
    kind = _kind_of(path, root)
    if kind is None or not isinstance(root, dict):
        diagnostics.append(
            _diag("FC004", "not a factcheck file: expected a mapping with a top-level "
                  "'claims', 'entities' or 'sources' key", name, *(_yaml.locate(root, ()) or (1, 1)))
        )
        return
    loader = _FileLoader(name, doc, diagnostics, text)
    allowed = {"claims": {"claims", "topic", "description"}, "entities": {"entities"},
               "sources": {"sources"}}[kind]
    for key in root:
        if key not in allowed:
            line, column = loader.at((key,), key=True)
            hint = ""
            import difflib

            close = difflib.get_close_matches(str(key), sorted(allowed), n=1)
            if close:
                hint = f" (did you mean {close[0]!r}?)"
            diagnostics.append(_diag("FC004", f"unknown top-level key {key!r}{hint}", name, line, column))
    items = root.get(kind)
    if items is None or (isinstance(items, list) and not items):
        line, column = loader.at((kind,))
        diagnostics.append(_diag("FC007", f"no {kind} in this file", name, line, column))
        return
    if not isinstance(items, list):
        line, column = loader.at((kind,))
        diagnostics.append(_diag("FC004", f"'{kind}' must be a list", name, line, column))
        return
    model = {"claims": Claim, "entities": Entity, "sources": Source}[kind]
    objects: dict[tuple, Any] = {}
    topic = root.get("topic") if kind == "claims" else None
    for index, raw in enumerate(items):
        path = (kind, index)
        if kind == "claims" and isinstance(raw, dict) and topic is not None and "topic" not in raw:
            raw = dict(raw)  # the file's topic is the default of its claims
            raw["topic"] = topic
        obj = loader.record(model, raw, path)
        if obj is None:
            continue
        objects[path] = obj
        if kind == "claims":
            corpus.claims.append(obj)
        elif kind == "entities":
            corpus.entities.append(obj)
        else:
            sources.append(obj)
    if kind == "claims" and isinstance(topic, str):
        from .models import ClaimFile

        try:
            ClaimFile.model_validate({"topic": topic, "claims": []})
        except ValidationError:
            line, column = loader.at(("topic",))
            diagnostics.append(_diag("FC004", f"topic {topic!r} must be a lowercase-hyphenated id", name, line, column))
    loader.implicit_typing(objects)
