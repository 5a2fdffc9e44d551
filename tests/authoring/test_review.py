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
    assert lines[0] == ("draft-000-line-1: checks clean; related: draft-000-line-5, mou-signed-13-august-2025, "
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


# --------------------------------------------------------------------------- the walk-through


def _walk(monkeypatch, capsys, draft, answers: str, *extra: str):
    import io
    import sys

    monkeypatch.setattr(sys, "stdin", io.StringIO(answers))
    return run(capsys, "review", str(draft), "--interactive", *extra)


def test_walk_shows_each_record_in_context_and_acts_on_the_answers(tmp_path, monkeypatch, capsys):
    draft = _drafted(tmp_path, monkeypatch, capsys)
    monkeypatch.delenv("VISUAL", raising=False)
    monkeypatch.delenv("EDITOR", raising=False)
    topic = tmp_path / "claims" / "sdf.yaml"
    before_topic = topic.read_text(encoding="utf-8")
    # skip line 1; drop line 3; accept line 3-2 under a given id into sdf.yaml; edit without an editor; quit
    code, out, err = _walk(monkeypatch, capsys, draft,
                           "s\nd\na\nturkey-vowed-to-help\n\nclaims/sdf.yaml\ne\nq\n")
    assert (code, err) == (0, "")
    assert "[1/10] draft-000-line-1\n" in out and "[2/10] draft-000-line-3\n" in out
    assert "[3/10] draft-000-line-3-2\n" in out and "[4/10] draft-000-line-5\n" in out
    # the record as drafted, its quote in context, what check says
    assert "  - id: draft-000-line-1\n" in out and "  check: clean\n" in out
    assert "  quote in context (seed 000_081174c5714dbfd1, line 3):\n" in out
    assert "| >>Turkey, a NATO member, has been one of Syria’s main foreign allies since the ousting of" in out
    assert "  dropped draft-000-line-3\n" in out
    assert "  moved into claims/sdf.yaml as turkey-vowed-to-help (supported)\n" in out
    assert "  no editor: set $VISUAL or $EDITOR" in out
    assert "[a/e/s/d/q] s\n" in out  # answers from a pipe are echoed after their prompt
    assert out.endswith("review stopped: 1 accepted, 1 dropped, 0 edited, 1 skipped; "
                        f"8 record(s) still await review in {draft}\n")
    after = topic.read_text(encoding="utf-8")
    assert after.startswith(before_topic.rstrip("\n")) and "  - id: turkey-vowed-to-help\n" in after
    assert "  # related turkey-vowed-to-rebuild-syrian-forces: quotes this sentence\n  - id: turkey-vowed-to-help" \
        in after  # the record's comments moved with it
    ids = [b.id for b in draft_blocks(draft.read_text(encoding="utf-8"))]
    assert ids[:2] == ["draft-000-line-1", "draft-000-line-5"] and len(ids) == 8
    assert factcheck.check(load_corpus(["claims", "seeds"])).diagnostics == []


def test_walk_accept_asks_again_on_bad_answers_and_a_verdict_needs_a_rationale(tmp_path, monkeypatch, capsys):
    draft = _drafted(tmp_path, monkeypatch, capsys)
    code, out, err = _walk(monkeypatch, capsys, draft,
                           "x\na\nBad Id\nsource-on-weapons\nmaybe\nunverified\n\nOnly an anonymous source.\n"
                           "claims/none.yaml\n\n", "--into", "claims/mou.yaml")
    assert code == 0
    assert "  'x'? accept, edit, skip, drop or quit" in out
    assert "  'Bad Id': a claim id is lowercase words joined by hyphens" in out
    assert "  'maybe': expected one of supported, refuted, disputed, outdated, unverified" in out
    assert "  'claims/none.yaml' is not a claim file" in out
    assert "  moved into claims/mou.yaml as source-on-weapons (unverified)" in out
    text = (tmp_path / "claims" / "mou.yaml").read_text(encoding="utf-8")
    assert '    verdict: unverified\n    rationale: "Only an anonymous source."\n' in text
    assert out.endswith(f"review stopped: 1 accepted, 0 dropped, 0 edited, 0 skipped; "
                        f"9 record(s) still await review in {draft}\n")  # the input ended


def test_walk_edit_opens_the_editor_and_keeps_only_a_draft_that_loads(tmp_path, monkeypatch, capsys):
    import sys

    draft = _drafted(tmp_path, monkeypatch, capsys)
    editor = tmp_path / "editor.py"
    editor.write_text(
        "import pathlib, sys\n"
        "p = pathlib.Path(sys.argv[1])\n"
        "t = p.read_text(encoding='utf-8')\n"
        "mode = pathlib.Path(sys.argv[0]).with_name('mode').read_text()\n"
        "if mode == 'good':\n"
        "    t = t.replace('Turkey will provide', 'Turkey will supply', 1).replace('line 1: date', 'line 1: edited', 1)\n"
        "else:\n"
        "    t = t.replace('    verdict: unverified', '    verdict: [unverified')\n"
        "p.write_text(t, encoding='utf-8')\n", encoding="utf-8")
    monkeypatch.setenv("EDITOR", f"{sys.executable} {editor}")
    monkeypatch.delenv("VISUAL", raising=False)
    (tmp_path / "mode").write_text("bad", encoding="utf-8")
    before = draft.read_bytes()
    code, out, err = _walk(monkeypatch, capsys, draft, "e\nq\n")
    assert code == 0 and "  not kept: the draft would not load:" in out
    assert draft.read_bytes() == before
    (tmp_path / "mode").write_text("good", encoding="utf-8")
    code, out, err = _walk(monkeypatch, capsys, draft, "e\nq\n")
    assert code == 0 and "  edited draft-000-line-1; shown again\n" in out
    assert out.count("[1/10] draft-000-line-1\n") == 2  # shown again after the edit
    text = draft.read_text(encoding="utf-8")
    assert "  # line 1: edited" in text and 'statement: "Turkey will supply' in text
    assert out.endswith("review stopped: 0 accepted, 0 dropped, 1 edited, 0 skipped; "
                        f"10 record(s) still await review in {draft}\n")


def test_walk_is_not_the_default_off_a_terminal_and_not_mixed_with_ids(tmp_path, monkeypatch, capsys):
    import io
    import sys

    draft = _drafted(tmp_path, monkeypatch, capsys)
    monkeypatch.setattr(sys, "stdin", io.StringIO("a\n"))
    code, out, err = run(capsys, "review", str(draft))
    assert code == 0 and out.splitlines()[-1].startswith("10 record(s) await review in ")  # the listing
    code, out, err = run(capsys, "review", str(draft), "--interactive", "--drop", "draft-000-line-1")
    assert (code, out) == (2, "") and "give one or the other" in err


def test_links_between_drafted_records_follow_an_accept_and_go_with_a_drop(tmp_path, monkeypatch, capsys):
    """draft-000-line-1 and draft-000-line-5 state one date and link each other: accepting one
    renames the link in the other; an accepted record keeps no link to a record still in review
    (outside the draft it would point nowhere: FC005); dropping one removes the link."""
    draft = _drafted(tmp_path, monkeypatch, capsys)
    code, out, err = run(capsys, "review", str(draft), "--accept", "draft-000-line-5=mou-inked-on-wednesday",
                         "--into", "claims/mou.yaml")
    assert code == 0, out + err
    topic = (tmp_path / "claims" / "mou.yaml").read_text(encoding="utf-8")
    accepted = topic[topic.index("  - id: mou-inked-on-wednesday"):]
    assert "draft-000" not in accepted.split("\n    note")[0].split("    related: ")[1]
    text = draft.read_text(encoding="utf-8")
    assert "    related: [mou-inked-on-wednesday, mou-signed-13-august-2025," in text
    assert factcheck.check(load_corpus(["claims", "seeds"])).diagnostics == []
    code, out, err = run(capsys, "review", str(draft), "--drop", "draft-000-line-9")
    assert code == 0
    related = [line for line in draft.read_text(encoding="utf-8").split("\n") if line.startswith("    related:")]
    assert related and not any("draft-000-line-9" in line for line in related)  # line 15 linked it
    assert factcheck.check(load_corpus(["claims", "seeds", str(draft)])).diagnostics == []
