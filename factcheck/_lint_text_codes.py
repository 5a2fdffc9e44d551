"""The codes ``factcheck lint-text`` reports on a draft article, with their documentation.

One home for each LT code's name, severity and user documentation (what it checks, why it
matters, an example that fails, the fix), read by :mod:`factcheck.lint_text`, which reports
them, and by the rule registry, so that ``factcheck rule LT101`` and ``docs/rules.md`` show
them like the FC rules. How a draft's dates and numbers are linked to claims is documented
in :mod:`factcheck.lint_text`. This module imports only the diagnostics.

Layer: data, above the types (held by ``tests/project/test_layers.py``): may import the
types (errors, diagnostics, models, _yaml, …) only; never another data module, the
normalisers, the loader, the rules or anything above.
"""

from __future__ import annotations

import inspect

from .diagnostics import Severity

__all__ = ["CODES", "DOCS"]

#: code -> (name, severity)
CODES: dict[str, tuple[str, Severity]] = {
    "LT101": ("name-variant", Severity.warning),
    "LT102": ("name-alias", Severity.warning),
    "LT103": ("name-misspelling", Severity.error),
    "LT104": ("name-near-miss", Severity.warning),
    "LT201": ("date-contradicts-claim", Severity.error),
    "LT202": ("weekday-contradicts-claim", Severity.error),
    "LT203": ("weekday-mismatch", Severity.error),
    "LT204": ("date-repeats-refuted-claim", Severity.error),
    "LT301": ("number-contradicts-claim", Severity.error),
    "LT302": ("number-repeats-refuted-claim", Severity.error),
}

_DOCS: dict[str, str] = {
    "LT101": """
        A draft writes an accepted variant of a name instead of the house spelling.

        What it checks: every registered name in the draft; a form listed under an entity's
        `variants` (spellings seen in sources) is reported with the house spelling.

        Why it matters: one spelling per person keeps a newsroom's archive searchable and
        its copy consistent; the variants are what other outlets write.

        Example that fails: "Defence Minister Murhaf Abu Qasra said…" (house style:
        "Murhef Abu Qasra").

        Fix: write the house spelling (`fix` suggests it). Inside a direct quotation the
        speaker's words stand: there the finding is only `info`.
    """,
    "LT102": """
        A draft calls an entity by another of its names (an alias), not its house name.

        What it checks: registered names listed under an entity's `aliases`
        ("Türkiye" for Turkey, "Abu Mohammed al-Julani" for Ahmed al-Sharaa).

        Why it matters: an alias can be right in context (a nom de guerre, an official
        name), but a reader should meet the house name first; the desk decides.

        Example that fails: "Türkiye signed the memorandum on Wednesday."

        Fix: write the house name, or keep the alias on purpose and explain it in the text.
    """,
    "LT103": """
        A draft writes a spelling the register lists as wrong.

        What it checks: registered names listed under an entity's `misspellings`.

        Why it matters: a known misspelling of a name in print is a correction.

        Example that fails: "Foreign Minister Assad al-Shaibani said…" (the register
        lists "Assad al-Shaibani" as a misspelling of "Asaad al-Shaibani").

        Fix: write the house spelling (`fix` suggests it).
    """,
    "LT104": """
        A draft writes an unregistered name one or two letters off a registered one, or
        another transliteration of it.

        What it checks: capitalised names that the register does not know and that are
        within two edits of a registered name, or that share its transliteration key
        (article forms, vowels, doubled letters, final -h, kh/h, q/k …: the table in
        `docs/house-style.md`): "Hussein Salameh" or "Hussein al-Salama" for **Hussein
        es-Seleme**, "as-Suwayda" for **Sweida**. A family name alone ("Salameh") is
        reported only when one registered person has it and no other given name stands
        before it; the suggestion is then the registered family name ("es-Seleme").

        Why it matters: near misses are how misspellings of unfamiliar names reach print.

        Example that fails: "Murhef Abu Kasra met his Turkish counterpart." (another
        transliteration of "Murhef Abu Qasra"); "Murhif Abu Qasra met …" (one letter off).

        Fix: correct the name, or register the new spelling (or the other person) in
        `claims/entities.yaml`. Inside a direct quotation near misses are not reported.
    """,
    "LT201": """
        A date in a draft disagrees with a supported claim about the same event.

        What it checks: each date the draft links to a supported claim's date fact (see
        `factcheck/lint_text.py` for how linking works) must overlap it at the fact's
        precision; relative dates ("on Tuesday") are resolved with `--date`.

        Why it matters: the fact base records what the sources establish; a draft that
        dates the signing on 14 August when the sources say 13 August is wrong.

        Example that fails: "Turkey and Syria signed the memorandum on 14 August 2025."

        Fix: correct the date, or, if the draft is right, correct the claim and its evidence.
    """,
    "LT202": """
        A weekday in a draft is not the weekday of the linked claim's date.

        What it checks: a weekday name linked to a day-precision date fact; Wednesday
        13 August 2025 is a Wednesday in every week, so this needs no `--date`.

        Why it matters: a wrong weekday often means the event was dated from the wrong
        day's paper.

        Example that fails: "Turkey and Syria signed the memorandum on Tuesday." (the
        signing was on Wednesday 13 August 2025)

        Fix: correct the weekday or the date.
    """,
    "LT203": """
        A draft's own date and weekday disagree ("Tuesday, 13 August 2025").

        What it checks: every weekday written next to a full date in the draft.

        Why it matters: one of the two is wrong, whatever the fact base says.

        Example that fails: "On Tuesday, 13 August 2025, the ministers met."

        Fix: correct the weekday or the date (13 August 2025 was a Wednesday).
    """,
    "LT204": """
        A draft repeats a date that only a refuted claim gives.

        What it checks: a draft date that matches no supported fact but lies within the
        date of a `refuted` claim about the same event.

        Why it matters: the fact base records that date as wrong; repeating it repeats
        the error the desk already caught.

        Example that fails: a draft giving an event the date that a refuted claim records
        for it, where no supported claim dates the event. (Where a supported claim does,
        the finding is LT201.)

        Fix: use the date of the supported claim.
    """,
    "LT301": """
        A quantity in a draft disagrees with a supported claim.

        What it checks: each number the draft links to a supported number fact (by its
        unit and the entity in scope) must overlap the fact's interval, qualifier included
        ("more than 20,000" agrees with 21,000, not with 15,000).

        Why it matters: numbers are what readers remember and quote.

        Example that fails: "Turkey has about 10,000 troops in Syria." (the sources say
        more than 20,000)

        Fix: correct the number or its qualifier.
    """,
    "LT302": """
        A draft repeats a quantity that only a refuted claim gives.

        What it checks: a draft number that matches no supported fact but lies within a
        `refuted` claim's number about the same quantity.

        Why it matters: the fact base records that figure as wrong.

        Example that fails: a draft giving the figure that the fact base's refuted claim
        records for the same quantity.

        Fix: use the figure of the supported claim.
    """,
}

#: code -> its documentation (first line: the summary)
DOCS: dict[str, str] = {code: inspect.cleandoc(text) for code, text in _DOCS.items()}
