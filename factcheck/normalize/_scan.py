"""The shared scanning step of the date and number finders (private).

:func:`~factcheck.normalize.dates.find_dates` and
:func:`~factcheck.normalize.numbers.find_numbers` run a fixed set of regular
expressions over a text with typography folded. Two things here make that
cheap, and both give exactly what the plain code gives:

* **Folding.** :func:`prepare` folds a text as ``fold(text, typography=True,
  whitespace=False)`` does, but builds no per-character offset table when none
  is needed: an ASCII text is its own fold, and an NFC text whose typographic
  characters are all replaced one for one (curly quotes, dashes, odd spaces) is
  itself with those characters replaced, with the same offsets. Anything else (an
  ellipsis, a soft hyphen, text that is not NFC) goes through
  :func:`~factcheck.normalize.text.fold`.
* **Where a pattern is tried.** ``pattern.finditer`` tries the pattern at every
  position of the text. Every finder pattern starts with a negative look-behind
  that excludes a word character, then either a word character (a digit, or
  the first letter of one of a few words such as a month, a weekday, "in",
  "more"; the word is always followed by a non-word character) or one of a few
  symbols (``$``). So a match can only start at the start of a run of word
  characters whose lower-case form is one of the pattern's first words, or
  that starts with an ASCII digit, or that is not ASCII (where Unicode case
  folding could surprise: ``(?i:s)`` matches ``ſ``), or at one of the symbols.
  :class:`Scanner` lists the words of the text once (``\\w+`` runs), looks
  each up in a table of the first words of all its patterns, tries each
  pattern only at its candidate positions with ``pattern.match(text, pos)``
  (look-behinds still see the text before ``pos``), and steps on from the end
  of each match exactly as ``finditer`` does. A hypothesis property in the
  tests pins ``Scanner(specs).finditer(prepare(t))`` to ``finditer`` of each
  pattern over ``fold(t).text``.

Hand-written because no library takes "the positions where this regex can
match" as an input; the standard ``re`` module has no multi-pattern scanner.
A prepared text is cached for the last few texts (keyed by the text itself), so
the date finder and the number finder scanning the same statement one after
the other tokenise it once.

Layer: normalize (held by ``tests/project/test_layers.py``): may import
``factcheck.normalize`` itself, the data modules (facts, corpus, …) and the types; never the
loader, the rules or anything above. Pure: no I/O, no clock.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Sequence

from .text import TYPOGRAPHY, Folded, fold

__all__ = ["Anchored", "Prepared", "Scanner", "prepare"]

_WORD_RUN = re.compile(r"\w+")
#: typography replaced one character for one keeps every offset
_ONE_FOR_ONE = re.compile("[" + "".join(re.escape(k) for k, v in TYPOGRAPHY.items() if len(v) == 1) + "]")
_NOT_ONE_FOR_ONE = re.compile("[" + "".join(re.escape(k) for k, v in TYPOGRAPHY.items() if len(v) != 1) + "]")


@dataclass(frozen=True)
class Anchored:
    """A finder pattern and where its matches can start (see the module docstring).

    ``words``: the lower-case first words of the pattern; ``digit``: a match may start
    with an ASCII digit; ``symbols``: non-word characters a match may start with.
    The pattern must never match the empty string.
    """

    pattern: re.Pattern[str]
    words: frozenset[str] = frozenset()
    digit: bool = False
    symbols: str = ""


class Scanner:
    """Several :class:`Anchored` patterns tried where their matches can start, in one
    pass over the words of a text (built once, at import, by each finder)."""

    def __init__(self, specs: Sequence[Anchored]) -> None:
        self.specs = tuple(specs)
        table: dict[str, list[int]] = {}
        for i, spec in enumerate(self.specs):
            for word in spec.words:
                table.setdefault(word, []).append(i)
        self._table = {word: tuple(ids) for word, ids in table.items()}
        self._digit = tuple(i for i, spec in enumerate(self.specs) if spec.digit)
        self._every = tuple(range(len(self.specs)))
        self._symbols = tuple((symbol, tuple(i for i, spec in enumerate(self.specs) if symbol in spec.symbols))
                              for symbol in sorted({c for spec in self.specs for c in spec.symbols}))

    def starts(self, prepared: Prepared) -> list[list[int]]:
        """Per pattern, every position where a match can start, in order (a superset)."""
        starts: list[list[int]] = [[] for _ in self.specs]
        table, digit, every = self._table, self._digit, self._every
        for pos, key in prepared.words():
            hit = table.get(key)
            if hit is None:
                if key is _OTHER:
                    hit = every
                elif key[0].isdigit():
                    hit = digit
                else:
                    continue
            for i in hit:
                starts[i].append(pos)
        text = prepared.text
        for symbol, ids in self._symbols:
            at = text.find(symbol)
            if at == -1:
                continue
            while at != -1:
                for i in ids:
                    starts[i].append(at)
                at = text.find(symbol, at + 1)
            for i in ids:
                starts[i].sort()
        return starts

    def finditer(self, prepared: Prepared) -> list[list[re.Match[str]]]:
        """Per pattern, ``list(spec.pattern.finditer(prepared.text))``, trying each pattern
        only where a match can start."""
        text = prepared.text
        out: list[list[re.Match[str]]] = []
        for spec, starts in zip(self.specs, self.starts(prepared)):
            found: list[re.Match[str]] = []
            if starts:
                match = spec.pattern.match
                end = 0
                for pos in starts:
                    if pos < end:
                        continue
                    m = match(text, pos)
                    if m is not None:
                        found.append(m)
                        end = m.end()
            out.append(found)
        return out


#: the key of a run of word characters that is not ASCII: every pattern is tried there
_OTHER = "\x00"


class Prepared:
    """A text folded for the finders, with its words listed on first need."""

    __slots__ = ("original", "text", "_folded", "_words")

    def __init__(self, original: str, text: str, folded: Folded | None) -> None:
        self.original = original
        self.text = text
        self._folded = folded  # None: text and original share every offset
        self._words: list[tuple[int, str]] | None = None

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """The span of the original text behind ``text[start:end]`` (:meth:`Folded.original_span`)."""
        if self._folded is None:
            return start, end
        return self._folded.original_span(start, end)

    def words(self) -> list[tuple[int, str]]:
        """(start, key) of every run of word characters: the key is the run in lower
        case when it is ASCII, :data:`_OTHER` when it is not."""
        if self._words is None:
            text = self.text
            if text.isascii():  # lower() keeps every offset of an ASCII text
                self._words = [(m.start(), m.group()) for m in _WORD_RUN.finditer(text.lower())]
            else:
                self._words = [(m.start(), w.lower() if w.isascii() else _OTHER)
                               for m in _WORD_RUN.finditer(text) for w in (m.group(),)]
        return self._words


def _typography(m: re.Match[str]) -> str:
    return TYPOGRAPHY[m.group()]


@lru_cache(maxsize=16)
def prepare(text: str) -> Prepared:
    """``text`` as ``fold(text, typography=True, whitespace=False)`` gives it, for scanning."""
    if text.isascii():
        return Prepared(text, text, None)
    if unicodedata.is_normalized("NFC", text) and not _NOT_ONE_FOR_ONE.search(text):
        translated = _ONE_FOR_ONE.sub(_typography, text)
        if unicodedata.is_normalized("NFC", translated):
            return Prepared(text, translated, None)
    folded = fold(text, typography=True, whitespace=False)
    return Prepared(text, folded.text, folded)
