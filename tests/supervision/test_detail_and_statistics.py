"""Trainee detail, module and question statistics, and the overview's charts."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from quizzes.models import Answer, AttemptSlot
from supervision import statistics
from tests import factories
from tests.supervision.conftest import complete

pytestmark = pytest.mark.django_db


def test_trainee_detail_lists_modules_attempts_essays_and_the_meter(client, world):
    client.force_login(world.sup_a)
    response = client.get(f"/supervision/trainees/{world.bruno.pk}/")
    html = response.content.decode()
    detail = response.context["detail"]
    mbt = detail.courses[0]
    assert [line.status for line in mbt.modules] == ["in_progress", "not_started", "in_progress"]
    assert "Stance essay" in html and "I would slow down" in html and "Awaiting marking." in html
    assert "Modes check" in html and "40 %" in html
    assert "0 of 1 cross-training modules complete (0 %)" in html


def test_trainee_detail_shows_marking_and_its_history(client, world):
    answer = world.bruno_essay.answers.get()
    client.force_login(world.sup_a)
    prefix = f"a{answer.pk}"
    client.post(
        "/supervision/marking/",
        {"answer_id": answer.pk, f"{prefix}-points": "3", f"{prefix}-feedback": "Clear.", f"{prefix}-version": 0},
    )
    html = client.get(f"/supervision/trainees/{world.bruno.pk}/").content.decode()
    assert "Marked 3 of 4 points." in html and "Feedback: Clear." in html and "Marking history" in html
    assert f'href="/supervision/marking/attempts/{world.bruno_essay.pk}/">Change the mark' in html


def test_trainee_detail_costs_the_same_queries_for_1_and_20_attempts(client, world):
    client.force_login(world.sup_a)
    url = f"/supervision/trainees/{world.amira.pk}/"
    client.get(url)
    with CaptureQueriesContext(connection) as few:
        client.get(url)
    for number in range(2, 22):
        factories.finished_attempt(world.amira, world.mc_quiz, percent=50, number=number)
    with CaptureQueriesContext(connection) as many:
        client.get(url)
    assert len(few) == len(many)


def answered_attempt(user, quiz, right, percent, number=1):
    """A finished attempt at the one-question quiz, answered right or wrong."""
    attempt = factories.finished_attempt(user, quiz, percent=percent, number=number)
    question = quiz.questions.first() if hasattr(quiz, "questions") else None
    question = question or quiz.quiz_questions.first().question
    slot = AttemptSlot.objects.create(
        attempt=attempt,
        position=1,
        question=question,
        snapshot={"kind": "mc_single", "title": question.title or "Q", "content": question.content},
        points=1,
    )
    Answer.objects.create(attempt=attempt, slot=slot, payload={}, points=1 if right else 0, is_correct=right)
    return attempt


def test_item_analysis_separates_strong_from_weak(world):
    trainees = [factories.TraineeFactory(username=f"s{i}") for i in range(10)]
    for index, trainee in enumerate(trainees):
        answered_attempt(trainee, world.mc_quiz, right=index >= 5, percent=index * 10)
    (item,) = statistics.question_statistics(world.mc_quiz, [t.pk for t in trainees])
    assert item.answered == 10 and item.facility_percent == 50
    assert item.discrimination == 1.0 and not item.flags


def test_item_analysis_flags_a_question_weaker_trainees_get_right(world):
    trainees = [factories.TraineeFactory(username=f"s{i}") for i in range(10)]
    for index, trainee in enumerate(trainees):
        answered_attempt(trainee, world.mc_quiz, right=index < 5, percent=index * 10)
    (item,) = statistics.question_statistics(world.mc_quiz, [t.pk for t in trainees])
    assert item.discrimination == -1.0
    assert any("check the answer key" in flag for flag in item.flags)


def test_item_analysis_needs_ten_trainees_to_judge_separation(world):
    trainees = [factories.TraineeFactory(username=f"s{i}") for i in range(4)]
    for trainee in trainees:
        answered_attempt(trainee, world.mc_quiz, right=True, percent=100)
    (item,) = statistics.question_statistics(world.mc_quiz, [t.pk for t in trainees])
    assert item.facility_percent == 100 and item.discrimination is None


def test_item_analysis_uses_first_attempts_only(world):
    trainee = factories.TraineeFactory(username="retry")
    answered_attempt(trainee, world.mc_quiz, right=False, percent=0)
    answered_attempt(trainee, world.mc_quiz, right=True, percent=100, number=2)
    (item,) = statistics.question_statistics(world.mc_quiz, [trainee.pk])
    assert item.answered == 1 and item.facility_percent == 0


def test_module_page_shows_charts_tables_and_question_statistics(client, world):
    client.force_login(world.sup_a)
    response = client.get(f"/supervision/modules/{world.modules[0].pk}/", {"cohort": world.cohort_a.pk})
    html = response.content.decode()
    assert sorted(response.context["scores"]) == [40.0, 80.0]
    assert "Quiz score distribution" in html and "<svg" in html and "<table" in html
    assert "1 of 2 trainees completed it" in html
    assert "Modes check" in html


def test_modules_list_shows_rates_scores_and_a_distribution_per_module(client, world):
    client.force_login(world.sup_a)
    response = client.get("/supervision/modules/", {"cohort": world.cohort_a.pk})
    html = response.content.decode()
    assert "1 (50 %)" in html and "60 %" in html
    assert html.count('role="img"') >= 1


def test_overview_draws_completion_over_time_and_cross_training_coverage(client, world):
    client.force_login(world.sup_a)
    html = client.get("/supervision/").content.decode()
    assert "Completion over time" in html and "Cross-training coverage: Cohort A" in html
    assert "Biosocial theory" in html  # the goal's module, with 1 of 2 MBT trainees done
    assert "1 of 2 MBT trainees" in html


def test_completion_over_time_reaches_todays_share(world):
    complete(world.bruno, world.modules[0], days_ago=0)
    series = statistics.cohort_completion_over_time(world.cohort_a.__class__.objects.filter(pk=world.cohort_a.pk))
    ((_cohort, points),) = series.items()
    assert points[-1][0] == timezone.localdate()
    # Amira 2 and Bruno 1 of 2 trainees × 4 modules.
    assert points[-1][1] == 37.5
