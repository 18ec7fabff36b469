"""Nonsense a trainee types into a quiz gets a clear message on the question's page, never a server error."""

import pytest

from quizzes.models import Answer
from techniques.models import Technique
from tests.quizzes.conftest import answer
from tests.quizzes.test_spot_the_technique import clip, spot_quiz  # noqa: F401 - fixtures

pytestmark = pytest.mark.django_db


WITHIN = "Enter a time within the clip, such as 1:23 or 83 (seconds)."
LIKE = "Enter a time such as 1:23 or 83 (seconds)."


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("9" * 27, WITHIN),
        ("1:" + "9" * 27, WITHIN),
        ("9" * 26 + ":30", WITHIN),
        ("99999999999999999999999999.5", WITHIN),
        ("86400", WITHIN),  # a day
        ("1" + "0" * 40, LIKE),  # longer than any time typed
    ],
    ids=["27-digits", "minutes-27-digits", "26-digit-minutes", "26-digits-and-a-half", "a-day", "41-digits"],
)
def test_a_moment_too_large_for_any_clip_is_a_form_error(client, trainee, spot_quiz, typed, message):  # noqa: F811
    client.force_login(trainee)
    answer(client, spot_quiz, Technique.objects.get(code="MBT-SRE").pk)
    response = answer(client, spot_quiz, typed)

    assert response.status_code == 200 and message in response.content.decode()
    assert Answer.objects.count() == 1  # the first question's; the moment is not recorded


def test_a_moment_within_a_day_is_still_taken_as_typed(client, trainee, spot_quiz):  # noqa: F811
    client.force_login(trainee)
    answer(client, spot_quiz, Technique.objects.get(code="MBT-SRE").pk)
    response = answer(client, spot_quiz, "35", follow=True)

    assert response.status_code == 200 and Answer.objects.count() == 2
