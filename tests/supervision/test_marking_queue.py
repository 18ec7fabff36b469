"""The marking queue: the supervisor's trainees' essays awaiting marking, oldest first, with their rubric."""

import datetime

import pytest
from django.utils import timezone

from quizzes.models import MarkingEvent
from tests.supervision.conftest import essay_quiz, write_essay

pytestmark = pytest.mark.django_db


def post_mark(client, answer, points, feedback="", rubric=()):
    """Post a mark as the queue's form does: an essay awaiting marking is at version 0."""
    prefix = f"a{answer.pk}"
    data = {"answer_id": answer.pk, f"{prefix}-points": points, f"{prefix}-version": 0}
    data[f"{prefix}-feedback"] = feedback
    if rubric:
        data[f"{prefix}-rubric"] = list(rubric)
    return client.post("/supervision/marking/", data)


def test_essays_are_listed_oldest_first_with_the_rubric(client, world):
    newer = write_essay(world.amira, essay_quiz("Later essay"), text="A later essay by Amira.")
    world.bruno_essay.__class__.objects.filter(pk=world.bruno_essay.pk).update(
        finished_at=timezone.now() - datetime.timedelta(days=2)
    )
    client.force_login(world.sup_a)
    response = client.get("/supervision/marking/")
    items = [answer.attempt_id for answer, _form in response.context["items"]]
    assert items == [world.bruno_essay.pk, newer.pk]
    html = response.content.decode()
    assert "Names the mode" in html and "Suggests a first move" in html
    assert html.index("I would slow down") < html.index("A later essay by Amira.")


def test_marking_updates_the_score_and_is_recorded(client, world):
    answer = world.bruno_essay.answers.get()
    client.force_login(world.sup_a)
    response = post_mark(client, answer, "3", "Good stance; name the mode.", rubric=[0])
    assert response.status_code == 302
    answer.refresh_from_db()
    attempt = answer.attempt
    attempt.refresh_from_db()
    assert answer.points == 3 and answer.feedback == "Good stance; name the mode." and answer.rubric_met == [0]
    assert attempt.status == "finished" and attempt.percent == 75 and attempt.passed is True
    event = MarkingEvent.objects.get(answer=answer)
    assert event.marker == world.sup_a and event.old_points is None and event.new_points == 3
    followed = client.get(response["Location"])
    assert "Mark saved for Bruno Brandt (Stance essay)." in followed.content.decode()
    assert not followed.context["items"]
    assert "Nothing is waiting" in followed.content.decode()


def test_the_matrix_shows_the_new_score_at_once(client, world):
    client.force_login(world.sup_a)
    post_mark(client, world.bruno_essay.answers.get(), "4")
    result = client.get("/supervision/matrix/", {"cohort": world.cohort_a.pk}).context["matrix"]
    bruno = next(row for row in result.rows if row.trainee == world.bruno)
    assert bruno.cells[2].score == 100 and bruno.cells[2].passed is True


def test_a_second_mark_of_an_essay_marked_meanwhile_is_refused(client, world):
    answer = world.bruno_essay.answers.get()
    client.force_login(world.sup_a)
    post_mark(client, answer, "3")
    response = post_mark(client, answer, "1")
    assert response.status_code == 302
    answer.refresh_from_db()
    assert answer.points == 3 and MarkingEvent.objects.filter(answer=answer).count() == 1
    assert "had already been marked; your mark was not saved" in client.get("/supervision/marking/").content.decode()


def test_a_replayed_post_changes_nothing_and_says_so(client, world):
    answer = world.bruno_essay.answers.get()
    client.force_login(world.sup_a)
    post_mark(client, answer, "3", "Good.")
    assert post_mark(client, answer, "3", "Good.").status_code == 302
    assert MarkingEvent.objects.filter(answer=answer).count() == 1
    html = client.get("/supervision/marking/").content.decode()
    assert "Bruno Brandt&#x27;s essay in Stance essay already has this mark; nothing changed." in html


@pytest.mark.parametrize(
    ("points", "message"), [("9", "less than or equal to 4"), ("abc", "Enter a number"), ("", "required")]
)
def test_bad_points_are_explained_and_nothing_is_saved(client, world, points, message):
    answer = world.bruno_essay.answers.get()
    client.force_login(world.sup_a)
    response = post_mark(client, answer, points, feedback="Kept feedback")
    assert response.status_code == 400
    html = response.content.decode()
    assert message in html and "Kept feedback" in html
    answer.refresh_from_db()
    assert answer.points is None


@pytest.mark.parametrize("answer_id", ["", "abc", "999999"])
def test_a_missing_or_unknown_answer_is_a_404(client, world, answer_id):
    client.force_login(world.sup_a)
    assert client.post("/supervision/marking/", {"answer_id": answer_id}).status_code == 404


def test_the_workspace_menu_counts_the_essays_waiting(client, world):
    client.force_login(world.sup_a)
    html = client.get("/supervision/").content.decode()
    assert "1 essay waiting" in html and "1 essay is waiting for your marking." in html
