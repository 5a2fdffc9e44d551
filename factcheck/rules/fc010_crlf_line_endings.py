r"""A YAML file uses CRLF (Windows) or CR line endings.

What it checks: any carriage return in a YAML file; the finding points at the first.

Why it matters: mixed line endings make diffs noisy and can hide a `\r` inside a
block-scalar statement or quote.

Example that fails: a file saved on Windows without `core.autocrlf`.

Fix: convert to LF (`dos2unix FILE`) and add `* text=auto` to `.gitattributes`.
"""

from ..loading import LOAD_CODES
from ._base import passthrough

CODE = "FC010"
NAME, SEVERITY = LOAD_CODES[CODE]  # the loader reports it: its name and severity live there
SCOPE = "file"

__all__ = ["CODE", "NAME", "SCOPE", "SEVERITY", "check"]

check = passthrough(CODE)
