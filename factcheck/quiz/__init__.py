"""Quizzes for training journalists, generated from checked claim records.

::

    from factcheck import load_corpus
    from factcheck.quiz import generate, render
    quiz = generate(load_corpus(["claims", "seeds"]), count=20, seed=1)
    print(render(quiz, "markdown"))

Only claims with no finding of severity warning or above are used; every item carries
an answer key that cites a verbatim quote with its offsets in the seed.

Layer: output wing (held by ``tests/project/test_layers.py``): may import ``factcheck.quiz``
itself, checking and everything below; never another output wing (reporters, fix, lint_text,
export, quiz), authoring or the cli.
"""

from __future__ import annotations

from .distractors import answer_key, option_key
from .exporters import FORMATS, render
from .generate import DEFAULT_TYPES, DIFFICULTY, QuizOptions, generate
from .items import BLANK, CHOICE_TYPES, Citation, Difficulty, Item, ItemType, Option, PlantedError, Quiz

__all__ = [
    "BLANK",
    "CHOICE_TYPES",
    "Citation",
    "DEFAULT_TYPES",
    "DIFFICULTY",
    "Difficulty",
    "FORMATS",
    "Item",
    "ItemType",
    "Option",
    "PlantedError",
    "Quiz",
    "QuizOptions",
    "answer_key",
    "generate",
    "option_key",
    "render",
]
