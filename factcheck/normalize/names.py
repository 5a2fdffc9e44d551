"""Names of people, organisations and places: keys, lookup, mentions, near misses.

What a library does here:

* ``anyascii`` transliterates (through :func:`~.text.fold`): ``Güler`` →
  ``guler``, ``Türkiye`` → ``turkiye``, Arabic script → Latin letters.
* ``rapidfuzz`` scores near misses (``fuzz.ratio``, ``Levenshtein.distance``,
  ``process.extract``).
* ``pyahocorasick``, if installed, finds every registered form in one pass
  (optional: without it a word-level trie does the same walk in pure Python).

What is hand-written, and why:

* **The name key** (:func:`name_key`): NFC, typography, diacritics, case;
  apostrophes and periods dropped (``Hay'at`` → ``hayat``, ``U.S.`` →
  ``us``), a possessive ``'s`` dropped; every other run of punctuation or
  space → one space (so hyphenation does not matter: ``Abu-Qasra`` =
  ``Abu Qasra``); the Arabic article unified to ``al``: ``al-``, ``el-``,
  ``as-``, ``ash-``, ``es-``, ``ad-``, ``an-``, ``ar-``, ``az-``, ``at-``
  with a hyphen at the start of a word, ``al``/``el`` glued in camel case
  (``alSharaa``), and ``el`` as a separate word (``El Sisi``). The assimilated
  forms (``as``, ``an``, ``at`` …) are *not* unified when written as a
  separate word: they are English words ("known as Sharaa"). Only article
  forms at the start of a word count, so ``Salam`` or ``Kurdistan`` are
  untouched. The key is idempotent.
* **The transliteration key** (:func:`translit_key`): the name key folded further
  for Arabic and Turkish transliteration (articles dropped, vowel classes,
  doubled consonants, kh/h, sh/s, q/k …; the table is in ``docs/house-style.md``).
* **Matching order** (:meth:`NameIndex.match`): the exact registered spelling
  (house, variant, alias, short, misspelling — in that order when one spelling
  is registered twice, then by entity id), then equality of keys
  (``folded``), then equality of transliteration keys (``translit``: at least 5
  characters and 3 consonants, one entity; a person's family name alone only when
  no other person's has that key), then a fuzzy near miss. Registered forms always beat fuzzy
  ones, so "Assad" (a short form of Bashar al-Assad) never becomes "Asaad
  al-Shaibani".
* **Fuzzy threshold.** A near miss must have a key of at least 5 characters,
  ``fuzz.ratio ≥ 88`` against a registered key whose length differs by at most
  2, a Levenshtein distance of at most 1 (keys under 8 characters) or 2 (8 and
  more), and neither key may be a prefix of the other (``Syrian`` is not a
  misspelling of ``Syria``, nor ``Kurds`` of ``Kurd``). ``fuzz.ratio`` is the
  normalised Indel similarity, 100 · (1 − indel / (len₁ + len₂)); 88 lets one
  letter in or out of a 4-letter key (``Asad``/``Assad``, 88.9), one changed
  letter from about 9 letters (``Murhif Abu Qasra``/``Murhef Abu Qasra``,
  93.8; ``Yasar Guller``/``Yasar Guler``, 95.7), and two changed letters only
  from about 17 letters: short names need an exact or folded match. Candidates
  are pre-bucketed by (first letter after the article, key length), so one
  query compares against a few hundred keys even with 20,000 entities; ties
  are broken by score, then distance, then key, so results are deterministic.
* **Offsets through the key.** Running text is scanned in its name key, which several
  regex passes derive from it; ``re`` keeps no offsets through a substitution, so each
  pass records the runs it replaced and only the boundaries of the names found are mapped
  back (``_SpanMap``), not every character. A pure function of the text, pinned by a
  property to an eager per-character reference.
* **Memos per index.** What a (key, surface) pair classifies as and each key's near miss
  are remembered by the index (bounded): names recur from one statement to the next.
* **Case in running text.** A registered acronym (``SDF``, ``US``) only
  matches text with no lower-case letters; a form with capitals only matches
  text with at least one (``turkey`` the bird is not ``Turkey``).

Layer: normalize (held by ``tests/project/test_layers.py``): may import
``factcheck.normalize`` itself, the data modules (facts, corpus, …) and the types; never the
loader, the rules or anything above. Pure: no I/O, no clock.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Literal

from rapidfuzz import fuzz, process
from rapidfuzz.distance import Levenshtein

from .._gc import collector_paused
from ._util import select_spans
from .text import _token_re, fold

try:  # optional accelerator
    import ahocorasick as _ahocorasick
except ImportError:  # pragma: no cover - depends on the environment
    _ahocorasick = None

__all__ = [
    "FUZZY_MAX_DISTANCE_LONG",
    "FUZZY_MAX_DISTANCE_SHORT",
    "FUZZY_MIN_LENGTH",
    "FUZZY_MIN_RATIO",
    "FormKind",
    "Mention",
    "MatchKind",
    "NameIndex",
    "NameMatch",
    "NearMiss",
    "TRANSLIT_MIN_CONSONANTS",
    "name_key",
    "translit_key",
]

FormKind = Literal["house", "variant", "alias", "short", "misspelling", "family"]
MatchKind = Literal["house", "variant", "alias", "short", "misspelling", "folded", "translit", "fuzzy"]

FUZZY_MIN_RATIO = 88.0
FUZZY_MIN_LENGTH = 5
FUZZY_MAX_DISTANCE_SHORT = 1  # keys under 8 characters
FUZZY_MAX_DISTANCE_LONG = 2  # keys of 8 characters and more
_LONG = 8
_MAX_LENGTH_GAP = 2
_MAX_FORM_WORDS = 8
_CLASSIFY_MEMO = 100_000  # entries in each of an index's memos (cleared when full)

_KIND_ORDER: dict[str, int] = {"house": 0, "variant": 1, "alias": 2, "short": 3, "misspelling": 4, "family": 5}
_FIELDS: tuple[tuple[str, FormKind], ...] = (
    ("name", "house"),
    ("variants", "variant"),
    ("aliases", "alias"),
    ("short", "short"),
    ("misspellings", "misspelling"),
)


@dataclass(frozen=True)
class NameMatch:
    """Which entity a name refers to and how it was recognised.

    ``kind`` is the registered kind when the text is exactly a registered
    spelling; ``folded`` when equal only after :func:`name_key` (diacritics,
    case, article, hyphenation); ``translit`` when equal only after
    :func:`translit_key` (another transliteration); ``fuzzy`` for a near miss.
    ``form_kind`` ``family`` marks a person's family name, which is not registered
    on its own but derived from the house name or a variant ("es-Seleme"). ``matched_form``
    is the registered spelling and ``form_kind`` its kind (so a folded match of
    a misspelling is visible). ``score`` is 100 for exact and folded matches,
    the ``fuzz.ratio`` of the two name keys otherwise. ``others`` lists other entities that share
    the same spelling or key (an ambiguous short form).
    """

    entity_id: str
    kind: MatchKind
    matched_form: str
    score: float
    form_kind: FormKind
    others: tuple[str, ...] = ()


@dataclass(frozen=True)
class Mention:
    """A registered name found in running text: ``surface == text[start:end]``."""

    start: int
    end: int
    surface: str
    match: NameMatch


@dataclass(frozen=True)
class NearMiss:
    """A capitalised name in running text that is close to, but not, a registered name."""

    start: int
    end: int
    surface: str
    suggestion: NameMatch


@dataclass(frozen=True)
class _Form:
    entity_id: str
    kind: FormKind
    form: str
    key: str
    acronym: bool = False  # _is_acronym(form), computed once
    capital: bool = False  # form has an upper-case letter

    @property
    def order(self) -> tuple[int, str, str]:
        return (_KIND_ORDER[self.kind], self.entity_id, self.form)


# --------------------------------------------------------------------------- keys

_ARTICLES = "al|el|as|ash|es|ad|an|ar|az|at"
# The patterns with a look-behind put it after what they must match, so that the regex engine
# skips ahead to candidates instead of trying every position (3-16x faster on a long text).
# tests/normalize/test_norm_names.py pins each to its plain form (_PLAIN_PATTERNS there),
# e.g. (?<![A-Za-z0-9])([Aa]l|[Ee]l)(?=[A-Z][a-z]) for _CAMEL_ARTICLE;
# _HYPHEN_ARTICLE is (?<![^\W_])(?:_ARTICLES)-(?=[^\W_]) with the articles by length.
_CAMEL_ARTICLE = re.compile(r"([AaEe]l)(?<![A-Za-z0-9]..)(?=[A-Z][a-z])")
_HYPHEN_ARTICLE = re.compile(r"(?:a[lsdnrzt]-(?<![^\W_]..-)|e[ls]-(?<![^\W_]..-)|ash-(?<![^\W_]...-))(?=[^\W_])")
_POSSESSIVE = re.compile(r"['`\u02bc]s(?<=[^\W_]..)(?![^\W_])")
_DROPPED = re.compile(r"['`.\u02bc\u02bb\u02be\u02bf]+")
_DROPPED_CHARS = re.compile(r"['`.\u02bc\u02bb\u02be\u02bf]")
_SEPARATORS = re.compile(r"[\W_]+")
_EL_WORD = re.compile(r"el (?<![^\W_]el )(?=[^\W_])")


def _sub(
    text: str, spans: list[tuple[int, int]], pattern: re.Pattern[str], repl: str | Any
) -> tuple[str, list[tuple[int, int]]]:
    """``pattern.sub`` that carries, per character, its ``(start, end)`` in the original.

    A replacement's characters all get the span of the whole match.
    """
    pieces: list[str] = []
    new_spans: list[tuple[int, int]] = []
    pos = 0
    for m in pattern.finditer(text):
        r = repl if isinstance(repl, str) else repl(m)
        if r == m.group():  # e.g. a single space for a separator run: nothing to rebuild
            continue
        s, e = m.span()
        pieces.append(text[pos:s])
        new_spans.extend(spans[pos:s])
        pieces.append(r)
        new_spans.extend([(spans[s][0], spans[e - 1][1])] * len(r))
        pos = e
    if pos == 0:
        return text, spans
    pieces.append(text[pos:])
    new_spans.extend(spans[pos:])
    return "".join(pieces), new_spans


def _fold_spans(text: str, spans: list[tuple[int, int]] | None, **flags: bool) -> tuple[str, list[tuple[int, int]]]:
    if text.isascii() and not flags.get("case") and not flags.get("whitespace"):
        # NFC, typography and diacritic folds change nothing in ASCII: identity spans
        return text, (spans if spans is not None else [(i, i + 1) for i in range(len(text))])
    f = fold(text, **flags)
    own = _char_spans(f.offsets, len(f.text))
    if spans is None:
        return f.text, own
    return f.text, [(spans[a][0], spans[b - 1][1]) for a, b in own]


def _char_spans(offsets: tuple[int, ...], n: int) -> list[tuple[int, int]]:
    """``[Folded.original_span(i, i + 1) for i in range(n)]`` in one linear pass.

    A folded character comes from the original character at ``offsets[i]``, which ends
    where the next *different* offset starts (one original character may fold to several).
    """
    own: list[tuple[int, int]] = [(0, 0)] * n
    following = offsets[n] if n else 0
    for i in range(n - 1, -1, -1):
        if offsets[i] != offsets[i + 1]:
            following = offsets[i + 1]
        own[i] = (offsets[i], following)
    return own


def _key_with_spans(s: str) -> tuple[str, list[tuple[int, int]]]:
    """The name key of ``s`` (unstripped) and, per character, its span in ``s``.

    The reference implementation, eager and slow: :func:`_key_with_map` gives the same
    key and the same spans on demand (a property test holds them equal).
    """
    text, spans = _fold_spans(s, None, typography=True, diacritics=True, case=False, whitespace=False)
    text, spans = _sub(text, spans, _CAMEL_ARTICLE, lambda m: m.group(1) + " ")
    if text.isascii():
        text = text.lower()
    else:
        text, spans = _fold_spans(text, spans, typography=False, diacritics=False, case=True, whitespace=False)
    text, spans = _sub(text, spans, _HYPHEN_ARTICLE, "al ")
    text, spans = _sub(text, spans, _POSSESSIVE, " ")
    text, spans = _sub(text, spans, _DROPPED, "")
    text, spans = _sub(text, spans, _SEPARATORS, " ")
    text, spans = _sub(text, spans, _EL_WORD, "al ")
    return text, spans


#: the runs of ``_SEPARATORS`` that its replacement (one space) changes: every maximal
#: run of separators except a single space (plain form: ``(?<![\W_])(?:[\W_]{2,}|[^\w ]|_)(?![\W_])``)
_SEPARATORS_CHANGED = re.compile(r"(?:[^\w ]|_| (?=[\W_]))(?<![\W_][\s\S])[\W_]*")


class _SpanMap:
    """Where each character of a derived text came from in the original, on demand.

    The derived text is the original put through a chain of steps; each step is a
    *layer* that maps one of its characters to a range of characters of its input:
    a fold (``("fold", offsets, None)``, :attr:`Folded.offsets`) or a list of replaced
    runs (``("edits", new_starts, edits)`` with ``edits`` = (new start, new end, old
    start, old end)). Only the characters asked for are mapped, each in
    O(layers · log edits): scanning text needs the spans of a few name boundaries,
    not of every character. ``span(i)`` equals ``_key_with_spans(s)[1][i]``.
    """

    __slots__ = ("_layers",)

    def __init__(self) -> None:
        self._layers: list[tuple] = []

    def add_fold(self, offsets: tuple[int, ...]) -> None:
        self._layers.append(("fold", offsets, None))

    def add_edits(self, edits: list[tuple[int, int, int, int]]) -> None:
        if edits:
            self._layers.append(("edits", [e[0] for e in edits], edits))

    # A character maps to a range of its layer's input: a fold's character i comes from
    # offsets[i] up to the next different offset; an edited run's characters all come from
    # the whole run it replaced; any other character from the one character it was.
    # ``start`` follows the first character of each range down the layers, ``end`` the
    # last (spelt out inline: these run for every name boundary of every text scanned).

    def start(self, i: int) -> int:
        """Where character ``i`` of the derived text starts in the original."""
        for kind, a, b in reversed(self._layers):
            if kind == "fold":
                i = a[i]
            else:
                k = bisect_right(a, i) - 1
                if k >= 0:
                    _, ne, os_, oe = b[k]
                    i = os_ if i < ne else oe + (i - ne)
        return i

    def end(self, i: int) -> int:
        """Where character ``i`` of the derived text ends (exclusive) in the original."""
        j = i
        for kind, a, b in reversed(self._layers):
            if kind == "fold":
                here, k, last = a[j], j + 1, len(a) - 1
                while k < last and a[k] == here:
                    k += 1
                j = a[k] - 1
            else:
                k = bisect_right(a, j) - 1
                if k >= 0:
                    _, ne, _, oe = b[k]
                    j = oe - 1 if j < ne else oe + (j - ne)
        return j + 1

    def span(self, i: int) -> tuple[int, int]:
        return self.start(i), self.end(i)


def _edit(text: str, pattern: re.Pattern[str], repl: Any, spans: _SpanMap) -> str:
    """``pattern.sub(repl, text)`` recording the replaced runs in ``spans``.

    Every match of ``pattern`` must change the text (callers make sure of it).
    """
    first = pattern.search(text)
    if first is None:
        return text
    pieces: list[str] = []
    edits: list[tuple[int, int, int, int]] = []
    pos = 0
    size = 0  # length of the new text so far
    for m in pattern.finditer(text, first.start()):
        r = repl if isinstance(repl, str) else repl(m)
        s, e = m.span()
        pieces.append(text[pos:s])
        size += s - pos
        pieces.append(r)
        edits.append((size, size + len(r), s, e))
        size += len(r)
        pos = e
    if not edits:
        return text
    pieces.append(text[pos:])
    spans.add_edits(edits)
    return "".join(pieces)


def _key_with_map(s: str) -> tuple[str, _SpanMap]:
    """The name key of ``s`` (unstripped) and a :class:`_SpanMap` back to ``s``.

    The steps of :func:`_key_with_spans`, each skipped when the characters it acts on
    are absent (as in :func:`_name_key`), recording only the runs they change.
    """
    spans = _SpanMap()
    text = s
    if not s.isascii():
        f = fold(s, typography=True, diacritics=True, case=False, whitespace=False)
        text = f.text
        spans.add_fold(f.offsets)
    if "l" in text or "L" in text:
        text = _edit(text, _CAMEL_ARTICLE, lambda m: m.group(1) + " ", spans)
    if text.isascii():
        text = text.lower()
    else:
        f = fold(text, typography=False, diacritics=False, case=True, whitespace=False)
        text = f.text
        spans.add_fold(f.offsets)
    if "-" in text:
        text = _edit(text, _HYPHEN_ARTICLE, "al ", spans)
    if _DROPPED_CHARS.search(text):
        text = _edit(text, _POSSESSIVE, " ", spans)
        text = _edit(text, _DROPPED, "", spans)
    if "  " in text or not text.replace(" ", "").isalnum():
        text = _edit(text, _SEPARATORS_CHANGED, " ", spans)
    if "el " in text:
        text = _edit(text, _EL_WORD, "al ", spans)
    return text, spans


def name_key(s: str) -> str:
    """The key two spellings of one name share (see the module docstring).

    ``name_key("al-Sharaa") == name_key("Al Sharaa") == name_key("alSharaa")
    == "al sharaa"``; ``name_key("Yaşar Güler") == "yasar guler"``.
    """
    if not isinstance(s, str):
        return ""
    return _name_key(s)


@lru_cache(maxsize=65536)
def _name_key(s: str) -> str:
    # the same steps as _key_with_spans, without the span bookkeeping (tested
    # equal), each skipped when the characters it acts on are absent
    if s.isascii():
        text = s  # NFC, typography and diacritics change nothing in ASCII
    else:
        text = fold(s, typography=True, diacritics=True, case=False, whitespace=False).text
    if "l" in text and _CAMEL_ARTICLE.search(text):
        text = _CAMEL_ARTICLE.sub(r"\1 ", text)
    if text.isascii():
        text = text.lower()
    else:
        text = fold(text, typography=False, diacritics=False, case=True, whitespace=False).text
    if "-" in text:
        text = _HYPHEN_ARTICLE.sub("al ", text)
    if _DROPPED_CHARS.search(text):
        text = _POSSESSIVE.sub(" ", text)
        text = _DROPPED.sub("", text)
    if "  " in text or not text.replace(" ", "").isalnum():
        text = _SEPARATORS.sub(" ", text)
    if "el " in text:
        text = _EL_WORD.sub("al ", text)
    return text.strip()


# --------------------------------------------------------------------------- transliteration

#: article words that :func:`translit_key` drops before another word: ``al`` (which
#: :func:`name_key` makes of ``al-``, ``el-``, ``as-``, ``ash-``, ``es-`` … and ``El``) and
#: the assimilated forms that are not English words, written apart or with a hyphen that
#: :func:`name_key` does not unify (``es Seleme``, ``ed-Din``, ``er-Rahman``, ``esh-Sham``)
_TRANSLIT_ARTICLES = frozenset({"al", "el", "es", "esh", "ash", "ed", "er", "et", "en", "ez"})
#: consonant spellings of one Arabic or Turkish sound (ç, ş, ğ are folded to c, s, g before)
_DIGRAPHS = re.compile(r"kh|sh|ch|gh|dh|q")
_DIGRAPH_TO = {"kh": "h", "sh": "s", "ch": "c", "gh": "g", "dh": "z", "q": "k"}
_DOUBLED = re.compile(r"([^\W\d_aeiou])\1+")  # consonants: "ee" and "oo" are vowel spellings
_FINAL_H = re.compile(r"(?<=[^\W\d_]{2})ah$")
_U_BEFORE_W = re.compile(r"[ou]+(?=w)")
_FINAL_D = re.compile(r"(?<=[^\W\d_])d$")
#: a transliteration match needs a key of at least FUZZY_MIN_LENGTH characters and this
#: many consonants in the skeleton: "Asaad" and "Assad" (two names) stay apart
TRANSLIT_MIN_CONSONANTS = 3


#: y is a vowel when it is not a word's first letter and no vowel follows
_Y_VOWEL = re.compile(r"(?<=[^\W\d_])y(?![aeiou])")
_E_O = str.maketrans({"e": "a", "o": "u"})
_REPEATED_VOWEL = re.compile(r"([aiu])\1+")


def _vowel_classes(word: str) -> str:
    """Each run of vowels (a, e, i, o, u, and y as :data:`_Y_VOWEL` says) in its classes:
    ``ee`` → i, ``oo`` and ``ou`` → u, then a/e → a, i/y → i, o/u → u, each class once.
    Adjacent vowels are always in one run, so this is done over the whole word (a test
    holds it equal to the run-by-run reading)."""
    if "ee" in word or "oo" in word or "ou" in word:
        word = word.replace("ee", "i").replace("oo", "u").replace("ou", "u")
    if "y" in word:
        word = _Y_VOWEL.sub("i", word)
    word = word.translate(_E_O)
    if "aa" in word or "ii" in word or "uu" in word:
        word = _REPEATED_VOWEL.sub(r"\1", word)
    return word


def _digraph(m: re.Match[str]) -> str:
    return _DIGRAPH_TO[m.group()]


def _single(word: str) -> str:
    """Doubled consonants written once (the search first: a substitution with a template
    costs a call into ``re`` even where nothing matches)."""
    return _DOUBLED.sub(_first, word) if _DOUBLED.search(word) else word


def _first(m: re.Match[str]) -> str:
    return m.group(1)


@lru_cache(maxsize=65536)
def _skeleton_word(word: str) -> str:
    """One word's skeleton, in one pass (idempotent: a property test holds it)."""
    word = _single(word)
    if "h" in word or "q" in word:
        word = _DIGRAPHS.sub(_digraph, word)
        while _DIGRAPHS.search(word):  # "skh" → "sh" → "s"
            word = _DIGRAPHS.sub(_digraph, word)
        word = _single(word)  # letters a digraph brought together ("khh" → "hh")
    if "w" in word:
        word = _single(_U_BEFORE_W.sub("", word))  # before the vowel classes: "ouw", "yuw" as "w", "yw"
    word = _vowel_classes(word)
    if word.endswith("ah"):
        word = _FINAL_H.sub("a", word)
    if word.endswith("d"):
        word = _single(_FINAL_D.sub("t", word))
    return word


def translit_key(s: str) -> str:
    """The transliteration key (skeleton) of a name: what Arabic and Turkish spellings of
    one name share, beyond :func:`name_key` (see ``docs/house-style.md``, "Transliterated
    names", for the table).

    Per word of the name key: the article dropped before another word (``al-``, ``es-``,
    ``ed-`` …), doubled letters single, ``kh``→``h``, ``sh``→``s``, ``ch``→``c``,
    ``gh``→``g``, ``dh``→``z``, ``q``→``k``; vowels in three classes (a and e → ``a``; i,
    ``ee`` and a y after a letter → ``i``; o, u, ``ou``, ``oo`` → ``u``) with each run of
    one class written once; a final ``-ah``/``-eh`` → ``a``; a ``u`` before ``w`` dropped;
    a final ``d`` → ``t`` (Turkish devoicing). ``translit_key("Hussein al-Salama") ==
    translit_key("Hussein Salameh") == translit_key("Hussein es-Seleme") == "husain
    salama"``; ``translit_key("as-Suwayda") == translit_key("Sweida") == "swaida"``.
    Idempotent, insensitive to case, to NFC/NFD and to the article.
    """
    return _translit_key(name_key(s)) if isinstance(s, str) else ""


@lru_cache(maxsize=65536)
def _translit_key(key: str) -> str:
    words = key.split(" ") if key else []
    out = []
    for i, word in enumerate(words):
        skeleton = _skeleton_word(word)
        if i + 1 < len(words) and (word in _TRANSLIT_ARTICLES or skeleton == "al"):
            continue
        out.append(skeleton)
    return " ".join(out)


def _without_articles(key: str) -> str:
    return " ".join(w for w in key.split(" ") if w not in _TRANSLIT_ARTICLES)


_CONSONANT = re.compile(r"[^\W\d_aiu]")


def _consonants(skeleton: str) -> int:
    """Letters of a skeleton other than its vowels a, i, u."""
    return len(_CONSONANT.findall(skeleton))


def _family_part(form: str) -> str | None:
    """A person's family name: the registered form without its first word ("es-Seleme" of
    "Hussein es-Seleme", "Abu Qasra" of "Murhef Abu Qasra"), or None for one word or a
    form that starts with an article ("al-Jalali")."""
    words = form.split()
    if len(words) < 2 or name_key(words[0]) in _TRANSLIT_ARTICLES:
        return None
    return " ".join(words[1:])


def _bucket_char(key: str) -> str:
    body = key[3:] if key.startswith("al ") and len(key) > 3 else key
    return body[:1]


def _is_acronym(form: str) -> bool:
    if form.isascii():
        if form.upper() != form:  # a lower-case letter: the commonest answer, quickly
            return False
        return sum(1 for c in form if c.isalpha()) >= 2
    letters = [c for c in form if c.isalpha()]
    return len(letters) >= 2 and not any(c.islower() for c in letters)


def _case_ok(surface: str, form: _Form, *, running_text: bool) -> bool:
    if form.acronym:
        return not any(c.islower() for c in surface)
    if running_text and form.capital:
        return any(c.isupper() for c in surface)
    return True


# --------------------------------------------------------------------------- index


def _entity_forms(entity: Any) -> Iterable[tuple[FormKind, str]]:
    get = entity.get if isinstance(entity, Mapping) else (lambda k, d=None: getattr(entity, k, d))
    for field, kind in _FIELDS:
        value = get(field, None)
        if value is None:
            continue
        if isinstance(value, str):
            yield kind, value
        else:
            for form in value:
                if isinstance(form, str):
                    yield kind, form


class NameIndex:
    """Registered names of entities, indexed once for lookup and scanning.

    ``entities`` are :class:`~factcheck.models.Entity` objects or anything with
    ``id``, ``name``, ``variants``, ``aliases``, ``misspellings`` and ``short``
    (attributes or mapping keys). ``engine`` chooses the scanner for
    :meth:`find_mentions`: ``"aho"`` (pyahocorasick), ``"trie"`` (pure-Python
    word trie) or ``"auto"`` (aho when installed). Both give the same results.
    """

    def __init__(self, entities: Iterable[Any], *, engine: Literal["auto", "aho", "trie"] = "auto") -> None:
        if engine not in ("auto", "aho", "trie"):
            raise ValueError(f"unknown engine {engine!r}; expected 'auto', 'aho' or 'trie'")
        if engine == "aho" and _ahocorasick is None:
            raise ValueError("engine 'aho' needs the pyahocorasick package")
        self.engine: str = "aho" if engine == "auto" and _ahocorasick is not None else (
            "trie" if engine == "auto" else engine
        )
        with collector_paused():  # many small containers, no cycles
            self._build(entities)

    @classmethod
    def of(cls, corpus: Any) -> "NameIndex":
        """The index of ``corpus.entities``, built once per corpus and kept in
        ``corpus.derived`` (the rules, lint-text, the quiz and drafting share it)."""
        index = corpus.derived.get("name_index")
        if index is None:
            index = corpus.derived["name_index"] = cls(corpus.entities)
        return index

    def _build(self, entities: Iterable[Any]) -> None:
        by_surface: dict[str, list[_Form]] = {}
        by_key: dict[str, list[_Form]] = {}
        family: list[_Form] = []  # persons' family names (see _translit_tables)
        people: set[str] = set()
        for entity in entities:
            get = entity.get if isinstance(entity, Mapping) else (lambda k, d=None, e=entity: getattr(e, k, d))
            entity_id = str(get("id"))
            is_person = getattr(get("kind", None), "value", get("kind", None)) == "person"
            if is_person:
                people.add(entity_id)
            for kind, form in _entity_forms(entity):
                key = name_key(form)
                if not key:
                    continue
                capital = form.lower() != form if form.isascii() else any(c.isupper() for c in form)
                f = _Form(entity_id, kind, form, key, _is_acronym(form), capital)
                by_surface.setdefault(form.strip(), []).append(f)
                by_key.setdefault(key, []).append(f)
                if is_person and kind in ("house", "variant"):
                    fam = _family_part(form)
                    if fam is not None:
                        family.append(_Form(entity_id, "family", fam, name_key(fam), False, True))
        for table in (by_surface, by_key):
            for forms in table.values():
                if len(forms) > 1:
                    forms.sort(key=lambda f: f.order)
        self._by_surface = by_surface
        self._by_key = by_key
        self._classified: dict[tuple[str, str, bool], tuple[NameMatch | None, int]] = {}
        self._fuzzed: dict[str, NameMatch | None] = {}  # key → its near miss (keys recur)
        self._translit_memo: dict[str, NameMatch | None] = {}  # key → its transliteration match

        self._family_forms = family
        self._translit_built: tuple[dict[str, list[_Form]], dict[str, list[_Form]]] | None = None
        self._people = frozenset(people)

        buckets: dict[tuple[str, int], list[str]] = {}
        for key in sorted(by_key):
            if len(key) >= FUZZY_MIN_LENGTH:
                buckets.setdefault((_bucket_char(key), len(key)), []).append(key)
        self._buckets = buckets
        self._max_words = min(
            _MAX_FORM_WORDS, max((key.count(" ") + 1 for key in by_key), default=1)
        )

        self._automaton: Any = None
        self._trie: dict[str, Any] = {}
        if self.engine == "aho":
            if by_key:
                automaton = _ahocorasick.Automaton()
                for key in by_key:  # padded: every hit starts and ends at a word boundary
                    automaton.add_word(f" {key} ", key)
                automaton.make_automaton()
                self._automaton = automaton
        else:
            for key in by_key:
                node = self._trie
                for word in key.split(" "):
                    node = node.setdefault(word, {})
                node[""] = key  # "" is never a word of a key

    def __len__(self) -> int:
        return len({f.entity_id for forms in self._by_key.values() for f in forms})

    # ----------------------------------------------------------- lookup

    @staticmethod
    def _others(forms: list[_Form], chosen: _Form) -> tuple[str, ...]:
        if len(forms) == 1:
            return ()
        return tuple(sorted({f.entity_id for f in forms} - {chosen.entity_id}))

    def match(self, mention: str) -> NameMatch | None:
        """The entity ``mention`` names, or None.

        Exact registered spelling first, then equal keys, then a fuzzy near
        miss (see the module docstring for the threshold).
        """
        if not isinstance(mention, str) or len(mention) > 10_000:
            return None
        surface = mention.strip()
        if not surface:
            return None
        forms = [f for f in self._by_surface.get(surface, ()) if _case_ok(surface, f, running_text=False)]
        if forms:
            f = forms[0]
            return NameMatch(f.entity_id, f.kind, f.form, 100.0, f.kind, self._others(forms, f))
        key = name_key(surface)
        forms = [f for f in self._by_key.get(key, ()) if _case_ok(surface, f, running_text=False)]
        if forms:
            f = forms[0]
            return NameMatch(f.entity_id, "folded", f.form, 100.0, f.kind, self._others(forms, f))
        return self._translit_match(key) or self._fuzzy(key)

    def _translit_match(self, key: str) -> NameMatch | None:
        """The registered name whose transliteration key ``key`` shares (see
        :func:`translit_key`), or None: none, or forms of several entities share it.

        Registered forms first; else the family name of one registered person (the house
        name or a variant without its first word: "es-Seleme" of "Hussein es-Seleme") when
        no other person's family name has that key and ``key`` is not that family name's
        own key (a bare "Guler" is how the register spells it, not a variant).
        """
        if len(key) < FUZZY_MIN_LENGTH or not self._by_key:
            return None
        memo = self._translit_memo
        if key in memo:
            return memo[key]
        if len(memo) >= _CLASSIFY_MEMO:
            memo.clear()
        match = memo[key] = self._translit_search(key)
        return match

    def _translit_tables(self) -> tuple[dict[str, list[_Form]], dict[str, list[_Form]]]:
        """(transliteration key → registered forms, → persons' family names), built on first
        use: an index that is only asked for exact names never computes them."""
        if self._translit_built is None:
            translit: dict[str, list[_Form]] = {}
            for key, key_forms in self._by_key.items():  # forms are sorted below: any order
                if len(key) < FUZZY_MIN_LENGTH:
                    continue
                skeleton = _translit_key(key)
                if _consonants(skeleton) >= TRANSLIT_MIN_CONSONANTS:
                    forms = [f for f in key_forms if not f.acronym]
                    if forms:
                        translit.setdefault(skeleton, []).extend(forms)
            family: dict[str, list[_Form]] = {}
            for f in self._family_forms:
                skeleton = _translit_key(f.key)
                if skeleton not in translit and _consonants(skeleton) >= TRANSLIT_MIN_CONSONANTS:
                    family.setdefault(skeleton, []).append(f)
            for table in (translit, family):
                for skeleton, forms in table.items():
                    if len(forms) > 1:
                        table[skeleton] = sorted(set(forms), key=lambda f: f.order)
            self._translit_built = (translit, family)
        return self._translit_built

    def _translit_search(self, key: str) -> NameMatch | None:
        skeleton = _translit_key(key)
        if _consonants(skeleton) < TRANSLIT_MIN_CONSONANTS:
            return None
        registered, family = self._translit_tables()
        forms = registered.get(skeleton)
        if forms is None:
            forms = family.get(skeleton)
            if forms is None or any(_without_articles(f.key) == _without_articles(key) for f in forms):
                return None
        if len({f.entity_id for f in forms}) > 1:
            return None  # e.g. a family name that two registered people share
        f = forms[0]
        return NameMatch(f.entity_id, "translit", f.form, round(fuzz.ratio(key, f.key), 2), f.kind)

    def _translit_ok(self, text: str, run: list[tuple[int, int, bool]], i: int, match: NameMatch) -> bool:
        """A person's name matched by transliteration in running text counts only when no
        other given name precedes it in the run: "Hasan Salameh" is not "Hussein
        es-Seleme", nor is "Ali Hussein Salameh"; a title may precede ("Chief Salameh")."""
        if i == 0 or match.entity_id not in self._people:
            return True
        before = run[i - 1]
        return not before[2] or text[before[0]:before[1]].lower() in _TITLES

    def _fuzzy(self, key: str) -> NameMatch | None:
        if len(key) < FUZZY_MIN_LENGTH:
            return None
        memo = self._fuzzed
        if key in memo:
            return memo[key]
        if len(memo) >= _CLASSIFY_MEMO:
            memo.clear()
        match = memo[key] = self._fuzzy_search(key)
        return match

    def _fuzzy_search(self, key: str) -> NameMatch | None:
        first = _bucket_char(key)
        best: tuple[float, int, str] | None = None
        for length in range(len(key) - _MAX_LENGTH_GAP, len(key) + _MAX_LENGTH_GAP + 1):
            choices = self._buckets.get((first, length))
            if not choices:
                continue
            for choice, score, _ in process.extract(
                key, choices, scorer=fuzz.ratio, score_cutoff=FUZZY_MIN_RATIO, limit=None
            ):
                if choice == key or choice.startswith(key) or key.startswith(choice):
                    continue
                limit = FUZZY_MAX_DISTANCE_LONG if max(len(key), len(choice)) >= _LONG else FUZZY_MAX_DISTANCE_SHORT
                distance = Levenshtein.distance(key, choice, score_cutoff=limit)
                if distance > limit:
                    continue
                cand = (-score, distance, choice)
                if best is None or cand < best:
                    best = cand
        if best is None:
            return None
        forms = self._by_key[best[2]]
        f = forms[0]
        return NameMatch(f.entity_id, "fuzzy", f.form, round(-best[0], 2), f.kind, self._others(forms, f))

    # ----------------------------------------------------------- scanning

    def _key_matches(self, key_text: str) -> Iterable[tuple[int, int, str]]:
        """Every registered key in ``key_text`` at word boundaries: (start, end, key)."""
        if self.engine == "aho":
            if self._automaton is None:
                return
            # a hit on " key " in " " + key_text + " " ends (inclusive) at `last`,
            # on the padding space after the key: the key is key_text[last-1-len : last-1]
            for last, key in self._automaton.iter(f" {key_text} "):
                yield last - 1 - len(key), last - 1, key
            return
        pos = 0
        words = key_text.split(" ")
        starts = []
        for w in words:
            starts.append(pos)
            pos += len(w) + 1
        for i, word in enumerate(words):
            node = self._trie.get(word) if word else None
            j = i
            while node is not None:
                key = node.get("")
                if key is not None:
                    yield starts[i], starts[j] + len(words[j]), key
                j += 1
                if j >= len(words):
                    break
                node = node.get(words[j]) if words[j] else None

    def find_mentions(self, text: str) -> list[Mention]:
        """Every registered spelling in running text, in order.

        One pass over the text's name key (Aho-Corasick or a word trie), word
        boundaries respected, leftmost-longest: where registered names overlap,
        the one starting first wins and, at the same start, the longest.
        Matches that fail the case rule (module docstring) are skipped.
        """
        if not isinstance(text, str) or not text or not self._by_key:
            return []
        key_text, spans = _key_with_map(text)
        # by start, and at one start the longest first (one key per span)
        hits = sorted((start, -end, key) for start, end, key in self._key_matches(key_text))
        mentions: list[Mention] = []
        last_end = -1
        for start, neg_end, key in hits:
            if start < last_end:  # inside the last mention (or a longer one here matched)
                continue
            end = -neg_end
            match = self._classify(text, spans.start(start), spans.end(end - 1), key)
            if match is not None:
                mentions.append(match)
                last_end = end
        return mentions

    def _classify(self, text: str, start: int, end: int, key: str) -> Mention | None:
        surface = text[start:end]
        period = text[end:end + 1] == "."
        memo = self._classified
        cached = memo.get((key, surface, period))
        if cached is None:
            if len(memo) >= _CLASSIFY_MEMO:
                memo.clear()
            cached = memo[(key, surface, period)] = self._classify_surface(key, surface, period)
        match, extend = cached
        if match is None:
            return None
        return Mention(start, end + extend, surface + "." * extend, match)

    def _classify_surface(self, key: str, surface: str, period: bool) -> tuple[NameMatch | None, int]:
        """What registered name ``surface`` (key ``key``) is in running text, and whether a
        following period belongs to it (1) or not (0). Depends on nothing else, so it is
        remembered per index (names recur from one text to the next)."""
        forms = [f for f in self._by_key[key] if _case_ok(surface, f, running_text=True)]
        if not forms:
            return None, 0
        extend = 0
        if period and any(f.form == surface + "." for f in forms):
            extend = 1  # an abbreviation's final period ("U.S.") belongs to it
            surface += "."
        exact = [f for f in forms if f.form == surface]
        if exact:
            f = exact[0]
            return NameMatch(f.entity_id, f.kind, f.form, 100.0, f.kind, self._others(forms, f)), extend
        f = forms[0]
        return NameMatch(f.entity_id, "folded", f.form, 100.0, f.kind, self._others(forms, f)), extend

    def near_misses(self, text: str, *, known: Sequence[Any] | None = None) -> list[NearMiss]:
        """Capitalised names in running text that are not registered but close to one.

        Looks at runs of capitalised words (with lower-case connectors such as
        ``al-``, ``bin``, ``de`` inside), skipping registered mentions, and
        fuzzy-matches every sub-run of up to the longest registered name's
        word count. Where suggestions overlap, the longer run wins, then the
        higher score. "Murhif Abu Qasra" → Murhef Abu Qasra; "Yasar Guller" →
        Yaşar Güler.

        ``known``: the registered mentions of ``text`` when the caller already has them
        (anything with ``start``/``end``, in order), so they are not searched again.
        """
        if not isinstance(text, str) or not text or not self._buckets:
            return []
        found = self.find_mentions(text) if known is None else known
        taken = sorted((m.start, m.end) for m in found)
        runs: list[list[tuple[int, int, bool]]] = []
        current: list[tuple[int, int, bool]] = []
        prev_end = 0
        t_index = 0
        n_taken = len(taken)
        # the tokens of text.tokenize, read straight off its pattern (no Token objects)
        for m in _token_re().finditer(text):
            tok_start, tok_end = m.span()
            while t_index < n_taken and taken[t_index][1] <= tok_start:
                t_index += 1
            inside = t_index < n_taken and taken[t_index][0] < tok_end
            if inside or m.lastgroup != "word":
                usable = capital = False
            else:
                word = m.group()
                if word.islower():  # no capital anywhere (the commonest word): a connector?
                    capital = False
                    usable = word in _CONNECTORS
                else:
                    capital = _is_capitalised(word)
                    usable = capital or word.lower() in _CONNECTORS
            if current:
                gap = text[prev_end:tok_start]
                if not (usable and 0 < len(gap) <= 3 and gap.isspace() and "\n" not in gap):
                    runs.append(current)
                    current = []
            if usable:
                current.append((tok_start, tok_end, capital))
            prev_end = tok_end
        if current:
            runs.append(current)

        candidates: list[tuple[int, int, tuple[int, float, NameMatch]]] = []
        for run in runs:
            n = len(run)
            for size in range(min(n, self._max_words), 0, -1):
                for i in range(n - size + 1):
                    first, last = run[i], run[i + size - 1]
                    if not (first[2] and last[2]):  # a run starts and ends with a capital
                        continue
                    surface = text[first[0]:last[1]]
                    key = name_key(surface)
                    if key in self._by_key:
                        continue
                    match = self._translit_match(key)
                    if match is not None and not self._translit_ok(text, run, i, match):
                        match = None
                    if match is None:
                        match = self._fuzzy(key)
                    if match is not None:
                        candidates.append((first[0], last[1], (size, match.score, match)))
        # more words first, then the higher score, then the earlier
        chosen = select_spans(candidates, lambda c: (-c[2][0], -c[2][1], c[0], c[1]))
        return [NearMiss(s, e, text[s:e], payload[2]) for s, e, payload in chosen]


#: words that may stand before a person's family name in running text without being a given name
_TITLES = frozenset("""mr mrs ms dr gen general col colonel maj major lt capt sheikh president minister
chief commander spokesman spokeswoman spokesperson director leader head envoy ambassador
king prince emir imam""".split())

_CONNECTORS = frozenset({"al", "el", "bin", "ibn", "bint", "abu", "de", "da", "di", "du", "van", "von", "der", "den", "la", "le"})
_ARTICLE_WORD = re.compile(rf"(?:{_ARTICLES})[-\u2010\u2011](?=\w)", re.IGNORECASE)


def _is_capitalised(word: str) -> bool:
    m = _ARTICLE_WORD.match(word)
    body = word[m.end():] if m else word
    return bool(body) and body[0].isupper()
