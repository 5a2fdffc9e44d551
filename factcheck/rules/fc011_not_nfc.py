r"""A YAML file contains text that is not in Unicode normal form C.

What it checks: that every file is NFC; the finding points at the first
decomposed character (for example `u` followed by a combining diaeresis instead of `ü`).

Why it matters: `Güler` in NFD and in NFC look the same but are different strings,
so a quote may not match its seed byte for byte and a name may miss the registry.

Example that fails: `name: "Yasar Gu\u0308ler"`.

Fix: normalise the file to NFC (most editors have an option; `uconv -x any-nfc`).
"""

from ..loading import LOAD_CODES
from ._base import passthrough

CODE = "FC011"
NAME, SEVERITY = LOAD_CODES[CODE]  # the loader reports it: its name and severity live there
SCOPE = "file"

__all__ = ["CODE", "NAME", "SCOPE", "SEVERITY", "check"]

check = passthrough(CODE)
