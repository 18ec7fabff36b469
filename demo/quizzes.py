"""The demo quizzes, from their content files (``demo/content/quizzes/``: a GIFT file and a settings file each),
and the demo trainee's attempts.

A quiz does not name its module: a module's file places it with a ``quiz`` block, and publishing the module
indexes the placement (``courses.QuizPlacement``).

``seed_demo_quizzes()`` is idempotent: quizzes are found by slug and questions by title, and
updated in place; the trainee's attempts are only made where none exist yet.

``take_as_trainee()`` and ``mark_essays()`` take and mark attempts the way a trainee and a marker would
(through ``quizzes.taking`` and ``quizzes.marking``), with answers of a given quality; the demo journey
(``demo.journey``) uses them for the further trainees, who exist only once the curriculum does.
"""

import datetime
import math
import random
from decimal import Decimal

from django.contrib.auth import get_user_model
from django.db import transaction

from demo.curriculum_build import ASSETS, load_manifest, seed_techniques, seed_videos
from demo.loader import CONTENT, check_model, fail, read_quizzes
from quizzes import marking, scoring, taking
from quizzes.interchange.common import as_rich_text, category_for
from quizzes.models import (
    CHOICE_KINDS,
    Answer,
    AnswerOption,
    AnswerOrder,
    Attempt,
    MarkingEvent,
    Question,
    Quiz,
    QuizQuestion,
)

DEMO_TRAINEE = "trainee"
QUIZ_FIELDS = (
    "exam_paper",
    "reveal_answers",
    "pass_mark",
    "time_limit",
    "allow_anonymous",
    "single_attempt",
    "navigation",
)


def _log(stdout, message):
    if stdout is not None:
        stdout.write(message)


def _named(table, name, path, line, message):
    if name not in table:
        fail(path, line, message.format(name=name))
    return table[name]


def _question(item, extra, quiz_file, videos, techniques, manifest):
    """The bank's question for one parsed GIFT question and its settings (``extra``), found by title."""
    settings = extra.value
    kind = settings.get("kind") or item.kind
    fields = {
        "kind": kind,
        "category": category_for(item.category_path) if item.category_path else None,
        "vignette": item.vignette,
        "content": item.content,
        "explanation": as_rich_text(item.explanation),
        "points": Decimal(str(settings.get("points", item.points))),
        "is_true": item.is_true,
        "rubric": settings.get("rubric", ""),
        "text_format": item.text_format,
        "correct_feedback": item.correct_feedback,
        "partial_feedback": item.partial_feedback,
        "incorrect_feedback": item.incorrect_feedback,
        "answer_order": settings.get(
            "answer_order", AnswerOrder.RANDOM if kind in CHOICE_KINDS else AnswerOrder.AS_ENTERED
        ),
    }
    path = quiz_file.path
    if kind in ("spot_name", "spot_moment"):
        clip = _named(manifest, settings["clip"], path, extra.line(("clip",)), "no role-play clip {name}")
        code = settings["technique"]
        message = "no technique with the code {name} in demo/content/techniques/"
        fields.update(
            video=videos[settings["clip"]],
            captions=(ASSETS / clip["captions"]).read_text(encoding="utf-8"),
            technique=_named(techniques, code, path, extra.line(("technique",)), message),
            moment=Decimal(str(settings["time"])),
            tolerance=Decimal(str(settings.get("tolerance", 3))),
        )
        others = [
            _named(techniques, other, path, extra.line(("others", index)), message)
            for index, other in enumerate(settings.get("others", []))
        ]
    question = Question.objects.filter(title=item.title).first()
    created = question is None
    question = question or Question(title=item.title)
    for name, value in fields.items():
        setattr(question, name, value)
    check_model(question, quiz_file.gift_path, lambda name: item.line)
    question.save()
    wanted = [(o.text, o.correct, o.weight, o.feedback, o.tolerance, o.match) for o in item.options]
    fields = ("text", "correct", "weight", "feedback", "tolerance", "match")
    if list(question.options.order_by("sort_order").values_list(*fields)) != wanted:
        question.options.all().delete()
        AnswerOption.objects.bulk_create(
            AnswerOption(question=question, sort_order=order, **dict(zip(fields, option, strict=True)))
            for order, option in enumerate(wanted)
        )
    if kind == "spot_name":
        # A ParentalManyToManyField is written to the database when its question is saved.
        question.technique_choices.set(others)
        question.save()
    if created:
        question.save_revision()
    return question


@transaction.atomic
def seed_demo_quizzes(stdout=None, folder=CONTENT):
    """Create or refresh the demo quizzes. Returns {quiz slug: Quiz}."""
    files = read_quizzes(folder)
    manifest = load_manifest()
    videos = seed_videos(manifest)
    techniques = seed_techniques(folder)
    quizzes, count = {}, 0
    for quiz_file in files:
        paths = [item.category_path for item, _extra in quiz_file.questions if item.category_path]
        category = category_for(paths[0]) if paths else None
        settings = quiz_file.settings.value
        fields = {
            "title": settings["title"],
            "category": category.parent or category if category else None,
            "description": settings.get("description", "A short check of this module's key ideas."),
            "success_text": "Well done: you have the module's key ideas.",
            "fail_text": "Have another look at the module, then try again.",
            **{field: settings[field] for field in QUIZ_FIELDS if field in settings},
        }
        quiz = Quiz.objects.filter(slug=quiz_file.slug).first()
        created = quiz is None
        quiz = quiz or Quiz(slug=quiz_file.slug)
        for name, value in fields.items():
            setattr(quiz, name, value)
        check_model(quiz, quiz_file.path, lambda name, quiz_file=quiz_file: quiz_file.settings.line((name,)))
        quiz.save()
        questions = [
            _question(item, extra, quiz_file, videos, techniques, manifest) for item, extra in quiz_file.questions
        ]
        links = list(quiz.quiz_questions.order_by("sort_order").values_list("question_id", flat=True))
        if links != [q.pk for q in questions]:
            quiz.quiz_questions.all().delete()
            QuizQuestion.objects.bulk_create(
                QuizQuestion(quiz=quiz, question=q, sort_order=order) for order, q in enumerate(questions)
            )
        if created:
            quiz.save_revision()
        quizzes[quiz_file.slug] = quiz
        count += len(questions)
    _log(stdout, f"Quizzes ready: {len(quizzes)} quizzes, {count} questions.")
    seed_trainee_attempts(quizzes, stdout)
    return quizzes


def _right_payload(slot):
    snap = slot.snapshot
    kind = snap["kind"]
    if kind == "mc_single":
        return {"option": next(o["id"] for o in snap["options"] if o["correct"])}
    if kind == "mc_multiple":
        return {"options": [o["id"] for o in snap["options"] if o["correct"]]}
    if kind == "true_false":
        return {"value": snap["is_true"]}
    if kind == "essay":
        return {"text": "I would slow things down, validate first and keep the formulation shared with the patient."}
    if kind == "spot_name":
        return {"technique": snap["technique"]["id"]}
    return {"time": snap["moment"]}


def _wrong_payload(slot):
    snap = slot.snapshot
    if snap["kind"] == "mc_single":
        return {"option": next(o["id"] for o in snap["options"] if not o["correct"])}
    if snap["kind"] == "true_false":
        return {"value": not snap["is_true"]}
    return _right_payload(slot)


def _answer(attempt, user, upto, wrong_every=0):
    for _ in range(upto):
        attempt.refresh_from_db()
        slot = taking.current_slot(attempt)
        if slot is None:
            return
        wrong = wrong_every and slot.position % wrong_every == 0
        payload = _wrong_payload(slot) if wrong else _right_payload(slot)
        taking.submit_answer(attempt.pk, slot.position, attempt.sequence, payload, user=user)


def seed_trainee_attempts(quizzes, stdout=None):
    """Finished attempts, open attempts and one essay awaiting marking, for the demo trainee."""
    trainee = get_user_model().objects.filter(username=DEMO_TRAINEE).first()
    if trainee is None:
        return
    rng = random.Random(2026)  # noqa: S311 (a fixed seed keeps the demo the same on every run)
    plan = [
        ("mbt-mentalizing-and-bpd", "finish", 0),
        ("mbt-modes-and-formulation", "finish", 2),
        ("dbt-biosocial-theory", "finish", 3),
        ("cross-group-formats", "finish", 0),  # ends with an essay: awaiting marking
        ("mbt-mentalizing-stance", "open", 0),
        ("dbt-structure-and-targets", "open", 0),
    ]
    for slug, action, wrong_every in plan:
        quiz = quizzes[slug]
        if Attempt.objects.filter(user=trainee, quiz=quiz).exists():
            continue
        attempt = taking.start_or_resume(quiz, user=trainee, rng=rng)
        total = attempt.slots.count()
        _answer(attempt, trainee, total if action == "finish" else 1, wrong_every)
    _log(stdout, "The demo trainee has finished and open attempts, and an essay awaiting marking.")


# Answers of varied quality for the further trainees -------------------------------------------------------------

# An essay answer of each quality (weak, middling, strong) for each demo essay question, by question title.
ESSAY_ANSWERS = {
    "M5 Owning one's part": (
        "I would explain to her that she may be projecting feelings from earlier relationships onto me, and "
        "that this is something we can work on.",
        "I would say I am sorry she feels unheard and ask what happened just now. Then I would try to show "
        "her that I do want to understand.",
        "I would stop and go back to the moment she felt unheard: 'Let's rewind, when did it start to feel "
        "like that?' I would take her experience seriously, say I may well have missed something, and own "
        "my part ('I think I moved on too quickly'), without turning it into an interpretation about her past.",
    ),
    "X Groups: compare in writing": (
        "Both are groups where patients learn to cope better. The MBT group talks more and the DBT group "
        "has more structure.",
        "The DBT skills group is like a seminar with handouts and homework, led by two trainers. The MBT "
        "group is more open and the members talk about their experiences with each other. Conflict is "
        "probably handled differently.",
        "MBT-G sits in a circle (with an empty chair for an absent member); the leaders do not teach but "
        "keep the group mentalizing, and conflict between members is slowed down and explored as it "
        "happens. The DBT skills group is run like a seminar: a handout, homework review and a new skill. "
        "Conflict is noted and redirected to skills or to individual therapy rather than processed in the room.",
    ),
    "X4 Dana": (
        "Dana has borderline personality disorder. I would start MBT because she is reflective between crises.",
        "Dana's overdoses and admissions are the main problem, so I would first work on safety, probably "
        "with DBT skills. Later she could do more reflective work.",
        "Formulation: severe BPD with life-threatening behaviour (overdoses, three admissions) and "
        "reflective capacity that collapses under arousal. Plan: DBT-style crisis work first (chain "
        "analysis, a diary card, skills for the next crisis), then MBT (or GPM if resources are tight) "
        "once crises are rarer. I would write the formulation with Dana and share the reasons for the order.",
    ),
}
GENERIC_ESSAYS = (
    "I would try to stay calm and use the techniques from the module.",
    "I would validate first and then explore what happened, keeping the patient's view in mind.",
    "I would slow things down, validate first and keep the formulation shared with the patient.",
)


def chance_right(skill, difficulty):
    """How likely a trainee of `skill` answers a question of `difficulty` right (both in logits)."""
    return 1 / (1 + math.exp(-1.7 * (skill - difficulty)))


def difficulty(slot):
    """A question's difficulty, fixed by its title (some nearly everyone gets right, some few)."""
    return random.Random(f"2026:{slot.snapshot.get('title', slot.question_id)}").uniform(-2.0, 1.6)  # noqa: S311


def _band(quality):
    return 0 if quality < 0.4 else 1 if quality < 0.75 else 2


def answer_payload(slot, right, rng, quality=0.5):
    """A payload for the attempt's question `slot`: right or wrong; an essay written at `quality` (0 to 1)."""
    snap = slot.snapshot
    kind = snap["kind"]
    if kind == "essay":
        texts = ESSAY_ANSWERS.get(snap.get("title"), GENERIC_ESSAYS)
        return {"text": texts[_band(quality)]}
    if right:
        return _right_payload(slot)
    if kind == "mc_single":
        return {"option": rng.choice([o["id"] for o in snap["options"] if not o["correct"]])}
    if kind == "mc_multiple":
        correct = [o["id"] for o in snap["options"] if o["correct"]]
        wrong = [o["id"] for o in snap["options"] if not o["correct"]]
        if len(correct) > 1 and (not wrong or rng.random() < 0.5):
            return {"options": rng.sample(correct, len(correct) - 1)}  # one missed: partial credit
        return {"options": [*correct[:1], rng.choice(wrong)]} if wrong else _right_payload(slot)
    if kind == "true_false":
        return {"value": not snap["is_true"]}
    if kind == "spot_name":
        others = [t["id"] for t in snap["technique_choices"] if t["id"] != snap["technique"]["id"]]
        return {"technique": rng.choice(others)} if others else _right_payload(slot)
    moment, tolerance = float(snap["moment"]), float(snap["tolerance"])
    miss = tolerance + rng.uniform(3, 12)
    early = moment - miss
    return {"time": f"{early if early >= 0 and rng.random() < 0.5 else moment + miss:.1f}"}


def take_as_trainee(quiz, user, skill, finished_at, rng):
    """A finished attempt at `quiz` by `user`, answered at `skill` (logits), its last answer at `finished_at`.

    The attempt is started by ``quizzes.taking``; its answers are recorded and scored as ``taking`` records a
    trainee's posts (``quizzes.scoring``), all at once for speed, and ``taking.finish`` closes it. The times are
    then set back to plausible ones (attempts and answers stamp the present when they are created).
    """
    attempt = taking.start_or_resume(quiz, user=user, rng=rng)
    slots = list(attempt.slots.order_by("position"))
    pauses = [datetime.timedelta(seconds=rng.randint(25, 150)) for _ in slots]  # reading and answering
    started = finished_at - sum(pauses, datetime.timedelta())
    answers = []
    for slot in slots:
        quality = chance_right(skill, 0.3) + rng.uniform(-0.15, 0.15)
        payload = answer_payload(slot, rng.random() < chance_right(skill, difficulty(slot)), rng, quality)
        mark = scoring.mark_answer(slot.snapshot, payload)
        answers.append(
            Answer(attempt=attempt, slot=slot, payload=payload, points=mark.points, is_correct=mark.is_correct)
        )
    Answer.objects.bulk_create(answers)
    at = started
    for answer, pause in zip(answers, pauses, strict=True):
        at += pause
        answer.answered_at = at  # the last one at finished_at
    Answer.objects.bulk_update(answers, ["answered_at"])
    attempt.sequence = len(answers)
    taking.finish(attempt, now=finished_at)
    deadline = started + datetime.timedelta(minutes=quiz.time_limit) if quiz.time_limit else None
    Attempt.objects.filter(pk=attempt.pk).update(started_at=started, deadline=deadline)
    attempt.started_at, attempt.deadline = started, deadline
    return attempt


def _lower_first(text):
    return text if text[:2].isupper() else text[:1].lower() + text[1:]  # keeps "MBT", "DBT" as they are


def _feedback(criteria, met):
    met_text = "; ".join(_lower_first(c) for i, c in enumerate(criteria) if i in met)
    missed = "; ".join(_lower_first(c) for i, c in enumerate(criteria) if i not in met)
    if not criteria:
        return "Thank you: a thoughtful answer."
    if not missed:
        return "Thorough: you cover every point of the rubric. Well done."
    if not met:
        return f"This stays general. Look at the module again for what the answer needs: {missed}."
    return f"Covered well: {met_text}. Still missing: {missed}."


# The share of an essay's points a marker gives each quality of answer (weak, middling, strong).
ESSAY_MARKS = (0.25, 0.6, 0.95)


def mark_essays(attempt, marker, rng, marked_at=None):
    """Mark the attempt's essays as `marker`, through ``quizzes.marking``: points, rubric and feedback.

    The points follow what the essay says (the weak, middling or strong answer of ``ESSAY_ANSWERS``), give or
    take a marker's judgement; `marked_at` dates the marks (they stamp the present when saved).
    """
    for answer in Answer.objects.filter(attempt=attempt, points__isnull=True).select_related("slot"):
        texts = ESSAY_ANSWERS.get(answer.slot.snapshot.get("title"), GENERIC_ESSAYS)
        text = answer.payload.get("text")
        band = texts.index(text) if text in texts else 1
        most = answer.slot.points
        quality = min(1.0, max(0.0, ESSAY_MARKS[band] + rng.uniform(-0.12, 0.12)))
        points = Decimal(round(float(most) * quality))
        criteria = answer.slot.snapshot.get("rubric", [])
        met = sorted(rng.sample(range(len(criteria)), round(len(criteria) * float(points / most)))) if most else []
        marking.mark(answer.pk, attempt.pk, marker, points, _feedback(criteria, met), met)
        if marked_at is not None:
            Answer.objects.filter(pk=answer.pk).update(marked_at=marked_at)
            MarkingEvent.objects.filter(answer=answer).update(at=marked_at)
    attempt.refresh_from_db()
    return attempt
