"""Quantities as newsrooms write them: parse, bound, format, find and compare.

Hand-written, all of it: no library parses newsroom quantity phrases
("more than 20,000 troops", "hundreds of billions of dollars", "between 70%
and 80%", "at least three major Syrian bases") into a value, a qualifier, an
interval, a unit and a scale. Number-word libraries read "twenty-five" but
not the qualifier, the unit or the bounds, and they accept "twenty-twelve".
The grammar is small and explicit so every refusal can say why.

Grammar of one expression (lower-cased, typography folded)::

    [filler] [qualifier] quantity [suffix-qualifier] [unit words] [context]
    "between" quantity "and" quantity [unit words]   (also "from … to …", "… to …")
    ("tens"|"hundreds") ["of" scales] ["of" unit words]   → order-of
    ("thousands"|"millions"|"billions") ["of" unit words] → order-of

    quantity := [-][$|€|£|US$] figures [k|m|mn|bn | thousand|million|billion] [%|percent|per cent]
              | number words ("three", "twenty-five thousand", "three hundred and fifty")

* **Figures** need well-placed thousands separators (``20,000``; ``10,00`` and
  ``1,2,3`` are refused).
* **Qualifiers**: more-than (more than, over, above, in excess of, just over,
  greater than, exceeding, upwards of), at-least (at least, no fewer/less
  than, a minimum of; suffix "or more", "+", "-plus"), less-than (less/fewer
  than, under, below, just under), up-to (up to, as many as, as much as, at
  most, no more than, a maximum of; suffix "or fewer", "or less"), about
  (about, around, approximately, roughly, some, nearly, almost, close to, an
  estimated, ~), order-of (on the order of; and the plural forms above).
  "nearly 40" is ``about``: the house treats it as an approximation.
* **Fillers** dropped in front: in, for, after, within, by, just, only, a total of.
* **Units** are normalised: %/percent/per cent → ``percent``; $/dollars/USD →
  ``USD`` (€ ``EUR``, £ ``GBP``); a few count nouns to their plural
  (troops, airstrikes, hours, years, bases, …); any other noun is kept as
  written, lower-cased. The unit is the *head* of the words after the number:
  the first known unit or plural-looking word ("three major Syrian *bases*").
  Words after a stop word ("20,000 troops *in Syria*") are context, ignored.
* ``value`` is the number as written before its scale (``$326 million`` →
  326, scale ``million``, multiplier 1e6); ``low``/``high`` are the interval
  in absolute units (326e6).

Interval semantics (:func:`interval`): exact n → [n, n]; more-than n → (n, ∞);
at-least n → [n, ∞); less-than n → [0, n) (or (−∞, n) for n ≤ 0); up-to n →
[0, n] (or (−∞, n] for n < 0); about n → [0.9·n, 1.1·n] (±10 %, the house
tolerance for "about", "nearly", "some"); between a and b → [a, b]; order-of
n → [n, 10·n) (n > 0; "on the order of 0" is refused).

Layer: normalize (held by ``tests/project/test_layers.py``): may import
``factcheck.normalize`` itself, the data modules (facts, corpus, …) and the types; never the
loader, the rules or anything above. Pure: no I/O, no clock.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from typing import Any

from ..facts import SCALES, Interval, interval  # noqa: F401 - part of this module's API
from ..models import Qualifier
from ._scan import Anchored, Scanner, prepare
from ._util import quote, select_longest, too_long
from .text import fold

__all__ = [
    "Interval",
    "NumberMention",
    "NumberResult",
    "SCALES",
    "agrees",
    "find_numbers",
    "format_number",
    "interval",
    "normalise_unit",
    "number_disagreement",
    "parse_number",
    "same_quantity",
    "unit_key",
]

_SUFFIX_SCALES = {"k": "thousand", "m": "million", "mn": "million", "bn": "billion"}

_UNITS = {
    "%": "percent", "percent": "percent", "per cent": "percent", "pct": "percent",
    "percentage point": "percentage points", "percentage points": "percentage points",
    "$": "USD", "us$": "USD", "usd": "USD", "dollar": "USD", "dollars": "USD", "us dollars": "USD",
    "€": "EUR", "eur": "EUR", "euro": "EUR", "euros": "EUR",
    "£": "GBP", "gbp": "GBP",
    "troop": "troops", "troops": "troops",
    "soldier": "soldiers", "soldiers": "soldiers",
    "fighter": "fighters", "fighters": "fighters",
    "airstrike": "airstrikes", "airstrikes": "airstrikes", "air strike": "airstrikes",
    "air strikes": "airstrikes", "air-strike": "airstrikes", "air-strikes": "airstrikes",
    "strike": "strikes", "strikes": "strikes",
    "hour": "hours", "hours": "hours", "day": "days", "days": "days",
    "week": "weeks", "weeks": "weeks", "month": "months", "months": "months",
    "year": "years", "years": "years", "decade": "decades", "decades": "decades",
    "base": "bases", "bases": "bases",
    "person": "people", "people": "people",
    "jet": "jets", "jets": "jets", "tank": "tanks", "tanks": "tanks",
    "kilometre": "kilometres", "kilometres": "kilometres", "kilometer": "kilometres",
    "kilometers": "kilometres", "km": "kilometres",
    "mile": "miles", "miles": "miles",
}
_CURRENCY_SYMBOLS = {"$": "USD", "us$": "USD", "€": "EUR", "£": "GBP"}
_CURRENCY_PREFIX = {"USD": "$", "EUR": "€", "GBP": "£"}
_IRREGULAR_PLURALS = {"people", "children", "men", "women", "personnel", "police", "aircraft", "staff"}
_NOT_PLURAL = {"was", "has", "is", "as", "this", "its", "his", "hers", "does", "less", "across",
               "always", "thus", "plus", "yes", "us", "gas", "bus", "news", "series", "whereas"}

_UNITS_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9,
}
_TEENS = {
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
_NUMBER_WORDS = {**_UNITS_WORDS, **_TEENS, **_TENS, "hundred": 100, **SCALES}
_SMALL_WORDS = {v: k for k, v in {**_UNITS_WORDS, **_TEENS, **_TENS}.items()}

_ORDER_WORDS: dict[str, tuple[float, str | None]] = {
    "tens": (10.0, None),
    "hundreds": (100.0, None),
    "thousands": (1.0, "thousand"),
    "millions": (1.0, "million"),
    "billions": (1.0, "billion"),
}
_PLURAL_SCALES = {"thousands": "thousand", "millions": "million", "billions": "billion"}

Q = Qualifier
#: Prefix phrases: a qualifier, or None for a filler word that is dropped.
_PREFIXES: dict[tuple[str, ...], Qualifier | None] = {
    ("more", "than"): Q.more_than, ("over",): Q.more_than, ("above",): Q.more_than,
    ("in", "excess", "of"): Q.more_than, ("just", "over"): Q.more_than,
    ("greater", "than"): Q.more_than, ("exceeding",): Q.more_than, ("upwards", "of"): Q.more_than,
    ("at", "least"): Q.at_least, ("no", "fewer", "than"): Q.at_least,
    ("no", "less", "than"): Q.at_least, ("not", "less", "than"): Q.at_least,
    ("a", "minimum", "of"): Q.at_least, ("minimum", "of"): Q.at_least,
    ("less", "than"): Q.less_than, ("fewer", "than"): Q.less_than, ("under",): Q.less_than,
    ("below",): Q.less_than, ("just", "under"): Q.less_than,
    ("up", "to"): Q.up_to, ("as", "many", "as"): Q.up_to, ("as", "much", "as"): Q.up_to,
    ("at", "most"): Q.up_to, ("no", "more", "than"): Q.up_to, ("not", "more", "than"): Q.up_to,
    ("a", "maximum", "of"): Q.up_to, ("maximum", "of"): Q.up_to,
    ("about",): Q.about, ("around",): Q.about, ("approximately",): Q.about,
    ("roughly",): Q.about, ("some",): Q.about, ("nearly",): Q.about, ("almost",): Q.about,
    ("close", "to"): Q.about, ("an", "estimated"): Q.about, ("estimated",): Q.about,
    ("circa",): Q.about, ("approx",): Q.about,
    ("on", "the", "order", "of"): Q.order_of, ("of", "the", "order", "of"): Q.order_of,
    # fillers
    ("in",): None, ("for",): None, ("after",): None, ("within",): None, ("by",): None,
    ("just",): None, ("only",): None, ("a", "total", "of"): None, ("total", "of"): None,
}
_SUFFIXES: dict[tuple[str, ...], Qualifier] = {
    ("or", "more"): Q.at_least, ("or", "over"): Q.at_least, ("and", "over"): Q.at_least,
    ("and", "above"): Q.at_least, ("or", "above"): Q.at_least,
    ("or", "fewer"): Q.up_to, ("or", "less"): Q.up_to, ("or", "under"): Q.up_to,
}


def _by_first_word(phrases: Iterable[tuple[str, ...]]) -> dict[str, list[tuple[str, ...]]]:
    index: dict[str, list[tuple[str, ...]]] = {}
    for words in sorted(phrases, key=lambda w: (-len(w), w)):
        index.setdefault(words[0], []).append(words)
    return index


_PREFIX_INDEX = _by_first_word(_PREFIXES)
_SUFFIX_INDEX = _by_first_word(_SUFFIXES)
_STOP_WORDS = frozenset(
    """a an the and or but nor of in on at to from by for with without into onto over under than
    as that which who whom whose this these those it its their his her our your my was were is are
    be been being has have had will would could should may might can must not no per each since
    after before during while including across between among against about around near such more
    less most least so if then there here when where why how what all any some both either neither
    every other another only just also even still yet ago alone""".split()
)


# --------------------------------------------------------------------------- results


@dataclass(frozen=True)
class NumberResult:
    """A parsed quantity expression.

    ``value`` is the number as written before its scale (None for ``between``);
    ``low``/``high`` and the inclusivity flags are the interval in absolute
    units (``value × multiplier``). ``unit`` is normalised (see the module
    docstring); ``unit_text`` is the unit words as written. When ``ok`` is
    False, ``reason`` says why.
    """

    ok: bool
    expr: str
    value: float | None = None
    low: float | None = None
    high: float | None = None
    low_inclusive: bool = True
    high_inclusive: bool = True
    qualifier: Qualifier | None = None
    unit: str | None = None
    unit_text: str | None = None
    scale: str | None = None
    multiplier: float = 1.0
    reason: str | None = None

    @property
    def magnitude(self) -> float | None:
        """``value × multiplier``: the number in absolute units."""
        return None if self.value is None else self.value * self.multiplier

    @property
    def interval(self) -> Interval:
        return Interval(self.low, self.high, self.low_inclusive, self.high_inclusive)


@dataclass(frozen=True)
class NumberMention:
    """A quantity found in running text: ``text == source[start:end]``."""

    start: int
    end: int
    text: str
    result: NumberResult


def _fail(expr: str, reason: str) -> NumberResult:
    return NumberResult(ok=False, expr=expr, reason=reason)


def _result(
    expr: str,
    q: Qualifier,
    *,
    value: float | None = None,
    low: float | None = None,
    high: float | None = None,
    unit: str | None,
    unit_text: str | None,
    scale: str | None,
) -> NumberResult:
    mult = SCALES[scale] if scale else 1.0
    iv = interval(q, value, low=low, high=high, multiplier=mult)
    for bound in (iv.low, iv.high):
        if bound is not None and not math.isfinite(bound):
            return _fail(expr, f"number is too large in {quote(expr)}")
    return NumberResult(
        ok=True, expr=expr, value=value, low=iv.low, high=iv.high,
        low_inclusive=iv.low_inclusive, high_inclusive=iv.high_inclusive,
        qualifier=q, unit=unit, unit_text=unit_text, scale=scale, multiplier=mult,
    )


# --------------------------------------------------------------------------- tokens

_TOKEN_RE = re.compile(
    r"""
    (?P<cur>us\$|\$|€|£)
    |(?P<num>\d[\d,]*(?:\.\d+)?|\.\d+)
    |(?P<pct>%)
    |(?P<plus>\+)
    |(?P<tilde>~)
    |(?P<word>[^\W\d_]+(?:'[^\W\d_]+)*)
    |(?P<dash>-)
    |(?P<space>\s+)
    |(?P<other>.)
    """,
    re.VERBOSE | re.DOTALL,
)
_GROUPED = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")


@dataclass
class _Tok:
    kind: str
    text: str
    glued: bool  # no whitespace before it


class _ParseError(Exception):
    """A refusal. ``located`` messages already quote the offending words;
    the others get "in '<expression>'" appended."""

    def __init__(self, message: str, *, located: bool = False) -> None:
        super().__init__(message)
        self.located = located


@dataclass
class _Quantity:
    value: float
    scale: str | None
    unit: str | None  # from a symbol or percent word


class _Parser:
    def __init__(self, toks: list[_Tok]) -> None:
        self.t = toks
        self.i = 0

    def kind(self, k: int = 0) -> str | None:
        j = self.i + k
        return self.t[j].kind if j < len(self.t) else None

    def text(self, k: int = 0) -> str | None:
        j = self.i + k
        return self.t[j].text if j < len(self.t) else None

    def glued(self, k: int = 0) -> bool:
        j = self.i + k
        return j < len(self.t) and self.t[j].glued

    def phrase(self, words: tuple[str, ...], k: int = 0) -> bool:
        for n, w in enumerate(words):
            if self.kind(k + n) != "word" or self.text(k + n) != w:
                return False
        return True

    def longest(self, table: dict[str, list[tuple[str, ...]]]) -> tuple[str, ...] | None:
        """The longest phrase of ``table`` (indexed by first word) starting here."""
        if self.kind() != "word":
            return None
        for words in table.get(self.text() or "", ()):
            if self.phrase(words):
                return words
        return None

    def at_end(self) -> bool:
        return self.i >= len(self.t)

    # ----------------------------------------------------------- quantity

    def starts_quantity(self, k: int = 0) -> bool:
        kind, text = self.kind(k), self.text(k)
        if kind in ("num", "cur"):
            return True
        if kind == "dash" and self.kind(k + 1) in ("num", "cur") and self.glued(k + 1):
            return True
        if kind == "word" and text is not None:
            if text in _NUMBER_WORDS:
                return True
            if text in ("a", "an") and self.text(k + 1) in ("hundred", *SCALES):
                return True
        return False

    def quantity(self) -> _Quantity:
        negative = False
        if self.kind() == "dash":
            negative = True
            self.i += 1
        unit = None
        if self.kind() == "cur":
            unit = _CURRENCY_SYMBOLS[self.text() or ""]
            self.i += 1
        scale: str | None = None
        if self.kind() == "num":
            value = _figures_value(self.text() or "")
            self.i += 1
            if self.kind() == "word" and self.glued() and self.text() in _SUFFIX_SCALES:
                scale = _SUFFIX_SCALES[self.text() or ""]
                self.i += 1
            elif self.kind() == "word" and self.text() == "hundred":
                value *= 100
                self.i += 1
                if self.kind() == "word" and self.text() in SCALES:
                    scale = self.text()
                    self.i += 1
            elif self.kind() == "word" and self.text() in SCALES:
                scale = self.text()
                self.i += 1
            elif self.kind() == "word" and self.text() == "trillion":
                raise _ParseError("scale 'trillion' is not supported (use thousand, million or billion)", located=True)
        elif self.kind() == "word":
            value, scale = self.number_words()
        else:
            raise _ParseError("no number found")
        if negative:
            value = -value
        if self.kind() == "pct":
            unit = _merge_unit(unit, "percent")
            self.i += 1
        else:
            for words in (("percentage", "points"), ("percentage", "point"), ("per", "cent"), ("percent",), ("pct",)):
                if self.phrase(words):
                    unit = _merge_unit(unit, _UNITS[" ".join(words)])
                    self.i += len(words)
                    break
        if not math.isfinite(value):
            raise _ParseError("number is too large")
        return _Quantity(value, scale, unit)

    def number_words(self) -> tuple[float, str | None]:
        words: list[str] = []
        hyphens: list[bool] = []  # joined to the previous word by a hyphen
        start = self.i
        while True:
            kind, text = self.kind(), self.text()
            if kind == "word" and text is not None and (
                text in _NUMBER_WORDS or (not words and text in ("a", "an"))
            ):
                hyphens.append(bool(words) and self.t[self.i - 1].kind == "dash")
                words.append(text)
                self.i += 1
                continue
            if kind == "word" and text == "and" and words and words[-1] in ("hundred", *SCALES) and self.text(1) in _NUMBER_WORDS:
                words.append("and")
                hyphens.append(False)
                self.i += 1
                continue
            if kind == "dash" and words and self.glued() and self.kind(1) == "word" and self.glued(1) and self.text(1) in _NUMBER_WORDS:
                self.i += 1
                continue
            break
        if not words:
            self.i = start
            raise _ParseError("no number found")
        return _words_value(words, hyphens)


def _merge_unit(a: str | None, b: str) -> str:
    if a is not None and a != b:
        raise _ParseError(f"two units: {a} and {b}")
    return b


def _figures_value(text: str) -> float:
    if "," in text and not _GROUPED.fullmatch(text):
        raise _ParseError(f"misplaced thousands separator in {quote(text)}", located=True)
    return float(text.replace(",", ""))


def _words_value(words: list[str], hyphens: list[bool]) -> tuple[float, str | None]:
    phrase = "".join((("-" if h else " ") + w) for w, h in zip(words, hyphens)).strip()
    bad = _ParseError(f"{quote(phrase)} is not a well-formed number", located=True)
    if words == ["zero"]:
        return 0.0, None
    total = 0.0
    group = 0
    tens = units = hundreds = False
    last_scale = math.inf
    scales_used: list[str] = []
    prev = ""
    for w, hyphen in zip(words, hyphens):
        if w in ("a", "an"):
            group, units = 1, True
        elif w == "and":
            pass
        elif w == "zero":
            raise bad
        elif hyphen and not (w in _UNITS_WORDS and prev in _TENS):
            raise bad
        elif w in _UNITS_WORDS:
            if units:
                raise bad
            group += _UNITS_WORDS[w]
            units = True
        elif w in _TEENS:
            if units or tens:
                raise bad
            group += _TEENS[w]
            units = tens = True
        elif w in _TENS:
            if units or tens:
                raise bad
            group += _TENS[w]
            tens = True
        elif w == "hundred":
            if hundreds or not 1 <= group <= 9 or prev == "and":
                raise bad
            group *= 100
            hundreds = True
            units = tens = False
        else:  # thousand, million, billion
            scale = SCALES[w]
            if group == 0 or scale >= last_scale or prev == "and":
                raise bad
            total += group * scale
            group = 0
            last_scale = scale
            scales_used.append(w)
            tens = units = hundreds = False
        prev = w
    if prev == "and":
        raise bad
    value = total + group
    if len(scales_used) == 1 and words[-1] == scales_used[0]:
        return value / SCALES[words[-1]], words[-1]
    return value, None


def _tokens(s: str) -> list[_Tok]:
    toks: list[_Tok] = []
    glued = True
    for m in _TOKEN_RE.finditer(s):
        kind = m.lastgroup or "other"
        if kind == "space":
            glued = False
            continue
        toks.append(_Tok(kind, m.group(), glued))
        glued = True
    return toks


# --------------------------------------------------------------------------- units


def _is_plural(word: str) -> bool:
    w = word.lower()
    if w in _IRREGULAR_PLURALS:
        return True
    if w in _NOT_PLURAL or len(w) < 3 or not w.isalpha():
        return False
    return w.endswith("s") and not w.endswith(("ss", "us", "is"))


def _head_index(words: list[str]) -> int | None:
    """Index of the unit's head word: the first known unit or plural-looking word."""
    for i, w in enumerate(words):
        lw = w.lower()
        if lw in _UNITS or _is_plural(lw):
            return i
        if i + 1 < len(words) and f"{lw} {words[i + 1].lower()}" in _UNITS:
            return i + 1
    return None


def normalise_unit(unit: str | None) -> str | None:
    """The normalised form of a unit as a claim or a text writes it.

    ``"%"`` → ``"percent"``, ``"dollars"`` → ``"USD"``, ``"troop"`` → ``"troops"``;
    anything else lower-cased.
    """
    if unit is None:
        return None
    u = " ".join(unit.split())
    if u in ("USD", "EUR", "GBP"):
        return u
    lu = u.lower()
    return _UNITS.get(lu, lu)


_UNIT_SYNONYMS = {
    "%": "percent", "per cent": "percent", "pct": "percent", "percentage": "percent",
    "$": "usd", "dollar": "usd", "us dollar": "usd", "u.s. dollar": "usd",
    "€": "eur", "euro": "eur", "£": "gbp", "pound": "gbp",
    "hr": "hour", "yr": "year", "soldier": "troop",
}


def unit_key(unit: str | None) -> str | None:
    """A unit folded for comparison (the one unit key: rules, lint-text and the quiz use it):
    :func:`normalise_unit`, then case, a plural ``s`` and a few synonyms folded, so
    ``"$"``, ``"dollars"`` and ``"USD"`` are one key, and ``"soldiers"`` and ``"troop"``."""
    unit = normalise_unit(unit)
    if unit is None:
        return None
    u = " ".join(unit.strip().lower().split())
    if not u:
        return None
    u = _UNIT_SYNONYMS.get(u, u)
    if len(u) > 3 and u.endswith("ies"):
        u = u[:-3] + "y"
    elif len(u) > 2 and u.endswith("s") and not u.endswith("ss"):
        u = u[:-1]
    return _UNIT_SYNONYMS.get(u, u)


def _unit_from_words(words: list[str], head_required: bool) -> tuple[str | None, str | None, int]:
    """(unit, unit text, number of words used) for the words after a number."""
    if not words:
        return None, None, 0
    head = _head_index(words)
    if head is None:
        if head_required:
            return None, None, 0
        head = len(words) - 1
    used = words[: head + 1]
    text = " ".join(used)
    pair = " ".join(used[-2:]).lower()
    if len(used) >= 2 and pair in _UNITS:
        return _UNITS[pair], text, head + 1
    return normalise_unit(used[-1]), text, head + 1


# --------------------------------------------------------------------------- parse


def parse_number(expr: str) -> NumberResult:
    """Parse a quantity expression; see the module docstring for the grammar.

    Never raises on a ``str``: bad input gives ``ok=False`` and a ``reason``.
    """
    if not isinstance(expr, str):
        return _fail(str(expr), f"expected text, got {type(expr).__name__}")
    return _parse_number_cached(expr)


@lru_cache(maxsize=8192)
def _parse_number_cached(expr: str) -> NumberResult:
    problem = too_long(expr, "number expression")
    if problem:
        return _fail(expr, problem)
    s = fold(expr, typography=True, whitespace=True).text.strip().lower()
    s = s.strip(" \t.,;:!?()[]\"'")
    if not s:
        return _fail(expr, "empty number expression")
    try:
        return _parse(expr, _Parser(_tokens(s)))
    except _ParseError as exc:
        message = str(exc)
        return _fail(expr, message if exc.located else f"{message} in {quote(expr)}")
    except (OverflowError, ValueError) as exc:
        return _fail(expr, f"number is out of range: {exc}")


def _parse(expr: str, p: _Parser) -> NumberResult:
    qualifier: Qualifier | None = None
    q: Qualifier | None
    while True:
        words = p.longest(_PREFIX_INDEX)
        if words is None:
            if p.kind() == "tilde":
                words, q = ("~",), Q.about
                p.i += 1
            else:
                break
        else:
            q = _PREFIXES[words]
            p.i += len(words)
        if q is not None:
            if qualifier is not None:
                raise _ParseError(f"two qualifiers ({qualifier.value} and {q.value})")
            qualifier = q
    if p.at_end():
        raise _ParseError("no number found")

    text = p.text()
    if p.kind() == "word" and text in ("between", "from"):
        if qualifier is not None:
            raise _ParseError(f"qualifier {qualifier.value} cannot be combined with a range")
        p.i += 1
        return _range(expr, p, "and" if text == "between" else "to")
    if p.kind() == "word" and text in _ORDER_WORDS:
        if qualifier is not None:
            raise _ParseError(f"qualifier {qualifier.value} cannot be combined with {quote(text or '')}")
        return _order_of(expr, p)
    if not p.starts_quantity():
        raise _ParseError(f"unexpected {quote(text or '')} before the number")

    q1 = p.quantity()
    if qualifier is Q.order_of and not q1.value > 0:
        raise _ParseError(f"'on the order of' needs a number above zero, not {_plain(q1.value)}")
    if qualifier is None and (p.phrase(("to",)) or (p.kind() == "dash" and p.kind(1) in ("num", "cur"))):
        p.i += 1
        return _range_rest(expr, p, q1)
    suffix = _suffix(p)
    if suffix is not None:
        if qualifier is not None:
            raise _ParseError(f"two qualifiers ({qualifier.value} and {suffix.value})")
        qualifier = suffix
    unit, unit_text = _unit_tail(p, q1.unit)
    suffix = _suffix(p)
    if suffix is not None:
        if qualifier is not None:
            raise _ParseError(f"two qualifiers ({qualifier.value} and {suffix.value})")
        qualifier = suffix
    _no_more_numbers(p)
    return _result(
        expr, qualifier or Q.exact, value=q1.value, unit=unit, unit_text=unit_text, scale=q1.scale
    )


def _suffix(p: _Parser) -> Qualifier | None:
    if p.kind() == "plus":
        p.i += 1
        return Q.at_least
    if p.kind() == "dash" and p.phrase(("plus",), 1):
        p.i += 2
        return Q.at_least
    words = p.longest(_SUFFIX_INDEX)
    if words is not None:
        p.i += len(words)
        return _SUFFIXES[words]
    return None


def _unit_tail(p: _Parser, unit: str | None) -> tuple[str | None, str | None]:
    """Consume the unit words after a quantity; a symbol unit ($, %) wins."""
    words: list[str] = []
    while len(words) < 6 and p.kind() == "word":
        w = p.text() or ""
        if w in _STOP_WORDS or w in _NUMBER_WORDS or w in _ORDER_WORDS:
            break
        if words and p.t[p.i - 1].kind == "dash":
            words[-1] = words[-1] + "-" + w
        else:
            words.append(w)
        p.i += 1
        if p.kind() == "dash" and p.glued() and p.kind(1) == "word" and p.glued(1):
            p.i += 1
    if not words:
        return unit, None
    if unit is not None:
        if unit == "USD" and normalise_unit(words[0]) == "USD":
            return unit, words[0]
        return unit, None
    found, text, used = _unit_from_words(words, head_required=False)
    return found, text


def _no_more_numbers(p: _Parser) -> None:
    while not p.at_end():
        if p.kind() in ("num", "cur") or (
            p.kind() == "word" and (p.text() in _NUMBER_WORDS or p.text() in _ORDER_WORDS)
        ):
            raise _ParseError("more than one number")
        p.i += 1


def _range(expr: str, p: _Parser, joiner: str) -> NumberResult:
    if not p.starts_quantity():
        raise _ParseError("a range needs two numbers")
    q1 = p.quantity()
    if not p.phrase((joiner,)):
        raise _ParseError(f"a range needs '{joiner}' between its two numbers")
    p.i += 1
    return _range_rest(expr, p, q1)


def _range_rest(expr: str, p: _Parser, q1: _Quantity) -> NumberResult:
    if not p.starts_quantity():
        raise _ParseError("a range needs two numbers")
    q2 = p.quantity()
    unit, unit_text = _unit_tail(p, q2.unit)
    if q1.unit is not None and unit is not None and q1.unit != unit:
        raise _ParseError(f"the two ends have different units ({q1.unit} and {unit})")
    unit = unit or q1.unit
    s1, s2 = q1.scale or q2.scale, q2.scale  # "between 2 and 3 million": both in millions
    if s1 == s2:
        scale, low, high = s2, q1.value, q2.value
    else:  # "between 500,000 and 2 million": both in absolute units
        scale = None
        low = q1.value * (SCALES[s1] if s1 else 1.0)
        high = q2.value * (SCALES[s2] if s2 else 1.0)
    if low > high:
        raise _ParseError(f"the range starts ({_plain(low)}) above where it ends ({_plain(high)})")
    _no_more_numbers(p)
    return _result(expr, Q.between, low=low, high=high, unit=unit, unit_text=unit_text, scale=scale)


def _order_of(expr: str, p: _Parser) -> NumberResult:
    word = p.text() or ""
    value, scale = _ORDER_WORDS[word]
    p.i += 1
    if p.phrase(("of",)) and p.text(1) in _PLURAL_SCALES:
        if scale is not None:
            raise _ParseError(f"'{word} of {p.text(1)}' is not a standard quantity", located=True)
        scale = _PLURAL_SCALES[p.text(1) or ""]
        p.i += 2
    if p.phrase(("of",)):
        p.i += 1
    unit, unit_text = _unit_tail(p, None)
    _no_more_numbers(p)
    return _result(expr, Q.order_of, value=value, unit=unit, unit_text=unit_text, scale=scale)


# --------------------------------------------------------------------------- format

_QUALIFIER_WORDS = {
    Q.exact: "", Q.about: "about", Q.more_than: "more than", Q.at_least: "at least",
    Q.up_to: "up to", Q.order_of: "on the order of",
}
_COUNTLESS = {"percent", "USD", "EUR", "GBP", None}


def _plain(v: float) -> str:
    """Figures with thousands separators, no exponent: 20000.0 → '20,000'."""
    if v != v or v in (math.inf, -math.inf):
        raise ValueError(f"cannot format {v!r}")
    sign = "-" if v < 0 else ""
    v = abs(v)
    if v == int(v) and v < 1e16:
        return f"{sign}{int(v):,}"
    digits = format(Decimal(repr(v)), "f")
    whole, _, frac = digits.partition(".")
    return f"{sign}{int(whole):,}" + (f".{frac}" if frac.strip("0") else "")


def _number_text(value: float, unit: str | None, scale: str | None, words: bool) -> str:
    if scale:
        core = f"{_plain(value)} {scale}"
    elif words and value == int(value) and 1 <= value <= 9 and unit not in _COUNTLESS:
        core = _SMALL_WORDS[int(value)]
    else:
        core = _plain(value)
    if unit in _CURRENCY_PREFIX:
        if core.startswith("-"):
            return "-" + _CURRENCY_PREFIX[unit] + core[1:]
        return _CURRENCY_PREFIX[unit] + core
    if unit == "percent":
        return core + "%"
    return core


def _unit_suffix(unit: str | None) -> str:
    if unit is None or unit in _CURRENCY_PREFIX or unit == "percent":
        return ""
    return " " + unit


def format_number(
    value: float | None,
    qualifier: Qualifier | str = "exact",
    unit: str | None = None,
    scale: str | None = None,
    style: str = "house",
    *,
    low: float | None = None,
    high: float | None = None,
) -> str:
    """Write a quantity in house style; :func:`parse_number` reads it back.

    House style: words for whole numbers one to nine with a count unit
    ("three bases"), figures otherwise ("20,000 troops", "38%", "$326
    million"); "fewer than" for counts, "less than" for percentages and money.
    ``between`` takes ``low``/``high``; ``order-of`` writes "hundreds of
    billions of dollars" for 100/10/1 with a scale and "on the order of N"
    otherwise. Style ``figures`` never spells numbers out. An unknown style or
    qualifier, or a missing value, is a programming error (``ValueError``).
    """
    if style not in ("house", "figures"):
        raise ValueError(f"unknown number style {style!r}; expected 'house' or 'figures'")
    q = Qualifier(getattr(qualifier, "value", qualifier))
    unit = normalise_unit(unit)
    if scale is not None and scale not in SCALES:
        raise ValueError(f"unknown scale {scale!r}")
    words = style == "house"
    if q is Q.between:
        if low is None or high is None:
            raise ValueError("qualifier 'between' needs low and high")
        a = _number_text(low, unit, scale, words)
        b = _number_text(high, unit, scale, words)
        return f"between {a} and {b}{_unit_suffix(unit)}"
    if value is None:
        raise ValueError(f"qualifier {q.value!r} needs a value")
    if q is Q.order_of and not value > 0:
        raise ValueError(f"qualifier 'order-of' needs a value above zero, not {value!r}")
    if q is Q.order_of and unit not in ("percent", "EUR", "GBP"):
        plural = {10.0: "tens", 100.0: "hundreds"}.get(value)
        if plural is None and value == 1 and scale:
            text = scale + "s"
        elif plural is not None:
            text = plural + (f" of {scale}s" if scale else "")
        else:
            text = None
        if text is not None:
            if unit == "USD":
                return f"{text} of dollars"
            return text + (f" of {unit}" if unit else "")
    if q is Q.less_than:
        prefix = "less than" if unit in _COUNTLESS else "fewer than"
    else:
        prefix = _QUALIFIER_WORDS[q]
    body = _number_text(value, unit, scale, words) + _unit_suffix(unit)
    return f"{prefix} {body}" if prefix else body


# --------------------------------------------------------------------------- compare


def _close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is b
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-12)


def same_quantity(a: NumberResult, b: NumberResult) -> bool:
    """True if two parsed quantities say the same thing.

    Same qualifier, same magnitude (so ``$326 million`` equals
    ``$326,000,000``: the scale is compared through the magnitude) and, when
    both give a unit, the same unit. A missing unit matches any unit.
    """
    if not (a.ok and b.ok) or a.qualifier != b.qualifier:
        return False
    if a.unit is not None and b.unit is not None and a.unit != b.unit:
        return False
    if a.qualifier is Q.between:
        return _close(a.low, b.low) and _close(a.high, b.high)
    return _close(a.magnitude, b.magnitude)


def _get(obj: Any, name: str) -> Any:
    if isinstance(obj, dict):
        return obj.get(name)
    return getattr(obj, name, None)


def number_disagreement(fact_like: Any, result: NumberResult) -> str | None:
    """Why ``result`` (the words of a quote) does not express ``fact_like``, or None.

    ``fact_like`` is a :class:`~factcheck.models.NumberFact` or anything with
    ``value``/``low``/``high``, ``qualifier``, ``unit`` and ``scale``. The
    qualifier matters ("20,000" does not agree with "more than 20,000");
    magnitudes are compared in absolute units; a unit missing from the words
    matches the fact's unit.
    """
    if not result.ok:
        return f"{quote(result.expr)} is not a quantity: {result.reason}"
    try:
        return _disagreement(fact_like, result)
    except (TypeError, ValueError) as exc:  # a malformed fact-like object
        return f"the fact is not a well-formed number fact: {exc}"


def _disagreement(fact_like: Any, result: NumberResult) -> str | None:
    fq = Qualifier(getattr(_get(fact_like, "qualifier"), "value", _get(fact_like, "qualifier") or "exact"))
    if fq != result.qualifier:
        assert result.qualifier is not None
        return (
            f"qualifier {fq.value!r} does not match {result.qualifier.value!r} "
            f"in {quote(result.expr)}"
        )
    scale = _get(fact_like, "scale")
    mult = SCALES.get(scale, 1.0) if scale else 1.0
    if fq is Q.between:
        flow, fhigh = _get(fact_like, "low"), _get(fact_like, "high")
        if flow is None or fhigh is None:
            return "fact with qualifier 'between' has no low/high"
        if not (_close(flow * mult, result.low) and _close(fhigh * mult, result.high)):
            return (
                f"range {_plain(flow * mult)}-{_plain(fhigh * mult)} does not match "
                f"{_plain(result.low or 0)}-{_plain(result.high or 0)} in {quote(result.expr)}"
            )
    else:
        fvalue = _get(fact_like, "value")
        if fvalue is None:
            return f"fact with qualifier {fq.value!r} has no value"
        if not _close(fvalue * mult, result.magnitude):
            return (
                f"value {_plain(fvalue * mult)} does not match {_plain(result.magnitude or 0)} "
                f"in {quote(result.expr)}"
            )
    funit = normalise_unit(_get(fact_like, "unit"))
    if result.unit is not None and funit is not None and funit != result.unit:
        return f"unit {funit!r} does not match {result.unit!r} in {quote(result.expr)}"
    return None


def agrees(fact_like: Any, result: NumberResult) -> bool:
    """True if the parsed words express the fact (see :func:`number_disagreement`)."""
    return number_disagreement(fact_like, result) is None


# --------------------------------------------------------------------------- find


def _alt(phrases: list[str]) -> str:
    return "|".join(sorted(set(phrases), key=lambda s: (-len(s), s)))


_S = r"[ \t]{1,3}"
_NUMW = _alt([re.escape(w) for w in _NUMBER_WORDS])
_SCW = _alt(["hundred", *SCALES])
_AFTER_SCALE = "(?:" + "|".join(f"(?<={w})" for w in ("hundred", *SCALES)) + ")"
_WORDNUM = (
    rf"(?:an?{_S}(?=(?:{_SCW})\b))?(?:{_NUMW})"
    rf"(?:(?:-|{_S})(?:{_NUMW})\b|{_AFTER_SCALE}{_S}and{_S}(?:{_NUMW})\b)*\b"
)
_DIGITNUM = (
    r"(?<![\w.,/:$€£#-])(?:US\$|[$€£][ ]?)?\d(?:[\d,]*\d)?(?:\.\d+)?"
    rf"(?:{_S}(?:thousand|million|billion|trillion)\b|(?:k|m|mn|bn)\b)?"
)
_PCT = rf"(?:[ ]?%|{_S}(?:percent|per{_S}cent|pct)\b)?"
_SUFFIX_RE = rf"(?:\+|-plus\b|{_S}(?:or|and){_S}(?:more|over|above|fewer|less|under)\b)?"
_GUARD = r"(?![\w%]|[.,]\d|-\w|/\d|:\d)"
_STOPS = _alt(list(_STOP_WORDS) + [re.escape(w) for w in (*_NUMBER_WORDS, *_ORDER_WORDS)])
_UNITWORDS = rf"(?:{_S}(?!(?:{_STOPS})\b)[^\W\d_][\w'’-]*){{0,3}}"
_QUAL_ALT = _alt([_S.join(re.escape(w) for w in words) for words, q in _PREFIXES.items() if q is not None])
_ONE_NUM = rf"(?:{_DIGITNUM}{_PCT}|{_WORDNUM}{_PCT})"

_FIND_RE = re.compile(
    rf"""
    (?<![\w-])(?P<between>between{_S}{_ONE_NUM}{_S}and{_S}{_ONE_NUM}){_GUARD}(?P<u1>{_UNITWORDS})
    |(?<![\w-])(?P<order>(?:tens|hundreds|thousands|millions|billions)
        (?:{_S}of{_S}(?:thousands|millions|billions))?\b(?:{_S}of\b)?)(?P<u2>{_UNITWORDS})
    |(?:(?<![\w-])(?P<q>{_QUAL_ALT}){_S}(?:(?:just|only){_S})?)?
        (?P<num>{_DIGITNUM}{_PCT}|(?<![\w-]){_WORDNUM}{_PCT})
        (?P<suffix>{_SUFFIX_RE}){_GUARD}(?P<u3>{_UNITWORDS})
    """,
    re.VERBOSE | re.IGNORECASE,
)
#: where a match of _FIND_RE can start (see ``_scan``): "between", an order word, the
#: first word of a qualifier, "a"/"an" before a scale, a number word, "US$", a digit
#: or a currency symbol
_FIND_SPEC = Anchored(
    _FIND_RE,
    frozenset({"between", "us", "a", "an", *_ORDER_WORDS, *_NUMBER_WORDS,
               *(words[0] for words, q in _PREFIXES.items() if q is not None)}),
    digit=True,
    symbols="$€£",
)
_SCANNER = Scanner([_FIND_SPEC])
_YEARLIKE = re.compile(r"(?:1[89]|2[01])\d\d")
_WORD_SPAN = re.compile(r"[^\s]+")


def find_numbers(text: str) -> list[NumberMention]:
    """Quantities in running text, in order, with their parses.

    Finds figures and number words with their qualifier, scale, percent sign,
    currency and unit words; "between X and Y"; "hundreds of billions of
    dollars". Skipped: digits inside dates (see :func:`~.dates.find_dates`),
    identifiers and names ("F-16", "Kurdistan24", "000_08117"), ordinals
    ("24th"), times and fractions ("10:30", "1/2"), compound modifiers
    ("48-hour", "20,000-strong"), a bare year-like figure ("© 2017"), and a
    bare "one" with no qualifier (usually a pronoun: "one of the"). One
    regular expression compiled at import, tried only where a match can start
    (:mod:`._scan`): linear in ``len(text)``. The spans are cached by text, the
    parses by expression.
    """
    if not isinstance(text, str) or not text:
        return []
    return [NumberMention(start, end, text[start:end], parse_number(text[start:end]))
            for start, end in _number_spans(text)]


@lru_cache(maxsize=4096)
def _number_spans(text: str) -> tuple[tuple[int, int], ...]:
    """The spans :func:`find_numbers` parses. Cached by text: the rules look at the same
    statements again."""
    from .dates import _date_spans  # local: dates does not depend on numbers

    prepared = prepare(text)
    candidates = _candidates(_SCANNER.finditer(prepared)[0], prepared.text)
    return tuple(_outside_dates(candidates, prepared.original_span, _date_spans(text)))


def _find_numbers_slow(text: str) -> list[tuple[int, int]]:
    """The spans :func:`find_numbers` parses, by the plain route: fold, ``finditer`` at
    every position, and the dates from :func:`~.dates.find_dates` (kept for the
    property that pins the fast route)."""
    from .dates import find_dates

    folded = fold(text, typography=True, whitespace=False)
    candidates = _candidates(_FIND_RE.finditer(folded.text), folded.text)
    return _outside_dates(candidates, folded.original_span, [(d.start, d.end) for d in find_dates(text)])


def _candidates(matches: Iterable[re.Match[str]], ft: str) -> list[tuple[int, int, None]]:
    """The (start, end) in the folded text ``ft`` of each quantity the matches give."""
    candidates: list[tuple[int, int, None]] = []
    for m in matches:
        if m.group("between") is not None:
            start, core_end, unit_group = m.start("between"), m.end("between"), "u1"
        elif m.group("order") is not None:
            start, core_end, unit_group = m.start("order"), m.end("order"), "u2"
        else:
            start = m.start("q") if m.group("q") else m.start("num")
            core_end, unit_group = m.end("suffix"), "u3"
            num = m.group("num")
            if not m.group("q") and not m.group("suffix"):
                if num.strip().lower() == "one":
                    continue
                if _YEARLIKE.fullmatch(num) and not _head_word_end(m, unit_group):
                    continue
        end = _head_word_end(m, unit_group) or core_end
        if m.group("order") is not None and end == core_end and ft[start:end].lower().endswith(" of"):
            end = core_end - 3
            while end > start and ft[end - 1] in " \t":
                end -= 1
        candidates.append((start, end, None))
    return candidates


def _outside_dates(candidates: list[tuple[int, int, None]], original_span,
                   dates: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The longest non-overlapping candidates, as spans of the original text, that
    overlap no date (``dates``: sorted, non-overlapping spans, so their ends are sorted too)."""
    date_starts = [s for s, _ in dates]
    spans: list[tuple[int, int]] = []
    for s, e, _ in select_longest(candidates):
        ostart, oend = original_span(s, e)
        i = bisect_left(date_starts, oend) - 1  # the last date starting before this ends
        if i >= 0 and dates[i][1] > ostart:
            continue
        spans.append((ostart, oend))
    return spans


def _head_word_end(m: re.Match[str], group: str) -> int | None:
    """End offset of the unit's head word within ``group`` of ``m``, or None."""
    span_start = m.start(group)
    tail = m.group(group)
    words = [(w.group().rstrip("'’"), span_start + w.start()) for w in _WORD_SPAN.finditer(tail)]
    head = _head_index([w for w, _ in words])
    if head is None:
        return None
    word, offset = words[head]
    return offset + len(word)
