"""Turn checked claim records into quiz items.

``generate(corpus, ...)`` runs :func:`factcheck.check` first and uses only claims with no
finding of severity warning or above (the others are counted in ``Quiz.claims_skipped``).
Questions are built from the typed facts, never hand-written: a fact is located in the
statement (the normalisers find its date, number or name there), then blanked, swapped
for a distractor, or asked about.

Determinism: every random choice comes from ``random.Random`` seeded with a string made
of the quiz seed, the item type and the claim id (string seeds are hashed with SHA-512 by
:mod:`random`, so they do not depend on ``PYTHONHASHSEED``); inputs are sorted by id;
no set is iterated; no clock is read. Random orders of claims and seeds are whole-list
shuffles, or in a fact base of more than 20,000 usable claims drawn lazily
(:mod:`._order`).

Speed: the work done for the whole fact base is one pass for the distractor pools
(:class:`~.distractors.Pools`), the name index, and the report's index of quote spans by
claim (:meth:`~factcheck.checking.Report.spans_for`); everything else (a claim's facts located in its statement, distractors, seed texts
folded for attribution) is done for the claims an item is tried on, and cached.

Layer: output wing (held by ``tests/project/test_layers.py``): may import ``factcheck.quiz``
itself, checking and everything below; never another output wing (reporters, fix, lint_text,
export, quiz), authoring or the cli.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice
from operator import attrgetter
from typing import Callable, Iterable, Iterator, Sequence

from .._gc import existing_frozen
from ..checking import QuoteSpan, Report, check
from ..errors import UsageError
from ..corpus import Corpus, Seed
from ..models import Claim, DateFact, Entity, EntityFact, EntityKind, KindDetail, NumberFact, Qualifier, Role, Stance, Verdict
from ..normalize import dates as _dates
from ..normalize import numbers as _numbers
from . import distractors as dx
from ._fold import fold_all
from ._order import lazy_for, random_order
from .items import BLANK, Citation, Difficulty, Item, ItemType, Option, PlantedError, Quiz
from .selfcheck import ORDER_STATED, RULES, Kept, Meta, Rejection, check_in_quiz, check_item

__all__ = ["DEFAULT_TYPES", "DIFFICULTY", "QuizOptions", "generate", "generate_from"]

#: Item types in the order the generator interleaves them.
DEFAULT_TYPES: tuple[ItemType, ...] = tuple(ItemType)

#: How hard each item type is for a trainee (``--difficulty`` filters on it).
DIFFICULTY: dict[ItemType, Difficulty] = {
    ItemType.true_false: Difficulty.easy,
    ItemType.spelling: Difficulty.easy,
    ItemType.verdict: Difficulty.medium,
    ItemType.multiple_choice: Difficulty.medium,
    ItemType.attribution: Difficulty.medium,
    ItemType.cloze: Difficulty.medium,
    ItemType.spot_the_error: Difficulty.hard,
    ItemType.timeline: Difficulty.hard,
}

_LETTERS = "abcdefghij"
_HELD = 32  # items of one type held back for balance before the type is given up
_RULE_NAMES = {r.code: r.name for r in RULES}
_ASKED_VERDICTS = (Verdict.supported, Verdict.refuted, Verdict.disputed, Verdict.outdated)
_VERDICT_WORDS = {
    Verdict.supported: "Supported by the sources",
    Verdict.refuted: "Refuted by the sources",
    Verdict.disputed: "Disputed: the sources disagree",
    Verdict.outdated: "Outdated: true once, no longer",
}


# --------------------------------------------------------------------------- facts in text


@dataclass(frozen=True)
class _Slot:
    """A typed fact found in a statement: [start, end) and the words used there."""

    fact: DateFact | NumberFact | EntityFact
    kind: str  # date | number | person | entity
    start: int
    end: int
    surface: str
    glossed: bool = False  # followed by "(SDF)": swapping the name would leave the wrong gloss


class _Base:
    """What the generators share: the checked claims, pools, sources and quote spans."""

    def __init__(self, corpus: Corpus, report: Report, claims: Sequence[Claim], seed: int, *,
                 ordered: bool = False) -> None:
        self.corpus = corpus
        self.report = report
        self.seed = seed
        self.lazy = lazy_for(len(claims))  # draw random orders lazily (a very large fact base)
        self.entities: dict[str, Entity] = {e.id: e for e in sorted(corpus.entities, key=_by_id)}
        self.claims = claims
        self.pools = dx.Pools.build(claims, self.entities, ordered=ordered)
        self._slots: dict[str, list[_Slot]] = {}
        self._folded: dict[str, str] = {}
        self._seed_ids: list[str] | None = None
        self._labels: dict[str, str] = {}
        self._names = None
        self._context: dict[str, list[Claim]] | None = None
        self._claim_stems: dict[str, frozenset[str]] = {}
        #: what the self-check rules need to know about each candidate item (by id(item))
        self.meta: dict[int, Meta] = {}
        self.rejections: list[Rejection] = []
        self._grammar_names: list[tuple[str, bool]] | None = None
        self._claim_id_set: frozenset[str] | None = None
        self._dated: dict[tuple, Claim] | None = None
        self._sentences: list[tuple[str, str]] | None = None
        #: (seed id, offset in the seed) of each sentence of ``_sentences``
        self._sentence_at: list[tuple[str, int]] = []
        self._word_index: dict[str, list[int]] = {}
        self._sentence_stems: dict[str, frozenset[str]] = {}
        self._agents: dict[str, frozenset[str]] | None = None
        self._titles: list[str] | None = None
        self._capitals: dict[str, list[Entity]] | None = None
        self._seed_words: dict[str, frozenset[str]] = {}
        self._bystanders: dict[str, bool] = {}
        #: the quiz's reference date: the latest publication date of any seed
        self.today = max((s.source.published for s in corpus.seeds.values()
                          if s.source is not None and s.source.published is not None), default=None)
        self.pools.today = self.today

    def spans(self, claim_id: str) -> tuple[QuoteSpan, ...]:
        """The claim's quote spans by quote index (:meth:`~factcheck.checking.Report.spans_for`)."""
        return self.report.spans_for(claim_id)

    # ------------------------------------------------------------------ helpers
    def rng(self, *parts: str) -> random.Random:
        return random.Random(":".join([str(self.seed), *parts]))

    @property
    def names(self):
        if self._names is None:
            from ..normalize.names import NameIndex

            self._names = NameIndex.of(self.corpus)  # the one the check built, if it did
        return self._names

    def source_label(self, seed_id: str) -> str:
        """How a seed is named in options and citations (cached: a seed is cited often)."""
        found = self._labels.get(seed_id)
        if found is None:
            found = self._labels[seed_id] = self._source_label(seed_id)
        return found

    def _source_label(self, seed_id: str) -> str:
        return source_label(self.corpus.seeds.get(seed_id), seed_id)

    def short_label(self, seed_id: str) -> str:
        """The shortest name a trainee recognises an article by, for running text."""
        seed: Seed | None = self.corpus.seeds.get(seed_id)
        src = seed.source if seed else None
        if src is None:
            return "an unlisted article"
        if src.outlet:
            return src.outlet
        if src.headline:
            return f"the article “{src.headline}”"
        if src.published:
            return f"the article of {_dates.format_date(src.published, 'day', style='house')}"
        return "an undated article"

    def plain(self, text: str) -> str:
        """``text`` (a record's rationale) with file stems ("seed 004", "seeds 000 and 001")
        replaced by the articles' names."""
        if not _SEED_REF.search(text):
            return text
        by_short = {sid.split("_", 1)[0]: sid for sid in self.seed_ids}

        def name(short: str) -> str:
            sid = by_short.get(short)
            return self.short_label(sid) if sid else "another article"

        def sub(m: re.Match[str]) -> str:
            shorts = re.findall(r"\d{3}", m.group(0))
            names = [name(x) for x in shorts]
            out = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
            if m.group(0)[0].isupper():
                out = out[0].upper() + out[1:]
            return out

        return _SEED_REF.sub(sub, text)

    def citations(self, claim: Claim, limit: int = 2, *, stance: Stance | None = None,
                  about: _Slot | None = None, cover: bool = False) -> tuple[Citation, ...]:
        """The claim's first ``limit`` quotes, as citations. With ``about`` (the name an
        item asks about or changes), a quote that names it comes first: the answer key must
        show the words that back its answer ("the recent Hasakah conference" for "held … in
        Hasakah", the third of three quotes). With ``cover`` (an item about the whole
        statement), the quotes shown name as many of the statement's names as the record's
        quotes do (:meth:`_covering`)."""
        out = []
        spans = self.spans(claim.id)
        preferred = [s for s in spans if stance is None or claim.quotes[s.index].stance is stance]
        chosen = preferred or spans
        entity_id = about.fact.entity if about is not None and isinstance(about.fact, EntityFact) else None
        if entity_id is not None and len(chosen) > limit:
            seeds = self.corpus.seeds
            naming = [self.names_entity(seeds[s.seed].text[s.start:s.end], entity_id) for s in chosen]
            if any(naming) and not any(naming[:limit]):
                first = naming.index(True)
                chosen = [chosen[first], *(s for i, s in enumerate(chosen) if i != first)]
        elif cover and len(chosen) > limit:
            chosen = self._covering(claim, chosen, limit)
        for span in chosen[:limit]:
            seed = self.corpus.seeds[span.seed]
            out.append(Citation(claim_id=claim.id, seed=span.seed, source=self.source_label(span.seed),
                                quote=seed.text[span.start:span.end], start=span.start, end=span.end))
        return tuple(out)

    def slots(self, claim: Claim) -> list[_Slot]:
        """The claim's typed facts that can be found in its statement, in text order."""
        found = self._slots.get(claim.id)
        if found is None:
            found = self._slots[claim.id] = self._find_slots(claim, claim.facts)
        return found

    def date_slots(self, claim: Claim) -> list[_Slot]:
        """The date slots of :meth:`slots`, in text order.

        A fact's slot depends only on the slots of the facts before it (a mention
        already taken is not free), so when the date facts come first only the dates
        are looked for (no name or number scan).
        """
        found = self._slots.get(claim.id)
        if found is None:
            facts = claim.facts
            n = 0
            while n < len(facts) and isinstance(facts[n], DateFact):
                n += 1
            if any(isinstance(f, DateFact) for f in facts[n:]):
                found = self.slots(claim)
            else:
                return self._find_slots(claim, facts[:n])
        return [s for s in found if s.kind == "date"]

    def _find_slots(self, claim: Claim, facts: Sequence[DateFact | NumberFact | EntityFact]) -> list[_Slot]:
        statement = claim.statement
        out: list[_Slot] = []
        taken: list[tuple[int, int]] = []

        def free(a: int, b: int) -> bool:
            return all(b <= s or a >= e for s, e in taken)

        # scan only for the kinds of fact asked about (a scan finds every mention in the statement)
        date_mentions = _dates.find_dates(statement) if any(isinstance(f, DateFact) for f in facts) else []
        number_mentions = _numbers.find_numbers(statement) if any(isinstance(f, NumberFact) for f in facts) else []
        name_mentions = (self.names.find_mentions(statement)
                         if any(isinstance(f, EntityFact) and f.entity in self.entities for f in facts) else [])
        for fact in facts:
            if isinstance(fact, DateFact):
                want = dx._date_of(fact)
                for m in date_mentions:
                    r = m.result
                    if r.ok and r.start == want and r.precision == fact.precision.value and free(m.start, m.end):
                        house = _dates.format_date(want, fact.precision.value, style="house")
                        at = m.text.find(house)
                        if at == -1:
                            continue  # not in house style: distractors would look different
                        start, end = m.start + at, m.start + at + len(house)  # "in 2024" -> "2024"
                        out.append(_Slot(fact, "date", start, end, house))
                        taken.append((start, end))
                        break
            elif isinstance(fact, NumberFact):
                for m in number_mentions:
                    r = m.result
                    if r.ok and _numbers.agrees(fact, r) and free(m.start, m.end):
                        house = dx.format_number_fact(fact)
                        at = m.text.find(house)
                        if at == -1:
                            continue  # not in house style: distractors would look different
                        start, end = m.start + at, m.start + at + len(house)
                        out.append(_Slot(fact, "number", start, end, house))
                        taken.append((start, end))
                        break
            else:
                entity = self.entities.get(fact.entity)
                if entity is None:
                    continue
                for m in name_mentions:
                    if m.match is not None and m.match.entity_id == entity.id and free(m.start, m.end):
                        if m.surface != entity.name:
                            break  # only house-style mentions are asked about
                        kind = "person" if entity.kind is EntityKind.person else "entity"
                        glossed = statement[m.end:m.end + 2] == " ("
                        out.append(_Slot(fact, kind, m.start, m.end, m.surface, glossed))
                        taken.append((m.start, m.end))
                        break
        out.sort(key=lambda s: s.start)
        return out

    def distractors(self, slot: _Slot, claim: Claim, rng: random.Random, n: int = 3) -> list[str]:
        if slot.glossed:
            return []
        if isinstance(slot.fact, DateFact):
            return dx.date_distractors(slot.fact, self.pools, rng, n)
        if isinstance(slot.fact, NumberFact):
            found = dx.number_distractors(slot.fact, self.pools, rng, n)
            return found
        in_claim = [f.entity for f in claim.facts if isinstance(f, EntityFact)]
        found = dx.entity_distractors(slot.fact, self.pools, rng, n + 8, exclude=in_claim)
        return [w for w in found
                if (self.implausible(claim, slot, w) is None or self.pools.drop("QZ108"))
                and (self.supports(claim, slot, w) is None or self.pools.drop("QZ105"))][:n]

    # ------------------------------------------------------------------ plausible options
    def implausible(self, claim: Claim, slot: _Slot, wrong: str) -> str | None:
        """Why the name ``wrong`` in ``slot`` would be false only in a closed world, or None.

        * The words around the slot are a fixed phrase of an event ("the fall of _____",
          "_____'s ouster", "the invasion of _____", "threats from _____", "under _____"):
          only an entity the fact base itself says took that part in such an event fits
          there ("the fall of Murhef Abu Qasra" is absurd, not a trap).
        * Where the key holds a role of the fact's subject ("HTS was led by _____"), an option
          holds a role of something of the subject's fine kind (the SDF's commander), not a
          country's president.
        * An armed group is an option for an armed group only where another claim names the
          two together: armed groups are sides of a conflict, and one from another story
          ("Turkish-backed factions under the PKK umbrella", "the setbacks Iran and HTS
          suffered … to prop up the army") reads as absurd.
        * A role title written just before the name ("President _____", "the Syrian Defence
          Minister, _____") takes only a holder of that title in the register.
        * Outside such a phrase, an entity the articles name only in page furniture or only
          as the object of an event phrase (Germany in a related headline, Ukraine in
          "Russia's invasion of Ukraine") is no actor of the story: "Ukraine seized Syrian
          territory" is false only because nobody said it.
        """
        if not isinstance(slot.fact, EntityFact):
            return None
        match = self.names.match(wrong)
        if match is None:
            return None
        other = match.entity_id
        entity = self.entities.get(other)
        key = self.entities.get(slot.fact.entity)
        subject = self.entities.get(slot.fact.subject) if slot.fact.subject else None
        if key is not None and subject is not None and any(r.of == subject.id for r in key.roles):
            # "HTS was led by _____": the key leads its subject; an option leads something of
            # the subject's kind (an armed group's commander), not a country's president
            if entity is None or not any(r.of in self.entities and dx.fits(subject, self.entities[r.of])
                                         for r in entity.roles if r.of != subject.id):
                return f"{wrong} holds no role of something like {subject.name}"
        title = self.title_before(claim.statement, slot.start)
        if title is not None:
            if entity is None or not any(r.title.lower() == title for r in entity.roles):
                return f"{wrong} holds no role “{title}” in the register (“… {title} _____”)"
        family = _phrase_family(claim.statement, slot.start, slot.end,
                                person=slot.kind == "person")
        if family is not None:
            if other not in self.phrase_agents().get(family, ()):
                return f"the fact base never gives {wrong} the part of “{_FAMILY_WORDS[family]}”"
            return None
        if key is not None and entity is not None and KindDetail.armed_group in key.kind_detail \
                and other not in self.beside(key.id, claim.id):
            # armed groups are sides of one conflict or another: one the fact base never names
            # beside the key is from another story ("Turkish-backed factions under the PKK
            # umbrella", "setbacks Iran and Hayat Tahrir al-Sham suffered … to prop up the army")
            return f"no other claim names {wrong} beside {key.name}"
        if self.is_bystander(other):
            return f"the articles name {wrong} only in page furniture or as the object of an event"
        return None

    def beside(self, entity_id: str, claim_id: str) -> set[str]:
        """Entities some claim other than ``claim_id`` names together with ``entity_id``."""
        out: set[str] = set()
        for c in self.context().get(entity_id, ()):
            if c.id != claim_id:
                out.update(f.entity for f in c.facts if isinstance(f, EntityFact))
        return out

    def capitals(self) -> dict[str, list[Entity]]:
        """Country id -> its capitals in the register (built once)."""
        if self._capitals is None:
            self._capitals = {}
            for e in self.entities.values():
                if e.within and KindDetail.capital in e.kind_detail:
                    self._capitals.setdefault(e.within, []).append(e)
        return self._capitals

    def title_before(self, text: str, start: int) -> str | None:
        """The register's role title written just before ``start`` ("President _____",
        "the Syrian Defence Minister, _____"), lowercased, or None: only a holder of that
        title fits there ("President Asaad al-Shaibani" is a wrong title, not a trap)."""
        if self._titles is None:
            titles = {r.title.lower() for e in self.entities.values() for r in e.roles}
            self._titles = [t for t in sorted(titles, key=lambda t: (-len(t), t)) if t]
        before = text[max(0, start - 40):start].rstrip()
        before = before[:-1].rstrip() if before.endswith(",") else before
        low = before.lower()
        for title in self._titles:
            if low.endswith(title) and (len(low) == len(title) or not low[-len(title) - 1].isalnum()):
                return title
        return None

    def phrase_agents(self) -> dict[str, frozenset[str]]:
        """Phrase family -> ids of the entities the fact base puts in that part (built once,
        from the statements of claims not refuted, their quotes, and event names such as
        "ousting of Bashar al-Assad")."""
        if self._agents is None:
            found: dict[str, set[str]] = {}
            for c in self.claims:
                if c.verdict is Verdict.refuted:
                    continue
                for text in (c.statement, *(q.text for q in c.quotes)):
                    self._collect_agents(text, found)
            self._agents = {k: frozenset(v) for k, v in found.items()}
        return self._agents

    def _collect_agents(self, text: str, found: dict[str, set[str]]) -> None:
        for m in self.names.find_mentions(text):
            if m.match is None:
                continue
            entity = self.entities.get(m.match.entity_id)
            if entity is not None and entity.kind is EntityKind.event:
                inner = _EVENT_NAME.match(entity.name)
                if inner is not None:  # "ousting of Bashar al-Assad": Bashar al-Assad was ousted
                    who = self.names.match(inner.group(2))
                    fam = _NOUN_FAMILY.get(inner.group(1).lower())
                    if who is not None and fam is not None:
                        found.setdefault(fam, set()).add(who.entity_id)
                continue
            person = entity is not None and entity.kind is EntityKind.person
            fam = _phrase_family(text, m.start, m.end, person=person)
            if fam is not None:
                found.setdefault(fam, set()).add(m.match.entity_id)

    def is_bystander(self, entity_id: str) -> bool:
        """Whether the seeds name the entity, but only in page furniture or as the object of
        an event phrase ("invasion of Ukraine"): never a wrong option outside such a phrase.
        Its sentences are found through the word index of :meth:`sentence_stems` (cached per
        entity); an entity no seed names is not a bystander (nothing is known)."""
        found = self._bystanders.get(entity_id)
        if found is not None:
            return found
        entity = self.entities.get(entity_id)
        named = actor = False
        if entity is not None:
            for n in self._sentences_naming(entity):
                sentence = self._sentences[n][1]
                seed_id, at = self._sentence_at[n]
                seed = self.corpus.seeds[seed_id]
                for m in self.names.find_mentions(sentence):
                    if m.match is None or m.match.entity_id != entity_id:
                        continue
                    named = True
                    if seed.furniture_at(at + m.start, at + m.end) is None and \
                            _phrase_family(sentence, m.start, m.end, person=False) not in _OBJECT_FAMILIES:
                        actor = True
                        break
                if actor:
                    break
        found = self._bystanders[entity_id] = named and not actor
        return found

    def supports(self, claim: Claim, slot: _Slot, wrong: str) -> str | None:
        """Why the fact base might support ``claim`` with ``wrong`` in ``slot``, or None.

        A false variant (and a distractor) must be false against everything, not only
        against its own claim. Dates and numbers are compared by interval with every value
        given for the same subject and property (:mod:`.distractors`); for a name:

        * the entity is linked to the fact's subject by any claim (any property);
        * one of the claim's own quotes names it (under any registered spelling);
        * another claim that is not refuted names it and shares a content word with this
          statement, in its own statement or its quotes ("terrorism" / "terrorist", "threats"
          / "threat"): the base may say it elsewhere.

        Last, for any kind, the words around the change are looked for in every seed.
        """
        fact = slot.fact
        if isinstance(fact, EntityFact):
            match = self.names.match(wrong)
            if match is None:
                return f"{wrong!r} is not a registered name"
            other = match.entity_id
            subject = fact.subject
            if subject and ((subject, other) in self.pools.links or (other, subject) in self.pools.links):
                return f"another claim links {wrong} to {subject}"
            entity = self.entities.get(other)
            if entity is not None:
                forms = [entity.name, *entity.variants, *entity.aliases, *entity.short]
                for q in claim.quotes:
                    folded = _fold_all(q.text)
                    if any(_word_in(_fold_all(f), folded) for f in forms):
                        return f"a quote of this claim names {wrong}"
            stems = _stems(claim.statement)
            for c in self.context().get(other, ()):
                if c.id != claim.id:
                    shared = stems & self.claim_stems(c)
                    if shared:
                        return f"claim {c.id} names {wrong} and shares the words {sorted(shared)}"
            if entity is not None:
                # the sources' own sentences about it, for words the base did not record
                # ("poses an ongoing threat" beside the YPG, for "threats from the YPG")
                near = _stems(_around(claim.statement, slot.start, slot.end, words=5))
                said = near & self.sentence_stems(entity)
                if said:
                    return f"a source says {sorted(said)} in a sentence naming {wrong}"
        varied = _replace(claim.statement, slot, wrong)
        phrase = _around(varied, slot.start, slot.start + len(wrong))
        if phrase and self.in_some_seed(phrase):
            return f"a source has the words {phrase!r}"
        return None

    def in_some_seed(self, phrase: str) -> bool:
        """Whether some seed sentence has the words of ``phrase`` in a row (folded,
        punctuation ignored); the sentences are found through the word index of
        :meth:`sentence_stems`, by the phrase's rarest word."""
        words = _TOKEN.findall(_fold_all(phrase))
        if not words:
            return False
        self._index_sentences()
        wanted = " " + " ".join(words) + " "
        rarest = min(words, key=lambda w: len(self._word_index.get(w, ())))
        return any(wanted in self._sentences[n][0] for n in self._word_index.get(rarest, ()))

    def _index_sentences(self) -> None:
        """Every seed sentence, folded to its words, and an index from each word to the
        sentences that have it (built once)."""
        if self._sentences is not None:
            return
        self._sentences = []
        index = self._word_index
        where = self._sentence_at
        for seed_id in self.seed_ids:
            text = self.corpus.seeds[seed_id].text
            at = 0
            for sentence in _SENTENCE.split(text):
                at = text.find(sentence, at)  # the split keeps sentences in order
                tokens = _TOKEN.findall(_fold_all(sentence))
                n = len(self._sentences)
                self._sentences.append((" " + " ".join(tokens) + " ", sentence))
                where.append((seed_id, at))
                at += len(sentence)
                for word in set(tokens):
                    found = index.get(word)
                    if found is None:
                        index[word] = [n]
                    else:
                        found.append(n)

    def sentence_stems(self, entity: Entity) -> frozenset[str]:
        """Content stems of every seed sentence that names ``entity`` (any registered form),
        cached per entity; the sentences are found through a word index built once."""
        found = self._sentence_stems.get(entity.id)
        if found is not None:
            return found
        stems: set[str] = set()
        for n in self._sentences_naming(entity):
            stems |= _stems(self._sentences[n][1])
        found = self._sentence_stems[entity.id] = frozenset(stems)
        return found

    def _sentences_naming(self, entity: Entity) -> Iterator[int]:
        """Indexes of the seed sentences that name ``entity`` in any registered form, each once,
        found through the word index (the form's rarest word, then the whole form)."""
        self._index_sentences()
        seen: set[int] = set()
        for form in dict.fromkeys((entity.name, *entity.variants, *entity.aliases, *entity.short)):
            words = _TOKEN.findall(_fold_all(form))
            if not words:
                continue
            rarest = min(words, key=lambda w: len(self._word_index.get(w, ())))
            wanted = " " + " ".join(words) + " "
            for n in self._word_index.get(rarest, ()):
                if n not in seen and wanted in self._sentences[n][0]:
                    seen.add(n)
                    yield n

    def context(self) -> dict[str, list[Claim]]:
        """Entity id -> every claim not refuted that names it (one pass over the facts, built
        on first use); their content stems are computed per claim when asked for."""
        if self._context is None:
            found: dict[str, list[Claim]] = {}
            for c in self.claims:
                if c.verdict is Verdict.refuted:
                    continue
                for e in sorted({f.entity for f in c.facts if isinstance(f, EntityFact)}):
                    found.setdefault(e, []).append(c)
            self._context = found
        return self._context

    def claim_stems(self, claim: Claim) -> frozenset[str]:
        """Content stems of a claim's statement and its quotes' (a source may say more than
        the statement: "poses an ongoing threat" in a quote about the YPG); cached."""
        found = self._claim_stems.get(claim.id)
        if found is None:
            found = self._claim_stems[claim.id] = _stems(" ".join([claim.statement, *(q.text for q in claim.quotes)]))
        return found

    # ------------------------------------------------------------------ self-check
    def value_of(self, slot: _Slot, text: str) -> object:
        """The typed value ``text`` stands for in ``slot``: an Entity, a (first, last) day
        pair or a number Interval (None when it cannot be read)."""
        fact = slot.fact
        if slot.kind == "weekday":
            return None
        if isinstance(fact, DateFact):
            r = _dates.parse_date(text, dx._date_of(fact))
            return (r.start, r.end) if r.ok else None
        if isinstance(fact, NumberFact):
            r = _numbers.parse_number(text)
            return dx.read_interval(r) if r.ok else None
        match = self.names.match(text)
        return self.entities.get(match.entity_id) if match is not None else None

    @property
    def grammar_names(self) -> list[tuple[str, bool]]:
        if self._grammar_names is None:
            # house names only: a variant may differ ("NATO" but "the North Atlantic Treaty Organization")
            self._grammar_names = sorted({(e.name, e.takes_the) for e in self.entities.values()
                                          if e.takes_the is not None}, key=lambda x: (-len(x[0]), x))
        return self._grammar_names

    def keep(self, item: Item, *, claim: Claim | None = None, slot: _Slot | None = None,
             wrong: Sequence[str] = (), filled: Sequence[str] = (),
             role: tuple[Entity, Role] | None = None, key: str = "",
             fragment: tuple[int, tuple[str, ...]] | None = None, forms: Sequence[str] = (),
             asked: _Slot | None = None) -> Item:
        """Note what the self-check needs to know about ``item`` and give it its stable key
        (type, records and the fact asked about or changed: :func:`item_key`); returns it."""
        item = item.model_copy(update={"key": item_key(item, key)})
        meta = self.new_meta(item)
        if slot is not None and slot.kind != "weekday":
            meta.kind = slot.kind
            meta.key = self.value_of(slot, slot.surface)
            meta.options = {w: self.value_of(slot, w) for w in wrong}
            if claim is not None:
                meta.supported = tuple(r for r in (self.supports(claim, slot, w) for w in wrong) if r)
                meta.implausible = tuple(r for r in (self.implausible(claim, slot, w) for w in wrong) if r)
        meta.filled = tuple(filled)
        meta.role = role
        if fragment is not None:
            meta.quote_words, meta.distinctive = fragment
        meta.answer_forms = tuple(forms)
        meta.uncited = self.uncited(item, asked)
        self.meta[id(item)] = meta
        return item

    def dated(self, days: tuple) -> Claim | None:
        """A supported claim whose date covers exactly ``days`` (first by id), for feedback."""
        if self._dated is None:
            self._dated = {}
            for c in self.claims:
                if c.verdict is Verdict.supported:
                    for f in c.facts:
                        if isinstance(f, DateFact):
                            key = dx.date_interval(dx._date_of(f), f.precision.value)
                            self._dated.setdefault(key, c)
        return self._dated.get(days)

    def new_meta(self, item: Item) -> Meta:
        if self._claim_id_set is None:
            self._claim_id_set = frozenset(c.id for c in self.corpus.claims)
        return Meta(item=item, today=self.today, names=self.grammar_names, claim_ids=self._claim_id_set)

    def _covering(self, claim: Claim, spans: Sequence[QuoteSpan], limit: int) -> list[QuoteSpan]:
        """``spans`` reordered so that the first ``limit`` name the most names of the statement
        (events and agreements aside): the first quote, then greedily the one naming most
        names not yet named (the earliest on a tie), in the record's order; the rest after."""
        wanted = {s.fact.entity for s in self.slots(claim) if isinstance(s.fact, EntityFact) and not _described(self, s)}
        seeds = self.corpus.seeds
        named = [{e for e in wanted if self.names_entity(seeds[s.seed].text[s.start:s.end], e)} for s in spans]
        picked, covered = [0], set(named[0])
        while len(picked) < limit:
            best = max((i for i in range(len(spans)) if i not in picked), key=lambda i: (len(named[i] - covered), -i))
            if not named[best] - covered:
                break
            picked.append(best)
            covered |= named[best]
        if len(picked) == 1:
            return list(spans)
        return [spans[i] for i in sorted(picked)] + [s for i, s in enumerate(spans) if i not in picked]

    def names_entity(self, text: str, entity_id: str) -> bool:
        """Whether ``text`` (a quote) names the entity: under any registered form (its name,
        a variant, alias, short form or misspelling), by a capital the register gives it
        ("Ankara" for Turkey) or, for a country, by its nationality adjective ("Turkish
        Defense Minister")."""
        entity = self.entities.get(entity_id)
        if entity is None:
            return False
        capitals = {c.id for c in self.capitals().get(entity_id, ())}
        if any(m.match.entity_id == entity_id or m.match.entity_id in capitals
               for m in self.names.find_mentions(text)):
            return True
        folded = _fold_all(text)
        forms = (entity.name, *entity.variants, *entity.aliases, *entity.short, *entity.misspellings)
        if any(_word_in(_fold_all(f), folded) for f in forms):
            return True
        if KindDetail.country in entity.kind_detail:
            stems = {_fold_all(f)[:4] for f in (entity.name, *entity.aliases) if len(f) >= 4}
            return any(_fold_all(w)[:4] in stems for w in _DEMONYM.findall(text))
        return False

    def uncited(self, item: Item, slot: _Slot | None) -> str | None:
        """Why no citation of ``item`` backs the name it asks about or changes, or None."""
        if slot is None or not isinstance(slot.fact, EntityFact) or not item.citations:
            return None
        if any(self.names_entity(c.quote, slot.fact.entity) for c in item.citations):
            return None
        return f"no quote in the answer key names {slot.surface!r}, the name the item asks about"

    def alias_notes(self, entity_ids: Iterable[str], cites: Sequence[Citation], told: str = "") -> str:
        """" In the quote, “Abu Mohammed al-Julani” is another name for Ahmed al-Sharaa." for
        every entity the quotes name only by an alias, variant or misspelling, unless ``told``
        (the explanation so far) already names that form ("Also accepted, though not house
        style: “Turkish Ministry of Defense”"): a form is explained once."""
        notes = []
        quotes = [_fold_all(c.quote) for c in cites]
        for eid in entity_ids:
            e = self.entities.get(eid)
            if e is None or any(_word_in(_fold_all(e.name), q) for q in quotes):
                continue
            forms = ([(a, "another name for") for a in e.aliases]
                     + [(v, "an accepted variant (not house style) of") for v in e.variants]
                     + [(m, "a misspelling of") for m in e.misspellings])
            # the form as the source prints it first ("Turkish defence ministry", not the
            # "Turkish Defence Ministry" that matches it only folded)
            exact = [f for f in forms if any(_word_in(f[0], c.quote) for c in cites)]
            for form, what in exact + [f for f in forms if f not in exact]:
                if any(_word_in(_fold_all(form), q) for q in quotes):
                    if f"“{form}”" not in told:
                        notes.append(f" In the source, “{form}” is {what} {e.name}.")
                    break
        return "".join(notes)

    @property
    def seed_ids(self) -> list[str]:
        """Every seed id, sorted (once)."""
        if self._seed_ids is None:
            self._seed_ids = sorted(self.corpus.seeds)
        return self._seed_ids

    def answer_forms(self, slot: _Slot) -> tuple[str, ...]:
        """Forms of a name answer that would give it away if the stem printed them: its
        registered names, abbreviations and short forms, and for a person each word of the
        house name of four letters or more that is not a particle ("al-Assad" in "_____ was
        the father of Bashar al-Assad")."""
        fact = slot.fact
        if not isinstance(fact, EntityFact):
            return ()
        entity = self.entities.get(fact.entity)
        if entity is None:
            return ()
        forms = [entity.name, *entity.variants, *entity.aliases, *entity.short]
        if entity.kind is EntityKind.person:
            for word in entity.name.split():
                core = "-".join(p for p in word.split("-") if p.lower() not in _PARTICLES)
                if len(core) >= 4:
                    forms += [word, core]
        return tuple(dict.fromkeys(forms))

    def seed_words(self, seed_id: str) -> frozenset[str]:
        """The folded words of a seed (cached)."""
        found = self._seed_words.get(seed_id)
        if found is None:
            found = self._seed_words[seed_id] = frozenset(_TOKEN.findall(self.folded_seed(seed_id)))
        return found

    def folded_seed(self, seed_id: str) -> str:
        """The seed text with every fold applied (cached): quote matching's most lenient stage."""
        if seed_id not in self._folded:
            self._folded[seed_id] = _fold_all(self.corpus.seeds[seed_id].text)
        return self._folded[seed_id]

    def entity_ids(self, claim: Claim) -> tuple[str, ...]:
        return tuple(sorted({f.entity for f in claim.facts if isinstance(f, EntityFact)}))


_by_id = attrgetter("id")


def item_key(item: Item, detail: str) -> str:
    """The stable key of an item: its type, its records and the fact asked about or changed
    ("multiple-choice turkey-syria-mou-signed … 13 August 2025"), never its position, so a
    trainer's review file (``--review``) names the same item in every quiz."""
    return " | ".join(p for p in (item.type.value, " + ".join(sorted(item.claim_ids)), detail) if p)


def source_label(seed: Seed | None, seed_id: str) -> str:
    """How an article is named to trainees: outlet, headline and date as the article gives
    them (``seeds/sources.yaml``), never the file stem.

    Every label has the same three parts in the same order, each said to be missing where
    the article does not give it ("National Security News · no headline · 18 August 2025",
    "no outlet named · “Turkey, Syria sign …” · undated"): labels of different forms side by
    side (one with outlet and date, the others "(undated)") single an option out. An
    article with none of the three adds its opening words."""
    if seed is None:
        return "an unlisted article"
    src = seed.source
    outlet = src.outlet if src is not None and src.outlet else "no outlet named"
    headline = f"“{src.headline}”" if src is not None and src.headline else "no headline"
    when = (_dates.format_date(src.published, "day", style="house")
            if src is not None and src.published else "undated")
    label = f"{outlet} · {headline} · {when}"
    if src is None or not (src.outlet or src.headline or src.published):
        label += f" · begins “{_opening(seed)}”"
    return label


def _opening(seed: Seed, words: int = 8) -> str:
    """The first words of an article, for one that gives no outlet, headline or date."""
    first = seed.text.split()[:words]
    return " ".join(first) + ("…" if len(seed.text.split()) > words else "")


def _fold_all(text: str) -> str:
    return fold_all(text)  # == normalize.text.fold(text, every fold).text, without the offsets


_SEED_REF = re.compile(r"\b[Ss]eeds? \d{3}(?:(?:, | and | or )\d{3})*\b")
_TOKEN = re.compile(r"\w+")
_SENTENCE = re.compile(r"(?<=[.!?…])[”\"’']?\s+|\n+")
_DEMONYM = re.compile(r"[A-Z][a-z]+(?:i|ian|ish|ese)")
_WORD_RE = re.compile(r"[^\W\d_]+")
#: words too common in this genre to tie two statements together
#: words too common to tell one article from another (for attribution fragments)
_COMMON_WORDS = frozenset("""
about according after against again agreement also another because before being between
could during every first former further group groups including later leader month months
other their there these those three through under until where which while would years
""".split())
_COMMON = frozenset("""
about according after against agreement announced because before between called country
countries during following government including official officials people region reported
should source sources statement syrian turkish against within without would support
""".split())


def _stems(text: str) -> frozenset[str]:
    """Content stems of a statement: the first six letters of each lowercase word of six or
    more letters that is not a common word ("terrorism" and "terrorist" share "terror"), and
    of nationality adjectives ("Israeli strikes" and "the Israeli assault" share "israel");
    other capitalised words are names, which the entity links already compare."""
    return frozenset(w[:6].lower() for w in _WORD_RE.findall(text)
                     if len(w) >= 6 and w.lower() not in _COMMON
                     and (w.islower() or _DEMONYM.fullmatch(w)))


def _word_in(needle: str, haystack: str) -> bool:
    if needle not in haystack:
        return False
    return _word_pattern(needle).search(haystack) is not None


@lru_cache(maxsize=4096)
def _word_pattern(needle: str) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)" + re.escape(needle) + r"(?!\w)")


#: fixed phrases of an event around a name, by family: the words before the name, and
#: the words after it (a possessive: "Assad's fall"). A name there took that part in the event.
_NOUN_FAMILY = {**{w: "removed" for w in ("fall", "ousting", "ouster", "overthrow", "collapse", "toppling",
                                         "downfall", "removal", "departure")},
                **{w: "invaded" for w in ("invasion", "occupation")}}
_FAMILY_WORDS = {"removed": "the fall of _____", "invaded": "the invasion of _____",
                 "invader": "_____'s invasion", "threat": "threats from _____", "ruler": "under _____",
                 "kin": "the father of _____", "fled": "_____ fled"}
_REMOVAL = r"(?:fall|ousting|ouster|overthrow|collapse|toppling|downfall|removal|departure)"
_BEFORE = (
    # "the fall of _____", "the fall from power of _____", "the ousting of former Syrian
    # President _____" (titles between)
    ("removed", re.compile(r"\b(?i:" + _REMOVAL + r"\s+(?:from\s+power\s+)?of\s+(?:the\s+)?)"
                           r"(?:(?:former|late|then|ousted|[A-Z][\w-]*)\s+){0,3}$")),
    ("invaded", re.compile(r"\b(?:invasion|occupation)\s+of\s+(?:the\s+)?$", re.I)),
    ("threat", re.compile(r"\bthreats?\s+(?:\w+\s+)?(?:from|by|of)\s+(?:the\s+)?$", re.I)),
    ("ruler", re.compile(r"(?:^|[\s,;(])(?:under|regime of|government of|rule of)\s+(?:the\s+)?$", re.I)),
    ("kin", re.compile(r"\b(?:father|mother|son|daughter|brother|sister|wife|husband|widow)(?:\s+of)?,?\s+$", re.I)),
)
_AFTER = (
    ("removed", re.compile(r"^['’]s?\s+(?:\w+\s+)?" + _REMOVAL + r"\b", re.I)),
    ("invader", re.compile(r"^['’]s?\s+(?:\w+\s+)?invasion\b", re.I)),
    ("ruler", re.compile(r"^(?:['’]s?)?\s+(?:regime|government|rule)\b", re.I)),
    ("removed", re.compile(r"^\s+(?:was|were|had been)\s+(?:ousted|toppled|overthrown|deposed)\b", re.I)),
    ("fled", re.compile(r"^\s+fled\b", re.I)),
)
#: families whose name is what the event happened to (not an actor of the story)
_OBJECT_FAMILIES = frozenset({"invaded"})
_EVENT_NAME = re.compile(r"^(?:\w+\s+)?(" + "|".join(_NOUN_FAMILY) + r")\s+of\s+(.+)$", re.I)


def _phrase_family(text: str, start: int, end: int, *, person: bool) -> str | None:
    """The event phrase the name at ``text[start:end]`` sits in, or None: "removed" for "the
    fall of _____" or "_____'s ouster", "invaded"/"invader" for "the invasion of _____" /
    "_____'s invasion", "threat" for "threats from _____", "ruler" (people only) for "under
    _____" or "the _____ regime", "kin" for "the father of _____" or "his son, _____"."""
    before = text[max(0, start - 60):start]
    after = text[end:end + 40]
    for family, pattern in _BEFORE:
        if (family not in ("ruler", "kin") or person) and pattern.search(before):
            return family
    for family, pattern in _AFTER:
        if (family not in ("ruler", "fled") or person) and pattern.search(after):
            return family
    return None


def _around(text: str, start: int, end: int, words: int = 2) -> str:
    """The changed words with up to ``words`` words either side (what a source would say)."""
    before = text[:start].split()[-words:]
    after = text[end:].split()[:words]
    if not before and not after:
        return ""
    return " ".join([*before, text[start:end], *after]).strip(" .,;:")


def _replace(text: str, slot: _Slot, new: str) -> str:
    """``text`` with ``new`` in the slot's place; a name put at the start of the sentence is
    capitalised there ("Al-Jalali rejected …", not "al-Jalali rejected …"), and a name ending
    in "s" takes a bare apostrophe before a possessive ("Forces' capabilities")."""
    if slot.start == 0 and new[:1].islower():
        new = new[0].upper() + new[1:]
    rest = text[slot.end:]
    if new.endswith("s") and rest[:2] in ("'s", "’s") and not rest[2:3].isalnum():
        rest = rest[:1] + rest[2:]  # "the Turkish Armed Forces' capabilities", not "Forces's"
    return text[: slot.start] + new + rest


def _options(right: str, wrong: Sequence[str], rng: random.Random,
             notes: dict[str, str] | None = None) -> tuple[Option, ...]:
    texts = [right, *wrong]
    rng.shuffle(texts)
    notes = notes or {}
    return tuple(Option(id=_LETTERS[i], text=t, correct=(t == right), note=notes.get(t))
                 for i, t in enumerate(texts))


_QUESTION = {
    "date": "Which date completes the statement?",
    "number": "Which figure completes the statement?",
    "person": "Who completes the statement?",
    "entity": "Which name completes the statement?",
}


# --------------------------------------------------------------------------- item makers


def _true_false(base: _Base, claim: Claim) -> Item | None:
    rng = base.rng("true-false", claim.id)
    cites = base.citations(claim, cover=True)
    if not cites:
        return None
    slot: _Slot | None = None
    wrong: list[str] = []
    if claim.verdict is Verdict.refuted:
        statement, truth = claim.statement, False
        explanation = f"False. {base.plain(claim.rationale or 'The sources contradict this statement.')}"
        cites = base.citations(claim, stance=Stance.contradicts)
    elif claim.verdict is Verdict.supported:
        slots = [s for s in base.slots(claim) if not _in_examples(base, claim, s)]
        truth = not slots or rng.random() < 0.5
        statement, explanation = claim.statement, f"True. {claim.statement}"
        if not truth:
            slot = rng.choice(slots)
            wrong = base.distractors(slot, claim, rng, 1)
            if not wrong and isinstance(slot.fact, NumberFact):
                wrong = _qualifier_swap(slot)  # "more than 20,000" -> "fewer than 20,000"
            if not wrong:
                truth, slot = True, None
            else:
                cites = base.citations(claim, about=slot)
                statement = _replace(claim.statement, slot, wrong[0])
                explanation = (f"False: the sources give {slot.surface}, not {wrong[0]}. "
                               f"Correct statement: {claim.statement}")
    else:
        return None
    explanation += base.alias_notes(base.entity_ids(claim), cites)
    answer = "True" if truth else "False"
    options = (Option(id="a", text="True", correct=truth), Option(id="b", text="False", correct=not truth))
    item = Item(id="", type=ItemType.true_false, difficulty=DIFFICULTY[ItemType.true_false],
                prompt="True or false?", statement=statement, options=options, answer=answer,
                explanation=explanation, citations=cites, claim_ids=(claim.id,), topic=claim.topic,
                entities=base.entity_ids(claim))
    key = "as stated" if slot is None else f"{slot.surface} -> {wrong[0]}"
    return base.keep(item, claim=claim, slot=slot, wrong=wrong[:1], filled=(statement,), key=key, asked=slot)


def _qualifier_swap(slot: _Slot) -> list[str]:
    """The number with its bound turned round, when that makes it false ("more than" ->
    "fewer than"), as a one-element list (or empty)."""
    fact = slot.fact
    if not isinstance(fact, NumberFact) or fact.qualifier not in _QUALIFIER_SWAP:
        return []
    swapped = dx.format_number_fact(fact.model_copy(update={"qualifier": _QUALIFIER_SWAP[fact.qualifier]}))
    return [swapped] if dx.distinct([swapped], "number", [slot.surface]) else []


def _pick_slot(base: _Base, claim: Claim, rng: random.Random, n: int) -> tuple[_Slot, list[str]] | None:
    slots = list(base.slots(claim))
    rng.shuffle(slots)
    for slot in slots:
        if _in_examples(base, claim, slot):
            continue  # "cities such as Damascus and _____": another city would not be wrong
        wrong = base.distractors(slot, claim, rng, n)
        if len(wrong) >= n:
            return slot, wrong
    return None


def _multiple_choice(base: _Base, claim: Claim) -> Item | None:
    if claim.verdict is not Verdict.supported:
        return None
    rng = base.rng("multiple-choice", claim.id)
    picked = _pick_slot(base, claim, rng, 3)
    cites = base.citations(claim, about=picked[0] if picked else None)
    if picked is None or not cites:
        return None
    slot, wrong = picked
    item = Item(id="", type=ItemType.multiple_choice, difficulty=DIFFICULTY[ItemType.multiple_choice],
                prompt=_QUESTION[slot.kind], statement=_replace(claim.statement, slot, BLANK),
                options=_options(slot.surface, wrong, rng, _option_notes(base, slot, wrong)), answer=slot.surface,
                explanation=claim.statement + base.alias_notes(base.entity_ids(claim), cites),
                citations=cites, claim_ids=(claim.id,), topic=claim.topic, entities=base.entity_ids(claim))
    return base.keep(item, claim=claim, slot=slot, wrong=wrong, key=slot.surface,
                     filled=[_replace(claim.statement, slot, w) for w in (slot.surface, *wrong)], asked=slot)


def _option_notes(base: _Base, slot: _Slot, wrong: Sequence[str]) -> dict[str, str]:
    """Feedback for each option ("Yasar Güler is the Defence Minister of Turkey; the sources
    name Hakan Fidan here."), with a role only where the register dates it."""
    notes = {slot.surface: "Right: the sources say so."}
    for w in wrong:
        note = f"Not what the sources say: they give {slot.surface}."
        entity = base.value_of(slot, w)
        if isinstance(slot.fact, DateFact) and isinstance(entity, tuple):
            other = base.dated(entity)
            if other is not None:
                note = f"Not this one: {other.statement}"
        if isinstance(entity, Entity):
            role = _current_role(base, entity)
            if role is not None:
                of = base.entities.get(role.of) if role.of else None
                note = (f"{entity.name} is the {role.title}" + (f" of {of.name}" if of else "")
                        + f"; the sources name {slot.surface} here.")
        notes[w] = note
    return notes


def _cloze(base: _Base, claim: Claim) -> Item | None:
    if claim.verdict is not Verdict.supported:
        return None
    rng = base.rng("cloze", claim.id)
    # not one of a list of examples (another member would be right too), not an event or an
    # agreement (its name is a description: "ousting of Bashar al-Assad" has many wordings),
    # and not a name the rest of the sentence spells out ("… against the _____ … in case the
    # SDF failed")
    slots = [s for s in (_figure(s) for s in base.slots(claim)) if s is not None
             and not _in_examples(base, claim, s) and not _described(base, s)
             and not _capital_for_government(base, claim.statement, s)
             and not _given_away(_blank(claim.statement, s)[0], base.answer_forms(s))]
    cites = base.citations(claim)
    if not slots or not cites:
        return None
    typed = [s for s in slots if s.kind != "entity"]  # a date, figure or person over a place
    slot = rng.choice(typed or slots)
    cites = base.citations(claim, about=slot)
    accepted = _accepted(base, slot, claim)
    stem, blanked = _blank(claim.statement, slot)
    if blanked is not slot:
        accepted = (*accepted, blanked.surface)
    note = _accepted_note(base, slot, accepted)
    item = Item(id="", type=ItemType.cloze, difficulty=DIFFICULTY[ItemType.cloze],
                prompt=f"Fill in the blank ({'a date' if slot.kind == 'date' else 'a figure' if slot.kind == 'number' else 'a name'}).",
                statement=stem, accepted=accepted,
                answer=slot.surface,
                explanation=claim.statement + note + base.alias_notes(base.entity_ids(claim), cites, told=note),
                citations=cites, claim_ids=(claim.id,), topic=claim.topic, entities=base.entity_ids(claim))
    return base.keep(item, claim=claim, filled=(claim.statement,), key=slot.surface,
                     forms=base.answer_forms(slot), asked=slot)


def _blank(statement: str, slot: _Slot) -> tuple[str, _Slot]:
    """The statement with the slot blanked, and the slot blanked: a glossed name takes its
    gloss with it ("the _____ (SDF)" would give the answer away)."""
    blanked = slot
    if slot.glossed:
        close = statement.find(")", slot.end)
        if close != -1:
            blanked = _Slot(slot.fact, slot.kind, slot.start, close + 1, statement[slot.start:close + 1])
    return _replace(statement, blanked, BLANK), blanked


def _described(base: _Base, slot: _Slot) -> bool:
    """Whether the slot names an event, an agreement, a state's government or its armed forces
    (a description, not a name to recall: "the _____" for "Syrian government" is as well
    "Syrian authorities" or "Damascus administration", for "Syrian army" "Syrian forces" or
    "Syria's armed forces")."""
    if not isinstance(slot.fact, EntityFact):
        return False
    entity = base.entities.get(slot.fact.entity)
    return entity is not None and (entity.kind in dx._DESCRIBED or KindDetail.government in entity.kind_detail
                                   or KindDetail.military in entity.kind_detail)


#: words before a capital that make it the city, not the government ("signed in Ankara")
_PLACE_WORDS = frozenset("in to from at near into across outside around".split())


def _capital_for_government(base: _Base, statement: str, slot: _Slot) -> bool:
    """Whether the slot is a capital that may stand for its government ("their integration
    agreement with _____", keyed Damascus: "Syria" and "the Syrian government" are right too).
    Only a capital after a word of place ("signed in _____") is the city alone."""
    if not isinstance(slot.fact, EntityFact):
        return False
    entity = base.entities.get(slot.fact.entity)
    if entity is None or KindDetail.capital not in entity.kind_detail:
        return False
    before = statement[:slot.start].split()
    return not before or before[-1].lower() not in _PLACE_WORDS


#: words of a person's name that say nothing alone (the particles of Arabic names)
_PARTICLES = frozenset({"al", "el", "es", "abu", "bin", "ibn", "bint", "umm", "de", "van", "von"})


def _given_away(stem: str, forms: Sequence[str]) -> str | None:
    """The form of the answer that ``stem`` (the statement with its blank) prints, or None."""
    folded = _fold_all(stem)
    for form in forms:
        f = _fold_all(form)
        if f and _word_in(f, folded):
            return form
    return None


def _acronyms(entity: Entity) -> list[str]:
    """Short forms that are abbreviations ("SDF", "PKK", "U.S."): a complete answer for a name,
    unlike a surname alone ("Fidan", "Assad")."""
    return [s for s in entity.short if " " not in s and sum(ch.isupper() for ch in s) >= 2]


def _accepted_note(base: _Base, slot: _Slot, accepted: Sequence[str]) -> str:
    """Which accepted answers are not the house form, and what they are."""
    fact = slot.fact
    if not isinstance(fact, EntityFact):
        return ""
    entity = base.entities[fact.entity]
    what = {**{a: "another name" for a in entity.aliases}, **{a: "the abbreviation" for a in _acronyms(entity)},
            **{c.name: "the capital, as the source writes it for the government"
               for c in base.capitals().get(entity.id, ())}}
    notes = [f"“{a}” ({what.get(a, 'another spelling')})"
             for a in accepted if a != entity.name and a != slot.surface and not a.startswith(entity.name + " (")]
    if not notes:
        return ""
    return f" Also accepted, though not house style: {', '.join(notes)}."


def _figure(slot: _Slot) -> _Slot | None:
    """For a cloze, only the figure of a number is blanked ("more than ___ troops")."""
    fact = slot.fact
    if not isinstance(fact, NumberFact):
        return slot
    if fact.value is None:
        return None  # a range has two figures: not one blank
    figure = _numbers.format_number(fact.value, "exact", "percent" if fact.unit == "percent" else None,
                                    fact.scale, style="figures")
    at = slot.surface.find(figure)
    if at == -1:
        return None
    return _Slot(fact, "number", slot.start + at, slot.start + at + len(figure), figure)


def _stand_ins(base: _Base, claim: Claim | None, entity: Entity) -> list[str]:
    """Capitals a quote of ``claim`` writes for the country ``entity`` ("Ankara would also
    train the Syrian army" for Turkey): a trainee who writes what the source wrote is right."""
    if claim is None or KindDetail.country not in entity.kind_detail:
        return []
    quotes = [_fold_all(q.text) for q in claim.quotes]
    forms = [_fold_all(f) for f in (entity.name, *entity.variants, *entity.aliases, *entity.short)]
    out = []
    for other in base.capitals().get(entity.id, ()):
        name = _fold_all(other.name)
        if any(_word_in(name, q) and not any(_word_in(f, q) for f in forms) for q in quotes):
            out.append(other.name)
    return out


def _accepted(base: _Base, slot: _Slot, claim: Claim | None = None) -> tuple[str, ...]:
    forms = [slot.surface]
    fact = slot.fact
    if isinstance(fact, DateFact):
        d, p = dx._date_of(fact), fact.precision.value
        styles = ["house", "iso", "us", "us-short", "numeric-us"] if p == "day" else ["house", "iso", "us"]
        forms += [_dates.format_date(d, p, style=style) for style in styles]
        if p == "day":  # spelled-out month in US order, and the house form without the year
            month = _dates.format_date(d, "month", style="us-short")
            forms += [f"{month} {d.day}, {d.year}", f"{d.day} {month}"]
    elif isinstance(fact, NumberFact) and fact.value is not None:
        v = fact.value
        plain = f"{v:.0f}" if v == int(v) else f"{v:g}"
        forms += [f"{v:,.0f}" if v == int(v) else f"{v:,g}", plain]
        if fact.unit == "percent":
            forms += [f"{plain}%", f"{plain} percent"]
    else:
        entity = base.entities[fact.entity]
        forms += [entity.name, *entity.variants, *entity.aliases, *_acronyms(entity),
                  *_stand_ins(base, claim, entity)]
    out: list[str] = []
    keys: set[str] = set()
    for f in forms:
        k = dx.answer_key(f)
        if k and k not in keys:
            keys.add(k)
            out.append(f)
    return tuple(out)


_ERROR_KIND = {"date": "date", "number": "number", "person": "person", "entity": "name", "weekday": "weekday"}


_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_WEEKDAY_RE = re.compile(r"\b(" + "|".join(_WEEKDAYS) + r")\b")
#: qualifier errors: the bound turned round ("more than" -> "fewer than") or dropped
#: (only swaps whose interval cannot meet the original's: "at least 5" and "up to 5" share 5,
#: "about 350" contains "350")
_QUALIFIER_SWAP = {Qualifier.more_than: Qualifier.less_than, Qualifier.less_than: Qualifier.more_than,
                   Qualifier.at_least: Qualifier.less_than, Qualifier.up_to: Qualifier.more_than}


def _weekday_slots(claim: Claim, taken: Sequence[_Slot]) -> list[_Slot]:
    """Weekday names in the statement, as slots (their fact is the claim's first date)."""
    date_fact = next((f for f in claim.facts if isinstance(f, DateFact)), None)
    if date_fact is None:
        return []
    out = []
    for m in _WEEKDAY_RE.finditer(claim.statement):
        if all(m.end() <= t.start or m.start() >= t.end for t in taken):
            out.append(_Slot(date_fact, "weekday", m.start(), m.end(), m.group(0)))
    return out


_EXAMPLES = re.compile(r"\b(?:such as|including|like|among(?: them)?|for example|e\.g\.)\s", re.I)


def _in_examples(base: _Base, claim: Claim, slot: _Slot) -> bool:
    """Whether the slot is one item of a list of examples ("cities such as Damascus and
    Homs", "threats from terrorism, including the Islamic State", or in a quote "other groups
    like the National Front for Liberation … and the Nour al-Din al-Zenki Movement"): another
    value there is not false, only not named, so it makes no false variant."""
    def listed(before: str) -> bool:
        clause = re.split(r"[.;:!?]", before)[-1]
        return _EXAMPLES.search(clause) is not None

    if listed(claim.statement[: slot.start]):
        return True
    fact = slot.fact
    if isinstance(fact, EntityFact):
        entity = base.entities.get(fact.entity)
        if entity is not None:
            for q in claim.quotes:
                text = _fold_all(q.text)
                for form in (entity.name, *entity.variants, *entity.aliases, *entity.short):
                    at = text.find(_fold_all(form))
                    if at != -1 and listed(text[:at]):
                        return True
    return False


def _plant(base: _Base, claim: Claim, slot: _Slot, rng: random.Random) -> tuple[str, str] | None:
    """(wrong words, error kind) for ``slot``, or None."""
    if slot.kind == "weekday":
        day = _WEEKDAYS.index(slot.surface)
        return _WEEKDAYS[(day + rng.choice((1, -1, 2, -2))) % 7], "weekday"
    fact = slot.fact
    if isinstance(fact, NumberFact) and fact.qualifier in _QUALIFIER_SWAP and rng.random() < 0.5:
        swapped = _qualifier_swap(slot)
        if swapped:
            return swapped[0], "qualifier"
    if slot.kind == "person" and rng.random() < 0.5 and \
            not _given_away(_replace(claim.statement, slot, BLANK), base.answer_forms(slot)):
        entity = base.entities[fact.entity]  # type: ignore[union-attr]
        spelled = [w for w, _ in dx.spelling_distractors(entity, rng, 3) if w not in entity.variants]
        if spelled:
            return spelled[0], "name-spelling"
    wrong = base.distractors(slot, claim, rng, 1)
    if not wrong and isinstance(fact, NumberFact):  # one-sided bounds have no same-qualifier distractor
        swapped = _qualifier_swap(slot)
        return (swapped[0], "qualifier") if swapped else None
    return (wrong[0], _ERROR_KIND[slot.kind]) if wrong else None


def _spot_the_error(base: _Base, claim: Claim) -> Item | None:
    if claim.verdict is not Verdict.supported:
        return None
    facts = base.slots(claim)
    slots = sorted([*facts, *_weekday_slots(claim, facts)], key=lambda s: s.start)
    cites = base.citations(claim)
    if len(slots) < 3 or not cites:  # two options would be a coin toss
        return None
    rng = base.rng("spot-the-error", claim.id)
    order = list(range(len(slots)))
    rng.shuffle(order)
    for i in order:
        slot = slots[i]
        if _in_examples(base, claim, slot):
            continue  # "cities such as Damascus and Tartous" would not be wrong
        planted_kind = _plant(base, claim, slot, rng)
        if planted_kind is None:
            continue
        planted, kind = planted_kind
        fragments = [planted if other is slot else other.surface for other in slots]
        if len(dx.distinct(fragments, "text", diacritics=False)) != len(fragments):
            continue
        options = tuple(Option(id=_LETTERS[j], text=t, correct=(j == i)) for j, t in enumerate(fragments))
        statement = _replace(claim.statement, slot, planted)
        cites = base.citations(claim, about=slot)
        printed = ""
        if kind == "name-spelling" and planted in base.entities[slot.fact.entity].misspellings:  # type: ignore[union-attr]
            printed = f" Some sources print “{planted}”: a known misspelling, not house style."
        item = Item(id="", type=ItemType.spot_the_error, difficulty=DIFFICULTY[ItemType.spot_the_error],
                    prompt="This statement contains one error. Which part is wrong?",
                    statement=statement, options=options, answer=planted,
                    explanation=f"“{planted}” should be “{slot.surface}”. Correct statement: {claim.statement}"
                                + printed + base.alias_notes(base.entity_ids(claim), cites, told=printed),
                    citations=cites, claim_ids=(claim.id,), topic=claim.topic,
                    entities=base.entity_ids(claim),
                    error=PlantedError(kind=kind, planted=planted, correct=slot.surface))
        typed = kind not in ("weekday", "name-spelling")
        return base.keep(item, claim=claim, slot=slot if typed else None, wrong=[planted] if typed else [],
                         key=f"{slot.surface} -> {planted}",
                         filled=(statement,), asked=slot)
    return None


def _attribution(base: _Base, claim: Claim) -> Item | None:
    spans = [s for s in base.spans(claim.id) if claim.quotes[s.index].stance is Stance.supports]
    if not spans or len(base.corpus.seeds) < 3:
        return None
    rng = base.rng("attribution", claim.id)
    # a related headline or a caption is not what the article says ("Germany pledges …")
    spans = [s for s in spans if base.corpus.seeds[s.seed].furniture_at(s.start, s.end) is None]
    if not spans:
        return None
    span = rng.choice(spans)
    seed = base.corpus.seeds[span.seed]
    quote = seed.text[span.start:span.end]
    if len(quote) < 25:
        return None  # too short to be attributable
    if base.lazy:  # drawn from all seeds, skipping the quote's own (no copy of the list per item)
        candidates: Iterable[str] = (s for s in random_order(rng, base.seed_ids, lazy=True) if s != span.seed)
    else:
        candidates = random_order(rng, [s for s in base.seed_ids if s != span.seed], lazy=False)
    others = []
    folded_quote = _fold_all(quote).strip()
    for seed_id in candidates:  # the first three that do not contain the quote, even folded
        if folded_quote not in base.folded_seed(seed_id):
            others.append(seed_id)
            if len(others) == 3:
                break
    if len(others) < 2:
        return None
    right = base.source_label(span.seed)
    wrong = [base.source_label(s) for s in others[:3]]
    if len(set(wrong + [right])) != len(wrong) + 1:
        return None
    words = _TOKEN.findall(folded_quote)
    distinctive = tuple(sorted({w for w in words if len(w) >= 5 and w not in _COMMON_WORDS
                                and not any(w in base.seed_words(s) for s in others[:3])}))
    cite = Citation(claim_id=claim.id, seed=span.seed, source=right, quote=quote,
                    start=span.start, end=span.end)
    # a quote of several is one part of the evidence ("The recent ousting of President Bashar
    # al-Assad marks a dramatic turn …" does not back a launch date on its own)
    backs = "It backs the statement" if len(claim.quotes) == 1 else "It is one of the quotes behind the statement"
    item = Item(id="", type=ItemType.attribution, difficulty=DIFFICULTY[ItemType.attribution],
                prompt="Which source says this?", statement=quote,
                options=_options(right, wrong, rng), answer=right,
                explanation=f"The quote is from {base.short_label(span.seed)}; the other sources do not contain it. "
                            f"{backs}: {claim.statement}" + base.alias_notes(base.entity_ids(claim), (cite,)),
                citations=(cite,), claim_ids=(claim.id,), topic=claim.topic,
                entities=base.entity_ids(claim))
    return base.keep(item, key=f"{span.seed} {span.start}-{span.end}",
                     fragment=(len(words), distinctive))


def _spelling(base: _Base, claim: Claim) -> Item | None:
    if claim.verdict is not Verdict.supported:
        return None
    cites = base.citations(claim)
    people = [s for s in base.slots(claim) if s.kind == "person"]
    if not people or not cites:
        return None
    rng = base.rng("spelling", claim.id)
    # not a name the rest of the statement spells ("_____ was the father of Bashar al-Assad")
    people = [p for p in people if not _given_away(_replace(claim.statement, p, BLANK), base.answer_forms(p))]
    if not people:
        return None
    slot = rng.choice(people)
    cites = base.citations(claim, about=slot)
    entity = base.entities[slot.fact.entity]  # type: ignore[union-attr]
    wrong = dx.spelling_distractors(entity, rng, 3)
    if len(wrong) < 2:
        return None
    notes = {s: n for s, n in wrong}
    notes[entity.name] = "the house spelling"
    role = _current_role(base, entity)
    prompt = "Which is the house spelling of the missing name?"
    if role is not None:
        of = base.entities.get(role.of) if role.of else None
        who = f"the {role.title} of {of.name}" if of else f"the {role.title}"
        prompt = f"Which is the house spelling of the name of {who}?"
    explanation = f"The house spelling is {entity.name}."
    for s, n in wrong:
        explanation += f" {s}: {n}."
    aliased = base.alias_notes([entity.id], cites)
    explanation += aliased
    told = [v for v in entity.variants if f"“{v}”" not in aliased]  # said once, not twice
    if told:
        explanation += (" The sources also write " + " and ".join(f"“{v}”" for v in told)
                        + ", an accepted spelling that is not house style.")
    item = Item(id="", type=ItemType.spelling, difficulty=DIFFICULTY[ItemType.spelling],
                prompt=prompt,
                statement=_replace(claim.statement, slot, BLANK),
                options=_options(entity.name, [s for s, _ in wrong], rng, notes), answer=entity.name,
                explanation=explanation, citations=cites, claim_ids=(claim.id,),
                topic=claim.topic, entities=(entity.id,))
    return base.keep(item, role=(entity, role) if role is not None else None, key=entity.id,
                     forms=base.answer_forms(slot), asked=slot)


def _current_role(base: _Base, entity: Entity) -> Role | None:
    """The first role the register dates (``as_of`` or ``start``) and does not end before the
    quiz's reference date; undated roles are not named (a trainee would read them as current:
    "the President of Syria" for Bashar al-Assad after his ouster)."""
    for role in entity.roles:
        if role.as_of is None and role.start is None:
            continue
        if role.end is not None and (base.today is None or role.end <= base.today):
            continue
        return role
    return None


def _verdict(base: _Base, claim: Claim) -> Item | None:
    if claim.verdict not in _ASKED_VERDICTS:
        return None
    cites = base.citations(claim, limit=3, cover=claim.verdict is Verdict.supported)
    if not cites:
        return None
    options = tuple(Option(id=_LETTERS[i], text=_VERDICT_WORDS[v], correct=(v is claim.verdict))
                    for i, v in enumerate(_ASKED_VERDICTS))
    reason = base.plain(claim.rationale or _supported_reason(base, claim, cites))
    if claim.verdict is Verdict.outdated and claim.superseded_by:
        newer = next((c for c in base.claims if c.id == claim.superseded_by), None)
        if newer is not None:
            reason += f" What holds now: {newer.statement}"
    reason += base.alias_notes(base.entity_ids(claim), cites)
    item = Item(id="", type=ItemType.verdict, difficulty=DIFFICULTY[ItemType.verdict],
                prompt="What do the sources say about this statement?", statement=claim.statement,
                options=options, answer=_VERDICT_WORDS[claim.verdict],
                explanation=f"{_VERDICT_WORDS[claim.verdict]}. {reason}", citations=cites,
                claim_ids=(claim.id,), topic=claim.topic, entities=base.entity_ids(claim))
    return base.keep(item, key=claim.verdict.value)


def _supported_reason(base: _Base, claim: Claim, cites: Sequence[Citation]) -> str:
    """Why a record with no rationale is supported: "in so many words" only where the quotes
    shown name every name the statement gives (not for "… foreign ministers, Hakan Fidan and
    Asaad al-Shaibani" beside "a joint press conference between Syria and Türkiye’s FMs")."""
    unnamed = [s.surface for s in base.slots(claim) if isinstance(s.fact, EntityFact) and not _described(base, s)
               and not any(base.names_entity(c.quote, s.fact.entity) for c in cites)]
    if not unnamed:
        return "The quotes below say so in so many words."
    names = ", ".join(unnamed[:-1]) + (" and " if len(unnamed) > 1 else "") + unnamed[-1]
    return f"The quotes below say so; {names} {'is' if len(unnamed) == 1 else 'are'} named around them in the articles."


_MAKERS: dict[ItemType, Callable[[_Base, Claim], Item | None]] = {
    ItemType.true_false: _true_false,
    ItemType.multiple_choice: _multiple_choice,
    ItemType.spot_the_error: _spot_the_error,
    ItemType.attribution: _attribution,
    ItemType.cloze: _cloze,
    ItemType.spelling: _spelling,
    ItemType.verdict: _verdict,
}


# --------------------------------------------------------------------------- timeline


def _dated(base: _Base, claims: Sequence[Claim]) -> list[tuple[Claim, _Slot]]:
    out = []
    for claim in claims:
        if claim.verdict is not Verdict.supported or not base.spans(claim.id):
            continue
        if ORDER_STATED.search(claim.statement):
            continue  # "the day after it was signed", "the offensive that led to the fall of …"
            # give its place in a timeline away (beside "… was ousted in [date]")
        for slot in base.date_slots(claim):
            if slot.fact.precision.value in ("day", "month"):  # type: ignore[union-attr]
                out.append((claim, slot))
                break
    return out


def _interval(slot: _Slot):
    r = _dates.parse_date(slot.surface, None)
    if r.ok:
        return r.start, r.end
    d = dx._date_of(slot.fact)  # type: ignore[arg-type]
    return d, d


_TIMELINE_POOL = 240  # dated claims drawn (in random order) to build timelines from


def _timelines(base: _Base, claims: Sequence[Claim]) -> Iterator[Item]:
    rng = base.rng("timeline")
    dated: list[tuple[Claim, _Slot]] = []
    for claim in random_order(rng, claims, lazy=base.lazy):  # locating facts costs time: only as many as a quiz can use
        dated += _dated(base, [claim])
        if len(dated) >= _TIMELINE_POOL:
            break
    dated.sort(key=lambda d: d[0].id)
    if len(dated) < 4:
        return
    span = {claim.id: _interval(slot) for claim, slot in dated}
    event = {claim.id: _replace(claim.statement, slot, "[date]") for claim, slot in dated}
    anchors = list(dated)
    rng.shuffle(anchors)
    seen: set[tuple[str, ...]] = set()
    for anchor in anchors:
        pick = [anchor]
        pool = [d for d in dated if d[0].id != anchor[0].id]
        rng.shuffle(pool)
        size = rng.choice((4, 5))
        for cand in pool:
            a, b = span[cand[0].id]
            if all(b < span[p[0].id][0] or a > span[p[0].id][1] for p in pick) and \
                    dx.distinct([event[cand[0].id]], "text", [event[p[0].id] for p in pick]):
                pick.append(cand)
            if len(pick) == size:
                break
        group = tuple(sorted(claim.id for claim, _ in pick))
        if len(pick) < 4 or group in seen:
            continue
        seen.add(group)
        in_order = sorted(pick, key=lambda p: span[p[0].id][0])
        rng.shuffle(pick)
        if pick == in_order:  # shown already in order would give the answer away
            pick = pick[1:] + pick[:1]
        options = []
        for i, (claim, slot) in enumerate(pick):
            options.append(Option(id=_LETTERS[i], text=event[claim.id], note=slot.surface))
        by_date = sorted(range(len(pick)), key=lambda i: span[pick[i][0].id][0])
        order = tuple(_LETTERS[i] for i in by_date)
        answer = ", ".join(order)
        # each event in full, with its date, so the feedback reads without the letters too
        # (Moodle and GIFT matching questions show the events without them)
        explanation = " ".join(f"{k}. ({_LETTERS[i]}) {pick[i][0].statement}" for k, i in enumerate(by_date, 1))
        cites = tuple(c for claim, _ in sorted(pick, key=lambda p: p[0].id) for c in base.citations(claim, 1))
        ids = tuple(sorted(claim.id for claim, _ in pick))
        item = Item(id="", type=ItemType.timeline, difficulty=DIFFICULTY[ItemType.timeline],
                   prompt="Put these events in order, earliest first.", options=tuple(options),
                   order=order, answer=answer, explanation=explanation, citations=cites,
                   claim_ids=ids, topic=None,
                   entities=tuple(sorted({e for claim, _ in pick for e in base.entity_ids(claim)})))
        yield item.model_copy(update={"key": item_key(item, "")})


# --------------------------------------------------------------------------- selection


def _candidates(base: _Base, kind: ItemType, claims: Sequence[Claim]) -> Iterator[Item]:
    if kind is ItemType.timeline:
        yield from _timelines(base, claims)
        return
    rng = base.rng("order", kind.value)
    order: Iterable[Claim]
    if kind is not ItemType.verdict:
        order = random_order(rng, claims, lazy=base.lazy)
    elif not base.lazy:  # a refuted, disputed or outdated record, then a supported one, …
        order = list(random_order(rng, claims, lazy=False))
        supported = Verdict.supported
        order = _interleave([c for c in order if c.verdict is not supported],
                            [c for c in order if c.verdict is supported])
    else:  # at scale: the same, the asked records in random order, the supported ones drawn lazily
        supported = Verdict.supported
        asked = (base.pools.not_supported if claims is base.claims
                 else [c for c in claims if c.verdict is not supported])
        order = _interleave(random_order(rng, asked, lazy=True),
                            (c for c in random_order(rng, claims, lazy=True) if c.verdict is supported))
    make = _MAKERS[kind]
    for claim in order:
        item = make(base, claim)
        if item is not None:
            yield item


def _interleave(first: Iterable[Claim], second: Iterable[Claim], a: int = 1, b: int = 1) -> Iterator[Claim]:
    """``a`` from ``first``, ``b`` from ``second``, and so on; the rest of either when the
    other runs out. The verdict items' keys are mixed this way: "Supported" in every other
    item, not in none of the first twenty."""
    one, two = iter(first), iter(second)
    while True:
        got = list(islice(one, a))
        yield from got
        more = list(islice(two, b))
        yield from more
        if not got and not more:
            return


def _parse_types(types: Iterable[str | ItemType] | None) -> tuple[ItemType, ...]:
    if types is None:
        return DEFAULT_TYPES
    out: list[ItemType] = []
    for t in types:
        try:
            kind = ItemType(t)
        except ValueError:
            known = ", ".join(k.value for k in ItemType)
            raise UsageError(f"unknown item type {t!r} (known: {known})") from None
        if kind not in out:
            out.append(kind)
    if not out:
        raise UsageError("no item type selected")
    return tuple(sorted(out, key=DEFAULT_TYPES.index))


def _resolve_entity(corpus: Corpus, entity: str) -> str:
    ids = {e.id for e in corpus.entities}
    if entity in ids:
        return entity
    from ..normalize.names import NameIndex

    match = NameIndex.of(corpus).match(entity)
    if match is None:
        raise UsageError(f"unknown entity {entity!r}: give an entity id or a registered name")
    return match.entity_id


@dataclass(frozen=True)
class QuizOptions:
    """What a quiz is asked for, checked once and passed down whole.

    Build it with :meth:`build`, which checks each value against the fact base and raises
    :class:`~factcheck.UsageError` the way ``factcheck quiz`` reports it: ``types`` become
    :class:`~.items.ItemType` in the generator's order, ``difficulty`` a
    :class:`~.items.Difficulty`, ``entity`` an entity id (a registered name is resolved).
    ``review`` holds the item keys a trainer took out (:mod:`.review`)."""

    count: int = 20
    seed: int = 0
    types: tuple[ItemType, ...] = DEFAULT_TYPES
    difficulty: Difficulty | None = None
    entity: str | None = None
    topic: str | None = None
    review: frozenset[str] = frozenset()

    @classmethod
    def build(cls, corpus: Corpus, *, count: int = 20, seed: int = 0,
              types: Iterable[str | ItemType] | None = None, difficulty: str | Difficulty | None = None,
              entity: str | None = None, topic: str | None = None, review: Iterable[str] = ()) -> QuizOptions:
        """Check the values the command line or a caller gave and resolve them for ``corpus``."""
        if count < 1:
            raise UsageError(f"--count must be at least 1, not {count}")
        kinds = _parse_types(types)
        level = None
        if difficulty is not None:
            try:
                level = Difficulty(difficulty)
            except ValueError:
                raise UsageError(f"unknown difficulty {difficulty!r} (easy, medium, hard)") from None
        entity_id = _resolve_entity(corpus, entity) if entity else None
        _check_topic(corpus, topic)
        return cls(count=count, seed=seed, types=kinds, difficulty=level, entity=entity_id, topic=topic,
                   review=frozenset(review))


def _check_topic(corpus: Corpus, topic: str | None) -> None:
    if topic is not None and not any(c.topic == topic for c in corpus.claims):
        known = ", ".join(sorted({c.topic for c in corpus.claims if c.topic}))
        raise UsageError(f"unknown topic {topic!r} (known: {known or 'none'})")


_DEFAULTS = dict(count=20, seed=0, types=None, difficulty=None, entity=None, topic=None, review=())


def generate(corpus: Corpus, options: QuizOptions | None = None, *, count: int = 20, seed: int = 0,
             types: Iterable[str | ItemType] | None = None, difficulty: str | None = None,
             entity: str | None = None, topic: str | None = None,
             report: Report | None = None, rejections: list[Rejection] | None = None,
             review: Iterable[str] = ()) -> Quiz:
    """Check ``corpus`` and generate up to ``count`` items from the claims that pass.

    The quiz is described either by ``options`` (a :class:`QuizOptions`, as the command
    line builds it) or by the keywords ``count`` … ``review`` (built into one here), not both.
    Items that fail the self-check (:mod:`.selfcheck`) are dropped and replaced; pass a
    list as ``rejections`` to get one :class:`~.selfcheck.Rejection` per dropped item.
    ``review`` lists item keys a trainer took out (:mod:`.review`): they are never emitted."""
    given = dict(count=count, seed=seed, types=types, difficulty=difficulty, entity=entity, topic=topic,
                 review=review)
    if options is None:
        options = QuizOptions.build(corpus, **given)
    elif given != _DEFAULTS:
        raise TypeError("generate() takes the quiz options as a QuizOptions or as keywords, not both")
    report = report if report is not None else check(corpus)
    failing = report.failing_claims()
    all_claims = sorted(corpus.claims, key=_by_id)
    if failing:
        skipped = tuple(sorted({c.id for c in all_claims if c.id in failing}))
        passing = [c for c in all_claims if c.id not in failing]
    else:
        skipped, passing = (), all_claims
    return _generate(corpus, report, passing, options, total=len(all_claims), skipped=skipped, ordered=True,
                     rejections=rejections)


def generate_from(corpus: Corpus, report: Report, passing: Sequence[Claim], options: QuizOptions, *,
                  total: int, skipped: tuple[str, ...], rejections: list[Rejection] | None = None) -> Quiz:
    """Generate from claims already known to pass (``generate`` does the check)."""
    return _generate(corpus, report, passing, options, total=total, skipped=skipped, ordered=False,
                     rejections=rejections)


def _generate(corpus: Corpus, report: Report, passing: Sequence[Claim], options: QuizOptions, *,
              total: int, skipped: tuple[str, ...], ordered: bool, rejections: list[Rejection] | None) -> Quiz:
    # The corpus is long-lived: without this, the items' allocations trigger full
    # collections that walk every loaded model object (as in ``check``).
    with existing_frozen():
        return _items(corpus, report, passing, options, total=total, skipped=skipped, ordered=ordered,
                      rejections=rejections)


def _items(corpus: Corpus, report: Report, passing: Sequence[Claim], options: QuizOptions, *,
           total: int, skipped: tuple[str, ...], ordered: bool, rejections: list[Rejection] | None) -> Quiz:
    count, seed, level = options.count, options.seed, options.difficulty
    entity, topic, review = options.entity, options.topic, options.review
    if topic is None and entity is None:
        chosen: Sequence[Claim] = passing
    else:
        chosen = [c for c in passing
                  if (topic is None or c.topic == topic)
                  and (entity is None or any(f.subject == entity or (isinstance(f, EntityFact) and f.entity == entity)
                                             for f in c.facts))]
    base = _Base(corpus, report, passing, seed, ordered=ordered)
    kinds = tuple(k for k in options.types if level is None or DIFFICULTY[k] is level)
    streams = {k: _candidates(base, k, chosen) for k in kinds}
    items: list[Item] = Kept()
    deferred: list[Item] = []
    used: set = set()  # claim ids, and the (subject, property) of the facts they state
    by_id = {c.id: c for c in passing}

    def topics(item: Item) -> set:
        """What an item is about: its claims, and the facts they give (a refuted "signed on
        14 August" and a supported "signed on 13 August" are one question asked twice)."""
        out: set = set(item.claim_ids)
        for cid in item.claim_ids:
            claim = by_id.get(cid)
            if claim is not None:
                out.update((f.subject, f.property) for f in claim.facts
                           if f.subject and f.property and not isinstance(f, EntityFact))
        return out
    active = list(kinds)
    rejected = base.rejections
    #: per type, items held back only for balance (QZ203): tried again before new candidates
    held: dict[ItemType, list[tuple[Item, Rejection]]] = {k: [] for k in kinds}

    def take(item: Item, kind: ItemType) -> None:
        items.append(item)
        used.update(topics(item) if kind is not ItemType.timeline else ())

    def retry_held(kind: ItemType) -> bool:
        for k, (item, _) in enumerate(held[kind]):
            if used.isdisjoint(topics(item)) and check_in_quiz(item, items) is None:
                del held[kind][k]
                take(item, kind)
                return True
        return False

    while len(items) < count and active:
        for kind in list(active):
            if len(items) >= count:
                break
            if retry_held(kind):
                continue
            for item in streams[kind]:
                meta = base.meta.pop(id(item), None) or base.new_meta(item)
                if item.key in review:
                    rejected.append(Rejection("QZ301", "reviewed-out", kind.value, item.claim_ids,
                                              f"a trainer took out {item.key!r}"))
                    continue
                found = check_item(meta)
                if found is not None:
                    rejected.append(found)
                    continue
                if not (used.isdisjoint(topics(item)) or kind is ItemType.timeline):
                    deferred.append(item)
                    continue
                found = check_in_quiz(item, items)
                if found is None:
                    take(item, kind)
                    break
                if found.code == "QZ203":
                    held[kind].append((item, found))
                    if len(held[kind]) >= _HELD:  # the base cannot balance this type: stop asking it
                        active.remove(kind)
                        break
                else:
                    rejected.append(found)
            else:
                active.remove(kind)
    # then items whose claim another item already uses, and items held back for balance
    later = deferred + [item for kind in kinds for item, _ in held[kind]]
    for n, item in enumerate(later):
        if len(items) >= count:
            left = {id(x) for x in later[n:]}
            rejected.extend(found for kind in kinds for i, found in held[kind] if id(i) in left)
            break
        found = check_in_quiz(item, items)
        if found is None:
            items.append(item)
        else:
            rejected.append(found)
    if rejections is not None:
        rejections.extend(rejected)
        for code, n in sorted(base.pools.dropped.items()):
            rejections.extend([Rejection(code, _RULE_NAMES[code], "option", (), "candidate option dropped")] * n)
    width = max(2, len(str(len(items))))
    numbered = tuple(item.model_copy(update={"id": f"q{i:0{width}d}"}) for i, item in enumerate(items, 1))
    return Quiz(seed=seed, requested=count, types=kinds, difficulty=level, entity=entity, topic=topic,
                claims_total=total, claims_used=len(passing), claims_skipped=len(skipped),
                skipped_claim_ids=skipped, items=numbered)
