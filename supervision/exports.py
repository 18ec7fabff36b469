"""CSV and XLSX exports of the cohort matrix and of one trainee, streamed.

What is exported is an explicit list of columns (below): names, usernames, home modality, statuses,
dates and scores. E-mail addresses and anything else a supervisor does not need never leave the site.

CSV rows are written as they are read (`reports.iter_rows`, a chunk of trainees at a time). XLSX uses
openpyxl's write-only workbook, which keeps rows in a temporary file rather than in memory; the finished
file is then sent in blocks.
"""

import csv
import tempfile

from django.http import FileResponse, Http404, StreamingHttpResponse
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font

from accounts.models import HomeModality
from learning.choices import ProgressStatus
from supervision import reports

CSV_TYPE = "text/csv; charset=utf-8"
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
FORMATS = ("csv", "xlsx")

# The exported columns, in order. Nothing else about a trainee is written.
MATRIX_TRAINEE_COLUMNS = [
    (gettext_lazy("Trainee"), lambda row, words: row.trainee.display_name),
    (gettext_lazy("Username"), lambda row, words: row.trainee.username),
    (gettext_lazy("Home modality"), lambda row, words: words.get(row.trainee.home_modality, "")),
]
MATRIX_TOTAL_COLUMNS = [
    (gettext_lazy("Modules complete"), lambda row, words: row.done),
    (gettext_lazy("Modules in report"), lambda row, words: row.total),
    (gettext_lazy("Progress (%)"), lambda row, words: row.percent),
    (gettext_lazy("Cross-training modules complete"), lambda row, words: row.cross_done if row.cross_total else ""),
    (gettext_lazy("Cross-training modules in goal"), lambda row, words: row.cross_total or ""),
    (gettext_lazy("Cross-training (%)"), lambda row, words: "" if row.cross_percent is None else row.cross_percent),
    (gettext_lazy("Last active"), lambda row, words: when(row.last_activity)),
]


def safe(value):
    """A cell value a spreadsheet will not run as a formula (names are typed by people)."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


class _Echo:
    def write(self, value):
        return value


def matrix_header(selection):
    header = [str(label) for label, _get in MATRIX_TRAINEE_COLUMNS]
    for column in selection.columns:
        name = f"{column.course.title}: {column.module.title}" if column.course else column.module.title
        header.append(_("%(module)s, status") % {"module": name})
        header.append(_("%(module)s, quiz score (%%)") % {"module": name})
    header += [str(label) for label, _get in MATRIX_TOTAL_COLUMNS]
    return header + [str(column.heading) for column in selection.extra_columns]


def translated_words():
    """Statuses and home modalities, translated once per export rather than once per cell."""
    words = {status.value: str(status.label) for status in ProgressStatus}
    return words | {key: str(label) for key, label in HomeModality.choices}


def matrix_row(row, words):
    values = [get(row, words) for _label, get in MATRIX_TRAINEE_COLUMNS]
    for cell in row.cells:
        values.append(words[cell.status])
        # None, not "": the CSV writes it as an empty field, the XLSX writes no cell at all (most are empty, and
        # each cell written costs the 10,000-trainee export time).
        values.append(cell.score)
    values += [get(row, words) for _label, get in MATRIX_TOTAL_COLUMNS]
    return [safe(value) for value in values + row.extras]


def matrix_totals_row(selection, trainee_count):
    reports.fill_column_totals(selection, trainee_count)
    values = [_("All %(count)s trainees") % {"count": trainee_count}, "", ""]
    for column in selection.columns:
        values.append(_("%(rate)s%% complete") % {"rate": column.completion_rate})
        values.append("" if column.mean_score is None else column.mean_score)
    return values + [""] * (len(MATRIX_TOTAL_COLUMNS) + len(selection.extra_columns))


def matrix_rows(selection):
    """The header, a row per trainee (streamed), then the totals per module."""
    yield matrix_header(selection)
    words = translated_words()
    count = 0
    for row in reports.iter_rows(selection):
        count += 1
        yield matrix_row(row, words)
    if count:
        yield matrix_totals_row(selection, count)


def _filename(stem, fmt):
    return f"{slugify(stem)}-{timezone.localdate().isoformat()}.{fmt}"


def stream_csv(rows, filename):
    writer = csv.writer(_Echo())
    # A byte-order mark so that spreadsheet programs read names with accents as UTF-8.
    body = (("\ufeff" if index == 0 else "") + writer.writerow(row) for index, row in enumerate(rows))
    response = StreamingHttpResponse(body, content_type=CSV_TYPE)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def xlsx_file(sheets):
    """A temporary file holding a workbook of `sheets` [(title, rows)], the first row of each in bold."""
    workbook = Workbook(write_only=True)
    for title, rows in sheets:
        sheet = workbook.create_sheet(title=title[:31])
        for index, row in enumerate(rows):
            if index == 0:
                cells = []
                for value in row:
                    cell = WriteOnlyCell(sheet, value=value)
                    cell.font = Font(bold=True)
                    cells.append(cell)
                sheet.append(cells)
            else:
                sheet.append(row)
    handle = tempfile.TemporaryFile()  # noqa: SIM115 (FileResponse closes it once sent)
    workbook.save(handle)
    handle.seek(0)
    return handle


def send_xlsx(sheets, filename):
    return FileResponse(xlsx_file(sheets), as_attachment=True, filename=filename, content_type=XLSX_TYPE)


def matrix_response(selection, fmt):
    if fmt not in FORMATS:
        raise Http404
    filename = _filename(_("cohort matrix"), fmt)
    if fmt == "csv":
        return stream_csv(matrix_rows(selection), filename)
    return send_xlsx([(_("Cohort matrix"), matrix_rows(selection))], filename)


def when(value):
    """A time as exports write it: local, `YYYY-MM-DD HH:MM`, empty for none."""
    return timezone.localtime(value).strftime("%Y-%m-%d %H:%M") if value else ""


def trainee_modules_rows(detail):
    yield [_("Course"), _("Module"), _("Status"), _("Started"), _("Last seen"), _("Text read"), _("Completed")]
    for block in detail.courses:
        for line in block.modules:
            yield [
                safe(block.course.title),
                safe(line.module.title),
                str(line.label),
                when(line.started_at),
                when(line.last_seen_at),
                when(line.read_at),
                when(line.completed_at),
            ]


def trainee_answers_rows(detail):
    yield [
        _("Quiz"),
        _("Attempt"),
        _("Status"),
        _("Started"),
        _("Finished"),
        _("Attempt score (%)"),
        _("Question"),
        _("Answer given"),
        _("Points"),
        _("Out of"),
        _("Feedback"),
        _("Marked by"),
    ]
    for block in detail.attempts:
        attempt = block.attempt
        for line in block.answers:
            answer = line.answer
            yield [
                safe(attempt.quiz.title),
                attempt.number,
                str(attempt.get_status_display()),
                when(attempt.started_at),
                when(attempt.finished_at),
                "" if attempt.is_open else float(attempt.percent),
                safe(line.title or line.content[:200]),
                safe(line.given),
                "" if line.points is None else float(line.points),
                float(line.max_points),
                safe(answer.feedback) if answer else "",
                safe(answer.marked_by.display_name) if answer and answer.marked_by else "",
            ]


def trainee_response(detail, fmt, extra_sheets=()):
    """The trainee's progress as one CSV (parts one after the other, a blank line between) or an XLSX (a sheet
    each): modules, quiz answers, then `extra_sheets` [(title, rows)] from rooms above (the practice studio's)."""
    if fmt not in FORMATS:
        raise Http404
    stem = f"{detail.trainee.username} progress"
    sheets = [
        (_("Modules"), trainee_modules_rows(detail)),
        (_("Quiz answers"), trainee_answers_rows(detail)),
        *extra_sheets,
    ]
    if fmt == "csv":

        def rows():
            for number, (title, sheet_rows) in enumerate(sheets):
                if number:
                    yield []
                if number > 1:
                    yield [title]  # the modules and answers are told apart by their headers, as before
                yield from sheet_rows

        return stream_csv(rows(), _filename(stem, fmt))
    return send_xlsx(sheets, _filename(stem, fmt))
