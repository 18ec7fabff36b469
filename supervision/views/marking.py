"""Marking in the workspace: the queue of essays awaiting marking, the trainees' attempts, one attempt's page.

Whose attempts are shown and may be marked is `supervision.marking`'s rule; every mark is saved through
`supervision.marking.save_mark`, which refuses a post from a form someone else's mark has overtaken.
"""

from collections import defaultdict

from django.contrib import messages
from django.core.paginator import Paginator
from django.db.models import Count, Exists, OuterRef, Q
from django.http import HttpResponsePermanentRedirect
from django.shortcuts import get_object_or_404, redirect, render
from django.template.defaultfilters import floatformat
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from quizzes.models import Answer, AttemptStatus, MarkingEvent
from quizzes.review import review_rows
from supervision import marking
from supervision.forms import AttemptFilterForm, MarkForm
from supervision.marking import Outcome
from supervision.views import supervisor_required

QUEUE_PAGE_SIZE = 10
ATTEMPTS_PAGE_SIZE = 25


def _posted_answer(request, answers):
    answer_id = request.POST.get("answer_id", "")
    return get_object_or_404(answers, pk=int(answer_id) if answer_id.isdigit() else 0)


@require_http_methods(["GET", "POST"])
@supervisor_required
def queue(request):
    if request.method == "POST":
        return _mark_from_queue(request)
    page = _queue_page(request, request.GET.get("page"))
    # An essay awaiting marking has never been marked: its forms are at version 0.
    items = [(answer, MarkForm(answer)) for answer in page.object_list]
    return render(request, "supervision/marking_queue.html", {"page": page, "items": items})


def _queue_page(request, number):
    return Paginator(marking.awaiting_marking(request.user), QUEUE_PAGE_SIZE).get_page(number)


def _mark_from_queue(request):
    answer = _posted_answer(
        request,
        Answer.objects.select_related("slot", "attempt__user", "attempt__quiz").filter(
            attempt__in=marking.markable_attempts(request.user)
        ),
    )
    form = MarkForm(answer, request.POST)
    if not form.is_valid():
        messages.error(request, _("The mark was not saved: please correct the errors below."))
        page = _queue_page(request, request.POST.get("page"))
        items = [(item, form if item.pk == answer.pk else MarkForm(item)) for item in page.object_list]
        if answer.pk not in {item.pk for item, _form in items}:
            items.insert(0, (answer, form))
        return render(request, "supervision/marking_queue.html", {"page": page, "items": items}, status=400)
    names = {"trainee": answer.attempt.user.display_name, "quiz": answer.attempt.quiz.title}
    outcome = _save(request, answer, form)
    if outcome is Outcome.SAVED:
        messages.success(request, _("Mark saved for %(trainee)s (%(quiz)s).") % names)
    elif outcome is Outcome.UNCHANGED:
        messages.info(request, _("%(trainee)s's essay in %(quiz)s already has this mark; nothing changed.") % names)
    else:
        messages.warning(
            request,
            _(
                "%(trainee)s's essay in %(quiz)s had already been marked; your mark was not saved. "
                "Open the attempt to change the mark."
            )
            % names,
        )
    return redirect("supervision:marking")


def _save(request, answer, form):
    """Save a valid mark form through the one guard; the guard's Outcome."""
    data = form.cleaned_data
    return marking.save_mark(request.user, answer, form.seen, data["points"], data["feedback"], data["rubric"])


@require_GET
@supervisor_required
def attempts(request):
    """The trainees' finished attempts, to review them or change a mark."""
    form = AttemptFilterForm(request.GET or None)
    found = (
        marking.markable_attempts(request.user)
        .select_related("user", "quiz")
        .annotate(awaiting=Count("answers", filter=Q(answers__points__isnull=True)))
        .order_by("-finished_at", "-pk")
    )
    if form.is_valid():
        data = form.cleaned_data
        if data["user_filter"]:
            term = data["user_filter"]
            found = found.filter(
                Q(user__username__icontains=term)
                | Q(user__first_name__icontains=term)
                | Q(user__last_name__icontains=term)
            )
        if data["quiz_filter"]:
            found = found.filter(quiz__title__icontains=data["quiz_filter"])
        if data["status"]:
            found = found.filter(status=data["status"])
    # Exam papers are all listed; other quizzes' attempts only when someone must mark them or has.
    found = found.filter(
        Q(quiz__exam_paper=True)
        | Q(status=AttemptStatus.NEEDS_MARKING)
        | Exists(MarkingEvent.objects.filter(answer__attempt=OuterRef("pk")))
    )
    page = Paginator(found, ATTEMPTS_PAGE_SIZE).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request, "supervision/marking_attempts.html", {"form": form, "page": page, "query": query.urlencode()}
    )


@require_http_methods(["GET", "POST"])
@supervisor_required
def attempt(request, pk):
    """One attempt with every answer, where any answer's mark can be set or changed.

    An unfinished attempt of one's trainees opens too, read-only: it shows what is answered so far.
    Anyone else's attempt is a 404, as if it did not exist.
    """
    shown = get_object_or_404(
        marking.visible_attempts(request.user).select_related("user", "quiz__category__parent"), pk=pk
    )
    if request.method == "GET":
        return _attempt_page(request, shown)
    if shown.is_open:
        messages.error(request, _("This attempt is still in progress; it can be marked once it is finished."))
        return redirect("supervision:marking_attempt", pk=shown.pk)
    answer = _posted_answer(request, Answer.objects.select_related("slot").filter(attempt=shown))
    form = MarkForm(answer, request.POST)
    if not form.is_valid():
        return _attempt_page(request, shown, form, status=400)
    number = {"number": answer.slot.position}
    outcome = _save(request, answer, form)
    if outcome is Outcome.SAVED:
        messages.success(request, _("Mark saved for question %(number)s.") % number)
    elif outcome is Outcome.UNCHANGED:
        messages.info(request, _("Question %(number)s already has this mark; nothing changed.") % number)
    else:
        return _attempt_page(request, shown, _overtaken_form(answer, request.POST), status=409)
    return redirect("supervision:marking_attempt", pk=shown.pk)


def _overtaken_form(answer, data):
    """The refused form again, with the marker's entries kept but at the mark's current version (so that
    saving it again, now that the other mark is on the page, replaces it), saying what happened."""
    latest = MarkingEvent.objects.filter(answer=answer).select_related("marker").order_by("-pk").first()
    current = latest.pk if latest else 0
    form = MarkForm(answer, data.copy())
    form.data[form.add_prefix("version")] = current
    form.is_valid()
    if latest is None:  # only a form with a made-up version gets here
        form.add_error(None, _("Your mark was not saved: the page was out of date. Save again to mark."))
    else:
        form.add_error(
            None,
            _(
                "Your mark was not saved: %(marker)s changed this mark to %(points)s points after you opened "
                "the page. Your entries are kept below; save again to replace their mark."
            )
            % {
                "marker": latest.marker.display_name if latest.marker else _("someone since removed"),
                "points": floatformat(latest.new_points, "-2"),
            },
        )
    return form


def _attempt_page(request, shown, posted=None, status=200):
    events = defaultdict(list)
    for event in MarkingEvent.objects.filter(answer__attempt=shown).select_related("marker"):
        events[event.answer_id].append(event)
    rows = review_rows(shown)
    for row in rows:
        answer = row["answer"]
        if answer is not None:
            row["events"] = events[answer.pk]
            if posted is not None and posted.answer.pk == answer.pk:
                row["form"] = posted
            else:
                row["form"] = MarkForm(answer, version=marking.version(row["events"]))
    context = {"attempt": shown, "quiz": shown.quiz, "rows": rows}
    return render(request, "supervision/marking_attempt.html", context, status=status)


def moved(request, to, **kwargs):
    """The quizzes' former marking pages (`/quizzes/marking/...`), moved for good to the page `to`.

    308, not 301: a permanent redirect that keeps the method and body, so a marking form opened at the
    old address before the move is posted here and judged like any other (saved if still current,
    refused with an explanation if someone has marked since) instead of turning into a GET that drops it.
    """
    url = reverse(to, kwargs=kwargs)
    query = request.META.get("QUERY_STRING", "")
    return HttpResponsePermanentRedirect(f"{url}?{query}" if query else url, preserve_request=True)
