"""The personal data the quizzes hold about a trainee: what it is, and exporting it.

Personal data (per trainee): attempts (quiz, number, start, deadline, end, status, score, pass, whether time ran
out); answers (what they answered, when, the points, a marker's feedback and rubric); and drafts, what they had
typed or chosen on the take page but not submitted yet (autosave); and which questions they flagged for review.
A draft lives only while its attempt is open: when the attempt ends it is submitted as the answer (time ran out)
or deleted, and nobody but the trainee sees it.

Erasure (``erase``): finished attempts and their answers stay, attached to the anonymised account, so that the
item statistics and the cohort's reports still add up; what the trainee wrote (essay texts), the markers' feedback
on it and every draft are deleted, and open attempts (which no statistic counts) go entirely. Marking history is
deleted after its retention period (``privacy.retention``).
"""

from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from accounts.personal_data import Erasure, PersonalData
from quizzes.models import Answer, Attempt, Draft, MarkingEvent

DECLARATIONS = [
    PersonalData(
        model="quizzes.Attempt",
        holds=_("Your quiz attempts: when you started and finished, your score and whether you passed."),
        purpose=_("To score your quizzes, record your progress and let your supervisors follow it."),
        seen_by=_("You, your supervisors and the site administrators."),
        kept=_("While your account exists."),
        erasure=Erasure.ANONYMISE,
        erasure_note=_(
            "Finished attempts stay with the anonymous account, for the question statistics; open attempts are deleted."
        ),
    ),
    PersonalData(
        model="quizzes.Answer",
        holds=_("Your answers, your essays, their points and your markers' feedback."),
        purpose=_("To score and mark your work and show you the feedback."),
        seen_by=_("You, your supervisors and the site administrators."),
        kept=_("While your account exists."),
        erasure=Erasure.ANONYMISE,
        erasure_note=_("Points stay for the statistics; essay texts and feedback are deleted."),
        user_fields=("attempt__user", "marked_by"),
    ),
    PersonalData(
        model="quizzes.Draft",
        holds=_("What you typed or chose on a question before submitting it (autosave)."),
        purpose=_("So that nothing is lost when the page closes or time runs out."),
        seen_by=_("Only you."),
        kept=_("Until the attempt ends."),
        erasure=Erasure.DELETE,
        erasure_note=_("Deleted."),
        user_fields=("attempt__user",),
    ),
    PersonalData(
        model="quizzes.MarkingEvent",
        holds=_("Who changed a mark on your work, when, and the feedback given."),
        purpose=_("So that marks can be checked and disputes settled."),
        seen_by=_("Your supervisors and the site administrators."),
        kept=_("For the marking-history period, then deleted."),
        erasure=Erasure.ANONYMISE,
        erasure_note=_("The points stay; the feedback is deleted."),
        exported=False,
        user_fields=("answer__attempt__user", "marker"),
    ),
    PersonalData(
        model="quizzes.TraineeQuizOverride",
        holds=_("Other rules of a quiz for you alone: extra time, extra attempts, other dates."),
        purpose=_("Arrangements for you, such as extra time for accessibility."),
        seen_by=_("You (as the quiz's rules), your supervisors and the site administrators."),
        kept=_("While the arrangement stands."),
        erasure=Erasure.DELETE,
        erasure_note=_("Deleted."),
        erase_rows=True,
    ),
    PersonalData(
        model="quizzes.QuestionImport",
        holds=_("Which editor imported questions, and when."),
        purpose=_("To show the editor the progress and result of a large import."),
        seen_by=_("Editors and the site administrators."),
        kept=_("While the import is of interest; editors' content history is not erased."),
        erasure=Erasure.KEEP,
        erasure_note=_("Kept: it then names the anonymous account."),
        exported=False,
        user_fields=("created_by",),
    ),
    PersonalData(
        model="quizzes.Regrade",
        holds=_("Which administrator regraded a quiz after a key fix, when, and how each attempt's result changed."),
        purpose=_("So that a changed result can be traced to the regrade that changed it."),
        seen_by=_("The site administrators."),
        kept=_("While the quiz exists; the audit is not erased."),
        erasure=Erasure.KEEP,
        erasure_note=_("Kept: it then names the anonymous account. The changes to your scores stay with them."),
        exported=False,
        user_fields=("performed_by",),
    ),
]


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


def export_files(user):
    """Each essay the trainee wrote, as a text file: [(name in the archive, text)]."""
    answers = (
        Answer.objects.filter(attempt__user=user, slot__snapshot__kind="essay")
        .select_related("attempt__quiz", "slot")
        .order_by("attempt__started_at", "attempt_id", "slot__position")
    )
    files = []
    for answer in answers:
        attempt = answer.attempt
        name = f"{slugify(attempt.quiz.title)[:60]}-attempt-{attempt.number}-question-{answer.slot.position}.txt"
        question = answer.slot.snapshot.get("content", "")
        files.append((name, f"{attempt.quiz.title}\n\n{question}\n\n---\n\n{answer.payload.get('text', '')}\n"))
    return files


def erase(user):
    """Delete the trainee's drafts, open attempts, essay texts and feedback; keep the points of finished attempts."""
    counts = {"quizzes.Draft": Draft.objects.filter(attempt__user=user).delete()[0]}
    counts["quizzes.Attempt (open)"] = Attempt.objects.open().filter(user=user).delete()[1].get("quizzes.Attempt", 0)
    answers = Answer.objects.filter(attempt__user=user)
    counts["quizzes.Answer (essay texts)"] = answers.filter(slot__snapshot__kind="essay").update(payload={"text": ""})
    answers.exclude(feedback="").update(feedback="")
    MarkingEvent.objects.filter(answer__attempt__user=user).exclude(feedback="").update(feedback="")
    return counts
