"""The check cache: one entry per claim file, keyed by everything its findings depend on.

``factcheck check`` keeps the result of each claim file (its findings and the keys the
cross-claim rules group: see :mod:`factcheck._units`) under a key that hashes the file's
bytes and name with the run's fingerprint (tool version, cache format, limits, rule
selection, and the bytes of the seed texts, ``sources.yaml`` and the entity register).
Any change to any of those gives another key, so an entry is never stale by construction;
old entries are simply not read again (``factcheck clean`` removes them all).
The loaded shared inputs and, for a run in which nothing changed, the whole report are
kept the same way (:mod:`factcheck._units` makes the keys).

Finding a file's entry needs the hash of its bytes. :class:`FileIndex` remembers, per
file, the hash beside the file's ``stat`` (size, modification and change times, inode,
device), as git's index does: a file whose ``stat`` is unchanged is not read again. A
hash is trusted only for a file last modified at least :data:`SETTLE_NS` before it was
read (an edit within the same clock tick as the read would not change the ``stat``).

An entry is trusted only when it proves itself: it starts with a magic string, names
its key, and carries the SHA-256 of its payload. A truncated, corrupted, foreign or
half-written file fails one of those checks and is ignored (the file is recomputed and
the entry rewritten). Entries are written atomically (a temporary file renamed over the
entry), so two processes writing the same entry at once each leave a whole entry behind.

The default folder is ``.factcheck_cache`` in the current folder, holding a ``.gitignore``
of ``*`` so that git never sees it; ``[tool.factcheck] cache-dir`` or ``--cache-dir``
moves it, ``--no-cache`` skips it.

Layer: data (held by ``tests/project/test_layers.py``): may import the types; never the
loader, the rules, checking or anything above.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import shutil
import time
from pathlib import Path
from typing import Any

from .errors import UsageError

__all__ = ["CACHE_DIR", "Cache", "FileIndex", "SETTLE_NS", "clean"]

#: The default cache folder, relative to the current folder.
CACHE_DIR = ".factcheck_cache"
_MAGIC = b"factcheck-cache\x001\n"
_TAG = "factcheck-cache"  # marks a folder as ours: ``clean`` removes nothing else


class Cache:
    """Entries in ``directory`` (created when first written)."""

    def __init__(self, directory: str | os.PathLike[str]) -> None:
        self.directory = Path(directory)
        self._ready = False

    def _path(self, key: str) -> Path:
        return self.directory / key[:2] / key[2:]

    def has(self, key: str) -> bool:
        """Whether an entry exists under ``key`` (:meth:`get` still checks that it is whole)."""
        return self._path(key).is_file()

    def get(self, key: str) -> Any | None:
        """The value stored under ``key``, or None when there is no valid entry."""
        try:
            with open(self._path(key), "rb") as f:
                blob = f.read()
        except OSError:
            return None
        head = _MAGIC + key.encode() + b"\n"
        if not blob.startswith(head) or len(blob) < len(head) + 32:
            return None
        digest, payload = blob[len(head) : len(head) + 32], blob[len(head) + 32 :]
        if hashlib.sha256(payload).digest() != digest:
            return None
        try:
            return pickle.loads(payload)
        except Exception:  # a valid checksum over a payload this version cannot read
            return None

    def put(self, key: str, value: Any) -> None:
        """Store ``value`` under ``key``; a cache that cannot be written is skipped quietly."""
        payload = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
        blob = _MAGIC + key.encode() + b"\n" + hashlib.sha256(payload).digest() + payload
        path = self._path(key)
        try:
            if not self._ready:
                self._prepare()
            path.parent.mkdir(exist_ok=True)
            tmp = path.parent / f".{path.name}.{os.getpid()}.tmp"
            with open(tmp, "wb") as f:
                f.write(blob)
            os.replace(tmp, path)
        except OSError:
            try:
                tmp.unlink()  # type: ignore[possibly-undefined]
            except (OSError, UnboundLocalError):
                pass

    def _prepare(self) -> None:
        self.directory.mkdir(parents=True, exist_ok=True)
        ignore = self.directory / ".gitignore"
        if not ignore.exists():
            ignore.write_text(f"# {_TAG}: written by factcheck check, removed by factcheck clean\n*\n",
                              encoding="utf-8")
        self._ready = True


#: A file's remembered hash is trusted only if it was modified this long before being read.
SETTLE_NS = 2_000_000_000


class FileIndex:
    """The hash of each file's bytes, with whatever the caller derives from them (here:
    whether a YAML file holds shared inputs), remembered by the file's ``stat``.

    Kept as one entry of ``cache`` (read on creation, written by :meth:`save` when changed).
    Paths are made absolute: the same file named from two folders is one entry.
    """

    _KEY = hashlib.sha256(b"factcheck file index 1").hexdigest()

    def __init__(self, cache: Cache) -> None:
        self.cache = cache
        stored = cache.get(self._KEY)
        self._entries: dict[str, tuple] = stored if isinstance(stored, dict) else {}
        self._changed = False

    @staticmethod
    def _stamp(st: os.stat_result) -> tuple:
        return (st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino, st.st_dev)

    def get(self, path: str, st: os.stat_result) -> tuple[bytes, Any] | None:
        """(hash, what was derived) of ``path`` when its ``stat`` is the one they were read at."""
        entry = self._entries.get(os.path.abspath(path))
        if entry is None or entry[0] != self._stamp(st):
            return None
        return entry[1], entry[2]

    def put(self, path: str, st: os.stat_result, data: bytes, derived: Any = None) -> bytes:
        """Remember the hash of ``data``, read from ``path`` whose ``stat`` (taken before the
        read) is ``st``; return the hash. Not remembered when the file was modified too
        shortly before the read to be told apart from a later edit."""
        digest = hashlib.sha256(data).digest()
        if st.st_mtime_ns < time.time_ns() - SETTLE_NS:
            self._entries[os.path.abspath(path)] = (self._stamp(st), digest, derived)
            self._changed = True
        return digest

    def save(self) -> None:
        if self._changed:
            self.cache.put(self._KEY, self._entries)
            self._changed = False


def clean(directory: str | os.PathLike[str]) -> bool:
    """Remove the cache folder; False when there was none. Refuses a folder that is not a
    factcheck cache (no ``.gitignore`` of ours in it), so a wrong ``--cache-dir`` cannot
    delete a project folder."""
    path = Path(directory)
    if not path.exists():
        return False
    ignore = path / ".gitignore"
    try:
        ours = path.is_dir() and _TAG in ignore.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        ours = False
    if not ours:
        raise UsageError(f"{path} is not a factcheck cache folder (no .gitignore written by "
                         "factcheck in it); not removing it")
    shutil.rmtree(path)
    return True
