"""What GIFT and CSV import share: parsed questions, line-numbered errors, an all-or-nothing save."""

import re
from dataclasses import asdict, dataclass, field
from decimal import ROUND_DOWN, Decimal, InvalidOperation
from html import unescape

from django.db import transaction
from django.utils.html import strip_tags
from django.utils.translation import gettext as _

from quizzes.models import AnswerOption, Category, Question, QuizQuestion
from quizzes.questions import fingerprint, question_fingerprint
from quizzes.rendering import explanation_html


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
    tolerance: Decimal = Decimal("0")  # numerical answers
    match: str = ""  # matching pairs: the answer `text` is paired with


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
    partial_feedback: str = ""
    incorrect_feedback: str = ""
    case_sensitive: bool = False
    text_format: str = "plain"  # plain, html or markdown: how the stem, options and feedback are written


def as_data(item):
    """A parsed question as JSON-ready data (weights and points as strings), for a background import."""
    data = asdict(item)
    data["points"] = str(item.points)
    for option in data["options"]:
        option["weight"], option["tolerance"] = str(option["weight"]), str(option["tolerance"])
    return data


def from_data(data):
    options = [
        ParsedOption(**{**o, "weight": Decimal(o["weight"]), "tolerance": Decimal(o["tolerance"])})
        for o in data["options"]
    ]
    return ParsedQuestion(**{**data, "points": Decimal(data["points"]), "options": options})


def as_rich_text(text, text_format="plain"):
    """An imported explanation as rich text, read in its question's format: HTML cleaned, Markdown rendered, plain
    text with any markup dropped; never trusted."""
    return explanation_html(text, text_format)


def exported_explanation(question):
    """The explanation as a file carries it: the HTML itself for an HTML question, else plain text (a Markdown
    question's explanation was rendered on import, so its emphasis does not come back as Markdown)."""
    if question.text_format == "html":
        return (question.explanation or "").strip()
    return plain_text(question.explanation)


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
    question.title = item.title
    question.content = item.content
    question.vignette = item.vignette
    question.explanation = as_rich_text(item.explanation, item.text_format)
    question.points = item.points
    question.is_true = item.is_true
    question.rubric = item.rubric
    question.correct_feedback = item.correct_feedback
    question.partial_feedback = item.partial_feedback
    question.incorrect_feedback = item.incorrect_feedback
    question.case_sensitive = item.case_sensitive
    question.text_format = item.text_format


def _replace_options(question, item):
    question.options.all().delete()
    AnswerOption.objects.bulk_create(
        AnswerOption(
            question=question,
            text=o.text,
            correct=o.correct,
            weight=o.weight,
            feedback=o.feedback,
            tolerance=o.tolerance,
            match=o.match,
            sort_order=order,
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
def save_new_questions(parsed, quiz=None, duplicates=SKIP, seen=None):
    """Save parsed questions, finding those already in their category (the same text and answers).

    A duplicate is skipped, or replaces the question in the bank (same id, so quizzes that hold it keep it, and
    attempts keep the version they were given); a question twice in one file is imported once (`seen` carries
    the file's questions from one part of a file to the next, for an import saved in parts).
    """
    result = ImportResult()
    seen = set() if seen is None else seen
    for item in parsed:
        category = category_for(item.category_path) if item.category_path else None
        key = (
            category.pk if category else None,
            fingerprint(
                item.kind,
                item.vignette,
                item.content,
                [(f"{o.text} -> {o.match}" if o.match else o.text, o.correct) for o in item.options],
            ),
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


# What the bank's columns hold; an import checks them before writing, so a long or odd value is a message, not
# a server error (PostgreSQL refuses a text over its column's length, and a NUL byte in any text).
CATEGORY_NAME_LENGTH = Category._meta.get_field("name").max_length
OPTION_LENGTH = AnswerOption._meta.get_field("text").max_length
OPTION_FEEDBACK_LENGTH = AnswerOption._meta.get_field("feedback").max_length
QUESTION_LENGTH = Question._meta.get_field("content").max_length
TITLE_LENGTH = Question._meta.get_field("title").max_length
_tolerance = AnswerOption._meta.get_field("tolerance")
TOLERANCE_LIMIT = Decimal(10) ** (_tolerance.max_digits - _tolerance.decimal_places)

# Points: what the points column holds (6 digits, 2 of them decimals), and more than nothing.
POINTS_PLACES = Question._meta.get_field("points").decimal_places
MIN_POINTS = Decimal(1).scaleb(-POINTS_PLACES)
MAX_POINTS = Decimal(10) ** (Question._meta.get_field("points").max_digits - POINTS_PLACES) - MIN_POINTS


def parse_points(raw):
    """The points a file gives a question (empty: 1), or None when they are not 0.01 to 9999.99 in hundredths."""
    try:
        points = Decimal(raw or "1")
    except InvalidOperation:
        return None
    if not points.is_finite() or not MIN_POINTS <= points <= MAX_POINTS:
        return None
    if points != points.quantize(MIN_POINTS, rounding=ROUND_DOWN):
        return None
    return points


def points_message(raw):
    return _("points must be a number from %(min)s to %(max)s with at most %(places)d decimals, not %(points)s") % {
        "min": MIN_POINTS,
        "max": MAX_POINTS,
        "places": POINTS_PLACES,
        "points": repr(raw),
    }


def _texts(item):
    yield item.title
    yield item.content
    yield item.vignette
    yield item.explanation
    yield item.rubric
    yield item.correct_feedback
    yield item.partial_feedback
    yield item.incorrect_feedback
    yield from item.category_path
    for option in item.options:
        yield option.text
        yield option.feedback
        yield option.match


def check_fields(item, errors):
    """What the bank can hold: no NUL byte anywhere, and names, options and feedback within their lengths."""
    problems = []
    if any("\x00" in text for text in _texts(item)):
        problems.append(_("the question contains a NUL byte (\\0), which no text may hold; remove it"))
    long_names = [name for name in item.category_path if len(name) > CATEGORY_NAME_LENGTH]
    if long_names:
        problems.append(
            _("the category name %(name)s is longer than %(limit)d characters")
            % {"name": repr(long_names[0][:40] + "…"), "limit": CATEGORY_NAME_LENGTH}
        )
    if len(item.title) > TITLE_LENGTH:
        problems.append(_("the title is longer than %(limit)d characters") % {"limit": TITLE_LENGTH})
    if len(item.content) > QUESTION_LENGTH:
        problems.append(_("the question text is longer than %(limit)d characters") % {"limit": QUESTION_LENGTH})
    for number, option in enumerate(item.options, start=1):
        if len(option.text) > OPTION_LENGTH:
            problems.append(
                _("option %(number)d is longer than %(limit)d characters") % {"number": number, "limit": OPTION_LENGTH}
            )
        if len(option.feedback) > OPTION_FEEDBACK_LENGTH:
            problems.append(
                _("the feedback of option %(number)d is longer than %(limit)d characters")
                % {"number": number, "limit": OPTION_FEEDBACK_LENGTH}
            )
    errors.extend((item.line, problem) for problem in problems)
    return not problems


def check_options(item, errors):
    """The authoring rules for choice questions, reported against the question's first line; True when met."""
    problem = None
    if item.kind in ("mc_single", "mc_multiple"):
        if len(item.options) < 2:
            problem = _("a multiple-choice question needs at least two options")
        elif not any(o.correct or o.weight > 0 for o in item.options):
            problem = _("a multiple-choice question needs at least one correct option")
    elif item.kind in ("short_answer", "numerical"):
        if not any(o.weight > 0 or o.correct for o in item.options):
            problem = _("a %(kind)s question needs at least one accepted answer worth some of the points") % {
                "kind": item.kind.replace("_", " ")
            }
        elif any(not -100 <= o.weight <= 100 for o in item.options):
            problem = _("weights must be from -100 to 100")
        elif any(not 0 <= o.tolerance < TOLERANCE_LIMIT for o in item.options):
            problem = _("a tolerance must be 0 or more and under a million")
    elif item.kind == "matching":
        pairs = [o for o in item.options if o.text]
        if len(pairs) < 2 or any(not o.match for o in pairs):
            problem = _("a matching question needs at least two items, each with its match")
        elif len(item.options) > 100:
            problem = _("a matching question takes at most 100 pairs")
    if problem:
        errors.append((item.line, problem))
    return problem is None


def check(item, errors):
    """Every rule a parsed question must meet before it is written; True when it meets them all."""
    return all([check_fields(item, errors), check_options(item, errors)])
