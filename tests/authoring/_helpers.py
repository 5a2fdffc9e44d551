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


def add_seed(base: Path, seed_id: str, text: str, published: str = "2025-08-14") -> Path:
    """Write seed ``seed_id`` with ``text`` into the copied base and register it in sources.yaml."""
    path = base / "seeds" / f"{seed_id}.txt"
    path.write_text(text, encoding="utf-8")
    with open(base / "seeds" / "sources.yaml", "a", encoding="utf-8") as f:
        f.write(f'\n  - id: "{seed_id}"\n    file: {seed_id}.txt\n    published: "{published}"\n')
    return path


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err
