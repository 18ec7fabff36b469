"""What GIFT and CSV import share: parsed questions, line-numbered errors, an all-or-nothing save."""

import re
from dataclasses import dataclass, field
from decimal import Decimal
from html import unescape

from django.db import transaction
from django.utils.html import escape, strip_tags
from django.utils.translation import gettext as _

from quizzes.models import AnswerOption, Category, Question, QuizQuestion
from quizzes.questions import fingerprint, question_fingerprint


class BadImport(Exception):
    """Bad input: `errors` is a list of (line number, message); nothing was saved.

    `valid` holds the questions of the file that were fine, for an editor who chooses to import those alone.
    """

    def __init__(self, errors, valid=()):
        super().__init__("; ".join(f"line {line}: {message}" for line, message in errors))
        self.errors = errors
        self.valid = list(valid)


@dataclass
class ParsedOption:
    text: str
    correct: bool
    weight: Decimal = Decimal("0")
    feedback: str = ""


@dataclass
class ParsedQuestion:
    line: int
    kind: str
    content: str
    title: str = ""
    vignette: str = ""
    category_path: list = field(default_factory=list)
    explanation: str = ""
    points: Decimal = Decimal("1")
    options: list = field(default_factory=list)
    is_true: bool = True
    rubric: str = ""
    correct_feedback: str = ""
    incorrect_feedback: str = ""


def as_rich_text(text):
    """Imported explanations are plain text: any markup is dropped, never trusted."""
    paragraphs = [p.strip() for p in strip_tags(text).split("\n\n") if p.strip()]
    return "".join(f"<p>{escape(p)}</p>" for p in paragraphs)


def plain_text(html):
    """Rich text as plain text for export: paragraphs apart by a blank line, entities decoded, tags dropped."""
    text = re.sub(r"(?i)<br\s*/?>", "\n", html or "")
    text = re.sub(r"(?i)</p\s*>", "\n\n", text)
    return unescape(strip_tags(text)).strip()


def category_for(path):
    """The category at "MBT/Stance", creating each level as needed."""
    parent = None
    for name in path:
        parent, _created = Category.objects.get_or_create(name=name, parent=parent)
    return parent


def _create(item, category, quiz=None):
    question = Question(kind=item.kind, category=category)
    _fill(question, item)
    question.save()
    _replace_options(question, item)
    question.save_revision()
    if quiz is not None:
        QuizQuestion.objects.create(quiz=quiz, question=question, sort_order=quiz.quiz_questions.count())
    return question


def _fill(question, item):
    question.title = item.title[:255]
    question.content = item.content
    question.vignette = item.vignette
    question.explanation = as_rich_text(item.explanation)
    question.points = item.points
    question.is_true = item.is_true
    question.rubric = item.rubric
    question.correct_feedback = item.correct_feedback
    question.incorrect_feedback = item.incorrect_feedback


def _replace_options(question, item):
    question.options.all().delete()
    AnswerOption.objects.bulk_create(
        AnswerOption(
            question=question, text=o.text, correct=o.correct, weight=o.weight, feedback=o.feedback, sort_order=order
        )
        for order, o in enumerate(item.options)
    )


@transaction.atomic
def save_questions(parsed, quiz=None):
    """Create every parsed question (and add them to `quiz`); all of them or, on any error, none."""
    return [_create(item, category_for(item.category_path) if item.category_path else None, quiz) for item in parsed]


SKIP, REPLACE = "skip", "replace"


@dataclass
class ImportResult:
    created: list = field(default_factory=list)
    replaced: list = field(default_factory=list)
    skipped: list = field(default_factory=list)


@transaction.atomic
def save_new_questions(parsed, quiz=None, duplicates=SKIP):
    """Save parsed questions, finding those already in their category (the same text and answers).

    A duplicate is skipped, or replaces the question in the bank (same id, so quizzes that hold it keep it, and
    attempts keep the version they were given); a question twice in one file is imported once.
    """
    result, seen = ImportResult(), set()
    for item in parsed:
        category = category_for(item.category_path) if item.category_path else None
        key = (
            category.pk if category else None,
            fingerprint(item.kind, item.vignette, item.content, [(o.text, o.correct) for o in item.options]),
        )
        if key in seen:
            result.skipped.append(item)
            continue
        seen.add(key)
        candidates = Question.objects.filter(category=category, kind=item.kind).prefetch_related("options")
        existing = next(
            (q for q in candidates.filter(content__iexact=item.content.strip()) if question_fingerprint(q) == key[1]),
            None,
        )
        if existing is None:
            result.created.append(_create(item, category, quiz))
        elif duplicates == REPLACE:
            _fill(existing, item)
            existing.save()
            _replace_options(existing, item)
            existing.save_revision()
            result.replaced.append(existing)
        else:
            result.skipped.append(item)
    return result


def check_options(item, errors):
    """The authoring rules for choice questions, reported against the question's first line."""
    if item.kind in ("mc_single", "mc_multiple"):
        if len(item.options) < 2:
            errors.append((item.line, _("a multiple-choice question needs at least two options")))
        elif not any(o.correct or o.weight > 0 for o in item.options):
            errors.append((item.line, _("a multiple-choice question needs at least one correct option")))
