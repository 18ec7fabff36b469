import pytest

from learning.completion import passed_quiz_ids
from tests.supervision.conftest import essay_quiz, write_essay

pytestmark = pytest.mark.django_db


def test_a_quiz_awaiting_marking_is_not_passed_until_marked(trainee):
    quiz = essay_quiz()
    quiz.pass_mark = 0  # even a pass mark everyone reaches waits for the mark
    quiz.save()
    attempt = write_essay(trainee, quiz)
    assert attempt.status == "needs_marking"
    assert passed_quiz_ids(trainee, [quiz.pk]) == set()
    attempt.status = "finished"
    attempt.save()
    assert passed_quiz_ids(trainee, [quiz.pk]) == {quiz.pk}
