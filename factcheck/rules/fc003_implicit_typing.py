"""An unquoted value in a text field would be read as a boolean, number or date.

What it checks: plain (unquoted) scalars in text fields that YAML 1.1 tools type
implicitly: `NO`, `yes`, `on` (booleans), `010` (octal 8), `1.10` (the float 1.1),
`12:30:45` (sexagesimal 45045), `2025-08-14` (a date).

Why it matters: factcheck reads them as the text you wrote, but PyYAML, yamllint
and most editors' YAML plugins do not: a statement `NO` becomes `False`, an id
`010` becomes `8`. Quoting makes the file mean the same thing everywhere.

Example that fails:

```yaml
claims:
  - id: "010"
    statement: NO
```

Fix: quote the value: `statement: "NO"`. Typed fields (`published`, number
`value`) are exempt: a plain date or number is what they mean.
"""

from ..loading import LOAD_CODES
from ._base import passthrough

CODE = "FC003"
NAME, SEVERITY = LOAD_CODES[CODE]  # the loader reports it: its name and severity live there
SCOPE = "file"

__all__ = ["CODE", "NAME", "SCOPE", "SEVERITY", "check"]

check = passthrough(CODE)
