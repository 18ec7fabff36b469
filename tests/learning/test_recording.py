"""Pages only read; completion, certificates and visits are recorded by the posts and events that bring them."""

import datetime
import json
from io import StringIO

import pytest
from django.core.management import call_command
from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from learning import watching
from learning.models import Certificate, ClipProgress, Enrolment, ModuleProgress
from tests import factories
from tests.learning.conftest import clip_ids, committed_post, enrol, watch_token

pytestmark = pytest.mark.django_db

WRITES = ("INSERT", "UPDATE", "DELETE")


def writes_of(client, url):
    """The page's status and the SQL writes serving it ran, sessions aside."""
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    sql = [query["sql"] for query in captured]
    return response, [s for s in sql if s.lstrip().upper().startswith(WRITES) and "django_session" not in s]


@pytest.fixture
def enrolled(client, trainee, journey):
    Enrolment.objects.create(user=trainee, course=journey.course)
    client.force_login(trainee)
    return trainee


def all_parts_done_unrecorded(user, journey):
    """Both modules' parts done, nothing recorded complete: as an earlier version left work done without a visit."""
    for module in (journey.first, journey.second):
        ModuleProgress.objects.create(user=user, module=module, read_at=timezone.now())
    clip = journey.first.requirements().clips[0]
    ClipProgress.objects.create(
        user=user, module=journey.first, clip_id=clip, watched_seconds=62.1, duration=62.1, completed_at=timezone.now()
    )
    factories.finished_attempt(user, journey.quiz, percent=100)


def test_pages_show_work_done_as_complete_without_recording_it(client, enrolled, journey):
    all_parts_done_unrecorded(enrolled, journey)

    module_page, module_writes = writes_of(client, journey.first.url)
    course_page, course_writes = writes_of(client, journey.course.url)
    dashboard, dashboard_writes = writes_of(client, "/dashboard/")

    assert module_writes == course_writes == dashboard_writes == []
    assert "Complete." in module_page.content.decode() and "Complete since" not in module_page.content.decode()
    course = course_page.content.decode()
    assert "2 of 2 modules complete (100%)" in course and "You have completed this course." in course
    assert "Your certificate is on your dashboard." not in course  # none is issued until completion is recorded
    assert "Completed" in dashboard.content.decode() and "Download your certificate" not in dashboard.content.decode()
    assert not ModuleProgress.objects.filter(completed_at__isnull=False).exists()
    assert not Certificate.objects.exists()


def test_the_upgrade_command_records_what_is_due_once(client, enrolled, journey):
    all_parts_done_unrecorded(enrolled, journey)

    call_command("record_progress", stdout=StringIO())
    call_command("record_progress", stdout=StringIO())

    assert ModuleProgress.objects.filter(user=enrolled, completed_at__isnull=False).count() == 2
    enrolment = Enrolment.objects.get(user=enrolled)
    assert enrolment.completed_at is not None
    assert Certificate.objects.filter(user=enrolled, course=journey.course).count() == 1
    assert "Complete since" in client.get(journey.first.url).content.decode()
    assert "Download your certificate (PDF)" in client.get("/dashboard/").content.decode()


def seen(client, module, token):
    return client.post(f"/learning/modules/{module.pk}/seen/", {"token": token})


def test_opening_a_module_is_recorded_by_the_pages_beacon_at_most_every_few_minutes(client, enrolled, journey):
    response, writes = writes_of(client, journey.second.url)
    assert writes == [] and not ModuleProgress.objects.exists()
    assert f'data-seen-url="/learning/modules/{journey.second.pk}/seen/"' in response.content.decode()
    token = watch_token(response)

    assert seen(client, journey.second, token).status_code == 204
    first = ModuleProgress.objects.get(user=enrolled, module=journey.second).last_seen_at
    assert first is not None
    assert seen(client, journey.second, token).status_code == 204
    assert ModuleProgress.objects.get().last_seen_at == first  # a moment later: not recorded again

    ModuleProgress.objects.update(last_seen_at=first - datetime.timedelta(minutes=6))
    seen(client, journey.second, token)
    assert ModuleProgress.objects.get().last_seen_at > first

    assert client.get(f"/learning/modules/{journey.second.pk}/seen/").status_code == 405
    assert seen(client, journey.second, "made-up").status_code == 403
    assert seen(client, journey.first, token).status_code == 403  # another module's token
    other = factories.TraineeFactory(username="trainee_b")
    client.force_login(other)
    assert seen(client, journey.second, token).status_code == 403
    assert not ModuleProgress.objects.filter(user=other).exists()


def test_continue_where_you_left_off_opens_the_module_the_beacon_named(client, enrolled, journey):
    ModuleProgress.objects.create(user=enrolled, module=journey.first, last_seen_at=timezone.now())
    dashboard = client.get("/dashboard/").content.decode()
    assert f'href="{journey.first.url}" data-continue' in dashboard

    ModuleProgress.objects.update(last_seen_at=timezone.now() - datetime.timedelta(hours=1))
    seen(client, journey.second, watch_token(client.get(journey.second.url)))

    assert f'href="{journey.second.url}" data-continue' in client.get("/dashboard/").content.decode()


def report(client, module, token, clip, ranges):
    return client.post(
        f"/learning/modules/{module.pk}/watch/",
        {"token": token, "clip": clip, "ranges": json.dumps(ranges), "duration": 62.1},
    )


def test_a_watch_report_costs_at_most_five_queries(client, enrolled, journey, clock, django_assert_max_num_queries):
    page = client.get(journey.first.url)
    token, (clip,) = watch_token(page), clip_ids(page)
    clock.now += 60
    watching.watch_share()  # the completion settings are read once, then cached, until they are saved again

    with django_assert_max_num_queries(5):  # session, user, the clip's row read, written, read back
        assert report(client, journey.first, token, clip, [[0, 20]]).json() == {"complete": False}
    with django_assert_max_num_queries(5):
        assert report(client, journey.first, token, clip, [[0, 40]]).json() == {"complete": False}
    with django_assert_max_num_queries(5):  # a replay: read, nothing to write
        assert report(client, journey.first, token, clip, [[0, 40]]).json() == {"complete": False}
    assert ClipProgress.objects.get().watched_seconds == 40


def test_enrolling_anew_in_a_course_whose_modules_are_complete_completes_it(client, trainee, journey):
    done = timezone.now() - datetime.timedelta(days=3)
    for module in (journey.first, journey.second):
        ModuleProgress.objects.create(user=trainee, module=module, read_at=done, completed_at=done)
    client.force_login(trainee)

    enrol(client, journey.course)

    assert Enrolment.objects.get(user=trainee).completed_at == done
    assert Certificate.objects.filter(user=trainee, course=journey.course).exists()


def test_joining_a_cohort_completes_a_course_already_done(trainee, journey):
    done = timezone.now() - datetime.timedelta(days=3)
    for module in (journey.first, journey.second):
        ModuleProgress.objects.create(user=trainee, module=module, read_at=done, completed_at=done)
    cohort = factories.CohortFactory(name="Spring 2026")
    cohort.courses.add(journey.course)

    with TestCase.captureOnCommitCallbacks(execute=True):
        cohort.trainees.add(trainee)

    assert Enrolment.objects.get(user=trainee, course=journey.course).completed_at == done
    assert Certificate.objects.filter(user=trainee, course=journey.course).exists()


def test_a_module_republished_without_its_quiz_is_complete_for_those_who_did_the_rest(client, enrolled, journey, clock):
    committed_post(client, f"/learning/modules/{journey.first.pk}/read/")
    page = client.get(journey.first.url)
    clock.now += 60
    committed_post(
        client,
        f"/learning/modules/{journey.first.pk}/watch/",
        {"token": watch_token(page), "clip": clip_ids(page)[0], "ranges": "[[0, 62.1]]", "duration": 62.1},
    )
    assert ModuleProgress.objects.get(module=journey.first).completed_at is None  # the quiz is left

    journey.first.body = [block for block in journey.first.body.raw_data if block["type"] != "quiz"]
    with TestCase.captureOnCommitCallbacks(execute=True):
        journey.first.save_revision().publish()

    assert ModuleProgress.objects.get(module=journey.first).completed_at is not None
    assert "Complete since" in client.get(journey.first.url).content.decode()
