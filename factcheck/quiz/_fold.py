"""``fold_all(text)``: the text of ``normalize.text.fold`` with every fold on, without offsets.

Attribution items prove that a quote is *not* in three other seeds by looking for the
folded quote in each folded seed text (quote matching's most lenient stage). Only the
folded text is needed there, never the offsets back to the original, and at newsroom
scale that is hundreds of whole seed texts per quiz; :func:`factcheck.normalize.text.fold`
keeps an offset per character, which is most of its cost. So this module redoes the same
folds on the string alone, with ``str`` methods: NFC (``unicodedata.normalize``),
typography (the same table, applied to its characters only), diacritics (the normaliser's own
per-character rule, applied only to non-ASCII characters and cached per character),
case (``str.casefold``, which folds each character on its own, as the normaliser does),
whitespace (each run of whitespace to one space, with ``str.split``), NFC again.

``tests/quiz/test_fast_paths.py`` checks ``fold_all(s) == fold(s, …).text`` on arbitrary
strings (hypothesis), so the two cannot drift apart unnoticed.

Layer: output wing (held by ``tests/project/test_layers.py``): may import ``factcheck.quiz``
itself, checking and everything below; never another output wing (reporters, fix, lint_text,
export, quiz), authoring or the cli.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from ..normalize import text as _text

__all__ = ["fold_all"]

# the normaliser's own table and character classes
_TYPOGRAPHY = _text.TYPOGRAPHY
_TYPOGRAPHY_RE = _text._TYPOGRAPHY_RE
_NON_ASCII = _text._NON_ASCII
_UNUSUAL_SPACE = _text._UNUSUAL_SPACE


@lru_cache(maxsize=4096)
def _diacritic(c: str) -> str:
    r = _text._diacritics_char(c)
    return c if r is None else r


def _fold_typography(m: re.Match[str]) -> str:
    return _TYPOGRAPHY[m.group()]


def _fold_diacritic(m: re.Match[str]) -> str:
    return _diacritic(m.group())


def _one_space(text: str) -> str:
    """Each run of whitespace as one space, nothing stripped (``str.split`` splits on the
    same characters, ``str.isspace``, and drops the runs at the ends, put back here)."""
    words = text.split()
    if not words:
        return " " if text else ""
    out = " ".join(words)
    if text[0].isspace():
        out = " " + out
    if text[-1].isspace():
        out += " "
    return out


def fold_all(s: str) -> str:
    """``fold(s, typography=True, diacritics=True, case=True, whitespace=True).text``."""
    text = s if s.isascii() else unicodedata.normalize("NFC", s)
    if not text.isascii():
        if _TYPOGRAPHY_RE.search(text):
            text = _TYPOGRAPHY_RE.sub(_fold_typography, text)
        if not text.isascii():
            text = _NON_ASCII.sub(_fold_diacritic, text)
    text = text.lower() if text.isascii() else text.casefold()
    if _UNUSUAL_SPACE.search(text):
        text = _one_space(text)
    if not text.isascii():
        text = unicodedata.normalize("NFC", text)
    return text
