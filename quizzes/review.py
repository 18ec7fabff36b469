"""What a finished attempt's review shows, and when correct answers may be revealed."""

from decimal import Decimal

from django.utils import timezone
from django.utils.translation import gettext as _

from quizzes.models import RevealAnswers
from quizzes.overrides import latest_close
from quizzes.scoring import option_weights


def reveals_answers(quiz, attempt):
    """Correct answers and explanations: never for an open attempt, otherwise as the quiz says."""
    if attempt.is_open:
        return False
    if quiz.reveal_answers in (RevealAnswers.AFTER_EACH, RevealAnswers.AT_END):
        return True
    if quiz.reveal_answers == RevealAnswers.AFTER_CLOSE:
        # After the last close: a trainee given later dates may still be taking it.
        return quiz.has_closed() and timezone.now() >= latest_close(quiz)
    return False


def format_seconds(value):
    seconds = float(value)
    minutes, rest = divmod(seconds, 60)
    return f"{int(minutes)}:{rest:04.1f}"


def answer_text(snapshot, payload):
    """A stored answer as the trainee would recognise it."""
    kind = snapshot["kind"]
    if kind == "mc_single":
        return next((o["text"] for o in snapshot["options"] if o["id"] == payload.get("option")), "")
    if kind == "mc_multiple":
        chosen = set(payload.get("options", []))
        return "; ".join(o["text"] for o in snapshot["options"] if o["id"] in chosen)
    if kind == "true_false":
        return _("True") if payload.get("value") else _("False")
    if kind == "essay":
        return payload.get("text", "")
    if kind == "spot_name":
        return next((t["name"] for t in snapshot["technique_choices"] if t["id"] == payload.get("technique")), "")
    if kind == "spot_moment":
        return format_seconds(payload["time"]) if payload.get("time") is not None else ""
    if kind == "short_answer":
        return payload.get("text", "")
    if kind == "numerical":
        return payload.get("value", "")
    if kind == "matching":
        chosen = payload.get("matches", {})
        return "; ".join(f"{p['item']} → {chosen.get(str(p['id']), '—')}" for p in snapshot["pairs"])
    return ""


def correct_answer_text(snapshot):
    """The right answer(s), for the review: only ever called once revealing is allowed."""
    kind = snapshot["kind"]
    if kind in ("mc_single", "mc_multiple"):
        weights = option_weights(snapshot)
        return [o["text"] for o in snapshot["options"] if o["correct"] or weights.get(o["id"], 0) > 0]
    if kind == "true_false":
        return [_("True") if snapshot["is_true"] else _("False")]
    if kind == "spot_name":
        return [snapshot["technique"]["name"]]
    if kind == "spot_moment":
        return [
            _("%(time)s (within %(tolerance)s seconds)")
            % {"time": format_seconds(snapshot["moment"]), "tolerance": snapshot["tolerance"]}
        ]
    full = [a for a in snapshot.get("answers", []) if Decimal(a["credit"]) >= 100]
    if kind == "short_answer":
        return [a["text"] for a in full]
    if kind == "numerical":
        return [
            _("%(value)s (± %(tolerance)s)") % {"value": a["value"], "tolerance": _plain(a["tolerance"])}
            if Decimal(a["tolerance"])
            else a["value"]
            for a in full
        ]
    if kind == "matching":
        return [f"{p['item']} → {p['match']}" for p in snapshot["pairs"]]
    return []


def _plain(number):
    return f"{Decimal(number).normalize():f}"


def option_rows(snapshot, payload):
    """Options with whether the trainee picked each and whether it is right."""
    chosen = set(payload.get("options", [])) | {payload.get("option")}
    return [
        {"text": o["text"], "correct": o["correct"], "chosen": o["id"] in chosen, "feedback": o["feedback"]}
        for o in snapshot.get("options", [])
    ]


def review_row(slot):
    answer = getattr(slot, "answer", None)
    snap = slot.snapshot
    return {
        "slot": slot,
        "snap": snap,
        "answer": answer,
        "your_answer": answer_text(snap, answer.payload) if answer else "",
        "correct_answers": correct_answer_text(snap),
        "options": option_rows(snap, answer.payload if answer else {}),
    }


def review_rows(attempt):
    return [review_row(slot) for slot in attempt.slots.select_related("answer").order_by("position")]
