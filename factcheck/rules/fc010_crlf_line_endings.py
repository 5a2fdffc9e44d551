r"""A YAML file uses CRLF (Windows) or CR line endings.

What it checks: any carriage return in a YAML file; the finding points at the first.

Why it matters: mixed line endings make diffs noisy and can hide a `\r` inside a
block-scalar statement or quote.

Example that fails: a file saved on Windows without `core.autocrlf`.

Fix: convert to LF (`dos2unix FILE`) and add `* text=auto` to `.gitattributes`.
"""

from ..diagnostics import Severity
from ._base import passthrough

CODE = "FC010"
NAME = "crlf-line-endings"
SEVERITY = Severity.warning

__all__ = ["CODE", "NAME", "SEVERITY", "check"]

check = passthrough(CODE)
