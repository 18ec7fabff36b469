"""Starting, answering and finishing attempts. Every write runs in a transaction with the attempt locked.

A quiz is taken in order (``QuizNavigation.SEQUENTIAL``: one question at a time, each answer final, the last one
finishing the attempt) or freely (``FREE``): the attempt's questions fall into pages of ``questions_per_page``
(0: one page), any page can be opened and saved again (answers changed, questions flagged for review) until the
trainee submits everything from the summary (``submit_all``). Either way every post carries the attempt's sequence,
bumped by every write, so a replayed or overtaken post changes nothing.
"""

import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any

from django.contrib.auth import get_user_model
from django.contrib.auth.models import AnonymousUser
from django.db import IntegrityError, transaction
from django.db.models import Count, Max, OuterRef, QuerySet, Subquery, Sum
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from accounts.models import User
from quizzes import scoring
from quizzes.forms import clean_draft_value, draft_payload
from quizzes.models import (
    Answer,
    Attempt,
    AttemptSlot,
    AttemptStatus,
    Draft,
    Question,
    QuestionKind,
    Quiz,
    RevealAnswers,
)
from quizzes.models.attempts import AttemptQuerySet
from quizzes.overrides import QuizRules, quiz_rules, rules_for
from quizzes.questions import question_fingerprint, question_problems, take_snapshot
from quizzes.signals import send_attempt_scored

# Posts that arrive this long after the deadline still count (network, slow clicks); later ones do not.
GRACE = timedelta(seconds=30)

# Who takes a quiz: a signed-in user, or a visitor known by their session (open quizzes only).
Taker = User | AnonymousUser | None


class QuizUnavailable(Exception):
    """The quiz cannot be started now; the message says why, in words for the trainee."""

    def __init__(self, message: str | Promise) -> None:
        super().__init__(message)
        self.message = message


class StaleAnswer(Exception):
    """The post does not answer the attempt's current question (a replay, a double click, a second tab)."""


class TimeUp(Exception):
    """The time limit or the quiz's close (plus grace) has passed; the attempt was closed instead."""


class DraftRefused(Exception):
    """An autosaved draft that was not stored: `code` says why (for the browser), `message` in words for the trainee.

    `status` is the HTTP status the refusal answers with (409: the attempt has moved on; 400: a bad request).
    """

    def __init__(self, code: str, message: str | Promise, status: int = 409) -> None:
        super().__init__(code)
        self.code, self.message, self.status = code, message, status


@dataclass
class Submitted:
    attempt: Attempt
    answer: Answer
    finished: bool


def _question_queryset() -> QuerySet[Question]:
    return Question.objects.select_related("category__parent", "video").prefetch_related("options")


def draw_questions(quiz: Quiz, rng: random.Random | None = None) -> list[Question]:
    """The questions for a new attempt: the quiz's own list, then its random draws per category.

    Questions that cannot be asked (for instance multiple choice without options) are left out.
    Shuffling (random_order) happens before max_questions cuts the list, so a cut draws at random.
    A question is drawn once, and so is its duplicate (the same text and answers under another id).

    A description in the quiz's list is no question (nothing to answer, nothing scored, not counted): it travels
    with the question after it (``descriptions_before``), or, placed last, with the question before it
    (``descriptions_after``), so a shuffle keeps it with the question it introduces. Random draws hold none.
    """
    rng = rng or random.SystemRandom()
    links = quiz.quiz_questions.order_by("sort_order", "pk").values_list("question_id", flat=True)
    by_id = {q.pk: q for q in _question_queryset().filter(pk__in=list(links))}
    chosen = _with_descriptions([by_id[pk] for pk in links if pk in by_id])
    for draw in quiz.category_draws.select_related("category"):
        taken = {q.pk for q in chosen}
        seen = {question_fingerprint(q) for q in chosen}
        in_category = _question_queryset().filter(category_id__in=draw.category.descendant_ids())
        candidates = [
            q
            for q in in_category.exclude(pk__in=taken).exclude(kind=QuestionKind.DESCRIPTION)
            if not question_problems(q)
        ]
        rng.shuffle(candidates)
        pool = []
        for question in candidates:
            key = question_fingerprint(question)
            if key not in seen:
                seen.add(key)
                pool.append(question)
        chosen += rng.sample(pool, min(draw.count, len(pool)))
    if quiz.random_order:
        rng.shuffle(chosen)
    if quiz.max_questions:
        chosen = chosen[: quiz.max_questions]
    return chosen


def _with_descriptions(listed: list[Question]) -> list[Question]:
    """The questions of a quiz's own list that can be asked, each description attached to the one it goes with."""
    questions: list[Question] = []
    waiting: list[Question] = []
    for question in listed:
        if question_problems(question):
            continue  # cannot be asked (or shown) as it stands
        if question.kind == QuestionKind.DESCRIPTION:
            waiting.append(question)
            continue
        question.descriptions_before = waiting
        waiting = []
        questions.append(question)
    if waiting and questions:
        questions[-1].descriptions_after = waiting
    return questions


def _owned(user: Taker, session_key: str) -> AttemptQuerySet:
    return Attempt.objects.owned_by(user=user, session_key=session_key)


def open_attempt(quiz: Quiz, user: Taker = None, session_key: str = "") -> Attempt | None:
    attempt = _owned(user, session_key).filter(quiz=quiz).open().first()
    if attempt is not None:
        attempt.quiz = quiz  # the caller's quiz: reading its closing time costs no query
    return attempt


def start_or_resume(
    quiz: Quiz,
    user: Taker = None,
    session_key: str = "",
    now: datetime | None = None,
    rng: random.Random | None = None,
) -> Attempt:
    """The owner's open attempt at this quiz, or a new one if the quiz's rules allow it.

    Raises QuizUnavailable with a message for the trainee otherwise. Safe under concurrent
    requests: the user row is locked, and the partial unique constraint (one open attempt
    per owner and quiz) catches whatever gets past the lock.
    """
    now = now or timezone.now()
    person = user if isinstance(user, User) and user.is_authenticated else None
    if person is None and not session_key:
        raise QuizUnavailable(_("Please log in to take this quiz."))
    with transaction.atomic():
        if person is not None:
            # Serialises starts per person (a double click, two tabs).
            list(get_user_model().objects.select_for_update().filter(pk=person.pk).values_list("pk"))
        existing = open_attempt(quiz, user, session_key)
        if existing is not None:
            # An attempt whose time ran out is closed and returned finished: the caller shows the result.
            expire_if_overdue(existing, now)
            return existing
        owned = _owned(user, session_key).filter(quiz=quiz)
        rules = rules_for(person, quiz)
        refusal = why_no_new_attempt(quiz, owned.count(), now, rules)
        if refusal:
            raise QuizUnavailable(refusal)
        questions = draw_questions(quiz, rng)
        if not questions:
            raise QuizUnavailable(
                _("This quiz has no questions that can be asked yet. The editors have been told; please try later.")
            )
        number = (owned.aggregate(n=Max("number"))["n"] or 0) + 1
        deadline = rules.deadline(now)  # a time limit (with any extra time) never runs past the close
        try:
            with transaction.atomic():
                attempt = Attempt.objects.create(
                    quiz=quiz,
                    user=person,
                    session_key="" if person is not None else session_key,
                    number=number,
                    deadline=deadline,
                    override_close=rules.override_close(quiz),
                    max_score=sum((q.points for q in questions), Decimal("0")),
                )
        except IntegrityError:
            # Another request started the attempt first: resume that one.
            existing = open_attempt(quiz, user, session_key)
            if existing is None:
                raise
            return existing
        rng = rng or random.SystemRandom()
        AttemptSlot.objects.bulk_create(
            AttemptSlot(
                attempt=attempt,
                position=position,
                question=question,
                category=question.category,
                snapshot=take_snapshot(question, rng),
                points=question.points,
            )
            for position, question in enumerate(questions, start=1)
        )
    return attempt


def why_no_new_attempt(
    quiz: Quiz, attempts_made: int, now: datetime | None = None, rules: QuizRules | None = None
) -> str | Promise | None:
    """Why the owner of `attempts_made` attempts may not start another now, in words for them; None if they may.

    `rules` are the quiz's rules for them (an override's extra attempts and dates); by default the quiz's own.
    """
    now = now or timezone.now()
    rules = rules or quiz_rules(quiz)
    limit = rules.attempt_limit
    if limit and attempts_made >= limit:
        if limit == 1:
            return _(
                "You may take this quiz only once, and you have used your attempt, so it cannot be started again. "
                "Your result stands; "
                "if you think you need another attempt, talk to your supervisor."
            )
        return _(
            "You have used all %(count)s attempts at this quiz, so it cannot be started again. Your best results "
            "count as the quiz says; if you think you need another attempt, talk to your supervisor."
        ) % {"count": limit}
    if not rules.has_opened(now):
        return _("This quiz is not open yet.")
    if rules.has_closed(now):
        return _("This quiz has closed.")
    return None


def current_slot(attempt: Attempt, with_draft: bool = False, with_progress: bool = False) -> AttemptSlot | None:
    """The first question of the attempt not yet answered (strict order), or None.

    With `with_draft`, the slot's autosaved draft comes in the same query (``getattr(slot, "draft", None)``); with
    `with_progress`, the attempt's counts of questions and answers too (read by ``progress``), so the question page
    asks for them in no query of their own.
    """
    slots = attempt.slots.filter(answer__isnull=True).order_by("position")
    if with_draft:
        slots = slots.select_related("draft")
    if with_progress:
        slots = slots.annotate(
            progress_total=_count_per_attempt(AttemptSlot), progress_answered=_count_per_attempt(Answer)
        )
    return slots.first()


def _count_per_attempt(model: type[AttemptSlot] | type[Answer]) -> Coalesce:
    """How many rows of `model` (slots or answers) the slot's attempt has, as a subquery of the slot's query."""
    rows = model.objects.filter(attempt_id=OuterRef("attempt_id")).order_by().values("attempt_id")
    return Coalesce(Subquery(rows.annotate(n=Count("pk")).values("n")[:1]), 0)


def slot_draft(slot: AttemptSlot) -> Draft | None:
    """The slot's autosaved draft, or None (read from ``current_slot(..., with_draft=True)`` without a query)."""
    return getattr(slot, "draft", None)


def progress(attempt: Attempt, slot: AttemptSlot | None = None) -> tuple[int, int]:
    """(number answered, total) for the "Question k of n" indicator: read from `slot` when it was loaded with them
    (``current_slot(..., with_progress=True)``), else counted."""
    if slot is not None and hasattr(slot, "progress_total"):
        return getattr(slot, "progress_answered"), getattr(slot, "progress_total")  # noqa: B009 (annotated, not typed)
    total = attempt.slots.count()
    return attempt.answers.count(), total


def recompute(attempt: Attempt) -> None:
    """Score, maximum, percent, pass and status from the answers: nothing is kept as a running tally."""
    totals = attempt.answers.aggregate(score=Sum("points"))
    attempt.score = totals["score"] or Decimal("0")
    attempt.max_score = attempt.slots.aggregate(m=Sum("points"))["m"] or Decimal("0")
    attempt.percent = scoring.percent(attempt.score, attempt.max_score)
    if attempt.status != AttemptStatus.IN_PROGRESS:
        pending = attempt.answers.filter(points__isnull=True).exists()
        attempt.status = AttemptStatus.NEEDS_MARKING if pending else AttemptStatus.FINISHED
        attempt.passed = (
            None if pending else scoring.score_passes(attempt.score, attempt.max_score, attempt.quiz.pass_mark)
        )


def finish(attempt: Attempt, now: datetime | None = None, timed_out: bool = False) -> None:
    """Close and score the attempt; ``attempt_scored`` is sent once this is committed."""
    attempt.status = AttemptStatus.FINISHED
    attempt.finished_at = now or timezone.now()
    attempt.timed_out = timed_out
    recompute(attempt)
    attempt.save()
    attempt.drafts.all().delete()  # what was submitted (or submitted for the trainee) is all that is kept
    send_attempt_scored(attempt)


def closes_at(attempt: Attempt) -> datetime | None:
    """When the attempt ends: its time limit or the close, whichever comes first (None: never).

    The close is the quiz's, or the one an override gave the trainee when the attempt started.
    """
    close = attempt.override_close or attempt.quiz.available_until
    ends = [t for t in (attempt.deadline, close) if t is not None]
    return min(ends) if ends else None


def is_overdue(attempt: Attempt, now: datetime | None = None) -> bool:
    ends = closes_at(attempt)
    return bool(ends and (now or timezone.now()) > ends + GRACE)


def expire_if_overdue(attempt: Attempt, now: datetime | None = None) -> bool:
    """Close an attempt whose time has run out (the attempt's row is locked by the caller).

    A question left unanswered with an autosaved draft is answered with the draft, as if the trainee had
    submitted it (scored, or put to marking for an essay); the other unanswered questions score nothing.
    """
    if attempt.is_open and is_overdue(attempt, now):
        submit_drafts(attempt)
        finish(attempt, now=now, timed_out=True)
        return True
    return False


def submit_drafts(attempt: Attempt) -> int:
    """Answer each unanswered question of the attempt that has a draft with the draft; returns how many.

    With free navigation, a draft saved after the question's answer (the trainee was changing it) replaces the
    answer, unless the answer is final. A draft that would not pass as an answer (an empty field, half a time) is
    not submitted.
    """
    submitted = 0
    drafts = attempt.drafts.select_related("slot__answer").order_by("slot__position")
    if not attempt.quiz.free_navigation:
        drafts = drafts.filter(slot__answer__isnull=True)
    for draft in drafts:
        answer = getattr(draft.slot, "answer", None)
        if answer is not None and (answer.answered_at >= draft.saved_at or is_final(attempt.quiz, draft.slot)):
            continue
        payload = draft_payload(draft.slot, draft.value)
        if payload is None:
            continue
        mark = scoring.mark_answer(draft.slot.snapshot, payload)
        if answer is None:
            Answer.objects.create(
                attempt=attempt,
                slot=draft.slot,
                payload=payload,
                points=mark.points,
                is_correct=mark.is_correct,
                submitted_automatically=True,
            )
        else:
            answer.payload, answer.points, answer.is_correct = payload, mark.points, mark.is_correct
            answer.answered_at, answer.submitted_automatically = timezone.now(), True
            answer.save(update_fields=["payload", "points", "is_correct", "answered_at", "submitted_automatically"])
        submitted += 1
    return submitted


def save_draft(
    attempt_id: int,
    position: int,
    client_sequence: int,
    value: Any,
    user: Taker = None,
    session_key: str = "",
    now: datetime | None = None,
) -> Draft:
    """Store `value` as the draft of the owner's open attempt's current question `position` (autosave).

    `client_sequence` grows with every save the browser makes; a save carrying one no greater than the stored
    draft's (a replay, a late request overtaken by a newer one) raises DraftRefused("stale") and writes nothing.
    Raises Attempt.DoesNotExist for an attempt that is not the owner's, ValidationError for a value the question
    cannot hold (``forms.clean_draft_value``), and DraftRefused when the attempt is finished, the question is
    answered or not the current one (taken in order) or final (free navigation), or time has run out (the attempt
    is then closed, with its drafts).
    """
    now = now or timezone.now()
    draft: Draft | None = None
    with transaction.atomic():
        # Only the attempt's row is locked: autosaves of one quiz by many trainees never wait for each other.
        owned = _owned(user, session_key).select_for_update(of=("self",)).select_related("quiz")
        attempt = owned.get(pk=attempt_id)
        if not attempt.is_open:
            raise DraftRefused("finished", _("This attempt is finished, so the draft was not saved."))
        if not expire_if_overdue(attempt, now):
            slot = _draft_slot(attempt, position)
            if slot is None or slot.position != position:
                if attempt.slots.filter(position=position).exists():
                    raise DraftRefused(
                        "not_current", _("This question is not the one to answer now, so the draft was not saved.")
                    )
                raise DraftRefused("no_such_question", _("This attempt has no such question."), status=400)
            if is_final(attempt.quiz, slot):
                raise DraftRefused(
                    "final", _("This answer is final (its feedback has been shown), so the draft was not saved.")
                )
            cleaned = clean_draft_value(slot, value)  # raises ValidationError before anything is written
            draft = slot_draft(slot)
            if draft is not None and draft.client_sequence >= client_sequence:
                raise DraftRefused("stale", _("A newer draft of this answer is already saved."))
            if draft is None:
                draft = Draft(attempt=attempt, slot=slot)
            draft.value = cleaned
            draft.client_sequence = client_sequence
            draft.save()
    if draft is None:
        # Time ran out. Raised once the transaction has committed, so the closed attempt (with the drafts it
        # submitted) is kept.
        raise DraftRefused(
            "time_up",
            _("Time is up, so this change was not saved. What was saved before the limit has been submitted."),
        )
    return draft


def _draft_slot(attempt: Attempt, position: int) -> AttemptSlot | None:
    """The slot a draft for `position` may go to: taken in order the current question; freely, any of the attempt."""
    if attempt.quiz.free_navigation:
        return attempt.slots.select_related("answer", "draft").filter(position=position).first()
    return current_slot(attempt, with_draft=True)


def submit_answer(
    attempt_id: int,
    position: int,
    sequence: int,
    payload: dict[str, Any],
    user: Taker = None,
    session_key: str = "",
    now: datetime | None = None,
) -> Submitted:
    """Record the answer to question `position` of the attempt, once.

    `sequence` is the token the question page was rendered with; a post carrying an old
    one (a replay, a refresh, a second tab) raises StaleAnswer and writes nothing.
    """
    now = now or timezone.now()
    with transaction.atomic():
        attempt = _owned(user, session_key).select_for_update().select_related("quiz").get(pk=attempt_id)
        if not attempt.is_open:
            raise StaleAnswer
        result = None if expire_if_overdue(attempt, now) else _record(attempt, position, sequence, payload, now)
    if result is None:
        # Raised once the transaction has committed, so the closed attempt is kept.
        raise TimeUp
    return result


class InvalidAnswer(Exception):
    """The answer posted cannot be read (the form says why); nothing was written."""

    def __init__(self, attempt: Attempt, slot: AttemptSlot, form: Any) -> None:
        super().__init__("invalid answer")
        self.attempt, self.slot, self.form = attempt, slot, form


def answer_current(
    quiz: Quiz,
    position: int,
    sequence: int,
    read_payload: Callable[[Attempt, AttemptSlot], dict[str, Any]],
    user: Taker = None,
    session_key: str = "",
    now: datetime | None = None,
) -> Submitted:
    """Answer the owner's open attempt at `quiz`, question `position`, as the question page posts it.

    The open attempt is locked first and its current question read once; `read_payload(attempt, slot)` turns the
    post into a payload or raises InvalidAnswer. Raises StaleAnswer (no open attempt, another question, an old
    sequence) and TimeUp as ``submit_answer`` does.
    """
    now = now or timezone.now()
    with transaction.atomic():
        attempt = _owned(user, session_key).filter(quiz=quiz).open().select_for_update().first()
        if attempt is None or quiz.free_navigation:  # taken freely, pages are saved by save_page
            raise StaleAnswer
        attempt.quiz = quiz
        if expire_if_overdue(attempt, now):
            result = None
        else:
            unanswered = _unanswered(attempt)
            slot = unanswered[0] if unanswered else None
            if slot is None or slot.position != position or attempt.sequence != sequence:
                raise StaleAnswer
            payload = read_payload(attempt, slot)
            result = _record(attempt, position, sequence, payload, now, unanswered=unanswered)
    if result is None:
        raise TimeUp
    return result


def _record(
    attempt: Attempt,
    position: int,
    sequence: int,
    payload: dict[str, Any],
    now: datetime,
    unanswered: list[AttemptSlot] | None = None,
) -> Submitted:
    """Record the answer; the attempt's row is locked, so the sequence check makes it happen once.

    `unanswered` are the attempt's first two unanswered slots (``_unanswered``): the one answered, and whether
    another follows. The score moves by the answer's points, as a page's save moves it: an open attempt's score is
    the sum of its answers' points, its maximum was set at the start, and nothing but its own posts changes either
    (marking and regrading take finished attempts); ``finish`` recomputes both from the answers anyway.
    """
    unanswered = _unanswered(attempt) if unanswered is None else unanswered
    slot = unanswered[0] if unanswered else None
    if slot is None or slot.position != position or attempt.sequence != sequence:
        raise StaleAnswer
    mark = scoring.mark_answer(slot.snapshot, payload)
    answer = Answer.objects.create(
        attempt=attempt, slot=slot, payload=payload, points=mark.points, is_correct=mark.is_correct
    )
    attempt.sequence += 1
    finished = len(unanswered) == 1
    if finished:
        finish(attempt, now=now)  # deletes the attempt's drafts
    else:
        # The slot's draft, if any, stays until the attempt ends (finish deletes them all): once a question is
        # answered its draft is inert (never submitted, never shown), and deleting it here would cost the post
        # the trainee makes most a query.
        attempt.score += mark.points or 0
        attempt.percent = scoring.percent(attempt.score, attempt.max_score)
        attempt.save(update_fields=["sequence", "score", "percent"])
    return Submitted(attempt=attempt, answer=answer, finished=finished)


def _unanswered(attempt: Attempt) -> list[AttemptSlot]:
    """The attempt's current question (taken in order) and the one after it, if any: one query tells both."""
    return list(attempt.slots.filter(answer__isnull=True).order_by("position")[:2])


# Free navigation: pages, the question panel, saving a page, the summary's "Submit all and finish". ----------------


class NoSuchPage(Exception):
    """The attempt has no such page (a page number typed or forged); nothing was written."""


class InvalidPage(Exception):
    """An answer on the page cannot be read (its form says why); nothing was written."""

    def __init__(self, attempt: Attempt, slots: list[AttemptSlot], forms: dict[int, Any]) -> None:
        super().__init__("invalid page")
        self.attempt, self.slots, self.forms = attempt, slots, forms


@dataclass(frozen=True)
class SlotState:
    """One question of the attempt as the panel and the summary show it."""

    position: int
    page: int
    answered: bool
    flagged: bool


@dataclass
class PageSaved:
    attempt: Attempt
    changed: list[int] = field(default_factory=list)  # the positions answered, changed or cleared by the post


# What the page post holds: {position: payload, or None for a field left empty}, and the positions flagged.
PageReader = Callable[[Attempt, list[AttemptSlot]], tuple[dict[int, dict[str, Any] | None], set[int]]]


def page_of(quiz: Quiz, position: int) -> int:
    """The page (from 1) that question `position` is on; with 0 questions per page every question is on page 1."""
    size = quiz.questions_per_page
    return (position - 1) // size + 1 if size else 1


def page_count(quiz: Quiz, total: int) -> int:
    return page_of(quiz, total) if total else 1


def slot_states(attempt: Attempt) -> list[SlotState]:
    """Every question of the attempt, in order, answered or not and flagged or not: one query, whatever the length."""
    rows = attempt.slots.order_by("position").values_list("position", "flagged", "answer__id")
    return [
        SlotState(position=position, page=page_of(attempt.quiz, position), answered=answer_id is not None, flagged=flag)
        for position, flag, answer_id in rows
    ]


def page_slots(attempt: Attempt, page: int) -> list[AttemptSlot]:
    """The slots on `page` of the attempt, with their answers and drafts (one query); empty if there is no such page."""
    slots = attempt.slots.select_related("answer", "draft").order_by("position")
    size = attempt.quiz.questions_per_page
    if page < 1 or (not size and page != 1):
        return []
    if size:
        slots = slots.filter(position__gt=(page - 1) * size, position__lte=page * size)
    return list(slots)


def answer_of(slot: AttemptSlot) -> Answer | None:
    """The slot's answer, when it was loaded with it (``page_slots``), or None."""
    return getattr(slot, "answer", None)


def is_final(quiz: Quiz, slot: AttemptSlot) -> bool:
    """Whether the answer to `slot` may no longer change: taken freely, once the quiz has shown its feedback.

    A quiz that shows the right answer after each question shows it as soon as a question is answered; letting the
    trainee change the answer afterwards would let them copy the key. (Taken in order, every answer is final.)
    """
    return quiz.free_navigation and quiz.reveal_answers == RevealAnswers.AFTER_EACH and answer_of(slot) is not None


def shown_draft(slot: AttemptSlot) -> Draft | None:
    """The slot's draft if it is newer than its answer (what the trainee was typing), else None."""
    draft = slot_draft(slot)
    answer = answer_of(slot)
    if draft is None or (answer is not None and answer.answered_at >= draft.saved_at):
        return None
    return draft


def save_page(
    slug: str,
    attempt_id: int,
    page: int,
    sequence: int,
    read_page: PageReader,
    user: Taker = None,
    session_key: str = "",
    now: datetime | None = None,
) -> PageSaved:
    """Save a page of the owner's open attempt `attempt_id` at the quiz `slug` (free navigation): answers and flags.

    The attempt is locked. A post for an attempt that is not the owner's open one at this quiz, with an old sequence
    (a replay, a second tab), or for a quiz no longer taken freely or now a draft raises StaleAnswer; past the
    deadline the attempt is closed and TimeUp raised. `read_page(attempt, slots)` turns the post into answers and
    flags or raises InvalidPage; a page the attempt does not have raises NoSuchPage. A field left empty clears the
    question's answer; a final answer (``is_final``) is kept whatever the post says. Nothing finishes the attempt
    here: only ``submit_all`` does.
    """
    now = now or timezone.now()
    with transaction.atomic():
        owned = _owned(user, session_key).open().filter(pk=attempt_id, quiz__slug=slug)
        attempt = owned.select_related("quiz").select_for_update(of=("self",)).first()
        if attempt is None or not attempt.quiz.free_navigation or attempt.quiz.draft:
            raise StaleAnswer
        if expire_if_overdue(attempt, now):
            result = None
        else:
            if attempt.sequence != sequence:
                raise StaleAnswer
            slots = page_slots(attempt, page)
            if not slots:
                raise NoSuchPage
            answers, flags = read_page(attempt, slots)
            result = _store_page(attempt, slots, answers, flags)
    if result is None:
        raise TimeUp
    return result


def _store_page(
    attempt: Attempt, slots: list[AttemptSlot], answers: dict[int, dict[str, Any] | None], flags: set[int]
) -> PageSaved:
    """Write what changed on the page in at most three statements and the attempt's row, however long the page.

    The score moves by what changed: an open attempt's score is the sum of its answers' points, and nothing but its
    own posts changes them (marking takes finished attempts); ``finish`` recomputes it from the answers anyway.
    """
    saved: list[Answer] = []
    cleared: list[int] = []
    flag_changes: list[AttemptSlot] = []
    changed: list[int] = []
    score = attempt.score
    for slot in slots:
        answer = answer_of(slot)
        if slot.position in answers and not is_final(attempt.quiz, slot):
            payload = answers[slot.position]
            if answer is not None and (payload is None or answer.payload != payload):
                score -= answer.points or 0
            if payload is None:
                if answer is not None:
                    cleared.append(answer.pk)
                    changed.append(slot.position)
            elif answer is None or answer.payload != payload:
                mark = scoring.mark_answer(slot.snapshot, payload)
                saved.append(
                    Answer(
                        attempt=attempt,
                        slot=slot,
                        payload=payload,
                        points=mark.points,
                        is_correct=mark.is_correct,
                        answered_at=timezone.now(),  # newer than any draft typed before this post
                    )
                )
                score += mark.points or 0
                changed.append(slot.position)
        if slot.flagged != (slot.position in flags):
            slot.flagged = slot.position in flags
            flag_changes.append(slot)
    if saved:
        # One statement for new and changed answers alike: a slot has one answer (unique), so a changed one conflicts.
        Answer.objects.bulk_create(
            saved,
            update_conflicts=True,
            unique_fields=["slot"],
            update_fields=["payload", "points", "is_correct", "answered_at"],
        )
    if cleared:
        # A plain DELETE: nothing hangs on an open attempt's answers (marking events are for finished attempts).
        Answer.objects.filter(pk__in=cleared)._raw_delete(Answer.objects.db)
    if flag_changes:
        AttemptSlot.objects.bulk_update(flag_changes, ["flagged"])
    attempt.sequence += 1
    attempt.score = score
    attempt.percent = scoring.percent(attempt.score, attempt.max_score)
    attempt.save(update_fields=["sequence", "score", "percent"])
    return PageSaved(attempt=attempt, changed=changed)


class AlreadyFinished(Exception):
    """The attempt was submitted before this post arrived (a replay, a second tab); nothing was changed."""

    def __init__(self, attempt: Attempt) -> None:
        super().__init__("already finished")
        self.attempt = attempt


def submit_all(
    attempt_id: int, sequence: int, user: Taker = None, session_key: str = "", now: datetime | None = None
) -> Attempt:
    """ "Submit all and finish" from the summary of the owner's open attempt (free navigation): finish and score it.

    Raises Attempt.DoesNotExist for an attempt that is not the owner's, AlreadyFinished for one already finished,
    StaleAnswer for a post whose sequence is not the attempt's (the summary was overtaken by a save in another tab:
    the trainee should see what they submit) or for a quiz taken in order, and TimeUp when time has run out (the
    attempt is then closed with what was saved, as the deadline would have closed it).
    """
    now = now or timezone.now()
    with transaction.atomic():
        owned = _owned(user, session_key).select_for_update(of=("self",)).select_related("quiz")
        attempt = owned.get(pk=attempt_id)
        if not attempt.is_open:
            raise AlreadyFinished(attempt)
        if expire_if_overdue(attempt, now):
            timed_out = True
        else:
            if attempt.sequence != sequence or not attempt.quiz.free_navigation:
                raise StaleAnswer
            finish(attempt, now=now)
            timed_out = False
    if timed_out:
        raise TimeUp
    return attempt
