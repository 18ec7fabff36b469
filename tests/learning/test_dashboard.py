import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from learning.crosstraining import cross_training_meter
from learning.models import CrossTrainingGoal, CrossTrainingModule, Enrolment, ModuleProgress
from tests import factories
from tests.courses.factories import CoursePageFactory, ModulePageFactory
from tests.learning.conftest import committed_post

pytestmark = pytest.mark.django_db

DASHBOARD_BUDGET = 11


def complete(user, module):
    ModuleProgress.objects.update_or_create(
        user=user, module=module, defaults={"read_at": "2026-01-01T10:00Z", "completed_at": "2026-01-01T10:00Z"}
    )


def test_after_login_a_trainee_lands_on_their_dashboard(client, trainee, journey):
    response = client.post("/accounts/login/", {"username": "trainee_a", "password": factories.TEST_PASSWORD})
    assert response.status_code == 302 and response["Location"] == "/dashboard/"
    page = client.get("/dashboard/").content.decode()
    assert "Your dashboard" in page and '<a href="/dashboard/">Dashboard</a>' in page


def test_the_dashboard_needs_a_login(client):
    response = client.get("/dashboard/")
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_the_dashboard_shows_progress_the_next_step_results_and_essays(client, trainee, journey):
    Enrolment.objects.create(user=trainee, course=journey.course)
    complete(trainee, journey.first)
    ModuleProgress.objects.create(user=trainee, module=journey.second, last_seen_at="2026-01-03T10:00Z")
    factories.finished_attempt(trainee, journey.quiz, percent=80)
    essay_quiz = factories.QuizFactory(title="Formulation essay")
    from quizzes.models import Attempt

    Attempt.objects.create(quiz=essay_quiz, user=trainee, number=1, status="needs_marking")
    client.force_login(trainee)

    page = client.get("/dashboard/").content.decode()

    assert '<progress max="2" value="1"' in page and "1 of 2 modules complete (50%)" in page
    assert f'href="{journey.second.url}" data-continue' in page
    assert "Mentalizing check</a>: 80%" in page
    assert "Formulation essay" in page.split("Essays awaiting marking")[1]


def test_the_cross_training_meter_for_a_dbt_trainee_counts_the_mbt_side(client, journey):
    dbt_trainee = factories.TraineeFactory(username="dbt_trainee", home_modality="dbt")
    mbt_trainee = factories.TraineeFactory(username="mbt_trainee", home_modality="mbt")
    for_dbt = CrossTrainingGoal.objects.create(home_modality="dbt", title="MBT for DBT clinicians")
    CrossTrainingModule.objects.create(goal=for_dbt, module=journey.first)
    CrossTrainingModule.objects.create(goal=for_dbt, module=journey.second)
    for_mbt = CrossTrainingGoal.objects.create(home_modality="mbt", title="DBT for MBT clinicians")
    CrossTrainingModule.objects.create(goal=for_mbt, module=journey.dbt_module)

    complete(dbt_trainee, journey.second)
    complete(mbt_trainee, journey.second)  # the MBT side is their own: it does not count for them

    meter = cross_training_meter(dbt_trainee)
    assert (meter.done, meter.total, meter.percent) == (1, 2, 50)
    assert meter.remaining == [journey.first]
    assert cross_training_meter(mbt_trainee).percent == 0

    client.force_login(dbt_trainee)
    page = client.get("/dashboard/").content.decode()
    assert "MBT for DBT clinicians" in page and "1 of 2 cross-training modules complete (50%)" in page
    assert "Mentalizing and BPD" in page.split("module left")[1]

    # Reading the last module of the goal completes it and earns the certificate.
    Enrolment.objects.create(user=mbt_trainee, course=journey.dbt)
    client.force_login(mbt_trainee)
    committed_post(client, f"/learning/modules/{journey.dbt_module.pk}/read/")
    page = client.get("/dashboard/").content.decode()
    assert "1 of 1 cross-training modules complete (100%)" in page
    assert "Download your cross-training certificate" in page


def test_the_meter_asks_for_a_home_modality_when_none_is_recorded(client, trainee):
    client.force_login(trainee)
    assert "home modality (MBT or DBT) is not recorded" in client.get("/dashboard/").content.decode()


def test_the_dashboard_costs_the_same_for_1_and_50_courses(client, journey):
    trainee = factories.TraineeFactory(username="busy", home_modality="dbt")
    goal = CrossTrainingGoal.objects.create(home_modality="dbt", title="MBT for DBT clinicians")
    CrossTrainingModule.objects.create(goal=goal, module=journey.first)
    Enrolment.objects.create(user=trainee, course=journey.course)
    factories.finished_attempt(trainee, journey.quiz)
    client.force_login(trainee)

    def count():
        client.get("/dashboard/")
        with CaptureQueriesContext(connection) as captured:
            assert client.get("/dashboard/").status_code == 200
        return len(captured)

    one = count()
    for i in range(49):
        course = CoursePageFactory(parent=journey.catalogue, slug=f"course-{i}")
        module = ModulePageFactory(parent=course, slug=f"module-{i}")
        Enrolment.objects.create(user=trainee, course=course)
        complete(trainee, module)
    fifty = count()
    # Session, user, enrolments, modules (with their requirements index, not their bodies), progress, clips,
    # attempts, certificates (shared with the Open Badges card), the latest results with the attempts awaiting
    # marking, and the practice card's two; the roles, the menu and the quizzes' titles come from the cache.
    assert fifty == one <= DASHBOARD_BUDGET
    assert "50 modules complete" not in client.get("/dashboard/").content.decode()  # each course counts its own
