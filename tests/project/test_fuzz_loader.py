"""Structure-aware fuzzing of the loader and everything downstream of it (issue 11).

The strategies build *valid* claim, entity and source records (shaped like
``factcheck/models.py`` and the bundled fact base, with real seed ids, entity ids and
quotes cut from the seed texts), then break them the ways people and other tools do:
a wrong type in any field (lists for strings, mappings for numbers, null, booleans,
huge integers, floats, NaN), impossible calendar dates, dates in other digits or with a
trailing newline, unknown keys (``entity``, ``date``, ``number``, ``0`` …), the plain
scalars YAML 1.1 tools type (``NO``, ``010``, ``12:30:45``, ``2025-08-13``), empty
lists, dropped keys, duplicate ids, duplicate keys and aliases. The YAML is written by a
small emitter here, so that such scalars can be left unquoted on purpose.

The property: loading, checking, generating a quiz and linting a small draft never
raise (the documented ``FactcheckError`` family aside), every finding has a file, a
line and a column, and the command line never prints "internal error".

Examples: the hypothesis profile's ``max_examples`` for the library property and half
of it for the command line (five commands an example). Under CI=true the "ci" profile of
tests/conftest.py runs 200 + 100, derandomized (about 15 s); "dev" 60 + 30; for a long
hunt, ``--hypothesis-profile fuzz``. Crashes this found are pinned as plain examples in
tests/project/test_bad_input.py.
"""

from __future__ import annotations

import contextlib
import copy
import io
import json
import re
import tempfile
from datetime import date
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import factcheck
from factcheck import _yaml
from factcheck.cli import main
from factcheck.errors import FactcheckError
from factcheck.lint_text import lint_text
from factcheck.normalize.dates import format_date
from factcheck.normalize.numbers import format_number
from factcheck.quiz import FORMATS, generate, render

ROOT = Path(__file__).resolve().parents[2]
SEED_FILES = sorted((ROOT / "seeds").glob("*.txt"))
SEED_TEXT = {p.stem: p.read_text("utf-8") for p in SEED_FILES}
SEED_IDS = sorted(SEED_TEXT)


def _plain(value: Any) -> Any:
    """A marked tree from factcheck._yaml as plain dicts and lists."""
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def _records(path: Path, kind: str) -> list[dict]:
    return _plain(_yaml.parse_yaml(path.read_text("utf-8")).value)[kind]


REAL_CLAIMS = [c for f in sorted((ROOT / "claims").glob("*.yaml")) if f.name != "entities.yaml"
               for c in _records(f, "claims")]
REAL_ENTITIES = _records(ROOT / "claims" / "entities.yaml", "entities")
REAL_SOURCES = _records(ROOT / "seeds" / "sources.yaml", "sources")
ENTITY_IDS = sorted({e["id"] for e in REAL_ENTITIES})
PROPERTIES = sorted({f["property"] for c in REAL_CLAIMS for f in c.get("facts", ()) if f.get("property")})
CLAIM_IDS = sorted({c["id"] for c in REAL_CLAIMS})


class Plain(str):
    """A scalar written without quotes: YAML 1.1 tools would type it (``NO``, ``010``)."""


@st.composite
def ids(draw) -> str:
    return draw(st.one_of(
        st.sampled_from(CLAIM_IDS + ENTITY_IDS),
        st.from_regex(r"[a-z0-9]{1,6}(-[a-z0-9]{1,6}){0,2}", fullmatch=True),
    ))


# Control characters make the whole file invalid YAML (FC001): rare, so that the rest is reached.
TEXT = st.text(st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=40)
WORDS = st.text("abcdefghij klmnop ÄéüTürkiye–“”'", min_size=1, max_size=40).filter(str.strip)


@st.composite
def seed_passage(draw, seed: str, exact: bool = False) -> str:
    """Words cut from the seed text (found), or with one word changed (not found)."""
    words = SEED_TEXT[seed].split()
    start = draw(st.integers(0, max(0, len(words) - 2)))
    n = draw(st.integers(1, 12))
    passage = words[start : start + n]
    if not exact and draw(st.integers(0, 3)) == 0:
        passage[draw(st.integers(0, len(passage) - 1))] = draw(st.sampled_from(["inked", "signed", "XX"]))
    return " ".join(passage)


def iso(d: date, precision: str) -> str:
    full = f"{d.year:04d}-{d.month:02d}-{d.day:02d}"
    return {"day": full, "month": full[:7], "year": full[:4]}[precision]


DATES = st.one_of(st.dates(), st.sampled_from([date(1, 1, 1), date(9999, 12, 31), date(2025, 8, 13),
                                               date(2024, 2, 29)]))


#: Dates for claims built to pass (and so to reach the quiz), the calendar's bounds included.
QUIZ_DATES = st.one_of(st.dates(), st.sampled_from([date(1, 1, 1), date(9999, 12, 31), date(2025, 8, 13),
                                                    date(2024, 2, 29)]))


@st.composite
def date_fact(draw) -> dict:
    precision = draw(st.sampled_from(["day", "month", "year"]))
    fact = {"type": "date", "value": iso(draw(DATES), precision), "precision": precision}
    return _about(draw, fact)


def _about(draw, fact: dict) -> dict:
    if draw(st.booleans()):
        fact["subject"] = draw(st.sampled_from(ENTITY_IDS))
        fact["property"] = draw(st.sampled_from(PROPERTIES))
    return fact


NUMBERS = st.one_of(st.integers(0, 10**9), st.floats(0, 1e12, allow_nan=False, allow_infinity=False),
                    st.sampled_from([0, 1, 20000, 350, 0.5, 38]))


@st.composite
def number_fact(draw) -> dict:
    qualifier = draw(st.sampled_from(["exact", "about", "more-than", "at-least", "less-than", "up-to",
                                      "between", "order-of"]))
    fact: dict = {"type": "number", "qualifier": qualifier,
                  "unit": draw(st.sampled_from(["troops", "airstrikes", "percent", "dollars", "bases", "years"]))}
    if qualifier == "between":
        low, high = sorted([draw(NUMBERS), draw(NUMBERS)])
        fact.update(low=low, high=high)
    else:
        fact["value"] = draw(NUMBERS)
    if draw(st.integers(0, 3)) == 0:
        fact["scale"] = draw(st.sampled_from(["thousand", "million", "billion"]))
    return _about(draw, fact)


@st.composite
def entity_fact(draw) -> dict:
    fact = {"type": "entity", "entity": draw(st.sampled_from(ENTITY_IDS))}
    if draw(st.integers(0, 3)) == 0:
        fact["role"] = draw(WORDS)
    return _about(draw, fact)


@st.composite
def quote(draw, properties: list[str]) -> dict:
    seed = draw(st.sampled_from(SEED_IDS))
    text = draw(seed_passage(seed))
    q: dict = {"seed": seed, "text": text}
    if draw(st.integers(0, 3)) == 0:
        q["stance"] = draw(st.sampled_from(["supports", "contradicts"]))
    if properties and draw(st.booleans()):
        words = text.split()
        q["expresses"] = {draw(st.sampled_from(properties)): " ".join(words[: draw(st.integers(1, len(words)))])}
    return q


@st.composite
def claim_record(draw) -> dict:
    if draw(st.integers(0, 2)) == 0:
        return copy.deepcopy(draw(st.sampled_from(REAL_CLAIMS)))
    facts = draw(st.lists(st.one_of(date_fact(), number_fact(), entity_fact()), max_size=3))
    props = [f["property"] for f in facts if "property" in f]
    verdict = draw(st.sampled_from(["supported", "refuted", "disputed", "outdated", "unverified"]))
    claim: dict = {"id": draw(ids()), "statement": draw(st.one_of(
        WORDS, st.sampled_from([c["statement"] for c in REAL_CLAIMS]))), "verdict": verdict}
    if verdict != "supported" or draw(st.integers(0, 4)) == 0:
        claim["rationale"] = draw(WORDS)
    if facts:
        claim["facts"] = facts
    quotes = draw(st.lists(quote(props), max_size=2))
    if quotes:
        claim["quotes"] = quotes
    if verdict == "outdated" or draw(st.integers(0, 5)) == 0:
        claim["superseded_by"] = draw(st.sampled_from(CLAIM_IDS))
    if draw(st.integers(0, 5)) == 0:
        claim["related"] = draw(st.lists(st.sampled_from(CLAIM_IDS), max_size=2))
    if draw(st.integers(0, 5)) == 0:
        claim["suppress"] = {draw(st.sampled_from(["FC101", "FC301", "FC999"])): draw(WORDS)}
    if draw(st.integers(0, 5)) == 0:
        claim["topic"] = draw(ids())
    return claim


@st.composite
def passing_claim(draw, dates=QUIZ_DATES) -> dict:
    """A claim built to pass every check, so that quiz generation and lint-text use it:
    its statement writes its date (and number) in house style, its quote is in the seed."""
    entity = draw(st.sampled_from([e for e in REAL_ENTITIES if e["kind"] in ("place", "organisation", "agreement")]))
    precision = draw(st.sampled_from(["day", "month"]))
    when = draw(dates)
    facts: list[dict] = [{"type": "entity", "entity": entity["id"]},
                         {"type": "date", "subject": entity["id"], "property": draw(st.sampled_from(PROPERTIES)),
                          "value": iso(when, precision), "precision": precision}]
    statement = f"{entity['name']} acted {'on' if precision == 'day' else 'in'} {format_date(when, precision)}"
    if draw(st.booleans()):
        n = draw(st.integers(2, 10**6))
        facts.append({"type": "number", "subject": entity["id"], "property": "troops-deployed", "value": n,
                      "unit": "troops"})
        statement += f" with {format_number(n, 'exact', 'troops')}"
    seed = draw(st.sampled_from(SEED_IDS))
    return {"id": draw(ids()), "statement": statement + ".", "verdict": "supported", "facts": facts,
            "quotes": [{"seed": seed, "text": draw(seed_passage(seed, exact=True))}]}


@st.composite
def entity_record(draw) -> dict:
    if draw(st.booleans()):
        return copy.deepcopy(draw(st.sampled_from(REAL_ENTITIES)))
    entity: dict = {"id": draw(ids()), "kind": draw(st.sampled_from(
        ["person", "organisation", "place", "event", "agreement", "operation", "group"])), "name": draw(WORDS)}
    for key in ("variants", "aliases", "misspellings", "short"):
        if draw(st.integers(0, 3)) == 0:
            entity[key] = draw(st.lists(WORDS, min_size=1, max_size=2))
    if draw(st.integers(0, 2)) == 0:
        role: dict = {"title": draw(WORDS)}
        for key in ("start", "end", "as_of"):
            if draw(st.integers(0, 2)) == 0:
                role[key] = iso(draw(DATES), "day")
        if draw(st.booleans()):
            role["of"] = draw(st.sampled_from(ENTITY_IDS))
        if draw(st.booleans()):
            role["seeds"] = [draw(st.sampled_from(SEED_IDS))]
        entity["roles"] = [role]
    return entity


@st.composite
def source_record(draw, seed: str) -> dict:
    real = next((s for s in REAL_SOURCES if s["id"] == seed), None)
    if real is not None and draw(st.booleans()):
        return copy.deepcopy(real)
    source: dict = {"id": seed, "file": seed + ".txt"}
    if draw(st.booleans()):
        source["published"] = draw(st.one_of(st.none(), DATES.map(lambda d: iso(d, "day"))))
    for key in ("headline", "outlet", "byline", "dateline", "published_as", "url", "note"):
        if draw(st.integers(0, 4)) == 0:
            source[key] = draw(st.one_of(st.none(), WORDS))
    if draw(st.integers(0, 3)) == 0:
        source["agencies"] = draw(st.lists(WORDS, max_size=2))
    if draw(st.booleans()):
        n = SEED_TEXT[seed].count("\n") + 1
        first = draw(st.integers(1, n + 2))
        span: dict = {"lines": [first, draw(st.integers(first, n + 3))],
                      "kind": draw(st.sampled_from(["byline", "related-headline", "photo-caption", "other"]))}
        if draw(st.booleans()):
            span["text"] = draw(seed_passage(seed))
        source["furniture"] = [span]
    return source


# --------------------------------------------------------------------------- breaking them

YAML11 = ["yes", "No", "NO", "on", "off", "y", "n", "true", "False", "010", "0o17", "0x1F", "0b101", "1_000",
          "12:30:45", "190:20:30", "2025-08-13", "2025-02-30", "2025-8-1", "2025-08-13T10:00:00Z",
          "2001-12-14 21:59:43.10 -5", "~", "null", ".nan", ".NaN", ".inf", "-.inf", "nan", "NaN", "inf",
          "-inf", "1e400", "-1e400", "1e308", "99999999999999999999999999", "-1", "0", "1.5", "-0", "+12"]
BAD_DATES = ["2025-02-30", "2023-02-29", "2025-13", "2025-00", "0000", "0000-01-01", "10000-01-01",
             "9999-12-31", "0001-01-01", "9999", "9999-12", "0001", "٢٠٢٥-٠٨-١٣", "２０２５-０８-１３", "2025-08-13\n",
             " 2025-08-13", "2025-08-13T00:00:00", "2025/08/13", "13 August 2025", "20250813", ""]
UNKNOWN_KEYS = ["entity", "date", "number", "0", "type", "id", "value", "quotes", "extra", "Statement",
                "verdict ", "date-of"]

BAD_VALUES = st.one_of(
    st.sampled_from(YAML11).map(Plain),
    st.sampled_from(BAD_DATES),
    st.sampled_from(BAD_DATES[:11]).map(Plain),
    st.none(),
    st.booleans(),
    st.integers(-(2**70), 2**70),
    st.floats(),
    st.lists(TEXT, max_size=3),
    st.dictionaries(st.sampled_from(UNKNOWN_KEYS), TEXT, max_size=2),
    st.builds(list),  # not st.just([]): a later mutation must not change the shared object
    st.builds(dict),
    TEXT,
    st.just(""),
    st.just("x" * 20_001),
    st.just("bell \x07 and C1 \x85 controls"),
)


def _paths(value: Any, here: tuple = ()) -> list[tuple]:
    out = [here]
    if isinstance(value, dict):
        for k, v in value.items():
            out += _paths(v, here + (k,))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            out += _paths(v, here + (i,))
    return out


def _at(value: Any, path: tuple) -> Any:
    for step in path:
        value = value[step]
    return value


@st.composite
def broken(draw, record: dict) -> dict:
    """``record`` with 0–3 of: a bad value anywhere, an unknown key, a dropped key, an empty list."""
    record = copy.deepcopy(record)
    for _ in range(draw(st.integers(0, 3))):
        paths = [p for p in _paths(record) if p]
        op = draw(st.sampled_from(["value", "value", "unknown", "drop", "empty"]))
        if op == "value" and paths:
            path = draw(st.sampled_from(paths))
            _at(record, path[:-1])[path[-1]] = draw(BAD_VALUES)
        elif op == "unknown":
            maps = [p for p in _paths(record) if isinstance(_at(record, p), dict)]
            target = _at(record, draw(st.sampled_from(maps)))
            target[draw(st.one_of(st.sampled_from(UNKNOWN_KEYS), TEXT))] = draw(st.one_of(TEXT, BAD_VALUES))
        elif op == "drop":
            maps = [p for p in _paths(record) if isinstance(_at(record, p), dict) and _at(record, p)]
            if maps:
                target = _at(record, draw(st.sampled_from(maps)))
                del target[draw(st.sampled_from(sorted(target, key=str)))]
        else:
            lists = [p for p in paths if isinstance(_at(record, p), list)]
            if lists:
                path = draw(st.sampled_from(lists))
                _at(record, path[:-1])[path[-1]] = []
    return record


# --------------------------------------------------------------------------- writing YAML

_PLAIN_SAFE = re.compile(r"[A-Za-z0-9][A-Za-z0-9 ._:+/-]*")


class Alias:
    def __init__(self, name: str) -> None:
        self.name = name


class Anchored:
    def __init__(self, name: str, value: Any) -> None:
        self.name, self.value = name, value


def scalar(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, Plain):
        return str(value)
    text = str(value)
    if _PLAIN_SAFE.fullmatch(text) and not text.endswith(" ") and ": " not in text:
        return text  # as curators write ids and words
    return json.dumps(text, ensure_ascii=False)


def key(k: Any) -> str:
    return k if isinstance(k, str) and re.fullmatch(r"[A-Za-z0-9_-]+", k) else json.dumps(str(k), ensure_ascii=False)


def flow(value: Any) -> str:
    if isinstance(value, Alias):
        return f"*{value.name}"
    if isinstance(value, Anchored):
        return f"&{value.name} {flow(value.value)}"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{key(k)}: {flow(v)}" for k, v in value.items()) + "}"
    if isinstance(value, list):
        return "[" + ", ".join(flow(v) for v in value) + "]"
    return scalar(value)


def block(value: Any, indent: int, styles: list[bool]) -> list[str]:
    """Block YAML lines of a mapping or list; ``styles`` says, node by node, flow or block."""
    pad = " " * indent
    lines: list[str] = []
    items = value.items() if isinstance(value, dict) else ((None, v) for v in value)
    for k, v in items:
        head = f"{pad}{key(k)}:" if isinstance(value, dict) else f"{pad}-"
        anchor = ""
        if isinstance(v, Anchored):
            anchor, v = f" &{v.name}", v.value
        if isinstance(v, (dict, list)) and v and not (styles and styles.pop()):
            lines.append(head + anchor)
            lines += block(v, indent + 2, styles)
        else:
            lines.append(f"{head}{anchor} {flow(v)}")
    return lines


@st.composite
def yaml_file(draw, kind: str, records: list) -> str:
    root: Any = {kind: records}
    if kind == "claims" and draw(st.integers(0, 3)) == 0:
        root = {"topic": draw(st.one_of(ids(), BAD_VALUES)), **root}
    if draw(st.integers(0, 9)) == 0:  # the file itself is the wrong shape
        root = draw(st.sampled_from([{kind: {}}, {kind: None}, {kind: "x"}, [records], {"other": records},
                                     {kind: records, "extra": 1}]))
    if isinstance(root, dict) and isinstance(root.get(kind), list) and len(root[kind]) > 1:
        if draw(st.integers(0, 4)) == 0:  # a record repeated through an alias
            root[kind] = [Anchored("r", root[kind][0]), *root[kind][1:], Alias("r")]
    styles = draw(st.lists(st.booleans(), max_size=40))
    if isinstance(root, dict):
        text = "\n".join(block(root, 0, styles)) + "\n"
    else:
        text = flow(root) + "\n"
    if draw(st.integers(0, 9)) == 0:  # a duplicate key
        text = re.sub(r"^(\s*)(- )?(id|verdict|name|file): (.*)$",
                      lambda m: f"{m[0]}\n{' ' * (len(m[1]) + len(m[2] or ''))}{m[3]}: dup", text,
                      count=1, flags=re.M)
    return text


@st.composite
def fact_bases(draw) -> dict[str, str]:
    """File name → YAML text of a small fact base: one or two claim files, entities, sources."""
    claims = draw(st.lists(st.one_of(claim_record(), passing_claim()), min_size=1, max_size=4))
    claims = [draw(broken(c)) if draw(st.integers(0, 2)) else c for c in claims]
    if draw(st.integers(0, 5)) == 0 and claims:
        claims.append(copy.deepcopy(claims[0]))  # a duplicate id
    entities = REAL_ENTITIES + draw(st.lists(entity_record(), max_size=2))
    for i in draw(st.lists(st.integers(0, len(entities) - 1), max_size=2)):
        entities[i] = draw(broken(entities[i]))
    sources = [draw(broken(draw(source_record(s)))) if draw(st.integers(0, 2)) == 0 else draw(source_record(s))
               for s in draw(st.lists(st.sampled_from(SEED_IDS), unique=True, max_size=5))]
    files = {"claims/a.yaml": draw(yaml_file("claims", claims[:2])),
             "claims/entities.yaml": draw(yaml_file("entities", entities)),
             "seeds/sources.yaml": draw(yaml_file("sources", sources))}
    if claims[2:]:
        files["claims/b.yaml"] = draw(yaml_file("claims", claims[2:]))
    return files


SENTENCES = [
    "Turkey and Syria signed a memorandum of understanding on Tuesday, 12 August 2025.",
    "More than 20,000 Turkish troops are in Syria, Yasar Guler said yesterday.",
    "The deal was signed in December 9999 by Murhaf Abu Qasra.",
    "Bashar al-Assad was ousted in January 0001, after 350 airstrikes last year.",
    "Abu Mohammed al-Julani met Assad al-Shaibani on Thursday.",
]


@st.composite
def drafts(draw) -> tuple[str, date | None]:
    pool = SENTENCES + [c["statement"] for c in REAL_CLAIMS[:20]]
    text = " ".join(draw(st.lists(st.sampled_from(pool), min_size=1, max_size=4)))
    return text + "\n", draw(st.one_of(st.none(), DATES))


# --------------------------------------------------------------------------- the properties


def write(root: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, "utf-8")


def paths(root: Path) -> list[Path]:
    return [*SEED_FILES, root / "seeds" / "sources.yaml", root / "claims"]


def assert_located(diagnostics, files: list[str]) -> None:
    for d in diagnostics:
        assert d.file in files, d
        assert d.line >= 1 and d.column >= 1, d


FUZZ = settings(suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large], deadline=None)


@FUZZ
@given(files=fact_bases(), draft=drafts(), quiz_seed=st.integers(0, 5), fmt=st.sampled_from(sorted(FORMATS)))
def test_load_check_quiz_and_lint_never_crash(files, draft, quiz_seed, fmt):
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        write(root, files)
        corpus = factcheck.load_corpus(paths(root))  # every file is readable: no LoadError
        assert_located(corpus.diagnostics, corpus.files)
        report = factcheck.check(corpus)
        assert_located(report.diagnostics, corpus.files)
        if not report.fatal:
            try:
                quiz = generate(corpus, count=6, seed=quiz_seed, report=report)
            except FactcheckError:  # documented: UsageError for what cannot be asked
                pass
            else:
                render(quiz, fmt)
        text, reference = draft
        result = lint_text(text, corpus, reference=reference, file="draft.txt")
        assert_located(result.diagnostics, ["draft.txt"])


def run_cli(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(list(args))
    return code, out.getvalue(), err.getvalue()


@settings(FUZZ, max_examples=max(10, settings().max_examples // 2))
@given(files=fact_bases(), draft=drafts())
def test_the_command_line_never_reports_an_internal_error(files, draft):
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        write(root, files)
        text, reference = draft
        (root / "draft.txt").write_text(text, "utf-8")
        where = [str(p) for p in paths(root)]
        date_args = ["--date", reference.isoformat()] if reference else []
        for args in (["check", *where],
                     ["check", "--format", "json", *where],
                     ["quiz", "--count", "4", "--format", "json", *where],
                     ["export", "--format", "fever", *where],
                     ["lint-text", str(root / "draft.txt"), "--claims", str(root / "claims"),
                      "--seeds", str(root / "seeds"), *date_args]):
            code, out, err = run_cli(*args)
            assert "internal error" not in err and "Traceback" not in err, (args[0], err)
            assert code in (0, 1, 2), (args[0], code, err)
