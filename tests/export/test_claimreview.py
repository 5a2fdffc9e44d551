"""ClaimReview JSON-LD: what Google requires and recommends, read by a JSON-LD processor;
honest truncation, the rating mapping, nothing invented and every gap reported."""

from __future__ import annotations

import json
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

import factcheck
from factcheck.cli import main
from factcheck.errors import UsageError
from factcheck.export import RATINGS, claim_review_warnings, claim_reviews, truncate_claim
from factcheck.models import Verdict

from .._fixtures import load_with_base
from ._helpers import BASE, EXPORT_CLAIMS, FIXTURES, base_args, seed_texts

jsonschema = pytest.importorskip("jsonschema")

URL = "https://example.org/checks/{id}"
FULL = ["--url-template", URL, "--organisation", "Desk", "--organisation-url", "https://example.org/",
        "--date", "2025-09-01"]

# Google's fact-check structured data: required claimReviewed, reviewRating (alternateName), url;
# recommended author (name, url), datePublished, itemReviewed (Claim: author, datePublished,
# appearance, firstAppearance), rating name/ratingValue/bestRating/worstRating. The required
# ones, and the shape of everything written, as a JSON Schema:
CLAIM_REVIEW_SCHEMA = {
    "type": "object",
    "required": ["@context", "@type", "url", "claimReviewed", "reviewRating", "itemReviewed", "identifier"],
    "properties": {
        "@context": {"const": "https://schema.org"},
        "@type": {"const": "ClaimReview"},
        "claimReviewed": {"type": "string", "minLength": 1, "maxLength": 74},
        "datePublished": {"type": "string", "format": "date", "pattern": r"^\d{4}-\d{2}-\d{2}$"},
        "url": {"type": "string", "pattern": "^https?://[^/\\s]+/\\S*$"},
        "author": {"type": "object", "required": ["@type", "name"], "additionalProperties": False,
                   "properties": {"@type": {"const": "Organization"}, "name": {"type": "string"},
                                  "url": {"type": "string", "pattern": "^https?://"}}},
        "reviewRating": {
            "type": "object",
            "required": ["@type", "alternateName", "name"],
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
                "datePublished": {"type": "string", "pattern": r"^\d{4}-\d{2}-\d{2}$"},
                "appearance": {
                    "type": "array", "minItems": 1,
                    "items": {"type": "object", "required": ["@type", "identifier"],
                              "properties": {"@type": {"const": "CreativeWork"},
                                             "url": {"type": "string", "pattern": "^https?://"}}},
                },
                "firstAppearance": {"type": "object", "required": ["@type", "identifier", "datePublished"]},
            },
        },
    },
}


@pytest.fixture(scope="module")
def corpus():
    return load_with_base(EXPORT_CLAIMS)


def by_id(reviews):
    return {r["identifier"]: r for r in reviews}


def reviews_of(corpus, **kwargs):
    return claim_reviews(corpus, url_template=URL, **kwargs)


def test_every_review_validates_against_the_required_fields(corpus):
    reviews = reviews_of(corpus, organisation="Desk", organisation_url="https://example.org/",
                         date_published=date(2025, 9, 1))
    assert [r["identifier"] for r in reviews] == [c.id for c in corpus.claims]
    for review in reviews:
        jsonschema.validate(review, CLAIM_REVIEW_SCHEMA)
        assert review["url"] == f"https://example.org/checks/{review['identifier']}"
        assert review["author"] == {"@type": "Organization", "name": "Desk", "url": "https://example.org/"}
        assert review["datePublished"] == "2025-09-01"


def test_no_url_template_is_refused_rather_than_a_review_google_rejects(corpus):
    with pytest.raises(UsageError, match="Google requires every ClaimReview to give the url"):
        claim_reviews(corpus, url_template=None)


@pytest.mark.parametrize("kwargs, message", [
    ({"url_template": "https://example.org/c"}, "has no '{id}' placeholder"),
    ({"url_template": "example.org/checks/{id}"}, "'example.org/checks/{id}' is not an absolute http(s) URL"),
    ({"url_template": "ftp://example.org/{id}"}, "is not an absolute http(s) URL"),
    ({"url_template": "https:///{id}"}, "is not an absolute http(s) URL"),
    ({"url_template": URL, "organisation": "Desk", "organisation_url": "www.example.org"},
     "organisation url 'www.example.org' is not an absolute http(s) URL"),
    ({"url_template": URL, "organisation_url": "https://example.org/"}, "needs the organisation's name"),
])
def test_bad_urls_are_usage_errors(corpus, kwargs, message):
    with pytest.raises(UsageError) as info:
        claim_reviews(corpus, **kwargs)
    assert message in str(info.value)


def test_long_statement_is_truncated_at_a_word_and_kept_in_full(corpus):
    review = by_id(reviews_of(corpus))["mou-is-the-comprehensive-accord"]
    full = review["itemReviewed"]["text"]
    assert len(full) > 75
    short = review["claimReviewed"]
    assert len(short) < 75 and short.endswith("…")
    head = short[:-1]
    assert full.startswith(head) and full[len(head)] == " "


def test_short_statement_is_kept_whole(corpus):
    review = by_id(reviews_of(corpus))["interim-government-led-by-al-jalali"]
    assert review["claimReviewed"] == "Syria's interim government is led by al-Jalali."
    assert review["reviewBody"].startswith("Seed 002 repeats")


@pytest.mark.parametrize("claim_id, name, value", [
    ("mou-signed-13-august-2025", "Supported", 5),
    ("interim-government-led-by-al-jalali", "Outdated", 3),
    ("mou-is-the-comprehensive-accord", "Refuted", 1),
])
def test_rating_follows_the_verdict(corpus, claim_id, name, value):
    rating = by_id(reviews_of(corpus))[claim_id]["reviewRating"]
    assert rating == {"@type": "Rating", "alternateName": name, "name": name, "ratingValue": value,
                      "bestRating": 5, "worstRating": 1}


def test_unverified_has_a_name_but_no_number(tmp_path):
    assert RATINGS[Verdict.unverified] == ("Unverified", None)
    assert set(RATINGS) == set(Verdict)
    claims = tmp_path / "claims.yaml"
    claims.write_text("claims:\n  - id: open\n    statement: Turkey will open a base in Syria.\n"
                      "    verdict: unverified\n    rationale: No seed says so.\n", encoding="utf-8")
    (review,) = reviews_of(load_with_base(claims))
    assert review["reviewRating"] == {"@type": "Rating", "alternateName": "Unverified", "name": "Unverified"}


def test_appearance_uses_only_what_sources_know(corpus):
    review = by_id(reviews_of(corpus))["mou-signed-13-august-2025"]
    # base sources: seed 000 has a date only; 002 a date and a byline; no headline, outlet or url
    first = {"@type": "CreativeWork", "datePublished": "2025-08-14", "identifier": "000_081174c5714dbfd1"}
    assert review["itemReviewed"]["appearance"] == [
        first,
        {"@type": "CreativeWork", "datePublished": "2025-08-18",
         "author": {"@type": "Person", "name": "Zoey Sky"}, "identifier": "002_346b15368b31c8c0"},
    ]
    # both appearances are dated: the earlier is the first, its date the claim's
    assert review["itemReviewed"]["firstAppearance"] == first
    assert review["itemReviewed"]["datePublished"] == "2025-08-14"
    assert "url" not in json.dumps(review["itemReviewed"])


def _sources(tmp_path, extra: str) -> list:
    sources = tmp_path / "sources.yaml"
    sources.write_text(
        "sources:\n"
        "  - id: 000_081174c5714dbfd1\n    file: 000_081174c5714dbfd1.txt\n" + extra, encoding="utf-8")
    return [*seed_texts(), sources, BASE / "entities.yaml", EXPORT_CLAIMS]


def test_known_headline_outlet_and_url_are_carried(tmp_path):
    corpus = factcheck.load_corpus(_sources(tmp_path, "    headline: A test headline\n    outlet: Test Outlet\n"
                                                      "    url: https://example.org/a\n"))
    item = by_id(reviews_of(corpus))["mou-signed-13-august-2025"]["itemReviewed"]
    assert item["appearance"][0] == {"@type": "CreativeWork", "headline": "A test headline",
                                     "url": "https://example.org/a",
                                     "publisher": {"@type": "Organization", "name": "Test Outlet"},
                                     "identifier": "000_081174c5714dbfd1"}
    # seed 002 is not in these sources at all, so no appearance is dated: no date, no first
    assert "datePublished" not in item and "firstAppearance" not in item


def test_an_undated_appearance_leaves_the_claim_date_and_first_appearance_out(tmp_path):
    # 000 dated 2025-08-20, 002 unknown here: 002 may have been first, so nothing is claimed
    corpus = factcheck.load_corpus(_sources(tmp_path, "    published: 2025-08-20\n"))
    item = by_id(reviews_of(corpus))["mou-signed-13-august-2025"]["itemReviewed"]
    assert [a.get("datePublished") for a in item["appearance"]] == ["2025-08-20", None]
    assert "datePublished" not in item and "firstAppearance" not in item


def test_a_tie_for_earliest_gives_the_date_but_no_first_appearance(tmp_path):
    extra = ("    published: 2025-08-18\n"
             "  - id: 002_346b15368b31c8c0\n    file: 002_346b15368b31c8c0.txt\n    published: 2025-08-18\n")
    corpus = factcheck.load_corpus(_sources(tmp_path, extra))
    item = by_id(reviews_of(corpus))["mou-signed-13-august-2025"]["itemReviewed"]
    assert item["datePublished"] == "2025-08-18" and "firstAppearance" not in item
    assert ("2 of 4 reviews have no itemReviewed.firstAppearance: two or more of their sources share the "
            "earliest publication date") in claim_review_warnings(reviews_of(corpus))


def test_the_claim_author_is_never_invented(corpus):
    for review in reviews_of(corpus, organisation="Desk"):
        assert "author" not in review["itemReviewed"]


def test_contradicting_quotes_are_not_appearances(corpus):
    review = by_id(reviews_of(corpus))["mou-is-the-comprehensive-accord"]
    assert not {"appearance", "firstAppearance", "datePublished"} & set(review["itemReviewed"])


def test_author_and_date_only_when_given(corpus):
    bare = reviews_of(corpus)[0]
    assert not {"author", "datePublished"} & set(bare)
    assert reviews_of(corpus, organisation="Desk")[0]["author"] == {"@type": "Organization", "name": "Desk"}


def test_warnings_name_every_recommended_gap(corpus):
    assert claim_review_warnings(reviews_of(corpus)) == [
        "no ClaimReview author: give --organisation (and --organisation-url), the fact-checking organisation "
        "Google recommends as author",
        "no ClaimReview datePublished: give --date, the date the fact checks are published",
        "1 of 4 reviews have no itemReviewed.appearance (no supporting quote shows where the claim appeared): "
        "mou-is-the-comprehensive-accord",
        "3 of 4 reviews have an appearance without url: sources.yaml gives no url for seed(s) "
        "000_081174c5714dbfd1, 002_346b15368b31c8c0",
        "all 4 reviews have no itemReviewed.author: the fact base does not record who made a claim",
    ]
    full = reviews_of(corpus, organisation="Desk", organisation_url="https://example.org/",
                      date_published=date(2025, 9, 1))
    assert claim_review_warnings(full)[0].startswith("1 of 4 reviews have no itemReviewed.appearance")
    assert claim_review_warnings(reviews_of(corpus, organisation="Desk"))[0] == (
        "the ClaimReview author has no url: give --organisation-url, the organisation's home page")
    assert claim_review_warnings([]) == []


def test_warnings_name_undated_seeds(tmp_path):
    corpus = factcheck.load_corpus(_sources(tmp_path, "    url: https://example.org/a\n"))
    warnings = claim_review_warnings(reviews_of(corpus, organisation="Desk", organisation_url="https://example.org/",
                                                date_published=date(2025, 9, 1)))
    assert "3 of 4 reviews have no itemReviewed.datePublished or firstAppearance: sources.yaml gives no " \
           "publication date for seed(s) 000_081174c5714dbfd1, 002_346b15368b31c8c0" in warnings


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
    args = ["export", "--format", "claimreview", "--include-failing", *FULL, *base_args(), str(EXPORT_CLAIMS)]
    assert main([*args, "-o", str(out)]) == 0
    first = out.read_bytes()
    assert main([*args, "-o", str(out)]) == 0
    assert out.read_bytes() == first
    data = json.loads(first)
    assert len(data) == 4
    for review in data:
        jsonschema.validate(review, CLAIM_REVIEW_SCHEMA)
        assert review["datePublished"] == "2025-09-01"


def test_cli_prints_the_gaps_as_warnings_after_writing(capsys):
    code = main(["export", "--format", "claimreview", "--include-failing", "--url-template", URL, *base_args(),
                 str(EXPORT_CLAIMS)])
    out, err = capsys.readouterr()
    assert code == 0 and len(json.loads(out)) == 4
    lines = err.splitlines()
    assert lines[0] == ("factcheck: warning: no ClaimReview author: give --organisation (and --organisation-url), "
                        "the fact-checking organisation Google recommends as author")
    assert all(line.startswith("factcheck: warning: ") for line in lines) and len(lines) == 5


def test_cli_without_url_template_is_refused_in_one_line(capsys):
    code = main(["export", "--format", "claimreview", "--organisation", "Desk", *base_args(), str(EXPORT_CLAIMS)])
    out, err = capsys.readouterr()
    assert (code, out) == (2, "")
    assert err == ("factcheck: error: --format claimreview needs --url-template URL with {id} (e.g. "
                   "'https://example.org/checks/{id}'): Google requires the url of each fact check\n")


def test_fever_needs_no_url_template(capsys):
    assert main(["export", "--format", "fever", *base_args(), str(EXPORT_CLAIMS)]) == 0


def test_cli_leaves_out_failing_claims_and_says_so(tmp_path, capsys):
    bad = tmp_path / "bad.yaml"
    bad.write_text("claims:\n  - id: not-in-seed\n    statement: A claim.\n    verdict: supported\n"
                   "    quotes:\n      - {seed: 000_081174c5714dbfd1, text: words that are not in the seed}\n",
                   encoding="utf-8")
    code = main(["export", "--format", "claimreview", *FULL, *base_args(), str(EXPORT_CLAIMS), str(bad)])
    out, err = capsys.readouterr()
    assert code == 0
    exported = [r["identifier"] for r in json.loads(out)]
    assert "not-in-seed" not in exported and "mou-signed-13-august-2025" in exported
    left_out = [line for line in err.splitlines() if not line.startswith("factcheck: warning: ")]
    assert len(left_out) == 1 and left_out[0].startswith("factcheck: left out ") and "not-in-seed" in left_out[0]
    assert main(["export", "--format", "claimreview", "--include-failing", *FULL, *base_args(), str(bad)]) == 0
    assert [r["identifier"] for r in json.loads(capsys.readouterr().out)] == ["not-in-seed"]


@pytest.mark.parametrize("args, message", [
    (["--format", "claimreview", "--date", "1 Sept"], "invalid date '1 Sept'"),
    (["--format", "claimreview", "--url-template", "https://x.org/{id}", "--organisation", "D",
      "--organisation-url", "x.org"], "organisation url 'x.org' is not an absolute http(s) URL"),
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
    code = main(["export", "--format", "claimreview", *FULL, "-o", str(target), *base_args(), str(EXPORT_CLAIMS)])
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
