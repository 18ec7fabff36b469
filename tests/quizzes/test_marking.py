"""Spec 3.9: marking, with the defects fixed (403, own answers only, audit, progress updates)."""

from decimal import Decimal

import pytest

from quizzes import taking
from quizzes.models import Attempt, AttemptStatus, MarkingEvent
from quizzes.progress import category_scores
from tests import factories
from tests.quizzes.conftest import answer

pytestmark = pytest.mark.django_db


def essay_attempt(trainee, client, **quiz_fields):
    quiz = factories.QuizFactory(**quiz_fields)
    factories.QuestionFactory(
        kind="essay",
        quizzes=[quiz],
        points=4,
        rubric="Names the mode\nSuggests a first move",
        category=factories.QuizCategoryFactory(name="MBT"),
        content="Describe what you would do.",
    )
    factories.QuestionFactory(kind="true_false", quizzes=[quiz])
    client.force_login(trainee)
    answer(client, quiz, "I would slow down and validate.")
    answer(client, quiz, "true")
    return Attempt.objects.get(user=trainee, quiz=quiz)


def mark_post(client, attempt, points, feedback="", rubric=(), answer_id=None):
    essay = attempt.answers.get(slot__position=1)
    answer_id = answer_id or essay.pk
    data = {"answer_id": answer_id, f"a{answer_id}-answer": answer_id, f"a{answer_id}-points": points}
    data[f"a{answer_id}-feedback"] = feedback
    if rubric:
        data[f"a{answer_id}-rubric"] = list(rubric)
    return client.post(f"/quizzes/marking/{attempt.pk}/", data)


class TestAccess:
    def test_marking_requires_login(self, client):
        response = client.get("/quizzes/marking/")
        assert response.status_code == 302 and "/accounts/login/" in response["Location"]

    def test_logged_in_without_the_permission_gets_403_not_a_login_page(self, client, trainee, editor):
        for user in (trainee, editor):
            client.force_login(user)
            assert client.get("/quizzes/marking/").status_code == 403

    def test_a_supervisor_sees_only_the_attempts_of_their_own_trainees(self, client, trainee, supervisor, marker):
        attempt = essay_attempt(trainee, client, title="Stance essay")
        client.force_login(supervisor)  # supervises nobody
        assert "Stance essay" not in client.get("/quizzes/marking/").content.decode()
        assert client.get(f"/quizzes/marking/{attempt.pk}/").status_code == 404
        client.force_login(marker)  # supervises the trainee
        assert "Stance essay" in client.get("/quizzes/marking/").content.decode()
        assert client.get(f"/quizzes/marking/{attempt.pk}/").status_code == 200

    def test_superusers_and_holders_of_the_permission_may_mark(self, client, admin_user, marker):
        for user in (admin_user, marker):
            client.force_login(user)
            assert client.get("/quizzes/marking/").status_code == 200


class TestList:
    def test_lists_finished_attempts_with_trainee_quiz_date_percent_and_link(self, client, trainee, marker):
        attempt = essay_attempt(trainee, client, title="Stance essay")
        taking.start_or_resume(factories.make_quiz(kinds=["true_false"], title="Open one", exam_paper=True), trainee)
        client.force_login(marker)
        html = client.get("/quizzes/marking/").content.decode()
        assert "Stance essay" in html and f"/quizzes/marking/{attempt.pk}/" in html
        assert "Open one" not in html
        assert trainee.get_full_name() in html and "1 answer awaiting marking" in html

    def test_filters_by_trainee_and_quiz_substring_combined(self, client, trainee, other_trainee, marker):
        essay_attempt(trainee, client, title="Stance essay")
        essay_attempt(other_trainee, client, title="Modes essay")
        client.force_login(marker)
        html = client.get("/quizzes/marking/", {"user_filter": "INEE_B"}).content.decode()
        assert "Modes essay" in html and "Stance essay" not in html
        html = client.get("/quizzes/marking/", {"quiz_filter": "stance"}).content.decode()
        assert "Stance essay" in html and "Modes essay" not in html
        html = client.get("/quizzes/marking/", {"user_filter": "trainee_a", "quiz_filter": "modes"}).content.decode()
        assert "No attempts match." in html

    def test_filters_the_queue_of_attempts_awaiting_marking(self, client, trainee, marker):
        essay_attempt(trainee, client, title="Stance essay")
        tf = factories.make_quiz(kinds=["true_false"], title="Exam TF", exam_paper=True)
        answer(client, tf, "true")
        client.force_login(marker)
        html = client.get("/quizzes/marking/", {"status": "needs_marking"}).content.decode()
        assert "Stance essay" in html and "Exam TF" not in html

    def test_the_list_is_paginated(self, client, trainee, marker):
        quiz = factories.make_quiz(kinds=["true_false"], exam_paper=True)
        client.force_login(trainee)
        for _ in range(27):
            answer(client, quiz, "true")
        client.force_login(marker)
        html = client.get("/quizzes/marking/").content.decode()
        assert "Page 1 of 2" in html
        assert "Page 2 of 2" in client.get("/quizzes/marking/", {"page": 2}).content.decode()


class TestDetail:
    def test_shows_quiz_trainee_date_percent_and_each_answer_as_text_with_status(self, client, trainee, marker):
        attempt = essay_attempt(trainee, client, title="Stance essay", description="About the stance.")
        client.force_login(marker)
        html = client.get(f"/quizzes/marking/{attempt.pk}/").content.decode()
        for text in ("Stance essay", "About the stance.", trainee.get_full_name(), "Describe what you would do."):
            assert text in html
        assert "I would slow down and validate." in html and "awaiting marking" in html
        assert "Names the mode" in html and "Save mark" in html

    def test_marking_an_essay_updates_score_status_pass_and_progress_at_once(self, client, trainee, marker):
        attempt = essay_attempt(trainee, client, pass_mark=60)
        assert attempt.status == AttemptStatus.NEEDS_MARKING and attempt.passed is None
        client.force_login(marker)
        response = mark_post(client, attempt, "3", "Good first move; name the mode.", rubric=[1])
        assert response.status_code == 302
        attempt.refresh_from_db()
        assert attempt.score == Decimal("4") and attempt.percent == Decimal("80.00")
        assert attempt.status == AttemptStatus.FINISHED and attempt.passed is True
        essay = attempt.answers.get(slot__position=1)
        assert essay.feedback == "Good first move; name the mode." and essay.rubric_met == [1]
        row = next(r for r in category_scores(trainee) if r["name"] == "MBT")
        assert (row["points"], row["max_points"]) == (Decimal("3"), Decimal("4"))

    def test_the_trainee_sees_the_mark_and_feedback(self, client, trainee, marker):
        attempt = essay_attempt(trainee, client)
        client.force_login(marker)
        mark_post(client, attempt, "4", "Well argued.")
        client.force_login(trainee)
        html = client.get(attempt.get_absolute_url()).content.decode()
        assert "Well argued." in html and "You scored 5 out of 5 points" in html

    def test_every_change_is_recorded_with_who_when_and_what(self, client, trainee, marker):
        attempt = essay_attempt(trainee, client)
        client.force_login(marker)
        mark_post(client, attempt, "1")
        mark_post(client, attempt, "4")
        events = list(
            MarkingEvent.objects.order_by("at", "pk").values_list("marker__username", "old_points", "new_points")
        )
        assert events == [("marker_m", None, Decimal("1")), ("marker_m", Decimal("1"), Decimal("4"))]
        assert "changed the mark from 1.00 to 4" in client.get(f"/quizzes/marking/{attempt.pk}/").content.decode()

    def test_an_auto_marked_answer_can_be_overridden_both_ways(self, client, trainee, marker):
        attempt = essay_attempt(trainee, client)
        tf = attempt.answers.get(slot__position=2)
        client.force_login(marker)
        client.post(
            f"/quizzes/marking/{attempt.pk}/",
            {"answer_id": tf.pk, f"a{tf.pk}-answer": tf.pk, f"a{tf.pk}-points": "0", f"a{tf.pk}-feedback": ""},
        )
        tf.refresh_from_db()
        attempt.refresh_from_db()
        assert tf.is_correct is False and attempt.score == 0

    def test_points_above_the_questions_points_are_refused(self, client, trainee, marker):
        attempt = essay_attempt(trainee, client)
        client.force_login(marker)
        response = mark_post(client, attempt, "9")
        assert response.status_code == 200 and 'role="alert"' in response.content.decode()
        assert not MarkingEvent.objects.exists()

    def test_an_answer_of_another_attempt_is_404_and_changes_nothing(self, client, trainee, other_trainee, marker):
        mine = essay_attempt(trainee, client)
        theirs = essay_attempt(other_trainee, client)
        client.force_login(marker)
        foreign = theirs.answers.get(slot__position=1)
        assert mark_post(client, mine, "4", answer_id=foreign.pk).status_code == 404
        assert mark_post(client, mine, "4", answer_id=999999).status_code == 404
        assert not MarkingEvent.objects.exists()

    def test_an_unfinished_attempt_opens_read_only_without_crashing(self, client, trainee, marker):
        quiz = factories.make_quiz(kinds=["essay", "true_false"])
        client.force_login(trainee)
        answer(client, quiz, "Half done")
        attempt = Attempt.objects.get()
        client.force_login(marker)
        response = client.get(f"/quizzes/marking/{attempt.pk}/")
        assert response.status_code == 200
        html = response.content.decode()
        assert "still in progress" in html and "Not answered." in html and "Save mark" not in html

    def test_marking_redirects_so_a_refresh_does_not_mark_again(self, client, trainee, marker):
        attempt = essay_attempt(trainee, client)
        client.force_login(marker)
        response = mark_post(client, attempt, "2")
        assert response.status_code == 302 and response["Location"] == f"/quizzes/marking/{attempt.pk}/"
