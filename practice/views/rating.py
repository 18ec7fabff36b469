"""The supervisor's side: the rating queue and the rating page."""

from django.contrib import messages
from django.core.paginator import Paginator
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from practice import access, calibration, conf, rating
from practice.models import Rating, RatingKind
from practice.views.submissions import _form_domains, _note_view
from supervision.views import supervisor_required

QUEUE_PAGE_SIZE = 20


@require_GET
@supervisor_required
def queue(request):
    waiting = rating.waiting_for(request.user)
    drafts = set(
        Rating.objects.filter(rater=request.user, published_at__isnull=True).values_list("submission_id", flat=True)
    )
    page = Paginator(waiting, QUEUE_PAGE_SIZE).get_page(request.GET.get("page"))
    return render(request, "practice/queue.html", {"page": page, "drafts": drafts})


@require_http_methods(["GET", "POST"])
@supervisor_required
def rate(request, pk):
    submission = access.get_submission(
        access.ratable_submissions(request.user).select_related("trainee", "exercise__rubric", "exercise__stimulus"), pk
    )
    rubric = submission.exercise.rubric
    items = list(rubric.items.all())
    existing = rating.rating_of(request.user, submission)
    form = rating.RatingForm(rubric, items, rating=existing)
    comment_form = rating.CommentForm(duration=submission.duration)
    status = 200
    if request.method == "POST":
        action = request.POST.get("action", "")
        if action in ("save", "publish"):
            form = rating.RatingForm(rubric, items, request.POST, rating=existing)
            publish = action == "publish"
            if form.is_valid() and (not publish or form.check_complete()):
                if publish and not _may_publish(request.user, submission):
                    rating.save(request.user, submission, form, publish=False)
                    messages.warning(
                        request,
                        _(
                            "Saved as a draft: your ratings of trainees on %(rubric)s are published once you are "
                            "calibrated on it. Rate its calibration recordings under Calibration."
                        )
                        % {"rubric": rubric.title},
                    )
                    return redirect("practice:rate", submission.pk)
                outcome, _saved = rating.save(request.user, submission, form, publish)
                return _after_save(request, submission, outcome)
            messages.error(request, _("The rating was not saved: please correct the errors below."))
            status = 400
        elif action == "comment":
            comment_form = rating.CommentForm(request.POST, duration=submission.duration)
            if comment_form.is_valid():
                if rating.add_comment(request.user, submission, comment_form) is None:
                    messages.info(request, _("Your rating is published; comments can no longer be added."))
                else:
                    messages.success(request, _("Comment added."))
                return redirect(reverse("practice:rate", args=[submission.pk]) + "#comments")
            messages.error(request, _("The comment was not added: please correct the errors below."))
            status = 400
        elif action == "delete-comment":
            comment_id = request.POST.get("comment", "")
            if comment_id.isdigit() and rating.delete_comment(request.user, submission, int(comment_id)):
                messages.success(request, _("Comment removed."))
            else:
                messages.info(request, _("That comment is no longer there, or your rating is published."))
            return redirect(reverse("practice:rate", args=[submission.pk]) + "#comments")
        else:
            messages.error(request, _("Choose to save a draft, publish, or add a comment."))
            status = 400
    else:
        _note_view(request, submission)
    existing = rating.rating_of(request.user, submission)
    return render(
        request,
        "practice/rate.html",
        {
            "submission": submission,
            "exercise": submission.exercise,
            "rubric": rubric,
            "form": form,
            "domains": _form_domains(form, rubric),
            "comment_form": comment_form,
            "rating": existing,
            "comments": list(existing.comments.select_related("technique")) if existing.pk else [],
            "is_reference": existing.kind == RatingKind.REFERENCE,
        },
        status=status,
    )


def _may_publish(user, submission):
    """With PRACTICE_REQUIRE_CALIBRATION, a supervisor publishes trainees' ratings only once calibrated."""
    if submission.calibration or user.is_superuser or not conf.require_calibration():
        return True
    return calibration.agreement(user, submission.exercise.rubric).calibrated


def _after_save(request, submission, outcome):
    if outcome is rating.Outcome.ALREADY_PUBLISHED:
        messages.info(request, _("Your rating of this recording was already published; nothing changed."))
    elif outcome is rating.Outcome.SAVED:
        messages.success(request, _("Draft saved. Only you can see it until you publish."))
        return redirect("practice:rate", submission.pk)
    else:
        messages.success(request, _("Rating published."))
    if submission.calibration and not request.user.is_superuser:
        return redirect("practice:calibration_result", submission.pk)
    if submission.calibration:
        return redirect("practice:calibration")
    return redirect("practice:queue")
