"""add-source: the seed copied byte for byte, the entry proposed from the text only, the
furniture heuristics measured on the five bundled seeds."""

from __future__ import annotations

import hashlib
from datetime import date

import pytest

import factcheck
from factcheck.authoring import furniture_score, guess_source
from factcheck.loading import load_corpus

from ._helpers import ROOT, SEED_IDS, copy_base, run

ARTICLE = (
    "Rebels Seize Town In Northern Province After Week Of Fighting\n"
    "\n"
    "By Jane Doe\n"
    "\n"
    "ALEPPO (Reuters) – Rebel fighters seized the town of Example on Monday after more than 300 "
    "people fled the fighting, a local official said. The army said it would retake the town "
    "within days and that at least 40 soldiers had been killed since the offensive began.\n"
    "\n"
    "Sign up for our newsletter\n"
    "\n"
    "The province has seen repeated clashes since 2020, when a ceasefire collapsed. Aid groups "
    "have warned that tens of thousands of civilians could be displaced if the fighting spreads.\n"
    "\n"
    "Share this article\n"
    "Leave a comment\n"
)


def test_bundled_furniture_is_found_and_nothing_wrong():
    """The figure of the issue: spans found / missed / wrongly marked on the five seeds.

    The heuristics were written looking at these seeds, so this is an upper bound; the
    unseen-article test below is the honest one."""
    corpus = load_corpus([ROOT / "seeds"])
    totals = {"found": 0, "missed": 0, "wrong": 0, "kind_differs": 0}
    for seed_id in SEED_IDS:
        seed = corpus.seeds[seed_id]
        score = furniture_score(guess_source(seed.text).furniture, seed.source.furniture)
        for key in totals:
            totals[key] += len(score[key])
    assert totals == {"found": 19, "missed": 0, "wrong": 0, "kind_differs": 0}


@pytest.mark.parametrize("seed_id", SEED_IDS)
def test_bundled_metadata_agrees_with_sources_yaml(seed_id):
    corpus = load_corpus([ROOT / "seeds"])
    seed = corpus.seeds[seed_id]
    guess = guess_source(seed.text)
    source = seed.source
    value = lambda f: None if f is None else f.value  # noqa: E731
    assert value(guess.headline) == source.headline
    assert value(guess.outlet) == source.outlet
    assert value(guess.byline) == source.byline
    assert value(guess.dateline) == source.dateline
    assert guess.published == source.published
    assert value(guess.published_as) == source.published_as
    assert [a.value for a in guess.agencies] == list(source.agencies)


def test_unseen_article_metadata_and_furniture():
    guess = guess_source(ARTICLE)
    assert guess.headline.value.startswith("Rebels Seize Town") and guess.headline.line == 1
    assert (guess.byline.value, guess.byline.line) == ("Jane Doe", 3)
    assert guess.dateline.value == "ALEPPO (Reuters)"
    assert guess.outlet is None  # Reuters is an agency, not the outlet
    assert [a.value for a in guess.agencies] == ["Reuters"]
    assert guess.published is None  # "on Monday" and "since 2020" are not publication dates
    assert [(g.first, g.last, g.kind) for g in guess.furniture] == [
        (3, 3, "byline"), (7, 7, "other"), (11, 11, "other"), (12, 12, "comments")]


def test_a_caption_date_is_not_the_publication_date():
    text = ("Headline about something that happened\n"
            "A man walks past a burned vehicle in Damascus, Syria, Monday, December 9, 2024. (AP Photo/X Y)\n"
            "The body of the article says many things at length and goes on for a while longer.\n")
    assert guess_source(text).published is None


def test_add_source_copies_bytes_and_appends_an_entry_that_loads(tmp_path, capsys):
    base = copy_base(tmp_path)
    article = tmp_path / "article.txt"
    data = ARTICLE.encode("utf-8")
    article.write_bytes(data)
    before = (base / "seeds" / "sources.yaml").read_text(encoding="utf-8")
    code, out, err = run(capsys, "add-source", str(article), "--seeds", str(base / "seeds"),
                         "--date", "2025-09-01", "--url", "https://example.org/a")
    assert code == 0, err
    stem = "005_" + hashlib.sha256(data).hexdigest()[:16]
    assert (base / "seeds" / f"{stem}.txt").read_bytes() == data
    after = (base / "seeds" / "sources.yaml").read_text(encoding="utf-8")
    assert after.startswith(before)  # comments and layout of the existing file kept
    assert out == after[len(before):].lstrip("\n")
    assert "# line 3: By Jane Doe" in out and "given with --date" in out
    corpus = load_corpus([base / "seeds"])
    assert [d for d in corpus.diagnostics] == []
    source = corpus.seeds[stem].source
    assert (source.published, source.published_as, source.url) == (date(2025, 9, 1), None, "https://example.org/a")
    assert factcheck.check(corpus).diagnostics == []
    # the same bytes again: noticed, nothing written
    code, out, err = run(capsys, "add-source", str(article), "--seeds", str(base / "seeds"))
    assert (code, out) == (0, "") and f"already a seed, {stem}" in err
    assert (base / "seeds" / "sources.yaml").read_text(encoding="utf-8") == after


def test_dry_run_writes_nothing(tmp_path, capsys):
    base = copy_base(tmp_path)
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    before = sorted(p.name for p in (base / "seeds").iterdir())
    code, out, err = run(capsys, "add-source", str(article), "--seeds", str(base / "seeds"), "--dry-run")
    assert code == 0 and out.startswith('  - id: "005_') and "would add" in err
    assert sorted(p.name for p in (base / "seeds").iterdir()) == before


def test_a_date_the_text_contradicts_is_refused(tmp_path, capsys):
    base = copy_base(tmp_path)
    article = tmp_path / "a.txt"
    article.write_bytes((ROOT / "seeds" / f"{SEED_IDS[0]}.txt").read_bytes() + b"\nMore text.")
    code, out, err = run(capsys, "add-source", str(article), "--seeds", str(base / "seeds"), "--date", "2025-08-15")
    assert code == 2 and out == ""
    assert err == ("factcheck: error: --date 2025-08-15 contradicts the date the text states on line 1 "
                   "(2025-08-14)\n")


@pytest.mark.parametrize("content, message", [
    (None, "cannot read article: No such file or directory"),
    (b"\xff\xfeabc", "the article is not UTF-8 text (byte 0xff at offset 0)"),
    (b"  \n", "the article is empty"),
])
def test_bad_input_is_one_line_exit_2(tmp_path, capsys, content, message):
    base = copy_base(tmp_path)
    article = tmp_path / "a.txt"
    if content is not None:
        article.write_bytes(content)
    code, out, err = run(capsys, "add-source", str(article), "--seeds", str(base / "seeds"))
    assert (code, out) == (2, "")
    assert err.count("\n") == 1 and message in err and "Traceback" not in err


def test_missing_seeds_folder_and_bad_url(tmp_path, capsys):
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    code, _, err = run(capsys, "add-source", str(article), "--seeds", str(tmp_path / "nope"))
    assert code == 2 and "does not exist" in err
    code, _, err = run(capsys, "add-source", str(article), "--url", "example.org")
    assert code == 2 and "--url must be an absolute http(s) address" in err


def test_synthetic_articles_furniture(tmp_path):
    """Articles laid out by benchmarks/synth.py (another generator's layout: byline, "Related:"
    lines, "Photo:" captions, tags) against the furniture it records. A first run on synth seed
    0 found 30 of 40 spans and marked one body line ("On Dec. 6, 2018, …" taken for a date
    header); the "Related: …" and date-header rules were fixed after it, so seeds 1 and 2 are
    the held-out part."""
    from benchmarks.synth import SynthConfig, generate, write

    for number in (0, 1, 2):
        folder = tmp_path / str(number)
        write(generate(SynthConfig(claims=400, entities=200, seed=number)), folder)
        corpus = load_corpus([folder / "seeds"])
        totals = {"found": 0, "missed": 0, "wrong": 0, "kind_differs": 0}
        for seed in corpus.seeds.values():
            score = furniture_score(guess_source(seed.text).furniture, seed.source.furniture)
            for key in totals:
                totals[key] += len(score[key])
        assert totals == {"found": 40, "missed": 0, "wrong": 0, "kind_differs": 0}, number
