"""Name keys, the name index, mentions in running text and near misses."""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any, Literal

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from factcheck.models import Entity, EntityKind
from factcheck.normalize import names as N
from factcheck.normalize.names import NameIndex, name_key

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
ENGINES: list[Literal["trie", "aho"]] = ["trie", "aho"] if N._ahocorasick is not None else ["trie"]


def seed(n: str) -> str:
    return next(SEEDS.glob(f"{n}_*.txt")).read_text(encoding="utf-8")


def person(id: str, name: str, **kw: Any) -> Entity:
    return Entity(id=id, kind=EntityKind.person, name=name, **kw)


ENTITIES = [
    person("ahmed-al-sharaa", "Ahmed al-Sharaa", aliases=("Abu Mohammed al-Julani",), short=("al-Sharaa", "Sharaa")),
    person("yasar-guler", "Yaşar Güler", variants=("Yasar Güler", "Yasar Guler"), short=("Güler",)),
    person("murhef-abu-qasra", "Murhef Abu Qasra", variants=("Murhaf Abu Qasra",)),
    person("asaad-al-shaibani", "Asaad al-Shaibani", misspellings=("Assad al-Shaibani",), short=("al-Shaibani",)),
    person("bashar-al-assad", "Bashar al-Assad", short=("Assad", "al-Assad")),
    person("hakan-fidan", "Hakan Fidan", short=("Fidan",)),
    person("hussein-al-salameh", "Hussein al-Salameh", variants=("Hussein es-Seleme",)),
    Entity(id="turkey", kind=EntityKind.place, name="Turkey", aliases=("Türkiye",)),
    Entity(id="syria", kind=EntityKind.place, name="Syria"),
    Entity(id="sdf", kind=EntityKind.organisation, name="Syrian Democratic Forces", short=("SDF",)),
    Entity(id="united-states", kind=EntityKind.place, name="United States", short=("US", "U.S.")),
    Entity(id="hts", kind=EntityKind.organisation, name="Hayat Tahrir al-Sham", variants=("Hay'at Tahrir al-Sham",), short=("HTS",)),
]


INDEXES = {engine: NameIndex(ENTITIES, engine=engine) for engine in ENGINES}


@pytest.fixture(params=ENGINES)
def index(request: pytest.FixtureRequest) -> NameIndex:
    return INDEXES[request.param]


# --------------------------------------------------------------------------- keys


@pytest.mark.parametrize(
    ("forms", "key"),
    [
        (["al-Sharaa", "Al Sharaa", "alSharaa", "AL-SHARAA", "el-Sharaa", "Al\u2011Sharaa"], "al sharaa"),
        (["ash-Shaibani", "as-Shaibani", "al-Shaibani"], "al shaibani"),
        (["Hussein es-Seleme", "Hussein al Seleme"], "hussein al seleme"),
        (["Yaşar Güler", "Yasar Guler", "YASAR GÜLER", "Yasar  Güler"], "yasar guler"),
        (["Hay'at Tahrir al-Sham", "Hay\u2019at Tahrir al-Sham", "Hayat Tahrir al Sham"], "hayat tahrir al sham"),
        (["U.S.", "US", "u.s."], "us"),
        (["Syria’s", "Syria's", "Syria"], "syria"),
        (["Murhef Abu-Qasra", "Murhef Abu Qasra"], "murhef abu qasra"),
        (["El Sisi", "el-Sisi", "al-Sisi"], "al sisi"),
    ],
)
def test_name_key_unifies_spellings(forms: list[str], key: str) -> None:
    assert {name_key(f) for f in forms} == {key}


@pytest.mark.parametrize(
    ("form", "key"),
    [
        ("Salam", "salam"),  # "Sa" is not an article
        ("Kurdistan24", "kurdistan24"),
        ("Alan Shaw", "alan shaw"),  # "Al" + lower case is a name, not an article
        ("known as Sharaa", "known as sharaa"),  # a separate "as" is English
        ("Ankara", "ankara"),
        ("Elbe", "elbe"),
    ],
)
def test_name_key_treats_articles_only_as_word_prefixes(form: str, key: str) -> None:
    assert name_key(form) == key


NAMEISH = st.lists(
    st.sampled_from(list("aAlLeEsShHdDnNrRzZtTüÜşı-' .’\u2011\u00a0") + ["al-", "Al ", "el-", "ash-", "’s"]),
    max_size=25,
).map("".join)


@given(st.one_of(st.text(), NAMEISH))
@example("el'-x")
@example("an an Nour")
@example("Ǆ")
def test_name_key_is_idempotent_and_matches_the_scanning_key(s: str) -> None:
    k = name_key(s)
    assert name_key(k) == k
    assert k == N._key_with_spans(s)[0].strip()
    assert k == k.strip() and "  " not in k


@given(st.one_of(st.text(), NAMEISH))
@example("el'-x")
@example("Al-Sharaa’s  U.S. ﬁ Łódź")
@example("x\u0301\u0301 _ a")
def test_span_map_gives_the_reference_spans(s: str) -> None:
    # the scanner's lazy span map (only the boundaries it needs) == the eager reference
    text, spans = N._key_with_spans(s)
    fast_text, span_map = N._key_with_map(s)
    assert fast_text == text
    assert [span_map.span(i) for i in range(len(text))] == spans


# --------------------------------------------------------------------------- match


@pytest.mark.parametrize(
    ("mention", "entity", "kind", "form_kind"),
    [
        ("Ahmed al-Sharaa", "ahmed-al-sharaa", "house", "house"),
        ("Murhaf Abu Qasra", "murhef-abu-qasra", "variant", "variant"),
        ("Abu Mohammed al-Julani", "ahmed-al-sharaa", "alias", "alias"),
        ("Assad al-Shaibani", "asaad-al-shaibani", "misspelling", "misspelling"),
        ("SDF", "sdf", "short", "short"),
        ("Assad", "bashar-al-assad", "short", "short"),  # never the fuzzy "Asaad al-Shaibani"
        ("Al Sharaa", "ahmed-al-sharaa", "folded", "short"),
        ("alSharaa", "ahmed-al-sharaa", "folded", "short"),
        ("TÜRKIYE", "turkey", "folded", "alias"),
        ("Turkiye", "turkey", "folded", "alias"),
        ("Hussein al Seleme", "hussein-al-salameh", "folded", "variant"),
        # a separate "es" is not unified by the name key, but the transliteration key drops it
        ("Hussein es Seleme", "hussein-al-salameh", "translit", "house"),
        ("Murhif Abu Qasra", "murhef-abu-qasra", "fuzzy", "variant"),
        ("Yasar Guller", "yasar-guler", "translit", "house"),  # a doubled letter
        ("Hakan Fidn", "hakan-fidan", "fuzzy", "house"),
        ("Asaad al-Shaybani", "asaad-al-shaibani", "translit", "house"),  # ay = ai
    ],
)
def test_match(index: NameIndex, mention: str, entity: str, kind: str, form_kind: str) -> None:
    m = index.match(mention)
    assert m is not None
    assert (m.entity_id, m.kind, m.form_kind) == (entity, kind, form_kind)
    assert (m.score == 100) == (kind not in ("fuzzy", "translit"))


@pytest.mark.parametrize(
    "mention",
    ["Asaad", "Syrian", "Syrians", "Israel", "us", "sdf", "Fida", "Turkish", "", "   ", "x" * 20_000],
)
def test_no_match(index: NameIndex, mention: str) -> None:
    assert index.match(mention) is None


def test_fuzzy_scores_and_threshold(index: NameIndex) -> None:
    m = index.match("Murhif Abu Qasra")
    assert m is not None and m.score == 93.75  # one letter changed in 16: 100 * (1 - 2/32)
    # two letters changed in a short name is too far
    assert index.match("Hakon Fidun") is None


def test_ambiguous_spellings_are_deterministic_and_reported() -> None:
    a = person("hafez-al-assad", "Hafez al-Assad", short=("Assad",))
    forward = NameIndex([*ENTITIES, a]).match("Assad")
    backward = NameIndex([a, *reversed(ENTITIES)]).match("Assad")
    assert forward == backward
    assert forward is not None and forward.entity_id == "bashar-al-assad"
    assert forward.others == ("hafez-al-assad",)


def test_fuzzy_ties_are_deterministic() -> None:
    ents = [person("b", "Karim Haddad"), person("a", "Karim Hadded")]
    m1 = NameIndex(ents).match("Karim Haddod")
    m2 = NameIndex(list(reversed(ents))).match("Karim Haddod")
    assert m1 == m2 and m1 is not None and m1.kind == "fuzzy"


def test_plain_objects_and_mappings_work_as_entities() -> None:
    class Obj:
        id = "x"
        name = "Zeynep Kaya"
        variants = ("Zeynep Kaja",)

    idx = NameIndex([Obj(), {"id": "y", "name": "Omar Said", "short": ["Said"]}])
    assert idx.match("Zeynep Kaja").entity_id == "x"  # type: ignore[union-attr]
    assert idx.match("Said").entity_id == "y"  # type: ignore[union-attr]
    assert len(idx) == 2


def test_unknown_engine_is_an_error() -> None:
    with pytest.raises(ValueError, match="unknown engine"):
        NameIndex(ENTITIES, engine="regex")  # type: ignore[arg-type]


# invariance: the folds that name_key ignores never change the matched entity
DIACRITIC = {"a": "á", "e": "é", "i": "ı", "o": "ö", "u": "ü", "s": "ş", "c": "ç", "g": "ğ"}


def _accent(s: str, mask: list[bool]) -> str:
    return "".join(DIACRITIC.get(c, c) if m else c for c, m in zip(s, mask + [False] * len(s)))


@given(
    st.sampled_from([e for e in ENTITIES if e.kind.value == "person"]),
    st.lists(st.booleans(), max_size=40),
    st.sampled_from(["as is", "upper", "lower", "title"]),
    st.sampled_from(["-", " ", "\u2011", "\u2010"]),
)
def test_diacritics_typography_case_and_hyphenation_do_not_change_the_entity(
    entity: Entity, mask: list[bool], case: str, article_join: str
) -> None:
    index = INDEXES["trie"]
    surface = _accent(entity.name, mask).replace("al-", "al" + article_join)
    surface = {"as is": surface, "upper": surface.upper(), "lower": surface.lower(), "title": surface.title()}[case]
    m = index.match(surface)
    assert m is not None and m.entity_id == entity.id
    assert m.kind in ("house", "folded")


# --------------------------------------------------------------------------- mentions


def mentions(index: NameIndex, text: str) -> list[tuple[str, str, str]]:
    return [(m.surface, m.match.entity_id, m.match.kind) for m in index.find_mentions(text)]


def test_find_mentions_seed_003(index: NameIndex) -> None:
    found = mentions(index, seed("003"))
    assert ("Yasar Güler", "yasar-guler", "variant") in found
    assert ("Murhef Abu Qasra", "murhef-abu-qasra", "house") in found
    assert ("Assad al-Shaibani", "asaad-al-shaibani", "misspelling") in found
    assert ("Hussein es-Seleme", "hussein-al-salameh", "variant") in found
    assert ("Al-Shaibani", "asaad-al-shaibani", "folded") in found  # sentence-initial capital
    assert ("Türkiye", "turkey", "alias") in found
    # "Assad" inside "Assad al-Shaibani" is not a separate mention: longest wins
    assert not any(f[1] == "bashar-al-assad" for f in found)


def test_find_mentions_seed_002(index: NameIndex) -> None:
    found = mentions(index, seed("002"))
    assert found[:4] == [
        ("Turkey", "turkey", "house"),
        ("Syria", "syria", "house"),
        ("Turkey", "turkey", "house"),
        ("Syria", "syria", "house"),
    ]
    assert ("Bashar al-Assad", "bashar-al-assad", "house") in found
    assert ("Yasar Guler", "yasar-guler", "variant") in found
    assert ("Murhaf Abu Qasra", "murhef-abu-qasra", "variant") in found
    assert ("Abu Mohammed al-Julani", "ahmed-al-sharaa", "alias") in found
    assert ("Hayat Tahrir al-Sham", "hts", "house") in found
    assert ("HTS", "hts", "short") in found
    assert ("U.S.", "united-states", "short") in found


def test_find_mentions_punctuation_possessives_and_case(index: NameIndex) -> None:
    text = "Syria’s army; the U.S. and U.S.-backed SDF. Then Assad’s fall, AL-ASSAD, turkey, Turkey. The US. Us."
    assert mentions(index, text) == [
        ("Syria", "syria", "house"),
        ("U.S.", "united-states", "short"),
        ("U.S.", "united-states", "short"),
        ("SDF", "sdf", "short"),
        ("Assad", "bashar-al-assad", "short"),
        ("AL-ASSAD", "bashar-al-assad", "folded"),
        ("Turkey", "turkey", "house"),  # "turkey" the bird is skipped
        ("US", "united-states", "short"),  # "Us" is not the acronym
    ]


WORDS = st.sampled_from(
    [f for e in ENTITIES for f in (e.name, *e.variants, *e.aliases, *e.misspellings, *e.short)]
    + ["the", "said", "and", "Minister", "al", "Abu", "’s", ",", ".", "-", "(", ")", "\n", "us", "turkey"]
)
TEXTS = st.lists(WORDS, max_size=25).flatmap(
    lambda ws: st.lists(st.sampled_from([" ", "", "  ", "\u00a0"]), min_size=len(ws), max_size=len(ws)).map(
        lambda seps: "".join(w + s for w, s in zip(ws, seps))
    )
)


@given(st.one_of(TEXTS, st.text()))
@example("Assad al-Shaibani")
@example("al-Assad al-Shaibani")
def test_mentions_point_into_the_text_and_engines_agree(text: str) -> None:
    results = [INDEXES[e].find_mentions(text) for e in ENGINES]
    assert all(r == results[0] for r in results)
    found = results[0]
    assert all(a.end <= b.start for a, b in zip(found, found[1:]))
    for m in found:
        assert text[m.start:m.end] == m.surface
        assert name_key(m.surface) == name_key(m.match.matched_form)
        if m.match.kind != "folded":
            assert m.surface == m.match.matched_form


# --------------------------------------------------------------------------- near misses


def test_near_misses_in_running_text(index: NameIndex) -> None:
    text = (
        "Defense Minister Murhif Abu Qasra met Yasar Guller, Hakan Fidan and Syrian officials "
        "in Damascus; Asaad al-Shaybani spoke.\nSyrians and Israelis watched."
    )
    found = [(n.surface, n.suggestion.entity_id, n.suggestion.matched_form, n.suggestion.kind)
             for n in index.near_misses(text)]
    assert found == [
        ("Murhif Abu Qasra", "murhef-abu-qasra", "Murhaf Abu Qasra", "fuzzy"),
        ("Yasar Guller", "yasar-guler", "Yaşar Güler", "translit"),  # a doubled letter
        ("Asaad al-Shaybani", "asaad-al-shaibani", "Asaad al-Shaibani", "translit"),  # ay = ai
    ]
    for n in index.near_misses(text):
        assert text[n.start:n.end] == n.surface


def test_no_near_misses_in_the_seeds(index: NameIndex) -> None:
    for n in ("000", "001", "002", "003", "004"):
        assert index.near_misses(seed(n)) == [], n


@given(st.one_of(TEXTS, st.text()))
def test_lookup_functions_never_raise(text: str) -> None:
    index = INDEXES[ENGINES[-1]]
    index.match(text)
    for miss in index.near_misses(text):
        assert text[miss.start:miss.end] == miss.surface


def test_empty_index() -> None:
    idx = NameIndex([])
    assert idx.match("Syria") is None and idx.find_mentions("Syria") == [] and idx.near_misses("Syria") == []


# --------------------------------------------------------------------------- scale


def test_twenty_thousand_entities_and_a_five_thousand_word_text() -> None:
    rng = random.Random(20_000)
    syllables = "al ba ka da mu ha sa ri fi na ya ze qa lo ti ser man dar kin bul haf rez tan".split()

    def word() -> str:
        return "".join(rng.choice(syllables) for _ in range(rng.randint(2, 3))).capitalize()

    ents: list[dict[str, Any]] = []
    for i in range(20_000):
        first, last = word(), word()
        ents.append({"id": f"e{i}", "name": f"{first} al-{last}", "variants": [f"{first} el-{last}"],
                     "short": [f"al-{last}"]})
    planted = [rng.choice(ents) for _ in range(420)]
    filler = "the minister said that on Wednesday officials met in the capital and agreed to".split()
    words: list[str] = []
    for e in planted:
        words.append(e["name"])
        words.extend(rng.choice(filler) for _ in range(10))
    text = " ".join(words)
    assert len(text.split()) >= 5_000

    for engine in ENGINES[-1:]:  # the default; the engines agree (property above)
        index = NameIndex(ents, engine=engine)
        found = index.find_mentions(text)
        index.near_misses(text)  # completes; its speed is in benchmarks/bench_normalize.py
        by_start = {m.start: m for m in found}
        pos = 0
        for e in planted:  # every planted house name is found where it was put
            m = by_start[pos]
            assert m.surface == e["name"]
            assert name_key(m.match.matched_form) == name_key(e["name"])
            pos = _skip_words(text, pos + len(e["name"]) + 1, 10)


def _skip_words(text: str, pos: int, n: int) -> int:
    for _ in range(n):
        pos = text.index(" ", pos) + 1 if " " in text[pos:] else len(text)
    return pos


def test_near_misses_finds_every_one_in_a_long_capitalised_run() -> None:
    index = INDEXES[ENGINES[-1]]
    text = " ".join(["Murhif Abu Qasra"] * 1_500)
    misses = index.near_misses(text)
    assert len(misses) == 1_500 and all(m.surface == "Murhif Abu Qasra" for m in misses)


@given(st.text(max_size=60))
def test_char_spans_equal_original_span_per_character(s: str) -> None:
    from factcheck.normalize.names import _char_spans
    from factcheck.normalize.text import fold

    for flags in ({}, {"diacritics": True, "whitespace": False}, {"case": True, "diacritics": True}):
        f = fold(s, **flags)
        assert _char_spans(f.offsets, len(f.text)) == [f.original_span(i, i + 1) for i in range(len(f.text))]


@given(st.lists(st.sampled_from(["Murhif Abu Qasra", "Yasar Guller", "Ahmed al-Sharaa", "met", "in",
                                 "Ankara", "The", "Turkish", "Hakan Fidan", "Assad al-Shaibanni", ","]),
                max_size=12))
def test_near_misses_with_known_mentions_equal_near_misses_alone(words: list[str]) -> None:
    index = INDEXES[ENGINES[-1]]
    text = " ".join(words)
    assert index.near_misses(text, known=index.find_mentions(text)) == index.near_misses(text)


@given(st.text(min_size=1, max_size=12))
def test_an_all_lower_case_word_is_never_capitalised(word: str) -> None:
    # near_misses' fast path for lower-case words rests on this
    if word.islower():
        assert not N._is_capitalised(word)
        assert (word in N._CONNECTORS) == (word.lower() in N._CONNECTORS)


#: the name key's patterns as first written (look-behind first); names.py writes them with
#: the look-behind after what they must match, which the regex engine scans for faster
_PLAIN_PATTERNS = {
    "_CAMEL_ARTICLE": r"(?<![A-Za-z0-9])([Aa]l|[Ee]l)(?=[A-Z][a-z])",
    "_HYPHEN_ARTICLE": rf"(?<![^\W_])(?:{N._ARTICLES})-(?=[^\W_])",
    "_POSSESSIVE": r"(?<=[^\W_])['`\u02bc]s(?![^\W_])",
    "_EL_WORD": r"(?<![^\W_])el (?=[^\W_])",
    "_SEPARATORS_CHANGED": r"(?<![\W_])(?:[\W_]{2,}|[^\w ]|_)(?![\W_])",
}
PATTERNISH = st.lists(
    st.sampled_from(list("aAlLeEsShHdDnNrRzZtTx1_ -.,'`\u02bc\u2019\n\u00e9") + ["al-", "ash-", "El ", "el ", "'s", "  "]),
    max_size=20,
).map("".join)


@given(st.one_of(st.text(), PATTERNISH))
@example("ash-Sharaa al-Assad's el Sisi alSharaa , _x")
def test_fast_written_patterns_match_their_plain_forms(s: str) -> None:
    import re

    for name, plain in _PLAIN_PATTERNS.items():
        fast = getattr(N, name)
        assert [(m.span(), m.groups()) for m in fast.finditer(s)] == \
            [(m.span(), m.groups()) for m in re.compile(plain).finditer(s)], name
