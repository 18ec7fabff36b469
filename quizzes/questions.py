"""Checking whether a question can be asked, and freezing it for an attempt."""

from decimal import Decimal, InvalidOperation

from django.utils.translation import gettext as _

from quizzes.models.questions import CHOICE_KINDS, SPOT_KINDS, AnswerOrder, QuestionKind


def _options(question):
    # Unsaved inline options (in an admin form) live on the cluster; saved ones come from the database.
    return list(question.options.all())


def question_problems(question, options=None):
    """Plain-language reasons why a question cannot be asked; empty when it can."""
    problems = []
    if not question.content.strip():
        problems.append(_("The question has no text."))
    if question.kind in CHOICE_KINDS:
        options = _options(question) if options is None else options
        if len(options) < 2:
            problems.append(_("A multiple-choice question needs at least two options."))
        elif not any(o.correct for o in options):
            problems.append(_("A multiple-choice question needs at least one correct option."))
    if question.kind in (QuestionKind.SHORT_ANSWER, QuestionKind.NUMERICAL):
        options = _options(question) if options is None else options
        if not any(credit(o) > 0 for o in options):
            problems.append(_("Give at least one accepted answer worth some of the points."))
        if question.kind == QuestionKind.NUMERICAL and any(as_number(o.text) is None for o in options):
            problems.append(_("Every answer of a numerical question must be a number, such as 3.14."))
    if question.kind == QuestionKind.MATCHING:
        options = _options(question) if options is None else options
        pairs = [o for o in options if o.text.strip()]
        if len(pairs) < 2 or any(not o.match.strip() for o in pairs):
            problems.append(_("A matching question needs at least two items, each with its match."))
    if question.kind in SPOT_KINDS:
        if not question.video_id:
            problems.append(_("A spot-the-technique question needs a video."))
        if not question.captions.strip():
            problems.append(_("A spot-the-technique question needs captions."))
        if question.moment is None:
            problems.append(_("A spot-the-technique question needs the moment of the technique."))
        if not question.technique_id:
            problems.append(_("A spot-the-technique question needs a technique."))
        elif (
            question.kind == QuestionKind.SPOT_NAME
            and not question.technique_choices.exclude(pk=question.technique_id).exists()
        ):
            problems.append(_("Offer at least one other technique to choose from."))
    return problems


def credit(option):
    """What an accepted answer (short answer, numerical) is worth in percent: its weight, or 100 when ticked right."""
    if option.weight > 0:
        return option.weight
    return Decimal("100") if option.correct else Decimal("0")


def fingerprint(kind, vignette, content, options):
    """What makes two questions the same: type, text and answers (text and correctness), whitespace and case aside."""

    def norm(text):
        return " ".join(str(text).split()).casefold()

    return (
        kind,
        norm(vignette),
        norm(content),
        tuple(sorted((norm(text), bool(correct)) for text, correct in options)),
    )


def as_number(text):
    """A number as typed ("3.14", "-2", "1e3", "3,14"), or None."""
    try:
        value = Decimal(str(text).strip().replace(",", "."))
    except (InvalidOperation, ValueError):
        return None
    return value if value.is_finite() else None


def question_fingerprint(question):
    options = [(f"{o.text} -> {o.match}" if o.match else o.text, o.correct) for o in question.options.all()]
    return fingerprint(question.kind, question.vignette, question.content, options)


def description_snapshot(description):
    """A description (text shown before a question, never scored) as an attempt pins it."""
    return {"title": description.title, "content": description.content, "text_format": description.text_format}


def _technique(technique):
    return {"id": technique.pk, "code": technique.code, "name": technique.name}


def take_snapshot(question, rng):
    """Everything needed to show and score the question, as it is now.

    Option order is settled here, once per attempt, so the review shows the order the
    trainee saw. The descriptions a draw placed before or after the question (``draw_questions``) are pinned
    with it.
    """
    snap = {
        "question_id": question.pk,
        "kind": question.kind,
        "title": question.title,
        "vignette": question.vignette,
        "content": question.content,
        "text_format": question.text_format,
        "explanation": question.explanation,
        "points": str(question.points),
        "category": question.category.full_name if question.category_id else "",
        "figure_id": question.figure_id,
        "figure_alt": question.figure_alt or question.content[:200],
    }
    if question.kind in CHOICE_KINDS:
        options = list(question.options.all())
        if question.answer_order == AnswerOrder.ALPHABETICAL:
            options.sort(key=lambda o: o.text.casefold())
        elif question.answer_order == AnswerOrder.RANDOM:
            rng.shuffle(options)
        snap["options"] = [
            {"id": o.pk, "text": o.text, "correct": o.correct, "weight": str(o.weight), "feedback": o.feedback}
            for o in options
        ]
    elif question.kind == QuestionKind.TRUE_FALSE:
        snap["is_true"] = question.is_true
    elif question.kind == QuestionKind.SHORT_ANSWER:
        snap["case_sensitive"] = question.case_sensitive
        snap["answers"] = [
            {"text": o.text, "credit": str(credit(o)), "feedback": o.feedback} for o in question.options.all()
        ]
    elif question.kind == QuestionKind.NUMERICAL:
        snap["answers"] = [
            {"value": o.text, "tolerance": str(o.tolerance), "credit": str(credit(o)), "feedback": o.feedback}
            for o in question.options.all()
        ]
    elif question.kind == QuestionKind.MATCHING:
        options = list(question.options.all())
        snap["pairs"] = [{"id": o.pk, "item": o.text, "match": o.match} for o in options if o.text.strip()]
        matches = sorted({o.match for o in options if o.match.strip()}, key=str.casefold)
        if rng is not None:
            rng.shuffle(matches)
        snap["matches"] = matches
    if question.correct_feedback or question.partial_feedback or question.incorrect_feedback:
        snap["correct_feedback"] = question.correct_feedback
        snap["partial_feedback"] = question.partial_feedback
        snap["incorrect_feedback"] = question.incorrect_feedback
    for key in ("descriptions_before", "descriptions_after"):
        descriptions = getattr(question, key, ())
        if descriptions:
            snap[key] = [description_snapshot(d) for d in descriptions]
    if question.kind == QuestionKind.ESSAY:
        snap["rubric"] = question.rubric_criteria()
    elif question.kind in SPOT_KINDS:
        video = question.video
        snap.update(
            {
                "video": {"id": video.pk, "url": video.url, "title": video.title},
                "captions": question.captions,
                "moment": str(question.moment),
                "tolerance": str(question.tolerance),
                "technique": _technique(question.technique),
            }
        )
        if question.kind == QuestionKind.SPOT_NAME:
            choices = {t.pk: t for t in question.technique_choices.all()}
            choices[question.technique.pk] = question.technique
            listed = sorted(choices.values(), key=lambda t: t.name.casefold())
            snap["technique_choices"] = [_technique(t) for t in listed]
    return snap
