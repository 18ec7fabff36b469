"""The practice studio in Chromium with its fake camera and microphone: record, upload through a dropped
connection, processing, rating with moment comments, the trainee's view with the self-rating and chapters,
and a supervisor's calibration result. Screenshots at desktop and phone width."""

import pytest
from playwright.sync_api import expect

from tests.e2e.conftest import CHROMIUM, SCREENSHOTS, log_in, wait_until

FAKE_MEDIA = ["--use-fake-device-for-media-stream", "--use-fake-ui-for-media-stream"]
EXERCISE = "When certainty takes over"


@pytest.fixture(scope="module")
def media_browser(browser_type):
    """A Chromium of its own whose camera and microphone are Chromium's fake devices, allowed without asking."""
    browser = browser_type.launch(
        executable_path=CHROMIUM,
        args=[
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--disable-background-timer-throttling",
            "--disable-renderer-backgrounding",
            "--disable-backgrounding-occluded-windows",
            *FAKE_MEDIA,
        ],
    )
    yield browser
    browser.close()


@pytest.fixture
def new_page(media_browser):
    contexts = []

    def make(width=1280, height=900):
        context = media_browser.new_context(viewport={"width": width, "height": height})
        contexts.append(context)
        return context.new_page()

    yield make
    for context in contexts:
        context.close()


def shot(page, name):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)


def no_sideways_scroll(page):
    return page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")


def test_record_upload_rate_and_review(live_server, demo, new_page, settings):
    from practice.models import Exercise, Rating, Submission

    settings.PRACTICE_CHUNK_BYTES = 16 * 1024  # several chunks, so the connection can be cut mid-way
    exercise = Exercise.objects.get(title=EXERCISE)
    before = set(Submission.objects.values_list("pk", flat=True))
    trainee = new_page()
    log_in(trainee, live_server.url, "trainee", demo, next_url=f"/practice/exercises/{exercise.pk}/")
    expect(trainee.get_by_role("heading", level=1)).to_have_text(EXERCISE)
    shot(trainee, "practice-exercise-desktop")

    # The second chunk's connection drops once; the recorder asks how far it got and carries on.
    cut = {"chunks": 0, "dropped": 0}

    def drop_once(route):
        if route.request.method == "POST":
            cut["chunks"] += 1
            if cut["chunks"] == 2 and not cut["dropped"]:
                cut["dropped"] += 1
                route.abort("connectionreset")
                return
        route.continue_()

    trainee.route("**/practice/uploads/**", drop_once)
    trainee.get_by_label("Camera and microphone").check()
    trainee.get_by_role("button", name="Start recording").click()
    expect(trainee.locator("[data-countdown]")).to_be_visible()
    expect(trainee.get_by_role("button", name="Stop")).to_be_visible(timeout=10_000)
    expect(trainee.locator("[data-indicator]")).to_contain_text("Recording")
    expect(trainee.locator("[data-timer]")).to_have_text("0:03", timeout=10_000)  # the timer runs
    trainee.get_by_role("button", name="Stop").click()
    playback = trainee.locator("[data-playback]")
    expect(playback).to_be_visible()
    expect(trainee.get_by_role("button", name="Record again")).to_be_visible()
    trainee.get_by_role("button", name="Submit this recording").click()
    trainee.wait_for_url("**/practice/submissions/**", timeout=60_000)
    assert cut["dropped"] == 1 and cut["chunks"] > 2, cut

    recording = trainee.locator("video[data-recording]")
    expect(recording).to_be_visible(timeout=60_000)
    wait_until(recording, "v => v.readyState >= 1 && v.duration > 2", timeout=30)
    (submission,) = Submission.objects.exclude(pk__in=before)
    assert submission.status == "ready" and submission.has_video
    assert submission.received_bytes == submission.expected_bytes

    try:
        # The supervisor rates it, with a comment on a moment.
        supervisor = new_page()
        log_in(supervisor, live_server.url, "supervisor", demo, next_url="/practice/rating/")
        supervisor.locator(f"tr[data-submission='{submission.pk}']").get_by_role("link").click()
        supervisor.get_by_label("At (seconds or minutes:seconds)").fill("1.5")
        supervisor.get_by_label("Comment", exact=True).fill("Here you slow the story down well.")
        supervisor.get_by_role("button", name="Add comment").click()
        expect(supervisor.get_by_text("Here you slow the story down well.")).to_be_visible()
        for item in exercise.rubric.items.all():
            value = "5" if item.is_ordinal else "1"
            supervisor.locator(f"input[name='item-{item.pk}'][value='{value}']").check()
        supervisor.locator("input[name='overall'][value='5']").check()
        supervisor.get_by_label("Overall feedback").fill("Good rewind; name the feeling sooner.")
        shot(supervisor, "practice-rating-desktop")
        supervisor.get_by_role("button", name="Publish rating").click()
        expect(supervisor.get_by_text("Rating published.")).to_be_visible()

        # The trainee rates themselves and sees both, and the comment as a chapter that seeks the video.
        trainee.goto(f"{live_server.url}/practice/submissions/{submission.pk}/self-rating/")
        for item in exercise.rubric.items.all():
            value = "3" if item.is_ordinal else "1"
            trainee.locator(f"input[name='item-{item.pk}'][value='{value}']").check()
        trainee.locator("input[name='overall'][value='3']").check()
        trainee.get_by_role("button", name="Save my self-rating").click()
        table = trainee.get_by_role("table", name="Scores on the rubric, each rater's beside the others")
        expect(table).to_contain_text("Your self-rating")
        expect(table).to_contain_text("Dana Okafor")
        expect(trainee.get_by_text("Good rewind; name the feeling sooner.")).to_be_visible()
        trainee.get_by_role("button", name="1.5 s (play from here)").click()
        wait_until(trainee.locator("video[data-recording]"), "v => Math.abs(v.currentTime - 1.5) < 0.6")
        cues = trainee.evaluate(
            "new Promise(done => { const t = document.querySelector('track').track; t.mode = 'hidden';"
            " setTimeout(() => done(t.cues ? t.cues.length : 0), 500); })"
        )
        assert cues == 1
        shot(trainee, "practice-feedback-desktop")
        trainee.set_viewport_size({"width": 375, "height": 800})
        assert no_sideways_scroll(trainee)
        shot(trainee, "practice-feedback-phone")

        # The supervisor's calibration: their agreement with the reference, per rubric.
        supervisor.goto(f"{live_server.url}/practice/calibration/")
        expect(supervisor.get_by_role("region", name="DBT training rubric (studio)")).to_contain_text(
            "Not yet calibrated"
        )
        mbt = supervisor.get_by_role("region", name="MBT training rubric (studio)")
        expect(mbt).to_contain_text("Calibrated (ICC at or above 0.70)")
        mbt.get_by_role("link", name="see your agreement").first.click()
        expect(supervisor.get_by_role("heading", level=1)).to_contain_text("Your agreement")
        icc = supervisor.locator("[data-agreement='rubric'] [data-icc]").inner_text()
        assert float(icc) > 0.7  # the demo supervisor is calibrated on the MBT rubric
        shot(supervisor, "practice-calibration-desktop")
        supervisor.set_viewport_size({"width": 375, "height": 800})
        assert no_sideways_scroll(supervisor)
        shot(supervisor, "practice-calibration-phone")
    finally:
        Rating.objects.filter(submission=submission).delete()
        submission.delete()


def test_without_a_recorder_the_page_offers_a_file_upload(live_server, demo, new_page, settings):
    from practice.models import Exercise

    settings.PRACTICE_MAX_UPLOAD_BYTES = 1_000_000

    exercise = Exercise.objects.get(title=EXERCISE)
    page = new_page(375, 800)
    page.add_init_script("delete window.MediaRecorder;")
    log_in(page, live_server.url, "trainee", demo, next_url=f"/practice/exercises/{exercise.pk}/")
    expect(page.get_by_text("Recording in the browser is not possible here")).to_be_visible()
    expect(page.get_by_label("Recording (video or audio file)")).to_be_visible()
    page.get_by_label("Recording (video or audio file)").set_input_files(
        {"name": "long.webm", "mimeType": "video/webm", "buffer": b"x" * 1_500_000}
    )
    expect(page.get_by_text("This file is larger than 1 MB, the largest accepted.")).to_be_visible()
    expect(page.get_by_role("button", name="Upload and submit")).to_be_disabled()
    assert no_sideways_scroll(page)
    shot(page, "practice-exercise-phone-fallback")


def test_the_studio_pages_have_no_wcag_aa_violations_axe_can_find(live_server, demo, new_page):
    from practice.models import Exercise, Submission
    from tests.e2e.test_accessibility import violations

    exercise = Exercise.objects.get(title=EXERCISE)
    rated = Submission.objects.get(exercise__title="The unanswered message", calibration=False)
    waiting = Submission.objects.get(exercise=exercise, calibration=False)
    calibration = Submission.objects.filter(calibration=True).order_by("title").first()
    found = {}
    trainee = new_page()
    log_in(trainee, live_server.url, "trainee", demo, next_url="/practice/")
    for path in (
        "/practice/",
        f"/practice/exercises/{exercise.pk}/",
        "/practice/consent/",
        f"/practice/submissions/{rated.pk}/",
        f"/practice/submissions/{waiting.pk}/self-rating/",
    ):
        trainee.goto(live_server.url + path)
        found[path] = violations(trainee)
    supervisor = new_page()
    log_in(supervisor, live_server.url, "supervisor", demo, next_url="/practice/rating/")
    for path in (
        "/practice/rating/",
        f"/practice/rating/{waiting.pk}/",
        "/practice/calibration/",
        f"/practice/calibration/{calibration.pk}/",
    ):
        supervisor.goto(live_server.url + path)
        found[path] = violations(supervisor)
    assert {path: found_ for path, found_ in found.items() if found_} == {}
