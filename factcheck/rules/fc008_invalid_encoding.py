"""A file is not valid UTF-8.

What it checks: the bytes of every YAML file and seed text; the message gives the
offending byte and where it is.

Why it matters: quotes are compared character by character with the seeds; a file in
Latin-1 or Windows-1252 cannot be read reliably, so the run is incomplete (exit 2).

Example that fails: a claim file saved as Windows-1252 with `Güler` (byte `0xfc`).

Fix: re-save the file as UTF-8.
"""

from ..loading import LOAD_CODES
from ._base import passthrough

CODE = "FC008"
NAME, SEVERITY = LOAD_CODES[CODE]  # the loader reports it: its name and severity live there
SCOPE = "file"

__all__ = ["CODE", "NAME", "SCOPE", "SEVERITY", "check"]

check = passthrough(CODE)
