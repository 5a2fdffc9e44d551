"""A file is not well-formed YAML, or has characters YAML does not allow.

What it checks: the YAML parser's own errors (unclosed brackets, bad indentation,
tabs, control characters), reported at the line and column where parsing failed.

Why it matters: nothing in a file that does not parse can be checked, so the run is
incomplete and `factcheck check` exits 2.

Example that fails:

```yaml
claims:
  - id: mou-signed
    statement: [Turkey and Syria signed
```

Fix: close the bracket or quote the text; `yamllint` shows the same position.
"""

from ..loading import LOAD_CODES
from ._base import passthrough

CODE = "FC001"
NAME, SEVERITY = LOAD_CODES[CODE]  # the loader reports it: its name and severity live there
SCOPE = "file"

__all__ = ["CODE", "NAME", "SCOPE", "SEVERITY", "check"]

check = passthrough(CODE)
