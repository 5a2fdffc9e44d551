"""The quiz reuses the name index the check built over the same corpus."""

from __future__ import annotations

import dataclasses

import factcheck
from factcheck.normalize.names import NameIndex
from factcheck.quiz import generate, render

from ._corpus import load


def test_the_check_hands_its_name_index_over_and_the_quiz_is_the_same_either_way():
    corpus = load()
    report = factcheck.check(corpus)
    assert isinstance(report.name_index, NameIndex)  # the name rules built one
    reused = render(generate(corpus, count=30, seed=4, report=report), "json")
    own = render(generate(corpus, count=30, seed=4, report=dataclasses.replace(report, name_index=None)), "json")
    assert reused == own


def test_a_check_without_name_rules_has_no_index_and_the_report_does_not_print_it():
    corpus = load()
    report = factcheck.check(corpus, select=["FC101"])
    assert report.name_index is None
    assert "name_index" not in repr(report)
