"""How answers are scored: plain functions over a question snapshot and an answer payload.

Payloads, by question type:
  mc_single    {"option": <option id>}
  mc_multiple  {"options": [<option id>, ...]}
  true_false   {"value": true | false}
  essay        {"text": "..."}
  spot_name    {"technique": <technique id>}
  spot_moment  {"time": <seconds as a number>}
  short_answer {"text": "..."}
  numerical    {"value": "<the number as typed, normalised>"}
  matching     {"matches": {"<pair id>": "<the match chosen>", ...}}

Multiple choice with one answer: full points when the chosen option is flagged correct
(any of several correct options will do); otherwise the option's positive weight, if it
has one, as partial credit. Multiple response: the weights of the ticked options are
added up and the total, kept between 0 % and 100 %, is the share of the points awarded.
When no option has a weight, each correct option is worth 100 % / k (k = number of correct
options) and each wrong one -100 % / w (w = number of wrong options): the wrong options
together cost as much as the right ones earn, so ticking everything scores 0 however many
of each there are. An author who wants otherwise sets the weights.

Short answer: the answer typed is compared with each accepted answer (spaces trimmed and collapsed; case ignored
unless the question says it matters; ``*`` in an accepted answer stands for any characters, as in Moodle); the best
matching answer's credit is awarded. Numerical: an answer within an accepted number's tolerance earns that number's
credit (the best one when several match). Matching: each item paired with its own match earns an equal share of
the points; the answer is right when every pair is.

Passing compares the unrounded percentage with the pass mark (89.5 % does not pass 90 %);
pages show it rounded.
"""

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

# A question as pinned in an attempt (AttemptSlot.snapshot) and a trainee's answer, both plain JSON.
Snapshot = Mapping[str, Any]
Payload = Mapping[str, Any]
Number = Decimal | int | float | str

HUNDRED = Decimal("100")
CENT = Decimal("0.01")


@dataclass(frozen=True)
class Mark:
    points: Decimal | None  # None: awaiting a person's marking
    is_correct: bool | None


def _dec(value: Any) -> Decimal:
    return Decimal(str(value))


def option_weights(snapshot: Snapshot) -> dict[Any, Decimal]:
    """Each option's worth in percent of the question's points."""
    options = snapshot.get("options", [])
    if any(_dec(o.get("weight", 0)) != 0 for o in options):
        return {o["id"]: _dec(o["weight"]) for o in options}
    correct = [o for o in options if o["correct"]]
    if not correct:
        return {o["id"]: Decimal("0") for o in options}
    share = HUNDRED / len(correct)
    wrong_count = len(options) - len(correct)
    wrong = -HUNDRED / wrong_count if snapshot["kind"] == "mc_multiple" and wrong_count else Decimal("0")
    return {o["id"]: share if o["correct"] else wrong for o in options}


# Weights add up to 100 % only within their 7 decimals (3 × 33.3333333); that close counts as full marks.
FULL = HUNDRED - Decimal("0.00001")


def _fraction_points(points: Decimal, percent: Decimal) -> Decimal:
    percent = HUNDRED if percent >= FULL else min(max(percent, Decimal("0")), HUNDRED)
    return (points * percent / HUNDRED).quantize(CENT, rounding=ROUND_HALF_UP)


def mark_answer(snapshot: Snapshot, payload: Payload) -> Mark:
    kind = snapshot["kind"]
    points = _dec(snapshot["points"])
    if kind == "essay":
        return Mark(None, None)
    if kind == "mc_single":
        chosen = next((o for o in snapshot["options"] if o["id"] == payload.get("option")), None)
        if chosen is None:
            return Mark(Decimal("0.00"), False)
        if chosen["correct"]:
            return Mark(points, True)
        return Mark(_fraction_points(points, _dec(chosen.get("weight", 0))), False)
    if kind == "mc_multiple":
        weights = option_weights(snapshot)
        ticked = set(payload.get("options", [])) & set(weights)
        if not ticked:
            return Mark(Decimal("0.00"), False)
        awarded = _fraction_points(points, sum((weights[i] for i in ticked), Decimal("0")))
        return Mark(awarded, awarded == points)
    if kind == "true_false":
        right = payload.get("value") is snapshot["is_true"]
        return Mark(points if right else Decimal("0.00"), right)
    if kind == "spot_name":
        right = payload.get("technique") == snapshot["technique"]["id"]
        return Mark(points if right else Decimal("0.00"), right)
    if kind == "spot_moment":
        try:
            time = _dec(payload.get("time"))
        except ArithmeticError:
            return Mark(Decimal("0.00"), False)
        right = abs(time - _dec(snapshot["moment"])) <= _dec(snapshot["tolerance"])
        return Mark(points if right else Decimal("0.00"), right)
    if kind == "short_answer":
        return _best_credit(points, (a for a in snapshot["answers"] if _text_matches(a["text"], payload, snapshot)))
    if kind == "numerical":
        return _best_credit(points, (a for a in snapshot["answers"] if _number_matches(a, payload)))
    if kind == "matching":
        pairs = snapshot["pairs"]
        chosen = payload.get("matches", {})
        paired = sum(1 for pair in pairs if chosen.get(str(pair["id"])) == pair["match"])
        if not pairs:
            return Mark(Decimal("0.00"), False)
        awarded = (points * paired / len(pairs)).quantize(CENT, rounding=ROUND_HALF_UP)
        return Mark(points if paired == len(pairs) else awarded, paired == len(pairs))
    raise ValueError(f"Unknown question type: {kind}")


def _best_credit(points: Decimal, answers: Iterable[Mapping[str, Any]]) -> Mark:
    best = max((_dec(a["credit"]) for a in answers), default=Decimal("0"))
    if best <= 0:
        return Mark(Decimal("0.00"), False)
    return Mark(_fraction_points(points, best), best >= FULL)


def normalise_text(text: str, case_sensitive: bool) -> str:
    text = " ".join(str(text).split())
    return text if case_sensitive else text.casefold()


def _text_matches(accepted: str, payload: Payload, snapshot: Snapshot) -> bool:
    case_sensitive = bool(snapshot.get("case_sensitive"))
    given = normalise_text(payload.get("text", ""), case_sensitive)
    wanted = normalise_text(accepted, case_sensitive)
    if "*" in wanted:
        pattern = ".*".join(re.escape(part) for part in wanted.split("*"))
        return re.fullmatch(pattern, given, flags=re.S) is not None
    return given == wanted


def _number_matches(answer: Mapping[str, Any], payload: Payload) -> bool:
    try:
        given, wanted, tolerance = _dec(payload.get("value")), _dec(answer["value"]), _dec(answer["tolerance"])
    except ArithmeticError:
        return False
    if not (given.is_finite() and wanted.is_finite()):
        return False
    return abs(given - wanted) <= tolerance


def correct_option_ids(snapshot: Snapshot) -> list[Any]:
    return [o["id"] for o in snapshot.get("options", []) if o["correct"]]


def percent(score: Number, max_score: Number) -> Decimal:
    """Score as a percentage of the maximum: 0 for an empty attempt, kept between 0 and 100."""
    if not max_score:
        return Decimal("0.00")
    value = Decimal(score) * HUNDRED / Decimal(max_score)
    return min(max(value, Decimal("0")), HUNDRED).quantize(CENT, rounding=ROUND_HALF_UP)


def rounded(value: Number) -> int:
    return int(Decimal(value).quantize(Decimal("1"), rounding=ROUND_HALF_UP))


def has_passed(percent_value: Number, pass_mark: int) -> bool:
    """Passing means reaching the pass mark with the percentage as it is, not as it is shown rounded."""
    return Decimal(percent_value) >= pass_mark


def score_passes(score: Number, max_score: Number, pass_mark: int) -> bool:
    """The pass check on the score itself, so no rounding of the percentage can tip it: score / max ≥ mark %."""
    if not max_score:
        return pass_mark == 0
    return Decimal(score) * HUNDRED >= Decimal(pass_mark) * Decimal(max_score)


def grade(percents: Iterable[Number], method: str) -> Decimal | None:
    """The quiz grade from finished attempts' percentages, oldest first."""
    values = [Decimal(p) for p in percents]
    if not values:
        return None
    if method == "highest":
        return max(values)
    if method == "latest":
        return values[-1]
    if method == "first":
        return values[0]
    if method == "average":
        return (sum(values, Decimal(0)) / len(values)).quantize(CENT, rounding=ROUND_HALF_UP)
    raise ValueError(f"Unknown grading method: {method}")
