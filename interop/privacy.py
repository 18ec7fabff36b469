"""The personal data this room holds: links to LMS accounts, grades sent to their gradebooks, xAPI statements.

An LMS launch links the platform's user id (``sub``) to one of our accounts; the grades queued for the
platform's gradebook name that link. Erasure deletes both: the platform's next launch of the same person
starts a new, empty account.
"""

from django.utils.translation import gettext_lazy as _

from accounts.personal_data import Erasure, PersonalData
from interop.models import GradeSubmission, LtiAccount, Statement

DECLARATIONS = [
    PersonalData(
        model="interop.LtiAccount",
        holds=_("Which LMS (Moodle, Canvas...) you came from, your user id there, when you first and last came."),
        purpose=_("To sign you in when you open our activities from your institute's LMS."),
        seen_by=_("The site administrators."),
        kept=_("While your account exists."),
        erasure=Erasure.DELETE,
        erasure_note=_("Deleted, with the grades queued for the LMS."),
    ),
    PersonalData(
        model="interop.GradeSubmission",
        holds=_("Your quiz scores and module completions sent to your LMS's gradebook, and when they were sent."),
        purpose=_("To put your results in your institute's gradebook."),
        seen_by=_("The site administrators; your instructors see them in the LMS."),
        kept=_("While your account exists."),
        erasure=Erasure.DELETE,
        erasure_note=_("Deleted; what the LMS already received is kept by the LMS."),
        user_fields=("account__user",),
    ),
    PersonalData(
        model="interop.Statement",
        holds=_(
            "xAPI statements of your learning (modules completed, videos played, quiz attempts and results, essays "
            "marked, certificates, practice responses submitted and rated), under your account number."
        ),
        purpose=_("To send your learning record to your institute's Learning Record Store, when it runs one."),
        seen_by=_("The site administrators; the institute's LRS keeps what it received."),
        kept=_("While your account exists."),
        erasure=Erasure.DELETE,
        erasure_note=_("Deleted; what the LRS already received is kept by the LRS."),
    ),
]


def export(user):
    return {
        "lms_accounts": list(
            LtiAccount.objects.filter(user=user).values("platform__name", "sub", "created_at", "last_launch_at")
        ),
        "learning_record_statements": list(
            Statement.objects.filter(user=user).values("statement_id", "verb", "timestamp", "status", "sent_at")
        ),
        "grades_sent_to_lms": list(
            GradeSubmission.objects.filter(account__user=user).values(
                "resource_link__context__platform__name",
                "source",
                "score_given",
                "score_maximum",
                "status",
                "sent_at",
            )
        ),
    }


def erase(user):
    statements, _by_model = Statement.objects.filter(user=user).delete()
    links, _by_model = LtiAccount.objects.filter(user=user).delete()
    return statements + links
