from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.db.models import Count, Exists, OuterRef, Q
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _

from quizzes import marking
from quizzes.forms import MarkForm, MarkingFilterForm
from quizzes.models import Answer, AttemptStatus, MarkingEvent
from quizzes.review import review_rows

PAGE_SIZE = 25


def marker_required(view):
    """Logged in (else the login page) and allowed to mark (else 403, not another login page)."""

    @login_required
    def wrapped(request, *args, **kwargs):
        if not marking.can_mark(request.user):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    wrapped.__name__ = view.__name__
    wrapped.__doc__ = view.__doc__
    return wrapped


@marker_required
def marking_list(request):
    form = MarkingFilterForm(request.GET or None)
    attempts = (
        marking.markable_attempts(request.user)
        .select_related("user", "quiz")
        .annotate(awaiting=Count("answers", filter=Q(answers__points__isnull=True)))
        .order_by("-finished_at", "-pk")
    )
    if form.is_valid():
        data = form.cleaned_data
        if data["user_filter"]:
            term = data["user_filter"]
            attempts = attempts.filter(
                Q(user__username__icontains=term)
                | Q(user__first_name__icontains=term)
                | Q(user__last_name__icontains=term)
            )
        if data["quiz_filter"]:
            attempts = attempts.filter(quiz__title__icontains=data["quiz_filter"])
        if data["status"]:
            attempts = attempts.filter(status=data["status"])
    # Exam papers are all listed; other quizzes' attempts only when someone must mark them.
    attempts = attempts.filter(
        Q(quiz__exam_paper=True)
        | Q(status=AttemptStatus.NEEDS_MARKING)
        | Exists(MarkingEvent.objects.filter(answer__attempt=OuterRef("pk")))
    )
    page = Paginator(attempts, PAGE_SIZE).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    return render(request, "quizzes/marking_list.html", {"form": form, "page": page, "query": query.urlencode()})


@marker_required
def marking_detail(request, pk):
    # Markers may open an unfinished attempt of their trainees too: it shows what is answered so far,
    # without marking. Anyone else's attempt is a 404, as if it did not exist.
    attempt = get_object_or_404(
        marking.visible_attempts(request.user).select_related("user", "quiz__category__parent"), pk=pk
    )
    if request.method == "POST":
        if attempt.is_open:
            messages.error(request, _("This attempt is still in progress; it can be marked once it is finished."))
            return redirect("quizzes:marking_detail", pk=attempt.pk)
        answer_id = request.POST.get("answer_id", "")
        answer = get_object_or_404(
            Answer.objects.select_related("slot"), pk=int(answer_id) if answer_id.isdigit() else 0, attempt=attempt
        )
        form = MarkForm(answer, request.POST)
        if form.is_valid():
            try:
                marking.mark(
                    answer.pk,
                    attempt.pk,
                    request.user,
                    form.cleaned_data["points"],
                    form.cleaned_data["feedback"],
                    form.cleaned_data["rubric"],
                )
            except ValidationError as error:
                messages.error(request, " ".join(error.messages))
            else:
                messages.success(request, _("Mark saved for question %(number)s.") % {"number": answer.slot.position})
            return redirect("quizzes:marking_detail", pk=attempt.pk)
        forms = {answer.pk: form}
    else:
        forms = {}
    rows = review_rows(attempt)
    for row in rows:
        if row["answer"] is not None:
            row["form"] = forms.get(row["answer"].pk) or MarkForm(row["answer"])
            row["events"] = list(row["answer"].marking_events.select_related("marker"))
    return render(request, "quizzes/marking_detail.html", {"attempt": attempt, "quiz": attempt.quiz, "rows": rows})
