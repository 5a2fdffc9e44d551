"""A record does not have the shape its file kind requires.

What it checks: every claim, entity and source record against the models in
`factcheck.models` (unknown keys, missing keys, wrong types, values outside their
vocabulary, a `between` number without `low`/`high`, a date that does not fit its
precision). Each error points at the offending key or value. A record with a
schema error is skipped; the other records are still checked.

Why it matters: a misspelt key (`verdcit:`) would otherwise be silently ignored.

Example that fails:

```yaml
claims:
  - id: mou-signed
    statement: Turkey and Syria signed a memorandum.
    verdcit: supported
```

Fix: as the message says; `factcheck schema` prints the JSON Schema for editors.
"""

from ..loading import LOAD_CODES
from ._base import passthrough

CODE = "FC004"
NAME, SEVERITY = LOAD_CODES[CODE]  # the loader reports it: its name and severity live there
SCOPE = "file"

__all__ = ["CODE", "NAME", "SCOPE", "SEVERITY", "check"]

check = passthrough(CODE)
