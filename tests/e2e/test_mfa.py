"""The second factor in a real browser (issue 11): the demo supervisor on the site login and the demo administrator
on the admin login set up an authenticator from the page (the secret read off it, codes computed here as an app
would), keep their recovery codes, and are asked for a code the next time they sign in."""

import base64
import time

import pytest
from django_otp.oath import TOTP
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.models import TOTPDevice
from playwright.sync_api import expect

from tests.e2e.conftest import submit_login

pytestmark = pytest.mark.e2e


@pytest.fixture
def required(settings, demo):
    """The second factor required of staff, as everywhere but the rest of the suite; the demo left as found."""
    settings.MFA_REQUIRED_FOR_STAFF = True
    yield demo
    TOTPDevice.objects.filter(user__username__in=["supervisor", "admin"]).delete()
    StaticDevice.objects.filter(user__username__in=["supervisor", "admin"]).delete()


def code_for(secret, step_offset=0):
    """What an authenticator app shows for `secret` (base32, as the setup page gives it), now or some steps on."""
    totp = TOTP(base64.b32decode(secret + "=" * (-len(secret) % 8)))
    totp.time = time.time() + 30 * step_offset
    return f"{totp.token():06d}"


def set_up_from_the_page(page, screenshot, name):
    expect(page.get_by_role("heading", level=1)).to_have_text("Set up two-factor authentication")
    expect(page.get_by_role("img", name="QR code holding the secret key below")).to_be_visible()
    secret = page.locator("#secret-key").inner_text().replace(" ", "")
    page.get_by_label("Code from your authenticator app").fill(code_for(secret))
    screenshot(f"{name}-mfa-setup")
    page.get_by_role("button", name="Confirm").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Recovery codes")
    codes = page.get_by_role("list", name="Your recovery codes").get_by_role("listitem")
    expect(codes).to_have_count(10)
    recovery = codes.first.inner_text().strip()
    page.get_by_role("link", name="I have kept them: continue").click()
    return secret, recovery


def log_out(page, base_url):
    page.goto(f"{base_url}/accounts/")
    page.locator(".account").get_by_role("button", name="Log out").click()


def test_the_supervisor_sets_up_a_second_factor_and_is_asked_for_it_next_time(page, live_server, required, screenshot):
    submit_login(page, live_server.url, "supervisor", required, next_url="/supervision/")
    page.wait_for_url(f"{live_server.url}/accounts/two-factor/setup/**")
    secret, _ = set_up_from_the_page(page, screenshot, "supervisor")
    expect(page).to_have_url(f"{live_server.url}/supervision/")
    expect(page.get_by_role("heading", level=1)).to_be_visible()

    log_out(page, live_server.url)
    submit_login(page, live_server.url, "supervisor", required, next_url="/supervision/")
    page.wait_for_url(f"{live_server.url}/accounts/two-factor/**")
    page.goto(f"{live_server.url}/supervision/matrix/")  # nothing opens before the code
    expect(page).to_have_url(f"{live_server.url}/accounts/two-factor/?next=%2Fsupervision%2Fmatrix%2F")
    page.get_by_label("Code").fill("000000" if code_for(secret, 1) != "000000" else "111111")
    page.get_by_role("button", name="Verify").click()
    expect(page.locator(".errorlist")).to_contain_text("That code is not right")
    page.wait_for_timeout(1100)  # wrong codes wait a second before the next try
    page.get_by_label("Code").fill(code_for(secret, 1))  # the next code: the one set up with cannot be reused
    page.get_by_role("button", name="Verify").click()
    expect(page).to_have_url(f"{live_server.url}/supervision/matrix/")
    screenshot("supervisor-after-second-factor")


def test_the_administrator_sets_up_a_second_factor_from_the_admin_login_and_uses_a_recovery_code(
    page, live_server, required, screenshot
):
    page.goto(f"{live_server.url}/admin/login/")
    page.get_by_label("Username").fill("admin")
    page.get_by_label("Password").fill(required)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(f"{live_server.url}/accounts/two-factor/setup/**")
    _, recovery = set_up_from_the_page(page, screenshot, "admin")
    expect(page).to_have_url(f"{live_server.url}/admin/")
    expect(page.get_by_role("navigation", name="Main menu")).to_be_visible()

    log_out(page, live_server.url)
    page.goto(f"{live_server.url}/admin/login/")
    page.get_by_label("Username").fill("admin")
    page.get_by_label("Password").fill(required)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(f"{live_server.url}/accounts/two-factor/**")
    page.get_by_label("Code").fill(recovery)
    page.get_by_role("button", name="Verify").click()
    expect(page).to_have_url(f"{live_server.url}/admin/")
    page.goto(f"{live_server.url}/admin/reports/security-log/")
    expect(page.get_by_role("heading", name="Security log")).to_be_visible()
    expect(page.locator("main")).to_contain_text("Second factor set up")
    screenshot("admin-security-log")
