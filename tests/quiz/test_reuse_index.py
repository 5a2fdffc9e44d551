"""The quiz reuses the name index the check built over the same corpus (NameIndex.of)."""

from __future__ import annotations

import factcheck
from factcheck.normalize.names import NameIndex
from factcheck.quiz import generate, render

from ._corpus import load


def test_the_quiz_uses_the_checks_name_index_and_is_the_same_with_a_fresh_one():
    corpus = load()
    report = factcheck.check(corpus)
    index = corpus.derived["name_index"]  # the name rules built one
    reused = render(generate(corpus, count=30, seed=4, report=report), "json")
    assert NameIndex.of(corpus) is index
    corpus.derived.clear()
    own = render(generate(corpus, count=30, seed=4, report=report), "json")
    assert corpus.derived["name_index"] is not index
    assert reused == own


def test_a_check_without_name_rules_builds_no_index():
    corpus = load()
    factcheck.check(corpus, select=["FC101"])
    assert "name_index" not in corpus.derived
