"""The ClaimReview export read by a real JSON-LD processor (PyLD), offline.

``"@context": "https://schema.org"`` is resolved by a document loader that serves
``fixtures/schemaorg-context-subset.jsonld`` (the term definitions schema.org's own context,
https://schema.org/docs/jsonldcontext.jsonld, gives the terms the export uses) and refuses
every other URL, so the test needs no network. The expanded graph is then checked against
the schema.org vocabulary: every property is one schema.org defines on the node's type (or a
supertype), typed values come out typed (``url`` an IRI, ``datePublished`` a ``schema:Date``),
and the processor drops nothing.
"""

from __future__ import annotations

import contextlib
import io
import json

import pytest

from factcheck.cli import main

from ._helpers import BASE, EXPORT_CLAIMS, FIXTURES, seed_texts

jsonld = pytest.importorskip("pyld.jsonld")

SCHEMA = "http://schema.org/"
CONTEXT = json.loads((FIXTURES / "schemaorg-context-subset.jsonld").read_text(encoding="utf-8"))

# schema.org: each type's parent, and the properties the export uses by the type that defines them
PARENT = {"ClaimReview": "Review", "Review": "CreativeWork", "Claim": "CreativeWork", "CreativeWork": "Thing",
          "Rating": "Intangible", "Intangible": "Thing", "Organization": "Thing", "Person": "Thing"}
DEFINED_ON = {
    "Thing": {"name", "alternateName", "url", "identifier", "sameAs"},
    "CreativeWork": {"author", "datePublished", "headline", "publisher", "text"},
    "Review": {"reviewRating", "itemReviewed", "reviewBody"},
    "ClaimReview": {"claimReviewed"},
    "Claim": {"appearance", "firstAppearance"},
    "Rating": {"ratingValue", "bestRating", "worstRating", "author"},
}
# ranges the export must respect (schema.org allows more; these are what Google's guide asks for)
RANGE = {"author": {"Organization", "Person"}, "publisher": {"Organization", "Person"},
         "reviewRating": {"Rating"}, "itemReviewed": {"Claim"},
         "appearance": {"CreativeWork"}, "firstAppearance": {"CreativeWork"}}


def allowed(type_name: str) -> set[str]:
    out: set[str] = set()
    while type_name:
        out |= DEFINED_ON.get(type_name, set())
        type_name = PARENT.get(type_name)
    return out


def loader(url, options=None):
    if url.rstrip("/") in ("https://schema.org", "http://schema.org"):
        return {"contextUrl": None, "documentUrl": url, "document": CONTEXT}
    raise AssertionError(f"the JSON-LD test tried to load {url}")


def expand(document):
    dropped: list = []
    expanded = jsonld.expand(document, {"documentLoader": loader}, on_property_dropped=dropped.append)
    assert dropped == [], f"the JSON-LD processor dropped {dropped}"
    return expanded


def export(*args: str) -> list:
    buffer = io.StringIO()
    with contextlib.redirect_stdout(buffer), contextlib.redirect_stderr(io.StringIO()):
        assert main(["export", "--format", "claimreview", "--include-failing", *args]) == 0
    return json.loads(buffer.getvalue())


def nodes(expanded):
    """Every node object of an expanded document, depth first."""
    stack = list(expanded)
    while stack:
        node = stack.pop()
        if isinstance(node, dict) and "@type" in node and "@value" not in node:
            yield node
        if isinstance(node, dict):
            for key, values in node.items():
                if not key.startswith("@"):
                    stack.extend(v for v in values if isinstance(v, dict))


def local(iri: str) -> str:
    assert iri.startswith(SCHEMA), iri
    return iri[len(SCHEMA):]


@pytest.fixture(scope="module")
def reviews(tmp_path_factory):
    # sources with a url and an outlet, so appearance url and publisher are exercised too
    folder = tmp_path_factory.mktemp("sources")
    sources = folder / "sources.yaml"
    sources.write_text(
        "sources:\n  - id: 000_081174c5714dbfd1\n    file: 000_081174c5714dbfd1.txt\n    published: 2025-08-14\n"
        "    headline: A headline\n    outlet: An Outlet\n    url: https://example.com/article\n"
        "  - id: 002_346b15368b31c8c0\n    file: 002_346b15368b31c8c0.txt\n    published: 2025-08-18\n"
        "    byline: Zoey Sky\n", encoding="utf-8")
    return export("--url-template", "https://example.org/checks/{id}", "--organisation", "Desk",
                  "--organisation-url", "https://example.org/", "--date", "2025-09-01",
                  *map(str, seed_texts()), str(sources), str(BASE / "entities.yaml"), str(EXPORT_CLAIMS))


def test_the_export_expands_without_losing_a_property(reviews):
    expanded = expand(reviews)
    assert len(expanded) == len(reviews) == 4
    assert all(node["@type"] == [SCHEMA + "ClaimReview"] for node in expanded)


def check_vocabulary(document) -> set[str]:
    """The schema.org types of ``document``'s nodes; AssertionError on a property out of place."""
    seen_types = set()
    for node in nodes(expand(document)):
        (type_iri,) = node["@type"]
        type_name = local(type_iri)
        seen_types.add(type_name)
        for key, values in node.items():
            if key.startswith("@"):
                continue
            name = local(key)
            assert name in allowed(type_name), f"{name} is not a property of schema:{type_name}"
            for value in values:
                if name in RANGE:
                    assert {local(t) for t in value["@type"]} <= RANGE[name], (name, value)
    return seen_types


def test_every_property_is_schema_org_vocabulary_for_its_type(reviews):
    assert check_vocabulary(reviews) == {"ClaimReview", "Rating", "Claim", "CreativeWork", "Organization", "Person"}


def test_urls_are_iris_and_dates_are_typed(reviews):
    expanded = expand(reviews)
    first = expanded[0]
    assert first[SCHEMA + "url"] == [{"@id": "https://example.org/checks/mou-signed-13-august-2025"}]
    assert first[SCHEMA + "datePublished"] == [{"@type": SCHEMA + "Date", "@value": "2025-09-01"}]
    (author,) = first[SCHEMA + "author"]
    assert author[SCHEMA + "name"] == [{"@value": "Desk"}]
    assert author[SCHEMA + "url"] == [{"@id": "https://example.org/"}]
    (claim,) = first[SCHEMA + "itemReviewed"]
    assert claim[SCHEMA + "datePublished"] == [{"@type": SCHEMA + "Date", "@value": "2025-08-14"}]
    (appearance,) = claim[SCHEMA + "firstAppearance"]
    assert appearance[SCHEMA + "url"] == [{"@id": "https://example.com/article"}]
    (rating,) = first[SCHEMA + "reviewRating"]
    assert rating[SCHEMA + "ratingValue"] == [{"@value": 5}]
    assert rating[SCHEMA + "alternateName"] == [{"@value": "Supported"}]


def test_the_rdf_graph_has_the_required_triples(reviews):
    """Google's required properties as RDF: every ClaimReview has claimReviewed, reviewRating
    with alternateName, and url (an IRI, not a string)."""
    quads = jsonld.to_rdf(reviews, {"documentLoader": loader, "format": "application/n-quads"})
    lines = quads.splitlines()
    reviews_ = [ln.split()[0] for ln in lines if ln.endswith(f"<{SCHEMA}ClaimReview> .")]
    assert len(reviews_) == 4
    for subject in reviews_:
        mine = [ln for ln in lines if ln.startswith(subject + " ")]
        assert any(f"<{SCHEMA}claimReviewed> \"" in ln for ln in mine)
        assert any(f"<{SCHEMA}url> <https://example.org/checks/" in ln for ln in mine)
        (rating_line,) = [ln for ln in mine if f"<{SCHEMA}reviewRating>" in ln]
        rating = rating_line.split()[2]
        assert any(ln.startswith(f"{rating} <{SCHEMA}alternateName> ") for ln in lines)


@pytest.mark.parametrize("path, key, value, message", [
    (("author",), "headline", "x", "headline is not a property of schema:Organization"),
    (("reviewRating",), "claimReviewed", "x", "claimReviewed is not a property of schema:Rating"),
    (("itemReviewed",), "reviewRating", {"@type": "Rating", "ratingValue": 1}, "reviewRating is not a property"),
])
def test_a_property_out_of_place_would_be_caught(reviews, path, key, value, message):
    """The vocabulary check is not vacuous: a misplaced property fails it."""
    bad = json.loads(json.dumps(reviews[:1]))
    node = bad[0]
    for step in path:
        node = node[step]
    node[key] = value
    with pytest.raises(AssertionError, match=message):
        check_vocabulary(bad)


def test_a_wrong_range_would_be_caught(reviews):
    bad = json.loads(json.dumps(reviews[:1]))
    bad[0]["author"]["@type"] = "Place"
    with pytest.raises(AssertionError):
        check_vocabulary(bad)
