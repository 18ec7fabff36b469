import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from learning.crosstraining import cross_training_meter
from learning.models import Certificate, CrossTrainingGoal, CrossTrainingModule, Enrolment, ModuleProgress
from tests import factories
from tests.courses.factories import CoursePageFactory, ModulePageFactory, TechniqueFactory
from tests.learning.conftest import committed_post
from tests.practice.test_progress_summary import practice_work, studio_exercise, studio_rubric

pytestmark = pytest.mark.django_db

DASHBOARD_BUDGET = 10


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


def test_a_module_published_in_an_enrolled_course_counts_on_the_dashboard_at_once(client, trainee, journey):
    Enrolment.objects.create(user=trainee, course=journey.course)
    client.force_login(trainee)
    assert "0 of 2 modules complete" in client.get("/dashboard/").content.decode()

    added = ModulePageFactory(parent=journey.course, slug="third", title="Epistemic trust", live=False)
    assert "0 of 2 modules complete" in client.get("/dashboard/").content.decode()  # a draft is no module yet
    added.save_revision().publish()
    page = client.get("/dashboard/").content.decode()
    assert "0 of 3 modules complete" in page

    added.refresh_from_db()
    added.unpublish()
    assert "0 of 2 modules complete" in client.get("/dashboard/").content.decode()


def test_the_dashboard_costs_the_same_for_1_and_50_courses_and_1_and_100_rated_responses(client, journey):
    trainee = factories.TraineeFactory(username="busy", home_modality="dbt")
    goal = CrossTrainingGoal.objects.create(home_modality="dbt", title="MBT for DBT clinicians")
    CrossTrainingModule.objects.create(goal=goal, module=journey.first)
    Enrolment.objects.create(user=trainee, course=journey.course)
    factories.finished_attempt(trainee, journey.quiz)
    Certificate.objects.create(user=trainee, course=journey.course, holder_name="Busy Trainee", title="MBT", hours=2)
    rater = factories.SupervisorFactory(username="rater")
    technique = TechniqueFactory(name="Marking the mental state")
    exercise = studio_exercise("After the cancelled session", studio_rubric(), [technique, TechniqueFactory()])
    practice_work(trainee, rater, exercise)
    client.force_login(trainee)

    def count():
        client.get("/dashboard/")
        with CaptureQueriesContext(connection) as captured:
            page = client.get("/dashboard/").content.decode()
        return len(captured), page

    one, page = count()
    assert "1 response submitted to 1 exercises, 1 rated by an observer." in page and "Your Open Badges" in page
    for i in range(49):
        course = CoursePageFactory(parent=journey.catalogue, slug=f"course-{i}")
        module = ModulePageFactory(parent=course, slug=f"module-{i}")
        Enrolment.objects.create(user=trainee, course=course)
        complete(trainee, module)
        Certificate.objects.create(user=trainee, course=course, holder_name="Busy Trainee", title=f"C{i}", hours=1)
    practice_work(trainee, rater, exercise, responses=99, days_ago=100)
    many, page = count()
    # User, enrolments, progress, clips, attempts, the practice exercises the modules ask for,
    # certificates (shared with the Open Badges card), the latest results with the attempts awaiting marking, and
    # the practice card's two (responses with their techniques, ratings with their scores); the modules with their
    # requirements index, the cross-training goal, the roles, the menu and the quizzes' titles come from what is
    # remembered until the next publish, the session from the cache (cached_db).
    assert many == one <= DASHBOARD_BUDGET
    assert "100 responses submitted to 1 exercises, 100 rated by an observer." in page
    assert "50 modules complete" not in page  # each course counts its own
