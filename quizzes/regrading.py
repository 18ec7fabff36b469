"""Regrading a quiz's finished attempts after an editor fixed a key (a wrong option marked right, a weight).

An attempt keeps what the trainee was shown (its snapshot's texts and option order); regrading replaces the
snapshot's key with the question's key as it is now (which options are right and their weights and feedback, true
or false, the moment, its tolerance and the technique), scores every answer again with it and rescores the
attempt. A slot's points stay as they were when the attempt started; an answer a person marked (an essay, or a
mark a marker changed) keeps its mark; a question deleted from the bank keeps its old key.

`plan(quiz)` is the dry run: it reads only, and lists every attempt whose score or pass would change. `apply`
does it under the attempts' locks, refusing if the attempts changed since the dry run the administrator saw, and
records a `Regrade` with one `RegradeChange` per attempt. Each changed attempt sends ``attempt_scored``, so a
trainee who passes now has the module's completion recorded at once; a completion or certificate recorded before
stays (completion is never withdrawn: see the README).
"""

import hashlib
from dataclasses import dataclass, field
from decimal import Decimal

from django.db import transaction
from django.db.models import Prefetch

from quizzes import scoring
from quizzes.models import CHOICE_KINDS, SPOT_KINDS, Attempt, AttemptSlot, Regrade, RegradeChange
from quizzes.questions import _technique, take_snapshot
from quizzes.signals import send_attempt_scored
from quizzes.taking import recompute


class PlanChanged(Exception):
    """The attempts changed between the dry run and the apply (a mark, a finished attempt, another regrade)."""


@dataclass
class SlotChange:
    slot: AttemptSlot
    snapshot: dict
    points: Decimal | None = None
    is_correct: bool | None = None
    rescored: bool = False  # the answer's mark changes


@dataclass
class AttemptChange:
    attempt: Attempt
    new_score: Decimal
    new_percent: Decimal
    new_passed: bool | None
    slots: list = field(default_factory=list)

    @property
    def answers_changed(self):
        return sum(1 for change in self.slots if change.rescored)

    @property
    def result_changes(self):
        """Whether the trainee would notice: the score or the pass."""
        attempt = self.attempt
        return (self.new_score, self.new_passed) != (attempt.score, attempt.passed)


def current_key(snapshot, question):
    """`snapshot` with the key of `question` as it is now (the texts and order the trainee saw are kept)."""
    snap = dict(snapshot)
    kind = snap["kind"]
    if question is None or question.kind != kind:
        return snap
    if kind in CHOICE_KINDS:
        now = {option.pk: option for option in question.options.all()}
        snap["options"] = [
            {
                **o,
                "correct": now[o["id"]].correct,
                "weight": str(now[o["id"]].weight),
                "feedback": now[o["id"]].feedback,
            }
            if o["id"] in now
            else {**o, "correct": False, "weight": "0"}
            for o in snapshot["options"]
        ]
    elif kind == "true_false":
        snap["is_true"] = question.is_true
    elif kind in ("short_answer", "numerical", "matching"):
        fresh = take_snapshot(question, None)  # these keys carry no order the trainee saw, but matching's pairs
        if kind == "matching":
            now = {pair["id"]: pair["match"] for pair in fresh["pairs"]}
            snap["pairs"] = [{**pair, "match": now.get(pair["id"], pair["match"])} for pair in snapshot["pairs"]]
        else:
            snap["answers"] = fresh["answers"]
            if kind == "short_answer":
                snap["case_sensitive"] = fresh["case_sensitive"]
    elif kind in SPOT_KINDS and question.technique_id and question.moment is not None:
        snap.update(
            moment=str(question.moment), tolerance=str(question.tolerance), technique=_technique(question.technique)
        )
    if question.correct_feedback or question.partial_feedback or question.incorrect_feedback:
        snap.update(
            correct_feedback=question.correct_feedback,
            partial_feedback=question.partial_feedback,
            incorrect_feedback=question.incorrect_feedback,
        )
    return snap


def _attempts(quiz):
    slots = AttemptSlot.objects.select_related("answer", "question__technique").prefetch_related("question__options")
    return (
        Attempt.objects.done()
        .filter(quiz=quiz)
        .select_related("user", "quiz")
        .prefetch_related(Prefetch("slots", queryset=slots.order_by("position")))
        .order_by("user__username", "number", "pk")
    )


def _change(attempt):
    slots, score, pending = [], Decimal("0"), False
    for slot in attempt.slots.all():
        snap = current_key(slot.snapshot, slot.question)
        answer = getattr(slot, "answer", None)
        change = SlotChange(slot=slot, snapshot=snap)
        if answer is not None:
            change.points, change.is_correct = answer.points, answer.is_correct
            if answer.marked_at is None and snap["kind"] != "essay":
                mark = scoring.mark_answer({**snap, "points": str(slot.points)}, answer.payload)
                change.rescored = (mark.points, mark.is_correct) != (answer.points, answer.is_correct)
                change.points, change.is_correct = mark.points, mark.is_correct
            if change.points is None:
                pending = True
            else:
                score += change.points
        if change.rescored or snap != slot.snapshot:
            slots.append(change)
    if not slots:
        return None
    max_score = sum((slot.points for slot in attempt.slots.all()), Decimal("0"))
    passed = None if pending else scoring.score_passes(score, max_score, attempt.quiz.pass_mark)
    return AttemptChange(attempt, score, scoring.percent(score, max_score), passed, slots)


def plan(quiz):
    """The dry run: every finished attempt whose key or marks the regrade changes (reading only)."""
    return [change for attempt in _attempts(quiz) if (change := _change(attempt)) is not None]


def fingerprint(changes):
    """A short digest of what the dry run showed, so that apply refuses if the attempts moved on meanwhile."""
    text = ";".join(
        f"{c.attempt.pk}:{c.attempt.score}:{c.attempt.passed}:{c.new_score}:{c.new_passed}:{c.answers_changed}"
        for c in sorted(changes, key=lambda c: c.attempt.pk)
    )
    return hashlib.sha256(text.encode()).hexdigest()[:32]


def apply(quiz, user, expected):
    """Regrade under the attempts' locks; `expected` is the dry run's fingerprint (PlanChanged if it moved on)."""
    with transaction.atomic():
        list(Attempt.objects.done().filter(quiz=quiz).select_for_update().values_list("pk", flat=True))
        changes = plan(quiz)
        if fingerprint(changes) != expected:
            raise PlanChanged
        regrade = Regrade.objects.create(quiz=quiz, performed_by=user, attempts_regraded=len(changes))
        records = []
        for change in changes:
            attempt, noticed = change.attempt, change.result_changes
            records.append(
                RegradeChange(
                    regrade=regrade,
                    attempt=attempt,
                    old_score=attempt.score,
                    new_score=change.new_score,
                    old_percent=attempt.percent,
                    new_percent=change.new_percent,
                    old_passed=attempt.passed,
                    new_passed=change.new_passed,
                    answers_changed=change.answers_changed,
                )
            )
            for slot_change in change.slots:
                AttemptSlot.objects.filter(pk=slot_change.slot.pk).update(snapshot=slot_change.snapshot)
                if slot_change.rescored:
                    slot_change.slot.answer.points = slot_change.points
                    slot_change.slot.answer.is_correct = slot_change.is_correct
                    slot_change.slot.answer.save(update_fields=["points", "is_correct"])
            recompute(attempt)
            attempt.save(update_fields=["score", "max_score", "percent", "passed", "status"])
            if noticed:
                send_attempt_scored(attempt)
        RegradeChange.objects.bulk_create(records)
    return regrade
