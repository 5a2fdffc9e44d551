"""The ``factcheck`` command: argument parsing and exit codes, no logic of its own.

One private module per command (``_check``, ``_fix``, ``_export``, ``_lint_text``,
``_quiz``, ``_rules``, ``_schema``), each listing its :class:`~._shared.Command` s in
``COMMANDS``, and one shared module (``_shared``: fact base paths, configuration, format
defaults, output writing). This package may import every layer below it; nothing imports it
but the console script, ``python -m factcheck`` and the pytest plugin's messages.

Exit codes: 0 clean, 1 findings, 2 usage or input error (one line on stderr, never a
traceback; ``FACTCHECK_DEBUG=1`` shows the traceback of an internal error).

Layer: cli (held by ``tests/project/test_layers.py``): may import ``factcheck.cli`` itself
and everything below (authoring, the output wings, checking, …); never the pytest plugin.
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
from typing import Sequence

from ..errors import FactcheckError, UsageError
from . import _check, _export, _fix, _lint_text, _quiz, _rules, _schema
from . import _add_source, _draft, _review
from ._shared import Command

__all__ = ["COMMANDS", "main"]

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2

#: Every subcommand by name, in the order ``factcheck --help`` lists them.
COMMANDS: dict[str, Command] = {
    command.name: command
    for module in (_check, _schema, _rules, _fix, _export, _lint_text, _quiz, _add_source, _draft, _review)
    for command in module.COMMANDS
}


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line, exit 2 (argparse's own convention)
        raise UsageError(message)


def _build_parser() -> tuple[argparse.ArgumentParser, dict[str, argparse.ArgumentParser]]:
    from .._version import __version__

    parser = _Parser(prog="factcheck", description="Keep a curated fact base honest.")
    parser.add_argument("--version", action="version", version=f"factcheck {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    parsers: dict[str, argparse.ArgumentParser] = {}
    for name, command in COMMANDS.items():
        p = sub.add_parser(name, **_command_parser_options(name))
        command.add_arguments(p)
        parsers[name] = p
    return parser, parsers


def _command_parser_options(name: str) -> dict[str, str]:
    """How ``factcheck NAME``'s parser is made: by the subparsers of :func:`_build_parser`,
    or alone (:func:`_parse`) with the same name, usage and texts."""
    return {"prog": f"factcheck {name}", "help": COMMANDS[name].help, "description": COMMANDS[name].help}


def _command_parser(name: str) -> argparse.ArgumentParser:
    """The parser of one subcommand alone: ``factcheck NAME ...`` needs no other."""
    options = _command_parser_options(name)
    del options["help"]  # the line in the top-level help's list of commands
    parser = _Parser(**options)
    COMMANDS[name].add_arguments(parser)
    return parser


def _parse(argv: list[str]) -> tuple[argparse.Namespace, argparse.ArgumentParser | None]:
    """Parse with options and paths in any order after the subcommand; also the top-level
    parser when it was needed (None when the command came first: then only its parser is
    built, not every command's).

    argparse cannot intermix optionals and positionals through subparsers, so the
    subcommand's own parser parses what follows the subcommand name.
    """
    at = next((i for i, a in enumerate(argv) if not a.startswith("-") or a == "--"), None)
    parser = None
    if at == 0 and argv[0] in COMMANDS:
        command_parser = _command_parser(argv[0])
    else:
        parser, parsers = _build_parser()
        if at is None or argv[at] not in parsers:
            return parser.parse_args(argv), parser
        parser.parse_args(argv[:at])  # --version / --help / unknown global options
        command_parser = parsers[argv[at]]
    rest = argv[at + 1 :]
    # After "--" every word is positional, even "-c" (parse_intermixed_args loses the "--"
    # when it parses the optionals first). Such words go in as placeholders no option can
    # look like, and come back after parsing.
    words: dict[str, str] = {}
    if "--" in rest:
        cut = rest.index("--")
        words = {f"\0{i}": word for i, word in enumerate(rest[cut + 1 :])}
        rest = rest[:cut] + list(words)
    args = command_parser.parse_intermixed_args(rest)
    if words:
        for name, value in vars(args).items():
            if isinstance(value, list):
                setattr(args, name, [words.get(v, v) if isinstance(v, str) else v for v in value])
            elif isinstance(value, str) and value in words:
                setattr(args, name, words[value])
    args.command = argv[at]
    return args, parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the console script; returns the exit code."""
    # The command's models need no pydantic plugins; looking for them scans the entry
    # points of every installed distribution (~30 ms of each cold start). Library users
    # are not affected, and a user's own setting wins.
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    try:
        args, parser = _parse(list(sys.argv[1:] if argv is None else argv))
        if not args.command:
            assert parser is not None  # no command: the top-level parser parsed it all
            parser.print_help(sys.stderr)
            return EXIT_ERROR
        return COMMANDS[args.command].run(args)
    except FactcheckError as exc:
        print(f"factcheck: error: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("factcheck: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except Exception as exc:  # a bug: still one line, unless debugging
        if os.environ.get("FACTCHECK_DEBUG"):
            raise
        print(f"factcheck: internal error: {type(exc).__name__}: {exc} "
              "(set FACTCHECK_DEBUG=1 for the traceback)", file=sys.stderr)
        return EXIT_ERROR


def _entry() -> None:  # pragma: no cover - console script and ``python -m factcheck``
    """Run :func:`main` and exit with its code, sparing the interpreter's shutdown the
    collector's passes over everything the run left alive (~70 ms of a check of the
    bundled fact base, more on a large one): the objects are frozen out of its sight
    first. Files are closed and the standard streams flushed as usual. Only the process
    entry does this; :func:`main` called in a long-lived process leaves the collector be."""
    code = main()
    gc.freeze()
    sys.exit(code)


if __name__ == "__main__":  # pragma: no cover
    _entry()
