"""A file exceeds a safety limit: size, nesting depth, scalar length or alias expansion.

What it checks: files over 32 MiB, nesting deeper than 64 levels, a single scalar
over 200,000 characters, and aliases that expand to more than 100,000 nodes (the
"billion laughs" alias bomb) or repeat more than 32 MiB of text (a short file of
aliases to one long statement is as much work as a file that long).

Why it matters: such input is almost always hostile or broken; reading it would hang
the check or exhaust memory. factcheck stops reading the file at once and exits 2.

Example that fails:

```yaml
a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]
b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]
c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]
# … and so on, each level nine times the last
```

Fix: split a genuinely large fact base into several files; never use aliases to
build large structures.
"""

from ..loading import LOAD_CODES
from ._base import passthrough

CODE = "FC012"
NAME, SEVERITY = LOAD_CODES[CODE]  # the loader reports it: its name and severity live there
SCOPE = "file"

__all__ = ["CODE", "NAME", "SCOPE", "SEVERITY", "check"]

check = passthrough(CODE)
