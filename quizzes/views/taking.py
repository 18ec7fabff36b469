import json
import re
from urllib.parse import urlencode

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
from quizzes.models import Attempt, AttemptStatus, RevealAnswers, band_for
from quizzes.review import reveals_answers, review_row, review_rows

# The question just answered, passed in the next page's address (reading a page never writes the session).
FEEDBACK_PARAM = "answered"
# An autosave's body: an essay at its longest, with room for JSON's escapes; anything larger is refused unread.
DRAFT_BODY_LIMIT = 128 * 1024
# The browser's draft counter (milliseconds since 1970, as JavaScript's Date.now()) stays a safe integer in JS.
DRAFT_SEQUENCE_MAX = 2**53 - 1
POSITION_MAX = 32767
SEQUENCE_MAX = 2**31 - 1
# Where a saved page leads (free navigation): the buttons' "next", "previous" and "summary", or the panel's
# "question-<position>" (its links, when a script makes them save the page first).
GO_BUTTONS = ("next", "previous", "summary")
GO_QUESTION = re.compile(r"^question-([1-9][0-9]{0,4})$")
# At most this many questions' feedback in one address (a page holds at most every question of the attempt).
FEEDBACK_MAX = 1000


def _refuse_visitor(request, quiz):
    if quiz.allow_anonymous and quiz.single_attempt:
        return render(request, "quizzes/sign_in_required.html", {"quiz": quiz})
    return redirect_to_login(request.get_full_path())


def _figure(slot):
    figure_id = slot.snapshot.get("figure_id")
    if not figure_id:
        return None
    return get_image_model().objects.filter(pk=figure_id).first()


def _seconds_left(attempt):
    """Whole seconds until the attempt's deadline (0 once past it), or None without a time limit."""
    if not attempt.deadline:
        return None
    return max(0, int((attempt.deadline - timezone.now()).total_seconds()))


def _question_page(request, quiz, attempt, slot, form, status=200, draft=None):
    answered, total = taking.progress(attempt, slot)
    previous = None
    position = _feedback_position(request)
    if position is not None and quiz.reveal_answers == RevealAnswers.AFTER_EACH:
        slot_before = attempt.slots.select_related("answer").filter(position=position, answer__isnull=False).first()
        previous = review_row(slot_before) if slot_before else None
    seconds_left = _seconds_left(attempt)
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

    A quiz taken freely shows a page of its questions instead (``?page=``, by default the first page with a
    question not yet answered, or the summary once all are) and its POST saves that page (``_save_page``).

    Every POST ends in a redirect, so a refresh never re-sends an answer. GET never writes: with no open attempt
    it sends the person to the quiz's page (whose "Start the quiz" button posts to `start`), and an attempt whose
    time ran out or has no question left is closed only by a POST to `start`. A POST answers the open attempt
    (and is checked for access only when there is none, which keeps the post the trainee makes most within its
    query budget).
    """
    if request.method == "POST" and "page" in request.POST:
        return _save_page(request, slug)  # it finds the quiz with the attempt, in the query that locks it
    quiz = get_quiz(request, slug)
    if request.method == "POST":
        if quiz.free_navigation:
            return _stale(request, quiz)  # a question page taken in order, from before the quiz was made free
        user, session_key = owner(request)
        return _answer(request, quiz, user, session_key)
    refused = _refusal(request, quiz)
    if refused:
        return refused
    user, session_key = owner(request)
    attempt = taking.open_attempt(quiz, user, session_key)
    if attempt is None:
        return redirect(quiz)
    if quiz.free_navigation:
        return _take_page(request, quiz, attempt)
    # The current question, its autosaved draft and the attempt's progress, in one query.
    slot = None if taking.is_overdue(attempt) else taking.current_slot(attempt, with_draft=True, with_progress=True)
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
    if not quiz.free_navigation and taking.current_slot(attempt) is None:
        taking.finish(attempt)  # taken freely, an attempt with every question answered waits for its summary's submit
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
        "band": None
        if attempt.status == AttemptStatus.NEEDS_MARKING
        else band_for(quiz.feedback_bands.all(), attempt.score, attempt.max_score),
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


# Free navigation: pages of questions, the question panel, flags, the summary and "Submit all and finish". --------


class PageAnswerForm(AnswerForm):
    """One question's field on a page: named after its position (``q3-answer``), and it may be left empty."""

    def __init__(self, slot, *args, **kwargs):
        super().__init__(slot, *args, prefix=f"q{slot.position}", **kwargs)
        del self.fields["position"], self.fields["sequence"]
        self.fields["answer"].required = False

    def page_payload(self):
        """The answer's payload, or None for a field left empty (the question is then not answered)."""
        value = self.cleaned_data.get("answer")
        if value in (None, "") or (isinstance(value, list) and not any(value)):
            return None
        return self.payload()


def _field_value(slot, payload):
    """What the question's field holds for a stored answer, to show it again."""
    return {
        "mc_single": lambda: payload.get("option"),
        "mc_multiple": lambda: payload.get("options", []),
        "true_false": lambda: "true" if payload.get("value") else "false",
        "essay": lambda: payload.get("text", ""),
        "spot_name": lambda: payload.get("technique"),
        "spot_moment": lambda: payload.get("time"),
        "short_answer": lambda: payload.get("text", ""),
        "numerical": lambda: payload.get("value", ""),
        "matching": lambda: [payload.get("matches", {}).get(str(pair["id"]), "") for pair in slot.snapshot["pairs"]],
    }[slot.kind]()


def _page_form(slot):
    """The question's field as the trainee left it: their newer draft, else their answer, else empty."""
    draft, answer = taking.shown_draft(slot), taking.answer_of(slot)
    initial = {}
    if draft is not None and draft.value is not None:
        initial["answer"] = draft.value
    elif draft is None and answer is not None:
        initial["answer"] = _field_value(slot, answer.payload)
    return PageAnswerForm(slot, initial=initial)


def _figures(slots):
    ids = {slot.snapshot.get("figure_id") for slot in slots} - {None}
    return get_image_model().objects.in_bulk(ids) if ids else {}


def _bad_request(request, quiz, message, link=None):
    """A 400 saying what was wrong with the request and where to go on from; nothing was written."""
    link = link or (quiz.get_take_url(), _("Continue the quiz"))
    return render(request, "quizzes/refused.html", {"quiz": quiz, "message": message, "link": link}, status=400)


def _feedback_positions(request):
    positions = []
    for value in request.GET.getlist(FEEDBACK_PARAM)[:FEEDBACK_MAX]:
        try:
            positions.append(_bounded_int(value, POSITION_MAX))
        except ValueError:
            continue
    return positions


def _page_heading(slots, total):
    first, last = slots[0].position, slots[-1].position
    if first == last:
        return _("Question %(number)s of %(total)s") % {"number": first, "total": total}
    return _("Questions %(first)s–%(last)s of %(total)s") % {"first": first, "last": last, "total": total}


def _take_page(request, quiz, attempt):
    """GET of an attempt taken freely: the page asked for, else the first with a question not yet answered."""
    if taking.is_overdue(attempt):
        return render(request, "quizzes/close_attempt.html", {"quiz": quiz, "attempt": attempt})
    states = taking.slot_states(attempt)
    requested = request.GET.get("page")
    if requested is None:
        page = next((state.page for state in states if not state.answered), None)
        if page is None:
            return redirect(attempt.get_summary_url())
    else:
        try:
            page = int(requested)
        except ValueError:
            return _bad_request(request, quiz, _("“%(page)s” is not a page number.") % {"page": requested[:20]})
    last_page = taking.page_count(quiz, len(states))
    slots = taking.page_slots(attempt, page) if 1 <= page <= last_page else []
    if not slots:
        message = _("This attempt has no page %(page)s: its pages are 1 to %(last)s.")
        return _bad_request(request, quiz, message % {"page": page, "last": last_page})
    forms = {slot.position: _page_form(slot) for slot in slots if not taking.is_final(quiz, slot)}
    return _render_page(request, quiz, attempt, page, slots, forms, states)


def _render_page(request, quiz, attempt, page, slots, forms, states, status=200):
    on_page = {slot.position for slot in slots}
    feedback = []
    if quiz.reveal_answers == RevealAnswers.AFTER_EACH:
        positions = set(_feedback_positions(request)) - on_page
        if positions:
            answered = attempt.slots.select_related("answer").filter(position__in=positions, answer__isnull=False)
            feedback = [review_row(slot) for slot in answered.order_by("position")]
    figures = _figures(slots)
    items = [
        {
            "slot": slot,
            "snap": slot.snapshot,
            "form": forms.get(slot.position),
            "review": None if slot.position in forms else review_row(slot),
            "figure": figures.get(slot.snapshot.get("figure_id")),
            "suffix": f"-{slot.position}",
            "answered": taking.answer_of(slot) is not None,
            "draft": taking.shown_draft(slot),
            "withdrawn": slot.question_id is None,
            # Shown again after a refused post as the trainee left it, otherwise as stored.
            "flagged": bool(request.POST.get(f"q{slot.position}-flag")) if request.method == "POST" else slot.flagged,
        }
        for slot in slots
    ]
    seconds_left = _seconds_left(attempt)
    context = {
        "quiz": quiz,
        "attempt": attempt,
        "page": page,
        "page_count": taking.page_count(quiz, len(states)),
        "pages_shown": quiz.questions_per_page != 1,  # one question a page: its number says where it is
        "items": items,
        "heading": _page_heading(slots, len(states)),
        "states": states,
        "on_page": on_page,
        "answered": sum(state.answered for state in states),
        "total": len(states),
        "feedback": feedback,
        "seconds_left": seconds_left,
        "has_errors": status != 200,
    }
    return render(request, "quizzes/page.html", context, status=status)


def _read_page(post):
    def read(attempt, slots):
        forms = {slot.position: PageAnswerForm(slot, post) for slot in slots if not taking.is_final(attempt.quiz, slot)}
        if not all(form.is_valid() for form in forms.values()):  # the page shows every form's errors
            raise taking.InvalidPage(attempt, slots, forms)
        answers = {position: form.page_payload() for position, form in forms.items()}
        flags = {slot.position for slot in slots if post.get(f"q{slot.position}-flag")}
        return answers, flags

    return read


def _bounded_int(value, high):
    number = int(value)
    if not 0 <= number <= high:
        raise ValueError(value)
    return number


def _save_page(request, slug):
    """POST of a page (free navigation): save its answers and flags, then go where the button (or panel link) says.

    Every button saves; nothing here finishes the attempt, which only the summary's "Submit all and finish" does.
    """
    try:
        attempt_id = _bounded_int(request.POST.get("attempt", ""), 2**63 - 1)
        page = _bounded_int(request.POST.get("page", ""), POSITION_MAX)
        sequence = _bounded_int(request.POST.get("sequence", ""), SEQUENCE_MAX)
    except ValueError:
        message = _("This page could not be read: it lacks its attempt, page or sequence. Nothing was saved.")
        return _bad_request(request, get_quiz(request, slug), message)
    go = request.POST.get("go", "next")
    to_question = GO_QUESTION.match(go)
    if go not in GO_BUTTONS and not to_question:
        message = _("The page does not say where to go next. Nothing was saved.")
        return _bad_request(request, get_quiz(request, slug), message)
    user, session_key = owner(request)
    try:
        saved = taking.save_page(
            slug, attempt_id, page, sequence, _read_page(request.POST), user=user, session_key=session_key
        )
    except taking.InvalidPage as invalid:
        states = taking.slot_states(invalid.attempt)
        quiz = invalid.attempt.quiz
        return _render_page(request, quiz, invalid.attempt, page, invalid.slots, invalid.forms, states, status=400)
    except taking.NoSuchPage:
        message = _("This attempt has no page %(page)s. Nothing was saved.") % {"page": page}
        return _bad_request(request, get_quiz(request, slug), message)
    except taking.StaleAnswer:
        quiz = get_quiz(request, slug)  # 404 for no such quiz, 403 for a draft
        return _refusal(request, quiz) or _stale(request, quiz)
    except taking.TimeUp:
        quiz = get_quiz(request, slug)
        messages.warning(request, _time_up_message(quiz, before_answer=True))
        attempt = own_attempts(request).filter(pk=attempt_id).first()
        return redirect(attempt) if attempt else redirect(quiz)
    attempt, quiz = saved.attempt, saved.attempt.quiz
    if go == "summary":
        return redirect(attempt.get_summary_url())
    anchor = ""
    if to_question:
        position = int(to_question[1])
        target, anchor = taking.page_of(quiz, position), f"#q-{position}"
    else:
        target = page + 1 if go == "next" else page - 1
    params = {"page": max(1, target)}
    if quiz.reveal_answers == RevealAnswers.AFTER_EACH and saved.changed:
        params[FEEDBACK_PARAM] = saved.changed
    return redirect(f"{quiz.get_take_url()}?{urlencode(params, doseq=True)}{anchor}")


def summary(request, pk):
    """The summary before "Submit all and finish": every question with its state, a link to it, and the submit."""
    attempt = get_own_attempt(request, pk, own_attempts(request).select_related("quiz"))
    quiz = attempt.quiz
    if not attempt.is_open:
        return redirect(attempt)
    if not quiz.free_navigation:
        return redirect(quiz.get_take_url())
    if taking.is_overdue(attempt):
        return render(request, "quizzes/close_attempt.html", {"quiz": quiz, "attempt": attempt})
    states = taking.slot_states(attempt)
    seconds_left = _seconds_left(attempt)
    answered = sum(state.answered for state in states)
    context = {
        "quiz": quiz,
        "attempt": attempt,
        "states": states,
        "answered": answered,
        "unanswered": len(states) - answered,
        "flagged": sum(state.flagged for state in states),
        "total": len(states),
        "seconds_left": seconds_left,
        "return_page": next((state.page for state in states if not state.answered), 1),
    }
    return render(request, "quizzes/summary.html", context)


@require_http_methods(["POST"])
def finish(request, pk):
    """ "Submit all and finish" (free navigation), posted from the summary with the sequence it was shown with."""
    attempt = get_own_attempt(request, pk, own_attempts(request).select_related("quiz"))
    quiz = attempt.quiz
    try:
        sequence = _bounded_int(request.POST.get("sequence", ""), SEQUENCE_MAX)
    except ValueError:
        return _bad_request(
            request,
            quiz,
            _("The submission could not be read: it lacks its sequence. Nothing was submitted."),
            link=(attempt.get_summary_url(), _("Back to the summary")),
        )
    user, session_key = owner(request)
    try:
        taking.submit_all(attempt.pk, sequence, user=user, session_key=session_key)
    except Attempt.DoesNotExist as missing:
        raise Http404 from missing
    except taking.AlreadyFinished:
        return render(
            request,
            "quizzes/refused.html",
            {
                "quiz": quiz,
                "message": _(
                    "This attempt was already submitted (a double click or a second tab). Nothing was changed."
                ),
                "link": (attempt.get_absolute_url(), _("See your result")),
            },
            status=409,
        )
    except taking.StaleAnswer:
        return render(
            request,
            "quizzes/refused.html",
            {
                "quiz": quiz,
                "message": _(
                    "Your answers changed since this summary was shown (in another tab, perhaps), so nothing was "
                    "submitted. Check the summary again before you submit."
                ),
                "link": (attempt.get_summary_url(), _("Back to the summary")),
            },
            status=409,
        )
    except taking.TimeUp:
        messages.warning(request, _time_up_message(quiz, before_answer=False))
    return redirect(attempt)
