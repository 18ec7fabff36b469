"""Questions as CSV, for spreadsheets. One row per question, with these columns:

type        mc_single, mc_multiple, true_false or essay
category    "MBT/Stance" (levels separated by /), or empty
title       optional short name
vignette    optional case vignette
question    the question text
points      optional, default 1
explanation optional
options     choice questions: the options separated by |
correct     choice questions: the numbers of the correct options (1 = first) separated by ;
            true_false: true or false
rubric      essays: the marking criteria separated by |
"""

import csv
import io
from decimal import Decimal, InvalidOperation

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from quizzes.interchange.common import BadImport, ParsedOption, ParsedQuestion, check_options, plain_text

COLUMNS = ["type", "category", "title", "vignette", "question", "points", "explanation", "options", "correct", "rubric"]
KINDS = {"mc_single", "mc_multiple", "true_false", "essay"}


def parse(text):
    reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff")))
    missing = {"type", "question"} - set(reader.fieldnames or [])
    if missing:
        raise BadImport([(1, _("missing column(s): %(columns)s") % {"columns": ", ".join(sorted(missing))})])
    questions, errors = [], []
    for row in reader:
        line = reader.line_num
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
        try:
            points = Decimal(row.get("points") or "1")
            if points <= 0:
                raise InvalidOperation
        except InvalidOperation:
            errors.append(
                (line, _("points must be a positive number, not %(points)s") % {"points": repr(row.get("points"))})
            )
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
        )
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
            item.options = [ParsedOption(text, i + 1 in numbers) for i, text in enumerate(texts)]
            if kind == "mc_single" and len(numbers) > 1:
                # Translators: mc_single and mc_multiple are the file's own words for the types; keep them.
                errors.append((line, _("mc_single allows one correct option; use mc_multiple for several")))
                continue
        check_options(item, errors)
        questions.append(item)
    if errors:
        raise BadImport(errors)
    return questions


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
        else:
            correct = ";".join(str(i + 1) for i, o in enumerate(options) if o.correct)
        writer.writerow(
            {
                "type": question.kind,
                "category": question.category.full_name if question.category_id else "",
                "title": question.title,
                "vignette": question.vignette,
                "question": question.content,
                "points": f"{question.points.normalize():f}",
                "explanation": plain_text(question.explanation),
                "options": "|".join(o.text for o in options),
                "correct": correct,
                "rubric": "|".join(question.rubric_criteria()),
            }
        )
    return out.getvalue()
