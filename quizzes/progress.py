"""A trainee's results, derived from their answers: nothing here is stored, so marking shows at once."""

from collections import defaultdict
from decimal import Decimal

from django.db.models import Count, Q, Sum

from quizzes import scoring
from quizzes.models import Answer, Attempt, Category


def category_scores(user):
    """One row per category (every category, attempted or not, plus uncategorised if used).

    correct: questions answered fully right; attempted: questions answered and marked;
    points and max_points: for partial credit. Answers awaiting marking are left out until marked.
    """
    rows = (
        Answer.objects.filter(attempt__user=user, points__isnull=False)
        .values("slot__category")
        .annotate(
            correct=Count("pk", filter=Q(is_correct=True)),
            attempted=Count("pk"),
            points=Sum("points"),
            max_points=Sum("slot__points"),
        )
    )
    by_category = {row["slot__category"]: row for row in rows}
    result = []
    for category in Category.objects.select_related("parent"):
        result.append(_row(category.full_name, category, by_category.get(category.pk)))
    result.sort(key=lambda r: r["name"].casefold())
    if None in by_category:
        from django.utils.translation import gettext as _

        result.append(_row(_("Uncategorised"), None, by_category[None]))
    return result


def _row(name, category, data):
    data = data or {"correct": 0, "attempted": 0, "points": Decimal("0"), "max_points": Decimal("0")}
    return {
        "name": name,
        "category": category,
        "correct": data["correct"],
        "attempted": data["attempted"],
        "points": data["points"] or Decimal("0"),
        "max_points": data["max_points"] or Decimal("0"),
        "percent": scoring.rounded(scoring.percent(data["points"] or 0, data["max_points"] or 0)),
    }


def finished_attempts(user):
    return Attempt.objects.filter(user=user).done().select_related("quiz").order_by("quiz__title", "number")


def quiz_grades(attempts):
    """{quiz id: grade percent} by each quiz's grading method, from finished attempts oldest first."""
    per_quiz = defaultdict(list)
    quizzes = {}
    for attempt in sorted(attempts, key=lambda a: (a.quiz_id, a.number)):
        per_quiz[attempt.quiz_id].append(attempt.percent)
        quizzes[attempt.quiz_id] = attempt.quiz
    return {pk: scoring.grade(percents, quizzes[pk].grading_method) for pk, percents in per_quiz.items()}


def best_result(quiz, user):
    """What the quiz card shows: the grade by the quiz's method and the number of finished attempts."""
    if not user.is_authenticated:
        return None
    attempts = list(
        Attempt.objects.filter(user=user, quiz=quiz).done().order_by("number").values_list("percent", "passed")
    )
    if not attempts:
        return None
    value = scoring.grade([p for p, _ in attempts], quiz.grading_method)
    return {
        "percent": scoring.rounded(value),
        "attempts": len(attempts),
        "passed": scoring.has_passed(value, quiz.pass_mark),
    }
