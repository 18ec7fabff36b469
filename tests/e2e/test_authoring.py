"""One full authoring path in the Wagtail admin, in a real browser: write, preview, submit, approve, read."""

import pytest
from playwright.sync_api import expect

from courses.models import CoursePage, ModulePage
from tests.e2e.conftest import log_in

pytestmark = pytest.mark.e2e


@pytest.fixture
def new_module_slug(demo):
    """The slug of the module the editor writes; it goes again afterwards."""
    yield "working-with-silence"
    # The other browser tests share the demo: leave its courses as seeded.
    for module in ModulePage.objects.filter(slug="working-with-silence"):
        module.delete()


def test_an_editor_writes_a_module_and_a_reviewer_approves_it(page, live_server, demo, new_module_slug, screenshot):
    course = CoursePage.objects.get(slug="mbt-essentials")
    log_in(page, live_server.url, "editor", demo, next_url="/admin/")
    page.goto(f"{live_server.url}/admin/pages/add/courses/modulepage/{course.pk}/")

    page.locator("#id_title").fill("Working with silence")
    page.locator("#id_title").blur()
    # The admin makes the slug from the title (on the Promote tab); the page cannot be saved without one.
    expect(page.locator("#id_slug")).to_have_value(new_module_slug)
    page.locator("#id_summary").fill("What silence in the session may mean, and how to explore it together.")
    page.locator("#id_estimated_minutes").fill("25")

    # A new module starts with one empty objective to fill in; the body offers the block picker.
    page.locator("[name='learning_objectives-0-value']").fill("Notice when silence is a mentalizing collapse.")

    body = page.locator("#panel-child-content-body-section")
    body.get_by_role("button", name="Insert a block").first.click()
    page.get_by_role("option", name="Key points").click()
    page.locator("[name='body-0-value-points-0-value']").fill("Silence can be thinking, or a shutdown.")

    page.get_by_role("button", name="Toggle preview").click()
    # Wagtail loads the new preview in a second frame, then swaps it in for the first.
    preview = page.frame_locator("iframe[title='Preview']").last
    expect(preview.get_by_role("heading", name="Working with silence")).to_be_visible(timeout=15000)
    screenshot("editor-preview")
    page.get_by_role("button", name="Toggle preview").click()

    footer = page.locator("footer")
    footer.get_by_role("button", name="More actions").click()
    footer.get_by_role("button", name="Submit to Clinical review").click()
    expect(page.locator(".messages")).to_contain_text("submitted", timeout=15000)
    module = ModulePage.objects.get(slug=new_module_slug)
    assert not module.live

    page.context.clear_cookies()
    log_in(page, live_server.url, "reviewer", demo, next_url="/admin/")
    page.goto(f"{live_server.url}/admin/pages/{module.pk}/edit/")
    footer = page.locator("footer")
    footer.get_by_role("button", name="More actions").click()
    footer.get_by_role("button", name="Approve and Publish", exact=True).click()
    expect(page.locator(".messages")).to_contain_text("has been updated", timeout=15000)

    module.refresh_from_db()
    assert module.live, "approving the clinical review publishes the module"
    page.goto(live_server.url + module.url)
    expect(page.get_by_role("heading", level=1)).to_have_text("Working with silence")
    expect(page.get_by_text("Silence can be thinking, or a shutdown.")).to_be_visible()
