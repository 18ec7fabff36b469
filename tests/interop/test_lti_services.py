"""LTI Advantage against the simulated platform: deep linking, grades to its gradebook, its roster into our cohort."""

import io
from datetime import timedelta

import jwt
import pytest
from django.core.management import call_command
from django.utils import timezone

from interop import keys, outbox
from interop.models import Delivery, GradeSubmission, LtiAccount, LtiContext, ResourceLink, ToolKey
from learning.models import ModuleProgress
from quizzes.signals import attempt_scored
from tests import factories
from tests.courses.factories import ModulePageFactory
from tests.interop.simulator import CLIENT_ID, DEPLOYMENT_ID, INSTRUCTOR, ISSUER, LEARNER, SCORE_SCOPE
from tests.learning.test_completion import read

pytestmark = pytest.mark.django_db


def module_url(curriculum):
    return f"http://testserver{curriculum.module.url}"


# Deep linking ----------------------------------------------------------------------------------------------


def test_an_instructor_picks_a_module_and_a_quiz_and_we_return_them_signed(client, lms, curriculum):
    response = lms.launch(client, message_type="LtiDeepLinkingRequest", sub="teacher-1", roles=[INSTRUCTOR])
    assert response.status_code == 302 and response["Location"] == "/lti/deep-linking/"
    picker = client.get("/lti/deep-linking/")
    html = picker.content.decode()
    assert "Chain analysis" in html and "Chain analysis check" in html

    chosen = client.post("/lti/deep-linking/", {"module": [curriculum.module.pk], "quiz": [curriculum.quiz.pk]})
    assert chosen.status_code == 200
    html = chosen.content.decode()
    assert f'action="{ISSUER}/mod/lti/contentitem_return.php"' in html
    assert f"form-action 'self' {ISSUER}/mod/lti/contentitem_return.php" in chosen["Content-Security-Policy"]
    token = html.split('name="JWT" value="')[1].split('"')[0]
    key = keys.signing_key()
    assert jwt.get_unverified_header(token)["kid"] == key.kid
    body = jwt.decode(token, key.public_pem, algorithms=["RS256"], audience=ISSUER)
    assert body["iss"] == CLIENT_ID
    assert body["https://purl.imsglobal.org/spec/lti/claim/message_type"] == "LtiDeepLinkingResponse"
    assert body["https://purl.imsglobal.org/spec/lti/claim/deployment_id"] == DEPLOYMENT_ID
    items = body["https://purl.imsglobal.org/spec/lti-dl/claim/content_items"]
    assert [(item["type"], item["url"], item["title"]) for item in items] == [
        ("ltiResourceLink", module_url(curriculum), "Chain analysis"),
        ("ltiResourceLink", f"http://testserver{curriculum.quiz.get_absolute_url()}", "Chain analysis check"),
    ]
    # The choice is made once: the launch is used up.
    assert client.post("/lti/deep-linking/", {"module": [curriculum.module.pk]}).status_code == 400


def test_choosing_nothing_asks_again(client, lms, curriculum):
    lms.launch(client, message_type="LtiDeepLinkingRequest", sub="teacher-1", roles=[INSTRUCTOR])
    response = client.post("/lti/deep-linking/", {"module": ["999999"]})
    assert response.status_code == 200 and "Choose at least one module or quiz." in response.content.decode()


def test_a_learner_cannot_open_deep_linking(client, lms, curriculum):
    response = lms.launch(client, message_type="LtiDeepLinkingRequest")
    assert response.status_code == 403 and "Only instructors" in response.content.decode()
    assert client.get("/lti/deep-linking/").status_code == 302  # not signed in: to the login page


def test_deep_linking_without_a_launch_is_a_clear_400(client, trainee):
    client.force_login(trainee)
    response = client.get("/lti/deep-linking/")
    assert response.status_code == 400 and "No choice of activities is open" in response.content.decode()


# Grades (AGS) ----------------------------------------------------------------------------------------------


def launched_trainee(client, lms, target):
    lms.launch(client, target=target)
    return LtiAccount.objects.get(sub="moodle-user-42").user


def test_a_quiz_score_goes_to_the_gradebook_signed_with_our_key(
    client, lms, curriculum, django_capture_on_commit_callbacks
):
    user = launched_trainee(client, lms, f"http://testserver{curriculum.quiz.get_absolute_url()}")
    attempt = factories.finished_attempt(user, curriculum.quiz, percent=75)
    attempt.score, attempt.max_score = 3, 4
    attempt.save()
    with django_capture_on_commit_callbacks(execute=True):
        attempt_scored.send(sender=type(attempt), attempt=attempt)

    assert len(lms.scores) == 1
    score = lms.scores[0]
    assert score["userId"] == "moodle-user-42"
    assert (score["scoreGiven"], score["scoreMaximum"]) == (3.0, 4.0)
    assert (score["activityProgress"], score["gradingProgress"]) == ("Completed", "FullyGraded")
    assertion = lms.token_requests[0]["client_assertion"]
    key = keys.signing_key()
    claims = jwt.decode(assertion, key.public_pem, algorithms=["RS256"], audience=lms.platform.auth_token_url)
    assert claims["iss"] == CLIENT_ID
    grade = GradeSubmission.objects.get()
    assert grade.status == Delivery.SENT and grade.sent_at is not None

    # The same score reported again is not sent twice; a changed mark is sent.
    with django_capture_on_commit_callbacks(execute=True):
        attempt_scored.send(sender=type(attempt), attempt=attempt)
    assert len(lms.scores) == 1
    attempt.score = 4
    attempt.save()
    with django_capture_on_commit_callbacks(execute=True):
        attempt_scored.send(sender=type(attempt), attempt=attempt)
    assert [s["scoreGiven"] for s in lms.scores] == [3.0, 4.0]


def test_a_refused_grade_is_retried_with_backoff_until_accepted(
    client, lms, curriculum, django_capture_on_commit_callbacks
):
    user = launched_trainee(client, lms, f"http://testserver{curriculum.quiz.get_absolute_url()}")
    attempt = factories.finished_attempt(user, curriculum.quiz, percent=90)
    lms.refuse_scores = 2
    with django_capture_on_commit_callbacks(execute=True):
        attempt_scored.send(sender=type(attempt), attempt=attempt)
    grade = GradeSubmission.objects.get()
    assert (grade.status, grade.tries) == (Delivery.FAILING, 1)
    assert "503" in grade.last_error or "gradebook is down" in grade.last_error
    first_wait = grade.next_try_at - timezone.now()
    assert timedelta(seconds=50) < first_wait <= timedelta(minutes=1)

    call_command("send_interop_outbox")  # not due yet: nothing is tried
    grade.refresh_from_db()
    assert grade.tries == 1

    GradeSubmission.objects.filter(pk=grade.pk).update(next_try_at=timezone.now())
    call_command("send_interop_outbox")
    grade.refresh_from_db()
    assert (grade.status, grade.tries) == (Delivery.FAILING, 2)
    assert timedelta(minutes=1, seconds=50) < grade.next_try_at - timezone.now() <= timedelta(minutes=2)

    GradeSubmission.objects.filter(pk=grade.pk).update(next_try_at=timezone.now())
    call_command("send_interop_outbox")
    grade.refresh_from_db()
    assert (grade.status, grade.tries, grade.last_error) == (Delivery.SENT, 3, "")
    assert len(lms.scores) == 1


def test_backoff_doubles_up_to_six_hours():
    assert [outbox.backoff(n) for n in (1, 2, 3)] == [timedelta(minutes=1), timedelta(minutes=2), timedelta(minutes=4)]
    assert outbox.backoff(30) == timedelta(hours=6)


def test_a_completed_module_goes_to_the_gradebook_once(client, lms, curriculum):
    user = launched_trainee(client, lms, module_url(curriculum))
    call_command("send_interop_outbox")
    assert lms.scores == []  # not completed yet
    ModuleProgress.objects.create(user=user, module=curriculum.module, completed_at=timezone.now())
    call_command("send_interop_outbox")
    call_command("send_interop_outbox")
    assert len(lms.scores) == 1
    assert (lms.scores[0]["scoreGiven"], lms.scores[0]["scoreMaximum"]) == (1.0, 1.0)


def test_completing_a_module_sends_its_grade_and_statement_at_once_and_only_once(client, lms, curriculum, fake_lrs):
    statements = fake_lrs
    user = launched_trainee(client, lms, module_url(curriculum))
    assert read(client, curriculum.module).status_code == 302
    # No sweep has run: the grade and the statement went as the module was completed.
    assert len(lms.scores) == 1
    assert (lms.scores[0]["userId"], lms.scores[0]["scoreGiven"], lms.scores[0]["scoreMaximum"]) == (
        "moodle-user-42",
        1.0,
        1.0,
    )
    assert [(s["verb"]["display"]["en-US"], s["object"]["definition"]["name"]["en"]) for s in statements] == [
        ("completed", "Chain analysis")
    ]
    assert GradeSubmission.objects.get().status == Delivery.SENT

    read(client, curriculum.module)
    call_command("send_interop_outbox", stdout=io.StringIO())
    assert len(lms.scores) == 1
    # The sweep adds the certificate the course earned, and the module's completion is not sent again.
    assert sorted(s["verb"]["display"]["en-US"] for s in statements) == ["completed", "earned"]
    assert ModuleProgress.objects.get(user=user).completed_at is not None


def test_grades_for_completed_modules_take_a_fixed_number_of_queries(lms, curriculum, django_assert_max_num_queries):
    from interop import services

    trainee = factories.TraineeFactory()
    context = LtiContext.objects.create(platform=lms.platform, context_id="c", cohort=factories.CohortFactory())
    context.cohort.trainees.add(trainee)
    account = LtiAccount.objects.create(platform=lms.platform, sub="s", user=trainee)

    def place(count, start):
        for n in range(start, start + count):
            module = ModulePageFactory(parent=curriculum.course, slug=f"m-{n}")
            ResourceLink.objects.create(
                context=context,
                resource_link_id=f"r-{n}",
                kind="module",
                target_id=module.pk,
                lineitem_url=f"https://lms.example.edu/lineitems/{n}",
                scopes=[SCORE_SCOPE],
            )

    def completed():
        return dict.fromkeys(ResourceLink.objects.values_list("target_id", flat=True), timezone.now())

    place(1, 0)
    modules = completed()
    with django_assert_max_num_queries(5) as one:
        first = services.queue_modules(trainee, modules)
    place(20, 1)
    modules = completed()
    with django_assert_max_num_queries(len(one.captured_queries)):
        more = services.queue_modules(trainee, modules)
    assert len(first) == 1 and len(more) == 20
    assert {grade.account for grade in more} == {account}


def test_no_grade_goes_to_a_platform_that_offered_no_gradebook(
    client, lms, curriculum, django_capture_on_commit_callbacks
):
    lms.launch(client, target=f"http://testserver{curriculum.quiz.get_absolute_url()}", ags=False)
    user = LtiAccount.objects.get().user
    attempt = factories.finished_attempt(user, curriculum.quiz)
    with django_capture_on_commit_callbacks(execute=True):
        attempt_scored.send(sender=type(attempt), attempt=attempt)
    assert not GradeSubmission.objects.exists() and lms.scores == []


def test_a_score_of_someone_who_never_launched_goes_nowhere(
    client, lms, curriculum, trainee, django_capture_on_commit_callbacks
):
    launched_trainee(client, lms, f"http://testserver{curriculum.quiz.get_absolute_url()}")
    attempt = factories.finished_attempt(trainee, curriculum.quiz)
    with django_capture_on_commit_callbacks(execute=True):
        attempt_scored.send(sender=type(attempt), attempt=attempt)
    assert lms.scores == []


# Roster (NRPS) ---------------------------------------------------------------------------------------------


def member(user_id, role, status="Active", given="Grace"):
    return {"user_id": user_id, "roles": [role], "status": status, "given_name": given, "family_name": "Hopper"}


def test_an_instructor_syncs_the_roster_into_the_cohort(client, lms, curriculum):
    lms.launch(client, target=module_url(curriculum), sub="teacher-1", roles=[INSTRUCTOR])
    context = LtiContext.objects.get()
    lms.members = [
        member("teacher-1", INSTRUCTOR),
        member("s-1", LEARNER),
        member("s-2", LEARNER, given="Alan"),
        member("s-3", LEARNER, status="Inactive"),
    ]
    response = client.post(f"/lti/courses/{context.pk}/roster/", follow=True)
    assert "Roster synced: 2 added, 0 removed." in response.content.decode()
    trainees = context.cohort.trainees.all()
    assert sorted(LtiAccount.objects.filter(user__in=trainees).values_list("sub", flat=True)) == ["s-1", "s-2"]
    assert all(t.groups.filter(name="Trainees").exists() for t in trainees)
    assert trainees.get(lti_accounts__sub="s-2").first_name == "Alan"
    assert all(t.enrolments.filter(course=curriculum.course).exists() for t in trainees)

    lms.members = [member("teacher-1", INSTRUCTOR), member("s-1", LEARNER)]
    response = client.post(f"/lti/courses/{context.pk}/roster/", follow=True)
    assert "Roster synced: 0 added, 1 removed." in response.content.decode()
    assert list(context.cohort.trainees.values_list("lti_accounts__sub", flat=True)) == ["s-1"]


def test_a_trainee_cannot_sync_or_see_the_course_page(client, lms, curriculum):
    lms.launch(client, target=module_url(curriculum))
    context = LtiContext.objects.get()
    assert client.post(f"/lti/courses/{context.pk}/roster/").status_code == 403
    assert client.get(f"/lti/courses/{context.pk}/").status_code == 403


def test_a_supervisor_of_another_cohort_cannot_sync(client, lms, curriculum, supervisor):
    lms.launch(client, target=module_url(curriculum), sub="teacher-1", roles=[INSTRUCTOR])
    context = LtiContext.objects.get()
    client.force_login(supervisor)
    assert client.post(f"/lti/courses/{context.pk}/roster/").status_code == 403


# Our keys ----------------------------------------------------------------------------------------------------


def test_the_key_set_publishes_the_old_key_for_the_grace_period_after_rotation(client, db, settings):
    settings.LTI_KEY_GRACE_DAYS = 7
    first = client.get("/lti/jwks/").json()["keys"]
    assert len(first) == 1 and first[0]["alg"] == "RS256" and "d" not in first[0]
    old_kid = first[0]["kid"]
    call_command("rotate_lti_key", stdout=io.StringIO())
    now_published = [key["kid"] for key in client.get("/lti/jwks/").json()["keys"]]
    assert len(now_published) == 2 and old_kid in now_published
    assert keys.signing_key().kid != old_kid
    later = timezone.now() + timedelta(days=8)
    assert [key["kid"] for key in keys.key_set(later)["keys"]] == [keys.signing_key().kid]


def test_the_key_set_is_there_from_the_migrations_and_reading_it_writes_nothing(client, db):
    before = list(ToolKey.objects.values_list("kid", flat=True))
    assert len(before) == 1
    assert [key["kid"] for key in client.get("/lti/jwks/").json()["keys"]] == before
    assert list(ToolKey.objects.values_list("kid", flat=True)) == before
