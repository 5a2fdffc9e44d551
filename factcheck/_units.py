"""``factcheck check`` one claim file at a time: cached, spread over worker processes, streamed.

A check splits into **units**, one per claim file. A unit loads its file next to the
shared inputs (seed texts, ``sources.yaml``, the entity register), runs the rules whose
``SCOPE`` is ``"file"`` (their findings on a file depend on nothing else), and returns
plain data: the file's findings and quote spans, its claims' ids, verdicts and positions,
and for each cross-claim rule the **key** of each claim that plays a part in it (see
:mod:`factcheck.rules._keyed`). The parent keeps only those between files, runs each
cross-claim rule's grouping over the keys of every file, then the suppression logic of
:mod:`factcheck.checking` over the few claims that have a ``suppress`` map, and assembles
the same :class:`Report` that ``factcheck.check(load_corpus(paths))`` gives: same findings,
same order, same spans. No claim record outlives its unit.

A unit's result depends only on its file's bytes and name and on the run's
:class:`Plan` (version, limits, rule selection, the bytes of every shared input), so
:mod:`factcheck._cache` can keep it under a hash of those, and any worker can compute it.

When a YAML file that is not named ``sources``/``entities`` turns out to hold entities or
sources, the run falls back to loading the whole fact base (:func:`check_paths` still
returns the right report; only slower).

Layer: output wing (held by ``tests/project/test_layers.py``): may import checking, the
rules, the loader and everything below; never authoring, the cli or the entry points.
"""

from __future__ import annotations

import hashlib
import os
import re
import stat
from bisect import bisect_right
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Iterator, Sequence

from . import _yaml
from ._gc import collector_paused, existing_frozen
from ._cache import Cache, FileIndex
from ._version import __version__
from .checking import Progress, QuoteSpan, Report, _apply_suppressions, check, select_rules
from .corpus import Corpus
from .diagnostics import Diagnostic
from .errors import FactcheckError
from ._files import read_regular
from .loading import _SEED_SUFFIX, _collect, _display, _load_record_file, _read_bytes, load_corpus
from .models import Origin, Verdict
from .rules._base import Context, Rule, Suppressions
from .rules._keyed import ClaimRef, ClaimTable
from .rules._names import lower_case_words

__all__ = ["Plan", "check_paths", "default_jobs"]

#: Bump when a unit's result changes shape or meaning: old cache entries are then ignored.
FORMAT = 3
_HYGIENE = "FC9"
_SHARED_NAMES = frozenset({"sources.yaml", "sources.yml", "entities.yaml", "entities.yml"})
#: A YAML file with a top-level ``entities:``/``sources:`` key is a shared input, whatever its name.
_SHARED_KEY = re.compile(rb"^(?:entities|sources)[ \t]*:", re.M)
#: Below this many claim files to compute, worker processes cost more than they save.
MIN_FILES_FOR_WORKERS = 16
#: Rule-context caches that depend on the shared inputs alone (the entity register, the
#: seeds): built once per process and handed to every unit's context, not once per file.
_SHARED_CACHES = ("entities", "_fc6_register", "_fc6_sentences", "_fc6_generic", "_fc402_last_words", "_fc606_read",
                  "_fc6_negation_names")
#: File rules whose findings are all on the shared inputs (FC014: the seed register): the
#: parent runs them over the shared inputs once; a unit would drop every finding they make.
_SHARED_ONLY = frozenset({"FC014"})
#: Corpus rules whose per-statement work the units do (see :func:`_names.near_candidates`).
_NAME_RULES = frozenset({"FC402", "FC405"})


def default_jobs() -> int:
    """The CPUs this process may run on."""
    affinity = getattr(os, "sched_getaffinity", None) or getattr(os, "process_getaffinity", None)
    if affinity is not None:
        try:
            return max(1, len(affinity(0)))
        except OSError:  # pragma: no cover - a sandbox that refuses the call
            pass
    return max(1, os.cpu_count() or 1)


class _Fallback(Exception):
    """A file read as a claim file holds entities or sources: check the whole-corpus way."""


@dataclass(frozen=True)
class Plan:
    """What every unit of a run shares. ``key`` fingerprints all of it (cache key part)."""

    shared: tuple[str, ...]
    #: codes of the selected ``"file"`` rules (FC9xx excluded)
    codes: tuple[str, ...]
    #: whether FC9xx rules run (then a file's suppressed rules run too)
    hygiene: bool
    #: codes of the ``"corpus"`` rules whose keys the units compute (see ``rules._keyed``)
    keyed: tuple[str, ...]
    #: whether units gather the statements' ordinary words (FC402/FC405's corpus-wide filter)
    names: bool
    limits: _yaml.Limits
    key: str


def code_fingerprint(root: Path | None = None) -> str:
    """What the installed code is: each module's path, size and modification time.

    The version alone would trust results across an edit of an editable install (or an
    upgrade that kept the version): a rule changed, its old findings replayed. Stat calls
    only (~150 files, a millisecond or two), remembered for the process.
    """
    if root is None:
        cached = _CODE.get("fingerprint")
        if cached is None:
            cached = _CODE["fingerprint"] = code_fingerprint(Path(__file__).resolve().parent)
        return cached
    h = hashlib.sha256()
    for path in sorted(root.rglob("*.py")):
        try:
            st = path.stat()
        except OSError:
            continue
        h.update(f"{path.relative_to(root).as_posix()}\0{st.st_size}\0{st.st_mtime_ns}\0".encode())
    return h.hexdigest()


_CODE: dict[str, str] = {}


def _fingerprint(shared: Sequence[Path], codes: Sequence[str], hygiene: bool, keyed: Sequence[str], names: bool,
                 limits: _yaml.Limits, index: FileIndex | None = None) -> str:
    h = hashlib.sha256()
    h.update(repr((FORMAT, __version__, code_fingerprint(), tuple(codes), hygiene, tuple(keyed), names, limits))
             .encode())
    for path in shared:
        h.update(_display(path).encode() + b"\0")
        try:  # bounded, and never a FIFO or a device (read_regular refuses them)
            st = path.stat() if index is not None else None
            known = index.get(str(path), st) if index is not None and stat.S_ISREG(st.st_mode) else None
            if known is not None:
                h.update(known[0])
                continue
            data = read_regular(path, limits.max_bytes)
            h.update(index.put(str(path), st, data) if index is not None else hashlib.sha256(data).digest())
        except (OSError, FactcheckError) as exc:  # the loader reports it; the fingerprint only has to differ
            h.update(repr(exc).encode())
    return h.hexdigest()


# --------------------------------------------------------------------------- records


class _FileLocator:
    """``locate(*sub)`` of a claim that is not in memory: the file is parsed again when
    (and only when) a finding has to point into it."""

    __slots__ = ("file", "base", "roots")

    def __init__(self, file: str, base: tuple, roots: dict[str, Any]) -> None:
        #: ``roots``: the files parsed so far in this run (never across runs: files change)
        self.file, self.base, self.roots = file, base, roots

    def __call__(self, sub: Iterable) -> tuple[int, int] | None:
        roots = self.roots
        root = roots.get(self.file)
        if root is None:
            if len(roots) > 64:
                roots.clear()
            text = Path(self.file).read_bytes().decode("utf-8", "replace")  # as the loader reads it
            if text.startswith("\ufeff"):
                text = text[1:]
            text = text.replace("\r\n", "\n").replace("\r", "\n")
            root = roots[self.file] = _yaml.parse_yaml(text).value
        return _yaml.locate(root, self.base + tuple(sub))


_VERDICTS = {v.value: v for v in Verdict}


class _Table(ClaimTable):
    """The claims of a run as the units described them: ids and verdicts in load order, and
    per file its first claim's position and each claim's (line, column, YAML path)."""

    __slots__ = ("starts", "files", "positions", "roots")

    def __init__(self) -> None:
        super().__init__([], [], None)  # (``ref`` below: a bound method kept here would be a cycle)
        self.starts: list[int] = []
        self.files: list[str] = []
        self.positions: list[tuple] = []
        self.roots: dict[str, Any] = {}

    def add(self, name: str, part: tuple) -> int:
        """Add a file's claims; return the position of its first claim."""
        ids, verdicts, positions = part
        start = len(self.ids)
        self.starts.append(start)
        self.files.append(name)
        self.positions.append(positions)
        self.ids.extend(ids)  # type: ignore[attr-defined]
        self.verdicts.extend(map(_VERDICTS.__getitem__, verdicts))  # type: ignore[attr-defined]
        return start

    def ref(self, n: int) -> ClaimRef:
        f = bisect_right(self.starts, n) - 1
        i = n - self.starts[f]
        line, column, base = self.positions[f][i]
        name = self.files[f]
        return ClaimRef(self.ids[n], Origin(name, line, column),
                        _FileLocator(name, ("claims", i) if base is None else base, self.roots))

    def checked(self) -> list[tuple[str, str]]:
        ends = self.starts[1:] + [len(self.ids)]
        return [(name, cid) for name, start, end in zip(self.files, self.starts, ends)
                for cid in self.ids[start:end]]


# --------------------------------------------------------------------------- units

_state: dict[str, Any] = {}


def _init(plan: Plan, cache_dir: str | None) -> None:
    """Load the shared inputs once per process (a worker's initializer, or in-process)."""
    from .rules.registry import RULES

    cache = None
    if cache_dir is not None:
        cache = Cache(cache_dir)
    if _state.get("plan") == plan:
        _state["cache"] = cache
        return
    shared = _shared_inputs(plan, cache)
    _state.clear()
    _state.update(plan=plan, shared=shared, rules={r.code: r for r in RULES}, ctx_shared={},
                  file_rules=[r for r in RULES if r.scope == "file"],
                  keyed_rules=[r for r in RULES if r.code in plan.keyed], cache=cache)


def _shared_inputs(plan: Plan, cache: Any) -> Corpus:
    """The seeds, sources and entity register, loaded (or from the cache: the plan's key
    hashes their bytes and names, and nothing else goes into loading them)."""
    key = hashlib.sha256(f"shared\0{plan.key}".encode()).hexdigest()
    shared = cache.get(key) if cache is not None else None
    if isinstance(shared, Corpus) and not shared.derived:
        return shared
    shared = load_corpus(plan.shared, limits=plan.limits) if plan.shared else Corpus()
    if cache is not None:
        cache.put(key, shared)
    return shared


def _cache_key(plan: Plan, name: str, data: bytes) -> str:
    """The key of a claim file's entry: the plan, the file's name and its bytes' hash."""
    return _key_of(plan, name, hashlib.sha256(data).digest())


def _key_of(plan: Plan, name: str, digest: bytes) -> str:
    return hashlib.sha256(f"{plan.key}\0{name}\0".encode() + digest).hexdigest()


def _cached(job: tuple[str, str]) -> tuple | None:
    """The cached result of one claim file, or None."""
    path_str, name = job
    plan: Plan = _state["plan"]
    diagnostics: list[Diagnostic] = []
    data = _read_bytes(Path(path_str), plan.limits, name, diagnostics)
    return None if data is None else _state["cache"].get(_cache_key(plan, name, data))


def _worker_init(plan: Plan, cache_dir: str | None) -> None:
    """A worker's initializer: the shared inputs, then every object alive out of the
    collector's sight (full collections would walk the register and name index per file)."""
    import gc

    _init(plan, cache_dir)
    gc.freeze()


def _unit(job: tuple[str, str]) -> tuple[str | None, tuple]:
    """(key, result) of one claim file (from the cache when it holds it); the key is made
    from the bytes this call read (None: the file could not be read)."""
    path_str, name = job
    plan: Plan = _state["plan"]
    cache = _state["cache"]
    diagnostics: list[Diagnostic] = []
    data = _read_bytes(Path(path_str), plan.limits, name, diagnostics)
    key = None if data is None else _cache_key(plan, name, data)
    if cache is not None and key is not None:
        hit = cache.get(key)
        if hit is not None:
            return key, hit
    result = _compute(Path(path_str), name, data, diagnostics)
    if cache is not None and key is not None:
        cache.put(key, result)
    return key, result


def _compute(path: Path, name: str, data: bytes | None, diagnostics: list[Diagnostic]) -> tuple:
    plan: Plan = _state["plan"]
    shared: Corpus = _state["shared"]
    own = _load_record_file(path, name, data, diagnostics, plan.limits)
    if own.entities or own.sources:
        return ("fallback", name)
    corpus = Corpus(files=[name], seeds=shared.seeds, sources=shared.sources, entities=shared.entities,
                    claims=own.claims, diagnostics=own.diagnostics, seed_dirs=shared.seed_dirs,
                    derived=shared.derived)
    ctx = Context(corpus, _state["rules"])
    shared_caches: dict = _state["ctx_shared"]
    ctx.__dict__.update(shared_caches)
    wanted = set(plan.codes)
    if plan.hygiene:
        wanted |= {code for claim in corpus.claims for code in claim.suppress}
    found: list[Diagnostic] = []
    with collector_paused():
        for rule in _state["file_rules"]:
            if rule.code in wanted and not rule.code.startswith(_HYGIENE) and rule.code not in _SHARED_ONLY:
                found.extend(d for d in rule.check(ctx) if d.file == name)
        claims = corpus.claims
        positions = []
        for index, claim in enumerate(claims):
            origin = claim.origin
            locator = claim.__pydantic_private__.get("_locator") if claim.__pydantic_private__ else None
            base = None if locator is None or locator.base == ("claims", index) else locator.base
            positions.append((origin.line, origin.column, base) if origin else (1, 1, base))
        table = (tuple(c.id for c in claims), tuple(c.verdict.value for c in claims), tuple(positions))
        seeds = shared.seeds
        spans = tuple((c.id, i, m.seed, m.start, m.end, m.exact)
                      for c in claims for i, q in enumerate(c.quotes)
                      if q.seed in seeds and (m := ctx.quote_match(c, i)) is not None)
        keys = {}
        for rule in _state["keyed_rules"]:
            key = rule.key
            keys[rule.code] = () if key is None else tuple(
                (i, k) for i, claim in enumerate(claims) if (k := key(ctx, claim)) is not None)
        suppressing = tuple((i, tuple(c.suppress.items())) for i, c in enumerate(claims) if c.suppress)
        words = None
        if plan.names:  # this file's share of FC402's corpus-wide list of ordinary words
            words = set()
            for claim in claims:
                words |= lower_case_words(claim.statement)
    for cache in _SHARED_CACHES:
        if cache in ctx.__dict__:
            shared_caches[cache] = ctx.__dict__[cache]
    return ("ok", name, found, table, spans, keys, suppressing, words)



# --------------------------------------------------------------------------- the run


def _partition(paths: Iterable[str | Path], index: FileIndex | None = None,
               stats: dict[Path, tuple] | None = None) -> tuple[list[Path], list[Path], list[str]]:
    """(shared inputs, claim files, every file's display name in load order).

    With an ``index``, a claim file whose ``stat`` it knows is not opened; ``stats`` gets
    each claim file's (stat, hash from the index or None).
    """
    shared: list[Path] = []
    units: list[Path] = []
    names: list[str] = []
    for path in _collect(paths):
        names.append(_display(path))
        if path.suffix == _SEED_SUFFIX or path.name in _SHARED_NAMES:
            shared.append(path)
            continue
        try:
            st = path.stat()
            regular = stat.S_ISREG(st.st_mode)
            head = b""
            known = index.get(str(path), st) if index is not None and regular else None
            if known is not None:  # a claim file, unchanged since its hash was taken
                units.append(path)
                if stats is not None:
                    stats[path] = (st, known[0])
                continue
            if regular:  # never open a FIFO or a device here: the loader refuses them
                with open(path, "rb") as f:
                    head = f.read(1 << 20)
                if stats is not None:
                    stats[path] = (st, None)
        except OSError:
            regular = False
        # what is not a regular, readable file goes with the shared inputs: the loader reports it
        (units if regular and not _SHARED_KEY.search(head) else shared).append(path)
    return shared, units, names


def check_paths(paths: Iterable[str | Path], *, select: Iterable[str] | None = None,
                ignore: Iterable[str] | None = None, jobs: int | None = None,
                cache_dir: str | os.PathLike[str] | None = None,
                limits: _yaml.Limits = _yaml.Limits(), progress: Progress | None = None,
                memo: dict[str, tuple] | None = None) -> Report:
    """``factcheck.check(load_corpus(paths), select=, ignore=)``, one claim file at a time.

    ``jobs``: worker processes (None: the CPUs available; 1: this process only).
    ``cache_dir``: where per-file results are kept (None: no cache).
    ``memo``: per-file results kept in memory between calls of one process (``check
    --watch``), under the same keys as the cache; left holding this call's files only.
    """
    from .rules.registry import RULES

    paths = list(paths)
    every = RULES
    chosen = select_rules(every, select, ignore)
    reported = {r.code for r in chosen}
    hygiene_rules = [r for r in chosen if r.code.startswith(_HYGIENE)]
    index = None if cache_dir is None else FileIndex(Cache(cache_dir))
    stats: dict[Path, tuple] = {}
    shared_paths, unit_paths, names = _partition(paths, index, stats)
    file_codes = tuple(r.code for r in chosen if r.scope == "file" and not r.code.startswith(_HYGIENE))
    # with FC9xx, any corpus rule may run for a suppression's sake
    keyed = tuple(r.code for r in (every if hygiene_rules else chosen)
                  if r.group is not None and not r.code.startswith(_HYGIENE))
    name_work = bool(set(keyed) & _NAME_RULES)
    plan = Plan(tuple(str(p) for p in shared_paths), file_codes, bool(hygiene_rules), keyed, name_work, limits,
                _fingerprint(shared_paths, file_codes, bool(hygiene_rules), keyed, name_work, limits, index))
    jobs = default_jobs() if jobs is None else jobs
    work = [(str(p), _display(p)) for p in unit_paths]
    cache = None if cache_dir is None else Cache(cache_dir)
    keys: list[str | None] = [None] * len(work)
    if index is not None or memo is not None:
        for i, (path, (path_str, name)) in enumerate(zip(unit_paths, work)):
            st, digest = stats.get(path, (None, None))
            if digest is None:
                data = _read_bytes(path, plan.limits, name, [])
                if data is None:
                    continue
                digest = (index.put(path_str, st, data) if index is not None and st is not None
                          else hashlib.sha256(data).digest())
            keys[i] = _key_of(plan, name, digest)
        if index is not None:
            index.save()
    # Nothing changed since a run with the same selection: its whole report.
    whole = _whole_report_key(plan, reported, names, keys) if cache is not None else None
    if whole is not None and memo is None:  # (a memo is filled from the files' results)
        report = _report_from_entry(cache.get(whole))  # (only a run that did not fall back wrote it)
        if report is not None:
            return report
    _init(plan, None if cache_dir is None else os.fspath(cache_dir))
    shared: Corpus = _state["shared"]
    if shared.claims:  # a file taken for a shared input by its text holds claims after all
        return check(load_corpus(paths, limits=limits), select=select, ignore=ignore, progress=progress)
    results = _results(work, keys, plan, None if cache_dir is None else os.fspath(cache_dir), jobs, memo)
    try:
        # The rebuilt records are long-lived and make no garbage cycles: without pausing the
        # collector, full collections would walk them again and again as they accumulate.
        with collector_paused():
            report = _assemble(shared, results, len(work), names, chosen, every, reported, hygiene_rules,
                               progress)
    except _Fallback:  # a claim file held entities or sources
        return check(load_corpus(paths, limits=limits), select=select, ignore=ignore, progress=progress)
    if whole is not None:
        cache.put(whole, _report_entry(report))
    return report


def _report_entry(report: Report) -> tuple:
    """A report as a cache entry: its quote spans as plain tuples (100,000 spans pickle and
    unpickle in a tenth of the time)."""
    spans = [(s.claim_id, s.index, s.seed, s.start, s.end, s.exact) for s in report.quote_spans]
    return ("report", FORMAT, report.diagnostics, report.files, report.claims, report.entities, report.seeds,
            report.rules, spans, report.checked_claims, report.suppressed)


def _report_from_entry(entry: Any) -> Report | None:
    if not (isinstance(entry, tuple) and len(entry) == 11 and entry[:2] == ("report", FORMAT)):
        return None
    _, _, diagnostics, files, claims, entities, seeds, rules, spans, checked, suppressed = entry
    return Report(diagnostics, files, claims, entities, seeds, rules, [QuoteSpan(*s) for s in spans], checked,
                  suppressed)


def _whole_report_key(plan: Plan, reported: set[str], names: list[str], keys: list[str | None]) -> str | None:
    """The key of the whole report of a run over exactly these files (None: a file has no key)."""
    if not all(keys):
        return None
    return hashlib.sha256("\0".join(["report", plan.key, *sorted(reported), *names, *keys])  # type: ignore[list-item]
                          .encode()).hexdigest()


def _results(work: list[tuple[str, str]], all_keys: list[str | None], plan: Plan, cache_dir: str | None,
             jobs: int, memo: dict[str, tuple] | None = None) -> Iterator[tuple]:
    """Every file's result, in ``work`` order, one at a time (the caller keeps only keys):
    hits read from ``memo`` or the cache here, the rest computed in worker processes when
    there are enough of them to pay for starting workers. Raises :class:`_Fallback` for a
    file of entities. ``all_keys``: each file's key (None: no cache, or not cacheable)."""
    cache = _state["cache"]

    def held(key: str | None) -> bool:
        return key is not None and ((memo is not None and key in memo) or (cache is not None and cache.has(key)))

    keys = [key if held(key) else None for key in all_keys]
    todo = [job for job, key in zip(work, keys) if key is None]
    if jobs > 1 and len(todo) >= MIN_FILES_FOR_WORKERS:
        computed = _in_workers(todo, plan, cache_dir, jobs)
    else:
        computed = map(_unit, todo)
    used: set[str] = set()
    try:
        for job, key in zip(work, keys):
            result = None
            if key is not None:
                result = memo.get(key) if memo is not None else None
                if result is None and cache is not None:
                    result = cache.get(key)
            if result is None:
                key, result = next(computed) if key is None else _unit(job)  # a hit gone bad: recompute
            if memo is not None and key is not None:
                memo[key] = result
                used.add(key)
            if result[0] == "fallback":
                raise _Fallback(result[1])
            yield result
        if memo is not None:  # what no file of this run has any more
            for key in set(memo) - used:
                del memo[key]
    finally:
        close = getattr(computed, "close", None)
        if close is not None:
            close()


def _in_workers(work: list[tuple[str, str]], plan: Plan, cache_dir: str | None, jobs: int) -> Iterator[tuple]:
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else None)
    chunk = max(1, min(16, len(work) // (jobs * 8)))
    pool = ProcessPoolExecutor(jobs, mp_context=context, initializer=_worker_init, initargs=(plan, cache_dir))
    try:
        yield from pool.map(_unit, work, chunksize=chunk)
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _assemble(shared: Corpus, results: Iterable[tuple], files: int, names: list[str], chosen: list[Rule],
              every: Sequence[Rule], reported: set[str], hygiene: list[Rule],
              progress: Progress | None) -> Report:
    rules_by_code = {r.code: r for r in every}
    table = _Table()
    keyed: dict[str, list[tuple[int, Any]]] = {}
    spans: list[QuoteSpan] = []
    suppressing: list[ClaimRef] = []
    found: list[Diagnostic] = []
    words: set[str] | None = set()
    for done, (_, name, unit_found, part, unit_spans, unit_keys, unit_suppressing, unit_words) in enumerate(
            results, 1):
        if progress is not None:  # the total is a guess until the rules are known: files first
            progress(done, files + len(chosen), name)
        found.extend(unit_found)
        start = table.add(name, part)
        spans.extend(QuoteSpan(*span) for span in unit_spans)
        for code, pairs in unit_keys.items():
            keyed.setdefault(code, []).extend([(start + i, k) for i, k in pairs] if start else pairs)
        for i, suppress in unit_suppressing:
            ref = table.ref(start + i)
            suppressing.append(ClaimRef(ref.id, ref.origin, ref._locator, dict(suppress)))
        if unit_words is None or words is None:
            words = None
        else:
            words |= unit_words
    # The FC9xx rules and the suppression logic read the claims that have a suppress map.
    corpus = Corpus(files=names, seeds=shared.seeds, sources=shared.sources, entities=shared.entities,
                    claims=suppressing, diagnostics=shared.diagnostics,  # type: ignore[arg-type]
                    seed_dirs=shared.seed_dirs, derived=shared.derived)
    ctx = Context(corpus, rules_by_code)
    if words is not None:  # every statement's share of FC402's ordinary words
        ctx.__dict__["_fc402_statement_words"] = words
    # The shared inputs' own findings (entity register, sources, seeds): the "file" rules
    # over the shared inputs alone.
    shared_ctx = Context(Corpus(files=shared.files, seeds=shared.seeds, sources=shared.sources,
                                entities=shared.entities, diagnostics=shared.diagnostics,
                                seed_dirs=shared.seed_dirs, derived=shared.derived), rules_by_code)
    shared_ctx.__dict__.update(_state["ctx_shared"])  # what the register gives every unit, built once
    first = [r for r in chosen if not r.code.startswith(_HYGIENE)]
    if hygiene:
        wanted = {code for claim in suppressing for code in claim.suppress}
        first += [r for r in every if r.code in wanted and r.code not in reported
                  and not r.code.startswith(_HYGIENE)]
    total = files + len(first) + len(hygiene)
    with existing_frozen(), collector_paused():
        for done, rule in enumerate(first, files + 1):
            if rule.scope == "file":
                if rule.code in reported:
                    found.extend(rule.check(shared_ctx))
            elif rule.group is not None:
                found.extend(rule.group(ctx, table, keyed.get(rule.code, ())))
            else:  # pragma: no cover - every corpus rule but FC9xx is keyed (tests/test_units.py)
                raise _Fallback(rule.code)
            if progress is not None:
                progress(done, total, rule.code)
        sup = Suppressions(evaluated={r.code for r in first})
        kept, hidden = _apply_suppressions(found, corpus, sup, reported)
        ctx.suppressions = sup
        for done, rule in enumerate(hygiene, files + len(first) + 1):
            kept.extend(rule.check(ctx))
            if progress is not None:
                progress(done, total, rule.code)
        kept.sort(key=Diagnostic.sort_key)
        hidden.sort(key=Diagnostic.sort_key)
    return Report(kept, names, len(table), len(shared.entities), len(shared.seeds),
                  [r.code for r in chosen], spans, table.checked(), hidden)
