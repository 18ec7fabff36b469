"""The same trainee CSV imported several times at once creates each account once (PostgreSQL, real concurrency)."""

import pytest
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test import Client

from learning.models import Cohort, Enrolment
from tests import factories
from tests.quizzes.test_concurrency import run_together

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.skipif(
        connection.vendor != "postgresql",
        reason="Concurrent imports need a database that runs transactions at the same time (PostgreSQL); "
        "SQLite writes one at a time and cannot show the race. Run with DATABASE_URL=postgres://...",
    ),
]

User = get_user_model()
URL = "/admin/learning/import-trainees/"
THREADS = 8
CSV = (
    "name,email,home_modality,cohort\n"
    "Anna Schmidt,anna@example.org,DBT,Spring 2027\n"
    "Chidi Okafor,chidi@example.org,MBT,Spring 2027\n"
    "Kim Lee,kim@example.org,MBT,Spring 2027\n"
)


@pytest.fixture
def cohort(journey):
    cohort = Cohort.objects.create(name="Spring 2027", starts_on="2027-03-01")
    cohort.courses.add(journey.course)
    return cohort


def test_the_same_file_uploaded_at_once_by_several_administrators_creates_each_trainee_once(cohort, journey):
    admin = factories.AdminFactory(username="site_admin")

    def upload(_index):
        client = Client()
        client.force_login(admin)
        response = client.post(URL, {"file": SimpleUploadedFile("trainees.csv", CSV.encode(), "text/csv")})
        return response.status_code, response.content.decode()

    results, errors = run_together(upload, count=THREADS)

    assert not errors
    assert [status for status, _page in results] == [200] * THREADS
    # One upload created the three; every other found them and changed nothing.
    assert sorted("3 trainees created" in page for _status, page in results) == [False] * (THREADS - 1) + [True]
    for email in ("anna@example.org", "chidi@example.org", "kim@example.org"):
        trainee = User.objects.get(email=email)
        assert list(trainee.cohorts.all()) == [cohort]
        assert Enrolment.objects.filter(user=trainee, course=journey.course).count() == 1
    assert User.objects.filter(username__startswith="anna").count() == 1
