"""At a phone's width (375 px) no page scrolls sideways and the charts' text stays legible.

Only the cohort matrix scrolls sideways, inside its own region (.matrix-scroll); the page around it does not.
Tables stack into labelled rows instead. Every <details> is opened first, so that the tables behind a chart
and a trainee's answers are measured too. One browser context per role visits all of that role's pages.
"""

from django.utils import timezone

from tests.e2e.conftest import log_in

PHONE = {"width": 375, "height": 800}
MIN_CHART_TEXT_PX = 11

MEASURE = """() => {
    document.querySelectorAll("details").forEach(details => { details.open = true; });
    const sizes = [];
    for (const svg of document.querySelectorAll("svg.chart__svg")) {
        const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
        for (const text of svg.querySelectorAll("text")) {
            if (text.getBoundingClientRect().width) sizes.push(parseFloat(getComputedStyle(text).fontSize) * scale);
        }
    }
    return {
        scrollWidth: document.documentElement.scrollWidth,
        charts: document.querySelectorAll("svg.chart__svg").length,
        smallestText: sizes.length ? Math.min(...sizes) : null,
    };
}"""


def measure(page, base_url, paths):
    """What each page measures at phone width: {path: (scrollWidth, charts, smallest chart text in px)}."""
    found = {}
    for path in paths:
        response = page.goto(base_url + path)
        assert response.ok, f"{path}: {response.status}"
        result = page.evaluate(MEASURE)
        found[path] = (result["scrollWidth"], result["charts"], result["smallestText"])
    return found


def assert_fits_a_phone(found):
    too_wide = {path: width for path, (width, _charts, _text) in found.items() if width > PHONE["width"]}
    assert too_wide == {}, f"these pages scroll sideways at {PHONE['width']} px (their scrollWidth): {too_wide}"
    too_small = {
        path: round(text, 1) for path, (_w, charts, text) in found.items() if charts and text < MIN_CHART_TEXT_PX
    }
    assert too_small == {}, f"chart text smaller than {MIN_CHART_TEXT_PX} px (the smallest, in px): {too_small}"


def test_no_page_scrolls_sideways_on_a_phone_and_chart_text_stays_legible(browser, live_server, demo):
    from django.contrib.auth import get_user_model

    from courses.models import ModulePage
    from practice.models import RecordingView, Submission
    from quizzes.models import Attempt, Quiz

    User = get_user_model()
    supervisor = User.objects.get(username="supervisor")
    aisha = User.objects.get(username="aisha.rahman")
    module = ModulePage.objects.get(slug="mbt-mentalizing-and-bpd")
    quiz = Quiz.objects.get(placements__module=module)
    attempts = Attempt.objects.filter(user__username="trainee").order_by("pk")
    finished = attempts.filter(status="finished").first()
    still_open = attempts.filter(status="in_progress").first()
    own = Submission.objects.filter(trainee__username="trainee", calibration=False, status="ready").order_by("pk")

    trainee_paths = [
        "/dashboard/",
        "/quizzes/",
        "/quizzes/progress/",
        quiz.get_absolute_url(),
        finished.get_absolute_url(),
        *([still_open.get_absolute_url()] if still_open else []),
        "/practice/",
        "/practice/consent/",
        f"/practice/exercises/{own.first().exercise_id}/",
        f"/practice/submissions/{own.first().pk}/",
    ]
    supervisor_paths = [
        "/supervision/",
        "/supervision/matrix/",
        "/supervision/matrix/?track=dbt&sort=-progress",
        "/supervision/modules/",
        f"/supervision/modules/{module.pk}/",
        f"/supervision/trainees/{aisha.pk}/",
        "/supervision/marking/",
        "/supervision/marking/attempts/",
        "/practice/",
        "/practice/rating/",
        "/practice/calibration/",
        "/quizzes/progress/",
    ]

    found = {}
    started = timezone.now()
    try:
        for username, paths in (("trainee", trainee_paths), ("supervisor", supervisor_paths)):
            context = browser.new_context(viewport=PHONE)
            try:
                page = context.new_page()
                log_in(page, live_server.url, username, demo, next_url="/dashboard/")
                found.update(
                    {f"{username} {path}": value for path, value in measure(page, live_server.url, paths).items()}
                )
                if username == "supervisor":
                    # A response waiting for the supervisor's rating, and their agreement with a calibration
                    # recording's reference, as the queue and the calibration page link to them.
                    page.goto(f"{live_server.url}/practice/rating/")
                    linked = [page.locator("table.queue a").first.get_attribute("href")]
                    page.goto(f"{live_server.url}/practice/calibration/")
                    linked.append(page.get_by_role("link", name="see your agreement").first.get_attribute("href"))
                    found.update(
                        {f"{username} {path}": value for path, value in measure(page, live_server.url, linked).items()}
                    )
                page.goto("about:blank")  # the last recording's request ends before the context closes
            finally:
                context.close()
    finally:
        # Opening a trainee's response logs the supervisor's view of it for the trainee; leave the demo as it was.
        RecordingView.objects.filter(viewer=supervisor, viewed_at__gte=started).delete()

    assert_fits_a_phone(found)
    # The charts were there to measure: the overview's and the module page's.
    assert found["supervisor /supervision/"][1] >= 2
    assert found[f"supervisor /supervision/modules/{module.pk}/"][1] == 2
