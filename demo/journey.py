"""The demo journey: cross-training goals, two cohorts, the demo trainee's progress and a dozen more trainees.

The demo supervisor supervises the MBT intake (the demo trainee's cohort) and not the DBT intake. Each of the
twelve further trainees has finished quiz attempts for the modules they have completed, answered better by the
stronger trainees, so the per-question statistics show spread; a few took a quiz twice. Their essays are marked
with points and feedback (the MBT intake's by the demo supervisor, the DBT intake's by the site administrator),
except the latest essay of two MBT trainees, which the demo supervisor finds awaiting marking, and of one DBT
trainee, which they must not see.

Idempotent: goals, cohorts and trainees are looked up by name and updated; progress rows are made only
where none exist and quiz attempts only for quizzes the trainee has not taken, so running the seed again
never duplicates anything or undoes what a tester did.
"""

import datetime
import random

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db.models import F
from django.utils import timezone

from accounts import roles
from courses.models import CoursePage, ModulePage
from demo.quizzes import mark_essays, take_as_trainee
from learning.certificates import issue_for_course
from learning.completion import CourseProgress, module_statuses
from learning.models import Cohort, CrossTrainingGoal, CrossTrainingModule, Enrolment, ModuleProgress
from quizzes.models import Answer, Attempt, AttemptStatus, Quiz

DEMO_TRAINEE = "trainee"
DEMO_SUPERVISOR = "supervisor"
DEMO_ADMIN = "admin"
SUPERVISED_COHORT = 0  # the demo supervisor's cohort: the MBT intake, with the demo trainee
COMPARISON_MODULES = [
    "cross-same-different-complementary",
    "cross-group-formats",
    "cross-sequencing-and-formulation",
    "cross-suicide-and-self-harm-risk",
]
GOALS = {
    # home modality: (title, the other side's essentials course)
    "dbt": ("MBT for DBT clinicians", "mbt-essentials"),
    "mbt": ("DBT for MBT clinicians", "dbt-essentials"),
}
COHORTS = [
    ("Autumn 2026 intake: MBT", datetime.date(2026, 9, 7), ["mbt-essentials", "dbt-essentials", "beyond-the-own-nose"]),
    (
        "Autumn 2026 intake: DBT",
        datetime.date(2026, 9, 14),
        ["dbt-essentials", "mbt-essentials", "beyond-the-own-nose"],
    ),
]
# username, first name, last name, home modality, cohort index, modules completed in each of the cohort's courses
TRAINEES = [
    ("aisha.rahman", "Aisha", "Rahman", "mbt", 0, (9, 3, 1)),
    ("ben.carter", "Ben", "Carter", "mbt", 0, (6, 0, 0)),
    ("chloe.moreau", "Chloé", "Moreau", "mbt", 0, (9, 10, 8)),
    ("daniel.okoye", "Daniel", "Okoye", "mbt", 0, (2, 0, 0)),
    ("elin.johansson", "Elin", "Johansson", "mbt", 0, (0, 0, 0)),
    ("farid.haddad", "Farid", "Haddad", "mbt", 0, (9, 1, 3)),
    ("grace.liu", "Grace", "Liu", "dbt", 1, (10, 2, 2)),
    ("hannah.weber", "Hannah", "Weber", "dbt", 1, (10, 9, 8)),
    ("isaac.mensah", "Isaac", "Mensah", "dbt", 1, (5, 0, 0)),
    ("julia.santos", "Julia", "Santos", "dbt", 1, (1, 0, 0)),
    ("kenji.tanaka", "Kenji", "Tanaka", "dbt", 1, (10, 4, 5)),
    ("lena.fischer", "Lena", "Fischer", "dbt", 1, (8, 0, 1)),
]
# How well each further trainee answers quiz questions, in logits: about -1 is weak, 2 strong.
SKILL = {
    "aisha.rahman": 1.2,
    "ben.carter": -0.4,
    "chloe.moreau": 2.0,
    "daniel.okoye": -0.8,
    "elin.johansson": 0.5,
    "farid.haddad": 0.8,
    "grace.liu": 0.5,
    "hannah.weber": 1.6,
    "isaac.mensah": 0.0,
    "julia.santos": -0.3,
    "kenji.tanaka": 1.0,
    "lena.fischer": 0.2,
}
# (trainee, module slug): a weak first attempt, then a better second one.
RETAKES = {("daniel.okoye", "mbt-modes-and-formulation"), ("lena.fischer", "dbt-structure-and-targets")}
# Their latest essay is left awaiting marking: two of the MBT intake, one of the DBT intake.
ESSAYS_AWAITING = {"ben.carter", "farid.haddad", "kenji.tanaka"}


def _log(stdout, message):
    if stdout is not None:
        stdout.write(message)


def _modules(course):
    return list(ModulePage.objects.child_of(course).live().order_by("path"))


def seed_goals(courses):
    for modality, (title, essentials) in GOALS.items():
        goal, _ = CrossTrainingGoal.objects.update_or_create(
            home_modality=modality,
            defaults={
                "title": title,
                "description": "The other therapy's essentials, the comparison modules and the case-formulation "
                "and sequencing quiz.",
            },
        )
        wanted = _modules(courses[essentials]) + list(
            ModulePage.objects.filter(slug__in=COMPARISON_MODULES).order_by("path")
        )
        for order, module in enumerate(wanted):
            CrossTrainingModule.objects.update_or_create(goal=goal, module=module, defaults={"sort_order": order})


def _complete(user, modules, when, last_seen=None):
    """Complete `modules` for `user` (where not recorded yet), a day apart from `when`."""
    for offset, module in enumerate(modules):
        at = when + datetime.timedelta(days=offset)
        progress, created = ModuleProgress.objects.get_or_create(
            user=user, module=module, defaults={"read_at": at, "completed_at": at, "last_seen_at": at}
        )
        if created:
            # Opened two days before it was complete; its quiz was taken in between.
            ModuleProgress.objects.filter(pk=progress.pk).update(started_at=at - datetime.timedelta(days=2))


def _certify_finished(user, enrolment):
    modules = _modules(enrolment.course)
    statuses = module_statuses(user, modules)
    progress = CourseProgress(enrolment, enrolment.course, [statuses[m.pk] for m in modules])
    if progress.total and progress.done == progress.total:
        if not enrolment.completed_at:
            enrolment.completed_at = max(s.completed_at for s in progress.modules)
            enrolment.save(update_fields=["completed_at"])
        issue_for_course(user, progress)


def _move_back(attempts, hours):
    """Date `attempts` `hours` earlier, answers included: a later attempt is to come after them."""
    delta = datetime.timedelta(hours=hours)
    for attempt in attempts:
        Attempt.objects.filter(pk=attempt.pk).update(
            started_at=F("started_at") - delta, finished_at=F("finished_at") - delta
        )
        Answer.objects.filter(attempt=attempt).update(answered_at=F("answered_at") - delta)
        attempt.finished_at -= delta


def _take(quiz, user, skill, finished_by, retake, rng):
    """The trainee's attempts at `quiz`, the last finishing at `finished_by`.

    A retake is a weak first attempt and a better second one. The module is complete, so the quiz was passed:
    whoever fell below its pass mark tried again (with the module read once more) until they passed.
    """
    attempts = [take_as_trainee(quiz, user, skill - 1.5 if retake else skill, finished_by, rng)]
    better = iter([skill + 0.8, skill + 2, 6.0])
    while (retake and len(attempts) == 1) or (attempts[-1].passed is False and len(attempts) < 4):
        _move_back(attempts, rng.randint(5, 15))
        attempts.append(take_as_trainee(quiz, user, next(better), finished_by, rng))
    return attempts


def seed_further_attempts(user, modules, skill, rng):
    """Finished attempts at the quizzes of the `modules` `user` has completed, where they have none yet.

    Returns the attempts made now, oldest first.
    """
    done = {
        p.module_id: p.completed_at
        for p in ModuleProgress.objects.filter(user=user, module__in=modules, completed_at__isnull=False)
    }
    needs = {module.pk: module.placed_quiz_ids() for module in modules if module.pk in done}
    quizzes = Quiz.objects.in_bulk({pk for pks in needs.values() for pk in pks})
    taken = set(Attempt.objects.filter(user=user, quiz__in=list(quizzes)).values_list("quiz_id", flat=True))
    made = []
    for module in modules:
        for pk in needs.get(module.pk, ()):
            if pk in taken or pk not in quizzes or quizzes[pk].draft:
                continue
            taken.add(pk)
            finished_by = done[module.pk] - datetime.timedelta(minutes=rng.randint(2, 40))
            retake = (user.username, module.slug) in RETAKES
            made += _take(quizzes[pk], user, skill, finished_by, retake, rng)
    return sorted(made, key=lambda attempt: attempt.finished_at)


def mark_further_essays(user, attempts, marker, rng):
    """Mark the essays of `attempts` as `marker`, a few days after each, but the latest for ESSAYS_AWAITING."""
    if marker is None:
        return
    waiting = [attempt for attempt in attempts if attempt.status == AttemptStatus.NEEDS_MARKING]
    if user.username in ESSAYS_AWAITING:
        waiting = waiting[:-1]
    latest = timezone.now() - datetime.timedelta(hours=1)
    for attempt in waiting:
        marked_at = min(attempt.finished_at + datetime.timedelta(hours=rng.randint(20, 80)), latest)
        mark_essays(attempt, marker, rng, marked_at=marked_at)


def seed_demo_journey(stdout=None):
    courses = {c.slug: c for c in CoursePage.objects.live()}
    if not all(essentials in courses for _, essentials in GOALS.values()):
        _log(stdout, "No curriculum yet: the demo journey is skipped.")
        return
    seed_goals(courses)
    User = get_user_model()
    trainees_group = Group.objects.get(name=roles.TRAINEES)
    rng = random.Random(2026)  # noqa: S311 (a fixed seed keeps the demo the same on every run)
    start = timezone.now() - datetime.timedelta(days=60)

    cohorts = []
    for name, starts_on, slugs in COHORTS:
        cohort, _ = Cohort.objects.update_or_create(
            name=name, defaults={"starts_on": starts_on, "ends_on": starts_on + datetime.timedelta(days=270)}
        )
        cohort.courses.set([courses[slug] for slug in slugs if slug in courses])
        cohorts.append((cohort, [courses[slug] for slug in slugs if slug in courses]))
    # The demo supervisor marks the MBT intake's essays; the site administrator marks the DBT intake's.
    supervisor = User.objects.filter(username=DEMO_SUPERVISOR).first()
    if supervisor is not None:
        cohorts[SUPERVISED_COHORT][0].supervisors.add(supervisor)
    admin = User.objects.filter(username=DEMO_ADMIN, is_superuser=True).first()
    markers = {index: supervisor if index == SUPERVISED_COHORT else admin for index in range(len(COHORTS))}

    # The demo trainee (MBT): MBT essentials finished with a certificate, part-way through DBT essentials,
    # and the cross-training module on groups done. DBT essentials module 3 is where they left off.
    trainee = User.objects.filter(username=DEMO_TRAINEE).first()
    if trainee is not None:
        trainee.home_modality = "mbt"
        trainee.save(update_fields=["home_modality"])
        cohorts[0][0].trainees.add(trainee)
        mbt, dbt = _modules(courses["mbt-essentials"]), _modules(courses["dbt-essentials"])
        _complete(trainee, mbt, start)
        _complete(trainee, dbt[:2], start + datetime.timedelta(days=20))
        now = timezone.now()
        ModuleProgress.objects.get_or_create(
            user=trainee, module=dbt[2], defaults={"read_at": now, "last_seen_at": now}
        )
        _certify_finished(trainee, Enrolment.objects.get(user=trainee, course=courses["mbt-essentials"]))

    for username, first, last, modality, cohort_index, done in TRAINEES:
        user, created = User.objects.update_or_create(
            username=username,
            defaults={
                "first_name": first,
                "last_name": last,
                "email": f"{username}@example.org",
                "home_modality": modality,
            },
        )
        if created:
            user.set_unusable_password()  # they exist for the reports; only the demo users log in
            user.save(update_fields=["password"])
        user.groups.add(trainees_group)
        cohort, cohort_courses = cohorts[cohort_index]
        cohort.trainees.add(user)
        when = start + datetime.timedelta(days=rng.randint(0, 20))
        completed = []
        for course, count in zip(cohort_courses, done, strict=False):
            completed += _modules(course)[:count]
            _complete(user, _modules(course)[:count], when)
            _certify_finished(user, Enrolment.objects.get(user=user, course=course))
        # Each trainee's answers come from a generator of their own, seeded from the demo's 2026: the same
        # answers on every fresh seed, whichever trainees already have attempts.
        answers_rng = random.Random(f"2026:{username}")  # noqa: S311
        attempts = seed_further_attempts(user, completed, SKILL[username], answers_rng)
        mark_further_essays(user, attempts, markers[cohort_index], answers_rng)

    further = Attempt.objects.filter(user__username__in=[t[0] for t in TRAINEES])
    awaiting = further.filter(status=AttemptStatus.NEEDS_MARKING).count()
    supervised = COHORTS[SUPERVISED_COHORT][0]
    _log(
        stdout,
        f"Learning journey ready: {len(COHORTS)} cohorts (the demo supervisor supervises {supervised}), "
        f"{len(TRAINEES)} further trainees with {further.count()} finished quiz attempts ({awaiting} essays "
        "awaiting marking, the others marked), cross-training goals for both home modalities; the demo trainee "
        "has finished MBT essentials (with a certificate).",
    )
