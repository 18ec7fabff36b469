"""Trainees from a CSV file: read, check every row, then add them all to their cohorts or, on any error, none.

The file is UTF-8 (with or without a byte-order mark) with a header row naming these columns, in any order
and any case (extra columns are ignored; commas, or semicolons as spreadsheets in many locales write them):

name           the trainee's full name ("Anna Maria Schmidt" or "Schmidt, Anna Maria")
email          their e-mail address; it identifies the trainee, so replaying a file creates no duplicates
home_modality  MBT or DBT (any case); may be empty for a trainee who already has an account
cohort         the exact name of an existing cohort

A new trainee gets an account with a username derived from the e-mail address and no usable password
(they choose one through the password-reset e-mail), joins the Trainees group and is added to the cohort,
which enrols them in the cohort's courses (`learning.signal_handlers`). An existing trainee is added to
the cohort and their home modality updated when the row gives one. An account that is not a trainee's
(staff, editors, supervisors) is refused: an import never turns staff into trainees.
"""

import csv
import io
import re
from collections import defaultdict
from dataclasses import dataclass, field

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.db.models.functions import Lower
from django.utils.functional import lazy
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from accounts import roles
from accounts.models import HomeModality
from learning.models import Cohort

COLUMNS = ["name", "email", "home_modality", "cohort"]
MAX_BYTES = 2 * 1024 * 1024
MAX_ROWS = 5000
NAME_MAX = 150


def _too_large():
    return _("the file is larger than %(size)d MB; split it into smaller files") % {"size": MAX_BYTES // (1024 * 1024)}


# Lazy: a module constant, translated into the language of the request that shows it.
TOO_LARGE = lazy(_too_large, str)()


class BadRoster(Exception):
    """Bad input: `errors` is a list of (line number, message); nothing was saved."""

    def __init__(self, errors):
        super().__init__("; ".join(f"line {line}: {message}" for line, message in errors))
        self.errors = errors


@dataclass
class RosterRow:
    line: int
    name: str
    email: str
    home_modality: str  # "mbt", "dbt" or "" (keep the existing trainee's)
    cohort_name: str
    cohort: Cohort | None = None
    user: object = None  # the existing account, if there is one


@dataclass
class RosterResult:
    created: list = field(default_factory=list)  # [(user, cohort)] new accounts
    added: list = field(default_factory=list)  # [(user, cohort)] existing trainees added to a cohort
    unchanged: list = field(default_factory=list)  # [(user, cohort)] already in that cohort
    modality_updated: list = field(default_factory=list)  # [user]

    @property
    def new_users(self):
        return [user for user, _cohort in self.created]


def decode(data):
    """The uploaded bytes as text, or BadRoster with a message an administrator can act on."""
    if len(data) > MAX_BYTES:
        raise BadRoster([(0, TOO_LARGE)])
    if data.startswith((b"PK\x03\x04", b"\xd0\xcf\x11\xe0")):
        raise BadRoster(
            [(0, _("this is a spreadsheet workbook, not a CSV file; save it as “CSV UTF-8 (comma delimited)”"))]
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise BadRoster(
            [(0, _("the file is not UTF-8 text; save it as “CSV UTF-8” (or choose UTF-8 when exporting)"))]
        ) from error
    if "\x00" in text:
        raise BadRoster([(0, _("the file contains binary data, not CSV text"))])
    if not text.strip():
        raise BadRoster(
            [(1, _("the file is empty; it needs a header row: %(columns)s") % {"columns": ", ".join(COLUMNS)})]
        )
    return text


def split_name(name):
    """("first", "last") from "First Middle Last" or "Last, First"; one word is a first name only."""
    if "," in name:
        last, _comma, first = name.partition(",")
        return first.strip(), last.strip()
    first, _space, last = name.rpartition(" ")
    if not first:
        return last, ""
    return first.strip(), last.strip()


def _delimiter(header_line):
    if "," not in header_line:
        for candidate in (";", "\t"):
            if candidate in header_line:
                return candidate
    return ","


def parse(text):
    """The rows of the file, each checked on its own (no database); BadRoster lists every bad line."""
    rows, errors, _rejected = _read(text)
    if errors:
        raise BadRoster(errors)
    return rows


def _read(text):
    """(good rows, [(line, message)]) for the rows; BadRoster at once if the file as a whole is unusable."""
    text = text.lstrip("\ufeff")
    first_line = text.splitlines()[0] if text.strip() else ""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(first_line))
    try:
        header = next(reader, None)
    except csv.Error as error:
        raise BadRoster([(1, _("the header row cannot be read as CSV (%(error)s)") % {"error": error})]) from error
    header = [h.strip().lower().replace(" ", "_").replace("-", "_") for h in (header or [])]
    header = ["email" if h == "e_mail" else h for h in header]
    missing = [c for c in COLUMNS if c not in header]
    if missing:
        message = _("the header row lacks the column(s) %(missing)s; it needs: %(columns)s") % {
            "missing": ", ".join(missing),
            "columns": ", ".join(COLUMNS),
        }
        raise BadRoster([(1, message)])
    index = {c: header.index(c) for c in COLUMNS}

    rows, errors, seen, rejected = [], [], {}, []
    email_max = get_user_model()._meta.get_field("email").max_length
    while True:
        line = reader.line_num + 1
        try:
            fields = next(reader)
        except StopIteration:
            break
        except csv.Error as error:
            errors.append((line, _("this line cannot be read as CSV (%(error)s)") % {"error": error}))
            break
        if not any(f.strip() for f in fields):
            continue  # blank line
        if len(rows) + len(errors) >= MAX_ROWS:
            message = ngettext(
                "the file has more than %(max)d trainee; split it into smaller files",
                "the file has more than %(max)d trainees; split it into smaller files",
                MAX_ROWS,
            ) % {"max": MAX_ROWS}
            raise BadRoster([(line, message)])
        if len(fields) > len(header) and any(f.strip() for f in fields[len(header) :]):
            message = ngettext(
                "%(fields)d field but the header has %(columns)d; put a name with a comma in quotes",
                "%(fields)d fields but the header has %(columns)d; put a name with a comma in quotes",
                len(fields),
            ) % {"fields": len(fields), "columns": len(header)}
            errors.append((line, message))
            continue
        value = {c: (fields[i].strip() if i < len(fields) else "") for c, i in index.items()}
        empty = [c for c in ("name", "email", "cohort") if not value[c]]
        if empty:
            # Translators: the empty columns follow, by their names in the file (name, email, cohort).
            errors.append((line, _("empty %(columns)s") % {"columns": ", ".join(empty)}))
            continue
        problems = []
        if len(value["name"]) > 2 * NAME_MAX:
            problems.append(
                ngettext(
                    "the name is longer than %(max)d character",
                    "the name is longer than %(max)d characters",
                    2 * NAME_MAX,
                )
                % {"max": 2 * NAME_MAX}
            )
        email = value["email"]
        try:
            validate_email(email)
        except ValidationError:
            problems.append(_("“%(email)s” is not a valid e-mail address") % {"email": email})
        else:
            if len(email) > email_max:
                # An address may have up to 320 characters; an account's e-mail field holds fewer.
                problems.append(
                    ngettext(
                        "the e-mail address is longer than %(max)d character",
                        "the e-mail address is longer than %(max)d characters",
                        email_max,
                    )
                    % {"max": email_max}
                )
            key = email.casefold()
            if key in seen:
                problems.append(
                    _("“%(email)s” is already on line %(line)d (one row per trainee)")
                    % {"email": email, "line": seen[key]}
                )
            else:
                seen[key] = line
        modality = value["home_modality"].lower()
        if modality and modality not in HomeModality.values:
            problems.append(
                _("unknown home modality “%(modality)s” (use MBT or DBT)") % {"modality": value["home_modality"]}
            )
        if problems:
            errors.append((line, "; ".join(problems)))
            # Its cohort is still checked, so that one upload reports everything wrong with the line.
            rejected.append(RosterRow(line, value["name"], email, modality, value["cohort"]))
            continue
        local, _at, domain = email.rpartition("@")
        rows.append(RosterRow(line, value["name"], f"{local}@{domain.lower()}", modality, value["cohort"]))
    if not rows and not errors:
        raise BadRoster([(1, _("the file has a header row but no trainees"))])
    return rows, errors, rejected


def check(rows):
    """Match the rows with cohorts and accounts; BadRoster lists every row that cannot be imported."""
    errors = _match(rows) + _cohort_errors(rows)
    if errors:
        raise BadRoster(_merge(errors))
    return rows


def _merge(errors):
    """One entry per line, in line order, with all of that line's messages."""
    by_line = defaultdict(list)
    for line, message in errors:
        by_line[line].append(message)
    return [(line, "; ".join(messages)) for line, messages in sorted(by_line.items())]


def _cohort_errors(rows):
    """Set each row's cohort; the errors of the rows that name no existing cohort."""
    cohorts = {c.name: c for c in Cohort.objects.filter(name__in={r.cohort_name for r in rows})}
    all_names, errors = None, []
    for row in rows:
        row.cohort = cohorts.get(row.cohort_name)
        if row.cohort is None:
            if all_names is None:
                all_names = list(Cohort.objects.values_list("name", flat=True))
            close = [n for n in all_names if n.casefold() == row.cohort_name.casefold()]
            if close:
                message = _("no cohort is named “%(name)s” (did you mean “%(close)s”?)") % {
                    "name": row.cohort_name,
                    "close": close[0],
                }
            else:
                message = _("no cohort is named “%(name)s”") % {"name": row.cohort_name}
            errors.append((row.line, message))
    return errors


def _match(rows):
    """Set each row's existing account; the errors of the rows whose account cannot be used."""
    User = get_user_model()
    emails = {r.email.lower() for r in rows}
    users = defaultdict(list)
    for user in User.objects.annotate(email_lower=Lower("email")).filter(email_lower__in=emails):
        users[user.email_lower].append(user)
    trainee_ids = set(
        User.objects.filter(
            pk__in=[u.pk for found in users.values() for u in found], groups__name=roles.TRAINEES
        ).values_list("pk", flat=True)
    )
    errors = []
    for row in rows:
        problems = []
        found = users.get(row.email.lower(), [])
        if len(found) > 1:
            problems.append(
                _("several accounts share the e-mail “%(email)s” (add this trainee by hand)") % {"email": row.email}
            )
        elif found:
            user = found[0]
            if user.is_superuser or user.is_staff or user.pk not in trainee_ids:
                problems.append(
                    _(
                        "“%(email)s” belongs to %(username)s, who is not a trainee, "
                        "and an import does not turn staff into trainees"
                    )
                    % {"email": row.email, "username": user.get_username()}
                )
            else:
                row.user = user
        elif not row.home_modality:
            problems.append(_("empty home_modality (a new trainee needs MBT or DBT)"))
        if problems:
            errors.append((row.line, "; ".join(problems)))
    return errors


def _username_for(email, taken):
    User = get_user_model()
    base = re.sub(r"[^\w.+-]", "", email.rpartition("@")[0].lower())[:140] or "trainee"
    candidate, n = base, 1
    while candidate in taken or User.objects.filter(username__iexact=candidate).exists():
        n += 1
        candidate = f"{base}{n}"
    taken.add(candidate)
    return candidate


@transaction.atomic
def save(rows):
    """Create the new trainees and add everyone to their cohorts; `rows` must have passed `check`."""
    User = get_user_model()
    trainees = Group.objects.get(name=roles.TRAINEES)
    result = RosterResult()
    members = defaultdict(list)  # cohort -> users to add
    taken = set()
    in_cohort = set(
        Cohort.trainees.through.objects.filter(
            user_id__in=[r.user.pk for r in rows if r.user], cohort_id__in={r.cohort.pk for r in rows}
        ).values_list("user_id", "cohort_id")
    )
    for row in rows:
        user = row.user
        if user is None:
            first, last = split_name(row.name)
            user = User(
                username=_username_for(row.email, taken),
                email=row.email,
                first_name=first[:NAME_MAX],
                last_name=last[:NAME_MAX],
                home_modality=row.home_modality,
            )
            user.set_unusable_password()
            user.save()
            user.groups.add(trainees)
            result.created.append((user, row.cohort))
            members[row.cohort].append(user)
            continue
        if row.home_modality and user.home_modality != row.home_modality:
            user.home_modality = row.home_modality
            user.save(update_fields=["home_modality"])
            result.modality_updated.append(user)
        if (user.pk, row.cohort.pk) in in_cohort:
            result.unchanged.append((user, row.cohort))
        else:
            result.added.append((user, row.cohort))
            members[row.cohort].append(user)
    for cohort, users in members.items():
        # One add per cohort: the m2m signal then enrols them all in the cohort's courses at once.
        cohort.trainees.add(*users)
    return result


def import_roster(data):
    """Bytes of a CSV file in, a RosterResult out; BadRoster (nothing saved) if any row is bad.

    Matching the rows with accounts and creating the new ones is one transaction, and one import at a time:
    the same file uploaded twice at once (a double click, two administrators) would otherwise match nobody
    twice and create each new trainee twice, or fail on the second's username. The second import waits for
    the first and then finds its trainees, as a replay does.
    """
    rows, errors, rejected = _read(decode(data))
    with transaction.atomic():
        _one_import_at_a_time()
        errors = _merge(errors + _cohort_errors(rows + rejected) + _match(rows))
        if errors:
            raise BadRoster(errors)
        return save(rows)


def _one_import_at_a_time():
    """Hold the Trainees group's row until the transaction ends: every import adds to it, so imports take turns.

    NO KEY UPDATE, so that adding someone to the group elsewhere (which only shares the key) does not wait.
    SQLite writes one transaction at a time anyway and ignores the lock.
    """
    Group.objects.select_for_update(no_key=True).filter(name=roles.TRAINEES).values_list("pk").first()
