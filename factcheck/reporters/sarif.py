"""SARIF 2.1.0 (the format GitHub code scanning and most IDEs read), built as plain dicts.

``tool.driver`` names factcheck and lists every registered rule with its summary and
its whole documentation inline (``help``: the rule module's docstring, which SARIF
viewers show). Links are written only where the docs are known to be published: with
``docs_url`` (``[tool.factcheck] docs-url`` or ``check --docs-url``, the address of
factcheck's ``docs/`` folder as the team publishes it), ``informationUri`` is that
address and each rule's ``helpUri`` is its section of the rules reference,
``{docs_url}/rules.md#{anchor}`` with the anchor ``docs/rules.md`` gives the rule's
heading (``fc101-quote-not-found``). Without it neither is written: SARIF wants
absolute URIs there, and a link that leads nowhere is worse than none.

Each result points at its file relative to the project root (the folder of the
nearest ``pyproject.toml``, else the current folder; see :mod:`._paths`), whatever
folder the check ran from: ``artifactLocation.uri`` is that relative path,
percent-encoded, against ``uriBaseId`` ``%SRCROOT%``, and ``run.originalUriBaseIds``
says where ``%SRCROOT%`` was (GitHub code scanning and the SARIF viewers resolve it).
A file outside the root gets its absolute ``file://`` URI and no base id. Regions are
1-based; columns count Unicode code points (``columnKind``). A fix suggestion goes into
the result's ``properties`` (SARIF ``fixes`` need exact byte regions).

``partialFingerprints["factcheck/v1"]`` lets code scanning follow a finding across
commits: a hash of the rule code, the claim id, the file (relative to the root) and
the message with references to other lines (``claims/a.yaml:12``, ``at line 12``)
taken out, plus ``:N`` for the N-th result with the same hash. No line or column goes
in, so a finding keeps its fingerprint when unrelated lines above it move.

No SARIF library is used: the document is a few nested dicts, and the tests check it
against the official SARIF 2.1.0 JSON schema.

Layer: output wing (held by ``tests/project/test_layers.py``): may import
``factcheck.reporters`` itself, checking and everything below; never another output wing
(reporters, fix, lint_text, export, quiz), authoring or the cli.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from pathlib import Path
from typing import Iterable
from urllib.parse import quote

from ..diagnostics import Diagnostic, Severity
from ._paths import project_root, relative_to_root

__all__ = ["FINGERPRINT", "LEVELS", "SARIF_SCHEMA", "SARIF_VERSION", "SRCROOT", "fingerprint", "help_uri",
           "render", "to_sarif"]

SARIF_VERSION = "2.1.0"
SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
LEVELS = {Severity.fatal: "error", Severity.error: "error", Severity.warning: "warning",
          Severity.info: "note"}
#: The base id of every relative ``artifactLocation``: the project root.
SRCROOT = "%SRCROOT%"
#: Key of the result's ``partialFingerprints`` entry (versioned: a new recipe is a new key).
FINGERPRINT = "factcheck/v1"

# references to other places in the fact base, which move when unrelated lines do
_ELSEWHERE = re.compile(r"(\.(?:ya?ml|txt|toml)):\d+(?::\d+)?|\b(at line) \d+")


def help_uri(rule, docs_url: str) -> str:
    """The rule's section of the rules reference published at ``docs_url`` (the anchor
    ``docs/rules.md`` gives the rule's heading)."""
    from .._docs import _anchor

    return f"{docs_url.rstrip('/')}/rules.md#{_anchor(rule)}"


def fingerprint(d: Diagnostic, path: str) -> str:
    """Hash of code, claim id, ``path`` and the message without line references (no ``:N``)."""
    message = _ELSEWHERE.sub(lambda m: m.group(1) if m.group(1) else m.group(2), d.message)
    key = "\0".join((d.code, d.claim_id or "", path, message))
    return hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()[:32]


def _location(file: str, root) -> tuple[dict, str]:
    """(``artifactLocation``, the path that goes into the fingerprint)."""
    rel = relative_to_root(file, root)
    if rel is None:
        absolute = Path(os.path.abspath(file))
        return {"uri": absolute.as_uri()}, absolute.as_posix()
    return {"uri": quote(rel), "uriBaseId": SRCROOT}, rel


def _rule(rule, docs_url: str | None) -> dict:
    descriptor = {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": rule.summary},
        "fullDescription": {"text": rule.doc},
    }
    if docs_url:
        descriptor["helpUri"] = help_uri(rule, docs_url)
    descriptor.update({
        "help": {"text": rule.doc, "markdown": rule.doc},
        "defaultConfiguration": {"level": LEVELS[rule.severity]},
        "properties": {"tags": [rule.code[:3] + "xx"]},
    })
    return descriptor


def _root_uri(root) -> str:
    uri = Path(os.path.realpath(root)).as_uri()
    return uri if uri.endswith("/") else uri + "/"


def to_sarif(report, rules: Iterable | None = None, *, root: str | os.PathLike[str] | None = None,
             docs_url: str | None = None) -> dict:
    """The SARIF log as a dict; ``rules`` defaults to the rule registry, ``root`` (the folder
    artifact URIs are relative to) to the project root."""
    from .._version import __version__

    if rules is None:
        from ..rules.registry import RULES

        rules = RULES
    rules = list(rules)
    root = project_root() if root is None else root
    index = {rule.code: i for i, rule in enumerate(rules)}
    results = []
    locations: dict[str, tuple[dict, str]] = {}
    seen: dict[str, int] = {}
    for d in report.diagnostics:
        located = locations.get(d.file)
        if located is None:
            located = locations[d.file] = _location(d.file, root)
        artifact, path = located
        result: dict = {"ruleId": d.code}
        if d.code in index:
            result["ruleIndex"] = index[d.code]
        result["level"] = LEVELS[d.severity]
        result["message"] = {"text": d.message}
        result["locations"] = [{"physicalLocation": {
            "artifactLocation": dict(artifact),
            "region": {"startLine": d.line, "startColumn": d.column},
        }}]
        digest = fingerprint(d, path)
        seen[digest] = n = seen.get(digest, 0) + 1
        result["partialFingerprints"] = {FINGERPRINT: f"{digest}:{n}"}
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
                **({"informationUri": docs_url.rstrip("/") + "/"} if docs_url else {}),
                "rules": [_rule(r, docs_url) for r in rules],
            }},
            "invocations": [{"executionSuccessful": not report.fatal}],
            "originalUriBaseIds": {SRCROOT: {
                "uri": _root_uri(root),
                "description": {"text": "The project root: the folder of the nearest pyproject.toml."},
            }},
            "columnKind": "unicodeCodePoints",
            "results": results,
        }],
    }


def render(report, rules: Iterable | None = None, *, root: str | os.PathLike[str] | None = None,
           docs_url: str | None = None) -> str:
    # compact: SARIF is read by machines, and indenting costs several times the encoding
    return json.dumps(to_sarif(report, rules, root=root, docs_url=docs_url), ensure_ascii=False,
                      separators=(",", ":")) + "\n"
