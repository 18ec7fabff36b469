"""Completion rules.

A module is complete when its parts are done:
- its text is read: the trainee says so with the "I have read this module" button (a POST), because
  reaching the end of the page says little about reading it;
- each uploaded role-play video in it is watched to the share set in the completion settings, as reported
  by the player and checked by the server (``learning.watching``). Embedded (YouTube, Vimeo) videos play in
  a frame the player cannot observe, so they are not counted;
- each quiz placed in it (drafts aside) is passed, by the quiz's own grading method and pass mark;
- whatever a room above adds through the ``module_completion_parts`` hook (``COMPLETION_PARTS_HOOK``): the
  practice studio's exercises that count toward their module (a response submitted, or rated high enough).

Once recorded, completion stays: a module's ``completed_at`` and a course's are never cleared, so an edited
and republished module does not take anyone's completion away. A course is complete when all its live
modules are.

Everything here only reads. A status is worked out from what was done, so a module whose parts are all done
shows as complete even before its completion is recorded; the time of completion is recorded where the work
happens (``learning.recording``), never by a page that shows it.
"""

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from django.contrib.auth.models import AnonymousUser
from wagtail import hooks

from accounts.models import User
from courses.models import CoursePage, ModulePage
from courses.page_cache import remember
from learning.models import ClipProgress, Enrolment, ModuleProgress
from quizzes import scoring
from quizzes.models import Attempt, AttemptStatus, Quiz
from quizzes.progress import quiz_grades

# Rooms above learning add parts to a module's completion: each function registered under this hook name is
# called as `parts(user, modules)` once per `module_statuses` call (so a fixed number of queries) and returns
# {module id: [Part, ...]} for the modules it has parts in.
COMPLETION_PARTS_HOOK = "module_completion_parts"


@dataclass(frozen=True)
class Part:
    """A part of a module's completion that another room owns (e.g. a practice exercise)."""

    kind: str  # e.g. "exercise"
    title: str
    done: bool
    url: str = ""
    to_do: str = ""  # what is still needed, in the trainee's words: "Submit a response", "Rated 5 or higher"


@dataclass
class ModuleStatus:
    module: ModulePage
    progress: ModuleProgress | None
    clips: list[tuple[str, str, bool]] = field(default_factory=list)  # [(clip_id, title, watched?)]
    quizzes: list[tuple[Quiz, bool]] = field(default_factory=list)  # [(quiz, passed?)]
    others: list[Part] = field(default_factory=list)  # parts added through COMPLETION_PARTS_HOOK

    @property
    def read(self) -> bool:
        return bool(self.progress and self.progress.read_at)

    @property
    def started(self) -> bool:
        return self.progress is not None

    @property
    def last_seen_at(self) -> datetime | None:
        return self.progress.last_seen_at if self.progress else None

    @property
    def parts(self) -> list[tuple[str, Any, bool]]:
        """[(kind, label or object, done?)] in the order a trainee meets them."""
        return [
            ("text", None, self.read),
            *(("video", clip_id, done) for clip_id, _title, done in self.clips),
            *(("quiz", quiz, passed) for quiz, passed in self.quizzes),
            *((part.kind, part, part.done) for part in self.others),
        ]

    @property
    def parts_done(self) -> int:
        return sum(1 for _, _, done in self.parts if done)

    @property
    def all_parts_done(self) -> bool:
        return all(done for _, _, done in self.parts)

    @property
    def completed_at(self) -> datetime | None:
        """When completion was recorded; None before, even when all parts are done."""
        return self.progress.completed_at if self.progress else None

    @property
    def complete(self) -> bool:
        """Recorded complete (which stays so), or all parts done and the record on its way."""
        return self.completed_at is not None or self.all_parts_done


def passed_quiz_ids(user: User, quiz_ids: Sequence[int]) -> set[int]:
    """The quizzes among `quiz_ids` this user has passed, by each quiz's grading method (one query).

    Only attempts with their final score count: one whose essays await marking is not passed yet.
    """
    if not quiz_ids:
        return set()
    attempts = list(
        Attempt.objects.filter(user=user, quiz_id__in=quiz_ids, status=AttemptStatus.FINISHED).select_related("quiz")
    )
    quizzes = {attempt.quiz_id: attempt.quiz for attempt in attempts}
    return {pk for pk, grade in quiz_grades(attempts).items() if scoring.has_passed(grade, quizzes[pk].pass_mark)}


def module_statuses(user: User | AnonymousUser, modules: Iterable[ModulePage]) -> dict[int, ModuleStatus]:
    """{module id: ModuleStatus} for `modules`, in a fixed number of queries."""
    modules = list(modules)
    if not modules or not user.is_authenticated:
        return {module.pk: ModuleStatus(module, None) for module in modules}
    needs = {module.pk: module.requirements() for module in modules}
    quiz_ids = {pk for need in needs.values() for pk in need.quizzes}
    progress = {p.module_id: p for p in ModuleProgress.objects.filter(user=user, module__in=[m.pk for m in modules])}
    watched = set(
        ClipProgress.objects.filter(
            user=user, module__in=[m.pk for m in modules], completed_at__isnull=False
        ).values_list("module_id", "clip_id")
    )
    quizzes = {quiz.pk: quiz for quiz in live_quizzes(quiz_ids)}
    passed = passed_quiz_ids(user, list(quizzes))
    others = other_parts(user, modules)
    statuses = {}
    for module in modules:
        need = needs[module.pk]
        titles = module.clip_titles() if need.clips else {}
        statuses[module.pk] = ModuleStatus(
            module,
            progress.get(module.pk),
            [(clip_id, titles.get(clip_id, ""), (module.pk, clip_id) in watched) for clip_id in need.clips],
            [(quizzes[pk], pk in passed) for pk in need.quizzes if pk in quizzes],
            others.get(module.pk, []),
        )
    return statuses


def live_quizzes(quiz_ids: Iterable[int]) -> list[Quiz]:
    """The quizzes among `quiz_ids` that are not drafts (pk, title, slug), remembered until a quiz or page changes."""
    ids = sorted(set(quiz_ids))
    if not ids:
        return []

    def read() -> list[Quiz]:
        return list(Quiz.objects.filter(pk__in=ids, draft=False).only("pk", "title", "slug"))

    digest = hashlib.sha256(",".join(map(str, ids)).encode()).hexdigest()
    return remember(f"live-quizzes:{digest}", read)


def other_parts(user: User, modules: Sequence[ModulePage]) -> dict[int, list[Part]]:
    """{module id: [Part]} from every function registered under COMPLETION_PARTS_HOOK."""
    found: dict[int, list[Part]] = {}
    for parts in hooks.get_hooks(COMPLETION_PARTS_HOOK):
        for module_id, module_parts in parts(user, modules).items():
            found.setdefault(module_id, []).extend(module_parts)
    return found


@dataclass
class CourseProgress:
    enrolment: Enrolment | None
    course: CoursePage
    modules: list[ModuleStatus]  # in course order

    @property
    def total(self) -> int:
        return len(self.modules)

    @property
    def done(self) -> int:
        return sum(1 for status in self.modules if status.complete)

    @property
    def percent(self) -> int:
        return round(100 * self.done / self.total) if self.total else 0

    @property
    def complete(self) -> bool:
        """Recorded complete (which stays so), or every module complete and the record on its way."""
        return bool(self.completed_at) or (bool(self.total) and self.done == self.total)

    @property
    def completed_at(self) -> datetime | None:
        """When completion was recorded; None before."""
        return self.enrolment.completed_at if self.enrolment else None

    @property
    def started(self) -> bool:
        """Whether the trainee has begun any module of the course."""
        return any(status.started for status in self.modules)

    @property
    def grown_since_completed(self) -> bool:
        """Completed (which stays so), but modules were added since that the trainee has not done yet."""
        return self.complete and self.done < self.total

    @property
    def next_step(self) -> ModulePage | None:
        """Continue where the trainee left off: the incomplete module seen last, else the first incomplete."""
        open_modules = [status for status in self.modules if not status.complete]
        if not open_modules:
            return None
        seen = [(status.last_seen_at, status) for status in open_modules if status.last_seen_at]
        if seen:
            return max(seen, key=lambda pair: pair[0])[1].module
        return open_modules[0].module


def modules_of(courses: Iterable[CoursePage]) -> list[ModulePage]:
    """Live modules of `courses`, in tree order, bodies included (one query)."""
    return list(ModulePage.objects.in_courses(list(courses)))


def course_progress(
    enrolments: Iterable[Enrolment], statuses: dict[int, ModuleStatus], modules: Sequence[ModulePage]
) -> list[CourseProgress]:
    """[CourseProgress] for `enrolments`, from the statuses of their `modules` (no query)."""
    result = []
    for enrolment in enrolments:
        course = enrolment.course
        own = [statuses[m.pk] for m in modules if m.belongs_to(course)]
        result.append(CourseProgress(enrolment, course, own))
    return result
