"""FC101's closest-passage search is bounded by the work it does, not by the input's size.

A 30 KB claim file can repeat one long quote through a thousand YAML aliases; each alias
is a claim of its own, and the search (quote length × seed length) ran once for each.
These tests count searches; they never time anything.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import factcheck
from factcheck.rules import _quotes

from .._fixtures import BASE, seed_texts

SEED = "000_081174c5714dbfd1"
LONG_QUOTE = " ".join(f"word{i} of a passage that no seed contains" for i in range(400))  # ~17,000 chars


def corpus_of(tmp_path: Path, text: str):
    path = tmp_path / "claims.yaml"
    path.write_text(text, "utf-8")
    return factcheck.load_corpus([*seed_texts(), BASE / "sources.yaml", BASE / "entities.yaml", path])


def counting(monkeypatch, name: str) -> list:
    calls: list = []
    real = getattr(_quotes, name)

    def wrapper(*args):
        calls.append(args[1][:20])
        return real(*args)

    monkeypatch.setattr(_quotes, name, wrapper)
    return calls


def test_aliases_of_one_missing_quote_are_searched_once(tmp_path, monkeypatch):
    text = ("claims:\n  - &c {id: bomb, statement: Turkey and Syria signed., verdict: supported,\n"
            f"       quotes: [{{seed: {SEED}, text: \"{LONG_QUOTE}\"}}]}}\n" + "  - *c\n" * 1000)
    assert len(text.encode()) < 30_000
    searches = counting(monkeypatch, "closest_passage")
    matches = counting(monkeypatch, "match_quote")
    corpus = corpus_of(tmp_path, text)
    report = factcheck.check(corpus, select=["FC1"])
    fc101 = [d for d in report.diagnostics if d.code == "FC101"]
    assert len(fc101) == 1001  # every alias is still reported, with the passage found once
    assert len({d.message for d in fc101}) == 1 and "closest passage (line " in fc101[0].message
    assert len(searches) == 1
    assert len(matches) == 1


def claims_with_missing_quotes(n: int) -> str:
    out = "claims:\n"
    for i in range(n):
        out += (f"  - id: claim-{i}\n    statement: Turkey and Syria signed.\n    verdict: supported\n"
                f"    quotes:\n      - {{seed: {SEED}, text: \"Quote {i} that the seed does not hold\"}}\n")
    return out


def test_past_the_budget_the_finding_stays_without_a_passage(tmp_path, monkeypatch):
    seed_chars = len((Path(seed_texts()[0])).read_text("utf-8"))
    quote_chars = len("Quote 0 that the seed does not hold")
    monkeypatch.setattr(_quotes, "SEARCH_BUDGET", 3 * seed_chars * quote_chars)  # three searches
    searches = counting(monkeypatch, "closest_passage")
    report = factcheck.check(corpus_of(tmp_path, claims_with_missing_quotes(5)), select=["FC101"])
    assert len(searches) == 3
    found = [(d.claim_id, d.line, d.column, "closest passage (line" in d.message) for d in report.diagnostics]
    assert found == [("claim-0", 6, 44, True), ("claim-1", 11, 44, True), ("claim-2", 16, 44, True),
                     ("claim-3", 21, 44, False), ("claim-4", 26, 44, False)]
    skipped = report.diagnostics[-1]
    assert skipped.message == (
        f"quote not found in seed {SEED}; closest passage not searched: this run's fuzzy-search budget "
        f"({3 * seed_chars * quote_chars:,} quote × seed characters) does not cover it")
    assert skipped.fix is None


def test_the_budget_is_per_run(tmp_path, monkeypatch):
    seed_chars = len((Path(seed_texts()[0])).read_text("utf-8"))
    monkeypatch.setattr(_quotes, "SEARCH_BUDGET", seed_chars * 40)
    corpus = corpus_of(tmp_path, claims_with_missing_quotes(1))
    for _ in range(2):
        [d] = factcheck.check(corpus, select=["FC101"]).diagnostics
        assert "closest passage (line" in d.message


@pytest.mark.parametrize("budget", [0, 1])
def test_a_search_that_alone_overruns_the_budget_is_not_started(tmp_path, monkeypatch, budget):
    monkeypatch.setattr(_quotes, "SEARCH_BUDGET", budget)
    searches = counting(monkeypatch, "closest_passage")
    [d] = factcheck.check(corpus_of(tmp_path, claims_with_missing_quotes(1)), select=["FC101"]).diagnostics
    assert searches == []
    assert "not searched" in d.message


# --------------------------------------------------------------------------- statements

LONG_STATEMENT = " ".join(["Turkey and Syria signed a memorandum of understanding, Murhaf Abu Qasra and "
                           "Yasar Guler said. Hakan Fidn is here"] * 150)  # ~17,000 chars


def test_aliases_of_one_long_statement_are_scanned_for_names_once(tmp_path, monkeypatch):
    from factcheck.normalize import names

    calls = {"find_mentions": 0, "near_misses": 0}
    for name in calls:
        real = getattr(names.NameIndex, name)

        def wrapper(self, *args, _real=real, _name=name, **kwargs):
            calls[_name] += 1
            return _real(self, *args, **kwargs)

        monkeypatch.setattr(names.NameIndex, name, wrapper)
    text = ("claims:\n  - &c {id: names, verdict: supported,\n"
            f"       statement: \"{LONG_STATEMENT}\"}}\n" + "  - *c\n" * 1000)
    assert len(text.encode()) < 30_000
    report = factcheck.check(corpus_of(tmp_path, text), select=["FC401", "FC402"])
    by_code = report.by_code()
    assert by_code["FC401"] == 1001 * 150 * 2  # Murhaf Abu Qasra, Yasar Guler: every claim, as before
    assert by_code["FC402"] == 1001 * 150      # Hakan Fidn
    assert calls == {"find_mentions": 1, "near_misses": 1}


def test_suppressions_shared_by_aliases_still_suppress(tmp_path):
    text = ("claims:\n  - &c {id: bomb, statement: Turkey and Syria signed., verdict: supported,\n"
            f"       quotes: [{{seed: {SEED}, text: \"not in the seed at all\"}}],\n"
            "       suppress: {FC101: the curator knows}}\n" + "  - *c\n" * 300
            + "  - {id: bomb, statement: Turkey and Syria signed., verdict: supported,\n"
            f"     quotes: [{{seed: {SEED}, text: \"not in the seed either\"}}]}}\n")
    report = factcheck.check(corpus_of(tmp_path, text), select=["FC101"])
    # the 301 copies suppress their own FC101; the last claim of the same id has no suppress
    # map, but (file, id) is how a finding finds its claim, so the first claim's map hides it
    assert report.diagnostics == []
    assert len(report.suppressed) == 302
