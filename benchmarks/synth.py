"""A deterministic generator of realistic synthetic fact bases, clean by construction.

``python -m benchmarks.synth --claims N --entities M --seed S --out DIR [--plant KIND=COUNT …]``
writes ``DIR/seeds/*.txt`` + ``DIR/seeds/sources.yaml`` (seed articles and what is known
of them), ``DIR/claims/entities.yaml`` (the entity register) and ``DIR/claims/desk-*.yaml``
(claims, ``--per-file`` to a file), plus ``DIR/manifest.json`` listing every planted error
(file, line, expected code, claim id). ``factcheck check DIR/claims DIR/seeds`` reports
nothing on a base generated without ``--plant``.

How it stays valid by construction: the seed sentences are written first, from the same
values as the claim (the entities, the event date, the quantity), and each quote is then
cut verbatim out of its sentence; the typed facts are the values the sentence was written
from, and the date words are derived from the seed's publication date ("on Wednesday"
for an event 1–6 days before it, "On Aug. 13" within the same year, "in March 2025").
Each event (subject, property) is used once, or repeated with the same value; generated
name tokens are at least two edits away from every other name and every template word,
so no name is a near miss of another.

Planting (``--plant FC101=3``) corrupts that many clean claims, each in one known way, and
records the line the finding must point at. The clean part of a planted base is the same
bytes as the base generated without plants, apart from the planted claims themselves and,
for the drift kinds whose source must hedge (FC602, FC604), the seed sentence they quote
(planting draws from its own random stream).

Hand-written YAML output rather than ``yaml.dump``: the generator must know the line of
every node it writes (the manifest's expected lines), and the files should look like the
curated ones (flow-style facts, one quote per block), which a dumper does not give.
Strings are written as JSON strings, which are valid YAML double-quoted scalars.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import sys
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Callable, Sequence

__all__ = [
    "PLANT_KINDS",
    "FactBase",
    "Planted",
    "SynthConfig",
    "SynthError",
    "generate",
    "main",
    "write",
]

START = date(2019, 1, 7)  # the first seed's publication date; seed k is published START + k days
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
AP_MONTHS = ("Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.",
             "Nov.", "Dec.")

FIRST_NAMES = ("Ahmed", "Leila", "Omar", "Yasar", "Hakan", "Murhef", "Samira", "Karim", "Nadia",
               "Tarek", "Rania", "Bilal", "Hana", "Yusuf", "Mariam", "Emre", "Selin", "Aylin",
               "Kemal", "Dilan", "Faris", "Huda", "Nour", "Rami", "Zeynep", "Walid", "Lina",
               "Ilyas", "Salma", "Jamal")
ORG_WORDS = ("Defence Council", "Relief Agency", "Border Guard", "Reconstruction Fund",
             "Liberation Front", "Brigade", "Energy Authority", "Democratic Party",
             "Reform Movement", "Policy Institute")
ROLE_TITLES_PLACE = ("Defence Minister", "Foreign Minister", "Interior Minister", "Energy Minister",
                     "Chief of Staff")
ROLE_TITLES_ORG = ("spokesperson", "commander", "chairman", "director")
ATTRIBUTIONS = ("officials said", "a spokesperson said", "according to a statement",
                "state media reported", "two people familiar with the matter said",
                "the ministry said in a statement")
ROLE_SAYINGS = ("said the talks would continue", "told reporters after the meeting",
               "declined to comment on the report", "said in a televised address")
ANNOUNCEMENTS = (("a reconstruction plan", "reconstruction-plan"),
                 ("a ceasefire", "ceasefire"),
                 ("a prisoner exchange", "prisoner-exchange"),
                 ("new border controls", "border-controls"),
                 ("an inquiry into the shelling", "shelling-inquiry"),
                 ("a fuel subsidy", "fuel-subsidy"))
COUNTS = (  # unit, verb phrase before the number, phrase after the place, range, step
    ("troops", "has deployed", "to", (500, 30_000), 100),
    ("airstrikes", "carried out", "on targets in", (10, 600), 5),
    ("vehicles", "lost", "in", (5, 400), 1),
    ("trucks", "sent", "to", (10, 900), 10),
)
QUALIFIERS = (("exact", ""), ("more-than", "more than "), ("at-least", "at least "),
              ("about", "about "), ("up-to", "up to "))
FILLERS = ("The talks came after months of negotiation.",
           "Diplomats said the region remained tense.",
           "Aid groups have warned of shortages of food and fuel.",
           "The government has not commented on the report.",
           "Analysts said the move signalled a shift in policy.",
           "Residents described a quiet night after days of fighting.")
TAGS_LINE = "Tags: politics, security, diplomacy, region"
UNVERIFIED_RATIONALE = "No seed reports this yet; kept for follow-up by the desk."

_TEMPLATE_WORDS = " ".join((
    " ".join(WEEKDAYS), " ".join(MONTHS), " ".join(AP_MONTHS), " ".join(ORG_WORDS),
    " ".join(ROLE_TITLES_PLACE), " ".join(ROLE_TITLES_ORG), " ".join(ATTRIBUTIONS), " ".join(ROLE_SAYINGS),
    " ".join(a for a, _ in ANNOUNCEMENTS), " ".join(c[0] + " " + c[1] + " " + c[2] for c in COUNTS),
    " ".join(FILLERS), TAGS_LINE,
    "met held talks criticised over its conduct announced opened an office northern capital the of "
    "and is in on said pledges million humanitarian aid Related Photo By Abu al Desk News Wire "
    "Daily Report praised former reportedly Agency Press Times Herald Review",
))


class SynthError(ValueError):
    """A configuration the generator cannot honour (e.g. too few entities for the claims)."""


# --------------------------------------------------------------------------- plants

#: Kinds of planted error: code -> what the plant does.
PLANT_KINDS: dict[str, str] = {
    "FC005": "an entity fact names an entity id that does not exist",
    "FC101": "a quote's verb is changed, so the quote is not in its seed",
    "FC102": "a quote's curly apostrophe is straightened",
    "FC103": "a quote is taken from a related-headline line (page furniture)",
    "FC104": "a supported claim loses its quotes",
    "FC105": "an `expresses` entry names words that are not in the quote",
    "FC201": "a statement names the wrong weekday for its date",
    "FC202": "a date fact is shifted by one day from the date its quote's words give",
    "FC203": "a date fact is set after the publication date of its supporting seed",
    "FC204": "a claim dates an event of another claim 30 days later",
    "FC205": "a statement says one event came after another that its dates put later",
    "FC206": "a statement's date is moved two days from the claim's date fact",
    "FC301": "a statement drops the qualifier of its number ('more than 600 troops' → '600 troops')",
    "FC302": "a number fact (and its statement) is changed from what the quote's words say",
    "FC303": "a claim gives another claim's quantity a conflicting exact value",
    "FC401": "a statement spells a person's name in a registered variant",
    "FC402": "a statement misspells a person's name by one unregistered letter",
    "FC403": "a statement calls a person by an alias",
    "FC404": "a person named in a statement loses the entity fact that links them",
    "FC405": "a statement no longer names a person its facts link",
    "FC501": "a claim gives another entity for a person's role (subject, property)",
    "FC502": "a claim is made `outdated` without `superseded_by`",
    "FC503": "a claim is made `refuted` with a rationale but no contradicting quote",
    "FC504": "a claim is made `unverified` without a rationale",
    "FC505": "a claim repeats a supported claim's date fact and is made `refuted` (verdicts that cannot both hold)",
    "FC601": "a statement adds a word its quote does not have ('criticised' → 'sharply criticised')",
    "FC602": "the seed sentence a quote is cut from is hedged ('Reports indicated that …'); the statement is not",
    "FC604": "a quote and its seed sentence put a modal before the verb ('will send'); the statement does not",
    "FC603": "a statement drops the attribution its quote's sentence gives (', officials said')",
    "FC605": "a statement negates what its quote affirms ('criticised' → 'did not criticise')",
    "FC606": "a quote is cut after the name of the person the statement names ('X criticised …' → "
             "'criticised …')",
}


# --------------------------------------------------------------------------- records


@dataclass
class _Entity:
    id: str
    kind: str
    name: str
    variants: list[str] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    misspellings: list[str] = field(default_factory=list)
    short: list[str] = field(default_factory=list)
    role: tuple[str, str] | None = None  # (title, of-entity id)


@dataclass
class _Seed:
    index: int
    id: str
    published: date | None
    sentences: list[str] = field(default_factory=list)
    headline: str = ""
    related: str = ""
    caption: str = ""
    byline: str = ""


@dataclass
class _Quote:
    seed: str
    text: str
    expresses: dict[str, str] = field(default_factory=dict)


@dataclass
class _Claim:
    id: str
    kind: str
    statement: str
    facts: list[dict]
    quotes: list[_Quote]
    verdict: str = "supported"
    rationale: str | None = None
    seed_index: int = 0
    related: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Planted:
    """One planted error: the finding ``code`` must point at ``file``:``line``."""

    code: str
    file: str
    line: int
    claim_id: str
    description: str

    def to_dict(self) -> dict:
        return {"code": self.code, "file": self.file, "line": self.line, "claim_id": self.claim_id,
                "description": self.description}


@dataclass(frozen=True)
class SynthConfig:
    claims: int = 1000
    entities: int = 500
    seed: int = 0
    per_file: int = 200
    claims_per_seed: int = 40
    plant: tuple[tuple[str, int], ...] = ()


@dataclass
class FactBase:
    """The generated files (relative path -> text) and the manifest of what was planted."""

    files: dict[str, str]
    planted: list[Planted]
    config: SynthConfig

    def manifest(self) -> dict:
        c = self.config
        return {
            "config": {"claims": c.claims, "entities": c.entities, "seed": c.seed,
                       "per_file": c.per_file, "claims_per_seed": c.claims_per_seed,
                       "plant": {k: n for k, n in c.plant}},
            "files": sorted(self.files),
            "planted": [p.to_dict() for p in self.planted],
        }


# --------------------------------------------------------------------------- names


def _keys(token: str) -> list[str]:
    """The token and its one-deletion variants: two tokens sharing a key are ≤ 2 edits apart."""
    t = _ascii(token).lower()
    return [t] + [t[:i] + t[i + 1:] for i in range(len(t))]


_FOLD = str.maketrans("üöéşç", "uoesc")


def _ascii(s: str) -> str:
    return s.translate(_FOLD)


class _Names:
    """Name tokens, each at least two edits from every other token and every template word."""

    ONSETS = ("b", "d", "f", "h", "k", "l", "m", "n", "q", "r", "s", "t", "v", "z", "sh", "kh", "j", "g")
    VOWELS = ("a", "e", "i", "o", "u")
    CODAS = ("", "", "", "n", "r", "l", "m", "s")

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.owner: dict[str, str] = {}
        for word in _TEMPLATE_WORDS.replace(",", " ").replace(".", " ").replace("-", " ").split():
            if len(word) >= 3:
                for k in _keys(word):
                    self.owner.setdefault(k, "#vocabulary")
        for name in FIRST_NAMES:
            for k in _keys(name):
                self.owner.setdefault(k, "#first")

    def free(self, token: str, owner: str) -> bool:
        return all(self.owner.get(k, owner) == owner for k in _keys(token))

    def claim(self, token: str, owner: str) -> None:
        for k in _keys(token):
            self.owner[k] = owner

    def fresh(self, owner: str, syllables: tuple[int, int] = (2, 3)) -> str:
        rng = self.rng
        for _ in range(10_000):
            n = rng.randint(*syllables)
            token = "".join(rng.choice(self.ONSETS) + rng.choice(self.VOWELS) for _ in range(n))
            token = (token + rng.choice(self.CODAS)).capitalize()
            if len(token) >= 4 and self.free(token, owner):
                self.claim(token, owner)
                return token
        raise SynthError("ran out of distinct name tokens; use fewer entities")

    def variant(self, token: str, owner: str) -> str | None:
        """A transliteration variant of ``token`` (one vowel changed), or None."""
        rng = self.rng
        positions = [i for i, ch in enumerate(token) if ch in "aeiou" and i > 0]
        rng.shuffle(positions)
        for i in positions:
            for repl in {"a": ("e",), "e": ("a",), "i": ("e",), "o": ("ou",), "u": ("ou",)}[token[i]]:
                cand = token[:i] + repl + token[i + 1:]
                if self.free(cand, owner):
                    self.claim(cand, owner)
                    return cand
        return None

    def misspelling(self, token: str, owner: str) -> str | None:
        """A one-letter misspelling (a doubled consonant), or None."""
        positions = [i for i, ch in enumerate(token) if ch.isalpha() and ch not in "aeiou" and i > 0]
        self.rng.shuffle(positions)
        for i in positions:
            cand = token[: i + 1] + token[i] + token[i + 1:]
            if self.free(cand, owner):
                self.claim(cand, owner)
                return cand
        return None


def _slug(name: str) -> str:
    out = []
    for ch in _ascii(name).lower():
        out.append(ch if ch.isalnum() else "-")
    return "-".join(p for p in "".join(out).split("-") if p)


def _entities(n: int, rng: random.Random, names: _Names) -> tuple[list[_Entity], dict[str, list[_Entity]]]:
    if n < 12:
        raise SynthError(f"--entities must be at least 12 (got {n})")
    n_places = max(3, n // 4)
    n_orgs = max(3, n // 4)
    n_people = n - n_places - n_orgs
    ids: set[str] = set()
    out: list[_Entity] = []
    by_kind: dict[str, list[_Entity]] = {"person": [], "organisation": [], "place": []}

    def unique_id(base: str) -> str:
        eid, k = base, 2
        while eid in ids:
            eid, k = f"{base}-{k}", k + 1
        ids.add(eid)
        return eid

    for i in range(n_places):
        owner = f"place{i}"
        token = names.fresh(owner)
        ent = _Entity("", "place", token)
        roll = rng.random()
        if roll < 0.08:
            accented = token.replace("u", "ü", 1) if "u" in token[1:] else token.replace("o", "ö", 1)
            if accented != token:
                ent.name, ent.variants = accented, [token]
        elif roll < 0.16:
            ent.aliases.append(names.fresh(owner))
        ent.id = unique_id(_slug(ent.name))
        out.append(ent)
        by_kind["place"].append(ent)
    acronyms: set[str] = set()
    for i in range(n_orgs):
        owner = f"org{i}"
        token = names.fresh(owner)
        word = rng.choice(ORG_WORDS)
        ent = _Entity("", "organisation", f"{token} {word}")
        acro = "".join(w[0] for w in ent.name.split()).upper()
        if rng.random() < 0.3 and len(acro) >= 2 and acro not in acronyms and names.free(acro, owner):
            acronyms.add(acro)
            names.claim(acro, owner)
            ent.short.append(acro)
        ent.id = unique_id(_slug(ent.name))
        out.append(ent)
        by_kind["organisation"].append(ent)
    for i in range(n_people):
        owner = f"person{i}"
        first = rng.choice(FIRST_NAMES)
        last = names.fresh(owner)
        prefix = "al-" if rng.random() < 0.3 else ""
        roll = rng.random()
        if roll < 0.08 and ("u" in last[1:] or "o" in last[1:]):
            accented = last.replace("u", "ü", 1) if "u" in last[1:] else last.replace("o", "ö", 1)
            ent = _Entity("", "person", f"{first} {prefix}{accented}", variants=[f"{first} {prefix}{last}"])
        else:
            ent = _Entity("", "person", f"{first} {prefix}{last}")
            if roll < 0.30:
                v = names.variant(last, owner)
                if v:
                    ent.variants.append(f"{first} {prefix}{v}")
        if rng.random() < 0.12:
            m = names.misspelling(last, owner)
            if m:
                ent.misspellings.append(f"{first} {prefix}{m}")
        if rng.random() < 0.08:
            ent.aliases.append(f"Abu {rng.choice(FIRST_NAMES)} al-{names.fresh(owner)}")
        ent.short.append(ent.name.split(" ", 1)[1])
        if rng.random() < 0.4:
            if rng.random() < 0.6:
                ent.role = (rng.choice(ROLE_TITLES_PLACE), rng.choice(by_kind["place"]).id)
            else:
                ent.role = (rng.choice(ROLE_TITLES_ORG), rng.choice(by_kind["organisation"]).id)
        ent.id = unique_id(_slug(ent.name))
        out.append(ent)
        by_kind["person"].append(ent)
    return out, by_kind


# --------------------------------------------------------------------------- dates


def house_date(d: date) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def ap_date(d: date, year: bool) -> str:
    text = f"{AP_MONTHS[d.month - 1]} {d.day}"
    return f"{text}, {d.year}" if year else text


# --------------------------------------------------------------------------- generator


class _Generator:
    def __init__(self, config: SynthConfig) -> None:
        if config.claims < 1:
            raise SynthError(f"--claims must be at least 1 (got {config.claims})")
        if config.per_file < 1 or config.claims_per_seed < 1:
            raise SynthError("--per-file and --claims-per-seed must be at least 1")
        self.config = config
        self.rng = random.Random(f"factcheck-synth:{config.seed}")
        names = _Names(random.Random(f"factcheck-synth-names:{config.seed}"))
        self.entities, self.by_kind = _entities(config.entities, self.rng, names)
        self.entity = {e.id: e for e in self.entities}
        #: every registered name form, and its ASCII folding
        self.forms: set[str] = set()
        for e in self.entities:
            for form in (e.name, *e.variants, *e.aliases, *e.misspellings, *e.short):
                self.forms.update((form, _ascii(form)))
        self.events: set[tuple[str, str]] = set()
        n_seeds = max(1, math.ceil(config.claims / config.claims_per_seed))
        self.seeds = [self._seed(k) for k in range(n_seeds)]
        self.claims: list[_Claim] = []

    def _seed(self, k: int) -> _Seed:
        rng = self.rng
        published = START + timedelta(days=k) if rng.random() >= 0.1 else None
        seed = _Seed(k, f"{k:05d}_{rng.getrandbits(64):016x}", published)
        place = rng.choice(self.by_kind["place"])
        org = rng.choice(self.by_kind["organisation"])
        seed.headline = f"{org.name} and officials in {place.name} trade accusations"
        seed.related = f"{rng.choice(self.by_kind['organisation']).name} pledges ${rng.randint(2, 400)} million in humanitarian aid"
        seed.caption = f"Photo: Residents of {rng.choice(self.by_kind['place']).name} wait for aid."
        seed.byline = f"By {rng.choice(FIRST_NAMES)} {rng.choice(('Desk', 'Wire', 'Report'))}"
        return seed

    # ---------------------------------------------------------------- helpers
    def surface(self, ent: _Entity) -> str:
        """How a seed writes the name: the house spelling, or now and then a variant."""
        if ent.variants and self.rng.random() < 0.5:
            return ent.variants[0]
        return ent.name

    def loc(self, place: _Entity) -> tuple[str, str]:
        """(seed form, statement form) of 'in <place>'."""
        roll = self.rng.random()
        name = self.surface(place)
        if roll < 0.25:
            return f"in {name}’s capital", f"in {place.name}’s capital"
        if roll < 0.4:
            return f"in northern {name}", f"in northern {place.name}"
        return f"in {name}", f"in {place.name}"

    def pick(self, kind: str) -> _Entity:
        return self.rng.choice(self.by_kind[kind])

    def new_event(self, subject: str, prop: str) -> bool:
        key = (subject, prop)
        if key in self.events:
            return False
        self.events.add(key)
        return True

    def add_sentence(self, seed: _Seed, quote: str, rest: str = "") -> None:
        seed.sentences.append(f"{quote}{rest}.")
        if self.rng.random() < 0.15:
            seed.sentences.append(self.rng.choice(FILLERS))

    @staticmethod
    def ent_fact(ent: _Entity, **extra: str) -> dict:
        fact: dict = {"type": "entity", "entity": ent.id}
        fact.update(extra)
        return fact

    # ---------------------------------------------------------------- templates
    def t_weekday(self, n: int, seed: _Seed) -> list[_Claim] | None:
        rng = self.rng
        assert seed.published is not None
        for _ in range(8):
            p, q = self.pick("person"), self.pick("person")
            if p is not q and self.new_event(p.id, f"met-{q.id}-on"):
                break
        else:
            return None
        place = self.pick("place")
        prop = f"met-{q.id}-on"
        day = seed.published - timedelta(days=rng.randint(1, 5))
        words = f"on {WEEKDAYS[day.weekday()]}"
        loc_seed, loc_stmt = self.loc(place)
        facts = [{"type": "date", "subject": p.id, "property": prop, "value": day.isoformat(),
                  "precision": "day"}, self.ent_fact(p), self.ent_fact(q), self.ent_fact(place)]
        quote = f"{self.surface(p)} met {self.surface(q)} {loc_seed} {words}"
        said = rng.choice(ATTRIBUTIONS)
        self.add_sentence(seed, quote, f", {said}")
        quotes = [_Quote(seed.id, quote, {prop: words})]
        nxt = self.seeds[seed.index + 1] if seed.index + 1 < len(self.seeds) else None
        if nxt is not None and nxt.published is not None and rng.random() < 0.3:
            gap = (nxt.published - day).days
            if 1 <= gap <= 6:
                other = f"{self.surface(p)} and {self.surface(q)} met {words}"
                self.add_sentence(nxt, other, f" {loc_seed}")
                quotes.append(_Quote(nxt.id, other, {prop: words}))
        when = house_date(day)
        if rng.random() < 0.3:
            when = f"{WEEKDAYS[day.weekday()]}, {when}"
        out = [_Claim(f"claim-{n:06d}", "weekday",
                      f"{p.name} met {q.name} {loc_stmt} on {when}, {said}.", facts, quotes,
                      seed_index=seed.index)]
        if rng.random() < 0.1:  # a second claim about the same event, agreeing with the first
            quote2 = f"{self.surface(p)} and {self.surface(q)} held talks {words}"
            said2 = rng.choice(ATTRIBUTIONS)
            self.add_sentence(seed, quote2, f", {said2}")
            out.append(_Claim(f"claim-{n + 1:06d}", "weekday",
                              f"{p.name} and {q.name} held talks on {house_date(day)}, {said2}.",
                              [dict(facts[0]), self.ent_fact(p), self.ent_fact(q)],
                              [_Quote(seed.id, quote2, {prop: words})], seed_index=seed.index))
        return out

    def t_absolute(self, n: int, seed: _Seed) -> list[_Claim] | None:
        rng = self.rng
        assert seed.published is not None
        for _ in range(8):
            org = self.pick("organisation")
            what, what_id = rng.choice(ANNOUNCEMENTS)
            prop = f"announced-{what_id}-on"
            if self.new_event(org.id, prop):
                break
        else:
            return None
        day = seed.published - timedelta(days=rng.randint(1, 40))
        words = f"On {ap_date(day, year=day.year != seed.published.year)}"
        place = self.pick("place")
        loc_seed, loc_stmt = self.loc(place)
        quote = f"{words}, {self.surface(org)} announced {what} {loc_seed}"
        self.add_sentence(seed, quote)
        return [_Claim(f"claim-{n:06d}", "absolute",
                       f"{org.name} announced {what} {loc_stmt} on {house_date(day)}.",
                       [{"type": "date", "subject": org.id, "property": prop, "value": day.isoformat(),
                         "precision": "day"}, self.ent_fact(org), self.ent_fact(place)],
                       [_Quote(seed.id, quote, {prop: words})], seed_index=seed.index)]

    def t_month(self, n: int, seed: _Seed) -> list[_Claim] | None:
        rng = self.rng
        assert seed.published is not None
        for _ in range(8):
            org, place = self.pick("organisation"), self.pick("place")
            prop = f"opened-office-in-{place.id}-on"
            if self.new_event(org.id, prop):
                break
        else:
            return None
        back = rng.randint(1, 8)
        y, m = divmod(seed.published.year * 12 + seed.published.month - 1 - back, 12)
        words = f"in {MONTHS[m]} {y}"
        quote = f"{self.surface(org)} opened an office in {self.surface(place)} {words}"
        self.add_sentence(seed, quote)
        return [_Claim(f"claim-{n:06d}", "month",
                       f"{org.name} opened an office in {place.name} {words}.",
                       [{"type": "date", "subject": org.id, "property": prop,
                         "value": f"{y:04d}-{m + 1:02d}", "precision": "month"},
                        self.ent_fact(org), self.ent_fact(place)],
                       [_Quote(seed.id, quote, {prop: words})], seed_index=seed.index)]

    def t_number(self, n: int, seed: _Seed) -> list[_Claim] | None:
        rng = self.rng
        for _ in range(8):
            org, place = self.pick("organisation"), self.pick("place")
            unit, verb, prep, (lo, hi), step = rng.choice(COUNTS)
            prop = f"{unit}-{place.id}"
            if self.new_event(org.id, prop):
                break
        else:
            return None
        value = rng.randrange(lo, hi, step)
        qualifier, qwords = rng.choice(QUALIFIERS)
        words = f"{qwords}{value:,} {unit}"
        quote = f"{self.surface(org)} {verb} {words} {prep} {self.surface(place)}"
        said = rng.choice(ATTRIBUTIONS)
        self.add_sentence(seed, quote, f", {said}")
        return [_Claim(f"claim-{n:06d}", "number",
                       f"{org.name} {verb} {words} {prep} {place.name}, {said}.",
                       [{"type": "number", "subject": org.id, "property": prop, "value": value,
                         "qualifier": qualifier, "unit": unit},
                        self.ent_fact(org), self.ent_fact(place)],
                       [_Quote(seed.id, quote, {prop: words})], seed_index=seed.index)]

    def t_role(self, n: int, seed: _Seed) -> list[_Claim] | None:
        with_role = [p for p in (self.pick("person") for _ in range(8)) if p.role]
        if not with_role:
            return None
        p = with_role[0]
        title, of_id = p.role  # type: ignore[misc]
        of = self.entity[of_id]
        quote = f"{self.surface(p)}, the {title} of {self.surface(of)}"
        self.add_sentence(seed, quote, f", {self.rng.choice(ROLE_SAYINGS)}")
        return [_Claim(f"claim-{n:06d}", "role", f"{p.name} is the {title} of {of.name}.",
                       [self.ent_fact(p, role=title),
                        {"type": "entity", "entity": of.id, "subject": p.id, "property": _slug(title) + "-of"}],
                       [_Quote(seed.id, quote)], seed_index=seed.index)]

    def t_plain(self, n: int, seed: _Seed) -> list[_Claim] | None:
        p, org, place = self.pick("person"), self.pick("organisation"), self.pick("place")
        loc_seed, loc_stmt = self.loc(place)
        quote = f"{self.surface(p)} criticised {self.surface(org)} over its conduct {loc_seed}"
        self.add_sentence(seed, quote)
        return [_Claim(f"claim-{n:06d}", "plain",
                       f"{p.name} criticised {org.name} over its conduct {loc_stmt}.",
                       [self.ent_fact(p), self.ent_fact(org), self.ent_fact(place)],
                       [_Quote(seed.id, quote)], seed_index=seed.index)]

    def t_unverified(self, n: int, seed: _Seed) -> list[_Claim] | None:
        p, org = self.pick("person"), self.pick("organisation")
        return [_Claim(f"claim-{n:06d}", "unverified", f"{p.name} praised {org.name}.",
                       [self.ent_fact(p), self.ent_fact(org)], [], verdict="unverified",
                       rationale=UNVERIFIED_RATIONALE, seed_index=seed.index)]

    def run(self) -> list[_Claim]:
        dated = ((self.t_weekday, 25), (self.t_absolute, 12), (self.t_month, 5), (self.t_number, 25),
                 (self.t_role, 13), (self.t_plain, 18), (self.t_unverified, 2))
        undated = tuple(t for t in dated if t[0] not in (self.t_weekday, self.t_absolute, self.t_month))
        total = self.config.claims
        n_seeds = len(self.seeds)
        while len(self.claims) < total:
            n = len(self.claims)
            seed = self.seeds[min(n_seeds - 1, n * n_seeds // total)]
            table = dated if seed.published is not None else undated
            template = self.rng.choices([t for t, _ in table], [w for _, w in table])[0]
            made = template(n, seed) or self.t_plain(n, seed)
            assert made
            self.claims.extend(made[: total - n])
        return self.claims


# --------------------------------------------------------------------------- planting


class _Planter:
    def __init__(self, gen: _Generator, seed: int) -> None:
        self.gen = gen
        self.rng = random.Random(f"factcheck-synth-plant:{seed}")
        self.used: set[str] = set()
        self.marks: dict[str, tuple[str, tuple, str]] = {}  # claim id -> (code, path, description)

    def candidates(self, test: Callable[[_Claim], bool]) -> list[_Claim]:
        return [c for c in self.gen.claims if c.id not in self.used and test(c)]

    def plant(self, code: str, count: int) -> None:
        method = getattr(self, f"p_{code.lower()}", None)
        if method is None:
            raise SynthError(f"cannot plant {code!r}; plantable kinds: {', '.join(PLANT_KINDS)}")
        for _ in range(count):
            if not method():
                raise SynthError(f"not enough suitable claims to plant {count} × {code}; "
                                 "generate more claims")

    def _take(self, test: Callable[[_Claim], bool]) -> _Claim | None:
        # sample instead of scanning: planting stays fast on large bases
        claims = self.gen.claims
        for _ in range(200):
            c = claims[self.rng.randrange(len(claims))]
            if c.id not in self.used and test(c):
                self.used.add(c.id)
                return c
        pool = self.candidates(test)
        if not pool:
            return None
        c = pool[self.rng.randrange(len(pool))]
        self.used.add(c.id)
        return c

    def mark(self, claim: _Claim, code: str, path: tuple) -> bool:
        self.marks[claim.id] = (code, path, PLANT_KINDS[code])
        return True

    def p_fc005(self) -> bool:
        c = self._take(lambda c: c.kind == "plain")
        if c is None:
            return False
        c.facts[1] = dict(c.facts[1], entity=c.facts[1]["entity"] + "-x")
        return self.mark(c, "FC005", ("facts", 1))

    def p_fc101(self) -> bool:
        c = self._take(lambda c: c.kind == "plain")
        if c is None:
            return False
        c.quotes[0].text = c.quotes[0].text.replace(" criticised ", " reportedly criticised ", 1)
        return self.mark(c, "FC101", ("quotes", 0, "text"))

    def p_fc102(self) -> bool:
        c = self._take(lambda c: c.kind == "plain" and "’" in c.quotes[0].text)
        if c is None:
            return False
        c.quotes[0].text = c.quotes[0].text.replace("’", "'")
        return self.mark(c, "FC102", ("quotes", 0, "text"))

    def p_fc103(self) -> bool:
        c = self._take(lambda c: c.kind == "plain")
        if c is None:
            return False
        seed = self.gen.seeds[c.seed_index]
        c.quotes[0] = _Quote(seed.id, seed.related)
        return self.mark(c, "FC103", ("quotes", 0, "text"))

    def p_fc104(self) -> bool:
        c = self._take(lambda c: c.kind == "plain")
        if c is None:
            return False
        c.quotes = []
        return self.mark(c, "FC104", ("id",))

    def p_fc105(self) -> bool:
        c = self._take(lambda c: c.kind == "number")
        if c is None:
            return False
        prop = c.facts[0]["property"]
        c.quotes[0].expresses = {prop: "a few dozen " + c.facts[0]["unit"]}
        return self.mark(c, "FC105", ("quotes", 0, "expresses"))

    def _pair(self, test: Callable[[_Claim], bool]) -> tuple[_Claim | None, _Claim | None]:
        """A clean claim matching ``test`` and a later plain claim to contradict it.

        The cross-claim rules report the later claim in file order, so the planted
        (contradicting) claim must come after the one it contradicts; the other claim
        stays clean but is kept out of later plants.
        """
        other = self._take(test)
        if other is None:
            return None, None
        c = self._take(lambda c: c.kind == "plain" and c.id > other.id)
        return c, other

    def _add_fact(self, c: _Claim, fact: dict) -> int:
        c.facts.append(fact)
        return len(c.facts) - 1

    def p_fc201(self) -> bool:
        c = self._take(lambda c: c.kind == "weekday" and len(c.facts) == 4)
        if c is None:
            return False
        day = date.fromisoformat(c.facts[0]["value"])
        wrong = WEEKDAYS[(day.weekday() + 1 + self.rng.randrange(6)) % 7]
        head, _, _ = c.statement.rpartition(" on ")
        c.statement = f"{head} on {wrong}, {house_date(day)}."
        return self.mark(c, "FC201", ("statement",))

    def p_fc202(self) -> bool:
        c = self._take(lambda c: c.kind == "absolute")
        if c is None:
            return False
        day = date.fromisoformat(c.facts[0]["value"])
        shifted = day + timedelta(days=self.rng.choice((-1, 1)))
        c.facts[0] = dict(c.facts[0], value=shifted.isoformat())
        c.statement = c.statement.replace(f"on {house_date(day)}.", f"on {house_date(shifted)}.")
        return self.mark(c, "FC202", ("quotes", 0, "expresses"))

    def p_fc205(self) -> bool:
        entity = self.gen.entity
        for _ in range(20):
            c = self._take(lambda c: c.kind == "weekday" and len(c.facts) == 4)
            if c is None:
                return False
            day = date.fromisoformat(c.facts[0]["value"])
            other = self._take(lambda o: o.kind == "absolute" and date.fromisoformat(o.facts[0]["value"]) > day)
            if other is not None:
                break
            self.used.discard(c.id)
        else:
            return False
        p, q, org = entity[c.facts[1]["entity"]], entity[c.facts[2]["entity"]], entity[other.facts[1]["entity"]]
        c.statement = f"{p.name} met {q.name} after the announcement by {org.name}."
        c.related = [other.id]
        return self.mark(c, "FC205", ("statement",))

    def p_fc206(self) -> bool:
        c = self._take(lambda c: c.kind == "absolute")
        if c is None:
            return False
        day = date.fromisoformat(c.facts[0]["value"])
        c.statement = c.statement.replace(f"on {house_date(day)}.", f"on {house_date(day - timedelta(days=2))}.")
        return self.mark(c, "FC206", ("statement",))

    def p_fc301(self) -> bool:
        c = self._take(lambda c: c.kind == "number" and c.facts[0]["qualifier"] == "more-than")
        if c is None:
            return False
        c.statement = c.statement.replace(" more than ", " ", 1)
        return self.mark(c, "FC301", ("statement",))

    def p_fc302(self) -> bool:
        c = self._take(lambda c: c.kind == "number" and c.facts[0]["qualifier"] == "exact")
        if c is None:
            return False
        old = c.facts[0]["value"]
        new = old * 2 + 10
        c.facts[0] = dict(c.facts[0], value=new)
        c.statement = c.statement.replace(f" {old:,} ", f" {new:,} ", 1)
        return self.mark(c, "FC302", ("quotes", 0, "expresses"))

    def p_fc203(self) -> bool:
        seeds = self.gen.seeds
        c = self._take(lambda c: c.kind == "plain" and seeds[c.seed_index].published is not None)
        if c is None:
            return False
        day = seeds[c.seed_index].published + timedelta(days=3)  # type: ignore[operator]
        i = self._add_fact(c, {"type": "date", "value": day.isoformat(), "precision": "day"})
        return self.mark(c, "FC203", ("facts", i))

    def p_fc204(self) -> bool:
        c, other = self._pair(lambda c: c.kind in ("weekday", "absolute"))
        if c is None or other is None:
            return False
        fact = dict(other.facts[0])
        fact["value"] = (date.fromisoformat(fact["value"]) - timedelta(days=30)).isoformat()
        i = self._add_fact(c, fact)
        return self.mark(c, "FC204", ("facts", i))

    def p_fc303(self) -> bool:
        c, other = self._pair(lambda c: c.kind == "number" and c.facts[0]["qualifier"] == "exact")
        if c is None or other is None:
            return False
        fact = dict(other.facts[0])
        fact["value"] = fact["value"] * 3 + 7
        i = self._add_fact(c, fact)
        return self.mark(c, "FC303", ("facts", i))

    def _person_claim(self, test: Callable[[_Entity], bool],
                      kinds: tuple[str, ...] = ("plain", "role")) -> tuple[_Claim, _Entity] | tuple[None, None]:
        """A clean claim whose first fact links a person ``test`` accepts, named once in its statement."""
        entity = self.gen.entity
        c = self._take(lambda c: c.kind in kinds and c.facts
                       and c.facts[0].get("entity") in entity and test(entity[c.facts[0]["entity"]])
                       and c.statement.count(entity[c.facts[0]["entity"]].name) == 1)
        return (c, entity[c.facts[0]["entity"]]) if c is not None else (None, None)

    def p_fc401(self) -> bool:
        c, p = self._person_claim(lambda p: bool(p.variants))
        if c is None or p is None:
            return False
        c.statement = c.statement.replace(p.name, p.variants[0], 1)
        return self.mark(c, "FC401", ("statement",))

    def p_fc402(self) -> bool:
        forms = self.gen.forms
        c, p = self._person_claim(lambda p: len(p.name) >= 10)
        if c is None or p is None:
            return False
        first, last = p.name.split(" ", 1)
        for i in range(len(last) - 1, 0, -1):
            if last[i] in "aeiou":
                for v in "aeiou":
                    wrong = f"{first} {last[:i]}{v}{last[i + 1:]}"
                    if v != last[i] and wrong not in forms and _ascii(wrong) not in forms:
                        c.statement = c.statement.replace(p.name, wrong, 1)
                        return self.mark(c, "FC402", ("statement",))
        return self.p_fc402()

    def p_fc403(self) -> bool:
        c, p = self._person_claim(lambda p: bool(p.aliases))
        if c is None or p is None:
            return False
        c.statement = c.statement.replace(p.name, p.aliases[0], 1)
        return self.mark(c, "FC403", ("statement",))

    def p_fc404(self) -> bool:
        c, p = self._person_claim(lambda p: True, ("plain",))
        if c is None:
            return False
        del c.facts[0]
        return self.mark(c, "FC404", ("statement",))

    def p_fc405(self) -> bool:
        c, p = self._person_claim(lambda p: True, ("plain",))
        if c is None or p is None:
            return False
        c.statement = c.statement.replace(p.name, "A senior official", 1)
        return self.mark(c, "FC405", ("facts", 0))

    def p_fc501(self) -> bool:
        c, other = self._pair(lambda c: c.kind == "role")
        if c is None or other is None:
            return False
        fact = dict(other.facts[1])
        places = [e for e in self.gen.by_kind["place"] if e.id != fact["entity"]]
        fact["entity"] = places[self.rng.randrange(len(places))].id
        i = self._add_fact(c, fact)
        return self.mark(c, "FC501", ("facts", i))

    def p_fc502(self) -> bool:
        c = self._take(lambda c: c.kind == "plain")
        if c is None:
            return False
        c.verdict, c.rationale = "outdated", "A later report gives a different account."
        return self.mark(c, "FC502", ("verdict",))

    def p_fc503(self) -> bool:
        c = self._take(lambda c: c.kind == "plain")
        if c is None:
            return False
        c.verdict, c.rationale = "refuted", "Other reports contradict this account."
        return self.mark(c, "FC503", ("quotes", 0))

    def p_fc505(self) -> bool:
        c, other = self._pair(lambda c: c.kind in ("weekday", "absolute"))
        if c is None or other is None:
            return False
        c.facts.append(dict(other.facts[0]))
        c.verdict, c.rationale = "refuted", "Other reports contradict this account."
        return self.mark(c, "FC505", ("verdict",))

    def p_fc601(self) -> bool:
        c = self._take(lambda c: c.kind == "plain" and " criticised " in c.statement)
        if c is None:
            return False
        c.statement = c.statement.replace(" criticised ", " sharply criticised ", 1)
        return self.mark(c, "FC601", ("statement",))

    def _resentence(self, c: _Claim, old: str, new: str) -> bool:
        """Rewrite the seed sentence of quote 0 (the drift kinds that need a hedged source)."""
        q = c.quotes[0]
        seed = next(s for s in self.gen.seeds if s.id == q.seed)
        for i, sentence in enumerate(seed.sentences):
            if q.text in sentence and sentence.count(old) == 1:
                seed.sentences[i] = sentence.replace(old, new)
                return True
        return False

    def p_fc602(self) -> bool:
        c = self._take(lambda c: c.kind == "plain" and len(c.quotes) == 1)
        if c is None:
            return False
        q = c.quotes[0]
        if not self._resentence(c, q.text, "Reports indicated that " + q.text):
            return False
        return self.mark(c, "FC602", ("statement",))

    _MODAL_FORMS = {"has deployed": "will deploy", "carried out": "will carry out", "lost": "could lose",
                    "sent": "will send"}

    def p_fc604(self) -> bool:
        c = self._take(lambda c: c.kind == "number" and len(c.quotes) == 1
                       and any(f" {v} " in c.quotes[0].text for v in self._MODAL_FORMS))
        if c is None:
            return False
        q = c.quotes[0]
        verb = next(v for v in self._MODAL_FORMS if f" {v} " in q.text)
        text = q.text.replace(f" {verb} ", f" {self._MODAL_FORMS[verb]} ", 1)
        if not self._resentence(c, q.text, text):
            return False
        c.quotes[0] = _Quote(q.seed, text, q.expresses)
        return self.mark(c, "FC604", ("statement",))

    def p_fc603(self) -> bool:
        c = self._take(lambda c: c.kind == "number" and len(c.quotes) == 1 and ", " in c.statement)
        if c is None:
            return False
        c.statement = c.statement.rsplit(", ", 1)[0] + "."
        return self.mark(c, "FC603", ("statement",))

    def p_fc605(self) -> bool:
        c = self._take(lambda c: c.kind == "plain" and " criticised " in c.statement)
        if c is None:
            return False
        c.statement = c.statement.replace(" criticised ", " did not criticise ", 1)
        return self.mark(c, "FC605", ("statement",))

    def p_fc606(self) -> bool:
        c = self._take(lambda c: c.kind == "plain" and len(c.quotes) == 1 and " criticised " in c.quotes[0].text)
        if c is None:
            return False
        q = c.quotes[0]
        c.quotes[0] = _Quote(q.seed, "criticised " + q.text.split(" criticised ", 1)[1], q.expresses)
        return self.mark(c, "FC606", ("statement",))

    def p_fc504(self) -> bool:
        c = self._take(lambda c: c.kind == "unverified")
        if c is None:
            return False
        c.rationale = None
        return self.mark(c, "FC504", ("verdict",))


# --------------------------------------------------------------------------- rendering


def _s(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)


_QUOTED_FACT_KEYS = frozenset({"role", "unit"})


def _flow(fact: dict) -> str:
    parts = []
    for key, value in fact.items():
        if key == "value" and isinstance(value, str):
            parts.append(f"{key}: {_s(value)}")
        elif key in _QUOTED_FACT_KEYS:
            parts.append(f"{key}: {_s(str(value))}")
        else:
            parts.append(f"{key}: {value}")
    return "{" + ", ".join(parts) + "}"


def _render_claim(c: _Claim, out: list[str]) -> dict[tuple, int]:
    """Append the claim's lines; return the 1-based line of each node path it wrote."""
    at: dict[tuple, int] = {}

    def put(path: tuple, line: str) -> None:
        out.append(line)
        at[path] = len(out)

    put(("id",), f"  - id: {c.id}")
    at[()] = len(out)
    put(("statement",), f"    statement: {_s(c.statement)}")
    put(("verdict",), f"    verdict: {c.verdict}")
    if c.rationale is not None:
        put(("rationale",), f"    rationale: {_s(c.rationale)}")
    if c.related:
        put(("related",), f"    related: [{', '.join(c.related)}]")
    if c.facts:
        out.append("    facts:")
        for i, fact in enumerate(c.facts):
            put(("facts", i), f"      - {_flow(fact)}")
    if c.quotes:
        out.append("    quotes:")
        for i, q in enumerate(c.quotes):
            put(("quotes", i), f"      - seed: {_seed_id(q.seed)}")
            put(("quotes", i, "text"), f"        text: {_s(q.text)}")
            if q.expresses:
                inner = ", ".join(f"{k}: {_s(v)}" for k, v in q.expresses.items())
                put(("quotes", i, "expresses"), f"        expresses: {{{inner}}}")
    out.append("")
    return at


def _render_entities(entities: list[_Entity]) -> str:
    out = ["# Synthetic entity register (benchmarks/synth.py): house spellings, variants, aliases,",
           "# misspellings and short forms, all generated.", "entities:"]
    for e in entities:
        out.append(f"  - id: {e.id}")
        out.append(f"    kind: {e.kind}")
        out.append(f"    name: {_s(e.name)}")
        for key in ("variants", "aliases", "misspellings", "short"):
            values = getattr(e, key)
            if values:
                out.append(f"    {key}: [{', '.join(_s(v) for v in values)}]")
        if e.role:
            out.append(f"    roles: [{{title: {_s(e.role[0])}, of: {e.role[1]}}}]")
    out.append("")
    return "\n".join(out)


def _seed_text(seed: _Seed, rng: random.Random) -> tuple[str, list[tuple[int, int, str]]]:
    lines = [seed.headline, "", seed.byline, ""]
    furniture = [(3, 3, "byline")]
    sentences = seed.sentences or [FILLERS[seed.index % len(FILLERS)]]
    related_at = max(1, len(sentences) // 3)
    caption_at = max(1, (2 * len(sentences)) // 3)
    i = 0
    while i < len(sentences):
        take = 1 + (rng.random() < 0.4)
        lines.append(" ".join(sentences[i : i + take]))
        lines.append("")
        before, i = i, i + take
        if before < related_at <= i:
            lines.append(f"Related: {seed.related}")
            furniture.append((len(lines), len(lines), "related-headline"))
            lines.append("")
        if before < caption_at <= i:
            lines.append(seed.caption)
            furniture.append((len(lines), len(lines), "photo-caption"))
            lines.append("")
    lines.append(TAGS_LINE)
    furniture.append((len(lines), len(lines), "tags"))
    lines.append("")
    return "\n".join(lines), furniture


def _seed_id(seed_id: str) -> str:
    """A seed id as YAML: quoted when its hash part is all digits (``19305_9708457111847708``
    would be an integer to YAML 1.1 tools: FC003 on a million-claim base)."""
    return f'"{seed_id}"' if seed_id.replace("_", "").isdigit() else seed_id


def _render_sources(seeds: list[_Seed], furniture: dict[str, list[tuple[int, int, str]]]) -> str:
    out = ["# Synthetic seed register (benchmarks/synth.py).", "sources:"]
    for seed in seeds:
        out.append(f"  - id: {_seed_id(seed.id)}")
        out.append(f"    file: {seed.id}.txt")
        out.append(f"    headline: {_s(seed.headline)}")
        if seed.published is not None:
            p = seed.published
            out.append(f"    published: \"{p.isoformat()}\"")
            out.append(f"    published_as: \"{p.month:02d}/{p.day:02d}/{p.year}\"")
        out.append(f"    byline: {_s(seed.byline[3:])}")
        out.append("    furniture:")
        for start, end, kind in furniture[seed.id]:
            out.append(f"      - {{lines: [{start}, {end}], kind: {kind}}}")
    out.append("")
    return "\n".join(out)


def generate(config: SynthConfig) -> FactBase:
    """Generate a fact base (in memory) from ``config``; the same config gives the same bytes."""
    gen = _Generator(config)
    claims = gen.run()
    planter = _Planter(gen, config.seed)
    for code, count in config.plant:
        planter.plant(code.upper(), count)
    files: dict[str, str] = {}
    text_rng = random.Random(f"factcheck-synth-layout:{config.seed}")
    furniture: dict[str, list[tuple[int, int, str]]] = {}
    for seed in gen.seeds:
        text, furniture[seed.id] = _seed_text(seed, text_rng)
        files[f"seeds/{seed.id}.txt"] = text
    files["seeds/sources.yaml"] = _render_sources(gen.seeds, furniture)
    files["claims/entities.yaml"] = _render_entities(gen.entities)
    planted: list[Planted] = []
    for f, start in enumerate(range(0, len(claims), config.per_file), 1):
        topic = f"desk-{f:04d}"
        name = f"claims/{topic}.yaml"
        out = [f"topic: {topic}", "description: Synthetic claims generated by benchmarks/synth.py.",
               "claims:"]
        for c in claims[start : start + config.per_file]:
            at = _render_claim(c, out)
            if c.id in planter.marks:
                code, path, description = planter.marks[c.id]
                planted.append(Planted(code, name, at[path], c.id, description))
        files[name] = "\n".join(out)
    return FactBase(files, planted, config)


def write(base: FactBase, out: str | Path) -> Path:
    """Write the files and ``manifest.json`` below ``out``; refuses a non-empty foreign folder."""
    root = Path(out)
    if root.exists() and any(root.iterdir()) and not (root / "manifest.json").exists():
        raise SynthError(f"{root} exists and is not an output folder of synth (no manifest.json)")
    for sub in ("claims", "seeds"):
        folder = root / sub
        if folder.exists():
            for old in folder.iterdir():
                if old.is_file() and old.suffix in (".yaml", ".txt"):
                    old.unlink()
        folder.mkdir(parents=True, exist_ok=True)
    for rel, text in base.files.items():
        (root / rel).write_text(text, encoding="utf-8", newline="\n")
    (root / "manifest.json").write_text(json.dumps(base.manifest(), indent=1) + "\n", encoding="utf-8")
    return root


def _plant_arg(value: str) -> tuple[str, int]:
    code, sep, count = value.partition("=")
    code = code.strip().upper()
    if code == "ALL" and sep and count.strip().isdigit():
        return code, int(count)
    if not sep or not count.strip().isdigit():
        raise argparse.ArgumentTypeError(f"expected KIND=COUNT (e.g. FC101=3), got {value!r}")
    if code not in PLANT_KINDS:
        raise argparse.ArgumentTypeError(f"cannot plant {code!r}; plantable kinds: {', '.join(PLANT_KINDS)}")
    return code, int(count)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.synth", description=__doc__.split("\n\n")[0])
    parser.add_argument("--claims", type=int, default=1000)
    parser.add_argument("--entities", type=int, default=500)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--per-file", type=int, default=200, help="claims per claim file")
    parser.add_argument("--claims-per-seed", type=int, default=40, help="claims quoting each seed article")
    parser.add_argument("--plant", type=_plant_arg, action="append", default=[], metavar="KIND=COUNT",
                        help=f"plant COUNT errors of KIND ({', '.join(PLANT_KINDS)}); 'all=COUNT' for every kind")
    parser.add_argument("--out", required=True, help="output folder")
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0) and 2
    try:
        plant: list[tuple[str, int]] = []
        for code, count in args.plant:
            plant.extend([(k, count) for k in PLANT_KINDS] if code == "ALL" else [(code, count)])
        config = SynthConfig(args.claims, args.entities, args.seed, args.per_file, args.claims_per_seed,
                             tuple(plant))
        base = generate(config)
        root = write(base, args.out)
    except (SynthError, OSError) as exc:
        print(f"synth: error: {exc}", file=sys.stderr)
        return 2
    print(f"wrote {len(base.files)} files ({config.claims} claims, {config.entities} entities, "
          f"{len(base.planted)} planted errors) to {root}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
