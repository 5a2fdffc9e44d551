"""Seeds are evidence: the bundled seed articles are the originals, byte for byte."""

from __future__ import annotations

import hashlib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

SEED_SHA256 = {
    "000_081174c5714dbfd1.txt": "96cd540095e223cf9efb438167e73afa6204a8cb6b7d424cce7d0d9b2ab17124",
    "001_aa72598c36228cb3.txt": "f2fdfea152312303865a9ce8491e34827defd4b41082df29919ea33411a94324",
    "002_346b15368b31c8c0.txt": "151aa464089c8c401a5996934dce8b974c20d644d108d495f47d15a07fad3029",
    "003_26570aaabef3dbf1.txt": "960b3ecaf5fc16928b46bd974f5d4380f8a9b9a7408755fa3bff53b8059cc551",
    "004_8852cf15b64951e6.txt": "77d95a33a1ae5f9af961d849f52eb60e32b9d2b97e4ce3be15cd5e01eee59954",
}


def test_seed_texts_are_the_originals_byte_for_byte():
    found = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in (ROOT / "seeds").glob("*.txt")}
    assert found == SEED_SHA256


def test_seeds_match_shared_originals_when_present():
    shared = ROOT.parent / "shared" / "seeds"
    if not shared.is_dir():
        return  # outside the workplace there is no shared/ folder; the hashes above still hold
    for path in shared.glob("*.txt"):
        assert (ROOT / "seeds" / path.name).read_bytes() == path.read_bytes()
