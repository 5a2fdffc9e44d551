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

Layer: normalize (held by ``tests/project/test_layers.py``): may import
``factcheck.normalize`` itself, the data modules (facts, corpus, …) and the types; never the
loader, the rules or anything above. Pure: no I/O, no clock.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from bisect import bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache

from anyascii import anyascii

__all__ = [
    "ABBREVIATIONS",
    "FOLDS",
    "Folded",
    "Match",
    "Token",
    "casefold",
    "find_folded",
    "fold",
    "fold_typography",
    "nfc",
    "split_sentences",
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
    text: str, offs: list[int], fn: Callable[[str], str | None],
    candidates: re.Pattern[str] | None = None,
) -> tuple[str, list[int], bool]:
    """Replace each character ``c`` by ``fn(c)`` (None = keep), carrying offsets.

    ``candidates`` matches (one character at a time) every character ``fn`` may change;
    the others are copied in slices, so the Python loop runs once per candidate, not
    once per character. Without it every character is a candidate.
    """
    out: list[str] = []
    new_offs: list[int] = []
    pos = 0
    if candidates is None:
        positions: Iterable[int] = range(len(text))
    else:
        positions = (m.start() for m in candidates.finditer(text))
    for i in positions:
        c = text[i]
        r = fn(c)
        if r is None or r == c:
            continue
        if pos < i:
            out.append(text[pos:i])
            new_offs.extend(offs[pos:i])
        out.append(r)
        if len(r) == 1:
            new_offs.append(offs[i])
        else:
            new_offs.extend([offs[i]] * len(r))
        pos = i + 1
    if not out:
        return text, offs, False
    out.append(text[pos:])
    new_offs.extend(offs[pos:])
    return "".join(out), new_offs, True


_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_MAY_CASEFOLD = re.compile(r"[^\x00-@\[-\x7f]")  # A-Z or not ASCII (a negated class compiles 60x faster)


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
        text, offs, changed = _map_chars(text, offs, _typography_char, _TYPOGRAPHY_RE)
        if changed:
            applied.add("typography")
    if diacritics and not text.isascii():
        text, offs, changed = _map_chars(text, offs, _diacritics_char, _NON_ASCII)
        if changed:
            applied.add("diacritics")
    if case:
        if text.isascii():
            lowered = text.lower()
            if lowered != text:
                applied.add("case")
                text = lowered
        else:
            folded = text.casefold()  # character by character, no context: == _case_char of each
            if len(folded) == len(text):  # no character grew, so each maps to one: same offsets
                changed = folded != text
                text = folded
            else:
                text, offs, changed = _map_chars(text, offs, _case_char, _MAY_CASEFOLD)
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


#: Combining-mark ranges (general category M*) of Unicode 14.0.0, plus the variation
#: selectors supplement; computed by :func:`_scan_combining` (a test keeps them equal).
_MARKS_UNICODE_VERSION = "14.0.0"
_MARK_RANGES: tuple[tuple[int, int], ...] = (
    (0x300, 0x36F), (0x483, 0x489), (0x591, 0x5BD), (0x5BF, 0x5BF), (0x5C1, 0x5C2), (0x5C4, 0x5C5),
    (0x5C7, 0x5C7), (0x610, 0x61A), (0x64B, 0x65F), (0x670, 0x670), (0x6D6, 0x6DC), (0x6DF, 0x6E4),
    (0x6E7, 0x6E8), (0x6EA, 0x6ED), (0x711, 0x711), (0x730, 0x74A), (0x7A6, 0x7B0), (0x7EB, 0x7F3),
    (0x7FD, 0x7FD), (0x816, 0x819), (0x81B, 0x823), (0x825, 0x827), (0x829, 0x82D), (0x859, 0x85B),
    (0x898, 0x89F), (0x8CA, 0x8E1), (0x8E3, 0x903), (0x93A, 0x93C), (0x93E, 0x94F), (0x951, 0x957),
    (0x962, 0x963), (0x981, 0x983), (0x9BC, 0x9BC), (0x9BE, 0x9C4), (0x9C7, 0x9C8), (0x9CB, 0x9CD),
    (0x9D7, 0x9D7), (0x9E2, 0x9E3), (0x9FE, 0x9FE), (0xA01, 0xA03), (0xA3C, 0xA3C), (0xA3E, 0xA42),
    (0xA47, 0xA48), (0xA4B, 0xA4D), (0xA51, 0xA51), (0xA70, 0xA71), (0xA75, 0xA75), (0xA81, 0xA83),
    (0xABC, 0xABC), (0xABE, 0xAC5), (0xAC7, 0xAC9), (0xACB, 0xACD), (0xAE2, 0xAE3), (0xAFA, 0xAFF),
    (0xB01, 0xB03), (0xB3C, 0xB3C), (0xB3E, 0xB44), (0xB47, 0xB48), (0xB4B, 0xB4D), (0xB55, 0xB57),
    (0xB62, 0xB63), (0xB82, 0xB82), (0xBBE, 0xBC2), (0xBC6, 0xBC8), (0xBCA, 0xBCD), (0xBD7, 0xBD7),
    (0xC00, 0xC04), (0xC3C, 0xC3C), (0xC3E, 0xC44), (0xC46, 0xC48), (0xC4A, 0xC4D), (0xC55, 0xC56),
    (0xC62, 0xC63), (0xC81, 0xC83), (0xCBC, 0xCBC), (0xCBE, 0xCC4), (0xCC6, 0xCC8), (0xCCA, 0xCCD),
    (0xCD5, 0xCD6), (0xCE2, 0xCE3), (0xD00, 0xD03), (0xD3B, 0xD3C), (0xD3E, 0xD44), (0xD46, 0xD48),
    (0xD4A, 0xD4D), (0xD57, 0xD57), (0xD62, 0xD63), (0xD81, 0xD83), (0xDCA, 0xDCA), (0xDCF, 0xDD4),
    (0xDD6, 0xDD6), (0xDD8, 0xDDF), (0xDF2, 0xDF3), (0xE31, 0xE31), (0xE34, 0xE3A), (0xE47, 0xE4E),
    (0xEB1, 0xEB1), (0xEB4, 0xEBC), (0xEC8, 0xECD), (0xF18, 0xF19), (0xF35, 0xF35), (0xF37, 0xF37),
    (0xF39, 0xF39), (0xF3E, 0xF3F), (0xF71, 0xF84), (0xF86, 0xF87), (0xF8D, 0xF97), (0xF99, 0xFBC),
    (0xFC6, 0xFC6), (0x102B, 0x103E), (0x1056, 0x1059), (0x105E, 0x1060), (0x1062, 0x1064),
    (0x1067, 0x106D), (0x1071, 0x1074), (0x1082, 0x108D), (0x108F, 0x108F), (0x109A, 0x109D),
    (0x135D, 0x135F), (0x1712, 0x1715), (0x1732, 0x1734), (0x1752, 0x1753), (0x1772, 0x1773),
    (0x17B4, 0x17D3), (0x17DD, 0x17DD), (0x180B, 0x180D), (0x180F, 0x180F), (0x1885, 0x1886),
    (0x18A9, 0x18A9), (0x1920, 0x192B), (0x1930, 0x193B), (0x1A17, 0x1A1B), (0x1A55, 0x1A5E),
    (0x1A60, 0x1A7C), (0x1A7F, 0x1A7F), (0x1AB0, 0x1ACE), (0x1B00, 0x1B04), (0x1B34, 0x1B44),
    (0x1B6B, 0x1B73), (0x1B80, 0x1B82), (0x1BA1, 0x1BAD), (0x1BE6, 0x1BF3), (0x1C24, 0x1C37),
    (0x1CD0, 0x1CD2), (0x1CD4, 0x1CE8), (0x1CED, 0x1CED), (0x1CF4, 0x1CF4), (0x1CF7, 0x1CF9),
    (0x1DC0, 0x1DFF), (0x20D0, 0x20F0), (0x2CEF, 0x2CF1), (0x2D7F, 0x2D7F), (0x2DE0, 0x2DFF),
    (0x302A, 0x302F), (0x3099, 0x309A), (0xA66F, 0xA672), (0xA674, 0xA67D), (0xA69E, 0xA69F),
    (0xA6F0, 0xA6F1), (0xA802, 0xA802), (0xA806, 0xA806), (0xA80B, 0xA80B), (0xA823, 0xA827),
    (0xA82C, 0xA82C), (0xA880, 0xA881), (0xA8B4, 0xA8C5), (0xA8E0, 0xA8F1), (0xA8FF, 0xA8FF),
    (0xA926, 0xA92D), (0xA947, 0xA953), (0xA980, 0xA983), (0xA9B3, 0xA9C0), (0xA9E5, 0xA9E5),
    (0xAA29, 0xAA36), (0xAA43, 0xAA43), (0xAA4C, 0xAA4D), (0xAA7B, 0xAA7D), (0xAAB0, 0xAAB0),
    (0xAAB2, 0xAAB4), (0xAAB7, 0xAAB8), (0xAABE, 0xAABF), (0xAAC1, 0xAAC1), (0xAAEB, 0xAAEF),
    (0xAAF5, 0xAAF6), (0xABE3, 0xABEA), (0xABEC, 0xABED), (0xFB1E, 0xFB1E), (0xFE00, 0xFE0F),
    (0xFE20, 0xFE2F), (0x101FD, 0x101FD), (0x102E0, 0x102E0), (0x10376, 0x1037A),
    (0x10A01, 0x10A03), (0x10A05, 0x10A06), (0x10A0C, 0x10A0F), (0x10A38, 0x10A3A),
    (0x10A3F, 0x10A3F), (0x10AE5, 0x10AE6), (0x10D24, 0x10D27), (0x10EAB, 0x10EAC),
    (0x10F46, 0x10F50), (0x10F82, 0x10F85), (0x11000, 0x11002), (0x11038, 0x11046),
    (0x11070, 0x11070), (0x11073, 0x11074), (0x1107F, 0x11082), (0x110B0, 0x110BA),
    (0x110C2, 0x110C2), (0x11100, 0x11102), (0x11127, 0x11134), (0x11145, 0x11146),
    (0x11173, 0x11173), (0x11180, 0x11182), (0x111B3, 0x111C0), (0x111C9, 0x111CC),
    (0x111CE, 0x111CF), (0x1122C, 0x11237), (0x1123E, 0x1123E), (0x112DF, 0x112EA),
    (0x11300, 0x11303), (0x1133B, 0x1133C), (0x1133E, 0x11344), (0x11347, 0x11348),
    (0x1134B, 0x1134D), (0x11357, 0x11357), (0x11362, 0x11363), (0x11366, 0x1136C),
    (0x11370, 0x11374), (0x11435, 0x11446), (0x1145E, 0x1145E), (0x114B0, 0x114C3),
    (0x115AF, 0x115B5), (0x115B8, 0x115C0), (0x115DC, 0x115DD), (0x11630, 0x11640),
    (0x116AB, 0x116B7), (0x1171D, 0x1172B), (0x1182C, 0x1183A), (0x11930, 0x11935),
    (0x11937, 0x11938), (0x1193B, 0x1193E), (0x11940, 0x11940), (0x11942, 0x11943),
    (0x119D1, 0x119D7), (0x119DA, 0x119E0), (0x119E4, 0x119E4), (0x11A01, 0x11A0A),
    (0x11A33, 0x11A39), (0x11A3B, 0x11A3E), (0x11A47, 0x11A47), (0x11A51, 0x11A5B),
    (0x11A8A, 0x11A99), (0x11C2F, 0x11C36), (0x11C38, 0x11C3F), (0x11C92, 0x11CA7),
    (0x11CA9, 0x11CB6), (0x11D31, 0x11D36), (0x11D3A, 0x11D3A), (0x11D3C, 0x11D3D),
    (0x11D3F, 0x11D45), (0x11D47, 0x11D47), (0x11D8A, 0x11D8E), (0x11D90, 0x11D91),
    (0x11D93, 0x11D97), (0x11EF3, 0x11EF6), (0x16AF0, 0x16AF4), (0x16B30, 0x16B36),
    (0x16F4F, 0x16F4F), (0x16F51, 0x16F87), (0x16F8F, 0x16F92), (0x16FE4, 0x16FE4),
    (0x16FF0, 0x16FF1), (0x1BC9D, 0x1BC9E), (0x1CF00, 0x1CF2D), (0x1CF30, 0x1CF46),
    (0x1D165, 0x1D169), (0x1D16D, 0x1D172), (0x1D17B, 0x1D182), (0x1D185, 0x1D18B),
    (0x1D1AA, 0x1D1AD), (0x1D242, 0x1D244), (0x1DA00, 0x1DA36), (0x1DA3B, 0x1DA6C),
    (0x1DA75, 0x1DA75), (0x1DA84, 0x1DA84), (0x1DA9B, 0x1DA9F), (0x1DAA1, 0x1DAAF),
    (0x1E000, 0x1E006), (0x1E008, 0x1E018), (0x1E01B, 0x1E021), (0x1E023, 0x1E024),
    (0x1E026, 0x1E02A), (0x1E130, 0x1E136), (0x1E2AE, 0x1E2AE), (0x1E2EC, 0x1E2EF),
    (0x1E8D0, 0x1E8D6), (0x1E944, 0x1E94A), (0xE0100, 0xE01EF),
)


def _scan_combining() -> tuple[tuple[int, int], ...]:
    """Every range of combining marks (category M*) in this Python's Unicode database."""
    ranges: list[tuple[int, int]] = []
    start: int | None = None
    for cp in range(0x30000):
        is_mark = unicodedata.category(chr(cp))[0] == "M"
        if is_mark and start is None:
            start = cp
        elif not is_mark and start is not None:
            ranges.append((start, cp - 1))
            start = None
    ranges.append((0xE0100, 0xE01EF))  # variation selectors supplement
    return tuple(ranges)


def _combining_class() -> str:
    """A regex character class body for every combining mark (category M*).

    The table above is used when this Python's Unicode version is the one it was made
    from; otherwise the database is scanned (~30 ms, once).
    """
    ranges = _MARK_RANGES if unicodedata.unidata_version == _MARKS_UNICODE_VERSION else _scan_combining()
    # literal characters, not \\U escapes: a 6 KB class instead of 25 KB parses 4x faster
    return "".join(f"{chr(a)}-{chr(b)}" for a, b in ranges)


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


# --------------------------------------------------------------------------- sentences

#: Words that end with a period without ending a sentence (compared lowercase).
ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof gen lt col maj capt sgt adm cmdr gov sen rep pres st sr jr no vs etc "
    "jan feb mar apr jun jul aug sep sept oct nov dec approx dept est inc ltd co corp".split()
)

# a candidate end: terminal punctuation, closing quotes/brackets, spaces, then a sentence start
_END = re.compile(r"[.!?…]+[\"'”’)\]]*(?=[ \t\u00a0]+[\"'“‘(\[]?[A-Z0-9\u00c0-\u024f])")
_WORD_BEFORE = re.compile(r"([A-Za-z]+)\.$")


def _is_abbreviation(text: str, dot: int) -> bool:
    """True when the period at ``dot`` closes an abbreviation or an initial ("U.S.", "Aug.")."""
    m = _WORD_BEFORE.search(text, max(0, dot - 12), dot + 1)
    if m is None:
        return False
    word = m.group(1)
    return len(word) == 1 or word.lower() in ABBREVIATIONS


def split_sentences(text: str) -> list[tuple[int, int]]:
    """[start, end) spans of the sentences of ``text``, in order, without outer whitespace.

    Every line is split on its own (a line break always ends a sentence); within a
    line a sentence ends at ``.``, ``!``, ``?`` or ``…`` (plus closing quotes and
    brackets) before whitespace and a capital letter, a digit or an opening quote,
    unless the period closes an abbreviation (:data:`ABBREVIATIONS`) or a single
    letter. Blank lines give no sentence.
    """
    spans: list[tuple[int, int]] = []
    line_start = 0
    for line in text.split("\n"):
        cuts = [0]
        for m in _END.finditer(line):
            punct_end = m.start() + len(m.group(0).rstrip("\"'”’)]"))
            if line[punct_end - 1] == "." and _is_abbreviation(line, punct_end - 1):
                continue
            cuts.append(m.end())
        cuts.append(len(line))
        for a, b in zip(cuts, cuts[1:]):
            piece = line[a:b]
            stripped = piece.strip()
            if stripped:
                lead = len(piece) - len(piece.lstrip())
                s = line_start + a + lead
                spans.append((s, s + len(stripped)))
        line_start += len(line) + 1
    return spans
