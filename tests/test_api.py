"""The public API of ``factcheck`` is pinned, and it checks without the command line."""

from __future__ import annotations

from pathlib import Path

import factcheck

ROOT = Path(__file__).resolve().parents[1]


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
