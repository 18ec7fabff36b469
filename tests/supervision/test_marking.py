"""Marking in the workspace: the trainees' attempts, one attempt's marking page, and the guard against
lost updates and replays that every marking form goes through. (The queue: test_marking_queue.py.)"""

from decimal import Decimal

import pytest
from django.contrib.auth.models import Group

from accounts import roles
from quizzes import taking
from quizzes.models import Attempt, AttemptStatus, MarkingEvent
from supervision import marking
from supervision.marking import Outcome
from tests import factories
from tests.supervision.conftest import mark_post

pytestmark = pytest.mark.django_db


def essay_attempt(user, **quiz_fields):
    """A finished attempt at an essay (4 points, two rubric criteria) and a true/false question (1 point)."""
    quiz = factories.QuizFactory(**quiz_fields)
    factories.QuestionFactory(
        kind="essay", quizzes=[quiz], points=4, rubric="Names the mode\nSuggests a first move", content="Describe it."
    )
    factories.QuestionFactory(kind="true_false", quizzes=[quiz])
    attempt = taking.start_or_resume(quiz, user)
    taking.submit_answer(attempt.pk, 1, 0, {"text": "I would slow down and validate."}, user=user)
    taking.submit_answer(attempt.pk, 2, 1, {"value": True}, user=user)
    attempt.refresh_from_db()
    return attempt


def page_url(attempt):
    return f"/supervision/marking/attempts/{attempt.pk}/"


def essay_of(attempt):
    return attempt.answers.get(slot__position=1)


def rendered_version(client, attempt, answer):
    """The version the marking page renders the answer's form with, as a browser would post it back."""
    row = next(r for r in client.get(page_url(attempt)).context["rows"] if r["answer"] and r["answer"].pk == answer.pk)
    return row["form"].initial["version"]


class TestAttempts:
    def test_lists_finished_attempts_with_trainee_quiz_percent_and_link(self, client, world):
        attempt = essay_attempt(world.amira, title="Modes essay")
        unfinished = factories.make_quiz(kinds=["true_false"], title="Unfinished exam", exam_paper=True)
        taking.start_or_resume(unfinished, world.dara)
        client.force_login(world.sup_a)
        html = client.get("/supervision/marking/attempts/").content.decode()
        assert "Modes essay" in html and f'href="{page_url(attempt)}"' in html
        assert "Unfinished exam" not in html
        assert "Amira Aziz" in html and "1 answer awaiting marking" in html
        assert "Chen" not in html  # another supervisor's trainee

    def test_filters_by_trainee_and_quiz_substring_combined(self, client, world):
        essay_attempt(world.amira, title="Modes essay")
        client.force_login(world.sup_a)
        html = client.get("/supervision/marking/attempts/", {"user_filter": "BRUN"}).content.decode()
        assert "Stance essay" in html and "Modes essay" not in html
        html = client.get("/supervision/marking/attempts/", {"quiz_filter": "modes"}).content.decode()
        assert "Modes essay" in html and "Stance essay" not in html
        html = client.get("/supervision/marking/attempts/", {"user_filter": "bruno", "quiz_filter": "modes"})
        assert "No attempts match." in html.content.decode()

    def test_filters_the_attempts_awaiting_marking(self, client, world):
        exam = factories.make_quiz(kinds=["true_false"], title="Exam TF", exam_paper=True)
        factories.finished_attempt(world.amira, exam, percent=100)
        client.force_login(world.sup_a)
        html = client.get("/supervision/marking/attempts/", {"status": "needs_marking"}).content.decode()
        assert "Stance essay" in html and "Exam TF" not in html
        assert "Exam TF" in client.get("/supervision/marking/attempts/").content.decode()

    def test_the_list_is_paginated_keeping_the_filters(self, client, world):
        quiz = factories.make_quiz(kinds=["true_false"], exam_paper=True, title="Fidelity exam")
        for number in range(1, 28):
            factories.finished_attempt(world.dara, quiz, percent=100, number=number)
        client.force_login(world.sup_a)
        html = client.get("/supervision/marking/attempts/", {"quiz_filter": "fidelity"}).content.decode()
        assert "Page 1 of 2" in html and "?quiz_filter=fidelity&amp;page=2" in html
        second = client.get("/supervision/marking/attempts/", {"quiz_filter": "fidelity", "page": 2})
        assert "Page 2 of 2" in second.content.decode()

    def test_the_queue_and_the_attempts_lead_to_each_other(self, client, world):
        client.force_login(world.sup_a)
        assert 'href="/supervision/marking/attempts/"' in client.get("/supervision/marking/").content.decode()
        html = client.get("/supervision/marking/attempts/").content.decode()
        assert 'href="/supervision/marking/" aria-current="true"' in html  # the workspace's menu, marking open


class TestAttemptPage:
    def test_shows_the_quiz_trainee_answers_rubric_and_the_workspace_menu(self, client, world):
        attempt = essay_attempt(world.amira, title="Modes essay", description="About the modes.")
        client.force_login(world.sup_a)
        html = client.get(page_url(attempt)).content.decode()
        for text in ("Modes essay", "About the modes.", "Amira Aziz", "Describe it.", "I would slow down"):
            assert text in html
        assert "awaiting marking" in html and "Names the mode" in html and html.count("Save mark") == 2
        assert 'class="workspace-nav"' in html and 'href="/supervision/matrix/"' in html
        assert f'href="/supervision/trainees/{world.amira.pk}/"' in html

    def test_marking_an_essay_updates_score_status_and_pass_at_once(self, client, world):
        attempt = essay_attempt(world.amira, pass_mark=60)
        client.force_login(world.sup_a)
        response = mark_post(client, attempt, "3", "Good first move; name the mode.", rubric=[1])
        assert response.status_code == 302 and response["Location"] == page_url(attempt)
        attempt.refresh_from_db()
        assert attempt.score == Decimal("4") and attempt.status == AttemptStatus.FINISHED and attempt.passed is True
        assert "Mark saved for question 1." in client.get(page_url(attempt)).content.decode()

    def test_the_trainee_sees_the_mark_and_feedback(self, client, world):
        attempt = essay_attempt(world.amira)
        client.force_login(world.sup_a)
        mark_post(client, attempt, "4", "Well argued.")
        client.force_login(world.amira)
        html = client.get(attempt.get_absolute_url()).content.decode()
        assert "Well argued." in html and "You scored 5 out of 5 points" in html

    def test_changing_a_mark_is_recorded_and_shown_in_the_history(self, client, world):
        attempt = essay_attempt(world.amira)
        client.force_login(world.sup_a)
        mark_post(client, attempt, "1", version=rendered_version(client, attempt, essay_of(attempt)))
        mark_post(client, attempt, "4", version=rendered_version(client, attempt, essay_of(attempt)))
        events = list(MarkingEvent.objects.order_by("pk").values_list("old_points", "new_points"))
        assert events == [(None, Decimal("1")), (Decimal("1"), Decimal("4"))]
        assert "Sofia Alvarez changed the mark from 1.00 to 4" in client.get(page_url(attempt)).content.decode()

    def test_an_auto_marked_answer_can_be_overridden(self, client, world):
        attempt = essay_attempt(world.amira)
        true_false = attempt.answers.get(slot__position=2)
        client.force_login(world.sup_a)
        assert mark_post(client, attempt, "0", answer_id=true_false.pk).status_code == 302
        true_false.refresh_from_db()
        assert true_false.is_correct is False

    def test_points_above_the_questions_points_are_explained_and_nothing_is_saved(self, client, world):
        attempt = essay_attempt(world.amira)
        client.force_login(world.sup_a)
        response = mark_post(client, attempt, "9", "Kept feedback")
        assert response.status_code == 400
        html = response.content.decode()
        assert "less than or equal to 4" in html and "Kept feedback" in html and 'role="alert"' in html
        assert not MarkingEvent.objects.exists()

    def test_an_answer_of_another_attempt_is_a_404_and_changes_nothing(self, client, world):
        mine = essay_attempt(world.amira)
        client.force_login(world.sup_a)
        foreign = world.bruno_essay.answers.get()  # also one of sup_a's trainees, but another attempt
        for answer_id in (foreign.pk, 999999):
            assert mark_post(client, mine, "4", answer_id=answer_id, version=0).status_code == 404
        assert client.post(page_url(mine), {"answer_id": "abc"}).status_code == 404
        assert not MarkingEvent.objects.exists()

    def test_an_unfinished_attempt_opens_read_only_and_cannot_be_marked(self, client, world):
        quiz = factories.make_quiz(kinds=["essay", "true_false"])
        attempt = taking.start_or_resume(quiz, world.amira)
        taking.submit_answer(attempt.pk, 1, 0, {"text": "Half done"}, user=world.amira)
        client.force_login(world.sup_a)
        response = client.get(page_url(attempt))
        html = response.content.decode()
        assert response.status_code == 200
        assert "still in progress" in html and "Not answered." in html and "Save mark" not in html
        response = mark_post(client, attempt, "1", version=0)
        assert response.status_code == 302 and not MarkingEvent.objects.exists()


class TestGuard:
    """A form someone else's mark has overtaken is refused; a replayed post changes nothing."""

    def test_a_stale_form_is_refused_with_an_explanation_and_keeps_the_markers_entries(self, client, world, admin_user):
        attempt = essay_attempt(world.amira)
        client.force_login(world.sup_a)
        mark_post(client, attempt, "2", "First mark.")
        seen = rendered_version(client, attempt, essay_of(attempt))  # sup_a opens the page to change it...
        client.force_login(admin_user)
        mark_post(client, attempt, "3", "The administrator's mark.")  # ...the administrator changes it meanwhile
        client.force_login(world.sup_a)
        response = mark_post(client, attempt, "1", "My late change.", version=seen)
        assert response.status_code == 409
        html = response.content.decode()
        who = admin_user.display_name
        assert f"Your mark was not saved: {who} changed this mark to 3 points after you opened the page" in html
        assert "My late change." in html  # the marker's entries are kept
        essay = essay_of(attempt)
        assert essay.points == 3 and essay.feedback == "The administrator's mark."
        assert MarkingEvent.objects.filter(answer=essay).count() == 2
        # The form shown now carries the current version: saving it again, knowingly, replaces the mark.
        row = next(r for r in response.context["rows"] if r["answer"] and r["answer"].pk == essay.pk)
        assert row["form"].data[f"a{essay.pk}-version"] == marking.current_version(essay)
        again = mark_post(client, attempt, "1", "My late change.", version=row["form"].data[f"a{essay.pk}-version"])
        assert again.status_code == 302
        assert essay_of(attempt).points == 1

    def test_a_replayed_post_changes_nothing_and_records_no_second_event(self, client, world):
        attempt = essay_attempt(world.amira)
        client.force_login(world.sup_a)
        seen = rendered_version(client, attempt, essay_of(attempt))
        first = mark_post(client, attempt, "3", "Good.", rubric=[0], version=seen)
        replay = mark_post(client, attempt, "3", "Good.", rubric=[0], version=seen)
        assert first.status_code == replay.status_code == 302
        assert MarkingEvent.objects.filter(answer=essay_of(attempt)).count() == 1
        assert "Question 1 already has this mark; nothing changed." in client.get(page_url(attempt)).content.decode()

    def test_a_replayed_post_after_a_change_does_not_undo_it(self, client, world):
        attempt = essay_attempt(world.amira)
        client.force_login(world.sup_a)
        seen = rendered_version(client, attempt, essay_of(attempt))
        mark_post(client, attempt, "3", version=seen)
        mark_post(client, attempt, "4")  # changed again from a fresh form
        assert mark_post(client, attempt, "3", version=seen).status_code == 409  # the first post, replayed
        assert essay_of(attempt).points == 4 and MarkingEvent.objects.count() == 2

    def test_a_form_without_a_version_never_replaces_a_mark(self, client, world):
        attempt = essay_attempt(world.amira)
        client.force_login(world.sup_a)
        mark_post(client, attempt, "3")
        essay = essay_of(attempt)
        data = {"answer_id": essay.pk, f"a{essay.pk}-points": "1", f"a{essay.pk}-feedback": ""}
        assert client.post(page_url(attempt), data).status_code == 409
        assert essay_of(attempt).points == 3

    def test_save_mark_says_what_happened(self, world):
        answer = world.bruno_essay.answers.get()
        assert marking.save_mark(world.sup_a, answer, 0, "2") is Outcome.SAVED
        assert marking.save_mark(world.sup_a, answer, 0, "2") is Outcome.UNCHANGED
        assert marking.save_mark(world.sup_a, answer, 0, "3") is Outcome.STALE
        assert marking.save_mark(world.sup_a, answer, marking.current_version(answer), "3") is Outcome.SAVED
        assert [e.new_points for e in MarkingEvent.objects.order_by("pk")] == [2, 3]

    def test_save_mark_refuses_an_attempt_out_of_scope(self, world):
        with pytest.raises(Attempt.DoesNotExist):
            marking.save_mark(world.sup_a, world.chen_essay.answers.get(), 0, "2")
        assert not MarkingEvent.objects.exists()


class TestRedirects:
    """The quizzes' former marking pages moved here: 308, permanent and keeping the method."""

    def test_the_old_list_redirects_to_the_attempts_keeping_the_filters(self, client, world):
        client.force_login(world.sup_a)
        response = client.get("/quizzes/marking/", {"quiz_filter": "stance"})
        assert response.status_code == 308
        assert response["Location"] == "/supervision/marking/attempts/?quiz_filter=stance"
        assert "Stance essay" in client.get(response["Location"]).content.decode()

    def test_the_old_attempt_page_redirects_to_the_new_one(self, client, world):
        client.force_login(world.sup_a)
        response = client.get(f"/quizzes/marking/{world.bruno_essay.pk}/")
        assert response.status_code == 308 and response["Location"] == page_url(world.bruno_essay)

    def test_a_visitor_following_an_old_link_is_asked_to_log_in(self, client, world):
        response = client.get(f"/quizzes/marking/{world.bruno_essay.pk}/", follow=True)
        assert response.redirect_chain[0] == (page_url(world.bruno_essay), 308)
        assert "/accounts/login/" in response.redirect_chain[-1][0]

    def test_a_form_opened_at_the_old_address_is_judged_at_the_new_one(self, client, world):
        answer = world.bruno_essay.answers.get()
        client.force_login(world.sup_a)
        old_form = {"answer_id": answer.pk, f"a{answer.pk}-answer": answer.pk, f"a{answer.pk}-points": "3"}
        response = client.post(f"/quizzes/marking/{world.bruno_essay.pk}/", old_form, follow=True)
        assert response.redirect_chain[0] == (page_url(world.bruno_essay), 308)
        assert "Mark saved for question 1." in response.content.decode()
        answer.refresh_from_db()
        assert answer.points == 3
        old_form[f"a{answer.pk}-points"] = "1"  # a second old form, opened before that mark: refused
        assert client.post(f"/quizzes/marking/{world.bruno_essay.pk}/", old_form, follow=True).status_code == 409
        answer.refresh_from_db()
        assert answer.points == 3

    def test_nothing_links_to_the_old_addresses(self, client, world, admin_user):
        for user in (world.sup_a, admin_user):
            client.force_login(user)
            for url in ("/supervision/", "/supervision/marking/", "/supervision/marking/attempts/", "/dashboard/"):
                assert "/quizzes/marking/" not in client.get(url).content.decode(), (user, url)


class TestPermission:
    def test_a_supervisor_without_the_marking_permission_sees_and_marks_nothing(self, client, world):
        Group.objects.get(name=roles.SUPERVISORS).permissions.clear()
        client.force_login(world.sup_a)
        assert "Nothing is waiting" in client.get("/supervision/marking/").content.decode()
        assert "No attempts match." in client.get("/supervision/marking/attempts/").content.decode()
        assert client.get(page_url(world.bruno_essay)).status_code == 404
        assert mark_post(client, world.bruno_essay, "3", version=0).status_code == 404
        assert not MarkingEvent.objects.exists()

    def test_a_superuser_sees_and_marks_every_trainees_attempts(self, client, world, admin_user):
        client.force_login(admin_user)
        html = client.get("/supervision/marking/attempts/").content.decode()
        assert "Bruno Brandt" in html and "Chen Cao" in html
        assert mark_post(client, world.chen_essay, "2").status_code == 302
        assert world.chen_essay.answers.get().points == 2
