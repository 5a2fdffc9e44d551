"""A statement names a person or organisation that its quotes name only outside the quoted words.

What it checks: every person, organisation, group or named operation that the statement
of a `supported`, `disputed` or `outdated` claim names (in any registered form: house
spelling, variant, alias, short form, or a group's adjective, "Kurdish" for the Kurds)
must be named by at least one of its supporting quotes, in the quoted words themselves.
The rule reports a name that the quotes' sentences give, but only outside the quoted
words: the typical case is a quote that starts after the name ("emphasizing Türkiye’s
support …" cut from "Fidan declared …, emphasizing Türkiye’s support …") or one whose
subject is a pronoun ("its actions", "he warned"). A name that not even the sentence gives
is FC601's (unsupported words); places, events and agreements are not read here (they are
often described rather than named: "the two countries", "the joint press conference
between Syria and Türkiye’s FMs").

Why it matters: a quote is the evidence a reader (and a quiz's answer key) is shown. When
the statement says who said or did it, and the quote does not, the reader of the quote
cannot see who it was: the name is accounted for only by the claim's typed facts, which
are the record-keeper's reading, not the source's words.

Example that fails (seed 003 says "Fidan declared that … emphasizing Türkiye’s support for
Syria …"; the quote starts after the name):

```yaml
claims:
  - id: fidan-support-so-syria-can-stand
    statement: Hakan Fidan emphasised Turkey's support for Syria so that it can stand on its feet.
    verdict: supported
    facts:
      - {type: entity, entity: hakan-fidan}
    quotes:
      - seed: 003_26570aaabef3dbf1
        text: "emphasizing Türkiye’s support for Syria “so that it can stand on its feet.”"
```

Fix: extend the quote, verbatim, to the words that name them ("Fidan declared that “a new
era has begun in Syria as of December 8” under the country’s new administration,
emphasizing Türkiye’s support for Syria …"), or add a second quote from the same seed
that names them and says what the statement says they did.

What it cannot judge: whether the quote's name is the one who did it. A quote naming the
person anywhere passes ("Fidan labeled Israel …, while al-Shaibani described …" names
both for either); a pronoun whose antecedent is in the quote is not resolved either. Only
the quote's own sentence is read for the report: a name given in an earlier sentence
("He outlined …" after "Fidan declared …") is reported by FC601, not here. Places,
events and agreements are not checked.
"""

from __future__ import annotations

from typing import Iterator

from ..diagnostics import Diagnostic, Fix, Severity
from ..models import EntityKind, Stance
from ..normalize.names import name_key
from ._base import Context
from ._fidelity import CHECKED_VERDICTS, _names_in, _register, _sentence_frames
from ._names import statement_names

__all__ = ["CODE", "NAME", "SEVERITY", "check"]

CODE = "FC606"
NAME = "name-outside-quote"
SEVERITY = Severity.warning
SCOPE = "file"

#: The kinds of entity whose name a statement may give only when a quote gives it.
KINDS = frozenset({EntityKind.person, EntityKind.organisation, EntityKind.group, EntityKind.operation})


def _has(text: str, surface: str) -> bool:
    """``surface`` occurs in ``text`` as it is spelled, not inside a longer word."""
    at = text.find(surface)
    while at >= 0:
        end = at + len(surface)
        if (at == 0 or not text[at - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
            return True
        at = text.find(surface, at + 1)
    return False


def check(ctx: Context) -> Iterator[Diagnostic]:
    keys, adjectives, capitals = _register(ctx)
    read = ctx.__dict__.get("_fc606_read")  # the register's part this rule reads (once per register)
    if read is None:
        read = ctx.__dict__["_fc606_read"] = frozenset(e.id for e in ctx.corpus.entities if e.kind in KINDS)
    for claim in ctx.corpus.claims:
        if claim.verdict not in CHECKED_VERDICTS or not claim.quotes:
            continue
        names = [n for n in statement_names(ctx, claim) if n.entity_id in read]
        if not names:
            continue
        quoted = [(i, q) for i, q in enumerate(claim.quotes) if q.stance is Stance.supports]
        # the common case first: a quote has the name as the statement spells it
        missing = [n for n in names if not any(_has(q.text, n.surface) for _, q in quoted)]
        if not missing:
            continue
        wanted = {e for n in missing for e in (n.entity_id, *n.others)}
        in_quotes: set[str] = set()
        for _, quote in quoted:
            in_quotes |= _names_in(name_key(quote.text), keys, adjectives, capitals, wanted)
        missing = [n for n in missing if not in_quotes.intersection((n.entity_id, *n.others))]
        if not missing:
            continue
        in_sentences: dict[str, str] = {}  # entity id -> seed whose sentence names it
        for i, quote in quoted:
            match = ctx.quote_match(claim, i)
            seed = ctx.corpus.seeds.get(quote.seed)
            if match is None or seed is None or match.furniture is not None:
                continue  # FC101/FC103 report the quote itself
            before, after = _sentence_frames(ctx, seed, match.start, match.end)
            if before.strip() or after.strip():
                for entity_id in _names_in(name_key(f"{before}{quote.text}{after}"), keys, adjectives,
                                           capitals, wanted):
                    in_sentences.setdefault(entity_id, quote.seed)
        reported: set[str] = set()
        for n in missing:
            ids = (n.entity_id, *n.others)
            if n.entity_id in reported:
                continue
            seed_id = next((in_sentences[e] for e in ids if e in in_sentences), None)
            if seed_id is None:
                continue  # not even the sentence names it: FC601's
            reported.add(n.entity_id)
            yield ctx.finding(
                CODE,
                f"the statement names {n.surface!r}, but no supporting quote does: only the rest of "
                f"its sentence in seed {seed_id} names them",
                claim=claim, path=("statement",),
                fix=Fix("extend the quote, verbatim, to the words that name them, or add a quote that names them"),
                name=n.surface, entity=n.entity_id,
            )
