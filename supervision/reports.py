"""The cohort matrix: trainees as rows, modules as columns, in a fixed number of queries.

Rows are sorted and paginated by the database (totals per trainee are annotations), so only one
page of trainees is ever turned into Python objects; the per-module totals are aggregates over every
trainee the filters select. Exports walk the same rows in chunks (`iter_rows`) so memory stays flat.

Dates: with an "as of" date, everything is shown as it stood at the end of that day (in the site's
time zone): work started or completed later counts as not started or in progress, and later quiz
attempts are left out.
"""

import datetime
import hashlib
import itertools
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal
from operator import itemgetter

from django.core.cache import cache
from django.core.paginator import Paginator
from django.db import connection
from django.db.models import (
    BigIntegerField,
    Case,
    Count,
    F,
    FloatField,
    IntegerField,
    Max,
    Min,
    Q,
    Sum,
    Value,
    When,
)
from django.db.models.functions import Cast, Lower, Mod, Round
from django.db.models.signals import m2m_changed
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from courses import page_cache
from courses.models import CoursePage
from learning.choices import ProgressStatus
from learning.completion import modules_of
from learning.models import Cohort, CrossTrainingModule, ModuleProgress
from learning.signals import modules_completed
from quizzes import scoring
from quizzes.models import Attempt, GradingMethod, Quiz
from quizzes.signals import attempt_scored
from supervision import extensions
from supervision.scope import supervised_cohorts, supervised_trainees

PAGE_SIZE = 50
EXPORT_CHUNK = 500
# At most this many module columns on a page: with more, the page shows one course's modules (in blocks of this
# many) at a time, and links to the others.
MAX_COLUMNS = 40
# A cohort's totals per module are kept this long at most, or until a completion, a mark or a membership moves
# the cohort's version (`forget_totals`).
TOTALS_SECONDS = 15 * 60


SORTS = {
    "name": (_("Name, A to Z"), ["name_key", "username"]),
    "-name": (_("Name, Z to A"), ["-name_key", "-username"]),
    "-progress": (_("Most progress first"), ["-done", "name_key", "username"]),
    "progress": (_("Least progress first"), ["done", "name_key", "username"]),
    "-cross": (_("Most cross-training first"), [F("cross_percent").desc(nulls_last=True), "name_key", "username"]),
    "cross": (_("Least cross-training first"), [F("cross_percent").asc(nulls_last=True), "name_key", "username"]),
    "-activity": (_("Active most recently first"), [F("last_activity").desc(nulls_last=True), "name_key", "username"]),
    "activity": (_("Inactive longest first"), [F("last_activity").asc(nulls_first=True), "name_key", "username"]),
}
DEFAULT_SORT = "name"


def end_of_day(day):
    """The last moment of `day` in the current time zone, or None for "now"."""
    if day is None:
        return None
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time.max))


@dataclass
class Column:
    module: object
    course: object
    quiz_ids: tuple
    completed: int = 0
    completion_rate: int = 0
    score_sum: Decimal = Decimal("0")
    score_count: int = 0
    score_bins: list = field(default_factory=lambda: [0] * 10)  # trainees per 10-point band of the score

    def score(self, grades):
        """The module's score from one trainee's {quiz id: grade}: the mean over the module's quizzes they
        attempted, or None when they attempted none."""
        values = [grades[pk] for pk in self.quiz_ids if pk in grades]
        return sum(values, Decimal("0")) / len(values) if values else None

    @property
    def mean_score(self):
        return scoring.rounded(self.score_sum / self.score_count) if self.score_count else None


@dataclass
class Cell:
    status: str
    score: int | None = None  # the module's quiz grade, rounded percent; None when not attempted
    passed: bool | None = None

    @property
    def label(self):
        return ProgressStatus(self.status).label


@dataclass
class Row:
    trainee: object
    cells: list
    done: int
    total: int
    cross_done: int
    cross_total: int
    last_activity: datetime.datetime | None = None
    extras: list = field(default_factory=list)  # the texts of the columns rooms above add (extensions)

    @property
    def percent(self):
        return round(100 * self.done / self.total) if self.total else 0

    @property
    def cross_percent(self):
        return round(100 * self.cross_done / self.cross_total) if self.cross_total else None


@dataclass
class Selection:
    """What the filters chose: whose rows, which columns, as of when."""

    trainees: object  # queryset of users
    courses: list
    columns: list
    quizzes: dict  # {quiz id: Quiz}
    goals: dict  # {home modality: [module ids]}
    cutoff: datetime.datetime | None
    sort: str = DEFAULT_SORT
    extra_columns: list = field(default_factory=list)  # extensions.MatrixColumn, after the matrix's own
    totals_scope: str = ""  # with a cohort: whose totals these are, for keeping them (`cached_column_totals`)
    cohort_id: int | None = None


def select(user, cohort=None, course=None, track="", as_of=None, sort=DEFAULT_SORT):
    """The trainees `user` supervises (in `cohort` if given) and the modules of the chosen courses.

    Five queries: courses, modules, quizzes, the cross-training goals' modules, nothing per trainee.
    """
    trainees = supervised_trainees(user)  # a plain filter on users, no join: safe to annotate and count
    if cohort is not None:
        trainees = trainees.filter(cohorts=cohort)
    if course is not None:
        courses = CoursePage.objects.live().filter(pk=course.pk)
    elif cohort is not None:
        courses = cohort.courses.live()
    else:
        courses = CoursePage.objects.live().filter(
            Q(cohorts__in=supervised_cohorts(user)) | Q(enrolments__user__in=trainees.values("pk"))
        )
    if track:
        courses = courses.filter(track=track)
    courses = list(courses.distinct().order_by("path"))
    modules = modules_of(courses)
    by_path = {c.path: c for c in courses}
    columns = [Column(module, by_path.get(module.course_path), module.placed_quiz_ids()) for module in modules]
    quiz_ids = {pk for column in columns for pk in column.quiz_ids}
    quizzes = {
        q.pk: q
        for q in Quiz.objects.filter(pk__in=quiz_ids, draft=False).only("pk", "title", "grading_method", "pass_mark")
    }
    for column in columns:
        column.quiz_ids = tuple(pk for pk in column.quiz_ids if pk in quizzes)
    goals = defaultdict(list)
    goal_rows = CrossTrainingModule.objects.filter(module__live=True).order_by("sort_order", "pk")
    for modality, module_id in goal_rows.values_list("goal__home_modality", "module_id"):
        goals[modality].append(module_id)
    cutoff = end_of_day(as_of)
    selection = Selection(trainees, courses, columns, quizzes, dict(goals), cutoff, sort, extensions.matrix_columns())
    if cohort is not None:
        selection.totals_scope = f"{cohort.pk}:{user.pk}"  # the supervisor's own trainees of the cohort
        selection.cohort_id = cohort.pk
    return selection


def _completed(prefix, cutoff):
    condition = Q(**{f"{prefix}completed_at__isnull": False})
    if cutoff is not None:
        condition &= Q(**{f"{prefix}completed_at__lte": cutoff})
    return condition


def annotated_trainees(selection):
    """The selection's trainees with their totals, sorted: one query to count, one per page or chunk."""
    module_ids = [c.module.pk for c in selection.columns]
    done = _completed("module_progress__", selection.cutoff)
    cross = Q(pk__in=[])
    cross_percent_cases = []
    for modality, ids in selection.goals.items():
        cross |= Q(home_modality=modality, module_progress__module_id__in=ids)
        cross_percent_cases.append(
            When(
                home_modality=modality,
                then=Cast(F("cross_done"), FloatField()) * Value(100.0) / Value(float(len(ids))),
            )
        )
    seen = Q()
    if selection.cutoff is not None:
        seen = Q(module_progress__last_seen_at__lte=selection.cutoff)
    queryset = selection.trainees.annotate(
        name_key=Lower(F("last_name")),
        done=Count("module_progress", filter=done & Q(module_progress__module_id__in=module_ids)),
        cross_done=Count("module_progress", filter=done & cross),
        last_activity=Max("module_progress__last_seen_at", filter=seen),
    ).annotate(cross_percent=Case(*cross_percent_cases, default=Value(None), output_field=FloatField()))
    return queryset.order_by(*SORTS.get(selection.sort, SORTS[DEFAULT_SORT])[1])


def _status(started_at, completed_at, cutoff):
    if completed_at is not None and (cutoff is None or completed_at <= cutoff):
        return ProgressStatus.COMPLETE
    if started_at is not None and (cutoff is None or started_at <= cutoff):
        return ProgressStatus.IN_PROGRESS
    return ProgressStatus.NOT_STARTED


def _grades(selection, trainee_ids):
    """{(trainee id, quiz id): grade} by each quiz's grading method (one query)."""
    if not selection.quizzes or not trainee_ids:
        return {}
    attempts = Attempt.objects.done().filter(user_id__in=trainee_ids, quiz_id__in=list(selection.quizzes))
    if selection.cutoff is not None:
        attempts = attempts.filter(finished_at__lte=selection.cutoff)
    percents = defaultdict(list)
    for user_id, quiz_id, pct in attempts.order_by("number").values_list("user_id", "quiz_id", "percent"):
        percents[(user_id, quiz_id)].append(pct)
    return {key: scoring.grade(values, selection.quizzes[key[1]].grading_method) for key, values in percents.items()}


def _progress(selection, trainee_ids):
    """{(trainee id, module id): (started_at, completed_at)} (one query)."""
    rows = ModuleProgress.objects.filter(
        user_id__in=trainee_ids, module_id__in=[c.module.pk for c in selection.columns]
    ).values_list("user_id", "module_id", "started_at", "completed_at")
    return {(user_id, module_id): (started, completed) for user_id, module_id, started, completed in rows}


def build_rows(selection, trainees):
    """Rows for `trainees` (annotated users, already in order): two queries whatever their number, and one per
    column that a room above adds."""
    ids = [t.pk for t in trainees]
    progress = _progress(selection, ids)
    grades = _grades(selection, ids)
    extras = [(column, column.values(ids, selection.cutoff)) for column in selection.extra_columns]
    total = len(selection.columns)
    rows = []
    for trainee in trainees:
        cells = []
        for column in selection.columns:
            started, completed = progress.get((trainee.pk, column.module.pk), (None, None))
            score, passed = _cell_score(selection, column, trainee.pk, grades)
            status = _status(started, completed, selection.cutoff)
            cells.append(Cell(status, score, passed))
        goal = selection.goals.get(trainee.home_modality, [])
        texts = [values.get(trainee.pk, column.empty) for column, values in extras]
        row = Row(trainee, cells, trainee.done, total, trainee.cross_done, len(goal), trainee.last_activity, texts)
        rows.append(row)
    return rows


def _cell_score(selection, column, trainee_id, grades):
    """(rounded module score, every quiz of the module passed?) for one trainee, or (None, None)."""
    own = {pk: grades[(trainee_id, pk)] for pk in column.quiz_ids if (trainee_id, pk) in grades}
    score = column.score(own)
    if score is None:
        return None, None
    passed = len(own) == len(column.quiz_ids) and all(
        scoring.has_passed(grade, selection.quizzes[pk].pass_mark) for pk, grade in own.items()
    )
    return scoring.rounded(score), passed


def stream_grades(selection, trainee_ids, quiz_ids=None):
    """(trainee id, {quiz id: grade}) for each trainee with finished attempts, through one cursor.

    The attempts are read in order and grouped as they come, so memory holds one trainee at a time.
    """
    quiz_ids = list(selection.quizzes if quiz_ids is None else quiz_ids)
    if not quiz_ids:
        return
    attempts = Attempt.objects.done().filter(user_id__in=trainee_ids, quiz_id__in=quiz_ids)
    if selection.cutoff is not None:
        attempts = attempts.filter(finished_at__lte=selection.cutoff)
    rows = attempts.order_by("user_id", "quiz_id", "number").values_list("user_id", "quiz_id", "percent")
    for user_id, group in itertools.groupby(rows.iterator(chunk_size=2000), key=itemgetter(0)):
        percents = defaultdict(list)
        for _user_id, quiz_id, pct in group:
            percents[quiz_id].append(pct)
        yield user_id, {pk: scoring.grade(v, selection.quizzes[pk].grading_method) for pk, v in percents.items()}


def fill_column_totals(selection, trainee_count):
    """Completion rate, mean score and score bands per module over every selected trainee (two queries, whatever
    the number of trainees: the database counts and adds, Python reads a few rows per module)."""
    if not selection.columns or not trainee_count:
        return
    ids = selection.trainees.values("pk")
    completed = dict(
        ModuleProgress.objects.filter(
            _completed("", selection.cutoff), user_id__in=ids, module_id__in=[c.module.pk for c in selection.columns]
        )
        .values("module_id")
        .annotate(n=Count("pk"))
        .values_list("module_id", "n")
    )
    for column in selection.columns:
        column.completed = completed.get(column.module.pk, 0)
        column.completion_rate = round(100 * column.completed / trainee_count)
    by_module = {column.module.pk: column for column in selection.columns}
    for module_id, quizzes, band, trainees, hundredths in _score_bands(selection, ids):
        column = by_module[module_id]
        column.score_count += trainees
        column.score_bins[band] += trainees
        # Each trainee's score is their grades' sum over the quizzes they attempted, divided by that number:
        # exact (as Column.score) when the module has one quiz.
        column.score_sum += Decimal(hundredths) / (100 * quizzes)


# An attempt's number and percent in one integer (number × SHIFT + hundredths of a percent, which are at most
# 10,000), so that MIN and MAX find the first and the latest attempt's percent without a window function.
_SHIFT = 16384


def _hundredths(expression):
    return Cast(Round(expression * Value(100)), IntegerField())


def _numbered():
    return Cast(F("number"), BigIntegerField()) * Value(_SHIFT) + _hundredths(F("percent"))


def _average():
    """The mean of the percents in hundredths, rounded half up: (2 × sum + n) ÷ (2 × n) in integers."""
    return (2 * _hundredths(Sum("percent")) + Count("pk")) / (2 * Count("pk"))


# Each grading method's grade in hundredths of a percent, as an aggregate over a trainee's finished attempts at a
# quiz, oldest first: what scoring.grade() works out, in the database.
_GRADES = {
    GradingMethod.HIGHEST: lambda: _hundredths(Max("percent")),
    GradingMethod.FIRST: lambda: Mod(Min(_numbered()), Value(_SHIFT), output_field=IntegerField()),
    GradingMethod.LATEST: lambda: Mod(Max(_numbered()), Value(_SHIFT), output_field=IntegerField()),
    GradingMethod.AVERAGE: _average,
}


def _quiz_grades(selection, trainee_ids, quiz_ids):
    """Per trainee and quiz: the grade in hundredths of a percent (`grade`), from their finished attempts, by the
    quiz's grading method (the aggregates of the methods these quizzes use, no others)."""
    attempts = Attempt.objects.done().filter(user_id__in=trainee_ids, quiz_id__in=quiz_ids)
    if selection.cutoff is not None:
        attempts = attempts.filter(finished_at__lte=selection.cutoff)
    by_method = defaultdict(list)
    for pk in quiz_ids:
        by_method[selection.quizzes[pk].grading_method].append(pk)
    # Which quiz has which method is known here: no join to the quizzes, no grouping by a text column.
    grade = Case(
        *[When(quiz_id__in=ids, then=_GRADES[method]()) for method, ids in sorted(by_method.items())],
        output_field=IntegerField(),
    )
    # An integer, not PostgreSQL's bigint, whose sums would be decimals.
    return attempts.order_by().values("user_id", "quiz_id").annotate(grade=Cast(grade, IntegerField()))


def _score_bands(selection, trainee_ids):
    """(module id, quizzes attempted, score band, trainees, sum of their grades in hundredths) for the trainees
    with a score in each module (one query).

    A trainee's score in a module is the mean of their grades at the module's quizzes they attempted (Column.score);
    its band is its tens (0–9, 100 in the last), as `score_bins` counts them. Trainees are grouped by module, number
    of quizzes attempted and band, so the rows are a few per module whatever the number of trainees.
    """
    placed = [(column.module.pk, pk) for column in selection.columns for pk in column.quiz_ids]
    if not placed:
        return []
    quiz_ids = sorted({pk for _module_id, pk in placed})  # the columns shown, not every column of the selection
    grades_sql, grades_params = _quiz_grades(selection, trainee_ids, quiz_ids).query.sql_with_params()
    # A quiz placed in more than one module, or twice in one, counts in each place, as Column.score counts it.
    values = ", ".join(["(%s, %s)"] * len(placed))
    # Only placeholders and the ORM's own SQL are put into the text; every value is a parameter.
    sql = f"""
        WITH placed (module, quiz) AS (VALUES {values}),
        scores AS (
            SELECT placed.module, grades.user_id, COUNT(*) AS quizzes, SUM(grades.grade) AS hundredths
            FROM ({grades_sql}) grades JOIN placed ON placed.quiz = grades.quiz_id
            GROUP BY placed.module, grades.user_id
        )
        SELECT module, quizzes,
            CASE WHEN hundredths >= 9000 * quizzes THEN 9 ELSE hundredths / (1000 * quizzes) END AS band,
            COUNT(*), SUM(hundredths)
        FROM scores
        GROUP BY module, quizzes, band
        ORDER BY module, quizzes, band
    """  # noqa: S608
    with connection.cursor() as cursor:
        cursor.execute(sql, [*itertools.chain.from_iterable(placed), *grades_params])
        return cursor.fetchall()


def _totals_version(cohort_id):
    return cache.get(f"matrix-totals-version:{cohort_id}", 0)


def _totals_key(selection, trainee_count):
    module_ids = ",".join(str(column.module.pk) for column in selection.columns)
    digest = hashlib.sha256(f"{module_ids}|{selection.cutoff}|{trainee_count}".encode()).hexdigest()
    version = _totals_version(selection.cohort_id)
    return f"matrix-totals:{selection.totals_scope}:{version}:{page_cache.generation()}:{digest}"


def cached_column_totals(selection, trainee_count):
    """`fill_column_totals`, kept per cohort and supervisor until a trainee of the cohort completes a module, is
    marked or scored, joins or leaves, or anything is published (no query then); without a cohort, computed."""
    if not selection.totals_scope or not selection.columns or not trainee_count:
        fill_column_totals(selection, trainee_count)
        return
    key = _totals_key(selection, trainee_count)
    kept = cache.get(key)
    if kept is None:
        fill_column_totals(selection, trainee_count)
        kept = {
            column.module.pk: (column.completed, column.score_sum, column.score_count, column.score_bins)
            for column in selection.columns
        }
        cache.set(key, kept, TOTALS_SECONDS)
        return
    for column in selection.columns:
        column.completed, column.score_sum, column.score_count, column.score_bins = kept[column.module.pk]
        column.completion_rate = round(100 * column.completed / trainee_count)


def forget_totals(cohort_ids):
    for cohort_id in cohort_ids:
        key = f"matrix-totals-version:{cohort_id}"
        if not cache.add(key, 1, timeout=None):
            try:
                cache.incr(key)
            except ValueError:  # gone between the two calls
                cache.set(key, 1, timeout=None)


def _forget_trainees_totals(user_id):
    forget_totals(Cohort.trainees.through.objects.filter(user_id=user_id).values_list("cohort_id", flat=True))


def _on_attempt_scored(sender, attempt, **kwargs):
    _forget_trainees_totals(attempt.user_id)


def _on_modules_completed(sender, user, **kwargs):
    _forget_trainees_totals(user.pk)


def _on_members_changed(sender, instance, action, reverse, pk_set, **kwargs):
    """Trainees joined or left a cohort (from the cohort's side), or a trainee joined or left cohorts."""
    if not action.startswith("post_"):
        return
    forget_totals((pk_set or []) if reverse else [instance.pk])


def register_signal_handlers():
    attempt_scored.connect(_on_attempt_scored, dispatch_uid="supervision_totals_scored")
    modules_completed.connect(_on_modules_completed, dispatch_uid="supervision_totals_completed")
    m2m_changed.connect(_on_members_changed, sender=Cohort.trainees.through, dispatch_uid="supervision_totals_members")


def column_pages(columns, size=MAX_COLUMNS):
    """[(course, first, last)]: the slices of `columns` shown one page at a time, each course's modules in blocks
    of at most `size`; one page of everything when they fit."""
    if len(columns) <= size:
        return [(None, 0, len(columns))]
    pages = []
    for course, group in itertools.groupby(enumerate(columns), key=lambda pair: pair[1].course):
        indexes = [index for index, _column in group]
        for start in range(0, len(indexes), size):
            block = indexes[start : start + size]
            pages.append((course, block[0], block[-1] + 1))
    return pages


def show_column_page(selection, number):
    """Keep only the columns of page `number` (1-based; out of range or garbled: the nearest). Returns
    (the page's number, the pages) for the template's links."""
    pages = column_pages(selection.columns)
    try:
        number = min(max(int(number or 1), 1), len(pages))
    except (TypeError, ValueError):
        number = 1
    _course, first, last = pages[number - 1]
    selection.columns = selection.columns[first:last]
    return number, pages


@dataclass
class Matrix:
    selection: Selection
    page: object
    rows: list
    trainee_count: int

    @property
    def columns(self):
        return self.selection.columns

    @property
    def course_groups(self):
        """[(course, number of its columns)] for the header row that spans each course's modules."""
        groups = []
        for column in self.columns:
            if groups and groups[-1][0] == column.course:
                groups[-1][1] += 1
            else:
                groups.append([column.course, 1])
        return groups


# Sorts that need no trainee's totals: the page's trainees are chosen first, and only theirs are worked out.
NAME_SORTS = {"name", "-name"}


def cohort_matrix(selection, page_number=1, page_size=PAGE_SIZE):
    paginator = Paginator(annotated_trainees(selection), page_size)
    # The same number as the annotated rows', counted without working out every trainee's totals first.
    paginator.count = selection.trainees.count()
    page = paginator.get_page(page_number)
    trainees = page.object_list
    sort = selection.sort if selection.sort in SORTS else DEFAULT_SORT
    if sort in NAME_SORTS:
        # The same trainees in the same order (usernames are unique), in one query that sorts the trainees by name
        # and works out the totals of this page's only, instead of every trainee's before sorting.
        start = (page.number - 1) * page_size
        by_name = selection.trainees.annotate(name_key=Lower(F("last_name"))).order_by(*SORTS[sort][1])
        trainees = annotated_trainees(selection).filter(pk__in=by_name.values("pk")[start : start + page_size])
    rows = build_rows(selection, list(trainees))
    cached_column_totals(selection, paginator.count)
    return Matrix(selection, page, rows, paginator.count)


def iter_rows(selection, chunk=EXPORT_CHUNK):
    """Every row in order, `chunk` trainees at a time: memory holds one chunk, whatever the total.

    The sorted trainees come through one database cursor read in chunks (a server-side cursor on
    PostgreSQL); each chunk costs two more queries for its cells.
    """
    batch = []
    for trainee in annotated_trainees(selection).iterator(chunk_size=chunk):
        batch.append(trainee)
        if len(batch) == chunk:
            yield from build_rows(selection, batch)
            batch = []
    if batch:
        yield from build_rows(selection, batch)
