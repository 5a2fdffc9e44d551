"""Leave-one-out: how close are drafts to what the curators wrote?

For each seed S: every claim with a quote from S is removed from the corpus, S is drafted
against what is left (so ``related`` cannot copy the answers; the entity register stays),
and the drafted facts are compared with the removed claims' facts.

Alignment is by text: a curated *supporting* quote from S lies in one or more sentences of
S; a draft record "covers" it when the record's sentence overlaps the quote.

* **Recall**, per kind, of the curated items a quote from S states:

  - dates: a date fact whose ``property`` the quote ``expresses`` — recalled when a
    covering record has a date fact with the same value and precision;
  - numbers: a number fact whose ``property`` the quote ``expresses`` — recalled when a
    covering record has a number fact with the same value (or low/high), qualifier and scale;
  - entities: an entity fact of the claim whose entity the quote names (some registered
    spelling of it occurs in the quote, compared by :func:`~factcheck.normalize.name_key`)
    — recalled when a covering record links that entity;
  - roles: such an entity fact with a ``role`` — recalled when the covering record gives
    the entity a role with the same title word ("President of Syria" ~ "President"; a role
    without one of minister, president, chief, commander, leader, spokesman, head, general,
    secretary is compared by its last word before any "of": "source of the briefing" ~
    "source");
  - ``dates-own``: the dates among them that the seed alone determines (the expressed words
    resolve against the seed's own publication date, or need none). The others need a second
    seed or a publication date the text does not give, which a draft never guesses.

* **Precision**, per kind: of the facts drafted in records that cover some curated quote,
  the share that a covering claim also records (same date value and precision; same number
  value, qualifier and scale; same entity; a role as above). A fact the curators did not
  record for that passage counts against precision even when it is right: this measures
  agreement with the curators, not truth.

* **Subjects**: of the curated dates and numbers recalled, the share whose drafted fact has the
  curated ``subject`` (recall); of the drafted dates and numbers with a ``subject`` that match a
  curated fact, the share with the same subject (precision).

A drafted date that is coarser than the curated one but contains it ("March" drafted as
``2025-03`` where the curators combined two seeds into ``2025-03-10``) is counted apart
(``dates_coarser``; :meth:`Score.precision_coarser_allowed`).

Records that cover no curated quote are not counted either way (``unaligned``).

Every curated date the drafts miss is listed in ``date_misses`` with why (:class:`DateMiss`):
``coarser`` (the seed's words give a date that contains the curated one, which the curators
narrowed with another seed: "last year" is 2024, the curated 2024-12 comes from seed 004),
``undated`` (the seed has no publication date and its text states no year or date the words
could be resolved from: a draft never guesses), or ``drafter`` (anything else: a fault to fix).

Layer: authoring (held by ``tests/project/test_layers.py``): may import
``factcheck.authoring`` itself, the output wings and everything below; never the cli or the
pytest plugin.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..corpus import Corpus
from ..normalize import name_key, parse_date
from ._draft import draft_seed

__all__ = ["KINDS", "DateMiss", "Score", "leave_one_out"]

KINDS = ("dates", "dates-own", "numbers", "entities", "roles", "subjects")


@dataclass(frozen=True)
class DateMiss:
    """A curated date fact that no covering draft record gives, and why (see the module docstring)."""

    seed: str
    claim: str
    line: int
    expresses: str
    value: str
    precision: str
    drafted: tuple[str, ...]  # the date values the covering records give
    reason: str  # "coarser", "undated" or "drafter"

    def __str__(self) -> str:
        got = ", ".join(self.drafted) or "no date"
        return (f"{self.seed} line {self.line} {self.claim}: {self.expresses!r} curated {self.value} "
                f"({self.precision}), drafted {got}: {self.reason}")


@dataclass
class Score:
    """Counts for one seed (or all): per kind, recalled/gold and correct/drafted."""

    recalled: dict[str, int] = field(default_factory=lambda: dict.fromkeys(KINDS, 0))
    gold: dict[str, int] = field(default_factory=lambda: dict.fromkeys(KINDS, 0))
    correct: dict[str, int] = field(default_factory=lambda: dict.fromkeys(KINDS, 0))
    drafted: dict[str, int] = field(default_factory=lambda: dict.fromkeys(KINDS, 0))
    missed: list[str] = field(default_factory=list)
    unaligned: int = 0
    dates_coarser: int = 0  # drafted dates that are not the curated value but contain it
    date_misses: list[DateMiss] = field(default_factory=list)

    def precision_coarser_allowed(self) -> float | None:
        """Date precision counting a drafted date that contains the curated one ("March"
        drafted as 2025-03 where the curators combined seeds into 2025-03-10)."""
        d = self.drafted["dates"]
        return (self.correct["dates"] + self.dates_coarser) / d if d else None

    def recall(self, kind: str) -> float | None:
        return self.recalled[kind] / self.gold[kind] if self.gold[kind] else None

    def precision(self, kind: str) -> float | None:
        return self.correct[kind] / self.drafted[kind] if self.drafted[kind] else None

    def add(self, other: "Score") -> None:
        for k in KINDS:
            self.recalled[k] += other.recalled[k]
            self.gold[k] += other.gold[k]
            self.correct[k] += other.correct[k]
            self.drafted[k] += other.drafted[k]
        self.missed += other.missed
        self.unaligned += other.unaligned
        self.dates_coarser += other.dates_coarser
        self.date_misses += other.date_misses


def _date_key(f) -> tuple:
    return (f["value"], f["precision"]) if isinstance(f, dict) else (f.value, f.precision.value)


def _number_key(f) -> tuple:
    if isinstance(f, dict):
        return (f.get("value"), f.get("low"), f.get("high"), f["qualifier"], f.get("scale"))
    return (f.value, f.low, f.high, f.qualifier.value, f.scale)


_TITLES = ("minister", "president", "chief", "commander", "leader", "spokesman", "head", "general", "secretary")


def _role_word(role: str | None) -> str | None:
    """The title word of a role ("Turkish Defence Minister" → minister), else the last word
    of the part before "of" ("source of the briefing" → source; "reporting agency" → agency)."""
    if not role or not role.split():
        return None
    words = role.lower().split()
    head = words[:words.index("of")] if "of" in words[1:] else words
    return next((w for w in words if w in _TITLES), head[-1])


def _named_in(entity, quote_key: str) -> bool:
    forms = [entity.name, *entity.variants, *entity.aliases, *entity.misspellings, *entity.short]
    padded = f" {quote_key} "
    return any(k and f" {k} " in padded for k in map(name_key, forms))


def _score_seed(corpus: Corpus, seed_id: str) -> Score:
    seed = corpus.seeds[seed_id]
    curated = [c for c in corpus.claims if any(q.seed == seed_id for q in c.quotes)]
    draft = draft_seed(corpus, seed_id, exclude_claims={c.id for c in curated})
    entities = corpus.entity_index
    published = seed.source.published if seed.source is not None else None
    score = Score()

    spans = []  # (start, end, claim, quote) of curated supporting quotes
    for claim in curated:
        for q in claim.quotes:
            if q.seed != seed_id or q.stance.value != "supports":
                continue
            at = seed.text.find(q.text)
            if at != -1:
                spans.append((at, at + len(q.text), claim, q))

    def spans_of(r):  # the record's sentence and any later sentence it quotes for the same fact
        return [(r.start, r.end), *((a, b) for a, b, _, _ in r.also)]

    def covering(start: int, end: int):
        return [r for r in draft.records if any(a < end and start < b for a, b in spans_of(r))]

    # recall
    for start, end, claim, q in spans:
        records = covering(start, end)
        facts = [f.fact for r in records for f in r.facts]
        qkey = name_key(q.text)
        for f in claim.facts:
            if f.type in ("date", "number") and f.property in q.expresses and f.subject:
                key = _date_key if f.type == "date" else _number_key
                same = [d for d in facts if d["type"] == f.type and key(d) == key(f)]
                if same:
                    score.gold["subjects"] += 1
                    if any(d.get("subject") == f.subject for d in same):
                        score.recalled["subjects"] += 1
                    else:
                        score.missed.append(f"{seed_id} subject {f.subject} of {f.property} ({claim.id})")
            if f.type == "date" and f.property in q.expresses:
                kind, hit = "dates", any(d["type"] == "date" and _date_key(d) == _date_key(f) for d in facts)
                own = parse_date(q.expresses[f.property], published, same_day_weekday=True)
                if own.ok and own.value == f.value:
                    score.gold["dates-own"] += 1
                    score.recalled["dates-own"] += hit
            elif f.type == "number" and f.property in q.expresses:
                kind, hit = "numbers", any(d["type"] == "number" and _number_key(d) == _number_key(f) for d in facts)
            elif f.type == "entity" and f.entity in entities and _named_in(entities[f.entity], qkey):
                linked = [d for d in facts if d["type"] == "entity" and d["entity"] == f.entity]
                score.gold["entities"] += 1
                if linked:
                    score.recalled["entities"] += 1
                else:
                    score.missed.append(f"{seed_id} entity {f.entity} ({claim.id})")
                if f.role:
                    kind = "roles"
                    hit = any(_role_word(d.get("role")) == _role_word(f.role) for d in linked)
                else:
                    continue
            else:
                continue
            score.gold[kind] += 1
            if hit:
                score.recalled[kind] += 1
            else:
                what = f.value if f.type == "date" else (f.role if kind == "roles" else _number_key(f))
                score.missed.append(f"{seed_id} {kind[:-1]} {what} ({claim.id})")
                if kind == "dates":
                    score.date_misses.append(_date_miss(seed, published, claim, q, f, start, facts))

    # precision
    for r in draft.records:
        claims = [c for s, e, c, _ in spans if any(a < e and s < b for a, b in spans_of(r))]
        if not claims:
            score.unaligned += 1
            continue
        cfacts = [f for c in claims for f in c.facts]
        linked_here: set[str] = set()
        for df in r.facts:
            d = df.fact
            if d["type"] in ("date", "number") and d.get("subject"):
                key = _date_key if d["type"] == "date" else _number_key
                same = [f for f in cfacts if f.type == d["type"] and key(f) == key(d) and f.subject]
                if same:
                    score.drafted["subjects"] += 1
                    score.correct["subjects"] += any(f.subject == d["subject"] for f in same)
            if d["type"] == "date":
                kind, ok = "dates", any(f.type == "date" and _date_key(f) == _date_key(d) for f in cfacts)
                if not ok and any(f.type == "date" and f.value.startswith(d["value"]) for f in cfacts):
                    score.dates_coarser += 1
            elif d["type"] == "number":
                kind, ok = "numbers", any(f.type == "number" and _number_key(f) == _number_key(d) for f in cfacts)
            else:
                same = [f for f in cfacts if f.type == "entity" and f.entity == d["entity"]]
                if d["entity"] not in linked_here:  # a second fact of one entity (another role) is one link
                    linked_here.add(d["entity"])
                    score.drafted["entities"] += 1
                    score.correct["entities"] += bool(same)
                if not d.get("role"):
                    continue
                kind = "roles"
                ok = any(_role_word(f.role) == _role_word(d["role"]) for f in same)
            score.drafted[kind] += 1
            score.correct[kind] += ok
    return score


def _date_miss(seed, published, claim, quote, fact, start: int, facts: list[dict]) -> DateMiss:
    expr = quote.expresses[fact.property]
    drafted = tuple(d["value"] for d in facts if d["type"] == "date")
    own = parse_date(expr, published, same_day_weekday=True)
    if own.ok and own.precision != "range" and fact.value.startswith(own.value) and own.value != fact.value:
        reason = "coarser"
    elif published is None and not parse_date(expr).ok and own.relative:
        reason = "undated"
    else:
        reason = "drafter"
    at = seed.text.find(expr, start)
    return DateMiss(seed.id, claim.id, seed.line_of(at if at != -1 else start), expr, fact.value,
                    fact.precision.value, drafted, reason)


def leave_one_out(corpus: Corpus) -> dict[str, Score]:
    """Per seed id, and ``"overall"``, the leave-one-out counts (see the module docstring)."""
    out: dict[str, Score] = {}
    total = Score()
    for seed_id in sorted(corpus.seeds):
        s = _score_seed(corpus, seed_id)
        out[seed_id] = s
        total.add(s)
    out["overall"] = total
    return out
