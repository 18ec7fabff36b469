"""Editors preview a quiz, or one question, as a trainee would meet it: clearly marked, and nothing recorded.

A GET draws the questions from a new seed (reading only); the POST of "Check the answers" redraws them from the
same seed and scores the answers in memory (`quizzes.preview`), showing the review a trainee would see, with the
right answers and feedback. No attempt is created, so nothing reaches reports, statistics, completion or the
trainee's attempt counts.
"""

from django.contrib.auth.decorators import permission_required
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import reverse
from django.views.decorators.http import require_http_methods

from quizzes import preview
from quizzes.models import Question, Quiz
from quizzes.views.catalogue import authoring_problems


def _seed(request):
    """The preview's seed: the posted one (checking answers), else a new one."""
    raw = request.POST.get("seed", "") if request.method == "POST" else ""
    if raw.isdigit() and 0 < int(raw) <= preview.SEED_MAX:
        return int(raw)
    return preview.new_seed()


def _render(request, context, slots, pass_mark, bands=()):
    items = preview.build(slots, request.POST if request.method == "POST" and "seed" in request.POST else None)
    result = preview.check(items, pass_mark, bands) if request.method == "POST" else None
    return TemplateResponse(request, "quizzes/preview.html", {**context, "items": items, "result": result})


@require_http_methods(["GET", "POST"])
@permission_required("quizzes.change_quiz", raise_exception=True)
def preview_quiz(request, pk):
    quiz = get_object_or_404(Quiz.objects.select_related("category__parent"), pk=pk)
    seed = _seed(request)
    context = {
        "quiz": quiz,
        "title": quiz.title,
        "seed": seed,
        "pass_mark": quiz.pass_mark,
        "problems": authoring_problems(quiz),
        "edit_url": reverse("wagtailsnippets_quizzes_quiz:edit", args=[quiz.pk]),
        "again_url": request.path,
    }
    bands = list(quiz.feedback_bands.all()) if request.method == "POST" else []
    return _render(request, context, preview.quiz_slots(quiz, seed), quiz.pass_mark, bands)


@require_http_methods(["GET", "POST"])
@permission_required("quizzes.change_question", raise_exception=True)
def preview_question(request, pk):
    question = get_object_or_404(Question, pk=pk)
    seed = _seed(request)
    context = {
        "question": question,
        "title": str(question),
        "seed": seed,
        "problems": question.problems(),
        "edit_url": reverse("wagtailsnippets_quizzes_question:edit", args=[question.pk]),
        "again_url": request.path,
    }
    slots = [] if question.problems() else preview.question_slots(question, seed)
    return _render(request, context, slots, 0)


@permission_required("quizzes.change_question", raise_exception=True)
def preview_captions(request, pk):
    """A previewed spot-the-technique question's captions, as WebVTT."""
    question = get_object_or_404(Question, pk=pk)
    if not question.captions.strip():
        raise Http404
    response = HttpResponse(question.captions, content_type="text/vtt; charset=utf-8")
    response["X-Content-Type-Options"] = "nosniff"
    return response
