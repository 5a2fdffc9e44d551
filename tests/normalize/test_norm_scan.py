"""The finders' fast scanning route (``normalize._scan``) gives what the plain route gives.

The plain route folds the text with ``fold(text, typography=True, whitespace=False)`` and
runs each pattern with ``finditer`` at every position; the fast route skips the offset
table where it is the identity and tries each pattern only where a match can start. These
properties compare the two on texts made of the finders' own vocabulary in every case,
digits, punctuation, typographic characters and the Unicode letters whose case folding
surprises (``ſ`` matches ``(?i:s)``, the Kelvin sign ``(?i:k)``).
"""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from factcheck.normalize import _scan
from factcheck.normalize import dates as D
from factcheck.normalize import numbers as N
from factcheck.normalize.text import fold

_WORDS = [
    # dates
    "on", "in", "of", "the", "a", "mid", "since", "last", "next", "this", "Monday", "Wednesday", "Thursday",
    "Sept", "Aug", "August", "March", "May", "December", "today", "yesterday", "previous", "day", "earlier",
    "month", "week", "year", "between", "and", "from", "to",
    # numbers
    "more", "than", "at", "least", "about", "nearly", "some", "up", "over", "under", "one", "three",
    "twenty", "five", "hundred", "hundreds", "thousand", "million", "billions", "an", "estimated", "just",
    "troops", "airstrikes", "bases", "percent", "per", "cent", "or", "plus", "US", "us", "bn", "k", "m",
    # other words and the letters that fold surprisingly
    "Syria", "Turkey", "signed", "F", "Kurdistan24", "ſince", "ſome", "\u212aurds", "İn", "Güler", "é",
    # every word of the finders' own phrases
    *sorted({w for phrase in (*D._RELATIVE_WORDS, *(" ".join(p) for p in (*N._PREFIXES, *N._SUFFIXES)))
             for w in phrase.split()}),
    *sorted({*D._MONTH_WORDS, *D.WEEKDAY_NAMES, *N._NUMBER_WORDS, *N._ORDER_WORDS}),
]
_GLUE = [
    " ", " ", " ", "  ", "\t", "\n", ",", ", ", ".", ". ", "-", "/", ":", "%", "$", "€", "£", "#", "+", "~",
    "0", "1", "13", "20", "2024", "2025-08-13", "08/18/2025", "20,000", "3.5", "24th", "\u0663",
    "\u2019", "\u201c", "\u201d", "\u2013", "\u2014", "\u00a0", "\u2026", "\u00ad", "\u200b", "e\u0301", "\u212b",
]
#: whole phrases, so that a first word meets the words that may follow it
_PHRASES = sorted({*D._RELATIVE_WORDS, *(" ".join(p) for p in (*N._PREFIXES, *N._SUFFIXES)),
                   "a hundred", "an estimated", "a million", "A Thousand", "mid-2024", "US$5bn", "us$ 5",
                   "on Wednesday", "last March", "in May", "a March deal", "Monday, 9 December", "Aug. 13",
                   "between 70% and 80%", "hundreds of billions of dollars", "in 2024", "since 2011"})
_PIECE = st.one_of(st.sampled_from(_WORDS), st.sampled_from(_WORDS).map(str.upper),
                   st.sampled_from(_WORDS).map(str.lower), st.sampled_from(_GLUE))
TEXTS = st.one_of(
    st.lists(_PIECE, max_size=40).map("".join),
    st.lists(st.one_of(st.sampled_from(_PHRASES), st.sampled_from(_PHRASES).map(str.upper), _PIECE),
             max_size=16).map(" ".join),
    st.text(max_size=80),
)


def _matches(found) -> list[tuple]:
    return [(m.regs, m.groupdict()) for m in found]


@given(TEXTS)
@example("Tuesday\u2026 13 August 2025 \u2013 more than 20,000 troops")
@example("ſince 2011, İn May, \u212a")
def test_prepare_is_the_typography_fold(text: str) -> None:
    prepared = _scan.prepare(text)
    folded = fold(text, typography=True, whitespace=False)
    assert prepared.text == folded.text
    n = len(folded.text)
    for start in range(n + 1):
        for end in (start, min(start + 1, n), min(start + 3, n), n):
            assert prepared.original_span(start, end) == folded.original_span(start, end)


@given(TEXTS)
@example("on Wednesday, 13 August 2025 more than 20,000 troops and US$5bn in ſince 2011")
@example("a March deal; ſome 300 airstrikes, \u212a")
def test_patterns_are_tried_wherever_they_can_match(text: str) -> None:
    prepared = _scan.prepare(text)
    for scanner in (D._SCANNER, N._SCANNER):
        for spec, found in zip(scanner.specs, scanner.finditer(prepared)):
            assert _matches(found) == _matches(spec.pattern.finditer(prepared.text)), spec


@given(TEXTS)
@example("Monday, December 9, 2024\u2026 between 70% and 80% of the 2011-2024 total")
@example("in excess of 20,000 troops, a million people, on the order of 5 bn, US$5bn, an estimated 3")
def test_fast_date_and_number_spans_equal_the_plain_route(text: str) -> None:
    assert list(D._date_spans_cached.__wrapped__(text)) == D._find_dates_slow(text)
    assert list(N._number_spans.__wrapped__(text)) == N._find_numbers_slow(text)

