"""The demo seed: what `make run` relies on.

Seeding the whole demo takes seconds, so the demo is seeded once for the tests of this package
(conftest.py), and this test alone seeds it a second time: it checks what the first seed built and that
the second updates it without duplicating anything, in any room.
"""

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from django.test import override_settings
from wagtail.models import Page, Revision, Site

from courses.models import HomePage


def seed(**kwargs):
    call_command("seed_demo", stdout=open("/dev/null", "w"), **kwargs)  # noqa: SIM115


def counts():
    from learning.models import Certificate, Cohort, CrossTrainingGoal, Enrolment, ModuleProgress
    from practice.models import Exercise, Rating, Rubric, Submission
    from quizzes.models import Answer, Attempt, MarkingEvent, Question, Quiz
    from techniques.models import Technique, TechniqueMoment

    models = (
        *(Page, Revision, get_user_model(), Site),
        *(Technique, TechniqueMoment),
        *(Quiz, Question, Attempt, Answer, MarkingEvent),
        *(Cohort, Enrolment, ModuleProgress, Certificate, CrossTrainingGoal),
        *(Rubric, Exercise, Submission, Rating),
    )
    return {model.__name__: model.objects.count() for model in models}


def test_the_seed_builds_the_demo_and_seeding_again_duplicates_nothing(demo, client, monkeypatch):
    for username in ("trainee", "supervisor", "editor", "admin"):
        assert username in demo.output
    assert demo.password in demo.output
    assert "Learning journey ready" in demo.output

    assert_the_site_home_and_a_user_per_role(client, demo.password)
    assert_the_supervisor_has_the_mbt_intake_with_marked_and_waiting_essays()

    before = counts()
    monkeypatch.setenv("DEMO_PASSWORD", "from-the-environment")
    seed()
    assert counts() == before
    client.logout()
    assert (
        client.post("/accounts/login/", {"username": "editor", "password": "from-the-environment"}).status_code == 302
    ), "without --password the password comes from $DEMO_PASSWORD"


def assert_the_site_home_and_a_user_per_role(client, password):
    site = Site.objects.get(is_default_site=True)
    assert isinstance(site.root_page.specific, HomePage)
    assert not Page.objects.filter(title__startswith="Welcome to your new Wagtail site").exists()
    User = get_user_model()
    assert set(User.objects.values_list("username", flat=True)) >= {"trainee", "supervisor", "editor", "admin"}
    assert User.objects.get(username="admin").is_superuser
    assert User.objects.get(username="editor").groups.filter(name="Editors").exists()
    assert client.post("/accounts/login/", {"username": "trainee", "password": password}).status_code == 302
    response = client.get("/")
    assert response.status_code == 200
    assert "Robin Hartley" in response.content.decode()


def assert_the_supervisor_has_the_mbt_intake_with_marked_and_waiting_essays():
    from demo.journey import TRAINEES
    from learning.models import Cohort, ModuleProgress
    from quizzes.models import Answer, Attempt, AttemptStatus, MarkingEvent
    from supervision.marking import markable_attempts
    from supervision.scope import supervised_trainees

    supervisor = get_user_model().objects.get(username="supervisor")
    assert list(Cohort.objects.filter(supervisors=supervisor).values_list("name", flat=True)) == [
        "Autumn 2026 intake: MBT"
    ]
    supervised = set(supervised_trainees(supervisor).values_list("username", flat=True))
    assert "trainee" in supervised and "ben.carter" in supervised and "grace.liu" not in supervised

    # Essays awaiting marking: some of the supervisor's own trainees, and one they must not see.
    waiting = Attempt.objects.filter(status=AttemptStatus.NEEDS_MARKING).select_related("user")
    owners = {attempt.user.username for attempt in waiting}
    assert owners & supervised and owners - supervised
    assert len(owners & supervised - {"trainee"}) <= 2 and len(owners - supervised) == 1
    theirs = markable_attempts(supervisor).filter(status=AttemptStatus.NEEDS_MARKING)
    assert {attempt.user.username for attempt in theirs.select_related("user")} == owners & supervised

    # Every other essay is marked, with feedback; the demo supervisor marked only their own trainees'.
    assert not Answer.objects.filter(points__isnull=True).exclude(attempt__status=AttemptStatus.NEEDS_MARKING).exists()
    marked = MarkingEvent.objects.filter(marker=supervisor).select_related("answer__attempt__user")
    assert marked.exists() and all(event.feedback for event in marked)
    assert {event.answer.attempt.user.username for event in marked} <= supervised

    # The further trainees have taken the quizzes of the modules they completed, before completing them.
    names = [username for username, *_ in TRAINEES]
    further = Attempt.objects.filter(user__username__in=names).select_related("user", "quiz")
    assert further.count() > 100 and further.filter(number=2).values("user").distinct().count() >= 2
    completed = ModuleProgress.objects.filter(user__username__in=names, completed_at__isnull=False)
    by_module = {(p.user_id, p.module.slug): p for p in completed.select_related("module")}
    assert {(a.user_id, a.quiz.slug) for a in further} == set(by_module)
    for attempt in further:
        progress = by_module[(attempt.user_id, attempt.quiz.slug)]
        assert progress.started_at <= attempt.started_at < attempt.finished_at <= progress.completed_at

    # Stronger trainees score better, and questions differ in how often they are answered right.
    def mean_percent(username):
        percents = [a.percent for a in further if a.user.username == username]
        return sum(percents) / len(percents)

    assert mean_percent("chloe.moreau") > mean_percent("aisha.rahman") > mean_percent("ben.carter")
    shares = {}
    for answer in Answer.objects.filter(attempt__in=further, is_correct__isnull=False).select_related("slot"):
        shares.setdefault(answer.slot.question_id, []).append(answer.is_correct)
    facility = [sum(right) / len(right) for right in shares.values() if len(right) >= 5]
    assert min(facility) < 0.4 and max(facility) == 1


@override_settings(IS_PRODUCTION=True)
def test_seed_refuses_to_run_under_production_settings(client):
    with pytest.raises(CommandError, match="production"):
        seed(password="a-production-password")
    login = client.post("/accounts/login/", {"username": "trainee", "password": "a-production-password"})
    assert login.status_code != 302, "the refused seed set no password"


def test_a_too_short_password_is_refused_with_a_message():
    with pytest.raises(CommandError, match="at least 8"):
        seed(password="short")
