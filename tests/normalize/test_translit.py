"""Transliterated names: the transliteration key and what the name index does with it.

The scheme is documented in docs/house-style.md ("Transliterated names"); the tables here
are the pairs that must match and the pairs that must not.
"""

from __future__ import annotations

import unicodedata
from typing import Any

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from factcheck.models import Entity, EntityKind
from factcheck.normalize.names import TRANSLIT_MIN_CONSONANTS, NameIndex, name_key, translit_key


def person(id: str, name: str, **kw: Any) -> Entity:
    return Entity(id=id, kind=EntityKind.person, name=name, **kw)


def place(id: str, name: str, **kw: Any) -> Entity:
    return Entity(id=id, kind=EntityKind.place, name=name, **kw)


# --------------------------------------------------------------------------- the key

#: the examples of the table in docs/house-style.md, each with its key
DOC_TABLE = [
    (["al-Salama", "as-Salama", "es-Salama", "El Salama", "ed-Salama", "Salama"], "salama"),
    (["Hussein", "Husayn", "Hussain", "Hossein", "Husein"], "husain"),
    (["Salameh", "Salama", "Seleme", "es-Seleme"], "salama"),
    (["Sweida", "Suwayda", "as-Suwayda", "Suweida"], "swaida"),
    (["Murhef", "Murhaf"], "murhaf"),
    (["Mazloum", "Mazlum"], "mazlum"),
    (["Nabil", "Nabeel"], "nabil"),
    (["Omar", "Umar", "Ömer"], "umar"),
    (["Assad", "Asad", "Asaad"], "asat"),  # the key is equal; the index keeps them apart (too short)
    (["Hasakah", "Hasaka", "Hassakeh"], "hasaka"),
    (["Yaşar", "Yasar"], "yasar"),
    (["Güler", "Guler", "Guller"], "gular"),
    (["Çelik", "Celik", "Chelik"], "calik"),
    (["Erdoğan", "Erdogan", "Erdoghan"], "ardugan"),
    (["Khalid", "Halit", "Khalit"], "halit"),
    (["Qasra", "Kasra"], "kasra"),
    (["Dhahabi", "Zahabi"], "zahabi"),
    (["Sheikh", "Shaykh"], "saih"),
    (["Ahmed", "Ahmad", "Ahmet"], "ahmat"),
    (["Nour al-Din", "Nur ed-Din", "Nur el-Din"], "nur din"),
]


@pytest.mark.parametrize(("forms", "key"), DOC_TABLE)
def test_the_documented_examples(forms: list[str], key: str) -> None:
    assert {f: translit_key(f) for f in forms} == {f: key for f in forms}


LATIN = st.text(alphabet="abcdefghijklmnopqrstuvwxyzçğıöşüâîûéè", min_size=1, max_size=9)
ARTICLES = ["al", "el", "as", "ash", "es", "ad", "an", "ar", "az", "at", "ed", "er", "et", "en", "ez", "esh"]
NAMES = st.lists(LATIN, min_size=1, max_size=4).map(" ".join)
#: the letters the key's steps act on, densely: digraphs that appear only once another is
#: folded ("skh"), doubled letters, vowel runs, y and w, final -ah and -d
SKELETAL = st.lists(st.sampled_from(list("shkcgdqzuowyaeitn") + [" ", "al ", "es-", "kh", "sh"]),
                    max_size=14).map("".join)
ANY_NAME = st.one_of(st.text(), NAMES, NAMES.map(str.title), SKELETAL)


@given(ANY_NAME)
@example("Hussein es-Seleme")
@example("all xa")  # a word whose skeleton is the article ("al") before another word
@example("skhar")  # a digraph that only appears once another is folded (s + kh → sh)
@example("akhah")
@example("ayuwa")
@example("hsahkh")  # a doubled letter that a digraph leaves before a final -ah  # a y that a dropped u would leave before w
@example("chkh shsh khkh")
def test_key_is_idempotent(s: str) -> None:
    k = translit_key(s)
    assert translit_key(k) == k
    assert name_key(k) == k  # a key is its own name key: it can be looked up like one


@given(NAMES)
@example("ıi İi")
def test_key_ignores_case(s: str) -> None:
    assert translit_key(s.lower()) == translit_key(s.upper()) == translit_key(s.title()) == translit_key(s)


@given(ANY_NAME)
@example("Güler Şeyh Çağlayan")
def test_key_is_stable_under_nfc_and_nfd(s: str) -> None:
    assert translit_key(unicodedata.normalize("NFC", s)) == translit_key(unicodedata.normalize("NFD", s))


@given(LATIN, LATIN, st.sampled_from(ARTICLES), st.sampled_from(["-", "‑", " "]))
@example("hussein", "seleme", "es", "-")
def test_key_ignores_the_article(given_name: str, family: str, article: str, joiner: str) -> None:
    if joiner == " " and article in ("as", "ad", "an", "ar", "at", "az"):
        article = "al"  # written apart these are English words ("known as Sharaa"), or rare
    plain = f"{given_name.title()} {family.title()}"
    with_article = f"{given_name.title()} {article}{joiner}{family.title()}"
    assert translit_key(with_article) == translit_key(plain)


# --------------------------------------------------------------------------- must match

#: (what a text writes, what the register has): the index must link them, by transliteration
MUST_MATCH = [
    ("Hussein Salameh", "Hussein es-Seleme"),
    ("Hussein al-Salama", "Hussein es-Seleme"),
    ("Husayn Salama", "Hussein es-Seleme"),
    ("Hussein es Seleme", "Hussein es-Seleme"),
    ("Murhef Abu Kasra", "Murhef Abu Qasra"),
    ("Murhaf Abou Qasra", "Murhef Abu Qasra"),
    ("Murhaf Abu Qasra", "Murhef Abu Qasra"),  # the register's variant, seen through the key alone
    ("Suwayda", "Sweida"),
    ("as-Suwayda", "Sweida"),
    ("Suweida", "Sweida"),
    ("al-Hasaka", "Hasakah"),
    ("Hassakeh", "Hasakah"),
    ("Tartus", "Tartous"),
    ("Yasar Guller", "Yaşar Güler"),
    ("Asaad ash-Shaybani", "Asaad al-Shaibani"),
    ("Ahmad al-Shara", "Ahmed al-Sharaa"),
    ("Ahmad ash-Sharaa", "Ahmed al-Sharaa"),
    ("Mazlum Abdi", "Mazloum Abdi"),
    ("Bashar Assad", "Bashar al-Assad"),
    ("Bashar el-Asad", "Bashar al-Assad"),
    ("Hafez Assad", "Hafez al-Assad"),
    ("Khalid Mashal", "Halit Meşal"),
    ("Mehmet Çelik", "Mehmed Chelik"),
    ("Recep Tayyip Erdogan", "Recep Tayyip Erdoğan"),
    ("Kassem Soleimani", "Qassem Suleimani"),
    ("Nour ed-Din al-Zenki", "Nur al-Din al-Zenki"),
    ("Hayat Tahrir ash-Sham", "Hayat Tahrir al-Sham"),
    ("Ghazi Mahmoud", "Gazi Mahmud"),
    ("Nabeel Shaath", "Nabil Shaath"),
    ("Ahmet", "Ahmed"),  # Turkish final devoicing
]


@pytest.mark.parametrize(("written", "registered"), MUST_MATCH)
def test_must_match(written: str, registered: str) -> None:
    assert translit_key(written) == translit_key(registered)
    m = NameIndex([person("x", registered)]).match(written)
    assert m is not None and m.entity_id == "x" and m.matched_form == registered
    if name_key(written) != name_key(registered):
        assert m.kind == "translit"


# --------------------------------------------------------------------------- must not match

#: (what a text writes, what the register has): different names; the index must not link them
MUST_NOT_MATCH = [
    ("Hafez al-Assad", "Bashar al-Assad"),  # one family name, two people
    ("Maher al-Assad", "Bashar al-Assad"),
    ("Hasan Salameh", "Hussein Salameh"),
    ("Hassan es-Seleme", "Hussein es-Seleme"),
    ("Ali Salameh", "Hussein Salameh"),
    ("Hamid Karimi", "Hamad Karimi"),  # i and a stay apart
    ("Karam Nasser", "Karim Nasser"),
    ("Samir Qasem", "Samar Qasem"),
    ("Salim Idris", "Salam Idris"),
    ("Hussein Husseini", "Hussein Hassani"),
    ("Asaad", "Assad"),  # equal keys, but two consonants: too short to say
    ("Asad", "Assad"),
    ("Sara", "Sharaa"),  # short names must match exactly
    ("Omar", "Umar"),
    ("Hums", "Homs"),
    ("Bashir", "Bashar"),
    ("Syrian", "Syria"),  # an extension is not a transliteration
    ("Israeli", "Israel"),
    ("Turkish", "Turkey"),
    ("Sharia", "Sharaa"),
    ("Hussein", "Husseini"),
    ("Edlib", "Idlib"),  # e for i is not folded (Hamid/Hamed/Hamad): a variant to register
    ("Hafiz al-Assad", "Hafez al-Assad"),  # the same; fuzzy matching may still find it
    ("SDF", "SFD"),  # acronyms are never transliterated
    ("Mahmoud Abbas", "Mohammed Abbas"),
    ("Nasrallah", "Nasr"),
]


@pytest.mark.parametrize(("written", "registered"), MUST_NOT_MATCH)
def test_must_not_match(written: str, registered: str) -> None:
    m = NameIndex([person("x", registered)]).match(written)
    assert m is None or m.kind == "fuzzy"


def test_short_keys_need_three_consonants() -> None:
    assert TRANSLIT_MIN_CONSONANTS == 3
    idx = NameIndex([person("bashar-al-assad", "Bashar al-Assad", short=("Assad",))])
    assert idx.match("Asaad") is None  # "asat": equal keys, too few consonants to tell two names apart


# --------------------------------------------------------------------------- family names

SALAMEHS = [
    person("hussein-es-seleme", "Hussein es-Seleme"),
    person("bashar-al-assad", "Bashar al-Assad", short=("al-Assad", "Assad")),
    person("hafez-al-assad", "Hafez al-Assad", short=("Hafez",)),
    person("murhef-abu-qasra", "Murhef Abu Qasra", variants=("Murhaf Abu Qasra",)),
    place("sweida", "Sweida"),
]


def test_a_family_name_alone_links_to_its_only_bearer() -> None:
    idx = NameIndex(SALAMEHS)
    m = idx.match("Salameh")
    assert m is not None and (m.entity_id, m.kind, m.matched_form, m.form_kind) == (
        "hussein-es-seleme", "translit", "es-Seleme", "family")
    assert idx.match("Abou Qasra").entity_id == "murhef-abu-qasra"  # type: ignore[union-attr]
    # spelled as registered (with or without the article): not another transliteration
    assert idx.match("es-Seleme") is None and idx.match("Seleme") is None and idx.match("Abu Qasra") is None


def test_a_family_name_that_two_people_share_links_to_neither() -> None:
    idx = NameIndex([*SALAMEHS, person("ali-salama", "Ali Salama")])
    assert idx.match("Salameh") is None
    assert idx.match("es-Seleme") is None
    assert idx.match("Hussein al-Salama").entity_id == "hussein-es-seleme"  # type: ignore[union-attr]
    assert idx.match("Ali es-Seleme").entity_id == "ali-salama"  # type: ignore[union-attr]
    assert idx.match("Hasan Salameh") is None


def test_shared_family_name_of_the_assads_is_never_derived() -> None:
    idx = NameIndex(SALAMEHS)
    assert idx.match("el-Asad") is None or idx.match("el-Asad").kind == "fuzzy"  # type: ignore[union-attr]
    assert idx.match("Hafez el-Asad").entity_id == "hafez-al-assad"  # type: ignore[union-attr]
    assert idx.match("Bashar el-Asad").entity_id == "bashar-al-assad"  # type: ignore[union-attr]


def test_registered_names_come_before_family_names() -> None:
    idx = NameIndex([*SALAMEHS, person("ali-sweida", "Ali Sweida")])
    m = idx.match("Suwayda")
    assert m is not None and (m.entity_id, m.form_kind) == ("sweida", "house")


def near(idx: NameIndex, text: str) -> list[tuple[str, str, str]]:
    return [(n.surface, n.suggestion.entity_id, n.suggestion.kind) for n in idx.near_misses(text)]


def test_near_misses_in_running_text() -> None:
    idx = NameIndex(SALAMEHS)
    text = ("Intelligence Chief Hussein Salameh met officials in as-Suwayda. "
            "Hasan Salameh, a businessman, did not; nor did Ali Hussein Salameh. "
            "Reporters asked Chief Salameh about Murhef Abu Kasra.")
    assert near(idx, text) == [
        ("Hussein Salameh", "hussein-es-seleme", "translit"),
        ("as-Suwayda", "sweida", "translit"),
        ("Salameh", "hussein-es-seleme", "translit"),  # after a title
        ("Murhef Abu Kasra", "murhef-abu-qasra", "translit"),
    ]
    assert [n.start for n in idx.near_misses(text)][2] == text.index("Salameh about")


def test_a_given_name_before_a_transliterated_name_keeps_the_older_near_miss() -> None:
    # "Ali Asaad al-Shaybani": the transliteration of the registered name is not taken
    # (another given name precedes), but the one-letter near miss still is, as before
    idx = NameIndex([person("asaad-al-shaibani", "Asaad al-Shaibani")])
    assert near(idx, "Ali Asaad al-Shaybani spoke.") == [("Asaad al-Shaybani", "asaad-al-shaibani", "fuzzy")]


def _vowel_classes_run_by_run(word: str) -> str:
    """The plain reading of the vowel step, one run at a time."""
    import re

    classes = str.maketrans({"a": "a", "e": "a", "i": "i", "y": "i", "o": "u", "u": "u"})

    def run(m: "re.Match[str]") -> str:
        r = m.group().replace("ee", "i").replace("oo", "u").replace("ou", "u")
        return re.sub(r"(.)\1+", r"\1", r.translate(classes))

    return re.sub(r"(?:[aeiou]|(?<=[^\W\d_])y(?![aeiou]))+", run, word)


@given(st.text(alphabet="aeiouybkstwhé", max_size=14))
@example("yee eey oou ayuwa iyd")
def test_the_vowel_step_equals_the_run_by_run_reading(word: str) -> None:
    from factcheck.normalize.names import _vowel_classes

    assert _vowel_classes(word) == _vowel_classes_run_by_run(word)
