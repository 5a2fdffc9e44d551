"""ClaimReview JSON-LD: required fields, honest truncation, rating mapping, nothing invented."""

from __future__ import annotations

import json
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

import factcheck
from factcheck.cli import main
from factcheck.errors import UsageError
from factcheck.export import RATINGS, claim_reviews, truncate_claim
from factcheck.models import Verdict

from .._fixtures import load_with_base
from ._helpers import BASE, EXPORT_CLAIMS, base_args, seed_texts

jsonschema = pytest.importorskip("jsonschema")

# the fields schema.org and Google's ClaimReview guidance require or we promise
CLAIM_REVIEW_SCHEMA = {
    "type": "object",
    "required": ["@context", "@type", "claimReviewed", "reviewRating", "itemReviewed", "identifier"],
    "properties": {
        "@context": {"const": "https://schema.org"},
        "@type": {"const": "ClaimReview"},
        "claimReviewed": {"type": "string", "minLength": 1, "maxLength": 74},
        "datePublished": {"type": "string", "pattern": r"^\d{4}-\d{2}-\d{2}$"},
        "url": {"type": "string", "pattern": "^https?://"},
        "author": {"type": "object", "required": ["@type", "name"],
                   "properties": {"@type": {"const": "Organization"}}},
        "reviewRating": {
            "type": "object",
            "required": ["@type", "alternateName"],
            "properties": {
                "@type": {"const": "Rating"},
                "alternateName": {"enum": [name for name, _ in RATINGS.values()]},
                "ratingValue": {"type": "integer", "minimum": 1, "maximum": 5},
                "bestRating": {"const": 5},
                "worstRating": {"const": 1},
            },
            "dependentRequired": {"ratingValue": ["bestRating", "worstRating"]},
        },
        "itemReviewed": {
            "type": "object",
            "required": ["@type", "text"],
            "properties": {
                "@type": {"const": "Claim"},
                "appearance": {
                    "type": "array", "minItems": 1,
                    "items": {"type": "object", "required": ["@type", "identifier"],
                              "properties": {"@type": {"const": "CreativeWork"},
                                             "url": {"type": "string", "pattern": "^https?://"}}},
                },
            },
        },
    },
}


@pytest.fixture(scope="module")
def corpus():
    return load_with_base(EXPORT_CLAIMS)


def by_id(reviews):
    return {r["identifier"]: r for r in reviews}


def test_every_review_validates_against_the_required_fields(corpus):
    reviews = claim_reviews(corpus, organisation="Desk", date_published=date(2025, 9, 1),
                            url_template="https://example.org/checks/{id}")
    assert [r["identifier"] for r in reviews] == [c.id for c in corpus.claims]
    for review in reviews:
        jsonschema.validate(review, CLAIM_REVIEW_SCHEMA)


def test_long_statement_is_truncated_at_a_word_and_kept_in_full(corpus):
    review = by_id(claim_reviews(corpus))["mou-is-the-comprehensive-accord"]
    full = review["itemReviewed"]["text"]
    assert len(full) > 75
    short = review["claimReviewed"]
    assert len(short) < 75 and short.endswith("…")
    head = short[:-1]
    assert full.startswith(head) and full[len(head)] == " "


def test_short_statement_is_kept_whole(corpus):
    review = by_id(claim_reviews(corpus))["interim-government-led-by-al-jalali"]
    assert review["claimReviewed"] == "Syria's interim government is led by al-Jalali."
    assert review["reviewBody"].startswith("Seed 002 repeats")


@pytest.mark.parametrize("claim_id, name, value", [
    ("mou-signed-13-august-2025", "Supported", 5),
    ("interim-government-led-by-al-jalali", "Outdated", 3),
    ("mou-is-the-comprehensive-accord", "Refuted", 1),
])
def test_rating_follows_the_verdict(corpus, claim_id, name, value):
    rating = by_id(claim_reviews(corpus))[claim_id]["reviewRating"]
    assert rating == {"@type": "Rating", "alternateName": name, "ratingValue": value,
                      "bestRating": 5, "worstRating": 1}


def test_unverified_has_a_name_but_no_number():
    assert RATINGS[Verdict.unverified] == ("Unverified", None)
    assert set(RATINGS) == set(Verdict)


def test_appearance_uses_only_what_sources_know(corpus):
    review = by_id(claim_reviews(corpus))["mou-signed-13-august-2025"]
    # base sources: seed 000 has a date only; 002 a date and a byline; no headline, outlet or url
    assert review["itemReviewed"]["appearance"] == [
        {"@type": "CreativeWork", "datePublished": "2025-08-14", "identifier": "000_081174c5714dbfd1"},
        {"@type": "CreativeWork", "datePublished": "2025-08-18",
         "author": {"@type": "Person", "name": "Zoey Sky"}, "identifier": "002_346b15368b31c8c0"},
    ]
    assert "url" not in json.dumps(claim_reviews(corpus))


def test_known_headline_outlet_and_url_are_carried(tmp_path):
    sources = tmp_path / "sources.yaml"
    sources.write_text(
        "sources:\n"
        "  - id: 000_081174c5714dbfd1\n"
        "    file: 000_081174c5714dbfd1.txt\n"
        "    headline: A test headline\n"
        "    outlet: Test Outlet\n"
        "    url: https://example.org/a\n", encoding="utf-8")
    corpus = factcheck.load_corpus([*seed_texts(), sources, BASE / "entities.yaml", EXPORT_CLAIMS])
    first = by_id(claim_reviews(corpus))["mou-signed-13-august-2025"]["itemReviewed"]["appearance"][0]
    assert first == {"@type": "CreativeWork", "headline": "A test headline", "url": "https://example.org/a",
                     "publisher": {"@type": "Organization", "name": "Test Outlet"},
                     "identifier": "000_081174c5714dbfd1"}


def test_contradicting_quotes_are_not_appearances(corpus):
    review = by_id(claim_reviews(corpus))["mou-is-the-comprehensive-accord"]
    assert "appearance" not in review["itemReviewed"]


def test_author_date_and_url_only_when_given(corpus):
    bare = claim_reviews(corpus)[0]
    assert not {"author", "datePublished", "url"} & set(bare)
    full = claim_reviews(corpus, organisation="Desk", date_published=date(2025, 9, 1),
                         url_template="https://example.org/c/{id}")[0]
    assert full["author"] == {"@type": "Organization", "name": "Desk"}
    assert full["datePublished"] == "2025-09-01"
    assert full["url"] == "https://example.org/c/mou-signed-13-august-2025"


def test_url_template_without_placeholder_is_a_usage_error(corpus):
    with pytest.raises(UsageError, match="placeholder"):
        claim_reviews(corpus, url_template="https://example.org/c")


@given(st.text(alphabet=st.sampled_from("ab ,;-–é\n"), max_size=200), st.integers(min_value=2, max_value=90))
def test_truncation_is_short_and_honest(text, limit):
    collapsed = " ".join(text.split())
    out = truncate_claim(text, limit)
    assert len(out) < limit
    if len(collapsed) < limit:
        assert out == collapsed
    else:
        assert out.endswith("…")
        head = out[:-1]
        assert collapsed.startswith(head)
        if " " in collapsed[1 : limit - 1]:  # a word boundary was available: no word is cut
            assert collapsed[len(head)] in " ,;:–—-"


def test_cli_writes_parseable_json_ld_deterministically(tmp_path, capsys):
    out = tmp_path / "reviews.json"
    args = ["export", "--format", "claimreview", "--include-failing", "--organisation", "Desk", "--date", "2025-09-01",
            *base_args(), str(EXPORT_CLAIMS)]
    assert main([*args, "-o", str(out)]) == 0
    first = out.read_bytes()
    assert main([*args, "-o", str(out)]) == 0
    assert out.read_bytes() == first
    data = json.loads(first)
    assert len(data) == 4
    for review in data:
        jsonschema.validate(review, CLAIM_REVIEW_SCHEMA)
        assert review["datePublished"] == "2025-09-01"


def test_cli_leaves_out_failing_claims_and_says_so(tmp_path, capsys):
    bad = tmp_path / "bad.yaml"
    bad.write_text("claims:\n  - id: not-in-seed\n    statement: A claim.\n    verdict: supported\n"
                   "    quotes:\n      - {seed: 000_081174c5714dbfd1, text: words that are not in the seed}\n",
                   encoding="utf-8")
    code = main(["export", "--format", "claimreview", *base_args(), str(EXPORT_CLAIMS), str(bad)])
    out, err = capsys.readouterr()
    assert code == 0
    exported = [r["identifier"] for r in json.loads(out)]
    assert "not-in-seed" not in exported and "mou-signed-13-august-2025" in exported
    assert err.startswith("factcheck: left out ") and "not-in-seed" in err
    assert main(["export", "--format", "claimreview", "--include-failing", *base_args(), str(bad)]) == 0
    assert [r["identifier"] for r in json.loads(capsys.readouterr().out)] == ["not-in-seed"]


@pytest.mark.parametrize("args, message", [
    (["--format", "claimreview", "--date", "1 Sept"], "invalid date '1 Sept'"),
    (["--format", "rdf"], "invalid choice: 'rdf'"),
    (["--format", "claimreview", "--url-template", "https://x.org/"], "no '{id}' placeholder"),
])
def test_cli_usage_errors_are_one_line(capsys, args, message):
    code = main(["export", *args, *base_args(), str(EXPORT_CLAIMS)])
    out, err = capsys.readouterr()
    assert code == 2 and out == ""
    assert message in err and err.count("\n") == 1 and "Traceback" not in err


def test_cli_unwritable_output_is_one_line_and_leaves_nothing(tmp_path, capsys):
    target = tmp_path / "no-such-folder" / "reviews.json"
    code = main(["export", "--format", "claimreview", "-o", str(target), *base_args(), str(EXPORT_CLAIMS)])
    out, err = capsys.readouterr()
    assert (code, out) == (2, "")
    assert err.startswith(f"factcheck: error: cannot write {target}: ") and err.count("\n") == 1
    assert not target.parent.exists()


def test_cli_names_at_most_ten_left_out_claims(tmp_path, capsys):
    bad = tmp_path / "bad.yaml"
    bad.write_text("claims:\n" + "".join(
        f"  - id: not-in-seed-{i:02d}\n    statement: A claim.\n    verdict: supported\n"
        f"    quotes:\n      - {{seed: 000_081174c5714dbfd1, text: words that are not in the seed {i}}}\n"
        for i in range(12)), encoding="utf-8")
    assert main(["export", "--format", "fever", *base_args(), str(bad)]) == 0
    out, err = capsys.readouterr()
    assert out == ""
    assert err == ("factcheck: left out 12 claim(s) with error findings: "
                   + ", ".join(f"not-in-seed-{i:02d}" for i in range(10))
                   + " and 2 more (see 'factcheck check'; --include-failing exports them)\n")
