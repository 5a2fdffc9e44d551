"""``--format markdown``: a printable worksheet, then (or separately) the answer key.

Every piece of quiz text goes through :func:`escape`, which backslash-escapes the
CommonMark punctuation that could start markup and writes ``<``, ``>`` and ``&`` as
entities, so a quote containing ``<script>`` or ``[link](x)`` prints as text. The blank of
a cloze statement is written as an escaped underline.

Layer: output wing (held by ``tests/project/test_layers.py``): may import ``factcheck.quiz``
itself, checking and everything below; never another output wing (reporters, fix, lint_text,
export, quiz), authoring or the cli.
"""

from __future__ import annotations

import re

from ..items import BLANK, Item, ItemType, Quiz

__all__ = ["escape", "render_markdown", "render"]

# Punctuation that can start markup anywhere in a line (CommonMark + the GFM extensions
# "~~" and "|"), and what can start a block at the beginning of a line.
_SPECIAL = re.compile(r"([\\`*_\[\]<>&#~|])")
_LINE_START = re.compile(r"^(\s*)([-+=]|\d+(?=[.)]))")
_BLANK_MD = r"\_\_\_\_\_\_\_\_\_\_"


def escape(text: str) -> str:
    """Text as CommonMark that renders as exactly ``text`` (no markup, no HTML).

    Backslash escapes only, so the raw file stays readable: ``(seed 5)`` is left alone,
    ``<script>`` becomes ``\\<script\\>``. Newlines are folded into spaces (one paragraph).
    """
    text = " ".join(text.split())
    text = _SPECIAL.sub(r"\\\1", text)
    m = _LINE_START.match(text)
    if m:  # "1. x" / "- x" / "= x" would start a list or a heading underline
        if m.group(2)[0].isdigit():
            end = m.end(2)
            text = text[:end] + "\\" + text[end:]
        else:
            text = text[: m.start(2)] + "\\" + text[m.start(2):]
    return text


def _text(text: str) -> str:
    return escape(text).replace(escape(BLANK), _BLANK_MD)


_HOW = {
    ItemType.true_false: "Tick one.",
    ItemType.multiple_choice: "Tick one.",
    ItemType.spot_the_error: "Tick the part that is wrong.",
    ItemType.attribution: "Tick one.",
    ItemType.spelling: "Tick one.",
    ItemType.verdict: "Tick one.",
    ItemType.timeline: "Number the events 1 (earliest) to {n} (latest) on the lines.",
    ItemType.cloze: "Write your answer on the line.",
}


def _question(n: int, item: Item) -> list[str]:
    out = [f"### {n}. {escape(item.prompt)}", ""]
    if item.statement:
        out += [f"> {_text(item.statement)}", ""]
    out += [f"*{escape(_HOW[item.type].format(n=len(item.options)))}*", ""]
    if item.type is ItemType.cloze:
        out += ["Answer: \\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_", ""]
    elif item.type is ItemType.timeline:
        out += [f"- \\_\\_\\_ **{o.id})** {_text(o.text)}" for o in item.options] + [""]
    elif item.type is ItemType.true_false:
        out += [f"- ☐ {escape(o.text)}" for o in item.options] + [""]
    else:
        out += [f"- ☐ **{o.id})** {_text(o.text)}" for o in item.options] + [""]
    return out


def _key(n: int, item: Item) -> list[str]:
    if item.type is ItemType.timeline:
        answer = " → ".join(item.order)
    elif item.type is ItemType.cloze:
        answer = escape(item.answer)
        others = [a for a in item.accepted if a != item.answer]
        if others:
            answer += " (also accepted: " + "; ".join(escape(a) for a in others) + ")"
    elif item.type is ItemType.true_false:
        answer = escape(item.answer)
    else:
        right = item.correct_options[0]
        answer = f"**{right.id})** {escape(right.text)}"
    out = [f"**{n}.** {answer}  ", f"{_text(item.explanation)}", ""]
    for c in item.citations:
        out.append(f"> {escape(c.quote)}  ")
        out.append(f"> — {escape(c.source)}")
        out.append("")
    return out


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def render_markdown(quiz: Quiz, part: str = "both") -> str:
    """``part``: ``worksheet``, ``key`` or ``both`` (worksheet, page break, key)."""
    head = (f"{_plural(len(quiz.items), 'question')} from {_plural(quiz.claims_used, 'checked record')} "
            f"(seed {quiz.seed}")
    if quiz.claims_skipped:
        head += f"; {_plural(quiz.claims_skipped, 'record')} with open findings left out"
    head += ")"
    sheet = ["# Verification quiz", "", escape(f"{_plural(len(quiz.items), 'question')} (version {quiz.seed})"), "",
             "Name: \\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_\\_ "
             "Date: \\_\\_\\_\\_\\_\\_\\_\\_\\_\\_", ""]
    for n, item in enumerate(quiz.items, 1):
        sheet += _question(n, item)
    key = ["# Answer key", "", escape(head), ""]
    for n, item in enumerate(quiz.items, 1):
        key += _key(n, item)
    key += ["## For the trainer: the records behind each answer", "",
            "To take an item out of every later quiz, copy its key into a review file "
            "(`rejected: [{key: \"…\"}]`, `factcheck quiz --review FILE`).", ""]
    for n, item in enumerate(quiz.items, 1):
        spans = "; ".join(f"`{c.claim_id}` ({escape(c.seed)}, characters {c.start}–{c.end})"
                          for c in item.citations)
        key += [f"- **{n}.** key `{item.key}`; {spans}"]
    key += [""]
    if part == "worksheet":
        lines = sheet
    elif part == "key":
        lines = key
    else:
        lines = sheet + ['<div style="page-break-before: always"></div>', ""] + key
    return "\n".join(lines).rstrip("\n") + "\n"


#: The format's renderer, under the name every output wing uses (see ``factcheck.quiz.exporters``).
render = render_markdown
