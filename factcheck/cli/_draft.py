"""``factcheck draft SEED``: a reviewable claim file for one seed, and its proposed new entities.

Layer: cli (held by ``tests/project/test_layers.py``): may import ``factcheck.cli`` itself
and everything below (authoring, the output wings, checking, …); never the pytest plugin.
"""

from __future__ import annotations

import argparse
import os
import sys

from ._shared import Command, add_config_arguments, fact_base_paths, iso_date, load_settings


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("seed", metavar="SEED", help="the seed id (file stem in seeds/) or the seed's .txt path")
    p.add_argument("paths", nargs="*", metavar="PATH",
                   help="the fact base (default: [tool.factcheck] paths, else claims/ and seeds/)")
    p.add_argument("--date", type=iso_date, metavar="YYYY-MM-DD",
                   help="publication date to resolve relative dates against (default: the seed's "
                        "'published' in sources.yaml; without one they stay unresolved)")
    p.add_argument("-o", "--output", metavar="FILE",
                   help="write the claim file to FILE (default: drafts/<seed>.yaml; '-' for stdout)")
    p.add_argument("--entities", metavar="FILE",
                   help="write the proposed entities to FILE (default: beside the claim file, "
                        "<name>.entities.yaml)")
    p.add_argument("--force", action="store_true",
                   help="replace an existing draft file (a review of it may be under way)")
    add_config_arguments(p)


def run(args: argparse.Namespace) -> int:
    from ..authoring import draft_seed, render_draft, render_entities
    from ..errors import UsageError
    from ..loading import load_corpus
    from ._shared import write_output

    config = load_settings(args)
    paths = fact_base_paths(args.paths, config)
    corpus = load_corpus(paths)
    fatal = [d for d in corpus.diagnostics if d.severity.value == "fatal"]
    if fatal:
        d = fatal[0]
        raise UsageError(f"{d.file}:{d.line}:{d.column}: {d.message} (the fact base cannot be read)")
    seed_id = args.seed
    if seed_id.endswith(".txt"):
        seed_id = os.path.basename(seed_id)[:-4]
    draft = draft_seed(corpus, seed_id, reference=args.date)
    output = args.output if args.output is not None else os.path.join("drafts", f"{seed_id}.yaml")
    if output == "-":
        entities_out = args.entities
    else:
        entities_out = args.entities or (output[:-5] if output.endswith(".yaml") else output) + ".entities.yaml"
    outputs = []
    proposed = [e for e in draft.entities if e.kind]
    if entities_out and proposed:
        outputs.append((entities_out, render_entities(draft)))
    outputs.insert(0, (output, render_draft(draft, entities_file=entities_out if proposed else None)))
    for path, _ in outputs:
        if path not in (None, "-") and os.path.exists(path) and not args.force and os.path.isfile(path):
            raise UsageError(f"{path} exists (a review of it may be under way); --force replaces it")
    for path, _ in outputs:
        folder = os.path.dirname(path) if path not in (None, "-") else ""
        if folder and not os.path.isdir(folder):
            os.makedirs(folder, exist_ok=True)
    write_output(outputs)
    where = "standard output" if output == "-" else output
    print(f"drafted {len(draft.records)} record(s) from seed {seed_id} to {where}"
          + (f"; {len(proposed)} proposed entit{'y' if len(proposed) == 1 else 'ies'} in {entities_out}"
             if proposed and entities_out else ""), file=sys.stderr)
    return 0


COMMANDS = (Command("draft", "draft reviewable claim records for one seed", add_arguments, run),)
