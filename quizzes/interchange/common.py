"""What GIFT and CSV import share: parsed questions, line-numbered errors, an all-or-nothing save."""

import re
from dataclasses import dataclass, field
from decimal import Decimal
from html import unescape

from django.db import transaction
from django.utils.html import escape, strip_tags
from django.utils.translation import gettext as _

from quizzes.models import AnswerOption, Category, Question, QuizQuestion


class BadImport(Exception):
    """Bad input: `errors` is a list of (line number, message); nothing was saved."""

    def __init__(self, errors):
        super().__init__("; ".join(f"line {line}: {message}" for line, message in errors))
        self.errors = errors


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


@transaction.atomic
def save_questions(parsed, quiz=None):
    """Create every parsed question (and add them to `quiz`); all of them or, on any error, none."""
    created = []
    for item in parsed:
        question = Question.objects.create(
            kind=item.kind,
            title=item.title[:255],
            content=item.content,
            vignette=item.vignette,
            category=category_for(item.category_path) if item.category_path else None,
            explanation=as_rich_text(item.explanation),
            points=item.points,
            is_true=item.is_true,
            rubric=item.rubric,
        )
        AnswerOption.objects.bulk_create(
            AnswerOption(
                question=question,
                text=o.text,
                correct=o.correct,
                weight=o.weight,
                feedback=o.feedback,
                sort_order=order,
            )
            for order, o in enumerate(item.options)
        )
        question.save_revision()
        if quiz is not None:
            QuizQuestion.objects.create(quiz=quiz, question=question, sort_order=quiz.quiz_questions.count())
        created.append(question)
    return created


def check_options(item, errors):
    """The authoring rules for choice questions, reported against the question's first line."""
    if item.kind in ("mc_single", "mc_multiple"):
        if len(item.options) < 2:
            errors.append((item.line, _("a multiple-choice question needs at least two options")))
        elif not any(o.correct or o.weight > 0 for o in item.options):
            errors.append((item.line, _("a multiple-choice question needs at least one correct option")))
