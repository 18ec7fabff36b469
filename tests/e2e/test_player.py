"""A trainee watches the demo role-play in a real browser: it plays, seeks from the chapter list, shows captions."""

import re

import pytest
from playwright.sync_api import expect

from courses.models import ModulePage
from tests.e2e.conftest import log_in, wait_until

pytestmark = pytest.mark.e2e

VIDEO_MODULE = "/courses/mbt-essentials/mbt-core-interventions/"


def test_the_trainee_plays_a_role_play_jumps_to_a_moment_and_reads_captions(page, live_server, demo, screenshot):
    log_in(page, live_server.url, "trainee", demo)
    page.goto(live_server.url + VIDEO_MODULE)
    video = page.locator("video").first
    video.scroll_into_view_if_needed()
    wait_until(video, "v => v.readyState >= 1")

    video.evaluate("v => { v.muted = true; return v.play(); }")
    wait_until(video, "v => v.currentTime > 1.0", 15)

    stop_rewind = page.get_by_role("button", name="Stop–rewind–explore")
    seek_to = float(stop_rewind.get_attribute("data-seek"))
    stop_rewind.click()
    wait_until(video, f"v => v.currentTime >= {seek_to}")
    expect(page.locator("[data-chapter][aria-current='true']")).to_contain_text("Stop–rewind–explore")

    assert video.evaluate("v => v.textTracks[0].mode") == "showing"
    cue = wait_until(video, "v => v.textTracks[0].activeCues.length > 0 && v.textTracks[0].activeCues[0].text", 10)
    assert cue.strip()
    screenshot("trainee-player")


def test_the_captions_choice_is_remembered_and_the_transcript_is_searchable(page, live_server, demo):
    page.goto(live_server.url + VIDEO_MODULE)
    toggle = page.get_by_role("button", name="Captions on")
    toggle.click()
    expect(page.get_by_role("button", name="Captions off")).to_have_attribute("aria-pressed", "false")
    page.reload()
    # The player has set itself up from the remembered choice once its button says so.
    expect(page.get_by_role("button", name="Captions off")).to_have_attribute("aria-pressed", "false")
    video = page.locator("video").first
    wait_until(video, "v => v.readyState >= 1")
    assert video.evaluate("v => v.textTracks[0].mode") == "hidden"

    page.get_by_text("Transcript", exact=True).click()
    page.get_by_label("Search the transcript").fill("sister")
    expect(page.locator("[data-transcript-count]")).to_contain_text("match")
    visible = page.locator(".transcript__lines li:visible")
    assert visible.count() >= 1
    expect(visible.first.locator("mark")).to_have_text("sister", ignore_case=True)


def test_every_demo_module_with_video_plays_in_chromium(page, live_server, demo):
    modules = [m for m in ModulePage.objects.live() if any(b.block_type in ("video", "paired_clips") for b in m.body)]
    assert len(modules) >= 3
    for module in modules:
        page.goto(live_server.url + module.url)
        videos = page.locator("video")
        expect(videos.first).to_be_attached()
        for index in range(videos.count()):
            handle = videos.nth(index)
            handle.evaluate("v => { v.muted = true; return v.play(); }")
            wait_until(handle, "v => v.currentTime > 0.5", 15)


def test_a_technique_deep_link_opens_the_video_at_its_moment(page, live_server, demo):
    page.goto(live_server.url + "/techniques/mbt-sre/")
    moment = page.locator(".moment-list a").first
    clip = moment.get_attribute("href").split("#", 1)[1]
    moment.click()
    # Wait, as the viewer does, for the module page and its video: then it starts at the moment.
    expect(page).to_have_url(re.compile(rf"\?t=.*#{re.escape(clip)}$"))
    video = page.locator(f"[id='{clip}'] video")
    expect(video).to_be_visible()
    wait_until(video, "v => v.currentTime > 1")


def test_paired_clips_sit_side_by_side_on_wide_screens_and_stack_on_phones(page, live_server, demo):
    page.goto(live_server.url + "/courses/beyond-the-own-nose/cross-watching-role-play/")
    sides = page.locator(".paired-clips__side")
    expect(sides).to_have_count(2)
    page.set_viewport_size({"width": 1280, "height": 900})
    first, second = sides.nth(0).bounding_box(), sides.nth(1).bounding_box()
    assert abs(first["y"] - second["y"]) < 5 and second["x"] > first["x"]
    page.set_viewport_size({"width": 390, "height": 844})
    first, second = sides.nth(0).bounding_box(), sides.nth(1).bounding_box()
    assert second["y"] > first["y"] + first["height"] - 5
