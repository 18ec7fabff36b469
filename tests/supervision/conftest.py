import datetime
from types import SimpleNamespace

import pytest
from django.utils import timezone

from learning.models import CrossTrainingGoal, CrossTrainingModule, ModuleProgress
from quizzes import taking
from supervision.marking import current_version
from supervision.models import Supervision
from tests import factories
from tests.courses.factories import CoursePageFactory, ModulePageFactory, make_curriculum


def essay_quiz(title="Stance essay"):
    quiz = factories.QuizFactory(title=title, pass_mark=50)
    factories.QuestionFactory(
        kind="essay", quizzes=[quiz], points=4, rubric="Names the mode\nSuggests a first move", title="Stance"
    )
    return quiz


def write_essay(user, quiz, text="I would slow down, notice my own arousal and validate first."):
    """The trainee answers the quiz's only question, an essay: the attempt then awaits marking."""
    attempt = taking.start_or_resume(quiz, user)
    taking.submit_answer(attempt.pk, 1, attempt.sequence, {"text": text}, user=user)
    attempt.refresh_from_db()
    return attempt


def mark_post(client, attempt, points, feedback="", rubric=(), answer_id=None, version=None):
    """Post a mark from the attempt's marking page, by default for the essay (question 1), from a form
    rendered just now (the mark's current version) unless `version` says otherwise."""
    answer_id = answer_id or attempt.answers.get(slot__position=1).pk
    if version is None:
        version = current_version(answer_id)
    prefix = f"a{answer_id}"
    data = {"answer_id": answer_id, f"{prefix}-points": points, f"{prefix}-feedback": feedback}
    data[f"{prefix}-version"] = version
    if rubric:
        data[f"{prefix}-rubric"] = list(rubric)
    return client.post(f"/supervision/marking/attempts/{attempt.pk}/", data)


def complete(user, module, days_ago=3):
    when = timezone.now() - datetime.timedelta(days=days_ago)
    progress, _ = ModuleProgress.objects.update_or_create(
        user=user, module=module, defaults={"read_at": when, "completed_at": when, "last_seen_at": when}
    )
    ModuleProgress.objects.filter(pk=progress.pk).update(started_at=when - datetime.timedelta(days=1))
    return progress


def start(user, module, days_ago=1):
    when = timezone.now() - datetime.timedelta(days=days_ago)
    progress, _ = ModuleProgress.objects.update_or_create(user=user, module=module, defaults={"last_seen_at": when})
    ModuleProgress.objects.filter(pk=progress.pk).update(started_at=when)
    return progress


@pytest.fixture
def world(db):
    """Two cohorts, each with its own supervisor, and one trainee supervised individually.

    MBT essentials: module 1 (a multiple-choice quiz), module 2, module 3 (an essay quiz); DBT essentials:
    one module, the MBT trainees' cross-training goal. Cohort A (supervisor `sup_a`): Amira (MBT) and
    Bruno (MBT); cohort B (supervisor `sup_b`): Chen (DBT). `sup_a` also supervises Dara on her own.
    """
    tree = make_curriculum(modules=0)
    mc_quiz = factories.make_quiz(kinds=["mc_single"], title="Modes check", pass_mark=60)
    essay = essay_quiz()
    modules = [
        ModulePageFactory(
            parent=tree.course, title="Mentalizing", slug="m1", body=[("quiz", {"quiz": mc_quiz, "heading": "Check"})]
        ),
        ModulePageFactory(parent=tree.course, title="Not-knowing stance", slug="m2"),
        ModulePageFactory(
            parent=tree.course, title="Affect focus", slug="m3", body=[("quiz", {"quiz": essay, "heading": "Write"})]
        ),
    ]
    dbt = CoursePageFactory(parent=tree.catalogue, title="DBT essentials", slug="dbt-essentials", track="dbt")
    dbt_module = ModulePageFactory(parent=dbt, title="Biosocial theory", slug="biosocial")
    goal = CrossTrainingGoal.objects.create(home_modality="mbt", title="DBT for MBT clinicians")
    CrossTrainingModule.objects.create(goal=goal, module=dbt_module, sort_order=0)

    sup_a = factories.SupervisorFactory(username="sup_a", first_name="Sofia", last_name="Alvarez")
    sup_b = factories.SupervisorFactory(username="sup_b", first_name="Sam", last_name="Berg")
    amira = factories.TraineeFactory(username="amira", first_name="Amira", last_name="Aziz", home_modality="mbt")
    bruno = factories.TraineeFactory(username="bruno", first_name="Bruno", last_name="Brandt", home_modality="mbt")
    chen = factories.TraineeFactory(username="chen", first_name="Chen", last_name="Cao", home_modality="dbt")
    dara = factories.TraineeFactory(username="dara", first_name="Dara", last_name="Doyle", home_modality="mbt")
    cohort_a = factories.CohortFactory(name="Cohort A", starts_on=timezone.localdate() - datetime.timedelta(days=30))
    cohort_b = factories.CohortFactory(name="Cohort B", starts_on=timezone.localdate() - datetime.timedelta(days=30))
    cohort_a.courses.add(tree.course, dbt)
    cohort_b.courses.add(tree.course, dbt)
    cohort_a.trainees.add(amira, bruno)
    cohort_b.trainees.add(chen)
    cohort_a.supervisors.add(sup_a)
    cohort_b.supervisors.add(sup_b)
    Supervision.objects.create(supervisor=sup_a, trainee=dara)

    complete(amira, modules[0])
    complete(amira, dbt_module)
    start(amira, modules[1])
    factories.finished_attempt(amira, mc_quiz, percent=80)
    start(bruno, modules[0])
    factories.finished_attempt(bruno, mc_quiz, percent=40)
    start(bruno, modules[2])
    bruno_essay = write_essay(bruno, essay)
    start(chen, modules[2])
    chen_essay = write_essay(chen, essay, text="Chen's private essay about validation.")
    return SimpleNamespace(
        **{key: value for key, value in vars(tree).items() if key != "modules"},
        dbt=dbt,
        dbt_module=dbt_module,
        modules=modules,
        mc_quiz=mc_quiz,
        essay=essay,
        goal=goal,
        sup_a=sup_a,
        sup_b=sup_b,
        amira=amira,
        bruno=bruno,
        chen=chen,
        dara=dara,
        cohort_a=cohort_a,
        cohort_b=cohort_b,
        bruno_essay=bruno_essay,
        chen_essay=chen_essay,
    )
