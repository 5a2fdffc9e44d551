"""Seeds are evidence (byte for byte); the public API is pinned."""

from __future__ import annotations

import hashlib
from pathlib import Path

import factcheck

ROOT = Path(__file__).resolve().parents[1]

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


def test_public_api_is_pinned():
    assert sorted(factcheck.__all__) == sorted([
        "Claim", "ConfigError", "Corpus", "DateFact", "Diagnostic", "Entity", "EntityFact",
        "FactcheckError", "Fix", "LoadError", "NumberFact", "Qualifier", "Quote", "QuoteSpan",
        "Report", "Seed", "Severity", "Source", "UsageError", "Verdict", "__version__", "check",
        "load_corpus",
    ])
    for name in factcheck.__all__:
        assert hasattr(factcheck, name), name


def test_library_api_checks_without_the_cli(tmp_path):
    claims = tmp_path / "claims.yaml"
    claims.write_text(
        "claims:\n"
        "  - id: mou-signed\n"
        "    statement: Turkey and Syria signed a memorandum of understanding on 13 August 2025.\n"
        "    verdict: supported\n"
        "    quotes:\n"
        "      - seed: 000_081174c5714dbfd1\n"
        "        text: Turkey and Syria inked a memorandum of understanding on Wednesday\n",
        encoding="utf-8",
    )
    corpus = factcheck.load_corpus([*sorted((ROOT / "seeds").glob("*.txt")), claims])
    report = factcheck.check(corpus, select=["FC1"])
    assert report.diagnostics == []
    (span,) = report.quote_spans
    seed = corpus.seeds[span.seed]
    assert seed.text[span.start:span.end] == corpus.claims[0].quotes[0].text
    assert span.exact


def test_every_rule_module_exports_the_rule_protocol():
    from factcheck.rules.registry import _MODULES

    for module in _MODULES:
        assert {"CODE", "NAME", "SEVERITY", "check"} <= set(module.__all__), module.__name__


def test_the_check_function_and_the_checking_module_have_different_names():
    import types

    import factcheck
    import factcheck.checking

    assert not isinstance(factcheck.check, types.ModuleType)
    assert factcheck.check is factcheck.checking.check


def test_one_name_index_per_corpus_shared_by_check_and_lint_text():
    import factcheck
    from factcheck.lint_text import Linter
    from factcheck.normalize.names import NameIndex

    from ._fixtures import ROOT

    corpus = factcheck.load_corpus([ROOT / "claims", ROOT / "seeds"])
    factcheck.check(corpus)
    index = corpus.derived["name_index"]
    assert NameIndex.of(corpus) is index
    assert Linter(corpus).name_index is index
    assert NameIndex.of(factcheck.load_corpus([ROOT / "claims"])) is not index
