"""The public names of ``factcheck.quiz`` are pinned: changing them is an API change."""

from __future__ import annotations

import factcheck.quiz
import factcheck.quiz.exporters


def test_quiz_exports():
    assert factcheck.quiz.__all__ == [
        "BLANK", "CHOICE_TYPES", "Citation", "DEFAULT_TYPES", "DIFFICULTY", "Difficulty", "FORMATS",
        "Item", "ItemType", "Option", "PlantedError", "Quiz", "QuizOptions", "answer_key", "generate", "option_key",
        "render",
    ]
    for name in factcheck.quiz.__all__:
        assert hasattr(factcheck.quiz, name), name


def test_exporter_formats_are_the_cli_choices():
    from factcheck.cli._quiz import FORMAT_NAMES, TYPE_NAMES

    assert tuple(factcheck.quiz.exporters.FORMATS) == FORMAT_NAMES
    assert TYPE_NAMES == tuple(t.value for t in factcheck.quiz.ItemType)
