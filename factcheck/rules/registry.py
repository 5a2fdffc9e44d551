"""The explicit list of rules. Adding a rule = writing its module and importing and listing it here.

No import-time discovery: the order here is the order rules run and are documented.

Layer: rules (held by ``tests/project/test_layers.py``): may import ``factcheck.rules``
itself, the loader, the normalisers, the data modules and the types; never checking, an
output wing, authoring or the cli.
"""

from __future__ import annotations

from .._lint_text_codes import CODES as _LINT_TEXT_CODES
from .._lint_text_codes import DOCS as _LINT_TEXT_DOCS
from . import (
    fc001_invalid_yaml,
    fc002_duplicate_key,
    fc003_implicit_typing,
    fc004_schema_violation,
    fc005_unknown_reference,
    fc006_duplicate_id,
    fc007_empty_file,
    fc008_invalid_encoding,
    fc009_byte_order_mark,
    fc010_crlf_line_endings,
    fc011_not_nfc,
    fc012_resource_limit,
    fc013_forbidden_tag,
    fc014_seed_registry,
    fc101_quote_not_found,
    fc102_quote_needs_folding,
    fc103_quote_from_furniture,
    fc104_claim_without_quote,
    fc105_expression_not_in_quote,
    fc201_weekday_mismatch,
    fc202_date_not_from_expression,
    fc203_date_after_publication,
    fc204_inconsistent_event_date,
    fc205_chronology_contradiction,
    fc206_statement_date_mismatch,
    fc301_statement_number_mismatch,
    fc302_number_not_in_quote,
    fc303_conflicting_quantities,
    fc401_non_house_spelling,
    fc402_probable_misspelling,
    fc403_alias_instead_of_house_name,
    fc404_person_not_linked,
    fc405_linked_person_not_mentioned,
    fc501_conflicting_facts,
    fc502_outdated_without_successor,
    fc503_verdict_without_evidence,
    fc504_missing_rationale,
    fc505_incoherent_verdicts,
    fc506_counter_evidence_not_recorded,
    fc507_contradiction_off_topic,
    fc601_unsupported_words,
    fc602_hedge_dropped,
    fc603_attribution_dropped,
    fc604_certainty_raised,
    fc605_negation_flipped,
    fc606_name_outside_quote,
    fc901_unused_suppression,
    fc902_unknown_suppression,
)
from ._base import Rule

__all__ = ["ALL_CODES", "LINT_TEXT_RULES", "RULES", "get_rule", "rules_by_code"]

#: The rule modules, in the order they run (plain imports: a reader, an IDE and a linter
#: can follow each one to its module).
_MODULES = (
    fc001_invalid_yaml,
    fc002_duplicate_key,
    fc003_implicit_typing,
    fc004_schema_violation,
    fc005_unknown_reference,
    fc006_duplicate_id,
    fc007_empty_file,
    fc008_invalid_encoding,
    fc009_byte_order_mark,
    fc010_crlf_line_endings,
    fc011_not_nfc,
    fc012_resource_limit,
    fc013_forbidden_tag,
    fc014_seed_registry,
    fc101_quote_not_found,
    fc102_quote_needs_folding,
    fc103_quote_from_furniture,
    fc104_claim_without_quote,
    fc105_expression_not_in_quote,
    fc201_weekday_mismatch,
    fc202_date_not_from_expression,
    fc203_date_after_publication,
    fc204_inconsistent_event_date,
    fc205_chronology_contradiction,
    fc206_statement_date_mismatch,
    fc301_statement_number_mismatch,
    fc302_number_not_in_quote,
    fc303_conflicting_quantities,
    fc401_non_house_spelling,
    fc402_probable_misspelling,
    fc403_alias_instead_of_house_name,
    fc404_person_not_linked,
    fc405_linked_person_not_mentioned,
    fc501_conflicting_facts,
    fc502_outdated_without_successor,
    fc503_verdict_without_evidence,
    fc504_missing_rationale,
    fc505_incoherent_verdicts,
    fc506_counter_evidence_not_recorded,
    fc507_contradiction_off_topic,
    fc601_unsupported_words,
    fc602_hedge_dropped,
    fc603_attribution_dropped,
    fc604_certainty_raised,
    fc605_negation_flipped,
    fc606_name_outside_quote,
    fc901_unused_suppression,
    fc902_unknown_suppression,
)

#: Every rule, in code order.
RULES: tuple[Rule, ...] = tuple(sorted((Rule.from_module(m) for m in _MODULES), key=lambda r: r.code))


#: The codes ``factcheck lint-text`` reports on a draft article: documented like the rules
#: (``factcheck rule LT101``), not run by ``factcheck check`` (their ``check`` is None).
LINT_TEXT_RULES: tuple[Rule, ...] = tuple(
    Rule(code, name, severity, _LINT_TEXT_DOCS[code].split("\n", 1)[0].strip(), _LINT_TEXT_DOCS[code], None,
         "factcheck.lint_text")
    for code, (name, severity) in _LINT_TEXT_CODES.items()
)

#: Every code factcheck reports, FC rules first.
ALL_CODES: tuple[Rule, ...] = RULES + LINT_TEXT_RULES


def rules_by_code() -> dict[str, Rule]:
    return {rule.code: rule for rule in RULES}


def get_rule(code_or_name: str) -> Rule | None:
    """A rule or draft check by code (``FC201``, ``LT101``) or name (``weekday-mismatch``),
    case-insensitive; a name both share is the FC rule's."""
    key = code_or_name.strip().lower()
    for rule in ALL_CODES:
        if rule.code.lower() == key or rule.name == key:
            return rule
    return None
