"""Overrides per trainee and per cohort (issue 16): extra time, extra attempts and other dates, shown on the
trainee's start page and held by the server (deadline, attempt count, close); the trainee's own wins."""

from datetime import timedelta

import pytest
from django.utils import timezone

from learning.models import CohortQuizOverride
from quizzes import taking
from quizzes.models import Attempt, AttemptStatus, RevealAnswers, TraineeQuizOverride
from quizzes.tasks import close_overdue_attempts
from tests import factories
from tests.quizzes.conftest import answer, current_form, other_trainee, start, take_url  # noqa: F401 - fixtures

pytestmark = pytest.mark.django_db


def detail(client, quiz):
    return client.get(quiz.get_absolute_url()).content.decode()


def minutes_left(attempt):
    return round((attempt.deadline - attempt.started_at).total_seconds() / 60)


class TestExtraTime:
    def test_the_trainee_sees_and_gets_the_extra_time_and_others_do_not(self, client, trainee, other_trainee):  # noqa: F811
        quiz = factories.make_quiz(kinds=["true_false"], time_limit=30)
        TraineeQuizOverride.objects.create(quiz=quiz, user=trainee, extra_minutes=15)
        client.force_login(trainee)
        html = detail(client, quiz)
        assert "Arranged for you" in html and "15 extra minutes: 45 minutes in all." in html
        assert "Time limit: 45 minutes" in html
        start(client, quiz)
        assert minutes_left(Attempt.objects.get(user=trainee)) == 45
        client.force_login(other_trainee)
        html = detail(client, quiz)
        assert "Arranged for you" not in html and "Time limit: 30 minutes" in html
        start(client, quiz)
        assert minutes_left(Attempt.objects.get(user=other_trainee)) == 30

    def test_an_answer_within_the_extra_time_counts_and_after_it_does_not(self, client, trainee):
        quiz = factories.make_quiz(kinds=["true_false", "true_false"], time_limit=10)
        TraineeQuizOverride.objects.create(quiz=quiz, user=trainee, extra_minutes=10)
        client.force_login(trainee)
        start(client, quiz)
        attempt = Attempt.objects.get(user=trainee)
        # 15 minutes in: past the quiz's 10, within the trainee's 20.
        Attempt.objects.filter(pk=attempt.pk).update(
            started_at=timezone.now() - timedelta(minutes=15), deadline=timezone.now() + timedelta(minutes=5)
        )
        answer(client, quiz, "true")
        assert attempt.answers.count() == 1
        assert close_overdue_attempts.call() == 0
        _, hidden = current_form(client, quiz)
        Attempt.objects.filter(pk=attempt.pk).update(deadline=timezone.now() - timedelta(minutes=1))
        client.post(take_url(quiz), {**hidden, "answer": "true"})
        attempt.refresh_from_db()
        assert attempt.answers.count() == 1 and attempt.status == AttemptStatus.FINISHED and attempt.timed_out

    def test_extra_time_given_during_an_attempt_reaches_it(self, client, admin_user, trainee):
        quiz = factories.make_quiz(kinds=["true_false"], time_limit=20)
        attempt = taking.start_or_resume(quiz, user=trainee)
        assert minutes_left(attempt) == 20
        client.force_login(admin_user)
        response = client.post(
            "/admin/snippets/quizzes/traineequizoverride/add/",
            {"quiz": quiz.pk, "user": trainee.pk, "extra_minutes": "25", "extra_attempts": "0"},
        )
        assert response.status_code == 302, response.content.decode()[:2000]
        attempt.refresh_from_db()
        assert minutes_left(attempt) == 45


class TestExtraAttempts:
    def test_an_extra_attempt_is_offered_taken_and_then_the_limit_holds(self, client, trainee):
        quiz = factories.make_quiz(kinds=["true_false"], max_attempts=1)
        factories.finished_attempt(trainee, quiz)
        client.force_login(trainee)
        assert "data-no-attempt-left" in detail(client, quiz)
        TraineeQuizOverride.objects.create(quiz=quiz, user=trainee, extra_attempts=1)
        html = detail(client, quiz)
        assert "1 extra attempt." in html and "You may take this quiz 2 times." in html
        assert "data-no-attempt-left" not in html and "Start the quiz" in html
        answer(client, quiz, "true")
        assert Attempt.objects.filter(user=trainee, quiz=quiz).count() == 2
        html = detail(client, quiz)
        assert "You have used all 2 attempts" in html
        response = start(client, quiz)
        assert "You have used all 2 attempts" in response.content.decode()
        assert Attempt.objects.filter(user=trainee, quiz=quiz).count() == 2

    def test_unlimited_attempts_stay_unlimited(self, trainee):
        quiz = factories.make_quiz(kinds=["true_false"])
        TraineeQuizOverride.objects.create(quiz=quiz, user=trainee, extra_attempts=2)
        from quizzes.overrides import rules_for

        assert rules_for(trainee, quiz).attempt_limit == 0


class TestOtherDates:
    def test_a_later_close_lets_the_trainee_start_and_keeps_their_attempt_open(self, client, trainee, other_trainee):  # noqa: F811
        now = timezone.now()
        quiz = factories.make_quiz(kinds=["true_false", "true_false"], available_until=now - timedelta(hours=1))
        later = now + timedelta(days=2)
        TraineeQuizOverride.objects.create(quiz=quiz, user=trainee, available_until=later)
        client.force_login(other_trainee)
        assert "This quiz has closed." in detail(client, quiz)
        client.force_login(trainee)
        html = detail(client, quiz)
        assert "Other dates than the quiz's" in html and "Start the quiz" in html
        start(client, quiz)
        attempt = Attempt.objects.get(user=trainee)
        assert attempt.override_close == later and attempt.deadline == later
        assert close_overdue_attempts.call() == 0  # the quiz's close does not end it
        answer(client, quiz, "true")
        assert attempt.answers.count() == 1
        Attempt.objects.filter(pk=attempt.pk).update(override_close=now - timedelta(minutes=5), deadline=None)
        assert close_overdue_attempts.call() == 1

    def test_an_earlier_opening_lets_the_trainee_start_before_the_others(self, client, trainee, other_trainee):  # noqa: F811
        now = timezone.now()
        quiz = factories.make_quiz(kinds=["true_false"], available_from=now + timedelta(days=1))
        TraineeQuizOverride.objects.create(quiz=quiz, user=trainee, available_from=now - timedelta(hours=1))
        client.force_login(other_trainee)
        assert "This quiz is not open yet." in start(client, quiz).content.decode()
        client.force_login(trainee)
        start(client, quiz)
        assert Attempt.objects.filter(user=trainee).exists() and not Attempt.objects.filter(user=other_trainee)

    def test_after_close_reviews_wait_for_the_last_trainees_close(self, client, trainee, other_trainee):  # noqa: F811
        now = timezone.now()
        quiz = factories.make_quiz(
            kinds=["true_false"], reveal_answers=RevealAnswers.AFTER_CLOSE, available_until=now + timedelta(hours=1)
        )
        client.force_login(other_trainee)
        answer(client, quiz, "true")
        attempt = Attempt.objects.get(user=other_trainee)
        TraineeQuizOverride.objects.create(quiz=quiz, user=trainee, available_until=now + timedelta(days=1))
        quiz.available_until = now - timedelta(minutes=1)
        quiz.save()
        from quizzes.review import reveals_answers

        attempt.refresh_from_db()
        assert not reveals_answers(quiz, attempt)  # `trainee` may still take it until tomorrow
        TraineeQuizOverride.objects.filter(user=trainee).update(available_until=now - timedelta(seconds=1))
        assert reveals_answers(quiz, attempt)


class TestCohortOverrides:
    def test_a_cohort_override_applies_to_its_trainees_and_their_own_wins(self, client, trainee, other_trainee):  # noqa: F811
        quiz = factories.make_quiz(kinds=["true_false"], time_limit=30)
        cohort = factories.CohortFactory(name="Autumn intake")
        cohort.trainees.add(trainee, other_trainee)
        CohortQuizOverride.objects.create(cohort=cohort, quiz=quiz, extra_minutes=10)
        TraineeQuizOverride.objects.create(quiz=quiz, user=trainee, extra_minutes=30)
        client.force_login(other_trainee)
        html = detail(client, quiz)
        assert "Arranged for your cohort" in html and "10 extra minutes: 40 minutes in all." in html
        start(client, quiz)
        assert minutes_left(Attempt.objects.get(user=other_trainee)) == 40
        client.force_login(trainee)
        assert "30 extra minutes: 60 minutes in all." in detail(client, quiz)
        start(client, quiz)
        assert minutes_left(Attempt.objects.get(user=trainee)) == 60

    def test_in_several_cohorts_the_most_generous_of_each_applies(self, trainee):
        from quizzes.overrides import rules_for

        now = timezone.now()
        quiz = factories.make_quiz(kinds=["true_false"], time_limit=30, max_attempts=1)
        first, second = factories.CohortFactory(name="A"), factories.CohortFactory(name="B")
        for cohort in (first, second):
            cohort.trainees.add(trainee)
        CohortQuizOverride.objects.create(cohort=first, quiz=quiz, extra_minutes=20, available_until=now)
        CohortQuizOverride.objects.create(
            cohort=second, quiz=quiz, extra_attempts=2, available_until=now + timedelta(days=3)
        )
        rules = rules_for(trainee, quiz)
        assert (rules.time_limit, rules.attempt_limit, rules.available_until, rules.cohort) == (
            50,
            3,
            now + timedelta(days=3),
            True,
        )

    def test_a_cohort_override_saved_in_the_admin_reaches_its_open_attempts(self, client, admin_user, trainee):
        quiz = factories.make_quiz(kinds=["true_false"], time_limit=20)
        cohort = factories.CohortFactory(name="Spring intake")
        cohort.trainees.add(trainee)
        attempt = taking.start_or_resume(quiz, user=trainee)
        client.force_login(admin_user)
        response = client.post(
            "/admin/snippets/learning/cohortquizoverride/add/",
            {"quiz": quiz.pk, "cohort": cohort.pk, "extra_minutes": "10", "extra_attempts": "0"},
        )
        assert response.status_code == 302
        attempt.refresh_from_db()
        assert minutes_left(attempt) == 30


class TestWhoEditsOverrides:
    """Who has which arrangement is trainee data: site administrators only (editors edit content, not people)."""

    URLS = ["/admin/snippets/quizzes/traineequizoverride/", "/admin/snippets/learning/cohortquizoverride/"]

    def test_administrators_list_and_add_them(self, client, admin_user, trainee):
        quiz = factories.make_quiz(kinds=["true_false"])
        TraineeQuizOverride.objects.create(quiz=quiz, user=trainee, extra_minutes=5)
        client.force_login(admin_user)
        for url in self.URLS:
            assert client.get(url).status_code == 200
            assert client.get(url + "add/").status_code == 200
        assert trainee.username in client.get(self.URLS[0]).content.decode()

    def test_an_override_that_changes_nothing_or_has_dates_backwards_is_a_form_error(self, client, admin_user, trainee):
        quiz = factories.make_quiz(kinds=["true_false"])
        client.force_login(admin_user)
        url = self.URLS[0] + "add/"
        data = {"quiz": quiz.pk, "user": trainee.pk, "extra_minutes": "0", "extra_attempts": "0"}
        assert "this override changes nothing" in client.post(url, data).content.decode()
        data.update({"available_from": "2027-01-02 10:00", "available_until": "2027-01-01 10:00"})
        assert "The closing time must be after the opening time." in client.post(url, data).content.decode()
        assert not TraineeQuizOverride.objects.exists()

    @pytest.mark.parametrize("role", ["editor", "reviewer", "supervisor", "trainee"])
    def test_nobody_else_reaches_them_or_their_choosers(self, client, request, role):
        client.force_login(request.getfixturevalue(role))
        for url in self.URLS:
            chooser = url.replace("/snippets/", "/snippets/choose/")
            for address in (url, url + "add/", chooser, chooser + "results/"):
                assert client.get(address).status_code in (302, 403), (role, address)


def test_the_start_page_costs_the_same_with_and_without_overrides(client, trainee, django_assert_max_num_queries):
    plain = factories.make_quiz(kinds=["true_false"] * 3, time_limit=30)
    arranged = factories.make_quiz(kinds=["true_false"] * 3, time_limit=30)
    cohort = factories.CohortFactory(name="Budget intake")
    cohort.trainees.add(trainee)
    CohortQuizOverride.objects.create(cohort=cohort, quiz=arranged, extra_attempts=1)
    TraineeQuizOverride.objects.create(quiz=arranged, user=trainee, extra_minutes=5)
    client.force_login(trainee)
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as plain_queries:
        detail(client, plain)
    with django_assert_max_num_queries(len(plain_queries)):
        assert "Arranged for you" in detail(client, arranged)
