"""CSV and XLSX exports: the allowed columns only, streamed, and readable by spreadsheet programs."""

import csv
import datetime
import io
import re
import zoneinfo

import openpyxl
import pytest
from django.http import StreamingHttpResponse
from django.utils import timezone

from learning.models import ModuleProgress
from supervision import exports

pytestmark = pytest.mark.django_db


def csv_rows(response):
    body = b"".join(response.streaming_content).decode("utf-8")
    assert body.startswith("\ufeff")
    return list(csv.reader(io.StringIO(body.lstrip("\ufeff"))))


def xlsx_sheets(response):
    workbook = openpyxl.load_workbook(io.BytesIO(b"".join(response.streaming_content)), read_only=True)
    return {sheet.title: [list(row) for row in sheet.iter_rows(values_only=True)] for sheet in workbook.worksheets}


def test_matrix_csv_is_streamed_with_a_header_a_row_per_trainee_and_totals(client, world):
    client.force_login(world.sup_a)
    response = client.get("/supervision/matrix/export.csv", {"cohort": world.cohort_a.pk})
    assert isinstance(response, StreamingHttpResponse)
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert 'attachment; filename="cohort-matrix-' in response["Content-Disposition"]
    rows = csv_rows(response)
    header, amira, _bruno, totals = rows
    assert header[:3] == ["Trainee", "Username", "Home modality"]
    assert "MBT essentials: Mentalizing, status" in header and "MBT essentials: Mentalizing, quiz score (%)" in header
    assert amira[:3] == ["Amira Aziz", "amira", "MBT"]
    status = header.index("MBT essentials: Mentalizing, status")
    assert amira[status : status + 2] == ["Complete", "80"]
    assert header[-5:] == [
        "Cross-training modules complete",
        "Cross-training modules in goal",
        "Cross-training (%)",
        "Last active",
        "Practice",  # the practice studio's column
    ]
    assert amira[-8:-2] == ["2", "4", "50", "1", "1", "100"]
    assert re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d", amira[-2])  # the latest module visit
    assert amira[-1] == "none submitted"
    assert totals[0] == "All 2 trainees" and totals[status : status + 2] == ["50% complete", "60"]


def test_exports_never_contain_email_addresses(client, world):
    client.force_login(world.sup_a)
    for url in (
        "/supervision/matrix/export.csv",
        "/supervision/matrix/export.xlsx",
        f"/supervision/trainees/{world.amira.pk}/export.csv",
        f"/supervision/trainees/{world.amira.pk}/export.xlsx",
    ):
        response = client.get(url)
        body = b"".join(response.streaming_content)
        if url.endswith(".xlsx"):
            body = repr(xlsx_sheets(client.get(url))).encode()
        assert b"@example.org" not in body and b"mail" not in body.lower(), url


def test_matrix_xlsx_has_short_headers_a_legend_real_dates_and_a_frozen_header(client, world, settings):
    settings.TIME_ZONE = "Europe/Berlin"  # the institute's, not UTC: the cells must be in its local time
    last_visit = ModuleProgress.objects.get(user=world.amira, module=world.modules[1]).last_seen_at
    client.force_login(world.sup_a)
    response = client.get("/supervision/matrix/export.xlsx", {"cohort": world.cohort_a.pk})
    assert response["Content-Type"] == exports.XLSX_TYPE
    workbook = openpyxl.load_workbook(io.BytesIO(b"".join(response.streaming_content)))
    assert workbook.sheetnames == ["Cohort matrix", "Legend"]
    matrix, legend = workbook.worksheets
    rows = [list(row) for row in matrix.iter_rows(values_only=True)]
    header = rows[0]
    assert header[:5] == ["Trainee", "Username", "Home modality", "M1", "M1 %"]
    assert [row[0] for row in rows[1:]] == ["Amira Aziz", "Bruno Brandt", "All 2 trainees"]
    amira = rows[1]
    assert amira[3:5] == ["Complete", 80]
    last_active = amira[header.index("Last active")]
    assert isinstance(last_active, datetime.datetime)
    expected = timezone.localtime(last_visit, zoneinfo.ZoneInfo("Europe/Berlin")).replace(tzinfo=None)
    assert abs(last_active - expected) < datetime.timedelta(seconds=1)
    assert matrix.cell(row=2, column=header.index("Last active") + 1).number_format == "yyyy-mm-dd hh:mm"
    assert matrix.freeze_panes == "A2" and matrix["A1"].font.b
    widths = {letter: dimension.width for letter, dimension in matrix.column_dimensions.items()}
    last_active_letter = openpyxl.utils.get_column_letter(header.index("Last active") + 1)
    assert 12 <= widths["A"] <= 20 and widths["E"] < 10 and widths[last_active_letter] >= 16  # name, score, time
    explained = {row[1]: row[2] for row in legend.iter_rows(min_row=2, values_only=True) if row[1]}
    assert set(header) == set(explained)
    assert explained["M1"].startswith("MBT essentials: Mentalizing, status")
    assert explained["M1 %"].startswith("MBT essentials: Mentalizing, quiz score (%)")
    assert "Europe/Berlin" in legend.cell(row=legend.max_row, column=3).value


def test_names_that_xml_cannot_hold_still_export(client, world):
    world.amira.first_name = "Am\x0bira <&>"
    world.amira.save()
    client.force_login(world.sup_a)
    (rows, _legend) = xlsx_sheets(client.get("/supervision/matrix/export.xlsx", {"cohort": world.cohort_a.pk})).values()
    assert rows[1][0] == "Amira <&> Aziz"


def test_trainee_exports_list_modules_and_every_answer(client, world):
    client.force_login(world.sup_a)
    rows = csv_rows(client.get(f"/supervision/trainees/{world.bruno.pk}/export.csv"))
    assert rows[0] == ["Course", "Module", "Status", "Started", "Last seen", "Text read", "Completed"]
    assert rows[3][:3] == ["MBT essentials", "Affect focus", "In progress"]
    answers_header = rows.index([]) + 1
    essay = rows[answers_header + 1]
    assert essay[0] == "Stance essay" and essay[7].startswith("I would slow down") and essay[8] == ""
    sheets = xlsx_sheets(client.get(f"/supervision/trainees/{world.bruno.pk}/export.xlsx"))
    assert list(sheets) == ["Modules", "Quiz answers", "Practice", "Legend"]
    assert isinstance(sheets["Modules"][1][3], datetime.datetime)  # started, a real date
    assert sheets["Quiz answers"][0][5] == "Score %"
    assert ["Quiz answers", "Score %", "The attempt's score in per cent; empty while it is open."] in sheets["Legend"]


def test_an_unknown_format_is_a_404(client, world):
    client.force_login(world.sup_a)
    assert client.get("/supervision/matrix/export.pdf").status_code == 404
    assert client.get(f"/supervision/trainees/{world.amira.pk}/export.json").status_code == 404


def test_names_that_look_like_formulas_are_written_as_text(client, world):
    world.amira.first_name = "=HYPERLINK(1)"
    world.amira.save()
    client.force_login(world.sup_a)
    rows = csv_rows(client.get("/supervision/matrix/export.csv", {"cohort": world.cohort_a.pk}))
    assert rows[1][0].startswith("'=HYPERLINK(1)")


def test_the_csv_reads_trainees_in_chunks(client, world, monkeypatch):
    from supervision import reports

    seen = []
    original = reports.build_rows

    def spy(selection, trainees):
        seen.append(len(trainees))
        return original(selection, trainees)

    monkeypatch.setattr(reports, "EXPORT_CHUNK", 2)
    monkeypatch.setattr(reports, "build_rows", spy)
    monkeypatch.setattr(reports.iter_rows, "__defaults__", (2,))
    client.force_login(world.sup_a)
    rows = csv_rows(client.get("/supervision/matrix/export.csv"))
    assert len(rows) == 1 + 3 + 1
    assert seen == [2, 1]
