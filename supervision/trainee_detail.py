"""One trainee, in full: every module with status and dates, every attempt with its answers, essays with
their marking, the cross-training meter. A fixed number of queries whatever the number of attempts."""

from collections import defaultdict
from dataclasses import dataclass, field

from learning.choices import ProgressStatus
from learning.completion import modules_of
from learning.crosstraining import cross_training_meter
from learning.models import Enrolment, ModuleProgress
from quizzes.models import Attempt, AttemptSlot, MarkingEvent
from quizzes.review import answer_text, correct_answer_text


@dataclass
class ModuleLine:
    module: object
    status: str
    started_at: object = None
    last_seen_at: object = None
    read_at: object = None
    completed_at: object = None

    @property
    def label(self):
        return ProgressStatus(self.status).label


@dataclass
class CourseBlock:
    enrolment: Enrolment
    modules: list = field(default_factory=list)

    @property
    def course(self):
        return self.enrolment.course

    @property
    def done(self):
        return sum(1 for line in self.modules if line.status == ProgressStatus.COMPLETE)

    @property
    def percent(self):
        return round(100 * self.done / len(self.modules)) if self.modules else 0


@dataclass
class AnswerLine:
    position: int
    title: str
    content: str
    kind: str
    answer: object  # Answer or None (not answered)
    given: str
    correct: list
    points: object
    max_points: object
    events: list = field(default_factory=list)
    flagged: bool = False  # the trainee flagged the question for review

    @property
    def awaiting_marking(self):
        return self.answer is not None and self.answer.points is None


@dataclass
class AttemptBlock:
    attempt: Attempt
    answers: list = field(default_factory=list)


@dataclass
class TraineeDetail:
    trainee: object
    courses: list
    attempts: list
    meter: object

    @property
    def essays(self):
        return [(block.attempt, line) for block in self.attempts for line in block.answers if line.kind == "essay"]


def build(trainee):
    enrolments = list(
        Enrolment.objects.filter(user=trainee).select_related("course", "cohort").order_by("course__path")
    )
    modules = modules_of([e.course for e in enrolments])
    progress = {p.module_id: p for p in ModuleProgress.objects.filter(user=trainee, module__in=[m.pk for m in modules])}
    courses = []
    for enrolment in enrolments:
        block = CourseBlock(enrolment)
        course = enrolment.course
        for module in modules:
            if module.belongs_to(course):
                row = progress.get(module.pk)
                if row is None:
                    block.modules.append(ModuleLine(module, ProgressStatus.NOT_STARTED))
                    continue
                status = ProgressStatus.COMPLETE if row.completed_at else ProgressStatus.IN_PROGRESS
                block.modules.append(
                    ModuleLine(module, status, row.started_at, row.last_seen_at, row.read_at, row.completed_at)
                )
        courses.append(block)

    attempts = list(Attempt.objects.filter(user=trainee).select_related("quiz").order_by("quiz__title", "number"))
    slots = defaultdict(list)
    for slot in (
        AttemptSlot.objects.filter(attempt__user=trainee)
        .select_related("answer__marked_by")
        .order_by("attempt_id", "position")
    ):
        slots[slot.attempt_id].append(slot)
    events = defaultdict(list)
    for event in MarkingEvent.objects.filter(answer__attempt__user=trainee).select_related("marker"):
        events[event.answer_id].append(event)
    blocks = []
    for attempt in attempts:
        block = AttemptBlock(attempt)
        for slot in slots[attempt.pk]:
            snap = slot.snapshot
            answer = getattr(slot, "answer", None)
            block.answers.append(
                AnswerLine(
                    position=slot.position,
                    title=snap.get("title", ""),
                    content=snap.get("content", ""),
                    kind=snap.get("kind", ""),
                    answer=answer,
                    given=answer_text(snap, answer.payload) if answer else "",
                    correct=correct_answer_text(snap),
                    points=answer.points if answer else None,
                    max_points=slot.points,
                    events=events.get(answer.pk, []) if answer else [],
                    flagged=slot.flagged,
                )
            )
        blocks.append(block)
    return TraineeDetail(trainee, courses, blocks, cross_training_meter(trainee))
