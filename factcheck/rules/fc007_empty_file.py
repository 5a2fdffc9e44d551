"""A file has no records.

What it checks: YAML files that are empty, hold only comments, or have an empty
`claims:`/`entities:`/`sources:` list.

Why it matters: usually a file that was meant to be filled, or a merge that lost
its content.

Example that fails:

```yaml
# claims about the March agreement: to do
claims: []
```

Fix: add the records or delete the file.
"""

from ..loading import LOAD_CODES
from ._base import passthrough

CODE = "FC007"
NAME, SEVERITY = LOAD_CODES[CODE]  # the loader reports it: its name and severity live there
SCOPE = "file"

__all__ = ["CODE", "NAME", "SCOPE", "SEVERITY", "check"]

check = passthrough(CODE)
