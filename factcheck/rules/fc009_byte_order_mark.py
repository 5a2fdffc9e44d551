"""A YAML file starts with a UTF-8 byte-order mark.

What it checks: the first bytes of every YAML file.

Why it matters: a BOM is invisible, some tools treat it as part of the first key,
and diffs show a change no one can see.

Example that fails: a file saved by an editor with "UTF-8 with BOM".

Fix: re-save as UTF-8 without BOM.
"""

from ..loading import LOAD_CODES
from ._base import passthrough

CODE = "FC009"
NAME, SEVERITY = LOAD_CODES[CODE]  # the loader reports it: its name and severity live there
SCOPE = "file"

__all__ = ["CODE", "NAME", "SCOPE", "SEVERITY", "check"]

check = passthrough(CODE)
