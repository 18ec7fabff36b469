"""Automated WCAG 2.2 A/AA checks (axe-core, run inside Chromium) on the workspace and the trainee's pages.

axe finds what a machine can find (contrast, names, roles, structure); keyboard use and the charts'
summaries are checked by the other browser tests.
"""

from axe_playwright_python.sync_playwright import Axe

from tests.e2e.conftest import log_in

WCAG_AA = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]}}


def violations(page):
    results = Axe().run(page, options=WCAG_AA)
    return [
        f"{item['id']}: {item['help']} ({len(item['nodes'])}×, e.g. {item['nodes'][0]['target']})"
        for item in results.response["violations"]
    ]


def test_supervision_pages_have_no_wcag_aa_violations_axe_can_find(page, live_server, demo):
    from django.contrib.auth import get_user_model

    from courses.models import ModulePage

    trainee = get_user_model().objects.get(username="aisha.rahman")
    module = ModulePage.objects.get(slug="mbt-mentalizing-and-bpd")
    paths = [
        "/supervision/",
        "/supervision/matrix/",
        "/supervision/matrix/?track=dbt&sort=-progress",
        f"/supervision/trainees/{trainee.pk}/",
        "/supervision/modules/",
        f"/supervision/modules/{module.pk}/",
        "/supervision/marking/",
    ]
    log_in(page, live_server.url, "supervisor", demo, next_url="/supervision/")
    page.wait_for_url("**/supervision/")
    found = {}
    for path in paths:
        page.goto(live_server.url + path)
        assert page.url.endswith(path)
        found[path] = violations(page)
    assert found == {path: [] for path in paths}


def test_the_trainees_pages_have_no_wcag_aa_violations_axe_can_find(page, live_server, demo):
    from quizzes.models import Quiz

    quiz = Quiz.objects.get(placements__module__slug="mbt-mentalizing-and-bpd")
    paths = [
        "/",
        "/courses/",
        "/courses/mbt-essentials/",
        "/courses/mbt-essentials/mbt-mentalizing-and-bpd/",
        "/techniques/",
        "/quizzes/",
        quiz.get_absolute_url(),
        "/dashboard/",
        "/quizzes/progress/",
        "/search/?q=validation",
    ]
    log_in(page, live_server.url, "trainee", demo, next_url="/dashboard/")
    page.wait_for_url("**/dashboard/")
    found = {}
    for path in paths:
        page.goto(live_server.url + path)
        found[path] = violations(page)
    assert found == {path: [] for path in paths}
