"""The demo supervisor's workspace in Chromium: every report, chart, export and the marking queue."""

import csv
import io

import openpyxl
from playwright.sync_api import expect

from tests.e2e.conftest import log_in

OWN_COHORT = "Autumn 2026 intake: MBT"
OTHER_COHORT = "Autumn 2026 intake: DBT"


def open_xlsx(path):
    """A downloaded workbook (Playwright saves downloads without their file name's extension)."""
    with open(path, "rb") as handle:
        return openpyxl.load_workbook(io.BytesIO(handle.read()), read_only=True)


def test_the_demo_supervisor_reads_reports_charts_and_exports(page, live_server, demo, screenshot):
    log_in(page, live_server.url, "supervisor", demo, next_url="/dashboard/")
    # The dashboard's cards, and its grids of cards, stand apart down the page rather than touching.
    gaps = page.evaluate("""() => {
        const blocks = [...document.querySelectorAll("main .dashboard-grid, main .container > .dashboard-card")];
        const box = (block) => block.getBoundingClientRect();
        return blocks.slice(1).map((block, i) => box(block).top - box(blocks[i]).bottom);
    }""")
    assert gaps and min(gaps) >= 16, gaps
    page.get_by_role("link", name="Supervision").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Supervision")
    # The workspace sits in the same centred column as the header, not flush left of it.
    header, content = page.locator(".site-header__inner").bounding_box(), page.locator("main .container").bounding_box()
    assert (content["x"], content["width"]) == (header["x"], header["width"])

    # Overview: only the supervisor's own cohort, its charts, and the numbers behind them.
    cohorts = page.get_by_role("table", name="The cohorts you supervise")
    expect(cohorts).to_contain_text(OWN_COHORT)
    expect(cohorts).not_to_contain_text(OTHER_COHORT)
    over_time = page.get_by_role("img", name="Completion over time")
    expect(over_time).to_be_visible()
    page.get_by_text("The numbers behind this chart").first.click()
    expect(page.get_by_role("table", name="Completion over time").first).to_be_visible()
    expect(page.get_by_role("img", name=f"Cross-training coverage: {OWN_COHORT}")).to_be_visible()
    screenshot("supervision-overview")

    # The cohort matrix: the own cohort's trainees only, sortable, with totals.
    page.get_by_role("navigation", name="Supervision").get_by_role("link", name="Cohort matrix").click()
    matrix = page.locator("table.matrix")
    expect(matrix).to_contain_text("Aisha Rahman")
    expect(matrix).not_to_contain_text("Grace Liu")  # a trainee of the other cohort
    expect(page.get_by_label("Cohort").locator("option")).to_have_count(2)  # "All my trainees" and the own cohort
    page.get_by_role("link", name="Progress", exact=True).click()
    expect(page.locator('th[aria-sort="descending"]')).to_contain_text("Progress")
    first = page.locator("table.matrix tbody tr").first
    expect(first.locator("th")).to_contain_text("Chloé Moreau")  # the furthest along in the MBT cohort
    expect(page.locator('tr[data-totals="completion"]')).to_be_visible()
    page.get_by_label("Track").select_option("dbt")
    page.get_by_role("button", name="Show").click()
    expect(page.locator("table.matrix thead")).to_contain_text("DBT essentials")
    expect(page.locator("table.matrix thead")).not_to_contain_text("MBT essentials")
    screenshot("supervision-matrix")

    # Exports: CSV and XLSX of the filtered matrix, without e-mail addresses.
    with page.expect_download() as csv_download:
        page.locator('[data-export="csv"]').click()
    body = open(csv_download.value.path(), encoding="utf-8-sig").read()  # noqa: SIM115
    rows = list(csv.reader(io.StringIO(body)))
    assert rows[0][:3] == ["Trainee", "Username", "Home modality"]
    assert any(row[0] == "Aisha Rahman" for row in rows) and "@" not in body
    with page.expect_download() as xlsx_download:
        page.locator('[data-export="xlsx"]').click()
    workbook = open_xlsx(xlsx_download.value.path())
    sheet_rows = list(workbook.active.iter_rows(values_only=True))
    assert sheet_rows[0][0] == "Trainee" and len(sheet_rows) == len(rows)

    # Trainee detail: modules, attempts, essays and the meter; its own export.
    page.get_by_role("link", name="Aisha Rahman").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Aisha Rahman")
    expect(page.locator("[data-meter-text]")).to_contain_text("cross-training modules complete")
    expect(page.get_by_role("heading", name="Quiz attempts")).to_be_visible()
    with page.expect_download() as detail_download:
        page.locator('[data-export="xlsx"]').click()
    detail_book = open_xlsx(detail_download.value.path())
    assert detail_book.sheetnames == ["Modules", "Quiz answers", "Practice", "Legend"]
    screenshot("supervision-trainee")

    # Module and question statistics, with the score distribution.
    page.get_by_role("navigation", name="Supervision").get_by_role("link", name="Modules and questions").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Modules and questions")
    page.locator("table.data-table tbody tr th a").first.click()
    expect(page.get_by_role("img", name="Quiz score distribution")).to_be_visible()
    expect(page.get_by_role("heading", name="Questions")).to_be_visible()
    expect(page.locator("table[data-quiz]").first).to_be_visible()
    screenshot("supervision-module")


def test_the_demo_supervisor_marks_the_essay_waiting(page, live_server, demo, screenshot):
    log_in(page, live_server.url, "supervisor", demo, next_url="/supervision/")
    waiting = page.locator("[data-awaiting]")
    expect(waiting).to_contain_text("waiting for your marking")
    before = int(page.locator("[data-waiting]").get_attribute("data-waiting"))
    assert before >= 1
    waiting.get_by_role("link").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Marking queue")
    item = page.locator(".queue-item").first
    trainee_name = item.get_by_role("heading").inner_text().split(":")[0]
    rubric = item.get_by_role("checkbox")
    if rubric.count():
        rubric.first.check()
    item.get_by_label("Points").fill("3")
    item.get_by_label("Feedback for the trainee").fill("Clear stance; name the mode you saw.")
    screenshot("supervision-marking-queue")
    item.get_by_role("button", name="Save mark").click()
    expect(page.get_by_role("status")).to_contain_text(f"Mark saved for {trainee_name}")
    expect(page.locator("[data-waiting]")).to_have_attribute("data-waiting", str(before - 1))
