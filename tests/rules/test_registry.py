"""The rule registry: every rule module it lists speaks the rule protocol."""

from __future__ import annotations


def test_every_rule_module_exports_the_rule_protocol():
    from factcheck.rules.registry import _MODULES

    for module in _MODULES:
        assert {"CODE", "NAME", "SEVERITY", "check"} <= set(module.__all__), module.__name__
