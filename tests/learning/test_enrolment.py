import pytest
from django.db import IntegrityError

from learning.models import Enrolment
from tests import factories
from tests.learning.conftest import enrol

pytestmark = pytest.mark.django_db


def test_a_trainee_enrols_with_a_post_and_sees_their_progress_on_the_course_page(client, trainee, journey):
    client.force_login(trainee)
    page = client.get(journey.course.url)
    assert "Enrol in this course" in page.content.decode()

    response = enrol(client, journey.course)

    assert response.status_code == 302 and response["Location"] == journey.course.url
    assert Enrolment.objects.filter(user=trainee, course=journey.course).count() == 1
    page = client.get(journey.course.url).content.decode()
    assert "0 of 2 modules complete" in page and "<progress" in page
    assert "Enrol in this course" not in page


def test_enrolment_is_never_made_by_a_get(client, trainee, journey):
    client.force_login(trainee)
    assert client.get(f"/learning/courses/{journey.course.pk}/enrol/").status_code == 405
    assert not Enrolment.objects.exists()


def test_enrolling_needs_the_csrf_token(trainee, journey):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    client.force_login(trainee)
    assert enrol(client, journey.course).status_code == 403
    assert not Enrolment.objects.exists()


def test_visitors_are_sent_to_log_in(client, journey):
    response = enrol(client, journey.course)
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    assert not Enrolment.objects.exists()


def test_enrolling_twice_leaves_one_enrolment(client, trainee, journey):
    client.force_login(trainee)
    enrol(client, journey.course)
    assert enrol(client, journey.course).status_code == 302
    assert Enrolment.objects.count() == 1


def test_the_database_allows_one_enrolment_per_trainee_and_course(trainee, journey):
    Enrolment.objects.create(user=trainee, course=journey.course)
    with pytest.raises(IntegrityError):
        Enrolment.objects.create(user=trainee, course=journey.course)


def test_a_cohort_enrols_its_trainees_in_its_courses_and_keeps_earlier_enrolments(trainee, journey):
    own = Enrolment.objects.create(user=trainee, course=journey.course)
    other = factories.TraineeFactory(username="trainee_b")
    cohort = factories.CohortFactory(name="Spring 2026")
    cohort.courses.add(journey.course, journey.dbt)
    cohort.trainees.add(trainee, other)

    pairs = set(Enrolment.objects.values_list("user__username", "course__slug"))
    assert pairs == {
        ("trainee_a", "mbt-essentials"),
        ("trainee_a", "dbt-essentials"),
        ("trainee_b", "mbt-essentials"),
        ("trainee_b", "dbt-essentials"),
    }
    own.refresh_from_db()
    assert own.cohort is None  # enrolled themselves first

    late = factories.TraineeFactory(username="trainee_c")
    cohort.trainees.add(late)
    assert Enrolment.objects.filter(user=late, cohort=cohort).count() == 2


def test_unpublished_courses_cannot_be_enrolled_in(client, trainee, journey):
    journey.dbt.unpublish()
    client.force_login(trainee)
    assert enrol(client, journey.dbt).status_code == 404
