"""``factcheck._units``: checking one claim file at a time gives the report a whole-corpus check gives.

Every comparison is of the complete :class:`Report` (diagnostics with their fixes and
extras, quote spans, checked claims, suppressed findings, counts), with and without the
cache, in this process and in worker processes.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

import factcheck
from factcheck import _units
from factcheck.loading import _display
from factcheck.rules.registry import RULES

from ._fixtures import BASE, RULE_FIXTURES, seed_texts

ROOT = Path(__file__).resolve().parents[1]


def norm(report) -> tuple:
    return (report.diagnostics, [d.extra for d in report.diagnostics], report.quote_spans,
            report.checked_claims, report.suppressed, [d.extra for d in report.suppressed], report.files,
            report.claims, report.entities, report.seeds, report.rules, report.summary())


def classic(paths, **kw):
    return factcheck.check(factcheck.load_corpus(paths), **kw)


@pytest.fixture(scope="module")
def planted(tmp_path_factory) -> Path:
    from benchmarks import synth

    config = synth.SynthConfig(claims=240, entities=80, seed=5, per_file=12,
                               plant=tuple((kind, 1) for kind in synth.PLANT_KINDS))
    return synth.write(synth.generate(config), tmp_path_factory.mktemp("planted") / "base")


@pytest.fixture
def workers_for_small_runs(monkeypatch):
    monkeypatch.setattr(_units, "MIN_FILES_FOR_WORKERS", 1)


def test_the_bundled_base_gives_the_same_report(tmp_path, monkeypatch):
    monkeypatch.chdir(ROOT)
    paths = ["claims", "seeds"]
    want = norm(classic(paths))
    for _ in range(2):  # cold, then warm
        assert norm(_units.check_paths(paths, jobs=1, cache_dir=tmp_path / "c")) == want


@pytest.mark.parametrize("select", [None, ["FC2", "FC5"], ["FC901"], ["FC1", "FC4", "FC6"]])
def test_a_planted_base_gives_the_same_report(planted, tmp_path, monkeypatch, workers_for_small_runs, select):
    monkeypatch.chdir(planted)
    paths = ["claims", "seeds"]
    want = classic(paths, select=select)
    assert want.diagnostics or select == ["FC901"]  # the plants are found
    for jobs, cache in [(1, None), (1, "c"), (1, "c"), (2, None), (2, "c2"), (2, "c2")]:
        got = _units.check_paths(paths, select=select, jobs=jobs,
                                 cache_dir=None if cache is None else tmp_path / cache)
        assert norm(got) == norm(want), (jobs, cache)


RULE_DIRS = sorted(p for p in RULE_FIXTURES.iterdir() if p.is_dir())


@pytest.mark.parametrize("folder", RULE_DIRS, ids=lambda p: p.name)
def test_every_rule_fixture_gives_the_same_report(folder, tmp_path, monkeypatch):
    files = sorted(folder.glob("*.y*ml"))
    if not files:
        pytest.skip("byte-level fixtures are built in the tests")
    paths = [*seed_texts(), BASE / "sources.yaml", BASE / "entities.yaml", *files]
    want = norm(classic(paths))
    assert norm(_units.check_paths(paths, jobs=1)) == want
    assert norm(_units.check_paths(paths, jobs=1, cache_dir=tmp_path)) == want
    assert norm(_units.check_paths(paths, jobs=1, cache_dir=tmp_path)) == want  # warm


@pytest.mark.parametrize("rule", [r for r in RULES if r.scope == "file"], ids=lambda r: r.code)
def test_a_file_rule_finds_the_same_on_a_file_alone_as_in_the_whole_base(rule, planted, monkeypatch):
    """The ``SCOPE = "file"`` declaration: a file's findings do not depend on the other files."""
    monkeypatch.chdir(planted)
    shared = ["seeds", "claims/entities.yaml"]
    claim_files = sorted(Path("claims").glob("desk-*.yaml"))
    whole = classic(["claims", "seeds"], select=[rule.code]).diagnostics
    for file in claim_files[:6]:
        alone = classic([*shared, file], select=[rule.code]).diagnostics
        assert [d for d in alone if d.file == file.as_posix()] == \
               [d for d in whole if d.file == file.as_posix()]


@pytest.mark.parametrize("code", sorted(_units._SHARED_ONLY))
def test_a_rule_units_skip_reports_only_on_shared_inputs(code):
    """Units do not run FC014 (its findings are all on ``sources.yaml`` and the seeds, found
    once by the parent): on its failing fixture, every finding is on a shared input."""
    fixture = RULE_FIXTURES / code / "fail.yaml"
    paths = [*seed_texts(), BASE / "sources.yaml", BASE / "entities.yaml", fixture]
    found = [d for d in classic(paths).diagnostics if d.code == code]
    assert found
    shared, _, _ = _units._partition(paths)
    assert {d.file for d in found} <= {_display(p) for p in shared}


def test_every_rule_declares_its_scope():
    assert {r.scope for r in RULES} == {"file", "corpus"}
    corpus = {r.code for r in RULES if r.scope == "corpus"}
    assert {"FC005", "FC006", "FC204", "FC303", "FC501", "FC505", "FC901"} <= corpus


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_claim_file_holding_entities_falls_back_to_the_whole_corpus(tmp_path, workers_for_small_runs, jobs):
    """A flow-style ``{entities: [...]}`` file is not recognised as shared by its text; the
    unit notices and the run loads the whole base instead: the report is still the same."""
    (tmp_path / "more.yaml").write_text(
        '{entities: [{id: extra-person, kind: person, name: "Extra Person"}]}\n', "utf-8")
    claims = tmp_path / "c.yaml"
    claims.write_text((ROOT / "claims" / "mou.yaml").read_text("utf-8"), "utf-8")
    paths = [*seed_texts(), BASE / "sources.yaml", BASE / "entities.yaml", tmp_path / "more.yaml", claims]
    assert norm(_units.check_paths(paths, jobs=jobs)) == norm(classic(paths))


def test_a_file_taken_for_shared_input_that_holds_claims_falls_back(tmp_path):
    """``entities:`` at the start of a line marks a file as a shared input, but a file
    with a ``claims`` key is a claim file (its ``entities`` key is FC004): its claims count."""
    text = (ROOT / "claims" / "mou.yaml").read_text("utf-8") + "entities: []\n"
    (tmp_path / "both.yaml").write_text(text, "utf-8")
    paths = [*seed_texts(), BASE / "sources.yaml", BASE / "entities.yaml", tmp_path / "both.yaml"]
    want = classic(paths)
    assert want.claims and "FC004" in want.by_code()
    assert norm(_units.check_paths(paths, jobs=1)) == norm(want)


def test_unreadable_and_broken_files_give_the_same_report(tmp_path):
    (tmp_path / "bad.yaml").write_text("claims: [\n", "utf-8")
    (tmp_path / "bytes.yaml").write_bytes(b"claims:\n  - id: \xff\n")
    (tmp_path / "empty.yaml").write_text("", "utf-8")
    (tmp_path / "crlf.yaml").write_bytes((ROOT / "claims" / "sdf.yaml").read_bytes().replace(b"\n", b"\r\n"))
    paths = [*seed_texts(), BASE / "sources.yaml", BASE / "entities.yaml", tmp_path]
    want = norm(classic(paths))
    assert norm(_units.check_paths(paths, jobs=1, cache_dir=tmp_path / ".c")) == want
    assert norm(_units.check_paths(paths, jobs=1, cache_dir=tmp_path / ".c")) == want


def test_default_jobs_is_the_cpus_available():
    assert _units.default_jobs() >= 1


# --------------------------------------------------------------------------- the cache under edits

_EDITS = st.lists(st.tuples(st.integers(0, 10_000), st.sampled_from(["drop-line", "swap-verdict", "retitle",
                                                                      "touch-entities", "same"])),
                  min_size=1, max_size=4)


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(edits=_EDITS)
def test_cached_and_uncached_reports_agree_after_random_edits(planted, tmp_path_factory, edits):
    """Edit random files of a small synthetic base between runs that share one cache: the
    cached report always equals the uncached one (and the whole-corpus one)."""
    work = tmp_path_factory.mktemp("edits")
    base = work / "base"
    shutil.copytree(planted, base)
    cache = work / "cache"
    files = sorted((base / "claims").glob("*.yaml"))
    paths = [base / "claims", base / "seeds"]
    _units.check_paths(paths, jobs=1, cache_dir=cache)  # warm it
    for pick, edit in edits:
        file = files[pick % len(files)]
        text = file.read_text("utf-8")
        lines = text.split("\n")
        if edit == "drop-line" and len(lines) > 3:
            del lines[3 + pick % (len(lines) - 3)]
        elif edit == "swap-verdict":
            lines = [ln.replace("verdict: supported", "verdict: disputed", 1) if i == pick % len(lines) else ln
                     for i, ln in enumerate(lines)] if "verdict: supported" in text else lines
            if lines == text.split("\n"):
                lines = text.replace("verdict: supported", "verdict: outdated", 1).split("\n")
        elif edit == "retitle":
            lines = text.replace("statement: ", "statement: Reportedly, ", 1).split("\n")
        elif edit == "touch-entities":
            file = base / "claims" / "entities.yaml"
            lines = file.read_text("utf-8").split("\n")
            lines.append("")
            lines.append("# touched")
        file.write_text("\n".join(lines), "utf-8")
        cached = _units.check_paths(paths, jobs=1, cache_dir=cache)
        assert norm(cached) == norm(_units.check_paths(paths, jobs=1))
        assert norm(cached) == norm(classic(paths))


def test_every_cross_claim_rule_but_the_hygiene_rules_is_keyed():
    """The per-file check runs corpus rules over keys only: a corpus rule without a grouping
    would send every run back to the whole-corpus path."""
    unkeyed = [r.code for r in RULES if r.scope == "corpus" and r.group is None]
    assert unkeyed == ["FC901", "FC902"]
    assert all(r.group is None and r.key is None for r in RULES if r.scope == "file")


def test_keys_are_plain_data_and_a_table_points_where_the_claims_are(planted, monkeypatch):
    """What units hand to the groupings pickles without any class of factcheck, pydantic or
    an enum (small, and readable by any version of the code that wrote it); a claim of the
    table locates the same nodes as the loaded claim."""
    import pickle

    from factcheck.rules._base import Context

    monkeypatch.chdir(planted)
    corpus = factcheck.load_corpus(["claims", "seeds"])
    ctx = Context(corpus, {r.code: r for r in RULES})
    keyed = [r for r in RULES if r.key is not None]
    assert len(keyed) >= 10
    seen = 0
    for claim in corpus.claims:
        for rule in keyed:
            key = rule.key(ctx, claim)
            if key is not None:
                seen += 1
                data = pickle.dumps(key)
                assert b"factcheck" not in data and b"pydantic" not in data and b"enum" not in data.lower()
                assert pickle.loads(data) == key
    assert seen > len(corpus.claims)
    report = _units.check_paths(["claims", "seeds"], jobs=1)
    assert report.checked_claims == [(c.origin.file, c.id) for c in corpus.claims]
    table = _units._Table()
    first = corpus.claims[0].origin.file
    claims = [c for c in corpus.claims if c.origin.file == first]
    table.add(first, (tuple(c.id for c in claims), tuple(c.verdict.value for c in claims),
                      tuple((c.origin.line, c.origin.column, None) for c in claims)))
    for n, claim in enumerate(claims):
        ref = table.ref(n)
        assert (ref.id, ref.origin) == (claim.id, claim.origin)
        for path in [("quotes", 0, "text"), ("facts", 0), ("verdict",), ("nowhere", 3)]:
            assert ref.locate(*path) == claim.locate(*path)


def test_progress_counts_the_claim_files_then_the_cross_claim_rules(planted, monkeypatch):
    monkeypatch.chdir(planted)
    calls = []
    _units.check_paths(["claims", "seeds"], jobs=1, progress=lambda done, total, label: calls.append((done, total, label)))
    files = len(list(Path("claims").glob("desk-*.yaml")))
    assert [label for _, _, label in calls[:files]] == [f"claims/desk-{i:04d}.yaml" for i in range(1, files + 1)]
    assert [done for done, _, _ in calls] == list(range(1, len(calls) + 1))
    assert calls[-1][0] == calls[-1][1]  # ends full
    assert calls[-1][2] == "FC902"


def test_a_warm_run_assembled_from_file_entries_equals_the_whole_report_entry(planted, tmp_path, monkeypatch):
    """With nothing changed the run answers from one whole-report entry; without it (here:
    hidden), from the files' entries: both give the uncached report."""
    from factcheck._cache import Cache

    monkeypatch.chdir(planted)
    paths = ["claims", "seeds"]
    want = norm(classic(paths))
    assert norm(_units.check_paths(paths, jobs=1, cache_dir=tmp_path)) == want  # fills both kinds
    real_get = Cache.get
    seen = []

    def files_only(self, key):
        value = real_get(self, key)
        whole = isinstance(value, tuple) and value[:1] == ("report",)
        seen.append("report" if whole else type(value).__name__)
        return None if whole else value

    monkeypatch.setattr(Cache, "get", files_only)
    assert norm(_units.check_paths(paths, jobs=1, cache_dir=tmp_path)) == want
    assert seen.count("report") == 1 and seen.count("tuple") == len(list(Path("claims").glob("desk-*.yaml")))
    monkeypatch.setattr(Cache, "get", real_get)
    assert norm(_units.check_paths(paths, jobs=1, cache_dir=tmp_path)) == want


@pytest.mark.parametrize("disk", [False, True])
def test_results_kept_in_memory_recompute_only_what_changed(planted, tmp_path, monkeypatch, disk):
    """``memo`` (what ``check --watch`` keeps between runs): after an edit only the edited
    file is computed again, the report equals the uncached one, and the memo keeps only the
    current files' results (an edit undone is recomputed from the file, not replayed)."""
    work = tmp_path / "base"
    shutil.copytree(planted, work)
    monkeypatch.chdir(work)
    paths = ["claims", "seeds"]
    cache = tmp_path / "c" if disk else None
    memo: dict = {}
    computed: list[str] = []
    real = _units._compute

    def counting(path, name, data, diagnostics):
        computed.append(name)
        return real(path, name, data, diagnostics)

    monkeypatch.setattr(_units, "_compute", counting)
    files = sorted(Path("claims").glob("desk-*.yaml"))
    assert norm(_units.check_paths(paths, jobs=1, memo=memo, cache_dir=cache)) == norm(classic(paths))
    assert sorted(computed) == sorted(f.as_posix() for f in files) and len(memo) == len(files)
    edited = files[len(files) // 2]
    original = edited.read_text("utf-8")
    for text in (original.replace("verdict: supported", "verdict: outdated", 1), original):
        computed.clear()
        edited.write_text(text, "utf-8")
        got = _units.check_paths(paths, jobs=1, memo=memo, cache_dir=cache)
        assert norm(got) == norm(classic(paths))
        assert computed == ([] if disk and text == original else [edited.as_posix()])
        assert len(memo) == len(files)
