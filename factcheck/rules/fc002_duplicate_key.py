"""A mapping has the same key twice.

What it checks: every mapping in every file, at the second occurrence of the key.

Why it matters: YAML tools silently keep the *last* value, so an edit to the first
one seems to do nothing, or a verdict changes without anyone seeing it. factcheck
keeps the first value and reports the second.

Example that fails:

```yaml
claims:
  - id: mou-signed
    verdict: supported
    verdict: refuted
```

Fix: delete one of the two keys.
"""

from ..loading import LOAD_CODES
from ._base import passthrough

CODE = "FC002"
NAME, SEVERITY = LOAD_CODES[CODE]  # the loader reports it: its name and severity live there
SCOPE = "file"

__all__ = ["CODE", "NAME", "SCOPE", "SEVERITY", "check"]

check = passthrough(CODE)
