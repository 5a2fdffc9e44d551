"""``factcheck quiz [PATHS…]``: generate a training quiz from the claims that pass the check.

Exit codes: 0 a quiz was written, 2 usage or input error (including a fact base that
gives no item at all). Claims with findings are skipped and counted on stderr.

Layer: cli (held by ``tests/project/test_layers.py``): may import ``factcheck.cli`` itself
and everything below (authoring, the output wings, checking, …); never the pytest plugin.
"""

from __future__ import annotations

import argparse
import sys

from ._shared import Command, add_config_arguments, fact_base_paths, load_settings, write_output

FORMAT_NAMES = ("json", "markdown", "gift", "moodle-xml", "html")
TYPE_NAMES = ("true-false", "multiple-choice", "spot-the-error", "attribution", "timeline", "cloze",
              "spelling", "verdict")


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("paths", nargs="*", metavar="PATH",
                   help="claim/entity/source files, seed texts, or folders of them "
                        "(default: [tool.factcheck] paths, else claims/ and seeds/ of the current folder)")
    p.add_argument("--count", type=int, default=20, metavar="N", help="number of items (default: 20)")
    p.add_argument("--seed", type=int, default=0, metavar="N",
                   help="random seed: the same seed gives byte-identical output (default: 0)")
    p.add_argument("--format", default="markdown", choices=FORMAT_NAMES, help="output format (default: markdown)")
    p.add_argument("--types", metavar="TYPES",
                   help="comma-separated item types (default: all): " + ", ".join(TYPE_NAMES))
    p.add_argument("--difficulty", choices=("easy", "medium", "hard"), help="only items of this difficulty")
    p.add_argument("--entity", metavar="ID_OR_NAME", help="only claims about this entity")
    p.add_argument("--topic", metavar="TOPIC", help="only claims of this topic")
    p.add_argument("-o", "--output", metavar="FILE", help="write the quiz here instead of stdout")
    p.add_argument("--key", metavar="FILE",
                   help="markdown only: write the answer key to FILE and only the worksheet to the output")
    p.add_argument("-q", "--quiet", action="store_true", help="no summary on stderr")
    p.add_argument("--review", metavar="FILE",
                   help="a trainer's review file: items whose keys it lists under 'rejected' are never emitted")
    p.add_argument("--explain-rejections", action="store_true",
                   help="list on stderr every candidate item the self-check dropped, with the rule and why")
    add_config_arguments(p)


def run(args: argparse.Namespace) -> int:
    from ..errors import UsageError
    from ..loading import load_corpus
    from ..quiz import QuizOptions, generate
    from ..quiz.exporters import render, render_markdown

    if args.key and args.format != "markdown":
        raise UsageError("--key only works with --format markdown")
    paths = fact_base_paths(args.paths, load_settings(args))
    types = [t.strip() for t in args.types.split(",") if t.strip()] if args.types else None
    corpus = load_corpus(paths)
    if corpus.fatal:
        raise UsageError("some files could not be read; run 'factcheck check' to see why")
    rejections: list = []
    review: frozenset = frozenset()
    if args.review:
        from ..quiz.review import load_review

        review = load_review(args.review)
    options = QuizOptions.build(corpus, count=args.count, seed=args.seed, types=types, difficulty=args.difficulty,
                                entity=args.entity, topic=args.topic, review=review)
    quiz = generate(corpus, options, rejections=rejections)
    if args.explain_rejections:
        from ..quiz.selfcheck import explain

        sys.stderr.write(explain(rejections))
    if not quiz.items:
        raise UsageError(f"no quiz item could be made from {quiz.claims_used} checked claims "
                         f"({quiz.claims_skipped} skipped for findings) with these filters")
    if args.key:  # worksheet and key: both written or neither
        write_output([(args.output, render_markdown(quiz, part="worksheet")),
                      (args.key, render_markdown(quiz, part="key"))])
    else:
        write_output([(args.output, render(quiz, args.format))])
    if not args.quiet:
        def n(count: int, word: str) -> str:
            return f"{count} {word}{'' if count == 1 else 's'}"

        note = (f"factcheck quiz: {n(len(quiz.items), 'item')} from {n(quiz.claims_used, 'checked claim')}; "
                f"{n(quiz.claims_skipped, 'claim')} with findings skipped")
        if rejections:
            from ..quiz.selfcheck import summary

            note += f"; {summary(rejections)}"
        if len(quiz.items) < quiz.requested:
            note += f"; only {len(quiz.items)} of the {quiz.requested} requested items could be made"
        print(note, file=sys.stderr)
    return 0


COMMANDS = (Command("quiz", "generate a training quiz (markdown, json, gift, moodle-xml, html)", add_arguments,
                    run),)
