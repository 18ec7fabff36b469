"""The demo's learning journey: cohorts, a spread of progress, and what the demo trainee's dashboard shows."""

from learning.models import Cohort, CrossTrainingGoal, Enrolment


def test_the_demo_journey_shows_spread(demo, client):
    assert Cohort.objects.count() == 2 and CrossTrainingGoal.objects.count() == 2
    trainees = {e.user.username for e in Enrolment.objects.select_related("user")}
    assert len(trainees) == 13 and "supervisor" not in trainees
    assert Enrolment.objects.filter(user__home_modality="dbt").exists()
    assert Enrolment.objects.filter(user__home_modality="mbt").exists()

    client.post("/accounts/login/", {"username": "trainee", "password": demo.password})
    page = client.get("/dashboard/").content.decode()
    assert "9 of 9 modules complete (100%)" in page and "Download your certificate (PDF)" in page
    assert "2 of 10 modules complete" in page
    assert "Diary card and behavioural chain analysis" in page.split("data-continue")[1][:400]
    assert "DBT for MBT clinicians" in page
