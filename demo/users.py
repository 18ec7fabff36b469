"""Demo accounts, one per role, for local trials of the platform."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from accounts import roles

DEMO_USERS = [
    # username, first name, last name, group (None: superuser)
    ("trainee", "Robin", "Hartley", roles.TRAINEES),
    ("supervisor", "Dana", "Okafor", roles.SUPERVISORS),
    ("editor", "Sam", "Lindqvist", roles.EDITORS),
    ("reviewer", "Noor", "Haddad", roles.CLINICAL_REVIEWERS),
    ("admin", "Ari", "Mensah", None),
]


def seed_demo_users(password):
    """Create or refresh the demo users. Returns [(username, role label)] in a stable order."""
    User = get_user_model()
    created = []
    for username, first_name, last_name, group_name in DEMO_USERS:
        user, _ = User.objects.update_or_create(
            username=username,
            defaults={
                "first_name": first_name,
                "last_name": last_name,
                "email": f"{username}@example.org",
                "is_active": True,
                "is_staff": group_name is None,
                "is_superuser": group_name is None,
            },
        )
        user.set_password(password)
        user.save(update_fields=["password"])
        if group_name is None:
            user.groups.clear()
            label = "Site administrator"
        else:
            user.groups.set([Group.objects.get(name=group_name)])
            label = str(roles.ROLE_LABELS[group_name])
        created.append((username, label))
    return created
