"""``add-source``: copy an article into the seeds folder and propose its ``sources.yaml`` entry.

The seed's bytes are the file's bytes (nothing decoded and re-encoded, nothing trimmed).
Its stem is ``NNN_<16 hex>``: ``NNN`` the next free three-digit number in the folder, the
hex the first 16 digits of the SHA-256 of the bytes, so the same article always gets the
same hash and adding it twice is noticed (the bundled five stems follow the same shape but
are not SHA-256 digests of their bytes: their origin is not recorded).

The entry is appended to ``sources.yaml`` as text (the file's comments and layout are
kept), with a comment naming the line each field came from; seed and entry are written as
one all-or-nothing transaction that refuses a ``sources.yaml`` changed meanwhile.

Layer: authoring (held by ``tests/project/test_layers.py``): may import
``factcheck.authoring`` itself, the output wings and everything below; never the cli or the
pytest plugin.
"""

from __future__ import annotations

import hashlib
import os
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from .._files import read_regular, write_files
from ..errors import LoadError, UsageError
from ._furniture import Field, SourceGuess, guess_source
from ._yamltext import flow, scalar

__all__ = ["AddedSource", "add_source", "render_entry", "seed_stem"]

MAX_ARTICLE_BYTES = 4 * 1024 * 1024
_STEM = re.compile(r"^(\d{3})_[0-9a-f]{16}$")


@dataclass(frozen=True)
class AddedSource:
    """What :func:`add_source` did (or, with ``dry_run``, would do)."""

    seed_id: str
    seed_path: str
    sources_path: str
    entry: str
    guess: SourceGuess
    existing: bool  # the same bytes were already a seed: nothing written


def seed_stem(data: bytes, existing_stems: list[str]) -> str:
    """``NNN_<first 16 hex digits of SHA-256(data)>``, NNN the next number after the highest."""
    numbers = [int(m.group(1)) for s in existing_stems if (m := _STEM.match(s))]
    number = max(numbers, default=-1) + 1
    if number > 999:
        raise UsageError("the seeds folder already holds seed 999; stems have three digits")
    return f"{number:03d}_{hashlib.sha256(data).hexdigest()[:16]}"


def _comment(f: Field | None, missing: str) -> str:
    if f is None:
        return f"  # {missing}"
    if f.line == 0:
        return f"  # {f.words}"
    words = f.words if len(f.words) <= 70 else f.words[:67] + "…"
    return f"  # line {f.line}: {words}"


def render_entry(seed_id: str, guess: SourceGuess, *, url: str | None = None, indent: str = "  ") -> str:
    """The proposed ``sources.yaml`` list item, commented with the line of each field."""
    pad = indent + "  "
    out = [f"{indent}- id: {scalar(seed_id)}", f"{pad}file: {scalar(seed_id + '.txt')}"]

    def line(key: str, f: Field | None, missing: str) -> None:
        out.append(f"{pad}{key}: {scalar(None if f is None else f.value)}{_comment(f, missing)}")

    line("headline", guess.headline, "no headline line found")
    line("outlet", guess.outlet, "the text names no outlet")
    line("byline", guess.byline, "no 'By …' line")
    published = None if guess.published is None else guess.published.isoformat()
    where = guess.published_as
    out.append(f"{pad}published: {scalar(published)}"
               + (_comment(where, "") if where else "  # the text states no publication date: never guessed"))
    line("published_as", guess.published_as if guess.published_as and guess.published_as.line else None,
         "as the text writes it: it does not")
    line("dateline", guess.dateline, "no 'CITY (Credit) –' dateline")
    agencies = "[" + ", ".join(scalar(a.value) for a in guess.agencies) + "]"
    where_agencies = ", ".join(f"{a.value} line {a.line}" for a in guess.agencies)
    out.append(f"{pad}agencies: {agencies}" + (f"  # {where_agencies}" if where_agencies else ""))
    if url is not None:
        out.append(f"{pad}url: {scalar(url)}  # given with --url")
    if guess.furniture:
        out.append(f"{pad}furniture:")
        for g in guess.furniture:
            item = flow({"lines": [g.first, g.last], "kind": g.kind, "text": g.text})
            out.append(f"{pad}  - {item}  # {g.reason}")
    else:
        out.append(f"{pad}furniture: []  # no furniture found by the heuristics")
    out.append(f"{pad}note: {scalar('Proposed by factcheck add-source: check each field and furniture span against the text.')}")
    return "\n".join(out) + "\n"


def _indent_of(sources_text: str) -> str:
    m = re.search(r"^( *)- id:", sources_text, re.MULTILINE)
    return m.group(1) if m else "  "


def add_source(article: str | os.PathLike[str], seeds_dir: str | os.PathLike[str] = "seeds", *,
               outlet: str | None = None, published: date | None = None, url: str | None = None,
               dry_run: bool = False) -> AddedSource:
    """Copy ``article`` into ``seeds_dir`` and append its proposed entry to ``sources.yaml``.

    ``outlet``, ``published`` and ``url`` give what the text does not say; ``published``
    must agree with a date the text states. Raises :class:`UsageError`/:class:`LoadError`
    (one line) for an unreadable or non-UTF-8 article, a missing folder, or a conflict.
    """
    shown = os.fspath(article)
    data = read_regular(article, MAX_ARTICLE_BYTES, name=shown, what="article")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise LoadError(f"the article is not UTF-8 text (byte 0x{data[exc.start]:02x} at offset {exc.start})",
                        file=shown) from None
    if not text.strip():
        raise UsageError("the article is empty", file=shown)
    seeds = Path(seeds_dir)
    if not seeds.is_dir():
        raise UsageError(f"seeds folder {os.fspath(seeds_dir)!r} does not exist")
    sources_path = seeds / "sources.yaml"
    stems = sorted(p.stem for p in seeds.glob("*.txt"))
    for stem in stems:
        other = seeds / f"{stem}.txt"
        if other.stat().st_size == len(data) and other.read_bytes() == data:
            guess = guess_source(text)
            return AddedSource(stem, os.fspath(other), os.fspath(sources_path), "", guess, True)

    guess = guess_source(text)
    if published is not None:
        if guess.published is not None and guess.published != published:
            raise UsageError(f"--date {published.isoformat()} contradicts the date the text states on line "
                             f"{guess.published_as.line if guess.published_as else '?'} "
                             f"({guess.published.isoformat()})")
        if guess.published is None:
            guess.published = published
            guess.published_as = Field(published.isoformat(), 0, "given with --date; the text states no date")
    if outlet is not None:
        guess.outlet = Field(outlet, 0, "given with --outlet")
    stem = seed_stem(data, stems)
    old = sources_path.read_bytes() if sources_path.exists() else None
    old_text = "sources:\n" if old is None else old.decode("utf-8")
    entry = render_entry(stem, guess, url=url, indent=_indent_of(old_text))
    new_text = old_text + ("" if old_text.endswith("\n") else "\n") + ("\n" if old is not None else "") + entry
    seed_path = seeds / f"{stem}.txt"
    if not dry_run:
        write_files([(seed_path, data, None), (sources_path, new_text.encode("utf-8"), old)])
    return AddedSource(stem, os.fspath(seed_path), os.fspath(sources_path), entry, guess, False)
