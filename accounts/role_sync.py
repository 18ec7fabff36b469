"""Make the role groups hold exactly what ``accounts.roles.ROLES`` declares, or list how they differ.

One function does both, so ``sync_roles --check`` reports exactly what a sync would change. Each
difference is one line:

- ``+ Editors: quizzes.add_quiz``: the table grants it, the database does not (yet);
- ``- Editors: wagtailcore.publish_page on the root page``: the database grants it, the table does not;
- ``! Editors: techniques.add_technique does not exist ...``: declared, but there is nothing to grant.

Only the role groups and ``REMOVED_GROUPS`` are touched; any other group an administrator makes is theirs.
"""

from django.apps import apps as global_apps
from django.db import DEFAULT_DB_ALIAS, transaction

from accounts.roles import REMOVED_GROUPS, ROLES


def sync_roles(*, apply=True, apps=global_apps, using=DEFAULT_DB_ALIAS):
    """Bring the groups in line with the table (unless ``apply`` is false); return the differences found.

    ``apps`` is a model registry: the project's, or the migration state a ``post_migrate`` receiver gets.
    """
    with transaction.atomic(using=using):
        return _RoleSync(apps, using, apply).run()


def label_of(permission):
    return f"{permission.content_type.app_label}.{permission.codename}"


class _RoleSync:
    def __init__(self, apps, using, apply):
        self.apps = apps
        self.using = using
        self.apply = apply
        self.differences = []

    def objects(self, app_label, model_name):
        return self.apps.get_model(app_label, model_name).objects.using(self.using)

    def note(self, line):
        self.differences.append(line)

    def run(self):
        groups = self.objects("auth", "Group")
        for name in REMOVED_GROUPS:
            if groups.filter(name=name).exists():
                self.note(f"- group {name}")
                if self.apply:
                    groups.filter(name=name).delete()

        root_page = self.objects("wagtailcore", "Page").filter(depth=1).first()
        root_collection = self.objects("wagtailcore", "Collection").filter(depth=1).first()
        for role in ROLES:
            group = groups.filter(name=role.name).first()
            if group is None:
                self.note(f"+ group {role.name}")
                if self.apply:
                    group = groups.create(name=role.name)
            self.sync_model_permissions(role, group)
            page_labels = {f"wagtailcore.{codename}" for codename in role.page_permissions}
            self.sync_tree_permissions(role, group, "GroupPagePermission", "page", root_page, page_labels)
            self.sync_tree_permissions(
                role, group, "GroupCollectionPermission", "collection", root_collection, role.collection_permissions
            )
        return self.differences

    def resolve(self, role, labels):
        """The permissions these "app_label.codename" labels name, by label; a "!" line for each missing one."""
        codenames = {label.split(".", 1)[1] for label in labels}
        candidates = self.objects("auth", "Permission").filter(codename__in=codenames).select_related("content_type")
        found = {label_of(perm): perm for perm in candidates if label_of(perm) in labels}
        for label in sorted(set(labels) - found.keys()):
            self.note(f"! {role.name}: {label} does not exist (is its app installed and migrated?)")
        return found

    def sync_model_permissions(self, role, group):
        wanted = self.resolve(role, role.model_permissions)
        held = {}
        if group is not None:
            held = {label_of(perm): perm for perm in group.permissions.select_related("content_type")}
        missing = sorted(wanted.keys() - held.keys())
        extra = sorted(held.keys() - wanted.keys())
        for label in missing:
            self.note(f"+ {role.name}: {label}")
        for label in extra:
            self.note(f"- {role.name}: {label}")
        if self.apply:
            group.permissions.add(*(wanted[label] for label in missing))
            group.permissions.remove(*(held[label] for label in extra))

    def sync_tree_permissions(self, role, group, model_name, place, root, labels):
        """Page or collection permissions: the declared ones on the root (so on everything), none elsewhere."""
        rows = self.objects("wagtailcore", model_name)
        wanted = self.resolve(role, labels)
        if wanted and root is None:
            self.note(f"! {role.name}: no root {place} to grant {', '.join(sorted(wanted))} on")
            wanted = {}
        held = {}
        if group is not None:
            for row in rows.filter(group=group).select_related("permission__content_type"):
                held[getattr(row, f"{place}_id"), label_of(row.permission)] = row
        wanted_keys = {(root.pk, label) for label in wanted}
        missing = sorted(wanted_keys - held.keys())
        extra = sorted(held.keys() - wanted_keys)

        def where(pk):
            return f"the root {place}" if root is not None and pk == root.pk else f"{place} {pk}"

        for pk, label in missing:
            self.note(f"+ {role.name}: {label} on {where(pk)}")
        for pk, label in extra:
            self.note(f"- {role.name}: {label} on {where(pk)}")
        if self.apply:
            model = self.apps.get_model("wagtailcore", model_name)
            rows.bulk_create([model(group=group, permission=wanted[label], **{place: root}) for _, label in missing])
            rows.filter(pk__in=[held[key].pk for key in extra]).delete()
