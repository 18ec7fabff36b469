"""Moodle's GIFT format, for moving question banks between this platform and Moodle.

Supported: multiple choice ``{=right ~wrong}`` (with ``~%50%`` partial weights), multiple
response (``~%50%`` weights and no ``=``), true/false ``{T}`` / ``{FALSE}``, essay ``{}``, short answer
``{=a =%50%b}``, numerical ``{#3.14:0.01}`` (or ``{#3.1..3.2}``, or several ``{#=3.14:0.01 =%50%3:0.5}``),
matching ``{=item -> match =item -> match}``, descriptions ``::title:: text`` (no answer block: shown before the
next question, not scored),
titles ``::title::``, per-answer feedback ``#``, general feedback ``####`` (our explanation),
comments ``//``, categories ``$CATEGORY:``, the escapes ``\\~ \\= \\# \\{ \\} \\: \\\\`` and ``\\n`` (read in one
pass), and format markers (``[plain]``, ``[html]``, ``[markdown]``, ``[moodle]``) at the start of any part.
A case vignette travels as the stem's first part, separated from the question by ``\\n\\n``.
Moodle's other types (cloze, drag and drop) have no GIFT form.
"""

import re
from decimal import Decimal, InvalidOperation

from django.utils.translation import gettext as _

from quizzes import scoring
from quizzes.interchange.common import BadImport, ParsedOption, ParsedQuestion, check, exported_explanation
from quizzes.questions import credit

SPECIAL = "~=#{}:"
PLACEHOLDER = {c: chr(0xE000 + i) for i, c in enumerate(SPECIAL)}
NEWLINE = chr(0xE010)
SEVEN_PLACES = Decimal("0.0000001")  # Moodle keeps answer fractions to 7 decimals
WEIGHT = re.compile(r"^%(-?\d+(?:\.\d+)?)%")


BACKSLASH = chr(0xE011)
ESCAPE = re.compile(r"\\(.)", re.S)
MARKER = re.compile(r"^\s*\[(html|moodle|plain|markdown)\]")


def _protect(text):
    """Escapes, read in one pass as Moodle does: a doubled backslash is one, backslash-n a new line."""

    def placeholder(match):
        char = match.group(1)
        if char == "\\":
            return BACKSLASH
        if char == "n":
            return NEWLINE
        return PLACEHOLDER.get(char, match.group(0))

    return ESCAPE.sub(placeholder, text)


def _restore(text):
    for char, placeholder in PLACEHOLDER.items():
        text = text.replace(placeholder, char)
    text = text.replace(NEWLINE, "\n").replace(BACKSLASH, "\\").strip()
    return MARKER.sub("", text).strip()  # a format marker may open any part: stem, option, feedback


def escape(text):
    text = text.replace("\\", "\\\\")
    for char in SPECIAL:
        text = text.replace(char, "\\" + char)
    return text.replace("\r\n", "\n").replace("\n", "\\n")


def _blocks(text):
    """(first line number, text) of each question or $CATEGORY line, comments dropped."""
    block, start = [], None
    for number, line in enumerate(text.splitlines(), start=1):
        stripped = line.strip()
        if stripped.startswith("//"):
            continue
        if stripped.startswith("$CATEGORY:"):
            if block:
                yield start, "\n".join(block)
                block = []
            yield number, stripped
            continue
        if not stripped:
            if block:
                yield start, "\n".join(block)
                block = []
            continue
        if not block:
            start = number
        block.append(line)
    if block:
        yield start, "\n".join(block)


def _category_path(line):
    path = line.split(":", 1)[1].strip()
    parts = [p.strip() for p in path.split("/") if p.strip()]
    if parts and parts[0] in ("$course$", "$system$", "$module$"):
        parts = parts[1:]
    if parts and parts[0].lower() == "top":
        parts = parts[1:]
    return parts


def _split_feedback(text):
    text, _hash, feedback = text.partition("#")
    return text, feedback


def _parse_answers(body, item, line):
    body = body.strip()
    general = ""
    if "####" in body:
        body, general = body.split("####", 1)
        item.explanation = _restore(general)
    body = body.strip()
    if not body:
        item.kind = "essay"
        return None
    head, *feedback = body.split("#")
    if head.strip().upper() in ("T", "TRUE", "F", "FALSE"):
        item.kind = "true_false"
        item.is_true = head.strip().upper().startswith("T")
        if len(feedback) > 2:
            return _("a true/false question takes at most two feedbacks: after a wrong answer, then a right one")
        # Moodle's order: the feedback shown after a wrong answer, then after a right one.
        item.incorrect_feedback = _restore(feedback[0]) if feedback else ""
        item.correct_feedback = _restore(feedback[1]) if len(feedback) > 1 else ""
        return None
    if body.startswith("#"):
        return _parse_numerical(body[1:], item)
    if "->" in body and "~" not in body:  # Moodle reads "~" first: an arrow in a wrong option is text
        return _parse_matching(body, item)
    parts = re.split(r"([=~])", body)
    if parts[0].strip():
        return _("unexpected text before the first answer: %(text)s") % {"text": repr(_restore(parts[0]))}
    options = []
    for marker, raw in zip(parts[1::2], parts[2::2], strict=True):
        raw = raw.strip()
        weight = Decimal("0")
        match = WEIGHT.match(raw)
        if match:
            try:
                weight = Decimal(match.group(1))
            except InvalidOperation:
                return _("bad weight in %(answer)s") % {"answer": repr(raw)}
            if not -100 <= weight <= 100:
                return _("weight %(weight)s%% is outside -100%% to 100%%") % {"weight": weight}
            raw = raw[match.end() :]
        text, feedback = _split_feedback(raw)
        if not text.strip():
            return _("an answer option is empty")
        correct = marker == "="
        options.append(ParsedOption(_restore(text), correct, weight, _restore(feedback)))
    has_equals = "=" in parts[1::2]
    has_wrong = "~" in parts[1::2]
    if has_equals and not has_wrong:
        # Only "=" answers: a short answer, each answer accepted (its weight the credit, 100 % without one).
        item.kind = "short_answer"
        for option in options:
            option.weight = option.weight or Decimal("100")
            option.correct = option.weight >= 100
        item.options = options
        return None
    if not has_equals and any(o.weight > 0 for o in options):
        item.kind = "mc_multiple"
        for option in options:
            option.correct = option.weight > 0
    else:
        item.kind = "mc_single"
    item.options = options
    return None


NUMBER = r"-?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?"
NUMERICAL_ANSWER = re.compile(rf"^({NUMBER})\s*(?::\s*({NUMBER}))?$")
NUMERICAL_RANGE = re.compile(rf"^({NUMBER})\s*\.\.\s*({NUMBER})$")


def _number_and_tolerance(text):
    """(value, tolerance) from "3.14:0.01", "3.14" or the range "3.1..3.2"; None if it is none of those."""
    text = text.strip()
    match = NUMERICAL_RANGE.match(text)
    if match:
        low, high = sorted(Decimal(group) for group in match.groups())
        return (low + high) / 2, (high - low) / 2
    match = NUMERICAL_ANSWER.match(text)
    if match:
        return Decimal(match.group(1)), abs(Decimal(match.group(2) or "0"))
    return None


def _parse_numerical(body, item):
    """``{#3.14:0.01}``, ``{#3.1..3.2}`` or several ``{#=3.14:0.01 =%50%3:0.5#feedback}``."""
    item.kind = "numerical"
    body = body.strip()
    parts = re.split(r"([=~])", body)
    pieces = [("=", parts[0])] if parts[0].strip() else []
    pieces += [(marker, raw) for marker, raw in zip(parts[1::2], parts[2::2], strict=True)]
    for marker, raw in pieces:
        raw = raw.strip()
        weight = Decimal("100") if marker == "=" else Decimal("0")
        match = WEIGHT.match(raw)
        if match:
            weight = Decimal(match.group(1))
            raw = raw[match.end() :]
        text, feedback = _split_feedback(raw)
        number = _number_and_tolerance(_restore(text))
        if number is None:
            return _("a numerical answer must be a number, with :tolerance or a range min..max, not %(answer)s") % {
                "answer": repr(_restore(text))
            }
        value, tolerance = number
        if not -100 <= weight <= 100:
            return _("weight %(weight)s%% is outside -100%% to 100%%") % {"weight": weight}
        item.options.append(
            ParsedOption(f"{value.normalize():f}", weight >= 100, weight, _restore(feedback), tolerance=tolerance)
        )
    if not item.options:
        return _("a numerical question needs at least one number")
    return None


def _parse_matching(body, item):
    """``{=item -> match =item -> match}``; an item left empty (``= -> match``) adds a distractor."""
    item.kind = "matching"
    parts = re.split(r"(=)", body)
    if parts[0].strip():
        return _("unexpected text before the first pair: %(text)s") % {"text": repr(_restore(parts[0]))}
    for raw in parts[2::2]:
        subject, arrow, match = raw.partition("->")
        if not arrow or not match.strip():
            return _("each pair of a matching question is written item -> match, not %(pair)s") % {
                "pair": repr(_restore(raw))
            }
        item.options.append(ParsedOption(_restore(subject), True, Decimal("0"), match=_restore(match)))
    return None


def _description(line, title, protected, category):
    marker = MARKER.match(protected)
    item = ParsedQuestion(line=line, kind="description", content=_restore(protected), title=title)
    item.category_path = list(category)
    item.text_format = marker.group(1) if marker and marker.group(1) in ("html", "markdown") else "plain"
    return item


def parse(text):
    """GIFT text → [ParsedQuestion]. Raises BadImport listing every bad question by line."""
    questions, errors, category = [], [], []
    for line, block in _blocks(text):
        if block.startswith("$CATEGORY:"):
            category = _category_path(block)
            continue
        protected = _protect(block)
        title = ""
        match = re.match(r"^\s*::(.*?)::", protected, re.S)
        if match:
            title = _restore(match.group(1))
            protected = protected[match.end() :]
        opening, closing = protected.find("{"), protected.rfind("}")
        if opening == closing == -1 and title:
            # Moodle's description (a titled text with no answer block): shown before the next question, not
            # scored. An untitled line without braces stays an error: it is more often a question missing them.
            item = _description(line, title, protected, category)
            if not item.content:
                errors.append((line, _("the description has no text")))
            elif check(item, errors):
                questions.append(item)
            continue
        if opening == -1 or closing < opening:
            errors.append((line, _("no answer section in braces { }")))
            continue
        if protected.count("{") != 1 or protected.count("}") != 1:
            errors.append((line, _("more than one answer section; escape literal braces as \\{ and \\}")))
            continue
        marker = MARKER.match(protected[:opening])
        stem = protected[:opening] + (" _____ " + protected[closing + 1 :] if protected[closing + 1 :].strip() else "")
        stem = _restore(stem)
        vignette, _blank, content = stem.rpartition("\n\n")
        item = ParsedQuestion(line=line, kind="", content=content.strip(), vignette=vignette.strip(), title=title)
        item.category_path = list(category)
        # The stem's marker says how the whole question is written (Moodle's [moodle] is its plain text).
        item.text_format = marker.group(1) if marker and marker.group(1) in ("html", "markdown") else "plain"
        problem = _parse_answers(protected[opening + 1 : closing], item, line)
        if problem:
            errors.append((line, problem))
            continue
        if not item.content:
            errors.append((line, _("the question has no text")))
            continue
        if check(item, errors):
            questions.append(item)
    if errors:
        raise BadImport(errors, valid=questions)
    return questions


def export(questions):
    """Questions → GIFT text. Spot-the-technique questions have no GIFT form and are listed as comments."""
    lines, current = ["// Exported from the MBT & DBT training platform", ""], None
    for question in questions:
        path = question.category.full_name.replace(" / ", "/") if question.category_id else ""
        if question.kind in ("spot_name", "spot_moment"):
            lines += [f"// Not exported (spot-the-technique, no GIFT form): {escape(str(question))}", ""]
            continue
        if path != current:
            lines += [f"$CATEGORY: {path or 'top'}", ""]
            current = path
        stem = escape(question.content)
        if question.vignette.strip():
            stem = escape(question.vignette.strip()) + "\\n\\n" + stem
        title = f"::{escape(question.title)}::" if question.title else ""
        if question.text_format in ("html", "markdown"):
            stem = f"[{question.text_format}]{stem}"
        if question.kind == "description":
            # Moodle writes a description as its title and text with no answer block; the title tells it apart.
            lines += [f"::{escape(str(question))}::{stem}", ""]
            continue
        general = f"####{escape(exported_explanation(question))}" if question.explanation else ""
        if question.kind == "essay":
            body = general
        elif question.kind in ("short_answer", "numerical", "matching"):
            body = _answers_body(question, general)
        elif question.kind == "true_false":
            feedback = ""
            if question.incorrect_feedback or question.correct_feedback:
                feedback = f"#{escape(question.incorrect_feedback)}#{escape(question.correct_feedback)}"
            body = ("TRUE" if question.is_true else "FALSE") + feedback + general
        else:
            parts = []
            options = list(question.options.all())
            weights = _weights(question, options)
            for option in options:
                feedback = f"#{escape(option.feedback)}" if option.feedback else ""
                if question.kind == "mc_multiple":
                    weight = weights[option.pk]
                    marked = f"~%{_number(weight)}%" if weight else "~"
                    parts.append(f"{marked}{escape(option.text)}{feedback}")
                elif option.correct:
                    parts.append(f"={escape(option.text)}{feedback}")
                elif option.weight > 0:
                    parts.append(f"~%{_number(option.weight)}%{escape(option.text)}{feedback}")
                else:
                    parts.append(f"~{escape(option.text)}{feedback}")
            body = "\n    " + "\n    ".join(parts) + (f"\n    {general}" if general else "") + "\n"
        lines += [f"{title}{stem} {{{body}}}", ""]
    return "\n".join(lines)


def _answers_body(question, general):
    """The answer block of a short answer, numerical or matching question, as Moodle writes it."""
    parts = []
    for option in question.options.all():
        feedback = f"#{escape(option.feedback)}" if option.feedback else ""
        value = credit(option)
        weight = "" if value >= 100 else f"%{_number(value)}%"
        if question.kind == "short_answer":
            parts.append(f"={weight}{escape(option.text)}{feedback}")
        elif question.kind == "numerical":
            tolerance = f":{_number(option.tolerance)}" if option.tolerance else ""
            parts.append(f"={weight}{escape(option.text)}{tolerance}{feedback}")
        else:
            parts.append(f"={escape(option.text)} -> {escape(option.match)}")
    lead = "#" if question.kind == "numerical" else ""
    return lead + "\n    " + "\n    ".join(parts) + (f"\n    {general}" if general else "") + "\n"


def _weights(question, options):
    """The weights scoring uses (the author's, or the derived ones), so a round trip scores the same."""
    snapshot = {
        "kind": question.kind,
        "options": [{"id": o.pk, "correct": o.correct, "weight": str(o.weight)} for o in options],
    }
    return {pk: weight.quantize(SEVEN_PLACES) for pk, weight in scoring.option_weights(snapshot).items()}


def _number(value):
    return f"{value.normalize():f}"
