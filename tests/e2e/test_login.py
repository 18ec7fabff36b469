"""A trainee and an editor log in through a real browser."""

import re

import pytest
from playwright.sync_api import expect

from tests.e2e.conftest import log_in, submit_login

pytestmark = pytest.mark.e2e


def test_the_demo_trainee_logs_in_and_sees_their_name(page, live_server, demo, screenshot):
    log_in(page, live_server.url, "trainee", demo)
    expect(page.locator(".account__name")).to_have_text("Robin Hartley")
    expect(page.get_by_role("heading", level=1)).to_contain_text("MBT and DBT")
    expect(page.get_by_role("link", name="Edit content")).to_have_count(0)
    assert screenshot("trainee-home").stat().st_size > 0


def test_the_demo_editor_reaches_the_wagtail_admin(page, live_server, demo, screenshot):
    log_in(page, live_server.url, "editor", demo)
    page.get_by_role("link", name="Edit content").click()
    expect(page).to_have_url(f"{live_server.url}/admin/")
    expect(page.locator("body")).to_contain_text("Sam")
    menu = page.get_by_role("navigation", name="Main menu")
    expect(menu.get_by_role("button", name="Pages")).to_be_visible()
    expect(menu.get_by_role("link", name="Media")).to_be_visible()
    expect(menu.get_by_text("Settings")).to_have_count(0)
    assert screenshot("editor-admin").stat().st_size > 0


def test_the_skip_link_is_the_first_thing_a_keyboard_user_reaches(page, live_server, demo):
    page.goto(live_server.url + "/")
    page.keyboard.press("Tab")
    expect(page.locator(":focus")).to_have_text("Skip to main content")
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile("#main$"))


def test_a_wrong_password_is_announced_to_the_user(page, live_server, demo):
    submit_login(page, live_server.url, "trainee", "not-the-password")
    expect(page.get_by_role("alert")).to_contain_text("correct username and password")
