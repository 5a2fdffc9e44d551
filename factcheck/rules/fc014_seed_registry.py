"""`sources.yaml` and the seed texts do not agree.

What it checks: a source entry whose seed text was not found (its `id` has no
`<id>.txt` among the seeds loaded, or `file` names another file), a seed text with no
entry in `sources.yaml`, and a furniture span whose lines lie outside the text or
whose `text` does not occur in those lines.

Why it matters: without its entry a seed has no publication date, so relative dates
("on Wednesday") cannot be resolved and page furniture cannot be told from the body.

Example that fails:

```yaml
sources:
  - id: 005_missing
    file: 005_missing.txt
```

Fix: add the text to `seeds/`, or the entry to `seeds/sources.yaml`, or correct the lines.
"""

from __future__ import annotations

from typing import Iterator

from ..diagnostics import Diagnostic, Severity
from ._base import Context

CODE = "FC014"
NAME = "seed-registry-mismatch"
SEVERITY = Severity.error
SCOPE = "file"

__all__ = ["CODE", "NAME", "SCOPE", "SEVERITY", "check"]


def check(ctx: Context) -> Iterator[Diagnostic]:
    corpus = ctx.corpus
    described = {s.id for s in corpus.sources}
    for source in corpus.sources:
        origin = source.origin
        file = origin.file if origin else None
        seed = corpus.seeds.get(source.id)
        if seed is None:
            if corpus.seeds or corpus.seed_dirs:
                line, column = source.locate("id") or (1, 1)
                yield ctx.finding(CODE, f"source {source.id!r} has no seed text {source.file!r}",
                                  file=file, line=line, column=column)
            continue
        if seed.file.rsplit("/", 1)[-1] != source.file:
            line, column = source.locate("file") or (1, 1)
            yield ctx.finding(CODE, f"source {source.id!r} names file {source.file!r} but its text is "
                              f"{seed.file!r}", file=file, line=line, column=column)
        n_lines = len(seed.line_starts)
        for i, span in enumerate(source.furniture):
            start, end = span.lines
            if end > n_lines:
                line, column = source.locate("furniture", i, "lines") or (1, 1)
                yield ctx.finding(CODE, f"furniture lines {start}-{end} lie outside {seed.file} "
                                  f"({n_lines} lines)", file=file, line=line, column=column)
            elif span.text:
                s, e = seed.line_span(start, end)
                if seed.text.find(span.text, s, e) == -1:
                    line, column = source.locate("furniture", i, "text") or (1, 1)
                    yield ctx.finding(CODE, f"furniture text {span.text[:50]!r} is not in lines "
                                      f"{start}-{end} of {seed.file}", file=file, line=line, column=column)
    if corpus.sources:
        for seed_id, seed in sorted(corpus.seeds.items()):
            if seed_id not in described:
                yield ctx.finding(CODE, f"seed {seed_id!r} has no entry in sources.yaml",
                                  file=seed.file, line=1, column=1, severity=Severity.warning)
