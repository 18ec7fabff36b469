import pytest

from tests import factories


@pytest.fixture
def other_trainee(db):
    return factories.TraineeFactory(username="trainee_b")


@pytest.fixture
def marker(db, trainee, other_trainee):
    """A supervisor (the Supervisors group holds the marking permission) supervising both test trainees."""
    from supervision.models import Supervision

    user = factories.SupervisorFactory(username="marker_m")
    for supervised in (trainee, other_trainee):
        Supervision.objects.create(supervisor=user, trainee=supervised)
    return user


def take_url(quiz):
    return f"/quizzes/{quiz.slug}/take/"


def start_url(quiz):
    return f"/quizzes/{quiz.slug}/start/"


def start(client, quiz, follow=False):
    """POST the quiz's start button: starts an attempt (or resumes the open one)."""
    return client.post(start_url(quiz), follow=follow)


def open_take(client, quiz):
    """What opening the quiz used to do in one GET: POST start, then GET the question page it redirects to.

    Any other answer to the start (a refusal, the unavailable page, a closed attempt's result) is returned as is.
    """
    response = start(client, quiz)
    if response.status_code == 302 and response.url == take_url(quiz):
        return client.get(take_url(quiz))
    return response


def current_form(client, quiz):
    """Start (or resume) the attempt, GET the take page and return (response, the hidden fields to post back)."""
    start(client, quiz)
    response = client.get(take_url(quiz))
    context = response.context
    return response, {"position": context["slot"].position, "sequence": context["attempt"].sequence}


def answer(client, quiz, value, follow=False):
    """Answer the current question with `value` (the form's 'answer' field)."""
    _, hidden = current_form(client, quiz)
    data = {**hidden, "answer": value}
    return client.post(take_url(quiz), data, follow=follow)


def right_option(quiz_or_slot_question):
    return quiz_or_slot_question.options.get(correct=True).pk
