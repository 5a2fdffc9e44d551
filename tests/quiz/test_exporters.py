"""Exporters: round trips (GIFT, Moodle XML, JSON), escaping of hostile text, markdown shape."""

from __future__ import annotations

import html
import json
import re
import xml.etree.ElementTree as ET

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import factcheck
from factcheck.quiz import CHOICE_TYPES, ItemType, Quiz, generate
from factcheck.quiz.exporters import FORMATS, render, render_markdown
from factcheck.quiz.exporters import to_gift, to_markdown
from factcheck.quiz.exporters.to_json import quiz_schema

from ._corpus import ROOT, shared
from ._gift import GiftError, read_gift
from ._hostile import NASTY, hostile_quiz


@pytest.fixture(scope="module")
def quiz() -> Quiz:
    return generate(shared(), count=40, seed=1)


def _plain(fragment: str) -> str:
    """Text of an HTML fragment as a reader sees it (tags dropped, entities decoded)."""
    return html.unescape(re.sub(r"<[^>]+>", " ", fragment))


# --------------------------------------------------------------------------- json


def test_json_round_trips_and_matches_the_published_schema(quiz):
    import jsonschema

    text = render(quiz, "json")
    data = json.loads(text)
    assert Quiz.model_validate(data) == quiz
    published = json.loads((ROOT / "docs" / "schema" / "quiz.schema.json").read_text(encoding="utf-8"))
    assert published == quiz_schema(), "docs/schema/quiz.schema.json is stale: regenerate it"
    jsonschema.validate(data, published)


# --------------------------------------------------------------------------- gift


def _check_gift_against(quiz: Quiz, text: str) -> None:
    questions = read_gift(text)
    assert len(questions) == len(quiz.items)
    for q, item in zip(questions, quiz.items):
        assert q.format == "html"
        assert q.title == f"{item.id} {item.type.value}"
        assert item.prompt in _plain(q.text)
        if item.type is ItemType.true_false:
            assert q.kind == "truefalse" and q.truth == (item.answer == "True")
        elif item.type is ItemType.cloze:
            assert q.kind == "short"
            assert [html.unescape(a.text) for a in q.answers] == list(item.accepted)
        elif item.type is ItemType.timeline:
            assert q.kind == "matching"
            got = {html.unescape(a.text): a.match for a in q.answers}
            for position, oid in enumerate(item.order):
                text_of = next(o.text for o in item.options if o.id == oid)
                assert got[text_of] == to_gift._ORDINALS[position]
        else:
            assert q.kind == "choice"
            assert [(a.right, html.unescape(a.text)) for a in q.answers] == \
                [(o.correct, o.text) for o in item.options]
        assert item.explanation in _plain(q.general_feedback or q.answers[0].feedback or "")


def test_gift_round_trips_through_a_strict_reader(quiz):
    text = render(quiz, "gift")
    _check_gift_against(quiz, text)
    assert "\n$CATEGORY: $course$/factcheck/seed_1\n" in text


def test_gift_escapes_every_special_character():
    quiz = hostile_quiz()
    text = render(quiz, "gift")
    _check_gift_against(quiz, text)
    assert "<script>" not in text
    assert NASTY not in text


def test_the_strict_reader_rejects_unescaped_specials():
    with pytest.raises(GiftError):
        read_gift("::t::[html]a { b {\n=x\n}\n")
    with pytest.raises(GiftError):
        read_gift("::t::[html]q {\n=x ~ y # z # w\n}\n")
    with pytest.raises(GiftError):
        read_gift("::t::[html]q {\n=a: b\n}\n")


def test_gift_parses_with_pygiftparser(quiz):
    parser = pytest.importorskip("pygiftparser.parser", reason="pygiftparser is not installed")
    import io

    text = render(quiz, "gift")
    questions = parser.parseFile(io.StringIO(text))
    assert len(questions) == len(quiz.items)
    assert {q.cat for q in questions} == {"$course$/factcheck/seed_1"}
    for q, item in zip(questions, quiz.items):
        assert q.valid, (item.id, q.source)
        assert q.title == f"{item.id} {item.type.value}"
        answers = q.answers
        if item.type is ItemType.true_false:
            assert type(answers).__name__ == "TrueFalseSet"
            assert answers.answer == (item.answer == "True")
        elif item.type is ItemType.cloze:
            assert type(answers).__name__ == "ShortSet"
            assert [html.unescape(parser.transformSpecials(a.answer)) for a in answers.answers] \
                == list(item.accepted)
        elif item.type is ItemType.timeline:
            assert type(answers).__name__ == "MatchingSet"
            assert len(answers.answers) == len(item.options)
        else:
            assert type(answers).__name__ == "SelectSet"  # one right answer: radio buttons
            # pygiftparser keeps the escapes in answers; transformSpecials is its own unescape
            got = [(a.fraction > 0, html.unescape(parser.transformSpecials(a.answer)))
                   for a in answers.answers]
            assert got == [(o.correct, o.text) for o in item.options]


# --------------------------------------------------------------------------- moodle xml


def _check_moodle(quiz: Quiz, text: str) -> None:
    root = ET.fromstring(text.encode("utf-8"))
    assert root.tag == "quiz"
    questions = [q for q in root.findall("question") if q.get("type") != "category"]
    assert len(questions) == len(quiz.items)
    expected_type = {ItemType.true_false: "truefalse", ItemType.cloze: "shortanswer",
                     ItemType.timeline: "matching"}
    for q, item in zip(questions, quiz.items):
        assert q.get("type") == expected_type.get(item.type, "multichoice")
        assert item.prompt in _plain(q.findtext("questiontext/text"))
        assert item.explanation in _plain(q.findtext("generalfeedback/text"))
        answers = q.findall("answer")
        fractions = [float(a.get("fraction")) for a in answers]
        if item.type in CHOICE_TYPES:
            assert sorted(fractions) == [0.0] * (len(answers) - 1) + [100.0]
            if item.type is ItemType.true_false:
                right = next(a.findtext("text") for a in answers if float(a.get("fraction")) == 100)
                assert right == item.answer.lower()
            else:
                assert [(float(a.get("fraction")) == 100, html.unescape(a.findtext("text"))) for a in answers] \
                    == [(o.correct, o.text) for o in item.options]
                assert q.findtext("single") == "true"
        elif item.type is ItemType.cloze:
            assert fractions == [100.0] * len(item.accepted)
            assert [a.findtext("text") for a in answers] == list(item.accepted)
        else:
            subs = q.findall("subquestion")
            assert len(subs) == len(item.options) >= 3
            got = {html.unescape(s.findtext("text")): s.findtext("answer/text") for s in subs}
            for position, oid in enumerate(item.order):
                text_of = next(o.text for o in item.options if o.id == oid)
                assert got[text_of] == ["1st", "2nd", "3rd", "4th", "5th"][position]


def test_moodle_xml_parses_back_with_answers_and_fractions(quiz):
    _check_moodle(quiz, render(quiz, "moodle-xml"))


def test_moodle_xml_keeps_hostile_text_as_text():
    quiz = hostile_quiz()
    text = render(quiz, "moodle-xml")
    _check_moodle(quiz, text)
    assert "<script>" not in text and "]]>" not in text
    root = ET.fromstring(text.encode("utf-8"))
    first = root.findall("question")[1].findtext("questiontext/text")
    assert "&lt;script&gt;" in first  # HTML-escaped inside the html-format text


# --------------------------------------------------------------------------- markdown


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=60))
def test_markdown_escape_renders_as_the_same_text(text):
    markdown_it = pytest.importorskip("markdown_it", reason="markdown-it-py is not installed")
    rendered = markdown_it.MarkdownIt("commonmark").render(to_markdown.escape(text))
    assert " ".join(_plain(rendered).split()) == " ".join(text.split())


def test_markdown_worksheet_and_key_are_separate(quiz):
    sheet = render_markdown(quiz, part="worksheet")
    key = render_markdown(quiz, part="key")
    both = render_markdown(quiz)
    assert sheet.startswith("# Verification quiz") and "# Answer key" not in sheet
    assert key.startswith("# Answer key")
    assert both.index("# Answer key") > both.index("# Verification quiz")
    for item in quiz.items:
        for c in item.citations:
            assert c.claim_id in key
    # the worksheet gives nothing away: no explanation, no citation
    for item in quiz.items:
        assert f"record `{item.claim_ids[0]}`" not in sheet
    assert sheet.count("\n### ") == len(quiz.items)


def test_markdown_keeps_hostile_text_as_text():
    markdown_it = pytest.importorskip("markdown_it", reason="markdown-it-py is not installed")
    text = render(hostile_quiz(), "markdown")
    rendered = markdown_it.MarkdownIt("commonmark").render(text)
    assert "<script>" not in rendered
    assert "<a href" not in rendered
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in rendered


# --------------------------------------------------------------------------- html


def test_html_is_self_contained_and_escapes_text():
    text = render(hostile_quiz(), "html")
    assert text.count("<script>") == 1  # the page's own script only
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in text
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", text)
    assert "default-src 'none'" in text
    # every input has a label
    ids = re.findall(r'<(?:input|select)[^>]* id="([^"]+)"', text)
    assert ids and all(f'for="{i}"' in text for i in ids)


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_every_format_is_deterministic(quiz, fmt):
    again = generate(shared(), count=40, seed=1)
    assert render(quiz, fmt) == render(again, fmt)


# --------------------------------------------------------------------------- hostile seed


HOSTILE_SEED = ("Hakan Fidan wrote <script>alert(1)</script> and {a~b=c#d:e} then ]]> on 13 August 2025 "
                "with [x](y) *z*.\n")
HOSTILE_QUOTE = "Hakan Fidan wrote <script>alert(1)</script> and {a~b=c#d:e} then ]]> on 13 August 2025"


def test_a_hostile_quote_from_a_seed_comes_out_as_text_in_every_format(tmp_path):
    import factcheck

    from ._corpus import BASE

    (tmp_path / "999_hostile.txt").write_text(HOSTILE_SEED, encoding="utf-8")
    (tmp_path / "sources.yaml").write_text(
        "sources:\n  - {id: 999_hostile, file: 999_hostile.txt}\n", encoding="utf-8")
    (tmp_path / "claims.yaml").write_text(json.dumps({"claims": [{
        "id": "hostile-quote", "statement": "Hakan Fidan wrote on 13 August 2025.",
        "verdict": "supported",
        "facts": [{"type": "entity", "entity": "hakan-fidan"},
                  {"type": "date", "subject": "hakan-fidan", "property": "wrote-on",
                   "value": "2025-08-13", "precision": "day"}],
        "quotes": [{"seed": "999_hostile", "text": HOSTILE_QUOTE}]}]}), encoding="utf-8")
    corpus = factcheck.load_corpus([tmp_path, BASE / "entities.yaml"])
    quiz = generate(corpus, count=5, seed=1, types=["true-false", "cloze", "verdict"])
    assert quiz.claims_used == 1 and quiz.items
    assert all(c.quote == HOSTILE_QUOTE for i in quiz.items for c in i.citations)

    gift = render(quiz, "gift")
    assert "<script>" not in gift and "{a~b" not in gift
    read_gift(gift)  # strict: an unescaped { ~ = # : would raise
    xml = render(quiz, "moodle-xml")
    assert "<script>" not in xml and "]]>" not in xml
    ET.fromstring(xml.encode("utf-8"))
    page = render(quiz, "html")
    assert page.count("<script>") == 1 and "alert(1)" not in page  # the quote travels encoded
    assert all(HOSTILE_QUOTE in json.dumps(_html_payloads(page)[i.id], ensure_ascii=False) for i in quiz.items)
    markdown_it = pytest.importorskip("markdown_it", reason="markdown-it-py is not installed")
    rendered = markdown_it.MarkdownIt("commonmark").render(render(quiz, "markdown"))
    assert "<script>" not in rendered and "<a href" not in rendered
    assert json.loads(render(quiz, "json"))["items"][0]["citations"][0]["quote"] == HOSTILE_QUOTE


# --------------------------------------------------------------------------- escaping properties


def _one_item_quiz(text: str) -> Quiz:
    from factcheck.quiz import Citation, Difficulty, Item, Option

    item = Item(id="q01", type=ItemType.multiple_choice, difficulty=Difficulty.medium, prompt=f"P {text}",
                statement=f"S {text}", options=(Option(id="a", text=f"right {text}", correct=True),
                                                Option(id="b", text=f"wrong {text}")),
                answer=f"right {text}", explanation=f"E {text}",
                citations=(Citation(claim_id="c", seed="s", source=f"src {text}", quote=f"Q {text}",
                                    start=0, end=1),), claim_ids=("c",))
    return Quiz(seed=0, requested=1, types=(ItemType.multiple_choice,), claims_total=1, claims_used=1,
                claims_skipped=0, items=(item,))


_TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=40)


@settings(max_examples=150, deadline=None)
@given(_TEXT)
def test_gift_escaping_round_trips_any_text(text):
    quiz = _one_item_quiz(text)
    (q,) = read_gift(render(quiz, "gift"))
    assert [(a.right, html.unescape(a.text)) for a in q.answers] == \
        [(o.correct, o.text.strip()) for o in quiz.items[0].options]


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=40))
def test_moodle_xml_escaping_round_trips_any_text(text):
    quiz = _one_item_quiz(text)
    root = ET.fromstring(render(quiz, "moodle-xml").encode("utf-8"))
    answers = [html.unescape(a.findtext("text")) for a in root.iter("answer")]
    allowed = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
    assert answers == [allowed.sub("\ufffd", o.text.replace("\r\n", "\n").replace("\r", "\n"))
                       for o in quiz.items[0].options]


def test_moodle_names_tags_penalty_and_shuffling_for_a_question_bank():
    """Issue 13: names unique across exports (and stable for the same item), a non-zero
    penalty, shuffled answers where order means nothing, tags within Moodle's 50 characters
    for type, topic and entity."""
    import xml.etree.ElementTree as ET

    from .test_content import corpus_and_report

    corpus, report = corpus_and_report()
    one = ET.fromstring(render(generate(corpus, count=40, seed=1, report=report), "moodle-xml"))
    two = ET.fromstring(render(generate(corpus, count=40, seed=2, report=report), "moodle-xml"))

    def questions(root):
        return [q for q in root.iter("question") if q.get("type") != "category"]

    names_one = [q.findtext("name/text") for q in questions(one)]
    assert len(set(names_one)) == len(names_one)
    ids = {q.findtext("idnumber") for q in questions(one)}
    assert len(ids) == len(names_one)
    # one name, one question: across both exports, a name never stands for two different
    # questions (text and answers)
    def content(q):
        return (q.findtext("questiontext/text"), tuple(a.findtext("text") for a in q.iter("answer")),
                tuple(s.findtext("text") for s in q.iter("subquestion")))

    seen = {}
    for q in questions(one) + questions(two):
        seen.setdefault(q.findtext("name/text"), set()).add(content(q))
    assert all(len(c) == 1 for c in seen.values())
    for q in questions(one):
        assert float(q.findtext("penalty")) > 0
        tags = [t.findtext("text") for t in q.iter("tag")]
        assert tags and all(len(t) <= 50 for t in tags)
        assert any(t.startswith("topic:") for t in tags) or q.get("type") == "matching"
        if q.get("type") == "multichoice" and "What do the sources say" not in q.findtext("questiontext/text") \
                and "contains one error" not in q.findtext("questiontext/text"):
            assert q.findtext("shuffleanswers") == "true"


def _html_payloads(page: str) -> dict[str, dict]:
    """Each item's encoded key in an HTML page, decoded as the page's script does."""
    import base64

    out = {}
    for item_id, key in re.findall(r'<fieldset [^>]*id="([^"]+)"[^>]*data-key="([^"]+)"', page):
        raw = base64.b64decode(key)
        mask = ("factcheck|" + item_id).encode("utf-8")
        out[item_id] = json.loads(bytes(b ^ mask[i % len(mask)] for i, b in enumerate(raw)).decode("utf-8"))
    return out


def test_html_answer_key_is_not_readable_in_the_page_source(quiz):
    """Issue 13: answers, explanations and quotes are not in the page source; the encoded
    keys decode to them."""
    page = render(quiz, "html")
    payloads = _html_payloads(page)
    assert set(payloads) == {i.id for i in quiz.items}
    assert "data-correct" not in page and "data-accepted" not in page and "data-order" not in page
    for item in quiz.items:
        got = payloads[item.id]
        shown = " ".join(html.escape(i.statement or "", quote=True) for i in quiz.items)
        if html.escape(item.explanation, quote=True) not in shown:  # (a statement shown elsewhere may be one)
            assert html.escape(item.explanation, quote=True) not in page, item.explanation
        assert html.escape(got["answer"], quote=True) not in page
        assert got["explanation"] == item.explanation
        assert [q for q, _ in got["quotes"]] == [c.quote for c in item.citations]
        if item.type is ItemType.cloze:
            assert got["accepted"]
        elif item.type is ItemType.timeline:
            assert got["order"] == list(item.order)
        else:
            assert got["correct"] == item.correct_options[0].id


# --------------------------------------------------------------------------- quotes shown


@pytest.mark.parametrize("fmt", ["markdown", "moodle-xml", "gift"])
def test_a_quote_that_opens_with_quotation_marks_is_shown_once_verbatim(fmt):
    """A cited quote is a block quote, shown exactly as the source prints it: no marks of
    our own around it (a quote that opens with “ was shown as ““…” before)."""
    real = factcheck.load_corpus([ROOT / "claims", ROOT / "seeds"])
    quizzes = [generate(real, count=60, seed=s) for s in (1, 2, 3)]
    quoted = {c.quote for q in quizzes for i in q.items for c in i.citations if c.quote[:1] == "“"}
    assert quoted, "the bundled base has quotes that open with “: the test needs one"
    for q in quizzes:
        text = html.unescape(render(q, fmt))
        assert "““" not in text and "””" not in text
        for i in q.items:
            for c in i.citations:
                assert " ".join(c.quote.split()) in " ".join(text.replace("\\", "").split())
