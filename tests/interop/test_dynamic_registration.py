"""LTI Dynamic Registration against the simulated platform: the platform opens our registration URL, an
administrator confirms in our admin, we register with the platform and launches from it are accepted."""

from urllib.parse import urlencode

import pytest
import requests

from interop.models import LtiAccount, Platform
from tests.interop.simulator import (
    AUTH_URL,
    CLIENT_ID,
    DEPLOYMENT_ID,
    ISSUER,
    JWKS_URL,
    NRPS_SCOPE,
    OPENID_CONFIGURATION_URL,
    REGISTRATION_TOKEN,
    SCORE_SCOPE,
    TOKEN_URL,
    PlatformSimulator,
)

pytestmark = pytest.mark.django_db

QUERY = urlencode({"openid_configuration": OPENID_CONFIGURATION_URL, "registration_token": REGISTRATION_TOKEN})
ADMIN_URL = f"/admin/interop/register/?{QUERY}"
FORM = {"openid_configuration": OPENID_CONFIGURATION_URL, "registration_token": REGISTRATION_TOKEN}


@pytest.fixture
def platform(http):
    return PlatformSimulator(http)


def test_the_platform_opens_our_registration_in_its_frame_and_we_continue_in_the_admin(client, platform):
    response = client.get(f"/lti/register/?{QUERY}")
    assert response.status_code == 200
    assert "frame-ancestors 'self' https://lms.example.edu" in response["Content-Security-Policy"]
    assert "X-Frame-Options" not in response
    html = response.content.decode()
    assert f'href="/admin/interop/register/?{QUERY.replace("&", "&amp;")}"' in html and 'rel="opener"' in html
    assert platform.registrations == []  # nothing is asked of the platform before an administrator agrees


def test_an_administrator_confirms_and_the_platform_is_registered_and_launches(
    client, admin_user, platform, curriculum
):
    client.force_login(admin_user)
    page = client.get(ADMIN_URL)
    html = page.content.decode()
    assert page.status_code == 200 and ISSUER in html and "moodle 4.5" in html
    assert not Platform.objects.exists() and platform.registrations == []  # GET writes nothing

    done = client.post("/admin/interop/register/", {**FORM, "name": "Hospital Moodle"})
    assert done.status_code == 200 and "data-registration-done" in done.content.decode()
    (sent,) = platform.registrations
    assert sent["initiate_login_uri"] == "http://testserver/lti/login/"
    assert sent["redirect_uris"] == ["http://testserver/lti/launch/"]
    assert sent["jwks_uri"] == "http://testserver/lti/jwks/"
    assert sent["token_endpoint_auth_method"] == "private_key_jwt"
    assert set(sent["scope"].split()) >= {SCORE_SCOPE, NRPS_SCOPE}
    tool = sent["https://purl.imsglobal.org/spec/lti-tool-configuration"]
    assert tool["domain"] == "testserver" and tool["messages"][0]["type"] == "LtiDeepLinkingRequest"

    stored = Platform.objects.get()
    assert (stored.name, stored.issuer, stored.client_id, stored.deployment_id_list(), stored.active) == (
        "Hospital Moodle",
        ISSUER,
        CLIENT_ID,
        [DEPLOYMENT_ID],
        True,
    )
    assert (stored.key_set_url, stored.auth_login_url, stored.auth_token_url) == (JWKS_URL, AUTH_URL, TOKEN_URL)

    client.logout()
    launch = platform.launch(client, target=f"http://testserver{curriculum.module.url}")
    assert launch.status_code == 302 and LtiAccount.objects.filter(platform=stored).exists()

    # Registering again (the platform's administrator repeats it) keeps one platform.
    client.force_login(admin_user)
    client.post("/admin/interop/register/", {**FORM, "name": "Hospital Moodle"})
    assert Platform.objects.count() == 1


def test_a_platform_that_names_no_deployment_waits_inactive(client, admin_user, platform):
    platform.registration_answer = {"client_id": "client-7"}
    client.force_login(admin_user)
    response = client.post("/admin/interop/register/", {**FORM, "name": "Canvas"})
    assert "enter the deployment id" in response.content.decode()
    stored = Platform.objects.get()
    assert (stored.client_id, stored.deployment_ids, stored.active) == ("client-7", "", False)


@pytest.mark.parametrize("role", ["editor", "supervisor", "trainee"])
def test_only_administrators_may_register(client, request, role, platform):
    client.force_login(request.getfixturevalue(role))
    assert client.get(ADMIN_URL).status_code in (302, 403)
    assert client.post("/admin/interop/register/", FORM).status_code in (302, 403)
    assert not Platform.objects.exists() and platform.registrations == []


def broken(platform, http, how):
    config = platform.openid_configuration
    if how == "unreachable":
        http.replace("GET", OPENID_CONFIGURATION_URL, body=requests.ConnectionError("refused"))
    elif how == "not JSON":
        platform.openid_configuration = "<html>Moodle</html>"
    elif how == "wrong issuer":
        platform.openid_configuration = {**config, "issuer": "https://elsewhere.example.org"}
    elif how == "missing fields":
        platform.openid_configuration = {k: v for k, v in config.items() if k != "registration_endpoint"}
    elif how == "refused registration":
        http.replace("POST", config["registration_endpoint"], status=400, body='{"error": "invalid_client_metadata"}')
    elif how == "no client id":
        platform.registration_answer = {"client_name": "x"}


@pytest.mark.parametrize(
    ("how", "says"),
    [
        ("unreachable", "could not be reached"),
        ("not JSON", "is not a JSON object"),
        ("wrong issuer", "is not on the host its configuration came from"),
        ("missing fields", "lacks registration_endpoint"),
        ("refused registration", "HTTP 400"),
        ("no client id", "names no client id"),
    ],
)
def test_bad_platform_answers_are_clear_messages_and_store_nothing(client, admin_user, platform, http, how, says):
    broken(platform, http, how)
    client.force_login(admin_user)
    response = client.post("/admin/interop/register/", {**FORM, "name": "M"})
    assert response.status_code == 400
    assert says in response.content.decode()
    assert not Platform.objects.exists()


def test_a_registration_without_the_platforms_address_says_where_to_start(client, admin_user):
    client.force_login(admin_user)
    response = client.get("/admin/interop/register/")
    assert response.status_code == 400 and "Start the registration from the platform" in response.content.decode()
    assert client.get("/lti/register/?openid_configuration=ftp://x").status_code == 400
