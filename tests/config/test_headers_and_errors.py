"""The site shell: security headers and error pages a visitor may meet."""

import pytest
from django.template.loader import render_to_string

pytestmark = pytest.mark.django_db


def test_pages_carry_the_security_headers(client, home):
    response = client.get("/")
    csp = response["Content-Security-Policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp.split("script-src")[1].split(";")[0]
    assert "frame-ancestors 'self'" in csp
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"


def test_an_unknown_address_gets_the_friendly_404_page(client, home):
    response = client.get("/no-such-page/")
    assert response.status_code == 404
    assert "Page not found" in response.content.decode()
    assert "Go to the home page" in response.content.decode()


def test_the_500_page_renders_without_any_context():
    html = render_to_string("500.html")
    assert "Something went wrong on our side" in html


@pytest.mark.parametrize(
    "template,text", [("403.html", "You do not have access"), ("400.html", "could not understand")]
)
def test_the_403_and_400_pages_explain_themselves(rf, home, template, text):
    from django.contrib.auth.models import AnonymousUser

    request = rf.get("/")
    request.user = AnonymousUser()
    assert text in render_to_string(template, request=request)


def test_static_files_are_served_from_the_site_itself(client, home):
    html = client.get("/").content.decode()
    assert 'href="/static/css/site.css"' in html
    assert "https://" not in html.split("<body")[0]


def directive(response, name):
    return next(d for d in response["Content-Security-Policy"].split(";") if d.strip().startswith(name))


def script_src(response):
    return directive(response, "script-src")


def test_only_the_wagtail_admin_may_run_inline_scripts(client, home, editor):
    client.force_login(editor)
    assert "'unsafe-inline'" in script_src(client.get("/admin/"))
    assert "'unsafe-inline'" not in script_src(client.get("/"))
    assert "'unsafe-inline'" not in script_src(client.get("/accounts/login/"))


def test_only_the_wagtail_admin_may_use_inline_styles(client, home, editor):
    assert "'unsafe-inline'" not in directive(client.get("/"), "style-src")
    assert "'unsafe-inline'" not in directive(client.get("/accounts/login/"), "style-src")
    client.force_login(editor)
    assert "'unsafe-inline'" in directive(client.get("/admin/"), "style-src")
    assert "'unsafe-inline'" not in directive(client.get("/quizzes/progress/"), "style-src")


def test_the_admin_loads_no_avatars_from_third_parties(client, home, editor):
    client.force_login(editor)
    assert "gravatar" not in client.get("/admin/").content.decode()
