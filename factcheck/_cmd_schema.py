"""``factcheck schema [claims|entities|sources]``: print the JSON Schema of a file kind."""

from __future__ import annotations

import argparse
import sys


def add_schema_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("kind", nargs="?", default="claims", choices=["claims", "entities", "sources"],
                   help="which file kind (default: claims)")


def run_schema(args: argparse.Namespace) -> int:
    from .schema import schema_text

    sys.stdout.write(schema_text(args.kind))
    return 0
