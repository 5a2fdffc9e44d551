"""Leave-one-out on the bundled fact base: drafts of each seed, with that seed's claims
removed, against the curated facts (definitions in factcheck/authoring/_measure.py).

The floors sit a little under the figures measured when this was written, so a change that
makes drafting worse fails here; the figures themselves are in docs/guide.md.
"""

from __future__ import annotations

import pytest

from factcheck.authoring import leave_one_out
from factcheck.loading import load_corpus

from ._helpers import ROOT

#: kind → (recall floor, precision floor), overall
FLOORS = {
    "dates": (0.40, 0.65),       # measured 10/22, 10/14: the 12 misses are listed below, none a drafter fault
    "dates-own": (1.00, None),   # 10/10: every date the seed alone determines
    "numbers": (0.88, 1.00),     # 8/9 (the miss is the related headline's $326 million), 8/8
    "entities": (0.90, 0.80),    # 211/228, ~180/213
    "roles": (0.95, 0.85),       # 53/54, 35/39 (41/54, 25/27 before the organisation's "source", "head of the X"
                                 # after "The X, led by" and titles carried forward from an earlier sentence; the
                                 # miss: "HTS leader al-Julani has stated", curated as speaker in one claim and as
                                 # leader in another. Wrong: 2 ministry "source" roles the curators did not link,
                                 # a carried title where they wrote speaker, a speaker where they wrote the title)
    "subjects": (0.40, 0.85),    # 9/19, 8/8: a subject only where the sentence names it (agreement, event,
                                 # operation in the clause, or the name before the date's own verb)
}


@pytest.fixture(scope="module")
def scores():
    return leave_one_out(load_corpus([ROOT / "claims", ROOT / "seeds"]))


@pytest.mark.parametrize("kind", sorted(FLOORS))
def test_overall_figures_hold_their_floor(scores, kind):
    overall = scores["overall"]
    recall_floor, precision_floor = FLOORS[kind]
    assert overall.recall(kind) >= recall_floor, (kind, overall.recalled[kind], overall.gold[kind])
    if precision_floor is not None:
        assert overall.precision(kind) >= precision_floor, (kind, overall.correct[kind], overall.drafted[kind])


def test_every_seed_is_measured_and_entities_hold_per_seed(scores):
    seeds = [k for k in scores if k != "overall"]
    assert len(seeds) == 5
    for seed_id in seeds:
        assert scores[seed_id].recall("entities") >= 0.85, seed_id
        assert scores[seed_id].precision("entities") >= 0.75, seed_id


def test_the_misses_are_the_ones_a_draft_must_not_guess(scores):
    """Every missed date is relative to a publication date the seed does not give, or needs a
    second seed: none of them is a date the seed alone determines."""
    overall = scores["overall"]
    assert overall.recalled["dates-own"] == overall.gold["dates-own"] == 10
    missed_numbers = [m for m in overall.missed if " number " in m]
    assert missed_numbers == ["002_346b15368b31c8c0 number (326.0, None, None, 'exact', 'million') "
                              "(germany-pledged-326-million)"]


def test_every_missed_date_is_coarser_or_undated(scores):
    """Printed per seed by ``python -m benchmarks.bench_authoring --misses``. Measured: 3 coarser (the
    seed's words give a date containing the curated one, which another seed narrows: 000 "last
    year" 2024 vs 2024-12, 000 "a March deal" 2025-03 vs 2025-03-10, 004 "December 2024" vs
    2024-12-08), 9 undated (001: 4, 003: 3, 004: 2; no publication date and no year in the text
    for them). A miss of another kind is a drafting fault."""
    misses = scores["overall"].date_misses
    assert [str(m) for m in misses if m.reason not in ("coarser", "undated")] == []
    known = {(m.seed[:3], m.claim, m.expresses): m.reason for m in misses}
    for key, reason in {
        ("000", "assad-ousted-december-2024", "last year"): "coarser",
        ("001", "mou-signed-13-august-2025", "The previous day"): "undated",
        ("003", "sdf-integration-agreement-10-march-2025", "March 10"): "undated",
        ("004", "mou-signed-13-august-2025", "on Wednesday"): "undated",
    }.items():
        assert known.get(key, reason) == reason, key


def test_synthetic_fact_base(tmp_path):
    """Leave-one-out on a fact base from benchmarks/synth.py (templated sentences: a check of
    breadth, not of accuracy on real copy; the appositive-title and attribution-count rules were
    written after a first run on it found roles 0/23 and number precision 41/62)."""
    from benchmarks.synth import SynthConfig, generate, write

    write(generate(SynthConfig(claims=200, entities=150, seed=2)), tmp_path)
    overall = leave_one_out(load_corpus([tmp_path / "claims", tmp_path / "seeds"]))["overall"]
    for kind in ("dates", "numbers", "entities", "roles"):
        assert overall.gold[kind] > 0, kind
        assert overall.recall(kind) == 1.0 and overall.precision(kind) == 1.0, (
            kind, overall.recalled[kind], overall.gold[kind], overall.correct[kind], overall.drafted[kind])


def test_a_role_is_compared_by_its_title_word_or_the_head_before_of():
    from factcheck.authoring._measure import _role_word

    assert _role_word("source of the briefing") == _role_word("source") == "source"  # was "briefing"
    assert _role_word("President of Syria") == _role_word("Syrian president") == "president"
    assert _role_word("head of the interim government") == "head"
    assert _role_word("reporting agency") == "agency"
    assert _role_word("of") == "of" and _role_word("") is None
