"""Text folding that remembers where every character came from.

What a library does here:

* ``unicodedata`` does Unicode normalisation (NFC) and case folding.
* ``anyascii`` transliterates one character at a time for the diacritics fold
  (``Güler`` → ``Guler``, ``Türkiye`` → ``Turkiye``, ``ı`` → ``i``).

What is hand-written, and why:

* **The offset bookkeeping.** No library returns, for a normalised string, the
  index of the original character each output character came from; quote
  verification needs it to report *where* in the seed a folded match is. NFC
  is applied to independent groups of characters (a starter and its combining
  marks, merged with the next group whenever they compose, e.g. Hangul jamo),
  so every output character maps to the start of the group it came from, and
  the result is checked against ``unicodedata.normalize`` on the whole string.
* **The typography table** (curly quotes and primes, dashes and minus,
  no-break and thin spaces, ellipsis, soft hyphen and zero-width characters): a
  newsroom's list, short and explicit.
* **The tokenizer**: one regular expression, compiled at import, for words
  (hyphenated, with apostrophes) and newsroom numbers (``20,000``, ``70%``,
  ``$326``).

Every function here is pure, total on ``str`` and linear in the input length.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from anyascii import anyascii

__all__ = [
    "FOLDS",
    "Folded",
    "Match",
    "Token",
    "casefold",
    "find_folded",
    "fold",
    "fold_typography",
    "nfc",
    "strip_diacritics",
    "tokenize",
]

#: The names a :class:`Folded` may list in ``applied``.
FOLDS = frozenset({"unicode-normalisation", "typography", "diacritics", "case", "whitespace"})

#: Typographic characters and their plain replacements.
TYPOGRAPHY: dict[str, str] = {
    # single quotes, apostrophes and primes
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'",
    "\u2032": "'", "\u2035": "'", "\u2039": "'", "\u203a": "'",
    # double quotes and double primes
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"',
    "\u2033": '"', "\u2036": '"', "\u00ab": '"', "\u00bb": '"',
    # hyphens, dashes, minus
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-",
    "\u2015": "-", "\u2212": "-", "\ufe58": "-", "\ufe63": "-", "\uff0d": "-",
    # spaces that are not a plain space
    "\u00a0": " ", "\u2000": " ", "\u2001": " ", "\u2002": " ", "\u2003": " ",
    "\u2004": " ", "\u2005": " ", "\u2006": " ", "\u2007": " ", "\u2008": " ",
    "\u2009": " ", "\u200a": " ", "\u202f": " ", "\u205f": " ", "\u3000": " ",
    # ellipsis
    "\u2026": "...",
    # invisible: soft hyphen, zero-width space, word joiner, byte-order mark
    "\u00ad": "", "\u200b": "", "\u2060": "", "\ufeff": "",
}
_TYPOGRAPHY_RE = re.compile("[" + "".join(TYPOGRAPHY) + "]")


@dataclass(frozen=True)
class Folded:
    """A folded string and, for each of its characters, where it came from.

    ``offsets[i]`` is the index in the original string of the character that
    produced ``text[i]``; ``offsets[len(text)] == len(original)``. Offsets never
    decrease, so a span ``[i, j)`` of ``text`` maps to ``[offsets[i], offsets[j])``
    of the original whenever ``i`` and ``j`` are character boundaries (use
    :meth:`original_span` for any span). ``applied`` names the folds that
    changed something.
    """

    text: str
    offsets: tuple[int, ...]
    applied: frozenset[str]

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """The span of the original string that produced ``text[start:end]``.

        Rounds outwards to whole original characters, so a span inside an
        expansion (one of the three dots of a folded "…") maps to that character.
        """
        n = len(self.text)
        start = min(max(start, 0), n)
        end = min(max(end, start), n)
        lo = self.offsets[start]
        if end == start:
            return lo, lo
        last = self.offsets[end - 1]
        hi = self.offsets[bisect_right(self.offsets, last, end - 1)]
        return lo, hi

    def is_boundary(self, i: int) -> bool:
        """True if ``i`` is a position where the folded and original text align."""
        if i <= 0 or i >= len(self.text):
            return 0 <= i <= len(self.text)
        return self.offsets[i - 1] != self.offsets[i]


@dataclass(frozen=True)
class Match:
    """Where ``find_folded`` found a needle: a span of the ORIGINAL haystack.

    ``folds`` names the folds that changed the needle or the matched text at the
    stage that matched (empty for an exact match); ``stage`` names that stage:
    ``exact``, ``unicode-normalisation``, ``typography``, ``diacritics`` or
    ``case-whitespace``.
    """

    start: int
    end: int
    text: str
    folds: frozenset[str]
    stage: str

    @property
    def exact(self) -> bool:
        return self.stage == "exact"


@dataclass(frozen=True)
class Token:
    """A word or number in a string: ``text == original[start:end]``."""

    text: str
    start: int
    end: int
    kind: str  # "word" | "number"


# --------------------------------------------------------------------------- NFC with offsets


def _nfc_offsets(s: str) -> tuple[str, list[int]]:
    """NFC of ``s`` and, per output character, the index in ``s`` it came from."""
    if unicodedata.is_normalized("NFC", s):
        return s, list(range(len(s)))
    normalize = unicodedata.normalize
    combining = unicodedata.combining
    out: list[str] = []
    offs: list[int] = []

    def emit(start: int, normalised: str) -> None:
        out.append(normalised)
        offs.extend([start] * len(normalised))

    n = len(s)
    i = 0
    group_start = 0
    group = ""
    while i < n:
        start = i
        i += 1
        while i < n and combining(s[i]):
            i += 1
        chunk = s[start:i]
        if not group:
            group_start, group = start, chunk
            continue
        first = chunk[0]
        # A chunk can start a new group only if it begins with a starter whose
        # decomposition also begins with a starter, and it does not compose
        # with the group before it.
        if not combining(first) and not combining(normalize("NFD", first)[0]):
            if group.isascii() and chunk.isascii():
                emit(group_start, group)
                group_start, group = start, chunk
                continue
            g = normalize("NFC", group)
            if normalize("NFC", group + chunk) == g + normalize("NFC", chunk):
                emit(group_start, g)
                group_start, group = start, chunk
                continue
        group += chunk
    if group:
        emit(group_start, normalize("NFC", group))
    text = "".join(out)
    if text != normalize("NFC", s):  # pragma: no cover - defensive: one group for all
        text = normalize("NFC", s)
        offs = [0] * len(text)
    return text, offs


# --------------------------------------------------------------------------- per-character folds


def _map_chars(
    text: str, offs: list[int], fn: Callable[[str], str | None]
) -> tuple[str, list[int], bool]:
    """Replace each character ``c`` by ``fn(c)`` (None = keep), carrying offsets."""
    out: list[str] = []
    new_offs: list[int] = []
    changed = False
    for c, o in zip(text, offs):
        r = fn(c)
        if r is None or r == c:
            out.append(c)
            new_offs.append(o)
        else:
            changed = True
            out.append(r)
            new_offs.extend([o] * len(r))
    return "".join(out), new_offs, changed


def _typography_char(c: str) -> str | None:
    return TYPOGRAPHY.get(c)


def _diacritics_char(c: str) -> str | None:
    if c.isascii():
        return None
    cat = unicodedata.category(c)
    if cat[0] == "M":  # combining marks: dropped, or transliterated if anyascii knows them
        return anyascii(c)
    if cat[0] == "L":
        return anyascii(c) or None  # letters anyascii does not know are kept
    return None


def _case_char(c: str) -> str | None:
    return c.casefold()


_UNUSUAL_SPACE = re.compile(r"[^\S ]| {2,}")


def _whitespace(text: str, offs: list[int]) -> tuple[str, list[int], bool]:
    if not _UNUSUAL_SPACE.search(text):
        return text, offs, False
    out: list[str] = []
    new_offs: list[int] = []
    changed = False
    in_space = False
    for c, o in zip(text, offs):
        if c.isspace():
            if in_space:
                changed = True
                continue
            in_space = True
            if c != " ":
                changed = True
            out.append(" ")
            new_offs.append(o)
        else:
            in_space = False
            out.append(c)
            new_offs.append(o)
    return "".join(out), new_offs, changed


def _renormalise(text: str, offs: list[int]) -> tuple[str, list[int], bool]:
    if text.isascii() or unicodedata.is_normalized("NFC", text):
        return text, offs, False
    t2, o2 = _nfc_offsets(text)
    return t2, [offs[k] for k in o2], True


def fold(
    s: str,
    *,
    typography: bool = True,
    diacritics: bool = False,
    case: bool = False,
    whitespace: bool = True,
) -> Folded:
    """Fold ``s`` for matching, keeping offsets back to ``s``.

    Always NFC first. Then, as asked: typography (curly quotes and primes → ``'``
    ``"``; dashes, minus, non-breaking hyphen → ``-``; odd spaces → `` ``;
    ``…`` → ``...``; soft hyphen and zero-width characters removed), diacritics
    (letters transliterated by anyascii one at a time, combining marks dropped,
    ASCII untouched), case (``str.casefold``), whitespace (each run of
    whitespace → one space; nothing is stripped). The result is NFC again, so
    ``fold(fold(x).text) == fold(x)`` in text.
    """
    text, offs = _nfc_offsets(s)
    applied: set[str] = set()
    if text != s:
        applied.add("unicode-normalisation")
    if typography and _TYPOGRAPHY_RE.search(text):
        text, offs, changed = _map_chars(text, offs, _typography_char)
        if changed:
            applied.add("typography")
    if diacritics and not text.isascii():
        text, offs, changed = _map_chars(text, offs, _diacritics_char)
        if changed:
            applied.add("diacritics")
    if case:
        if text.isascii():
            lowered = text.lower()
            if lowered != text:
                applied.add("case")
                text = lowered
        else:
            text, offs, changed = _map_chars(text, offs, _case_char)
            if changed:
                applied.add("case")
    if whitespace:
        text, offs, changed = _whitespace(text, offs)
        if changed:
            applied.add("whitespace")
    text, offs, changed = _renormalise(text, offs)
    if changed:
        applied.add("unicode-normalisation")
    offs.append(len(s))
    return Folded(text=text, offsets=tuple(offs), applied=frozenset(applied))


def nfc(s: str) -> str:
    """``s`` in Unicode normalisation form C."""
    return unicodedata.normalize("NFC", s)


def fold_typography(s: str) -> str:
    """``s`` with typographic quotes, dashes, spaces and ellipses made plain."""
    return fold(s, typography=True, whitespace=False).text


def strip_diacritics(s: str) -> str:
    """``s`` with letters transliterated to ASCII (``Güler`` → ``Guler``)."""
    return fold(s, typography=False, diacritics=True, whitespace=False).text


def casefold(s: str) -> str:
    """``s`` NFC and case-folded (``Straße`` → ``strasse``)."""
    return fold(s, typography=False, case=True, whitespace=False).text


# --------------------------------------------------------------------------- find_folded

_STAGES: tuple[tuple[str, dict[str, bool]], ...] = (
    ("unicode-normalisation", dict(typography=False, diacritics=False, case=False, whitespace=False)),
    ("typography", dict(typography=True, diacritics=False, case=False, whitespace=False)),
    ("diacritics", dict(typography=True, diacritics=True, case=False, whitespace=False)),
    ("case-whitespace", dict(typography=True, diacritics=True, case=True, whitespace=True)),
)


@lru_cache(maxsize=128)
def _fold_cached(s: str, stage: int) -> Folded:
    return fold(s, **_STAGES[stage][1])


def find_folded(haystack: str, needle: str) -> Match | None:
    """Find ``needle`` in ``haystack``, folding only as much as needed.

    Stages, in order: exact; NFC; + typography; + diacritics; + case and
    whitespace (the needle is also stripped). Returns the span in the ORIGINAL
    haystack and the folds that changed the needle or the matched text at the
    first stage that matched, or None (also for an empty needle).
    """
    if not needle:
        return None
    i = haystack.find(needle)
    if i >= 0:
        return Match(i, i + len(needle), needle, frozenset(), "exact")
    for stage, (name, flags) in enumerate(_STAGES):
        fn = fold(needle, **flags)
        target = fn.text.strip() if flags["whitespace"] else fn.text
        if not target:
            continue
        fh = _fold_cached(haystack, stage)
        k = fh.text.find(target)
        if k < 0:
            continue
        start, end = fh.original_span(k, k + len(target))
        matched = haystack[start:end]
        folds = fn.applied | fold(matched, **flags).applied
        if target != fn.text:
            folds |= {"whitespace"}
        return Match(start, end, matched, frozenset(folds), name)
    return None


# --------------------------------------------------------------------------- tokenize


def _combining_class() -> str:
    """A regex character class body for every combining mark (category M*)."""
    ranges: list[str] = []
    start: int | None = None
    for cp in range(0x30000):
        is_mark = unicodedata.category(chr(cp))[0] == "M"
        if is_mark and start is None:
            start = cp
        elif not is_mark and start is not None:
            ranges.append(f"\\U{start:08x}-\\U{cp - 1:08x}")
            start = None
    ranges.append("\\U000e0100-\\U000e01ef")  # variation selectors supplement
    return "".join(ranges)


_APOS = "'\u2019\u02bc"
_HYPHENS = "\\-\u2010\u2011"


@functools.cache
def _token_re() -> re.Pattern[str]:
    """The tokeniser's pattern, built on first use: scanning the Unicode database for
    combining marks costs ~0.1 s, which would otherwise be paid by every import."""
    word_char = f"[\\w{_combining_class()}]"
    return re.compile(
        rf"""
        (?P<number>
            (?:[$€£¥]|US\$)?
            (?:\d{{1,3}}(?:,\d{{3}})+|\d+)(?:\.\d+)?%?
        )(?!{word_char}|[{_HYPHENS}{_APOS}]{word_char})
        |(?P<word>{word_char}+(?:[{_HYPHENS}{_APOS}]{word_char}+)*)
        """,
        re.VERBOSE,
    )


def tokenize(s: str) -> list[Token]:
    """Words and numbers in ``s`` with their offsets.

    Words keep inner hyphens and apostrophes (``al-Assad``, ``Syria's``,
    ``F-16``); numbers keep thousands separators, a decimal part, a leading
    currency sign and a trailing percent sign (``20,000``, ``$326``, ``70%``).
    Punctuation and spaces are not tokens.
    """
    return [
        Token(m.group(), m.start(), m.end(), "number" if m.lastgroup == "number" else "word")
        for m in _token_re().finditer(s)
    ]
