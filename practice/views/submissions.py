"""One submission: its page, its files (recording, poster, chapters), retrying its processing, the self-rating."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse, HttpResponseRedirect, JsonResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from courses import ranges
from practice import access, conf, rating, storage, submitting
from practice.models import Comment, Rating, RatingKind, RecordingView
from practice.tasks import record_view


def _visible(request, pk):
    return access.get_submission(
        access.visible_submissions(request.user).select_related(
            "exercise__rubric", "exercise__model_response", "trainee"
        ),
        pk,
    )


def _note_view(request, submission):
    if request.user.pk != submission.trainee_id:
        # The log is written by a task, not by this GET: reading a recording changes nothing here.
        record_view.enqueue(str(submission.pk), request.user.pk)


def published_ratings(submission):
    return list(
        Rating.objects.filter(submission=submission, published_at__isnull=False)
        .exclude(kind=RatingKind.REFERENCE)
        .select_related("rater")
        .prefetch_related("scores", "comments__technique")
        .order_by("published_at")
    )


def comparison_rows(rubric, ratings):
    """[(domain, item, [score or label per rating])]: the rubric's items with each rating's score beside them."""
    by_rating = [{score.item_id: score for score in r.scores.all()} for r in ratings]
    rows = []
    for domain, items in rubric.domains():
        for item in items:
            cells = []
            for scores in by_rating:
                found = scores.get(item.pk)
                if found is None:
                    cells.append("–")
                elif found.not_applicable:
                    cells.append(_("n/a"))
                elif item.is_ordinal:
                    cells.append(str(found.score))
                else:
                    cells.append(_("Present") if found.score else _("Absent"))
            rows.append((domain, item, cells))
    return rows


@require_GET
@login_required
def submission(request, pk):
    submission = _visible(request, pk)
    is_owner = request.user.pk == submission.trainee_id
    if submission.is_ready:
        _note_view(request, submission)
    ratings = published_ratings(submission)
    observers = [r for r in ratings if r.kind == RatingKind.OBSERVER]
    own = next((r for r in ratings if r.kind == RatingKind.SELF), None)
    columns = [*observers, *([own] if own else [])]
    rubric = submission.exercise.rubric
    comments = [(comment, r) for r in observers for comment in r.comments.all()]
    comments.sort(key=lambda pair: pair[0].seconds)
    return render(
        request,
        "practice/submission.html",
        {
            "submission": submission,
            "exercise": submission.exercise,
            "rubric": rubric,
            "is_owner": is_owner,
            "columns": columns,
            "rows": comparison_rows(rubric, columns) if columns else [],
            "observers": observers,
            "self_rating": own,
            "comments": comments,
            "views": RecordingView.objects.filter(submission=submission).select_related("viewer")[:200]
            if is_owner
            else [],
            "can_retry": (is_owner or request.user.is_superuser) and submitting.can_retry(submission),
            "can_rate": access.ratable_submissions(request.user).filter(pk=submission.pk).exists(),
        },
    )


@require_GET
@login_required
def status(request, pk):
    submission = _visible(request, pk)
    return JsonResponse(
        {"status": submission.status, "label": submission.get_status_display(), "reason": submission.failure_reason}
    )


@require_GET
@login_required
def recording(request, pk):
    submission = _visible(request, pk)
    if not submission.is_ready:
        raise Http404
    range_header = request.headers.get("Range", "")
    if not range_header or range_header.startswith("bytes=0-"):
        _note_view(request, submission)
    return _send(request, submission, submission.recording, submission.content_type)


@require_GET
@login_required
def poster(request, pk):
    submission = _visible(request, pk)
    if not submission.is_ready or not submission.poster:
        raise Http404
    return _send(request, submission, submission.poster, "image/jpeg")


def _send(request, submission, name, content_type):
    """The file, by Django, by the front server (PRACTICE_X_ACCEL_PREFIX) or by the object storage through a
    short-lived signed URL (PRACTICE_OBJECT_STORAGE); access is checked already."""
    if conf.object_storage() is not None:
        response = HttpResponseRedirect(storage.signed_url(submission, name))
        response["Cache-Control"] = "private, no-store"
        return response
    prefix = conf.accel_prefix()
    if not prefix:
        return ranges.send(request, storage.path(submission, name), content_type)
    if not storage.path(submission, name).is_file():
        raise Http404
    response = HttpResponse(content_type=content_type)
    response["X-Accel-Redirect"] = f"{prefix}{submission.pk}/{name}"
    response["Cache-Control"] = "private, no-store"
    return response


def _timestamp(seconds):
    seconds = float(seconds)
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{int(hours):02d}:{int(minutes):02d}:{secs:06.3f}"


@require_GET
@login_required
def chapters(request, pk):
    """The published observers' comments as a WebVTT chapters track: each runs to the next comment."""
    submission = _visible(request, pk)
    comments = list(
        Comment.objects.filter(
            rating__submission=submission, rating__published_at__isnull=False, rating__kind=RatingKind.OBSERVER
        )
        .select_related("technique", "rating__rater")
        .order_by("seconds", "pk")
    )
    end = submission.duration or 0
    lines = ["WEBVTT", ""]
    for index, comment in enumerate(comments):
        start = float(comment.seconds)
        stop = float(comments[index + 1].seconds) if index + 1 < len(comments) else max(end, start + 1)
        stop = max(stop, start + 0.5)
        label = comment.text.replace("\n", " ").replace("-->", "→")
        if comment.technique:
            label = f"{comment.technique.code}: {label}"
        lines += [str(index + 1), f"{_timestamp(start)} --> {_timestamp(stop)}", label, ""]
    return HttpResponse("\n".join(lines), content_type="text/vtt; charset=utf-8")


@require_POST
@login_required
def retry(request, pk):
    submission = _visible(request, pk)
    if request.user.pk != submission.trainee_id and not request.user.is_superuser:
        raise Http404
    try:
        submitting.retry(submission)
    except submitting.SubmitError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("Processing started again."))
    return redirect("practice:submission", submission.pk)


@require_http_methods(["GET", "POST"])
@login_required
def self_rating(request, pk):
    submission = _visible(request, pk)
    if request.user.pk != submission.trainee_id or submission.calibration or not submission.exercise.self_rating:
        raise Http404
    rubric = submission.exercise.rubric
    items = list(rubric.items.all())
    existing = rating.rating_of(request.user, submission)
    if request.method == "POST":
        form = rating.RatingForm(rubric, items, request.POST, rating=existing)
        publish = request.POST.get("action") == "publish"
        if form.is_valid() and (not publish or form.check_complete()):
            outcome, _saved = rating.save(request.user, submission, form, publish)
            if outcome is rating.Outcome.ALREADY_PUBLISHED:
                messages.info(request, _("Your self-rating was already saved; nothing changed."))
            elif outcome is rating.Outcome.PUBLISHED:
                messages.success(request, _("Your self-rating is saved beside your supervisors' ratings."))
            else:
                messages.success(request, _("Draft saved."))
            return redirect("practice:submission", submission.pk) if publish else redirect(request.path)
        messages.error(request, _("Your self-rating was not saved: please correct the errors below."))
        status = 400
    else:
        form = rating.RatingForm(rubric, items, rating=existing)
        status = 200
    return render(
        request,
        "practice/self_rating.html",
        {
            "submission": submission,
            "exercise": submission.exercise,
            "form": form,
            "rating": existing,
            "domains": _form_domains(form, rubric),
        },
        status=status,
    )


def _form_domains(form, rubric):
    """[(domain, [(item, bound field)])] for the rating templates."""
    return [(domain, [(item, form[rating.field_name(item)]) for item in items]) for domain, items in rubric.domains()]
