"""The workspace's reports: overview, cohort matrix, trainee detail, modules and questions, exports."""

from django.db.models import Count
from django.http import Http404
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from quizzes.models import Quiz
from supervision import charts, exports, extensions, reports, statistics, trainee_detail
from supervision.forms import ModuleFilterForm, ReportFilterForm
from supervision.marking import awaiting_marking
from supervision.scope import get_trainee, supervised_cohorts, supervised_trainees
from supervision.views import supervisor_required


@require_GET
@supervisor_required
def overview(request):
    cohorts = (
        supervised_cohorts(request.user)
        .annotate(trainee_count=Count("trainees", distinct=True))
        .order_by("-starts_on", "name")
    )
    over_time = statistics.cohort_completion_over_time(cohorts)
    completion_chart = charts.line_chart(
        _("Completion over time"),
        [(cohort.name, points) for cohort, points in over_time.items()],
        y_label=_("Module completions done"),
        x_label=_("Week"),
    )
    coverage = [
        (
            item.cohort,
            charts.bar_chart(_("Cross-training coverage: %(cohort)s") % {"cohort": item.cohort.name}, item.bars),
        )
        for item in statistics.cross_training_coverage(cohorts)
    ]
    context = {
        "cohorts": [(cohort, (over_time.get(cohort) or [(None, 0)])[-1][1]) for cohort in cohorts],
        "individual_count": supervised_trainees(request.user).exclude(cohorts__in=cohorts).count(),
        "awaiting_count": awaiting_marking(request.user).count(),
        "completion_chart": completion_chart,
        "coverage": coverage,
    }
    return render(request, "supervision/overview.html", context)


def _filter_form(request):
    # Always bound: no filters at all is a valid report (all of one's trainees, as of today).
    return ReportFilterForm(request.user, request.GET)


def _selection(request, form):
    if not form.is_valid():
        return None
    data = form.cleaned_data
    return reports.select(
        request.user,
        cohort=data["cohort"],
        course=data["course"],
        track=data["track"],
        as_of=data["as_of"],
        sort=data["sort"],
    )


def _query_without(request, *keys):
    query = request.GET.copy()
    for key in keys:
        query.pop(key, None)
    return query.urlencode()


@require_GET
@supervisor_required
def matrix(request):
    form = _filter_form(request)
    selection = _selection(request, form)
    column_page, column_pages = (
        reports.show_column_page(selection, request.GET.get("columns")) if selection else (1, [])
    )
    result = reports.cohort_matrix(selection, request.GET.get("page")) if selection else None
    context = {
        "form": form,
        "matrix": result,
        "column_pages": _column_page_links(column_pages, column_page),
        "columns_query": _query_without(request, "page", "columns"),
        "sorts": reports.SORTS,
        "query": _query_without(request, "page"),
        "sort_query": _query_without(request, "page", "sort"),
        "export_query": _query_without(request, "page"),
        "current_sort": form.cleaned_data.get("sort") if form.is_valid() else reports.DEFAULT_SORT,
    }
    return render(request, "supervision/matrix.html", context)


def _column_page_links(pages, current):
    """[{number, course, first, last, split, current}] for the links to each page of columns (first and last
    counted within the course, from 1; `split` when the course needs more than one page)."""
    if len(pages) < 2:
        return []
    starts, blocks = {}, {}
    for course, first, _last in pages:
        starts.setdefault(course, first)
        blocks[course] = blocks.get(course, 0) + 1
    return [
        {
            "number": number,
            "course": course,
            "first": first - starts[course] + 1,
            "last": last - starts[course],
            "split": blocks[course] > 1,
            "current": number == current,
        }
        for number, (course, first, last) in enumerate(pages, start=1)
    ]


@require_GET
@supervisor_required
def matrix_export(request, fmt):
    form = _filter_form(request)
    selection = _selection(request, form)
    if selection is None:
        # A cohort that is not one's own (or any other bad filter) exports nothing.
        raise Http404(_("No such report."))
    return exports.matrix_response(selection, fmt)


@require_GET
@supervisor_required
def trainee(request, pk):
    person = get_trainee(request.user, pk)
    detail = trainee_detail.build(person)
    sections = extensions.trainee_sections(request, person)
    return render(request, "supervision/trainee.html", {"trainee": person, "detail": detail, "sections": sections})


@require_GET
@supervisor_required
def trainee_export(request, pk, fmt):
    person = get_trainee(request.user, pk)
    sheets = [(section.sheet_title, section.rows) for section in extensions.trainee_sections(request, person)]
    return exports.trainee_response(trainee_detail.build(person), fmt, [sheet for sheet in sheets if sheet[0]])


def _module_form(request):
    form = ModuleFilterForm(request.user, request.GET)
    cohort = form.cleaned_data["cohort"] if form.is_valid() else None
    return form, cohort


@require_GET
@supervisor_required
def modules(request):
    form, cohort = _module_form(request)
    selection = reports.select(request.user, cohort=cohort) if not form.errors else None
    rows = []
    if selection is not None:
        trainee_count = selection.trainees.count()
        reports.fill_column_totals(selection, trainee_count)
        for column in selection.columns:
            bins = [(label, n) for (label, _empty), n in zip(charts.score_bins([]), column.score_bins, strict=True)]
            rows.append((column, charts.mini_histogram(bins) if column.score_count else None))
    return render(
        request,
        "supervision/modules.html",
        {"form": form, "selection": selection, "rows": rows, "query": _query_without(request)},
    )


@require_GET
@supervisor_required
def module(request, pk):
    form, cohort = _module_form(request)
    if form.errors:
        raise Http404(_("No such report."))
    selection = reports.select(request.user, cohort=cohort)
    column = next((c for c in selection.columns if c.module.pk == pk), None)
    if column is None:
        # Not a module of the supervisor's trainees' courses: nothing to report.
        raise Http404(_("No such module in your reports."))
    trainee_count = selection.trainees.count()
    trainee_ids = selection.trainees.values("pk")
    completions = statistics.module_completions(column.module, trainee_ids)
    scores = statistics.module_scores(selection, column, trainee_ids)
    quizzes = Quiz.objects.filter(pk__in=column.quiz_ids).order_by("title")
    question_tables = [(quiz, statistics.question_statistics(quiz, trainee_ids)) for quiz in quizzes]
    context = {
        "form": form,
        "cohort": cohort,
        "module": column.module,
        "course": column.course,
        "trainee_count": trainee_count,
        "completed": sum(n for _day, n in completions.items()),
        "completion_chart": charts.line_chart(
            _("Trainees who completed the module, over time"),
            [(cohort.name if cohort else _("All my trainees"), statistics.module_series(completions, trainee_count))],
            y_label=_("Trainees"),
        ),
        "score_chart": charts.histogram(
            _("Quiz score distribution"), charts.score_bins(scores), x_label=_("Score"), y_label=_("Trainees")
        ),
        "scores": scores,
        "question_tables": question_tables,
        "min_for_discrimination": statistics.MIN_FOR_DISCRIMINATION,
        "query": _query_without(request),
        "can_edit_questions": request.user.has_perm("quizzes.change_question"),
    }
    return render(request, "supervision/module.html", context)
