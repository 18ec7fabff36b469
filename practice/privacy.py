"""The personal data the studio holds about a trainee: what it is, exporting it, erasing it, deleting it on time.

Personal data (per trainee): consent records (text version, given, withdrawn); submissions (the recording,
its poster and the original upload, file name, size, length, dates, status); ratings by and of them (scores,
overall, feedback, moment comments); and the log of who viewed their recordings. A supervisor's ratings
and views are also personal data of the supervisor.

Recordings are deleted `PRACTICE_RETENTION_DAYS` after submission, and `PRACTICE_WITHDRAWAL_DAYS` after
consent is withdrawn (`manage.py purge_practice_recordings`, run daily). Calibration recordings are the
site's material (role-play by trainers), kept until an administrator deletes them.
"""

from datetime import timedelta

from django.db.models import Q
from django.utils import timezone

from practice import conf, storage
from practice.models import Consent, Rating, RecordingView, Submission


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


def erase(user):
    """Delete the trainee's recordings (files and rows, with their ratings and view log) and consents."""
    submissions = list(Submission.objects.filter(trainee=user, calibration=False))
    for submission in submissions:
        storage.delete(submission)
    Submission.objects.filter(pk__in=[s.pk for s in submissions]).delete()
    Consent.objects.filter(user=user).delete()
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
