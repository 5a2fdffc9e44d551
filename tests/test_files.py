"""Files as the commands meet them: special files read safely, outputs written without loss.

Every test here pins a fault found by attacking the commands (issue 11): a FIFO or
``/dev/zero`` named on the command line, a draft of 50 MB, an edit made while ``fix`` runs,
a symlinked, hard-linked, foreign-owned, attributed or read-only file, a full disk under
``quiz -o``, a worksheet and its key half written, a new report with the wrong mode, and
``--`` before a path that looks like an option.
"""

from __future__ import annotations

import errno
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

import factcheck._files as files
import factcheck.fix as fix_module
from factcheck.cli import main
from factcheck.errors import FactcheckError, LoadError

from ._fixtures import BASE, ROOT, SEEDS
from ._reports import HOUSE_RULE
from .test_fix import CLAIMS

FIXED = CLAIMS.replace("Yasar Guler met Murhaf Abu Qasra", "Yaşar Güler met Murhef Abu Qasra")
BASE_ARGS = ["--isolated", *map(str, sorted(SEEDS.glob("*.txt"))), str(BASE / "sources.yaml"),
             str(BASE / "entities.yaml")]


@pytest.fixture
def house_rule(monkeypatch):
    import factcheck.rules.registry as registry

    monkeypatch.setattr(registry, "RULES", (*registry.RULES, HOUSE_RULE))


def _fix(path: Path | str) -> int:
    return main(["fix", "--select", "FC999", *BASE_ARGS, str(path)])


# ----------------------------------------------------------------------------- fix: nothing lost


def test_an_edit_made_while_fix_runs_is_kept_and_nothing_is_written(tmp_path, monkeypatch, capsys, house_rule):
    path = tmp_path / "claims.yaml"
    path.write_text(CLAIMS, encoding="utf-8")
    other = tmp_path / "other.yaml"
    other.write_text(CLAIMS.replace("guler-meets-counterpart", "guler-meets-again"), encoding="utf-8")
    edited = CLAIMS + "# a curator's edit, saved while fix ran\n"
    real_read = fix_module._read

    def read_then_someone_saves(file):
        text = real_read(file)
        if file.endswith("claims.yaml"):
            path.write_text(edited, encoding="utf-8")
        return text

    monkeypatch.setattr(fix_module, "_read", read_then_someone_saves)
    assert main(["fix", "--select", "FC999", *BASE_ARGS, str(path), str(other)]) == 2
    err = capsys.readouterr().err
    assert "claims.yaml changed on disk while factcheck ran; nothing was written" in err
    assert path.read_text(encoding="utf-8") == edited
    # one transaction: the file that did not change is not fixed either
    assert "Yasar Guler" in other.read_text(encoding="utf-8")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["claims.yaml", "other.yaml"]


def test_a_symlinked_file_stays_a_symlink_and_its_target_is_fixed(tmp_path, monkeypatch, house_rule):
    real = tmp_path / "real" / "claims.yaml"
    real.parent.mkdir()
    real.write_text(CLAIMS, encoding="utf-8")
    link = tmp_path / "claims.yaml"
    link.symlink_to(real)
    assert _fix(link) == 0
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert real.read_text(encoding="utf-8") == FIXED


def test_a_hard_link_is_kept(tmp_path, house_rule):
    path = tmp_path / "claims.yaml"
    path.write_text(CLAIMS, encoding="utf-8")
    twin = tmp_path / "twin.yaml.bak"
    os.link(path, twin)
    inode = path.stat().st_ino
    assert _fix(path) == 0
    assert path.stat().st_ino == inode and path.stat().st_nlink == 2
    assert twin.read_text(encoding="utf-8") == FIXED
    assert sorted(p.name for p in tmp_path.iterdir()) == ["claims.yaml", "twin.yaml.bak"]


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="changing a file's owner needs root")
def test_owner_and_group_are_kept(tmp_path, house_rule):
    path = tmp_path / "claims.yaml"
    path.write_text(CLAIMS, encoding="utf-8")
    os.chown(path, 4242, 4343)
    assert _fix(path) == 0
    assert (path.stat().st_uid, path.stat().st_gid) == (4242, 4343)
    assert path.read_text(encoding="utf-8") == FIXED


def test_extended_attributes_are_kept(tmp_path, house_rule):
    path = tmp_path / "claims.yaml"
    path.write_text(CLAIMS, encoding="utf-8")
    try:
        os.setxattr(path, "user.factcheck.review", b"desk-2")
    except (AttributeError, OSError) as exc:
        pytest.skip(f"no user extended attributes here: {exc}")
    assert _fix(path) == 0
    assert os.getxattr(path, "user.factcheck.review") == b"desk-2"
    assert path.read_text(encoding="utf-8") == FIXED


def test_a_read_only_file_is_refused_not_rewritten(tmp_path, capsys, house_rule):
    path = tmp_path / "claims.yaml"
    path.write_text(CLAIMS, encoding="utf-8")
    os.chmod(path, 0o444)
    assert _fix(path) == 2
    assert "claims.yaml is read-only (mode 0444); not changed" in capsys.readouterr().err
    assert path.read_text(encoding="utf-8") == CLAIMS
    assert stat.S_IMODE(path.stat().st_mode) == 0o444


def test_mode_is_kept(tmp_path, house_rule):
    path = tmp_path / "claims.yaml"
    path.write_text(CLAIMS, encoding="utf-8")
    os.chmod(path, 0o640)
    assert _fix(path) == 0
    assert stat.S_IMODE(path.stat().st_mode) == 0o640


# ----------------------------------------------------------------------------- outputs


def _quiz_args(*extra: str) -> list[str]:
    return ["quiz", "--count", "3", "--seed", "1", "-q", str(ROOT / "claims"), str(ROOT / "seeds"), *extra]


def test_quiz_output_on_a_full_disk_keeps_the_old_file(tmp_path, monkeypatch, capsys):
    out = tmp_path / "worksheet.md"
    out.write_text("last week's worksheet\n", encoding="utf-8")

    def full(fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    assert main(_quiz_args("-o", str(out))) == 2
    assert "No space left on device" in capsys.readouterr().err
    assert out.read_text(encoding="utf-8") == "last week's worksheet\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["worksheet.md"]


def test_worksheet_and_key_are_written_together_or_not_at_all(tmp_path, capsys):
    sheet = tmp_path / "worksheet.md"
    sheet.write_text("old worksheet\n", encoding="utf-8")
    key = tmp_path / "missing-folder" / "key.md"  # cannot be created
    assert main(_quiz_args("-o", str(sheet), "--key", str(key))) == 2
    assert "nothing was written" in capsys.readouterr().err
    assert sheet.read_text(encoding="utf-8") == "old worksheet\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["worksheet.md"]
    key.parent.mkdir()
    assert main(_quiz_args("-o", str(sheet), "--key", str(key))) == 0
    assert sheet.read_text(encoding="utf-8").startswith("#") and "Answer key" in key.read_text(encoding="utf-8")


def test_a_failed_replace_puts_back_the_files_already_replaced(tmp_path, monkeypatch):
    first, second = tmp_path / "a.md", tmp_path / "b.md"
    first.write_text("old a", encoding="utf-8")
    second.write_text("old b", encoding="utf-8")
    real_replace = os.replace
    calls = []

    def replace(src, dst):
        calls.append(dst)
        if len(calls) == 2:
            raise OSError(errno.EIO, "Input/output error")
        return real_replace(src, dst)

    monkeypatch.setattr(os, "replace", replace)
    with pytest.raises(FactcheckError, match="nothing was written"):
        files.write_files([(first, b"new a", None), (second, b"new b", None)])
    assert first.read_text(encoding="utf-8") == "old a" and second.read_text(encoding="utf-8") == "old b"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.md", "b.md"]


@pytest.mark.parametrize("umask, mode", [(0o022, 0o644), (0o077, 0o600), (0o002, 0o664)])
def test_a_new_report_gets_the_mode_the_umask_gives(tmp_path, umask, mode):
    out = tmp_path / "report.json"
    old = os.umask(umask)
    try:
        code = main(["check", "--format", "json", "-o", str(out), *BASE_ARGS])
    finally:
        os.umask(old)
    assert code == 0
    assert stat.S_IMODE(out.stat().st_mode) == mode


def test_output_to_dev_null_is_written_through(capsys):
    assert main(["check", "-q", "-o", os.devnull, *BASE_ARGS]) == 0
    assert os.path.exists(os.devnull) and stat.S_ISCHR(os.stat(os.devnull).st_mode)


# ----------------------------------------------------------------------------- reading special files


def _cli(*args: str, stdin: bytes | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "factcheck", *args], input=stdin, capture_output=True,
                          timeout=60, cwd=cwd)


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="no /dev/zero")
@pytest.mark.parametrize("command", [["check", str(SEEDS)], ["lint-text"]])
def test_dev_zero_is_refused_not_read_forever(command, capsys):
    assert main([*command, "/dev/zero"]) == 2
    err = capsys.readouterr().err
    what = "file" if command[0] == "check" else "draft"
    assert err == f"factcheck: error: /dev/zero: cannot read {what}: it is a character device, not a regular file\n"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
@pytest.mark.parametrize("command", [["check", str(SEEDS)], ["lint-text"]])
def test_a_fifo_named_on_the_command_line_does_not_block(tmp_path, command):
    fifo = tmp_path / "pipe.yaml"
    os.mkfifo(fifo)
    done = _cli(*command, str(fifo))  # would block on open() before the fix (timeout: 60 s)
    assert done.returncode == 2
    assert b"it is a FIFO (named pipe), not a regular file" in done.stderr


def test_a_huge_draft_is_refused_without_reading_it(tmp_path, capsys):
    from factcheck.cli._lint_text import MAX_DRAFT_BYTES

    draft = tmp_path / "draft.txt"
    with open(draft, "wb") as handle:  # sparse: 50 MB that take no disk
        handle.truncate(50 * 1024 * 1024)
    assert main(["lint-text", str(draft), "--claims", str(ROOT / "claims"), "--seeds", str(SEEDS)]) == 2
    err = capsys.readouterr().err
    assert err == (f"factcheck: error: {draft}: draft of 52,428,800 bytes exceeds the limit of "
                   f"{MAX_DRAFT_BYTES:,} bytes; lint it in parts\n")


def test_a_huge_draft_on_stdin_is_refused_at_the_limit():
    from factcheck.cli._lint_text import MAX_DRAFT_BYTES

    done = _cli("lint-text", "-", "--claims", str(ROOT / "claims"), "--seeds", str(SEEDS),
                stdin=b"Turkey. " * (MAX_DRAFT_BYTES // 8 + 1000))
    assert done.returncode == 2
    assert done.stderr.decode() == (f"factcheck: error: <stdin>: draft of more than {MAX_DRAFT_BYTES:,} "
                                    f"bytes exceeds the limit of {MAX_DRAFT_BYTES:,} bytes; lint it in parts\n")


def test_a_file_that_holds_more_than_stat_says_is_still_bounded(tmp_path):
    path = tmp_path / "grows.txt"
    path.write_bytes(b"x" * 100)

    class LyingStat:  # what /proc and /sys files do: size 0, content without a bound
        def __init__(self, real):
            self._real = real

        def __getattr__(self, name):
            return 0 if name == "st_size" else getattr(self._real, name)

    real_fstat = os.fstat
    import unittest.mock

    with unittest.mock.patch.object(os, "fstat", lambda fd: LyingStat(real_fstat(fd))):
        with pytest.raises(files.TooLargeError, match="more than 10 bytes exceeds the limit of 10"):
            files.read_regular(path, 10)
    assert files.read_regular(path, 100) == b"x" * 100


def test_missing_file_is_a_load_error(tmp_path):
    with pytest.raises(LoadError, match="cannot read file: No such file or directory"):
        files.read_regular(tmp_path / "nope.txt", 10)


# ----------------------------------------------------------------------------- "--"


def test_double_dash_makes_an_option_like_name_a_path(tmp_path, monkeypatch, capsys):
    folder = tmp_path / "-c"
    folder.mkdir()
    for seed in SEEDS.glob("*.txt"):
        (folder / seed.name).write_bytes(seed.read_bytes())
    monkeypatch.chdir(tmp_path)
    assert main(["check", "--isolated", "--", "-c"]) == 0
    assert capsys.readouterr().out == "checked 0 claims, 0 entities and 5 seeds in 5 files: 0 errors, 0 warnings\n"
    assert main(["check", "--isolated", "--", "-c", "--quiet"]) == 2
    assert capsys.readouterr().err == "factcheck: error: --quiet: no such file or directory\n"
