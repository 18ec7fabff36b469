"""The demo quizzes: one per curriculum module, keyed by module slug, and the demo trainee's attempts.

``seed_demo_quizzes()`` is idempotent: quizzes are found by slug and questions by title, and
updated in place; the trainee's attempts are only made where none exist yet.
"""

import random
from decimal import Decimal

from django.contrib.auth import get_user_model
from django.db import transaction

from courses.demo.build import ASSETS, load_manifest, seed_techniques, seed_videos
from courses.models import Technique
from quizzes import taking
from quizzes.demo_questions import QUIZZES
from quizzes.interchange.common import as_rich_text, category_for
from quizzes.models import AnswerOption, Attempt, Question, Quiz, QuizQuestion

DEMO_TRAINEE = "trainee"
QUIZ_FIELDS = ("exam_paper", "reveal_answers", "pass_mark", "time_limit", "allow_anonymous", "single_attempt")


def _log(stdout, message):
    if stdout is not None:
        stdout.write(message)


def _techniques(codes):
    if Technique.objects.filter(code__in=codes).count() < len(set(codes)):
        seed_techniques()
    return {t.code: t for t in Technique.objects.filter(code__in=codes)}


def _question(spec, category, videos, techniques, manifest):
    kind = spec.get("kind", "mc_single")
    fields = {
        "kind": kind,
        "category": category,
        "vignette": spec.get("vignette", ""),
        "content": spec["content"],
        "explanation": as_rich_text(spec.get("explanation", "")),
        "points": Decimal(str(spec.get("points", 1))),
        "is_true": spec.get("is_true", True),
        "rubric": spec.get("rubric", ""),
    }
    if kind in ("spot_name", "spot_moment"):
        clip = manifest[spec["clip"]]
        fields.update(
            video=videos[spec["clip"]],
            captions=(ASSETS / clip["captions"]).read_text(encoding="utf-8"),
            technique=techniques[spec["technique"]],
            moment=Decimal(str(spec["time"])),
            tolerance=Decimal(str(spec.get("tolerance", 3))),
        )
    question, created = Question.objects.update_or_create(title=spec["title"], defaults=fields)
    if kind in ("mc_single", "mc_multiple"):
        wanted = [
            (text, correct, Decimal(str(rest[0])) if rest else Decimal("0")) for text, correct, *rest in spec["options"]
        ]
        current = list(question.options.order_by("sort_order").values_list("text", "correct", "weight"))
        if current != wanted:
            question.options.all().delete()
            AnswerOption.objects.bulk_create(
                AnswerOption(question=question, text=text, correct=correct, weight=weight, sort_order=order)
                for order, (text, correct, weight) in enumerate(wanted)
            )
    if kind == "spot_name":
        # A ParentalManyToManyField is written to the database when its question is saved.
        question.technique_choices.set([techniques[code] for code in spec["others"]])
        question.save()
    if created:
        question.save_revision()
    return question


@transaction.atomic
def seed_demo_quizzes(stdout=None):
    """Create or refresh the demo quizzes. Returns {module slug: Quiz}."""
    manifest = load_manifest()
    videos = seed_videos(manifest)
    codes = [
        code
        for quiz in QUIZZES.values()
        for q in quiz["questions"]
        for code in ([q["technique"], *q.get("others", [])] if "technique" in q else [])
    ]
    techniques = _techniques(codes)
    quizzes = {}
    for module_slug, spec in QUIZZES.items():
        category = category_for(list(spec["category"]))
        quiz, created = Quiz.objects.update_or_create(
            slug=module_slug,
            defaults={
                "title": spec["title"],
                "module_slug": module_slug,
                "category": category.parent or category,
                "description": spec.get("description", "A short check of this module's key ideas."),
                "success_text": "Well done: you have the module's key ideas.",
                "fail_text": "Have another look at the module, then try again.",
                **{field: spec[field] for field in QUIZ_FIELDS if field in spec},
            },
        )
        questions = [_question(q, category, videos, techniques, manifest) for q in spec["questions"]]
        links = list(quiz.quiz_questions.order_by("sort_order").values_list("question_id", flat=True))
        if links != [q.pk for q in questions]:
            quiz.quiz_questions.all().delete()
            QuizQuestion.objects.bulk_create(
                QuizQuestion(quiz=quiz, question=q, sort_order=order) for order, q in enumerate(questions)
            )
        if created:
            quiz.save_revision()
        quizzes[module_slug] = quiz
    count = sum(len(spec["questions"]) for spec in QUIZZES.values())
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
