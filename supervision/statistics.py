"""Statistics for the supervisor's reports: completion over time, cross-training coverage, item analysis.

Each function takes the supervisor's scope (a queryset of trainees or cohorts) and costs a fixed
number of queries, whatever the number of trainees.
"""

import datetime
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal

from django.contrib.auth import get_user_model
from django.db.models import Count
from django.db.models.functions import TruncDate
from django.utils import timezone
from django.utils.translation import gettext as _

from learning.completion import modules_of
from learning.models import Cohort, CrossTrainingModule, ModuleProgress
from quizzes.models import Answer, Attempt

# Item analysis compares the top and bottom 27 % of trainees by their score on the whole quiz.
EXTREME_GROUP = Decimal("0.27")
MIN_FOR_DISCRIMINATION = 10


def weekly_dates(start, end):
    """Every seventh day from `start` to `end`, `end` always included."""
    dates = []
    day = start
    while day < end:
        dates.append(day)
        day += datetime.timedelta(days=7)
    dates.append(end)
    return dates


def cumulative_series(completions, total, start, end):
    """[(date, percent of `total` completed by that date)] weekly, from {date: completions that day}."""
    points = []
    for day in weekly_dates(start, end):
        done = sum(n for when, n in completions.items() if when <= day)
        points.append((day, round(100 * done / total, 1) if total else 0))
    return points


def cohort_completion_over_time(cohorts, today=None):
    """{cohort: [(date, percent)]}: the share of the cohort's module completions done by each week.

    100 % means every trainee of the cohort has completed every module of the cohort's courses.
    Four queries for any number of cohorts and trainees.
    """
    today = today or timezone.localdate()
    cohorts = list(cohorts.prefetch_related("courses"))
    if not cohorts:
        return {}
    members = defaultdict(set)
    for cohort_id, user_id in Cohort.trainees.through.objects.filter(cohort__in=cohorts).values_list(
        "cohort_id", "user_id"
    ):
        members[cohort_id].add(user_id)
    courses = {c.pk: [course for course in c.courses.all() if course.live] for c in cohorts}
    modules = modules_of({course for own in courses.values() for course in own})
    cohort_modules = {
        c.pk: {m.pk for m in modules if any(m.path.startswith(course.path) for course in courses[c.pk])}
        for c in cohorts
    }
    rows = (
        ModuleProgress.objects.filter(
            user__cohorts__in=cohorts, module__in=[m.pk for m in modules], completed_at__isnull=False
        )
        .annotate(day=TruncDate("completed_at"))
        .values_list("user__cohorts", "module_id", "day")
        .annotate(n=Count("pk"))
    )
    per_cohort = defaultdict(lambda: defaultdict(int))
    for cohort_id, module_id, day, n in rows:
        if module_id in cohort_modules.get(cohort_id, ()):
            per_cohort[cohort_id][day] += n
    result = {}
    for cohort in cohorts:
        total = len(members[cohort.pk]) * len(cohort_modules[cohort.pk])
        end = min(today, cohort.ends_on) if cohort.ends_on else today
        start = min(cohort.starts_on, end)
        result[cohort] = cumulative_series(per_cohort[cohort.pk], total, start, end)
    return result


@dataclass
class Coverage:
    cohort: Cohort
    bars: list = field(default_factory=list)  # [(label, percent, note)]


def cross_training_coverage(cohorts):
    """[Coverage]: per cohort, the share of its trainees (of the goal's home modality) who completed each
    cross-training module. Three queries for any number of cohorts and trainees."""
    cohorts = list(cohorts)
    User = get_user_model()
    headcount = defaultdict(int)
    for cohort_id, modality, n in (
        User.objects.filter(cohorts__in=cohorts)
        .values_list("cohorts", "home_modality")
        .annotate(n=Count("pk", distinct=True))
    ):
        headcount[(cohort_id, modality)] = n
    goal_modules = list(
        CrossTrainingModule.objects.filter(module__live=True)
        .select_related("goal", "module")
        .order_by("goal__home_modality", "sort_order", "pk")
    )
    done = defaultdict(int)
    for cohort_id, modality, module_id, n in (
        ModuleProgress.objects.filter(
            user__cohorts__in=cohorts,
            module__in=[g.module_id for g in goal_modules],
            completed_at__isnull=False,
        )
        .values_list("user__cohorts", "user__home_modality", "module_id")
        .annotate(n=Count("pk"))
    ):
        done[(cohort_id, modality, module_id)] += n
    result = []
    for cohort in cohorts:
        coverage = Coverage(cohort)
        for item in goal_modules:
            modality = item.goal.home_modality
            people = headcount[(cohort.pk, modality)]
            if not people:
                continue
            completed = done[(cohort.pk, modality, item.module_id)]
            note = _("%(done)s of %(people)s %(modality)s trainees") % {
                "done": completed,
                "people": people,
                "modality": item.goal.get_home_modality_display(),
            }
            coverage.bars.append((item.module.title, round(100 * completed / people), note))
        result.append(coverage)
    return result


@dataclass
class QuestionStats:
    key: object
    title: str
    kind: str
    question_id: int | None
    answered: int = 0
    facility: float | None = None  # mean share of the points scored, 0 to 1
    discrimination: float | None = None  # facility in the top group minus the bottom group, -1 to 1
    pending: int = 0  # essays awaiting marking, left out of the figures

    @property
    def flags(self):
        flags = []
        if self.facility is not None and self.answered >= MIN_FOR_DISCRIMINATION:
            if self.facility >= 0.9:
                flags.append(_("Very easy: almost everyone gets it right."))
            elif self.facility <= 0.3:
                flags.append(_("Very hard: most trainees get it wrong."))
        if self.discrimination is not None:
            if self.discrimination < 0:
                flags.append(_("Weaker trainees do better than stronger ones: check the answer key."))
            elif self.discrimination < 0.2:
                flags.append(_("Hardly separates strong from weak trainees."))
        return flags

    @property
    def facility_percent(self):
        return None if self.facility is None else round(100 * self.facility)


def question_statistics(quiz, trainee_ids):
    """[QuestionStats] for `quiz` from each trainee's first finished attempt (three queries).

    First attempts show what trainees knew before seeing the feedback; later ones would flatter every
    question. Discrimination needs at least MIN_FOR_DISCRIMINATION trainees.
    """
    firsts = {}
    for attempt_id, user_id, percent in (
        Attempt.objects.done()
        .filter(quiz=quiz, user_id__in=trainee_ids)
        .order_by("user_id", "number")
        .values_list("pk", "user_id", "percent")
    ):
        firsts.setdefault(user_id, (attempt_id, percent))
    attempt_score = dict(firsts.values())
    answers = Answer.objects.filter(attempt_id__in=list(attempt_score)).values_list(
        "attempt_id", "slot__question_id", "slot__snapshot", "slot__points", "points"
    )
    stats = {}
    shares = defaultdict(list)  # question key: [(attempt score, share of points)]
    for attempt_id, question_id, snapshot, max_points, points in answers.iterator(chunk_size=2000):
        key = question_id or ("deleted", snapshot.get("title") or snapshot.get("content", "")[:80])
        if key not in stats:
            stats[key] = QuestionStats(
                key,
                snapshot.get("title") or _("Untitled question"),
                snapshot.get("kind", ""),
                question_id,
            )
        if points is None:
            stats[key].pending += 1
            continue
        share = float(points / max_points) if max_points else 0.0
        shares[key].append((attempt_score[attempt_id], share))
    for key, item in stats.items():
        values = shares[key]
        item.answered = len(values)
        if not values:
            continue
        item.facility = sum(share for _score, share in values) / len(values)
        if len(values) >= MIN_FOR_DISCRIMINATION:
            ordered = sorted(values, key=lambda pair: pair[0])
            size = max(1, int(len(ordered) * EXTREME_GROUP))
            low = sum(share for _score, share in ordered[:size]) / size
            high = sum(share for _score, share in ordered[-size:]) / size
            item.discrimination = round(high - low, 2)
    return sorted(stats.values(), key=lambda s: (s.facility is None, s.title.casefold()))


def module_completions(module, trainee_ids):
    """{date: trainees who completed `module` that day} (one query)."""
    rows = (
        ModuleProgress.objects.filter(module=module, user_id__in=trainee_ids, completed_at__isnull=False)
        .annotate(day=TruncDate("completed_at"))
        .values_list("day")
        .annotate(n=Count("pk"))
    )
    return dict(rows)


def module_series(completions, trainee_count, today=None):
    """Weekly share of the trainees who had completed the module, from the first completion to today."""
    today = today or timezone.localdate()
    if not completions:
        return []
    start = min(min(completions), today)
    return cumulative_series(completions, trainee_count, start, today)


def module_scores(selection, column, trainee_ids):
    """Each trainee's score on the module's quizzes (the mean if it has several), as numbers 0 to 100."""
    from supervision.reports import stream_grades

    scores = []
    for _trainee_id, grades in stream_grades(selection, trainee_ids, quiz_ids=column.quiz_ids):
        score = column.score(grades)
        if score is not None:
            scores.append(float(score))
    return scores
