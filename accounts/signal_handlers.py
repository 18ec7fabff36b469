"""After every ``migrate``, the role groups are brought in line with ``accounts.roles.ROLES``."""

from django.apps import apps as global_apps
from django.contrib.auth.management import create_permissions

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
