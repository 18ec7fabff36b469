"""The demo trainee's journey in Chromium: continue a module, watch its role-play, pass its quiz, see progress move."""

import re

from playwright.sync_api import expect

from tests.e2e.conftest import log_in, wait_until

RIGHT_ANSWERS = [
    "Vulnerability factors → prompting event → links → problem behaviour → consequences → solution analysis",
    "False",
    "To find where a skill or change could have broken the chain, and plan prevention and repair",
    "Validation (levels 1–6)",
]


def test_the_demo_trainee_continues_watches_passes_and_sees_progress_move(page, live_server, demo, screenshot):
    from quizzes.models import Quiz

    log_in(page, live_server.url, "trainee", demo, next_url="/dashboard/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Your dashboard")
    dbt_card = page.locator('[data-course="dbt-essentials"]')
    expect(dbt_card.locator("[data-course-progress]")).to_contain_text("2 of 8 modules complete (25%)")
    expect(dbt_card.locator("progress")).to_have_attribute("value", "2")
    meter_before = page.locator("[data-meter-text]").inner_text()
    assert meter_before.startswith("2 of 11")

    # Continue where they left off: the diary card module, text already read.
    dbt_card.get_by_role("link", name="Continue where you left off").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Diary card and behavioural chain analysis")
    status = page.locator("[data-clip-status]")
    expect(status).to_contain_text("To watch")

    # Watch the role-play through the player, at the fastest rate the server accepts (2×).
    video = "document.querySelector('[data-player-video]')"
    wait_until(page, f"{video}.readyState >= 1")
    page.evaluate(f"(() => {{ const v = {video}; v.muted = true; v.playbackRate = 2; v.play(); }})()")
    wait_until(page, "document.querySelector('[data-clip-status]').dataset.watched === 'true'", timeout=75)
    expect(status).to_contain_text("Watched")
    screenshot("journey-video-watched")

    # Pass the module's quiz.
    quiz = Quiz.objects.get(module_slug="dbt-diary-card-and-chain-analysis")
    page.goto(live_server.url + quiz.get_take_url())
    for _ in range(len(RIGHT_ANSWERS)):
        expect(page.get_by_role("button", name=re.compile("^Submit"))).to_be_visible()
        for answer in RIGHT_ANSWERS:
            choice = page.get_by_label(answer, exact=True)
            if choice.count():
                choice.check()
                break
        page.get_by_role("button", name=re.compile("^Submit")).click()
    expect(page.locator(".quiz-score")).to_contain_text("You scored 4 out of 4 points")

    # The module is complete, and the dashboard's progress bar and meter have moved.
    page.goto(live_server.url + "/dashboard/")
    dbt_card = page.locator('[data-course="dbt-essentials"]')
    expect(dbt_card.locator("[data-course-progress]")).to_contain_text("3 of 8 modules complete (38%)")
    expect(dbt_card.locator("progress")).to_have_attribute("value", "3")
    expect(page.locator("[data-meter-text]")).to_contain_text("3 of 11")
    screenshot("journey-dashboard")
