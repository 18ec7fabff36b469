import random

from django.shortcuts import get_object_or_404, render
from django.urls import reverse

from quizzes.access import can_preview_drafts, get_quiz, listed_quizzes, may_take, own_attempts
from quizzes.models import Category
from quizzes.overrides import rules_for
from quizzes.taking import draw_questions, open_attempt, why_no_new_attempt


def quiz_index(request):
    return render(request, "quizzes/quiz_index.html", {"quizzes": listed_quizzes()})


def category_index(request):
    categories = Category.objects.select_related("parent").order_by("parent__name", "name")
    return render(request, "quizzes/category_index.html", {"categories": categories})


def category_detail(request, slug):
    category = get_object_or_404(Category.objects.select_related("parent"), slug=slug)
    quizzes = listed_quizzes().filter(category_id__in=category.descendant_ids())
    return render(request, "quizzes/category_detail.html", {"category": category, "quizzes": quizzes})


def authoring_problems(quiz):
    """What an editor needs to fix before trainees can take the quiz."""
    from django.utils.translation import gettext as _

    from quizzes.questions import question_problems

    problems = []
    links = quiz.quiz_questions.select_related("question").prefetch_related("question__options")
    for link in links:
        for problem in question_problems(link.question):
            problems.append(f"{link.question}: {problem}")
    if not draw_questions(quiz):
        problems.append(_("The quiz has no question that can be asked, so trainees cannot start it."))
    return problems


def quiz_detail(request, slug):
    quiz = get_quiz(request, slug)
    user, session_key = (request.user, "") if request.user.is_authenticated else (None, request.session.session_key)
    current = open_attempt(quiz, user, session_key) if (user or session_key) else None
    attempts = list(own_attempts(request).filter(quiz=quiz).done().order_by("number"))
    access = may_take(request, quiz)
    rules = rules_for(request.user, quiz)
    context = {
        "quiz": quiz,
        "may_take": access.allowed,
        "refused": access.reason if request.user.is_authenticated and not access else "",
        "open_attempt": current,
        "rules": rules,
        "no_attempt_left": None if current else why_no_new_attempt(quiz, len(attempts), rules=rules),
        "attempts": attempts,
        "problems": authoring_problems(quiz) if can_preview_drafts(request.user) else [],
        "question_count": drawn_question_count(quiz),
        "modules": modules_using(quiz),
        "preview_url": reverse("quizzes_preview_quiz", args=[quiz.pk])
        if request.user.has_perm("quizzes.change_quiz")
        else "",
    }
    return render(request, "quizzes/quiz_detail.html", context)


def drawn_question_count(quiz):
    """How many questions an attempt will hold: the quiz's own and its random draws, as an attempt draws them.

    The draw is random but its size is not, so a fixed seed gives the count without touching the trainee's draw.
    """
    return len(draw_questions(quiz, random.Random(0)))  # noqa: S311 (a count, not a draw anyone sees)


def modules_using(quiz):
    """The live pages that place this quiz (Wagtail's reference index knows them), for a way back."""
    from wagtail.models import Page, ReferenceIndex

    page_ids = ReferenceIndex.get_references_to(quiz).filter(base_content_type__model="page")
    ids = [int(object_id) for object_id in page_ids.values_list("object_id", flat=True)]
    return Page.objects.live().filter(pk__in=ids).order_by("path")
