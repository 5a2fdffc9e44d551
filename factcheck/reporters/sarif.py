"""SARIF 2.1.0 (the format GitHub code scanning and most IDEs read), built as plain dicts.

``tool.driver.rules`` lists every registered rule with its summary and its
documentation (the rule module's docstring); each result points at a relative
``artifactLocation.uri`` (percent-encoded, against ``%SRCROOT%``) and a 1-based
``region``. Columns count Unicode code points (``columnKind``). A fix suggestion
goes into the result's ``properties`` (SARIF ``fixes`` need exact byte regions).
No SARIF library is used: the document is a few nested dicts and the tests check
it against the schema's required structure.
"""

from __future__ import annotations

import json
import os
from pathlib import PurePosixPath, Path
from typing import Iterable
from urllib.parse import quote

from ..diagnostics import Severity

__all__ = ["LEVELS", "SARIF_SCHEMA", "SARIF_VERSION", "render", "to_sarif"]

SARIF_VERSION = "2.1.0"
SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
LEVELS = {Severity.fatal: "error", Severity.error: "error", Severity.warning: "warning",
          Severity.info: "note"}


def _location(file: str) -> dict:
    if os.path.isabs(file):
        return {"uri": Path(file).as_uri()}
    return {"uri": quote(PurePosixPath(file).as_posix()), "uriBaseId": "%SRCROOT%"}


def _rule(rule) -> dict:
    return {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": rule.summary},
        "fullDescription": {"text": rule.doc},
        "help": {"text": rule.doc, "markdown": rule.doc},
        "defaultConfiguration": {"level": LEVELS[rule.severity]},
        "properties": {"tags": [rule.code[:3] + "xx"]},
    }


def to_sarif(report, rules: Iterable | None = None) -> dict:
    """The SARIF log as a dict; ``rules`` defaults to the rule registry."""
    from .. import __version__

    if rules is None:
        from ..rules.registry import RULES

        rules = RULES
    rules = list(rules)
    index = {rule.code: i for i, rule in enumerate(rules)}
    results = []
    locations: dict[str, dict] = {}
    for d in report.diagnostics:
        artifact = locations.get(d.file)
        if artifact is None:
            artifact = locations[d.file] = _location(d.file)
        result: dict = {"ruleId": d.code}
        if d.code in index:
            result["ruleIndex"] = index[d.code]
        result["level"] = LEVELS[d.severity]
        result["message"] = {"text": d.message}
        result["locations"] = [{"physicalLocation": {
            "artifactLocation": dict(artifact),
            "region": {"startLine": d.line, "startColumn": d.column},
        }}]
        props = {}
        if d.claim_id:
            props["claimId"] = d.claim_id
        if d.fix is not None:
            props["fix"] = d.fix.description
        if props:
            result["properties"] = props
        results.append(result)
    return {
        "$schema": SARIF_SCHEMA,
        "version": SARIF_VERSION,
        "runs": [{
            "tool": {"driver": {
                "name": "factcheck",
                "version": __version__,
                "rules": [_rule(r) for r in rules],
            }},
            "invocations": [{"executionSuccessful": not report.fatal}],
            "columnKind": "unicodeCodePoints",
            "results": results,
        }],
    }


def render(report, rules: Iterable | None = None) -> str:
    # compact: SARIF is read by machines, and indenting costs several times the encoding
    return json.dumps(to_sarif(report, rules), ensure_ascii=False, separators=(",", ":")) + "\n"
