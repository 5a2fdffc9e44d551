"""A statement uses words or names that none of its quotes accounts for.

What it checks: every content word of the statement of a `supported`, `disputed` or
`outdated` claim must be accounted for by the claim's supporting quotes (`stance:
supports`, not page furniture):

* a word is accounted for when a quote has the same word, folded (case, diacritics,
  typography), spelled the British way (`defense` = `defence`, `criticized` =
  `criticised`) and stemmed (`negotiations` = `negotiating`, `withdrawal` = `withdraw`);
* a registered name (house spelling, variant, alias, short form) when a quote names the
  same entity in any registered spelling or by its adjective ("Syrian" for Syria):
  the register accounts for the spelling, the quote for the mention;
* an adjective of a registered place or group ("Turkish", "Syrian") when a quote names
  that place or group;
* the calendar words of a date fact ("13 August 2025", "the day before") and the number
  and qualifier words of a number fact ("more than 20,000"): FC2xx and FC3xx check those
  values against the quotes; a date in the statement also when a quote gives a date;
* the lower-case words of the house name of an entity the facts refer to ("memorandum",
  "army"): a statement may call the memorandum by its name where the quote says "the
  agreement". Capitalised words of a name ("Turkish" in Turkish Armed Forces) are not.

Function words (articles, pronouns, auxiliaries, prepositions, conjunctions) are free.
The relation words "after", "before", "since", "amid", "despite", "during" are not: "after
years of strained ties" does not say what "amid years of strained ties" says.

Attribution gets a closer look: the words naming who said something ("Turkish security
sources said") must be among the words naming the source in the quotes or their sentence
("Security sources said"), not merely somewhere in the quote.

Why it matters: a statement that adds a word adds a fact nobody quoted. Quizzes and
exports present the statement as what the sources say.

Example that fails (seed 001 says only "Security sources said"):

```yaml
claims:
  - id: turkey-would-not-intervene-directly
    statement: Turkish security sources said Turkey would not intervene directly against the SDF.
    verdict: supported
    facts:
      - {type: entity, entity: turkey}
    quotes:
      - seed: 001_aa72598c36228cb3
        text: "Security sources said that while Turkey would not directly intervene against the SDF"
```

Fix: say only what the quotes say ("Security sources said …"), or add the quote that
says the rest.

What it cannot judge: synonyms beyond a short table (`SYNONYMS` in
`factcheck/rules/_fidelity.py`: "signed"/"inked"/"concluded", "talks"/"negotiations",
"agreement"/"deal"/"accord" …). A faithful paraphrase with another word ("approved" for
"signed") is reported; write the source's word, or add the quote that uses yours. It
reads words, not meaning: a statement that rearranges the quote's words into another
claim ("several countries … provided assistance to Turkey" from "Turkey has provided
assistance … to several countries") passes, and so does a word used in another sense.
Names are compared by entity, not by role: a statement that swaps two people the quote
names passes.
"""

from __future__ import annotations

from typing import Iterator

from ..diagnostics import Diagnostic, Fix, Severity
from ._base import Context
from ..normalize.dates import find_dates
from ._fidelity import ClaimView, DATE_WORDS, NUMBER_WORDS, claim_views, synonym_groups

__all__ = ["CODE", "NAME", "SEVERITY", "check"]

CODE = "FC601"
NAME = "unsupported-words"
SEVERITY = Severity.warning

def _name_accounted(view: ClaimView, entity_id: str, start: int, end: int) -> bool:
    if entity_id in view.quote_names:
        return True
    for n in view.statement_names:
        if n.entity_id == entity_id and view.quote_names.intersection(n.others):
            return True
    # a lower-case name ("ousting of Bashar al-Assad") whose every word a quote has
    words = [o for o in view.statement.occurrences if start <= o.start and o.end <= end]
    return bool(words) and all(o.stem in view.quote_stems or view.statement_demonyms.get(o.start) in view.quote_names
                               for o in words)


def _in_a_quoted_date(view: ClaimView, start: int, end: int) -> bool:
    """The word is part of a date in the statement, and a quote gives a date too (FC2xx
    compare the two when the claim has a date fact)."""
    spans = view.__dict__.get("_date_spans")
    if spans is None:
        spans = view.__dict__["_date_spans"] = [(d.start, d.end) for d in find_dates(view.claim.statement)]
    if not any(s <= start and end <= e for s, e in spans):
        return False
    return any(find_dates(q.view.text) for q in view.quotes)


def unaccounted(view: ClaimView) -> tuple[list[str], list[str]]:
    """(names, words) of the statement that no supporting quote, name or fact accounts for."""
    text = view.claim.statement
    entities_seen: set[str] = set()
    stems_seen: set[str] = set()
    names: list[str] = []
    words: list[str] = []
    for occ in view.statement.occurrences:
        word = text[occ.start:occ.end]
        name = next(((n.start, n.end, n.entity_id) for n in view.statement_names
                     if n.start < occ.end and occ.start < n.end), None)
        if name is not None:
            start, end, entity_id = name
            if entity_id not in entities_seen and not _name_accounted(view, entity_id, start, end):
                names.append(text[start:end])
            entities_seen.add(entity_id)
            continue
        demonym = view.statement_demonyms.get(occ.start)
        if demonym is not None:
            if demonym not in view.quote_names and occ.stem not in view.quote_stems and occ.stem not in stems_seen:
                names.append(word)
            stems_seen.add(occ.stem)
            continue
        if occ.stem in view.quote_stems or occ.stem in view.fact_words:
            continue
        kind = view.marker_at(occ.start, occ.end)
        if kind == "attribution" and view.quote_says:
            continue  # a verb of saying for another: the attribution rules compare them
        if kind is not None and kind in view.quote_classes:
            continue  # "seen as" for "viewed as": a hedge of the same kind
        if synonym_groups(occ.stem) & view.quote_groups:
            continue
        low = word.lower()
        if view.has_dates and (low in DATE_WORDS or (low.isdigit() and len(low) <= 4)):
            continue
        if _in_a_quoted_date(view, occ.start, occ.end):
            continue
        if view.has_numbers and (low in NUMBER_WORDS or low[:1].isdigit() or low[:1] in "$€£"):
            continue
        if occ.stem not in stems_seen:
            words.append(word)
        stems_seen.add(occ.stem)
    return names, words


def added_sayers(view: ClaimView) -> list[str]:
    """Words naming the statement's source that the quotes do not use for theirs."""
    if not view.statement.sayers or not view.sayer_stems or view.pronoun_sayer:
        return []
    text = view.claim.statement
    out: list[str] = []
    for word_stem, start, end in view.statement.sayers:
        if word_stem in view.sayer_stems or view.name_at(start, end) is not None:
            continue
        word = text[start:end]
        low = word.lower()
        if (view.has_dates and (low in DATE_WORDS or low.isdigit())) or word in out:
            continue
        out.append(word)
    return out


def check(ctx: Context) -> Iterator[Diagnostic]:
    for claim, view in claim_views(ctx):
        names, words = unaccounted(view)
        if names or words:
            parts = []
            if names:
                parts.append("names " + ", ".join(repr(n) for n in names))
            if words:
                parts.append("words " + ", ".join(repr(w) for w in words))
            yield ctx.finding(
                CODE,
                f"the statement {' and '.join(parts)} that no supporting quote accounts for",
                claim=claim, path=("statement",),
                fix=Fix("say only what the quotes say, or quote the passage that says the rest"),
                words=words, names=names,
            )
        extra = added_sayers(view)
        if extra:
            yield ctx.finding(
                CODE,
                f"the statement's attribution adds {', '.join(repr(w) for w in extra)}, which the quotes "
                "do not use for their source",
                claim=claim, path=("statement",),
                fix=Fix("name the source as the quotes name it"),
                words=extra,
            )
