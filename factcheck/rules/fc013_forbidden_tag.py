"""A file uses a YAML tag that could construct objects (`!!python/object`, custom tags).

What it checks: every tag other than the core ones (`!!str`, `!!int`, `!!float`,
`!!bool`, `!!null`, `!!map`, `!!seq`, `!!timestamp`).

Why it matters: such tags are how unsafe YAML loaders run code. factcheck only ever
reads plain data and refuses the file (exit 2).

Example that fails:

```yaml
claims: !!python/object/apply:os.system ["echo owned"]
```

Fix: remove the tag.
"""

from ..loading import LOAD_CODES
from ._base import passthrough

CODE = "FC013"
NAME, SEVERITY = LOAD_CODES[CODE]  # the loader reports it: its name and severity live there
SCOPE = "file"

__all__ = ["CODE", "NAME", "SCOPE", "SEVERITY", "check"]

check = passthrough(CODE)
