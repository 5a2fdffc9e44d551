"""Item self-check: quality rules the generator runs over every item before it keeps it.

Like the checker's rules, each rule has a code, a name and documentation (this table is
the reference; ``docs/quiz.md`` prints it). An item that fails a rule is dropped and the
generator tries the next candidate; every drop is counted and, with
``factcheck quiz --explain-rejections``, listed with its reason.

Item rules (``QZ1xx``) look at one candidate item and what the generator knew when it
made it (:class:`Meta`: the fact asked about, the typed value of each option, the
sentences a trainee reads with an option in place). Quiz rules (``QZ2xx``) look at the
candidate against the items already kept.

=====  ====================  ===========================================================
code   name                  what fails
=====  ====================  ===========================================================
QZ101  option-kind           a name option not of the key's fine kind (a city for a
                             country, a news agency for an armed group), or not used with
                             "the" the way the key is
QZ102  option-interval       a figure or date option that can be true together with the
                             key ("more than 10,000" beside "more than 20,000"; a month
                             option that contains the key's day)
QZ103  option-count          a choice item (other than true/false and verdict) with
                             fewer than three options
QZ104  grammar               a sentence the trainee reads with an article error: "the"
                             before a name that takes none ("the Hayat Tahrir al-Sham",
                             "the NATO"), or none before a name that needs it after a
                             preposition ("a member of Syrian army"), or "the the"; or
                             one that starts with a lowercase letter ("al-Jalali
                             rejected the Hasakah conference"), or "s's" after a name
                             ("the Turkish Armed Forces's capabilities")
QZ105  variant-supported     a false variant or wrong option that the fact base supports
                             somewhere (another claim, a link, a quote, a source's words)
QZ106  stale-role            a prompt names a role its holder does not hold, as far as the
                             register says, on the quiz's reference date
QZ107  jargon                trainee-facing text with file stems ("seed 003"), record
                             ids or the word "record"
QZ108  option-role           a wrong name (an option or a false variant) that is false
                             only in a closed world: in a fixed phrase of an event ("the
                             fall of _____", "_____'s invasion", "threats from _____",
                             "under _____") a name the fact base never gives that part
                             ("the fall of Murhef Abu Qasra", "Murhef Abu Qasra fled
                             Damascus"), a person without the role title written before
                             the name ("President Asaad al-Shaibani") or, where the key
                             leads the fact's subject, without a role of something of its
                             kind ("HTS was led by Bashar al-Assad"), an armed group no
                             other claim names beside the key's ("Turkish-backed factions
                             under the PKK umbrella"), or elsewhere a name the
                             articles give only in page furniture or as what an event
                             happened to ("Ukraine seized Syrian territory")
QZ109  attribution-fragment  an attribution quote too short or too common to tell its
                             source by: fewer than 8 words, or fewer than 2 words of five
                             letters or more (not common ones) that no other option's
                             article has ("has criticized its “provocative and
                             separatist” actions", "This move, which comes after months
                             of negotiations")
QZ110  answer-in-stem        a cloze or spelling item whose statement prints the answer in
                             another form: its name, an abbreviation, or a person's family
                             name ("_____ was the father of Bashar al-Assad" asking the
                             spelling of Hafez al-Assad; "against the _____ … in case the
                             SDF failed")
QZ111  order-stated          a timeline event whose words give its place away against
                             another: "the day after it was signed", "the offensive that
                             led to the fall of Bashar al-Assad" (beside "Bashar al-Assad
                             was ousted in [date]")
QZ112  answer-uncited        an item that asks about a name (or changes one) when no quote
                             in its answer key names it, under any registered form, a
                             capital or a nationality adjective ("_____ emphasised
                             Turkey's support for Syria" keyed "Hakan Fidan" beside
                             "emphasizing Türkiye’s support for Syria")
QZ113  outdated-report       a verdict item keyed "Outdated" whose statement reports what
                             someone said ("Ahmed al-Sharaa … stated that public
                             institutions would remain under the supervision of the prime
                             minister"): the report stays true, only what was said is
                             outdated
QZ201  duplicate-stem        the same statement as an item already in the quiz, or the
                             spelling of a name already asked (a spelling item or a
                             misspelt name planted in spot-the-error)
QZ202  duplicate-events      a timeline that shares more than one event with a timeline
                             already in the quiz
QZ203  answer-balance        a true/false or verdict item whose keyed answer would make up
                             both of its type's first two items, or more than two thirds
                             of them after (verdict: "Supported" against the rest); such
                             an item is held back and tried again when the balance allows
QZ204  repeated-key          a multiple-choice or cloze item whose answer is already the
                             answer of two items of its type ("Bashar al-Assad" four
                             times teaches a guess, not a fact)
QZ301  reviewed-out          an item whose key a trainer's review file lists (``--review``)
=====  ====================  ===========================================================

Layer: output wing (held by ``tests/project/test_layers.py``): may import ``factcheck.quiz``
itself, checking and everything below; never another output wing (reporters, fix, lint_text,
export, quiz), authoring or the cli.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import Callable, Sequence

from ..models import Entity, Role
from ..normalize import numbers as _numbers
from . import distractors as dx
from .items import Item, ItemType

__all__ = ["ITEM_RULES", "Kept", "Meta", "QUIZ_RULES", "RULES", "Rejection", "Rule", "check_item", "check_in_quiz",
           "explain", "summary"]


@dataclass
class Meta:
    """What the generator knew about a candidate item (never exported)."""

    item: Item
    #: "date", "number", "entity" or "person": the kind of value the options are
    kind: str | None = None
    #: the key's typed value: an Entity, a (first day, last day) pair, or an Interval
    key: object = None
    #: option text -> typed value (same types as ``key``), wrong options only
    options: dict[str, object] = field(default_factory=dict)
    #: sentences the trainee reads with an option (or the false variant) in place
    filled: tuple[str, ...] = ()
    #: reasons the fact base supports a false variant or a wrong option (filled by the generator)
    supported: tuple[str, ...] = ()
    #: reasons a wrong name would be false only in a closed world (filled by the generator)
    implausible: tuple[str, ...] = ()
    #: attribution: how many words the quote has, and its words of five letters or more
    #: (not common ones) that no other option's article has
    quote_words: int | None = None
    distinctive: tuple[str, ...] = ()
    #: cloze and spelling: forms of the answer that the stem must not print (its names,
    #: abbreviations, and a person's family name)
    answer_forms: tuple[str, ...] = ()
    #: why no citation backs the name the item asks about or changes (filled by the generator)
    uncited: str | None = None
    #: the role a prompt names, with its holder
    role: tuple[Entity, Role] | None = None
    #: the quiz's reference date (latest publication date of a seed)
    today: date | None = None
    #: claim ids -> registered names that take / do not take "the" (entity register view)
    names: Sequence[tuple[str, bool]] = ()
    #: ids of all claims (to spot record ids in text)
    claim_ids: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Rejection:
    code: str
    name: str
    item_type: str
    claim_ids: tuple[str, ...]
    message: str


@dataclass(frozen=True)
class Rule:
    code: str
    name: str
    check: Callable


# --------------------------------------------------------------------------- item rules


def _option_kind(meta: Meta) -> str | None:
    if meta.kind not in ("entity", "person") or not isinstance(meta.key, Entity):
        return None
    for text, value in meta.options.items():
        if not isinstance(value, Entity) or not dx.fits(meta.key, value):
            return f"option {text!r} is not of the same kind as {meta.key.name!r}"
    return None


def _overlap_dates(a: tuple[date, date], b: tuple[date, date]) -> bool:
    return not (a[1] < b[0] or a[0] > b[1])


def _option_interval(meta: Meta) -> str | None:
    if meta.kind == "number" and isinstance(meta.key, _numbers.Interval):
        for text, value in meta.options.items():
            if isinstance(value, _numbers.Interval) and dx.overlaps(meta.key, value):
                return f"option {text!r} can be true together with the key"
    if meta.kind == "date" and isinstance(meta.key, tuple):
        for text, value in meta.options.items():
            if isinstance(value, tuple) and _overlap_dates(meta.key, value):
                return f"option {text!r} covers a day of the key"
    return None


_MANY = {ItemType.multiple_choice, ItemType.spot_the_error, ItemType.attribution, ItemType.spelling}


def _option_count(meta: Meta) -> str | None:
    item = meta.item
    if item.type in _MANY and len(item.options) < 3:
        return f"{len(item.options)} options"
    return None


_PREPOSITIONS = frozenset("of from by with to for in against on at into under between among".split())
#: nouns a name without "the" may qualify ("the Idlib governorate", "the SANA report")
_HEADS = frozenset("""governorate province city region conference crisis group report agency
government administration umbrella forces militia operation border side regime area
countryside offensive leadership""".split())


#: the first letter of a sentence (after opening quotes or brackets)
_FIRST_LETTER = re.compile(r"[\W\d_]*?([^\W\d_])")


def grammar_problems(text: str, names: Sequence[tuple[str, bool]], *, sentence: bool = False) -> list[str]:
    """Article errors in ``text``: ``names`` are (registered name, takes "the"). With
    ``sentence`` (``text`` is a whole sentence, not a fragment), also a lowercase start."""
    out = []
    first = _FIRST_LETTER.match(text) if sentence else None
    if first and first.group(1).islower():
        out.append(f"the sentence starts with a lowercase letter: {text[:first.end() + 12]!r}…")
    if re.search(r"\b[Tt]he the\b", text):
        out.append("“the the”")
    for name, takes_the in names:
        if name not in text:
            continue
        for m in _name_pattern(name).finditer(text):
            before = text[:m.start()].split()
            prev = before[-1] if before else ""
            after = text[m.end():].split()
            nxt = after[0].strip(".,;:()") if after else ""
            if name.endswith("s") and text[m.end():m.end() + 2] in ("'s", "’s"):
                out.append(f"“{name}{text[m.end():m.end() + 2]}”: a name ending in s takes a bare apostrophe")
            if nxt in _HEADS:  # a name used as a modifier: "with Syrian government forces"
                continue
            if takes_the:
                if prev.lower() in _PREPOSITIONS:
                    out.append(f"“{prev} {name}” needs “the”")
            elif prev.lower() == "the" and text[m.end():m.end() + 2] not in ("'s", "’s"):
                out.append(f"“the {name}”: the name takes no article")
    return out


@lru_cache(maxsize=4096)
def _name_pattern(name: str) -> re.Pattern[str]:
    return re.compile(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])")


def _grammar(meta: Meta) -> str | None:
    for sentence in meta.filled:
        found = grammar_problems(sentence, meta.names, sentence=True)
        if found:
            return f"{found[0]} in {sentence!r}"
    return None


def _variant_supported(meta: Meta) -> str | None:
    return meta.supported[0] if meta.supported else None


def _option_role(meta: Meta) -> str | None:
    return meta.implausible[0] if meta.implausible else None


#: an attribution quote needs this many words, and this many distinctive ones
FRAGMENT_WORDS = 8
FRAGMENT_DISTINCTIVE = 2


def _attribution_fragment(meta: Meta) -> str | None:
    if meta.item.type is not ItemType.attribution or meta.quote_words is None:
        return None
    if meta.quote_words < FRAGMENT_WORDS:
        return f"the quote has {meta.quote_words} words (fewer than {FRAGMENT_WORDS}): too short to tell a source by"
    if len(meta.distinctive) < FRAGMENT_DISTINCTIVE:
        have = ", ".join(meta.distinctive) or "none"
        return (f"the quote has {len(meta.distinctive)} words no other option's article has ({have}); "
                f"{FRAGMENT_DISTINCTIVE} are needed to tell its source")
    return None


def _answer_in_stem(meta: Meta) -> str | None:
    item = meta.item
    if item.type not in (ItemType.cloze, ItemType.spelling) or not item.statement:
        return None
    stem = dx.answer_key(item.statement)
    for form in meta.answer_forms:
        key = dx.answer_key(form)
        if key and re.search(r"(?<!\w)" + re.escape(key) + r"(?!\w)", stem):
            return f"the statement prints {form!r}, a form of the answer {item.answer!r}"
    return None


#: words in a timeline event that give its place away: "the day after it was signed", "the
#: offensive that led to the fall of …", "since the ousting of …"
ORDER_STATED = re.compile(
    r"\bthe (?:same )?(?:day|week|month|year)(?: (?:after|before))?\b|\b(?:days?|weeks?) (?:after|before|later|earlier)\b"
    r"|\b(?:led to|leading to|lead to|after|before|since|following|in the wake of|ahead of|prior to|until|"
    r"preceding|in the run-up to|in the aftermath of)\s+(?:the\s+|his\s+|her\s+|its\s+|their\s+)?(?:\w+\s+)?"
    r"(?:fall|ousting|ouster|overthrow|collapse|toppling|downfall|removal|signing|launch|start|end|"
    r"invasion|death|election|outbreak|offensive|war|agreement|deal)\b", re.I)


def _order_stated(meta: Meta) -> str | None:
    if meta.item.type is not ItemType.timeline:
        return None
    for option in meta.item.options:
        m = ORDER_STATED.search(option.text)
        if m:
            return f"the event {option.text!r} states its place: {m.group(0)!r}"
    return None


def _answer_uncited(meta: Meta) -> str | None:
    return meta.uncited


#: a statement that reports what someone said ("X stated that …"): the report stays true
REPORTED = re.compile(r"\b(?:stated|said|announced|declared|claimed|told \w+|pledged|promised)(?:,[^,]*,)? that\b")


def _outdated_report(meta: Meta) -> str | None:
    item = meta.item
    if item.type is not ItemType.verdict or not item.answer.startswith("Outdated") or not item.statement:
        return None
    m = REPORTED.search(item.statement)
    if m:
        return (f"the statement reports what was said ({m.group(0)!r}), which stays true; "
                "what is outdated is what was said, so the key “Outdated” would read as wrong")
    return None


def _stale_role(meta: Meta) -> str | None:
    if meta.role is None:
        return None
    entity, role = meta.role
    if role.end is not None and (meta.today is None or role.end <= meta.today):
        return f"{entity.name} held {role.title!r} until {role.end.isoformat()}"
    if role.as_of is None and role.start is None:
        return f"the register gives no date on which {entity.name} held {role.title!r}"
    return None


_STEM_RE = re.compile(r"\bseeds? \d{3}\b|\brecords?\b|`", re.IGNORECASE)
_ID_RE = re.compile(r"\b[a-z0-9]+(?:-[a-z0-9]+){2,}\b")


def trainee_texts(item: Item) -> list[str]:
    """Every text a trainee reads: prompt, statement, options, answer, explanation, sources."""
    out = [item.prompt, item.statement or "", item.answer, item.explanation]
    out += [o.text for o in item.options] + [o.note or "" for o in item.options]
    out += [c.source for c in item.citations]
    return out


def _jargon(meta: Meta) -> str | None:
    for text in trainee_texts(meta.item):
        m = _STEM_RE.search(text)
        if m:
            return f"{m.group()!r} in {text[:80]!r}"
        for m in _ID_RE.finditer(text):
            if m.group() in meta.claim_ids:
                return f"record id {m.group()!r} in {text[:80]!r}"
    return None


ITEM_RULES: tuple[Rule, ...] = (
    Rule("QZ101", "option-kind", _option_kind),
    Rule("QZ102", "option-interval", _option_interval),
    Rule("QZ103", "option-count", _option_count),
    Rule("QZ104", "grammar", _grammar),
    Rule("QZ105", "variant-supported", _variant_supported),
    Rule("QZ106", "stale-role", _stale_role),
    Rule("QZ107", "jargon", _jargon),
    Rule("QZ108", "option-role", _option_role),
    Rule("QZ109", "attribution-fragment", _attribution_fragment),
    Rule("QZ110", "answer-in-stem", _answer_in_stem),
    Rule("QZ111", "order-stated", _order_stated),
    Rule("QZ112", "answer-uncited", _answer_uncited),
    Rule("QZ113", "outdated-report", _outdated_report),
)


def check_item(meta: Meta) -> Rejection | None:
    """The first item rule ``meta``'s item fails, or None."""
    for rule in ITEM_RULES:
        message = rule.check(meta)
        if message:
            item = meta.item
            return Rejection(rule.code, rule.name, item.type.value, item.claim_ids, message)
    return None


# --------------------------------------------------------------------------- quiz rules


@lru_cache(maxsize=65536)
def _fold(text: str | None) -> str:
    return " ".join((text or "").lower().split())


class Kept(list):
    """The items kept so far, with the index the quiz rules look things up in (a plain list
    works too, only slower)."""

    def __init__(self) -> None:
        super().__init__()
        self.stems: dict[str, Item] = {}
        self.spelt: set[str] = set()
        self.keys: dict[tuple[ItemType, str], int] = {}

    def append(self, item: Item) -> None:  # type: ignore[override]
        super().append(item)
        if item.type is not ItemType.timeline and item.statement:
            self.stems.setdefault(_fold(item.statement), item)
        if item.type in _KEYED:
            self.keys[(item.type, item.answer)] = self.keys.get((item.type, item.answer), 0) + 1
        if item.type is ItemType.spelling:
            self.spelt.add(item.answer)
        elif item.error is not None and item.error.kind == "name-spelling":
            self.spelt.add(item.error.correct)


def _spelt(item: Item) -> str | None:
    """The name whose spelling an item asks about (a spelling item, or a misspelt name
    planted in spot-the-error), or None."""
    if item.type is ItemType.spelling:
        return item.answer
    if item.error is not None and item.error.kind == "name-spelling":
        return item.error.correct
    return None


def _duplicate_stem(item: Item, kept: Sequence[Item]) -> str | None:
    if item.type is ItemType.timeline or not item.statement:
        return None
    mine = _fold(item.statement)
    if isinstance(kept, Kept):
        other = kept.stems.get(mine)
        if other is not None:
            return f"same statement as an earlier {other.type.value} item"
        spelt = _spelt(item)
        if spelt is not None and spelt in kept.spelt:
            return f"the spelling of {spelt} is already asked"
        return None
    for other in kept:
        if other.type is not ItemType.timeline and _fold(other.statement) == mine:
            return f"same statement as an earlier {other.type.value} item"
        if _spelt(item) is not None and _spelt(item) == _spelt(other):
            return f"the spelling of {_spelt(item)} is already asked"
    return None


def _duplicate_events(item: Item, kept: Sequence[Item]) -> str | None:
    if item.type is not ItemType.timeline:
        return None
    mine = set(item.claim_ids)
    for other in kept:
        if other.type is ItemType.timeline:
            shared = mine & set(other.claim_ids)
            if len(shared) > 1:
                return f"{len(shared)} events already in an earlier timeline"
    return None


def answer_class(item: Item) -> str | None:
    """The keyed answer that balance is kept on, for true/false and verdict items."""
    if item.type is ItemType.true_false:
        return item.answer
    if item.type is ItemType.verdict:
        return "supported" if item.answer.startswith("Supported") else "not supported"
    return None


def _answer_balance(item: Item, kept: Sequence[Item]) -> str | None:
    mine = answer_class(item)
    if mine is None:
        return None
    same_type = [k for k in kept if k.type is item.type]
    n = len(same_type) + 1
    if n < 2:
        return None
    count = sum(1 for k in same_type if answer_class(k) == mine) + 1
    if count > (1 if n == 2 else math.ceil(2 * n / 3)):
        return f"{count} of {n} {item.type.value} items would be keyed {mine!r}"
    return None


#: item types whose key is a name, date or figure that could recur
_KEYED = frozenset({ItemType.multiple_choice, ItemType.cloze})
_SAME_KEY_MAX = 2


def _repeated_key(item: Item, kept: Sequence[Item]) -> str | None:
    if item.type not in _KEYED:
        return None
    if isinstance(kept, Kept):
        n = kept.keys.get((item.type, item.answer), 0)
    else:
        n = sum(1 for k in kept if k.type is item.type and k.answer == item.answer)
    if n >= _SAME_KEY_MAX:
        return f"{item.answer!r} is already the answer of {n} {item.type.value} items"
    return None


QUIZ_RULES: tuple[Rule, ...] = (
    Rule("QZ201", "duplicate-stem", _duplicate_stem),
    Rule("QZ202", "duplicate-events", _duplicate_events),
    Rule("QZ203", "answer-balance", _answer_balance),
    Rule("QZ204", "repeated-key", _repeated_key),
)


def check_in_quiz(item: Item, kept: Sequence[Item]) -> Rejection | None:
    """The first quiz rule ``item`` fails against the items ``kept`` so far, or None."""
    for rule in QUIZ_RULES:
        message = rule.check(item, kept)
        if message:
            return Rejection(rule.code, rule.name, item.type.value, item.claim_ids, message)
    return None


def _reviewed_out(item: Item, kept: Sequence[Item]) -> str | None:  # applied by the generator
    return None


RULES: tuple[Rule, ...] = ITEM_RULES + QUIZ_RULES + (Rule("QZ301", "reviewed-out", _reviewed_out),)


def summary(rejections: Sequence[Rejection]) -> str:
    """"3 candidate items dropped by the self-check (QZ202 duplicate-events 2, …); 40 candidate
    options dropped (QZ101 option-kind 30, …)"."""
    def counted(rs: list[Rejection], what: str) -> str:
        counts: dict[str, int] = {}
        for r in rs:
            counts[f"{r.code} {r.name}"] = counts.get(f"{r.code} {r.name}", 0) + 1
        parts = ", ".join(f"{k} {v}" for k, v in sorted(counts.items()))
        return f"{len(rs)} candidate {what}{'' if len(rs) == 1 else 's'} dropped ({parts})"

    items = [r for r in rejections if r.item_type != "option"]
    options = [r for r in rejections if r.item_type == "option"]
    out = [counted(items, "item")] if items else []
    if options:
        out.append(counted(options, "option"))
    return "self-check: " + "; ".join(out)


def explain(rejections: Sequence[Rejection]) -> str:
    """One line per dropped candidate: code, name, item type, records, why."""
    lines = [f"{r.code} {r.name}: {r.item_type} from {', '.join(r.claim_ids)}: {r.message}\n"
             for r in rejections if r.item_type != "option"]
    options: dict[str, int] = {}
    for r in rejections:
        if r.item_type == "option":
            options[f"{r.code} {r.name}"] = options.get(f"{r.code} {r.name}", 0) + 1
    lines += [f"{k}: {v} candidate option{'' if v == 1 else 's'} dropped before an item was made\n"
              for k, v in sorted(options.items())]
    return "".join(lines)
