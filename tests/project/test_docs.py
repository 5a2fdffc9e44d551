"""The documentation is tested: the rules reference is current, the API page's code runs,
the formats page's YAML is valid, and each rule's "Example that fails" fires its rule."""

from __future__ import annotations

import re
import textwrap
from pathlib import Path

import pytest
import yaml

import factcheck
from factcheck._docs import main as docs_main
from factcheck._docs import render_rules
from factcheck.rules.registry import LINT_TEXT_RULES, RULES

from .._fixtures import load_with_base, seed_texts
from .._fixtures import ROOT

DOCS = ROOT / "docs"
_FENCE = re.compile(r"^```(\w+)[^\n]*\n(.*?)^```", re.MULTILINE | re.DOTALL)
_EXAMPLE = re.compile(r"Example that fails[^\n]*:\s*\n+```yaml\n(.*?)^```", re.MULTILINE | re.DOTALL)


def blocks(path: Path, language: str) -> list[str]:
    return [m.group(2) for m in _FENCE.finditer(path.read_text(encoding="utf-8")) if m.group(1) == language]


# --------------------------------------------------------------------------- rules.md

def test_rules_reference_is_current():
    assert (DOCS / "rules.md").read_text(encoding="utf-8") == render_rules(RULES, LINT_TEXT_RULES), (
        "docs/rules.md is stale: run 'python -m factcheck._docs > docs/rules.md'")


def test_check_mode_reports_a_stale_page(tmp_path, capsys):
    page = tmp_path / "rules.md"
    page.write_text(render_rules(RULES, LINT_TEXT_RULES), encoding="utf-8")
    assert docs_main(["--check", str(page)]) == 0
    page.write_text(render_rules(RULES[:-1]), encoding="utf-8")
    assert docs_main(["--check", str(page)]) == 1
    assert "is stale" in capsys.readouterr().err


def test_reference_has_every_rule_with_its_docstring():
    text = render_rules(RULES, LINT_TEXT_RULES)
    for rule in RULES:
        assert f"### {rule.code} {rule.name}\n" in text
        assert f"| [{rule.code}](#{rule.code.lower()}-{rule.name}) |" in text
        last_line = rule.doc.strip().splitlines()[-1]
        assert last_line.split(":", 1)[-1].strip() in text


def test_reference_lists_the_draft_checks_with_summaries():
    from factcheck.lint_text import CODES

    text = render_rules(RULES, LINT_TEXT_RULES)
    for code, (name, severity) in CODES.items():
        row = re.search(rf"^\| \[{code}\]\(#{code.lower()}-{name}\) \| {name} \| {severity.value} \| (.+) \|$",
                        text, re.MULTILINE)
        assert row and len(row.group(1)) > 10, code
        assert f"\n### {code} {name}\n" in text, code  # a section of its own, like the rules


# --------------------------------------------------------------------------- rule examples

def _complete_examples() -> list[tuple[str, str]]:
    """(code, yaml) of every "Example that fails" that is a whole claim file."""
    out = []
    for rule in RULES:
        for snippet in _EXAMPLE.findall(rule.doc):
            try:
                data = yaml.safe_load(snippet)
            except yaml.YAMLError:
                continue  # an example of broken YAML is FC001's business, not a claim file
            claims = data.get("claims") if isinstance(data, dict) else None
            if isinstance(claims, list) and claims and all(
                isinstance(c, dict) and {"id", "statement", "verdict"} <= set(c) for c in claims
            ):
                out.append((rule.code, snippet))
    return out


COMPLETE = _complete_examples()


def test_some_rule_examples_are_complete_claim_files():
    assert len(COMPLETE) >= 2


@pytest.mark.parametrize("code, snippet", COMPLETE, ids=[c for c, _ in COMPLETE])
def test_rule_example_that_fails_fires_its_rule(tmp_path, code, snippet):
    path = tmp_path / "example.yaml"
    path.write_text(snippet, encoding="utf-8")
    report = factcheck.check(load_with_base(path), select=[code])
    assert code in {d.code for d in report.diagnostics}, f"{code}'s documented example does not fail"


# --------------------------------------------------------------------------- api.md

def test_api_page_examples_run(monkeypatch, capsys):
    code = blocks(DOCS / "api.md", "python")
    assert code, "docs/api.md has no python examples"
    monkeypatch.chdir(ROOT)
    namespace: dict = {"__name__": "docs_api"}
    for number, block in enumerate(code, 1):
        exec(compile(textwrap.dedent(block), f"docs/api.md block {number}", "exec"), namespace)


# --------------------------------------------------------------------------- formats.md

def test_formats_page_yaml_examples_are_valid(tmp_path):
    examples = blocks(DOCS / "formats.md", "yaml")
    kinds = {"sources.yaml": 0, "entities.yaml": 0, "claims": 0}
    paths = []
    for number, block in enumerate(examples):
        first = block.splitlines()[0]
        m = re.match(r"# (seeds/sources\.yaml|claims/entities\.yaml|claims/[\w-]+\.yaml)$", first)
        assert m, f"yaml example {number} must start with a '# <path>' comment, not {first!r}"
        name = m.group(1).rsplit("/", 1)[1]
        kinds["claims" if name not in kinds else name] += 1
        folder = tmp_path / str(number)
        folder.mkdir()
        path = folder / name
        path.write_text(block, encoding="utf-8")
        paths.append(path)
    assert all(kinds.values()), kinds
    ids = set(re.findall(r"^  - id: (\S+)$", "\n".join(examples), re.MULTILINE))
    seeds = [p for p in seed_texts() if p.stem in ids]  # the seeds the sources example lists
    corpus = factcheck.load_corpus([*seeds, *paths])
    assert [d for d in corpus.diagnostics] == []
    report = factcheck.check(corpus, select=["FC0", "FC1"])
    assert [f"{d.code} {d.message}" for d in report.diagnostics] == []


# --------------------------------------------------------------------------- guide.md

def _transcripts(path: Path) -> list[tuple[dict[str, str], list[str], str]]:
    """(files written with `$ cat`, factcheck arguments, expected output) of each text block
    of ``path`` that shows a `$ factcheck …` command after `$ cat FILE`."""
    out = []
    for block in blocks(path, "text"):
        if not block.startswith("$ cat "):
            continue
        files: dict[str, str] = {}
        parts = re.split(r"^\$ ", block, flags=re.MULTILINE)[1:]
        for part in parts:
            command, _, body = part.partition("\n")
            if command.startswith("cat "):
                files[command[4:].strip()] = body
            elif command.startswith("factcheck "):
                out.append((files, command.split()[1:], body))
    return out


GUIDE_TRANSCRIPTS = _transcripts(DOCS / "guide.md")


def test_guide_has_transcripts():
    assert GUIDE_TRANSCRIPTS


@pytest.mark.parametrize("files, args, output", GUIDE_TRANSCRIPTS, ids=[" ".join(a[:2]) for _, a, _ in GUIDE_TRANSCRIPTS])
def test_guide_transcript_is_real_output(tmp_path, monkeypatch, capsys, files, args, output):
    from factcheck.cli import main

    for name in ("claims", "seeds"):
        (tmp_path / name).symlink_to(ROOT / name, target_is_directory=True)
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    main(args)
    assert capsys.readouterr().out == output


def test_docs_name_only_existing_commands():
    from factcheck.cli import COMMANDS

    for page in ("guide.md", "api.md", "formats.md"):
        text = (DOCS / page).read_text(encoding="utf-8")
        found = re.findall(r"(?:`|\$ )factcheck ([a-z][a-z-]+)", text)
        for block in blocks(DOCS / page, "sh"):
            found += re.findall(r"^factcheck ([a-z][a-z-]+)", block, re.MULTILINE)
        assert found or page != "guide.md"
        for command in found:
            assert command in COMMANDS, f"docs/{page} mentions 'factcheck {command}', which does not exist"


def _anchors(path: Path) -> set[str]:
    """GitHub's heading anchors: lower case, punctuation dropped, spaces as hyphens."""
    out = set()
    for heading in re.findall(r"^#+ (.+)$", path.read_text(encoding="utf-8"), re.MULTILINE):
        out.add(re.sub(r"[^\w\- ]", "", heading.strip().lower()).replace(" ", "-"))
    return out


@pytest.mark.parametrize("page", ["guide.md", "api.md", "formats.md", "rules.md"])
def test_relative_links_point_at_existing_files_and_headings(page):
    text = (DOCS / page).read_text(encoding="utf-8")
    for target in re.findall(r"\]\(([^)\s]+)\)", text):
        if re.match(r"[a-z]+:", target):
            continue  # an absolute URL
        file, _, anchor = target.partition("#")
        path = (DOCS / file) if file else DOCS / page
        assert path.exists(), f"docs/{page} links to missing {file}"
        if anchor:
            assert anchor in _anchors(path), f"docs/{page} links to missing heading {target}"
