"""``--format gift``: Moodle's GIFT text format.

Every question is written in ``[html]`` format, so text is first HTML-escaped (``&``,
``<``, ``>``: a quote with ``<script>`` stays text in Moodle) and then GIFT-escaped: a
backslash before each of ``~ = # { } :`` and before the backslash itself; newlines become
``\\n``. HTML-escaping ``>`` also keeps ``->`` (the matching separator) out of the text.

Mapping: choice items → multiple choice (``=`` right, ``~`` wrong, ``#`` feedback),
true/false → ``{TRUE}``/``{FALSE}``, cloze → short answer (one ``=`` per accepted form),
timeline → matching (event ``->`` position). The questions go into the category
``$course$/factcheck/seed_N``, as in the Moodle XML export.

Layer: output wing (held by ``tests/project/test_layers.py``): may import ``factcheck.quiz``
itself, checking and everything below; never another output wing (reporters, fix, lint_text,
export, quiz), authoring or the cli.
"""

from __future__ import annotations

import html

from ..items import BLANK, Item, ItemType, Quiz

__all__ = ["escape", "render_gift", "render"]

_SPECIAL = "\\~=#{}:"
_ORDINALS = ["1st", "2nd", "3rd", "4th", "5th", "6th", "7th", "8th", "9th", "10th"]


def escape(text: str) -> str:
    """GIFT-escape already HTML-escaped text."""
    out = []
    for ch in text:
        if ch in _SPECIAL:
            out.append("\\" + ch)
        elif ch == "\n":
            out.append("\\n")
        else:
            out.append(ch)
    return "".join(out)


def _h(text: str) -> str:
    return escape(html.escape(text, quote=False))


def _stem(item: Item) -> str:
    text = f"<p>{html.escape(item.prompt, quote=False)}</p>"
    if item.statement:
        statement = html.escape(item.statement, quote=False).replace(BLANK, "_____")
        text += f"<blockquote>{statement}</blockquote>"
    return escape(text)


def _feedback(item: Item) -> str:
    text = html.escape(item.explanation, quote=False)
    for c in item.citations:
        text += f"<blockquote>{html.escape(c.quote, quote=False)}<br>— {html.escape(c.source, quote=False)}</blockquote>"
    return escape(text)


def _question(item: Item) -> str:
    title = escape(f"{item.id} {item.type.value}")
    head = f"// {item.id}: {item.type.value}, {item.difficulty.value}; records: {', '.join(item.claim_ids)}\n"
    head = head.replace("\n", " ").rstrip() + "\n"
    body: list[str]
    if item.type is ItemType.true_false:
        truth = item.correct_options[0].text == "True"
        body = [f"{'TRUE' if truth else 'FALSE'}", f"####{_feedback(item)}"]
    elif item.type is ItemType.cloze:
        body = [f"={_h(a)}" for a in item.accepted]
        body.append(f"####{_feedback(item)}")
    elif item.type is ItemType.timeline:
        position = {oid: i for i, oid in enumerate(item.order)}
        body = [f"={_h(o.text)} -> {_ORDINALS[position[o.id]]}" for o in item.options]
        body.append(f"####{_feedback(item)}")
    else:
        body = [f"{'=' if o.correct else '~'}{_h(o.text)}" for o in item.options]
        body.append(f"####{_feedback(item)}")
    return head + f"::{title}::[html]{_stem(item)}{{\n" + "\n".join("\t" + b for b in body) + "\n}\n"


def render_gift(quiz: Quiz) -> str:
    parts = [f"// factcheck quiz, seed {quiz.seed}: {len(quiz.items)} questions\n"
             f"$CATEGORY: $course$/factcheck/seed_{quiz.seed}\n"]
    parts += [_question(item) for item in quiz.items]
    return "\n".join(parts)


#: The format's renderer, under the name every output wing uses (see ``factcheck.quiz.exporters``).
render = render_gift
