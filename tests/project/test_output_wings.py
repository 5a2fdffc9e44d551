"""The three output wings register their formats one way: a FORMATS table of format name ->
module, each module's ``render`` writes that format, imported on first use; the CLI's
choices are the tables' keys."""

from __future__ import annotations

import importlib
import subprocess
import sys

import pytest

import factcheck.export as export
import factcheck.quiz.exporters as quiz_exporters
import factcheck.reporters as reporters
from factcheck.cli._check import FORMAT_NAMES as CHECK_FORMATS
from factcheck.cli._export import EXPORT_FORMATS
from factcheck.cli._quiz import FORMAT_NAMES as QUIZ_FORMATS


@pytest.mark.parametrize("wing, choices", [(reporters, CHECK_FORMATS), (export, EXPORT_FORMATS),
                                           (quiz_exporters, QUIZ_FORMATS)])
def test_each_wing_maps_every_cli_format_to_a_module_with_render(wing, choices):
    assert tuple(wing.FORMATS) == tuple(choices)
    for fmt, module_name in wing.FORMATS.items():
        module = importlib.import_module(f"{wing.__name__}.{module_name}")
        assert callable(module.render), fmt
        assert "render" in module.__all__, fmt


def test_the_command_line_imports_no_output_format_until_one_is_used():
    code = ("import sys, factcheck.cli, factcheck.reporters; "
            "print(sorted(m for m in sys.modules if m.startswith(('factcheck.export', 'factcheck.reporters.', "
            "'factcheck.quiz'))))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert eval(out) == []


def test_export_render_passes_warnings_to_the_caller():
    from factcheck import check, load_corpus

    from .._fixtures import ROOT

    corpus = load_corpus([ROOT / "claims", ROOT / "seeds"])
    warnings: list[str] = []
    text = export.render(corpus, check(corpus), "claimreview", warn=warnings.append,
                         url_template="https://news.example/checks/{id}")
    assert text.startswith("[") and '"url": "https://news.example/checks/' in text
    assert any("no ClaimReview author" in w for w in warnings)
