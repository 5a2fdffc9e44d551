"""Shared test helpers: reports built by hand (reporters only format) and a safe-fix rule."""

from __future__ import annotations

from typing import Iterator

from factcheck.checking import Report
from factcheck.diagnostics import Diagnostic, Fix, Severity
from factcheck.rules._base import Context, Rule


def diag(code: str = "FC101", severity: Severity = Severity.error, message: str = "quote not found",
         file: str = "claims/mou.yaml", line: int = 3, column: int = 7, claim_id: str | None = "mou-signed",
         fix: Fix | None = None, name: str = "quote-not-found") -> Diagnostic:
    return Diagnostic(code, name, severity, message, file, line, column, claim_id, fix)


def report(*diagnostics: Diagnostic, files: list[str] | None = None,
           claims: list[tuple[str, str]] | None = None) -> Report:
    files = files if files is not None else sorted({d.file for d in diagnostics})
    claims = claims if claims is not None else sorted({(d.file, d.claim_id) for d in diagnostics if d.claim_id})
    return Report(list(diagnostics), files, len(claims), 0, 0, [], [], claims, [])


# ----------------------------------------------------------------------------- a rule with safe fixes
# (the house-spelling rule is written elsewhere; these tests must not depend on it)

HOUSE = {"Yasar Guler": "Yaşar Güler", "Murhaf Abu Qasra": "Murhef Abu Qasra"}


def _house_check(ctx: Context) -> Iterator[Diagnostic]:
    for claim in ctx.corpus.claims:
        for wrong, right in HOUSE.items():
            if wrong in claim.statement:
                yield ctx.finding("FC999", f"{wrong!r} is not the house spelling {right!r}", claim=claim,
                                  path=("statement",), fix=Fix(f"write {right!r}", wrong, right, safe=True))


HOUSE_RULE = Rule("FC999", "test-house-spelling", Severity.warning, "Test rule: house spelling.",
                  "Test rule: house spelling.", _house_check, __name__)
