"""``--format moodle-xml``: a Moodle XML question bank.

Built with :mod:`xml.etree.ElementTree`, which escapes XML itself (so ``]]>`` or ``<``
in a quote cannot end a section or open an element; no CDATA is used). Question text is
declared ``format="html"``, so it is HTML-escaped *before* ElementTree escapes it for
XML: Moodle then shows ``<script>`` as text.

Mapping: choice items → ``multichoice`` (single answer, fractions 100 and 0),
true/false → ``truefalse``, cloze → ``shortanswer`` (every accepted form at 100),
timeline → ``matching`` (event → position).

Layer: output wing (held by ``tests/project/test_layers.py``): may import ``factcheck.quiz``
itself, checking and everything below; never another output wing (reporters, fix, lint_text,
export, quiz), authoring or the cli.
"""

from __future__ import annotations

import hashlib
import html
import re
import xml.etree.ElementTree as ET

from ..items import BLANK, Item, ItemType, Quiz

__all__ = ["render_moodle_xml", "render"]

_ORDINALS = ["1st", "2nd", "3rd", "4th", "5th", "6th", "7th", "8th", "9th", "10th"]


_NOT_XML = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _h(text: str) -> str:
    """HTML-escaped, with characters XML 1.0 cannot carry replaced by U+FFFD and line ends
    made ``\n`` (an XML parser turns a raw ``\r`` into ``\n`` anyway)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _NOT_XML.sub("\ufffd", html.escape(text, quote=False))


def _text(parent: ET.Element, tag: str, value: str, fmt: str | None = "html") -> ET.Element:
    el = ET.SubElement(parent, tag)
    if fmt:
        el.set("format", fmt)
    ET.SubElement(el, "text").text = value
    return el


def _feedback_html(item: Item) -> str:
    out = f"<p>{_h(item.explanation)}</p>"
    for c in item.citations:
        out += f"<blockquote>{_h(c.quote)}<br>— {_h(c.source)}</blockquote>"
    return out


def _stem_html(item: Item) -> str:
    out = f"<p>{_h(item.prompt)}</p>"
    if item.statement:
        out += f"<blockquote>{_h(item.statement).replace(BLANK, '_____')}</blockquote>"
    return out


def _answer(q: ET.Element, fraction: float, text: str, fmt: str | None = "html") -> ET.Element:
    el = ET.SubElement(q, "answer", {"fraction": f"{fraction:g}"})
    if fmt:
        el.set("format", fmt)
    ET.SubElement(el, "text").text = text
    return el


def _question(item: Item) -> ET.Element:
    kind = {ItemType.true_false: "truefalse", ItemType.cloze: "shortanswer",
            ItemType.timeline: "matching"}.get(item.type, "multichoice")
    q = ET.Element("question", {"type": kind})
    name = ET.SubElement(q, "name")
    # unique across exports: the same item (same stable key) has the same name in every
    # quiz, and two different items never share one
    ET.SubElement(name, "text").text = f"{item.type.value} {_digest(item)}"
    _text(q, "questiontext", _stem_html(item))
    _text(q, "generalfeedback", _feedback_html(item))
    ET.SubElement(q, "defaultgrade").text = "1"
    # a wrong try costs a share of the mark in interactive mode: all of it for true/false,
    # one over the number of wrong options otherwise
    wrong = max(1, len(item.options) - 1) if item.options else 3
    ET.SubElement(q, "penalty").text = "1" if kind == "truefalse" else f"{1 / wrong:.7f}"
    ET.SubElement(q, "hidden").text = "0"
    ET.SubElement(q, "idnumber").text = f"fc-{_digest(item)}"
    if kind == "truefalse":
        truth = item.correct_options[0].text == "True"
        _answer(q, 100 if truth else 0, "true", "moodle_auto_format")
        _answer(q, 0 if truth else 100, "false", "moodle_auto_format")
    elif kind == "shortanswer":
        ET.SubElement(q, "usecase").text = "0"
        for accepted in item.accepted:
            _answer(q, 100, _NOT_XML.sub("\ufffd", accepted), "moodle_auto_format")
    elif kind == "matching":
        ET.SubElement(q, "shuffleanswers").text = "true"
        position = {oid: i for i, oid in enumerate(item.order)}
        for option in item.options:
            sub = ET.SubElement(q, "subquestion", {"format": "html"})
            ET.SubElement(sub, "text").text = _h(option.text)
            ans = ET.SubElement(sub, "answer")
            ET.SubElement(ans, "text").text = _ORDINALS[position[option.id]]
    else:
        ET.SubElement(q, "single").text = "true"
        # shuffled, except where the order means something (verdict scale, parts of a statement)
        fixed = item.type in (ItemType.verdict, ItemType.spot_the_error)
        ET.SubElement(q, "shuffleanswers").text = "false" if fixed else "true"
        ET.SubElement(q, "answernumbering").text = "abc"
        for option in item.options:
            a = _answer(q, 100 if option.correct else 0, _h(option.text))
            if option.note:
                _text(a, "feedback", _h(option.note))
    tags = ET.SubElement(q, "tags")
    names = [item.type.value, item.difficulty.value]
    if item.topic:
        names.append(f"topic:{item.topic}")
    names += [f"entity:{e}" for e in item.entities] + [f"claim:{c}" for c in item.claim_ids]
    for tag in dict.fromkeys(_tag(t) for t in names):
        ET.SubElement(ET.SubElement(tags, "tag"), "text").text = tag
    return q


_TAG_MAX = 50  # Moodle's limit on a tag's length


def _tag(text: str) -> str:
    """``text`` cut to Moodle's 50 characters, with a short digest of the whole so that two
    long tags that share a beginning stay apart."""
    if len(text) <= _TAG_MAX:
        return text
    digest = hashlib.sha1(text.encode("utf-8")).hexdigest()[:6]
    return text[: _TAG_MAX - 7] + "~" + digest


def _digest(item: Item) -> str:
    """Ten hex digits of the item's stable key and what the trainee sees (statement and
    options): the same question gets the same name in every export, a question with other
    options (another seed's distractors) another name."""
    seen = "\x1f".join([item.key or item.id, item.statement or "", *(o.text for o in item.options)])
    return hashlib.sha1(seen.encode("utf-8")).hexdigest()[:10]


def render_moodle_xml(quiz: Quiz) -> str:
    root = ET.Element("quiz")
    category = ET.SubElement(root, "question", {"type": "category"})
    _text(category, "category", f"$course$/factcheck/seed_{quiz.seed}", None)
    for item in quiz.items:
        root.append(_question(item))
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


#: The format's renderer, under the name every output wing uses (see ``factcheck.quiz.exporters``).
render = render_moodle_xml
