"""The rules one trainee takes a quiz by: the quiz's own, changed by an override for them or for their cohort.

An override gives extra time (added to the time limit), extra attempts (added to the attempts allowed; unlimited
stays unlimited) and other opening and closing dates. The trainee's own override (`TraineeQuizOverride`) wins
over any cohort's. Cohorts live above the quizzes (``learning``), so cohort overrides come through Wagtail's hook
``quiz_override``: a function ``(user, quiz)`` returning an object with the fields of `QuizOverrideFields`, or
None; the first answer wins. The hook ``quiz_override_latest_close`` answers ``(quiz)`` with the latest closing
date any of its overrides gives (or None), so that "after the quiz closes" waits for the last trainee.

Every rule of taking asks `rules_for`: the start page, the start, the deadline, the attempt count and the close.
"""

from dataclasses import dataclass
from datetime import datetime, timedelta

from django.db.models import Max
from django.utils import timezone
from wagtail import hooks

from quizzes.models import Quiz, TraineeQuizOverride

OVERRIDE_HOOK = "quiz_override"
LATEST_CLOSE_HOOK = "quiz_override_latest_close"


@dataclass(frozen=True)
class QuizRules:
    """A quiz's rules for one person; `extra_minutes`, `extra_attempts` and the dates say what an override changed."""

    time_limit: int | None
    attempt_limit: int
    available_from: datetime | None
    available_until: datetime | None
    extra_minutes: int = 0
    extra_attempts: int = 0
    other_dates: bool = False
    cohort: bool = False  # the arrangement is their cohort's, not their own

    @property
    def overridden(self):
        return bool(self.extra_minutes or self.extra_attempts or self.other_dates)

    def has_opened(self, now=None):
        return not (self.available_from and (now or timezone.now()) < self.available_from)

    def has_closed(self, now=None):
        return bool(self.available_until and (now or timezone.now()) >= self.available_until)

    def deadline(self, started):
        """When an attempt started at `started` ends: its time limit, never past the close (None: never)."""
        ends = [self.available_until] if self.available_until else []
        if self.time_limit:
            ends.append(started + timedelta(minutes=self.time_limit))
        return min(ends) if ends else None

    def override_close(self, quiz):
        """The close an attempt keeps for itself: the override's, when it moved the quiz's (None: the quiz's)."""
        return self.available_until if self.available_until != quiz.available_until else None


def quiz_rules(quiz: Quiz) -> QuizRules:
    return QuizRules(quiz.time_limit, quiz.attempt_limit, quiz.available_from, quiz.available_until)


def override_for(user, quiz):
    """The override that applies to `user` at `quiz`: their own, else their cohort's (hook), else None."""
    if user is None or not user.is_authenticated:
        return None
    own = TraineeQuizOverride.objects.filter(quiz=quiz, user=user).first()
    if own is not None:
        return own
    for answer in hooks.get_hooks(OVERRIDE_HOOK):
        override = answer(user, quiz)
        if override is not None:
            return override
    return None


def rules_for(user, quiz: Quiz) -> QuizRules:
    override = override_for(user, quiz)
    if override is None:
        return quiz_rules(quiz)
    return apply(quiz, override, cohort=not isinstance(override, TraineeQuizOverride))


def apply(quiz: Quiz, override, cohort=False) -> QuizRules:
    extra_minutes = override.extra_minutes if quiz.time_limit else 0
    extra_attempts = override.extra_attempts if quiz.attempt_limit else 0
    other_dates = bool(override.available_from or override.available_until)
    return QuizRules(
        time_limit=quiz.time_limit + extra_minutes if quiz.time_limit else None,
        attempt_limit=quiz.attempt_limit + extra_attempts if quiz.attempt_limit else 0,
        available_from=override.available_from or quiz.available_from,
        available_until=override.available_until or quiz.available_until,
        extra_minutes=extra_minutes,
        extra_attempts=extra_attempts,
        other_dates=other_dates,
        cohort=cohort,
    )


def latest_close(quiz: Quiz):
    """When the last person who may take the quiz can no longer: the quiz's close or a later override's."""
    if not quiz.available_until:
        return None
    closes = [quiz.available_until]
    own = TraineeQuizOverride.objects.filter(quiz=quiz).aggregate(latest=Max("available_until"))["latest"]
    closes += [own] if own else []
    closes += [close for answer in hooks.get_hooks(LATEST_CLOSE_HOOK) if (close := answer(quiz))]
    return max(closes)


def refresh_open_attempts(quiz: Quiz, users) -> int:
    """Give the open attempts of `users` at `quiz` the deadline their rules give now (an override just changed)."""
    from quizzes.models import Attempt

    changed = 0
    for attempt in Attempt.objects.open().filter(quiz=quiz, user__in=users).select_related("user"):
        rules = rules_for(attempt.user, quiz)
        deadline = rules.deadline(attempt.started_at)
        close = rules.override_close(quiz)
        if (attempt.deadline, attempt.override_close) != (deadline, close):
            Attempt.objects.filter(pk=attempt.pk).update(deadline=deadline, override_close=close)
            changed += 1
    return changed
