"""After every ``migrate``, the role groups are brought in line with ``accounts.roles.ROLES``; a change of role ends
the user's sessions."""

from django.apps import apps as global_apps
from django.contrib.auth import get_user_model
from django.contrib.auth.management import create_permissions
from django.db.models import F

from accounts.role_sync import sync_roles


def sync_roles_after_migrate(sender, *, using, apps=None, plan=None, verbosity=1, stdout=None, **kwargs):
    # A flush sends post_migrate too (plan=None): it empties the database on purpose, e.g. between
    # transactional tests, which then restore what the migrations made; roles there would clash.
    if plan is None or apps is None:
        return
    try:
        apps.get_model("wagtailcore", "GroupCollectionPermission")
        apps.get_model("auth", "Group")
    except LookupError:
        return  # Migrated back past the models the roles are made of.
    # post_migrate reaches the apps in INSTALLED_APPS order, accounts first, before Django's own
    # receiver has made the permissions of newer models (say a new app's): make them all now.
    for app_config in global_apps.get_app_configs():
        create_permissions(app_config, verbosity=0, using=using, apps=apps)
    differences = sync_roles(apps=apps, using=using)
    if stdout is not None and verbosity >= 1:
        for line in differences:
            if line.startswith("!") or verbosity >= 2:
                stdout.write(f"  Roles: {line}")


def end_sessions_on_role_change(sender, instance, action, reverse, pk_set, **kwargs):
    """A user's groups changed: every session they have ends, so their next one is asked what their role asks.

    Sessions note at sign-in whether they are staff's (accounts.sessions); someone made an editor while signed in
    is thus asked for the second factor as soon as they sign in again. (Losing a role asks less, not more: a
    deleted group, which sends no signal, only leaves sessions asking more than needed until they end.)
    """
    if action not in ("post_add", "post_remove") or not pk_set:
        return
    user_ids = pk_set if reverse else [instance.pk]
    get_user_model().objects.filter(pk__in=user_ids).update(session_version=F("session_version") + 1)
    if not reverse:
        instance.refresh_from_db(fields=["session_version"])


def end_sessions_on_privilege_change(sender, instance, update_fields=None, **kwargs):
    """Made or unmade a site administrator (or staff): every session of theirs ends, as for a change of groups."""
    if instance.pk is None or (update_fields is not None and not {"is_superuser", "is_staff"} & set(update_fields)):
        return
    before = type(instance).objects.filter(pk=instance.pk).values("is_superuser", "is_staff", "session_version").first()
    changed = before is not None and (before["is_superuser"], before["is_staff"]) != (
        instance.is_superuser,
        instance.is_staff,
    )
    if changed:
        instance.session_version = before["session_version"] + 1
