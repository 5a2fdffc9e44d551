"""The authoring package's public names are pinned."""

import factcheck.authoring as authoring


def test_exported_names():
    assert authoring.__all__ == [
        "AGENCIES", "AddedSource", "Block", "Console", "DateMiss", "Draft", "DraftRecord", "Field", "FurnitureGuess", "KINDS",
        "ProposedEntity", "ReviewResult", "Score", "SourceGuess", "WalkResult", "add_source", "draft_blocks", "draft_seed",
        "furniture_score", "guess_source", "leave_one_out", "render_draft", "render_entities", "render_entry",
        "review", "seed_stem", "walk",
    ]
    for name in authoring.__all__:
        assert getattr(authoring, name) is not None
