"""The roles of the platform, as Django groups, and everything each one may do.

``ROLES`` is the one place that says what a role holds. ``accounts.role_sync`` makes the
groups match it after every ``migrate`` and on ``manage.py sync_roles``; ``sync_roles --check``
lists where the database differs. Site administrators are superusers and belong to no group.

Group membership is the single source of truth for a user's role; views ask the helpers below.
"""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

TRAINEES = "Trainees"
EDITORS = "Editors"
# The approving group of the "Clinical review" workflow (created by courses/migrations/0003).
CLINICAL_REVIEWERS = "Clinical reviewers"
SUPERVISORS = "Supervisors"

# Wagtail's first migrations create it; its publish-anything rights belong to no role here.
REMOVED_GROUPS = ["Moderators"]


@dataclass(frozen=True)
class Role:
    """A group and exactly what it holds; the sync grants this and removes anything else.

    ``permissions`` and ``collection_permissions`` are "app_label.codename"; ``page_permissions``
    are codenames of ``wagtailcore.page`` permissions, granted on the root page (the whole tree);
    collection permissions are granted on the root collection (every image, document and media file).
    """

    name: str
    label: str
    admin_access: bool = False
    permissions: tuple[str, ...] = ()
    page_permissions: tuple[str, ...] = ()
    collection_permissions: tuple[str, ...] = ()
    # Where someone in this role lands after signing in (a URL name): where their work is.
    landing: str = "dashboard"

    @property
    def model_permissions(self):
        """Every model permission of the group, Wagtail admin access included."""
        return {*self.permissions, *(["wagtailadmin.access_admin"] if self.admin_access else [])}


ROLES = [
    # Trainees take courses and quizzes: their own work is theirs by ownership, not by permission.
    Role(TRAINEES, _("Trainee")),
    # Editors author content; a page goes live only through clinical review, so no publish_page.
    # Nothing about people: no users, groups, settings, attempts or other trainee data.
    Role(
        EDITORS,
        _("Editor"),
        admin_access=True,
        permissions=(
            "techniques.add_technique",
            "techniques.change_technique",
            "techniques.delete_technique",
            "quizzes.add_quiz",
            "quizzes.change_quiz",
            "quizzes.delete_quiz",
            "quizzes.add_quizquestion",
            "quizzes.change_quizquestion",
            "quizzes.delete_quizquestion",
            "quizzes.add_quizcategorydraw",
            "quizzes.change_quizcategorydraw",
            "quizzes.delete_quizcategorydraw",
            "quizzes.add_question",
            "quizzes.change_question",
            "quizzes.delete_question",
            "quizzes.add_answeroption",
            "quizzes.change_answeroption",
            "quizzes.delete_answeroption",
            "quizzes.add_category",
            "quizzes.change_category",
            "quizzes.delete_category",
            "practice.add_rubric",
            "practice.change_rubric",
            "practice.delete_rubric",
            "practice.add_exercise",
            "practice.change_exercise",
            "practice.delete_exercise",
        ),
        page_permissions=("add_page", "change_page", "lock_page", "unlock_page"),
        collection_permissions=(
            "wagtailimages.add_image",
            "wagtailimages.change_image",
            "wagtailimages.choose_image",
            "wagtailimages.delete_image",
            "wagtaildocs.add_document",
            "wagtaildocs.change_document",
            "wagtaildocs.choose_document",
            "wagtaildocs.delete_document",
            "wagtailmedia.add_media",
            "wagtailmedia.change_media",
            "wagtailmedia.delete_media",
        ),
        landing="wagtailadmin_home",
    ),
    # Reviewers approve what editors submit, and approving publishes (courses.workflows). Wagtail lets whoever
    # holds publish_page skip a workflow, so nobody but site administrators holds it: every module goes
    # through the Clinical review.
    Role(
        CLINICAL_REVIEWERS,
        _("Clinical reviewer"),
        admin_access=True,
        page_permissions=("change_page", "lock_page", "unlock_page"),
        landing="wagtailadmin_home",
    ),
    # Supervisors open the marking views; whose work they see is supervision.scope's rule.
    # No admin: any user-management permission would let them make themselves superuser.
    Role(SUPERVISORS, _("Supervisor"), permissions=("quizzes.mark_attempt",), landing="supervision:overview"),
]

ROLE_LABELS = {role.name: role.label for role in ROLES}

# The roles that see other people's work or change the content: a second factor is required of them
# (accounts.mfa), as of site administrators.
STAFF_ROLES = (EDITORS, CLINICAL_REVIEWERS, SUPERVISORS)


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


# Which role's landing wins for someone with several: the work that only they can do comes first.
LANDING_ORDER = (SUPERVISORS, CLINICAL_REVIEWERS, EDITORS, TRAINEES)


def landing(user):
    """The URL name a user lands on after signing in: administrators the admin, others their role's place."""
    if user.is_superuser:
        return "wagtailadmin_home"
    by_name = {role.name: role for role in ROLES}
    for name in LANDING_ORDER:
        if has_role(user, name):
            return by_name[name].landing
    return "dashboard"
