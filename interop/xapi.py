"""xAPI statements of what the platform records, collected into the outbox for the Learning Record Store.

`collect()` (``manage.py send_interop_outbox``, every few minutes) reads what the rooms below recorded since its
last run and turns it into statements: a module completed; a role-play video played (the merged segments
`learning.watching` credits, as the xAPI video profile's played-segments) and completed; a quiz attempt
started, completed, passed or failed; each question answered; an essay marked; a certificate earned; a
practice response submitted and rated. Reading the records is the one way that misses nothing (most are
written with bulk updates and no signals), and opening a page never writes a statement. What does send a
signal (a module completed, an answer, an attempt scored) is also queued at once (``signal_handlers``);
`collect` is then the catch-up.

Each statement's id is a uuid5 of what it records (and of our home page, so two sites sharing an LRS never
collide), so collecting again yields the same ids: the outbox keeps a
statement once (unique id) and the LRS receives it once. The actor is an account on our home page (the user's
number), with no name or e-mail address unless ``XAPI_ACTOR_EMAIL`` is on. Nothing is collected while no LRS
is configured (``XAPI_LRS_URL``).
"""

import uuid
from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from wagtail.models import Page

from interop.models import Cursor, Statement
from learning.models import Certificate, ClipProgress, ModuleProgress
from practice.models import Rating, Submission
from quizzes.models import Answer, Attempt, MarkingEvent
from quizzes.models.quizzes import QuizNavigation

NAMESPACE = uuid.UUID("6f1d8a8e-3c44-5d0e-9a55-1f0c4b2e7a31")
# Records changed this long before the last run are read again: a write committed late is not missed.
OVERLAP = timedelta(minutes=10)

VERBS = {
    "completed": ("http://adlnet.gov/expapi/verbs/completed", "completed"),
    "attempted": ("http://adlnet.gov/expapi/verbs/attempted", "attempted"),
    "passed": ("http://adlnet.gov/expapi/verbs/passed", "passed"),
    "failed": ("http://adlnet.gov/expapi/verbs/failed", "failed"),
    "scored": ("http://adlnet.gov/expapi/verbs/scored", "scored"),
    "earned": ("http://id.tincanapi.com/verb/earned", "earned"),
    "played": ("https://w3id.org/xapi/video/verbs/played", "played"),
    "submitted": ("https://w3id.org/xapi/dod-isd/verbs/submitted", "submitted"),
    "rated": ("http://id.tincanapi.com/verb/rated", "rated"),
    "answered": ("http://adlnet.gov/expapi/verbs/answered", "answered"),
}
ACTIVITY_TYPES = {
    "module": "http://adlnet.gov/expapi/activities/module",
    "course": "http://adlnet.gov/expapi/activities/course",
    "quiz": "http://adlnet.gov/expapi/activities/assessment",
    "question": "http://adlnet.gov/expapi/activities/cmi.interaction",
    "video": "https://w3id.org/xapi/video/activity-type/video",
    "certificate": "https://w3id.org/xapi/cmi5/activitytype/block",
    "exercise": "http://adlnet.gov/expapi/activities/performance",
}
PLAYED_SEGMENTS = "https://w3id.org/xapi/video/extensions/played-segments"
PROGRESS = "https://w3id.org/xapi/video/extensions/progress"
LENGTH = "https://w3id.org/xapi/video/extensions/length"
# Our question types as xAPI's interaction types (the cmi.interaction activity's interactionType).
INTERACTIONS = {
    "mc_single": "choice",
    "mc_multiple": "choice",
    "true_false": "true-false",
    "spot_name": "choice",
    "spot_moment": "numeric",
    "short_answer": "fill-in",
    "numerical": "numeric",
    "matching": "matching",
    "essay": "long-fill-in",
}


def enabled():
    return bool(getattr(settings, "XAPI_LRS_URL", ""))


def home_page():
    return (getattr(settings, "XAPI_HOME_PAGE", "") or settings.WAGTAILADMIN_BASE_URL).rstrip("/")


def actor(user):
    agent = {"objectType": "Agent", "account": {"homePage": home_page(), "name": str(user.pk)}}
    if getattr(settings, "XAPI_ACTOR_EMAIL", False) and user.email:
        agent = {"objectType": "Agent", "mbox": f"mailto:{user.email}", "name": user.get_full_name() or user.username}
    return agent


def activity(kind, key, title):
    return {
        "objectType": "Activity",
        "id": f"{home_page()}/xapi/activities/{kind}/{key}",
        "definition": {"type": ACTIVITY_TYPES[kind], "name": {"en": str(title)[:300]}},
    }


def statement(key, user, verb, obj, when, result=None, parent=None, extensions=None):
    """One statement (a dict, as the LRS receives it) and its deterministic id."""
    verb_id, display = VERBS[verb]
    body = {
        "id": str(uuid.uuid5(NAMESPACE, f"{home_page()} {key}")),
        "actor": actor(user),
        "verb": {"id": verb_id, "display": {"en-US": display}},
        "object": obj,
        "timestamp": when.isoformat(),
        "context": {"platform": settings.WAGTAIL_SITE_NAME[:100], "language": "en"},
    }
    if parent:
        body["context"]["contextActivities"] = {"parent": [parent]}
    if extensions:
        body["context"]["extensions"] = extensions
    if result:
        body["result"] = result
    return Statement(statement_id=body["id"], user=user, verb=verb, timestamp=when, body=body)


def score(raw, maximum):
    raw, maximum = float(raw), float(maximum)
    scaled = raw / maximum if maximum > 0 else 0.0
    return {"raw": raw, "min": 0.0, "max": maximum, "scaled": round(min(max(scaled, -1.0), 1.0), 4)}


def segments(played):
    return "[,]".join(f"{start:.3f}[.]{end:.3f}" for start, end in played)


def _pages(ids):
    return {page.pk: page for page in Page.objects.filter(pk__in=set(ids))}


def module_completed(user, module_id, title, when):
    return statement(
        f"module-completed:{user.pk}:{module_id}",
        user,
        "completed",
        activity("module", module_id, title),
        when,
        result={"completion": True},
    )


def module_statements(since):
    rows = list(ModuleProgress.objects.filter(completed_at__gte=since).select_related("user"))
    pages = _pages(row.module_id for row in rows)
    for row in rows:
        title = pages[row.module_id].title if row.module_id in pages else row.module_id
        yield module_completed(row.user, row.module_id, title, row.completed_at)


def video_statements(since):
    rows = list(ClipProgress.objects.filter(updated_at__gte=since).exclude(played=[]).select_related("user"))
    pages = _pages(row.module_id for row in rows)
    for row in rows:
        module = pages.get(row.module_id)
        video = activity("video", f"{row.module_id}/{row.clip_id}", f"{module.title if module else ''} · {row.clip_id}")
        parent = activity("module", row.module_id, module.title if module else row.module_id)
        played = segments(row.played)
        progress = round(min(row.watched_seconds / row.duration, 1.0), 3) if row.duration else 0.0
        extensions = {LENGTH: round(row.duration, 3)}
        result = {"extensions": {PLAYED_SEGMENTS: played, PROGRESS: progress}}
        yield statement(
            f"video-played:{row.user_id}:{row.module_id}:{row.clip_id}:{played}",
            row.user,
            "played",
            video,
            row.updated_at,
            result=result,
            parent=parent,
            extensions=extensions,
        )
        if row.completed_at:
            yield statement(
                f"video-completed:{row.user_id}:{row.module_id}:{row.clip_id}",
                row.user,
                "completed",
                video,
                row.completed_at,
                result={**result, "completion": True},
                parent=parent,
                extensions=extensions,
            )


def attempt_statements(since):
    attempts = Attempt.objects.filter(Q(started_at__gte=since) | Q(finished_at__gte=since), user__isnull=False)
    for attempt in attempts.select_related("user", "quiz"):
        quiz = activity("quiz", attempt.quiz_id, attempt.quiz.title)
        yield statement(f"attempt-started:{attempt.pk}", attempt.user, "attempted", quiz, attempt.started_at)
        if attempt.finished_at is None:
            continue
        result = {"score": score(attempt.score, attempt.max_score), "completion": True}
        yield statement(f"attempt-completed:{attempt.pk}", attempt.user, "completed", quiz, attempt.finished_at, result)
        if attempt.passed is not None:
            verb = "passed" if attempt.passed else "failed"
            yield statement(
                f"attempt-{verb}:{attempt.pk}",
                attempt.user,
                verb,
                quiz,
                attempt.finished_at,
                {**result, "success": attempt.passed},
            )


def question_activity(quiz, slot):
    """The question as an activity: the bank's question (the same across attempts), as the slot pinned it."""
    snapshot = slot.snapshot
    key = f"{quiz.pk}/{snapshot.get('question_id') or f'slot-{slot.pk}'}"
    question = activity("question", key, f"{quiz.title} · {snapshot.get('title') or slot.position}")
    kind = snapshot.get("kind")
    if kind in INTERACTIONS:
        question["definition"]["interactionType"] = INTERACTIONS[kind]
    if kind in ("mc_single", "mc_multiple"):
        question["definition"]["choices"] = [
            {"id": str(option["id"]), "description": {"en": str(option["text"])[:300]}}
            for option in snapshot.get("options", [])
        ]
    return question


def response(kind, payload):
    """What the trainee answered, in the form xAPI gives its interaction type; "" where it stays on the site.

    An essay's text stays here: trainees write about their cases, which is no record for another system.
    """
    if kind == "mc_single":
        return str(payload.get("option", ""))
    if kind == "mc_multiple":
        return "[,]".join(str(option) for option in payload.get("options", []))
    if kind == "true_false":
        return "true" if payload.get("value") is True else "false"
    if kind == "spot_name":
        return str(payload.get("technique", ""))
    if kind == "spot_moment":
        return str(payload.get("time", ""))
    if kind == "short_answer":
        return str(payload.get("text", ""))[:1000]
    if kind == "numerical":
        return str(payload.get("value", ""))
    if kind == "matching":
        return "[,]".join(f"{pair}[.]{match}" for pair, match in sorted(payload.get("matches", {}).items()))
    return ""


def answered(answer, attempt, quiz):
    """The "answered" statement of one answer: its response, and its mark where the question is marked by itself.

    The id is the answer's, so the same answer is one statement however often it is reported.
    """
    slot = answer.slot
    result = {"completion": True}
    text = response(slot.snapshot.get("kind"), answer.payload or {})
    if text:
        result["response"] = text
    if answer.points is not None:
        result["score"] = score(answer.points, slot.points)
    if answer.is_correct is not None:
        result["success"] = answer.is_correct
    return statement(
        f"question-answered:{answer.pk}",
        attempt.user,
        "answered",
        question_activity(quiz, slot),
        answer.answered_at,
        result=result,
        parent=activity("quiz", quiz.pk, quiz.title),
    )


def answer_statements(since):
    """The answers of attempts finished since, and those given one at a time since (final as soon as given)."""
    answers = Answer.objects.filter(
        Q(attempt__finished_at__gte=since)
        | Q(answered_at__gte=since, attempt__quiz__navigation=QuizNavigation.SEQUENTIAL),
        attempt__user__isnull=False,
    ).select_related("attempt__user", "attempt__quiz", "slot")
    for answer in answers:
        yield answered(answer, answer.attempt, answer.attempt.quiz)


def marking_statements(since):
    events = MarkingEvent.objects.filter(at__gte=since).select_related(
        "answer__attempt__user", "answer__attempt__quiz", "answer__slot"
    )
    for event in events:
        attempt = event.answer.attempt
        if attempt.user is None:
            continue
        question = question_activity(attempt.quiz, event.answer.slot)
        yield statement(
            f"essay-marked:{event.pk}",
            attempt.user,
            "scored",
            question,
            event.at,
            result={"score": {"raw": float(event.new_points)}},
            parent=activity("quiz", attempt.quiz_id, attempt.quiz.title),
        )


def certificate_statements(since):
    for certificate in Certificate.objects.filter(issued_at__gte=since).select_related("user"):
        yield statement(
            f"certificate-earned:{certificate.pk}",
            certificate.user,
            "earned",
            activity("certificate", certificate.code, certificate.title),
            certificate.issued_at,
            result={
                "completion": True,
                "extensions": {f"{home_page()}/xapi/extensions/hours": float(certificate.hours)},
            },
        )


def practice_statements(since):
    submissions = Submission.objects.filter(calibration=False, submitted_at__gte=since).select_related(
        "trainee", "exercise"
    )
    for submission in submissions:
        yield statement(
            f"practice-submitted:{submission.pk}",
            submission.trainee,
            "submitted",
            activity("exercise", submission.exercise_id, submission.exercise.title),
            submission.submitted_at,
        )
    ratings = Rating.objects.filter(published_at__gte=since, submission__calibration=False).select_related(
        "submission__trainee", "submission__exercise"
    )
    for rating in ratings:
        submission = rating.submission
        result = {"score": {"raw": float(rating.overall)}} if rating.overall is not None else None
        # The trainee's record: their response was rated (the rater is not named).
        yield statement(
            f"practice-rated:{rating.pk}:{rating.published_at.isoformat()}",
            submission.trainee,
            "rated",
            activity("exercise", submission.exercise_id, submission.exercise.title),
            rating.published_at,
            result=result,
        )


COLLECTORS = [
    module_statements,
    video_statements,
    attempt_statements,
    answer_statements,
    marking_statements,
    certificate_statements,
    practice_statements,
]


def store(rows):
    """Keep the statements of `rows` the outbox does not hold yet; returns those.

    Two queries however many. A statement stored meanwhile by another process (the sweep and a signal can
    meet) is skipped by the unique id, so each is kept once.
    """
    found = {}
    for row in rows:
        found.setdefault(row.statement_id, row)
    known = set(Statement.objects.filter(statement_id__in=list(found)).values_list("statement_id", flat=True))
    new = [row for key, row in found.items() if uuid.UUID(key) not in known]
    Statement.objects.bulk_create(new, ignore_conflicts=True)
    return new


def collect(now=None):
    """Queue the statements of everything recorded since the last run; returns the statements queued now."""
    if not enabled():
        return []
    now = now or timezone.now()
    with transaction.atomic():
        cursor, _created = Cursor.objects.select_for_update().get_or_create(
            name="xapi", defaults={"until": timezone.make_aware(timezone.datetime(2000, 1, 1))}
        )
        since = cursor.until - OVERLAP
        new = store(row for collector in COLLECTORS for row in collector(since))
        cursor.until = now
        cursor.save(update_fields=["until"])
    return new
