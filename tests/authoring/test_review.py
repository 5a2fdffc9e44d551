"""review: list what awaits review; accept into a topic file (comments and order kept) or
drop, checked before anything is written, all or nothing."""

from __future__ import annotations

import factcheck
from factcheck.authoring import draft_blocks
from factcheck.loading import load_corpus

from ._helpers import copy_base, run

SEED = "000_081174c5714dbfd1"


def _drafted(tmp_path, monkeypatch, capsys):
    copy_base(tmp_path)
    monkeypatch.chdir(tmp_path)
    assert run(capsys, "draft", SEED)[0] == 0
    return tmp_path / "drafts" / f"{SEED}.yaml"


def test_listing_names_every_record_and_its_findings(tmp_path, monkeypatch, capsys):
    draft = _drafted(tmp_path, monkeypatch, capsys)
    code, out, err = run(capsys, "review", str(draft))
    assert code == 0 and err == ""
    lines = out.splitlines()
    assert lines[0] == ("draft-000-line-1: checks clean; related: mou-signed-13-august-2025, "
                        "mou-turkey-to-supply-weapons, mou-turkey-to-train-syrian-army-if-needed")
    assert lines[-1].startswith("10 record(s) await review in ")


def test_accept_and_drop_move_blocks_with_their_comments(tmp_path, monkeypatch, capsys):
    draft = _drafted(tmp_path, monkeypatch, capsys)
    topic = tmp_path / "claims" / "sdf.yaml"
    before_topic = topic.read_text(encoding="utf-8")
    before_draft = draft.read_text(encoding="utf-8")
    block = next(b for b in draft_blocks(before_draft) if b.id == "draft-000-line-17")
    comments = before_draft.split("\n")[block.first:block.first + 2]
    code, out, err = run(capsys, "review", str(draft), "--accept", "draft-000-line-17=source-expects-compliance",
                         "--drop", "draft-000-line-1", "--into", str(topic))
    assert (code, err) == (0, "")
    assert out == (f"moved source-expects-compliance into {topic} as supported; dropped draft-000-line-1\n")
    after_topic = topic.read_text(encoding="utf-8")
    assert after_topic.startswith(before_topic.rstrip("\n"))  # the topic file's own text untouched
    added = after_topic[len(before_topic.rstrip("\n")):]
    assert added.startswith("\n\n" + "\n".join(comments) + "\n  - id: source-expects-compliance\n")
    assert "verdict: supported" in added and "awaits review" not in added and "not yet reviewed" not in added
    ids = [b.id for b in draft_blocks(draft.read_text(encoding="utf-8"))]
    assert "draft-000-line-1" not in ids and "draft-000-line-17" not in ids and len(ids) == 8
    corpus = load_corpus(["claims", "seeds"])
    assert factcheck.check(corpus).diagnostics == []
    assert corpus.claim_index["source-expects-compliance"].topic == "sdf"


def test_an_accepted_record_with_an_error_is_refused_and_nothing_written(tmp_path, monkeypatch, capsys):
    draft = _drafted(tmp_path, monkeypatch, capsys)
    text = draft.read_text(encoding="utf-8")
    quote = '        text: "“Our expectation is full compliance'
    assert quote in text
    draft.write_text(text.replace(quote, quote.replace("full", "complete")), encoding="utf-8")
    edited = draft.read_bytes()
    topic = tmp_path / "claims" / "sdf.yaml"
    before = topic.read_bytes()
    code, out, err = run(capsys, "review", str(draft), "--accept", "draft-000-line-17=x-y", "--into", str(topic))
    assert code == 1
    assert out.startswith(f"{topic}:") and " FC101 quote not found" in out
    assert "nothing was written" in err
    assert topic.read_bytes() == before and draft.read_bytes() == edited


def test_another_verdict_needs_a_rationale(tmp_path, monkeypatch, capsys):
    draft = _drafted(tmp_path, monkeypatch, capsys)
    code, out, err = run(capsys, "review", str(draft), "--accept", "draft-000-line-17", "--into", "claims/sdf.yaml",
                         "--verdict", "disputed")
    assert code == 2 and "needs --rationale" in err
    code, out, err = run(capsys, "review", str(draft), "--accept", "draft-000-line-17", "--into", "claims/sdf.yaml",
                         "--verdict", "unverified", "--rationale", "Only an anonymous source says so.")
    assert code == 0, err
    text = (tmp_path / "claims" / "sdf.yaml").read_text(encoding="utf-8")
    assert '    verdict: unverified\n    rationale: "Only an anonymous source says so."\n' in text


def test_bad_requests_are_one_line_exit_2(tmp_path, monkeypatch, capsys):
    draft = _drafted(tmp_path, monkeypatch, capsys)
    for args, message in [
        (["--accept", "nope"], "no record 'nope' in the draft"),
        (["--accept", "draft-000-line-17"], "--accept needs --into FILE"),
        (["--accept", "draft-000-line-17=Bad Id", "--into", "claims/sdf.yaml"], "must be lowercase words"),
        (["--drop", "draft-000-line-1", "--accept", "draft-000-line-1", "--into", "claims/sdf.yaml"],
         "is both accepted and dropped"),
        (["--accept", "draft-000-line-17", "--into", "claims/none.yaml"], "does not exist"),
    ]:
        code, out, err = run(capsys, "review", str(draft), *args)
        assert (code, out) == (2, ""), args
        assert err.count("\n") == 1 and message in err, (args, err)


def test_an_accepted_id_that_exists_is_refused_with_real_file_names(tmp_path, monkeypatch, capsys):
    draft = _drafted(tmp_path, monkeypatch, capsys)
    code, out, err = run(capsys, "review", str(draft), "--accept", "draft-000-line-17=turkey-expects-full-compliance",
                         "--into", "claims/sdf.yaml")
    assert code == 1
    assert out.startswith("claims/sdf.yaml:") and "FC006 duplicate claim id 'turkey-expects-full-compliance' " \
        "(first at claims/sdf.yaml:" in out and "factcheck-review-" not in out
