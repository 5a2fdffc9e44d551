"""``draft``: one reviewable claim record per check-worthy sentence of a seed's body.

For a seed of a loaded corpus, every sentence of the article body (sentences as
:func:`factcheck.normalize.text.split_sentences` cuts them; page furniture from ``sources.yaml``
left out) is *check-worthy* when it holds a date, a number, a registered person, a
registered organisation, group, event, agreement or operation, two registered places, or a
reported statement ("said", "according to", …). (Wider than the issue's "organisation with a
role": the curators record facts from such sentences; the leave-one-out figures showed it.) Each becomes a record with:

* the **quote**: the sentence exactly as the seed writes it (a slice of the seed's text, so
  FC101–FC103 hold by construction), without a dateline ("ERBIL (Kurdistan24) – ") before it;
* typed **facts** from the normalisers: dates resolved against the seed's publication date
  (or ``reference``), with the source's words in ``expresses`` (wire convention, as FC202:
  "told reporters on Thursday" in a Thursday paper is that day); a relative date with no
  publication date is *not* resolved (a comment says so); numbers with qualifier, unit and
  scale (not the count of an attribution: "two people familiar with the matter said"); every
  registered entity mentioned, with a ``role``: the title before a name
  ("Turkish Defense Minister Yasar Güler" → ``Turkish Defence Minister``; "his Syrian
  counterpart Murhef Abu Qasra" after it → ``Syrian Defence Minister``), ``head of the
  interim government`` after "The interim government, led by", ``leader`` after a name and
  "led by" ("HTS, led by …"), an appositive title ("Nour Gokhile, the Energy Minister of
  Miqo"), ``father`` after "'s father,", ``speaker`` before a speech verb ("Fidan
  stated"), ``reporting agency`` for a news agency after "according to" or before "reported",
  ``source`` for an organisation's source ("a Turkish defence ministry source said", "a
  source in the Ministry of Defense", "According to the Ministry"); a person named without a
  title has the title an earlier sentence of the article gave them (:func:`_carry_titles`);
* a **statement** in house style: the sentence with house spellings for registered names,
  dates written out ("on 13 August 2025"), numbers in house style ("more than 350
  airstrikes"), British spelling for a fixed list of words; attribution and hedges are kept
  because the sentence is kept;
* ``verdict: unverified``, a ``rationale`` and a ``note`` starting ``awaits review`` (the
  claim schema has no review field: the note and the ``draft-`` id prefix are the marker);
* ``related``: existing claims that quote the same sentence or give the same date or
  number, or (in a seed without a publication date) whose day-precision date of the same
  property has the weekday, or the month and day, that an unresolved date names (a lead, with
  why, never a date fact); a line in ``note`` where an existing claim gives a different value
  for the same quantity or the same property (which would make a verdict ``disputed``);
* a ``subject`` on dates and numbers where the sentence names it (:func:`_subject`); a date
  or number that an earlier sentence already states is drafted once, with both sentences as
  quotes (:func:`_condense`); in a seed without a publication date a date without a year takes
  the one year the text gives (:func:`_year_from_text`).

A capitalised name one or two letters off a registered one ("Murhif Abu Qasra") is not
linked: a comment names the registered entity it is close to (and FC402 reports it in the
statement), for the reviewer to register as a variant or misspelling, or not.

Other capitalised names that the register does not know are proposed as entities, in a separate
file, with a kind only where a cue gives one (a title before a person, "Forces", "Ministry",
"Operation" …) and the line they came from; others are listed as comments.

Pure: no I/O, no clock; the output is a function of the corpus, the seed and the reference.

Layer: authoring (held by ``tests/project/test_layers.py``): may import
``factcheck.authoring`` itself, the output wings and everything below; never the cli or the
pytest plugin.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from ..errors import UsageError
from ..corpus import Corpus, Seed
from ..models import ID_PATTERN
from ..normalize import NameIndex, find_dates, find_numbers, format_date, format_number, name_key, parse_date
from ..normalize.numbers import number_disagreement
from ._furniture import AGENCIES
from ._yamltext import flow, scalar

#: a dateline at the start of a sentence: "ERBIL (Kurdistan24) – ", "ANKARA (Reuters) - "
_DATELINE = re.compile(r"[A-Z][A-Z .'’-]{1,40}?\s*\([^()]{2,40}\)\s*[–—-]\s*")

__all__ = ["Draft", "DraftRecord", "ProposedEntity", "draft_seed", "render_draft", "render_entities"]

_REPORTED = re.compile(
    r"\b(?:said|says|say|told|tells|stated|states|announced|announces|claimed|claims|warned|warns|reported"
    r"|reports|according to|added|adding|declared|confirmed|noted|accused|accusing|alleged|alleging"
    r"|described|labeled|labelled|reaffirmed|rejected|emphasized|emphasised|stressed|insisted|denied"
    r"|vowed|pledged|urged|called for|believed|estimate|estimated)\b", re.IGNORECASE)
_TITLE_WORDS = (r"(?:Minister|President|president|Prime Minister|Chief|chief|commander|Commander|leader|Leader|spokesman"
                r"|spokeswoman|spokesperson|General|Gen\.|Secretary|Ambassador|envoy|Envoy|Director|director"
                r"|official|Official|counterpart|head|Head|King|Emir|Governor|governor|Mayor|mayor)")
_ROLE_BEFORE = re.compile(
    rf"((?:(?:[A-Z][\w’'-]*|of|the|and|Defen[cs]e|Foreign|Interior)\s+){{0,4}}{_TITLE_WORDS})(?:,)?\s+$")
_APPOSITIVE = re.compile(
    rf",\s+the\s+((?:[\w’'-]+\s+){{0,3}}?(?:{_TITLE_WORDS[3:-1]}|chairman|chairwoman|chair|spokesperson|founder))"
    r"(?=\s+(?:of|for|at|in)\b|,)")
_ATTRIBUTION = re.compile(r"(?:\s+[\w’'-]+){0,5}?\s+(?:said|say|says|told|tell)\b")
_ATTRIBUTION_UNITS = frozenset({"people", "officials", "sources", "diplomats", "witnesses", "residents", "analysts"})
_SPEAKS = re.compile(r"(?:’s?|'s?)?\s+(?:has\s+|had\s+|also\s+|further\s+)*(?:said|says|stated|told|declared|warned"
                     r"|added|labell?ed|described|accused|reaffirmed|rejected|emphasi[sz]ed|insisted|noted)\b")
#: "The interim government, led by …": a body described in lower case (not a name) before "led by"
_LED_BODY = re.compile(r"\b[Tt]he\s+((?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*),?\s+led by\s+$")
#: an organisation's source: "a Turkish defence ministry source said", "a source in the Turkish Ministry of Defense"
_SOURCE_AFTER = re.compile(r"\s+sources?\b")
_SOURCE_IN = re.compile(r"\b[Aa]\s+(?:senior\s+|security\s+|military\s+)?sources?\s+(?:in|at|from|within|close to)"
                        r"\s+(?:the\s+)?$")
_ACCORDING = re.compile(r"\b[Aa]ccording to\s+(?:the\s+)?$")
_PAST_VERB = re.compile(r"\b([a-z]+ed|told|said|met|held|began|begun|won|made|took|led|fled|left|came|fell"
                        r"|struck|set|signed|inked|launched)\b")
_BRITISH = {
    "defense": "defence", "Defense": "Defence", "organization": "organisation", "Organization": "Organisation",
    "organizations": "organisations", "organized": "organised", "well-organized": "well-organised",
    "stabilizing": "stabilising", "stabilize": "stabilise", "finalized": "finalised", "specialized": "specialised",
    "criticized": "criticised", "criticize": "criticise", "recognized": "recognised", "normalization": "normalisation",
    "favorable": "favourable", "labeled": "labelled", "harbor": "harbour", "fueling": "fuelling",
    "programs": "programmes", "program": "programme", "emphasized": "emphasised", "emphasizing": "emphasising",
    "centers": "centres", "center": "centre", "mobilized": "mobilised", "modernize": "modernise",
    "modernization": "modernisation", "realize": "realise", "realized": "realised", "authorized": "authorised",
}
_BRITISH_RE = re.compile(r"\b(" + "|".join(sorted(map(re.escape, _BRITISH), key=lambda w: (-len(w), w))) + r")\b")

_CAP_RUN = re.compile(
    r"(?<![\w’'-])(?:al-|el-)?[A-Z][\w’'-]*(?:\s+(?:(?:of|the|for|al|bin|de|and)\s+)?(?:al-|el-)?[A-Z][\w’'-]*)*")
_ORG_WORDS = re.compile(r"\b(?:Forces|Party|Ministry|Army|Organi[sz]ation|Front|Movement|Units|Council|Agency"
                        r"|Group|Committee|Union|Government|Court|Bank|Corporation|Company|Institute"
                        r"|University|News|Media|Brigades?|Militia|Alliance|Coalition|Commission)\b")
_EVENT_WORDS = re.compile(r"\b(?:[Cc]onference|[Cc]risis|[Ww]ar|[Oo]ffensive|[Ss]ummit|[Ee]lection|[Tt]alks)\b")
_AGREEMENT_WORDS = re.compile(r"\b(?:[Aa]greement|[Aa]ccord|[Pp]act|[Tt]reaty|[Mm]emorandum|[Dd]eal)$")
_NOT_NAMES = frozenset(
    """The A An In On At It Its This That These Those However While Although Despite According After Before
    Other Both But And Or As If When Where Since Until During Last Next Statues Reports Known Economically
    Militarily Security Energy Experts Independent Additionally Part Rebuilding Turkish Syrian Kurdish Israeli
    Iranian Russian American Druze Bedouin Sources Ministry Discussions Machinery Opposition HTS""".split())


@dataclass
class DraftFact:
    fact: dict[str, Any]
    comment: str


@dataclass
class DraftRecord:
    """One drafted claim: where it came from and what it says."""

    id: str
    line: int
    start: int
    end: int
    quote: str
    statement: str
    facts: list[DraftFact] = field(default_factory=list)
    expresses: dict[str, str] = field(default_factory=dict)
    related: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    comments: list[str] = field(default_factory=list)
    why: list[str] = field(default_factory=list)
    near: list[tuple[int, int]] = field(default_factory=list)  # near misses of registered names
    #: further quotes stating one of this record's facts (a later sentence of the seed): (start, end, text, expresses)
    also: list[tuple[int, int, str, dict[str, str]]] = field(default_factory=list)
    #: dates the seed cannot resolve: (words, weekday named or None, "MM-DD" or None, property proposed)
    unresolved: list[tuple[str, int | None, str | None, str]] = field(default_factory=list)


@dataclass
class ProposedEntity:
    id: str
    kind: str | None
    name: str
    line: int
    cue: str


@dataclass
class Draft:
    seed: str
    reference: date | None
    records: list[DraftRecord]
    entities: list[ProposedEntity]
    skipped: int  # body sentences not check-worthy


# --------------------------------------------------------------------------- helpers


def _slug(text: str) -> str:
    s = re.sub(r"[^a-z0-9]+", "-", name_key(text).lower()).strip("-")
    return s or "x"


def _seed_tag(seed_id: str) -> str:
    m = re.match(r"^(\d{3})_[0-9a-f]{16}$", seed_id)
    return m.group(1) if m else _slug(seed_id)


def _unique(base: str, taken: set[str]) -> str:
    name, n = base, 2
    while name in taken:
        name, n = f"{base}-{n}", n + 1
    taken.add(name)
    return name


def _body_sentences(seed: Seed) -> list[tuple[int, int]]:
    from ..normalize.text import split_sentences

    body_from = 0
    source = seed.source
    if source is not None and source.headline:
        at = seed.text.find(source.headline)
        if at != -1 and seed.text[:at].strip() == "":
            body_from = at + len(source.headline)  # the headline is not body text
    out = []
    for s, e in split_sentences(seed.text):
        if s < body_from:
            continue
        for f_start, f_end, _ in seed.furniture:
            if f_start <= s and e <= f_end:
                s = e  # all furniture
                break
            if f_start <= s < f_end:
                s = f_end
            elif s < f_start < e and f_end >= e:
                e = f_start
        while s < e and seed.text[s].isspace():
            s += 1
        dateline = _DATELINE.match(seed.text, s, e)
        if dateline:  # "ERBIL (Kurdistan24) – " is the outlet's, not the claim's
            s = dateline.end()
        while e > s and seed.text[e - 1].isspace():
            e -= 1
        if e - s >= 12 and seed.furniture_at(s, e) is None:
            out.append((s, e))
    return out


def _property_for_date(sentence: str, start: int, end: int, precision: str, taken: set[str]) -> str:
    """A property id for a date: the noun it qualifies ("a March deal" → ``deal-in``), else the
    past-tense verb before it in the same clause ("signed on Wednesday" → ``signed-on``), else
    ``date``. A proposal for the reviewer, who sets subject and property."""
    suffix = "on" if precision == "day" else "in"
    attributive = re.search(r"\b(?:a|an|the)\s+$", sentence[:start])
    noun = re.match(r"\s+([a-z][a-z-]+)", sentence[end:])
    if attributive and noun:
        return _unique(f"{noun.group(1)}-{suffix}", taken)
    clause = re.split(r"[,;:“”\"]", sentence[max(0, start - 60):start])[-1]
    verbs = _PAST_VERB.findall(clause)
    if not verbs:  # "On Aug. 13, Turkey and Syria signed …": the verb after the date
        after = re.split(r"[;:.“”\"]", sentence[end:end + 50])[0]
        verbs = _PAST_VERB.findall(after)[:1]
    base = f"{_SAME_VERB.get(verbs[-1], verbs[-1])}-{suffix}" if verbs else "date"
    return _unique(base, taken)


#: verbs that name the same act in a property id ("inked on Wednesday" is ``signed-on``, as curators write it)
_SAME_VERB = {"inked": "signed", "sealed": "signed", "clinched": "signed"}

_RELATIVE_START = re.compile(r"(?i)(?:last|this|next|earlier|later|the previous|the day|yesterday|today|tomorrow)\b")


def _house_date(mention, result) -> str:
    """The date written out in house style, keeping the source's preposition ("on", "in")."""
    text = mention.text
    words = format_date(result.start, result.precision)
    part = re.search(r"(?i)\s(morning|afternoon|evening|night)$", text)
    if part and result.precision == "day":  # "on Tuesday night" → "on the night of 12 August 2025"
        words = f"on the {part.group(1).lower()} of {words}"
        return words[0].upper() + words[1:] if mention.start == 0 else words
    lead = re.match(r"(?i)(on|in|as of|since|by|from|until)\s", text)
    if lead:
        out = f"{lead.group(1)} {words}"
    elif result.relative and (_RELATIVE_START.match(text) or result.weekday is not None):
        out = ("on " if result.precision == "day" else "in ") + words
        if mention.start == 0:  # "The previous day, …" → "On 13 August 2025, …"
            out = out[0].upper() + out[1:]
    else:
        return words
    return out


def _house_number(mention) -> str:
    r = mention.result
    unit = r.unit
    if unit in ("percent", "USD", "EUR", "GBP") or r.qualifier.value == "order-of":
        return format_number(r.value, r.qualifier, unit, r.scale, low=r.low / r.multiplier if r.value is None else None,
                             high=r.high / r.multiplier if r.value is None else None)
    # keep the source's own unit words ("major Syrian bases"), house style for the rest
    core = format_number(r.value, r.qualifier, "things", r.scale,
                         low=None if r.value is not None else r.low, high=None if r.value is not None else r.high)
    core = core[: -len(" things")] if core.endswith(" things") else core
    tail = mention.text
    words = (r.unit_text or "").split()
    if words:
        at = tail.lower().rfind(words[0].lower())
        tail = tail[at:] if at >= 0 else (r.unit_text or "")
        return f"{core} {tail}"
    return core


def _number_fact(result) -> dict[str, Any] | None:
    if not result.ok or result.unit is None or result.qualifier is None:
        return None
    fact: dict[str, Any] = {"type": "number"}
    if result.qualifier.value == "between":
        fact["low"] = result.low / result.multiplier
        fact["high"] = result.high / result.multiplier
    else:
        fact["value"] = result.value
    fact["qualifier"] = result.qualifier.value
    fact["unit"] = result.unit
    if result.scale:
        fact["scale"] = result.scale
    return fact


def _british(text: str) -> str:
    return _BRITISH_RE.sub(lambda m: _BRITISH[m.group(1)], text)


# --------------------------------------------------------------------------- drafting


def draft_seed(corpus: Corpus, seed_id: str, *, reference: date | None = None,
               exclude_claims: set[str] | frozenset[str] = frozenset()) -> Draft:
    """Draft the claims of one seed (see the module docstring).

    ``reference`` overrides the seed's publication date; ``exclude_claims`` are left out of
    the existing claims that ``related`` and the disagreement notes look at (leave-one-out).
    """
    seed = corpus.seeds.get(seed_id)
    if seed is None:
        known = ", ".join(sorted(corpus.seeds)) or "none"
        raise UsageError(f"unknown seed {seed_id!r} (seeds: {known})")
    source = seed.source
    if reference is None and source is not None:
        reference = source.published
    entities = corpus.entity_index
    index = NameIndex.of(corpus)
    claims = [c for c in corpus.claims if c.id not in exclude_claims]
    taken_ids = {c.id for c in corpus.claims}
    tag = _seed_tag(seed_id)
    places = {e.id for e in corpus.entities if e.kind.value == "place"}

    records: list[DraftRecord] = []
    proposed: dict[str, ProposedEntity] = {}
    skipped = 0
    body = _body_sentences(seed)
    years = _stated_years(seed, body) if reference is None else []
    titles: dict[str, tuple[str, int, str]] = {}  # person id -> the title the article last gave them
    for s, e in body:
        sentence = seed.text[s:e]
        line = seed.line_of(s)
        rec = _draft_sentence(sentence, line, s, e, reference, index, entities, years, titles)
        names = _unknown_names(sentence, rec, index, line, entities, proposed)
        if not rec.why:
            skipped += 1
            continue
        rec.id = _unique(f"draft-{tag}-line-{line}", taken_ids)
        for n in names:
            rec.comments.append(f"names {n.name!r}, not in the register: " + (
                f"proposed as {n.id}" if n.kind else "no cue to its kind, not proposed"))
        _relate(rec, seed_id, claims, places)
        records.append(rec)
    records = _condense(records)
    return Draft(seed_id, reference, records, sorted(proposed.values(), key=lambda p: (p.line, p.id)), skipped)


def _stated_years(seed: Seed, body: list[tuple[int, int]]) -> list[tuple[int, str, int]]:
    """(year, words, line) of every absolute date with a month or a day in the body:
    what an undated seed itself says about the years it speaks of."""
    out = []
    for s, e in body:
        for m in find_dates(seed.text[s:e]):
            r = m.result
            if r.ok and not r.relative and r.precision in ("day", "month") and r.start is not None:
                out.append((r.start.year, m.text, seed.line_of(s + m.start)))
    return out


def _year_from_text(mention, line: int, years: list[tuple[int, str, int]]):
    """A date without a year ("March 10", "on Aug. 13") in a seed with no publication date,
    resolved in the one year the text gives with a month or day: on the same line (paragraph)
    if it gives any, else in the whole body. (result, how) or (None, why not)."""
    r = mention.result
    if r.weekday is not None or not (r.reason or "").startswith("no reference date"):
        return None, None  # a weekday or a relative word needs a day, not a year
    same_line = [y for y in years if y[2] == line]
    pool = same_line or years
    found = sorted({y for y, _, _ in pool})
    if not found:
        return None, "the text gives no year"
    where = "on the same line" if same_line else "in the text"
    listed = "; ".join(f"{w!r} (line {ln})" for _, w, ln in pool)
    if len(found) > 1:
        return None, f"the text gives more than one year {where} ({listed}); not resolved"
    resolved = parse_date(mention.text, date(found[0], 12, 31), same_day_weekday=True)
    if not resolved.ok or resolved.precision not in ("day", "month"):
        return None, None
    return resolved, f"no publication date; year {found[0]} from {listed}, the only year given {where}"


def _fact_key(fact: dict[str, Any]) -> tuple | None:
    """What makes two drafted dates or numbers one fact: the value, and what it is of."""
    if fact["type"] == "date":
        value = (fact["value"], fact["precision"])
    elif fact["type"] == "number":
        value = (fact.get("value"), fact.get("low"), fact.get("high"), fact["qualifier"], fact["unit"],
                 fact.get("scale"))
    else:
        return None
    prop = re.sub(r"-\d+$", "", fact["property"])
    if prop == "date":
        return None  # a date with no verb or noun to say what it dates: not enough to merge on
    return (fact["type"], value, fact.get("subject"), prop)


def _condense(records: list[DraftRecord]) -> list[DraftRecord]:
    """Where a later sentence states a date or number an earlier record already has (same value,
    same subject, same property: "accord signed on Wednesday" … "inked a memorandum on
    Wednesday"), the fact is drafted once: the earlier record takes the later sentence as a
    second quote, the later record drops the fact and links the earlier one (``related``), and
    a later record left with no fact and nothing else to check is not drafted at all."""
    first: dict[tuple, tuple[DraftRecord, str]] = {}
    out = []
    for rec in records:
        moved: list[tuple[DraftRecord, str, str, DraftFact]] = []
        for f in rec.facts:
            key = _fact_key(f.fact)
            if key is None:
                continue
            if key in first and first[key][0] is not rec:
                moved.append((*first[key], f.fact["property"], f))
            else:
                first.setdefault(key, (rec, f.fact["property"]))
        for earlier, prop, mine, f in moved:
            words = rec.expresses.pop(mine)
            rec.facts.remove(f)
            for q in earlier.also:
                if q[0] == rec.start:
                    q[3][prop] = words
                    break
            else:
                earlier.also.append((rec.start, rec.end, rec.quote, {prop: words}))
            earlier.comments.append(f"line {rec.line} states {prop} too ({words!r}): quoted here as well")
            rec.comments.append(f"{words!r} states {prop} of {earlier.id} ({f.fact.get('value', '')}); "
                                "drafted there, with this sentence as a quote")
            if earlier.id not in rec.related:
                rec.related = sorted({*rec.related, earlier.id})
            if rec.id not in earlier.related:
                earlier.related = sorted({*earlier.related, rec.id})
        others = [w for w in rec.why if w not in ("date", "number")]
        if moved and not rec.facts and not others:
            earlier = moved[0][0]
            earlier.related = [r for r in earlier.related if r != rec.id]
            earlier.comments[-len(moved):] = [c.replace("quoted here as well", "quoted here as well; "
                                                        "that sentence is not drafted apart")
                                              for c in earlier.comments[-len(moved):]]
            continue
        out.append(rec)
    return out


def _note_unresolved(rec: DraftRecord, sentence: str, mention) -> None:
    """Keep what an unresolved date still says (the weekday, or the month and day) for
    :func:`_relate`, which looks for an existing claim it agrees with."""
    r = mention.result
    probe = parse_date(mention.text, date(2000, 12, 31), same_day_weekday=True)
    if not probe.ok or probe.precision != "day":
        return
    month_day = None if r.weekday is not None else probe.value[5:]
    if r.weekday is None and month_day is None:
        return
    if r.weekday is None and not re.search(r"\d", mention.text):
        return  # "the previous day", "yesterday": nothing but an offset from an unknown day
    prop = _property_for_date(sentence, mention.start, mention.end, "day", set())
    rec.unresolved.append((mention.text, r.weekday, month_day, prop))


def _carry_titles(rec: DraftRecord, sentence: str, seen: dict[str, int], named: list,
                  titles: dict[str, tuple[str, int, str]]) -> None:
    """A person this sentence names without a title ("Fidan declared", "Sharaa decided") has
    the title an earlier sentence of the article gave them ("Turkish Foreign Minister Hakan
    Fidan", line 16), as a journalist carries it forward; the comment says where it came from.
    Where the sentence makes them the ``speaker``, the title is a second entity fact beside
    it (curators record either, claim by claim: the reviewer keeps the one each claim needs).
    Only titles the article states: a title before the name or in apposition after it; and
    not where the name only qualifies something else ("the al-Assad regime", "al-Assad’s
    departure", "anti-Assad slogans"): the sentence is about that, not about the person in their office."""
    as_person = {e.id for a, b, e in named if e.kind.value == "person"
                 and not re.search(r"\b[Tt]he\s+$|-$", sentence[max(0, a - 4):a])
                 and not re.match(r"[’']s?\b", sentence[b:b + 2])}
    for eid, i in sorted(seen.items(), key=lambda kv: -kv[1]):
        carried = titles.get(eid)
        fact = rec.facts[i]
        if carried is None or eid not in as_person or fact.fact.get("role") not in (None, "speaker"):
            continue
        title, where, words = carried
        how = f"title from line {where} ({words!r}), carried forward"
        if "role" not in fact.fact:
            fact.fact["role"] = title
            fact.comment += f"; {how}"
        else:
            rec.facts.insert(i + 1, DraftFact({"type": "entity", "entity": eid, "role": title},
                                              f"{fact.comment}; {how}; the speaker here too (the fact above)"))


def _draft_sentence(sentence: str, line: int, s: int, e: int, reference: date | None,
                    index: NameIndex, entities: dict,
                    years: list[tuple[int, str, int]] | None = None,
                    titles: dict[str, tuple[str, int, str]] | None = None) -> DraftRecord:
    rec = DraftRecord("", line, s, e, sentence, sentence)
    props: set[str] = set()
    replacements: list[tuple[int, int, str]] = []
    located: list[tuple[int, int, int]] = []  # (index in rec.facts, start, end) of dates and numbers
    named: list[tuple[int, int, Any]] = []  # (start, end, entity) of every registered name

    dates = find_dates(sentence, reference, same_day_weekday=True)
    for m in dates:
        r = m.result
        year_how = None
        if not r.ok and reference is None and years is not None:
            resolved, year_how = _year_from_text(m, line, years)
            if resolved is not None:
                r = resolved
            elif year_how:
                rec.comments.append(f"{m.text!r}: {r.reason}; {year_how}; no date fact (the reviewer decides)")
                rec.why.append("date")
                _note_unresolved(rec, sentence, m)
                continue
        if not r.ok:
            rec.comments.append(f"{m.text!r}: {r.reason}; no date fact (the reviewer decides)")
            rec.why.append("date")
            if reference is None:
                _note_unresolved(rec, sentence, m)
            continue
        if r.precision == "range":
            rec.comments.append(f"{m.text!r}: a range ({r.value}); no date fact")
            rec.why.append("date")
            continue
        prop = _property_for_date(sentence, m.start, m.end, r.precision, props)
        fact = {"type": "date", "property": prop, "value": r.value, "precision": r.precision}
        how = f"{m.text!r}" + (f", from the publication date {reference.isoformat()}" if r.relative and reference else "")
        if year_how and r.ok:
            how = f"{m.text!r}, {year_how}"
        rec.facts.append(DraftFact(fact, how))
        located.append((len(rec.facts) - 1, m.start, m.end))
        rec.expresses[prop] = m.text
        rec.why.append("date")
        replacements.append((m.start, m.end, _house_date(m, r)))

    for m in find_numbers(sentence):
        if (re.search(r"\b(?:the|both|these|those|its|their)\s+$", sentence[:m.start], re.IGNORECASE)
                and m.result.qualifier is not None and m.result.qualifier.value == "exact"
                and not m.text[:1].isdigit()):
            continue  # "the two countries": a reference, not a quantity
        if m.result.unit in _ATTRIBUTION_UNITS and _ATTRIBUTION.match(sentence, m.end):
            rec.comments.append(f"{m.text!r} says who speaks, not a quantity; no number fact")
            continue  # "two people familiar with the matter said"
        fact = _number_fact(m.result)
        rec.why.append("number")
        if fact is None:
            rec.comments.append(f"{m.text!r}: " + (m.result.reason or "no unit") + "; no number fact")
            continue
        prop = _unique(_slug(fact["unit"]), props)
        fact = {"type": "number", "property": prop, **{k: v for k, v in fact.items() if k != "type"}}
        rec.facts.append(DraftFact(fact, repr(m.text)))
        located.append((len(rec.facts) - 1, m.start, m.end))
        rec.expresses[prop] = m.text
        try:
            replacements.append((m.start, m.end, _house_number(m)))
        except (ValueError, TypeError):
            pass

    seen: dict[str, int] = {}
    seen_at: dict[str, int] = {}  # entity id -> where its last mention ended
    prev_end = 0  # a title is looked for after the previous name only
    last_title = None  # the title of the last "Turkish Defence Minister X", for "his Syrian counterpart Y"
    titled_here: dict[str, tuple[str, int, str]] = {}  # person id -> (title, line, words) stated in this sentence
    for m in index.find_mentions(sentence):
        entity = entities.get(m.match.entity_id)
        if entity is None:
            continue
        kind = entity.kind.value
        role = None
        lo = max(0, m.start - 80, prev_end)
        before = _ROLE_BEFORE.search(sentence[lo:m.start])
        prev_end = m.end
        named.append((m.start, m.end, entity))
        if before and kind == "person":
            role = _british(before.group(1).strip())
            role = re.sub(r"^(?:(?:of|the|and|his|her|their)\s+)+", "", role)
            role = role[0].upper() + role[1:]
            counterpart = re.fullmatch(r"([A-Z]\w+) counterpart", role)
            if counterpart and last_title:  # "Turkish Defence Minister X and his Syrian counterpart Y"
                role = f"{counterpart.group(1)} {last_title}"
            elif not role.endswith("counterpart"):
                title = re.match(r"[A-Z]\w+ (.+)$", role)
                last_title = title.group(1) if title else last_title
            if not role.endswith("counterpart"):
                titled_here.setdefault(entity.id, (role, line, sentence[lo + before.start(1):m.end]))
        elif kind == "person" and re.search(r"\bled by\s+$", sentence[max(0, m.start - 20):m.start]):
            # "The interim government, led by al-Jalali" -> head of the interim government;
            # "HTS, led by Abu Mohammed al-Julani" (a name, not a described body) -> leader
            body = _LED_BODY.search(sentence[max(0, m.start - 80):m.start])
            role = f"head of the {body.group(1)}" if body else "leader"
        elif kind == "person" and re.search(r"’s father,\s+$|'s father,\s+$", sentence[max(0, m.start - 20):m.start]):
            role = "father"
        elif kind == "person" and (appositive := _APPOSITIVE.match(sentence, m.end)):
            role = _british(appositive.group(1))  # "Nour Gokhile, the Energy Minister of Miqo"
            titled_here.setdefault(entity.id, (role, line, sentence[m.start:appositive.end()]))
        elif kind == "person" and _SPEAKS.match(sentence, m.end):
            role = "speaker"  # "Fidan stated", "al-Julani has stated that"
        elif kind == "organisation" and (_SOURCE_AFTER.match(sentence, m.end)
                                         or _SOURCE_IN.search(sentence[max(0, m.start - 40):m.start])
                                         or (entity.name not in AGENCIES and _ACCORDING.search(
                                             sentence[max(0, m.start - 20):m.start]))):
            role = "source"  # "a Turkish defence ministry source said", "a source in the Ministry", "According to the Ministry"
        elif entity.name in AGENCIES and (re.search(r"\b[Aa]ccording to\s+$", sentence[max(0, m.start - 20):m.start])
                                          or re.match(r"\s+reported\b", sentence[m.end:])):
            role = "reporting agency"  # "According to Reuters", "SANA reported"
        if entity.id not in seen:
            seen[entity.id] = len(rec.facts)
            fact = {"type": "entity", "entity": entity.id}
            if role:
                fact["role"] = role
            how = f"{m.surface!r}" + ("" if m.match.kind == "house" else f" ({m.match.kind} of {entity.name!r})")
            rec.facts.append(DraftFact(fact, how))
            house = entity.name
        else:
            house = entity.name if m.match.kind in ("alias", "variant", "misspelling", "folded", "fuzzy") else m.surface
            if m.match.form_kind == "short" and m.match.kind in ("short", "folded"):
                house = m.surface if m.match.kind == "short" else m.match.matched_form
            if role and "role" not in rec.facts[seen[entity.id]].fact:
                rec.facts[seen[entity.id]].fact["role"] = role
        spelled_out = seen_at.get(entity.id)
        seen_at[entity.id] = m.end
        if _in_brackets(sentence, m.start, m.end):
            if spelled_out == m.start - 2:  # "the North Atlantic Treaty Organization (NATO)": once
                replacements.append((m.start - 2, m.end + 1, ""))
            # else the source's own abbreviation of what it just described ("a memorandum
            # of understanding (MoU)"): kept as written
        elif m.match.kind == "house" and m.surface == house:
            pass
        elif re.search(r"(?<!\w)[\"“‘']", m.surface):
            # the source put part of the name in quotation marks (Operation "Arrow of Bashan"):
            # the house name, and the closing mark dropped with the opening one
            close = re.match(r"[,.]?([\"”’'])", sentence[m.end:m.end + 3])
            end = m.end + close.end() if close else m.end
            tail = sentence[m.end:end - 1] if close else ""
            replacements.append((m.start, end, house + tail))
        elif m.match.form_kind == "short" and seen.get(entity.id) is not None and house == m.surface:
            pass
        else:
            start = m.start
            if entity.takes_the is False and m.surface != house:
                # "a member of the North Atlantic Treaty Organization" -> "a member of NATO"
                article = re.search(r"\b[Tt]he\s+$", sentence[max(0, m.start - 4):m.start])
                start = m.start - len(article.group()) if article else start
            replacements.append((start, m.end, house))
        if kind == "person":
            rec.why.append("person")
        elif kind != "place":
            rec.why.append(f"{kind} named")
    for i, start, end in located:
        prop = rec.facts[i].fact["property"]
        verb_word = prop.rsplit("-", 1)[0] if rec.facts[i].fact["type"] == "date" and "-" in prop else None
        subject = _subject(sentence, start, end, named, verb_word)
        if subject is not None:
            fact = rec.facts[i].fact
            rec.facts[i].fact = {"type": fact["type"], "subject": subject.id,
                                 **{k: v for k, v in fact.items() if k != "type"}}
    if titles is not None:
        _carry_titles(rec, sentence, seen, named, titles)
        for eid, title in titled_here.items():
            titles[eid] = title
    places = [e for e in seen if entities[e].kind.value == "place"]
    if len(places) >= 2 and len(seen) >= 2:
        rec.why.append("places named")
    for near in index.near_misses(sentence):
        entity = entities.get(near.suggestion.entity_id)
        if entity is not None:
            rec.comments.append(f"{near.surface!r} is close to {near.suggestion.matched_form!r}, a registered "
                                f"spelling of {entity.name} ({entity.id}); not linked: a variant or misspelling "
                                "to register, or another name?")
            rec.near.append((near.start, near.end))
            if entity.kind.value == "person":
                rec.why.append("person")
    if _REPORTED.search(sentence):
        rec.why.append("reported statement")

    out, last = [], 0
    speech = _direct_speech(sentence)
    for a, b, text in sorted(replacements):
        if a < last:
            continue
        if any(x <= a and b <= y for x, y in speech):  # someone's own words: kept as printed
            if sentence[a:b].strip() != text.strip():
                rec.comments.append(f"{sentence[a:b]!r} is inside a direct quotation, kept as printed "
                                    f"(house style: {text!r}): keep the quotation or report the words")
            continue
        before = _british(sentence[last:a])
        article = _ARTICLE_BEFORE.search(before)
        if article and text and _indefinite(text) != _indefinite(sentence[a:b]):  # "an SDF …" -> "a Syrian …"
            word = _indefinite(text)
            word = word.capitalize() if article.group(1)[0].isupper() else word
            before = before[:article.start(1)] + word + before[article.end(1):]
        out.append(before)
        out.append(text)
        last = b
    out.append(_british(sentence[last:]))
    statement = "".join(out).strip()
    rec.statement = statement[0].upper() + statement[1:] if statement else sentence
    return rec


_SPEECH = re.compile(r"“[^“”]*”|(?<!\w)\"[^\"]*\"")
_ARTICLE_BEFORE = re.compile(r"(?:^|\s)(an?|An?)\s+$")


def _direct_speech(sentence: str) -> list[tuple[int, int]]:
    """The spans in quotation marks: someone's own words, which a statement quotes as printed."""
    return [m.span() for m in _SPEECH.finditer(sentence)]


#: letters whose name starts with a vowel sound, for an abbreviation read letter by letter
_VOWEL_LETTERS = frozenset("AEFHILMNORSX")


def _indefinite(text: str) -> str:
    """'a' or 'an' before ``text`` (by spelling: 'an SDF', 'a Syrian', 'an Islamic')."""
    word = text.split()[0] if text.split() else text
    if len(word) > 1 and word.isupper():
        return "an" if word[0] in _VOWEL_LETTERS else "a"
    return "an" if word[:1].lower() in "aeiou" else "a"


def _in_brackets(sentence: str, start: int, end: int) -> bool:
    """Whether ``sentence[start:end]`` is all that stands between a pair of round brackets."""
    return sentence[start - 1:start] == "(" and sentence[end:end + 1] == ")"


_ABOUT_KINDS = ("agreement", "event", "operation")
_CLAUSE_BREAK = re.compile(r"[;:]|\s[–—]\s|,\s(?:and|but|while|which|who)\s")
_ACTOR_VERB = re.compile(
    r"(?:[’']s?)?\s+(?:(?:has|have|had|also|formally|still|now|already|reportedly)\s+)*"
    r"(?:(?:will|would|could|can|may|might|must|should)\s+[a-z]+"
    r"|[a-z]+ed|[a-z]+s|told|said|met|held|began|won|made|took|led|set|signed|inked|struck)\b")


def _subject(sentence: str, start: int, end: int, named: list, verb_word: str | None = None) -> Any:
    """The entity a date or number is about, where the sentence gives it: the agreement, event
    or operation named in the same clause (the nearest), else the name right before the clause's
    verb ("Syria formally requested … last month", "Turkey maintains more than 20,000 troops").
    None when the sentence does not say: the reviewer sets it."""
    cuts = [0, *(m.end() for m in _CLAUSE_BREAK.finditer(sentence)), len(sentence) + 1]
    lo = max(c for c in cuts if c <= start)
    hi = min(c for c in cuts if c > start)
    in_clause = [(a, b, e) for a, b, e in named if lo <= a and b <= hi and not (a < end and start < b)]
    about = [(a, b, e) for a, b, e in in_clause if e.kind.value in _ABOUT_KINDS]
    if about:
        return min(about, key=lambda n: (min(abs(n[0] - end), abs(start - n[1])), n[0]))[2]
    if re.search(r"\b(?:a|an|the)\s+$", sentence[:start]):
        return None  # "a March deal": the date is the deal's, and the deal is not a registered name
    actors = []
    for a, b, e in in_clause:
        verb = _ACTOR_VERB.match(sentence, b) if b <= start else None
        if verb is None or re.search(r"\band\s+$", sentence[:a]):
            continue  # no verb after the name, or "Turkey and Syria inked": no one subject
        between = sentence[verb.end():start]
        if (verb_word is not None and verb.group(0).split()[-1] != verb_word) or "," in between \
                or len(between.split()) > 5:
            continue  # the name's verb is not the one the date or number belongs to
        actors.append(e)
    return actors[-1] if actors else None


def _unknown_names(sentence: str, rec: DraftRecord, index: NameIndex, line: int, entities: dict,
                   proposed: dict[str, ProposedEntity]) -> list[ProposedEntity]:
    taken = [(m.start, m.end) for m in index.find_mentions(sentence)]
    taken += [(m.start, m.end) for m in find_dates(sentence)] + rec.near
    found: list[ProposedEntity] = []
    for m in _CAP_RUN.finditer(sentence):
        a, b = m.span()
        name = m.group(0)
        # trim a sentence-initial function word ("The Kurdistan …") and trailing connectors
        words = name.split()
        while words and (words[0] in _NOT_NAMES or words[0].lower() in ("of", "the", "and")):
            a += len(words[0]) + 1
            words = words[1:]
        while words and words[-1].lower() in ("of", "the", "and", "for", "al", "bin", "de"):
            words = words[:-1]
        titled = [i for i, w in enumerate(words) if re.fullmatch(_TITLE_WORDS, w)]
        title = None
        if titled and titled[-1] < len(words) - 1:  # "Interior Minister Karim Haddad"
            cut = titled[-1] + 1
            title = " ".join(words[:cut])
            a += len(" ".join(words[:cut])) + 1
            words = words[cut:]
        if not words:
            continue
        name = " ".join(words)
        b = a + len(name)
        if sentence[a:b] != name:
            continue  # odd spacing: leave it
        if any(a < te and ta < b for ta, te in taken):
            continue
        if len(words) == 1 and (len(name) < 3 or name.isupper() and len(name) < 3):
            continue
        key = _slug(name)
        if key in entities or not re.fullmatch(ID_PATTERN[1:-1], key):
            continue
        before = sentence[max(0, a - 60):a]
        kind, cue = None, ""
        if title or _ROLE_BEFORE.search(before):
            kind, cue = "person", f"title before it: {title or _ROLE_BEFORE.search(before).group(1).strip()!r}"
        elif words[0] == "Operation":
            kind, cue = "operation", "'Operation …'"
        elif _ORG_WORDS.search(name):
            kind, cue = "organisation", f"organisation word {_ORG_WORDS.search(name).group(0)!r}"
        elif _AGREEMENT_WORDS.search(name):
            kind, cue = "agreement", "agreement word"
        elif _EVENT_WORDS.search(name):
            kind, cue = "event", "event word"
        elif len(words) == 1:
            continue  # a lone capitalised word without a cue: too often not a name
        if key in proposed:
            found.append(proposed[key])
            continue
        p = ProposedEntity(key, kind, name, line, cue or "no cue to its kind")
        proposed[key] = p
        found.append(p)
        if kind == "person":
            rec.why.append("person")
    return found


def _relate(rec: DraftRecord, seed_id: str, claims: list, places: set[str]) -> None:
    """``related``: claims quoting this sentence or giving the same date (with a shared entity
    that is not a place) or the same number; notes where a supported claim differs."""
    mine_entities = {f.fact["entity"] for f in rec.facts if f.fact["type"] == "entity"}
    related: list[str] = []
    for claim in claims:
        why = None
        for q in claim.quotes:
            if q.seed == seed_id and q.text in rec.quote:
                why = "quotes this sentence"
                break
        theirs = {f.entity for f in claim.facts if f.type == "entity"} | {f.subject for f in claim.facts if f.subject}
        shared = bool({e for e in mine_entities & theirs if e not in places})
        for df in rec.facts:
            fact = df.fact
            for cf in claim.facts:
                if fact["type"] == "date" and cf.type == "date":
                    if cf.value == fact["value"] and cf.precision.value == fact["precision"] and shared:
                        why = why or f"same date {fact['value']}"
                    elif (cf.property == fact["property"] and shared and claim.verdict.value == "supported"
                          and not (cf.value.startswith(fact["value"]) or fact["value"].startswith(cf.value))):
                        rec.notes.append(f"claim {claim.id} gives {cf.property} {cf.value}, this sentence "
                                         f"{fact['value']}: if both stand, the verdict is disputed")
                elif fact["type"] == "number" and cf.type == "number" and cf.unit == fact["unit"]:
                    shared = bool(mine_entities & theirs)  # a quantity of a place counts ("troops in Syria")
                    same = (cf.qualifier.value == fact["qualifier"] and cf.value == fact.get("value")
                            and cf.low == fact.get("low") and cf.high == fact.get("high")
                            and (cf.scale or None) == fact.get("scale"))
                    if same:
                        why = why or f"same number ({cf.property})"
                    elif shared and claim.verdict.value == "supported":
                        from ..normalize import parse_number

                        result = parse_number(rec.expresses.get(fact["property"], ""))
                        problem = number_disagreement(cf, result)
                        if problem:
                            rec.notes.append(f"claim {claim.id} gives {cf.property} differently ({problem}): "
                                             "if both stand, the verdict is disputed")
        if (not why and rec.unresolved and claim.verdict.value == "supported"
                and {e for e in mine_entities & theirs if e not in places}):
            why = _agrees_with(rec, claim)
        if why:
            related.append(claim.id)
            rec.comments.append(f"related {claim.id}: {why}")
    rec.related = sorted(set(related))


def _agrees_with(rec: DraftRecord, claim) -> str | None:
    """Why an unresolved date of ``rec`` may be ``claim``'s date: the same property, and the
    weekday it names or its month and day. A lead for the reviewer, not a date: the seed does
    not say which week or year."""
    from ..normalize.dates import WEEKDAY_NAMES

    for words, weekday, month_day, prop in rec.unresolved:
        for cf in claim.facts:
            if cf.type != "date" or cf.precision.value != "day" or cf.property != prop:
                continue
            day = date.fromisoformat(cf.value)
            if (weekday is not None and day.weekday() == weekday) or (month_day and cf.value[5:] == month_day):
                what = f"a {WEEKDAY_NAMES[day.weekday()]}" if weekday is not None else "the same month and day"
                return (f"{words!r} may be its {prop} {cf.value} ({what}); the seed has no date to tell: "
                        "if it is the same, add this quote there")
    return None


# --------------------------------------------------------------------------- rendering


def render_draft(draft: Draft, *, entities_file: str | None = None) -> str:
    """The claim file: ordered by line, every record marked as awaiting review."""
    ref = draft.reference.isoformat() if draft.reference else "none (relative dates left unresolved)"
    out = [
        f"# Drafted by factcheck draft from seed {draft.seed}; publication date {ref}.",
        f"# {len(draft.records)} check-worthy sentence(s) drafted, {draft.skipped} other body sentence(s) left out.",
        "# Every record awaits review: verdict unverified, an id starting draft-, a note starting",
        "# 'awaits review'. Accept (set the verdict the evidence supports, give a real id), edit, or drop.",
    ]
    if entities_file:
        out.append(f"# Names not in the register are proposed in {entities_file}.")
    out += [f"topic: draft-{_seed_tag(draft.seed)}", "claims:"]
    if not draft.records:
        out[-1] = "claims: []"
    for rec in draft.records:
        out.append("")
        out.append(f"  # line {rec.line}: {', '.join(dict.fromkeys(rec.why))}")
        for c in rec.comments:
            out.append(f"  # {c}")
        out.append(f"  - id: {rec.id}")
        out.append(f"    statement: {scalar(rec.statement)}")
        out.append("    verdict: unverified")
        out.append(f"    rationale: {scalar(f'Drafted from seed {draft.seed}, line {rec.line}; not yet reviewed.')}")
        if rec.facts:
            out.append("    facts:")
            for f in rec.facts:
                out.append(f"      - {flow(f.fact)}  # {f.comment}")
        out.append("    quotes:")
        out.append(f"      - seed: {scalar(draft.seed)}")
        out.append(f"        text: {scalar(rec.quote)}")
        if rec.expresses:
            out.append(f"        expresses: {flow(rec.expresses)}")
        for _, _, text, expresses in rec.also:
            out.append(f"      - seed: {scalar(draft.seed)}")
            out.append(f"        text: {scalar(text)}")
            out.append(f"        expresses: {flow(expresses)}")
        if rec.related:
            out.append(f"    related: [{', '.join(rec.related)}]")
        note = "awaits review" + "".join(f"; {n}" for n in dict.fromkeys(rec.notes))
        out.append(f"    note: {scalar(note)}")
    return "\n".join(out) + "\n"


def render_entities(draft: Draft) -> str:
    """The proposed register entries: names the register does not know, for review."""
    out = [f"# Names in seed {draft.seed} that claims/entities.yaml does not know, proposed for review.",
           "# Spelling as written; kind only where a cue gives one. Move accepted entries into",
           "# claims/entities.yaml (add variants, roles, the house spelling)."]
    kinded = [p for p in draft.entities if p.kind]
    unkinded = [p for p in draft.entities if not p.kind]
    for p in unkinded:
        out.append(f"# line {p.line}: {p.name!r}: no cue to its kind (person, place, organisation …?)")
    if not kinded:
        return "\n".join(out) + "\nentities: []\n"
    out.append("entities:")
    for p in kinded:
        out.append(f"  - {flow({'id': p.id, 'kind': p.kind, 'name': p.name, 'seeds': [draft.seed]})}"
                   f"  # line {p.line}; {p.cue}")
    return "\n".join(out) + "\n"
