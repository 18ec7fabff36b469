"""The personal data the quizzes hold about a trainee: what it is, and exporting it.

Personal data (per trainee): attempts (quiz, number, start, deadline, end, status, score, pass, whether time ran
out); answers (what they answered, when, the points, a marker's feedback and rubric); and drafts, what they had
typed or chosen on the take page but not submitted yet (autosave); and which questions they flagged for review.
A draft lives only while its attempt is open: when the attempt ends it is submitted as the answer (time ran out)
or deleted, and nobody but the trainee sees it.

Erasure: deleting the user deletes their attempts, and with them answers, drafts and marking events (CASCADE).
"""

from quizzes.models import Attempt


def export(user):
    """Everything the quizzes hold about `user`, as plain data: their attempts with answers and drafts."""
    attempts = (
        Attempt.objects.filter(user=user)
        .select_related("quiz")
        .prefetch_related("answers__slot", "drafts__slot", "slots")
        .order_by("started_at", "pk")
    )
    return {
        "attempts": [
            {
                "quiz": attempt.quiz.title,
                "number": attempt.number,
                "status": attempt.status,
                "started_at": attempt.started_at,
                "deadline": attempt.deadline,
                "finished_at": attempt.finished_at,
                "timed_out": attempt.timed_out,
                "score": attempt.score,
                "max_score": attempt.max_score,
                "passed": attempt.passed,
                "answers": [
                    {
                        "question": answer.slot.position,
                        "text": answer.slot.snapshot.get("content", ""),
                        "answer": answer.payload,
                        "answered_at": answer.answered_at,
                        "points": answer.points,
                        "feedback": answer.feedback,
                        "rubric_met": answer.rubric_met,
                    }
                    for answer in sorted(attempt.answers.all(), key=lambda a: a.slot.position)
                ],
                "flagged_for_review": sorted(slot.position for slot in attempt.slots.all() if slot.flagged),
                "drafts": [
                    {
                        "question": draft.slot.position,
                        "text": draft.slot.snapshot.get("content", ""),
                        "draft": draft.value,
                        "saved_at": draft.saved_at,
                    }
                    for draft in sorted(attempt.drafts.all(), key=lambda d: d.slot.position)
                ],
            }
            for attempt in attempts
        ]
    }
