"""What the FC6xx statement-fidelity rules share: statements and quotes read word by word.

A statement must say no more, and no less, than the quotes under it. The rules compare the
statement with the *supporting* quotes of its claim (``stance: supports``), each read in
the seed sentence it was cut from, so that a hedge or an attribution the curator cut off
("Reports indicated that …", "…, a ministry source said.") still counts.

Hand-written, and why: no library reads newsroom hedging. The pieces are small and
explicit so that a finding can be explained in one sentence:

* **Words.** :func:`factcheck.normalize.text.tokenize` splits words; each is folded
  (typography, diacritics, case), spelled the British way (``-ize`` → ``-ise``,
  ``defense`` → ``defence``, ``-or`` → ``-our``, ``labeled`` → ``labelled``,
  ``program`` → ``programme``) and cut to a crude stem (:func:`stem`: ``negotiations`` =
  ``negotiating``, ``withdrawal`` = ``withdraw``). Function words are ignored
  (:data:`STOPWORDS`). The stem needs only to be the same on both sides.
* **Names.** The registered names in the statement (the name index, as FC401 finds them)
  are accounted for when a quote names the same entity in any registered spelling, or by
  its adjective ("Syrian" for Syria, "Turkish" for Turkey: :func:`demonyms`).
* **Markers.** Regular expressions for the words that change how certain a sentence is:
  hedges (``reportedly``, ``reports indicated``, ``is believed``, ``viewed as``,
  ``aims to``, ``efforts to``, ``estimate``, ``possibly``), modal verbs (``will``,
  ``would``, ``could``, ``may``, ``might``, ``can``), attribution (``said``,
  ``according to``, ``told``, ``claims`` …) and negation (``not``, ``no``, ``never``,
  ``without``, ``fails to``, ``excludes`` …). An inline hedge, modal or negation governs
  the words right after it (:data:`GOVERN` words for hedges and modals, three content
  words for negation); a frame outside the quote governs the whole quote.
* **Sentences.** A seed is split into sentences once (line breaks, and ``.``/``!``/``?``
  followed by a capital, except after a short list of abbreviations such as ``Aug.`` or
  ``U.S.``).

Everything is computed once per quote and per statement (cached on the check context),
and the rules share it: the four FC6xx rules together read each text once.

Layer: rules (held by ``tests/project/test_layers.py``): may import ``factcheck.rules``
itself, the loader, the normalisers, the data modules and the types; never checking, an
output wing, authoring or the cli.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from operator import is_
from typing import TYPE_CHECKING, Iterable, Iterator, NamedTuple

from ..models import Claim, DateFact, EntityFact, NumberFact, Stance, Verdict
from ..normalize.names import name_key
from anyascii import anyascii

from ..normalize.text import tokenize

if TYPE_CHECKING:
    from ..corpus import Seed
    from ._base import Context

__all__ = [
    "CHECKED_VERDICTS",
    "DATE_WORDS",
    "NUMBER_WORDS",
    "ClaimView",
    "Occurrence",
    "TextView",
    "claim_view",
    "claim_views",
    "demonyms",
    "paired",
    "stem",
    "synonym_groups",
]

#: Words a statement may add or drop freely: articles, pronouns, auxiliaries,
#: prepositions and conjunctions. Negations, modals and the relation words
#: "after", "before", "since", "amid", "despite" are *not* here: they change meaning.
STOPWORDS = frozenset("""
a an the this that these those there here it its it's they them their theirs he him his she her
hers we us our you your i me my one ones who whom whose which what when where why how
is are was were be been being am has have had having do does did done
of in on at to for from by with as into onto upon about over under out up off
and or but so yet also both either each all any some such other another own same than then
too very just only even still already now more most much many further between among
if while whether though although however thus therefore
s
""".split())

#: Words that a typed fact accounts for: the calendar words of a date fact, the number
#: and qualifier words of a number fact (the date and number rules check the values).
DATE_WORDS = frozenset("""
january february march april may june july august september october november december
monday tuesday wednesday thursday friday saturday sunday
day days week weeks month months year years previous next same earlier later before after
""".split())
NUMBER_WORDS = frozenset("""
one two three four five six seven eight nine ten eleven twelve dozen dozens hundred hundreds
thousand thousands million millions billion billions trillion percent per cent
more than less fewer least about around nearly almost approximately over under up between
and order some roughly
dollar dollars usd
""".split())

#: Irregular forms, mapped to the form the stemmer sees for the regular ones.
IRREGULAR: dict[str, str] = {
    "rose": "rise", "risen": "rise", "fled": "flee", "led": "lead", "took": "take", "taken": "take",
    "left": "leave", "grew": "grow", "grown": "grow", "came": "come", "began": "begin", "begun": "begin",
    "fell": "fall", "fallen": "fall", "held": "hold", "made": "make", "said": "say", "told": "tell",
    "sought": "seek", "met": "meet", "won": "win", "lost": "lose", "brought": "bring", "built": "build",
    "sent": "send", "spent": "spend", "struck": "strike", "gave": "give", "given": "give", "went": "go",
    "gone": "go", "saw": "see", "seen": "see", "thought": "think", "kept": "keep", "stood": "stand",
    "became": "become", "found": "find", "fully": "full", "drew": "draw", "drawn": "draw",
    "withdrew": "withdraw", "withdrawn": "withdraw", "fought": "fight", "bought": "buy", "paid": "pay",
    "chose": "choose", "chosen": "choose", "wrote": "write", "written": "write", "broke": "break",
    "broken": "break", "spoke": "speak", "spoken": "speak", "knew": "know", "known": "know",
}

#: Words a newsroom uses for one another, each group spelled out (stems are compared, so
#: one form per word is enough). Kept short on purpose: a synonym the table lacks is a
#: finding to read, not a reason to grow the table without a case in the fact base.
SYNONYMS: tuple[tuple[str, ...], ...] = (
    ("help", "assist", "assistance", "aid"),
    ("talks", "negotiations", "discussions", "negotiating", "discussing"),
    ("signed", "inked"),
    ("concluded", "finalised", "signed", "inked"),
    ("agreement", "deal", "accord", "pact", "memorandum"),
    ("after", "following", "follows", "aftermath", "wake"),
    ("considers", "regards", "perceives", "views", "sees"),
)

#: Capitals the news uses for their governments ("Ankara has warned" = Turkey has warned):
#: a statement may name the country where a quote names its capital, when both are
#: registered. Only the capitals of the countries the news desk covers most.
CAPITALS: dict[str, str] = {
    "ankara": "turkey", "damascus": "syria", "washington": "united states", "moscow": "russia",
    "tehran": "iran", "baghdad": "iraq", "beirut": "lebanon", "amman": "jordan", "cairo": "egypt",
    "riyadh": "saudi arabia", "doha": "qatar", "abu dhabi": "united arab emirates", "kyiv": "ukraine",
    "beijing": "china", "london": "united kingdom", "paris": "france", "berlin": "germany",
    "brussels": "belgium", "jerusalem": "israel", "tel aviv": "israel", "erbil": "kurdistan region",
}

#: How many tokens after an inline hedge or modal it governs.
GOVERN = 8
#: How many content words after a negation it governs.
NEGATION_REACH = 3

_HEDGE_PATTERNS: tuple[tuple[str, str], ...] = (
    # (class, pattern) — patterns run on the folded, lower-cased text
    ("report", r"\breports? (?:indicated?|suggest(?:ed|s)?|said|say)\b"),
    ("report", r"\breportedly\b"),
    ("report", r"\baccording to (?:reports|media)\b"),
    ("belief", r"\b(?:is|are|was|were|been) (?:also |widely |now )?(?:believed|thought|understood|alleged|expected|said) to\b"),
    ("belief", r"\b(?:viewed|seen|regarded|perceived|considered) as\b"),
    ("belief", r"\ballegedly\b"),
    ("belief", r"\bappears? to\b|\bseems? to\b"),
    ("possibility", r"\bpossibl[ey]\b|\bpotential(?:ly)?\b|\blikely\b|\bperhaps\b"),
    ("aim", r"\baim(?:s|ed|ing)? (?:to|at)\b"),
    ("aim", r"\befforts? to\b"),
    ("aim", r"\b(?:seek|seeks|seeking|sought|intend|intends|intended|plan|plans|planned|planning) to\b"),
    ("aim", r"\b(?:vow|vows|vowed|pledge|pledges|pledged|offer|offers|offered|offering|hope|hopes|hoped) to\b"),
    ("aim", r"\b(?:want|wants|wanted|promise|promises|promised|propose|proposes|proposed) to\b"),
    ("aim", r"\bexpects?\b|\bexpected\b|\bexpectation\b"),
    ("estimate", r"\bestimat(?:e|es|ed|ing)\b"),
)
_MODAL = r"\b(?:will|would|could|may|might|can|shall|should|must|wo)\b|\b(?:is|are) to\b|\bgoing to\b"
_ATTRIBUTION = (
    r"\baccording to\b|\b(?:said|say|says|saying|told|tell|tells|stated|states|stating|added|adding|noted|noting"
    r"|claimed|claims|claim|claiming|alleged|alleging|reported|reporting|announced|announces|confirmed|confirms"
    r"|declared|declares|warned|warns|warning|emphasi[sz]ed|emphasi[sz]ing|stressed|insisted|argued|accused"
    r"|accuses|accusing|accusation|reiterated|reaffirmed|reaffirms|described|describes|called|calls|labell?ed"
    r"|outlined|rejected|criticis(?:ed|es|ing)|criticiz(?:ed|es|ing)|blamed|blaming|considers|considered|views"
    r"|viewed|perceives|regards|regarded|believes|expressed|briefed|vowed|pledged|urged|denied|maintains)\b"
)
_NEGATION = (
    r"\bnot\b|n't\b|\bno\b|\bnever\b|\bwithout\b|\bneither\b|\bnor\b|\bnone\b|\bnobody\b|\bnothing\b"
    r"|\bno longer\b|\bfail(?:s|ed|ing)? to\b|\black(?:s|ed)? of\b|\bexclud(?:e|es|ed|ing)\b|\byet to\b"
    r"|\brefus(?:e|es|ed|ing) to\b|\bdeclin(?:e|es|ed|ing) to\b|\bunable to\b"
)
#: The words a match of each marker pattern can start with: a pattern is tried only where
#: a token is one of them (``pattern.match`` at that token), not at every position.
_HEDGE_FIRST = frozenset("""
report reports reportedly according is are was were been viewed seen regarded perceived considered
allegedly appears appear seems seem possible possibly potential potentially likely perhaps aim aims aimed
aiming effort efforts seek seeks seeking sought intend intends intended plan plans planned planning vow
vows vowed pledge pledges pledged offer offers offered offering hope hopes hoped want wants wanted promise
promises promised propose proposes proposed expect expects expected expectation estimate estimates
estimated estimating
""".split())
_MODAL_FIRST = frozenset("will would could may might can shall should must wo is are going".split())
_NEGATION_FIRST = frozenset("""
not no never without neither nor none nobody nothing fail fails failed failing lack lacks lacked exclude
excludes excluded excluding yet refuse refuses refused refusing decline declines declined declining unable
""".split())
_ATTRIBUTION_FIRST = frozenset("""
according said say says saying told tell tells stated states stating added adding noted noting claimed
claims claim claiming alleged alleging reported reporting reports announced announces confirmed confirms
declared declares warned warns warning emphasised emphasized emphasising emphasizing stressed insisted
argued accused accuses accusing accusation reiterated reaffirmed reaffirms described describes called
calls labeled labelled outlined rejected criticised criticises criticising criticized criticizes
criticizing blamed blaming considers considered views viewed perceives regards regarded believes expressed
briefed vowed pledged urged denied maintains
""".split())
_HEDGE_RE = re.compile("|".join(f"(?P<h{i}>{p})" for i, (_, p) in enumerate(_HEDGE_PATTERNS)))
_HEDGE_CLASS = {f"h{i}": cls for i, (cls, _) in enumerate(_HEDGE_PATTERNS)}
_MODAL_RE = re.compile(_MODAL)
_ATTRIBUTION_RE = re.compile(_ATTRIBUTION)
_NEGATION_RE = re.compile(_NEGATION)

#: Verbs of saying that make a trailing ", a ministry source said." an attribution frame.
_TRAILING_FRAME = re.compile(
    r"^\s*(?:according to\b.*|(?:[\w'’.-]+\s+){1,8}?(?:said|says|told|stated|added|noted|reported|claimed|"
    r"confirmed|announced|warned|reports)\b(?:\s+[\w'’.-]+){0,4})\s*$",
    re.IGNORECASE,
)

_CLOSING_QUOTE = re.compile(r"[”\"]")
#: A verb of saying in the quote's sentence before the quote governs it when at most this
#: many words stand between them ("said that", "reported that the").
_FRAME_GAP = 3

_ABBREVIATIONS = frozenset("""
jan feb mar apr jun jul aug sep sept oct nov dec mr mrs ms dr st gen col lt sgt prof vs no u.s u.n u.k
""".split())
_SENTENCE_END = re.compile(r"[.!?][\"”’')\]]*\s+(?=[\"“‘'(\[]*[A-Z0-9])|\n")


# --------------------------------------------------------------------------- words


_IZE = re.compile(r"(?<=[a-z]{2})iz(?=e|a|i)")
_YZE = re.compile(r"(?<=[a-z]{2})yz(?=e)")
_OR = re.compile(r"(?<=[a-z]{3})or(?=$|s$|ed$|ing$|able$|ite)")
_LL = re.compile(r"ll(?=ed$|ing$|er$)")


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A crude, consistent stem of a lower-case word, spelled the British way."""
    w = word
    if w.endswith("'s") or w.endswith("’s"):
        w = w[:-2]
    w = w.replace("’", "'").strip("'")
    if not w.isascii() or not w.isalpha():
        return w
    w = IRREGULAR.get(w, w)
    w = w.replace("defense", "defence").replace("offense", "offence")
    w = _IZE.sub("is", w)
    w = _YZE.sub("ys", w)
    if len(w) > 5:
        w = _OR.sub("our", w)
    if len(w) > 7:
        w = _LL.sub("l", w)
    if w.startswith("program") and not w.startswith("programme"):
        w = "programme" + w[7:]
    return _strip(w)


_INFLECTIONS = ("ings", "ing", "ies", "ied", "ed", "es", "s")
_DERIVATIONS = ("ations", "ation", "itions", "ition", "ments", "ment", "ances", "ance", "ences", "ence",
                "ions", "ion", "ive", "ly", "al", "ent", "ant", "er")


def _strip(w: str) -> str:
    if len(w) <= 3:
        return w
    for suffix in _INFLECTIONS:
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            w = w[: -len(suffix)] + ("i" if suffix in ("ies", "ied") else "")
            break
    for suffix in _DERIVATIONS:
        if w.endswith(suffix) and len(w) - len(suffix) >= 4 and not (suffix == "ly" and w.endswith("ply")):
            w = w[: -len(suffix)]
            break
    bare = w.rstrip("e")
    if len(bare) >= 3:
        w = bare
    if w.endswith("y"):
        w = w[:-1] + "i"
    if len(w) > 5 and w.endswith("at"):
        w = w[:-2]
    elif len(w) > 4 and w[-1] == w[-2] and w[-1] not in "lsz" and w[-1] not in "aeiou":
        w = w[:-1]
    return w


@lru_cache(maxsize=65536)
def _fold_word(word: str) -> str:
    """A word lower-cased and transliterated to ASCII (``Güler`` → ``guler``, ``’`` → ``'``),
    one character at a time as :func:`factcheck.normalize.text.fold` does for diacritics."""
    if word.isascii():
        return word.lower()
    return anyascii(unicodedata.normalize("NFC", word)).lower()


@lru_cache(maxsize=65536)
def word_stem(word: str) -> str:
    """The stem of a word as written (folded first)."""
    return stem(_fold_word(word))


class _Tok:
    """A token of :func:`_tokens`: the text, its span and whether it is a number."""

    __slots__ = ("text", "start", "end", "kind")

    def __init__(self, text: str, start: int, end: int, kind: str) -> None:
        self.text, self.start, self.end, self.kind = text, start, end, kind


#: Words and numbers, as :func:`factcheck.normalize.text.tokenize` splits them, with a plain
#: ``\w`` class: the texts are NFC (FC011), so combining marks are rare, and the tokeniser's
#: class of every combining mark makes it several times slower on every character.
_TOKEN_RE = re.compile(r"(?P<number>[$€£¥]?\d+(?:[,.]\d+)*%?)(?!\w)|(?P<word>\w+(?:['’\u02bc\-\u2010\u2011]\w+)*)")


#: :data:`_TOKEN_RE` without its groups: the same tokens, as strings (``findall``).
_TOKEN_TEXT = re.compile(r"[$€£¥]?\d+(?:[,.]\d+)*%?(?!\w)|\w+(?:['’\u02bc\-\u2010\u2011]\w+)*")


def _tokens(s: str) -> list[_Tok]:
    """Words and numbers of ``s`` with their offsets."""
    return [_Tok(m.group(), m.start(), m.end(), m.lastgroup or "word") for m in _TOKEN_RE.finditer(s)]


def _modals(text: str, low: str, tokens: list["_Tok"], lows: list[str]) -> list[re.Match[str]]:
    """Modal verbs, without the month ("in May", "May 7")."""
    return [m for m in _scan(_MODAL_RE, low, tokens, lows, _MODAL_FIRST)
            if not (text[m.start()] == "M" and m.group() == "may" and m.start() > 1
                    and text[m.start() - 2] not in ".!?\"“")]


def _scan(pattern: re.Pattern[str], low: str, tokens: list["_Tok"], lows: list[str],
          firsts: frozenset[str]) -> list[re.Match[str]]:
    """The matches of ``pattern`` that start at a token in ``firsts``, without overlaps."""
    out: list[re.Match[str]] = []
    last = -1
    for tok, word in zip(tokens, lows):
        if tok.start < last or word not in firsts:
            continue
        m = pattern.match(low, tok.start)
        if m is not None:
            out.append(m)
            last = m.end()
    return out


@lru_cache(maxsize=4096)
def demonyms(name: str) -> frozenset[str]:
    """Adjective keys of a one-word place or group name: Syria → syrian, Turkey → turkish."""
    key = name_key(name)
    if not key or " " in key:
        return frozenset()
    out = {key + "n", key + "an", key + "ian", key + "i", key + "ish", key + "ese"}
    for cut in ("ey", "y", "e", "a", "s", "ia"):
        if key.endswith(cut) and len(key) - len(cut) >= 3:
            base = key[: -len(cut)]
            out.update({base, base + "n", base + "an", base + "ian", base + "ish", base + "i", base + "ese"})
    out.discard(key)
    return frozenset(out)


# --------------------------------------------------------------------------- analysed text


@dataclass(slots=True)
class Occurrence:
    """One content word of a text: where it is and what governs it."""

    stem: str
    start: int
    end: int
    hedges: set[str] = field(default_factory=set)  # hedge classes, and "modal"
    markers: list[str] = field(default_factory=list)  # the governing words, as written
    negated: bool = False
    negators: list[str] = field(default_factory=list)


@dataclass
class TextView:
    """A statement or a quote (in its sentence), read word by word."""

    text: str
    occurrences: list[Occurrence]
    by_stem: dict[str, list[Occurrence]]
    #: a verb of saying or "according to" governs the text (in it, or in the frame around it)
    attributed: bool
    #: spans of the text matched by a marker: (start, end, kind), kind = "attribution",
    #: "modal", "negation" or a hedge class
    marker_spans: list[tuple[int, int, str]]
    #: hedge classes anywhere in the text or its frame
    hedge_classes: set[str]
    #: the words naming who says it: (stem, start, end), offsets in ``text`` (-1 in a frame)
    sayers: list[tuple[str, int, int]]
    pronoun_sayer: bool
    #: stems of the frame's attribution ("a ministry source said", "according to a statement")
    frame_stems: set[str]
    #: the attribution words as written, for messages
    attribution: str = ""
    name_key: str = ""


_SAYER_STOP = frozenset({"a", "an", "the", "that", "this", "while", "and", "but", "its", "his", "her",
                         "their", "also", "has", "have", "had", "been", "further", "repeatedly"})
_PRONOUNS = frozenset({"it", "he", "she", "they", "we", "i", "who", "which"})
_SAY_RE = re.compile(
    r"\baccording to\b|\b(?:said|says|say|saying|told|tells|stated|states|added|adding|noted|reported"
    r"|reports|claimed|claims|alleged|announced|confirmed|declared|warned|briefed|reiterated)\b"
)
#: Words of negation and modality: markers, not content (FC604 and FC605 read them).
_NOT_CONTENT = frozenset({"not", "no", "never", "without", "neither", "nor", "none", "n't",
                          "will", "would", "could", "may", "might", "can", "shall", "should", "must"})


def _sayer_before(text: str, at: int, base: int) -> tuple[list[tuple[str, int, int]], bool]:
    """The words right before a verb of saying: the sayer ("Turkish security sources").
    Offsets in ``text`` plus ``base``; ``base`` < 0: no offsets (-1), and no token objects."""
    head = text[:at]
    cut = max(head.rfind(","), head.rfind(";"), head.rfind("–"), head.rfind("—"), head.rfind(" that "),
              head.rfind(" and "), head.rfind("“"), head.rfind("\""), head.rfind("("), head.rfind(")"))
    if base < 0:
        words = [w.lower() for w in _TOKEN_TEXT.findall(head[cut + 1:])[-8:]]
        return ([(word_stem(w), -1, -1) for w in words
                 if not (w in STOPWORDS or w in _SAYER_STOP or w in _PRONOUNS)],
                bool(words) and words[-1] in _PRONOUNS)
    toks = _tokens(head[cut + 1:])[-8:]  # a short run of words: objects are cheap here
    words = [t.text.lower() for t in toks]
    pronoun = bool(words) and words[-1] in _PRONOUNS
    out = []
    for t, w in zip(toks, words):
        if w in STOPWORDS or w in _SAYER_STOP or w in _PRONOUNS:
            continue
        out.append((word_stem(w), base + cut + 1 + t.start, base + cut + 1 + t.end))
    return out, pronoun


def _sayer_after(text: str, at: int, base: int) -> list[tuple[str, int, int]]:
    """The words after "according to", up to the next comma (offsets as :func:`_sayer_before`)."""
    tail = text[at:]
    cut = tail.find(",")
    tail = tail if cut < 0 else tail[:cut]
    if base < 0:
        return [(word_stem(w), -1, -1) for w in (t.lower() for t in _TOKEN_TEXT.findall(tail)[:6])
                if w not in STOPWORDS]
    return [(word_stem(t.text.lower()), base + at + t.start, base + at + t.end)
            for t in _tokens(tail)[:6] if t.text.lower() not in STOPWORDS]


def _lower(text: str) -> str:
    low = text.lower()
    return low if len(low) == len(text) else "".join(c.lower()[:1] or c for c in text)


@dataclass(frozen=True)
class _Frame:
    """What the parts of a quote's sentence outside the quote say about it."""

    hedges: tuple[tuple[str, str], ...] = ()  # (hedge class, words) governing the whole quote
    attributed: bool = False
    attribution: str = ""
    sayers: tuple[tuple[str, int, int], ...] = ()
    pronoun: bool = False
    stems: frozenset[str] = frozenset()  # the words of the attribution ("a ministry source said")


_NO_FRAME = _Frame()


@lru_cache(maxsize=1024)
def _frame(frame_before: str, frame_after: str) -> _Frame:
    """A leading "Reports indicated that" or "X said", a trailing ", officials said."."""
    if not frame_before.strip() and not frame_after.strip():
        return _NO_FRAME
    hedges: list[tuple[str, str]] = []
    sayers: list[tuple[str, int, int]] = []
    stems: set[str] = set()
    attributed = pronoun = False
    attribution = ""
    if frame_before.strip():
        flow = _lower(frame_before)
        ftoks = _tokens(frame_before)
        flows = [flow[t.start:t.end] for t in ftoks]
        for m in _scan(_HEDGE_RE, flow, ftoks, flows, _HEDGE_FIRST):
            if _CLOSING_QUOTE.search(frame_before, m.end()):
                continue  # the hedge is inside quoted speech that ends before the quote
            hedges.append((_HEDGE_CLASS[m.lastgroup or ""], frame_before[m.start():m.end()]))
        for m in _scan(_SAY_RE, flow, ftoks, flows, _ATTRIBUTION_FIRST):
            rest = frame_before[m.end():]
            if m.group().startswith("according"):
                rest = rest[rest.find(",") + 1:] if "," in rest else ""
            if len(_tokens(rest)) > _FRAME_GAP:
                continue  # "The sources said [a long clause …], under which <quote>": not the quote's
            attributed = True
            attribution = attribution or frame_before[m.start():m.end()]
            if m.group().startswith("according"):
                found = _sayer_after(frame_before, m.end(), -1)
            else:
                found, p = _sayer_before(frame_before, m.start(), -1)
                pronoun = pronoun or p
            sayers += found
            stems.update(s for s, _, _ in found)
            stems.add(word_stem(m.group().split()[0]))
    if frame_after.strip():
        for part in re.split(r"[,;]", frame_after)[:3]:
            part = part.strip().rstrip(".")
            if _TRAILING_FRAME.match(part):
                attributed = True
                attribution = attribution or part
                verb = _SAY_RE.search(part.lower())
                if verb is not None and verb.group().startswith("according"):
                    sayers += _sayer_after(part, verb.end(), -1)
                elif verb is not None:
                    found, p = _sayer_before(part, verb.start(), -1)
                    sayers += found
                    pronoun = pronoun or p
                stems.update(word_stem(t.text.lower()) for t in _tokens(part)
                             if t.text.lower() not in STOPWORDS)
                break
    return _Frame(tuple(hedges), attributed, attribution, tuple(sayers), pronoun, frozenset(stems))


def _proper_noun_at(text: str, start: int) -> bool:
    """Whether the word at ``start`` is capitalised inside a sentence (a name, not a marker)."""
    if not text[start:start + 1].isupper():
        return False
    before = text[:start].rstrip()
    return bool(before) and before[-1] not in ".!?:;“‘\"'(–—-"


def _analyse(text: str, frame_before: str = "", frame_after: str = "", *, reach: int = GOVERN,
             names: tuple[str, ...] = ()) -> TextView:
    """Read ``text`` (with the parts of its sentence before and after it, for a quote).

    ``reach``: how many tokens an inline hedge or modal governs (a statement's hedges are
    read generously, to the end of the statement: a finding needs the statement to have
    none where the quotes have one). ``names``: registered spellings that open with a
    negation word (:func:`_negation_names`); where one starts, the word is the name's
    ("Never Democratic Party announced", not a negated "announced").
    """
    low = _lower(text)
    tokens = _tokens(text)
    lows = [low[t.start:t.end] for t in tokens]
    occurrences: list[Occurrence] = []
    content_index: list[int] = []  # token index -> position in occurrences, or -1
    for tok in tokens:
        word = tok.text.lower()
        if word in STOPWORDS or word in _NOT_CONTENT or (tok.kind == "word" and len(word) == 1):
            content_index.append(-1)
            continue
        content_index.append(len(occurrences))
        occurrences.append(Occurrence(word_stem(word), tok.start, tok.end))
    starts = [t.start for t in tokens]

    def govern(end: int, count: int, *, content: bool) -> Iterable[Occurrence]:
        k = bisect_right(starts, end - 1)
        taken = 0
        while k < len(tokens) and taken < count:
            ci = content_index[k]
            if ci >= 0:
                yield occurrences[ci]
                if content:
                    taken += 1
            if not content:
                taken += 1
            k += 1

    spans: list[tuple[int, int, str]] = []
    classes: set[str] = set()
    for m in _scan(_HEDGE_RE, low, tokens, lows, _HEDGE_FIRST):
        cls = _HEDGE_CLASS[m.lastgroup or ""]
        classes.add(cls)
        spans.append((m.start(), m.end(), cls))
        for occ in govern(m.end(), reach, content=False):
            occ.hedges.add(cls)
            occ.markers.append(text[m.start():m.end()])
    for m in _modals(text, low, tokens, lows):
        classes.add("modal")
        spans.append((m.start(), m.end(), "modal"))
        for occ in govern(m.end(), reach, content=False):
            occ.hedges.add("modal")
            occ.markers.append(text[m.start():m.end()])
    negations = _scan(_NEGATION_RE, low, tokens, lows, _NEGATION_FIRST)
    for tok, word in zip(tokens, lows):
        if word.endswith(("n't", "n’t")):
            m = _NEGATION_RE.match(low.replace("’", "'"), tok.end - 3)
            if m is not None:
                negations.append(m)
    for m in negations:
        if _proper_noun_at(text, m.start()) or (names and text.startswith(names, m.start())):
            continue  # "Hana None", "Nor Mansour", "Never Democratic Party": a name, not a negation
        spans.append((m.start(), m.end(), "negation"))
        for occ in govern(m.end(), NEGATION_REACH, content=True):
            occ.negated = True
            occ.negators.append(text[m.start():m.end()])

    sayers: list[tuple[str, int, int]] = []
    pronoun = False
    attributed = False
    attribution = ""
    for m in _scan(_ATTRIBUTION_RE, low, tokens, lows, _ATTRIBUTION_FIRST):
        spans.append((m.start(), m.end(), "attribution"))
    for m in _scan(_SAY_RE, low, tokens, lows, _ATTRIBUTION_FIRST):
        attributed = True
        attribution = attribution or text[m.start():m.end()]
        if m.group().startswith("according"):
            sayers += _sayer_after(text, m.end(), 0)
        else:
            found, p = _sayer_before(text, m.start(), 0)
            sayers += found
            pronoun = pronoun or p

    frame = _frame(frame_before, frame_after)
    for cls, words in frame.hedges:
        classes.add(cls)
        for occ in occurrences:
            occ.hedges.add(cls)
            occ.markers.append(words)
    if frame.attributed:
        attributed = True
        attribution = attribution or frame.attribution
        sayers += frame.sayers
        pronoun = pronoun or frame.pronoun
    frame_stems = set(frame.stems)

    by_stem: dict[str, list[Occurrence]] = {}
    for occ in occurrences:
        by_stem.setdefault(occ.stem, []).append(occ)
    return TextView(text, occurrences, by_stem, attributed, spans, classes, sayers, pronoun,
                    frame_stems, attribution)


# --------------------------------------------------------------------------- seeds and quotes


_INITIALS = re.compile(r"(?:[a-z]\.)*[a-z]")


def _sentences(seed: "Seed") -> list[int]:
    """Start offsets of the seed's sentences."""
    starts = [0]
    text = seed.text
    for m in _SENTENCE_END.finditer(text):
        if m.group() != "\n":
            before = text[max(0, m.start() - 6):m.start()].split()
            last = before[-1].lower().lstrip("(\"“") if before else ""
            if last in _ABBREVIATIONS or _INITIALS.fullmatch(last):
                continue
        starts.append(m.end())
    return starts


def _sentence_frames(ctx: "Context", seed: "Seed", start: int, end: int) -> tuple[str, str]:
    cache: dict = ctx.__dict__.setdefault("_fc6_sentences", {})
    starts = cache.get(seed.id)
    if starts is None:
        starts = cache[seed.id] = _sentences(seed)
    i = bisect_right(starts, start) - 1
    j = bisect_right(starts, max(start, end - 1))
    s_start = starts[i] if i >= 0 else 0
    s_end = starts[j] if j < len(starts) else len(seed.text)
    return seed.text[s_start:start], seed.text[end:s_end].rstrip()


@dataclass
class QuoteView:
    index: int
    seed: str
    view: TextView
    names: set[str]  # entity ids the quote's sentence names (any registered form, or an adjective)


@dataclass
class ClaimView:
    """A claim's statement and supporting quotes, analysed for the FC6xx rules."""

    claim: Claim
    statement: TextView
    quotes: list[QuoteView]
    statement_names: list  # StatementName of FC401
    statement_demonyms: dict[int, str]  # token start -> entity id, for "Syrian", "Turkish" …
    quote_stems: set[str]
    quote_groups: set[int]  # synonym groups of the quotes' words
    quote_names: set[str]
    quote_classes: set[str]  # hedge classes in the quotes or their frames
    quote_attributed: bool  # some quote is attributed
    quote_says: bool  # some quote has a verb of saying or of stance (called, labelled, accused …)
    sayer_stems: set[str]
    pronoun_sayer: bool
    has_dates: bool
    has_numbers: bool
    fact_words: set[str]

    def name_at(self, start: int, end: int) -> str | None:
        """The entity id of a registered statement name overlapping [start, end), if any."""
        for n in self.statement_names:
            if n.start < end and start < n.end:
                return n.entity_id
        return None

    def marker_at(self, start: int, end: int) -> str | None:
        for s, e, kind in self.statement.marker_spans:
            if s < end and start < e:
                return kind
        return None


def _synonym_groups() -> dict[str, frozenset[int]]:
    groups: dict[str, set[int]] = {}
    for i, group in enumerate(SYNONYMS):
        for word in group:
            groups.setdefault(stem(word), set()).add(i)
    return {k: frozenset(v) for k, v in groups.items()}


_GROUPS = _synonym_groups()


def synonym_groups(word_stem: str) -> frozenset[int]:
    return _GROUPS.get(word_stem, frozenset())


def _negation_names(ctx: "Context") -> tuple[str, ...]:
    """Registered spellings whose first word is a negation word ("Never Democratic Party",
    "No Surrender Front"): read as names, not negations, wherever they start (once per register)."""
    cached = ctx.__dict__.get("_fc6_negation_names")
    if cached is None:
        forms = {form for entity in ctx.corpus.entities
                 for form in (entity.name, *entity.variants, *entity.aliases, *entity.misspellings, *entity.short)
                 if form.split(" ", 1)[0].lower() in _NEGATION_FIRST}
        cached = ctx.__dict__["_fc6_negation_names"] = tuple(sorted(forms))
    return cached


def _register(ctx: "Context") -> tuple[dict[str, tuple[str, ...]], dict[str, str], dict[str, str]]:
    """Per entity its name keys; adjective key -> place or group; capital entity -> country entity."""
    cached = ctx.__dict__.get("_fc6_register")
    if cached is not None:
        return cached
    keys: dict[str, tuple[str, ...]] = {}
    adjectives: dict[str, str] = {}
    by_key: dict[str, str] = {}
    for entity in ctx.corpus.entities:
        forms = (entity.name, *entity.variants, *entity.aliases, *entity.misspellings, *entity.short)
        keys[entity.id] = tuple(k for k in {name_key(f) for f in forms} if k)
        if entity.kind.value == "place":
            by_key.setdefault(name_key(entity.name), entity.id)
        if entity.kind.value in ("place", "group"):
            for form in forms:
                for adj in demonyms(form):
                    adjectives.setdefault(adj, entity.id)
    capitals = {by_key[c]: by_key[k] for c, k in CAPITALS.items() if c in by_key and k in by_key}
    ctx.__dict__["_fc6_register"] = (keys, adjectives, capitals)
    return keys, adjectives, capitals


def _names_in(key_text: str, keys: dict[str, tuple[str, ...]], adjectives: dict[str, str],
              capitals: dict[str, str], wanted: Iterable[str]) -> set[str]:
    padded = f" {key_text} "
    words = set(key_text.split())
    found: set[str] = set()
    for entity_id in wanted:
        for k in keys.get(entity_id, ()):
            if (k in words) if " " not in k else (f" {k} " in padded):
                found.add(entity_id)
                break
    for w in words:
        entity_id = adjectives.get(w)
        if entity_id is not None:
            found.add(entity_id)
    for capital, country in capitals.items():
        if capital in found or any(k in words for k in keys.get(capital, ()) if " " not in k):
            found.add(country)
    return found


def _generic_name_words(ctx: "Context", entity_id: str) -> frozenset[str]:
    """Lower-case words of an entity's house name ("memorandum", "army") and its kind
    ("agreement", "operation", "event"): what a typed fact referring to the entity
    accounts for. Capitalised words (proper names) are not."""
    cache: dict = ctx.__dict__.setdefault("_fc6_generic", {})
    hit = cache.get(entity_id)
    if hit is None:
        hit = cache[entity_id] = frozenset(_generic_name_words_of(ctx, entity_id))
    return hit


def _generic_name_words_of(ctx: "Context", entity_id: str) -> set[str]:
    entity = ctx.entities.get(entity_id)
    if entity is None:
        return set()
    words = {word_stem(t.text.lower()) for t in tokenize(entity.name)
             if t.text.islower() and t.text.lower() not in STOPWORDS}
    if entity.kind.value in ("agreement", "operation", "event"):
        words.add(stem(entity.kind.value))
    return words


def claim_view(ctx: "Context", claim: Claim) -> ClaimView | None:
    """The claim analysed once per check (None: nothing to compare, or nothing to find).

    None when no supporting quote is found in its seed, and when :func:`_plainly_faithful`
    shows, cheaply, that no FC6xx rule can find anything.
    """
    cache: dict = ctx.__dict__.setdefault("_fc6_claims", {})
    hit = cache.get(id(claim))
    if hit is not None and hit[0] is claim:
        return hit[1]
    view = None if _plainly_faithful(ctx, claim) else _claim_view(ctx, claim)
    cache[id(claim)] = (claim, view)
    return view


def _claim_view(ctx: "Context", claim: Claim) -> ClaimView | None:
    from ._names import statement_names

    quoted = [(i, q) for i, q in enumerate(claim.quotes) if q.stance is Stance.supports]
    if not quoted:
        return None
    keys, adjectives, capitals = _register(ctx)
    names = statement_names(ctx, claim)
    wanted = {n.entity_id for n in names}
    for n in names:
        wanted.update(n.others)
    negation_names = _negation_names(ctx)
    statement_view = _statement_view(claim.statement, negation_names)
    demonym_tokens: dict[int, str] = {}
    for occ in statement_view.occurrences:
        word = claim.statement[occ.start:occ.end]
        if word[:1].isupper():
            entity_id = adjectives.get(name_key(word))
            if entity_id is not None:
                demonym_tokens[occ.start] = entity_id
                wanted.add(entity_id)
    wanted.update(capitals)
    quotes: list[QuoteView] = []
    for i, quote in quoted:
        match = ctx.quote_match(claim, i)
        seed = ctx.corpus.seeds.get(quote.seed)
        if match is None or seed is None or match.furniture is not None:
            continue
        before, after = _sentence_frames(ctx, seed, match.start, match.end)
        qv, sentence_key = _quote_view(quote.text, before, after, negation_names)
        quotes.append(QuoteView(i, quote.seed, qv, _names_in(sentence_key, keys, adjectives, capitals, wanted)))
    if not quotes:
        return None
    quote_stems: set[str] = set()
    quote_names: set[str] = set()
    sayers: set[str] = set()
    classes: set[str] = set()
    pronoun = attributed = False
    for q in quotes:
        quote_stems.update(q.view.by_stem)
        quote_stems |= q.view.frame_stems
        quote_names |= q.names
        sayers.update(s for s, _, _ in q.view.sayers)
        pronoun = pronoun or q.view.pronoun_sayer
        classes |= q.view.hedge_classes
        attributed = attributed or q.view.attributed
    groups: set[int] = set()
    for s in quote_stems:
        groups |= synonym_groups(s)
    fact_words: set[str] = set()
    has_dates = has_numbers = False
    for fact in claim.facts:
        if isinstance(fact, DateFact):
            has_dates = True
        elif isinstance(fact, NumberFact):
            has_numbers = True
            fact_words.update(stem(w) for w in re.findall(r"[a-z]+", fact.unit.lower()))
        elif isinstance(fact, EntityFact):
            fact_words |= _generic_name_words(ctx, fact.entity)
        if fact.subject is not None:
            fact_words |= _generic_name_words(ctx, fact.subject)
    says = any(kind == "attribution" for q in quotes for _, _, kind in q.view.marker_spans)
    return ClaimView(claim, statement_view, quotes, names, demonym_tokens, quote_stems, groups, quote_names,
                     classes, attributed, attributed or says, sayers, pronoun, has_dates, has_numbers, fact_words)


@lru_cache(maxsize=1024)
def _quote_view(text: str, before: str, after: str, names: tuple[str, ...] = ()) -> tuple[TextView, str]:
    """A quote read in its sentence, and the name key of that sentence."""
    return _analyse(text, before, after, names=names), name_key(f"{before}{text}{after}")


@lru_cache(maxsize=1024)
def _statement_view(text: str, names: tuple[str, ...] = ()) -> TextView:
    return _analyse(text, reach=GOVERN + 4, names=names)


def paired(view: ClaimView) -> Iterable[tuple[Occurrence, list[Occurrence]]]:
    """Each content word of the statement (names left out) with its occurrences in the quotes."""
    for occ in view.statement.occurrences:
        if occ.start in view.statement_demonyms or view.name_at(occ.start, occ.end) is not None:
            continue
        found: list[Occurrence] = []
        for q in view.quotes:
            found.extend(q.view.by_stem.get(occ.stem, ()))
        if found:
            yield occ, found


# --------------------------------------------------------------------------- the fast path


_MARKER_FIRST = _HEDGE_FIRST | _MODAL_FIRST | _NEGATION_FIRST
#: Words for the fast path: one branch, inner apostrophes, hyphens, thousands commas and
#: periods kept ("al-assad", "gimil’s", "20,000", "u.s"); the same on both sides of a comparison.
_WORDS_RE = re.compile(r"[$€£¥]?\w+(?:['’\u02bc\-\u2010\u2011,.]\w+)*%?")
#: :data:`_WORDS_RE` for an ASCII text, where it finds the same words nearly twice as fast:
#: ``\w`` as ASCII, and the currency sign as an alternative of its own, so that the engine
#: looks for a word character first (a test pins the two).
_WORDS_ASCII = re.compile(r"\w+(?:['\-,.]\w+)*%?|\$\w+(?:['\-,.]\w+)*%?", re.ASCII)


def _words_re(low: str) -> re.Pattern[str]:
    """The word pattern for ``low``: :data:`_WORDS_ASCII` when it is ASCII."""
    return _WORDS_ASCII if low.isascii() else _WORDS_RE


#: The first words that are common on their own ("is", "are" …): a text with one of them
#: is read only if the word after it can make a marker ("is believed to", "is to").
_COMMON_FIRST = frozenset("is are was were been going".split())
_ANY_FIRST = (_MARKER_FIRST | _ATTRIBUTION_FIRST) - _COMMON_FIRST
_ALL_FIRST = _ANY_FIRST | _COMMON_FIRST
_COPULA_MARKER = re.compile(
    r"\b(?:is|are|was|were|been|going) (?:also |widely |now )?(?:to|believed|thought|understood|alleged|expected|said)\b")


def _any_at(pattern: re.Pattern[str], low: str, candidates: list[tuple[int, str]],
            firsts: frozenset[str]) -> bool:
    """``bool(_match_at(...))``: whether ``pattern`` matches at one of the candidates (the
    first that matches is always kept, so no list of matches is needed)."""
    match = pattern.match
    for start, word in candidates:
        if word in firsts and match(low, start) is not None:
            return True
    return False


def _match_at(pattern: re.Pattern[str], low: str, candidates: list[tuple[int, str]],
              firsts: frozenset[str]) -> list[re.Match[str]]:
    """:func:`_scan` over (offset, word) candidates."""
    out: list[re.Match[str]] = []
    last = -1
    for start, word in candidates:
        if start < last or word not in firsts:
            continue
        m = pattern.match(low, start)
        if m is not None:
            out.append(m)
            last = m.end()
    return out


def _word_starts(word: str, low: str) -> Iterator[int]:
    """Where ``word`` stands in ``low`` as a whole word, left to right, not overlapping: the
    starts of the matches of ``(?<![\\w'’\\-])word(?![\\w]|['’\\-]\\w)`` (a test pins the two),
    found with ``str.find`` instead of a pattern compiled per word (that cost ~0.5 ms a
    word on every cold start; a word character is what ``\\w`` takes: alphanumeric or ``_``)."""
    n, size = len(word), len(low)
    at = low.find(word)
    while at >= 0:
        end = at + n
        before = low[at - 1] if at else " "
        after = low[end] if end < size else " "
        if (before.isalnum() or before in "_'’-" or after.isalnum() or after == "_"
                or (after in "'’-" and end + 1 < size and (low[end + 1].isalnum() or low[end + 1] == "_"))):
            at = low.find(word, at + 1)
        else:
            yield at
            at = low.find(word, end)


class _Plain(NamedTuple):
    words: frozenset[str]  # folded
    marked: bool  # a hedge, a modal or a negation
    says: bool  # a verb of saying or "according to" (False when marked: not looked for)
    attributes: bool  # any attribution word (says, or called, accused, considers …; ditto)


def _always(pattern: re.Pattern[str], firsts: frozenset[str]) -> frozenset[str]:
    """The words of ``firsts`` that are a whole match of ``pattern`` by themselves: the
    pattern matches wherever such a word stands as a whole word (its alternatives are
    letters between word boundaries), so no match needs to be tried there."""
    return frozenset(w for w in firsts if pattern.fullmatch(w))


_HEDGE_ALWAYS = _always(_HEDGE_RE, _HEDGE_FIRST)
_NEGATION_ALWAYS = _always(_NEGATION_RE, _NEGATION_FIRST)
_SAY_ALWAYS = _always(_SAY_RE, _ATTRIBUTION_FIRST)
_ATTRIBUTION_ALWAYS = _always(_ATTRIBUTION_RE, _ATTRIBUTION_FIRST)


def _matches_at_word(pattern: re.Pattern[str], low: str, present: Iterable[str], always: frozenset[str]) -> bool:
    """Whether ``pattern`` matches where one of the ``present`` words stands as a whole word
    (:func:`_any_at` over their candidates, in any order: only whether one matches counts)."""
    for w in present:
        if w in always:
            if next(_word_starts(w, low), None) is not None:
                return True
            continue
        match = pattern.match
        for at in _word_starts(w, low):
            if match(low, at) is not None:
                return True
    return False


def _plain(text: str) -> _Plain:
    """A text read the cheap way: its words, and whether a marker pattern matches. The
    patterns are tried only at the words they can start with, one class at a time, and
    not at all where a word is a whole match by itself (:func:`_always`)."""
    low = text.lower()
    if len(low) != len(text):
        low = _lower(text)
    ascii = low.isascii()
    words = set((_WORDS_ASCII if ascii else _WORDS_RE).findall(low))
    marked = says = broad = False
    nt = "n't" in low or "n’t" in low
    if not words.isdisjoint(_ANY_FIRST) or nt or (
            not words.isdisjoint(_COMMON_FIRST) and _COPULA_MARKER.search(low)):
        present = words & _ALL_FIRST
        marked = nt and any(w.endswith(("n't", "n’t")) for w in words)
        if not marked:
            hedges = present & _HEDGE_FIRST
            marked = bool(hedges) and _matches_at_word(_HEDGE_RE, low, hedges, _HEDGE_ALWAYS)
        if not marked:
            modals = present & _MODAL_FIRST
            if modals:
                cands = sorted((at, w) for w in modals for at in _word_starts(w, low))
                marked = any(not (text[m.start()] == "M" and m.group() == "may" and m.start() > 1
                                  and text[m.start() - 2] not in ".!?\"“")
                             for m in _match_at(_MODAL_RE, low, cands, _MODAL_FIRST))
        if not marked:
            negations = present & _NEGATION_FIRST
            marked = bool(negations) and _matches_at_word(_NEGATION_RE, low, negations, _NEGATION_ALWAYS)
        if not marked:  # a marked text is read the slow way: who says it does not matter here
            sayers = present & _ATTRIBUTION_FIRST
            if sayers:
                says = _matches_at_word(_SAY_RE, low, sayers, _SAY_ALWAYS)
                broad = says or _matches_at_word(_ATTRIBUTION_RE, low, sayers, _ATTRIBUTION_ALWAYS)
    if not ascii:
        words = {w if w.isascii() else _fold_word(w) for w in words}
    return _Plain(words, marked, says, broad)  # type: ignore[arg-type]


#: A word of :data:`_WORDS_RE` (the whole word, as that pattern splits a text) that can
#: start a match of :data:`_SAY_RE`: every other candidate word never matches, and these
#: match by themselves, except "according" (then "according to" is tried). Looking for
#: them alone spares reading every word of the text (a test holds the two readings equal).
_SAY_SEP = "['’\u02bc\\-\u2010\u2011,.]"
_SAY_TOKEN = re.compile(
    rf"(?<![\w$€£¥])(?<!\w{_SAY_SEP})(?:{'|'.join(sorted(_SAY_ALWAYS | {'according'}, key=lambda w: (-len(w), w)))})"
    rf"(?![\w%]|{_SAY_SEP}\w)")


def _text_sayers(text: str) -> tuple[frozenset[str], bool]:
    """(stems of the words naming who says it, whether one is a pronoun), as :func:`_analyse`
    finds them."""
    low = _lower(text)
    sayers: set[str] = set()
    pronoun = False
    for m in _SAY_TOKEN.finditer(low):
        if m.group() == "according":
            m = _SAY_RE.match(low, m.start())  # "according to"
            if m is None:
                continue
        if m.group().startswith("according"):
            sayers.update(s for s, _, _ in _sayer_after(text, m.end(), -1))
        else:
            found, p = _sayer_before(text, m.start(), -1)
            sayers.update(s for s, _, _ in found)
            pronoun = pronoun or p
    return frozenset(sayers), pronoun


def _same_tail(statement: str, after: str) -> bool:
    """The statement ends with the words of the quote's trailing attribution (", officials
    said."), and says nothing else: the two name the same source."""
    low = _lower(statement)
    comma = low.rfind(",")
    first = _SAY_RE.search(low)
    if comma < 0 or first is None or first.start() < comma:
        return False
    tail = statement[comma + 1:].strip().rstrip(".")
    return bool(tail) and tail == after.strip().lstrip(",").strip().rstrip(".")


def _plainly_faithful(ctx: "Context", claim: Claim) -> bool:
    """True when no FC6xx rule can report the claim, decided without reading it word by word.

    That is: no hedge, modal or negation in the statement or its quotes, no hedge in the
    rest of the quotes' sentences, no verb of saying in the quotes; every word of the statement is a word of a quote, a function
    word or (with a date or number fact) a calendar or number word — except, when both the
    statement and the quotes' sentences attribute, the words of that attribution, which must
    name the same source. Anything else goes the slow way (:func:`_claim_view`), which gives
    the same answer for the claims this accepts.
    """
    plain = _plain(claim.statement)
    if plain.marked:
        return False
    statement_words, statement_says, statement_attributes = plain.words, plain.says, plain.attributes
    quote_sayers: set[str] = set()
    quote_attributed = False
    sentences: list[str] = []
    afters: list[str] = []
    names: tuple[dict[str, set[str]], set[str]] | None = None
    quote_words: set[str] = set()
    frames: list[_Frame] = []
    any_quote = False
    for i, quote in enumerate(claim.quotes):
        if quote.stance is not Stance.supports:
            continue
        match = ctx.quote_match(claim, i)
        seed = ctx.corpus.seeds.get(quote.seed)
        if match is None or seed is None or match.furniture is not None:
            return False
        any_quote = True
        q = _plain(quote.text)
        if q.marked:
            return False
        words = q.words
        if q.says:
            quote_attributed = True
            found, pronoun = _text_sayers(quote.text)
            if pronoun:
                return False
            quote_sayers |= found
        before, after = _sentence_frames(ctx, seed, match.start, match.end)
        sentences.append(f"{before}{quote.text}{after}")
        if before.strip() or after.strip():
            frame = _frame(before, after)
            if frame.hedges:
                return False
            frames.append(frame)
            afters.append(after)
        quote_words |= words
    if not any_quote:
        return True  # nothing to compare: _claim_view gives None too
    attributed = [f for f in frames if f.attributed]
    if (attributed or quote_attributed) and not statement_attributes:
        return False  # FC603 may apply
    extra = statement_words - quote_words
    extra -= STOPWORDS
    has_dates = has_numbers = False
    if extra:
        for fact in claim.facts:  # one pass: a fact is one kind or the other
            if isinstance(fact, DateFact):
                has_dates = True
            elif isinstance(fact, NumberFact):
                has_numbers = True
    frame_stems: set[str] = set()
    for f in attributed:
        frame_stems |= f.stems
    for word in extra:
        if word in STOPWORDS or word in _NOT_CONTENT or (len(word) == 1 and not word.isdigit()):
            continue
        if has_dates and (word in DATE_WORDS or (word.isdigit() and len(word) <= 4)):
            continue
        if has_numbers and (word in NUMBER_WORDS or word[:1].isdigit() or word[:1] in "$€£"):
            continue
        if word_stem(word) in frame_stems:
            continue
        if names is None:
            names = _name_words(ctx, claim)
        entities = names[0].get(word)
        if entities and word not in names[1] and _quoted_names(ctx, sentences, entities):
            continue  # a word of a registered name whose entity the quotes name, spelled otherwise
        return False
    if statement_says:
        quote_sayers |= {s for f in attributed for s, _, _ in f.sayers}
        if any(f.pronoun for f in attributed):
            return False
        if quote_sayers and not quote_attributed and len(afters) == 1 and _same_tail(claim.statement, afters[0]):
            return True
        sayers, _ = _text_sayers(claim.statement)
        if quote_sayers and not sayers <= quote_sayers:
            return False  # FC601 compares the sources word by word
    return True


def _name_words(ctx: "Context", claim: Claim) -> tuple[dict[str, set[str]], set[str]]:
    """(folded word -> entities, for the words inside the statement's registered names; the
    words that also occur outside them)."""
    from ._names import statement_names

    text = claim.statement
    low = _lower(text)
    spans = [(n.start, n.end, (n.entity_id, *n.others)) for n in statement_names(ctx, claim)]
    inside: dict[str, set[str]] = {}
    outside: set[str] = set()
    for m in _words_re(low).finditer(low):
        word = _fold_word(m.group())
        hit = [ids for s, e, ids in spans if s < m.end() and m.start() < e]
        if hit:
            inside.setdefault(word, set()).update(*hit)
        else:
            outside.add(word)
    return inside, outside


def _quoted_names(ctx: "Context", sentences: list[str], entities: set[str]) -> bool:
    keys, adjectives, capitals = _register(ctx)
    return any(_names_in(name_key(s), keys, adjectives, capitals, entities) & entities for s in sentences)


#: Verdicts whose statement says what its supporting quotes say (the FC6xx rules read these).
CHECKED_VERDICTS = frozenset({Verdict.supported, Verdict.disputed, Verdict.outdated})


def claim_views(ctx: "Context") -> Iterator[tuple[Claim, ClaimView]]:
    """(claim, view) of every claim the FC6xx rules compare with its quotes, in corpus order:
    a checked verdict, quotes, and something to compare (see :func:`claim_view`). The list
    is made once per check (by the first FC6xx rule) and read by the others."""
    claims = ctx.corpus.claims
    cached = ctx.__dict__.get("_fc6_views")
    if cached is None or len(cached[0]) != len(claims) or not all(map(is_, cached[0], claims)):
        views = []
        for claim in claims:
            if claim.verdict not in CHECKED_VERDICTS or not claim.quotes:
                continue
            view = claim_view(ctx, claim)
            if view is not None:
                views.append((claim, view))
        cached = ctx.__dict__["_fc6_views"] = (tuple(claims), views)
    yield from cached[1]
