"""The public names of the normalisers, pinned: changing them is an API change."""

from __future__ import annotations

import importlib

import pytest

import factcheck.normalize as normalize

PUBLIC = {
    "factcheck.normalize.text": {
        "ABBREVIATIONS", "FOLDS", "Folded", "Match", "Token", "casefold", "find_folded", "fold", "fold_typography", "nfc",
        "split_sentences", "strip_diacritics", "tokenize",
    },
    "factcheck.normalize.dates": {
        "DATE_STYLES", "DateMention", "DatePrecisionName", "DateResult", "find_dates", "format_date", "parse_date",
        "weekday_mismatch",
    },
    "factcheck.normalize.numbers": {
        "Interval", "NumberMention", "NumberResult", "SCALES", "agrees", "find_numbers", "format_number", "interval",
        "normalise_unit", "number_disagreement", "parse_number", "same_quantity", "unit_key",
    },
    "factcheck.normalize.names": {
        "FUZZY_MAX_DISTANCE_LONG", "FUZZY_MAX_DISTANCE_SHORT", "FUZZY_MIN_LENGTH", "FUZZY_MIN_RATIO", "FormKind",
        "MatchKind", "Mention", "NameIndex", "NameMatch", "NearMiss", "TRANSLIT_MIN_CONSONANTS", "name_key",
        "translit_key",
    },
}
PACKAGE = {
    "DATE_STYLES", "DateMention", "DateResult", "Folded", "Interval", "Match", "Mention", "NameIndex", "NameMatch",
    "NearMiss", "NumberMention", "NumberResult", "Token", "agrees", "casefold", "find_dates", "find_folded",
    "find_numbers", "fold", "fold_typography", "format_date", "format_number", "interval", "name_key", "nfc",
    "normalise_unit", "number_disagreement", "parse_date", "parse_number", "same_quantity", "strip_diacritics",
    "tokenize", "translit_key", "weekday_mismatch",
}


@pytest.mark.parametrize("module", sorted(PUBLIC))
def test_module_exports_are_pinned(module: str) -> None:
    mod = importlib.import_module(module)
    assert set(mod.__all__) == PUBLIC[module]
    assert all(hasattr(mod, name) for name in mod.__all__)
    assert mod.__doc__ and "hand-written" in mod.__doc__.lower()


def test_package_reexports_are_pinned() -> None:
    assert set(normalize.__all__) == PACKAGE
    for name in normalize.__all__:
        assert any(getattr(importlib.import_module(m), name, None) is getattr(normalize, name) for m in PUBLIC), name


def test_number_disagreement_with_a_malformed_fact_is_a_reason() -> None:
    reason = normalize.number_disagreement({"value": 5, "qualifier": "roughly"}, normalize.parse_number("5"))
    assert reason is not None and reason.startswith("the fact is not a well-formed number fact")
