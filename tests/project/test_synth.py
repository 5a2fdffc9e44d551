"""The synthetic fact base generator (benchmarks/synth.py): deterministic, valid by construction."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import factcheck
from benchmarks import synth

SMALL = synth.SynthConfig(claims=300, entities=150, seed=7)


@pytest.fixture(scope="module")
def clean_base(tmp_path_factory) -> Path:
    return synth.write(synth.generate(SMALL), tmp_path_factory.mktemp("clean"))


def _tree(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def test_same_seed_gives_the_same_bytes(tmp_path):
    args = ["--claims", "250", "--entities", "120", "--seed", "3", "--plant", "FC101=2", "--plant", "FC204=1"]
    assert synth.main([*args, "--out", str(tmp_path / "a")]) == 0
    assert synth.main([*args, "--out", str(tmp_path / "b")]) == 0
    a, b = _tree(tmp_path / "a"), _tree(tmp_path / "b")
    assert a == b
    assert len([k for k in a if k.startswith("claims/desk-")]) == 2  # 250 claims, 200 a file


def test_another_seed_gives_another_base():
    a = synth.generate(synth.SynthConfig(claims=50, entities=40, seed=1)).files
    b = synth.generate(synth.SynthConfig(claims=50, entities=40, seed=2)).files
    assert a["claims/desk-0001.yaml"] != b["claims/desk-0001.yaml"]


def test_clean_base_checks_clean(clean_base):
    corpus = factcheck.load_corpus([clean_base / "claims", clean_base / "seeds"])
    report = factcheck.check(corpus)
    assert report.claims == 300 and report.entities == 150
    assert [f"{d.file}:{d.line}: {d.code} {d.message}" for d in report.diagnostics] == []


def test_clean_base_uses_every_template_and_name_form(clean_base):
    claims = "".join(p.read_text(encoding="utf-8") for p in (clean_base / "claims").glob("desk-*.yaml"))
    entities = (clean_base / "claims" / "entities.yaml").read_text(encoding="utf-8")
    for needle in ("type: date", "precision: month", "type: number", "qualifier: more-than",
                   "expresses: {met-", ": \"on ", ": \"On ", "verdict: unverified", "role:", "’"):
        assert needle in claims, needle
    for key in ("variants:", "aliases:", "misspellings:", "short:", "roles:"):
        assert key in entities, key


def test_quotes_are_cut_verbatim_from_their_seeds(clean_base):
    corpus = factcheck.load_corpus([clean_base / "claims", clean_base / "seeds"])
    quoted = 0
    for claim in corpus.claims:
        for quote in claim.quotes:
            assert quote.text in corpus.seeds[quote.seed].text
            for words in quote.expresses.values():
                assert words in quote.text
            quoted += 1
    assert quoted >= 280


def test_planting_changes_only_the_planted_claims():
    plant = (("FC101", 2), ("FC303", 1), ("FC504", 1))
    clean = synth.generate(synth.SynthConfig(claims=450, entities=200, seed=5))
    planted = synth.generate(synth.SynthConfig(claims=450, entities=200, seed=5, plant=plant))
    assert len(planted.planted) == 4
    assert [p.code for p in planted.planted].count("FC101") == 2
    touched = {p.file for p in planted.planted}
    for name, text in clean.files.items():
        if name not in touched:
            assert planted.files[name] == text, name
    for p in planted.planted:
        line = planted.files[p.file].split("\n")[p.line - 1]
        assert line.strip(), p


def test_manifest_lists_config_and_plants(tmp_path):
    assert synth.main(["--claims", "220", "--entities", "100", "--plant", "fc502=1", "--out", str(tmp_path)]) == 0
    manifest = json.loads((tmp_path / "manifest.json").read_text())
    assert manifest["config"]["plant"] == {"FC502": 1}
    [entry] = manifest["planted"]
    assert entry["code"] == "FC502" and entry["file"].startswith("claims/desk-")
    assert (tmp_path / entry["file"]).read_text().split("\n")[entry["line"] - 1].strip() == "verdict: outdated"


@pytest.mark.parametrize("argv, message", [
    (["--plant", "FC999=1"], "cannot plant"),
    (["--plant", "FC101"], "KIND=COUNT"),
    (["--entities", "5"], "at least 12"),
    (["--claims", "0"], "at least 1"),
])
def test_bad_arguments_exit_2_with_one_line(tmp_path, capsys, argv, message):
    assert synth.main([*argv, "--out", str(tmp_path / "out")]) == 2
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err


def test_refuses_to_overwrite_a_foreign_folder(tmp_path, capsys):
    (tmp_path / "notes.txt").write_text("mine")
    assert synth.main(["--claims", "20", "--entities", "20", "--out", str(tmp_path)]) == 2
    assert "manifest.json" in capsys.readouterr().err
    assert (tmp_path / "notes.txt").read_text() == "mine"


def test_too_many_plants_for_the_base_is_an_error():
    with pytest.raises(synth.SynthError, match="not enough suitable claims"):
        synth.generate(synth.SynthConfig(claims=30, entities=20, plant=(("FC504", 50),)))


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(claims=st.integers(1, 90), entities=st.integers(12, 60), seed=st.integers(0, 2**32))
def test_any_small_base_checks_clean(claims, entities, seed):
    base = synth.generate(synth.SynthConfig(claims=claims, entities=entities, seed=seed, per_file=40))
    with tempfile.TemporaryDirectory() as tmp:
        root = synth.write(base, tmp)
        report = factcheck.check(factcheck.load_corpus([root / "claims", root / "seeds"]))
    assert report.claims == claims
    assert [f"{d.file}:{d.line}: {d.code} {d.message}" for d in report.diagnostics] == []


def test_a_seed_id_that_yaml_would_read_as_a_number_is_quoted():
    """At a million claims some seed ids' hash parts are all digits; unquoted, YAML 1.1
    reads ``19305_9708457111847708`` as an integer (257 FC003 findings on a 'clean' base)."""
    import yaml

    for seed_id in ("19305_9708457111847708", "03109_5546e0d2f5dde937"):
        assert yaml.safe_load(f"id: {synth._seed_id(seed_id)}") == {"id": seed_id}
    assert synth._seed_id("03109_5546e0d2f5dde937") == "03109_5546e0d2f5dde937"  # unquoted as before
