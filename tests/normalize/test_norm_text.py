"""Text folding, offsets, tokens and folded search."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from factcheck.normalize import text as T
from factcheck.normalize.text import find_folded, fold, tokenize

SEEDS = Path(__file__).resolve().parents[2] / "seeds"

FLAGS = st.fixed_dictionaries(
    {
        "typography": st.booleans(),
        "diacritics": st.booleans(),
        "case": st.booleans(),
        "whitespace": st.booleans(),
    }
)
# text with the characters folding cares about, so properties hit them often
NEWSY = st.text(
    alphabet=st.sampled_from(
        list("aAeEiIsSuU ,.-'\"\n\t")
        + list("\u2018\u2019\u201c\u201d\u2013\u2014\u2212\u2011\u00a0\u2009\u202f\u2026\u00ad")
        + list("üÜşŞıİçğöéÉßǅ\u0301\u0308\u0327ﬁ\u1100\u1161\u11a8Åå\u212b")
    ),
    max_size=40,
)
ANY_TEXT = st.one_of(st.text(), NEWSY)


def seed(n: str) -> str:
    return next(SEEDS.glob(f"{n}_*.txt")).read_text(encoding="utf-8")


# --------------------------------------------------------------------------- examples


@pytest.mark.parametrize(
    ("raw", "plain"),
    [
        ("\u2018a\u2019 \u201cb\u201d", "'a' \"b\""),
        ("5\u2032 6\u2033", "5' 6\""),
        ("2011\u20132024 \u2014 \u2212 5 non\u2011breaking", "2011-2024 - - 5 non-breaking"),
        ("a\u00a0b\u2009c\u202fd", "a b c d"),
        ("wait\u2026", "wait..."),
        ("soft\u00adhyphen", "softhyphen"),
    ],
)
def test_typography_fold(raw: str, plain: str) -> None:
    f = fold(raw, whitespace=False)
    assert f.text == plain
    assert "typography" in f.applied


@pytest.mark.parametrize(
    ("raw", "plain"),
    [("Güler", "Guler"), ("Türkiye", "Turkiye"), ("Yaşar", "Yasar"), ("ılık", "ilik"), ("Straße", "Strasse")],
)
def test_diacritics_fold_uses_anyascii_and_keeps_ascii(raw: str, plain: str) -> None:
    f = fold(raw, diacritics=True)
    assert f.text == plain
    assert f.applied == {"diacritics"}
    assert fold(plain, diacritics=True).applied == frozenset()


def test_folds_are_off_unless_asked() -> None:
    f = fold("Güler  SAID", typography=False)
    assert f.text == "Güler SAID"
    assert f.applied == {"whitespace"}
    f = fold("Güler  SAID", diacritics=True, case=True, whitespace=False)
    assert f.text == "guler  said"
    assert f.applied == {"diacritics", "case"}


def test_nfc_first_and_reported() -> None:
    f = fold("Gu\u0308ler", typography=False, whitespace=False)
    assert f.text == "Güler"
    assert f.applied == {"unicode-normalisation"}
    assert f.offsets == (0, 1, 3, 4, 5, 6)  # "ü" came from two characters
    assert f.original_span(1, 2) == (1, 3)


def test_offsets_of_an_expansion_and_a_whitespace_run() -> None:
    s = "no\u2026  end"
    f = fold(s)
    assert f.text == "no... end"
    assert f.offsets == (0, 1, 2, 2, 2, 3, 5, 6, 7, 8)
    assert f.original_span(2, 5) == (2, 3)
    assert f.original_span(3, 4) == (2, 3)  # inside the expansion: the whole "…"
    assert f.original_span(5, 6) == (3, 5)  # the one space stands for two
    assert not f.is_boundary(3) and f.is_boundary(5)


def test_convenience_functions() -> None:
    assert T.nfc("e\u0301") == "é"
    assert T.fold_typography("“a”  b") == '"a"  b'
    assert T.strip_diacritics("Yaşar Güler") == "Yasar Guler"
    assert T.casefold("STRASSE Straße") == "strasse strasse"


def test_tokenize_words_and_numbers() -> None:
    s = "Syria’s al-Assad (F-16, Kurdistan24) said 20,000 troops, 70% and $326 million; 48-hour."
    toks = tokenize(s)
    assert [(t.text, t.kind) for t in toks] == [
        ("Syria’s", "word"), ("al-Assad", "word"), ("F-16", "word"), ("Kurdistan24", "word"),
        ("said", "word"), ("20,000", "number"), ("troops", "word"),
        ("70%", "number"), ("and", "word"), ("$326", "number"), ("million", "word"),
        ("48-hour", "word"),
    ]
    assert all(s[t.start:t.end] == t.text for t in toks)


def test_tokenize_keeps_combining_marks_in_words() -> None:
    s = "Gu\u0308ler q\u0303x"
    assert [t.text for t in tokenize(s)] == ["Gu\u0308ler", "q\u0303x"]


def test_find_folded_exact_first() -> None:
    text = seed("000")
    m = find_folded(text, "signed on Wednesday")
    assert m is not None and m.exact and m.folds == frozenset()
    assert text[m.start:m.end] == "signed on Wednesday"


def test_find_folded_typography_in_a_seed() -> None:
    text = seed("000")
    needle = '"The memorandum aims to coordinate'
    m = find_folded(text, needle)
    assert m is not None
    assert m.stage == "typography" and m.folds == {"typography"}
    assert text[m.start:m.end] == "\u201cThe memorandum aims to coordinate"


def test_find_folded_diacritics_in_a_seed() -> None:
    text = seed("003")
    m = find_folded(text, "Defense Minister Yasar Guler and his Syrian counterpart")
    assert m is not None and m.stage == "diacritics" and m.folds == {"diacritics"}
    assert text[m.start:m.end] == "Defense Minister Yasar Güler and his Syrian counterpart"


def test_find_folded_case_and_whitespace() -> None:
    text = seed("004")
    m = find_folded(text, "  more THAN 20,000\ntroops ")
    assert m is not None and m.stage == "case-whitespace"
    assert m.folds == {"case", "whitespace"}
    assert text[m.start:m.end] == "more than 20,000 troops"


def test_find_folded_misses() -> None:
    assert find_folded(seed("004"), "fewer than 20,000 troops") is None
    assert find_folded("abc", "") is None
    assert find_folded("", "abc") is None


def test_find_folded_finds_a_folded_needle_at_the_end_of_a_big_text() -> None:
    # how long this takes is measured in benchmarks/bench_normalize.py, not here
    hay = ("word " * 200_000) + "needle\u2019s end"
    m = find_folded(hay, "needle's end")
    assert m is not None and hay[m.start:m.end] == "needle\u2019s end"


# --------------------------------------------------------------------------- properties


@given(ANY_TEXT, FLAGS)
@example("e\u00ad\u0301", {"typography": True, "diacritics": False, "case": False, "whitespace": False})
@example("\u01f0", {"typography": False, "diacritics": False, "case": True, "whitespace": False})
def test_fold_is_idempotent(s: str, flags: dict[str, bool]) -> None:
    once = fold(s, **flags)
    assert fold(once.text, **flags).text == once.text


@given(ANY_TEXT, FLAGS)
def test_fold_output_is_nfc_and_offsets_are_well_formed(s: str, flags: dict[str, bool]) -> None:
    f = fold(s, **flags)
    assert unicodedata.is_normalized("NFC", f.text)
    assert len(f.offsets) == len(f.text) + 1
    assert f.offsets[-1] == len(s)
    assert list(f.offsets) == sorted(f.offsets)
    assert all(0 <= o <= len(s) for o in f.offsets)
    assert f.applied <= T.FOLDS


@given(ANY_TEXT, FLAGS, st.data())
def test_fold_offsets_map_back(s: str, flags: dict[str, bool], data: st.DataObject) -> None:
    """The original text at the mapped offsets folds to the folded substring."""
    f = fold(s, **flags)
    bounds = [i for i in range(len(f.text) + 1) if f.is_boundary(i)]
    i = data.draw(st.sampled_from(bounds))
    j = data.draw(st.sampled_from([b for b in bounds if b >= i]))
    a, b = f.offsets[i], f.offsets[j]
    assert (a, b) == f.original_span(i, j) or i == j
    assert fold(s[a:b], **flags).text == f.text[i:j]


@given(ANY_TEXT, FLAGS, st.data())
def test_original_span_covers_any_span(s: str, flags: dict[str, bool], data: st.DataObject) -> None:
    f = fold(s, **flags)
    i = data.draw(st.integers(0, len(f.text)))
    j = data.draw(st.integers(i, len(f.text)))
    a, b = f.original_span(i, j)
    assert 0 <= a <= b <= len(s)
    assert f.text[i:j] in fold(s[a:b], **flags).text


@given(ANY_TEXT)
def test_tokens_point_into_the_original(s: str) -> None:
    toks = tokenize(s)
    assert all(s[t.start:t.end] == t.text and t.text for t in toks)
    assert all(a.end <= b.start for a, b in zip(toks, toks[1:]))


@given(ANY_TEXT, st.data())
def test_find_folded_finds_every_substring(s: str, data: st.DataObject) -> None:
    i = data.draw(st.integers(0, len(s)))
    j = data.draw(st.integers(i, len(s)))
    needle = s[i:j]
    m = find_folded(s, needle)
    if not needle:
        assert m is None
    else:
        assert m is not None and m.exact and s[m.start:m.end] == needle


@given(st.text(alphabet="abc ’“”–é", max_size=30), st.data())
def test_find_folded_maps_a_folded_needle_back(s: str, data: st.DataObject) -> None:
    """A needle written with plain typography and no accents is found in the original."""
    i = data.draw(st.integers(0, len(s)))
    j = data.draw(st.integers(i, len(s)))
    needle = T.strip_diacritics(T.fold_typography(s[i:j]))
    m = find_folded(s, needle)
    if needle.strip():
        assert m is not None
        found = fold(s[m.start:m.end], diacritics=True, case=True).text.strip()
        assert found == fold(needle, diacritics=True, case=True).text.strip()


@given(ANY_TEXT, ANY_TEXT)
def test_text_functions_never_raise(a: str, b: str) -> None:
    for fn in (T.nfc, T.fold_typography, T.strip_diacritics, T.casefold, tokenize):
        fn(a)
    find_folded(a, b)


def test_fold_keeps_offsets_on_a_big_string() -> None:
    s = ("Yaşar Güler \u2019said\u2019 \u2014 " * 20_000) + "e\u0301" * 5_000
    f = fold(s, diacritics=True, case=True)
    assert len(f.offsets) == len(f.text) + 1
    assert f.text.startswith("yasar guler 'said' - ")


def test_embedded_combining_mark_table_equals_a_scan_of_the_unicode_database() -> None:
    import unicodedata

    from factcheck.normalize import text as T

    if unicodedata.unidata_version != T._MARKS_UNICODE_VERSION:
        pytest.skip(f"table is for Unicode {T._MARKS_UNICODE_VERSION}; this Python has "
                    f"{unicodedata.unidata_version} and scans instead")
    assert T._MARK_RANGES == T._scan_combining()


@given(ANY_TEXT)
@example("Ǆ ß ﬁ İ Σ ’ … \u00ad x\u0301")
def test_char_maps_touch_only_their_candidates(s: str) -> None:
    # the fast path (a loop over the characters a fold may change) == every character
    offs = list(range(len(s)))
    for fn, candidates in ((T._typography_char, T._TYPOGRAPHY_RE), (T._diacritics_char, T._NON_ASCII),
                           (T._case_char, T._MAY_CASEFOLD)):
        assert T._map_chars(s, offs, fn, candidates) == T._map_chars(s, offs, fn)


@given(ANY_TEXT)
@example("ǅ ß İ Σς ﬁ Ω")
def test_case_folding_in_one_call_equals_folding_each_character(s: str) -> None:
    f = fold(s, typography=False, diacritics=False, case=True, whitespace=False)
    text, offs = T._nfc_offsets(s)
    slow_text, slow_offs, _ = T._map_chars(text, offs, T._case_char)
    slow_text, slow_offs, _ = T._renormalise(slow_text, slow_offs)
    assert f.text == slow_text
    assert list(f.offsets[:-1]) == slow_offs


# --------------------------------------------------------------------------- sentences


@given(st.lists(st.sampled_from(["Turkey signed.", "Gen. Aug. 13", "U.S. troops", "“Yes,” he said.", "\n",
                                 "Why?", "A", "b", " ", "...", "Murhef Abu Qasra met him."]), max_size=20))
def test_sentences_are_ordered_disjoint_stripped_and_never_cross_a_line(parts):
    from factcheck.normalize.text import split_sentences

    text = " ".join(parts)
    spans = split_sentences(text)
    assert spans == sorted(spans)
    for (s, e), nxt in zip(spans, spans[1:] + [(len(text) + 1, 0)]):
        piece = text[s:e]
        assert piece and piece == piece.strip() and "\n" not in piece
        assert e <= nxt[0]
    # every non-blank character is in a sentence
    covered = {i for s, e in spans for i in range(s, e)}
    assert all(i in covered for i, c in enumerate(text) if not c.isspace())
