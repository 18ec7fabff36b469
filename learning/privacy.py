"""The personal data of the trainee's journey: what it is, exporting it, erasing it.

Per trainee: enrolments, progress per module (started, last seen, read, completed) and per role-play clip (the
parts played), cohort membership, and certificates (name as issued, title, hours, date, verification code). A
supervisor is named on the cohorts they supervise.

Erasure (``erase``): the watch details of each clip are deleted; enrolments, module progress and cohort
membership stay with the anonymised account, so that the cohort's reports still add up; a certificate keeps its
title, hours, date and code but loses the name it was issued to, and its verification then says it was issued
to an erased account (``holder_erased``), never "not found". An erased supervisor supervises no cohort.
"""

from django.conf import settings
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from accounts.personal_data import Erasure, PersonalData, is_erased
from learning.certificates import render_pdf
from learning.models import Certificate, ClipProgress, Cohort, Enrolment, ModuleProgress

DECLARATIONS = [
    PersonalData(
        model="learning.Cohort",
        holds=_("The cohorts (training intakes) you belong to, or supervise."),
        purpose=_("To enrol you in your intake's courses and show its supervisors your progress."),
        seen_by=_("The cohort's supervisors and the site administrators."),
        kept=_("While the cohort exists."),
        erasure=Erasure.KEEP,
        erasure_note=_(
            "A trainee's membership stays with the anonymous account, for the cohort's reports; a supervisor is "
            "removed."
        ),
        user_fields=("trainees", "supervisors"),
    ),
    PersonalData(
        model="learning.Enrolment",
        holds=_("The courses you are enrolled in, when you enrolled and when you completed them."),
        purpose=_("To show you your courses and record their completion."),
        seen_by=_("You, your supervisors and the site administrators."),
        kept=_("While your account exists."),
        erasure=Erasure.KEEP,
        erasure_note=_("Kept with the anonymous account, for the cohort's reports."),
    ),
    PersonalData(
        model="learning.ModuleProgress",
        holds=_("For each module: when you started, last opened, read and completed it."),
        purpose=_("To show where you left off and what is complete, to you and your supervisors."),
        seen_by=_("You, your supervisors and the site administrators."),
        kept=_("While your account exists."),
        erasure=Erasure.KEEP,
        erasure_note=_("Kept with the anonymous account, for the cohort's reports."),
    ),
    PersonalData(
        model="learning.ClipProgress",
        holds=_("Which parts of each role-play video you have played, and when."),
        purpose=_("To count a video as watched once you have played enough of it."),
        seen_by=_("You, your supervisors and the site administrators."),
        kept=_("While your account exists."),
        erasure=Erasure.DELETE,
        erasure_note=_("Deleted."),
    ),
    PersonalData(
        model="learning.Certificate",
        holds=_("Your certificates: your name as issued, the course, the hours, the date and the code."),
        purpose=_("To give you a certificate of completion that anyone you show it to can verify."),
        seen_by=_(
            "You and the site administrators; anyone you give the code to sees your name as issued, the course, the "
            "hours and the date."
        ),
        kept=_("While your account exists."),
        erasure=Erasure.ANONYMISE,
        erasure_note=_(
            "The name is deleted; the code keeps verifying, as issued to an erased account, so that a certificate "
            "already shown to someone is never reported as unknown."
        ),
    ),
]


def holder_erased(certificate):
    """Whether the person a certificate was issued to has been erased (its verification says so)."""
    return is_erased(certificate.user)


def verify_url(certificate):
    return f"{settings.WAGTAILADMIN_BASE_URL.rstrip('/')}{reverse('verify_certificate')}?code={certificate.code}"


def export(user):
    """Everything the journey holds about `user`, as plain data."""
    return {
        "enrolments": [
            {
                "course": enrolment.course.title,
                "cohort": enrolment.cohort.name if enrolment.cohort else "",
                "enrolled_at": enrolment.enrolled_at,
                "completed_at": enrolment.completed_at,
            }
            for enrolment in Enrolment.objects.filter(user=user).select_related("course", "cohort")
        ],
        "module_progress": [
            {
                "module": progress.module.title,
                "started_at": progress.started_at,
                "last_seen_at": progress.last_seen_at,
                "read_at": progress.read_at,
                "completed_at": progress.completed_at,
            }
            for progress in ModuleProgress.objects.filter(user=user).select_related("module").order_by("started_at")
        ],
        "clip_progress": [
            {
                "module": clip.module.title,
                "clip": clip.clip_id,
                "seconds_watched": clip.watched_seconds,
                "length_seconds": clip.duration,
                "parts_played": clip.played,
                "watched_at": clip.completed_at,
            }
            for clip in ClipProgress.objects.filter(user=user).select_related("module").order_by("pk")
        ],
        "cohorts": list(Cohort.objects.filter(trainees=user).values("name", "starts_on", "ends_on")),
        "cohorts_supervised": list(Cohort.objects.filter(supervisors=user).values("name", "starts_on", "ends_on")),
        "certificates": [
            {
                "title": certificate.title,
                "name": certificate.holder_name,
                "hours": certificate.hours,
                "issued_at": certificate.issued_at,
                "verification_code": certificate.code,
                "file": f"certificates/certificate-{certificate.code}.pdf",
            }
            for certificate in Certificate.objects.filter(user=user)
        ],
    }


def export_files(user):
    """Each certificate as the PDF the trainee downloads: [(name in the archive, bytes)]."""
    return [
        (f"certificate-{certificate.code}.pdf", render_pdf(certificate, verify_url(certificate)))
        for certificate in Certificate.objects.filter(user=user)
    ]


def erase(user):
    return {
        "learning.ClipProgress": ClipProgress.objects.filter(user=user).delete()[0],
        "learning.Certificate (name)": Certificate.objects.filter(user=user).update(holder_name=""),
        "learning.Cohort (supervisor)": Cohort.supervisors.through.objects.filter(user=user).delete()[0],
    }
