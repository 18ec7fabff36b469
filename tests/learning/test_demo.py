from io import StringIO

import pytest
from django.core.management import call_command

from learning.models import Certificate, Cohort, CrossTrainingGoal, Enrolment, ModuleProgress

pytestmark = pytest.mark.django_db


def test_the_demo_journey_shows_spread_and_is_safe_to_seed_again(client):
    out = StringIO()
    call_command("seed_demo", password="demo-password-test", stdout=out)
    counts = [m.objects.count() for m in (Cohort, Enrolment, ModuleProgress, Certificate, CrossTrainingGoal)]
    call_command("seed_demo", password="demo-password-test", stdout=StringIO())
    assert [m.objects.count() for m in (Cohort, Enrolment, ModuleProgress, Certificate, CrossTrainingGoal)] == counts
    assert "Learning journey ready" in out.getvalue()

    assert counts[0] == 2 and counts[4] == 2
    trainees = {e.user.username for e in Enrolment.objects.select_related("user")}
    assert len(trainees) == 13 and "supervisor" not in trainees
    assert Enrolment.objects.filter(user__home_modality="dbt").exists()
    assert Enrolment.objects.filter(user__home_modality="mbt").exists()

    client.post("/accounts/login/", {"username": "trainee", "password": "demo-password-test"})
    page = client.get("/dashboard/").content.decode()
    assert "7 of 7 modules complete (100%)" in page and "Download your certificate (PDF)" in page
    assert "2 of 8 modules complete" in page
    assert "Diary card and behavioural chain analysis" in page.split("data-continue")[1][:400]
    assert "DBT for MBT clinicians" in page
