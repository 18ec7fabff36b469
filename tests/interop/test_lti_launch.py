"""LTI 1.3 launches from a simulated platform, over HTTP: sign-in, roles, cohorts, targets, and every refusal."""

import time

import pytest

from interop.models import LtiAccount, LtiContext, ResourceLink, TargetKind
from tests.interop.simulator import CLIENT_ID, INSTRUCTOR, ISSUER, JWKS_URL, new_private_key

pytestmark = pytest.mark.django_db


def module_url(curriculum):
    return f"http://testserver{curriculum.module.url}"


def test_a_learner_launch_signs_in_a_new_trainee_of_the_course_cohort_and_opens_the_module(client, lms, curriculum):
    response = lms.launch(client, target=module_url(curriculum))

    assert response.status_code == 302 and response["Location"] == curriculum.module.url
    account = LtiAccount.objects.select_related("user").get(platform=lms.platform, sub="moodle-user-42")
    user = account.user
    assert user.first_name == "Ada" and not user.has_usable_password()
    assert list(user.groups.values_list("name", flat=True)) == ["Trainees"]
    context = LtiContext.objects.get(platform=lms.platform, context_id="course-2")
    assert list(context.cohort.trainees.all()) == [user]
    assert list(context.cohort.courses.all()) == [curriculum.course]
    assert user.enrolments.filter(course=curriculum.course).exists()
    link = ResourceLink.objects.get(context=context, resource_link_id="link-9")
    assert (link.kind, link.target_id, link.lineitem_url) == (
        TargetKind.MODULE,
        curriculum.module.pk,
        lms.claims("n")["https://purl.imsglobal.org/spec/lti-ags/claim/endpoint"]["lineitem"],
    )

    page = client.get(curriculum.module.url)
    assert page.status_code == 200 and page.wsgi_request.user == user


def test_the_same_person_launching_again_is_the_same_account(client, lms, curriculum):
    lms.launch(client, target=module_url(curriculum))
    client.logout()
    lms.launch(client, target=module_url(curriculum))
    assert LtiAccount.objects.count() == 1
    assert LtiContext.objects.get().cohort.trainees.count() == 1


def test_an_instructor_supervises_the_cohort_and_lands_on_the_course_page(client, lms, curriculum):
    response = lms.launch(client, target=module_url(curriculum), sub="teacher-1", roles=[INSTRUCTOR])
    context = LtiContext.objects.get()
    assert response.status_code == 302 and response["Location"].startswith(f"/lti/courses/{context.pk}/")
    teacher = LtiAccount.objects.get(sub="teacher-1").user
    assert list(teacher.groups.values_list("name", flat=True)) == ["Supervisors"]
    assert list(context.cohort.supervisors.all()) == [teacher]
    assert not context.cohort.trainees.exists()
    page = client.get(response["Location"])
    assert page.status_code == 200
    assert f'href="{curriculum.module.url}"' in page.content.decode()
    assert "Sync the roster" in page.content.decode()


def test_a_quiz_target_opens_the_quiz(client, lms, curriculum):
    response = lms.launch(client, target=f"http://testserver{curriculum.quiz.get_absolute_url()}")
    assert response.status_code == 302 and response["Location"] == curriculum.quiz.get_absolute_url()
    assert ResourceLink.objects.get().kind == TargetKind.QUIZ


def test_a_target_this_site_does_not_have_is_a_clear_400(client, lms, curriculum):
    response = lms.launch(client, target="http://testserver/no-such-page/")
    assert response.status_code == 400
    assert "links to a page this site does not have" in response.content.decode()
    assert not response.wsgi_request.user.is_authenticated


def test_launch_pages_may_be_framed_by_the_launching_platform_only(client, lms, curriculum):
    before = client.get(curriculum.module.url)
    assert "frame-ancestors 'self'" in before["Content-Security-Policy"]
    assert before["X-Frame-Options"] == "DENY"

    lms.launch(client, target=module_url(curriculum))
    page = client.get(curriculum.module.url)
    policy = page["Content-Security-Policy"]
    assert f"frame-ancestors 'self' {ISSUER}" in policy
    assert "X-Frame-Options" not in page
    admin = client.get("/admin/")
    assert admin["X-Frame-Options"] == "DENY" and ISSUER not in admin["Content-Security-Policy"]


def test_the_framing_names_no_other_registered_platform(client, lms, curriculum):
    lms.register(
        name="Canvas",
        issuer="https://canvas.example.com",
        client_id="c-1",
        auth_login_url="https://canvas.example.com/api/lti/authorize_redirect",
    )
    lms.launch(client, target=module_url(curriculum))
    assert "canvas.example.com" not in client.get(curriculum.module.url)["Content-Security-Policy"]


def refused(response, status, words):
    html = response.content.decode()
    assert response.status_code == status, html
    assert "This launch was refused" in html and words in html
    assert not response.wsgi_request.user.is_authenticated
    assert not LtiAccount.objects.exists()


def test_an_unknown_issuer_is_refused_at_login(client, lms):
    response = client.post("/lti/login/", {"iss": "https://evil.example", "login_hint": "1", "client_id": CLIENT_ID})
    assert response.status_code == 403
    assert "does not know the platform" in response.content.decode()


def test_an_inactive_platform_is_refused(client, lms, curriculum):
    state, nonce, _redirect_uri = lms.login(client, module_url(curriculum))
    lms.platform.active = False
    lms.platform.save()
    body = lms.claims(nonce, target=module_url(curriculum))
    response = client.post("/lti/launch/", {"id_token": lms.sign(body), "state": state})
    refused(response, 403, "does not know the platform")


def test_an_unknown_deployment_is_refused(client, lms, curriculum):
    refused(
        lms.launch(client, target=module_url(curriculum), deployment_id="rogue"),
        403,
        "placement of the tool is not registered",
    )


def test_a_bad_signature_is_refused(client, lms, curriculum):
    impostor = new_private_key()
    response = lms.launch(client, target=module_url(curriculum), sign=lambda body: lms.sign(body, key=impostor))
    refused(response, 403, "signature could not be verified")


def test_an_unknown_key_id_is_refused(client, lms, curriculum):
    response = lms.launch(client, target=module_url(curriculum), sign=lambda body: lms.sign(body, kid="other"))
    refused(response, 403, "signature could not be verified")


def test_an_expired_token_is_refused(client, lms, curriculum):
    state, nonce, _uri = lms.login(client, module_url(curriculum))
    body = lms.claims(nonce, target=module_url(curriculum), exp=int(time.time()) - 60, iat=int(time.time()) - 400)
    response = client.post("/lti/launch/", {"id_token": lms.sign(body), "state": state})
    refused(response, 403, "expired")


def test_a_replayed_token_is_refused(client, lms, curriculum):
    first = lms.launch(client, target=module_url(curriculum))
    assert first.status_code == 302
    client.logout()
    replay = client.post("/lti/launch/", lms.last_post)
    assert replay.status_code == 403
    assert "has been used already" in replay.content.decode()
    assert not replay.wsgi_request.user.is_authenticated


def test_a_state_this_browser_did_not_start_is_refused(client, lms, curriculum):
    _state, nonce, _uri = lms.login(client, module_url(curriculum))
    body = lms.claims(nonce, target=module_url(curriculum))
    response = client.post("/lti/launch/", {"id_token": lms.sign(body), "state": "state-forged"})
    refused(response, 400, "did not come from a sign-in this browser started")


def test_a_nonce_the_login_did_not_issue_is_refused(client, lms, curriculum):
    state, _nonce, _uri = lms.login(client, module_url(curriculum))
    body = lms.claims("made-up-nonce", target=module_url(curriculum))
    response = client.post("/lti/launch/", {"id_token": lms.sign(body), "state": state})
    refused(response, 400, "did not come from a sign-in")


@pytest.mark.parametrize("post", [{}, {"id_token": "not.a.jwt", "state": "x"}, {"id_token": "abc"}])
def test_a_malformed_launch_is_a_clear_400(client, lms, post):
    response = client.post("/lti/launch/", post)
    assert response.status_code == 400
    assert "This launch was refused" in response.content.decode()


def test_a_get_of_the_launch_url_is_refused(client, lms):
    assert client.get("/lti/launch/").status_code == 405


def test_a_role_that_is_neither_learner_nor_instructor_is_refused(client, lms, curriculum):
    response = lms.launch(
        client, target=module_url(curriculum), roles=["http://purl.imsglobal.org/vocab/lis/v2/membership#Mentor"]
    )
    refused(response, 403, "neither learner nor instructor")


def test_the_platform_key_set_is_fetched_from_its_registered_url(client, lms, curriculum, http):
    lms.launch(client, target=module_url(curriculum))
    assert [call.request.url for call in http.calls if call.request.url == JWKS_URL]


def test_over_https_the_launch_cookies_work_in_a_platform_frame(client, lms, curriculum):
    """In production the state and session-id cookies are SameSite=None; Secure, so a framed launch keeps them."""
    state, _nonce, redirect_uri = lms.login(client, module_url(curriculum), secure=True)
    assert redirect_uri == "https://testserver/lti/launch/"
    cookie = client.cookies[f"lti1p3-{state}"]
    assert cookie["samesite"] == "None" and cookie["secure"]
    assert client.cookies["lti1p3-session-id"]["secure"]
    response = lms.launch(client, target=f"https://testserver{curriculum.module.url}", secure=True)
    assert response.status_code == 302 and response["Location"] == curriculum.module.url
