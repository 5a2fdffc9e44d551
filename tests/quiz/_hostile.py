"""A hand-built quiz whose every text field carries the special characters of every format."""

from __future__ import annotations

from factcheck.quiz import BLANK, Citation, Difficulty, Item, ItemType, Option, Quiz

NASTY = "<script>alert(1)</script> {a~b=c#d:e} ]]> & [x](y) *z* \\ -> end"


def _cite(n: int) -> tuple[Citation, ...]:
    return (Citation(claim_id=f"claim-{n}", seed="999_hostile", source=f"seed 999: {NASTY}",
                     quote=f"quote {n} {NASTY}", start=10 * n, end=10 * n + 5),)


def hostile_quiz() -> Quiz:
    items = [
        Item(id="q01", type=ItemType.multiple_choice, difficulty=Difficulty.medium,
             prompt=f"Which {NASTY}?", statement=f"Before {BLANK} after {NASTY}",
             options=(Option(id="a", text=f"right {NASTY}", correct=True),
                      Option(id="b", text=f"wrong one {NASTY}"),
                      Option(id="c", text=f"wrong two {NASTY}")),
             answer=f"right {NASTY}", explanation=f"because {NASTY}", citations=_cite(1),
             claim_ids=("claim-1",)),
        Item(id="q02", type=ItemType.true_false, difficulty=Difficulty.easy, prompt="True or false?",
             statement=f"statement {NASTY}",
             options=(Option(id="a", text="True"), Option(id="b", text="False", correct=True)),
             answer="False", explanation=f"false because {NASTY}", citations=_cite(2),
             claim_ids=("claim-2",)),
        Item(id="q03", type=ItemType.cloze, difficulty=Difficulty.medium, prompt="Fill in the blank.",
             statement=f"It was {BLANK} {NASTY}", accepted=("13 August 2025", "2025-08-13", "Aug. 13"),
             answer="13 August 2025", explanation=f"x {NASTY}", citations=_cite(3),
             claim_ids=("claim-3",)),
        Item(id="q04", type=ItemType.timeline, difficulty=Difficulty.hard,
             prompt="Put these events in order, earliest first.",
             options=tuple(Option(id=k, text=f"event {k} {NASTY}") for k in "abcd"),
             order=("c", "a", "d", "b"), answer="c, a, d, b", explanation=f"order {NASTY}",
             citations=_cite(4), claim_ids=("claim-4",)),
    ]
    return Quiz(seed=5, requested=4, types=tuple(ItemType), claims_total=4, claims_used=4,
                claims_skipped=0, items=tuple(items))
