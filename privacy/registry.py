"""The register of personal data, collected from every room, with the privacy room's own and the third-party apps'.

Each room declares its models in its own module (``DECLARATIONS``) and offers ``export(user)`` (plain data),
optionally ``export_files(user)`` ([(name, bytes, text or an opener)]) and ``erase(user)``; see
`accounts/personal_data.py`. The rooms sit below this one and never import it: it imports them.
"""

from dataclasses import dataclass
from importlib import import_module

from django.apps import apps
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from accounts.personal_data import Erasure, PersonalData


@dataclass(frozen=True)
class Room:
    key: str  # the archive's folder and JSON file
    module: str
    title: str

    @property
    def code(self):
        return import_module(self.module)


# In the order an erasure runs them: everything that can fail before any file is deleted (practice deletes the
# recordings), and the account itself last.
ROOMS = [
    Room("quizzes", "quizzes.privacy", _("Quizzes")),
    Room("learning", "learning.privacy", _("Courses and certificates")),
    Room("supervision", "supervision.privacy", _("Supervision")),
    Room("practice", "practice.privacy", _("Practice studio")),
    Room("interop", "interop.privacy", _("Your institute's LMS")),
    Room("account", "accounts.personal_data", _("Your account")),
]

SIGN_IN = _("Signing in")
ADMIN = _("Editing content (staff)")

# The models of the apps we use, and the privacy room's own. Models of apps that are not installed are left out.
OTHER_DECLARATIONS = [
    PersonalData(
        model="privacy.DataExport",
        holds=_("The data exports you asked for: when, their progress, and the archive until it expires."),
        purpose=_("To give you everything we hold about you, as one download."),
        seen_by=_("Only whoever asked for the export (you, or the administrator who asked)."),
        kept=_("For the export period after it was built, then deleted with its archive."),
        erasure=Erasure.DELETE,
        erasure_note=_("Deleted, archives first."),
        exported=False,
        user_fields=("subject", "requested_by"),
    ),
    PersonalData(
        model="privacy.ErasureRecord",
        holds=_("Which administrator erased an account, when and why; the account by its number only."),
        purpose=_("To account for every erasure (an audit)."),
        seen_by=_("The site administrators."),
        kept=_("For good."),
        erasure=Erasure.KEEP,
        erasure_note=_("Kept: the audit of erasures; an erased administrator is named by the anonymous account."),
        exported=False,
        user_fields=("actor",),
    ),
    PersonalData(
        model="axes.AccessAttempt",
        holds=_("Failed sign-ins: the username typed, the address and browser, when."),
        purpose=_("To slow down and lock out password guessing (sign-in protection)."),
        seen_by=_("The site administrators."),
        kept=_("For the sign-in records' period after the last attempt."),
        erasure=Erasure.DELETE,
        erase_rows=True,
        erasure_note=_("Deleted."),
        user_fields=(),
        username_fields=("username",),
    ),
    PersonalData(
        model="axes.AccessFailureLog",
        holds=_("Each failed sign-in: the username typed, the address and browser, when, whether it locked."),
        purpose=_("To slow down and lock out password guessing (sign-in protection)."),
        seen_by=_("The site administrators."),
        kept=_("For the sign-in records' period."),
        erasure=Erasure.DELETE,
        erase_rows=True,
        erasure_note=_("Deleted."),
        user_fields=(),
        username_fields=("username",),
    ),
    PersonalData(
        model="axes.AccessLog",
        holds=_("Each sign-in and sign-out: the username, the address and browser, when."),
        purpose=_("To show administrators who signed in, when an account may have been misused."),
        seen_by=_("The site administrators."),
        kept=_("For the sign-in records' period."),
        erasure=Erasure.DELETE,
        erase_rows=True,
        erasure_note=_("Deleted."),
        user_fields=(),
        username_fields=("username",),
    ),
    PersonalData(
        model="sessions.Session",
        holds=_("Your sign-in session: who you are signed in as, in a cookie's record."),
        purpose=_("To keep you signed in."),
        seen_by=_("Nobody reads it; the site uses it."),
        kept=_(
            "Until it expires (at the latest after the session period), then deleted; with a shared cache (Redis) a "
            "copy is kept there too, which expires with it."
        ),
        erasure=Erasure.KEEP,
        erasure_note=_("Void at once (an erased account has no password), deleted when it expires."),
        exported=False,
        user_fields=(),
    ),
    PersonalData(
        model="otp_totp.TOTPDevice",
        holds=_("Your authenticator app's secret, for the second factor."),
        purpose=_("To check the codes of your second factor."),
        seen_by=_("Nobody; the site checks codes against it."),
        kept=_("Until you remove the authenticator."),
        erasure=Erasure.DELETE,
        erase_rows=True,
        erasure_note=_("Deleted."),
        exported=False,
    ),
    PersonalData(
        model="otp_static.StaticDevice",
        holds=_("Your recovery codes for the second factor."),
        purpose=_("To let you in when your authenticator is lost."),
        seen_by=_("Nobody; the site checks codes against them."),
        kept=_("Until used or replaced."),
        erasure=Erasure.DELETE,
        erase_rows=True,
        erasure_note=_("Deleted."),
        exported=False,
    ),
    PersonalData(
        model="wagtailusers.UserProfile",
        holds=_("Staff preferences in the admin: notifications, language, time zone, theme, avatar."),
        purpose=_("To show the admin as you set it."),
        seen_by=_("You."),
        kept=_("While your account exists."),
        erasure=Erasure.DELETE,
        erase_rows=True,
        erasure_note=_("Deleted."),
    ),
    PersonalData(
        model="wagtailadmin.EditingSession",
        holds=_("Which page you have open in the editor, and when you last did something there."),
        purpose=_("To warn other editors that you are editing the same page."),
        seen_by=_("Staff editing the same page."),
        kept=_("Minutes."),
        erasure=Erasure.DELETE,
        erase_rows=True,
        erasure_note=_("Deleted."),
        exported=False,
    ),
    PersonalData(
        model="wagtailadmin.FormState",
        holds=_("Unsaved state of an admin form you were filling in."),
        purpose=_("So that an admin form keeps what you entered."),
        seen_by=_("You."),
        kept=_("Until the form is saved."),
        erasure=Erasure.DELETE,
        erase_rows=True,
        erasure_note=_("Deleted."),
        exported=False,
    ),
    PersonalData(
        model="wagtailcore.APIToken",
        holds=_("Tokens for the admin's programming interface."),
        purpose=_("To let programs act for you."),
        seen_by=_("You."),
        kept=_("Until revoked."),
        erasure=Erasure.DELETE,
        erase_rows=True,
        erasure_note=_("Deleted."),
        exported=False,
    ),
    PersonalData(
        model="wagtailcore.PageSubscription",
        holds=_("Pages whose comments you are told about."),
        purpose=_("To notify you of comments on pages you follow."),
        seen_by=_("You."),
        kept=_("While you follow the page."),
        erasure=Erasure.DELETE,
        erase_rows=True,
        erasure_note=_("Deleted."),
        exported=False,
    ),
    PersonalData(
        model="wagtailcore.Comment",
        holds=_("Comments you wrote or resolved on pages in review."),
        purpose=_("Clinical review of the course content."),
        seen_by=_("Editors, clinical reviewers and the site administrators."),
        kept=_("With the page's history."),
        erasure=Erasure.KEEP,
        erasure_note=_("Kept with the content's history, naming the anonymous account."),
        exported=False,
        user_fields=("user", "resolved_by"),
    ),
    PersonalData(
        model="wagtailcore.CommentReply",
        holds=_("Replies you wrote to comments on pages in review."),
        purpose=_("Clinical review of the course content."),
        seen_by=_("Editors, clinical reviewers and the site administrators."),
        kept=_("With the page's history."),
        erasure=Erasure.KEEP,
        erasure_note=_("Kept with the content's history, naming the anonymous account."),
        exported=False,
    ),
    *[
        PersonalData(
            model=label,
            holds=_("Who wrote, changed, locked, submitted, approved or uploaded course content, and when."),
            purpose=_("The history of the course content, for editors and clinical review."),
            seen_by=_("Editors, clinical reviewers and the site administrators."),
            kept=_("With the content's history."),
            erasure=Erasure.KEEP,
            erasure_note=_("Kept with the content's history, naming the anonymous account."),
            exported=False,
            user_fields=fields,
        )
        for label, fields in [
            ("wagtailcore.Page", ("owner", "locked_by")),
            ("wagtailcore.Revision", ("user",)),
            ("wagtailcore.PageLogEntry", ("user",)),
            ("wagtailcore.ModelLogEntry", ("user",)),
            ("wagtailcore.WorkflowState", ("requested_by",)),
            ("wagtailcore.TaskState", ("finished_by",)),
            ("wagtailcore.UploadedFile", ("uploaded_by_user",)),
            ("wagtailimages.Image", ("uploaded_by_user",)),
            ("wagtaildocs.Document", ("uploaded_by_user",)),
            ("wagtailmedia.Media", ("uploaded_by_user",)),
        ]
    ],
]

# Sign-in records and the security log are the person's, though no room of ours owns them; staff content history
# is shown under its own heading.
SECTIONS = {
    "axes": SIGN_IN,
    "sessions": SIGN_IN,
    "otp_totp": SIGN_IN,
    "otp_static": SIGN_IN,
    "privacy": _("Your data exports"),
}


def _installed(declaration):
    try:
        apps.get_model(declaration.model)
    except LookupError:
        return False
    return True


def room_of(declaration):
    return next((room for room in ROOMS if declaration in room.code.DECLARATIONS), None)


def declarations():
    """Every declaration of an installed model, the rooms' first (in ROOMS order), then the others."""
    found = [d for room in ROOMS for d in room.code.DECLARATIONS]
    return [d for d in [*found, *OTHER_DECLARATIONS] if _installed(d)]


def section_of(declaration):
    room = room_of(declaration)
    if room is not None:
        return room.title
    return SECTIONS.get(declaration.model.split(".")[0], ADMIN)


def by_section():
    """[(section title, [declarations])] in the register's order, for the privacy page."""
    sections = {}
    for declaration in declarations():
        sections.setdefault(str(section_of(declaration)), []).append(declaration)
    return list(sections.items())


def model_of(declaration):
    return apps.get_model(declaration.model)


def rows_of(declaration, user, username=None):
    """The rows of the declared model that are `user`'s (by their user fields, or their username as typed)."""
    condition = Q()
    for field in declaration.user_fields:
        condition |= Q(**{field: user})
    for field in declaration.username_fields:
        condition |= Q(**{field: username if username is not None else user.username})
    if not condition:
        return model_of(declaration).objects.none()
    return model_of(declaration)._default_manager.filter(condition).distinct()


def other_declarations():
    """The declarations no room of ours answers for (third-party apps' models and the privacy room's)."""
    return [d for d in OTHER_DECLARATIONS if _installed(d)]
