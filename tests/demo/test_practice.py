"""The studio's demo: what `seed_demo` builds for the practice loop.

That reseeding duplicates none of it is checked with the rest of the demo in test_seed.py.
"""

from django.test import Client
from django.urls import reverse

from practice import calibration
from practice.models import Exercise, Rating, Rubric, Submission


def test_the_demo_shows_the_whole_practice_loop(demo, django_user_model):
    assert Rubric.objects.count() == 2 and Exercise.objects.filter(live=True).count() == 6
    for rubric in Rubric.objects.all():
        assert "training rubric" in rubric.description and "It is not the validated" in rubric.description
    assert Submission.objects.filter(calibration=False).count() == 3
    assert Submission.objects.filter(calibration=True).count() == 4
    assert Rating.objects.filter(kind="reference").count() == 4
    supervisor = django_user_model.objects.get(username="supervisor")
    status = {r.track: calibration.agreement(supervisor, r).calibrated for r in Rubric.objects.all()}
    assert status == {"mbt": True, "dbt": False}

    client = Client()
    client.force_login(supervisor)
    queue = client.get(reverse("practice:queue")).content.decode()
    assert queue.count("data-submission=") == 1 and "When certainty takes over" in queue

    client.force_login(django_user_model.objects.get(username="trainee"))
    rated = Submission.objects.get(exercise__title="The unanswered message", calibration=False)
    page = client.get(reverse("practice:submission", args=[rated.pk])).content.decode()
    assert "Your self-rating" in page and "A warm, curious start." in page
    assert client.get(reverse("practice:recording", args=[rated.pk])).status_code == 200
    exercise = client.get(reverse("practice:exercise", args=[rated.exercise.pk])).content.decode()
    assert "synthetic voices and drawn figures" in exercise and "actor" not in exercise.lower()

    # One cross-training exercise counts toward its module; the demo trainee has submitted it.
    placed = Exercise.objects.get(title="The cancelled session, the MBT way")
    assert (placed.module.slug, placed.completion) == ("cross-watching-role-play", "submitted")
    module_page = client.get(placed.module.url).content.decode()
    assert "Practice done: The cancelled session, the MBT way" in module_page

    # Another is offered on its module's page without counting toward it.
    offered = Exercise.objects.get(title="When certainty takes over")
    assert (offered.module.slug, offered.completion) == ("mbt-core-interventions", "")
    module_page = client.get(offered.module.url).content.decode()
    assert "Practise this module's techniques" in module_page and "When certainty takes over" in module_page
