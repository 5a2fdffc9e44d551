"""``review``: walk a draft file's records, then accept, drop or leave each one.

A draft file (what ``factcheck draft`` writes) is a list of records, each a block of text:
the comment lines directly above ``  - id: …`` and the record's indented lines. Review
works on those blocks as text, so the comments, the key order and the layout a curator
edited survive:

* **list** (no action): every record still awaiting review, with what ``check`` says about
  it in the whole fact base, its ``related`` claims and notes, and the command that accepts it;
* **accept** ``ID`` (optionally ``ID=NEW-ID``): the block moves to the end of ``--into``
  (a claim file), with the verdict set (``supported`` unless ``--verdict`` says otherwise;
  another verdict needs ``--rationale``), the draft rationale and the ``awaits review``
  marker removed (any note after the marker is kept) and the new id;
* **drop** ``ID``: the block is removed from the draft.

Before anything is written, the fact base as it would be is loaded and checked: an accepted
record with an error finding is refused (the findings are returned, nothing is written).
The draft file and the claim file are written together, all or nothing, and refused if
either changed since it was read.

Layer: authoring (held by ``tests/project/test_layers.py``): may import
``factcheck.authoring`` itself, the output wings and everything below; never the cli or the
pytest plugin.
"""

from __future__ import annotations

import dataclasses
import os
import re
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from .._files import read_regular, write_files
from ..errors import UsageError
from ..models import ID_PATTERN
from ._yamltext import scalar

__all__ = ["Block", "ReviewResult", "draft_blocks", "review"]

_ID_LINE = re.compile(r"^  - id: (\S+)\s*$")
_MARKER = "awaits review"
_VERDICTS = ("supported", "refuted", "disputed", "outdated", "unverified")


@dataclass(frozen=True)
class Block:
    """One record of a draft file: its id and lines ``[first, end)`` (0-based) of the file."""

    id: str
    first: int
    end: int


@dataclass
class ReviewResult:
    accepted: list[str] = field(default_factory=list)
    dropped: list[str] = field(default_factory=list)
    findings: list = field(default_factory=list)  # diagnostics that refused the review
    pending: list[tuple[str, list, list[str], str]] = field(default_factory=list)  # listing
    corpus: object = None  # listing: the fact base with the draft, as loaded


def draft_blocks(text: str) -> list[Block]:
    """The record blocks of a draft file, in order (comments above a record belong to it)."""
    lines = text.split("\n")
    starts = [i for i, line in enumerate(lines) if _ID_LINE.match(line)]
    blocks = []
    for n, at in enumerate(starts):
        first = at
        while first > 0 and lines[first - 1].startswith("  #"):
            first -= 1
        end = starts[n + 1] if n + 1 < len(starts) else len(lines)
        while end > at + 1 and (not lines[end - 1].strip() or lines[end - 1].startswith("  #")):
            end -= 1
        blocks.append(Block(_ID_LINE.match(lines[at]).group(1), first, end))
    return blocks


_RELATED_LINE = re.compile(r"^    related: \[(.*)\]\s*$")


def _relink(line: str, renames: dict[str, str], gone: set[str], keep_drafts: bool = True) -> str | None:
    """A ``related:`` line with accepted ids renamed and dropped ones removed (None: no ids left).
    Out of the draft (``keep_drafts=False``) links to records still in review are left out."""
    m = _RELATED_LINE.match(line)
    if m is None:
        return line
    ids = [i.strip() for i in m.group(1).split(",") if i.strip()]
    out = []
    for i in ids:
        if i in gone:
            continue
        i = renames.get(i, i)
        if not keep_drafts and i.startswith("draft-") and i not in renames.values():
            continue
        if i not in out:
            out.append(i)
    return f"    related: [{', '.join(out)}]" if out else None


def _accepted_text(lines: list[str], new_id: str, verdict: str, rationale: str | None,
                   renames: dict[str, str] | None = None, gone: set[str] = frozenset()) -> list[str]:
    out = []
    for line in lines:
        if _RELATED_LINE.match(line):
            relinked = _relink(line, renames or {}, gone, keep_drafts=False)
            if relinked is not None:
                out.append(relinked)
        elif _ID_LINE.match(line):
            out.append(f"  - id: {new_id}")
        elif line.startswith("    verdict: "):
            out.append(f"    verdict: {verdict}")
            if rationale is not None:
                out.append(f"    rationale: {scalar(rationale)}")
        elif line.startswith("    rationale: ") and "not yet reviewed" in line:
            continue
        elif line.startswith("    note: ") and _MARKER in line:
            rest = re.sub(rf"^\"{_MARKER}(?:; )?", '"', line[len("    note: "):])
            if rest != '""':
                out.append(f"    note: {rest}")
        else:
            out.append(line)
    return out


def _read(path: Path, what: str) -> bytes:
    return read_regular(path, 16 * 1024 * 1024, name=os.fspath(path), what=what)


def review(draft: str | os.PathLike[str], fact_base: list[str], *, accept: list[str] = (),
           drop: list[str] = (), into: str | os.PathLike[str] | None = None, verdict: str = "supported",
           rationale: str | None = None, dry_run: bool = False) -> ReviewResult:
    """Review the records of ``draft`` against the fact base at ``fact_base`` (see the module docs)."""
    from ..checking import check
    from ..loading import load_corpus

    draft_path = Path(draft)
    draft_bytes = _read(draft_path, "draft")
    try:
        text = draft_bytes.decode("utf-8")
    except UnicodeDecodeError:
        raise UsageError("the draft is not UTF-8 text", file=os.fspath(draft_path)) from None
    blocks = {b.id: b for b in draft_blocks(text)}
    if verdict not in _VERDICTS:
        raise UsageError(f"unknown verdict {verdict!r}; expected one of {', '.join(_VERDICTS)}")
    if verdict != "supported" and not rationale and accept:
        raise UsageError(f"--verdict {verdict} needs --rationale (every verdict but supported says why)")
    renames: dict[str, str] = {}
    for item in accept:
        old, _, new = item.partition("=")
        renames[old] = new or old
    for name in [*renames, *drop]:
        if name not in blocks:
            known = ", ".join(blocks) or "none"
            raise UsageError(f"no record {name!r} in the draft (records: {known})", file=os.fspath(draft_path))
    for new in renames.values():
        if not re.fullmatch(ID_PATTERN[1:-1], new):
            raise UsageError(f"claim id {new!r} must be lowercase words joined by hyphens")
    if set(renames) & set(drop):
        raise UsageError(f"{sorted(set(renames) & set(drop))[0]!r} is both accepted and dropped")
    if renames and into is None:
        raise UsageError("--accept needs --into FILE, the claim file the accepted records move to")

    base = [p for p in fact_base if Path(p).resolve() != draft_path.resolve()]
    result = ReviewResult()
    if not renames and not drop:
        corpus = load_corpus([*base, draft_path])
        report = check(corpus)
        by_claim: dict[str, list] = {}
        for d in report.diagnostics:
            by_claim.setdefault(d.claim_id, []).append(d)
        claims = corpus.claim_index
        result.corpus = corpus
        for bid in blocks:
            claim = claims.get(bid)
            if claim is None or claim.note is None or not claim.note.startswith(_MARKER):
                continue
            notes = [n for n in claim.note.split("; ")[1:]]
            result.pending.append((bid, by_claim.get(bid, []), notes, ", ".join(claim.related)))
        return result

    lines = text.split("\n")
    into_path = Path(into) if into is not None else None
    moved: list[str] = []
    for bid, new in renames.items():
        b = blocks[bid]
        moved += [""] + _accepted_text(lines[b.first:b.end], new, verdict, rationale if verdict != "supported" else None,
                                       renames, set(drop))
    gone = {i for bid in [*renames, *drop] for i in range(blocks[bid].first, blocks[bid].end)}
    kept = []
    for i, line in enumerate(lines):
        if i not in gone:  # links to accepted records follow their new id; links to dropped ones go
            relinked = _relink(line, renames, set(drop))
            if relinked is not None:
                kept.append(relinked)
    new_draft = re.sub(r"\n{3,}", "\n\n", "\n".join(kept))
    if not draft_blocks(new_draft):
        new_draft = re.sub(r"^claims:\s*$", "claims: []", new_draft, flags=re.MULTILINE)
    writes = [(draft_path, new_draft.encode("utf-8"), draft_bytes)]
    if into_path is not None:
        if not into_path.exists():
            raise UsageError(f"claim file {os.fspath(into_path)!r} does not exist")
        into_bytes = _read(into_path, "claim file")
        into_text = into_bytes.decode("utf-8")
        if not re.search(r"^claims:\s*$", into_text, re.MULTILINE):
            raise UsageError("not a claim file with a block 'claims:' list to append to", file=os.fspath(into_path))
        new_into = into_text.rstrip("\n") + "\n" + "\n".join(moved) + "\n"
        writes.append((into_path, new_into.encode("utf-8"), into_bytes))

    # check the fact base as it would be, in a scratch copy of the two files
    with tempfile.TemporaryDirectory(prefix="factcheck-review-") as scratch:
        replaced = {Path(p).resolve(): Path(scratch) / f"{n}_{Path(p).name}" for n, (p, _, _) in enumerate(writes)}
        for (p, data, _), copy in zip(writes, replaced.values()):
            copy.write_bytes(data)
        paths = []
        for p in base:
            path = Path(p)
            if path.is_dir():
                for f in sorted(path.rglob("*")):
                    if f.is_file() and f.suffix in (".yaml", ".yml", ".txt") and f.resolve() not in replaced:
                        paths.append(f)
            elif path.resolve() not in replaced:
                paths.append(path)
        corpus = load_corpus([*paths, *replaced.values()])
        report = check(corpus)
        names = {Path(c).name: os.fspath(p) for p, c in zip((w[0] for w in writes), replaced.values())}
        blocking = []
        for d in report.diagnostics:
            if d.severity.value == "fatal" or (d.severity.value == "error" and d.claim_id in renames.values()):
                real = names.get(Path(d.file).name)
                message = d.message
                for copy, shown in names.items():  # "(first at <scratch copy>:55)" → the real file
                    message = re.sub(rf"\S*{re.escape(copy)}", lambda _m, shown=shown: shown, message)
                blocking.append(dataclasses.replace(d, file=real or d.file, message=message))
    if blocking:
        result.findings = blocking
        return result
    if not dry_run:
        write_files(writes)
    result.accepted = list(renames.values())
    result.dropped = list(drop)
    return result
