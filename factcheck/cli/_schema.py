"""``factcheck schema [claims|entities|sources]``: print the JSON Schema of a file kind.

Layer: cli (held by ``tests/project/test_layers.py``): may import ``factcheck.cli`` itself
and everything below (authoring, the output wings, checking, …); never the pytest plugin.
"""

from __future__ import annotations

import argparse
import sys

from ._shared import Command


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("kind", nargs="?", default="claims", choices=["claims", "entities", "sources"],
                   help="which file kind (default: claims)")


def run(args: argparse.Namespace) -> int:
    from ..schema import schema_text

    sys.stdout.write(schema_text(args.kind))
    return 0


COMMANDS = (Command("schema", "print the JSON Schema of claim, entity or source files", add_arguments, run),)
