"""Questions as CSV, for spreadsheets. One row per question, with these columns:

type        mc_single, mc_multiple, true_false, essay, short_answer, numerical, matching or description (text
            shown before the next question, not scored: only its question column is read)
category    "MBT/Stance" (levels separated by /), or empty
title       optional short name
vignette    optional case vignette
question    the question text
points      optional, default 1: a number from 0.01 to 9999.99 with at most two decimals (what the bank holds)
explanation optional
options     choice questions: the options separated by |
correct     choice questions: the numbers of the correct options (1 = first) separated by ;
            true_false: true or false
rubric      essays: the marking criteria separated by |
weights     optional, choice questions: each option's weight in percent (-100 to 100, up to 7 decimals),
            separated by | in the options' order; empty or 0 derives it from "correct"
feedback    optional, choice questions: each option's feedback, separated by | in the options' order
right_feedback, partial_feedback, wrong_feedback
            optional: the question's feedback on a right, a partly right and a wrong answer
case_sensitive  short_answer: true when case matters
tolerances  numerical: each answer's tolerance, separated by | in the options' order (empty: exact)
matches     matching: each item's match, separated by | in the options' order
format      optional: plain (the default), html or markdown: how the question, options and feedback are written

Short answer and numerical rows list their accepted answers in "options" (a weight each, or 100); matching rows list
the items in "options" and their matches in "matches".

Export writes every column, so a CSV round trip keeps what scoring uses, as GIFT does. A category level holds
up to 120 characters, a question 2,000, an option and its feedback 1,000 each, and no text a NUL byte; a row
beyond them is refused by its line, before anything is written.
"""

import csv
import io
from decimal import Decimal, InvalidOperation

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from quizzes.interchange.common import (
    BadImport,
    ParsedOption,
    ParsedQuestion,
    check,
    exported_explanation,
    parse_points,
    points_message,
)
from quizzes.questions import as_number, credit

COLUMNS = [
    "type",
    "category",
    "title",
    "vignette",
    "question",
    "points",
    "explanation",
    "options",
    "correct",
    "rubric",
    "weights",
    "feedback",
    "right_feedback",
    "partial_feedback",
    "wrong_feedback",
    "case_sensitive",
    "tolerances",
    "matches",
    "format",
]
ANSWER_KINDS = {"short_answer", "numerical", "matching"}
KINDS = {"mc_single", "mc_multiple", "true_false", "essay", "description"} | ANSWER_KINDS

# The csv module refuses a field over 128 KiB without saying on which line; an upload is at most 2 MB, so any
# field it holds is read, and one too long for its column is reported on its own line by the import's checks.
csv.field_size_limit(max(csv.field_size_limit(), 4 * 1024 * 1024))


def parse(text):
    reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff")))
    try:
        fieldnames = reader.fieldnames
    except csv.Error as error:
        raise BadImport([(1, _("the file is not CSV as expected: %(error)s") % {"error": error})]) from error
    missing = {"type", "question"} - set(fieldnames or [])
    if missing:
        raise BadImport([(1, _("missing column(s): %(columns)s") % {"columns": ", ".join(sorted(missing))})])
    questions, errors = [], []
    for line, row in _rows(reader, errors):
        row = {key: (value or "").strip() for key, value in row.items() if key}
        kind = row.get("type", "")
        if kind not in KINDS:
            errors.append(
                (
                    line,
                    # Translators: the types are the file's own words (mc_single, essay, ...); keep them as they are.
                    _("unknown type %(kind)s; use one of %(kinds)s")
                    % {"kind": repr(kind), "kinds": ", ".join(sorted(KINDS))},
                )
            )
            continue
        if not row.get("question"):
            errors.append((line, _("the question has no text")))
            continue
        points = parse_points(row.get("points"))
        if points is None:
            errors.append((line, points_message(row.get("points"))))
            continue
        item = ParsedQuestion(
            line=line,
            kind=kind,
            content=row["question"],
            title=row.get("title", ""),
            vignette=row.get("vignette", ""),
            category_path=[p.strip() for p in row.get("category", "").split("/") if p.strip()],
            explanation=row.get("explanation", ""),
            points=points,
            rubric="\n".join(p.strip() for p in row.get("rubric", "").split("|") if p.strip()),
            correct_feedback=row.get("right_feedback", ""),
            partial_feedback=row.get("partial_feedback", ""),
            incorrect_feedback=row.get("wrong_feedback", ""),
            text_format=row.get("format", "").lower() or "plain",
        )
        if item.text_format not in ("plain", "html", "markdown"):
            # Translators: "format" is the name of a column in the file; plain, html and markdown its values.
            errors.append(
                (line, _("format must be plain, html or markdown, not %(format)s") % {"format": repr(item.text_format)})
            )
            continue
        correct = row.get("correct", "")
        if kind == "true_false":
            if correct.lower() not in ("true", "false"):
                # Translators: "true_false", "correct", "true" and "false" are the file's own words; keep them.
                errors.append((line, _("a true_false question needs correct = true or false")))
                continue
            item.is_true = correct.lower() == "true"
        elif kind in ("mc_single", "mc_multiple"):
            texts = [t.strip() for t in row.get("options", "").split("|") if t.strip()]
            try:
                numbers = {int(n) for n in correct.replace(",", ";").split(";") if n.strip()}
            except ValueError:
                errors.append(
                    (
                        line,
                        # Translators: "correct" is the name of a column in the file; keep it.
                        _("correct must list option numbers such as 1;3, not %(correct)s") % {"correct": repr(correct)},
                    )
                )
                continue
            if any(not 1 <= n <= len(texts) for n in numbers):
                errors.append(
                    (
                        line,
                        ngettext(
                            "correct names an option that does not exist (there is %(count)d)",
                            "correct names an option that does not exist (there are %(count)d)",
                            len(texts),
                        )
                        % {"count": len(texts)},
                    )
                )
                continue
            extras = _per_option(row, texts)
            if isinstance(extras, str):
                errors.append((line, extras))
                continue
            item.options = [
                ParsedOption(text, i + 1 in numbers, weight, feedback)
                for i, (text, (weight, feedback)) in enumerate(zip(texts, extras, strict=True))
            ]
            if kind == "mc_single" and len(numbers) > 1:
                # Translators: mc_single and mc_multiple are the file's own words for the types; keep them.
                errors.append((line, _("mc_single allows one correct option; use mc_multiple for several")))
                continue
        elif kind in ANSWER_KINDS:
            problem = _answer_options(row, item)
            if problem:
                errors.append((line, problem))
                continue
        if check(item, errors):
            questions.append(item)
    if errors:
        raise BadImport(errors, valid=questions)
    return questions


def _split(row, column):
    return [part.strip() for part in row.get(column, "").split("|")] if row.get(column, "").strip() else []


def _answer_options(row, item):
    """The options of a short answer, numerical or matching row, or a message saying what is wrong."""
    texts = _split(row, "options")
    extras = _per_option(row, texts)
    if isinstance(extras, str):
        return extras
    item.case_sensitive = row.get("case_sensitive", "").lower() in ("true", "yes", "1")
    if item.kind == "matching":
        matches = _split(row, "matches")
        if len(matches) != len(texts):
            # Translators: "options" and "matches" are the names of columns in the file; keep them.
            return _("a matching row needs as many matches as options (items), separated by |")
        item.options = [ParsedOption(text, True, match=match) for text, match in zip(texts, matches, strict=True)]
        return None
    tolerances = _split(row, "tolerances")
    if len(tolerances) > len(texts):
        # Translators: "tolerances" is the name of a column in the file; keep it.
        return _("tolerances list more entries than there are options")
    for index, (text, (weight, feedback)) in enumerate(zip(texts, extras, strict=True)):
        weight = weight or Decimal("100")  # an accepted answer without a weight is fully right
        option = ParsedOption(text, weight >= 100, weight, feedback)
        if item.kind == "numerical":
            value = as_number(text)
            raw = tolerances[index] if index < len(tolerances) else ""
            tolerance = as_number(raw or "0")
            if value is None or tolerance is None or tolerance < 0 or abs(value) >= 10**6 or tolerance >= 10**6:
                return _("a numerical row needs numbers (options) and tolerances of 0 or more under a million")
            option.text, option.tolerance = f"{value.normalize():f}", tolerance
        item.options.append(option)
    return None


def _rows(reader, errors):
    """(line, row) for each row; a row the csv module cannot read ends the file there, with a message."""
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            errors.append((reader.line_num, _("the row is not CSV as expected: %(error)s") % {"error": error}))
            return
        yield reader.line_num, row


def _per_option(row, texts):
    """[(weight, feedback)] for each option from the weights and feedback columns, or an error message."""
    weights = [w.strip() for w in row.get("weights", "").split("|")] if row.get("weights") else []
    feedback = [f.strip() for f in row.get("feedback", "").split("|")] if row.get("feedback") else []
    if len(weights) > len(texts) or len(feedback) > len(texts):
        # Translators: "weights" and "feedback" are the names of columns in the file; keep them.
        return _("weights or feedback list more entries than there are options")
    parsed = []
    for i in range(len(texts)):
        raw = weights[i] if i < len(weights) else ""
        try:
            weight = Decimal(raw or "0")
        except InvalidOperation:
            weight = None
        if weight is None or not weight.is_finite() or not Decimal("-100") <= weight <= Decimal("100"):
            # Translators: "weights" is the name of a column in the file; keep it.
            return _("weights must be numbers from -100 to 100, not %(weight)s") % {"weight": repr(raw)}
        parsed.append((weight, feedback[i] if i < len(feedback) else ""))
    return parsed


def _number(value):
    return f"{value.normalize():f}" if value else ""


def export(questions):
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=COLUMNS)
    writer.writeheader()
    for question in questions:
        if question.kind not in KINDS:
            continue
        options = list(question.options.all())
        if question.kind == "true_false":
            correct = "true" if question.is_true else "false"
        elif question.kind in ANSWER_KINDS:
            correct = ""
        else:
            correct = ";".join(str(i + 1) for i, o in enumerate(options) if o.correct)
        if question.kind in ("short_answer", "numerical"):
            weights = "|".join(_number(credit(o)) or "0" for o in options)
        else:
            weights = "|".join(_number(o.weight) for o in options) if any(o.weight for o in options) else ""
        writer.writerow(
            {
                "type": question.kind,
                "category": question.category.full_name if question.category_id else "",
                "title": question.title,
                "vignette": question.vignette,
                "question": question.content,
                "points": f"{question.points.normalize():f}",
                "explanation": exported_explanation(question),
                "options": "|".join(o.text for o in options),
                "correct": correct,
                "rubric": "|".join(question.rubric_criteria()),
                "weights": weights,
                "feedback": "|".join(o.feedback for o in options) if any(o.feedback for o in options) else "",
                "right_feedback": question.correct_feedback,
                "partial_feedback": question.partial_feedback,
                "wrong_feedback": question.incorrect_feedback,
                "case_sensitive": "true" if question.kind == "short_answer" and question.case_sensitive else "",
                "tolerances": "|".join(_number(o.tolerance) or "0" for o in options)
                if question.kind == "numerical"
                else "",
                "matches": "|".join(o.match for o in options) if question.kind == "matching" else "",
                "format": "" if question.text_format == "plain" else question.text_format,
            }
        )
    return out.getvalue()
