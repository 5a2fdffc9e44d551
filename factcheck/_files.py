"""Reading and writing files safely: the one home for both, used by every command.

Reading (:func:`read_regular`): only regular files are read, and never more than a limit,
whatever ``stat`` says (``/dev/zero`` reports a size of 0 and never ends; a FIFO blocks
the open). The file is opened non-blocking and checked on the open descriptor, so a path
swapped for something else between a check and the open is still caught.

Writing (:func:`write_files`): all or nothing, and nothing lost.

- Each file is written to a temporary file beside it and moved over it with ``os.replace``:
  a reader sees the old or the new file, never half of one; a full disk leaves the old one.
- Several files (a worksheet and its answer key, every file ``fix`` changes) are one
  transaction: all new contents are written and synced first; only then are the files
  replaced, and a failure while replacing puts back the ones already replaced.
- ``expected``: the bytes the new content was computed from. The file is read again just
  before it is replaced; if someone changed it meanwhile, nothing at all is written.
- A symlink stays a symlink (its target is written); permission bits, owner, group and
  extended attributes are kept. A file whose identity a new file cannot keep (more than one
  hard link, an owner or attribute this process cannot set) is rewritten in place instead,
  with a backup copy beside it until the write is done (restored if the write fails).
- A read-only file (no write bit) is refused, not rewritten. A new file gets the mode the
  umask gives (``0o666 & ~umask``), as a shell redirection would.
- A target that exists and is not a regular file (``/dev/null``, a terminal, a FIFO) is
  written straight through: there is nothing to replace.

Errors are :class:`~factcheck.errors.UsageError` (one line, exit 2); the message names the file.

Layer: data, above the types (held by ``tests/project/test_layers.py``): may import the
types (errors, diagnostics, models, _yaml, …) only; never another data module, the
normalisers, the loader, the rules or anything above.
"""

from __future__ import annotations

import errno
import os
import stat
import tempfile
from dataclasses import dataclass
from typing import BinaryIO, Iterable, Sequence, TextIO

from .errors import LoadError, UsageError

__all__ = ["FileChangedError", "TooLargeError", "read_limited_stream", "read_regular", "write_file",
           "write_files", "write_output"]

_O_NONBLOCK = getattr(os, "O_NONBLOCK", 0)
_O_BINARY = getattr(os, "O_BINARY", 0)
_KINDS = (
    (stat.S_ISDIR, "a directory"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISFIFO, "a FIFO (named pipe)"),
    (stat.S_ISSOCK, "a socket"),
)


class TooLargeError(LoadError):
    """A file (or stream) holds more than the limit; ``size`` is what is known of its size."""

    def __init__(self, message: str, *, size: int, file: str | None = None) -> None:
        super().__init__(message, file=file)
        self.size = size


class FileChangedError(UsageError):
    """A file changed on disk between reading it and writing the result: nothing was written."""


def _kind(mode: int) -> str:
    return next((name for test, name in _KINDS if test(mode)), "not a regular file")


def read_regular(path: str | os.PathLike[str], limit: int, *, name: str | None = None,
                 what: str = "file") -> bytes:
    """The bytes of the regular file ``path``, at most ``limit`` of them.

    Raises :class:`LoadError` for what is not a regular file (without blocking on a FIFO)
    or cannot be read, and :class:`TooLargeError` when the file holds more than ``limit``
    bytes (checked on the descriptor, and again by reading at most ``limit + 1`` bytes).
    """
    shown = name or os.fspath(path)
    try:
        fd = os.open(path, os.O_RDONLY | _O_NONBLOCK | _O_BINARY)
    except OSError as exc:
        raise LoadError(f"cannot read {what}: {exc.strerror or exc}", file=shown) from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise LoadError(f"cannot read {what}: it is {_kind(info.st_mode)}, not a regular file",
                            file=shown)
        if info.st_size > limit:
            raise TooLargeError(f"file of {info.st_size:,} bytes exceeds the limit of {limit:,}",
                                size=info.st_size, file=shown)
        if _O_NONBLOCK:
            os.set_blocking(fd, True)
        with os.fdopen(fd, "rb", closefd=False) as handle:
            try:
                return read_limited_stream(handle, limit, name=shown)
            except TooLargeError:  # it grew, or stat said less than it holds (/proc, /sys)
                raise TooLargeError(f"file of more than {limit:,} bytes exceeds the limit of {limit:,}",
                                    size=limit + 1, file=shown) from None
    except OSError as exc:
        raise LoadError(f"cannot read {what}: {exc.strerror or exc}", file=shown) from None
    finally:
        os.close(fd)


def read_limited_stream(stream: BinaryIO | TextIO, limit: int, *, name: str = "<stdin>") -> bytes:
    """Read a stream to its end, refusing it (:class:`TooLargeError`) past ``limit`` bytes.

    A text stream (``sys.stdin``) is read through its binary buffer; one without a buffer
    (a ``StringIO`` standing in for stdin) is read as text and encoded as UTF-8.
    """
    buffer = getattr(stream, "buffer", None)
    if buffer is not None:
        stream = buffer
    chunks: list[bytes] = []
    total = 0
    while True:
        chunk = stream.read(min(1 << 20, limit + 1 - total))
        if isinstance(chunk, str):
            chunk = chunk.encode("utf-8")
        if not chunk:
            return b"".join(chunks)
        chunks.append(chunk)
        total += len(chunk)
        if total > limit:
            raise TooLargeError(f"more than {limit:,} bytes: exceeds the limit of {limit:,}", size=total,
                                file=name)


# --------------------------------------------------------------------------- writing


def _umask() -> int:
    try:  # Linux tells it without changing it (no race with other threads)
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


@dataclass
class _Plan:
    shown: str                 # the path as the caller named it (for messages)
    target: str                # the file actually written (a symlink resolved)
    data: bytes
    expected: bytes | None
    info: os.stat_result | None = None
    xattrs: dict[str, bytes] | None = None
    in_place: bool = False     # rewrite the inode (identity a new file could not keep)
    stream: bool = False       # not a regular file: write straight through
    tmp: str | None = None     # the staged new content (replace) or the backup (in place)
    keep: str | None = None    # a hard link to the old file, to roll a replace back
    started: bool = False
    done: bool = False


def write_output(outputs: Sequence[tuple[str | None, str]]) -> None:
    """A command's outputs: each ``(path, text)`` goes to standard output when ``path`` is
    None or ``-``, the files all together as one transaction (UTF-8, as given)."""
    import sys

    files = [(path, text.encode("utf-8"), None) for path, text in outputs if path not in (None, "-")]
    if files:
        write_files(files)
    for path, text in outputs:
        if path in (None, "-"):
            sys.stdout.write(text)


def write_file(path: str | os.PathLike[str], data: bytes, *, expected: bytes | None = None) -> None:
    """Write one file atomically (see the module docs); ``expected``: refuse if it no longer holds that."""
    write_files([(path, data, expected)])


def write_files(items: Iterable[tuple[str | os.PathLike[str], bytes, bytes | None]]) -> None:
    """Write several files as one transaction: each ``(path, data, expected)`` or none of them."""
    plans = [_inspect(os.fspath(path), data, expected) for path, data, expected in items]
    try:
        for plan in plans:
            _stage(plan)
        for plan in plans:
            _still_expected(plan)
        for plan in plans:
            plan.started = True
            _commit(plan)
            plan.done = True
    except BaseException as exc:
        _roll_back(plans)
        if isinstance(exc, OSError):
            failed = next((p for p in plans if not p.done), plans[-1])
            raise UsageError(f"cannot write {failed.shown}: {exc.strerror or exc}"
                             + ("; nothing was written" if len(plans) > 1 else "")) from None
        raise
    finally:
        _clean(plans)


def _inspect(shown: str, data: bytes, expected: bytes | None) -> _Plan:
    target = os.path.realpath(shown)
    plan = _Plan(shown, target, data, expected)
    try:
        info = os.stat(target)
    except FileNotFoundError:
        if expected is not None:
            raise FileChangedError(f"{shown} was removed while factcheck ran; nothing was written") from None
        return plan
    except OSError as exc:
        raise UsageError(f"cannot write {shown}: {exc.strerror or exc}") from None
    plan.info = info
    if not stat.S_ISREG(info.st_mode):
        if stat.S_ISDIR(info.st_mode):
            raise UsageError(f"cannot write {shown}: it is a directory")
        plan.stream = True
        return plan
    if not info.st_mode & 0o222:
        raise UsageError(f"{shown} is read-only (mode {stat.S_IMODE(info.st_mode):04o}); "
                         "not changed (make it writable to let factcheck change it)")
    plan.xattrs = _xattrs(target)
    plan.in_place = info.st_nlink > 1
    return plan


def _xattrs(path: str) -> dict[str, bytes]:
    if not hasattr(os, "listxattr"):
        return {}
    try:
        return {key: os.getxattr(path, key, follow_symlinks=False) for key in os.listxattr(path)}
    except OSError as exc:
        if exc.errno in (errno.ENOTSUP, errno.EOPNOTSUPP):
            return {}
        raise


def _stage(plan: _Plan) -> None:
    if plan.stream:
        return
    folder = os.path.dirname(plan.target) or "."
    name = os.path.basename(plan.target)
    if plan.in_place:
        plan.tmp = _temp_with(folder, name, ".backup", _read_all(plan.target))
        return
    plan.tmp = _temp_with(folder, name, ".tmp", plan.data)
    if plan.info is None:
        os.chmod(plan.tmp, 0o666 & ~_umask())
        return
    os.chmod(plan.tmp, stat.S_IMODE(plan.info.st_mode))
    try:
        if (plan.info.st_uid, plan.info.st_gid) != (os.stat(plan.tmp).st_uid, os.stat(plan.tmp).st_gid):
            os.chown(plan.tmp, plan.info.st_uid, plan.info.st_gid)
        for key, value in (plan.xattrs or {}).items():
            os.setxattr(plan.tmp, key, value)
    except OSError as exc:
        if exc.errno not in (errno.EPERM, errno.EACCES, errno.ENOTSUP, errno.EOPNOTSUPP):
            raise
        # this process cannot give a new file the old one's owner or attributes: keep the inode
        os.unlink(plan.tmp)
        plan.in_place = True
        plan.tmp = _temp_with(folder, name, ".backup", _read_all(plan.target))


def _temp_with(folder: str, name: str, suffix: str, data: bytes) -> str:
    fd, tmp = tempfile.mkstemp(prefix=f".{name}.", suffix=f".factcheck{suffix}", dir=folder)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException:
        _unlink(tmp)
        raise
    return tmp


def _read_all(path: str) -> bytes:
    with open(path, "rb") as handle:
        return handle.read()


def _still_expected(plan: _Plan) -> None:
    if plan.expected is None:
        return
    try:
        now = _read_all(plan.target)
    except FileNotFoundError:
        now = None
    if now != plan.expected:
        raise FileChangedError(f"{plan.shown} changed on disk while factcheck ran; nothing was written "
                               "(run the command again)")


def _commit(plan: _Plan) -> None:
    if plan.stream:
        with open(plan.target, "wb") as handle:
            handle.write(plan.data)
        return
    if plan.in_place:
        _overwrite(plan.target, plan.data)
        return
    if plan.info is not None:
        try:
            plan.keep = plan.tmp + ".old"
            os.link(plan.target, plan.keep)
        except OSError:
            plan.keep = None  # no hard links here: a failed transaction cannot put this one back
    os.replace(plan.tmp, plan.target)
    plan.tmp = None
    _sync_folder(plan.target)


def _overwrite(path: str, data: bytes) -> None:
    with open(path, "r+b") as handle:
        handle.write(data)
        handle.truncate()
        handle.flush()
        os.fsync(handle.fileno())


def _roll_back(plans: Sequence[_Plan]) -> None:
    """Put back every file whose commit started (a stream cannot be put back)."""
    for plan in plans:
        if not plan.started or plan.stream:
            continue
        try:
            if plan.in_place:
                if plan.tmp is not None:
                    _overwrite(plan.target, _read_all(plan.tmp))
            elif plan.done and plan.keep is not None:
                os.replace(plan.keep, plan.target)
                plan.keep = None
            elif plan.done and plan.info is None:
                _unlink(plan.target)
        except OSError:
            if plan.in_place and plan.tmp is not None:
                plan.tmp = None  # keep the backup on disk: it is the only copy of the old text
                raise UsageError(f"cannot restore {plan.shown}; its previous content is kept in "
                                 f"a .factcheck.backup file beside it") from None


def _clean(plans: Sequence[_Plan]) -> None:
    for plan in plans:
        for leftover in (plan.tmp, plan.keep):
            if leftover is not None:
                _unlink(leftover)


def _unlink(path: str) -> None:
    try:
        os.unlink(path)
    except FileNotFoundError:
        pass


def _sync_folder(path: str) -> None:
    try:
        fd = os.open(os.path.dirname(path) or ".", os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
