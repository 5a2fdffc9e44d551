"""The loader: byte-level problems, hostile YAML, marks, and partial loading."""

from __future__ import annotations

from pathlib import Path

import pytest

import factcheck
from factcheck import _yaml
from factcheck.loading import load_corpus

GOOD = """claims:
  - id: mou-signed
    statement: Turkey and Syria signed a memorandum of understanding on 13 August 2025.
    verdict: supported
"""


def codes(corpus) -> list[tuple[str, int, int]]:
    return [(d.code, d.line, d.column) for d in corpus.diagnostics]


def write(tmp_path: Path, data: bytes | str, name: str = "claims.yaml") -> Path:
    path = tmp_path / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def test_good_file_loads_with_origin_and_marks(tmp_path):
    corpus = load_corpus([write(tmp_path, GOOD)])
    assert codes(corpus) == []
    (claim,) = corpus.claims
    assert claim.origin.line == 2 and claim.origin.column == 5
    assert claim.locate("verdict") == (4, 14)
    assert claim.locate("quotes", 3, "text") == (2, 5)  # falls back to the record


def test_not_utf8_is_fatal_with_position(tmp_path):
    path = write(tmp_path, GOOD.encode() + b"    note: G\xfcler\n")
    corpus = load_corpus([path])
    assert codes(corpus) == [("FC008", 5, 12)]
    assert corpus.fatal
    assert "0xfc" in corpus.diagnostics[0].message


def test_bom_is_reported_and_stripped(tmp_path):
    corpus = load_corpus([write(tmp_path, b"\xef\xbb\xbf" + GOOD.encode())])
    assert codes(corpus) == [("FC009", 1, 1)]
    assert [c.id for c in corpus.claims] == ["mou-signed"]


def test_crlf_is_reported_once_and_normalised(tmp_path):
    corpus = load_corpus([write(tmp_path, GOOD.replace("\n", "\r\n"))])
    assert codes(corpus) == [("FC010", 1, 8)]
    assert corpus.claims[0].statement.endswith("2025.")


def test_nfd_text_is_reported_at_the_decomposed_character(tmp_path):
    text = GOOD + "    note: Yasar Gu\u0308ler\n"
    corpus = load_corpus([write(tmp_path, text)])
    assert [(d.code, d.line) for d in corpus.diagnostics] == [("FC011", 5)]
    assert not corpus.fatal


def test_nfc_text_with_diacritics_is_fine(tmp_path):
    corpus = load_corpus([write(tmp_path, GOOD + "    note: Yasar Güler\n")])
    assert codes(corpus) == []


@pytest.mark.parametrize(
    "text, code",
    [
        # billion laughs: 9^9 nodes if expanded
        ("a: &a [lol,lol,lol,lol,lol,lol,lol,lol,lol]\n"
         + "".join(f"{chr(98 + i)}: &{chr(98 + i)} [" + ",".join([f"*{chr(97 + i)}"] * 9) + "]\n"
                   for i in range(8)), "FC012"),
        # crashes yaml.compose (C) outright; libyaml as bundled with PyYAML >= 6.0.4 stops it in
        # its scanner (at 1,000 flow levels), older ones reach our own depth cap: FC012 either way
        ("[" * 50_000 + "]" * 50_000, "FC012"),
        ("{a: " * 5_000 + "1" + "}" * 5_000, "FC012"),
        ("claims: " + "x" * 300_000 + "\n", "FC012"),
        ("claims: !!python/object/apply:os.system [echo]\n", "FC013"),
        ("claims: !custom {}\n", "FC013"),
        ("claims: [unclosed\n", "FC001"),
        ("\tclaims: []\n", "FC001"),
        ("claims: \x07\n", "FC001"),
    ],
    ids=["alias-bomb", "deep-flow-seq", "deep-flow-map", "huge-scalar", "python-tag", "custom-tag",
         "unclosed", "tab", "control-char"],
)
def test_hostile_input_is_one_fatal_finding(tmp_path, text, code):
    corpus = load_corpus([write(tmp_path, text)])
    assert [d.code for d in corpus.diagnostics] == [code]
    assert corpus.fatal
    assert corpus.claims == []


@pytest.mark.parametrize("depth", [65, 999, 1_001, 5_000])
def test_deep_nesting_is_a_resource_limit_whoever_stops_it(tmp_path, depth):
    # Below 1,000 flow levels our own cap (64) stops the document in every PyYAML release;
    # above it, PyYAML >= 6.0.4's bundled libyaml stops it first ("exceeded maximum nesting
    # depth"), which must read as the same resource limit, not as invalid YAML.
    corpus = load_corpus([write(tmp_path, "claims: " + "[" * depth + "]" * depth + "\n")])
    [d] = corpus.diagnostics
    assert (d.code, d.line) == ("FC012", 1)
    assert "nesting deeper than" in d.message
    assert corpus.fatal


def test_huge_file_is_refused_without_reading_it(tmp_path):
    path = write(tmp_path, GOOD + "#" * 2000 + "\n")
    corpus = load_corpus([path], limits=_yaml.Limits(max_bytes=1000))
    assert [d.code for d in corpus.diagnostics] == ["FC012"]
    assert "exceeds the limit of 1,000" in corpus.diagnostics[0].message


def test_aliases_within_limits_are_expanded(tmp_path):
    text = """claims:
  - &c
    id: one
    statement: Turkey and Syria signed a memorandum.
    verdict: supported
"""
    corpus = load_corpus([write(tmp_path, text)])
    assert [c.id for c in corpus.claims] == ["one"]


def test_one_bad_claim_does_not_hide_the_others(tmp_path):
    text = GOOD + """  - id: second
    statement: A second claim.
    verdict: maybe
  - id: third
    statement: A third claim.
    verdict: refuted
"""
    corpus = load_corpus([write(tmp_path, text)])
    assert [c.id for c in corpus.claims] == ["mou-signed", "third"]
    assert codes(corpus) == [("FC004", 7, 14)]


def test_second_document_is_reported(tmp_path):
    corpus = load_corpus([write(tmp_path, GOOD + "---\nclaims: []\n")])
    assert [(d.code, d.line) for d in corpus.diagnostics] == [("FC004", 5)]


@pytest.mark.parametrize("text", ["", "# only a comment\n", "---\n...\n"])
def test_empty_files_are_reported(tmp_path, text):
    corpus = load_corpus([write(tmp_path, text)])
    assert [d.code for d in corpus.diagnostics] == ["FC007"]


def test_unknown_file_kind_is_a_schema_finding(tmp_path):
    corpus = load_corpus([write(tmp_path, "name: my-project\n", "config.yaml")])
    assert [d.code for d in corpus.diagnostics] == ["FC004"]
    assert "top-level 'claims', 'entities' or 'sources'" in corpus.diagnostics[0].message


def test_unknown_top_level_key_gets_a_suggestion(tmp_path):
    corpus = load_corpus([write(tmp_path, GOOD + "topc: mou\n")])
    assert [(d.code, d.line) for d in corpus.diagnostics] == [("FC004", 5)]
    assert "did you mean 'topic'" in corpus.diagnostics[0].message


def test_file_topic_is_the_default_topic_of_its_claims(tmp_path):
    corpus = load_corpus([write(tmp_path, "topic: mou\n" + GOOD)])
    assert corpus.claims[0].topic == "mou"


def test_missing_path_raises_load_error(tmp_path):
    with pytest.raises(factcheck.LoadError, match="no such file"):
        load_corpus([tmp_path / "nope"])


def test_directories_are_searched_and_hidden_files_skipped(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / ".hidden").mkdir()
    write(tmp_path / "sub", GOOD, "a.yaml")
    write(tmp_path / ".hidden", "claims: [", "b.yaml")
    corpus = load_corpus([tmp_path])
    assert [c.id for c in corpus.claims] == ["mou-signed"]
    assert corpus.diagnostics == []


def test_yaml_keys_are_never_typed(tmp_path):
    doc = _yaml.parse_yaml("yes: 1\n010: 2\n")
    assert doc.value == {"yes": "1", "010": "2"}


def test_plain_nulls_become_none_and_quoted_ones_stay_text():
    doc = _yaml.parse_yaml('a: ~\nb: null\nc: "null"\nd:\n')
    assert doc.value == {"a": None, "b": None, "c": "null", "d": None}


def test_id_with_bad_typography_gets_a_safe_fix(tmp_path):
    text = GOOD.replace("id: mou-signed", "id: Mou_Signed–13 August")
    corpus = load_corpus([write(tmp_path, text)])
    (d,) = corpus.diagnostics
    assert (d.code, d.line, d.column) == ("FC004", 2, 9)
    assert "'Mou_Signed–13 August' is not a valid id" in d.message
    assert (d.fix.original, d.fix.replacement, d.fix.safe) == ("Mou_Signed–13 August", "mou-signed-13-august", True)


def test_pattern_errors_of_other_fields_get_no_id_fix(tmp_path):
    text = GOOD + "    suppress: {FC1: reason}\n"
    corpus = load_corpus([write(tmp_path, text)])
    assert [d.code for d in corpus.diagnostics] == ["FC004"]
    assert corpus.diagnostics[0].fix is None


def test_aliases_cannot_repeat_more_text_than_a_file_may_hold(tmp_path):
    # 2,000 aliases of a 19,000-character statement: 38 million characters from a 40 KB
    # file, under the node limit; every rule would read each copy.
    statement = ("Turkey and Syria signed a memorandum of understanding. " * 350)[:19_000]
    text = (f"claims:\n  - &c {{id: bomb, statement: \"{statement}\", verdict: supported}}\n"
            + "  - *c\n" * 2_000)
    corpus = load_corpus([write(tmp_path, text)])
    [d] = corpus.diagnostics
    assert (d.code, d.line, d.column) == ("FC012", 2 + 33_554_432 // 19_031 + 1, 5)  # 19,031 a copy
    assert d.message == "aliases repeat more than 33,554,432 characters of text (an alias bomb?)"
    assert corpus.fatal and corpus.claims == []


@pytest.mark.parametrize("copies, refused", [(9, False), (10, True)])
def test_alias_text_limit_counts_what_nested_aliases_repeat(tmp_path, copies, refused):
    # &s holds 70 characters (keys included); &l holds an alias of it, so each *l repeats
    # those 70 too: 70 x copies in all, against a limit of 630
    text = ("claims:\n  - &s {id: one, statement: " + "x" * 40 + ", verdict: supported}\n"
            "  - &l [*s]\n" + "  - *l\n" * (copies - 1))
    corpus = load_corpus([write(tmp_path, text)], limits=_yaml.Limits(max_alias_chars=630))
    assert ("FC012" in [d.code for d in corpus.diagnostics]) is refused
