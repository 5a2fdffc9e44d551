"""Quiz generation on the fixture fact base: which claims are used, item shapes, filters."""

from __future__ import annotations

from collections import Counter

import pytest

from factcheck import check
from factcheck.errors import UsageError
from factcheck.quiz import (
    BLANK,
    CHOICE_TYPES,
    Difficulty,
    ItemType,
    QuizOptions,
    answer_key,
    generate,
    option_key,
    render,
)

from factcheck.quiz.generate import source_label

from ._corpus import load, shared

ALL = 60


@pytest.fixture(scope="module")
def quiz():
    return generate(shared(), count=ALL, seed=1)


def test_claims_with_findings_are_skipped_and_counted(quiz):
    report = check(shared())
    failing = report.failing_claims()
    assert "invented-quote" in failing  # the fixture is built to fail FC101
    assert quiz.claims_skipped == len(failing)
    assert "invented-quote" in quiz.skipped_claim_ids
    assert quiz.claims_used == quiz.claims_total - quiz.claims_skipped
    for item in quiz.items:
        assert not failing & set(item.claim_ids), item.id


def test_every_type_is_generated(quiz):
    kinds = Counter(item.type for item in quiz.items)
    assert set(kinds) == set(ItemType), kinds


def test_choice_items_have_exactly_one_correct_option(quiz):
    for item in quiz.items:
        if item.type in CHOICE_TYPES:
            assert len(item.correct_options) == 1, item
            assert item.correct_options[0].text == item.answer


def test_options_are_distinct_after_normalisation(quiz):
    for item in quiz.items:
        keys = [option_key(o.text, "text", diacritics=item.type is not ItemType.spelling)
                for o in item.options]
        assert len(set(keys)) == len(keys), item


def test_citations_are_verbatim_quotes_in_their_seed(quiz):
    seeds = shared().seeds
    for item in quiz.items:
        assert item.citations, item.id
        for c in item.citations:
            assert seeds[c.seed].text[c.start:c.end] == c.quote
            assert c.claim_id in item.claim_ids


def test_multiple_choice_on_a_date_has_three_dates_none_equal_to_the_answer(quiz):
    items = [i for i in quiz.items if i.type is ItemType.multiple_choice
             and i.prompt.startswith("Which date")]
    assert items
    for item in items:
        assert len(item.options) == 4
        assert BLANK in (item.statement or "")
        right = option_key(item.answer, "date")
        assert right[0] == "date"
        assert all(option_key(o.text, "date") != right for o in item.options if not o.correct)


def test_true_false_false_variant_changes_one_fact():
    quiz = generate(shared(), count=ALL, seed=3, types=["true-false"])
    claims = {c.id: c for c in shared().claims}
    seen = {True: 0, False: 0}
    for item in quiz.items:
        claim = claims[item.claim_ids[0]]
        truth = item.answer == "True"
        seen[truth] += 1
        if truth:
            assert claim.verdict.value == "supported" and item.statement == claim.statement
        elif claim.verdict.value == "supported":
            assert item.statement != claim.statement
    assert seen[True] and seen[False]


def test_spot_the_error_plants_exactly_one_error(quiz):
    claims = {c.id: c for c in shared().claims}
    items = [i for i in quiz.items if i.type is ItemType.spot_the_error]
    assert items
    for item in items:
        assert item.error is not None
        original = claims[item.claim_ids[0]].statement
        assert item.statement == original.replace(item.error.correct, item.error.planted, 1)
        assert item.error.planted != item.error.correct


def test_attribution_distractor_sources_do_not_contain_the_quote(quiz):
    from factcheck.normalize.text import find_folded

    seeds = shared().seeds
    for item in (i for i in quiz.items if i.type is ItemType.attribution):
        quote = item.citations[0].quote
        for option in item.options:
            seed_id = next(s for s in seeds if option.text == source_label(seeds[s], s))
            inside = find_folded(seeds[seed_id].text, quote) is not None
            assert inside == option.correct, (item.id, option.text)


def test_timeline_order_follows_the_dates(quiz):
    from factcheck.normalize.dates import parse_date

    items = [i for i in quiz.items if i.type is ItemType.timeline]
    assert items
    for item in items:
        assert 4 <= len(item.options) <= 5
        assert sorted(item.order) == sorted(o.id for o in item.options)
        assert list(item.order) != sorted(item.order), "shown already in order"
        notes = {o.id: o.note for o in item.options}
        starts = [parse_date(notes[i]).start for i in item.order]
        assert starts == sorted(starts) and len(set(starts)) == len(starts)
        assert all("[date]" in o.text for o in item.options)


def test_cloze_accepts_the_forms_of_a_date():
    quiz = generate(shared(), count=ALL, seed=1, types=["cloze"])
    by_claim = {i.claim_ids[0]: i for i in quiz.items}
    item = by_claim["mou-signed-13-august-2025"]
    keys = {answer_key(a) for a in item.accepted}
    for written in ("13 August 2025", "Aug. 13", "2025-08-13", "aug 13", "13 august 2025"):
        assert answer_key(written) in keys, written
    assert answer_key("12 August 2025") not in keys


def test_spelling_offers_the_house_name_and_no_diacritic_only_variant():
    quiz = generate(shared(), count=ALL, seed=1, types=["spelling"])
    assert quiz.items
    for item in quiz.items:
        right = item.correct_options[0].text
        for option in item.options:
            if not option.correct:
                assert option_key(option.text, "text") != option_key(right, "text")


def test_verdict_items_use_the_records_verdict(quiz):
    claims = {c.id: c for c in shared().claims}
    items = [i for i in quiz.items if i.type is ItemType.verdict]
    assert {claims[i.claim_ids[0]].verdict.value for i in items} >= {"disputed"}
    for item in items:
        assert item.answer.lower().startswith(claims[item.claim_ids[0]].verdict.value)


def test_same_seed_same_bytes_and_other_seed_other_quiz():
    a = render(generate(load(), count=20, seed=7), "json")
    b = render(generate(load(), count=20, seed=7), "json")
    c = render(generate(load(), count=20, seed=8), "json")
    assert a == b
    assert a != c


def test_count_and_types_and_difficulty_filters():
    quiz = generate(shared(), count=5, seed=2, types=["cloze", "verdict"])
    assert len(quiz.items) == 5
    assert {i.type for i in quiz.items} <= {ItemType.cloze, ItemType.verdict}
    hard = generate(shared(), count=ALL, seed=2, difficulty="hard")
    assert hard.items and all(i.difficulty is Difficulty.hard for i in hard.items)


def test_topic_and_entity_filters():
    war = generate(shared(), count=ALL, seed=2, topic="war", types=["cloze", "multiple-choice", "verdict"])
    assert war.items and all(i.topic == "war" for i in war.items)
    fidan = generate(shared(), count=ALL, seed=2, entity="Hakan Fidan")
    assert fidan.items and all("fidan-foreign-minister" in i.claim_ids for i in fidan.items)
    assert fidan.entity == "hakan-fidan"


@pytest.mark.parametrize("kwargs, message", [
    ({"count": 0}, "--count must be at least 1"),
    ({"types": ["essay"]}, "unknown item type 'essay'"),
    ({"difficulty": "brutal"}, "unknown difficulty 'brutal'"),
    ({"entity": "Nobody Atall"}, "unknown entity 'Nobody Atall'"),
    ({"topic": "sports"}, "unknown topic 'sports'"),
])
def test_bad_arguments_are_usage_errors(kwargs, message):
    with pytest.raises(UsageError, match=message):
        generate(shared(), **kwargs)


@pytest.mark.parametrize("kwargs, message", [
    ({"count": 0}, "--count must be at least 1"),
    ({"types": ["essay"]}, "unknown item type 'essay'"),
    ({"difficulty": "brutal"}, "unknown difficulty 'brutal'"),
    ({"entity": "Nobody Atall"}, "unknown entity 'Nobody Atall'"),
    ({"topic": "sports"}, "unknown topic 'sports'"),
])
def test_quiz_options_are_checked_when_built(kwargs, message):
    with pytest.raises(UsageError, match=message):
        QuizOptions.build(shared(), **kwargs)


def test_quiz_options_resolve_once_and_give_the_quiz_the_keywords_give():
    keywords = dict(count=12, seed=4, types=["verdict", "cloze", "cloze"], difficulty="medium",
                    entity="Hakan Fidan", review=["no-such-key"])
    options = QuizOptions.build(shared(), **keywords)
    assert options == QuizOptions(count=12, seed=4, types=(ItemType.cloze, ItemType.verdict),  # generator order
                                  difficulty=Difficulty.medium, entity="hakan-fidan",
                                  review=frozenset({"no-such-key"}))
    assert render(generate(shared(), options), "json") == render(generate(shared(), **keywords), "json")


def test_quiz_options_and_keywords_are_not_mixed():
    with pytest.raises(TypeError, match="not both"):
        generate(shared(), QuizOptions(), count=3)


def test_spot_the_error_plants_weekday_and_qualifier_errors(tmp_path):
    import json

    from ._corpus import BASE, seed_texts

    (tmp_path / "claims.yaml").write_text(json.dumps({"claims": [{
        "id": "weekday-and-qualifier",
        "statement": "On Wednesday, 13 August 2025, Hakan Fidan reaffirmed that Turkey maintains more than 20,000 troops.",
        "verdict": "supported",
        "facts": [{"type": "entity", "entity": "hakan-fidan"},
                  {"type": "date", "subject": "hakan-fidan", "property": "said-on", "value": "2025-08-13",
                   "precision": "day"},
                  {"type": "number", "subject": "hakan-fidan", "property": "troops", "value": 20000,
                   "qualifier": "more-than", "unit": "troops"}],
        "quotes": [{"seed": "001_aa72598c36228cb3",
                    "text": "On Wednesday, Turkish Foreign Minister Hakan Fidan reaffirmed"},
                   {"seed": "004_8852cf15b64951e6",
                    "text": "Turkey maintains more than 20,000 troops in Syria"}]}]}), encoding="utf-8")
    from factcheck import load_corpus

    corpus = load_corpus([*seed_texts(), BASE / "entities.yaml", BASE / "sources.yaml", tmp_path])
    kinds = {}
    for seed in range(40):
        quiz = generate(corpus, count=1, seed=seed, types=["spot-the-error"])
        assert quiz.claims_used == 1
        item = quiz.items[0]
        kinds[item.error.kind] = item
        assert [o.text for o in item.options if o.correct] == [item.error.planted]
        assert "Wednesday" in [o.text for o in item.options] or item.error.kind == "weekday"
    assert kinds["weekday"].error.correct == "Wednesday"
    assert kinds["weekday"].error.planted in ("Monday", "Tuesday", "Thursday", "Friday")
    assert kinds["qualifier"].error.planted == "fewer than 20,000 troops"
