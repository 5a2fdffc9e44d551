"""What a new article's own text says about it, and which of its lines are page furniture.

Pure functions of the text (no I/O, no clock). Every finding names the line it came from,
so a curator can check it in ``cat -n``. Nothing is guessed: a field the text does not
state is ``None``.

Metadata (from the *header*: the first four non-empty lines, unless said otherwise):

* **published**: a day-precision date with its year (``2025-08-14``, ``08/18/2025``,
  ``Aug. 18, 2025``) at the very start of a header line, alone or after a label
  (``date``, ``published``, ``posted``), and not followed by a comma and more words. Never a
  relative date, never a date inside or opening a sentence ("On Dec. 6, 2018, the front
  announced …") or in a caption ("Monday, December 9, 2024" in a photo caption is not it).
* **byline**: ``By Name`` (one to four capitalised words) on a short header line.
* **headline**: the first non-empty line when it is not the date or byline line, has three
  to forty words and does not end like a sentence (``.`` ``:`` ``;`` ``,``).
* **dateline** and **outlet**: ``CITY (Credit) –`` at the start of any line; the credit is the
  outlet unless it is a news agency (then it is an agency). Else the outlet of a copyright line
  (``COPYRIGHT © 2017 NATIONAL SECURITY NEWS``: years and the sign dropped, capitals
  title-cased).
* **agencies**: names from a fixed list of news agencies (Reuters, AP, AFP, SANA, Anadolu, …),
  those named in the body first, then those only in furniture (a photo credit), each once.

Furniture, one line at a time (1-based lines as ``cat -n`` numbers them), in this order:

===================  ==========================================================================
kind                 a line that …
===================  ==========================================================================
other                starts with the publication date header ("date 2025-08-14"): only those
                     words when body text follows on the same line, else the whole line
byline               is the byline line of the header
headline-duplicate   repeats the headline word for word (after the headline's own line)
photo-caption        carries a photo credit: "(Photo: …)", "(AP Photo/…)", "Photo by", "Credit:",
                     "Getty Images", "File photo"
separator            has no letter or digit ("-", "***", "• • •")
advertisement        is short (≤ 80 characters) and says advertisement/advertisment/sponsored
comments             is a comment prompt: "Leave a Reply", "Leave a comment", "12 Comments"
tags                 starts "Tags:", "Tagged Under:", "Filed under:", "Topics:" (and the next
                     line when nothing follows the colon)
disclaimer           starts "This article may …", "The views expressed …", "Disclaimer"
video                starts "Watch …", "This video …", "Video:"
other                is a menu or prompt ("Sign up …", "Subscribe …", "Share this …", "Follow us
                     …", "Advertisement" handled above) or a bare list header ("Sources include:",
                     "Sources:", "References:")
related-headline     starts "Related: …", "Read more: …", "See also: …" (≤ 200 characters)
related-headline     an inline "(Related: …)", "(Read more: …)", "(See also: …)": only that text
related-headline     stands alone between blank lines in Title Case (most words of four letters
                     or more capitalised), four to twenty-five words, no final punctuation, and is
                     not the headline (a crosshead written in Title Case is marked too: review)
related-headline     is a short line (≤ 120 characters, one sentence) in the trailing block: after
                     the first furniture line from which every non-empty line to the end is
                     furniture or such a short line, with a body paragraph (a longer line)
                     before it
===================  ==========================================================================

Adjacent lines of the same kind (no blank line between) are one span.

Layer: authoring (held by ``tests/project/test_layers.py``): may import
``factcheck.authoring`` itself, the output wings and everything below; never the cli or the
pytest plugin.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from ..normalize.dates import find_dates

__all__ = ["AGENCIES", "Field", "FurnitureGuess", "SourceGuess", "furniture_score", "guess_source"]

#: News agencies recognised in the text (the name as written → how it is recorded).
AGENCIES: dict[str, str] = {
    "Reuters": "Reuters", "AP": "AP", "Associated Press": "AP", "AFP": "AFP",
    "Agence France-Presse": "AFP", "SANA": "SANA", "Anadolu": "Anadolu", "Anadolu Agency": "Anadolu",
    "DPA": "DPA", "dpa": "DPA", "Xinhua": "Xinhua", "TASS": "TASS", "EFE": "EFE", "ANSA": "ANSA",
    "Kyodo": "Kyodo", "IRNA": "IRNA", "Yonhap": "Yonhap", "UPI": "UPI", "PTI": "PTI", "Bernama": "Bernama",
}
_AGENCY_RE = re.compile(r"(?<![\w-])(" + "|".join(sorted(map(re.escape, AGENCIES), key=lambda s: (-len(s), s)))
                        + r")(?![\w-])")

_HEADER_LINES = 4


@dataclass(frozen=True)
class Field:
    """A metadata value and where the text gives it (``line`` 0: given on the command line)."""

    value: str
    line: int
    words: str


@dataclass(frozen=True)
class FurnitureGuess:
    """Lines ``first``..``last`` (1-based, inclusive) proposed as furniture, and why."""

    first: int
    last: int
    kind: str
    reason: str
    text: str | None = None


@dataclass
class SourceGuess:
    """What the text says about itself: each field with its line, and the furniture."""

    headline: Field | None = None
    outlet: Field | None = None
    byline: Field | None = None
    published: date | None = None
    published_as: Field | None = None
    dateline: Field | None = None
    agencies: list[Field] = field(default_factory=list)
    furniture: list[FurnitureGuess] = field(default_factory=list)


# --------------------------------------------------------------------------- patterns

_DATE_LABEL = re.compile(r"\s*(?:(?:date|published|posted)\s*:?\s+)?", re.IGNORECASE)
_NAME = r"[A-Z][\w’'.-]*(?:\s+(?:[A-Z][\w’'.-]*|de|van|von|al-\w+|bin)){0,3}"
_BYLINE = re.compile(rf"(?:^|[\s/|•·–—-])[Bb]y\s+(?P<name>{_NAME})\s*$")
_DATELINE = re.compile(r"^\s*(?P<dl>(?P<city>[A-Z][A-Z .'’-]{1,40}?)\s*\((?P<credit>[^()]{2,40})\))\s*[–—-]")
_COPYRIGHT = re.compile(r"^\s*(?:copyright\b|©|\(c\)\s)|all rights reserved", re.IGNORECASE)
_PHOTO = re.compile(
    r"\((?:[A-Z]{2,}\s+)?Photo\b[^)]*\)|\bPhoto(?:graph)?\s*(?:by\b|:|/)|\bCredit\s*:|Getty Images"
    r"|\bFile photo\b|\bPhoto credit\b", re.IGNORECASE)
_ADVERT = re.compile(r"\badverti\w*|\bsponsored\b|\bpromoted content\b", re.IGNORECASE)
_COMMENTS = re.compile(
    r"^\s*(?:leave a (?:reply|comment)|\d+\s+comments?|comments?(?:\s*\(\d+\))?|post a comment"
    r"|join the (?:discussion|conversation))\s*$", re.IGNORECASE)
_TAGS = re.compile(r"^\s*(?:tagged(?:\s+under)?|tags?|topics?|filed\s+under)\s*:", re.IGNORECASE)
_DISCLAIMER = re.compile(
    r"^\s*(?:this (?:article|content|story|post) (?:may|does not|is not)\b|the views(?: and opinions)? expressed"
    r"|disclaimer\b|opinions expressed)", re.IGNORECASE)
_VIDEO = re.compile(r"^\s*(?:watch\b|this video\b|video\s*:)", re.IGNORECASE)
_PROMPT = re.compile(
    r"^\s*(?:sign up\b|subscribe\b|share this\b|share on\b|follow us\b|click here\b|more from\b"
    r"|recommended\s*(?:for you)?\s*:?\s*$|(?:sources?(?:\s+include)?|references|read more|related(?:\s+\w+)?|see also)"
    r"\s*:?\s*$)", re.IGNORECASE)
_RELATED_LINE = re.compile(r"^(?:related|read more|see also|also read|more)\s*:\s*\S", re.IGNORECASE)
_INLINE_RELATED = re.compile(r"\((?:Related|Read more|READ MORE|See also|Also read|ALSO READ)\s*:[^()]*\)")
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*\s+[A-Z“\"]")
_WORD = re.compile(r"[^\W\d_][\w’'-]*")
_SMALL = frozenset("a an and as at but by for from in into of on or over the to with vs via amid after".split())


def _title_case(line: str) -> bool:
    words = _WORD.findall(line)
    if not 4 <= len(words) <= 25:
        return False
    long = [w for w in words if len(w) >= 4 and w.lower() not in _SMALL]
    if len(long) < 3:
        return False
    capitalised = sum(1 for w in long if w[0].isupper())
    return capitalised / len(long) >= 0.8 and words[0][0].isupper()


def _outlet_from_copyright(line: str) -> str | None:
    s = re.sub(r"(?i)copyright|©|\(c\)|all rights reserved\.?", " ", line)
    s = re.sub(r"\b(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?\b", " ", s)
    s = re.sub(r"\s+", " ", s).strip(" .,-–|")
    if not s or not re.search(r"[A-Za-z]", s):
        return None
    if s.isupper():
        s = " ".join(w if len(w) <= 3 and w in {"BBC", "CNN", "NBC", "ABC", "CBS", "NPR", "TRT"} else w.capitalize()
                     for w in s.split())
    return s


# --------------------------------------------------------------------------- metadata


def _date_header(line: str) -> tuple[int, int, str, date] | None:
    """(start, end, words, date) of a publication-date header at the start of ``line``."""
    label = _DATE_LABEL.match(line)
    at = label.end() if label else 0
    for m in find_dates(line):
        if m.start != at:
            continue
        r = m.result
        if re.match(r"\s*,\s*\w", line[m.end:]):
            return None  # "On Dec. 6, 2018, the front announced …": a sentence, not a header
        if r.ok and r.precision == "day" and not r.relative and r.start is not None:
            return (len(line) - len(line.lstrip()), m.end, m.text, r.start)
    return None


def guess_source(text: str) -> SourceGuess:
    """Metadata and furniture of an article's text (see the module docstring)."""
    lines = text.split("\n")
    guess = SourceGuess()
    marks: dict[int, tuple[str, str]] = {}  # line → (kind, reason) for whole lines
    inline: list[FurnitureGuess] = []
    header = [i for i, line in enumerate(lines, 1) if line.strip()][:_HEADER_LINES]

    meta_lines: set[int] = set()
    for n in header:
        line = lines[n - 1]
        found = _date_header(line) if guess.published is None else None
        byline = _BYLINE.search(line) if len(line) <= 100 else None
        if found is not None:
            start, end, words, day = found
            guess.published = day
            guess.published_as = Field(words, n, words)
            meta_lines.add(n)
            rest = line[end:].strip(" /|•·–—-")
            if byline is None and len(rest) > 40:
                inline.append(FurnitureGuess(n, n, "other", "publication-date header before body text",
                                             text=line[start:end]))
            elif byline is None:
                marks[n] = ("other", "publication-date header")
        if byline is not None and guess.byline is None:
            guess.byline = Field(byline.group("name"), n, line.strip())
            marks[n] = ("byline", "byline 'By …'")
            meta_lines.add(n)

    first = header[0] if header else None
    if first is not None and first not in meta_lines:
        head = lines[first - 1].strip()
        words = _WORD.findall(head)
        if 3 <= len(words) <= 40 and not head.endswith((".", ":", ";", ",")) and len(head) <= 250:
            guess.headline = Field(head, first, head)

    for n, line in enumerate(lines, 1):
        stripped = line.strip()
        if not stripped or n in marks or any(g.first == n for g in inline):
            continue
        m = _DATELINE.match(line)
        if m and guess.dateline is None:
            guess.dateline = Field(m.group("dl"), n, m.group(0).strip())
            credit = m.group("credit").strip()
            if credit not in AGENCIES and guess.outlet is None:
                guess.outlet = Field(credit, n, m.group("dl"))
        kind = _line_kind(n, stripped, guess, lines)
        if kind is not None:
            marks[n] = kind
            if kind[0] == "copyright" and guess.outlet is None:
                outlet = _outlet_from_copyright(stripped)
                if outlet:
                    guess.outlet = Field(outlet, n, stripped)
            if kind[0] == "tags" and not stripped.split(":", 1)[1].strip() and n < len(lines):
                nxt = n + 1
                if lines[nxt - 1].strip():
                    marks[nxt] = ("tags", "the tag list after a tags header")
        for r in _INLINE_RELATED.finditer(line):
            if n not in marks:
                inline.append(FurnitureGuess(n, n, "related-headline", "inline '(Related: …)' link",
                                             text=r.group(0)))

    _trailing_block(lines, marks)
    guess.furniture = _spans(marks, inline)
    guess.agencies = _agencies(lines, guess.furniture)
    return guess


def _line_kind(n: int, s: str, guess: SourceGuess, lines: list[str]) -> tuple[str, str] | None:
    if guess.headline is not None and n > guess.headline.line and s == guess.headline.value:
        return ("headline-duplicate", "repeats the headline")
    if _PHOTO.search(s):
        return ("photo-caption", "photo credit")
    if not re.search(r"[^\W_]", s):
        return ("separator", "no letter or digit")
    if len(s) <= 80 and _ADVERT.search(s):
        return ("advertisement", "says advertisement")
    if _COMMENTS.match(s):
        return ("comments", "comment prompt")
    if _TAGS.match(s):
        return ("tags", "tags header")
    if _DISCLAIMER.match(s):
        return ("disclaimer", "disclaimer")
    if len(s) <= 200 and _VIDEO.match(s):
        return ("video", "video prompt")
    if len(s) <= 200 and _RELATED_LINE.match(s):
        return ("related-headline", "'Related: …' line")
    if len(s) <= 120 and _PROMPT.match(s):
        return ("other", "menu, prompt or bare list header")
    if _COPYRIGHT.search(s) and len(s) <= 200:
        return ("copyright", "copyright line")
    alone = (n == 1 or not lines[n - 2].strip()) and (n == len(lines) or not lines[n].strip())
    if (alone and n > 1 and (guess.headline is None or n != guess.headline.line)
            and not re.search(r"[.!?:;,]['\"’”)]*$", s) and _title_case(s)):
        return ("related-headline", "a Title Case line standing alone in the body")
    return None


def _short(s: str) -> bool:
    return len(s) <= 120 and not _SENTENCE_END.search(s)


def _trailing_block(lines: list[str], marks: dict[int, tuple[str, str]]) -> None:
    """Mark the short lines of the trailing block of furniture as related headlines."""
    n_lines = len(lines)
    ok_after = [True] * (n_lines + 2)  # ok_after[n]: every non-empty line from n on is furniture or short
    for n in range(n_lines, 0, -1):
        s = lines[n - 1].strip()
        ok_after[n] = ok_after[n + 1] and (not s or n in marks or _short(s))
    start = next((n for n in sorted(marks) if ok_after[n]), None)
    if start is None:
        return
    if not any(lines[n - 1].strip() and n not in marks and not _short(lines[n - 1].strip())
               for n in range(1, start)):
        return  # no body paragraph before it: a short text, not a trailing block
    for n in range(start + 1, n_lines + 1):
        if lines[n - 1].strip() and n not in marks:
            marks[n] = ("related-headline", "a short line in the trailing block of furniture")


def _spans(marks: dict[int, tuple[str, str]], inline: list[FurnitureGuess]) -> list[FurnitureGuess]:
    spans: list[FurnitureGuess] = []
    for n in sorted(marks):
        kind, reason = marks[n]
        last = spans[-1] if spans else None
        if last is not None and last.text is None and last.kind == kind and last.last == n - 1:
            spans[-1] = FurnitureGuess(last.first, n, kind, last.reason)
        else:
            spans.append(FurnitureGuess(n, n, kind, reason))
    spans.extend(inline)
    spans.sort(key=lambda g: (g.first, g.last, g.text or ""))
    return spans


def _agencies(lines: list[str], furniture: list[FurnitureGuess]) -> list[Field]:
    whole = {n for g in furniture if g.text is None for n in range(g.first, g.last + 1)}
    body: dict[str, Field] = {}
    rest: dict[str, Field] = {}
    for n, line in enumerate(lines, 1):
        for m in _AGENCY_RE.finditer(line):
            name = AGENCIES[m.group(1)]
            if m.group(1) == "AP" and not re.search(r"\bAP\b(?:\s+Photo|\))|\(AP\)|\bAP reported|\bto AP\b|\bthe AP\b",
                                                     line):
                continue  # "AP" is also an abbreviation of many things; only as a credit
            target = rest if n in whole else body
            target.setdefault(name, Field(name, n, m.group(0)))
    out = list(body.values())
    out += [f for name, f in rest.items() if name not in body]
    return out


# --------------------------------------------------------------------------- measuring


def furniture_score(proposed, curated, lines: list[str] | None = None) -> dict[str, list]:
    """Compare proposed spans with curated ones (both with ``lines``/``first``-``last``,
    ``kind`` and ``text``): ``found`` (same lines and text), ``missed`` (curated, not found),
    ``wrong`` (proposed, matching no curated span), ``kind_differs`` (found, other kind)."""

    def key(span) -> tuple[int, int, str | None]:
        if hasattr(span, "lines"):
            first, last = span.lines
        else:
            first, last = span.first, span.last
        return first, last, span.text

    def kind(span) -> str:
        return getattr(span.kind, "value", span.kind)

    cur = {key(s): kind(s) for s in curated}
    pro = {key(s): kind(s) for s in proposed}
    found = sorted(k for k in cur if k in pro)
    return {
        "found": found,
        "missed": sorted(k for k in cur if k not in pro),
        "wrong": sorted(k for k in pro if k not in cur),
        "kind_differs": sorted(k for k in found if cur[k] != pro[k]),
    }
