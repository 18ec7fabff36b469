import json

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import RequestDataTooBig, ValidationError
from django.db.models import Sum
from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods
from wagtail.images import get_image_model

from quizzes import taking
from quizzes.access import get_own_attempt, get_quiz, may_take, own_attempts, owner
from quizzes.forms import AnswerForm
from quizzes.models import Attempt, AttemptStatus, RevealAnswers
from quizzes.review import reveals_answers, review_row, review_rows

# The question just answered, passed in the next page's address (reading a page never writes the session).
FEEDBACK_PARAM = "answered"
# An autosave's body: an essay at its longest, with room for JSON's escapes; anything larger is refused unread.
DRAFT_BODY_LIMIT = 128 * 1024
# The browser's draft counter (milliseconds since 1970, as JavaScript's Date.now()) stays a safe integer in JS.
DRAFT_SEQUENCE_MAX = 2**53 - 1
POSITION_MAX = 32767


def _refuse_visitor(request, quiz):
    if quiz.allow_anonymous and quiz.single_attempt:
        return render(request, "quizzes/sign_in_required.html", {"quiz": quiz})
    return redirect_to_login(request.get_full_path())


def _figure(slot):
    figure_id = slot.snapshot.get("figure_id")
    if not figure_id:
        return None
    return get_image_model().objects.filter(pk=figure_id).first()


def _question_page(request, quiz, attempt, slot, form, status=200, draft=None):
    answered, total = taking.progress(attempt)
    previous = None
    position = _feedback_position(request)
    if position is not None and quiz.reveal_answers == RevealAnswers.AFTER_EACH:
        slot_before = attempt.slots.select_related("answer").filter(position=position, answer__isnull=False).first()
        previous = review_row(slot_before) if slot_before else None
    seconds_left = None
    if attempt.deadline:
        seconds_left = max(0, int((attempt.deadline - timezone.now()).total_seconds()))
    context = {
        "quiz": quiz,
        "attempt": attempt,
        "slot": slot,
        "snap": slot.snapshot,
        "form": form,
        "number": slot.position,
        "answered": answered,
        "total": total,
        "previous": previous,
        "seconds_left": seconds_left,
        "figure": _figure(slot),
        "withdrawn": slot.question_id is None,
        "draft": draft,
    }
    return render(request, "quizzes/question.html", context, status=status)


def _time_up_message(quiz, before_answer):
    if quiz.has_closed():
        if before_answer:
            return _("The quiz closed before this answer arrived, so it was not recorded. Your earlier answers count.")
        return _("The quiz has closed. Your answers up to the close were recorded.")
    if before_answer:
        return _("Time ran out before this answer arrived, so it was not recorded.")
    return _("Time ran out. Your answers up to the limit were recorded.")


def _stale(request, quiz, status=409):
    return render(request, "quizzes/stale.html", {"quiz": quiz}, status=status)


@require_http_methods(["GET", "POST"])
def take(request, slug):
    """GET shows the open attempt's current question (reading only); POST answers it.

    Every POST ends in a redirect, so a refresh never re-sends an answer. GET never writes: with no open attempt
    it sends the person to the quiz's page (whose "Start the quiz" button posts to `start`), and an attempt whose
    time ran out or has no question left is closed only by a POST to `start`. A POST answers the open attempt
    (and is checked for access only when there is none, which keeps the post the trainee makes most within its
    query budget).
    """
    quiz = get_quiz(request, slug)
    if request.method == "POST":
        user, session_key = owner(request)
        return _answer(request, quiz, user, session_key)
    refused = _refusal(request, quiz)
    if refused:
        return refused
    user, session_key = owner(request)
    attempt = taking.open_attempt(quiz, user, session_key)
    if attempt is None:
        return redirect(quiz)
    # The current question and its autosaved draft, in one query.
    slot = None if taking.is_overdue(attempt) else taking.current_slot(attempt, with_draft=True)
    if slot is None:
        return render(request, "quizzes/close_attempt.html", {"quiz": quiz, "attempt": attempt})
    draft = taking.slot_draft(slot)
    initial = {"sequence": attempt.sequence}
    if draft is not None and draft.value is not None:
        initial["answer"] = draft.value  # reopening the page shows what the trainee had typed or chosen
    form = AnswerForm(slot, initial=initial)
    return _question_page(request, quiz, attempt, slot, form, draft=draft)


@require_http_methods(["POST"])
def start(request, slug):
    """Start an attempt (or resume the open one) after the access check, then show its current question.

    An open attempt whose time ran out, or with no question left, is closed here and its result shown.
    """
    quiz = get_quiz(request, slug)
    refused = _refusal(request, quiz)
    if refused:
        return refused
    user, session_key = owner(request, create_session=True)
    try:
        attempt = taking.start_or_resume(quiz, user=user, session_key=session_key)
    except taking.QuizUnavailable as unavailable:
        return render(request, "quizzes/unavailable.html", {"quiz": quiz, "message": unavailable.message})
    if not attempt.is_open:
        if attempt.timed_out:
            messages.warning(request, _time_up_message(quiz, before_answer=False))
        return redirect(attempt)
    if taking.current_slot(attempt) is None:
        taking.finish(attempt)
        return redirect(attempt)
    return redirect(quiz.get_take_url())


def _refusal(request, quiz):
    """The page refusing this person the quiz, or None when they may take it."""
    access = may_take(request, quiz)
    if access:
        return None
    if not request.user.is_authenticated:
        return _refuse_visitor(request, quiz)
    return render(request, "quizzes/unavailable.html", {"quiz": quiz, "message": access.reason}, status=403)


def _read_answer(post):
    def read(attempt, slot):
        form = AnswerForm(slot, post)
        if not form.is_valid():
            raise taking.InvalidAnswer(attempt, slot, form)
        return form.payload()

    return read


def _with_feedback(url, quiz, position):
    """The next page's address; it shows the feedback on the question just answered when the quiz says so."""
    if quiz.reveal_answers == RevealAnswers.AFTER_EACH:
        return f"{url}?{FEEDBACK_PARAM}={position}"
    return url


def _answer(request, quiz, user, session_key):
    try:
        position = int(request.POST.get("position", ""))
        sequence = int(request.POST.get("sequence", ""))
    except ValueError:
        return _stale(request, quiz, status=400)
    try:
        result = taking.answer_current(
            quiz, position, sequence, _read_answer(request.POST), user=user, session_key=session_key
        )
    except taking.InvalidAnswer as invalid:
        return _question_page(request, quiz, invalid.attempt, invalid.slot, invalid.form)
    except taking.StaleAnswer:
        return _refusal(request, quiz) or _stale(request, quiz)
    except taking.TimeUp:
        messages.warning(request, _time_up_message(quiz, before_answer=True))
        attempt = taking.open_attempt(quiz, user, session_key) or own_attempts(request).filter(quiz=quiz).first()
        return redirect(attempt) if attempt else redirect(quiz)
    if result.finished:
        return redirect(_with_feedback(result.attempt.get_absolute_url(), quiz, position))
    return redirect(_with_feedback(quiz.get_take_url(), quiz, position))


def _feedback_position(request):
    try:
        return int(request.GET.get(FEEDBACK_PARAM, ""))
    except ValueError:
        return None


def attempt_result(request, pk):
    attempt = get_own_attempt(request, pk, own_attempts(request).select_related("quiz__category__parent", "user"))
    if attempt.is_open:
        return redirect("quizzes:take", slug=attempt.quiz.slug)
    quiz = attempt.quiz
    last = None
    position = _feedback_position(request)
    show_answers = reveals_answers(quiz, attempt)
    if position is not None and quiz.reveal_answers == RevealAnswers.AFTER_EACH:
        slot_before = attempt.slots.select_related("answer").filter(position=position).first()
        last = review_row(slot_before) if slot_before else None
    context = {
        "quiz": quiz,
        "attempt": attempt,
        "rows": review_rows(attempt),
        "show_answers": show_answers,
        "last": last,
        "awaiting_marking": attempt.status == AttemptStatus.NEEDS_MARKING,
    }
    if not request.user.is_authenticated:
        totals = own_attempts(request).done().aggregate(score=Sum("score"), max_score=Sum("max_score"))
        context["session_score"] = totals
    return render(request, "quizzes/result.html", context)


def captions(request, pk, position):
    """The clip's captions for a spot-the-technique question of one's own attempt, as WebVTT."""
    attempt = get_own_attempt(request, pk)
    slot = attempt.slots.filter(position=position).first()
    if slot is None or "captions" not in slot.snapshot:
        raise Http404
    response = HttpResponse(slot.snapshot["captions"], content_type="text/vtt; charset=utf-8")
    response["X-Content-Type-Options"] = "nosniff"
    return response


def _draft_error(message, code, status):
    return JsonResponse({"saved": False, "error": str(message), "code": code}, status=status)


def _is_int(value, low, high):
    return isinstance(value, int) and not isinstance(value, bool) and low <= value <= high


@require_http_methods(["POST"])
def save_draft(request, pk):
    """Autosave: store the draft of the current question of one's own open attempt, answering in JSON.

    The body is JSON: ``{"position": 3, "client_sequence": 1767225600000, "answer": ...}``, the answer as the
    question's field holds it (text, an option id, a list of ids, "true"/"false", or null). Everything is
    checked before anything is written; every refusal is a 4xx with ``{"error": ..., "code": ...}``.
    """
    try:
        too_big = int(request.META.get("CONTENT_LENGTH") or 0) > DRAFT_BODY_LIMIT
        body = b"" if too_big else request.body
    except (ValueError, RequestDataTooBig):
        too_big = True
    if too_big or len(body) > DRAFT_BODY_LIMIT:
        return _draft_error(_("The draft is too large to save."), "too_large", 413)
    try:
        data = json.loads(body)
    except (ValueError, RecursionError):  # UnicodeDecodeError and JSONDecodeError are ValueErrors
        return _draft_error(_("The draft could not be read (not JSON)."), "bad_json", 400)
    if not isinstance(data, dict) or "answer" not in data:
        return _draft_error(_("The draft must be an object with an answer."), "bad_request", 400)
    position, sequence = data.get("position"), data.get("client_sequence")
    if not _is_int(position, 1, POSITION_MAX) or not _is_int(sequence, 1, DRAFT_SEQUENCE_MAX):
        return _draft_error(_("The draft needs a question position and a sequence number."), "bad_request", 400)
    user, session_key = owner(request)
    try:
        draft = taking.save_draft(pk, position, sequence, data["answer"], user=user, session_key=session_key)
    except Attempt.DoesNotExist:
        return _draft_error(_("You have no such attempt."), "not_found", 404)
    except ValidationError as invalid:
        return _draft_error(" ".join(invalid.messages), "invalid", 400)
    except taking.DraftRefused as refused:
        return _draft_error(refused.message, refused.code, refused.status)
    return JsonResponse({"saved": True, "saved_at": draft.saved_at.isoformat(), "client_sequence": sequence})
