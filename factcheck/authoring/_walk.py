"""``review`` as a walk-through: one drafted record at a time, for a curator at a terminal.

For each record still awaiting review, in the order of the draft file, :func:`walk` shows

* the record as the draft file has it (its comments, statement, facts, quote, ``related``, note),
* its quote in context: the seed's paragraph (line) with the quote between ``>>`` and ``<<``,
* what ``check`` finds on it in the whole fact base (or "checks clean"),

then asks: **a**\\ ccept, **e**\\ dit, **s**\\ kip, **d**\\ rop or **q**\\ uit.

* *accept* asks for the claim id (a suggestion from the statement; Enter takes it), the verdict
  (Enter: ``supported``; any other needs a rationale) and the claim file (Enter: ``--into`` or
  the last one used), then moves the record there with :func:`~._review.review`: checked first,
  one transaction, comments and order kept. A record the check refuses stays, with the findings.
* *edit* hands the record's text to the editor (``$VISUAL``, else ``$EDITOR``); the edited
  text replaces the record in the draft (atomically, and only if the draft still loads), and the
  record is shown again. Without an editor, it says so and asks again.
* *skip* leaves the record for later; *drop* removes it from the draft; *quit* (or the end of the
  input) stops, leaving the rest as it is.

Every decision is written when it is taken: quitting half way loses nothing already decided.
The I/O is passed in (:class:`Console`), so the walk is tested by feeding it answers.

Layer: authoring (held by ``tests/project/test_layers.py``): may import
``factcheck.authoring`` itself, the output wings and everything below; never the cli or the
pytest plugin.
"""

from __future__ import annotations

import os
import re
import textwrap
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from .._files import write_files
from ..errors import UsageError
from ..models import ID_PATTERN
from ._review import _VERDICTS, _read, draft_blocks, review

__all__ = ["Console", "WalkResult", "walk"]

_CHOICES = {"a": "accept", "accept": "accept", "e": "edit", "edit": "edit", "s": "skip", "skip": "skip",
            "d": "drop", "drop": "drop", "q": "quit", "quit": "quit", "": "skip"}
_PROMPT = "accept, edit, skip, drop or quit? [a/e/s/d/q] "


@dataclass
class Console:
    """The walk's I/O: ``ask(prompt)`` returns the answer, or None at the end of the input;
    ``say(text)`` shows a line; ``edit(text)`` returns the edited text, or None without an editor."""

    ask: Callable[[str], "str | None"]
    say: Callable[[str], None]
    edit: Callable[[str], "str | None"] | None = None


@dataclass
class WalkResult:
    accepted: list[tuple[str, str]] = field(default_factory=list)  # (new id, claim file)
    dropped: list[str] = field(default_factory=list)
    edited: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    left: int = 0  # records still awaiting review when the walk ended
    quit: bool = False


def _suggest_id(statement: str, taken: set[str]) -> str:
    words = re.findall(r"[a-z0-9]+", statement.lower().replace("’", "").replace("'", ""))
    words = [w for w in words if w not in ("the", "a", "an", "of", "and", "to", "in", "on", "that", "its", "has")]
    base = "-".join(words[:6]) or "claim"
    name, n = base, 2
    while name in taken:
        name, n = f"{base}-{n}", n + 1
    return name


def _context(corpus, claim, width: int = 96) -> list[str]:
    """The seed paragraph around the record's first quote, the quote marked ``>> … <<``."""
    if not claim.quotes:
        return []
    q = claim.quotes[0]
    seed = corpus.seeds.get(q.seed)
    if seed is None:
        return [f"  (seed {q.seed} is not in the fact base)"]
    at = seed.text.find(q.text)
    if at == -1:
        return [f"  (the quote is not in seed {q.seed} as written)"]
    line = seed.line_of(at)
    first = seed.text.rfind("\n", 0, at) + 1
    last = seed.text.find("\n", at + len(q.text))
    last = len(seed.text) if last == -1 else last
    before, after = seed.text[first:at], seed.text[at + len(q.text):last]
    if len(before) > 240:
        before = "…" + before[-240:].split(" ", 1)[-1]
    if len(after) > 240:
        after = after[:240].rsplit(" ", 1)[0] + "…"
    paragraph = f"{before}>>{q.text}<<{after}".strip()
    out = [f"  quote in context (seed {q.seed}, line {line}):"]
    out += textwrap.wrap(paragraph, width, initial_indent="    | ", subsequent_indent="    | ",
                         break_long_words=False, break_on_hyphens=False)
    return out


def _replace_block(draft: Path, block_id: str, new_block: str) -> None:
    old = _read(draft, "draft")
    text = old.decode("utf-8")
    lines = text.split("\n")
    block = next(b for b in draft_blocks(text) if b.id == block_id)
    new_lines = new_block.rstrip("\n").split("\n")
    data = "\n".join([*lines[:block.first], *new_lines, *lines[block.end:]]).encode("utf-8")
    write_files([(draft, data, old)])


def _edit(draft: Path, base: list[str], block_id: str, console: Console) -> str | None:
    """The record's new id after an edit that was kept, or None."""
    from ..loading import load_corpus

    if console.edit is None:
        console.say("  no editor: set $VISUAL or $EDITOR to edit a record here, or edit the draft file itself")
        return None
    old = _read(draft, "draft")
    text = old.decode("utf-8")
    lines = text.split("\n")
    block = next(b for b in draft_blocks(text) if b.id == block_id)
    before = "\n".join(lines[block.first:block.end]) + "\n"
    after = console.edit(before)
    if after is None or after == before:
        console.say("  unchanged")
        return None
    blocks = draft_blocks(after)
    if len(blocks) != 1:
        console.say(f"  not kept: the edited text must hold one record ('  - id: …'), it holds {len(blocks)}")
        return None
    _replace_block(draft, block_id, after)
    corpus = load_corpus([*base, draft])
    fatal = [d for d in corpus.diagnostics if Path(d.file).resolve() == draft.resolve()]
    if fatal:
        write_files([(draft, old, _read(draft, "draft"))])  # put the record back as it was
        console.say("  not kept: the draft would not load:")
        for d in fatal:
            console.say(f"    {d.file}:{d.line}:{d.column}: {d.code} {d.message}")
        return None
    return blocks[0].id


def _accept(draft: Path, base: list[str], block_id: str, claim, taken: set[str], console: Console,
            into: list[str | None]) -> str | None:
    """The new id when moved, "" when refused, None at the end of the input."""
    suggestion = _suggest_id(claim.statement, taken)
    while True:
        answer = console.ask(f"  claim id [{suggestion}]: ")
        if answer is None:
            return None
        new_id = answer.strip() or suggestion
        if re.fullmatch(ID_PATTERN[1:-1], new_id) and not new_id.startswith("draft-"):
            break
        console.say(f"  {new_id!r}: a claim id is lowercase words joined by hyphens, not starting draft-")
    while True:
        answer = console.ask("  verdict [supported]: ")
        if answer is None:
            return None
        verdict = answer.strip() or "supported"
        if verdict in _VERDICTS:
            break
        console.say(f"  {verdict!r}: expected one of {', '.join(_VERDICTS)}")
    rationale = None
    while verdict != "supported" and not rationale:
        answer = console.ask(f"  rationale (why {verdict}): ")
        if answer is None:
            return None
        rationale = answer.strip() or None
    while True:
        shown = f" [{into[0]}]" if into[0] else ""
        answer = console.ask(f"  claim file{shown}: ")
        if answer is None:
            return None
        target = answer.strip() or into[0]
        if target and Path(target).is_file():
            break
        console.say(f"  {target!r} is not a claim file" if target else "  which claim file? (e.g. claims/mou.yaml)")
    try:
        result = review(draft, base, accept=[f"{block_id}={new_id}"], into=target, verdict=verdict,
                        rationale=rationale)
    except UsageError as exc:
        console.say(f"  not accepted: {exc}")
        return ""
    if result.findings:
        console.say("  not accepted: check finds errors in it (nothing was written):")
        for d in result.findings:
            console.say(f"    {d.file}:{d.line}:{d.column}: {d.code} {d.message}")
        return ""
    into[0] = target
    taken.add(new_id)
    console.say(f"  moved into {target} as {new_id} ({verdict})")
    return new_id


def walk(draft: str | os.PathLike[str], fact_base: list[str], console: Console, *,
         into: str | os.PathLike[str] | None = None) -> WalkResult:
    """Walk the curator through the records of ``draft`` awaiting review (see the module docs)."""
    draft_path = Path(draft)
    base = [p for p in fact_base if Path(p).resolve() != draft_path.resolve()]
    result = WalkResult()
    last_into: list[str | None] = [os.fspath(into) if into is not None else None]
    seen: set[str] = set()  # records shown and skipped (or refused): not shown again in this walk
    done: list[str] = []  # records decided or skipped, for the count shown
    total = None
    while True:
        listing = review(draft_path, base)
        pending = [p for p in listing.pending if p[0] not in seen]
        if total is None:
            total = len(listing.pending)
        if not pending:
            break
        block_id, findings, notes, related = pending[0]
        corpus = listing.corpus
        claim = corpus.claim_index[block_id]
        text = _read(draft_path, "draft").decode("utf-8")
        block = next(b for b in draft_blocks(text) if b.id == block_id)
        console.say("")
        console.say(f"[{len(done) + 1}/{max(total, len(done) + len(pending))}] {block_id}")
        for line in text.split("\n")[block.first:block.end]:
            console.say(line)
        for line in _context(corpus, claim):
            console.say(line)
        if findings:
            console.say(f"  check: {len(findings)} finding(s)")
            for d in findings:
                console.say(f"    {d.code} {d.message}")
        else:
            console.say("  check: clean")
        while True:
            answer = console.ask(_PROMPT)
            if answer is None:
                choice = "quit"
                break
            choice = _CHOICES.get(answer.strip().lower())
            if choice:
                break
            console.say(f"  {answer.strip()!r}? " + _PROMPT.split("?")[0])
        if choice == "quit":
            result.quit = True
            break
        if choice == "skip":
            seen.add(block_id)
            done.append(block_id)
            result.skipped.append(block_id)
        elif choice == "drop":
            review(draft_path, base, drop=[block_id])
            done.append(block_id)
            result.dropped.append(block_id)
            console.say(f"  dropped {block_id}")
        elif choice == "edit":
            new_id = _edit(draft_path, base, block_id, console)
            if new_id is not None:
                result.edited.append(new_id)
                console.say(f"  edited {new_id}; shown again")
        else:
            taken = set(corpus.claim_index)
            moved = _accept(draft_path, base, block_id, claim, taken, console, last_into)
            if moved is None:
                result.quit = True
                break
            if moved:
                done.append(block_id)
                result.accepted.append((moved, last_into[0] or ""))
    final = review(draft_path, base)
    result.left = len(final.pending)
    return result
