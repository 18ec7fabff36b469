"""The practice studio's demo: two training rubrics, exercises on segments of the demo role-plays, the demo
trainee's rated and waiting responses, and calibration recordings with reference ratings.

The recordings are the demo role-plays themselves (synthetic voices and drawn figures, made offline by
`demo/make_videos.py`), standing in for trainees' responses. They are already H.264/AAC MP4, so they are
copied into private storage as processed recordings rather than transcoded on every seed.
Safe to run again: everything is found by its title or owner and updated, never duplicated.
"""

import shutil
from datetime import timedelta

from django.contrib.auth import get_user_model
from django.utils import timezone

from courses.models import CoursePage, ModulePage
from demo.curriculum_build import ASSETS, load_manifest, seed_videos
from practice import consent, storage
from practice.models import Comment, Exercise, ItemScore, Rating, RatingKind, Rubric, RubricItem, Status, Submission
from techniques.models import Technique

NOT_THE_INSTRUMENT = (
    "This is a training rubric written for this platform, in our own words. It is not the validated {instrument}, "
    "and a rating here is feedback for practice, not an adherence or competence assessment or a certification."
)

SEVEN = "1 = absent or contrary\n4 = present but uneven\n7 = consistent and skilful"
FIVE = "1 = not shown\n3 = partly shown\n5 = shown clearly and in time"

RUBRICS = {
    "mbt": {
        "title": "MBT training rubric (studio)",
        "track": "mbt",
        "description": (
            "Modelled on the domains that MBT adherence and quality scales rate. "
            + NOT_THE_INSTRUMENT.format(instrument="MBT Adherence and Competence Scale (MBT-ACS) or MBT-AQS")
        ),
        "overall_label": "Overall quality of the MBT response",
        "overall": (1, 7, "1 = not MBT at all\n4 = recognisably MBT, uneven\n7 = a model MBT response"),
        "items": [
            ("Stance", "Not-knowing stance and curiosity about the patient's mind", "ordinal", 1, 7, SEVEN, False),
            ("Affect", "Focus on the affect in the here and now", "ordinal", 1, 7, SEVEN, False),
            ("Interventions", "Stop, rewind and explore when mentalizing collapses", "ordinal", 1, 7, SEVEN, True),
            ("Relationship", "Mentalizing the relationship with the therapist", "ordinal", 1, 7, SEVEN, True),
            ("Validation", "Validation of the emotional experience", "ordinal", 1, 7, SEVEN, False),
            ("Arousal", "Managing arousal: neither too hot nor too cold", "ordinal", 1, 7, SEVEN, False),
            ("Interventions", "Avoids interpreting unconscious motives", "present_absent", 0, 1, "", False),
        ],
    },
    "dbt": {
        "title": "DBT training rubric (studio)",
        "track": "dbt",
        "description": (
            "Modelled on the strategies DBT adherence checklists look for. "
            + NOT_THE_INSTRUMENT.format(instrument="DBT Adherence Coding Scale (DBT ACS) or its checklist (DBT AC-I)")
        ),
        "overall_label": "Overall adherence of the DBT response",
        "overall": (1, 5, "1 = not DBT\n3 = partly adherent\n5 = fully adherent"),
        "items": [
            ("Validation", "Validates what is valid in the patient's response", "ordinal", 1, 5, FIVE, False),
            ("Change", "Chain analysis and problem solving of the target behaviour", "ordinal", 1, 5, FIVE, True),
            ("Dialectics", "Balances acceptance and change (dialectical strategies)", "ordinal", 1, 5, FIVE, False),
            ("Commitment", "Elicits and strengthens commitment", "ordinal", 1, 5, FIVE, True),
            ("Structure", "Works by the target hierarchy", "ordinal", 1, 5, FIVE, False),
            ("Structure", "Addresses therapy-interfering behaviour openly", "present_absent", 0, 1, "", True),
        ],
    },
}

# title, course slug, clip key, start, end, difficulty, rubric, techniques, prompt, model clip key, commentary
EXERCISES = [
    (
        "The unanswered message",
        "mbt-essentials",
        "mbt-individual-session",
        0,
        31,
        "beginner",
        "mbt",
        ["MBT-NK", "MBT-AFF"],
        "The patient is certain her sister hates her. Respond as an MBT therapist would: curious, not knowing, "
        "slowing the story down.",
        "mbt-individual-session",
        "The therapist asks about the patient's mind instead of explaining the silence, then turns to the feeling.",
    ),
    (
        "When certainty takes over",
        "mbt-essentials",
        "mbt-individual-session",
        25,
        34,
        "advanced",
        "mbt",
        ["MBT-SRE", "MBT-PE"],
        "Mentalizing has collapsed into certainty. Stop, rewind and explore, as an MBT therapist would.",
        None,
        "",
    ),
    (
        "Thursday's self-harm on the diary card",
        "dbt-essentials",
        "dbt-chain-analysis",
        0,
        27,
        "beginner",
        "dbt",
        ["DBT-DIARY", "DBT-AGENDA"],
        "The diary card shows self-harm on Thursday. Respond as a DBT therapist would, setting the agenda by the "
        "target hierarchy.",
        "dbt-chain-analysis",
        "Self-harm goes first on the agenda; the therapist validates before starting the chain.",
    ),
    (
        "Building the chain",
        "dbt-essentials",
        "dbt-chain-analysis",
        27,
        66,
        "intermediate",
        "dbt",
        ["DBT-CHAIN", "DBT-VAL"],
        "Begin a chain analysis of the self-harm with the patient, validating as you go.",
        None,
        "",
    ),
    (
        "The cancelled session, the MBT way",
        "beyond-the-own-nose",
        "rupture-mbt",
        0,
        14,
        "intermediate",
        "mbt",
        ["X-RUPTURE", "MBT-OWN"],
        "A DBT-trained therapist's cross-training exercise: the patient is angry about a cancelled session. "
        "Respond the MBT way: own your part and mentalize the rupture.",
        "rupture-mbt",
        "The therapist validates, owns their part in the rupture and turns to the relationship in the room.",
    ),
    (
        "The cancelled session, the DBT way",
        "beyond-the-own-nose",
        "rupture-dbt",
        0,
        16,
        "intermediate",
        "dbt",
        ["X-RUPTURE", "DBT-TIB"],
        "An MBT-trained therapist's cross-training exercise: the same rupture. Respond the DBT way: validate, then "
        "treat it as therapy-interfering behaviour on the agenda.",
        "rupture-dbt",
        "The therapist validates, then puts the rupture on the agenda as therapy-interfering behaviour.",
    ),
]

# Responses: exercise, trainee, clip standing in for the response, days ago, the supervisor's rating or None.
RESPONSES = [
    (
        "The unanswered message",
        "trainee",
        "mbt-individual-session",
        9,
        {
            "scores": [5, 4, 3, 5, 6, 4, 1],
            "overall": 5,
            "feedback": "A warm, curious start. Slow down further before the rewind, and name the affect earlier.",
            "self": [6, 6, 5, 5, 6, 6, 1],
            "self_overall": 6,
            "comments": [
                (9.6, "Good not-knowing question: you ask about her mind, not the sister's motives.", "MBT-NK"),
                (25.1, "Here the affect is there to be named; you move on a little fast.", "MBT-AFF"),
                (34.1, "Nicely done: you stop and go back to Sunday night.", "MBT-SRE"),
            ],
        },
    ),
    (
        "The cancelled session, the MBT way",
        "trainee",
        "rupture-mbt",
        4,
        {
            "scores": [6, 5, None, 6, 6, 5, 1],
            "overall": 6,
            "feedback": "You owned your part without over-apologising. Stay with the relationship a moment longer.",
            "self": None,
            "self_overall": None,
            "comments": [
                (14.0, "Validation first: it lowers her arousal.", "MBT-VAL"),
                (23.8, "Owning your part in the cancellation.", "MBT-OWN"),
            ],
        },
    ),
    ("When certainty takes over", "trainee", "mbt-individual-session", 1, None),
]

# Calibration recordings: title, exercise, clip, reference scores and overall, the demo supervisor's scores.
CALIBRATION = [
    (
        "Calibration MBT 1: the unanswered message",
        "The unanswered message",
        "mbt-individual-session",
        ([6, 5, 6, 5, 4, 5, 1], 5),
        ([6, 5, 5, 5, 4, 6, 1], 5),
    ),
    (
        "Calibration MBT 2: the rupture",
        "The cancelled session, the MBT way",
        "rupture-mbt",
        ([5, 6, 3, 6, 6, 4, 1], 5),
        ([5, 6, 3, 5, 6, 4, 1], 5),
    ),
    (
        "Calibration DBT 1: chain analysis",
        "Building the chain",
        "dbt-chain-analysis",
        ([5, 4, 3, 2, 5, 1], 4),
        ([2, 5, 5, 4, 2, 0], 3),
    ),
    (
        "Calibration DBT 2: the rupture",
        "The cancelled session, the DBT way",
        "rupture-dbt",
        ([4, 2, 4, 3, 4, 1], 4),
        ([4, 4, 2, 3, 2, 1], 3),
    ),
]


def seed_rubrics():
    rubrics = {}
    for key, spec in RUBRICS.items():
        low, high, anchors = spec["overall"]
        rubric, _ = Rubric.objects.update_or_create(
            title=spec["title"],
            defaults={
                "track": spec["track"],
                "description": spec["description"],
                "overall_label": spec["overall_label"],
                "overall_min": low,
                "overall_max": high,
                "overall_anchors": anchors,
            },
        )
        for order, (domain, text, kind, low, high, anchors, na) in enumerate(spec["items"]):
            RubricItem.objects.update_or_create(
                rubric=rubric,
                text=text,
                defaults={
                    "sort_order": order,
                    "domain": domain,
                    "kind": kind,
                    "scale_min": max(low, 1) if kind == "ordinal" else 1,
                    "scale_max": high if kind == "ordinal" else 7,
                    "anchors": anchors,
                    "allows_not_applicable": na,
                },
            )
        rubrics[key] = rubric
    return rubrics


# Exercises placed in a module, and what makes them count toward its completion: exercise title -> (module
# slug, completion rule, lowest overall rating). The demo trainee has done it; others in that module have not.
PLACEMENTS = {
    "The cancelled session, the MBT way": ("cross-watching-role-play", "submitted", None),
    # Optional: offered on the module's page ("Practise this module's techniques"), not one of its parts.
    "When certainty takes over": ("mbt-core-interventions", "", None),
}


def seed_exercises(rubrics, videos):
    courses = {page.slug: page for page in CoursePage.objects.all()}
    modules = {page.slug: page for page in ModulePage.objects.filter(slug__in=[p[0] for p in PLACEMENTS.values()])}
    techniques = {t.code: t for t in Technique.objects.all()}
    exercises = {}
    for title, course, clip, start, end, difficulty, rubric, codes, prompt, model, commentary in EXERCISES:
        exercise, _ = Exercise.objects.update_or_create(
            title=title,
            defaults={
                "live": True,
                "prompt": prompt,
                "difficulty": difficulty,
                "rubric": rubrics[rubric],
                "stimulus": videos[clip],
                "stimulus_start": start,
                "stimulus_end": end,
                "max_response_seconds": 120,
                "model_response": videos[model] if model else None,
                "model_commentary": commentary,
                "course": courses.get(course),
                **_placement(title, modules),
            },
        )
        exercise.techniques.set([techniques[code] for code in codes if code in techniques])
        exercises[title] = exercise
    return exercises


def _placement(title, modules):
    module_slug, completion, minimum = PLACEMENTS.get(title, (None, "", None))
    module = modules.get(module_slug)
    if module is None:
        return {"module": None, "completion": "", "completion_min_overall": None}
    return {"module": module, "completion": completion, "completion_min_overall": minimum}


def _recording(exercise, owner, clip, when, calibration=False, title=""):
    """A ready submission whose recording is the demo clip `clip` (found again by owner, exercise and title)."""
    submission = Submission.objects.filter(
        exercise=exercise, trainee=owner, calibration=calibration, title=title
    ).first()
    if submission is None:
        submission = Submission.objects.create(exercise=exercise, trainee=owner, calibration=calibration, title=title)
    manifest = load_manifest()[clip]
    target = storage.path(submission, "recording.mp4")
    if not target.exists():
        with storage.writing(target) as temporary:
            shutil.copyfile(ASSETS / manifest["file"], temporary)
        with storage.writing(storage.path(submission, "poster.jpg")) as temporary:
            shutil.copyfile(ASSETS / manifest["poster"], temporary)
    size = target.stat().st_size
    Submission.objects.filter(pk=submission.pk).update(
        status=Status.READY,
        original_name=manifest["file"],
        expected_bytes=size,
        received_bytes=size,
        duration=manifest["duration"],
        has_video=True,
        width=640,
        height=360,
        size_bytes=size,
        recording="recording.mp4",
        poster="poster.jpg",
        submitted_at=when,
        processed_at=when,
        created_at=when,
    )
    submission.refresh_from_db()
    return submission


def _rate(submission, rater, kind, values, overall, feedback="", when=None, comments=()):
    rating, _ = Rating.objects.update_or_create(
        submission=submission,
        rater=rater,
        defaults={"kind": kind, "overall": overall, "feedback": feedback, "published_at": when or timezone.now()},
    )
    rating.scores.all().delete()
    items = list(submission.exercise.rubric.items.all())
    ItemScore.objects.bulk_create(
        ItemScore(rating=rating, item=item, score=value, not_applicable=value is None)
        for item, value in zip(items, values, strict=True)
    )
    rating.comments.all().delete()
    techniques = {t.code: t for t in Technique.objects.filter(code__in=[c[2] for c in comments])}
    Comment.objects.bulk_create(
        Comment(rating=rating, seconds=seconds, text=text, technique=techniques.get(code))
        for seconds, text, code in comments
    )
    return rating


def seed_demo_practice(stdout=None):
    User = get_user_model()
    users = {u.username: u for u in User.objects.filter(username__in=["trainee", "supervisor", "admin"])}
    if not {"trainee", "supervisor", "admin"} <= set(users):
        return
    rubrics = seed_rubrics()
    exercises = seed_exercises(rubrics, seed_videos(load_manifest()))
    now = timezone.now()
    consent.give(users["trainee"])
    for title, username, clip, days, review in RESPONSES:
        when = now - timedelta(days=days)
        submission = _recording(exercises[title], users[username], clip, when)
        if review is None:
            Rating.objects.filter(submission=submission).delete()
            continue
        _rate(
            submission,
            users["supervisor"],
            RatingKind.OBSERVER,
            review["scores"],
            review["overall"],
            review["feedback"],
            when + timedelta(days=1),
            review["comments"],
        )
        if review["self"]:
            _rate(
                submission,
                users[username],
                RatingKind.SELF,
                review["self"],
                review["self_overall"],
                when=when + timedelta(hours=2),
            )
    for title, exercise, clip, (reference, ref_overall), (mine, my_overall) in CALIBRATION:
        submission = _recording(exercises[exercise], users["admin"], clip, now - timedelta(days=20), True, title)
        _rate(
            submission,
            users["admin"],
            RatingKind.REFERENCE,
            reference,
            ref_overall,
            "Reference rating: the consensus of two trainers.",
            now - timedelta(days=19),
        )
        _rate(submission, users["supervisor"], RatingKind.OBSERVER, mine, my_overall, when=now - timedelta(days=10))
    if stdout is not None:
        stdout.write(
            f"Practice studio ready: {len(RUBRICS)} training rubrics, {len(EXERCISES)} exercises, "
            f"{len(RESPONSES)} responses (one waiting in the demo supervisor's queue), "
            f"{len(CALIBRATION)} calibration recordings"
        )
