"""The item self-check rules, one by one: each with a failing and a passing fixture."""

from __future__ import annotations

from datetime import date

import pytest

from factcheck.models import Entity, Role
from factcheck.normalize.numbers import interval
from factcheck.quiz import Citation, Item, ItemType, Option
from factcheck.quiz.selfcheck import (
    ITEM_RULES,
    QUIZ_RULES,
    RULES,
    Meta,
    check_in_quiz,
    check_item,
    explain,
    grammar_problems,
    summary,
)

CITE = Citation(claim_id="c-1", seed="000_x", source="National Security News, 18 August 2025",
                quote="q", start=0, end=1)


def item(kind=ItemType.multiple_choice, options=("a", "b", "c", "d"), statement="S _____.", answer=None,
         prompt="Which name completes the statement?", explanation="E.", claim="c-1", source=None):
    opts = tuple(Option(id="abcd"[i], text=t, correct=(i == 0)) for i, t in enumerate(options))
    cite = CITE if source is None else CITE.model_copy(update={"source": source})
    return Item(id="", type=kind, difficulty="medium", prompt=prompt, statement=statement, options=opts,
                answer=answer or (options[0] if options else "x"), explanation=explanation,
                citations=(cite,), claim_ids=(claim,))


def place(eid, name, detail, the=False, within=None):
    return Entity(id=eid, kind="place", name=name, kind_detail=detail, takes_the=the, within=within)


IDLIB = place("idlib", "Idlib", ["city", "region"], within="syria")
ALEPPO = place("aleppo", "Aleppo", ["city", "region"], within="syria")
ISRAEL = place("israel", "Israel", ["country"])
HIROSHIMA = place("hiroshima", "Hiroshima", ["city"])
USA = place("united-states", "United States", ["country"], the=True)
RUSSIA = place("russia", "Russia", ["country"])


def test_every_rule_is_documented_with_a_unique_code():
    import factcheck.quiz.selfcheck as mod

    codes = [r.code for r in RULES]
    assert len(codes) == len(set(codes))
    assert set(RULES) - set(ITEM_RULES) - set(QUIZ_RULES) == {r for r in RULES if r.code == "QZ301"}
    for r in RULES:
        assert f"{r.code}  {r.name}" in mod.__doc__


# QZ101 option-kind
def test_qz101_fails_for_a_country_and_a_foreign_city_beside_a_syrian_governorate():
    meta = Meta(item=item(options=("Idlib", "Israel", "Hiroshima", "Aleppo")), kind="entity", key=IDLIB,
                options={"Israel": ISRAEL, "Hiroshima": HIROSHIMA, "Aleppo": ALEPPO})
    assert check_item(meta).code == "QZ101"


def test_qz101_fails_for_a_name_used_with_the_beside_one_without():
    meta = Meta(item=item(options=("Russia", "United States", "Israel")), kind="entity", key=RUSSIA,
                options={"United States": USA, "Israel": ISRAEL})
    assert check_item(meta).code == "QZ101"


def test_qz101_passes_for_options_of_one_fine_kind():
    meta = Meta(item=item(options=("Russia", "Israel", "Aleppo")[:2] + ("Iran",)), kind="entity", key=RUSSIA,
                options={"Israel": ISRAEL, "Iran": place("iran", "Iran", ["country"])})
    assert check_item(meta) is None


# QZ102 option-interval
def test_qz102_fails_for_a_bound_that_is_true_with_the_key():
    key = interval("more-than", 20000)
    meta = Meta(item=item(options=("more than 20,000 troops", "more than 10,000 troops", "x")), kind="number",
                key=key, options={"more than 10,000 troops": interval("more-than", 10000)})
    assert check_item(meta).code == "QZ102"


def test_qz102_fails_for_a_month_containing_the_key_day():
    meta = Meta(item=item(), kind="date", key=(date(2025, 8, 13), date(2025, 8, 13)),
                options={"August 2025": (date(2025, 8, 1), date(2025, 8, 31))})
    assert check_item(meta).code == "QZ102"


def test_qz102_passes_for_disjoint_values():
    meta = Meta(item=item(), kind="number", key=interval("exact", 38),
                options={"28%": interval("exact", 28), "48%": interval("exact", 48)})
    assert check_item(meta) is None
    meta = Meta(item=item(), kind="date", key=(date(2025, 8, 13), date(2025, 8, 13)),
                options={"12 August 2025": (date(2025, 8, 12), date(2025, 8, 12))})
    assert check_item(meta) is None


# QZ103 option-count
def test_qz103_fails_for_a_spot_the_error_item_with_two_parts():
    meta = Meta(item=item(ItemType.spot_the_error, options=("Syrian army", "Turkey")))
    assert check_item(meta).code == "QZ103"


def test_qz103_passes_for_three_parts_and_for_true_false():
    assert check_item(Meta(item=item(ItemType.spot_the_error, options=("a", "b", "c")))) is None
    assert check_item(Meta(item=item(ItemType.true_false, options=("True", "False")))) is None


# QZ104 grammar
NAMES = [("Hayat Tahrir al-Sham", False), ("Syrian army", True), ("NATO", False), ("Idlib", False),
         ("Syrian government", True), ("Syrian Democratic Forces", True)]


@pytest.mark.parametrize("text", [
    "Jaish al-Izza and the Hayat Tahrir al-Sham also took part in the offensive.",
    "Turkey is a member of Syrian army.",
    "including threats from the NATO.",
    "signed by the the minister",
    "the agreement aims to strengthen the Syrian Democratic Forces's capabilities",
])
def test_qz104_fails(text):
    assert grammar_problems(text, NAMES)
    assert check_item(Meta(item=item(), filled=(text,), names=NAMES)).code == "QZ104"


@pytest.mark.parametrize("text", [
    "Hayat Tahrir al-Sham (HTS) had controlled the Idlib governorate for years.",
    "Turkey is a member of NATO.",
    "a limited operation by the Syrian army.",
    "clashed with Syrian government forces in August 2025.",
    "the agreement aims to strengthen the Syrian Democratic Forces' capabilities",
])
def test_qz104_passes(text):
    assert grammar_problems(text, NAMES) == []
    assert check_item(Meta(item=item(), filled=(text[0].upper() + text[1:],), names=NAMES)) is None


def test_qz104_fails_for_a_sentence_that_starts_lowercase_and_passes_when_capitalised():
    """Second read: "al-Jalali rejected the Hasakah conference, …" (a planted name put first)."""
    bad = "al-Jalali rejected the Hasakah conference."
    assert grammar_problems(bad, NAMES, sentence=True)
    assert grammar_problems(bad, NAMES) == []  # a fragment may start anywhere
    assert check_item(Meta(item=item(), filled=(bad,), names=NAMES)).code == "QZ104"
    for good in ("Al-Jalali rejected the Hasakah conference.",
                 "“The YPG’s position is not a tenable one,” Fidan stated.", "27 November 2024 was a Wednesday."):
        assert grammar_problems(good, NAMES, sentence=True) == []
        assert check_item(Meta(item=item(), filled=(good,), names=NAMES)) is None


# QZ105 variant-supported
def test_qz105_fails_when_the_generator_found_support_and_passes_otherwise():
    meta = Meta(item=item(ItemType.true_false, options=("True", "False")),
                supported=("another claim links Hayat Tahrir al-Sham to operation-deterrence-of-aggression",))
    assert check_item(meta).code == "QZ105"
    assert check_item(Meta(item=item(ItemType.true_false, options=("True", "False")))) is None


# QZ106 stale-role
ASSAD = Entity(id="bashar-al-assad", kind="person", name="Bashar al-Assad",
               roles=[Role(title="President", of="syria", end=date(2024, 12, 8))])
GULER = Entity(id="yasar-guler", kind="person", name="Yasar Güler",
               roles=[Role(title="Defence Minister", of="turkey", as_of=date(2025, 8, 18))])


def test_qz106_fails_for_an_ended_or_undated_role():
    meta = Meta(item=item(ItemType.spelling), role=(ASSAD, ASSAD.roles[0]), today=date(2025, 8, 18))
    assert check_item(meta).code == "QZ106"
    undated = Entity(id="x", kind="person", name="X", roles=[Role(title="President", of="syria")])
    assert check_item(Meta(item=item(ItemType.spelling), role=(undated, undated.roles[0]))).code == "QZ106"


def test_qz106_passes_for_a_dated_current_role():
    meta = Meta(item=item(ItemType.spelling), role=(GULER, GULER.roles[0]), today=date(2025, 8, 18))
    assert check_item(meta) is None


# QZ107 jargon
def test_qz107_fails_for_file_stems_and_record_ids():
    assert check_item(Meta(item=item(source="seed 003: Kurdistan24"))).code == "QZ107"
    meta = Meta(item=item(explanation="Superseded by turkey-nato-member-claim."),
                claim_ids=frozenset({"turkey-nato-member-claim"}))
    assert check_item(meta).code == "QZ107"
    assert check_item(Meta(item=item(explanation="See record x."))).code == "QZ107"


def test_qz107_passes_for_outlets_and_headlines():
    assert check_item(Meta(item=item(source="Kurdistan24, “Türkiye and Syria Sign …” (undated)"))) is None


# QZ108 option-role
def test_qz108_fails_when_the_generator_found_a_closed_world_only_name_and_passes_otherwise():
    meta = Meta(item=item(options=("Bashar al-Assad", "Murhef Abu Qasra", "al-Jalali")),
                implausible=("the fact base never gives Murhef Abu Qasra the part of “the fall of _____”",))
    assert check_item(meta).code == "QZ108"
    assert check_item(Meta(item=item(options=("Bashar al-Assad", "Ahmed al-Sharaa", "al-Jalali")))) is None


@pytest.mark.parametrize("text, name, person, family", [
    ("Turkey has become a central player in Syria since the fall of X and maintains ties.", "X", True, "removed"),
    ("in the aftermath of the ousting of former Syrian President X", "X", True, "removed"),
    ("X's ouster in December 2024", "X", True, "removed"),
    ("The fall from power of X was swift and unexpected", "X", True, "removed"),
    ("Russia's ongoing invasion of X and Iran's setbacks", "X", False, "invaded"),
    ("X's invasion of Ukraine", "X", False, "invader"),
    ("including threats from the X group", "X", False, "threat"),
    ("Under X, the Syrian economy relied on Captagon.", "X", True, "ruler"),
    ("the al-Assad regime", "al-Assad", True, "ruler"),
    ("Hafez al-Assad was the father of X.", "X", True, "kin"),
    ("Statues of Hafez were toppled after the fall of his son, X.", "X", True, "kin"),
])
def test_qz108_event_phrases_that_take_only_names_the_base_gives_that_part(text, name, person, family):
    from factcheck.quiz.generate import _phrase_family

    at = text.index(name)
    assert _phrase_family(text, at, at + len(name), person=person) == family


@pytest.mark.parametrize("text, name, person", [
    ("The government of Bashar al-Assad depended on support from X and Iran.", "X", False),
    ("X also seized Syrian territory in the south.", "X", False),
    ("Under X, the Syrian economy relied on Captagon.", "X", False),  # "under" fixes only people
    ("Turkish-backed factions under the X umbrella", "X", False),
])
def test_qz108_other_contexts_are_no_event_phrase(text, name, person):
    from factcheck.quiz.generate import _phrase_family

    at = text.index(name)
    assert _phrase_family(text, at, at + len(name), person=person) is None


# QZ109 attribution-fragment
def _attribution(quote):
    return item(ItemType.attribution, statement=f"“{quote}”", prompt="Which source says this?",
                options=("National Security News · no headline · 18 August 2025",
                         "Kurdistan24 · “Türkiye and Syria …” · undated",
                         "no outlet named · no headline · 14 August 2025"))


def test_qz109_fails_for_a_short_quote_and_for_one_without_distinctive_words():
    short = Meta(item=_attribution("has criticized its “provocative and separatist” actions"),
                 quote_words=7, distinctive=("criticized", "provocative", "separatist"))
    assert check_item(short).code == "QZ109"
    common = Meta(item=_attribution("This move, which comes after months of negotiations"),
                  quote_words=8, distinctive=())
    assert check_item(common).code == "QZ109"


def test_qz109_passes_for_a_long_distinctive_quote_and_for_other_types():
    meta = Meta(item=_attribution("Al-Shaibani further rejected the recent Hasakah conference, saying it"),
                quote_words=10, distinctive=("hasakah", "rejected", "shaibani"))
    assert check_item(meta) is None
    assert check_item(Meta(item=item(), quote_words=3)) is None


# QZ110 answer-in-stem
HAFEZ_FORMS = ("Hafez al-Assad", "Hafez", "al-Assad", "Assad")


def test_qz110_fails_when_the_stem_prints_a_form_of_the_answer():
    spelling = item(ItemType.spelling, statement="_____ was the father of Bashar al-Assad.",
                    options=("Hafez al-Assad", "Hafez al-Issad", "Hafez al-Assed"))
    assert check_item(Meta(item=spelling, answer_forms=HAFEZ_FORMS)).code == "QZ110"
    cloze = item(ItemType.cloze, options=(), answer="Syrian Democratic Forces",
                 statement="Preparations for an operation against the _____ were completed in case the SDF failed.")
    forms = ("Syrian Democratic Forces", "SDF")
    assert check_item(Meta(item=cloze, answer_forms=forms)).code == "QZ110"


def test_qz110_passes_when_the_stem_does_not():
    spelling = item(ItemType.spelling, statement="Statues of _____ were toppled.",
                    options=("Hafez al-Assad", "Hafez al-Issad", "Hafez al-Assed"))
    assert check_item(Meta(item=spelling, answer_forms=HAFEZ_FORMS)) is None


# QZ111 order-stated
def _timeline(*events):
    return item(ItemType.timeline, options=events, statement=None, prompt="Put these events in order, earliest first.",
                answer="a, b, c, d")


def test_qz111_fails_for_an_event_that_states_its_place():
    meta = Meta(item=_timeline(
        "Operation Deterrence of Aggression, the offensive that led to the fall of Bashar al-Assad, was launched on [date].",
        "Bashar al-Assad was ousted as president of Syria in [date].",
        "Turkish exports to Syria rose 38% in [date] alone.",
        "A source briefed reporters on [date], the day after it was signed."))
    assert check_item(meta).code == "QZ111"


def test_qz111_passes_for_events_that_do_not():
    meta = Meta(item=_timeline("Bashar al-Assad was ousted as president of Syria in [date].",
                               "Turkish exports to Syria rose 38% in [date] alone.",
                               "The SDF clashed with Syrian government forces in [date].",
                               "Turkey and Syria signed a memorandum of understanding on [date]."))
    assert check_item(meta) is None


# QZ112 answer-uncited
def test_qz112_fails_when_no_cited_quote_names_the_answer_and_passes_otherwise():
    why = "no quote in the answer key names 'Hakan Fidan', the name the item asks about"
    spelling = item(ItemType.spelling, options=("Hakan Fidan", "Hakin Fidan", "Hikan Fidan"),
                    statement="_____ emphasised Turkey's support for Syria so that it can stand on its feet.")
    assert check_item(Meta(item=spelling, uncited=why)).code == "QZ112"
    assert check_item(Meta(item=spelling)) is None


def test_qz112_the_generator_knows_a_name_by_any_registered_form_a_capital_or_an_adjective():
    import factcheck
    from factcheck.quiz.generate import _Base

    from ._corpus import ROOT

    corpus = factcheck.load_corpus([ROOT / "claims", ROOT / "seeds"])  # the bundled register
    base = _Base(corpus, factcheck.check(corpus), corpus.claims, 0)
    assert base.names_entity("“The YPG’s position is not a tenable one,” Fidan stated", "hakan-fidan")
    assert base.names_entity("Ankara had, for months, stepped back", "turkey")
    assert base.names_entity("between Turkish Defense Minister Yasar Guler", "turkey")
    assert base.names_entity("Al-Shaibani further rejected the recent Hasakah conference", "hasakah")
    assert not base.names_entity("emphasizing Türkiye’s support for Syria “so that it can stand on its feet.”",
                                 "hakan-fidan")
    assert not base.names_entity("a conference held by the SDF calling for a review of Syria’s constitutional "
                                 "declaration", "hasakah")


# QZ113 outdated-report
def _verdict_item(statement, answer):
    return item(ItemType.verdict, options=("Supported by the sources", "Refuted by the sources",
                                           "Disputed: the sources disagree", "Outdated: true once, no longer"),
                statement=statement, answer=answer, prompt="What do the sources say about this statement?")


def test_qz113_fails_for_an_outdated_key_on_a_reported_statement():
    said = ("Ahmed al-Sharaa, as leader of Hayat Tahrir al-Sham (HTS), stated that public institutions would "
            "remain under the supervision of the prime minister until they were officially handed over.")
    assert check_item(Meta(item=_verdict_item(said, "Outdated: true once, no longer"))).code == "QZ113"


def test_qz113_passes_for_a_stale_fact_and_for_other_keys():
    stale = "Syria's interim government is led by al-Jalali."
    assert check_item(Meta(item=_verdict_item(stale, "Outdated: true once, no longer"))) is None
    said = "Hakan Fidan said that a new era had begun in Syria."
    assert check_item(Meta(item=_verdict_item(said, "Supported by the sources"))) is None


# QZ201 duplicate-stem
def test_qz201():
    first = item(statement="Turkey is a member of NATO.", claim="a")
    assert check_in_quiz(item(statement="Turkey is a member of NATO.", claim="b"), [first]).code == "QZ201"
    assert check_in_quiz(item(statement="Syria is a member of NATO.", claim="b"), [first]) is None
    fidan = item(ItemType.spelling, options=("Hakan Fidan", "Hakin Fidan", "Hikan Fidan"), statement="_____ said.")
    again = item(ItemType.spelling, options=("Hakan Fidan", "Haken Fidan", "Hukan Fidan"), statement="_____ warned.")
    assert check_in_quiz(again, [fidan]).code == "QZ201"
    assert check_in_quiz(item(ItemType.spelling, options=("Yasar Güler", "Yosar Güler", "Yaser Güler"),
                              statement="_____ warned."), [fidan]) is None


# QZ202 duplicate-events
def timeline(*ids):
    return Item(id="", type=ItemType.timeline, difficulty="hard", prompt="Order", answer="a",
                explanation="e", citations=(CITE,), claim_ids=tuple(ids),
                options=tuple(Option(id="abcde"[i], text=x) for i, x in enumerate(ids)),
                order=tuple("abcde"[: len(ids)]))


def test_qz202():
    first = timeline("a", "b", "c", "d")
    assert check_in_quiz(timeline("a", "b", "e", "f"), [first]).code == "QZ202"
    assert check_in_quiz(timeline("a", "e", "f", "g"), [first]) is None


# QZ203 answer-balance
def verdict(answer, _n=[0]):
    _n[0] += 1  # a statement of its own (QZ201 would catch the same statement twice)
    return item(ItemType.verdict, options=(answer, "Refuted by the sources"), answer=answer,
                statement=f"Statement {_n[0]}.")


def test_qz203():
    sup, ref = "Supported by the sources", "Refuted by the sources"
    assert check_in_quiz(verdict(sup), [verdict(sup)]).code == "QZ203"
    assert check_in_quiz(verdict(ref), [verdict(sup)]) is None
    kept = [verdict(ref), verdict(ref), verdict(sup), verdict(ref), verdict(ref)]
    assert check_in_quiz(verdict(ref), kept).code == "QZ203"
    assert check_in_quiz(verdict(sup), kept) is None


def test_summary_and_explain():
    from factcheck.quiz.selfcheck import Rejection

    rs = [Rejection("QZ202", "duplicate-events", "timeline", ("a", "b"), "2 events already in an earlier timeline"),
          Rejection("QZ101", "option-kind", "option", (), "candidate option dropped")]
    assert summary(rs) == ("self-check: 1 candidate item dropped (QZ202 duplicate-events 1); "
                           "1 candidate option dropped (QZ101 option-kind 1)")
    assert explain(rs).splitlines() == [
        "QZ202 duplicate-events: timeline from a, b: 2 events already in an earlier timeline",
        "QZ101 option-kind: 1 candidate option dropped before an item was made"]


def test_cli_explain_rejections(tmp_path, capsys):
    from factcheck.cli import main

    code = main(["quiz", "--count", "30", "--seed", "1", "--explain-rejections", "-o", str(tmp_path / "q.md")])
    assert code == 0
    err = capsys.readouterr().err
    assert "QZ202 duplicate-events: timeline from" in err
    assert "self-check:" in err.splitlines()[-1]


# QZ301 reviewed-out and the stable item keys
def test_review_file_takes_items_out_of_every_quiz(tmp_path):
    import factcheck
    from factcheck.quiz import generate
    from factcheck.quiz.review import load_review

    from .test_content import corpus_and_report

    corpus, report = corpus_and_report()
    first = generate(corpus, count=30, seed=1, report=report)
    keys = [i.key for i in first.items]
    assert all(keys) and len(set(keys)) == len(keys)
    assert all(i.key.startswith(i.type.value + " | ") for i in first.items)
    # keys do not depend on positions: the same item has the same key in another quiz
    other = generate(corpus, count=60, seed=1, report=report)
    assert keys == [i.key for i in other.items[:30]]
    review = tmp_path / "review.yaml"
    review.write_text("rejected:\n" + "".join(f"  - key: {k!r}\n    reason: test\n" for k in keys[:3]),
                      encoding="utf-8")
    taken = load_review(review)
    assert taken == set(keys[:3])
    rejections = []
    again = generate(corpus, count=30, seed=1, report=report, review=taken, rejections=rejections)
    assert not taken & {i.key for i in again.items}
    assert len(again.items) == 30
    assert sorted(r.code for r in rejections if r.code == "QZ301") == ["QZ301"] * 3


def test_review_file_errors_are_usage_errors(tmp_path):
    from factcheck.errors import UsageError
    from factcheck.quiz.review import load_review

    bad = tmp_path / "bad.yaml"
    for text in ("rejected: {a: 1}\n", "rejected:\n  - reason: no key\n", "[: bad"):
        bad.write_text(text, encoding="utf-8")
        with pytest.raises(UsageError):
            load_review(bad)
    with pytest.raises(UsageError):
        load_review(tmp_path / "missing.yaml")
    bad.write_text("", encoding="utf-8")
    assert load_review(bad) == frozenset()


def test_quality_benchmark_reports_drops_per_rule(capsys):
    import json

    from benchmarks.bench_quiz_quality import main

    assert main(["--seeds", "1-2", "--count", "20"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert [s["items"] for s in out["seeds"]] == [20, 20]
    assert all(k.startswith("QZ") for k in out["total"]["options_dropped"])


# QZ204 repeated-key
def test_qz204():
    def mc(answer, n):
        return item(options=(answer, "x", "y", "z"), answer=answer, statement=f"Statement {n} _____.")

    kept = [mc("Bashar al-Assad", 1), mc("Bashar al-Assad", 2)]
    assert check_in_quiz(mc("Bashar al-Assad", 3), kept).code == "QZ204"
    assert check_in_quiz(mc("Israel", 3), kept) is None
