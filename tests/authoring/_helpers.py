"""A copy of the bundled fact base in a temporary folder: the tests never write the real one."""

from __future__ import annotations

import shutil
from pathlib import Path

from factcheck.cli import main

ROOT = Path(__file__).resolve().parents[2]
SEED_IDS = sorted(p.stem for p in (ROOT / "seeds").glob("*.txt"))


def copy_base(tmp_path: Path) -> Path:
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    shutil.copytree(ROOT / "claims", tmp_path / "claims")
    return tmp_path


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err
