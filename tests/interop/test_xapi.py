"""xAPI statements of a trainee's journey, sent to a real LRS (Ralph, started locally) and found there valid."""

import io
import json
from datetime import timedelta

import pytest
from django.core.management import call_command
from django.utils import timezone

from interop import xapi
from interop.models import Cursor, Delivery, Statement
from learning.models import Certificate, ClipProgress, ModuleProgress
from quizzes.models import Answer, AttemptSlot, MarkingEvent
from quizzes.questions import take_snapshot
from tests import factories

pytestmark = pytest.mark.django_db


def send():
    call_command("send_interop_outbox", stdout=io.StringIO())


@pytest.fixture
def journey(curriculum, trainee, supervisor):
    """A trainee who watched a clip in two sittings, finished the module, failed then passed the quiz (an essay
    marked by a supervisor), earned the certificate and submitted a practice response that was rated."""
    from wagtailmedia.models import Media

    from practice.models import Exercise, Rating, Rubric, Submission

    now = timezone.now() - timedelta(minutes=5)
    ClipProgress.objects.create(
        user=trainee,
        module=curriculum.module,
        clip_id="clip-1",
        played=[[0, 30.5], [40, 62.1]],
        watched_seconds=52.6,
        duration=62.1,
        completed_at=now,
    )
    ModuleProgress.objects.create(user=trainee, module=curriculum.module, completed_at=now)
    factories.finished_attempt(trainee, curriculum.quiz, percent=40, number=1)
    passed = factories.finished_attempt(trainee, curriculum.quiz, percent=80, number=2)
    passed.score, passed.max_score = 4, 5
    passed.save()
    question = factories.QuestionFactory(kind="essay", quizzes=[curriculum.quiz])
    slot = AttemptSlot.objects.create(
        attempt=passed, position=1, question=question, snapshot={"kind": "essay"}, points=2
    )
    answer = Answer.objects.create(attempt=passed, slot=slot, payload={"text": "An essay."})
    MarkingEvent.objects.create(answer=answer, marker=supervisor, new_points=2)
    mc = factories.QuestionFactory(kind="mc_single", quizzes=[curriculum.quiz])
    mc_slot = AttemptSlot.objects.create(
        attempt=passed, position=2, question=mc, snapshot=take_snapshot(mc, None), points=1
    )
    Answer.objects.create(
        attempt=passed, slot=mc_slot, payload={"option": mc.options.get(correct=True).pk}, points=1, is_correct=True
    )
    Certificate.objects.create(user=trainee, course=curriculum.course, holder_name="A", title="MBT essentials", hours=6)
    rubric = Rubric.objects.create(title="Rubric", track="mbt")
    clip = Media.objects.create(title="Clip", type="video", duration=20, file="media/clip.mp4")
    exercise = Exercise.objects.create(
        title="After the cancelled session",
        rubric=rubric,
        stimulus=clip,
        stimulus_start=0,
        stimulus_end=5,
        max_response_seconds=30,
    )
    submission = Submission.objects.create(exercise=exercise, trainee=trainee, status="ready", submitted_at=now)
    Rating.objects.create(submission=submission, rater=supervisor, overall=5, published_at=now)
    return trainee


def test_the_journey_arrives_at_the_lrs_as_valid_statements(lrs, journey):
    send()

    assert not Statement.objects.exclude(status=Delivery.SENT).exists(), list(
        Statement.objects.values_list("verb", "last_error")
    )
    stored = lrs.statements(agent=agent_of(journey))
    verbs = sorted(statement["verb"]["display"]["en-US"] for statement in stored)
    assert verbs == sorted(
        [
            "played",
            "completed",
            "completed",
            "attempted",
            "attempted",
            "completed",
            "completed",
            "failed",
            "passed",
            "scored",
            "answered",
            "answered",
            "earned",
            "submitted",
            "rated",
        ]
    )
    by_verb = {}
    for statement in stored:
        by_verb.setdefault(statement["verb"]["id"], []).append(statement)
    played = by_verb["https://w3id.org/xapi/video/verbs/played"][0]
    assert played["result"]["extensions"][xapi.PLAYED_SEGMENTS] == "0.000[.]30.500[,]40.000[.]62.100"
    passed = by_verb["http://adlnet.gov/expapi/verbs/passed"][0]
    assert passed["result"]["score"] == {"raw": 4.0, "min": 0.0, "max": 5.0, "scaled": 0.8}
    assert passed["result"]["success"] is True
    mc, essay = sorted(by_verb[xapi.VERBS["answered"][0]], key=lambda s: s["object"]["definition"]["interactionType"])
    assert mc["object"]["definition"]["interactionType"] == "choice"
    assert (mc["result"]["success"], mc["result"]["score"]["scaled"]) == (True, 1.0)
    assert "response" not in essay["result"]
    assert all("mbox" not in statement["actor"] and "name" not in statement["actor"] for statement in stored)
    assert {statement["id"] for statement in stored} == {
        str(s) for s in Statement.objects.values_list("statement_id", flat=True)
    }


def test_nothing_is_sent_twice(lrs, journey):
    send()
    count = Statement.objects.count()
    first = len(lrs.statements(agent=agent_of(journey)))
    # Collecting again finds the same events under the same ids; a statement sent again is already there (409).
    Cursor.objects.all().delete()
    Statement.objects.update(status=Delivery.QUEUED)
    send()
    assert Statement.objects.count() == count
    assert set(Statement.objects.values_list("status", flat=True)) == {Delivery.SENT}
    assert len(lrs.statements(agent=agent_of(journey))) == first


def test_statements_wait_while_the_lrs_is_down_and_go_once_it_is_back(lrs, journey, settings):
    settings.XAPI_LRS_URL = "http://127.0.0.1:9/xAPI/"  # nothing listens there
    send()
    failing = Statement.objects.filter(status=Delivery.FAILING)
    assert failing.count() == Statement.objects.count() > 0
    assert "Connection" in failing.first().last_error

    settings.XAPI_LRS_URL = lrs.url
    send()  # not due yet
    assert not Statement.objects.filter(status=Delivery.SENT).exists()
    Statement.objects.update(next_try_at=timezone.now())
    send()
    assert set(Statement.objects.values_list("status", flat=True)) == {Delivery.SENT}
    assert len(lrs.statements(agent=agent_of(journey))) == Statement.objects.count()


def test_a_wrong_password_is_recorded_as_the_lrs_refusal(lrs, journey, settings):
    settings.XAPI_LRS_PASSWORD = "wrong"
    send()
    assert "HTTP 401" in Statement.objects.first().last_error


def test_nothing_is_collected_without_an_lrs(journey, settings):
    settings.XAPI_LRS_URL = ""
    send()
    assert not Statement.objects.exists()


def test_the_e_mail_is_the_actor_only_when_the_institute_turns_it_on(journey, settings):
    settings.XAPI_LRS_URL = "http://127.0.0.1:9/xAPI/"
    settings.XAPI_ACTOR_EMAIL = True
    statement = xapi.collect()[0]
    assert statement.body["actor"]["mbox"] == f"mailto:{journey.email}"


def agent_of(user):
    return json.dumps(xapi.actor(user))
