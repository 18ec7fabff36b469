"""The supervisor workspace. Every view asks `supervision.scope` whose work it may show."""

from functools import wraps

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.db import transaction
from django.db.models import Count
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from quizzes import marking
from quizzes.forms import MarkForm
from quizzes.models import Answer, AttemptStatus, Quiz
from supervision import charts, exports, reports, statistics, trainee_detail
from supervision.forms import ModuleFilterForm, ReportFilterForm
from supervision.scope import can_supervise, get_trainee, supervised_cohorts, supervised_trainees

QUEUE_PAGE_SIZE = 10


def supervisor_required(view):
    """Logged in (else the login page) and a supervisor or site administrator (else 403)."""

    @login_required
    @wraps(view)
    def wrapped(request, *args, **kwargs):
        if not can_supervise(request.user):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return wrapped


def awaiting_marking(user):
    """Essays of `user`'s trainees awaiting marking, oldest first."""
    return (
        Answer.objects.filter(
            attempt__in=marking.markable_attempts(user).filter(status=AttemptStatus.NEEDS_MARKING),
            points__isnull=True,
        )
        .select_related("attempt__quiz", "attempt__user", "slot")
        .order_by("attempt__finished_at", "answered_at", "pk")
    )


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
    result = reports.cohort_matrix(selection, request.GET.get("page")) if selection else None
    context = {
        "form": form,
        "matrix": result,
        "sorts": reports.SORTS,
        "query": _query_without(request, "page"),
        "sort_query": _query_without(request, "page", "sort"),
        "export_query": _query_without(request, "page"),
        "current_sort": form.cleaned_data.get("sort") if form.is_valid() else reports.DEFAULT_SORT,
    }
    return render(request, "supervision/matrix.html", context)


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
    return render(request, "supervision/trainee.html", {"trainee": person, "detail": detail})


@require_GET
@supervisor_required
def trainee_export(request, pk, fmt):
    person = get_trainee(request.user, pk)
    return exports.trainee_response(trainee_detail.build(person), fmt)


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


@require_http_methods(["GET", "POST"])
@supervisor_required
def marking_queue(request):
    if not marking.can_mark(request.user):
        raise PermissionDenied
    if request.method == "POST":
        return _mark_from_queue(request)
    page = _queue_page(request, request.GET.get("page"))
    items = [(answer, MarkForm(answer)) for answer in page.object_list]
    return render(request, "supervision/marking_queue.html", {"page": page, "items": items})


def _queue_page(request, number):
    return Paginator(awaiting_marking(request.user), QUEUE_PAGE_SIZE).get_page(number)


def _mark_from_queue(request):
    """Mark one essay from the queue. Only an essay still awaiting marking can be marked here, so a
    replayed post, or two supervisors marking the same essay at once, never overwrites a mark."""
    answer_id = request.POST.get("answer", "")
    answer = get_object_or_404(
        Answer.objects.select_related("slot", "attempt__user", "attempt__quiz"),
        pk=int(answer_id) if answer_id.isdigit() else 0,
        attempt__in=marking.markable_attempts(request.user),
    )
    form = MarkForm(answer, request.POST)
    if not form.is_valid():
        messages.error(request, _("The mark was not saved: please correct the errors below."))
        page = _queue_page(request, request.POST.get("page"))
        items = [(item, form if item.pk == answer.pk else MarkForm(item)) for item in page.object_list]
        if answer.pk not in {item.pk for item, _form in items}:
            items.insert(0, (answer, form))
        return render(request, "supervision/marking_queue.html", {"page": page, "items": items}, status=400)
    with transaction.atomic():
        locked = Answer.objects.select_for_update().get(pk=answer.pk)
        if locked.points is not None:
            messages.warning(
                request,
                _(
                    "%(trainee)s's essay in %(quiz)s had already been marked; your mark was not saved. "
                    "Open the attempt to change the mark."
                )
                % {"trainee": answer.attempt.user.display_name, "quiz": answer.attempt.quiz.title},
            )
            return redirect("supervision:marking")
        try:
            marking.mark(
                answer.pk,
                answer.attempt_id,
                request.user,
                form.cleaned_data["points"],
                form.cleaned_data["feedback"],
                form.cleaned_data["rubric"],
            )
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
            return redirect("supervision:marking")
    messages.success(
        request,
        _("Mark saved for %(trainee)s (%(quiz)s).")
        % {"trainee": answer.attempt.user.display_name, "quiz": answer.attempt.quiz.title},
    )
    return redirect(reverse("supervision:marking"))
