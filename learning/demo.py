"""The demo journey: cross-training goals, two cohorts, the demo trainee's progress and a dozen more trainees.

Idempotent: goals, cohorts and trainees are looked up by name and updated; progress rows are made only
where none exist, so running the seed again never duplicates anything or undoes what a tester did.
The demo supervisor is left out: assigning supervisors to cohorts belongs to the supervision reports.
"""

import datetime
import random

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone

from accounts import roles
from courses.models import CoursePage, ModulePage
from learning.certificates import issue_for_course
from learning.completion import CourseProgress, module_statuses
from learning.models import Cohort, CrossTrainingGoal, CrossTrainingModule, Enrolment, ModuleProgress

DEMO_TRAINEE = "trainee"
COMPARISON_MODULES = ["cross-same-different-complementary", "cross-group-formats", "cross-sequencing-and-formulation"]
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
    ("aisha.rahman", "Aisha", "Rahman", "mbt", 0, (7, 3, 1)),
    ("ben.carter", "Ben", "Carter", "mbt", 0, (5, 0, 0)),
    ("chloe.moreau", "Chloé", "Moreau", "mbt", 0, (7, 8, 7)),
    ("daniel.okoye", "Daniel", "Okoye", "mbt", 0, (2, 0, 0)),
    ("elin.johansson", "Elin", "Johansson", "mbt", 0, (0, 0, 0)),
    ("farid.haddad", "Farid", "Haddad", "mbt", 0, (7, 1, 3)),
    ("grace.liu", "Grace", "Liu", "dbt", 1, (8, 2, 2)),
    ("hannah.weber", "Hannah", "Weber", "dbt", 1, (8, 7, 7)),
    ("isaac.mensah", "Isaac", "Mensah", "dbt", 1, (4, 0, 0)),
    ("julia.santos", "Julia", "Santos", "dbt", 1, (1, 0, 0)),
    ("kenji.tanaka", "Kenji", "Tanaka", "dbt", 1, (8, 4, 5)),
    ("lena.fischer", "Lena", "Fischer", "dbt", 1, (6, 0, 1)),
]


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
            ModuleProgress.objects.filter(pk=progress.pk).update(started_at=at)


def _certify_finished(user, enrolment):
    modules = _modules(enrolment.course)
    statuses = module_statuses(user, modules)
    progress = CourseProgress(enrolment, enrolment.course, [statuses[m.pk] for m in modules])
    if progress.total and progress.done == progress.total:
        if not enrolment.completed_at:
            enrolment.completed_at = max(s.completed_at for s in progress.modules)
            enrolment.save(update_fields=["completed_at"])
        issue_for_course(user, progress)


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
        for course, count in zip(cohort_courses, done, strict=False):
            _complete(user, _modules(course)[:count], when)
            _certify_finished(user, Enrolment.objects.get(user=user, course=course))
    _log(
        stdout,
        f"Learning journey ready: {len(COHORTS)} cohorts, {len(TRAINEES)} further trainees, cross-training goals "
        "for both home modalities; the demo trainee has finished MBT essentials (with a certificate).",
    )
