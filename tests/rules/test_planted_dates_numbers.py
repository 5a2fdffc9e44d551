"""Plant date and number errors in a copy of the real fact base and see them caught.

Each test copies the curated ``claims/`` and ``seeds/`` into ``tmp_path``, checks that
the copy is clean for the FC2xx/FC3xx codes, picks a target claim by what the copy
contains (through the loaded models, which know each node's line), plants one error by
editing the copied YAML *text*, reloads, and asserts that the right code fires at the
right line — and nowhere it should not. When the curators' files have no claim of the
needed kind, the test is skipped with the reason.
"""

from __future__ import annotations

import re
import shutil
from datetime import date, timedelta
from pathlib import Path

import pytest

import factcheck
from factcheck.models import Claim, DateFact, NumberFact, Qualifier, Stance
from factcheck.normalize.dates import find_dates
from factcheck.rules._datenum import WEEKDAYS, published, resolve_words

from .._fixtures import ROOT

from factcheck.rules.registry import rules_by_code

CODES = [c for c in ("FC201", "FC202", "FC203", "FC204", "FC205", "FC206", "FC301", "FC302", "FC303")
         if c in rules_by_code()]


def _needs(*codes: str) -> None:
    missing = [c for c in codes if c not in CODES]
    if missing:
        pytest.skip(f"rules {', '.join(missing)} are not registered yet")


class Copy:
    """A copy of the fact base in a temporary folder, editable as text."""

    def __init__(self, tmp_path: Path) -> None:
        if not list((ROOT / "claims").glob("*.yaml")):
            pytest.skip("the curated fact base (claims/*.yaml) does not exist yet")
        self.root = tmp_path
        shutil.copytree(ROOT / "claims", tmp_path / "claims")
        shutil.copytree(ROOT / "seeds", tmp_path / "seeds")

    def load(self):
        return factcheck.load_corpus([self.root / "claims", self.root / "seeds"])

    def check(self, corpus=None) -> set[tuple[str, str, int]]:
        report = factcheck.check(corpus or self.load(), select=CODES)
        return {(d.code, Path(d.file).name, d.line) for d in report.diagnostics}

    def edit_line(self, file: str, line: int, old: str, new: str) -> None:
        """Replace the first ``old`` on ``line`` (1-based) of ``file`` — or on the
        following lines of the same node, for a folded scalar — by ``new``."""
        path = Path(file)
        lines = path.read_text(encoding="utf-8").split("\n")
        for n in range(line - 1, min(line + 5, len(lines))):
            if old in lines[n]:
                lines[n] = lines[n].replace(old, new, 1)
                path.write_text("\n".join(lines), encoding="utf-8")
                return
        raise AssertionError(f"{old!r} not found at {file}:{line}")


def _line(claim: Claim, *path) -> int:
    where = claim.locate(*path)
    assert where is not None
    return where[0]


def _file(claim: Claim) -> str:
    assert claim.origin is not None
    return claim.origin.file


@pytest.fixture
def copy(tmp_path: Path) -> Copy:
    fact_base = Copy(tmp_path)
    clean = fact_base.check()
    assert clean == set(), f"the copy of the real fact base is not clean for {CODES}: {sorted(clean)}"
    return fact_base


# --------------------------------------------------------------------------- dates


def test_a_weekday_added_to_a_statement_date_is_checked(copy: Copy) -> None:
    corpus = copy.load()
    for claim in corpus.claims:
        days = [m for m in find_dates(claim.statement)
                if m.result.ok and m.result.precision == "day" and not m.result.relative
                and m.result.weekday is None]
        if days:
            break
    else:
        pytest.skip("no statement of the fact base writes a full date")
    mention = days[0]
    wrong = WEEKDAYS[(mention.result.start.weekday() + 6) % 7]  # the day before's name
    line = _line(claim, "statement")
    copy.edit_line(_file(claim), line, mention.text, f"{wrong}, {mention.text}")
    found = copy.check()
    assert ("FC201", Path(_file(claim)).name, line) in found
    assert {c for c, _, _ in found} == {"FC201"}


def _relative_day_fact(corpus):
    """A day fact supported by relative words in a dated seed ("on Wednesday")."""
    for claim in corpus.claims:
        for fi, fact in enumerate(claim.facts):
            if not isinstance(fact, DateFact) or fact.precision.value != "day" or not fact.property:
                continue
            for qi, quote in enumerate(claim.quotes):
                words = quote.expresses.get(fact.property)
                reference = published(_Ctx(corpus), quote.seed)
                if quote.stance is Stance.supports and words and reference and resolve_words(words, reference):
                    if re.search(r"\b(mon|tues|wednes|thurs|fri|satur|sun)day\b", words, re.I):
                        return claim, fi, fact, qi
    return None


class _Ctx:
    def __init__(self, corpus) -> None:
        self.corpus = corpus


def test_a_date_fact_shifted_by_one_day_is_caught(copy: Copy) -> None:
    corpus = copy.load()
    target = _relative_day_fact(corpus)
    if target is None:
        pytest.skip("no day fact in the fact base is expressed as a weekday in a dated seed")
    claim, fi, fact, qi = target
    shifted = (date.fromisoformat(fact.value) - timedelta(days=1)).isoformat()
    copy.edit_line(_file(claim), _line(claim, "facts", fi, "value"), fact.value, shifted)
    found = copy.check()
    name = Path(_file(claim)).name
    # the weekday words no longer resolve to the fact ...
    assert ("FC202", name, _line(claim, "quotes", qi, "expresses", fact.property)) in found
    # ... the statement no longer agrees with the fact (when it writes the date) ...
    if "FC206" in CODES and any(m.result.ok and m.result.start == date.fromisoformat(fact.value)
                                for m in find_dates(claim.statement)):
        assert ("FC206", name, _line(claim, "statement")) in found
    # ... and every finding is about this claim's date
    assert {c for c, _, _ in found} <= {"FC201", "FC202", "FC204", "FC205", "FC206"}


def test_a_statement_date_shifted_by_one_day_is_caught(copy: Copy) -> None:
    _needs("FC206")
    corpus = copy.load()
    for claim in corpus.claims:
        days = {date.fromisoformat(f.value) for f in claim.facts
                if isinstance(f, DateFact) and f.precision.value == "day"}
        written = [m for m in find_dates(claim.statement)
                   if m.result.ok and m.result.precision == "day" and m.result.start in days]
        if written and len(days) == 1:
            break
    else:
        pytest.skip("no statement writes the date of its one day fact")
    mention = written[0]
    day = mention.result.start.day
    other = day - 1 if day > 1 else day + 1
    shifted = re.sub(rf"\b{day}\b", str(other), mention.text, count=1)
    assert shifted != mention.text
    line = _line(claim, "statement")
    copy.edit_line(_file(claim), line, mention.text, shifted)
    found = copy.check()
    assert ("FC206", Path(_file(claim)).name, line) in found
    assert {c for c, _, _ in found} == {"FC206"}


def test_a_date_fact_after_the_publication_date_is_caught(copy: Copy) -> None:
    corpus = copy.load()
    ctx = _Ctx(corpus)
    for claim in corpus.claims:
        for fi, fact in enumerate(claim.facts):
            if isinstance(fact, DateFact) and fact.precision.value == "day":
                dated = [published(ctx, q.seed) for q in claim.quotes if q.stance is Stance.supports]
                dated = [d for d in dated if d]
                if dated:
                    break
        else:
            continue
        break
    else:
        pytest.skip("no day fact of the fact base is supported by a dated seed")
    later = (max(dated) + timedelta(days=1)).isoformat()
    line = _line(claim, "facts", fi, "value")
    copy.edit_line(_file(claim), line, fact.value, later)
    found = copy.check()
    assert ("FC203", Path(_file(claim)).name, line) in found


# --------------------------------------------------------------------------- numbers


def _number_claim(corpus, qualifier: Qualifier | None = None):
    """A supported claim whose statement writes its number fact's value, e.g. "20,000".

    The largest such value is taken (in the seed fact base: Turkey's 20,000 troops).
    """
    found = sorted(_number_claims(corpus, qualifier), key=lambda t: -t[2].value)
    return found[0] if found else None


def _number_claims(corpus, qualifier: Qualifier | None):
    for claim in corpus.claims:
        if claim.verdict.value != "supported":
            continue
        for fi, fact in enumerate(claim.facts):
            if not isinstance(fact, NumberFact) or fact.value is None:
                continue
            if qualifier is not None and fact.qualifier is not qualifier:
                continue
            written = f"{fact.value:,.0f}" if float(fact.value).is_integer() else None
            if written and re.search(rf"(?<![\d,.]){re.escape(written)}(?![\d,])", claim.statement):
                yield claim, fi, fact, written


def test_a_qualifier_dropped_from_a_statement_is_caught(copy: Copy) -> None:
    _needs("FC301")
    corpus = copy.load()
    target = _number_claim(corpus, Qualifier.more_than)
    if target is None:
        pytest.skip("no supported claim states a 'more than' number in its statement")
    claim, _, _, written = target
    phrase = re.search(rf"(more than|over) {re.escape(written)}", claim.statement)
    if phrase is None:
        pytest.skip(f"claim {claim.id} does not write its qualifier next to {written}")
    line = _line(claim, "statement")
    copy.edit_line(_file(claim), line, phrase.group(0), written)
    found = copy.check()
    assert ("FC301", Path(_file(claim)).name, line) in found
    assert {c for c, _, _ in found} == {"FC301"}


def test_a_number_changed_in_a_statement_is_caught(copy: Copy) -> None:
    _needs("FC301")
    corpus = copy.load()
    target = _number_claim(corpus)
    if target is None:
        pytest.skip("no supported claim writes its number fact's value in its statement")
    claim, _, fact, written = target
    changed = f"{fact.value * 1.25:,.0f}"
    line = _line(claim, "statement")
    copy.edit_line(_file(claim), line, written, changed)
    found = copy.check()
    assert ("FC301", Path(_file(claim)).name, line) in found
    assert {c for c, _, _ in found} == {"FC301"}


def test_a_number_fact_changed_is_caught_against_the_quote_and_the_statement(copy: Copy) -> None:
    _needs("FC301", "FC302")
    corpus = copy.load()
    target = _number_claim(corpus)
    if target is None:
        pytest.skip("no supported claim writes its number fact's value in its statement")
    claim, fi, fact, _ = target
    expressed = [qi for qi, q in enumerate(claim.quotes)
                 if q.stance is Stance.supports and fact.property in q.expresses]
    old = f"{fact.value:g}" if fact.value < 1e6 else None
    if old is None:
        pytest.skip(f"{claim.id}'s value is not written plainly")
    line = _line(claim, "facts", fi, "value")
    copy.edit_line(_file(claim), line, f"value: {old}", f"value: {fact.value * 1.25:g}")
    found = copy.check()
    name = Path(_file(claim)).name
    assert ("FC301", name, _line(claim, "statement")) in found
    for qi in expressed:
        assert ("FC302", name, _line(claim, "quotes", qi, "expresses", fact.property)) in found
