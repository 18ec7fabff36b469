"""The three roles of the platform, as Django groups.

Site administrators are superusers and belong to no group. Group membership
is the single source of truth for a user's role; views ask these helpers.
"""

from django.utils.translation import gettext_lazy as _

TRAINEES = "Trainees"
EDITORS = "Editors"
SUPERVISORS = "Supervisors"
# Approve the clinical review of pages (created by courses/migrations/0003).
CLINICAL_REVIEWERS = "Clinical reviewers"

ROLE_LABELS = {
    TRAINEES: _("Trainee"),
    EDITORS: _("Editor"),
    CLINICAL_REVIEWERS: _("Clinical reviewer"),
    SUPERVISORS: _("Supervisor"),
}


def has_role(user, group_name):
    if not user.is_authenticated:
        return False
    # The groups are read once per request and kept on the user object.
    if not hasattr(user, "_role_names"):
        user._role_names = set(user.groups.values_list("name", flat=True))
    return group_name in user._role_names


def is_trainee(user):
    return has_role(user, TRAINEES)


def is_editor(user):
    return has_role(user, EDITORS)


def is_supervisor(user):
    return has_role(user, SUPERVISORS)


def role_labels(user):
    """What to call this user's roles in the interface."""
    if user.is_superuser:
        return [_("Site administrator")]
    return [label for name, label in ROLE_LABELS.items() if has_role(user, name)]
