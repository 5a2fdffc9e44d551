"""The quiz item model: what the generator produces and every exporter reads.

Frozen pydantic models, so ``Quiz.model_json_schema()`` is the published JSON Schema
(``docs/schema/quiz.schema.json``) and ``factcheck quiz --format json`` is exactly
``Quiz.model_dump``. Exporters only format these values; they never look at claims.

Item kinds and how they are answered:

* choice items (``true-false``, ``multiple-choice``, ``spot-the-error``, ``attribution``,
  ``spelling``, ``verdict``): ``options`` with exactly one ``correct`` option;
* ``cloze``: ``statement`` contains :data:`BLANK`; any of ``accepted`` is right
  (compared after :func:`factcheck.quiz.answer_key`);
* ``timeline``: ``options`` are events shown in shuffled order; ``order`` lists
  their ids from earliest to latest.

Layer: output wing (held by ``tests/project/test_layers.py``): may import ``factcheck.quiz``
itself, checking and everything below; never another output wing (reporters, fix, lint_text,
export, quiz), authoring or the cli.
"""

from __future__ import annotations

from enum import Enum

from pydantic import BaseModel, ConfigDict, Field

__all__ = [
    "BLANK",
    "CHOICE_TYPES",
    "Citation",
    "Difficulty",
    "Item",
    "ItemType",
    "Option",
    "PlantedError",
    "Quiz",
    "QUIZ_FORMAT",
]

#: Version tag of the JSON layout; bump when a field changes meaning.
QUIZ_FORMAT = "factcheck-quiz/1"

#: The gap in a cloze statement.
BLANK = "_____"


class ItemType(str, Enum):
    true_false = "true-false"
    multiple_choice = "multiple-choice"
    spot_the_error = "spot-the-error"
    attribution = "attribution"
    timeline = "timeline"
    cloze = "cloze"
    spelling = "spelling"
    verdict = "verdict"


#: Items answered by picking one option.
CHOICE_TYPES = frozenset({ItemType.true_false, ItemType.multiple_choice, ItemType.spot_the_error,
                          ItemType.attribution, ItemType.spelling, ItemType.verdict})


class Difficulty(str, Enum):
    easy = "easy"
    medium = "medium"
    hard = "hard"


class _Model(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Option(_Model):
    """One answer option; ``id`` is a lowercase letter (``a``, ``b`` …) in display order."""

    id: str
    text: str
    correct: bool = False
    note: str | None = Field(default=None, description="Why this option is (not) right, when known.")


class Citation(_Model):
    """The evidence for an answer: a verbatim quote and where it is in its seed."""

    claim_id: str
    seed: str
    source: str = Field(description="How the seed describes itself: outlet, dateline, byline or headline.")
    quote: str = Field(description="The quote exactly as it stands in the seed text.")
    start: int = Field(description="Character offset of the quote in the seed text.")
    end: int


class PlantedError(_Model):
    """For ``spot-the-error``: what was changed, from what, to what."""

    kind: str = Field(description="date, weekday, number, qualifier, name-spelling or person")
    planted: str
    correct: str


class Item(_Model):
    """One question with its answer key."""

    id: str
    key: str = Field(default="", description="Stable key: type, record ids and the fact asked about or "
                                             "changed; the same in every quiz (a trainer's review file names it).")
    type: ItemType
    difficulty: Difficulty
    prompt: str = Field(description="The question as the trainee reads it.")
    statement: str | None = Field(default=None, description="The statement the question is about, if any.")
    options: tuple[Option, ...] = ()
    order: tuple[str, ...] = Field(default=(), description="timeline: option ids, earliest first.")
    accepted: tuple[str, ...] = Field(default=(), description="cloze: every accepted answer.")
    answer: str = Field(description="The correct answer in words.")
    explanation: str
    citations: tuple[Citation, ...]
    claim_ids: tuple[str, ...]
    topic: str | None = None
    entities: tuple[str, ...] = ()
    error: PlantedError | None = None

    @property
    def correct_options(self) -> list[Option]:
        return [o for o in self.options if o.correct]


class Quiz(_Model):
    """A generated quiz: parameters, counts and items."""

    format: str = QUIZ_FORMAT
    seed: int
    requested: int
    types: tuple[ItemType, ...]
    difficulty: Difficulty | None = None
    entity: str | None = None
    topic: str | None = None
    claims_total: int
    claims_used: int = Field(description="Claims without findings of severity warning or above.")
    claims_skipped: int = Field(description="Claims left out because the check found problems.")
    skipped_claim_ids: tuple[str, ...] = ()
    items: tuple[Item, ...]
