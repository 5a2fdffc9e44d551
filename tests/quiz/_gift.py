"""A small, strict GIFT reader for the round-trip tests.

It follows the grammar documented at https://docs.moodle.org/en/GIFT_format: questions
separated by blank lines, ``//`` comment lines, ``$CATEGORY:`` lines, optional ``::title::``, optional
``[format]``, question text, one answer block ``{…}`` with ``=`` right / ``~`` wrong
answers, ``#`` feedback, ``####`` general feedback, ``->`` for matching pairs and
``TRUE``/``FALSE``; ``\\~ \\= \\# \\{ \\} \\:`` and ``\\\\`` are escapes, ``\\n`` a newline.

It is *strict* where Moodle is lenient: an unescaped special character where the grammar
does not allow one is an error, which is what catches an exporter that forgot to escape.
(``pygiftparser`` is used as well where it is installed; it does not know ``\\\\``.)
"""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = ["GiftError", "GiftQuestion", "read_gift"]

_ESCAPABLE = "~=#{}:\\"


class GiftError(ValueError):
    pass


@dataclass
class GiftAnswer:
    right: bool
    text: str
    feedback: str | None = None
    match: str | None = None


@dataclass
class GiftQuestion:
    title: str | None
    format: str | None
    text: str
    kind: str  # truefalse | choice | short | matching
    truth: bool | None = None
    answers: list[GiftAnswer] = field(default_factory=list)
    general_feedback: str | None = None


def _lex(src: str) -> list[tuple[str, bool]]:
    """Characters as (char, escaped) pairs."""
    out: list[tuple[str, bool]] = []
    i = 0
    while i < len(src):
        ch = src[i]
        if ch == "\\":
            if i + 1 >= len(src):
                raise GiftError("backslash at end of question")
            nxt = src[i + 1]
            if nxt == "n":
                out.append(("\n", True))
            elif nxt in _ESCAPABLE:
                out.append((nxt, True))
            else:
                raise GiftError(f"unknown escape \\{nxt}")
            i += 2
            continue
        out.append((ch, False))
        i += 1
    return out


def _text(chars: list[tuple[str, bool]], where: str) -> str:
    for ch, esc in chars:
        if not esc and ch in "~={}#":
            raise GiftError(f"unescaped {ch!r} in {where}")
    return "".join(ch for ch, _ in chars)


def _split_unescaped(chars: list[tuple[str, bool]], marker: str) -> list[list[tuple[str, bool]]]:
    parts: list[list[tuple[str, bool]]] = [[]]
    i = 0
    n = len(marker)
    while i < len(chars):
        if "".join(c for c, _ in chars[i:i + n]) == marker and not any(e for _, e in chars[i:i + n]):
            parts.append([])
            i += n
            continue
        parts[-1].append(chars[i])
        i += 1
    return parts


def _strip(chars: list[tuple[str, bool]]) -> list[tuple[str, bool]]:
    a, b = 0, len(chars)
    while a < b and chars[a][0].isspace() and not chars[a][1]:
        a += 1
    while b > a and chars[b - 1][0].isspace() and not chars[b - 1][1]:
        b -= 1
    return chars[a:b]


def _question(block: str) -> GiftQuestion:
    chars = _lex(block)
    plain = [(c if not e else "\0") for c, e in chars]
    s = "".join(plain)
    title = None
    stripped = s.lstrip()
    offset = len(s) - len(stripped)
    if stripped.startswith("::"):
        end = s.find("::", offset + 2)
        if end == -1:
            raise GiftError("title without closing '::'")
        title = _text(chars[offset + 2:end], "title")
        chars, s = chars[end + 2:], s[end + 2:]
    fmt = None
    if s.startswith("["):
        end = s.find("]")
        fmt = s[1:end]
        chars, s = chars[end + 1:], s[end + 1:]
    opens = [i for i, (c, e) in enumerate(chars) if c == "{" and not e]
    closes = [i for i, (c, e) in enumerate(chars) if c == "}" and not e]
    if len(opens) != 1 or len(closes) != 1 or closes[0] < opens[0]:
        raise GiftError(f"expected exactly one answer block, found {len(opens)} '{{' and {len(closes)} '}}'")
    text = _text(_strip(chars[:opens[0]]), "question text")
    tail = _text(_strip(chars[closes[0] + 1:]), "text after the answers")
    if tail:
        text += " … " + tail
    body = chars[opens[0] + 1:closes[0]]
    parts = _split_unescaped(body, "####")
    if len(parts) > 2:
        raise GiftError("more than one general feedback")
    general = _text(_strip(parts[1]), "general feedback") if len(parts) == 2 else None
    body = _strip(parts[0])
    if any(c == ":" and not e for c, e in body):
        raise GiftError("unescaped ':' in answers")
    word = "".join(c for c, _ in body).split("#", 1)[0].strip()
    if word in ("TRUE", "FALSE", "T", "F"):
        fb = _split_unescaped(body, "#")[1:]
        q = GiftQuestion(title, fmt, text, "truefalse", truth=word.startswith("T"), general_feedback=general)
        q.answers = [GiftAnswer(True, word, _text(f, "feedback")) for f in fb]
        return q
    answers: list[GiftAnswer] = []
    current: list[tuple[str, bool]] | None = None
    right = False

    def flush() -> None:
        if current is None:
            return
        pieces = _split_unescaped(current, "#")
        answer_text = pieces[0]
        feedback = _text(_strip(pieces[1]), "feedback") if len(pieces) > 1 else None
        if len(pieces) > 2:
            raise GiftError("unescaped '#' in feedback")
        pair = _split_unescaped(answer_text, "->")
        if len(pair) > 2:
            raise GiftError("more than one '->'")
        match = _text(_strip(pair[1]), "match") if len(pair) == 2 else None
        answers.append(GiftAnswer(right, _text(_strip(pair[0]), "answer"), feedback, match))

    for ch, esc in body:
        if not esc and ch in "=~":  # unescaped: always the start of the next answer
            flush()
            current, right = [], ch == "="
            continue
        if current is None:
            if ch.isspace():
                continue
            raise GiftError(f"answer text before the first '=' or '~': {ch!r}")
        current.append((ch, esc))
    flush()
    if not answers:
        raise GiftError("empty answer block")
    if all(a.match is not None for a in answers):
        kind = "matching"
    elif any(a.match is not None for a in answers):
        raise GiftError("some answers have '->' and some do not")
    elif all(a.right for a in answers):
        kind = "short"
    else:
        kind = "choice"
    return GiftQuestion(title, fmt, text, kind, answers=answers, general_feedback=general)


def read_gift(source: str) -> list[GiftQuestion]:
    """Questions in ``source``, in order; raises :class:`GiftError` on anything malformed."""
    blocks: list[list[str]] = [[]]
    for line in source.split("\n"):
        if not line.strip():
            blocks.append([])
        elif line.lstrip().startswith("//"):
            continue
        elif line.startswith("$CATEGORY:"):
            if any(blocks[-1]):
                raise GiftError("$CATEGORY inside a question")
            continue
        else:
            blocks[-1].append(line)
    return [_question("\n".join(b)) for b in blocks if b]
