"""Calibration: recordings with a reference rating, a rater's agreement with it, and adding recordings."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import Exists, OuterRef
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods

from practice import access, calibration, submitting
from practice.forms import CalibrationUploadForm
from practice.models import Rating, RatingKind, Submission
from practice.views.submissions import comparison_rows
from supervision.views import supervisor_required


def _with_reference():
    return Exists(
        Rating.objects.filter(submission=OuterRef("pk"), kind=RatingKind.REFERENCE, published_at__isnull=False)
    )


@require_GET
@supervisor_required
def index(request):
    recordings = (
        Submission.objects.filter(calibration=True)
        .annotate(
            has_reference=_with_reference(),
            rated=Exists(
                Rating.objects.filter(submission=OuterRef("pk"), rater=request.user, published_at__isnull=False)
            ),
        )
        .select_related("exercise__rubric")
        .order_by("exercise__rubric__title", "created_at")
    )
    if not request.user.is_superuser:
        recordings = recordings.filter(has_reference=True, status="ready")
    by_rubric = {}
    for recording in recordings:
        by_rubric.setdefault(recording.exercise.rubric, []).append(recording)
    if request.user.is_superuser:
        rubrics = [(rubric, found, None, calibration.agreement_by_rater(rubric)) for rubric, found in by_rubric.items()]
    else:
        rubrics = [
            (rubric, found, calibration.agreement(request.user, rubric), None) for rubric, found in by_rubric.items()
        ]
    return render(request, "practice/calibration.html", {"rubrics": rubrics})


@require_GET
@supervisor_required
def result(request, pk):
    submission = access.get_submission(
        Submission.objects.filter(calibration=True, status="ready").select_related("exercise__rubric"), pk
    )
    mine = Rating.objects.filter(submission=submission, rater=request.user, published_at__isnull=False).first()
    reference = Rating.objects.filter(
        submission=submission, kind=RatingKind.REFERENCE, published_at__isnull=False
    ).first()
    if mine is None or reference is None or mine.kind != RatingKind.OBSERVER:
        # The reference stays hidden until the rater has published their own rating.
        raise Http404
    rubric = submission.exercise.rubric
    columns = [mine, reference]
    return render(
        request,
        "practice/calibration_result.html",
        {
            "submission": submission,
            "rubric": rubric,
            "columns": columns,
            "rows": comparison_rows(rubric, columns),
            "this_recording": calibration.agreement(request.user, rubric, submission),
            "overall": calibration.agreement(request.user, rubric),
            "mine": mine,
            "reference": reference,
        },
    )


@require_http_methods(["GET", "POST"])
@supervisor_required
def add(request):
    if not request.user.is_superuser:
        raise PermissionDenied
    form = CalibrationUploadForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        try:
            submission = submitting.submit_calibration(
                request.user, form.cleaned_data["exercise"], form.cleaned_data["title"], form.cleaned_data["recording"]
            )
        except submitting.SubmitError as error:
            form.add_error("recording", str(error))
        else:
            messages.success(request, _("Calibration recording added. Give it its reference rating next."))
            return redirect("practice:submission", submission.pk)
    return render(request, "practice/calibration_add.html", {"form": form}, status=400 if form.errors else 200)
