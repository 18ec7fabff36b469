"""The personal data of supervision: who supervises whom one by one (`Supervision`).

Supervision by cohort is the cohort's (``learning.Cohort.supervisors``, declared in `learning/privacy.py`).

Erasure (``erase``): an erased supervisor supervises nobody (their rows are deleted); an erased trainee's rows
stay with the anonymised account, so that their supervisor's reports and statistics still add up.
"""

from django.utils.translation import gettext_lazy as _

from accounts.personal_data import Erasure, PersonalData
from supervision.models import Supervision

DECLARATIONS = [
    PersonalData(
        model="supervision.Supervision",
        holds=_("Who supervises you individually (or whom you supervise), and since when."),
        purpose=_("So that your supervisor sees your work and marks it."),
        seen_by=_("The supervisor and the site administrators."),
        kept=_("While the supervision lasts."),
        erasure=Erasure.ANONYMISE,
        erasure_note=_("An erased supervisor's rows are deleted; a trainee's stay with the anonymous account."),
        user_fields=("supervisor", "trainee"),
    ),
]


def export(user):
    return {
        "supervised_by": [
            {"supervisor": row.supervisor.display_name, "since": row.since}
            for row in Supervision.objects.filter(trainee=user).select_related("supervisor")
        ],
        "supervising": [
            {"trainee": row.trainee.display_name, "since": row.since}
            for row in Supervision.objects.filter(supervisor=user).select_related("trainee")
        ],
    }


def erase(user):
    return {"supervision.Supervision (supervisor)": Supervision.objects.filter(supervisor=user).delete()[0]}
