"""The personal data the studio holds about a trainee: what it is, exporting it, erasing it, deleting it on time.

Personal data (per trainee): consent records (text version, given, withdrawn); submissions (the recording,
its poster and the original upload, file name, size, length, dates, status); ratings by and of them (scores,
overall, feedback, moment comments); and the log of who viewed their recordings. A supervisor's ratings
and views are also personal data of the supervisor.

Recordings are deleted `PRACTICE_RETENTION_DAYS` after submission, and `PRACTICE_WITHDRAWAL_DAYS` after
consent is withdrawn (`manage.py purge_practice_recordings`, run daily, or the privacy room's `enforce_retention`).
Calibration recordings are the site's material (role-play by trainers), kept until an administrator deletes them.
"""

from datetime import timedelta
from functools import partial

from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from accounts.personal_data import Erasure, PersonalData
from practice import conf, storage
from practice.models import Consent, Rating, RecordingView, Submission

DECLARATIONS = [
    PersonalData(
        model="practice.Consent",
        holds=_("Your consent to being recorded: the version of the text, when you gave and withdrew it."),
        purpose=_("To record your responses only with your consent, and delete them when you withdraw it."),
        seen_by=_("You and the site administrators."),
        kept=_("While your account exists."),
        erasure=Erasure.DELETE,
        erasure_note=_("Deleted."),
    ),
    PersonalData(
        model="practice.Submission",
        holds=_(
            "Your recorded responses (video or audio, its poster and the uploaded original), file name, length "
            "and dates."
        ),
        purpose=_("So that your supervisors can rate your practice and you can see their feedback."),
        seen_by=_("You, your supervisors and the site administrators; each view by someone else is logged for you."),
        kept=_(
            "For the recordings' retention period after you submit them, or the withdrawal period after you "
            "withdraw your consent."
        ),
        erasure=Erasure.DELETE,
        erasure_note=_("Deleted, files first, with their ratings and view log."),
        user_fields=("trainee",),
    ),
    PersonalData(
        model="practice.Rating",
        holds=_("Ratings of your responses (scores, feedback, comments on moments), and ratings you gave."),
        purpose=_("To give you feedback on your practice and calibrate the raters."),
        seen_by=_("You (once published), the rater, your supervisors and the site administrators."),
        kept=_("As long as the recording they rate."),
        erasure=Erasure.ANONYMISE,
        erasure_note=_(
            "Ratings of your recordings are deleted with them; ratings you gave others stay, naming the anonymous "
            "account."
        ),
        user_fields=("submission__trainee", "rater"),
    ),
    PersonalData(
        model="practice.RecordingView",
        holds=_("Who opened your recordings, and when."),
        purpose=_("So that you can see who has watched your recordings."),
        seen_by=_("You and the site administrators."),
        kept=_("As long as the recording."),
        erasure=Erasure.ANONYMISE,
        erasure_note=_(
            "Deleted with your recordings; your views of others' recordings stay in their log, naming the "
            "anonymous account."
        ),
        user_fields=("submission__trainee", "viewer"),
    ),
]


def export(user):
    """Everything the studio holds about `user`, as plain data (the recordings as file names)."""
    ratings = Rating.objects.filter(Q(rater=user) | Q(submission__trainee=user, published_at__isnull=False))
    return {
        "consents": list(Consent.objects.filter(user=user).values("version", "given_at", "withdrawn_at")),
        "submissions": [
            {
                "id": str(s.pk),
                "exercise": s.exercise.title,
                "status": s.status,
                "submitted_at": s.submitted_at,
                "duration": s.duration,
                "file_name": s.original_name,
                "recording": s.recording,
                "delete_after": s.delete_after,
            }
            for s in Submission.objects.filter(trainee=user, calibration=False).select_related("exercise")
        ],
        "ratings": [
            {
                "submission": str(r.submission_id),
                "rater": r.rater.username,
                "kind": r.kind,
                "overall": r.overall,
                "feedback": r.feedback,
                "published_at": r.published_at,
                "scores": {score.item.text: score.score for score in r.scores.all()},
                "comments": [(float(c.seconds), c.text) for c in r.comments.all()],
            }
            for r in ratings.select_related("rater").prefetch_related("scores__item", "comments")
        ],
        "views_of_my_recordings": list(
            RecordingView.objects.filter(submission__trainee=user).values(
                "submission_id", "viewer__username", "viewed_at"
            )
        ),
    }


def export_files(user):
    """The trainee's processed recordings (and their posters) as files: [(name in the archive, opener)].

    Each opener returns the file opened for binary reading, from private storage or the object storage.
    """
    files = []
    store = conf.object_storage()
    for submission in Submission.objects.filter(trainee=user, calibration=False).exclude(recording=""):
        for name in (submission.recording, submission.poster):
            if not name:
                continue
            local = storage.path(submission, name)
            if local.exists():
                opener = partial(local.open, "rb")
            elif store is not None:
                opener = partial(store.open, storage.key(submission, name), "rb")
            else:
                continue
            files.append((f"{submission.pk}-{name}", opener))
    return files


def erase(user):
    """Delete the trainee's recordings (rows, with their ratings and view log, then files) and consents.

    The files go once the caller's transaction commits: an erasure that fails afterwards keeps the rows and their
    files together, and running it again finishes it. A file that cannot be deleted then is logged.
    """
    submissions = list(Submission.objects.filter(trainee=user, calibration=False))
    Submission.objects.filter(pk__in=[s.pk for s in submissions]).delete()
    Consent.objects.filter(user=user).delete()
    for submission in submissions:
        transaction.on_commit(partial(storage.delete, submission), robust=True)
    return len(submissions)


def due_for_deletion(now=None):
    now = now or timezone.now()
    expired = now - timedelta(days=conf.retention_days())
    return Submission.objects.filter(calibration=False).filter(
        Q(delete_after__lte=now) | Q(submitted_at__lte=expired) | Q(submitted_at__isnull=True, created_at__lte=expired)
    )


def purge(now=None):
    """Delete every recording whose time is up (files first, then rows). Returns how many."""
    found = list(due_for_deletion(now))
    for submission in found:
        storage.delete(submission)
    Submission.objects.filter(pk__in=[s.pk for s in found]).delete()
    return len(found)
