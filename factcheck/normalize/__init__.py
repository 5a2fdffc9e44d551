"""Normalisers: pure functions that read dates, numbers, names and text as newsrooms write them.

No I/O and no clock: every function takes what it needs (a reference date, an
entity list) as arguments. Parsers never raise on a ``str``; bad input gives a
result with ``ok=False`` and a plain-language ``reason``.

* :mod:`.text` — folding with offsets back to the original, tokens, folded search.
* :mod:`.dates` — parse, format and find date expressions.
* :mod:`.numbers` — parse, bound, format, find and compare quantities.
* :mod:`.names` — name keys, a name index, mentions and near misses.

Layer: normalize (held by ``tests/project/test_layers.py``): may import
``factcheck.normalize`` itself, the data modules (facts, corpus, …) and the types; never the
loader, the rules or anything above. Pure: no I/O, no clock.
"""

from __future__ import annotations

from .dates import (
    DATE_STYLES,
    DateMention,
    DateResult,
    find_dates,
    format_date,
    parse_date,
    weekday_mismatch,
)
from .names import Mention, NameIndex, NameMatch, NearMiss, name_key, translit_key
from .numbers import (
    Interval,
    NumberMention,
    NumberResult,
    agrees,
    find_numbers,
    format_number,
    interval,
    normalise_unit,
    number_disagreement,
    parse_number,
    same_quantity,
)
from .text import (
    Folded,
    Match,
    Token,
    casefold,
    find_folded,
    fold,
    fold_typography,
    nfc,
    strip_diacritics,
    tokenize,
)

__all__ = [
    "DATE_STYLES",
    "DateMention",
    "DateResult",
    "Folded",
    "Interval",
    "Match",
    "Mention",
    "NameIndex",
    "NameMatch",
    "NearMiss",
    "NumberMention",
    "NumberResult",
    "Token",
    "agrees",
    "casefold",
    "find_dates",
    "find_folded",
    "find_numbers",
    "fold",
    "fold_typography",
    "format_date",
    "format_number",
    "interval",
    "name_key",
    "nfc",
    "normalise_unit",
    "number_disagreement",
    "parse_date",
    "parse_number",
    "same_quantity",
    "strip_diacritics",
    "tokenize",
    "translit_key",
    "weekday_mismatch",
]
