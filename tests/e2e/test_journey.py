"""The demo trainee's journey in Chromium: continue a module, watch its role-play, pass its quiz, see progress move."""

import re

from playwright.sync_api import expect

from tests.e2e.conftest import log_in, wait_until

RIGHT_ANSWERS = [
    "Problem behaviour → prompting event → vulnerability factors → links → consequences → solution analysis",
    "False",
    "To find where a skill or change could have broken the chain, and plan prevention and repair",
    "Validation (levels 1–6)",
]


def test_the_demo_trainee_continues_watches_passes_and_sees_progress_move(
    page, live_server, demo, server_clock, screenshot
):
    """The only browser test that moves the demo trainee's progress (the other tests share the demo)."""
    from quizzes.models import Quiz

    log_in(page, live_server.url, "trainee", demo, next_url="/dashboard/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Your dashboard")
    dbt_card = page.locator('[data-course="dbt-essentials"]')
    expect(dbt_card.locator("[data-course-progress]")).to_contain_text("2 of 10 modules complete (20%)")
    expect(dbt_card.locator("progress")).to_have_attribute("value", "2")
    meter_before = page.locator("[data-meter-text]").inner_text()
    assert meter_before.startswith("2 of 14")

    # Continue where they left off: the diary card module, text already read.
    dbt_card.get_by_role("link", name="Continue where you left off").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Diary card and behavioural chain analysis")
    status = page.locator("[data-clip-status]")
    expect(status).to_contain_text("To watch")

    # Watch the role-play through the player. The server accepts no more than could have been played at 2×
    # since the page was served; rather than take that long, the clip plays at 16× while the server's clock
    # moves on by the time a 2× viewing takes.
    video = page.locator("[data-player-video]")
    duration = wait_until(video, "v => v.readyState >= 1 && v.duration")
    server_clock.advance(duration / 2)
    video.evaluate("v => { v.muted = true; v.playbackRate = 16; return v.play(); }")
    expect(status).to_have_attribute("data-watched", "true", timeout=30_000)
    expect(status).to_contain_text("Watched")
    screenshot("journey-video-watched")

    # Pass the module's quiz.
    quiz = Quiz.objects.get(placements__module__slug="dbt-diary-card-and-chain-analysis")
    page.goto(live_server.url + quiz.get_take_url())
    page.get_by_role("button", name="Start the quiz").click()
    for number in range(1, len(RIGHT_ANSWERS) + 1):
        expect(page.get_by_text(f"Question {number} of {len(RIGHT_ANSWERS)}")).to_be_visible()
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
    expect(dbt_card.locator("[data-course-progress]")).to_contain_text("3 of 10 modules complete (30%)")
    expect(dbt_card.locator("progress")).to_have_attribute("value", "3")
    expect(page.locator("[data-meter-text]")).to_contain_text("3 of 14")
    screenshot("journey-dashboard")
