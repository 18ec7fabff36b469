"""Regrading after a key fix (issue 16): an administrator's dry run lists the attempts whose score or pass would
change (old → new), then "Regrade" applies it, confirmed and audited; a trainee who passes now completes."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from quizzes.models import Answer, Attempt, AttemptSlot, Regrade, RegradeChange
from tests import factories
from tests.learning.conftest import clock, journey  # noqa: F401 - fixtures
from tests.learning.test_completion_signal import completed_at, enrolled, ready  # noqa: F401 - fixtures
from tests.quizzes.conftest import answer, other_trainee  # noqa: F401 - fixtures

pytestmark = pytest.mark.django_db


def url(quiz):
    return f"/admin/quizzes/regrade/{quiz.pk}/"


def plan_of(html):
    return re.search(r'name="plan" value="([0-9a-f]+)"', html).group(1)


def writes(queries):
    skipped = ("django_session", "wagtailusers_userprofile")
    return [
        q["sql"]
        for q in queries
        if q["sql"].split()[0] in ("INSERT", "UPDATE", "DELETE") and not any(t in q["sql"] for t in skipped)
    ]


def wrong_key_quiz(**fields):
    """Two one-point questions; the first has its key on the wrong option ("Interpretation" marked right)."""
    quiz = factories.QuizFactory(title="Stance check", pass_mark=100, **fields)
    first = factories.QuestionFactory(
        content="Which shows not-knowing?",
        options=[("Curious question", False), ("Interpretation", True)],
        quizzes=[quiz],
    )
    factories.QuestionFactory(kind="true_false", is_true=True, quizzes=[quiz])
    return quiz, first


def fix_key(question):
    question.options.filter(text="Curious question").update(correct=True)
    question.options.filter(text="Interpretation").update(correct=False)


def take(client, user, quiz, first, option_text):
    client.force_login(user)
    answer(client, quiz, first.options.get(text=option_text).pk)
    answer(client, quiz, "true")
    return Attempt.objects.get(user=user, quiz=quiz)


@pytest.fixture
def fixed(client, trainee, other_trainee):  # noqa: F811
    quiz, first = wrong_key_quiz()
    right = take(client, trainee, quiz, first, "Curious question")  # right answer, scored wrong
    lucky = take(client, other_trainee, quiz, first, "Interpretation")  # wrong answer, scored right
    assert (right.score, right.passed, lucky.score, lucky.passed) == (1, False, 2, True)
    fix_key(first)
    return quiz, right, lucky


class TestDryRun:
    def test_it_lists_old_and_new_scores_and_passes_and_writes_nothing(self, client, admin_user, fixed):
        quiz, right, _ = fixed
        client.force_login(admin_user)
        with CaptureQueriesContext(connection) as queries:
            html = client.get(url(quiz)).content.decode()
        assert "2 attempts would change" in html
        rows = re.findall(r"<tr><td>(\w+)</td><td>1</td><td>([^<]+)</td><td>([^<]+)</td><td>([^<]+)</td>", html)
        assert sorted(rows) == [
            ("trainee_a", "1 → 2", "50 → 100", "no → yes"),
            ("trainee_b", "2 → 1", "100 → 50", "yes → no"),
        ]
        assert not writes(queries)
        right.refresh_from_db()
        assert right.score == 1 and not Regrade.objects.exists()

    def test_nothing_to_change_says_so_and_offers_no_button(self, client, admin_user, trainee):
        quiz, first = wrong_key_quiz()
        take(client, trainee, quiz, first, "Interpretation")
        client.force_login(admin_user)
        html = client.get(url(quiz)).content.decode()
        assert "No attempt's score or pass would change." in html and "Regrade these attempts" not in html


class TestApply:
    def test_apply_needs_the_confirmation(self, client, admin_user, fixed):
        quiz, right, _ = fixed
        client.force_login(admin_user)
        html = client.get(url(quiz)).content.decode()
        html = client.post(url(quiz), {"plan": plan_of(html)}).content.decode()
        assert "Tick the box to confirm" in html
        right.refresh_from_db()
        assert right.score == 1 and not Regrade.objects.exists()

    def test_apply_regrades_audits_and_the_review_shows_the_fixed_key(self, client, admin_user, fixed, trainee):
        quiz, right, lucky = fixed
        client.force_login(admin_user)
        html = client.get(url(quiz)).content.decode()
        response = client.post(url(quiz), {"plan": plan_of(html), "confirm": "on"})
        regrade = Regrade.objects.get()
        assert response.status_code == 302 and response["Location"] == f"{url(quiz)}?regrade={regrade.pk}"
        assert (regrade.performed_by, regrade.attempts_regraded) == (admin_user, 2)
        changes = {c.attempt_id: c for c in RegradeChange.objects.all()}
        assert (changes[right.pk].old_score, changes[right.pk].new_score, changes[right.pk].new_passed) == (1, 2, True)
        assert (changes[lucky.pk].old_passed, changes[lucky.pk].new_passed) == (True, False)
        right.refresh_from_db(), lucky.refresh_from_db()
        assert (right.score, right.percent, right.passed) == (2, 100, True)
        assert (lucky.score, lucky.passed) == (1, False)
        html = client.get(response["Location"]).content.decode()
        assert "Regraded 2 attempts" in html and "data-regrade-done" in html
        assert "No attempt's score or pass would change." in html  # a second run has nothing left to do
        client.force_login(trainee)
        review = client.get(right.get_absolute_url()).content.decode()
        assert "Curious question <strong>(correct answer)</strong> <em>(your choice)</em>" in review

    def test_a_stale_dry_run_is_refused_and_changes_nothing(self, client, admin_user, fixed, other_trainee):  # noqa: F811
        quiz, right, lucky = fixed
        client.force_login(admin_user)
        plan = plan_of(client.get(url(quiz)).content.decode())
        Attempt.objects.filter(pk=lucky.pk).update(score=0)  # a marker, or another regrade, got there first
        response = client.post(url(quiz), {"plan": plan, "confirm": "on"})
        assert response.status_code == 409 and "nothing was regraded" in response.content.decode()
        right.refresh_from_db()
        assert right.score == 1 and not Regrade.objects.exists()

    def test_a_mark_a_person_gave_is_kept(self, client, admin_user, fixed):
        from django.utils import timezone

        quiz, right, _ = fixed
        Answer.objects.filter(attempt=right, slot__position=1).update(marked_at=timezone.now(), marked_by=admin_user)
        client.force_login(admin_user)
        html = client.get(url(quiz)).content.decode()
        client.post(url(quiz), {"plan": plan_of(html), "confirm": "on"})
        right.refresh_from_db()
        assert right.score == 1  # the marker's 0 on the first question stands

    def test_what_the_trainee_saw_stays_only_the_key_changes(self, client, admin_user, fixed):
        quiz, right, _ = fixed
        before = AttemptSlot.objects.get(attempt=right, position=1).snapshot
        quiz.quiz_questions.first().question.options.filter(text="Curious question").update(text="Edited later")
        client.force_login(admin_user)
        client.post(url(quiz), {"plan": plan_of(client.get(url(quiz)).content.decode()), "confirm": "on"})
        after = AttemptSlot.objects.get(attempt=right, position=1).snapshot
        assert [o["text"] for o in after["options"]] == [o["text"] for o in before["options"]]
        assert [o["correct"] for o in after["options"]] == [True, False]


def test_a_trainee_who_passes_now_completes_the_module(
    client,
    admin_user,
    ready,  # noqa: F811
    journey,  # noqa: F811
    django_capture_on_commit_callbacks,
):
    first = factories.QuestionFactory(
        content="Which?", options=[("Curious question", False), ("Interpretation", True)], quizzes=[journey.quiz]
    )
    factories.QuestionFactory(kind="true_false", is_true=True, quizzes=[journey.quiz])
    with django_capture_on_commit_callbacks(execute=True):
        attempt = take(client, ready, journey.quiz, first, "Curious question")
    assert attempt.passed is False and completed_at(ready, journey.first) is None
    fix_key(first)
    client.force_login(admin_user)
    plan = plan_of(client.get(url(journey.quiz)).content.decode())
    with django_capture_on_commit_callbacks(execute=True):
        client.post(url(journey.quiz), {"plan": plan, "confirm": "on"})
    assert completed_at(ready, journey.first) is not None


@pytest.mark.parametrize("role", ["editor", "supervisor", "trainee", "reviewer"])
def test_only_administrators_regrade(client, request, role, fixed):
    quiz, right, _ = fixed
    client.force_login(request.getfixturevalue(role))
    assert client.get(url(quiz)).status_code in (302, 403)
    assert client.post(url(quiz), {"plan": "x", "confirm": "on"}).status_code in (302, 403)
    right.refresh_from_db()
    assert right.score == 1


def test_the_quiz_list_offers_regrade_to_administrators_only(client, admin_user, editor):
    quiz = factories.QuizFactory()
    client.force_login(admin_user)
    assert url(quiz) in client.get("/admin/snippets/quizzes/quiz/").content.decode()
    client.force_login(editor)
    assert url(quiz) not in client.get("/admin/snippets/quizzes/quiz/").content.decode()


def test_the_dry_run_costs_the_same_for_1_and_30_attempts(client, admin_user, django_assert_max_num_queries):
    quizzes = []
    for count in (1, 30):
        quiz, first = wrong_key_quiz()
        for n in range(count):
            take(client, factories.TraineeFactory(username=f"t{count}_{n}"), quiz, first, "Curious question")
        fix_key(first)
        quizzes.append(quiz)
    client.force_login(admin_user)
    client.get(url(quizzes[0]))
    with CaptureQueriesContext(connection) as baseline:
        assert "1 attempt would change" in client.get(url(quizzes[0])).content.decode()
    with django_assert_max_num_queries(len(baseline)):
        assert "30 attempts would change" in client.get(url(quizzes[1])).content.decode()
