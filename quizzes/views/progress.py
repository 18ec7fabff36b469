from django.contrib.auth.decorators import login_required
from django.shortcuts import render

from quizzes import progress


@login_required
def progress_page(request):
    attempts = list(progress.finished_attempts(request.user))
    grades = progress.quiz_grades(attempts)
    quizzes = {}
    for attempt in attempts:
        entry = quizzes.setdefault(attempt.quiz_id, {"quiz": attempt.quiz, "attempts": [], "grade": None})
        entry["attempts"].append(attempt)
        entry["grade"] = grades.get(attempt.quiz_id)
    context = {
        "categories": progress.category_scores(request.user),
        "quizzes": list(quizzes.values()),
    }
    return render(request, "quizzes/progress.html", context)
