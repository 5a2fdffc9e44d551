"""Every module of the package says what it is for and which layer it is in.

A module's docstring opens with what the module is for; every module but the rule modules
ends it with a ``Layer:`` paragraph naming its layer of ``test_layers.py`` and what it may
not import. A rule module's docstring is the rule's documentation (``factcheck rule``,
``docs/rules.md``), so the rules' layer is stated once, in ``factcheck/rules/__init__.py``.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from .test_layers import LAYERS, PACKAGE, _group, _layer, _module

#: The names the ``Layer:`` paragraphs give the layers of ``test_layers.LAYERS``, lowest first.
LAYER_NAMES = ["types", "data", "normalize", "loading", "rules", "checking", "output wing", "authoring",
               "cli", "entry points"]

MODULES = sorted(PACKAGE.rglob("*.py"))
RULE_MODULE = re.compile(r"fc\d{3}_\w+\.py")


def _docstring(path: Path) -> str | None:
    return ast.get_docstring(ast.parse(path.read_text(encoding="utf-8")))


def test_there_is_a_name_for_every_layer():
    assert len(LAYER_NAMES) == len(LAYERS)


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(PACKAGE.parent)))
def test_every_module_starts_with_a_docstring_that_names_its_layer(path):
    doc = _docstring(path)
    assert doc and len(doc.split()) >= 4, f"{path}: no docstring saying what the module is for"
    if path.parent.name == "rules" and RULE_MODULE.fullmatch(path.name):
        return  # the rule's documentation; its layer is stated in rules/__init__.py
    found = re.search(r"^Layer: (.+?)[ ,(]", doc, re.MULTILINE)
    assert found, f"{path}: the docstring has no 'Layer:' paragraph"
    name = next((n for n in sorted(LAYER_NAMES, key=len, reverse=True)
                 if doc[found.start() + len("Layer: "):].startswith(n)), None)
    expected = LAYER_NAMES[_layer(_group(_module(path)))]
    assert name == expected, f"{path}: says layer {name!r}, test_layers.py places it in {expected!r}"
    assert "never" in doc[found.start():] or expected == "types", f"{path}: say what it may not import"
