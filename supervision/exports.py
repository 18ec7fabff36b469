"""CSV and XLSX exports of the cohort matrix and of one trainee, streamed.

What is exported is an explicit list of columns (below): names, usernames, home modality, statuses,
dates and scores. E-mail addresses and anything else a supervisor does not need never leave the site.

CSV rows are written as they are read (`reports.iter_rows`, a chunk of trainees at a time), with the full
headers. The XLSX (`supervision.xlsx`) writes them into a temporary file as they are read too, under short
headers that a last sheet, "Legend", explains in full; the finished file is then sent in blocks. Times are
kept as datetimes in the institute's time zone: the CSV writes them as text, the XLSX as dates.
"""

import csv
import datetime
import itertools

from django.http import FileResponse, Http404, StreamingHttpResponse
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from accounts.models import HomeModality
from learning.choices import ProgressStatus
from supervision import reports, xlsx

CSV_TYPE = "text/csv; charset=utf-8"
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
FORMATS = ("csv", "xlsx")
CSV_TIME_FORMAT = "%Y-%m-%d %H:%M"

# The exported columns, in order: (the CSV's header, the XLSX's short header, what the XLSX's legend says of it,
# the value). Nothing else about a trainee is written.
MATRIX_TRAINEE_COLUMNS = [
    (
        gettext_lazy("Trainee"),
        gettext_lazy("Trainee"),
        gettext_lazy("The trainee's name."),
        lambda row, words: row.trainee.display_name,
    ),
    (
        gettext_lazy("Username"),
        gettext_lazy("Username"),
        gettext_lazy("The name the trainee signs in with."),
        lambda row, words: row.trainee.username,
    ),
    (
        gettext_lazy("Home modality"),
        gettext_lazy("Home modality"),
        gettext_lazy("The trainee's home modality, MBT or DBT; the other one is their cross-training."),
        lambda row, words: words.get(row.trainee.home_modality, ""),
    ),
]
MATRIX_TOTAL_COLUMNS = [
    (
        gettext_lazy("Modules complete"),
        gettext_lazy("Done"),
        gettext_lazy("Modules complete, of the modules in the report."),
        lambda row, words: row.done,
    ),
    (
        gettext_lazy("Modules in report"),
        gettext_lazy("Modules"),
        gettext_lazy("Modules in the report."),
        lambda row, words: row.total,
    ),
    (
        gettext_lazy("Progress (%)"),
        gettext_lazy("Progress %"),
        gettext_lazy("Modules complete as a percentage of the modules in the report."),
        lambda row, words: row.percent,
    ),
    (
        gettext_lazy("Cross-training modules complete"),
        gettext_lazy("Cross done"),
        gettext_lazy("Cross-training modules complete, of those in the trainee's goal (empty without a goal)."),
        lambda row, words: row.cross_done if row.cross_total else "",
    ),
    (
        gettext_lazy("Cross-training modules in goal"),
        gettext_lazy("Cross goal"),
        gettext_lazy("Modules in the trainee's cross-training goal."),
        lambda row, words: row.cross_total or "",
    ),
    (
        gettext_lazy("Cross-training (%)"),
        gettext_lazy("Cross %"),
        gettext_lazy("Cross-training modules complete as a percentage of the goal."),
        lambda row, words: "" if row.cross_percent is None else row.cross_percent,
    ),
    (
        gettext_lazy("Last active"),
        gettext_lazy("Last active"),
        gettext_lazy("The trainee's latest visit to a module, in the institute's time zone."),
        lambda row, words: when(row.last_activity),
    ),
]


def safe(value):
    """A cell value a spreadsheet will not run as a formula (names are typed by people)."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


class _Echo:
    def write(self, value):
        return value


def module_name(column):
    return f"{column.course.title}: {column.module.title}" if column.course else column.module.title


def matrix_headings(selection):
    """[(CSV header, XLSX header, legend)] of the matrix's columns, in order. In the XLSX the modules are numbered
    (M1, M1 %, …) and the legend names them: a module's full name would make every column as wide as a page."""
    headings = [(label, short, meaning) for label, short, meaning, _get in MATRIX_TRAINEE_COLUMNS]
    statuses = ", ".join(str(status.label) for status in ProgressStatus)
    for number, column in enumerate(selection.columns, 1):
        name = module_name(column)
        status = _("%(module)s, status") % {"module": name}
        score = _("%(module)s, quiz score (%%)") % {"module": name}
        headings.append(
            (status, f"M{number}", _("%(heading)s: %(statuses)s.") % {"heading": status, "statuses": statuses})
        )
        headings.append(
            (
                score,
                _("M%(number)s %%") % {"number": number},
                _("%(heading)s: the mean of the module's quizzes the trainee attempted; empty when none.")
                % {"heading": score},
            )
        )
    headings += [(label, short, meaning) for label, short, meaning, _get in MATRIX_TOTAL_COLUMNS]
    return headings + [(column.heading, column.heading, "") for column in selection.extra_columns]


def translated_words():
    """Statuses and home modalities, translated once per export rather than once per cell."""
    words = {status.value: str(status.label) for status in ProgressStatus}
    return words | {key: str(label) for key, label in HomeModality.choices}


def matrix_row(row, words):
    values = [get(row, words) for *_texts, get in MATRIX_TRAINEE_COLUMNS]
    for cell in row.cells:
        values.append(words[cell.status])
        # None, not "": the CSV writes it as an empty field, the XLSX writes no cell at all (most are empty, and
        # each cell written costs the 10,000-trainee export time).
        values.append(cell.score)
    values += [get(row, words) for *_texts, get in MATRIX_TOTAL_COLUMNS]
    return [safe(value) for value in values + row.extras]


def matrix_totals_row(selection, trainee_count):
    reports.fill_column_totals(selection, trainee_count)
    values = [_("All %(count)s trainees") % {"count": trainee_count}, "", ""]
    for column in selection.columns:
        values.append(_("%(rate)s%% complete") % {"rate": column.completion_rate})
        values.append("" if column.mean_score is None else column.mean_score)
    return values + [""] * (len(MATRIX_TOTAL_COLUMNS) + len(selection.extra_columns))


def matrix_body(selection):
    """A row per trainee (streamed), then the totals per module."""
    words = translated_words()
    count = 0
    for row in reports.iter_rows(selection):
        count += 1
        yield matrix_row(row, words)
    if count:
        yield matrix_totals_row(selection, count)


def _filename(stem, fmt):
    return f"{slugify(stem)}-{timezone.localdate().isoformat()}.{fmt}"


def csv_values(row):
    return [value.strftime(CSV_TIME_FORMAT) if isinstance(value, datetime.datetime) else value for value in row]


def stream_csv(rows, filename):
    writer = csv.writer(_Echo())
    # A byte-order mark so that spreadsheet programs read names with accents as UTF-8.
    body = (("\ufeff" if index == 0 else "") + writer.writerow(csv_values(row)) for index, row in enumerate(rows))
    response = StreamingHttpResponse(body, content_type=CSV_TYPE)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def legend_rows(sheets):
    """The "Legend" sheet: each short header of `sheets` [(title, headings, rows)] with what it means in full."""
    yield [_("Sheet"), _("Column"), _("Meaning")]
    for title, headings, _rows in sheets:
        for _label, short, meaning in headings:
            yield [title, str(short), str(meaning)]
    yield [
        "",
        "",
        _("Times are in the institute's time zone, %(zone)s.") % {"zone": timezone.get_default_timezone_name()},
    ]


def send_xlsx(sheets, filename):
    """`sheets` [(title, headings, rows)] as a workbook with short headers, then the legend that explains them."""
    workbook = [
        (title, itertools.chain([[str(short) for _label, short, _meaning in headings]], rows))
        for title, headings, rows in sheets
    ]
    workbook.append((_("Legend"), legend_rows(sheets)))
    return FileResponse(xlsx.workbook_file(workbook), as_attachment=True, filename=filename, content_type=XLSX_TYPE)


def send_csv(sheets, filename):
    """`sheets` [(title, headings, rows)] as one CSV with the full headers: parts one after the other, a blank
    line between, and from the third on its title first (the modules and answers are told apart by their
    headers, as before)."""

    def rows():
        for number, (title, headings, sheet_rows) in enumerate(sheets):
            if number:
                yield []
            if number > 1:
                yield [title]
            yield [str(label) for label, _short, _meaning in headings]
            yield from sheet_rows

    return stream_csv(rows(), filename)


def send(sheets, stem, fmt):
    if fmt not in FORMATS:
        raise Http404
    filename = _filename(stem, fmt)
    return send_csv(sheets, filename) if fmt == "csv" else send_xlsx(sheets, filename)


def matrix_response(selection, fmt):
    return send([(_("Cohort matrix"), matrix_headings(selection), matrix_body(selection))], _("cohort matrix"), fmt)


def when(value):
    """A time as exports hold it: in the institute's time zone, None for none. The CSV writes it as
    `YYYY-MM-DD HH:MM`, the XLSX as a date and time."""
    return timezone.localtime(value) if value else None


TRAINEE_MODULE_HEADINGS = [
    (gettext_lazy("Course"), gettext_lazy("Course"), gettext_lazy("The course the module belongs to.")),
    (gettext_lazy("Module"), gettext_lazy("Module"), gettext_lazy("The module's title.")),
    (gettext_lazy("Status"), gettext_lazy("Status"), gettext_lazy("Not started, in progress or complete.")),
    (gettext_lazy("Started"), gettext_lazy("Started"), gettext_lazy("When the trainee first opened the module.")),
    (gettext_lazy("Last seen"), gettext_lazy("Last seen"), gettext_lazy("When the trainee last opened the module.")),
    (
        gettext_lazy("Text read"),
        gettext_lazy("Text read"),
        gettext_lazy("When the trainee finished reading the module's text."),
    ),
    (gettext_lazy("Completed"), gettext_lazy("Completed"), gettext_lazy("When the trainee completed the module.")),
]
TRAINEE_ANSWER_HEADINGS = [
    (gettext_lazy("Quiz"), gettext_lazy("Quiz"), gettext_lazy("The quiz's title.")),
    (
        gettext_lazy("Attempt"),
        gettext_lazy("Attempt"),
        gettext_lazy("The attempt's number: 1 for the trainee's first."),
    ),
    (
        gettext_lazy("Status"),
        gettext_lazy("Status"),
        gettext_lazy("Whether the attempt is open, awaiting marking or finished."),
    ),
    (gettext_lazy("Started"), gettext_lazy("Started"), gettext_lazy("When the attempt was started.")),
    (gettext_lazy("Finished"), gettext_lazy("Finished"), gettext_lazy("When the attempt was submitted.")),
    (
        gettext_lazy("Attempt score (%)"),
        gettext_lazy("Score %"),
        gettext_lazy("The attempt's score in per cent; empty while it is open."),
    ),
    (
        gettext_lazy("Question"),
        gettext_lazy("Question"),
        gettext_lazy("The question's title, or the start of its text."),
    ),
    (gettext_lazy("Answer given"), gettext_lazy("Answer"), gettext_lazy("The trainee's answer.")),
    (
        gettext_lazy("Points"),
        gettext_lazy("Points"),
        gettext_lazy("The points given for the answer; empty until it is marked."),
    ),
    (gettext_lazy("Out of"), gettext_lazy("Out of"), gettext_lazy("The most points the question gives.")),
    (gettext_lazy("Feedback"), gettext_lazy("Feedback"), gettext_lazy("The marker's feedback to the trainee.")),
    (gettext_lazy("Marked by"), gettext_lazy("Marked by"), gettext_lazy("Who marked the answer.")),
]


def trainee_modules_rows(detail):
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


def extra_sheet(title, rows):
    """A sheet from a room above, its header row first: its headers are short already and it explains none."""
    rows = iter(rows)
    return (title, [(label, label, "") for label in next(rows, [])], rows)


def trainee_response(detail, fmt, extra_sheets=()):
    """The trainee's progress as one CSV or an XLSX (a sheet each): modules, quiz answers, then `extra_sheets`
    [(title, rows)] from rooms above (the practice studio's)."""
    sheets = [
        (_("Modules"), TRAINEE_MODULE_HEADINGS, trainee_modules_rows(detail)),
        (_("Quiz answers"), TRAINEE_ANSWER_HEADINGS, trainee_answers_rows(detail)),
        *(extra_sheet(title, rows) for title, rows in extra_sheets),
    ]
    return send(sheets, f"{detail.trainee.username} progress", fmt)
