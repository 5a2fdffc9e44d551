"""``factcheck._cache``: an entry is used only when it proves itself; anything else is ignored.

And through ``factcheck check``: a damaged cache never changes a report, ``--no-cache``
writes nothing, ``factcheck clean`` removes only a cache folder.
"""

from __future__ import annotations

import json
import multiprocessing
import shutil
from pathlib import Path

import pytest

from factcheck import _cache
from factcheck._cache import Cache, clean
from factcheck.cli import main
from factcheck.errors import UsageError

ROOT = Path(__file__).resolve().parents[1]
KEY = "ab" + "0" * 62
VALUE = ("ok", "claims/x.yaml", [("a", 1)], [("claim", 2.5, None)])


def entry(cache: Cache, key: str = KEY) -> Path:
    return cache._path(key)


def test_a_value_comes_back(tmp_path):
    cache = Cache(tmp_path / "c")
    assert cache.get(KEY) is None
    cache.put(KEY, VALUE)
    assert cache.get(KEY) == VALUE
    assert (tmp_path / "c" / ".gitignore").read_text("utf-8").splitlines()[-1] == "*"


@pytest.mark.parametrize("cut", [0, 1, 10, 40, -1])
def test_a_truncated_entry_is_ignored(tmp_path, cut):
    cache = Cache(tmp_path)
    cache.put(KEY, VALUE)
    path = entry(cache)
    data = path.read_bytes()
    path.write_bytes(data[:cut] if cut >= 0 else data[:-1])
    assert cache.get(KEY) is None
    cache.put(KEY, VALUE)  # rebuilt
    assert cache.get(KEY) == VALUE


def test_a_corrupted_entry_is_ignored(tmp_path):
    cache = Cache(tmp_path)
    cache.put(KEY, VALUE)
    path = entry(cache)
    data = bytearray(path.read_bytes())
    data[-3] ^= 0x01
    path.write_bytes(bytes(data))
    assert cache.get(KEY) is None


def test_an_entry_under_another_key_or_from_another_format_is_ignored(tmp_path, monkeypatch):
    cache = Cache(tmp_path)
    other = "ab" + "1" * 62
    cache.put(other, VALUE)
    shutil.copy(entry(cache, other), entry(cache))  # right place, wrong key inside
    assert cache.get(KEY) is None
    cache.put(KEY, VALUE)
    monkeypatch.setattr(_cache, "_MAGIC", b"factcheck-cache\x002\n")  # a later format
    assert cache.get(KEY) is None


def test_a_payload_that_does_not_unpickle_is_ignored(tmp_path):
    import hashlib

    cache = Cache(tmp_path)
    payload = b"\x80\x05not a pickle"
    blob = _cache._MAGIC + KEY.encode() + b"\n" + hashlib.sha256(payload).digest() + payload
    entry(cache).parent.mkdir(parents=True)
    entry(cache).write_bytes(blob)
    assert cache.get(KEY) is None


def test_an_unwritable_cache_is_skipped_quietly(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", "utf-8")
    cache = Cache(blocker / "c")
    cache.put(KEY, VALUE)
    assert cache.get(KEY) is None


def _writer(folder: str, value: int, rounds: int) -> None:
    cache = Cache(folder)
    for _ in range(rounds):
        cache.put(KEY, ("payload", value, "x" * 50_000))


def test_two_writers_racing_leave_a_whole_entry_and_readers_never_see_half_of_one(tmp_path):
    ctx = multiprocessing.get_context("spawn")
    procs = [ctx.Process(target=_writer, args=(str(tmp_path), n, 200)) for n in (1, 2)]
    for p in procs:
        p.start()
    reader = Cache(tmp_path)
    seen = set()
    while any(p.is_alive() for p in procs):
        got = reader.get(KEY)
        if got is not None:
            assert got[0] == "payload" and got[2] == "x" * 50_000
            seen.add(got[1])
    for p in procs:
        p.join()
        assert p.exitcode == 0
    assert reader.get(KEY)[1] in (1, 2)
    assert not [p for p in tmp_path.rglob("*.tmp")]


def test_clean_removes_a_cache_and_refuses_anything_else(tmp_path):
    cache = Cache(tmp_path / "c")
    cache.put(KEY, VALUE)
    assert clean(tmp_path / "c") is True
    assert not (tmp_path / "c").exists()
    assert clean(tmp_path / "c") is False
    (tmp_path / "project").mkdir()
    (tmp_path / "project" / "notes.txt").write_text("mine", "utf-8")
    with pytest.raises(UsageError, match="not a factcheck cache folder"):
        clean(tmp_path / "project")
    assert (tmp_path / "project" / "notes.txt").exists()


# --------------------------------------------------------------------------- through the CLI


@pytest.fixture
def base(tmp_path, monkeypatch):
    monkeypatch.setattr(_cache, "CACHE_DIR", ".factcheck_cache")  # the default (conftest moves it)
    shutil.copytree(ROOT / "claims", tmp_path / "claims")
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    (tmp_path / "claims" / "mou.yaml").write_text(
        (ROOT / "claims" / "mou.yaml").read_text("utf-8").replace("verdict: supported", "verdict: refuted", 1),
        "utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_a_damaged_cache_never_changes_the_report(base, capsys):
    want = run(capsys, "check", "--no-cache", "--no-progress", "--format", "json")
    assert not (base / ".factcheck_cache").exists()  # --no-cache writes nothing
    assert want[0] == 1
    assert run(capsys, "check", "--no-progress", "--format", "json") == want
    entries = [p for p in (base / ".factcheck_cache").rglob("*") if p.is_file() and p.name != ".gitignore"]
    assert entries
    for i, path in enumerate(entries):
        data = path.read_bytes()
        path.write_bytes(data[: len(data) // 2] if i % 2 else data[:-5] + b"xxxxx")
    assert run(capsys, "check", "--no-progress", "--format", "json") == want
    assert run(capsys, "check", "--no-progress", "--format", "json", "--jobs", "1") == want


def test_cache_dir_from_the_command_line_and_the_configuration(base, capsys):
    run(capsys, "check", "--no-progress", "--cache-dir", "elsewhere")
    assert (base / "elsewhere" / ".gitignore").exists()
    (base / "pyproject.toml").write_text('[tool.factcheck]\ncache-dir = "build/fc"\n', "utf-8")
    run(capsys, "check", "--no-progress")
    assert (base / "build" / "fc" / ".gitignore").exists()
    assert not (base / ".factcheck_cache").exists()
    code, out, _ = run(capsys, "clean")
    assert code == 0 and out.startswith("removed ") and out.strip().endswith("build/fc")
    assert not (base / "build" / "fc").exists()


def test_bad_cache_settings_are_usage_errors(base, capsys):
    (base / "afile").write_text("x", "utf-8")
    code, _, err = run(capsys, "check", "--cache-dir", "afile")
    assert code == 2 and "cache folder afile is not a folder" in err
    code, _, err = run(capsys, "check", "--cache-dir", "")
    assert code == 2 and "invalid --cache-dir" in err
    (base / "pyproject.toml").write_text("[tool.factcheck]\ncache-dir = 3\n", "utf-8")
    code, _, err = run(capsys, "check")
    assert code == 2 and "cache-dir must be a folder path" in err
    (base / "pyproject.toml").unlink()
    code, _, err = run(capsys, "clean", "--cache-dir", "claims")
    assert code == 2 and "not a factcheck cache folder" in err and (base / "claims").exists()


@pytest.mark.parametrize("value", ["0", "-1", "two", "1.5"])
def test_bad_jobs_are_usage_errors(base, capsys, value):
    code, _, err = run(capsys, "check", f"--jobs={value}")
    assert code == 2 and "invalid --jobs" in err and "Traceback" not in err


def test_the_code_fingerprint_follows_an_edit_of_the_installed_code(tmp_path):
    from factcheck._units import code_fingerprint

    (tmp_path / "rules").mkdir()
    module = tmp_path / "rules" / "fc999.py"
    module.write_text("CODE = 'FC999'\n")
    first = code_fingerprint(tmp_path)
    assert code_fingerprint(tmp_path) == first
    module.write_text("CODE = 'FC998'\n")  # same size: the modification time tells
    import os
    st = module.stat()
    os.utime(module, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000))
    assert code_fingerprint(tmp_path) != first


def test_results_of_other_code_are_not_replayed(base, capsys, monkeypatch):
    """An editable install edited without a version bump: the cache keys change with the code."""
    from factcheck import _units

    want = run(capsys, "check", "--no-progress", "--format", "json", "--jobs", "1")
    entries = {p for p in (base / ".factcheck_cache").rglob("*") if p.is_file()}
    assert run(capsys, "check", "--no-progress", "--format", "json", "--jobs", "1") == want
    assert {p for p in (base / ".factcheck_cache").rglob("*") if p.is_file()} == entries  # all hits
    monkeypatch.setitem(_units._CODE, "fingerprint", "edited code")
    assert run(capsys, "check", "--no-progress", "--format", "json", "--jobs", "1") == want
    assert {p for p in (base / ".factcheck_cache").rglob("*") if p.is_file()} > entries  # recomputed


def test_findings_and_spans_pickle_to_equal_objects():
    """Diagnostics and quote spans pickle field by field (their own ``__reduce__``), every
    field kept, the ones equality ignores (``extra``) too."""
    import pickle

    from factcheck.checking import QuoteSpan
    from factcheck.diagnostics import Diagnostic, Fix, Severity

    d = Diagnostic("FC204", "inconsistent-event-date", Severity.error, "m", "claims/a.yaml", 2, 3, "c",
                   Fix("do", "a", "b", True), {"other_claim": "x", "span": [1, 2]})
    back = pickle.loads(pickle.dumps(d))
    assert back == d and back.extra == d.extra and back.fix == d.fix and back.severity is Severity.error
    span = QuoteSpan("c", 1, "seed", 2, 30, False)
    assert pickle.loads(pickle.dumps(span)) == span


def _age(folder: Path, seconds: int = 3600) -> None:
    """Set every file's modification time an hour back (as files are between commits)."""
    import os
    import time

    then = time.time() - seconds
    for path in folder.rglob("*"):
        if path.is_file():
            os.utime(path, (then, then))


def test_the_file_index_skips_reading_unchanged_files_and_sees_every_edit(base, capsys, monkeypatch):
    """A claim file whose stat is unchanged is not opened again; an edit that keeps the
    size and puts the modification time back is still seen (the change time moves), and
    so is an edit of a seed (part of every file's key)."""
    import os

    from factcheck import _units

    _age(base)
    first = run(capsys, "check", "--no-progress", "--format", "json")
    opened: list[str] = []
    real_read = _units._read_bytes

    def counting(path, *args, **kwargs):
        opened.append(str(path))
        return real_read(path, *args, **kwargs)

    monkeypatch.setattr(_units, "_read_bytes", counting)
    monkeypatch.setattr(_units, "open", lambda path, *a, **k: opened.append(str(path)) or open(path, *a, **k),
                        raising=False)  # the sniffing of claim files for shared inputs
    monkeypatch.setattr(_units, "_whole_report_key", lambda *a: None)  # assemble from file entries
    assert run(capsys, "check", "--no-progress", "--format", "json") == first
    assert opened == []
    mou = base / "claims" / "mou.yaml"
    st = mou.stat()
    text = mou.read_text("utf-8")
    edited = text.replace("verdict: refuted", "verdict: Refuted", 1)  # not a verdict: FC004
    assert len(edited) == len(text)
    mou.write_text(edited, "utf-8")
    os.utime(mou, ns=(st.st_atime_ns, st.st_mtime_ns))
    assert mou.stat().st_size == st.st_size and mou.stat().st_mtime_ns == st.st_mtime_ns
    after = run(capsys, "check", "--no-progress", "--format", "json")
    assert after == run(capsys, "check", "--no-cache", "--no-progress", "--format", "json")
    assert after != first and any(p.endswith("mou.yaml") for p in opened)


def test_the_file_index_forgets_nothing_it_cannot_trust(tmp_path):
    """A file modified just before it was read is not remembered (an edit in the same clock
    tick would not change its stat); an older one is, until its stat changes."""
    import os

    from factcheck._cache import FileIndex

    cache = Cache(tmp_path / "c")
    fresh, old = tmp_path / "fresh.yaml", tmp_path / "old.yaml"
    fresh.write_text("a: 1\n")
    old.write_text("a: 2\n")
    _age(tmp_path)
    os.utime(fresh)  # now
    index = FileIndex(cache)
    for path in (fresh, old):
        index.put(str(path), path.stat(), path.read_bytes(), "derived")
    index.save()
    index = FileIndex(cache)
    assert index.get(str(fresh), fresh.stat()) is None
    import hashlib

    assert index.get(str(old), old.stat()) == (hashlib.sha256(b"a: 2\n").digest(), "derived")
    old.write_text("a: 3\n")
    assert index.get(str(old), old.stat()) is None


def test_watch_checks_again_after_each_change_and_stops_on_ctrl_c(base, capsys, monkeypatch):
    """``check --watch``: a first report; a claim edited while it waits gives a second
    report with the new finding (only the edited file is checked again); Ctrl-C ends it
    with the last check's exit code. Without a change it does not check again."""
    import time

    from factcheck import _units

    mou = base / "claims" / "mou.yaml"
    computed: list[str] = []
    real = _units._compute
    monkeypatch.setattr(_units, "_compute", lambda path, name, *a: computed.append(name) or real(path, name, *a))
    sleeps = []

    def fake_sleep(seconds):
        sleeps.append(seconds)
        if len(sleeps) == 2:  # a change while watching
            computed.clear()
            mou.write_text(mou.read_text("utf-8").replace("verdict: refuted", "verdict: outdated", 1), "utf-8")
        if len(sleeps) == 4:
            raise KeyboardInterrupt

    monkeypatch.setattr(time, "sleep", fake_sleep)
    code, out, err = run(capsys, "check", "--watch", "--no-progress", "--no-cache", "--format", "json")
    first, second = [json.loads(doc) for doc in out.replace("}\n{", "}\n\x00{").split("\x00")]
    assert err.count("a file changed; checking again") == 1
    assert computed == ["claims/mou.yaml"]
    assert code == 1 and len(sleeps) == 4
    again = run(capsys, "check", "--no-progress", "--no-cache", "--format", "json")
    assert second == json.loads(again[1]) and first != second
    assert "FC502" in second["summary"]["by_code"] and "FC502" not in first["summary"]["by_code"]
