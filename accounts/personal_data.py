"""The register of personal data, and what the accounts room holds about a person.

Every room that keeps personal data declares it in its own module (this one for accounts; `quizzes/privacy.py`,
`learning/privacy.py`, `supervision/privacy.py`, `practice/privacy.py`) as a list `DECLARATIONS` of
`PersonalData`: per model, what it holds, why, who sees it, how long it is kept, how it is exported and how it is
erased. The privacy room (`privacy/registry.py`) collects them, with its own and those of the third-party apps;
it sits above every room, so the rooms never import it: they expose plain data and functions (`export(user)`,
`export_files(user)`, `erase(user)`), and the privacy room calls them. The privacy page, the data export and the
erasure are built from this register, and `tests/privacy/test_register.py` fails when a model that refers to a
user is not declared.

Accounts hold the account itself (username, name, e-mail, home modality, roles, when it joined and last signed
in) and the security log's entries about it (`accounts.SecurityEvent`). Erasure anonymises the account in place
instead of deleting it, so that what must outlive the person (a certificate that still verifies, quiz answers in
the item statistics, the history of content they authored) keeps pointing at a row that no longer names anyone:
the username becomes ``erased-<id>``, the name and e-mail are emptied, the password is made unusable (which also
ends every session of the account at its next request), staff rights and staff groups are removed, and the
account is deactivated.
"""

from dataclasses import dataclass
from enum import StrEnum

from django.contrib.auth.models import Group
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from accounts import roles
from accounts.models import SecurityEvent

ERASED_PREFIX = "erased-"


class Erasure(StrEnum):
    DELETE = "delete"  # the rows go
    ANONYMISE = "anonymise"  # the rows stay, without what names or describes the person
    KEEP = "keep"  # the rows stay as they are, for the reason given (they point at the anonymised account)


@dataclass(frozen=True)
class PersonalData:
    """One model's personal data, as the register declares it.

    ``model`` is "app_label.ModelName". ``user_fields`` are the fields that refer to the person, and
    ``username_fields`` those that hold their username as typed (sign-in records): the privacy room counts the
    person's rows by them and, with ``erase_rows``, deletes them after the rooms' own ``erase(user)`` (for models
    that need nothing more: the third-party apps', a trainee's quiz overrides). Other models are erased by their
    room's ``erase(user)``. The texts are for people (the privacy page and the administrators' view).
    """

    model: str
    holds: str
    purpose: str
    seen_by: str
    kept: str
    erasure: Erasure
    erasure_note: str
    exported: bool = True
    user_fields: tuple[str, ...] = ("user",)
    username_fields: tuple[str, ...] = ()
    erase_rows: bool = False


DECLARATIONS = [
    PersonalData(
        model="accounts.User",
        holds=_("Your username, name, e-mail address, home modality, roles, when you joined and last signed in."),
        purpose=_("To sign you in, address you, and show you the courses and work of your role."),
        seen_by=_("You and the site administrators; supervisors see the names of the trainees they supervise."),
        kept=_("While the account is in use; an account unused for the inactive-account period is erased."),
        erasure=Erasure.ANONYMISE,
        erasure_note=_(
            "The account is kept as an anonymous, deactivated account (username erased-<number>, no name, no "
            "e-mail, no password), so that certificates and statistics still add up."
        ),
        user_fields=(),
    ),
    PersonalData(
        model="accounts.SecurityEvent",
        holds=_("The security log: failed sign-ins, lockouts, refusals, exports and erasures about your account."),
        purpose=_("To detect and investigate attacks on accounts."),
        seen_by=_("The site administrators."),
        kept=_("For the security log's period, then deleted."),
        erasure=Erasure.DELETE,
        erasure_note=_(
            "The account's own entries (and those of its username typed at sign-in) are deleted; entries of what "
            "the person did to others' accounts stay, naming the anonymous account."
        ),
        user_fields=("user",),
        username_fields=("username",),
    ),
]


def is_erased(user):
    return not user.is_active and user.username.startswith(ERASED_PREFIX)


def export(user):
    """The account itself, as plain data."""
    return {
        "account": {
            "username": user.username,
            "first_name": user.first_name,
            "last_name": user.last_name,
            "email": user.email,
            "home_modality": user.home_modality,
            "roles": sorted(user.groups.values_list("name", flat=True)),
            "site_administrator": user.is_superuser,
            "date_joined": user.date_joined,
            "last_login": user.last_login,
            "active": user.is_active,
        },
        "security_log": list(
            _own_events(user).values("time", "event", "username", "address", "message").order_by("time", "pk")
        ),
    }


def _own_events(user):
    return SecurityEvent.objects.filter(Q(user=user) | Q(username=user.username))


def erase(user):
    """Delete the account's security log entries and anonymise it in place (see the module's docstring)."""
    events = _own_events(user).delete()[0]
    user.username = f"{ERASED_PREFIX}{user.pk}"
    user.first_name = ""
    user.last_name = ""
    user.email = ""
    user.last_login = None
    user.is_active = False
    user.is_staff = False
    user.is_superuser = False
    user.set_unusable_password()
    user.save(
        update_fields=[
            "username",
            "first_name",
            "last_name",
            "email",
            "last_login",
            "is_active",
            "is_staff",
            "is_superuser",
            "password",
        ]
    )
    # A trainee stays a trainee, so reports that count trainees still count the anonymous account.
    user.groups.set(Group.objects.filter(name=roles.TRAINEES, user=user))
    user.user_permissions.clear()
    return {"accounts.User": 1, "accounts.SecurityEvent": events}
