"""The trainee's side: the exercises open to them, one exercise with its recorder, consent, a file upload."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db.models import Prefetch
from django.shortcuts import redirect, render
from django.utils import formats
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from courses.models import CoursePage
from practice import access, conf, consent, submitting
from practice.forms import UploadForm
from practice.models import Submission


@require_GET
@login_required
def index(request):
    exercises = (
        access.open_exercises(request.user)
        .select_related("rubric", "course")
        .prefetch_related(
            "techniques",
            Prefetch(
                "submissions",
                queryset=Submission.objects.filter(trainee=request.user, calibration=False).order_by("-created_at"),
                to_attr="mine",
            ),
        )
    )
    course_id = request.GET.get("course", "")
    course = None
    if course_id.isdigit():
        course = CoursePage.objects.filter(pk=int(course_id)).first()
        exercises = exercises.filter(course=course) if course else exercises.none()
    return render(
        request,
        "practice/index.html",
        {
            "exercises": exercises.order_by("course__title", "title"),
            "course": course,
            "is_trainee": access.can_practise(request.user),
        },
    )


def _exercise_context(request, exercise, form=None):
    mine = list(
        Submission.objects.filter(exercise=exercise, trainee=request.user, calibration=False).order_by("-created_at")
    )
    return {
        "exercise": exercise,
        "techniques": list(exercise.techniques.all()),
        "consent": consent.current(request.user),
        "form": form or UploadForm(),
        "submissions": mine,
        "has_submitted": any(s.submitted_at for s in mine),
        "max_upload_mb": conf.max_upload_bytes() // 1_000_000,
        "max_upload_bytes": conf.max_upload_bytes(),
        "chunk_bytes": conf.chunk_bytes(),
    }


@require_GET
@login_required
def exercise(request, pk):
    exercise = access.get_open_exercise(request.user, pk)
    return render(request, "practice/exercise.html", _exercise_context(request, exercise))


@require_POST
@login_required
def upload_file(request, pk):
    exercise = access.get_open_exercise(request.user, pk)
    form = UploadForm(request.POST, request.FILES)
    if form.is_valid():
        try:
            submission = submitting.submit_file(request.user, exercise, form.cleaned_data["recording"])
        except submitting.SubmitError as error:
            form.add_error("recording", str(error))
        else:
            return redirect("practice:submission", submission.pk)
    return render(request, "practice/exercise.html", _exercise_context(request, exercise, form), status=400)


@require_http_methods(["GET", "POST"])
@login_required
def consent_view(request):
    if not access.can_practise(request.user):
        return render(request, "practice/consent.html", {"not_trainee": True}, status=403)
    next_url = request.POST.get("next") or request.GET.get("next") or ""
    if not next_url.startswith("/practice/"):
        next_url = ""
    if request.method == "POST":
        action = request.POST.get("action")
        if action == "give":
            if request.POST.get("agree") != "yes":
                messages.error(request, _("Tick the box to say you have read and agree to the text."))
                return render(
                    request,
                    "practice/consent.html",
                    {
                        "paragraphs": consent.text(),
                        "current": None,
                        "next": next_url,
                        "needs_tick": True,
                        "version": consent.VERSION,
                    },
                    status=400,
                )
            consent.give(request.user)
            messages.success(request, _("Thank you: your consent is recorded. You can now record responses."))
            return redirect(next_url or "practice:index")
        if action == "withdraw":
            due = consent.withdraw(request.user)
            if due:
                messages.success(
                    request,
                    _("Your consent is withdrawn. Your recordings will be deleted on %(date)s.")
                    % {"date": formats.date_format(due, "DATE_FORMAT")},
                )
            else:
                messages.info(request, _("You had not given consent; nothing changed."))
            return redirect("practice:consent")
        messages.error(request, _("Choose to give or to withdraw your consent."))
    return render(
        request,
        "practice/consent.html",
        {
            "paragraphs": consent.text(),
            "current": consent.current(request.user),
            "version": consent.VERSION,
            "next": next_url,
        },
    )
