"""Previewing a quiz or a question as a trainee would meet it, for editors, with nothing recorded.

A preview is drawn from a seed that travels in its form, so the page that checks the answers shows the same
questions, with the same options in the same order, as the page that asked them. Slots and answers are built in
memory and never saved: no attempt exists, so a preview counts in no report, statistic, completion or attempt
count, and it needs no cleaning up.
"""

import random
from dataclasses import dataclass, field
from decimal import Decimal

from wagtail.images import get_image_model

from quizzes import scoring
from quizzes.forms import AnswerForm
from quizzes.models import AttemptSlot, Question, QuestionKind, band_for
from quizzes.questions import take_snapshot
from quizzes.review import review_row
from quizzes.taking import draw_questions

SEED_MAX = 2**31 - 1


class PreviewAnswerForm(AnswerForm):
    """The trainee's answer form without an attempt's position and sequence; an empty answer is allowed."""

    def __init__(self, slot, *args, **kwargs):
        super().__init__(slot, *args, **kwargs)
        del self.fields["position"], self.fields["sequence"]
        if "answer" in self.fields:
            self.fields["answer"].required = False

    def payload(self):
        value = self.cleaned_data.get("answer")
        if value in (None, "") or (isinstance(value, list) and not any(value)):
            return None
        return super().payload()


@dataclass(frozen=True)
class PreviewAnswer:
    """An answer as the review reads it, held in memory only."""

    payload: dict
    points: Decimal | None
    is_correct: bool | None
    feedback: str = ""


@dataclass(frozen=True)
class PreviewSlot:
    """A slot as the review reads it (its position, snapshot and answer), without touching the database."""

    position: int
    snapshot: dict
    points: Decimal
    answer: PreviewAnswer | None


@dataclass
class PreviewItem:
    slot: AttemptSlot
    form: PreviewAnswerForm
    figure: object = None
    review: dict | None = None

    @property
    def suffix(self):
        return f"-{self.slot.position}"


@dataclass
class PreviewResult:
    score: Decimal = Decimal("0")
    max_score: Decimal = Decimal("0")
    pending: int = 0
    answered: int = 0
    passed: bool | None = None
    band: object = None
    items: list = field(default_factory=list)

    @property
    def percent(self):
        return scoring.rounded(scoring.percent(self.score, self.max_score))


def new_seed():
    return random.SystemRandom().randint(1, SEED_MAX)


def slots_for(questions, seed):
    """Unsaved slots for `questions`, their options ordered as an attempt with this seed would order them."""
    rng = random.Random(seed)  # noqa: S311 (the same preview twice, not a secret)
    return [
        AttemptSlot(
            position=position,
            question=question,
            snapshot=take_snapshot(question, rng),
            # A description previewed on its own is shown, never scored.
            points=Decimal("0") if question.kind == QuestionKind.DESCRIPTION else question.points,
        )
        for position, question in enumerate(questions, start=1)
    ]


def quiz_slots(quiz, seed):
    """The questions an attempt drawn with `seed` would hold, as unsaved slots."""
    return slots_for(draw_questions(quiz, random.Random(seed)), seed)  # noqa: S311


def question_slots(question, seed):
    question = (
        Question.objects.select_related("category__parent", "video").prefetch_related("options").get(pk=question.pk)
    )
    return slots_for([question], seed)


def build(slots, data=None):
    """The preview's items: each slot with its form (bound to `data` once posted) and its figure."""
    ids = [slot.snapshot.get("figure_id") for slot in slots if slot.snapshot.get("figure_id")]
    figures = get_image_model().objects.in_bulk(ids) if ids else {}
    return [
        PreviewItem(
            slot=slot,
            form=PreviewAnswerForm(slot, data, prefix=f"q{slot.position}"),
            figure=figures.get(slot.snapshot.get("figure_id")),
        )
        for slot in slots
    ]


def check(items, pass_mark=0, bands=()):
    """Score the posted answers in memory, as an attempt would (nothing is saved); the items get their reviews,
    and the result the overall feedback band it reaches (`bands`, the quiz's)."""
    result = PreviewResult(items=items)
    for item in items:
        slot = item.slot
        result.max_score += slot.points
        payload = item.form.payload() if item.form.is_valid() else None
        if payload is None:
            answer = None
        else:
            mark = scoring.mark_answer(slot.snapshot, payload)
            answer = PreviewAnswer(payload=payload, points=mark.points, is_correct=mark.is_correct)
            result.answered += 1
            if mark.points is None:
                result.pending += 1
            else:
                result.score += mark.points
        item.review = review_row(PreviewSlot(slot.position, slot.snapshot, slot.points, answer))
    if not result.pending:
        result.passed = scoring.score_passes(result.score, result.max_score, pass_mark)
        result.band = band_for(bands, result.score, result.max_score)
    return result
