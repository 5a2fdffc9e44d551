"""JUnit XML: one ``<testsuite>``, one ``<testcase>`` per checked claim and one per file.

A claim's test case fails with all findings on that claim; a file's test case
(name ``[file]``) fails with the findings that belong to no claim (YAML errors,
unknown keys, seed registry problems). Fatal findings (a file that could not be
read) are ``<error>``, the rest ``<failure>``. No timestamps or durations, so the
output is byte-identical for the same input. Built with ``xml.etree`` (escaping is
the library's job); characters XML 1.0 cannot carry are replaced by U+FFFD.

The document is valid against the ``junit-10.xsd`` of Jenkins' xUnit plugin (the
strictest reader in common use; pytest's ``--junitxml`` passes it too), so it
carries only attributes that schema allows: no ``file`` on ``<testcase>`` and no
``skipped`` on ``<testsuites>``. Where a finding is lives in what every reader shows:
the test case's ``classname`` is the file, and each line of the failure's body is
``file:line:column: CODE message``.

Layer: output wing (held by ``tests/project/test_layers.py``): may import
``factcheck.reporters`` itself, checking and everything below; never another output wing
(reporters, fix, lint_text, export, quiz), authoring or the cli.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from ..diagnostics import Diagnostic, Severity

__all__ = ["FILE_CASE", "render"]

#: Name of the test case that holds a file's findings that belong to no claim.
FILE_CASE = "[file]"

_INVALID_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _clean(text: str) -> str:
    return _INVALID_XML.sub("\ufffd", text)


def _line(d: Diagnostic) -> str:
    text = f"{d.file}:{d.line}:{d.column}: {d.code} {d.message}"
    if d.fix is not None:
        text += f"\n    fix: {d.fix.description}"
    return text


def render(report) -> str:
    claims_of: dict[str, list[str]] = {}
    for file, claim_id in report.checked_claims:
        claims_of.setdefault(file, []).append(claim_id)
    cases: dict[tuple[str, str], list[Diagnostic]] = {}
    for file in [*report.files, *claims_of]:  # each file's own case, then its claims'
        cases.setdefault((file, FILE_CASE), [])
        for claim_id in claims_of.get(file, ()):
            cases.setdefault((file, claim_id), [])
    for d in report.diagnostics:
        key = (d.file, d.claim_id) if d.claim_id and (d.file, d.claim_id) in cases else (d.file, FILE_CASE)
        cases.setdefault(key, []).append(d)

    failures = sum(1 for found in cases.values()
                   if found and not any(d.severity is Severity.fatal for d in found))
    errors = sum(1 for found in cases.values() if any(d.severity is Severity.fatal for d in found))
    counts = {"tests": str(len(cases)), "failures": str(failures), "errors": str(errors)}
    root = ET.Element("testsuites", {"name": "factcheck", **counts})
    suite = ET.SubElement(root, "testsuite", {"name": "factcheck", **counts, "skipped": "0"})
    for (file, name), found in cases.items():
        case = ET.SubElement(suite, "testcase", {"classname": _clean(file), "name": _clean(name)})
        if not found:
            continue
        fatal = any(d.severity is Severity.fatal for d in found)
        codes = sorted({d.code for d in found})
        noun = "finding" if len(found) == 1 else "findings"
        element = ET.SubElement(case, "error" if fatal else "failure", {
            "message": _clean(f"{len(found)} {noun}: {', '.join(codes)}"),
            "type": codes[0],
        })
        element.text = _clean("\n".join(_line(d) for d in found))
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
